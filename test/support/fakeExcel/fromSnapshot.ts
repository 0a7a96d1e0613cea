/** A fake workbook filled from plain sheets (the engine's snapshot shape), as tests and benches start from. */
import { columnLetters } from '../../../src/engine/model/address';
import { cellAt } from './cells';
import { FakeWorkbookData, type FakeCell, type FakeValue } from './workbookData';

/** Fills a fake workbook from plain sheets (the engine's snapshot shape). */
export function fakeWorkbookFrom(
  sheets: {
    name: string;
    visibility?: string;
    protected?: boolean;
    values: (FakeValue | null)[][];
    formulas?: (string | null)[][];
    numberFormats?: (string | null)[][];
    merges?: string[];
    unlocked?: string[];
    hiddenRows?: number[];
    hiddenColumns?: number[];
    struck?: string[];
  }[],
): FakeWorkbookData {
  const data = new FakeWorkbookData();
  for (const sh of sheets) {
    const s = data.addSheet(sh.name);
    s.visibility = sh.visibility === 'hidden' ? 'Hidden' : sh.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
    s.protected = !!sh.protected;
    s.merges = [...(sh.merges ?? [])];
    sh.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        const f = sh.formulas?.[r]?.[c];
        const nf = sh.numberFormats?.[r]?.[c];
        if ((v === null || v === undefined || v === '') && !f && !nf) return;
        const cell: FakeCell = { value: v ?? '' };
        if (f) cell.formula = f.startsWith('=') ? f : `=${f}`;
        if (nf && nf !== 'General') cell.numberFormat = nf;
        s.cells.set(`${columnLetters(c + 1)}${r + 1}`, cell);
      }),
    );
    for (const a of sh.unlocked ?? []) cellAt(s, a).locked = false;
    for (const a of sh.struck ?? []) cellAt(s, a).font = { ...cellAt(s, a).font, strikethrough: true };
    s.hiddenRows = new Set(sh.hiddenRows ?? []);
    s.hiddenColumns = new Set(sh.hiddenColumns ?? []);
  }
  return data;
}
