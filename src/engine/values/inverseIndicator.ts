/**
 * 逆指標: the clerk's term for an indicator where lower is better (its 達成率 目標÷実績), written in a 備考 (「逆指標（目標÷実績）」),
 * in a kind column (指標の種類 「逆指標」), or as the one character 「逆」 in a 区分 / 種別 column. Pure: reads text.
 */
import { compact, normalizeText } from './text';

/** The term, not denied right after it (「逆指標ではない」「逆指標でない」). */
const TERM = /逆指標(?!\s*(?:では|で)(?:ない|なく|ありません))/;

/** Whether a text calls the indicator a 逆指標 (lower is better). */
export function callsInverse(text: string): boolean {
  return !!text && text.includes('逆') && TERM.test(normalizeText(text));
}

/** Whether a cell holds the inverse mark alone: 「逆」 or 「逆指標」, an aside in brackets after it allowed (「逆（目標÷実績）」). */
export function isInverseMark(text: string): boolean {
  return /^逆(?:指標)?(?:[(（][^()（）]*[)）])?$/.test(compact(text));
}
