/**
 * A note naming the year the table is used to evaluate, beside a year whose figures it sets aside as reference: 「※本表は令和５年度の
 * 施策評価に用いる。令和６年度の実績欄は６月末現在の参考値（評価の対象外）。」. A clerk reads the first year as the one evaluated: the
 * second sentence says the later column is not, so the first cannot name the year the evaluation is held in (「令和６年度の施策評価」
 * alone may be the evaluation held in 令和６年度 of the year before's figures, and states nothing: periodStatements.ts).
 * Both sentences are needed, naming two different fiscal years; either alone states no period.
 */
import { a1 } from '../model/address';
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { oneLine } from '../values/text';
import type { IndexedCell } from './cells';
import { evaluatedYearShare } from './evaluatedYearShare';
import type { SheetMeta } from './types';

/** The table (本表, この表, 本シート) used for a year's evaluation: 「本表は令和５年度の施策評価に用いる」. */
const PURPOSE = /(?:本表|この表|本シート|このシート|本資料)は、?(.{2,14}?)の[^。]{0,12}?評価(?:に(?:用い|使用し|使)|の(?:ため|資料)|用)/;
/** A year's figures set aside: 「令和６年度の実績欄は…参考値（評価の対象外）」「…の数値は参考であり評価に用いない」. */
const ASIDE = /^(.{2,14}?)の[^。]{0,10}?(?:は|については)[^。]{0,30}?(?:参考値?|評価の?対象外|評価(?:に(?:は)?)?(?:用いない|使用しない|含めない)|評価しない)/;

/** The fiscal year a sentence's words before の name, when they are a year and nothing else (「令和６年度」「R5」). */
function yearOf(words: string): Period | null {
  const p = findPeriod(words);
  return p && p.index === 0 && p.length === words.length && p.period.kind === 'fiscal' ? p.period : null;
}

/** The evaluated year such a note states, else null. */
export function evaluatedYear(text: string): Period | null {
  const t = compactForPeriod(text).replace(/^※\s*/, '');
  if (t.length > 200 || !/評価/.test(t) || !/参考|対象外|用いない|使用しない|含めない|しない/.test(t)) return null;
  let purpose: Period | null = null;
  let aside: Period | null = null;
  for (const sentence of t.split(/。|※/).map((s) => s.trim())) {
    const p = PURPOSE.exec(sentence);
    purpose ??= p ? yearOf(p[1]) : null;
    const a = ASIDE.exec(sentence);
    aside ??= a && !p ? yearOf(a[1]) : null;
  }
  // Only a later year set aside (the year in course beside the one evaluated): an earlier one (「令和４年度の数値は参考値」 beside
  // 「令和６年度の行政評価に用いる」) leaves the purpose year the year the evaluation is held in, not the year evaluated (review rv57).
  return purpose && aside && aside.fiscalYear > purpose.fiscalYear ? purpose : null;
}

/**
 * The table used to evaluate a year's attainment: 「※本表により令和５年度の達成状況を評価する（…会議 令和６年11月）」. What is
 * evaluated is that year's 達成状況 / 達成度 / 進捗状況 / 実績, no evaluation held in it, so the sentence states the year alone.
 */
const ATTAINMENT =
  /(?:本表|この表|本シート|このシート|本資料)(?:により|によって|を用いて|をもって|で)、?(.{2,14}?)の(?:達成状況|達成度|進捗状況|実績)を評価する/;

/** The year such a sentence names as the one whose attainment is evaluated, else null. */
export function attainmentYear(text: string): Period | null {
  const m = ATTAINMENT.exec(compactForPeriod(text));
  return m ? yearOf(m[1]) : null;
}

/** The period a note cell states by naming the year evaluated beside a year set aside, the year whose attainment it evaluates, or its share evaluated. */
export function evaluatedYearNote(c: IndexedCell, inFigureRow = false): SheetMeta['statedPeriod'] {
  if (!c.text.includes('評価')) return undefined;
  // 「（評価は令和5年度分）」: the year's share evaluated (evaluatedYearShare.ts) — not from a 備考 cell in a row of figures, which
  // speaks of that row alone (「実績は前年度（評価は令和5年度分）」 beside 農業産出額; review rv83 item 1).
  const share = inFigureRow ? null : evaluatedYearShare(c.text);
  const period = (/参考|対象外/.test(c.text) ? evaluatedYear(c.text) : attainmentYear(c.text)) ?? share;
  return period ? { period, cell: a1(c.row, c.col), text: oneLine(c.text) } : undefined;
}
