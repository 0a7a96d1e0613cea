/**
 * A label marked as a reference figure: 参考 in brackets before its words (「（参考）令和５年度実績」「【参考】前年度実績」)
 * or as its lead (「参考：R5実績」「参考値」). Such a line shows a figure to compare with, never the period evaluated
 * or the indicator's actual or target of that period: no form line, block series or table column (header.ts) of one.
 */
import { compact, normalizeText } from '../values/text';

const REFERENCE_LEAD = /^[■□●○◆◇▼▽・※\s]*(?:[【［[〔(（<＜]参考[】］\]〕)）>＞]|参考(?:値|[:：]))/;

export function isReferenceLabel(text: string): boolean {
  return text.includes('参考') && REFERENCE_LEAD.test(compact(normalizeText(text)));
}
