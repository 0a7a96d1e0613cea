/**
 * The site's headings a workbook states in its 評価設定 sheet: a row whose label (column A) is 自治体名
 * (市町村名, 市区町村名, 団体名), 計画名, or 公表年度 (公表する年度), its value in column B. The rules'
 * reader (../sheets/settingsSheet.ts) passes over rows it does not know, so these rows change no rule.
 */
import { Grid } from '../detect/grid';
import { a1 } from '../model/address';
import type { SheetSnapshot } from '../model/port';
import { compact } from '../values/text';
import type { SiteHeadings } from './model';

const LABELS: Record<keyof SiteHeadings, RegExp> = {
  city: /^(公表用の?)?(自治体名|市町村名|市区町村名|団体名|市名|町名|村名)$/,
  plan: /^(公表用の?)?(計画名|計画の名称)$/,
  year: /^(公表用の?)?(公表年度|公表する年度|公表の年度)$/,
};

/** The headings found and the cell each was read from; every heading null when the sheet states none. */
export function readSiteHeadings(settings: SheetSnapshot | undefined): { headings: SiteHeadings; cells: Partial<Record<keyof SiteHeadings, string>> } {
  const headings: SiteHeadings = { city: null, plan: null, year: null };
  const cells: Partial<Record<keyof SiteHeadings, string>> = {};
  if (!settings) return { headings, cells };
  const grid = new Grid(settings);
  for (let r = grid.top; r <= grid.bottom; r++) {
    const label = compact(grid.text(r, 1)).replace(/[:：]$/, '');
    const value = grid.text(r, 2).trim();
    if (!label || !value) continue;
    for (const key of Object.keys(LABELS) as (keyof SiteHeadings)[])
      if (headings[key] === null && LABELS[key].test(label)) {
        headings[key] = value;
        cells[key] = a1(r, 2);
      }
  }
  return { headings, cells };
}
