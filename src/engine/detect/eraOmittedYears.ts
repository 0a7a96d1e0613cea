/**
 * Fiscal years written with their era left off: 「５年度　事業実績」 over 4年度実績 | 5年度目標 | 5年度実績. A clerk of a sheet that
 * writes no era and no western year anywhere reads 5年度 as 令和5年度, the era in use. Each cell that starts with such a
 * year (one or two digits, up to 15: a larger bare year is more likely 平成's) is read as written with 令和, so every layout reads
 * it as it reads years. A sheet whose only era written is 令和 (「令和５年度　施策評価シート」 over 3年度 | 4年度 | 5年度) reads them
 * the same: they are of the one era it writes. Refused: a sheet that writes another era or a western year in any cell (平成, H30,
 * 昭和, 2023: its bare years are left as they are), and one with a single such cell (a lone 「3年度」 is no heading of a table).
 */
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import { fiscalYearLabel } from '../values/periods';

/** A bare fiscal year opening a cell: 5年度, ５年度, 12 年度 (not 2023年度, not 令和5年度). */
const BARE = /^(\s*)([0-9０-９]{1,2})\s*年度/;
/** An era other than 令和, or a western year, written anywhere in a cell: the sheet's bare years may be of either. */
const DATED = /平成|昭和|平\s*[0-9０-９元]|(?<![A-Za-zＡ-Ｚａ-ｚ])[HSＨＳ]\s*[0-9０-９元]|(?:19|20|１９|２０)[0-9０-９]{2}/;

const toDigits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

/** The sheet with its era-less fiscal years written with 令和; the same snapshot when it writes an era anywhere or has fewer than two. */
export function withEraOmittedYears(snap: SheetSnapshot): SheetSnapshot {
  const found: { i: number; j: number; text: string }[] = [];
  let dated = false;
  snap.values.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (dated || typeof v !== 'string') return;
      if (DATED.test(v)) dated = true;
      else if (v.includes('年度')) {
        const m = BARE.exec(v);
        const n = m ? toDigits(m[2]) : 0;
        if (m && n >= 1 && n <= 15) found.push({ i, j, text: `${m[1]}${fiscalYearLabel(2018 + n)}${v.slice(m[0].length)}` });
      }
    }),
  );
  if (dated || found.length < 2) return snap;
  const values: CellValue[][] = snap.values.slice();
  for (const f of found) {
    if (values[f.i] === snap.values[f.i]) values[f.i] = snap.values[f.i].slice();
    values[f.i][f.j] = f.text;
  }
  return { ...snap, values };
}
