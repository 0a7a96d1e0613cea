/**
 * A sheet the evaluation office filled in as an example for the departments (記入例, 記載例, 記入見本, 作成例, 入力例, 回答例), its tab
 * or its title saying so (「記入例」「【記入例】令和6年度 施策評価シート」): its names and figures show how to fill the form in and
 * are nobody's reply, however real they look. Beside a sheet of the workbook that gives indicators, its indicators are left out
 * and the sheet says so (sheet-left-out, `example`); a workbook holding nothing but the example is read as it stands.
 */
import { normalizeText } from '../values/text';
import type { SheetDetection } from './types';

/** A tab naming the sheet an example: the word anywhere in it (「記入例」「記入例（施策）」「見本」「(例)」). */
const EXAMPLE_TAB = /記入例|記載例|作成例|入力例|回答例|記入見本|記載見本|見本(?!市)|サンプル|^[(【[]?例[)】\]]?$/;
/** A title marked as an example: the word in brackets or leading it (「【記入例】…」「（記載例）…」「記入例：…」). */
const EXAMPLE_TITLE =
  /^[【[(〔]?(?:記入例|記載例|作成例|入力例|回答例|記入見本|見本|例)[】\])〕:]|[【[(〔](?:記入例|記載例|作成例|入力例|回答例|記入見本|見本|例)[】\])〕]/;

/** Whether the sheet's tab or title says it is an example for filling in. */
export function isExampleSheet(sheetName: string, title: string | undefined): boolean {
  const tab = normalizeText(sheetName).replace(/\s+/g, '');
  const head = normalizeText(title ?? '').replace(/\s+/g, '');
  return EXAMPLE_TAB.test(tab) || EXAMPLE_TITLE.test(head);
}

/** Takes the indicators of example sheets out (in place) when another sheet gives indicators, each sheet saying so. */
export function dropExampleSheets(detections: SheetDetection[]): void {
  const examples = detections.filter((d) => d.indicators.length && isExampleSheet(d.meta.sheet, d.meta.title));
  if (!detections.some((d) => d.indicators.length && !examples.includes(d))) return;
  for (const d of examples) {
    d.leftOutSheet = { reason: 'example', cell: d.indicators[0].nameCell, text: d.meta.title ?? d.meta.sheet, indicators: d.indicators.map((i) => i.name) };
    d.indicators = [];
  }
}
