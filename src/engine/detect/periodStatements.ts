/**
 * The evaluation period a sheet states in words other than a 評価対象期間 label, as a clerk reads them:
 * - an as-of statement standing alone above the table, 「（令和6年3月末現在）」「R6.3.31時点」: the figures
 *   are those of the period that ends on that date. A date that closes a fiscal year (3月末, 3月31日)
 *   states that fiscal year (令和6年3月末 → 令和5年度, kept as written: 令和6年3月末). A date in another
 *   month (「令和5年9月末現在」) states no period: a status in mid-year does not say which year is evaluated.
 *   So does the month the figures run to, 「（令和６年３月分まで）」: 3月分まで closes the fiscal year, and the dated 実績
 *   the evaluation rests on, 「（令和6年3月末時点の実績により評価）」「令和6年3月末時点の実績による検証」 (the date first: 「基準値は…時点の実績」 dates another figure).
 * - the year of the 実績 a title names, 「令和６年度　施策評価（令和５年度実績）」「令和5年度の実績」: the
 *   document is written in 令和６年度 and evaluates the 実績 of 令和５年度, so the evaluation period is the
 *   実績 year, never the document's year.
 * A 評価対象期間 / 評価年度 line the sheet also has comes first (sheetMeta.ts); a cell of a row of year headings states nothing.
 */
import { datesEvaluatedFigures } from '../values/asOfLabel';
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { isReferenceLabel } from './referenceLabel';
import { evaluationReportedAfter } from './evaluationReportedAfter';

/** An as-of statement and nothing else: 「（令和6年3月末現在）」「令和6年3月31日時点」「R6.3末現在」. */
const AS_OF = /^[(（[［【]?\s*(.{3,20}?)\s*(?:現在|時点)\s*[)）\]］】]?$/;
/** An as-of statement in brackets closing a line: 「KPIの達成状況（令和6年3月31日現在）」. */
const CLOSING = /[(（[［【]\s*([^()（）[\]［］【】]{3,20}?)\s*(?:現在|時点|分まで)\s*[)）\]］】]$/;
/** The month the figures run to, alone: 「（令和６年３月分まで）」「（令和6年3月分まで・確定値）」 (a few words may follow). */
const THROUGH = /^[(（[［【]?\s*(.{3,20}?)\s*分まで(?:[・、,]\s*[^()（）[\]［］【】]{1,8})?\s*[)）\]］】]?$/;

/**
 * The 実績 the evaluation rests on, dated: 「（令和6年3月末時点の実績により評価）」「令和6年3月末現在の実績」「R6.3.31時点の実績に基づき評価」.
 * The date comes first (「基準値は令和2年3月末時点の実績」 dates another figure); alone, or in brackets closing a line.
 */
const RESULTS_TAIL = String.raw`(?:現在|時点)(?:の|における|で)実績値?(?:により|に基づき|に基づいて|による|で|を用いて|をもとに)?(?:評価|判定|検証|点検)?(?:しています|している|した|する|を実施)?`;
const RESULTS_AS_OF = new RegExp(String.raw`^[(（[［【]?\s*(.{3,20}?)\s*${RESULTS_TAIL}\s*[)）\]］】]?$`);
const CLOSING_RESULTS = new RegExp(String.raw`[(（[［【]\s*([^()（）[\]［］【】]{3,20}?)\s*${RESULTS_TAIL}\s*[)）\]］】]$`);

/**
 * An as-of statement with its label first: 「評価時点：2024年3月末」「集計時点: R6.3.31」「現在：令和6年3月末」,
 * the date perhaps glossed in brackets after it (「（令和５年度）」).
 */
const LABELLED = /^[(（[［【]?\s*[^\s:：()（）]{0,6}?(?:時点|現在)\s*[:：]\s*([^()（）]{3,20}?)\s*(?:[(（]([^()（）]*)[)）])?\s*[)）\]］】]?$/;
/** A labelled as-of statement in brackets closing a line: 「KPI進捗状況（評価時点：令和6年3月末）」. */
const CLOSING_LABELLED = /[(（[［【]\s*[^\s:：()（）[\]［］【】]{0,6}?(?:時点|現在)\s*[:：]\s*([^()（）[\]［］【】]{3,20}?)\s*[)）\]］】]$/;
/** The words before a labelled statement's 時点 / 現在 (評価, 集計; 基準値 and 計画策定 date something else: values/asOfLabel.ts). */
const LABEL_WORDS = /^[(（[［【]?\s*([^\s:：()（）[\]［］【】]{0,6}?)(?:時点|現在)\s*[:：]/;

/** A label of the status a plan starts from, closing the text before a dated bracket: 現状, 現況, 基準値, 計画策定時, 当初. */
const STARTING_POINT = /(現状|現況|基準|策定時|当初|前回)値?$/;

/**
 * The period an as-of statement states, alone, in brackets closing a line (a title's 「（令和6年3月末現在）」) or
 * after an as-of label (「評価時点：2024年3月末（令和５年度）」): the fiscal year its date closes (a 3月 date, or the
 * year's end written as such, 「（令和5年度末時点）」), else null.
 * A fiscal year glossed in brackets after a labelled date must be the one the date closes, else the line states nothing.
 */
export function asOfPeriod(text: string): Period | null {
  const whole = asOfPeriodOfPart(text);
  if (whole) return whole;
  // 「評価時点：令和6年3月末（令和5年度末）　　令和6年5月 推進会議資料」: parts of a line set apart by a wide gap (two spaces or
  // more, a full-width one) are statements of their own; the first that is an as-of statement states the period. So are the
  // parts of a bracket holding the whole line, 「（令和6年5月 推進会議資料　令和6年3月末時点の実績による検証）」.
  const bracket = /^\s*[(（]([^()（）]*)[)）]\s*$/.exec(text);
  const parts = (bracket ? bracket[1] : text).split(/\s{2,}|\u3000+/).filter((x) => x.trim());
  if (parts.length < 2) return null;
  // In one bracket, a part naming a fiscal year (「（令和５年度評価　令和５年３月末現在）」) makes the line no one statement.
  if (bracket && parts.some((x) => findPeriod(compactForPeriod(x))?.period.kind === 'fiscal')) return null;
  for (const part of parts) {
    const p = asOfPeriodOfPart(part);
    if (p) return p;
  }
  return null;
}

/**
 * A bracket after a labelled date dating the paper it is in, 「評価時点：令和6年3月末（令和6年5月 効果検証会議資料）」: a month after the
 * date opening the bracket, then words of a paper (資料, 会議, 報告 …). It glosses no year; the date stands.
 */
function papersDate(bracket: string, date: Period): boolean {
  const p = findPeriod(bracket);
  if (!p || p.index !== 0 || p.period.kind !== 'month' || date.kind !== 'month') return false;
  const later = p.period.year * 12 + (p.period.month ?? 0) > date.year * 12 + (date.month ?? 0);
  return later && /資料|会議|報告|公表|作成/.test(bracket.slice(p.length));
}

function asOfPeriodOfPart(text: string): Period | null {
  const t = compactForPeriod(text).trim();
  for (const re of [AS_OF, CLOSING, THROUGH, RESULTS_AS_OF, CLOSING_RESULTS, LABELLED, CLOSING_LABELLED]) {
    const m = re.exec(t);
    const p = m ? findPeriod(m[1]) : null;
    if (!m || !p || p.index !== 0) continue;
    // 「現状（令和4年3月現在）」「基準値（R4.3.31時点）」: the bracket dates the status the plan started from, not the figures evaluated.
    if ((re === CLOSING || re === CLOSING_RESULTS || re === CLOSING_LABELLED) && STARTING_POINT.test(t.slice(0, m.index))) continue;
    if ((re === LABELLED || re === CLOSING_LABELLED) && !datesEvaluatedFigures(LABEL_WORDS.exec(t.slice(m.index))?.[1] ?? '')) continue;
    // The end of a fiscal year, 「（令和5年度末時点）」: that year, as a 3月末 date closing it is.
    if (p.period.kind === 'fiscal' && !m[2] && m[1].slice(p.length) === '末') return p.period;
    if (p.period.kind !== 'month' || p.period.month !== 3) continue;
    const gloss = m[2] && !papersDate(m[2], p.period) ? findPeriod(m[2]) : null;
    if (gloss && (gloss.period.kind !== 'fiscal' || gloss.period.fiscalYear !== p.period.fiscalYear)) continue;
    // Nothing but the date: 「令和6年3月末」「令和6年3月31日」 (a day or 末 after the month).
    if (m[1].slice(p.length).replace(/^(末日?|\d{1,2}日?|[./]\d{1,2})/, '') === '') return p.period;
  }
  return null;
}

/**
 * Whether a cell is an as-of statement and nothing else, whatever its month: 「令和7年4月末現在」「（R6.3.31時点）」
 * 「集計時点：令和6年9月末」. It dates the sheet's figures; it heads no column of them.
 */
export function isAsOfStatement(text: string): boolean {
  const t = compactForPeriod(text).trim();
  for (const re of [AS_OF, LABELLED]) {
    const m = re.exec(t);
    const p = m ? findPeriod(m[1]) : null;
    if (m && p && p.index === 0 && p.period.kind === 'month' && m[1].slice(p.length).replace(/^(末日?|\d{1,2}日?|[./]\d{1,2})/, '') === '') return true;
  }
  return false;
}

/**
 * The year whose 実績 a title names: 「（令和５年度実績）」「令和5年度の実績」「R5実績」, or whose work it
 * evaluates: 「（令和5年度実施事業）」「令和5年度実施分」「令和5年度決算」 (a fiscal year right before the word).
 */
/**
 * What follows the year when it is the year of the figures: 実績 (取組実績 too, 「令和５年度の取組実績に対する検証」), 実施事業 / 実施分 / 実施状況, 決算, or a report of that year's
 * progress (「令和５年度 進捗状況」「令和5年度進捗管理」「令和5年度 成果報告」, a 進捗評価 dated in that year): the progress of that year is what the sheet shows;
 * or the year a report covers, 「（令和5年度対象）」「令和5年度を対象とした点検・評価」 (対象 closing the bracket or going on with と).
 */
const RESULTS_WORD =
  /^\s*の?((?:取組|取り組み)?実績|実施(事業|分|状況|した事業)|決算|進捗(状況|管理|報告|評価)|成果報告|を?対象(?=[)）]|と|$)|(?:[^\s、。()（）評]{0,8}(?:管理|取組|取り組み|事業|計画|改革)の)?結果(?=[)）]|$))/;

/** Whether a text may name the year of its figures (a cheap look before resultsYear). */
/**
 * A row with two or more short cells each naming a year (令和4年度決算 | 令和5年度予算 | 令和5年度決算): a table's column headings,
 * none of them a statement of the sheet's year (a title or a line names its year in one cell).
 */
export const yearHeadingRow = (cells: { text: string }[]): boolean =>
  cells.filter((c) => c.text.length <= 20 && findPeriod(compactForPeriod(c.text))).length >= 2;

export const mayNameResultsYear = (text: string) => /実績|実施|決算|進捗|成果報告|対象|結果|評価\s*[(（]/.test(text);

/**
 * The length of the same year written again in the other calendar in brackets right after it, 「令和7年度（2025年度）実績」:
 * a gloss between the year and its 実績, not another year (0 when there is none).
 */
function sameYearGloss(rest: string, year: Period): number {
  const m = /^\s*[(（]([^()（）]{2,12})[)）]/.exec(rest);
  const p = m ? findPeriod(m[1]) : null;
  return m && p && p.index === 0 && p.length === m[1].trim().length && p.period.fiscalYear === year.fiscalYear ? m[0].length : 0;
}

/**
 * A 進捗評価 names its year only beside a date in that fiscal year (「令和4年度 進捗評価（令和5年3月 推進会議資料）」): alone,
 * 「令和6年度 進捗評価」 may as well be the evaluation held in 令和6年度 of the year before's figures, and states nothing.
 */
function datedWithin(rest: string, year: Period): boolean {
  const d = findPeriod(rest);
  return !!d && d.period.kind === 'month' && d.period.fiscalYear === year.fiscalYear;
}

export function resultsYear(text: string): Period | null {
  // 「（参考）令和５年度実績」 shows last year's figure beside this year's: it names no year the sheet evaluates.
  if (isReferenceLabel(text)) return null;
  const t = compactForPeriod(text);
  for (let from = 0; from < t.length;) {
    const p = findPeriod(t.slice(from));
    if (!p) return null;
    const end = from + p.index + p.length;
    const rest = t.slice(end);
    const gloss = p.period.kind === 'fiscal' ? sameYearGloss(rest, p.period) : 0;
    const word = p.period.kind === 'fiscal' ? RESULTS_WORD.exec(rest.slice(gloss)) : null;
    if (word && (!/評価/.test(word[1]) || datedWithin(rest.slice(gloss + word[0].length), p.period))) return p.period;
    if (evaluationReportedAfter(rest.slice(gloss), p.period)) return p.period; // 「令和６年度評価（令和７年５月 報告）」
    from = end;
  }
  return null;
}
