/**
 * A footnote that finds its indicator through the indicator's row rather than its name (markedNameNote.ts reads marks on names):
 * - a numbered mark written alone in a cell of the row (備考 | 「※2」), the footnote opening with the same mark (「※2 数値が小さいほど
 *   良好な指標のため、…」): the footnote is about that row's indicator;
 * - a bare ※ ending the name (「現金が使えず困った経験のある市民の割合 ※」), the footnote opening with ※ and naming as its subject the
 *   text of another cell of that row (the row's 設問 / No. cell: 「※ 問15は低いほど良い指標」): about that row's indicator.
 * Guards: the mark must stand alone in its cell, or point to its footnote (「※2参照」「※2を参照」), 「98※2」 marks a figure
 * (footnoteQualifiers.ts); the footnote's mark must be the one the row carries. Several rows carrying it share the footnote
 * only when it is the sheet's one footnote opening with that mark (two indicator rows marked ※1 over one 「※1 数値が小さいほど
 * 良好な指標」: both, review rv81 item 1); a second footnote with the same mark (a 参考 table's ※1 with its own ※1 under it:
 * which table's footnote is which cannot be told) leaves the marked rows to none (review rv80 item 1); a shared footnote naming
 * one of the marked indicators is about that one alone (review rv82b item 2). The subject must be a
 * whole cell of exactly one indicator's row (no name part, no other row's code), and for a bare ※ the name must carry ※ too.
 * Anything else: null, and the footnote is read as any remark (directionNotes.ts).
 */
import { parseA1 } from '../model/address';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** A numbered mark opening a footnote: 「※2」「（※2）」「注3」. */
const LEADING_NUMBERED = /^[(（]?(※|\*|注)\s*(\d{1,2})(?!\d)[)）]?/;
/** A numbered mark alone in its cell, or pointing to its footnote: 「※2」「（※2）」「※2参照」「（※2を参照）」. */
const ALONE_NUMBERED = /^[(（]?(※|\*|注)\s*(\d{1,2})(?:を?参照)?[)）]?$/;
/** A bare ※ opening a footnote, then its subject and は: 「※ 問15は…」「※No.6は…」. */
const BARE_SUBJECT = /^※\s*([^\s、。は]{1,12}?)\s*は/;

const compact = (text: string) => normalizeText(text).replace(/\s+/g, '');

function rowOf(ind: RawIndicator): number | null {
  return parseA1(ind.nameCell)?.row ?? null;
}

/** The cells of a row other than the name cell, compacted texts. */
function rowTexts(grid: Grid, row: number, nameCol: number): string[] {
  const out: string[] = [];
  for (let c = grid.left; c <= grid.right; c++) if (c !== nameCol && grid.anchor(row, c).col === c) out.push(compact(grid.text(row, c)));
  return out;
}

const markOf = (text: string) => ALONE_NUMBERED.exec(text)?.slice(1, 3).join('') ?? null;

/** How many rows of the sheet, indicators' or not, carry the mark alone in a cell. */
function rowsMarked(grid: Grid, mark: string): number {
  let rows = 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.anchor(r, c).col !== c || grid.anchor(r, c).row !== r || markOf(compact(grid.text(r, c))) !== mark) continue;
      rows++;
      break;
    }
  }
  return rows;
}

/** How many cells of the sheet open a footnote with the mark (「※1 …」 with words after the mark, not the mark alone). */
function footnotesOpening(grid: Grid, mark: string): number {
  let notes = 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.anchor(r, c).col !== c || grid.anchor(r, c).row !== r) continue;
      const text = normalizeText(grid.text(r, c)).trim();
      const m = LEADING_NUMBERED.exec(text);
      if (m && m[1] + m[2] === mark && !markOf(compact(text)) && text.length > m[0].length) notes++;
    }
  }
  return notes;
}

/** The indicators the footnote is about through a mark or a code on their rows, or null (see the module's comment). */
export function rowMarkOwners(remark: string, indicators: RawIndicator[], grid: Grid): RawIndicator[] | null {
  const text = normalizeText(remark).trim();
  const numbered = LEADING_NUMBERED.exec(text);
  const subject = numbered ? null : BARE_SUBJECT.exec(text);
  if (!numbered && !subject) return null;
  // Several rows marked: only under the sheet's one footnote of that mark; a ※1 of a second table (参考データ) has its own ※1
  // footnote under it (review rv80 item 1), one footnote is about every row carrying its mark (review rv81 item 1).
  const mark = numbered ? numbered[1] + numbered[2] : '';
  const shared = numbered !== null && rowsMarked(grid, mark) > 1;
  if (shared && footnotesOpening(grid, mark) !== 1) return null;
  const owners = indicators.filter((ind) => {
    const row = rowOf(ind);
    const nameCol = parseA1(ind.nameCell)?.col;
    if (row === null || nameCol === undefined) return false;
    const cells = rowTexts(grid, row, nameCol);
    if (numbered) return cells.some((t) => markOf(t) === mark);
    return compact(grid.text(row, nameCol)).endsWith('※') && cells.includes(compact(subject![1]));
  });
  if (owners.length === 1) return owners;
  if (!shared || owners.length < 2) return null;
  // A shared footnote naming one of the marked indicators (「※1 出典：…。交通事故発生件数は減少を目指す指標。」) speaks of that one
  // alone; only a footnote naming none of them is about every row carrying its mark (review rv82b item 2).
  const named = owners.filter((ind) => namesIndicator(text, ind.name));
  return named.length ? named : owners;
}

/** Whether the footnote's text holds the indicator's name, its notes and spaces left out. */
function namesIndicator(text: string, name: string): boolean {
  const n = compact(name).replace(/[※*]\d*$/, '');
  return n.length >= 2 && compact(text).includes(n);
}
