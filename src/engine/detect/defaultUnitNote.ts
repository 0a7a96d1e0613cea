/**
 * A note of the sheet naming the unit of every indicator written without one — 「※単位の記載のない指標は人。」「単位の記載が
 * ないものは件」「特に記載のない場合、単位は人」, or of every one 「※単位はすべて％」 — gives that unit to each indicator of the sheet that has none of its own
 * (no unit column, none in its name or beside its figures), as a clerk reading the note would. One unit, a short word;
 * a note naming several (「人又は件」) gives none.
 */
import { a1 } from '../model/address';
import { writtenUnit } from '../values/units';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator } from './types';

/** 「単位の記載のない指標は人」「単位の記載がないものは「件」」「単位のない項目は人」: the unit after は, to the end of the sentence. */
const NOTE =
  /単位(?:の(?:記載|表示|記入))?(?:が|の)?(?:ない|無い)(?:指標|もの|項目|場合)(?:は|について(?:は)?)[「『]?([^。、,，\s「」『』]{1,6}?)[」』]?(?:です|とする|としている)?(?:[。.)）]|$)/;
/** 「特に記載のない場合、単位は人」「記載のないものの単位は件」. */
const NOTE_AFTER = /(?:記載|表示)(?:の|が)(?:ない|無い)(?:場合|もの)(?:の|、|,)?単位は[「『]?([^。、,，\s「」『』]{1,6}?)[」』]?(?:です|とする)?(?:[。.)）]|$)/;
/** 「※単位はすべて％」「単位は、いずれも人」: every indicator's unit, so that of each written with none. */
const NOTE_EVERY = /単位(?:は|:)、?(?:すべて|全て|いずれも|全部)[「『]?([^。、,，\s「」『』]{1,6}?)[」』]?(?:です|とする|である)?(?:[。.)）]|$)/;
const SEVERAL = /又は|または|もしくは|及び|・|\/|／/;

/** The unit a note names for the indicators written without one, or null. */
export function defaultUnitOf(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = NOTE.exec(t) ?? NOTE_AFTER.exec(t) ?? NOTE_EVERY.exec(t);
  return m && !SEVERAL.test(m[1]) ? writtenUnit(m[1]) : null;
}

/**
 * The indicators a note on row `row` speaks of: those of the nearest table above it (the rows up from the note to the first
 * indicator and on up while indicators follow with no more than two rows between), else, for a note over the tables, those
 * of the first table under it.
 */
function nearestTable(indicators: RawIndicator[], row: number): RawIndicator[] {
  const above = indicators.filter((i) => i.row < row).sort((a, b) => b.row - a.row);
  const run = above.length ? above : indicators.filter((i) => i.row > row).sort((a, b) => a.row - b.row);
  const out: RawIndicator[] = [];
  for (const ind of run) {
    if (out.length && Math.abs(ind.row - out[out.length - 1].row) > 3) break;
    out.push(ind);
  }
  return out;
}

/**
 * Gives the note's unit to every indicator of the table it is written under (or over) left without one. A money unit (「千円」)
 * is a cost table's note, never given to indicators (review rv45).
 */
export function applyDefaultUnitNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.some((i) => !i.unit) || !sheetMentions(grid, '単位')) return;
  for (const c of textCells(grid)) {
    const unit = c.text.length <= 200 ? defaultUnitOf(c.text) : null;
    if (!unit || unit.endsWith('円')) continue;
    for (const ind of nearestTable(indicators, c.row))
      if (!ind.unit) {
        ind.unit = unit;
        ind.unitCell = a1(c.row, c.col);
        ind.unitNoted = true;
      }
  }
}
