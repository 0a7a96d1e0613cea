/**
 * Of two columns headed as names (事業名 and KPI（R6目標）, 指標名 and 指標（目標値）), the one whose cells
 * hold figures with their units (「開催回数 12回」「寄附件数 25,000件」) is a value column, not the names:
 * a target (an actual when its heading says 実績). The other name column, holding words, keeps the names.
 */
import type { CellIndex } from './cells';
import type { Role } from '../values/labels';
import { parseValue } from '../values/values';

/** A figure written last with its unit (「開催回数 12回」「25,000件」「8人以上」), what a target or an actual cell holds. */
function endsWithFigure(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  const parsed = parseValue(t);
  if (parsed.status !== 'value' || !parsed.unit) return false;
  return /\d[\d,.]*\s*[^\d\s]{1,4}(以上|以下|未満|超|程度)?$/.test(t);
}

/** What the first few cells under the band in `col` are: all figures with units, all words, or a mix / nothing. */
function bodyKind(index: CellIndex, band: number[], col: number): 'figures' | 'words' | null {
  const grid = index.grid;
  let figures = 0;
  let words = 0;
  for (let r = band[band.length - 1] + 1, seen = 0; r <= grid.bottom && seen < 5; r++) {
    if (grid.anchor(r, col).row !== r) continue;
    const v = grid.value(r, col);
    if (typeof v !== 'string' || v.trim() === '') continue;
    // 未実施, 集計中, － say nothing about what the column holds.
    if (!['text', 'value'].includes(parseValue(v).status)) continue;
    seen++;
    if (endsWithFigure(v)) figures++;
    else words++;
  }
  if (figures >= 2 && words === 0) return 'figures';
  return words > 0 && figures === 0 ? 'words' : null;
}

/** Turns a name column whose cells are figures with units into a target (or actual) column, when another name column holds words. */
export function figuresUnderNameHeadings(index: CellIndex, band: number[], columns: { col: number; role: Role | 'group' }[]): void {
  const names = columns.filter((c) => c.role === 'name');
  if (names.length < 2) return;
  const kinds = names.map((c) => bodyKind(index, band, c.col));
  if (!kinds.includes('words')) return;
  names.forEach((c, i) => {
    if (kinds[i] !== 'figures') return;
    const headings = band.map((r) => index.grid.text(r, c.col)).join(' ');
    c.role = /実績/.test(headings) ? 'actual' : 'target';
  });
}
