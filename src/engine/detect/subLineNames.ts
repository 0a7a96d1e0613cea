/**
 * Sub-lines of one name: a name merged over sub-rows gives 「不登校児童生徒の割合（小学校）」 and 「…（中学校）」
 * (subRowQualifiers.ts). A remark naming 「不登校児童生徒の割合」 whole names each of them, though they share one place in it:
 * the words are all of each one's name but its qualifier, so it speaks of the indicator and all its lines.
 */
import { remarkText } from './remarkNumbers';

/** A name's closing bracket: the qualifier of a sub-line (「（小学校）」), or any bracket the name ends with. */
const QUALIFIER = /[（(][^）)]*[）)]$/;

/** The name without its closing qualifier, in the form remarks are compared in. */
export function withoutQualifier(name: string): string {
  return remarkText(name).replace(QUALIFIER, '');
}

/**
 * Whether the words `named` name every one of `names` whole: each is those words and a qualifier in brackets after them,
 * and no two are the same name (two lines of one indicator, never one name written twice).
 */
export function namesEverySubLine(named: string, names: string[]): boolean {
  if (names.length < 2 || new Set(names.map((n) => remarkText(n))).size !== names.length) return false;
  return names.every((n) => QUALIFIER.test(remarkText(n)) && withoutQualifier(n) === named);
}
