/**
 * The period's narrative cells, which a roll empties: the text under or beside a heading such as
 * 成果・効果, 課題, 内部要因 / 外部要因 or 事業実施状況, or a cell holding "【成果・効果】本文…".
 *
 * A heading is recognised by its whole text, not by how it starts: 「成果指標」「成果指標②」 (the
 * label of an indicator), 「課題解決型講座の受講者数」 (an indicator's name) and 「効果・課題を
 * 把握したイベントの数」 (a description) are not narratives. And whatever a label seems to say, a
 * cell that defines an indicator (its name, description, unit, note, figures) is never a narrative.
 */
import type { RawIndicator } from '../detect';
import type { Grid } from '../detect/grid';
import { classifyLabel, classifyMeta } from '../values/labels';
import { parsePeriodCell } from '../values/periods';
import { compact } from '../values/text';

const WORD = '(?:成果・?効果|成果|効果|課題|内部要因|外部要因|事業実施状況|実施状況|取組実績|取組内容|評価の理由|評価理由)';
/** Words a joined heading may add after the narratives: "成果・効果、課題、今後の方向性". */
const FOLLOWER = '(?:今後の方向性?|今後の方針|今後の取組)';
const HEADING = new RegExp(`^${WORD}(?:[、,・/／と及び]*(?:${WORD}|${FOLLOWER}))*(?:等|など)?$`);
const OPEN = '【\\[［〔';
const CLOSE = '】\\]］〕';

/** The heading's words: brackets, a trailing colon and parenthesised remarks ("（対象：R5）") taken off. */
function headingWords(text: string): string {
  return compact(text)
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(new RegExp(`^[${OPEN}]`), '')
    .replace(new RegExp(`[${CLOSE}]$`), '')
    .replace(/[:：]$/, '');
}

/**
 * What a cell is to the narratives: a heading (its text is elsewhere), a cell holding its own
 * heading and text ("【成果・効果】本文…", "課題：本文…"), or neither.
 */
export function narrativeKind(value: string): 'heading' | 'inline' | null {
  const t = value.trim();
  if (!t) return null;
  if (t.length <= 30 && HEADING.test(headingWords(t))) return 'heading';
  const bracketed = new RegExp(`^[${OPEN}]([^${CLOSE}]{1,30})[${CLOSE}]\\s*\\S`).exec(t);
  if (bracketed && HEADING.test(headingWords(bracketed[1]))) return 'inline';
  const colon = /^([^:：\n]{1,20})[:：]\s*\S/.exec(t);
  if (colon && HEADING.test(headingWords(colon[1]))) return 'inline';
  return null;
}

export const isNarrativeHeading = (value: string) => narrativeKind(value) === 'heading';

/** Every cell that defines an indicator: name, description, unit, note, stated direction, figures. */
export function indicatorCells(indicators: RawIndicator[]): Set<string> {
  const out = new Set<string>();
  for (const ind of indicators) {
    for (const c of [ind.nameCell, ind.descriptionCell, ind.unitCell, ind.noteCell, ind.statedDirection?.cell]) if (c) out.add(c);
    for (const p of [...ind.actuals, ...ind.targets, ...ind.baselines]) out.add(p.cell);
  }
  return out;
}

/** A cell that may hold a narrative text: not blank, not a heading, label or period of its own. */
function freeText(grid: Grid, r: number, c: number): boolean {
  if (grid.isBlank(r, c)) return false;
  const t = grid.text(r, c);
  return narrativeKind(t) !== 'heading' && !classifyLabel(t) && !classifyMeta(t) && !parsePeriodCell(t);
}

/** The text cell of a narrative heading: the next cell to the right (past the heading's merge), else the cell below. */
export function narrativeCell(grid: Grid, r: number, c: number): { row: number; col: number } | null {
  const right = grid.rightEdge(r, c) + 1;
  if (right <= grid.right && freeText(grid, r, right)) return { row: r, col: right };
  if (r + 1 <= grid.bottom && freeText(grid, r + 1, c)) return { row: r + 1, col: c };
  return null;
}
