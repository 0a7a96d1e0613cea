/** `evalsheet roll`: next period's workbook from this one, as a new file (the input is kept as last year's record). */
import path from 'node:path';
import * as app from '../../app';
import { parsePeriodArg, UsageError } from '../../engine';
import { formatRoll, usageText } from '../format';
import { writeTarget, type OutputFlags } from '../output';
import { type Io, ExitError, rewrittenNote, outputFor, openFile } from '../shared';
import { readLayoutFile, writeLayoutFile } from '../layoutFile';

export async function roll(
  file: string,
  opts: OutputFlags & { to?: string; period?: string; layout?: string; layoutOut?: string; json?: boolean },
  io: Io,
): Promise<number> {
  const target = await outputFor(file, opts, {
    inPlace: false,
    sameAsInput: `${opts.output}: 元のファイルとは別の名前を -o に指定してください（元のファイルは前年度の記録として残します）。`,
  });
  if (!target)
    throw new ExitError(
      2,
      '書き出すファイルを -o で指定してください（例：evalsheet roll 施策評価_令和5年度.xlsx --to 令和6年度 -o 施策評価_令和6年度.xlsx）。元のファイルは変更しません。',
    );
  if (opts.period && !parsePeriodArg(opts.period))
    throw new ExitError(2, `評価対象期間「${opts.period}」を読み取れません。「令和5年度」「R5」「2023」のように指定してください。`);
  const to = opts.to ? parsePeriodArg(opts.to) : null;
  if (opts.to && !to) throw new ExitError(2, `次の期間「${opts.to}」を読み取れません。「令和6年度」「R6」「2024」のように指定してください。`);
  if (opts.layoutOut && !opts.layout)
    throw new ExitError(2, '--layout-out は --layout と一緒に指定してください（評価設定の読み取りの指定は、ブックの中で次の年度に移します）。');
  const layout = await readLayoutFile(opts.layout);
  const port = await openFile(file);
  let rolled;
  try {
    rolled = await app.roll(port, { file: path.basename(file), period: opts.period, toFiscalYear: to?.fiscalYear, layout });
  } catch (e) {
    if (e instanceof UsageError) throw new ExitError(2, `${file}: ${usageText(e)}`);
    throw e;
  }
  await writeTarget(target, rolled.applied.bytes);
  if (opts.layoutOut && rolled.taught.layout) await writeLayoutFile(opts.layoutOut, rolled.taught.layout, !!opts.force);
  if (opts.json)
    io.out(
      JSON.stringify(
        {
          file,
          output: target.out,
          from: rolled.from,
          to: rolled.to,
          changes: rolled.changes,
          sheets: rolled.sheets,
          findings: rolled.findings,
          layout: rolled.taught.layout,
          layoutNotes: rolled.taught.notes,
        },
        null,
        2,
      ),
    );
  else io.out(formatRoll(rolled, file, target.out) + (target.replaces ? `\n  --force により既存の ${target.out} を置き換えました。` : ''));
  if (!opts.json) for (const n of rolled.taught.notes) io.out(`  ${n.ja}`);
  if (!opts.json && opts.layout && !opts.layoutOut && rolled.taught.notes.some((n) => n.kind === 'moved'))
    io.out(`  次の年度の読み取りの指定は ${opts.layout} には書き込んでいません。--layout-out で書き出せます。`);
  if (opts.layoutOut) io.out(`  次の年度の読み取りの指定を ${opts.layoutOut} に書き出しました。`);
  const rewritten = rewrittenNote(rolled.applied);
  if (rewritten) io.err(rewritten);
  return rolled.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
