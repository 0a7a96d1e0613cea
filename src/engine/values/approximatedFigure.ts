/**
 * Which figure a 約 (およそ, 概ね, ほぼ) in a remark qualifies: the number it stands before, nothing else. A 備考 beside an actual
 * that writes 「7月の豪雨により約1か月休業」 says the closure lasted about a month; the actual beside it (8,930人) is exact. So
 * such a mark speaks of the actual only when its number is the actual's figure as the remark rounds it (「約8,900人」「約9千人」
 * of 8,930; the figure in 千 / 万 / ％ scales too, 「約43万人」 of 436 千人): within one unit of the number's last written digit.
 * A remark whose every mark stands before another figure (a length, a count of days, a change 「前年度比約10％増」) and that
 * writes no other qualifier word (概数, 概算) leaves the actual as read. A figure the mark's number may be is kept approximate.
 * Only a mark before a length of time, a share in 割 or a change (「約1か月」「約2週間」「約4割」「約10％増」「約150,000枚増」) is set aside: a number of the
 * figure's own kind (「約8,500人」, 「約12億円」 of 12.3 億円, 「1日平均約30人」) may be the figure or what it is made of; and a
 * remark saying the figure is made up in part (推計, 推定, 補完, 算出, 集計中) keeps it qualified whatever its marks.
 */
import { BEFORE_NUMBER, qualifierOf } from './qualifiers';
import { normalizeText } from './text';

/** Every mark before a number, anywhere in the text (the same test as qualifiers.ts's, repeated). */
const MARKED = new RegExp(BEFORE_NUMBER.source, 'g');
/** The number a mark stands before, from its first digit: digits (with commas), decimals, a 千 / 万 / 億 scale after it. */
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([千万億])?/;
const SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8 };
/**
 * What follows a number that is a length of time, a share or a change, never the figure (「1か月休業」「2週間」「4割」「10％増」).
 * 「約150,000枚増」「約3t減少」: the number then its unit (up to three letters, no particle: 「約9,000人に増加」 says what the
 * figure rose to) then 増 / 減 is a difference, not the figure. Review rv74: only 増 / 減 as a change — 増加 / 減少, 増え / 減ら, or
 * the word alone before punctuation, a particle or the end (「約300人増の」); never joined to another kanji or katakana, which
 * makes a noun of what was added, cut or exempted (増設, 増築, 減免, 減額, 減塩: 「うち約150件減額申請」 may be what the figure is made of).
 */
const OTHER_KIND =
  /^\s*(?:[かヵヶケカ箇個]月(?!分)|週間|日間|時間|年間|割|[％%](?:の)?(?:増|減|上昇|低下|伸び)|[^\d\s、。,.・（）()「」にへとがはをでまも]{1,3}?の?(?:[増減](?:[加少]|(?![\p{Script=Han}\p{Script=Katakana}ー]))|上昇|低下))/u;
/** Words saying the figure is made up in part or not final (推計した, 推定値, 前年同期で補完, 平均から算出, 一部集計中). */
const MADE_UP = /推計|推定|補完|算出|換算|按分|試算|見込|集計中|未集計|概算|概数/;

/** The scales a remark may write the figure in: as read, in 百分率 (0.85 → 85％), in 千 or 万 of the figure's unit. */
const FIGURE_SCALES = [1, 100, 1e3, 1e4];

interface Marked {
  /** Where the mark starts and the number ends in the normalised text. */
  start: number;
  end: number;
  value: number;
  /** One unit of the number's last written digit (約8,900 → 100, 約9千 → 1,000, 約1.5 → 0.1). */
  place: number;
}

function markedNumbers(text: string): Marked[] {
  const out: Marked[] = [];
  for (const m of text.matchAll(MARKED)) {
    const from = (m.index ?? 0) + m[0].length - 1;
    const n = NUMBER.exec(text.slice(from));
    if (!n) continue;
    const digits = n[1].replace(/,/g, '');
    const scale = n[3] ? SCALE[n[3]] : 1;
    const place = (n[2] ? 10 ** -n[2].length : 10 ** (/0*$/.exec(digits)?.[0].length ?? 0)) * scale;
    out.push({ start: m.index ?? 0, end: from + n[0].length, value: Number(`${digits}.${n[2] ?? '0'}`) * scale, place });
  }
  return out;
}

/** Whether a marked number may be the figure, rounded as the remark writes it. */
function mayBeFigure(m: Marked, figure: number): boolean {
  const f = Math.abs(figure);
  return FIGURE_SCALES.some((s) => Math.abs(f * s - m.value) <= m.place * (1 + 1e-9));
}

/**
 * Whether a remark the reader would read as approximate (qualifierOf) is so only by marks standing before other figures than
 * `figure`: then it says nothing of the figure. False when any mark's number may be the figure, when a mark's number cannot
 * be read, or when the text without its marked numbers still qualifies (概数, 約 before an unread number).
 */
export function approximatesOnlyOthers(remark: string, figure: number): boolean {
  const text = normalizeText(remark);
  const marked = markedNumbers(text);
  if (marked.length === 0 || MADE_UP.test(text) || marked.some((m) => mayBeFigure(m, figure) || !OTHER_KIND.test(text.slice(m.end)))) return false;
  let rest = text;
  for (const m of [...marked].reverse()) rest = `${rest.slice(0, m.start)}　${rest.slice(m.end)}`;
  return qualifierOf(rest, [], []) === undefined;
}
