/** `evalsheet check`: reads workbooks and prints indicators, grades and findings; writes nothing. */
import path from 'node:path';
import * as app from '../../app';
import { UsageError, type Report } from '../../engine';
import { InputError } from '../../adapters/xlsx';
import { factsAsRead } from '../../engine/actions/explain';
import { formatReport, usageText } from '../format';
import { type Io, ExitError, readRules, exitCodeFor, openFile } from '../shared';
import { readLayoutFile } from '../layoutFile';

export async function check(
  files: string[],
  opts: { period?: string; rules?: string; layout?: string; json?: boolean; explain?: boolean },
  io: Io,
): Promise<number> {
  const rules = await readRules(opts.rules);
  const layout = await readLayoutFile(opts.layout);
  const results: (Report | { file: string; error: string })[] = [];
  let unreadable = 0;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${file} を確認しています…`);
    try {
      const { report, evaluated } = await app.check(await openFile(file), { file: path.basename(file), period: opts.period, rules, layout });
      results.push(report);
      if (!opts.json) io.out(formatReport(report, opts.explain ? evaluated.map(factsAsRead) : undefined) + '\n');
    } catch (e) {
      if (e instanceof InputError) {
        unreadable++;
        results.push({ file: path.basename(file), error: e.message });
        io.err(e.message);
      } else if (e instanceof UsageError) throw new ExitError(2, usageText(e));
      else throw e;
    }
  }
  if (opts.json) io.out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  const failed = results.filter((r): r is { file: string; error: string } => 'error' in r);
  if (failed.length && files.length > 1 && !opts.json)
    io.out(`読み取れなかったファイル ${failed.length}件（確認していません）：\n${failed.map((f) => `  ${f.error}`).join('\n')}`);
  // 2 only when nothing could be checked; some files checked and some not is 1.
  if (unreadable === files.length) return 2;
  if (unreadable) return 1;
  return exitCodeFor(results as Report[]);
}
