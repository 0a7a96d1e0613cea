/**
 * A plain word heading at the left end of a header row of years and a target (「路線 | 平成30年度 | … | 令和5年度 | 令和5年度目標」):
 * each row under it is something counted year by year against its own target, so the word (路線, 施設, 地区) heads the rows'
 * names as 「路線名」 would (nameOfHeading.ts). Only a short word no label, period or meta reads (区分 keeps its own rule), never
 * a person's or an office's (担当, 課: who answers for the row), and only on a row with a run of two or more years and a target
 * heading; measureNameHeading.ts still asks that the cells under it hold names and stand left of the figures.
 */
import { plausibleAxis, type CellIndex, type IndexedCell } from './cells';
import { isOrganisationHeading } from './organisationHeading';

/** One or two words of kanji or katakana, brackets taken out. */
const WORD = /^[\p{Script=Han}\p{Script=Katakana}ー・]{1,6}$/u;
/** Who answers for a row, or a time: never the rows' names. */
const NOT_NAMES = /(?:氏名?|者|課|部|局|室|係|署|担当|所管|主管|所属|年度|年|月|日|期)$/;

/** A short word of kanji or katakana that no label, period or meta reads, naming no person, office or time. */
export function plainWord(cell: IndexedCell): boolean {
  if (cell.label || cell.period || cell.meta || !cell.text) return false;
  const t = cell.text
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '');
  return WORD.test(t) && !NOT_NAMES.test(t) && !isOrganisationHeading(t);
}

/** Whether `cell` is a plain word heading leftmost on a row that also holds a run of years and a target heading. */
export function headsYearRunNames(index: CellIndex, cell: IndexedCell): boolean {
  if (cell.label || cell.period || cell.meta || !cell.text) return false;
  // The row's shape first: asked of many cells, the word's own test (its text made normal) is the dearer one.
  const cells = index.row(cell.row);
  if (!cells.some((c) => c.label && (c.label.role === 'target' || c.label.role === 'expected'))) return false;
  if (cells.some((c) => c.col < cell.col && (c.text || c.period))) return false;
  const periods = cells.filter((c) => c.period && !c.label);
  if (periods.length < 2 || !plausibleAxis(periods)) return false;
  return plainWord(cell);
}
