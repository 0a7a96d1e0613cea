/**
 * A fingerprint of a workbook's cell content: every sheet's name and every non-empty cell's
 * position and value, not the file's bytes, so that the same workbook saved again (other
 * metadata, shared strings, styles, compression) gives the same fingerprint. The review compares
 * one per file to find the same submission sent under two names. Pure (no crypto module): two
 * 32-bit hash lanes, 64 bits in all, ample for telling a city's few hundred files apart.
 */
import type { CellValue, WorkbookSnapshot } from '../model/port';

const f64 = new Float64Array(1);
const words = new Uint32Array(f64.buffer);

/** Two 32-bit lanes (FNV-1a and a multiply-xorshift), fed 32-bit words without building strings. */
class Hash64 {
  private a = 0x811c9dc5;
  private b = 0x9e3779b9;

  word(x: number): void {
    this.a = Math.imul(this.a ^ x, 0x01000193);
    const b = Math.imul(this.b ^ x, 0x5bd1e995);
    this.b = b ^ (b >>> 15);
  }

  text(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    // The length ends the text, so that "ab"+"c" and "a"+"bc" differ.
    this.word(s.length);
  }

  number(n: number): void {
    f64[0] = n;
    this.word(words[0]);
    this.word(words[1]);
  }

  hex(): string {
    const h = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
    return h(this.a) + h(this.b);
  }
}

/** The fingerprint, or null for a workbook without a single non-empty cell (nothing to compare). */
export function contentHash(snapshot: WorkbookSnapshot): string | null {
  const h = new Hash64();
  let cells = 0;
  for (const sheet of snapshot.sheets) {
    h.word(0x5eed);
    h.text(sheet.name);
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v: CellValue = row[c];
        if (v === null || v === '' || v === undefined) continue;
        cells++;
        h.word(sheet.top + r);
        h.word(sheet.left + c);
        if (typeof v === 'string') {
          h.word(1);
          h.text(v);
        } else if (typeof v === 'number') {
          h.word(2);
          h.number(v);
        } else h.word(v ? 3 : 4);
      }
    }
  }
  return cells ? h.hex() : null;
}
