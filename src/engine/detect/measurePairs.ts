/**
 * Two measures in one cell, under a heading that names both in the same order:
 *   成果指標                 | 単位 | R5 実績／目標     → コミュニティバス利用者数 | 人 | 52,300／60,000
 *   指標                     | 目標/実績            → 相談件数 | 30/25
 *   指標                     | 実績（目標）          → 相談件数 | 25（30）
 * The heading is two series labels (実績, 目標, 計画値, 基準値 …) of different roles joined by a slash or the
 * second in brackets (then only over cells that hold bracketed pairs: else the brackets are a gloss); two names of one
 * measure (計画値／目標値) are no pair. A period written in it (R5) dates both unless each part has its own. A cell under it
 * holds the two figures in that order; a cell that does not split into two (one figure alone, three) is read
 * as neither measure: a lone figure under two names could be either, so it is never graded silently.
 */
import type { Grid } from './grid';
import { point } from './common';
import { classifyLabel, SERIES_ROLES, type Role } from '../values/labels';
import { findPeriod, parsePeriodCell, type Period } from '../values/periods';
import { parseValue, type ParsedValue } from '../values/values';
import { memo, normalizeText } from '../values/text';
import type { Point, RawIndicator } from './types';
import { yearBracketPair } from './yearBracketPair';

/** The two measures a heading names, in the order their figures stand in each cell. */
export interface MeasurePair {
  roles: [Role, Role];
  periods: [Period | undefined, Period | undefined];
  /** How the cells join the figures: 「52,300／60,000」, 「52,300（60,000）」, or one line each (「60,000⏎52,300」 under 「目標⏎実績」). */
  joint: 'slash' | 'bracket' | 'lines';
  /** How many parts each cell holds (a third may be a derived 達成率: 「45／60／75％」), and which two are the measures. */
  count: number;
  at: [number, number];
  /** The heading as written, for messages. */
  heading: string;
}

/** How a cell's parts stand: the pair's joint, count and places (a bare joint: two parts, the measures in order). */
type Shape = Pick<MeasurePair, 'joint' | 'count' | 'at'>;

const SLASH = /[／/]/;
const BRACKETED = /^(.+?)[（(]([^（()）]+)[)）]$/;

/** A plan's 計画値 and its 目標 are one measure here: a heading naming both names one. */
const kind = (role: Role) => (role === 'expected' ? 'target' : role);

/** The parts of a heading or a cell: around its slashes, before and inside a closing bracket, or its lines (two or three). */
function partsOf(text: string): { parts: string[]; joint: MeasurePair['joint'] } | null {
  const t = text.trim();
  const slashes = t.split(SLASH);
  if (slashes.length === 2 || slashes.length === 3) return { parts: slashes.map((p) => p.trim()), joint: 'slash' };
  if (slashes.length !== 1) return null;
  const b = BRACKETED.exec(t);
  if (b) return { parts: [b[1].trim(), b[2].trim()], joint: 'bracket' };
  const lines = t.split('\n').map((l) => l.trim());
  return (lines.length === 2 || lines.length === 3) && lines.every(Boolean) ? { parts: lines, joint: 'lines' } : null;
}

/** A heading's part as a label: one line, without a 上段： / 下段： marker saying where its figure stands in the cell. */
const partLabel = (part: string) => classifyLabel(part.replace(/\s+/g, ' ').replace(/^(上段|中段|下段)\s*[:：]?\s*/, ''));

/**
 * A heading naming two measures of different roles (「R5 実績／目標」「目標/実績」「実績（目標）」), a derived third part
 * aside (「実績／目標／達成率」), or null. Headings recur: memoised.
 */
export const measurePair = memo((heading: string): MeasurePair | null => {
  // 「令和６年度（目標／実績）」: the year, then its two measures in brackets (yearBracketPair.ts).
  const text = normalizeText(heading);
  const split = partsOf(yearBracketPair(text) ?? text);
  if (!split) return null;
  const labels = split.parts.map(partLabel);
  const at = labels.flatMap((l, i) => (l && SERIES_ROLES.has(l.role) ? [i] : []));
  if (at.length !== 2 || labels.some((l) => !l || (!SERIES_ROLES.has(l.role) && l.role !== 'derived'))) return null;
  const [a, b] = [labels[at[0]]!, labels[at[1]]!];
  // Two names of one measure (計画値／目標値, 目標値（計画値）) are a gloss, not two measures.
  if (kind(a.role) === kind(b.role)) return null;
  // A period written once (「R5 実績／目標」「実績／目標（R5）」) dates both measures.
  const shared = a.period ?? b.period ?? findPeriod(heading)?.period;
  const periods: MeasurePair['periods'] = [a.period ?? shared, b.period ?? shared];
  return { roles: [a.role, b.role], periods, joint: split.joint, count: split.parts.length, at: [at[0], at[1]], heading: heading.replace(/\s+/g, ' ').trim() };
});

/** One figure of a split cell: a number alone, a typed non-value (集計中, －) or nothing (「／60,000」), never a year such as 令和4年度. */
function onePart(text: string): ParsedValue | null {
  if (!text) return parseValue('');
  if (parsePeriodCell(text)) return null;
  const p = parseValue(text);
  if (p.status === 'value') return p.measures || p.notePeriod ? null : p;
  return p.status === 'text' || p.status === 'missing' ? null : p;
}

/** A cell's two figures in the heading's order, or null when it does not hold them in the heading's parts. */
export function splitPairCell(text: string, shape: Shape | MeasurePair['joint']): [ParsedValue, ParsedValue] | null {
  const { joint, count, at } = typeof shape === 'string' ? { joint: shape, count: 2, at: [0, 1] } : shape;
  const split = partsOf(text.normalize('NFKC'));
  if (!split || split.joint !== joint || split.parts.length !== count) return null;
  const [a, b] = at.map((i) => onePart(split.parts[i]));
  return a && b ? [a, b] : null;
}

/**
 * Whether a column under a bracketed or two-line pair heading (「実績（目標）」「目標⏎実績」) holds such pairs: the heading
 * may also be a measure with a gloss, or wrapped, read as before unless one of the first cells below splits into two figures.
 */
export function pairsBelow(grid: Grid, fromRow: number, col: number, pair: MeasurePair): boolean {
  if (pair.joint === 'slash') return true;
  for (let r = fromRow; r <= Math.min(grid.bottom, fromRow + 40); r++) if (splitPairCell(grid.fullText(r, col), pair)) return true;
  return false;
}

function addPoint(ind: RawIndicator, role: Role, pt: Point): void {
  if (role === 'actual') ind.actuals.push(pt);
  else if (role === 'baseline') ind.baselines.push(pt);
  else ind.targets.push({ ...pt, kind: role === 'expected' ? 'expected' : 'target' });
}

/**
 * The two figures of an indicator's cell under a paired heading, each as a point of that cell with its own
 * reading, dated by the heading's period or else `period` (its column's or line's). An empty cell is both measures missing; a cell that does not split is read as words under both
 * (the check names it), never as one measure's figure.
 */
export function readPairCell(grid: Grid, r: number, col: number, pair: MeasurePair, ind: RawIndicator, period?: Period): void {
  const whole = point(grid, r, col);
  const text = whole.parsed.text;
  const full = grid.fullText(whole.row, whole.col);
  const split: [ParsedValue, ParsedValue] | null = whole.parsed.status === 'missing' ? [whole.parsed, whole.parsed] : splitPairCell(full, pair);
  const unread: ParsedValue = whole.parsed.status === 'value' ? { status: 'text', text } : whole.parsed;
  pair.roles.forEach((role, i) => {
    const pt: Point = { ...whole, parsed: split ? split[i] : unread };
    if (!split) pt.unsplitPair = pair.heading;
    const own = pair.periods[i] ?? period;
    if (own) pt.period = own;
    addPoint(ind, role, pt);
  });
}
