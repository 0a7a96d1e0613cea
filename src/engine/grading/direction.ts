/**
 * Which way an indicator should go (評価設定, the sheet's direction cell, the words of its name),
 * and its 今後の方向性 word; with the findings when the sources disagree.
 */
import type { RawIndicator } from '../detect';
import { finding } from '../model/findings';
import type { Finding } from '../model/report';
import { directionFromWords, type Direction } from '../values/labels';
import { lowerIsBetterSubject } from '../values/lowerIsBetter';
import { targetBound } from '../values/targetBound';
import { targetChangeFor } from '../values/targetChange';
import { targetWayWord } from '../values/targetWayWord';
import { compact, oneLine } from '../values/text';
import type { Rules } from './rules';

/**
 * Where an indicator's direction was read: 評価設定, a direction cell, its words, its target written as a
 * bound, what it counts (「交通事故発生件数」, values/lowerIsBetter.ts), or nothing (up).
 */
export type DirectionSource = 'settings' | 'stated' | 'words' | 'target-bound' | 'subject' | 'default';

/**
 * The way the indicator's targets point by the bound written in them (「1,500万円以下」 down, 「80%以上」 up), the
 * change noted beside their figure (「312,100（基準値から10％縮減）」 down) or a way written instead of a figure (「減少」),
 * with the target cell that says it; null when none writes a bound or two disagree.
 */
export function targetBoundOf(ind: RawIndicator): { value: 'up' | 'down'; cell: string; text: string } | null {
  let out: { value: 'up' | 'down'; cell: string; text: string } | null = null;
  for (const t of ind.targets) {
    // A bound (「1,500万円以下」) or, failing one, the change a bracketed note writes (「312,100（基準値から10％縮減）」: values/targetChange.ts; one that yields to the name says none),
    // or a way alone in the cell, no figure (「減少」「増加」: values/targetWayWord.ts).
    const b = typeof t.raw === 'string' ? (targetBound(t.raw) ?? targetChangeFor(t.raw, ind.name) ?? targetWayWord(t.raw, ind.name)) : null;
    if (!b) continue;
    if (out && out.value !== b.way) return null;
    out ??= { value: b.way, cell: t.cell, text: b.word };
  }
  return out;
}

/** The cell whose words say lower is better: the name's, the description's or the 備考's (null: a remark elsewhere or a comment said it). */
function wordsCell(ind: RawIndicator): string | null {
  const said = (text: string | undefined, cell: string | undefined) => (cell && text && directionFromWords(text) ? cell : null);
  return said(ind.name, ind.nameCell) ?? said(ind.description, ind.descriptionCell) ?? said(ind.note, ind.noteCell);
}

/**
 * The direction and where it was read: 評価設定 first, then the direction cell, then the words, then a
 * target's bound, then what the indicator counts when nobody wants more of it; `up` when nothing says.
 */
export function directionWithSource(ind: RawIndicator, rules: Rules): { value: Direction; source: DirectionSource; cell: string | null } {
  const fromSettings = rules.directions[ind.name];
  if (fromSettings) return { value: fromSettings, source: 'settings', cell: null };
  const stated = ind.statedDirection;
  if (stated && stated.value !== 'maintain') return { value: stated.value, source: 'stated', cell: stated.cell };
  const unstated = unstatedDirection(ind);
  // A 維持 (→) written in the sheet keeps the level: in ratio grading (the default rules) it is more is better, or less is better
  // when the indicator's words, bound or subject say so (「0人を維持」 of 待機児童数). The 進捗率 method cannot measure progress
  // to a kept level, so there it stays 維持 (judged within the tolerance); a two-sided 維持 band is the city's choice, in 評価設定.
  if (stated && rules.method !== 'progress') return { value: unstated.value === 'down' ? 'down' : 'up', source: 'stated', cell: stated.cell };
  if (stated) return { value: stated.value, source: 'stated', cell: stated.cell };
  return unstated;
}

/** The direction from the indicator's words, a target's bound or what it counts, when no cell states one (`up` when nothing says). */
export function unstatedDirection(ind: RawIndicator): { value: Direction; source: DirectionSource; cell: string | null } {
  if (directionFromWords(ind.wordsForDirection)) return { value: 'down', source: 'words', cell: wordsCell(ind) };
  const bound = targetBoundOf(ind);
  if (bound) return { value: bound.value, source: 'target-bound', cell: bound.cell };
  if (lowerIsBetterSubject(ind.name)) return { value: 'down', source: 'subject', cell: ind.nameCell };
  const label = figuresLabel(ind);
  if (label && directionFromWords(label.text)) return { value: 'down', source: 'words', cell: label.cell };
  if (label && lowerIsBetterSubject(label.text)) return { value: 'down', source: 'subject', cell: label.cell };
  return { value: 'up', source: 'default', cell: null };
}

/**
 * The words written with the indicator's own figures (「待機児童数 5人」 in a row whose name column holds a project's
 * name): what those figures count, so the indicator's measure; one label, the same in every labelled figure, else none.
 */
export function figuresLabel(ind: RawIndicator): { text: string; cell: string } | null {
  let out: { text: string; cell: string } | null = null;
  for (const p of [...ind.targets, ...ind.actuals]) {
    const text = p.parsed.label?.trim();
    if (!text) continue;
    if (out && compact(out.text) !== compact(text)) return null;
    out ??= { text, cell: p.cell };
  }
  return out;
}

/** 評価設定 first, then the direction cell, then the words, then a target's bound (「以下」 down); `up` when nothing says. */
export function directionOf(ind: RawIndicator, rules: Rules, add: (f: Finding) => void): Direction {
  return directionAndSource(ind, rules, add).value;
}

/** directionOf with where the direction was read (directionWithSource), read once; a conflict between the sources goes to `add`. */
export function directionAndSource(ind: RawIndicator, rules: Rules, add: (f: Finding) => void): ReturnType<typeof directionWithSource> {
  const fromSettings = rules.directions[ind.name];
  const stated = ind.statedDirection;
  // The words matter here only against a stated direction: most indicators state none.
  const words = stated ? directionFromWords(ind.wordsForDirection) : null;
  if (fromSettings && stated && fromSettings !== stated.value)
    add(
      finding(
        'direction-conflict',
        { sheet: ind.sheet, cell: stated.cell, indicator: ind.name },
        { variant: 'settings', settings: fromSettings, cell: stated.cell, written: stated.text },
      ),
    );
  else if (stated && words && stated.value !== words && stated.value !== 'maintain')
    add(finding('direction-conflict', { sheet: ind.sheet, cell: stated.cell, indicator: ind.name }, { variant: 'words', written: stated.text }));
  return directionWithSource(ind, rules);
}

function extractFutureDirection(text: string, allowed: string[]): { value: string | null; shown: string } | null {
  let t = text;
  const marker = /【?今後の方向性】?[:：]?/.exec(t);
  if (marker) {
    t = t.slice(marker.index + marker[0].length);
    const next = t.indexOf('【');
    if (next >= 0) t = t.slice(0, next);
  } else if (oneLine(t).length > 20) return null;
  const shown = oneLine(t).replace(/^[・\s]+/, '');
  if (!shown) return null;
  const exact = allowed.find((w) => shown === w);
  if (exact) return { value: exact, shown };
  const hits = allowed.filter((w) => shown.includes(w));
  return { value: hits.length === 1 ? hits[0] : null, shown };
}

/** The 今後の方向性 word (or the text as written when it is none of the allowed words). */
export function futureDirectionOf(ind: RawIndicator, rules: Rules, add: (f: Finding) => void): string | null {
  if (!ind.futureDirection) return null;
  const fd = extractFutureDirection(ind.futureDirection.text, rules.futureDirections);
  if (!fd) return null;
  if (!fd.value)
    add(
      finding(
        'direction-keyword-invalid',
        { sheet: ind.sheet, cell: ind.futureDirection.cell, indicator: ind.name },
        { cell: ind.futureDirection.cell, written: fd.shown, allowed: rules.futureDirections },
      ),
    );
  return fd.value ?? fd.shown;
}
