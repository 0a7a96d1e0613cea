/** Cells of the fake's sheets: what typing into a cell does, the used range, addresses as Excel prints them. */
import { a1, parseA1 } from '../../../src/engine/model/address';
import type { FakeCell, FakeSheetData, FakeValue } from './workbookData';

/** The cell at an address, created empty when it was never written. */
export function cellAt(s: FakeSheetData, address: string): FakeCell {
  let c = s.cells.get(address);
  if (!c) {
    c = { value: '' };
    s.cells.set(address, c);
  }
  return c;
}

/** What typing (or writing `values`/`formulas`) does to a cell. */
export function setCellInput(c: FakeCell, x: FakeValue | null): void {
  if (x === null || x === undefined) return; // null leaves the cell as it is (Office.js semantics)
  if (typeof x === 'string' && x.startsWith('=') && c.numberFormat !== '@' && x.length > 1) {
    c.formula = x;
    c.value = evaluateFormula(x);
    return;
  }
  delete c.formula;
  if (typeof x === 'string' && x.startsWith("'"))
    c.value = x.slice(1); // a leading ' keeps the rest as text, as typed
  else if (typeof x === 'string' && c.numberFormat !== '@' && /^[+-]?\d+(\.\d+)?$/.test(x.trim())) c.value = Number(x);
  else c.value = x;
}

/** The fake does not calculate; a HYPERLINK shows its friendly name, anything else 0. */
function evaluateFormula(f: string): FakeValue {
  const m = /^=HYPERLINK\(".*?"\s*,\s*"(.*)"\)$/.exec(f);
  return m ? m[1].replace(/""/g, '"') : 0;
}

/** The used range of a sheet (values only, or anything with a value or a format), null when empty. */
export function usedAddress(s: FakeSheetData, valuesOnly: boolean): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [addr, c] of s.cells) {
    if (valuesOnly && c.value === '' && !c.formula) continue;
    if (!valuesOnly && c.value === '' && !c.formula && !c.numberFormat && !c.fill && !c.font) continue;
    const p = parseA1(addr)!;
    top = Math.min(top, p.row);
    left = Math.min(left, p.col);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  return bottom ? `${a1(top, left)}:${a1(bottom, right)}` : null;
}

/** A sheet name as Excel writes it in an address (quoted unless it is a plain name). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An address without its sheet. */
export function stripSheet(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

/** "A:C" → "A1:C1048576". */
export function wholeColumns(a: string): string {
  const m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  return m ? `${m[1]}1:${m[2]}1048576` : a;
}
