/**
 * A sheet of 速報値 beside a sheet of 確定値 of the same period (「…（速報値：令和6年4月10日集計）」 and 「…（確定値：令和6年6月28日
 * 確定）」, or tabs named so), most of its indicators recurring there: the 確定値 are the year's figures, the 速報値 the ones they
 * replaced. The 速報 sheet's indicators are left out and the sheet says so (other-period-copy-skipped, `superseded`), never
 * read twice nor in place of the final figures; an indicator the 確定値 sheet lacks keeps its 速報値, its only figure. Sheets that do not both say which they are, or state different years, are
 * left as they are read.
 */
import { normalizeText } from '../values/text';
import type { Period } from '../values/periods';
import { hasActuals, nameKey, recurs } from './otherPeriodSheets';
import type { SheetDetection } from './types';

const PROVISIONAL = /速報|暫定/;
const FINAL = /確定/;

const words = (d: SheetDetection) => `${d.meta.sheet} ${d.meta.title ?? ''}`;
const ownYear = (d: SheetDetection): number | null => {
  const p = d.meta.statedPeriod?.period ?? d.meta.titlePeriod;
  return p && p.kind === 'fiscal' ? p.fiscalYear : null;
};

/** Whether a sheet says it holds 速報値 (and not 確定値), or 確定値 (and not 速報値). */
export function sheetFigures(sheetName: string, title: string): 'provisional' | 'final' | null {
  const t = normalizeText(`${sheetName} ${title}`);
  const provisional = PROVISIONAL.test(t);
  const final = FINAL.test(t.replace(/未確定|確定前|確定次第|確定後/g, ''));
  return provisional === final ? null : provisional ? 'provisional' : 'final';
}

/** Takes the indicators of 速報値 sheets whose 確定値 sheet is in the workbook out (in place), each sheet saying so. */
export function dropProvisionalSheets(detections: SheetDetection[]): void {
  const finals = detections.filter((d) => d.indicators.length && hasActuals(d) && sheetFigures(d.meta.sheet, d.meta.title ?? '') === 'final');
  for (const d of detections) {
    if (!d.indicators.length || sheetFigures(d.meta.sheet, d.meta.title ?? '') !== 'provisional') continue;
    const year = ownYear(d);
    const final = finals.find((f) => f !== d && ownYear(f) === year && recurs(d, f));
    const period: Period | undefined = d.meta.statedPeriod?.period ?? d.meta.titlePeriod;
    if (!final || !period) continue;
    // Only the indicators the 確定値 sheet reads again are replaced: one it lacks keeps its 速報値, its only figure.
    const finalNames = new Set(final.indicators.map((i) => nameKey(i.name)));
    const [replaced, kept] = [d.indicators.filter((i) => finalNames.has(nameKey(i.name))), d.indicators.filter((i) => !finalNames.has(nameKey(i.name)))];
    d.otherPeriodCopies = [
      ...(d.otherPeriodCopies ?? []),
      {
        cell: d.meta.statedPeriod?.cell ?? d.indicators[0].nameCell,
        text: d.meta.title ?? words(d).trim(),
        period,
        sheetPeriod: period,
        indicators: replaced.map((i) => i.name),
        otherSheet: final.meta.sheet,
        superseded: true,
      },
    ];
    d.indicators = kept;
  }
}
