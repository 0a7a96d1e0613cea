/**
 * A note saying which year's share of the figures is evaluated: 「（評価は令和5年度分）」「評価対象は令和５年度分です」. A clerk reads
 * the year before 分 as the year evaluated, whatever later year's figures the table already holds (「※令和6年度の実績は…速報値です
 * （評価は令和5年度分）。」): the sentence names the figures evaluated, never the year the evaluation is held in (「令和６年度評価」
 * alone may be either: periodStatements.ts).
 * Only the year and 分 after 評価は / 評価対象は, closing the sentence or its bracket (のみ / です / である / とする may follow); a
 * negation or more words after it (「令和5年度分ではなく」「令和5年度分から」) states nothing, nor does another round's evaluation
 * (「前回の評価は令和4年度分」「前年度評価は…」). 評価 opens its sentence or bracket (after a ※ or 注 mark at most): the evaluation
 * of another thing (「※事業費（コスト）の評価は令和5年度分」) names no year of the figures (review rv83 item 2). A note in a row of
 * figures (a 備考 cell) speaks of its row only, never the sheet's year (evaluatedYearNote.ts; rv83 item 1).
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';

const SHARE =
  /(?:^|[（(])[※＊*]?(?:注\d*)?[:：]?\s*(前回|前年度|昨年度|次回|次年度)?の?評価(?:対象)?は、?(.{2,14}?)分(?:のみ)?(?:です|である|とする)?(?=[)）。]|$)/;

/** The fiscal year such a note names as the share evaluated, else null. */
export function evaluatedYearShare(text: string): Period | null {
  if (!text.includes('分')) return null;
  const t = compactForPeriod(text).replace(/\r?\n/g, '');
  for (const sentence of t.split('。')) {
    const m = SHARE.exec(sentence);
    if (!m || m[1]) continue;
    const p = findPeriod(m[2]);
    if (p && p.index === 0 && p.length === m[2].length && p.period.kind === 'fiscal') return p.period;
  }
  return null;
}
