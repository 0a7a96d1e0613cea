/**
 * A name column headed as holding each row's name and its outline (「推進事業（事業名・概要）」「事業名／事業概要」「名称及び内容」):
 * a cell of several lines holds the name on its first line and the outline under it (「創業支援事業⏎創業塾の開催と…の補助」),
 * so the name is that first line alone. A column whose cells show it without such a heading (推進事業 over
 * 「ファミリー・サポート・センター事業⏎子育ての援助を…支援する。」) is read so too: at least two of its cells of several lines,
 * and at least half of them, have a first line without 。 and a sentence under it ending with 。 (`holdsOutlines`). Under any
 * other heading a name written over several lines is one name, read as `cleanName` reads it (a name wrapped by hand,
 * 【概要】 lines taken off there), unless the column holds whole names over descriptions with no 。 (nameDescriptionLines.ts).
 */
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { indicatorNumber } from './indicatorNumbers';
import { aimLine, nameEndsAbove, nameOverDoing, projectOverLine } from './nameDescriptionLines';
import { cleanName } from './names';
import { mayGlueOn } from './gluedNameLine';

/**
 * A heading naming both the name and the outline: 名 / 名称, then 概要 / 内容 after a 「・」「／」「及び」, or in brackets after
 * a project's name (「事業名（概要）」: the name, then its outline; 「指標名（内容）」 heads names wrapped by hand: review rv43).
 */
const NAME_AND_OUTLINE = /名称?(?:[・･/／、,&]|及び|並びに|と)(?:事業|取組)?(?:概要|内容)|(?:事業|取組|施策)名称?[(（](?:事業|取組)?(?:概要|内容)[)）]/;

/** Whether a name column's heading says its cells hold the name and an outline. */
export function headsNameAndOutline(heading: string): boolean {
  return NAME_AND_OUTLINE.test(normalizeText(heading).replace(/\s+/g, ''));
}

/** A line that is only tags, marks or a number (【重点】, ◎, ○, (3), No.2): no name. */
const MARKS_ONLY = /^(?:【[^】]*】|[[［][^\]］]*[\]］]|[◎○●◯◇◆□■☆★※・]|[(（]\d+[)）]|No\.?\d*|\d+[.．、)）]?|\s)+$/i;
/** A line that numbers the row and names nothing: marks (MARKS_ONLY), or a compound code on a line of its own (「1-(1)」「2-3」). */
const numbersOnly = (line: string) => MARKS_ONLY.test(normalizeText(line)) || indicatorNumber(line) !== null;
/** A name's tail wrapped onto the next line: short, no 、。, ending as names end (…事業, …業務). */
const NAME_TAIL = /^[^、。,，]{1,8}(?:事業|業務|制度|対策|プロジェクト)$/;

/**
 * A first line that names nothing once read (review rv79): wholly one bracket (「（新規・拡充）」, a tag of statuses) or empty once
 * cleaned. A cell is never cut to it: its name is on the lines under it, read as tag and mark lines are.
 */
const nameless = (line: string) => /^[(（【[〔≪][^()（）【】[\]〔〕≪≫]*[)）】\]〕≫]$/.test(line.trim()) || cleanName(line).name.trim() === '';

/**
 * The name as written in a cell under the column's heading: where the heading says an outline follows it, its first line
 * still text once tag, mark or number lines are set aside, with the next line when that is the name's wrapped tail.
 */
export function nameWithoutOutline(
  raw: string,
  heading: () => string,
  outlined: () => boolean = () => false,
  described: () => boolean = () => false,
  glued: () => void = () => undefined,
): string {
  if (!raw.includes('\n')) return raw;
  const lines = raw.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length < 2) return raw;
  const said = headsNameAndOutline(heading()) || outlined();
  if (!said && !described()) return raw;
  const at = lines.findIndex((l) => !numbersOnly(l) && !nameless(l));
  if (at < 0) return raw;
  const [first, next] = [lines[at], lines[at + 1]];
  // A column of names over descriptions (nameDescriptionLines.ts): only a whole name over a line not going on with it.
  // A line ending in an aim (「ごみ減量化推進事業⏎家庭系ごみ排出量の削減」) says the way: part of the name (review rv80).
  // A compound code on the line above stays with the name (「(1)-①⏎…事業⏎…を派遣する」): cleanName reads it as the row's id.
  const code = at === 1 && indicatorNumber(lines[0]) !== null ? `${lines[0]}\n` : '';
  if (!said)
    return next !== undefined && !aimLine(next) && (nameEndsAbove(first, next) || projectOverLine(first, next) || doingCut(first, next, glued))
      ? code + first
      : raw;
  if (next !== undefined && NAME_TAIL.test(next.trim()) && !NAME_TAIL.test(first.trim())) return first.trimEnd() + next.trim();
  return first;
}

/**
 * A cut resting on the column's names over what is done alone (`nameOverDoing`): where the next line's first word may glue onto
 * the name's last (「…設置⏎費用の一部を補助する」, gluedNameLine.ts) the cut is told to `glued`, a guess, never made in silence.
 */
function doingCut(first: string, next: string, glued: () => void): boolean {
  if (!nameOverDoing(first, next)) return false;
  if (mayGlueOn(first, next)) glued();
  return true;
}

/** A cell of a name and an outline: a first line without 。, a later line ending with 。. */
function nameOverSentence(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length >= 2 && !/[。．]/.test(lines[0]) && lines.slice(1).some((l) => /[。．]$/.test(l));
}

/** Per grid, per column: whether the column's cells hold names over outlines (read once per column). */
const OUTLINED = new WeakMap<Grid, Map<number, boolean>>();

/** Whether column `col`'s cells of several lines are mostly a name over an outline sentence (at least two, at least half). */
export function holdsOutlines(grid: Grid, col: number): boolean {
  let byCol = OUTLINED.get(grid);
  if (!byCol) OUTLINED.set(grid, (byCol = new Map()));
  let known = byCol.get(col);
  if (known === undefined) {
    let [several, outlines] = [0, 0];
    for (let r = grid.top; r <= grid.bottom; r++) {
      const v = grid.raw(r, col);
      if (typeof v !== 'string' || !v.includes('\n') || grid.anchor(r, col).row !== r) continue;
      several++;
      if (nameOverSentence(v)) outlines++;
    }
    known = outlines >= 2 && outlines * 2 >= several;
    byCol.set(col, known);
  }
  return known;
}
