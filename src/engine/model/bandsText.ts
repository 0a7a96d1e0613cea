/** How grading bands are written in findings: a tolerance band's unit, and a scale's bands as one line. */
import type { Lang } from './renderOptions';

/** The unit of a tolerance band: points for a % indicator. */
export const bandUnit = (unit: string | null, lang: Lang = 'ja') => (unit === '%' || unit === '％' ? (lang === 'ja' ? 'ポイント' : ' points') : (unit ?? ''));

/** 「A：100％以上、B：90％以上、C：70％以上、D：70％未満」, or in English "A: 100% or more, …, D: below 70%". */
export function bandsText(bands: { grade: string; min: number | null }[], lang: Lang): string {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const lowest = bands
    .map((b) => b.min)
    .filter((m): m is number => m !== null)
    .pop();
  const one = (b: { grade: string; min: number | null }) =>
    lang === 'ja'
      ? `${b.grade}：${b.min !== null ? `${pct(b.min)}以上` : lowest !== undefined ? `${pct(lowest)}未満` : 'それ以外'}`
      : `${b.grade}: ${b.min !== null ? `${pct(b.min)} or more` : lowest !== undefined ? `below ${pct(lowest)}` : 'the rest'}`;
  return bands.map(one).join(lang === 'ja' ? '、' : ', ');
}
