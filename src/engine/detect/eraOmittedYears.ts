/**
 * Fiscal years written with their era left off: 「５年度　事業実績」 over 4年度実績 | 5年度目標 | 5年度実績. A clerk of a sheet that
 * writes no era and no western year anywhere reads 5年度 as 令和5年度, the era in use. Each cell that starts with such a
 * year (one or two digits, up to 15: a larger bare year is more likely 平成's) is read as written with 令和, so every layout reads
 * it as it reads years. A sheet whose only era written is 令和 (「令和５年度　施策評価シート」 over 3年度 | 4年度 | 5年度) reads them
 * the same: they are of the one era it writes. So does a sheet writing western years and no era when a western year it writes is one
 * of its bare years read as 令和's (「2023年度　施策評価シート」 over 3年度 | 4年度 | 5年度 | 7年度（最終）: 5年度 is 2023). Refused: a
 * sheet that writes another era or an unrelated western year in any cell (平成, H30, 昭和, 2010: its bare years are left as they
 * are), and one with a single such cell (a lone 「3年度」 is no heading of a table).
 */
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import { fiscalYearLabel } from '../values/periods';

/** A bare fiscal year opening a cell: 5年度, ５年度, 12 年度 (not 2023年度, not 令和5年度). */
const BARE = /^(\s*)([0-9０-９]{1,2})\s*年度/;
/** An era other than 令和, or a western year, written anywhere in a cell: the sheet's bare years may be of either. */
const DATED = /平成|昭和|平\s*[0-9０-９元]|(?<![A-Za-zＡ-Ｚａ-ｚ])[HSＨＳ]\s*[0-9０-９元]|(?:19|20|１９|２０)[0-9０-９]{2}/;
/** 平成 written (平成30年度, H30). */
const HEISEI = /平成|平\s*[0-9０-９元]|(?<![A-Za-zＡ-Ｚａ-ｚ])[HＨ]\s*[0-9０-９元]/;
/** Any era or western year but 平成: with 平成, the sheet's bare years may be of either. */
const NOT_HEISEI = /令和|昭和|(?<![A-Za-zＡ-Ｚａ-ｚ])[RSＲＳ]\s*[0-9０-９元]|(?:19|20|１９|２０)[0-9０-９]{2}/;

/** A western year written (2023, ２０２３), and whether any era is (a sheet of western years alone, below). */
const WESTERN = /(?<![0-9０-９])(?:20|２０)[0-9０-９]{2}(?![0-9０-９])/g;
const ERA = /平成|昭和|令和|[平昭令]\s*[0-9０-９元]|(?<![A-Za-zＡ-Ｚａ-ｚ])[HSRＨＳＲ]\s*[0-9０-９元]/;

/** The bare years each era may have on a sheet of western years, and the era's year 0: 令和 1–15, 平成 16–40 (as above). */
const WESTERN_ERAS: [number, number, number][] = [
  [1, 15, 2018],
  [16, 40, 1988],
];

const toDigits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

interface Bare {
  i: number;
  j: number;
  n: number;
  pad: string;
  rest: string;
}

/**
 * The sheet with its era-less fiscal years written with their era; the same snapshot when it writes a second era or a western
 * year, or has fewer than two. Up to 15 they are 令和's on a sheet writing no era but 令和; from 16 to 40 平成's on a sheet writing
 * 平成 and no other era nor a western year (「事務事業評価シート（平成30年度実績）」 over 28年度実績 | 29年度実績 | 30年度目標: 令和
 * has no 28年度 yet; a plan of those years sets its target for 32年度 or 37年度, 2020 and 2025, review rv66). A bare year up to 15 on a 平成 sheet stays as written (平成4年度 or 令和4年度, it cannot be told).
 */
export function withEraOmittedYears(snap: SheetSnapshot): SheetSnapshot {
  const found: Bare[] = [];
  const western = new Set<number>();
  let [dated, heisei, other, era] = [false, false, false, false];
  snap.values.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (typeof v !== 'string') return;
      era ||= ERA.test(v);
      for (const m of v.match(WESTERN) ?? []) western.add(toDigits(m));
      if (DATED.test(v)) [dated, heisei, other] = [true, heisei || HEISEI.test(v), other || NOT_HEISEI.test(v)];
      else if (NOT_HEISEI.test(v)) other = true;
      if (v.includes('年度')) {
        const m = BARE.exec(v);
        if (m) found.push({ i, j, n: toDigits(m[2]), pad: m[1], rest: v.slice(m[0].length) });
      }
    }),
  );
  if (!dated)
    return rewritten(
      snap,
      found.filter((f) => f.n >= 1 && f.n <= 15),
      2018,
    );
  // 「2023年度　施策評価シート」 over 3年度 | 4年度 | 5年度: a sheet writing western years and no era, whose bare years read as 令和's
  // include a western year it writes (5年度 is 2023), writes them as 令和's; any other western sheet's bare years stay as written.
  // So with 平成's (「事務事業評価シート（2018年度実績）」 over 28年度実績 | 29年度実績 | 30年度目標: 30年度 is 2018).
  if (!era)
    for (const [from, to, base] of WESTERN_ERAS) {
      const bare = found.filter((f) => f.n >= from && f.n <= to);
      if (bare.some((f) => western.has(base + f.n))) return rewritten(snap, bare, base);
    }
  return heisei && !other
    ? rewritten(
        snap,
        found.filter((f) => f.n >= 16 && f.n <= 40),
        1988,
      )
    : snap;
}

/** The snapshot with each bare year `n` written as the fiscal year `base + n`; the same one for fewer than two. */
function rewritten(snap: SheetSnapshot, found: Bare[], base: number): SheetSnapshot {
  if (found.length < 2) return snap;
  const values: CellValue[][] = snap.values.slice();
  for (const f of found) {
    if (values[f.i] === snap.values[f.i]) values[f.i] = snap.values[f.i].slice();
    values[f.i][f.j] = `${f.pad}${fiscalYearLabel(base + f.n)}${f.rest}`;
  }
  return { ...snap, values };
}
