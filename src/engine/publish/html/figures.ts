/** How figures, grades and trends read on the site (Japanese). */
import type { Trend } from '../../model/report';
import type { PublishedGrade, PublishedIndicator } from '../model';

/** The formats, made once: `toLocaleString` makes a new one at each call (most of the site's rendering time). */
const NUMBER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** 1234.5 → 「1,234.5」; at most two decimals; null → 「－」. */
export function num(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '－';
  return NUMBER.format(v);
}

/** A figure with its unit: 「1,234 件」, 「85.2 %」. */
export function withUnit(v: number | null, unit: string | null): string {
  if (v === null) return '－';
  return unit ? `${num(v)} ${unit}` : num(v);
}

/** 0.932 → 「93.2%」. */
export function percent(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '－';
  return `${PERCENT.format(v * 100)}%`;
}

/** 「A 順調」, or the grade alone when the scale has no label for it. */
export function gradeText(g: PublishedGrade | null): string {
  if (!g) return '評価なし';
  return g.label ? `${g.grade} ${g.label}` : g.grade;
}

const TREND: Record<Trend, { mark: string; words: string }> = {
  improved: { mark: '↑', words: '改善' },
  unchanged: { mark: '→', words: '横ばい' },
  worsened: { mark: '↓', words: '悪化' },
};

/** The trend against last year: mark and words (「↑ 改善（前年度 120 件）」), or why there is none. */
export function trendText(i: PublishedIndicator): { mark: string; words: string } {
  if (!i.trend) return { mark: '', words: i.previousActual === null ? '前年度の実績なし' : '比較できません' };
  const t = TREND[i.trend];
  return { mark: t.mark, words: `${t.words}（前年度 ${withUnit(i.previousActual, i.unit)}）` };
}

export const DIRECTION_WORDS: Record<PublishedIndicator['direction'], string> = {
  up: '数値が大きいほど良い指標',
  down: '数値が小さいほど良い指標',
  keep: '目標値の維持を目指す指標',
};
