/**
 * A unit written with its 単位 label in one cell, as a block's line: 「単位：件」「単位: 人」「単位（件）」
 * 「単位(千円)」「【単位：人】」. The written unit, or null when the cell is no such line (a bare 単位
 * heading, 「単位当たり…」).
 */
const LINE = /^[【[]?単位\s*(?:[:：]\s*([^】\]]+?)|[（(]\s*([^）)]+?)\s*[）)])\s*[】\]]?$/;

export function unitOfLine(text: string): string | null {
  const m = LINE.exec(text.trim());
  const unit = (m?.[1] ?? m?.[2])?.trim();
  return unit ? unit : null;
}
