/** A1 addresses: 1-based rows and columns. */

const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  if (col < 256) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses "B3" or "$B$3"; returns null for anything else. */
export function parseA1(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Parses "A1:C3" (or a single cell) into a range; returns null for anything else. */
export function parseRange(range: string): RangeRef | null {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [p, q] = bare.split(':');
  const a = parseA1(p);
  const b = q === undefined ? a : parseA1(q);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeA1(r: RangeRef): string {
  const p = a1(r.top, r.left);
  const q = a1(r.bottom, r.right);
  return p === q ? p : `${p}:${q}`;
}

/** A sheet-qualified reference usable in a formula or hyperlink: 'Sheet 1'!B3. */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
