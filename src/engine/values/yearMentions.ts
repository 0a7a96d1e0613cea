/** Year mentions in text (令和5年度, R5, 令5, ２０２３年度) moved by whole years, as the roll needs them. */

/** 令和5 / R5 / 令5 (the era abbreviated, never inside a word: 法令5件), or 2023年度. */
const ERA = /(令和|(?<!\p{Script=Han})令|R|Ｒ)([0-9０-９]+|元)(?=年|\s|$|[^0-9０-９])|((?:19|20|１９|２０)[0-9０-９]{2})(?=年度)/gu;
const FULL = '０１２３４５６７８９';

const toHalf = (s: string) => s.replace(/[０-９]/g, (d) => String(FULL.indexOf(d)));
const likeDigits = (n: number, sample: string) => (/[０-９]/.test(sample) ? String(n).replace(/[0-9]/g, (d) => FULL[Number(d)]) : String(n));

/**
 * The text with its year mentions in `window` moved by `delta` years; null when nothing moved.
 * "令和元年度" + 1 → "令和2年度"; "R5" → "R6"; "2023年度" → "2024年度".
 */
export function shiftYears(text: string, delta: number, window: (fy: number) => boolean): string | null {
  let moved = false;
  const out = text.replace(ERA, (whole, era: string | undefined, n: string | undefined, western: string | undefined) => {
    if (western) {
      const fy = Number(toHalf(western));
      if (!window(fy)) return whole;
      moved = true;
      return likeDigits(fy + delta, western);
    }
    const year = n === '元' ? 1 : Number(toHalf(n!));
    const fy = year + 2018;
    if (!window(fy)) return whole;
    moved = true;
    const next = year + delta;
    return `${era}${next === 1 && n === '元' ? '元' : likeDigits(next, n!)}`;
  });
  return moved ? out : null;
}

/** The years a text mentions (令和 / R / 20XX年度). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ERA)) {
    if (m[3]) out.push(Number(toHalf(m[3])));
    else out.push((m[2] === '元' ? 1 : Number(toHalf(m[2]))) + 2018);
  }
  return out;
}
