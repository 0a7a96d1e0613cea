/** How grading bands are written in findings: a tolerance band's unit, and a scale's bands as one line. */
import type { FindingParams } from './findingParams';
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

/** A scale of shortfalls in points: 「A：目標値を達成、B：5ポイント未満、C：10ポイント未満、D：10ポイント以上」, or in English. */
export function gapsText(gaps: { grade: string; below: number | null; inclusive: boolean }[], lang: Lang): string {
  const last = gaps
    .map((g) => g.below)
    .filter((b): b is number => b !== null && b > 0)
    .pop();
  const one = (g: { grade: string; below: number | null; inclusive: boolean }) => {
    if (g.below === 0 && g.inclusive) return lang === 'ja' ? `${g.grade}：目標値を達成` : `${g.grade}: target reached`;
    if (g.below === null) return lang === 'ja' ? `${g.grade}：${last ?? ''}ポイント以上不足` : `${g.grade}: ${last ?? ''} points short or more`;
    return lang === 'ja' ? `${g.grade}：不足${g.below}ポイント未満` : `${g.grade}: less than ${g.below} points short`;
  };
  return gaps.map(one).join(lang === 'ja' ? '、' : ', ');
}

/** The sheet-bands-used finding: the sheet's own bands, or its scale of shortfalls in points and the indicators it graded. */
export function sheetBandsUsedText(p: FindingParams['sheet-bands-used'], lang: Lang): string {
  if (p.gaps)
    return lang === 'ja'
      ? `シート「${p.sheet}」の${p.cell}に書かれた評価基準（${gapsText(p.gaps, 'ja')}）により、単位が％・ポイントの指標は目標値に届かなかったポイント数で評価しました（その他の指標は達成率で評価）。評価設定で評価基準を決めている場合は、そちらが優先されます。`
      : `Indicators in % or points were graded by the points they fall short of the target, as sheet "${p.sheet}" states in ${p.cell} (${gapsText(p.gaps, 'en')}); other indicators by their attainment. Bands set in 評価設定 would come first.`;
  return lang === 'ja'
    ? `シート「${p.sheet}」の${p.cell}に書かれた評価基準（${bandsText(p.bands, 'ja')}）で指標を評価しました（評価基準を書いたシートの指標、またはブック全体の評価基準のシートとして、評価基準のないシートの指標）。評価設定で評価基準を決めている場合は、そちらが優先されます。`
    : `Indicators were graded by the bands sheet "${p.sheet}" states in ${p.cell} (${bandsText(p.bands, 'en')}): that sheet's own, or, from a sheet of bands for the whole workbook, those of sheets stating none. Bands set in 評価設定 would come first.`;
}
