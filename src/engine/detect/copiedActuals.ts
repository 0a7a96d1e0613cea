/**
 * A year's actual that is the year before's figure written again while the year's own is still being counted: the
 * figure equals the previous year's actual of the same indicator, and its 備考 (the 備考 cell of its row, or the 備考
 * row under its year: `remarkPending.ts`) says both, each in a sentence of its own or one: that the year's figure is
 * 集計中 / 未公表 / 未確定 (a sentence naming the year, about no other measure, giving no 速報値 / 暫定値 / 概数 of its own;
 * 不詳 alone is an unknown attribute), and that the year before's figure was written in (a sentence naming the year
 * before or 前年度 with 値 / 数値 / 実績 and 記載 / 転記 / 掲載: 「R6欄には令和5年度の値を記載」). A clerk does not grade a
 * copied figure: the actual is pending, the remark quoted. When the remark says the year's figure is still being counted
 * but not that the year before's was written in, the figure is read as written with a guess naming the remark and both
 * figures. A figure that differs from the year before's, or a remark naming no year or another year, is read as written.
 */
import type { Grid } from './grid';
import { RemarkHeadings, remarkOnRow } from './remarkHeadings';
import { REACH, namesYear, remarkRowBelow, remarkWords, saysCounting } from './remarkPending';
import type { Point, RawIndicator } from './types';

/** A remark is a note of a few sentences, not a paragraph. */
const MAX_REMARK = 120;
/** A remark's sentences. */
const SENTENCE_END = /[。．\n]/;
/** The year before's figure written in: a figure word and a writing word. */
const FIGURE_WORD = /(値|数値|実績)/;
const WRITTEN_IN = /(記載|転記|掲載)/;
const YEAR_BEFORE = /(前年度|前年|昨年度)/;
const YEAR_BEFORE_ALL = new RegExp(YEAR_BEFORE.source, 'g');

/** Marks each actual repeating the year before's figure, whose remark says it was copied while its own year's is still being counted, as pending. */
export function applyCopiedActuals(grid: Grid, indicators: RawIndicator[]): void {
  let headings: RemarkHeadings | undefined;
  for (const ind of indicators)
    for (const p of ind.actuals) {
      const before = yearBefore(ind.actuals, p);
      if (!before) continue;
      headings ??= new RemarkHeadings(grid);
      const remark = remarkOnRow(grid, headings, p, REACH) ?? remarkRowBelow(grid, headings, p);
      const says = remark ? remarkSaysCopied(remark.text, p.period!.fiscalYear) : null;
      if (!remark || !says) continue;
      if (says === 'copied') p.parsed = { status: 'pending', text: `${p.parsed.text}（備考 ${remark.cell}：${remark.text}）` };
      else (ind.guesses ??= []).push({ reason: 'actual-maybe-copied', cells: [remark.cell, p.cell, before.cell] });
    }
}

/** The indicator's actual of the year before when the actual is a figure equal to it. */
function yearBefore(actuals: readonly Point[], p: Point): Point | undefined {
  if (p.parsed.status !== 'value' || p.parsed.value === undefined || !p.period) return undefined;
  const fy = p.period.fiscalYear;
  return actuals.find((q) => q !== p && q.period?.fiscalYear === fy - 1 && q.parsed.status === 'value' && q.parsed.value === p.parsed.value);
}

/**
 * What the remark says of the year's figure: 'copied' when one sentence naming the year says it is still being counted
 * and one says the year before's figure was written in; 'counting' when only the first; null otherwise.
 */
export function remarkSaysCopied(text: string, fiscalYear: number): 'copied' | 'counting' | null {
  const t = remarkWords(text);
  if (!t || t.length > MAX_REMARK) return null;
  const sentences = t.split(SENTENCE_END);
  if (!sentences.some((s) => namesYear(s, fiscalYear) && saysCounting(s.replace(YEAR_BEFORE_ALL, ''), true))) return null;
  const copied = sentences.some((s) => (namesYear(s, fiscalYear - 1) || YEAR_BEFORE.test(s)) && FIGURE_WORD.test(s) && WRITTEN_IN.test(s));
  return copied ? 'copied' : 'counting';
}
