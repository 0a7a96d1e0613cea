/** Check: read the workbook, find its indicators, grade them, list the findings. Writes nothing. */
import { checkWorkbook, type CheckResult, type TaughtLayout, type WorkbookPort, type WorkbookSnapshot } from '../engine';
import { readWorkbook, stopIfCancelled, type OnProgress } from './steps';

export interface CheckOptions {
  /** The name the report gives the workbook. */
  file: string;
  /** The evaluation period ("令和5年度"); default: the workbook's own. */
  period?: string | null;
  /** Rules given from outside the workbook (the command line's --rules), checked by the engine. */
  rules?: unknown;
  /** A taught layout given from outside the workbook (the command line's --layout); default: 評価設定's 読み取りの指定. */
  layout?: TaughtLayout | null;
  onProgress?: OnProgress;
  /** Stops the run (Stopped('cancelled')) between reading and checking. */
  signal?: AbortSignal;
}

/** @throws UsageError when the period or the rules given are wrong; Stopped when cancelled. */
export async function check(port: Pick<WorkbookPort, 'read'>, o: CheckOptions): Promise<CheckResult> {
  return (await checkRead(port, o)).result;
}

/** The check with the snapshot it read (publish keeps parts of the sheets the report does not carry). */
export async function checkRead(port: Pick<WorkbookPort, 'read'>, o: CheckOptions): Promise<{ snapshot: WorkbookSnapshot; result: CheckResult }> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  o.onProgress?.({ stage: 'evaluate', fraction: 1 });
  return { snapshot, result: checkWorkbook(snapshot, { file: o.file, period: o.period ?? null, rules: o.rules, layout: o.layout }) };
}
