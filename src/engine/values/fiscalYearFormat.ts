/**
 * A date cell whose number format shows a fiscal year: 45017 under `[$-411]ggge"年度"` shows 「令和5年度」, under
 * `yyyy"年度"` 「2023年度」. What the clerk sees is that fiscal year, not the date's month: the period is the year the
 * format shows (its era year for g / e, else the calendar year), read as written text would be. A format with a month or
 * a day, or with no 年度 after the year, shows a date: null (the month reading stays, periodFromSerial).
 */
import { parsePeriodCell, type Period } from './periods';

/** Eras by their first day, newest first: the era name (ggg) and its one-letter form (g). */
const ERAS: { from: number; name: string; letter: string }[] = [
  { from: Date.UTC(2019, 4, 1), name: '令和', letter: 'R' },
  { from: Date.UTC(1989, 0, 8), name: '平成', letter: 'H' },
  { from: Date.UTC(1926, 11, 25), name: '昭和', letter: 'S' },
];

/** The format's own sections: the first (positive numbers) without its locale and colour brackets. */
function firstSection(fmt: string): string {
  return fmt.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0].replace(/\[[^\]]*\]/g, '');
}

/** The text the format shows for the date, or null when it shows a month, a day or a time. */
function shown(date: Date, fmt: string): string | null {
  const time = date.getTime();
  const era = ERAS.find((e) => time >= e.from);
  const year = date.getUTCFullYear();
  let out = '';
  const tokens = firstSection(fmt).match(/"[^"]*"|\\.|g+|e+|y+|[mdhs]+|./gi) ?? [];
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (/^[mdhs]+$/.test(lower)) return null;
    else if (/^g+$/.test(lower)) out += era ? (lower.length === 1 ? era.letter : era.name) : '';
    else if (/^e+$/.test(lower)) out += era ? String(year - new Date(era.from).getUTCFullYear() + 1) : String(year);
    else if (/^y+$/.test(lower)) out += lower.length <= 2 ? String(year % 100).padStart(2, '0') : String(year);
    else out += t;
  }
  return out;
}

/** The fiscal year a date cell's format shows (「令和5年度」「2023年度」), or null. */
export function fiscalYearShown(serial: number, fmt: string): Period | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465 || !fmt.includes('年度')) return null;
  const text = shown(new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000), fmt);
  if (!text || !text.includes('年度')) return null;
  const p = parsePeriodCell(text);
  return p && !p.baseline && p.period.kind === 'fiscal' ? p.period : null;
}
