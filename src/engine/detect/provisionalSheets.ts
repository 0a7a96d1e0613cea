/**
 * A sheet of 速報値 beside a sheet of 確定値 of the same period (「…（速報値：令和6年4月10日集計）」 and 「…（確定値：令和6年6月28日
 * 確定）」, or tabs named so), most of its indicators recurring there: the 確定値 are the year's figures, the 速報値 the ones they
 * replaced. The 速報 sheet's indicators are left out and the sheet says so (other-period-copy-skipped, `superseded`), never
 * read twice nor in place of the final figures; an indicator the 確定値 sheet lacks keeps its 速報値, its only figure. The line
 * under the title says it as the title does (「（令和6年4月15日時点の速報値により作成）」 over a 総括表, 「令和6年6月10日更新
 * （確定値）」 over the 詳細 sheet: SheetMeta.subtitle). Sheets that do not both say which they are, or state different years, are
 * left as they are read.
 */
import { normalizeText } from '../values/text';
import type { Period } from '../values/periods';
import { hasActuals, nameKey, recurs } from './otherPeriodSheets';
import type { SheetDetection } from './types';

const PROVISIONAL = /速報|暫定/;
const FINAL = /確定/;

const words = (d: SheetDetection) => `${d.meta.sheet} ${d.meta.title ?? ''}`;
/** The title with the line under it (「（令和6年4月15日時点の速報値により作成）」), which says which figures the sheet holds. */
const titleLines = (d: SheetDetection) => `${d.meta.title ?? ''} ${d.meta.subtitle ?? ''}`;
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
  const finals = detections.filter((d) => d.indicators.length && hasActuals(d) && sheetFigures(d.meta.sheet, titleLines(d)) === 'final');
  for (const d of detections) {
    if (!d.indicators.length || sheetFigures(d.meta.sheet, titleLines(d)) !== 'provisional') continue;
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

/** A title or tab saying the sheet's figures are early ones: 速報値, 速報版, 暫定値, 暫定版 (a 暫定目標 is a target, not this). */
const EARLY_FIGURES = /速報|暫定値|暫定版/;

/**
 * The actuals of a sheet saying it holds 速報値 (「令和5年度 成果指標の実績（速報値）」, a tab 「R5速報」) and not 確定値, of the
 * sheet's own year or undated, read as provisional in place, as if 速報 stood beside each: graded, said as provisional, never
 * silently final. Runs after the sheets a 確定値 sheet replaces are left out (their indicators no longer read).
 */
export function markProvisionalSheets(detections: SheetDetection[]): void {
  for (const d of detections) {
    const t = normalizeText(words(d));
    if (!d.indicators.length || !EARLY_FIGURES.test(t) || sheetFigures(d.meta.sheet, d.meta.title ?? '') !== 'provisional') continue;
    const year = ownYear(d);
    for (const ind of d.indicators)
      for (const p of ind.actuals) {
        if (p.parsed.status !== 'value' || p.parsed.qualifier || (p.period && p.period.fiscalYear !== year)) continue;
        p.parsed = { ...p.parsed, qualifier: 'provisional', text: `${p.parsed.text}（速報値のシート）` };
      }
  }
}
