/**
 * A fingerprint of a workbook's cell content: every sheet's name and every non-empty cell's
 * position and value, not the file's bytes, so that the same workbook saved again (other
 * metadata, shared strings, styles, compression) gives the same fingerprint. The review compares
 * one per file to find the same submission sent under two names. Pure (no crypto module): two
 * 32-bit hash lanes, 64 bits in all, ample for telling a city's few hundred files apart.
 */
import type { CellValue, WorkbookSnapshot } from './port';

class Hash64 {
  private a = 0x811c9dc5;
  private b = 0x9e3779b9;

  text(s: string): void {
    let { a, b } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    // A separator, so that "ab"+"c" and "a"+"bc" differ.
    this.a = Math.imul(a ^ 0xff, 0x01000193);
    this.b = Math.imul(b ^ 0xff, 0x5bd1e995);
  }

  hex(): string {
    const h = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
    return h(this.a) + h(this.b);
  }
}

function valueText(v: CellValue): string | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  return `s${v}`;
}

/** The fingerprint, or null for a workbook without a single non-empty cell (nothing to compare). */
export function contentHash(snapshot: WorkbookSnapshot): string | null {
  const h = new Hash64();
  let cells = 0;
  for (const sheet of snapshot.sheets) {
    h.text(`sheet:${sheet.name}`);
    sheet.values.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        const t = valueText(row[c]);
        if (t === null) continue;
        cells++;
        h.text(`${sheet.top + r},${sheet.left + c}`);
        h.text(t);
      }
    });
  }
  return cells ? h.hex() : null;
}
