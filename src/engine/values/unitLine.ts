import { memo } from './text';

/**
 * A unit written with its 単位 label in one cell, as a block's line: 「単位：件」「単位: 人」「単位（件）」
 * 「単位(千円)」「【単位：人】」, or the whole line in round brackets 「（単位：人）」. The written unit, or null when the cell is no such line (a bare 単位
 * heading, 「単位当たり…」). A note after the unit, marked ※ or 注 (「単位：分　※数値が低いほど良い指標」), is no
 * part of the unit: `unitLine` gives it apart.
 */
const LINE = /^[【[]?単位\s*(?:[:：]\s*([^】\]]+?)|[（(]\s*([^）)]+?)\s*[）)])\s*[】\]]?$/;

/** Where a note starts after the unit: ※, or 注 followed by a separator or a number. */
const NOTE = /\s*(?:※|[(（]?注[\d１-９:：)）\s]).*$/;

/** A whole line in round brackets, 「（単位：人）」「(単位:件)」: the line inside them (a ※ note may follow the bracket). */
const BRACKETED = /^[（(]\s*(単位[\s\S]*?)\s*[）)](?:\s*(※.*))?$/;

/**
 * A unit line's unit and its note (the words from ※ on), or null when the cell is no unit line. Read once per text (a
 * policy block asks it of every cell of its lines); the result is shared, never to be changed by the caller.
 */
export function unitLine(text: string): Readonly<{ unit: string; note?: string }> | null {
  return unitLineMemo(text);
}

const unitLineMemo = memo((text: string): { unit: string; note?: string } | null => {
  const t = text.trim();
  const bracketed = BRACKETED.exec(t);
  const inner = bracketed?.[1];
  const m = (inner !== undefined && LINE.exec(inner)) || LINE.exec(t);
  // 「（単位：件）　※減少を目指す指標」: the note after the bracket is the line's note.
  const after = m && inner !== undefined && m.input === inner ? bracketed?.[2] : undefined;
  const written = (m?.[1] ?? m?.[2])?.trim().concat(after ? ` ${after}` : '');
  if (!written) return null;
  const note = NOTE.exec(written);
  const unit = note ? written.slice(0, note.index).trim() : written;
  if (!unit) return null;
  return note ? { unit, note: note[0].trim() } : { unit };
});

/**
 * A unit line's words that point to where the units are written instead of naming one (「単位：各欄記載」「単位：各欄に記載」
 * 「単位：指標ごとに記載」「単位：別記」): no unit.
 */
export function pointsToUnits(unit: string): boolean {
  return /^(?:各(?:欄|行|項目|指標|表)|欄ごと|行ごと|項目ごと|指標ごと|個別|別記|別途)(?:に|で|を)?(?:記載|記入|表示|参照|のとおり|による)?$/.test(
    unit.normalize('NFKC').replace(/\s+/g, ''),
  );
}

export function unitOfLine(text: string): string | null {
  return unitLine(text)?.unit ?? null;
}
