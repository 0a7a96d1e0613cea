/**
 * 「進捗指標」「数値指標」「主要指標」 head the names of a table only where nothing else does: beside a heading such as 指標名,
 * 成果指標 or 評価指標 they head another column (a 進捗指標 of 順調 / やや遅れ, a 数値指標 of figures), and even alone a column
 * of figures or status words under them holds no names. They head the names (事業名 | 主要指標: the 主要指標 names the rows)
 * only with no 指標名-like heading in the header and mostly words under them (review rv49).
 */
import type { Role } from '../values/labels';
import { normalizeText } from '../values/text';
import type { CellIndex } from './cells';

/** The headings that name the rows only when nothing else does. */
const WEAK = /^(進捗|数値|主要)指標名?$/;
/** A heading naming the indicators outright (指標名, 成果指標, 評価指標, KPI): the names are under it. */
const INDICATOR_NAMES = /指標|kpi|indicator/i;
/** A status in words or a mark (順調, やや遅れ, 達成, A, ○), never a name. */
const STATUS =
  /^(順調|概ね順調|おおむね順調|やや遅れ(ている|ています)?|遅れ(ている|ています)?|大幅(な|に)遅れ|達成|概ね達成|未達成?|完了|実施済み?|未実施|継続|[A-EＡ-Ｅa-eS◎○〇△▲×✕－ー-])$/;

/** The heading of a column as one text (its band cells, spaces out). */
function heading(index: CellIndex, band: number[], col: number): string {
  return normalizeText(band.map((r) => index.grid.text(r, col)).join('')).replace(/\s+/g, '');
}

/** Whether the first cells under the band in `col` are mostly words (not figures, not status words). */
function mostlyWords(index: CellIndex, band: number[], col: number): boolean {
  const grid = index.grid;
  let words = 0;
  let other = 0;
  for (let r = band[band.length - 1] + 1, seen = 0; r <= grid.bottom && seen < 8; r++) {
    if (grid.anchor(r, col).row !== r) continue;
    const v = grid.value(r, col);
    if (v === null || v === undefined || String(v).trim() === '') continue;
    seen++;
    const t = normalizeText(String(v)).replace(/\s+/g, '');
    if (typeof v !== 'string' || /^[-−+]?[\d,.]+[%％]?$/.test(t) || STATUS.test(t)) other++;
    else words++;
  }
  return words > other;
}

/** Drops the name role of a 進捗指標 / 数値指標 / 主要指標 column beside a 指標名-like heading or over figures or status words. */
export function weakNameHeadings<T extends { col: number; role: Role | 'group' }>(index: CellIndex, band: number[], columns: T[]): T[] {
  const names = columns.filter((c) => c.role === 'name');
  const weak = names.filter((c) => WEAK.test(heading(index, band, c.col)));
  if (!weak.length) return columns;
  const strong = names.some((c) => !weak.includes(c) && INDICATOR_NAMES.test(heading(index, band, c.col)));
  const drop = weak.filter((c) => strong || !mostlyWords(index, band, c.col));
  return drop.length ? columns.filter((c) => !drop.includes(c)) : columns;
}
