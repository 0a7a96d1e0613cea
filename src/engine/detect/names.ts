/**
 * Indicator names as they stand in cells: "1-1-1 女性にやさしい…\n【概要】…",
 * "従業員1人当たりの粗付加価値額（万円）", "新製品・新技術開発の件数（件）※合併後累計",
 * "ふるさと北上応援寄附\n額" (wrapped by hand).
 */
import { classifyLabel } from '../values/labels';
import { parsePeriodCell } from '../values/periods';
import { isNoUnitMark, unitFromName, writtenUnit } from '../values/units';
import { directionFromText, directionMark } from '../values/directionWords';
import { remarkAims } from '../values/remarkAims';
import type { Direction } from '../values/labels';
import { memo } from '../values/text';
import { parseValue } from '../values/values';
import { indicatorNumber, isCompoundCode, leadingNumber } from './indicatorNumbers';
import { leadingLetterCode } from './letterCode';
import { isFormPrompt } from '../values/formPrompt';
import { nameWayLine } from './nameWayLine';
import { bracketedTagLine } from './nameDescriptionLines';
import { namesWhereOrHow } from './whereHowBracket';
import { splitNameNote } from './leadingNameMark';

export interface CleanName {
  name: string;
  id?: string;
  unit?: string;
  cumulative: boolean;
  repeated: boolean;
  note?: string;
  /** A way drawn after the name (「待ち時間（↓）」「待ち時間↓」): taken out of the name, the indicator's stated direction. */
  direction?: { value: Direction; text: string };
  /** The former name in brackets after a renamed indicator's name (「（旧：…）」), taken off the name (the model has no field for it). */
  formerName?: string;
}

/** The arrows a clerk draws for a way (directionWords.ts reads which). */
const ARROW = /[↑⇧⬆↗➚➶⤴⇑↓⇩⬇↘➘➴⤵⇓→⇨➡⇒]/;
/** A short bracketed mark or bare arrows at the end of a name. */
const DRAWN_WAY = new RegExp(`[\\s　]*(?:[（(][^（()）]{1,6}[)）]|${ARROW.source}+)[\\s　]*$`);
const STOP_LINE = /^[\s　]*(【|※|・|○|◇|◆|■|□|●|＜|<|概要|\(概要|（概要)/;
/**
 * A later line wholly in brackets that lists what is done (「（創業塾の開催・創業者への家賃補助）」): the project's 概要, not its
 * name. A short qualifier on its own line (「（人口10万人当たり）」「（小学校・中学校）」) lists nothing that long and stays.
 */
const OUTLINE_LINE = /^[\s　]*[（(](?=[^（()）]{8,}[)）][\s　]*$)[^（()）]*[・、，,][^（()）]*[)）][\s　]*$/;
const LEADING_ID =
  /^[\s　]*((?:No\.?|№)?\s*[0-9０-９]+(?:[-－‐.．][0-9０-９]+)+|(?:No\.?|№)\s*[0-9０-９]+|[0-9０-９]{1,3}(?=[\s　.．、)）:：])|[(（][0-9０-９]{1,3}[)）]|[①-⑳]|(?:成果|活動|数値|目標|評価|重点|主要|管理)?指標(?:[0-9０-９]{1,3}(?=[\s　.．、:：])|[①-⑳]))[\s　.．、)）:：]*/;

/**
 * A bullet before a name (「■ 特定健康診査受診率」「・相談件数」「◆ 参加者数」): decoration, never part of the name. One mark,
 * not doubled (「○○地区」 is a name as written); a triangle only before words, since 「△5」 is a negative figure.
 */
const LEADING_BULLET = /^[\s　]*(?:([■□◆◇●○◎◉・•▪▫◼◻◾◽★☆►▶▷])(?!\1)|[▲△▼▽](?![\d０-９.,]|[▲△▼▽]))[\s　]*/;

/** A bracketed 再掲 mark ending a name, brackets one deep inside it allowed (「（施策1(1)の再掲）」「（再掲：1-(2)）」). */
const REPEAT_MARK = /[\s　]*[（(](?:[^（()）]|[（(][^（()）]*[)）])*再掲(?:[^（()）]|[（(][^（()）]*[)）])*[)）][\s　]*$/;

/**
 * A 再掲 mark in lenticular brackets before or after a name (「【再掲】観光入込客数」「参加者数【再掲：施策14】」): a mark, not
 * part of the name.
 */
const LENTICULAR_REPEAT = /^[\s　]*【[^【】]*再掲[^【】]*】[\s　]*|[\s　]*【[^【】]*再掲[^【】]*】[\s　]*$/g;

/**
 * The former name left in brackets after a renamed indicator's name (「治療成功率（旧：治療完了率）」「…（旧名称：…）」「…（旧指標名「…」）」):
 * the old name, never part of the name. Only 旧 with a label word and a colon or a quote: 「（旧町村部）」「（旧第2ポンプ場跡地）」 name
 * a place and stay. Brackets one deep inside the old name are allowed (「（旧：麻しん・風しん（MR）接種率）」).
 */
const FORMER_INNER = /^[\s　]*旧(?:名称|称|名|指標名?|指標の名称)?[\s　]*(?:[:：][\s　]*(.+?)|[「『](.+?)[」』])[\s　]*$/;
const FORMER_NAME = /[\s　]*[（(]((?:[^（()）]|[（(][^（()）]*[)）])*)[)）][\s　]*$/;

/** The name without a former name's bracket at its end, and that former name (see FORMER_INNER). */
function withoutFormerName(name: string): { name: string; former?: string } {
  const m = FORMER_NAME.exec(name);
  const inner = m ? FORMER_INNER.exec(m[1]) : null;
  const former = inner ? (inner[1] ?? inner[2]).trim() : '';
  return former && m!.index > 0 ? { name: name.slice(0, m!.index), former } : { name };
}

/** The name, id, unit and notes of a name cell, read once per text (names recur in every copy of a form); a copy, the caller's to change. */
export function cleanName(raw: string): CleanName {
  return { ...cleanNameMemo(raw) };
}

/**
 * A name cell's lines up to the first that ends the name (a stop word, an outline, a way): the kept lines, the rest, and the way
 * such a line states (「外来種の確認地点数（箇所）⏎↓減少を目指す」: the direction, never the name; nameWayLine.ts).
 */
function nameLines(raw: string): { kept: string[]; rest: string; lineWay: ReturnType<typeof nameWayLine> } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lineWay = i > 0 ? nameWayLine(lines[i]) : null;
    if (i > 0 && (STOP_LINE.test(lines[i]) || OUTLINE_LINE.test(lines[i]) || lineWay)) return { kept, rest: lines.slice(i).join('\n'), lineWay };
    kept.push(lines[i].trim());
  }
  return { kept, rest: '', lineWay: null };
}

const cleanNameMemo = memo((raw: string): CleanName => {
  const { kept, rest, lineWay } = nameLines(raw);
  // 「1-(1)⏎空き家バンク運営事業」: a first line holding only the row's compound code numbers the name under it, never begins it.
  const codeLine = kept.length > 1 && kept.slice(1).some(Boolean) ? indicatorNumber(kept[0]) : null;
  if (codeLine !== null) kept.shift();
  // 「（新規・拡充）⏎空き家の改修費を補助」: a bracketed line of status tags over the name tags the row, no part of the name (review rv79).
  if (kept.length > 1 && bracketedTagLine(kept[0]) && kept.slice(1).some(Boolean)) kept.shift();
  let name = '';
  for (const part of kept) {
    if (!part) continue;
    const joinWithSpace = /[A-Za-z0-9]$/.test(name) && /^[A-Za-z0-9]/.test(part);
    name += (name && joinWithSpace ? ' ' : '') + part;
  }
  const repeated = /再掲/.test(raw);
  if (repeated) name = withoutLenticularRepeat(name);
  const bullet = LEADING_BULLET.exec(name);
  if (bullet && bullet[0].length < name.length) name = name.slice(bullet[0].length);
  let id: string | undefined = codeLine ?? undefined;
  // A bracketed code or a compound number in front (「【1-1】」「①-1」) numbers the row (indicatorNumbers.ts leadingNumber).
  // So does a system's letter code (「D01 …」, letterCode.ts).
  const code = leadingNumber(name) ?? leadingLetterCode(name);
  const m = code ? null : LEADING_ID.exec(name);
  if (code) [id, name] = [code.id, name.slice(code.length)];
  else if (m && m[0].length < name.length) {
    id = idOfLabel(m[1]);
    name = name.slice(m[0].length);
  }
  // 「…※合併後累計」: the note after the ※; a bare ※ before the name marks the row (leadingNameMark.ts).
  let note: string | undefined;
  ({ name, note } = splitNameNote(name));
  let unit: string | undefined;
  let cumulative = /累計/.test(raw);
  // Trailing parentheses: a unit, or a marker such as （再掲）（新規）. A （累計） is part of the name as
  // written (「参加者数（累計）」 counts something else than 「参加者数」): kept, and marks the indicator cumulative.
  let cumulativeMark = '';
  // A 再掲 mark naming where the indicator is listed (「（施策1(1)の再掲）」) holds brackets of its own: taken off whole.
  if (repeated) name = withoutLenticularRepeat(name).replace(REPEAT_MARK, '');
  let drawn = drawnWay(name);
  if (drawn) name = name.slice(0, drawn.at);
  let formerName: string | undefined;
  for (let guard = 0; guard < 4; guard++) {
    // 「（旧：…）」 after the name, before or after its unit's bracket: the former name, off the name (withoutFormerName).
    const former = formerName ? null : withoutFormerName(name);
    if (former?.former) [name, formerName] = [former.name, former.former];
    if (former?.former) continue;
    const t = /[（(]([^（()）]*)[)）][\s　]*$/.exec(name);
    if (!t) break;
    const u = labelledUnit(t[1]) ?? unitFromName(t[0]) ?? counterWord(t[1], name.slice(0, t.index));
    const way = u || drawn ? null : bracketWay(t[1]);
    if (way) drawn = { value: way, text: t[0].trim(), at: t.index };
    else if (u && !unit) unit = u;
    else if (!unit && unitBesideCumulative(t[1], name.slice(0, t.index))) unit = unitBesideCumulative(t[1], name.slice(0, t.index));
    else if (/累計/.test(t[1])) cumulativeMark = t[0].trim() + cumulativeMark;
    else if (namesCounted(t[1])) cumulativeMark = t[0].trim() + cumulativeMark;
    else if (namesWhereOrHow(t[1])) break;
    else if (!/(再掲|新規|継続|拡充|重点|参考|暫定)/.test(t[1])) break;
    if (/累計/.test(t[1])) cumulative = true;
    name = name.slice(0, t.index);
  }
  name = name.replace(/[\s　]+$/, '') + cumulativeMark;
  name = name.replace(/^[\s　]+|[\s　]+$/g, '');
  if (rest && !note) note = undefined;
  const out: CleanName = { name, cumulative, repeated };
  if (id) out.id = id;
  if (unit) out.unit = unit;
  if (note) out.note = note;
  const way = drawn ? { value: drawn.value, text: drawn.text } : lineWay;
  if (way) out.direction = way;
  if (formerName) out.formerName = formerName;
  return out;
});

/**
 * A bracket naming what is counted, opening with a standing word (「保育士確保数（新規就職者数）」: 新規 / 継続 / 拡充 then …数 / …率 / …量 /
 * …額 / …割合): it says which figure the name means and stays in the name, a unit's bracket before it still read (「（人）（新規就職者
 * 数）」). A mark of the row's standing (「（再掲）」「（新規）」「（新規事業）」「（参考：前年度実績数）」「（うち新規認定数）」) is none and
 * comes off (review rv67).
 */
function namesCounted(inner: string): boolean {
  const t = inner.normalize('NFKC').trim();
  return /^(新規|継続|拡充)[^()]*(数|率|量|額|割合)$/.test(t) && !/再掲|参考|暫定|重点|うち|[:：]/.test(t);
}

/** The name without a 【再掲】 mark at either end, unless the mark is all there is. */
function withoutLenticularRepeat(name: string): string {
  const out = name.replace(LENTICULAR_REPEAT, '');
  return out.trim() ? out : name;
}

/** The number a block's number label gives (「No.1」「成果指標①」「(2)」): 1, 2. */
function idOfLabel(label: string): string {
  const id = label
    .normalize('NFKC')
    .replace(/^(No\.?|№|(?:成果|活動|数値|目標|評価|重点|主要|管理)?指標)\s*/, '')
    .replace(/^\((\d+)\)$/, '$1')
    .replace(/[‐－]/g, '-');
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(id);
  return circled >= 0 ? String(circled + 1) : id;
}

/**
 * The id a row's No. cell gives (「1」), unless the compound code before its name gave one (「1-①　事業名」→「1-1」,
 * indicatorNumbers.ts isCompoundCode): the code tells apart rows a No. does not (one project under two 施策).
 */
export function idBesideName(nameId: string | null, written: string): string {
  return nameId !== null && isCompoundCode(nameId) ? nameId : written.normalize('NFKC');
}

/**
 * A cell that holds nothing but a block's number (「No.1」「№2」「①」「(3)」「4.」「成果指標①」): its number, else null. Such a
 * label numbers the block; the name stands beside or under it, never in it.
 */
export function numberLabel(text: string): string | null {
  const t = text.trim();
  const m = LEADING_ID.exec(t);
  // A compound number (「①-1」「成果指標 1-(1)-1」) numbers its block as well (indicatorNumbers.ts).
  return m && m[0].length === t.length && /[0-9０-９①-⑳]/.test(m[1]) ? idOfLabel(m[1]) : indicatorNumber(t);
}

/**
 * A title line's cells with the block's number cell in front taken off (「指標①-1 | 農地の集積率」「No.3 | 相談件数」): the
 * cells naming the block, and the number; the cells as they are when the first holds more than a number or nothing follows it.
 */
export function withoutNumberCell<T extends { text: string }>(cells: T[]): { cells: T[]; id: string | null } {
  const id = cells.length > 1 ? numberLabel(cells[0].text) : null;
  return id === null ? { cells, id } : { cells: cells.slice(1), id };
}

/** An arrow, bare or bracketed, ending a name (「（↓）」「↑」「(↓減少)」): the way it draws and where it starts. */
function drawnWay(name: string): { value: Direction; text: string; at: number } | null {
  const m = DRAWN_WAY.exec(name);
  if (!m || m.index === 0 || !ARROW.test(m[0])) return null;
  const value = directionMark(m[0]);
  return value ? { value, text: m[0].trim(), at: m.index } : null;
}

/**
 * An aim stated in trailing parentheses (「（少ないほど良い）」「（減少を目指す）」「（増加が目標）」): a remark on the
 * indicator's way, never part of its name. Only a short clause that states an aim and says a way counts; 「（目標値）」 does not.
 */
function statedAim(inner: string): Direction | null {
  const t = inner.normalize('NFKC').trim();
  if (t.length > 12 || /\d/.test(t) || remarkAims(t) !== t) return null;
  return directionFromText(t) ?? (/^(多|高|増|上|向上|伸)/.test(t) ? 'up' : null);
}

/**
 * The way a trailing bracket states: an arrow with or without its word (「（↓）」「（↓減少）」), a stated aim (「（少ないほど良い）」),
 * or an arrow before a stated aim (「（↓少ないほど良い）」), both saying the same way; an arrow against its words (「（↓多いほど良い）」) none.
 */
function bracketWay(inner: string): Direction | null {
  if (!ARROW.test(inner)) return statedAim(inner);
  const mark = directionMark(inner);
  if (mark) return mark;
  const arrows = [...inner].filter((ch) => ARROW.test(ch)).join('');
  const drawn = directionMark(arrows);
  return drawn && statedAim([...inner].filter((ch) => !ARROW.test(ch)).join('')) === drawn ? drawn : null;
}

/** A unit labelled as one in trailing parentheses (「（単位：千人）」「(単位:t-CO2)」): the text after the label, as written. */
function labelledUnit(inner: string): string | undefined {
  const m = /^単\s*位\s*[:：]\s*(\S.{0,11})$/.exec(inner.normalize('NFKC').trim());
  return m && !isNoUnitMark(m[1]) ? writtenUnit(m[1].trim()) : undefined;
}

/**
 * A counter word in trailing parentheses that the unit table does not list (「（経営体）」「（人泊）」
 * 「（団体）」): short, no digits, ending like a counter (or one of the bare counters 橋, 灯, 基, 枚: 「歩道橋」 says what is counted),
 * or the very thing the name counts (「情報提供言語数（言語）」);
 * never a remark such as （仮称）, nor a kind of four or more kanji (「（一般病床）」), nor a qualifier of which
 * days or hours are counted (「（休日）」「（平日）」「（夜間）」), nor of who or where (qualifiesMeasure), which stays in the name.
 */
function counterWord(inner: string, before: string): string | undefined {
  const t = inner.normalize('NFKC').trim();
  if (qualifiesMeasure(t, before.normalize('NFKC').trim()) || namesWhereOrHow(t)) return undefined;
  // A compound of four or more kanji (「（一般病床）」「（療養病床）」) names a kind of what is counted, no counter word.
  if (KIND_COMPOUND.test(t)) return undefined;
  if (!/^[^\d()]{1,5}$/.test(t) || /(仮称|再掲|累計|新規|継続|拡充|重点|参考|暫定|見込|速報|予定|概数|目標|計画|実績|年度|年間|月間|週間|日間|通年)/.test(t))
    return undefined;
  if (/(休日|平日|祝日|土日|週末|終日|全日|夜間|昼間|日中)$/.test(t)) return undefined;
  // The thing the name counts, written again as its counter (「提供言語数（言語）」「開設コース数（コース）」), is its unit too.
  const counted = before.normalize('NFKC').trim().endsWith(`${t}数`);
  return counted || /(体|泊|人|件|回|所|戸|台|本|冊|校|社|店|円|点|日|間|歳|床|画|線|頭|園|館|帯|席|品|組|隻|棟|%)$/.test(t) || /^(橋|灯|基|枚|種)$/.test(t)
    ? t
    : undefined;
}

/** Four or more kanji in a bracket: a kind of thing (一般病床), where a counter is one to three (床, 団体, 経営体). */
const KIND_COMPOUND = /^\p{Script=Han}{4,}$/u;

/** A name that reads as a ratio or a degree (取得率, 割合, 満足度): measured in ％ or points, never in a counter. */
export const RATIO_NAME = /(率|割合|比率|比|度)$/;
/** A counter word that names a place (中学校, 市役所, 図書館, 保育園): where the figure is counted, unless the name counts those places. */
const PLACE_WORD = /^\p{Script=Han}+(校|所|館|園|院|署|局)$/u;

/**
 * A bracket that says who or where the measure is taken (「取得率（市役所）」「出現率（中学校）」「待機児童数（保育所）」): part of the
 * name, no counter unit. A ratio takes no counter at all; a place word is a unit only of a name that counts those places
 * (「認定こども園数（園）」, 「保育所数（保育所）」).
 */
function qualifiesMeasure(inner: string, before: string): boolean {
  if (!before) return false;
  if (RATIO_NAME.test(before)) return true;
  return PLACE_WORD.test(inner) && !before.includes(inner);
}

/**
 * A bracket of a unit and 累計 written together (「（件・累計）」「（人、累計）」「（累計・回）」): the name's unit, the indicator
 * cumulative; the bracket is no part of the name. A place or whom a rate is taken of (「整備率（累計・全校）」) is no unit.
 */
function unitBesideCumulative(inner: string, before: string): string | undefined {
  const parts = inner
    .normalize('NFKC')
    .split(/[・、,/]/)
    .map((p) => p.trim());
  if (parts.length !== 2) return undefined;
  const i = parts.findIndex((p) => /^(累計|累積)$/.test(p));
  if (i < 0) return undefined;
  const other = parts[1 - i];
  // 「整備率（累計・全校）」: who or where a rate is taken (qualifiesMeasure), never its counter.
  return unitFromName(`（${other}）`) ?? counterWord(other, before);
}

const DERIVED_HINT = /[計均]/;

/**
 * A derived row's whole label, bare or in brackets, with the years it spans (累計, （累計）, 【合計】, （R3からの累計）,
 * 累計（令和3年度～）): a sum of the rows around it, never an indicator. A name with words before 累計 (参加者数（累計）) is one.
 */
function isDerivedRow(text: string): boolean {
  // Every such label holds 計 or 均, and no other character turns into either under NFKC: most texts end here, unnormalised.
  if (text.length > 30 || !DERIVED_HINT.test(text)) return false;
  const core = text
    .normalize('NFKC')
    .replace(/[\s()［\][【】〔〕]/g, '')
    .replace(/(令和|平成|R|H)\d{1,2}(年度|年)?|\d{4}(年度|年)?/gi, '')
    .replace(/(から|以降|まで|の|~|〜|-|ー|－)/g, '');
  return /^(累計|合計|総計|小計|計|平均)(値|実績)?$/.test(core);
}

/** A measure's words, then a total word alone in the closing bracket: 「市税収納率（合計）」, the measure over all its kinds. */
const MEASURE_TOTAL = /^(.{2,24}?)\s*[(（](?:合計|総計|計)[)）]$/;

/**
 * 「市税収納率（合計）」 under 「市税収納率（現年課税分）」: a name of its own, the whole of the measure, never a derived heading;
 * the words before the bracket are no heading (「達成率（合計）」 stays derived).
 */
function isMeasureTotal(text: string): boolean {
  const m = MEASURE_TOTAL.exec(text.normalize('NFKC').trim());
  return !!m && !classifyLabel(m[1]) && !isDerivedRow(m[1]);
}

/**
 * A heading repeated in a name cell, a derived row (合計, 累計, 達成率), a period (R5, 令和5年度: a year as a row) or a blank
 * form's prompt (「（指標名を入力）」, values/formPrompt.ts): never an indicator.
 */
export function isNotAName(text: string): boolean {
  const role = classifyLabel(text)?.role;
  if (role === 'derived' && isMeasureTotal(text)) return false;
  if (role === 'name' || role === 'derived' || isDerivedRow(text)) return true;
  if (isFormPrompt(text)) return true;
  return text.trim().length <= 40 && !!parsePeriodCell(text.trim());
}

/**
 * Whether a cell's text reads as an indicator's name rather than a figure, a period or a heading:
 * 「市民1人1日当たりのごみ排出量」「5歳児健診受診率」 and 「3号認定（0歳）」 are names (words around their numbers),
 * 「1,000人以上」「年間1,000人」「85％」「R5」「実績」「集計中」 are not. Used where no heading says which
 * column holds the names, so it asks for words, not just any text.
 */
export function looksLikeName(text: string): boolean {
  const t = text
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '');
  if (t.length < 2 || !/[\p{L}]{2}/u.test(t) || classifyLabel(t) || parsePeriodCell(t)) return false;
  const status = parseValue(t).status;
  if (status !== 'text' && status !== 'value') return false; // 集計中, 未実施, －
  const n = /[-−△▲+]?\d[\d,.]*/.exec(t);
  if (!n) return true;
  const prefix = t.slice(0, n.index);
  const suffix = t.slice(n.index + n[0].length).replace(/(以上|以下|未満|超|程度|前後)$/, '');
  // A number before 号 and a noun is an ordinal of the name (「1号認定」「2号被保険者」「国道4号線」), not a figure's unit.
  return prefix.length > 3 || suffix.length > 3 || /^号\p{Script=Han}/u.test(suffix);
}
