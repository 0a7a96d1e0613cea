/**
 * A note naming the target every year's progress is judged against, when the plan writes several later targets:
 * 「※各年度の進捗は中間目標（令和7年度）に対する達成状況により評価する。」. A year without a target of its own is then judged
 * against the target of the year the note names (the 中間目標 of R7), not the plan's last one (最終目標 of R12), which a
 * clerk would otherwise take. The note must name the target and its year and say it judges (評価 / 判定 / 比較) against
 * it; a note about a year with a 「－」 target (finalTargetNote.ts) or about another body's target (国の目標) is not this one, nor
 * one naming a particular indicator (「※指標2（…）は…」「※耐震診断実施件数は…」) or limited to the plan's review (中間評価 / 最終評価).
 */
import { a1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator } from './types';

/** The target named with its year in brackets (中間目標（令和7年度）, 目標値（R7）), then what it is judged by. */
const NAMED = /(中間目標値?|目標値?)\(([^()]{2,12})\)(?:に対する|に対して|により|によって|で|と比較|と比べ|を基準と|を基準に)[^。]{0,16}?(評価|判定|比較|点検)/;

/** A note about a period with no target of its own (finalTargetNote.ts), someone else's target, or a judging denied. */
const NOT_THIS = /「\s*-+\s*」|未設定|設定(されて|して)?いない|(国|県|都|道|府)の?目標|(評価|判定|比較)(し|せ|は行わ)(ない|ず)|対象外/;

/** A plan's review named (中間評価 / 最終評価): the note says how that review judges, not each year. */
const REVIEW_ONLY = /(中間|最終)評価/;
/** A particular indicator named (指標2, 指標②): the note is that indicator's, not every one's. */
const ONE_INDICATOR = /指標\d+|指標[一二三四五六七八九十]+/;
/** The topic before は (「各年度の進捗は」「耐震診断実施件数は」), and the words of a topic about every indicator or year. */
const TOPIC = /^[※＊*]?([^、,]{1,40}?)は/;
const GENERIC_TOPIC = /年度|進捗|達成|評価|実績|判定|計画|目標|指標|各|全|すべて|いずれ/;

/** Whether the sentence before the named target limits the note to one indicator or to the plan's review (review rv49). */
function limited(sentence: string, before: string): boolean {
  if (REVIEW_ONLY.test(sentence) || ONE_INDICATOR.test(before)) return true;
  const topic = TOPIC.exec(before);
  return !!topic && !GENERIC_TOPIC.test(topic[1]);
}

/** The year whose target the text says each year is judged against, or null. */
export function judgedTargetYear(text: string): number | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  for (const sentence of t.split('。')) {
    const m = NAMED.exec(sentence);
    if (!m || NOT_THIS.test(sentence) || limited(sentence, sentence.slice(0, m.index))) continue;
    const p = findPeriod(m[2]);
    if (p) return p.period.fiscalYear;
  }
  return null;
}

/**
 * Marks each indicator of the sheet holding a target of the year the sheet's note names with that note: grading takes that
 * target for a year without its own (grading/choosePoints.ts).
 */
export function applyJudgedTargetNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length || !sheetMentions(grid, '目標')) return;
  for (const { row, col, text } of textCells(grid)) {
    if (text.length > 200 || !text.includes('目標')) continue;
    const year = judgedTargetYear(text);
    if (year === null) continue;
    const note = { cell: a1(row, col), text: text.trim(), fiscalYear: year };
    for (const ind of indicators) if (ind.targets.some((t) => t.period?.fiscalYear === year && t.parsed.status === 'value')) ind.judgedTargetNote ??= note;
    return;
  }
}
