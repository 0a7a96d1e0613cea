/**
 * A table's caption stating the aim of every row under it, in brackets or after it: 「２　エネルギー使用量等（いずれも削減を
 * 目指す）」「【参考指標】※いずれも少ないほど良い」. A clerk reads each row of that table as lower-is-better, as a remark about
 * every indicator of the sheet reads (directionNotes.ts, which cannot tell whom such a caption names when its subject ends
 * as several rows' names do: 「…使用量等」 over 電気使用量, 都市ガス使用量); a row's own direction cell or words still decide
 * for it, and a row measuring the cut itself (削減率) is left as it is. Only a caption that says it speaks of all (いずれも,
 * すべて, 各指標) and of an aim (目指す, ほど良い, 望ましい), with no exception (除く, 以外), is read; a caption naming a
 * subject alone (「１　ごみの減量」) says nothing of its rows' way. A line right under another table's last row (a row holding
 * figures), unless numbered or bracketed as a caption (「２　…」「【…】」), is that table's footnote (「※いずれも削減を指す指標」),
 * no caption of the table below.
 */
import { directionFromText } from '../values/directionWords';
import { measuresTheChange } from '../values/targetChange';
import { isNumberedCaption } from './numberedCaption';
import type { CellIndex } from './cells';
import type { RawIndicator } from './types';

const ALL = /いずれも|すべて|全て|各指標|本表の指標|この表の指標/;
const AIM = /目指|めざ|ほど(良|よ)い|方が(良|よ)い|ほうが(良|よ)い|望まし/;
const EXCEPT = /除く|除き|以外/;

/** A caption's own marks: a number (「２　…」「(2)」) or a bracket (【参考指標】) opening it. */
const CAPTION_MARK = /^[\s　]*[【［■□◆◇●]/;

/** Whether line `r` holds a figure (a number cell) in the columns lo..hi: a table's row. */
function holdsFigure(index: CellIndex, r: number, lo: number, hi: number): boolean {
  return index.row(r).some((c) => c.col >= lo && c.col <= hi && typeof index.grid.raw(r, c.col) === 'number');
}

/**
 * The caption's text: the nearest line with text in the table's columns within two rows above its header, or ''; '' too when
 * that line sits right under a row of figures (the table above's footnote) and bears no caption's mark.
 */
function captionText(index: CellIndex, headerRow: number, lo: number, hi: number): string {
  for (let r = headerRow - 1; r >= headerRow - 2; r--) {
    const texts = index
      .row(r)
      .filter((c) => c.col >= lo && c.col <= hi && c.text)
      .map((c) => c.text);
    if (!texts.length) continue;
    const text = texts.join(' ');
    return holdsFigure(index, r - 1, lo, hi) && !isNumberedCaption(text) && !CAPTION_MARK.test(text) ? '' : text;
  }
  return '';
}

/** Adds the caption's aim to the words for direction of every row read under it (in place). */
export function applyCaptionAims(index: CellIndex, headerRow: number, lo: number, hi: number, read: RawIndicator[]): void {
  if (!read.length) return;
  const caption = captionText(index, headerRow, lo, hi);
  if (!caption || !ALL.test(caption) || !AIM.test(caption) || EXCEPT.test(caption) || directionFromText(caption) !== 'down') return;
  for (const ind of read.filter((i) => !measuresTheChange(i.name)))
    ind.wordsForDirection = ind.wordsForDirection ? `${ind.wordsForDirection}\n${caption}` : caption;
}
