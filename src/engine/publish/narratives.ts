/**
 * The narrative texts of a sheet for the published page: the text beside or under a heading such as
 * 評価の理由, 成果・効果, 課題 or 今後の方向性 (the headings a roll empties, ../actions/rollNarratives.ts), and
 * cells holding their own headings (「【成果・効果】本文…【今後の方向性】継続」), split at each heading. A
 * column headed by such a heading gives one text per row, named after the indicator on that row.
 */
import type { RawIndicator } from '../detect/types';
import { Grid } from '../detect/grid';
import type { SheetSnapshot } from '../model/port';
import { indicatorCells, narrativeCell, narrativeKind } from '../actions/rollNarratives';
import { a1 } from '../model/address';
import type { Narrative } from './model';

/** How many rows of a narrative column are read (a longer table is cut there). */
const COLUMN_ROWS = 500;

/** 「【成果・効果】本文【課題】本文」 or 「課題：本文」 split into its headings and texts. */
export function splitInline(text: string): { heading: string; text: string }[] {
  const parts = [...text.matchAll(/[【［[〔]([^】］\]〕]{1,30})[】］\]〕]\s*([^【［[〔]*)/g)].map((m) => ({ heading: m[1].trim(), text: m[2].trim() }));
  if (parts.length) return parts.filter((p) => p.text);
  const colon = /^([^:：\n]{1,20})[:：]\s*([\s\S]+)$/.exec(text.trim());
  return colon ? [{ heading: colon[1].trim(), text: colon[2].trim() }] : [];
}

/** The heading's text without brackets or a trailing colon. */
const headingText = (t: string) =>
  t
    .trim()
    .replace(/^[【［[〔]|[】］\]〕]$/g, '')
    .replace(/[:：]$/, '');

/** Every narrative text of the sheet, top to bottom; the cells of indicators (names, figures) are never one. */
export function sheetNarratives(snap: SheetSnapshot, indicators: RawIndicator[]): Narrative[] {
  const grid = new Grid(snap);
  const own = indicatorCells(indicators);
  const nameAt = new Map(indicators.map((i) => [Number(/\d+$/.exec(i.nameCell)?.[0] ?? 0), i.name]));
  const out: Narrative[] = [];
  const used = new Set<string>();
  const take = (r: number, c: number, heading: string | null, indicator: string | null) => {
    const cell = a1(r, c);
    if (used.has(cell) || own.has(cell)) return;
    used.add(cell);
    const text = grid.fullText(r, c).trim();
    // A text of a narrative column that starts with its own heading (「【今後の方向性】継続」) is split at its headings too.
    const inline = narrativeKind(text) === 'inline' || (heading && /^[【［[〔]/.test(text)) ? splitInline(text) : [];
    if (inline.length) for (const p of inline) out.push({ heading: p.heading, text: p.text, indicator });
    else if (heading && text) out.push({ heading, text, indicator });
  };
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const text = grid.text(r, c);
      const kind = own.has(a1(r, c)) ? null : narrativeKind(text);
      if (kind === 'inline') take(r, c, null, nameAt.get(r) ?? null);
      if (kind !== 'heading') continue;
      const at = narrativeCell(grid, r, c);
      if (!at) continue;
      if (at.row === r) take(at.row, at.col, headingText(text), nameAt.get(r) ?? null);
      else
        for (let rr = at.row; rr <= Math.min(grid.bottom, r + COLUMN_ROWS) && !grid.isBlank(rr, c) && narrativeKind(grid.text(rr, c)) !== 'heading'; rr++)
          take(rr, c, headingText(text), nameAt.get(rr) ?? null);
    }
  return out;
}
