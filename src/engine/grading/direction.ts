/**
 * Which way an indicator should go (評価設定, the sheet's direction cell, the words of its name),
 * and its 今後の方向性 word; with the findings when the sources disagree.
 */
import type { RawIndicator } from '../detect';
import { finding } from '../model/findings';
import type { Finding } from '../model/report';
import { directionFromWords, type Direction } from '../values/labels';
import { oneLine } from '../values/text';
import type { Rules } from './rules';

/** 評価設定 first, then the direction cell, then the words; `up` when nothing says. */
export function directionOf(ind: RawIndicator, rules: Rules, add: (f: Finding) => void): Direction {
  const fromSettings = rules.directions[ind.name];
  const stated = ind.statedDirection;
  const words = directionFromWords(ind.wordsForDirection);
  if (fromSettings && stated && fromSettings !== stated.value)
    add(
      finding(
        'direction-conflict',
        { sheet: ind.sheet, cell: stated.cell, indicator: ind.name },
        { variant: 'settings', settings: fromSettings, cell: stated.cell, written: stated.text },
      ),
    );
  else if (stated && words && stated.value !== words)
    add(finding('direction-conflict', { sheet: ind.sheet, cell: stated.cell, indicator: ind.name }, { variant: 'words', written: stated.text }));
  return fromSettings ?? stated?.value ?? words ?? 'up';
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
