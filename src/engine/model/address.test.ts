import { parseA1 } from './address';

/** The reference reading parseA1 had as a regular expression: the hand-written one must agree with it on every input. */
function byPattern(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

describe('parseA1', () => {
  it('reads plain, absolute and lower-case references', () => {
    expect(parseA1('B3')).toEqual({ row: 3, col: 2 });
    expect(parseA1('$AA$10')).toEqual({ row: 10, col: 27 });
    expect(parseA1('xfd1048576')).toEqual({ row: 1048576, col: 16384 });
    expect(parseA1(' C7 ')).toEqual({ row: 7, col: 3 });
  });

  it('refuses what is no single reference', () => {
    for (const s of ['', '$', 'A', '3', 'ABCD1', 'A1:B2', 'A$', '$$A1', 'A$$1', 'A1$', 'Ａ1', 'A１', '1A', 'A-1', 'A1.5', 'Sheet1!A1'])
      expect(parseA1(s)).toBeNull();
  });

  it('agrees with the pattern it replaced on generated inputs', () => {
    const parts = ['', '$', 'A', 'z', 'AB', 'XFD', 'ABCD', '0', '1', '42', '007', ' ', '\u3000', ':', '１', 'é', '\n'];
    let n = 0;
    for (const a of parts)
      for (const b of parts)
        for (const c of parts)
          for (const d of parts.slice(0, 10)) {
            const s = a + b + c + d;
            expect([s, parseA1(s)]).toEqual([s, byPattern(s)]);
            n++;
          }
    expect(n).toBe(parts.length ** 3 * 10);
  });
});
