/**
 * A new indicator of no figures yet, named by its cleaned name cell (names.ts cleanName): what every reader starts a row with. An
 * arrow drawn after the name (「公共施設の延床面積 ↓」「待ち時間（↓）」) is its stated direction, the name cell its source. With the
 * cell's text as written (`raw`), a ※ line under the name stating an aim (「※減少を目指す指標」) joins the words for its direction
 * (nameAimLines.ts).
 */
import type { CleanName } from './names';
import { nameAimLines } from './nameAimLines';
import type { LayoutKind, RawIndicator } from './types';

export function namedIndicator(sheet: string, layout: LayoutKind, clean: CleanName, row: number, nameCell: string, raw?: string): RawIndicator {
  const ind: RawIndicator = {
    sheet,
    layout,
    row,
    id: clean.id ?? null,
    name: clean.name,
    nameCell,
    cumulative: clean.cumulative,
    repeated: clean.repeated,
    wordsForDirection: [clean.name, clean.note ?? '', ...(raw ? [nameAimLines(raw, clean.name)] : [])].join(' '),
    actuals: [],
    targets: [],
    baselines: [],
  };
  if (clean.unit) ind.unit = clean.unit;
  if (clean.direction) ind.statedDirection = { ...clean.direction, cell: nameCell };
  return ind;
}
