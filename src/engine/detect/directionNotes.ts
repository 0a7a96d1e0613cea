/**
 * Words about an indicator's direction written outside its own cells, read as a clerk reads them:
 * - a note (comment) on its name, unit, description or 備考 cell: 「少ないほど良い」 on the name;
 * - a remark elsewhere on the sheet that names it and says lower is better: 「待機者数は少ないほど良い」
 *   in a table's 備考 column, when the remark names exactly one indicator of the sheet (the end of
 *   its name, three characters or more) or by its number (「※指標①③⑤は数値の減少を目指す指標。」: remarkNumbers.ts),
 *   or that names none and stands on the row of exactly one (「地域医療課（少ないほど良い）」 in the row's 所属 or 備考
 *   cell) or in its block (a 備考 cell merged down beside a block's figure rows: remarkOwner.ts). A remark listing several
 *   (「ごみ排出量及び最終処分量は少ないほど良い」) names each whose name it holds at its own place
 *   (「発生件数」 inside 「交通事故発生件数」 names only the longer one), and several sharing one place when it is each one's whole
 *   measure (「殺処分数は少ないほど良い」 names 犬の殺処分数 and 猫の殺処分数); a group's label merged down beside several names
 *   (「健全化判断比率（4指標）…は、数値が低いほど健全」) names each of them (groupNamedNote.ts);
 * - a remark about every indicator of the sheet (「本表の指標は、いずれも少ないほど良い」), except those it
 *   names in an exception (「ただし「見守り協力事業所数」を除く」「…以外」), which it says nothing of.
 * - a footnote giving a mark on names that meaning (「★を付したものは小さいほど良い」): of the names carrying it (markedNameNote.ts);
 *   a numbered footnote (「※1　転出超過数は、…減少を目指す指標」) of the names carrying its mark 「※1」 only (markedNameNote.ts).
 * A sentence saying its indicators stand in another table (「減少を目指す指標2件は別表に掲載」: elsewhereNote.ts) speaks of none.
 * All are added to the indicator's words for direction (directionWords.ts decides what they say).
 */
import { a1 } from '../model/address';
import type { SheetSnapshot } from '../model/snapshot';
import { directionFromText } from '../values/directionWords';
import { similarlyNamed } from './directionNoteSimilar';
import { labelledMeasureIn } from './actualLabelNote';
import { withoutElsewhereSentences } from './elsewhereNote';
import { withoutFormulaClauses } from './formulaClause';
import { groupNamedIn } from './groupNamedNote';
import { footnoteOwners, markedNames } from './markedNameNote';
import { rowMarkOwners } from './rowMarkFootnote';
import { contentOf, measureOf } from './nameMeasure';
import { remarkOwner } from './remarkOwner';
import { allRunWords, numberSpan, remarkText, runWords } from './remarkNumbers';
import { namesEverySubLine, withoutQualifier } from './subLineNames';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';
import type { RawIndicator } from './types';

/** A remark compares (「…ほど良い」「…ほうが望ましい」「…ほど健全」): a heading such as 「ごみ排出量の削減」 is not one. */
const BETTER = /(ほど|ほうが|方が)(良|よ|望まし|好まし|健全(?![化性度])|[^。、]{1,8}?(良好|良い|よい|望まし|好まし|健全(?![化性度])))/;

const ownCells = (ind: RawIndicator) => [ind.nameCell, ind.unitCell, ind.descriptionCell, ind.noteCell].filter((c): c is string => !!c);

function addWords(ind: RawIndicator, text: string): void {
  ind.wordsForDirection = ind.wordsForDirection ? `${ind.wordsForDirection}\n${text}` : text;
}

/** Where the remark names the indicator (the longest end of its name, at least three characters), or null. */
function nameSpan(remark: string, ind: RawIndicator): { start: number; end: number } | null {
  const name = withoutQualifier(ind.name);
  for (let n = name.length; n >= 3; n--) {
    const start = remark.indexOf(name.slice(name.length - n));
    if (start >= 0) return { start, end: start + n };
  }
  return null;
}

/**
 * The indicators a text names, each at a place of its own: a name found inside another's longer
 * one is not named, and two names found at the same place name neither (the remark is ambiguous).
 */
function namedIn(text: string, indicators: RawIndicator[]): RawIndicator[] {
  const found = indicators.flatMap((ind) => {
    const span = nameSpan(text, ind) ?? numberSpan(text, ind.id);
    return span ? [{ ind, ...span }] : [];
  });
  const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const kept = found.filter((f) => !found.some((o) => inside(f, o)));
  const samePlace = (f: { ind: RawIndicator; start: number; end: number }) => kept.filter((o) => o.start === f.start && o.end === f.end);
  // Names sharing one place are all named when it holds each one's whole measure (「殺処分数は」 for 犬の殺処分数 and
  // 猫の殺処分数: nameMeasure.ts); a part of their measures (「発生件数」 in 交通事故発生件数, 火災発生件数) names neither.
  const measured = (f: { ind: RawIndicator; start: number; end: number }) =>
    samePlace(f).every((o) => measureOf(o.ind.name) === contentOf(text.slice(o.start, o.end)));
  // 「不登校児童生徒の割合」 names each of its sub-lines 「…（小学校）」「…（中学校）」 (subLineNames.ts).
  const subLines = (f: { ind: RawIndicator; start: number; end: number }) =>
    namesEverySubLine(
      text.slice(f.start, f.end),
      samePlace(f).map((o) => o.ind.name),
    );
  // One row read once per subject (「name（小学校）」「name（中学校）」 from one name cell: subjectColumnGroups.ts): its number names each.
  const oneRow = (f: { ind: RawIndicator; start: number; end: number }) => samePlace(f).every((o) => o.ind.nameCell === f.ind.nameCell);
  return kept.filter((f) => samePlace(f).length === 1 || measured(f) || subLines(f) || oneRow(f)).map((f) => f.ind);
}

/** An exception clause: 「ただし「見守り協力事業所数」を除く」「見守り協力事業所数以外」 (what it names is left out). */
const EXCEPT = /(?:ただし|但し)?[、,\s]*([^、。（）()]*?)(?:を除く|を除き|を除いて|以外)/g;
/** Words that speak of every indicator of the sheet or table (or every other: その他の指標). */
const EVERY = /(いずれも|すべて|全て|全部|各指標|全指標|本表の指標|表中の指標|その他の指標|他の指標|それ以外)/;

/** The remark without its exception clauses, and the text of those clauses. */
function splitExceptions(remark: string): { main: string; excepted: string } {
  const excepted = [...remark.matchAll(EXCEPT)].map((m) => m[1]).join('\n');
  return { main: remark.replace(EXCEPT, ''), excepted };
}

/** Words pointing up to what stands above the remark: 「上表の指標」「上記の指標」「以上の指標」 (never 「80％以上の」, a bound). */
const POINTS_UP = /上表|上の表|上記|前表|(?<![\d０-９%％\p{L}])以上の/u;

/**
 * The indicators a remark about 「every indicator」 speaks of: all of the sheet when it stands above them
 * all; those of the table it captions when it stands right over a table's header (its first row at most three rows
 * down) and right under none (「２　エネルギー使用量等（いずれも削減を目指す）」 between two tables is the lower one's);
 * else those of the table right above it (back to a gap of three rows or more between two of them). A remark pointing up
 * (「※上表の指標は…」「上記の指標」) speaks of the table above it, never of one below.
 */
function tableOf(remark: Remark, indicators: RawIndicator[]): RawIndicator[] {
  const row = remark.row;
  const above = indicators.filter((i) => i.row < row).sort((a, b) => b.row - a.row);
  if (!above.length) return POINTS_UP.test(remark.text) ? [] : indicators;
  const below = indicators.filter((i) => i.row > row).sort((a, b) => a.row - b.row);
  const captions = below.length > 0 && below[0].row - row <= 3 && row - above[0].row > 2 && !POINTS_UP.test(remark.text);
  return rowsTogether(captions ? below : above);
}

/** The indicators from the first of `rows` on, while no gap of more than three rows parts two of them. */
function rowsTogether(rows: RawIndicator[]): RawIndicator[] {
  const out: RawIndicator[] = [];
  for (const ind of rows) {
    if (out.length && Math.abs(out[out.length - 1].row - ind.row) > 3) break;
    out.push(ind);
  }
  return out;
}

/**
 * What a remark says of which indicators, sentence by sentence: a sentence saying lower is better speaks
 * of those it names; else, when it speaks of every indicator (or excepts some: 「…以外は」), of all that no
 * sentence of the remark names or excepts (「いずれも少ないほど良い。ただし○○は多いほど良い」 leaves ○○ out);
 * a sentence naming indicators, none at a place of its own, speaks of none. A remark that names none
 * and says lower is better by comparison or as an aim (「※減少を目指す指標」) speaks of the one indicator on its row
 * or whose name stands on its line.
 */
/** Words limiting a sentence to some rows: an exception, a part named (除き, 以外, において, のみ, 部門), a bracket with a subject of its own (（消防・教育は…）). */
const LIMITING = /除[きくい]|以外|において|に限[りる]|のみ|だけ|部門|[（(][^）)]*は/;

function sayings(grid: Grid, remark: Remark, indicators: RawIndicator[]): { ind: RawIndicator; text: string }[] {
  const parts = remark.text
    .split(/(?<=[。．])/)
    .filter((t) => t.trim())
    .map((text) => ({ text, ...splitExceptions(text) }));
  // A group's label names each indicator of the group (「健全化判断比率（4指標）」 merged beside their names: groupNamedNote.ts).
  const grouped = (text: string) => groupNamedIn(grid, text, indicators);
  const mentioned = new Set(parts.flatMap((p) => [...namedIn(p.main, indicators), ...grouped(p.main), ...(p.excepted ? namedIn(p.excepted, indicators) : [])]));
  const out: { ind: RawIndicator; text: string }[] = [];
  for (const p of parts) {
    if (directionFromText(p.text) !== 'down') continue;
    const excepted = p.excepted ? namedIn(p.excepted, indicators) : [];
    const own = [...namedIn(p.main, indicators).filter((ind) => saysOf(p.main, ind)), ...grouped(p.main), ...kindsNamed(p.main, excepted, remark, indicators)];
    // 「職員数が目標職員数以下であれば達成」: every row whose actual is labelled 職員数（実績） (actualLabelNote.ts), when the
    // sentence limits itself to none of them (「消防部門を除き」「一般行政部門において」: review rv50).
    const limited = excepted.length > 0 || LIMITING.test(p.text);
    const named = [...new Set([...own, ...(limited ? [] : labelledMeasureIn(grid, p.main, indicators))])];
    const every = EVERY.test(p.text) || excepted.length > 0;
    const speaksOf = named.length
      ? named
      : indicators.some((ind) => nameSpan(p.main, ind)) || !every
        ? []
        : tableOf(remark, indicators).filter((i) => !mentioned.has(i));
    out.push(...speaksOf.map((ind) => ({ ind, text: p.text })));
  }
  if (out.length || !(BETTER.test(remark.text) || AIM.test(remark.text)) || indicators.some((ind) => nameSpan(remark.text, ind))) return out;
  // The one indicator on its line or in whose block it stands (「※値が小さいほど良い指標」 in a block's 備考 column: remarkOwner.ts).
  const owner = remarkOwner(grid, remark, indicators);
  return owner ? [{ ind: owner, text: remark.text }] : [];
}

/**
 * A sentence excepting some indicators by name (「グリーン購入率を除き、使用量・排出量の削減を目標とする」) speaks of every other
 * of its table whose name ends with a measure it names, one several names share (使用量 of 電気使用量 and 水道使用量) as well.
 */
function kindsNamed(main: string, excepted: RawIndicator[], remark: Remark, indicators: RawIndicator[]): RawIndicator[] {
  if (!excepted.length) return [];
  return tableOf(remark, indicators).filter((ind) => !excepted.includes(ind) && nameSpan(main, ind));
}

/**
 * Whether a sentence's direction is said of an indicator it names: by name always; by number unless the sentence names
 * numbers for several things and the run naming this one says no direction while another's does
 * (「指標②は速報値、③⑤は減少を目指す」 says nothing of ②: remarkNumbers.ts).
 */
function saysOf(sentence: string, ind: RawIndicator): boolean {
  if (nameSpan(sentence, ind)) return true;
  const own = runWords(sentence, ind.id);
  if (own === null || directionFromText(own) === 'down') return true;
  return !allRunWords(sentence).some((w) => directionFromText(w) === 'down');
}

/**
 * An aim stated as such (「減少を目指す指標」), or the target stated as a way (「…は、減少を目標とする。」, the way word right before
 * を目標と: 「児童数の減少を踏まえ、…維持を目標と」 is none): a remark too, though it compares nothing.
 */
const AIM = /(目指|めざ|(?:減少|削減|低減|縮減|抑制|低下|減らす(?:こと)?)を目標と)/;

/** A remark cell: its text (remarkText), where it stands. */
interface Remark {
  text: string;
  row: number;
  col: number;
  cell: string;
}

/** What every comparison or aim holds (BETTER, AIM): one test rules out nearly every cell. */
const MAY_COMPARE = /ほど|ほう|方が|目指|めざ|目標と/;
const MAY_COMPARE_WORDS = ['ほど', 'ほう', '方が', '目指', 'めざ', '目標と'];

/**
 * Texts on the sheet (a note of a few sentences at most) that say lower is better and are no indicator's own cell
 * (`taken`, asked for only when a cell compares: most sheets have none).
 */
function remarks(grid: Grid, taken: () => Set<string>): Remark[] {
  const out: Remark[] = [];
  // A sheet writing none of MAY_COMPARE's words is not looked through (sheetTexts.ts).
  if (!sheetMentionsAny(grid, MAY_COMPARE_WORDS)) return out;
  for (const { row: r, col: c, text: v } of textCells(grid)) {
    // The comparison is tested first: it rules out nearly every cell without naming it.
    if (v.length > 200 || !MAY_COMPARE.test(v) || !(BETTER.test(v) || AIM.test(v)) || taken().has(a1(r, c))) continue;
    // Circled numerals kept (「①③⑤」, never 「135」): remarkNumbers.ts reads them as marks.
    // A sentence saying its indicators stand in another table (「…は別表に掲載」) names none of these rows (elsewhereNote.ts).
    // A clause writing out a formula (「（減少を目指す指標は目標値÷実績値×100）」) tells how a kind is graded (formulaClause.ts).
    const own = withoutFormulaClauses(withoutElsewhereSentences(v));
    if (directionFromText(own) === 'down') out.push({ text: remarkText(own), row: r, col: c, cell: a1(r, c) });
  }
  return out;
}

export function addDirectionNotes(snapshot: SheetSnapshot, grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length) return;
  const notes = snapshot.notes;
  // Most sheets have no notes (splitNotes leaves them out): no cell is looked up then.
  // A sentence stating an indicator (narrativeIndicators.ts) tells how it went (「目標を下回った」), never its aim.
  if (notes) for (const ind of indicators) if (ind.layout !== 'narrative') for (const cell of ownCells(ind)) if (notes[cell]) addWords(ind, notes[cell]);
  let taken: Set<string> | undefined;
  for (const remark of remarks(grid, () => (taken ??= new Set(indicators.flatMap(ownCells))))) {
    // 「※1　転出超過数は、…転入者数を差し引いた数で、減少を目指す指標です。」: of the names marked ※1 only (markedNameNote.ts).
    // 「※2 …」 beside a row's 備考 「※2」, 「※ 問15は…」 of the row 問15 (rowMarkFootnote.ts).
    const full = grid.text(remark.row, remark.col);
    const owners = footnoteOwners(full, indicators, grid) ?? rowMarkOwners(full, indicators, grid);
    if (owners) for (const ind of owners) addWords(ind, remark.text);
    if (owners) continue;
    const said = sayings(grid, remark, indicators);
    for (const { ind, text } of said) addWords(ind, text);
    // 「★を付したものは小さいほど良い指標」: the names carrying the mark (markedNameNote.ts).
    const marked = said.length ? [] : markedNames(remark.text, indicators, grid);
    for (const { ind, text } of marked) addWords(ind, text);
    if (said.length || marked.length || indicators.some((ind) => nameSpan(remark.text, ind))) continue;
    // A note naming an indicator by a paraphrase (「朝食欠食率は低いほど良い」): read as it; a guess unless it abbreviates the name (directionNoteSimilar.ts).
    const similar = similarlyNamed(remark.text, indicators);
    if (!similar) continue;
    addWords(similar.ind, remark.text);
    if (!similar.abbreviation) (similar.ind.guesses ??= []).push({ reason: 'direction-note-similar', cells: [remark.cell, similar.ind.nameCell] });
  }
}
