/**
 * A figures sheet keyed by codes alone (指標ID | 実績値 | 備考, no name column, the names on the list's sheet): each row's only
 * words are its code, read as its name too, so it has no name of its own to agree or disagree with the list's. Its rows are
 * joined to the list by code only when their codes are the list's coded rows one to one, every row of the list found and no
 * other: a part of a list, or codes the list does not bear, join nothing, the rows then read as they stand.
 */
import { compact } from '../values/text';
import type { RawIndicator } from './types';

/** True when the row's name is its code alone (no name column: the code cell named the row). */
export function namedByCodeAlone(ind: RawIndicator): boolean {
  return !!ind.id && compact(ind.id) === compact(ind.name);
}

/** True when the figures' codes and the list's codes are the same set, each once on either side. */
export function codesMatchOneToOne(figureCodes: string[], listCodes: string[]): boolean {
  const [a, b] = [new Set(figureCodes), new Set(listCodes)];
  return a.size === figureCodes.length && b.size === listCodes.length && a.size === b.size && [...a].every((c) => b.has(c));
}
