/**
 * Words about an indicator's direction written outside its own cells, read as a clerk reads them:
 * - a note (comment) on its name, unit, description or 備考 cell: 「少ないほど良い」 on the name;
 * - a remark elsewhere on the sheet that names it and says lower is better: 「待機者数は少ないほど良い」
 *   in a table's 備考 column, when the remark names exactly one indicator of the sheet (the end of
 *   its name, three characters or more), or that names none and stands on the row of exactly one
 *   (「地域医療課（少ないほど良い）」 in the row's 所属 or 備考 cell).
 * Both are added to the indicator's words for direction (directionWords.ts decides what they say).
 */
import { a1 } from '../model/address';
import type { SheetSnapshot } from '../model/snapshot';
import { directionFromText } from '../values/directionWords';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** A remark compares (「…ほど良い」「…ほうが望ましい」): a heading such as 「ごみ排出量の削減」 is not one. */
const BETTER = /(ほど|ほうが|方が)(良|よ|望まし|好まし)/;

const ownCells = (ind: RawIndicator) => [ind.nameCell, ind.unitCell, ind.descriptionCell, ind.noteCell].filter((c): c is string => !!c);

function addWords(ind: RawIndicator, text: string): void {
  ind.wordsForDirection = ind.wordsForDirection ? `${ind.wordsForDirection}\n${text}` : text;
}

/** Does the remark name the indicator (the end of its name, at least three characters)? */
function names(remark: string, ind: RawIndicator): boolean {
  const name = normalizeText(ind.name)
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/\s+/g, '');
  for (let n = name.length; n >= 3; n--) if (remark.includes(name.slice(name.length - n))) return true;
  return false;
}

/** Short texts on the sheet that say lower is better and are no indicator's own cell. */
function remarks(grid: Grid, taken: Set<string>): { text: string; row: number }[] {
  const out: { text: string; row: number }[] = [];
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.raw(r, c);
      // The comparison is tested first: it rules out nearly every cell without naming it.
      if (typeof v !== 'string' || v.length > 60 || !BETTER.test(v) || taken.has(a1(r, c))) continue;
      if (directionFromText(v) === 'down') out.push({ text: normalizeText(v).replace(/\s+/g, ''), row: r });
    }
  return out;
}

export function addDirectionNotes(snapshot: SheetSnapshot, grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length) return;
  const notes = snapshot.notes ?? {};
  for (const ind of indicators) for (const cell of ownCells(ind)) if (notes[cell]) addWords(ind, notes[cell]);
  const taken = new Set(indicators.flatMap(ownCells));
  for (const remark of remarks(grid, taken)) {
    const named = indicators.filter((ind) => names(remark.text, ind));
    const onRow = indicators.filter((ind) => ind.row === remark.row);
    if (named.length === 1) addWords(named[0], remark.text);
    else if (!named.length && onRow.length === 1) addWords(onRow[0], remark.text);
  }
}
