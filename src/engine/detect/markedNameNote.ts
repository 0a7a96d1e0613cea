/**
 * A footnote giving a mark written on names a meaning about direction: 「※指標名に★を付したものは、値が小さいほど良い指標」,
 * 「☆印の指標は減少を目指す」. It speaks of the indicators whose name cell, as written, starts or ends with that mark (the
 * mark itself is decoration, taken off the name: cleanName), and of no other; a note naming no mark, or a mark no name
 * carries, says nothing of any indicator (directionNotes.ts reads the rest of the sheet's remarks).
 */
import { parseA1 } from '../model/address';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** Marks put on names (after NFKC: ＊ is *, ＃ is #); never ※, the footnote's own mark. */
const MARK = '[★☆*◎●○◆◇■□▲△▼▽♦#†‡]';

/** The mark, then words saying it is put on names or what it stands for: を付した / 印の / のついた / は / ＝. */
const MARK_SAYS = new RegExp(`(${MARK})\\s*(?:印|マーク)?\\s*(?:を付(?:し|け)|を記し|の付い|のつい|が付い|がつい|を付与し|のある|の指標|は|:|=)`);

/** The mark a remark gives a meaning, or null. */
export function noteMark(remark: string): string | null {
  return MARK_SAYS.exec(normalizeText(remark))?.[1] ?? null;
}

/** The indicators whose name cell carries the mark the remark speaks of, at its start or end. */
export function markedNames(remark: string, indicators: RawIndicator[], grid: Grid): RawIndicator[] {
  const mark = noteMark(remark);
  if (!mark) return [];
  return indicators.filter((ind) => {
    const at = parseA1(ind.nameCell);
    const name = at ? normalizeText(grid.text(at.row, at.col)).trim() : '';
    return name.length > 1 && (name.startsWith(mark) || name.endsWith(mark));
  });
}
