/**
 * The texts of the findings that name a sheet or table left out: another period's copy or its 速報値 (detect/otherPeriodCopies.ts,
 * otherPeriodSheets.ts, provisionalSheets.ts), an example sheet or a replaced reply (exampleSheets.ts, replacedSheets.ts), a sheet
 * deferring to the others' figures (authoritativeSheets.ts), an earlier report of a monthly or quarterly series (reportSeries.ts).
 */
import type { FindingParams } from './findingParams';
import type { Texts } from './renderOptions';

export const LEFT_OUT_SHEET_TEXT: {
  'other-period-copy-skipped': Texts<FindingParams['other-period-copy-skipped']>;
  'sheet-left-out': Texts<FindingParams['sheet-left-out']>;
} = {
  'other-period-copy-skipped': {
    ja: (p) =>
      p.superseded
        ? `シート「${p.sheet}」（${p.cell}「${p.caption}」）は${p.period}の速報値のシートで、同じ指標の確定値がシート「${p.otherSheet}」にあるため、読み取っていません（指標「${p.indicators.join('」「')}」）。確定値のシートで評価しました。速報値で評価する場合は、確定値のシートを別のブックに移してください。`
        : p.otherSheet
          ? `シート「${p.sheet}」（${p.cell}「${p.caption}」）は${p.period}のシートで、同じ指標がシート「${p.otherSheet}」（${p.sheetPeriod}）にもあるため、別の年度の写しとして読み取っていません（指標「${p.indicators.join('」「')}」）。このシートで評価する場合は、シートを別のブックに移してください。`
          : `シート「${p.sheet}」の${p.cell}「${p.caption}」の表は${p.period}の表で、同じ指標がシートの${p.sheetPeriod}の表にもあるため、別の年度の写しとして読み取っていません（指標「${p.indicators.join('」「')}」）。この表で評価する場合は、表を別のシートに移してください。`,
    en: (p) =>
      p.superseded
        ? `Sheet "${p.sheet}" ("${p.caption}", ${p.cell}) holds the preliminary figures (速報値) of ${p.period}, and sheet "${p.otherSheet}" holds the final ones (確定値) of the same indicators, so it was not read (indicators "${p.indicators.join('", "')}"); the final sheet was graded. To grade the preliminary figures, move the final sheet to a workbook of its own.`
        : p.otherSheet
          ? `Sheet "${p.sheet}" ("${p.caption}", ${p.cell}) is for ${p.period} and repeats indicators of sheet "${p.otherSheet}" (${p.sheetPeriod}), so it was not read, as another year's copy (indicators "${p.indicators.join('", "')}"). To grade that sheet, move it to a workbook of its own.`
          : `The table under "${p.caption}" (${p.cell}) of sheet "${p.sheet}" is for ${p.period} and repeats indicators of the sheet's ${p.sheetPeriod} table, so it was not read, as another year's copy (indicators "${p.indicators.join('", "')}"). To grade that table, move it to a sheet of its own.`,
  },
  'sheet-left-out': {
    ja: (p) =>
      p.reason === 'example'
        ? `シート「${p.sheet}」（「${p.caption}」）は記入例のシート${p.word && p.word !== '記入例' ? `（「${p.word}」）` : ''}のため、読み取っていません（指標「${p.indicators.join('」「')}」）。このシートで評価する場合は、シート名と表題から「${p.word ?? '記入例'}」を外してください。`
        : p.reason === 'series'
          ? `シート「${p.sheet}」（「${p.caption}」）は同じ様式で月ごと・四半期ごとに作る報告の一つで、同じ指標を数値のある最新の報告のシート「${p.otherSheet}」で評価したため、読み取っていません（指標「${p.indicators.join('」「')}」）。このシートで評価する場合は、シートを別のブックに移してください。`
          : p.reason === 'deferred'
            ? `シート「${p.sheet}」は${p.cell}の注記「${p.caption}」のとおりほかのシートの数値を正とするため、ほかのシートにもある指標はそのシートで評価し、このシートでは読み取っていません（指標「${p.indicators.join('」「')}」）。`
            : `シート「${p.sheet}」（「${p.caption}」）は差替前の回答で、差替のシート「${p.otherSheet}」に同じ指標があるため、読み取っていません（指標「${p.indicators.join('」「')}」）。差替のシートで評価しました。`,
    en: (p) =>
      p.reason === 'example'
        ? `Sheet "${p.sheet}" ("${p.caption}") is an example of how to fill the form in ("${p.word ?? '記入例'}"), so it was not read (indicators "${p.indicators.join('", "')}"). To grade it, take "${p.word ?? '記入例'}" out of its name and title.`
        : p.reason === 'series'
          ? `Sheet "${p.sheet}" ("${p.caption}") is one of a series of monthly or quarterly reports in the same form; the same indicators were graded on the latest report with figures, sheet "${p.otherSheet}", so it was not read (indicators "${p.indicators.join('", "')}"). To grade this sheet, move it to a workbook of its own.`
          : p.reason === 'deferred'
            ? `Sheet "${p.sheet}" says the other sheets' figures are the right ones (note 「${p.caption}」, ${p.cell}), so the indicators they also hold were graded there and not read on this sheet (indicators "${p.indicators.join('", "')}").`
            : `Sheet "${p.sheet}" ("${p.caption}") is the first reply, replaced by sheet "${p.otherSheet}" (差替) holding the same indicators, so it was not read (indicators "${p.indicators.join('", "')}"); the replacement was graded.`,
  },
};
