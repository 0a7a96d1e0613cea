/**
 * A table captioned as reference figures: 「■参考指標（目標値は設定していない）」「【参考値】」「参考データ」 over its header,
 * beside or under the table of graded indicators, or 参考 in brackets before other words (「（参考）施設別の内訳」). Its rows
 * are figures a city watches, never indicators it grades: the table reader leaves them out. A caption that only says 参考 with another year (「【参考】令和4年度」) is a copy of the
 * sheet's table for that year, told by otherPeriodCopies.ts, not this.
 */
import { findPeriod } from '../values/periods';
import { compact, normalizeText } from '../values/text';
import type { CellIndex } from './cells';
import { holdsFigures } from './figureRow';
import type { Grid } from './grid';

const REFERENCE_CAPTION = /^[■□●○◆◇▼▽・\s【［[〔(（<＜]*参考(指標|値|データ|数値|項目|統計)/;
/** 参考 in brackets before the caption's words: 「（参考）施設別の内訳」「【参考】市内の状況」. */
const BRACKETED_REFERENCE = /^[■□●○◆◇▼▽・\s]*[【［[〔(（<＜]参考[】］\]〕)）>＞]/;
/** A line led by 参考 with a colon or in brackets: 「参考：県平均（令和５年度）」「【参考】市内の状況」. */
export const REFERENCE_LEAD = /^[■□●○◆◇▼▽・※\s]*(?:[【［[〔(（<＜]参考[】］\]〕)）>＞]|参考[:：])/;
/** A bracketed aside inside a caption: 「（単位：千円）」. */
const BRACKETED = /[(（][^()（）]*[)）]/g;
/** What a statement writes after its lead, never a caption: a label and its value (関連計画：…) or a sentence's particle (…はB). */
const STATEMENT = /[:：=＝]|[はがを](?![\p{Script=Hiragana}ー])|です|である/u;

/**
 * Whether a line led by 参考 states a fact rather than captioning figures: 「（参考）関連計画：第2期子ども・子育て支援事業計画」
 * 「参考：前年度の施策評価はB」 (a label and its value, or a sentence, after the lead); 「（参考）給付費の状況（単位：千円）」
 * and 「参考：県平均」 caption.
 */
export function statesAFact(caption: string): boolean {
  const lead = REFERENCE_LEAD.exec(caption);
  if (!lead) return false;
  return STATEMENT.test(caption.slice(lead[0].length).replace(BRACKETED, ''));
}
/** How far above the header its caption may stand. */
const CAPTION_REACH = 2;

/**
 * Whether the nearest line above the header band (`top`), within the table's columns `lo`..`hi`, captions the table
 * as reference figures.
 */
export function isReferenceTable(index: CellIndex, top: number, lo: number, hi: number): boolean {
  for (let r = top - 1; r >= top - CAPTION_REACH; r--) {
    const texts = index.row(r).filter((c) => c.text && c.col >= lo && c.col <= hi);
    if (!texts.length) continue;
    const caption = compact(normalizeText(texts[0].text));
    return REFERENCE_CAPTION.test(caption) || (BRACKETED_REFERENCE.test(caption) && !findPeriod(caption) && !statesAFact(caption));
  }
  return false;
}

/**
 * Whether a line in a table's name column captions what follows as reference figures (「参考：県平均」「【参考】…」「参考指標」):
 * the table above ends there, as the rows under it are figures to compare with, never the table's indicators.
 */
export function isReferenceCaption(text: string): boolean {
  if (!text.includes('参考')) return false;
  const caption = compact(normalizeText(text));
  return REFERENCE_CAPTION.test(caption) || REFERENCE_LEAD.test(caption);
}

/**
 * Whether row `r` of a table's body is a caption of reference figures (「参考：県平均」 in the name column, no figures): the table
 * ends above it. A （参考） row with a figure of its own is one reference row (left out by referenceSections.ts); the table goes on.
 */
export function captionsReference(grid: Grid, r: number, nameCol: number, valueCols: number[]): boolean {
  return isReferenceCaption(grid.fullText(r, nameCol)) && !holdsFigures(grid, r, valueCols) && !writesFigure(grid, r, valueCols);
}

/** Whether a value cell of the row holds a figure written as text (「6,540⏎（令和5年度）」): a reference row of the table, no caption. */
function writesFigure(grid: Grid, r: number, valueCols: number[]): boolean {
  return valueCols.some((col) => typeof grid.raw(r, col) === 'number' || /^\s*[0-9０-９][0-9０-９,，.．]*/.test(grid.text(r, col)));
}
