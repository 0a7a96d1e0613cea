/**
 * Names of one measure written with and without the words that only connect their nouns: 「転入者数」 and 「転入者の数」,
 * 「移住相談件数」 and 「移住に関する相談件数」, 「自主防災組織の活動カバー率」 and 「自主防災組織活動カバー率」. With those words
 * taken out the two read the same; every other word (a qualifier, a place, 延べ, 累計) still tells names apart.
 */
import { normalizeText } from './text';

/**
 * Words that join two nouns and say nothing of their own: の, に関する / に関わる / に係る / にかかる, における / に於ける,
 * についての. Not に対する / による / のうち, which narrow what is counted (「市民に対する相談」 is not every 相談).
 */
const CONNECTING = /に関する|に関わる|に係る|にかかる|における|に於ける|についての|の/g;

/** The name's words with spaces, 中黒 and connecting words taken out, for comparing two names. */
export function withoutConnectingWords(name: string): string {
  return normalizeText(name)
    .replace(/[\s　・]/g, '')
    .replace(CONNECTING, '')
    .toLowerCase();
}

/** Whether two names differ only by connecting words (and are not written the same). */
export function differOnlyByConnectingWords(a: string, b: string): boolean {
  const [x, y] = [withoutConnectingWords(a), withoutConnectingWords(b)];
  return x.length >= 2 && x === y;
}
