/**
 * A sheet the evaluation office filled in as an example for the departments (記入例, 記載例, 記入見本, 作成例, 入力例, 回答例), its tab
 * or its title saying so (「記入例」「【記入例】令和6年度 施策評価シート」): its names and figures show how to fill the form in and
 * are nobody's reply, however real they look. Beside a sheet of the workbook that gives indicators, its indicators are left out
 * and the sheet says so (sheet-left-out, `example`); a workbook holding nothing but the example is read as it stands.
 * So is the sheet of instructions for filling in (記入要領, 記入方法, 作成要領, 記入の手引き: its tab, or the end of its title,
 * 「行政評価結果（公表用原稿）記入要領」): any indicator row it holds is its example; and a sheet whose indicators all stand
 * under a caption alone on its line saying so (「【記入例】」「（記入例）」 over the example table).
 */
import { parseA1 } from '../model/address';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { textCells } from './sheetTexts';
import type { SheetDetection } from './types';

/** A tab naming the sheet an example: the word anywhere in it (「記入例」「記入例（施策）」「見本」「(例)」). */
const EXAMPLE_TAB = /(?:記入例|記載例|作成例|入力例|回答例|記入見本|記載見本|見本|サンプル)(?![\p{Script=Han}\p{Script=Katakana}ー])|^[(【[]?例[)】\]]?$/u;
/** The tab's words a 見本 or サンプル stands in as part of a name (見本園, 見本市, サンプル調査), never an example sheet (review rv41b). */
const NAMED_WITH = /(?:見本|サンプル)[\p{Script=Han}\p{Script=Katakana}ー]|[(（][^()（）]*サンプル[^()（）]*[)）]/u;
/** A title marked as an example: the word in brackets or leading it (「【記入例】…」「（記載例）…」「記入例：…」). */
const EXAMPLE_TITLE =
  /^[【[(〔]?(?:記入例|記載例|作成例|入力例|回答例|記入見本|見本|例)[】\])〕:]|[【[(〔](?:記入例|記載例|作成例|入力例|回答例|記入見本|見本|例)[】\])〕](?!シート|を?参照|のとおり|のように)/;
/** A title line telling the reader to look at the example sheet (「※記入方法は【記入例】シートを参照」): a real sheet's (review rv41b). */
const POINTS_TO_EXAMPLE = /[※＊][^【[(〔]*[【[(〔](?:記入例|記載例|見本)[】\])〕]/;

/** Instructions for filling the form in, ending the tab or the title: 「記入要領」「…（公表用原稿）記入要領」「作成方法」「記入の手引き」. */
const INSTRUCTIONS = /(?:記入|記載|作成|入力)(?:要領|方法|の手引き?|上の注意)[】\])〕]?$/;
/** A caption alone on its line saying the rows under it are the example: 「【記入例】」「（記入例）」「記入例：」. */
const EXAMPLE_CAPTION = /^[【[(〔<＜]?(記入例|記載例|作成例|入力例|回答例|記入見本|記載見本)[】\])〕>＞]?[:：]?$/;

/** The word by which the sheet's tab or title says it is an example for filling in (「記入例」「見本」「例」「記入要領」), or null. */
export function exampleWord(sheetName: string, title: string | undefined): string | null {
  const tab = normalizeText(sheetName).replace(/\s+|シート/g, '');
  const head = normalizeText(title ?? '').replace(/\s+/g, '');
  const inTab = NAMED_WITH.test(tab) ? null : EXAMPLE_TAB.exec(tab);
  const inTitle = inTab || POINTS_TO_EXAMPLE.test(head) ? null : EXAMPLE_TITLE.exec(head);
  const m = inTab ?? inTitle ?? INSTRUCTIONS.exec(tab) ?? INSTRUCTIONS.exec(head);
  return m ? m[0].replace(/[【】[\]()（）〔〕:]/g, '') : null;
}

/**
 * The example caption alone on its line above every indicator of the sheet (「【記入例】」 over the example table), its word, or
 * null (no such caption, or an indicator above it).
 */
function exampleCaption(grid: Grid | undefined, d: SheetDetection): string | null {
  if (!grid) return null;
  const first = Math.min(...d.indicators.map((i) => parseA1(i.nameCell)?.row ?? 0));
  for (const { row, col, text } of textCells(grid)) {
    if (row >= first) continue;
    const m = EXAMPLE_CAPTION.exec(normalizeText(text).replace(/\s+/g, ''));
    if (!m) continue;
    let alone = true;
    for (let c = grid.left; c <= grid.right && alone; c++) if (c !== col && !grid.isBlank(row, c)) alone = false;
    if (alone) return m[1];
  }
  return null;
}

/** Whether the sheet's tab or title says it is an example for filling in. */
export function isExampleSheet(sheetName: string, title: string | undefined): boolean {
  return exampleWord(sheetName, title) !== null;
}

/**
 * Takes the indicators of example sheets out (in place) when another sheet gives indicators, each sheet saying so. `grids`: each
 * sheet's grid by its name, for a caption over the example table.
 */
export function dropExampleSheets(detections: SheetDetection[], grids?: Map<string, Grid>): void {
  const words = new Map<SheetDetection, string>();
  for (const d of detections) {
    const word = d.indicators.length ? (exampleWord(d.meta.sheet, d.meta.title) ?? exampleCaption(grids?.get(d.meta.sheet), d)) : null;
    if (word) words.set(d, word);
  }
  if (!detections.some((d) => d.indicators.length && !words.has(d))) return;
  for (const [d, word] of words) {
    d.leftOutSheet = {
      reason: 'example',
      cell: d.indicators[0].nameCell,
      text: d.meta.title ?? d.meta.sheet,
      indicators: d.indicators.map((i) => i.name),
      word,
    };
    d.indicators = [];
  }
}
