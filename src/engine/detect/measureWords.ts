/**
 * Target and actual lines written as words with a figure (a subsidy report's 成果目標 「参加者 200人」 / 成果実績
 * 「参加者 184人」) pair only when they name the same measure, as a clerk checks before comparing them:
 * - an actual naming several figures (「12回開催（延べ参加者 180人）」) is the one whose unit and words match the target's
 *   (180 人 against 「参加者 200人」);
 * - a 前年度比 / 前年比 / 達成率 figure is a ratio, never the measure's actual (unless the target is one too);
 * - the words before the figures naming different measures (neither contains the other: 満足度 and 利用者数), or units that
 *   do not convert (人 against 回), leave the actual ungraded with a `measure-differs` guess naming both cells.
 * Only label forms (a line per fact, going down) are checked: a table's worded cells (交付件数 10件 | 交付事業所数 8社) are
 * graded as before, with their unit-mismatch warning. Figures without words on either side are left as they are read.
 */
import { parseValue, type ParsedValue } from '../values/values';
import { conversionFactor } from '../values/units';
import type { Point, RawIndicator } from './types';

/** Words of a ratio to something else (last year, the target): not the measure itself. */
const RATIO = /前年度?比|対前年|達成率|伸び率|増減率/;

/** A line's own label before its figure (「実績値：25件」, 「成果目標: 参加者 200人」): which line it is, not what it measures. */
const LINE_LABEL = /^(?:成果|活動)?(?:目標|実績|計画|見込み?)値?(?:\([^)]*\))?[:：]?/;

/** The measure words of a label, compared without spaces, the line's own label, colons and counting words (延べ, 年間). */
const words = (label: string | undefined): string =>
  (label ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(LINE_LABEL, '')
    .replace(/[:：]/g, '')
    .replace(/^(延べ|のべ|年間)/, '');

const sameMeasure = (a: string, b: string): boolean => !a || !b || a.includes(b) || b.includes(a);

const converts = (a: string | undefined, b: string | undefined): boolean => !a || !b || conversionFactor(a, b) !== null;

type OneFigure = Extract<ParsedValue, { value: number }>;

const oneFigure = (p: ParsedValue): OneFigure | null => (p.status === 'value' && p.value !== undefined && !p.measures ? (p as OneFigure) : null);

/** The figures of a text, one per part between brackets and 、。／ (「12回開催」「延べ参加者 180人」). */
function figuresOf(text: string): OneFigure[] {
  const parts = text.split(/[（）()、。／/]/).filter((s) => s.trim());
  return parts.length < 2 ? [] : parts.map((s) => oneFigure(parseValue(s.trim()))).filter((p): p is OneFigure => p !== null);
}

/** The one figure of the actual's text whose unit (and words, when both have some) match the target's, else null. */
function matchingFigure(actual: OneFigure, target: OneFigure): OneFigure | null {
  const fits = figuresOf(actual.text).filter(
    (f) => f.unit && target.unit && conversionFactor(f.unit, target.unit) !== null && sameMeasure(words(f.label), words(target.label)),
  );
  return fits.length === 1 ? fits[0] : null;
}

/** Whether the actual names another measure than the target (a ratio, other words, a unit that does not convert). */
function otherMeasure(actual: OneFigure, target: OneFigure): boolean {
  if (RATIO.test(words(actual.label)) && !RATIO.test(words(target.label))) return true;
  if (!actual.label || !target.label) return false;
  return !sameMeasure(words(actual.label), words(target.label)) || !converts(actual.unit, target.unit);
}

/** Checks one actual against the target: the matching figure of several taken, another measure left ungraded with a guess. */
function pairActual(ind: RawIndicator, p: Point, target: Point & { parsed: OneFigure }): void {
  const actual = oneFigure(p.parsed);
  if (!actual || (!actual.label && !target.parsed.label)) return;
  const unitOff = !converts(actual.unit, target.parsed.unit);
  const match =
    unitOff || (actual.label && target.parsed.label && !sameMeasure(words(actual.label), words(target.parsed.label)))
      ? matchingFigure(actual, target.parsed)
      : null;
  if (match) {
    p.parsed = { ...match, text: actual.text };
    return;
  }
  if (!otherMeasure(actual, target.parsed)) return;
  p.parsed = { status: 'text', text: actual.text };
  p.otherMeasure = target.parsed.text;
  (ind.guesses ??= []).push({ reason: 'measure-differs', cells: [p.cell, target.cell] });
}

/** Pairs the worded actuals of each label-form indicator with its one worded target (in place). */
export function pairMeasureWords(indicators: RawIndicator[]): void {
  for (const ind of indicators) {
    if (ind.layout !== 'label-form') continue;
    const targets = ind.targets.filter((t) => oneFigure(t.parsed) && typeof t.raw === 'string');
    if (targets.length !== 1 || ind.targets.some((t) => t !== targets[0] && t.parsed.status === 'value')) continue;
    const target = targets[0] as Point & { parsed: OneFigure };
    for (const p of ind.actuals) if (typeof p.raw === 'string') pairActual(ind, p, target);
  }
}
