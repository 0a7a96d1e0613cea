/** `evalsheet template`: a new standard workbook (施策評価, 事業実績, 評価設定), protected with inputs open. */
import { colouredScale, defaultRules, fiscalYearLabel, templateSheetSpecs, templateYears, UsageError } from '../../engine';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { writeTarget, type OutputFlags } from '../output';
import { type Io, ExitError, outputFor } from '../shared';

export async function template(opts: OutputFlags & { sample?: boolean; period?: string; plan?: string }, io: Io): Promise<number> {
  const target = await outputFor(null, opts, { inPlace: false });
  if (!target) throw new ExitError(2, '書き出すファイルを -o で指定してください（例：evalsheet template -o 施策評価_令和6年度.xlsx）。');
  let years;
  try {
    years = templateYears({ period: opts.period, plan: opts.plan, today: new Date() });
  } catch (e) {
    if (e instanceof UsageError) throw new ExitError(2, e.message.replace('の外です。', 'の外です。--plan を確認してください。'));
    throw e;
  }
  const { fiscalYear, planStart, planEnd } = years;
  const wb = buildWorkbook(templateSheetSpecs({ fiscalYear, planStart, planEnd, sample: !!opts.sample }), colouredScale(defaultRules().scale));
  await writeTarget(target, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  io.out(
    `${target.out}: 評価ブックのひな形を作成しました（評価対象期間：${fiscalYearLabel(fiscalYear)}、計画期間：${fiscalYearLabel(planStart)}〜${fiscalYearLabel(planEnd)}${opts.sample ? '、サンプル入り' : ''}）。${target.replaces ? '--force により既存のファイルを置き換えました。' : ''}`,
  );
  return 0;
}
