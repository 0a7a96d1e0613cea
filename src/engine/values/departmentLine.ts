/**
 * A department written with its label in one cell, 「担当課：福祉総務課」「所管部局: 保健福祉部」: who is in charge, a line of
 * the sheet's header, never a heading or a title of a table (a title line 「施策3-1 地域福祉の推進 | 担当課：福祉総務課」
 * is headed by the policy alone).
 */
import { classifyMeta } from './metaLabels';

/** 「label：value」 with a short label and a value. */
const LINE = /^\s*([^：:\s]{1,8})\s*[：:]\s*\S/;

export function isDepartmentLine(text: string): boolean {
  const m = text.length <= 40 ? LINE.exec(text) : null;
  return !!m && classifyMeta(m[1]) === 'department';
}
