/**
 * The taught layout as rows of the 評価設定 sheet, a section a person can read and edit:
 *
 *   読み取りの指定 | 指標名のセル | 目標のセル | 実績のセル | 単位 | 期間 | 評価のセル | 基準値のセル
 *   （note）
 *   実績表         | B4:B9        | E4:E9      | G4:G9      | 人   | G2   | H4:H9      |
 *
 * Column A names the sheet; the other columns are found by their headings, so they may be reordered.
 * The section ends at the first row whose column A is blank.
 */
import { a1 } from '../model/address';
import type { PlanCell } from '../model/plan';
import type { SheetSnapshot } from '../model/port';
import { Grid } from '../detect/grid';
import { FACT_KEYS, type FactKey, type TaughtEntry, type TaughtLayout } from '../detect/taughtLayout';
import { compact } from '../values/text';

export const LAYOUT_SECTION = '読み取りの指定';

/** The headings of the section's columns after column A (the sheet). */
export const LAYOUT_COLUMNS: { key: 'names' | FactKey; heading: string }[] = [
  { key: 'names', heading: '指標名のセル' },
  { key: 'targets', heading: '目標のセル' },
  { key: 'actuals', heading: '実績のセル' },
  { key: 'unit', heading: '単位' },
  { key: 'period', heading: '期間' },
  { key: 'grade', heading: '評価のセル' },
  { key: 'baseline', heading: '基準値のセル' },
];

const NOTE =
  '（読み取りが違う指標のセルを指定します。A列にシート名、指標名のセルは B4:B9 のように1列か1行、目標・実績などは指標名と同じ数のセル。単位と期間は1つのセルか「人」「令和5年度」のような値でも構いません。）';

/** Whether a row's column A starts the section. */
export function isLayoutSectionHeading(label: string): boolean {
  return compact(label) === compact(LAYOUT_SECTION);
}

/** The section's rows for the 評価設定 sheet spec (none when there is nothing taught). */
export function layoutSectionRows(layout: TaughtLayout | null | undefined): (PlanCell | null)[][] {
  if (!layout?.entries.length) return [];
  const c = (value: string, style: PlanCell['style']): PlanCell => ({ value, style });
  return [
    [],
    [c(LAYOUT_SECTION, 'header'), ...LAYOUT_COLUMNS.map((k) => c(k.heading, 'header'))],
    [c(NOTE, 'note')],
    ...layout.entries.map((e) => [c(e.sheet, 'input'), ...LAYOUT_COLUMNS.map((k) => c(e[k.key] ?? '', 'input'))]),
  ];
}

/**
 * The taught layout written in 評価設定 (null when the sheet has no such section). Each entry's
 * `source` names its row ('評価設定!A24') for messages.
 */
export function readLayoutSection(snap: SheetSnapshot | undefined): TaughtLayout | null {
  if (!snap) return null;
  const grid = new Grid(snap);
  const section = layoutSectionIn(grid);
  return section && { entries: sectionEntries(grid, snap.name, section.heading + 1, section.columns) };
}

/** Where the section is: its heading row and the column of each heading found there (null when there is none). */
export function layoutSectionIn(grid: Grid): { heading: number; columns: Map<'names' | FactKey, number> } | null {
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (!isLayoutSectionHeading(grid.text(r, 1))) continue;
    const columns = new Map<'names' | FactKey, number>();
    for (let col = 2; col <= grid.right; col++) {
      const h = compact(grid.text(r, col));
      const k = LAYOUT_COLUMNS.find((x) => compact(x.heading) === h);
      if (k) columns.set(k.key, col);
    }
    return { heading: r, columns };
  }
  return null;
}

function sectionEntries(grid: Grid, sheetName: string, first: number, columns: Map<'names' | FactKey, number>): TaughtEntry[] {
  const entries: TaughtEntry[] = [];
  for (let r = first; r <= grid.bottom; r++) {
    const sheet = grid.text(r, 1).trim();
    if (!sheet) break;
    if (/^[(（]/.test(sheet)) continue;
    const text = (key: 'names' | FactKey) => {
      const col = columns.get(key);
      const v = col === undefined ? null : grid.value(r, col);
      return v === null || String(v).trim() === '' ? null : String(v).trim();
    };
    const cells: NonNullable<TaughtEntry['cells']> = {};
    for (const [k, col] of columns) cells[k] = a1(r, col);
    const entry: TaughtEntry = { sheet, names: text('names') ?? '', source: `${sheetName}!${a1(r, 1)}`, cells };
    for (const k of FACT_KEYS) {
      const v = text(k);
      if (v !== null) entry[k] = v;
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * The layout with `added` entries: an added entry replaces an earlier one on the same sheet whose
 * name cells it shares (so that teaching a layout again corrects it rather than adds to it).
 */
export function mergeLayouts(base: TaughtLayout | null, added: TaughtEntry[]): TaughtLayout {
  const key = (e: TaughtEntry) => `${e.sheet}\u0000${compact(e.names).toUpperCase()}`;
  const addedKeys = new Set(added.map(key));
  return { entries: [...(base?.entries ?? []).filter((e) => !addedKeys.has(key(e))), ...added].map(({ source: _source, cells: _cells, ...e }) => e) };
}
