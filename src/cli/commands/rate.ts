/** `evalsheet rate`: fills empty grade cells and remakes 評価サマリー, into a new file or --in-place (with a backup). */
import path from 'node:path';
import * as app from '../../app';
import { UsageError } from '../../engine';
import { formatBlocked, formatChanges, formatReport, usageText } from '../format';
import { writeTarget, writtenLine, type OutputFlags } from '../output';
import { type Io, ExitError, readRules, rewrittenNote, exitCodeFor, outputFor, NOTHING_WRITTEN, openFile } from '../shared';
import { readLayoutFile } from '../layoutFile';
import { findingsLines } from '../findingsLines';

export async function rate(
  file: string,
  opts: OutputFlags & { period?: string; rules?: string; layout?: string; overwrite?: boolean; findings?: boolean; notes?: boolean; json?: boolean },
  io: Io,
): Promise<number> {
  const target = await outputFor(file, opts, { inPlace: true });
  if (!target)
    throw new ExitError(
      2,
      '書き込み先を -o で指定してください（例：evalsheet rate 評価.xlsx -o 評価_評価済.xlsx）。元のファイルに書き込む場合は --in-place を付けます（元の内容は同じフォルダーにバックアップとして残します）。',
    );
  const rules = await readRules(opts.rules);
  const layout = await readLayoutFile(opts.layout);
  const port = await openFile(file);
  let rated;
  try {
    rated = await app.rate(port, {
      file: path.basename(file),
      period: opts.period,
      rules,
      layout,
      overwrite: !!opts.overwrite,
      findings: !!opts.findings,
      notes: !!opts.notes,
    });
  } catch (e) {
    if (e instanceof UsageError) throw new ExitError(2, usageText(e));
    throw e;
  }
  const { result, plan, applied } = rated;
  if (!applied) {
    // Nothing to rate: no empty summary sheet, no file (the no-indicators finding says what was looked for).
    if (opts.json) io.out(JSON.stringify({ ...result.report, output: null, changes: [], sheetsWritten: [] }, null, 2));
    else io.out(formatReport(result.report));
    io.err(`${file}: 指標が見つからないため、評価も評価サマリーも作らず、何も書き込んでいません（${NOTHING_WRITTEN(target)}）。`);
    return 2;
  }
  const backup = await writeTarget(target, applied.bytes);
  const sheetsWritten = applied.sheets;
  if (opts.json) {
    const notes = rated.findings ? { findingsSheet: rated.findings, notes: plan.notes ?? [] } : {};
    io.out(JSON.stringify({ ...result.report, output: target.out, backup, changes: plan.cells, notWritten: plan.blocked, sheetsWritten, ...notes }, null, 2));
  } else {
    const before = await port.read();
    io.out(formatReport(result.report));
    io.out(`\n${writtenLine(target, backup)}\n${formatChanges(plan.cells, sheetsWritten, (n) => before.sheets.some((s) => s.name === n))}`);
    if (plan.blocked.length) io.out(formatBlocked(plan.blocked));
    if (rated.kept) io.out(`  記入済みの評価 ${rated.kept}件は計算と異なりますが、そのまま残しました（置き換えるには --overwrite）。`);
    if (rated.findings) io.out(findingsLines(rated.findings).join('\n'));
  }
  const rewritten = rewrittenNote(applied);
  if (rewritten) io.err(rewritten);
  return exitCodeFor([result.report]);
}
