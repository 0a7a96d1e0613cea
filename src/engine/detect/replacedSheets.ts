/**
 * A reply sent again in place of the first (差替): a sheet whose tab or title says it replaces another (「指標実績（差替）」
 * 「…指標実績報告【差替版】」「（修正版）」「（訂正版）」「再提出」), beside a sheet that says nothing of the kind, of the same year
 * and with most of its indicators recurring there. The replacement's figures are the reply's; the first sheet's indicators it
 * reads again are left out and the first sheet says so (sheet-left-out, `replaced`, naming the replacement), never read twice nor
 * in place of the corrected figures. An indicator the replacement lacks keeps the first sheet's reading, its only one. Two sheets
 * both saying they replace, or stating different years, are left as they are read.
 */
import { normalizeText } from '../values/text';
import { nameKey, recurs } from './otherPeriodSheets';
import type { SheetDetection } from './types';

/** 差替 / 差し替え / 差換 / 修正版 / 訂正版 / 再提出 (not 差替前 / 差し替え前, the first one named as such). */
const REPLACES = /差し?[替換]え?|修正版|訂正版|再提出/;
const BEFORE = /差し?[替換]え?前/g;

const ownYear = (d: SheetDetection): number | null => {
  const p = d.meta.statedPeriod?.period ?? d.meta.titlePeriod;
  return p && p.kind === 'fiscal' ? p.fiscalYear : null;
};

/** An instruction or a condition, not a statement of what the sheet is. */
const INSTRUCTION = /ください|下さい|場合は|場合には|こと。?$/;

/** Whether the sheet's tab, title or the line under it says it is a replacement sent in place of an earlier one. */
export function saysReplacement(d: SheetDetection): boolean {
  // A line telling how to send a correction (「※誤りがあった場合は、修正のうえ再提出してください。」) is no replacement (review rv41b).
  const lines = [d.meta.sheet, d.meta.title ?? '', d.meta.subtitle ?? ''].filter((l) => !INSTRUCTION.test(l));
  return REPLACES.test(normalizeText(lines.join(' ')).replace(BEFORE, ''));
}

/** A sheet giving actuals: a replacement of targets alone (「目標値修正版」: 当初目標値 | 修正後目標値) replaces no sheet of actuals. */
const givesActuals = (d: SheetDetection): boolean => d.indicators.some((i) => i.actuals.some((p) => p.parsed.status !== 'missing'));

/** Takes the indicators of sheets a 差替 sheet replaces out (in place), each sheet saying so. */
export function dropReplacedSheets(detections: SheetDetection[]): void {
  const replacements = detections.filter((d) => d.indicators.length && saysReplacement(d));
  if (replacements.length !== 1) return;
  const [repl] = replacements;
  const names = new Set(repl.indicators.map((i) => nameKey(i.name)));
  for (const d of detections) {
    if (d === repl || !d.indicators.length || ownYear(d) !== ownYear(repl) || !recurs(d, repl)) continue;
    if (givesActuals(d) && !givesActuals(repl)) continue;
    const replaced = d.indicators.filter((i) => names.has(nameKey(i.name)));
    d.leftOutSheet = {
      reason: 'replaced',
      cell: replaced[0].nameCell,
      text: d.meta.title ?? d.meta.sheet,
      indicators: replaced.map((i) => i.name),
      otherSheet: repl.meta.sheet,
    };
    d.indicators = d.indicators.filter((i) => !names.has(nameKey(i.name)));
  }
}
