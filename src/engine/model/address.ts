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

const DOLLAR = 36;
const isLetter = (ch: number) => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
const isDigit = (ch: number) => ch >= 48 && ch <= 57;

/**
 * Parses "B3" or "$B$3"; returns null for anything else. Read character by character, without a regular expression:
 * the reader parses the references of its cells many times over.
 */
export function parseA1(address: string): CellRef | null {
  const s = address.trim();
  let i = s.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < s.length && isLetter(s.charCodeAt(i)); i++) col = col * 26 + ((s.charCodeAt(i) & ~32) - 64);
  if (i === lettersFrom || i - lettersFrom > 3) return null;
  if (s.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  for (; i < s.length && isDigit(s.charCodeAt(i)); i++);
  if (i === digitsFrom || i !== s.length) return null;
  return { row: Number(s.slice(digitsFrom)), col };
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
