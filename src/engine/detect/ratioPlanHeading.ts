/**
 * A heading of what is done and 計画 (「捕獲計画」「販売計画」「捕獲計画頭数」) on a header row that also divides the year's result
 * by it (計画比 / 対計画比 / 計画達成率) and heads that result (年度計, 実績): the plan the row's result is measured against, the
 * year's plan as 計画 is. Without that ratio the same words may name a plan document (「事業計画」「関連計画」「森林整備計画」, a
 * column of costs or of the plan an indicator belongs to), so the heading stays unread. Only one such heading on the row, left of the
 * ratio, and no target or plan heading of the row's own.
 * Review rv64: only in a year's record by months or quarters (4月 … 3月 | 年度計 | 捕獲計画 | 計画比), where the plan is the year's; a
 * 販売計画 beside a 実績 alone may be a plan's whole term (「第３次計画（R3～R7）」 in the title), so it stays unread. A bracket
 * naming a term or a total (「捕獲計画（5か年）」「（累計）」「（R3-R7計）」) is no year's plan, and a 区分 column in the row (鳥獣種 |
 * 区分 | 4月 …, rows of 捕獲頭数 and 被害額) names what each row counts: no plan is read there.
 * Hold-out 164: 「年間計画発電量」「年間計画件数」 (年間計画 then the quantity counted, …量 / …数) is the year's plan of that quantity,
 * as 捕獲計画頭数 is; a bare 年間計画 may be a schedule column and stays unread. The months may stand on the header's second row,
 * under a heading merged over them (施設名 | 月別発電量 over 4月 … 3月 | 年度計 | 年間計画発電量 | 計画比, those merged down over
 * both rows): the row of headings is read with the months under it (labelRatioPlanOverParts).
 * Review rv74: a plan of what is used up or given off (年間計画使用量, 年間計画排出量, 処理計画量: 使用 / 消費 / 排出 / 搬入 / 処理 /
 * 発生 / 廃棄 / 購入 / 支出) is a ceiling, met by staying under it, so it is not read as a plan to reach and stays unread (the row
 * flagged as before); nor is a plan read over months whose last is blank in every row (`yearOpen`, openYearRecord.ts: 「（9月末現在）」
 * with 10月 … 3月 empty), a year not over.
 */
import type { Label } from '../values/labels';
import { compact, normalizeText, stripNote } from '../values/text';
import { YEAR_COUNTER } from '../values/yearCounter';

interface HeadingCell {
  col: number;
  text: string;
  label: Label | null;
  period: unknown;
}

/** 計画比 / 対計画比 / 計画達成率 / 計画に対する達成率: the year's result over its plan. */
const PLAN_RATIO = /^(対?計画比|計画(達成|進捗)率|計画に対する(達成|進捗)率)$/;

/** Two to four kanji of what is done and 計画, then at most a counted quantity (頭数, 数, 量, 件数). Not a plan of a body (市, 県). */
const ACTION_PLAN = /^(?!.*(年度|年間|期間|時期|内容|基本|関連|上位|個別|根拠|総合|実施|事業|行動))\p{Script=Han}{2,4}計画(頭数|件数|人数|数量|数|量)?$/u;

/**
 * 年間計画 then the quantity it plans, one to three kanji ending in 量 or 数 (年間計画発電量, 年間計画件数, 年間計画量); not a count about
 * the plan (年間計画変更件数, 年間計画外件数, 年間計画未達件数: review rv74).
 */
const YEAR_PLAN = /^年間計画(?!変更|外|未|以外|超過)\p{Script=Han}{0,3}[量数]$/u;

/** A bracket naming a term or a total: 5か年, 年間, 累計, 計, 期間, a range of years (R3～R7, R3-R7). */
const TERM_BRACKET = new RegExp(String.raw`[(（][^()（）]*(${YEAR_COUNTER}年|年間|累計|計|期間|[～〜~]|\d\s*[-－]\s*[RrＲ令]?\d)[^()（）]*[)）]`);

/**
 * What is used up or given off: a plan of it is a ceiling, not a quantity to reach. Only its amount (使用量, 排出量, 処理量,
 * 支出額), review rv76: a count of cases handled (年間計画処理件数) is work the office means to get through.
 */
const CONSUMED = /(?:使用|消費|排出|搬入|処理|発生|廃棄|購入|支出)(?:計画)?(?:量|額|費)/;

function words(text: string): string {
  return compact(normalizeText(stripNote(text)).replace(/[(（][^()（）]*[)）]/g, ''));
}

/**
 * Labels the one action's 計画 heading of a row as the year's plan when a 計画比 and the result stand beside it; `yearOpen`, given,
 * says whether the months or quarters (the row's parts) stand over a year not over, which reads no plan.
 */
export function labelRatioPlan(cells: HeadingCell[], yearOpen?: (parts: HeadingCell[]) => boolean): void {
  if (!cells.some((c) => c.text.includes('計画'))) return;
  const ratio = cells.find((c) => PLAN_RATIO.test(words(c.text)));
  if (!ratio || !cells.some((c) => c.label?.role === 'actual') || !cells.some((c) => c.label?.role === 'part')) return;
  if (cells.some((c) => c.label?.role === 'target' || c.label?.role === 'expected' || c.label?.role === 'category')) return;
  const plans = cells.filter(
    (c) =>
      c.col < ratio.col &&
      !c.label &&
      !c.period &&
      (ACTION_PLAN.test(words(c.text)) || YEAR_PLAN.test(words(c.text))) &&
      !CONSUMED.test(words(c.text)) &&
      !TERM_BRACKET.test(c.text.normalize('NFKC')),
  );
  if (plans.length !== 1 || yearOpen?.(cells.filter((c) => c.label?.role === 'part'))) return;
  plans[0].label = { role: 'expected' };
}

/**
 * The header's second row of months (4月 … 3月) under a row of headings with no part of its own: the headings merged down over
 * the months' row (`mergedDown`) and the months are read as one row, so the action's plan there is labelled as on one row.
 */
export function labelRatioPlanOverParts(
  above: HeadingCell[] | undefined,
  cells: HeadingCell[],
  mergedDown: (c: HeadingCell) => boolean,
  yearOpen?: (parts: HeadingCell[]) => boolean,
): void {
  if (!above || above.some((c) => c.label?.role === 'part')) return;
  const parts = cells.filter((c) => c.label?.role === 'part');
  if (parts.length < 3 || parts.length < cells.filter((c) => c.text).length) return;
  const heads = above.filter(mergedDown);
  if (!heads.some((c) => c.text.includes('計画'))) return;
  const first = Math.min(...parts.map((c) => c.col));
  const last = Math.max(...parts.map((c) => c.col));
  // The months lie between the row's first heading and the ratio, never past it (a ratio left of the months reads no plan).
  labelRatioPlan(
    [...heads, ...parts].filter((c) => c.col < first || c.col > last || parts.includes(c)).sort((a, b) => a.col - b.col),
    yearOpen,
  );
}
