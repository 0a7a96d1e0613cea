/** `evalsheet import`: one month's actuals from a CSV or workbook export into the monthly table, as a new file. */
import { formatImport, importActuals, ImportUsageError, parseMonth } from '../importActuals';
import { type OutputFlags } from '../output';
import { type Io, ExitError, outputFor } from '../shared';

export async function importCommand(
  file: string,
  opts: OutputFlags & { actuals?: string; month?: string; overwrite?: boolean; json?: boolean },
  io: Io,
): Promise<number> {
  if (!opts.actuals) throw new ExitError(2, '取り込むデータを --actuals で指定してください（例：--actuals 5月実績.csv）。');
  const month = opts.month ? parseMonth(opts.month) : null;
  if (!month)
    throw new ExitError(2, `取り込む月を --month で指定してください（例：--month 2024-05）。${opts.month ? `「${opts.month}」は読み取れません。` : ''}`);
  const target = await outputFor(file, opts, { inPlace: false });
  if (!target) throw new ExitError(2, '書き出すファイルを -o で指定してください。元のファイルは変更しません。');
  let outcome;
  try {
    outcome = await importActuals(file, opts.actuals, month, target.out, !!opts.overwrite, { replace: target.replaces });
  } catch (e) {
    if (e instanceof ImportUsageError) throw new ExitError(2, e.message);
    throw e;
  }
  if (opts.json)
    io.out(JSON.stringify({ file, actuals: opts.actuals, output: target.out, ...outcome.result, plan: undefined, ratings: outcome.ratings }, null, 2));
  else io.out(formatImport(outcome, file, opts.actuals, target.out) + (target.replaces ? `\n  --force により既存の ${target.out} を置き換えました。` : ''));
  const r = outcome.result;
  return r.unmatched.length || r.missing.length || r.findings.length || r.conflicts.some((c) => !c.overwritten) ? 1 : 0;
}
