/**
 * A name column whose cells mostly show the project's name over a line of its 概要 tells the clerk how to read the few that do
 * not show it by their words alone:
 * - a column where at least two cells put a bracketed list of what is done under the name (「自治会活動相談窓口の運営⏎（自治会の
 *   運営、役員の交代…の相談に応じる）」, cut off by `cleanName` already) holds the 概要 in brackets under every name: a bracketed
 *   line saying what is done (「（転入手続時に市民課窓口で配布）」「（自治会等の自主的な地域づくり活動に対する補助）」: an object
 *   and a verbal noun, `descriptionLine`) is that cell's 概要 too (`bracketOutlineOf`). A bracket naming what is measured or
 *   its aim (「（交通事故死傷者数の減少）」), or under a name ending as a measure (…数, …率, …割合: 「参加者数⏎（65歳以上を対象）」
 *   says whom it counts), stays in the name.
 * - a column where at least three cells, three quarters of those of several lines, are a project's whole name over a line of
 *   its 概要 (`projectOverLine`: 「2-1-1⏎伝統工芸後継者育成事業補助金⏎工房が研修生を受け入れて…を補助」) holds a 概要 line under
 *   every project's name: the others too, though their line ends as a name may end (「地場産業振興センター相談事業⏎経営・販路・
 *   デザイン等の専門相談窓口の運営」), when every one of them is a project's whole name (…事業, …補助金, …講座) over a line of
 *   six characters or more that neither goes on with it (a particle first), nor is bracketed, nor says who is counted
 *   (`countedLine`), nor ends as a measure, a project's name (a second project) or a held activity's (「市民大学講座」, review
 *   rv80: the activity counted), nor in an aim (「家庭系ごみ排出量の削減」, `aimLine`) (`outlineUnderProject`). One such cell
 *   that is not so keeps the column as it was.
 * Review rv80: a cell whose first line is the first line of another cell of the column too (「環境学習の推進⏎（小中学生への出前
 * 授業）」「環境学習の推進⏎（市民への出前講座）」) keeps its second line, whichever the kind: it tells the rows apart. A line in an aim
 * is never cut off (its way is the indicator's).
 */
import type { Grid } from './grid';
import {
  aimLine,
  countedLine,
  descriptionLine,
  folded,
  goesOnAbove,
  linesOf,
  measuredInBracket,
  projectNameLine,
  projectOverLine,
} from './nameDescriptionLines';

/** A bracketed line listing what is done (「（集会所の新築・改修・修繕への補助）」): eight characters or more, a ・ or 、 between. */
const LISTED_BRACKET = /^\((?=[^()]{8,}\)$)[^()]*[・、,][^()]*\)$/;
/** A line wholly in brackets: its contents. */
const BRACKETED = /^\(([^()]+)\)$/;
/** How a measure's name ends: the bracket under it says whom or where it counts, no 概要. */
const MEASURE_END = /(?:[数率量額]|割合|人数|件数|回数)$/;
/** How a project's name ends, a second project's line under the first (「…支援事業⏎…推進事業」): no 概要. */
const PROJECT_LINE_END = /(?:事業|業務|制度|(?:補助|奨励|助成|交付|給付)金)$/;

/** Whether `next`, wholly bracketed, says what the project named `first` does (an object and a verbal noun inside). */
export function describedBracket(first: string, next: string): boolean {
  const inner = BRACKETED.exec(folded(next))?.[1];
  if (!inner || inner.length < 6 || MEASURE_END.test(folded(first))) return false;
  return descriptionLine(inner) && !measuredInBracket(inner);
}

/** Whether `next` may be the 概要 line under a project's whole name `first`, in a column of projects over their 概要. */
export function outlineUnderProject(first: string, next: string): boolean {
  const t = folded(next);
  if (!projectNameLine(first) || goesOnAbove(next) || t.length < 6 || BRACKETED.test(t) || countedLine(next)) return false;
  if (projectNameLine(next) || aimLine(next)) return false; // 「生涯学習推進事業⏎市民大学講座」「…事業⏎…排出量の削減」
  return !MEASURE_END.test(t) && !PROJECT_LINE_END.test(t) && !/。$/.test(t);
}

/** The first two lines of each cell of several lines in column `col` (a line of the row's code aside), one per cell. */
function linePairs(grid: Grid, col: number): [string, string][] {
  const pairs: [string, string][] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const v = grid.raw(r, col);
    if (typeof v !== 'string' || !v.includes('\n') || grid.anchor(r, col).row !== r) continue;
    const lines = linesOf(v);
    if (lines.length >= 2) pairs.push([lines[0], lines[1]]);
  }
  return pairs;
}

/** What a column is: which of the two column rules hold, and the first lines written on two cells or more (folded). */
interface Kinds {
  brackets: boolean;
  projects: boolean;
  repeated: Set<string>;
}

/** Per grid, per column: its kinds (read once per column). */
const KINDS = new WeakMap<Grid, Map<number, Kinds>>();

/** The first lines (folded) that begin two or more of the pairs. */
function repeatedFirsts(pairs: [string, string][]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const [first] of pairs) (seen.has(folded(first)) ? twice : seen).add(folded(first));
  return twice;
}

function kindsOf(grid: Grid, col: number): Kinds {
  let byCol = KINDS.get(grid);
  if (!byCol) KINDS.set(grid, (byCol = new Map()));
  let known = byCol.get(col);
  if (known === undefined) {
    const pairs = linePairs(grid, col);
    const listed = pairs.filter(([, next]) => LISTED_BRACKET.test(folded(next))).length;
    const over = pairs.filter(([first, next]) => projectOverLine(first, next)).length;
    const rest = pairs.filter(([first, next]) => !projectOverLine(first, next));
    const projects = over >= 3 && over * 4 >= pairs.length * 3 && rest.every(([first, next]) => outlineUnderProject(first, next));
    known = { brackets: listed >= 2, projects, repeated: repeatedFirsts(pairs) };
    byCol.set(col, known);
  }
  return known;
}

/**
 * Whether the cell's first line (code line aside) begins another cell of several lines in column `col` too: the lines under it
 * tell the rows apart, none of them a 概要 to cut off (review rv80).
 */
export function firstLineRepeated(grid: Grid, col: number, raw: string): boolean {
  const lines = linesOf(raw);
  return lines.length >= 2 && kindsOf(grid, col).repeated.has(folded(lines[0]));
}

/**
 * The name of a cell in column `col` whose line under the name is its 概要 by the column's other cells (the row's code line kept
 * over it, as nameOutlineColumn.ts keeps it), or null when the column or the cell is not of that kind.
 */
export function nameOverColumnOutline(grid: Grid, col: number, raw: string): string | null {
  if (!raw.includes('\n')) return null;
  const all = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const lines = linesOf(raw);
  if (lines.length < 2) return null;
  const [first, next] = lines;
  // The line that tells two rows of one first line apart (review rv80), or an aim (its way), is no 概要.
  if (aimLine(next) || firstLineRepeated(grid, col, raw)) return null;
  const code = lines.length < all.length ? `${all[0]}\n` : '';
  const bracket = describedBracket(first, next) && kindsOf(grid, col).brackets;
  const project = !bracket && (outlineUnderProject(first, next) || projectOverLine(first, next)) && kindsOf(grid, col).projects;
  return bracket || project ? code + first : null;
}
