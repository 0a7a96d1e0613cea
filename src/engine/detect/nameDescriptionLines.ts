/**
 * A name cell of two lines where the first is a whole name and the next describes it, with no 。 to tell (「創業支援相談事業⏎
 * 創業希望者への個別相談を実施」「(6)買物弱者対策事業⏎移動販売車の運行を支援」): the name is the first line, the second its 概要.
 * A clerk tells so when the first line ends as a name ends (…事業, …業務, …対策, …補助金, …数, …率, …割合) and does not itself
 * describe, and the next reads as a description: an object and what is done with it (「…を実施」「…を補助」「…に出展する」),
 * actions on objects joined by と (「…の開催と…の定着支援」), or a purpose (「…のため」). A column holding such cells — at least two, at least half of its cells of several lines — is a
 * column of names over descriptions (`holdsDescriptions`), its other cells too (「首都圏の展示会への共同出展」 under
 * 「販路開拓展示会出展支援事業」), but only where the first line is a whole name and the next line does not go on with it:
 * a name the author broke mid-word (「地域の見守り活動に参加⏎している市民の割合」「子育て支援拠点⏎運営事業」) stays one name, and so
 * does a name over a bracketed qualifier line (「ごみ排出量⏎（1人1日当たり）」).
 */
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { indicatorNumber } from './indicatorNumbers';

/**
 * How a whole name ends: a project's (…事業, …業務, …制度, …対策, a grant: …補助金, …奨励金) or an indicator's (…数, …率, …割合,
 * …量, …額).
 */
const NAME_END = /(?:事業|業務|制度|対策|(?:補助|奨励|助成|交付|給付)金|プロジェクト|計画|運営|推進|支援|講座|教室|[数率量額]|割合|人数|件数|回数)$/;
/** A line that says what is done: an object (…を / …に / …へ) and a verb or a verbal noun ending the line, or a purpose. */
const DOES = /[をにへ][^をにへ。]{0,20}?(?:[一-龥]{2}|する|します|している|した|行う|図る|進める|高める|促す|守る|支える|つなぐ)$|(?:の|する)ため$/;
/**
 * A line listing what is done as actions on objects joined by と / や / 及び (「合同就職説明会の開催と若手人材の定着支援」): each an
 * object, の and a verbal noun. A description, though its last word (支援) may end a name.
 */
const ACTIONS = /の[一-龥]{2,4}(?:と|や|及び|並びに)[^。]*の[一-龥]{2,4}$/;
/** A next line that goes on with the word above: a particle or an inflection first (「…に参加⏎している…」「…数⏎の割合」). */
const GOES_ON = /^(?:の|を|に|へ|が|で|と|や|から|まで|より|する|した|して|され|させ|できる|ている)/;

/** The line without white space, folded (full-width digits and brackets as half-width). */
export const folded = (line: string) => normalizeText(line).replace(/\s+/g, '');

/** Whether a line begins by going on with the word above it (a particle or an inflection first: `GOES_ON`). */
export const goesOnAbove = (line: string) => GOES_ON.test(folded(line));

/** A line ending as a verb ends (「…する」「…のため」): it says what is done, however it begins. */
const VERB_END = /(?:する|します|している|した|行う|図る|進める|ため)$/;

/** Whether a line reads as a whole name: ending as names end, no sentence, no verb. */
export function wholeNameLine(line: string): boolean {
  const t = folded(line);
  return t.length >= 2 && NAME_END.test(t) && !/[。、]/.test(t) && !VERB_END.test(t);
}

/**
 * A grant's name written without its 金 (「病院群輪番制病院運営費補助」「不妊治療費助成」): …補助 / …助成 closing a line with no
 * object before it (「…を補助」「…への補助」 say what is done). A whole name only over a line that describes it (`nameEndsAbove`),
 * so a grant's name broken before its 金 or 事業 (「…補助⏎金」) stays one name.
 */
export function grantNameLine(line: string): boolean {
  const t = folded(line);
  return t.length >= 4 && /(?:補助|助成)$/.test(t) && !/[。、をにへ]/.test(t) && !VERB_END.test(t);
}

/** Whether a line reads as a description of what is done (「創業希望者への個別相談を実施」), never as a name. */
export function descriptionLine(line: string): boolean {
  const t = folded(line);
  return t.length >= 4 && !/[。]$/.test(t) && (DOES.test(t) || ACTIONS.test(t)) && !/(?:事業|業務|数|率|割合|量|額)$/.test(t) && !GOES_ON.test(t);
}

/**
 * The cell's lines with text, a first line holding only the row's compound code (「(1)-①⏎手話通訳者派遣事業⏎…を派遣する」,
 * indicatorNumbers.ts) set aside: it numbers the name under it, as cleanName reads it, and is neither the name nor its 概要.
 */
export function linesOf(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 2 && indicatorNumber(lines[0]) !== null ? lines.slice(1) : lines;
}

/** A cell of two or more lines whose first is a whole name and the next a description of it. */
export function nameOverDescription(text: string): boolean {
  const lines = linesOf(text);
  return lines.length >= 2 && wholeNameLine(lines[0]) && descriptionLine(lines[1]);
}

/** A line that is only a bracketed qualifier of the name above (「（1人1日当たり）」「(市内全域)」): part of the name, no description. */
const QUALIFIER_LINE = /^\((?=[^()]*[^\d()])[^()]+\)$/;

/**
 * A line going on with a grant's name above it, though it reads as a description after: the name's tail (…補助⏎事業による…,
 * …助成⏎制度の利用者に…, …補助⏎金交付…) or a word joining a second grant to it (…補助⏎及び延長保育事業への補助, 並びに, 等, や).
 * Review rv73: such cells were cut after …補助, the name losing its 事業 or its second grant. Review rv76: the tail only as a
 * whole word (事業者, 制度融資, 金融機関, 等級 begin a description), 金 before a particle or 交付/給付/支給.
 */
const GRANT_GOES_ON =
  /^(?:(?:事業|制度)(?![\p{Script=Han}\p{Script=Katakana}])|金(?=[のにをでがはへ、,]|交付|給付|支給|事業|制度|$)|及び|並びに|等(?=[のにをでがはへ、,・]|$)|や)/u;

/**
 * In a column of names over descriptions, whether a cell's name line `first` ends the name above the line `next`: `first`
 * is a whole name and `next` neither goes on with it (a particle first) nor ends as a name itself unless it describes
 * (「市民活動支援⏎事業への参加者数」: one name broken where a word ends; 「…事業⏎…の運行を支援」 a description); a grant's
 * name without its 金 (`grantNameLine`) ends only above a description (「…運営費補助⏎…を担う病院への運営費補助」) not going on
 * with it (`GRANT_GOES_ON`).
 */
export function nameEndsAbove(first: string, next: string): boolean {
  const t = folded(next);
  if (!wholeNameLine(first)) return grantNameLine(first) && descriptionLine(next) && !GRANT_GOES_ON.test(t);
  return !GOES_ON.test(t) && !QUALIFIER_LINE.test(t) && !countedLine(next) && (descriptionLine(next) || !NAME_END.test(t));
}

/**
 * How a project's or a held activity's whole name ends: …事業, …業務, …制度, a grant, or what is held (…講座, …教室, …相談会,
 * …研修会, …大会, …フェア; katakana ones in HELD_END).
 */
const PROJECT_END = /(?:事業|業務|制度|(?:補助|奨励|助成|交付|給付)金|講座|教室|[談演明修議習流]会|大会|フェア)$/;
/** A held activity named in katakana (…セミナー, …スクール, …キャンプ, …イベント, …ツアー). */
const HELD_END = /(?:セミナー|スクール|キャンプ|イベント|ツアー)$/;
/**
 * A line saying who is counted (「延べ参加者」「受講者」「参加者（延べ人数）」「受講者（年間実人数）」): a few characters, no object,
 * ending in 者 / 人数 / 者数, a bracket of how they are counted after it. Under a project's or a held activity's name it is the rest
 * of the indicator's name (「介護予防教室⏎延べ参加者」「市民スポーツイベント⏎参加者（延べ人数）」), never its 概要 (review rv78, rv79:
 * judged by what it says, not by its length).
 */
const COUNTED = /^(?:延べ|実)?[^をにへ]{0,4}(?:者|人数|者数)(?:\([^()]*\))?$/;

/** Whether a line only says who is counted (COUNTED): part of the name above it, no 概要. */
export const countedLine = (line: string) => COUNTED.test(folded(line));

/** Whether a line ends as a project's or a held activity's whole name ends (PROJECT_END, HELD_END), with no sentence in it. */
export function projectNameLine(line: string): boolean {
  const f = folded(line);
  return (PROJECT_END.test(f) || HELD_END.test(f)) && !/[。、]/.test(f);
}

/**
 * A bracketed line saying what the project does (「（地区公民館の主催講座）」「（研修会・地区スポーツ行事）」): six characters or
 * more, with の, ・ or 、 between its words. A short bracket (「（舗装）」「（長寿命化）」) or a mark (再掲, 仮称) qualifies the name.
 */
function outlineBracket(t: string): boolean {
  const m = /^\(([^()]+)\)$/.exec(t);
  return m !== null && m[1].length >= 6 && /[の・、]/.test(m[1]) && !/再掲|仮称|一部|うち/.test(m[1]) && !measuredInBracket(m[1]);
}

/** What a measure ends in (…数, …率, …割合, …量, …額, …人数): the bracket names the quantity measured. */
const MEASURE_END = /(?:[数率量額]|割合|時間|日数)$/;
/** An aim (減少, 削減, 向上…) or a rate's base (当たり, あたり): the bracket says what is measured or which way, no 概要 (review rv51). */
const AIM_OR_BASE = /減少|削減|増加|増大|向上|抑制|低減|縮減|維持|解消|ゼロ|当たり|あたり/;

/**
 * A line ending in an aim on a measured quantity (「家庭系ごみ排出量の削減」「再生利用率の向上」「待機児童数の解消」): what is
 * measured and which way, part of the name above it, never its 概要 to cut off (review rv80: the way was lost with it). An aim on
 * no quantity (「指定工事店の技術向上」) says what the project is for: a 概要 as before.
 */
const AIM_END = /(?:[数率量額]|割合|時間|日数)の?(?:減少|削減|増加|増大|向上|抑制|低減|縮減|維持|解消|ゼロ)$/;

/** Whether a line ends in an aim on a measured quantity (AIM_END): it stays with the name above it. */
export const aimLine = (line: string) => AIM_END.test(folded(line));

/**
 * Whether a bracket under a project's name names the indicator measured or its aim (「（交通事故死傷者数の減少）」
 * 「（1人1日当たりのごみ排出量）」「（参加者の延べ人数）」): part of the name, never its 概要 to drop.
 */
export function measuredInBracket(inner: string): boolean {
  return MEASURE_END.test(inner) || AIM_OR_BASE.test(inner);
}

/**
 * Whether `first` is a project's whole name and `next` the line of its 概要 under it: `next` neither goes on with it (a
 * particle first) nor ends as a name unless it describes, and is no short bracketed qualifier — a bracketed line that
 * says what is done is a 概要 too (「公民館講座開催事業⏎（地区公民館の主催講座）」).
 */
export function projectOverLine(first: string, next: string): boolean {
  const [f, t] = [folded(first), folded(next)];
  if (!(PROJECT_END.test(f) || HELD_END.test(f)) || /[。、]/.test(f) || GOES_ON.test(t) || countedLine(next)) return false;
  return outlineBracket(t) || (!QUALIFIER_LINE.test(t) && (descriptionLine(next) || !NAME_END.test(t)));
}

/**
 * A column whose every cell of several lines (at least three) is a project's whole name over a line of its 概要
 * (`projectOverLine`: 「1-1　新規就農者支援事業⏎市内農産物のPRと生産者・消費者の交流」「多重債務相談会⏎弁護士・司法書士による無料相談会」):
 * a column of projects over their 概要, though some of those lines do not read as descriptions by their words alone.
 */
function projectsOverLines(grid: Grid, col: number): boolean {
  return everyCellOfLines(grid, col, projectOverLine);
}

/** Whether column `col` has at least three cells of several lines, each's first two lines (code line aside) passing `pair`. */
function everyCellOfLines(grid: Grid, col: number, pair: (first: string, next: string) => boolean): boolean {
  let several = 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const v = grid.raw(r, col);
    if (typeof v !== 'string' || !v.includes('\n') || grid.anchor(r, col).row !== r) continue;
    const lines = linesOf(v);
    if (lines.length < 2) continue;
    if (!pair(lines[0], lines[1])) return false;
    several++;
  }
  return several >= 3;
}

/** A line ending as a noun ends (a kanji, a katakana word, a closing bracket): no particle or inflection left hanging. */
const NOUN_END = /[\p{Script=Han}\p{Script=Katakana}ー）)]$/u;
/** A status word tagging the row (新規, 継続, 拡充, 重点, 再掲, 廃止, 完了 …). */
const TAG = '(?:新規|継続|拡充|重点|再掲|廃止|完了|見直し|休止|統合)';
/**
 * A line that only tags the row, one status or several joined by ・ / 、 (「新規」「【重点】」「（新規・拡充）」, review rv79), bracketed
 * or not: no name.
 */
const STATUS_TAG = new RegExp(`^[(（【[〔≪]?${TAG}(?:[・･、,／/]${TAG})*[)）】\\]〕≫]?$`);

/**
 * A line that only tags the row in brackets (「（新規・拡充）」「【重点】」): no part of the name under it. A bare status word (「新規」)
 * may begin a name broken by hand (「新規⏎就農者数」), so only a bracketed tag is set aside.
 */
export const bracketedTagLine = (line: string) => STATUS_TAG.test(folded(line)) && /^[(（【[〔≪]/.test(folded(line));

/**
 * Whether a cell's first line is a name over the line of what is done under it, though the name ends as no word listed
 * here ends (「1-2 入学準備金の入学前支給⏎新入学児童生徒学用品費を入学前（３月）に支給する」「学習支援教室の開催⏎生活困窮世帯の
 * 中学生を対象とした…」): the next line describes (`descriptionLine`) and does not go on with a grant's name (`GRANT_GOES_ON`:
 * 「…補助⏎及び延長保育事業への補助」), the first ends as a noun ends (NOUN_END: no sentence wrapped after a particle) and neither
 * describes nor ends as a verb or a sentence.
 */
export function nameOverDoing(first: string, next: string): boolean {
  const f = folded(first);
  if (!NOUN_END.test(f)) return false; // 「子どもの学びを⏎支える環境を整備する」「…活躍できる⏎場づくりを推進する」: one sentence wrapped
  if (STATUS_TAG.test(f)) return false; // 「新規⏎空き家の改修費を補助」: a tag over the project's 概要, no name (review rv78)
  return f.length >= 2 && !/[。、]/.test(f) && !VERB_END.test(f) && !descriptionLine(first) && descriptionLine(next) && !GRANT_GOES_ON.test(folded(next));
}

/**
 * A column whose every cell of several lines (at least three) is a name over a line of what is done (`nameOverDoing`):
 * a column of names over their 概要, though some names end as no listed word ends (set 183: …の入学前支給, …教室の開催).
 */
function namesOverDoing(grid: Grid, col: number): boolean {
  return everyCellOfLines(grid, col, nameOverDoing);
}

/** Per grid, per column: whether the column holds names over descriptions (read once per column). */
const DESCRIBED = new WeakMap<Grid, Map<number, boolean>>();

/** Whether column `col`'s cells of several lines are mostly a whole name over a description (at least two, at least half). */
export function holdsDescriptions(grid: Grid, col: number): boolean {
  let byCol = DESCRIBED.get(grid);
  if (!byCol) DESCRIBED.set(grid, (byCol = new Map()));
  let known = byCol.get(col);
  if (known === undefined) {
    let [several, described] = [0, 0];
    for (let r = grid.top; r <= grid.bottom; r++) {
      const v = grid.raw(r, col);
      if (typeof v !== 'string' || !v.includes('\n') || grid.anchor(r, col).row !== r) continue;
      several++;
      if (nameOverDescription(v)) described++;
    }
    known = (described >= 2 && described * 2 >= several) || projectsOverLines(grid, col) || namesOverDoing(grid, col);
    byCol.set(col, known);
  }
  return known;
}
