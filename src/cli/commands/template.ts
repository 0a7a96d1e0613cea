/** `evalsheet template`: a new standard workbook (施策評価, 事業実績, 評価設定), protected with inputs open. */
import * as app from '../../app';
import { fiscalYearLabel, templateYears, UsageError } from '../../engine';
import { usageText } from '../format';
import { newFilePort } from '../../adapters/xlsx/newFilePort';
import { writeTarget, type OutputFlags } from '../output';
import { type Io, ExitError, outputFor } from '../shared';

export async function template(opts: OutputFlags & { sample?: boolean; period?: string; plan?: string }, io: Io): Promise<number> {
  const target = await outputFor(null, opts, { inPlace: false });
  if (!target) throw new ExitError(2, '書き出すファイルを -o で指定してください（例：evalsheet template -o 施策評価_令和6年度.xlsx）。');
  let made;
  try {
    made = await app.template(newFilePort('exceljs'), { ...templateYears({ period: opts.period, plan: opts.plan, today: new Date() }), sample: !!opts.sample });
  } catch (e) {
    if (e instanceof UsageError) throw new ExitError(2, usageText(e).replace('の外です。', 'の外です。--plan を確認してください。'));
    throw e;
  }
  if (made.kind === 'taken') throw new Error('a new workbook has no sheets'); // never: nothing is read from a new workbook
  await writeTarget(target, made.applied.bytes);
  const { fiscalYear, planStart, planEnd } = made.years;
  io.out(
    `${target.out}: 評価ブックのひな形を作成しました（評価対象期間：${fiscalYearLabel(fiscalYear)}、計画期間：${fiscalYearLabel(planStart)}〜${fiscalYearLabel(planEnd)}${opts.sample ? '、サンプル入り' : ''}）。${target.replaces ? '--force により既存のファイルを置き換えました。' : ''}`,
  );
  return 0;
}
