/**
 * A note on the sheet saying a plan's figure is no target: 「※見込量は、…各年度に必要となるサービス量を見込んだものであり、
 * 達成を目指す目標値ではありません。」. A 見込量 (計画値, 計画量) heading is otherwise read as the year's plan, the figure
 * the actual is measured against (values/labels.ts 'expected'); the sheet says it is not, so the columns under that heading
 * give no target: the actual is read and not graded. Only a note opening with the heading's word as its subject (「見込量は」)
 * and denying it is a target (目標値ではありません / 目標ではない); a note about another word, or not denying, says nothing.
 */
import type { Column } from './column';
import type { Grid } from './grid';
import { headingTexts } from './cumulativeTwins';
import { sheetMentions, textCells } from './sheetTexts';
import { compact, normalizeText } from '../values/text';

/** The note's subject, a plan word, after a ※ / 注 mark: 見込量, 見込み量, 計画値, 計画量, サービス見込量. */
const SUBJECT = /^(?:※|注[0-9]*[:：]?|\*)?((?:サービス)?見込み?量|計画値|計画量|見込値)(?:は|については)/;
/** The denial that the figure is a target. */
const NOT_TARGET = /目標値?(?:ではありません|ではない|ではなく|ではございません|とはしない|としない)/;

/** The words of a heading cell as compared with the note's subject (見込み量 and 見込量 alike). */
const plainWord = (text: string) =>
  compact(normalizeText(text))
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace('見込み', '見込')
    .replace(/^サービス/, '');

/** The plan words the sheet's notes say are no target. */
function deniedWords(grid: Grid): Set<string> {
  const out = new Set<string>();
  if (!sheetMentions(grid, '目標')) return out;
  for (const { text } of textCells(grid)) {
    if (text.length > 300) continue;
    const t = compact(normalizeText(text));
    const m = SUBJECT.exec(t);
    if (m && NOT_TARGET.test(t)) out.add(plainWord(m[1]));
  }
  return out;
}

/** Turns each plan column whose heading word a note denies is a target into a derived column (read as no target). */
export function plansNotTargets(grid: Grid, columns: Column[]): void {
  const plans = columns.filter((c) => c.role === 'expected' && !c.pair);
  if (!plans.length) return;
  const denied = deniedWords(grid);
  if (!denied.size) return;
  for (const c of plans) {
    const texts = headingTexts(grid, c.cells);
    if (denied.has(plainWord(texts[texts.length - 1] ?? ''))) c.role = 'derived';
  }
}
