/**
 * A sheet the evaluation office filled in as an example for the departments (記入例, 記載例, 記入見本, 作成例, 入力例, 回答例), its tab
 * or its title saying so (「記入例」「【記入例】令和6年度 施策評価シート」): its names and figures show how to fill the form in and
 * are nobody's reply, however real they look. Beside a sheet of the workbook that gives indicators, its indicators are left out
 * and the sheet says so (sheet-left-out, `example`); a workbook holding nothing but the example is read as it stands.
 */
import { normalizeText } from '../values/text';
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

/** The word by which the sheet's tab or title says it is an example for filling in (「記入例」「見本」「例」), or null. */
export function exampleWord(sheetName: string, title: string | undefined): string | null {
  const tab = normalizeText(sheetName).replace(/\s+|シート/g, '');
  const head = normalizeText(title ?? '').replace(/\s+/g, '');
  const inTab = NAMED_WITH.test(tab) ? null : EXAMPLE_TAB.exec(tab);
  const inTitle = inTab || POINTS_TO_EXAMPLE.test(head) ? null : EXAMPLE_TITLE.exec(head);
  const m = inTab ?? inTitle;
  return m ? m[0].replace(/[【】[\]()（）〔〕:]/g, '') : null;
}

/** Whether the sheet's tab or title says it is an example for filling in. */
export function isExampleSheet(sheetName: string, title: string | undefined): boolean {
  return exampleWord(sheetName, title) !== null;
}

/** Takes the indicators of example sheets out (in place) when another sheet gives indicators, each sheet saying so. */
export function dropExampleSheets(detections: SheetDetection[]): void {
  const examples = detections.filter((d) => d.indicators.length && isExampleSheet(d.meta.sheet, d.meta.title));
  if (!detections.some((d) => d.indicators.length && !examples.includes(d))) return;
  for (const d of examples) {
    const word = exampleWord(d.meta.sheet, d.meta.title)!;
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
