/**
 * A sheet that says whose figures are the right ones, and they are not its own: 「※数値は各事業の個票（事業番号のシート）を正と
 * します。」 on an 一覧 (一次集計) listed before the projects' sheets. The sheet is a copy made for the overview: where its
 * indicators recur by name on the workbook's other sheets, those sheets' figures are read, its own left out and named for check
 * (sheet-left-out, `deferred`, quoting the note), never read twice nor in place of the sheets it defers to, whether a copied figure
 * differs or not. An indicator only it lists keeps its reading. The note must name sheets (個票, …のシート, 調書, 評価表, another
 * sheet's name) and not the sheet itself (本表, この一覧): 「人口は住民基本台帳を正とする」 names a source, no sheet. Without such a
 * note a summary's differing copies stay as summarySheets.ts and actions/differingCopies.ts leave them.
 */
import { a1 } from '../model/address';
import { normalizeText, oneLine } from '../values/text';
import type { Grid } from './grid';
import { nameKey } from './otherPeriodSheets';
import type { SheetDetection } from './types';

/** What is said to be right, before 「を正とします」「を正とする」「が正です」 (the clause up to a 「は」 setting the topic aside). */
const RIGHT_ONES = /([^。※]{1,60}?)(?:を正(?:本)?と(?:します|する|している|しています)|が正(?:です|となります)?(?=[。\s]|$))/;

/** The sheet itself: 本表, 本一覧, この表, 当シート, 本様式. */
const ITSELF = /本(?:表|一覧|シート|様式|集計)|この(?:表|一覧|シート|様式|集計)|当(?:表|シート|様式)/;

/**
 * Words naming sheets of the workbook: 個票, …のシート, 調書, 評価表, 別紙, 各事業の…; not a source's table (統計表, 調査票,
 * 別表: review rv43).
 */
const SHEET_WORDS = /シート|個票|調書|(?<!統計|調査|別)表|様式|別紙|各事業|各課|各施策/;

/** The topic of the note (「数値は…」「本一覧の実績は…」), when it names one: only figures in general, not one quantity (「人口は…」). */
const FIGURES_TOPIC = /^(?:[^、。]{0,10}の)?(?:数値|数字|実績値?|値|目標値?|実績及び目標|目標及び実績|各数値|計数)$/;

export interface DeferringNote {
  cell: string;
  text: string;
}

/** The note on a sheet deferring its figures to the workbook's other sheets, or null (`others`: the other sheets' names). */
export function deferringNote(grid: Grid, others: string[]): DeferringNote | null {
  let found: DeferringNote | null = null;
  grid.forEachValue((row, col, value) => {
    if (found || typeof value !== 'string' || !value.includes('正')) return;
    const m = RIGHT_ONES.exec(normalizeText(value));
    if (!m) return;
    const topic = /^(.*?)は/.exec(m[1].trim())?.[1].replace(/^[※\s]+/, '');
    if (topic !== undefined && !FIGURES_TOPIC.test(topic)) return;
    const said = m[1].replace(/^.*?は/, '');
    if (ITSELF.test(said) || said.includes(grid.name)) return;
    if (!SHEET_WORDS.test(said) && !others.some((o) => o.length >= 2 && said.includes(o))) return;
    found = { cell: a1(row, col), text: oneLine(value).trim() };
  });
  return found;
}

/**
 * Takes out (in place) the indicators of each sheet whose note defers to the other sheets and that recur by name on one of
 * them, the sheet saying so. `grids`: each sheet's grid by its name.
 */
export function dropDeferringSheets(detections: SheetDetection[], grids: Map<string, Grid>): void {
  const read = detections.filter((d) => d.indicators.length);
  if (read.length < 2) return;
  // How many sheets hold each name, kept as sheets are left out: each sheet's names made once, not once per other sheet.
  const keysOf = new Map(read.map((d) => [d, new Set(d.indicators.map((i) => nameKey(i.name)))]));
  const sheetsWith = new Map<string, number>();
  for (const keys of keysOf.values()) for (const k of keys) sheetsWith.set(k, (sheetsWith.get(k) ?? 0) + 1);
  for (const d of read) {
    const grid = grids.get(d.meta.sheet);
    if (!grid || d.leftOutSheet) continue;
    const recurring = d.indicators.filter((i) => (sheetsWith.get(nameKey(i.name)) ?? 0) > 1);
    if (!recurring.length) continue;
    // The others as they stand: a sheet already left out for its note is no sheet to defer to.
    const others = read.filter((o) => o !== d && o.indicators.length);
    const note = deferringNote(
      grid,
      others.map((o) => o.meta.sheet),
    );
    if (!note) continue;
    d.leftOutSheet = { reason: 'deferred', cell: note.cell, text: note.text, indicators: recurring.map((i) => i.name) };
    d.indicators = d.indicators.filter((i) => !recurring.includes(i));
    const kept = new Set(d.indicators.map((i) => nameKey(i.name)));
    for (const k of keysOf.get(d)!) if (!kept.has(k)) sheetsWith.set(k, sheetsWith.get(k)! - 1);
    keysOf.set(d, kept);
  }
}
