/** Reading the value of one cell as a quantity, or as one of the typed non-values that workbooks use instead of numbers (－, 未実施, 集計中, #DIV/0!). */
import type { CellValue } from '../model/port';
import { compactForPeriod, findPeriod, type Period } from './periods';
import { QUALIFIER_WORDS, WORD_ENDING_YAKU, qualifierOf } from './qualifiers';
import { memo, normalizeText, oneLine } from './text';
import { MARKS, markCircled, unmark } from './circledMarks';
import { canonicalUnit, unitAt, unitFromNumberFormat, writtenUnit } from './units';
import { tailUnit } from './tailUnit';
import { digitsOfWord } from './wordDigits';
import { listedMeasures } from './listedMeasures';
import { unitQualifier } from './unitQualifier';
import { readMultipliers } from './kanjiMultipliers';
import { datesFigureToCome } from './laterNote';
import { isPerUnitFigure, statedTargetFigure } from './statedTargetFigure';
import { isNotDoneWord } from './notDoneWord';
import { closureSpanOnly, isClosedWord } from './closedWord';
import { namesEditionOnly, withoutOrdinals } from './ordinalNumbers';
import { durationsAsDecimals } from './durations';
import { restatedYearly } from './yearlyRestated';
import { YEAR_COUNTER } from './yearCounter';

export type { Qualifier } from './qualifiers';

export type { AmbiguousNumbers, LabelledNumbers, NoNumber, OneNumber, ParsedValue, Quantity, ValueStatus } from './parsedValue';
import type { AmbiguousNumbers, LabelledNumbers, NoNumber, OneNumber, ParsedValue, Quantity } from './parsedValue';

const ERROR_VALUE = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

/** Words that say a figure is still being counted (集計中, 調査中, 未確定 …): pending. */
export const PENDING_WORDS = /(集計中|調査中|未確定|不詳|算定中|未集計|確定前|精査中|公表前|未公表)/;

const WORDS: [NoNumber['status'], RegExp][] = [
  ['not-implemented', /(未実施|未着手|実施せず|実施なし|未執行)/],
  // Nothing was measured (no survey this year): no figure at all, as if the cell were empty, nothing being counted.
  ['missing', /(未調査|未把握|未測定|未計測)/],
  ['pending', PENDING_WORDS],
  ['no-target', /(未設定|目標なし|目標値なし|設定なし|設定しない)/],
  ['not-applicable', /(該当なし|該当無し|対象外|中止|なし)/],
];

/** A note that the measure starts in a year named (「R6から実施」「令和7年度より開始予定」): nothing to measure yet, not applicable. */
const STARTS_LATER = /^(?:令和|平成|R|H)?\s*(?:\d+|元)\s*年?度?\s*(?:から|より|以降)\s*(?:実施|開始|導入|運用|着手)(?:予定)?$/i;

/** A word alone in the cell that says the figure is none at all: 皆減 (reduced to none), 皆無, ゼロ, 根絶 — the number 0. */
const ZERO_WORD = /^(皆減|皆無|ゼロ|根絶)(を目指す|を目標|とする)?$/;

/** True when the value is one of the error values Excel shows (#DIV/0!, #N/A, …). */
export function isErrorValue(v: CellValue): boolean {
  return typeof v === 'string' && ERROR_VALUE.test(v.trim());
}

function blank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const PAREN = /[（(]([^（()）]*)[)）]/g;
const NUMBER = /([▲△-]?)[ ]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;

interface Found {
  value: number;
  start: number;
  end: number;
  unit?: string;
}

/** Finds numbers with their units in a one-line text; "1億2,345万円" and "4億1千万円" are one number in 円. */
function findQuantities(t: string): Found[] {
  const out: Found[] = [];
  const re = new RegExp(NUMBER.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    let value = Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
    // ▲ and △ mean minus only right before a number; a hyphen only where it does not join words.
    if (m[1] === '▲' || m[1] === '△') value = -value;
    if (m[1] === '-') {
      const before = t[m.index - 1];
      if (before === undefined || /[\s:=(]/.test(before)) value = -value;
    }
    let end = m.index + m[0].length;
    const rest = t.slice(end);
    const compound = readMultipliers(value, rest);
    let unit: string | undefined;
    if (compound) {
      value = compound.value;
      end += compound.length;
      unit = unitAt(rest.slice(compound.length));
      if (unit) end += unitLength(rest.slice(compound.length), unit);
    } else {
      const spaced = rest.length - rest.trimStart().length;
      unit = unitAt(rest);
      if (unit) {
        const length = unitLength(rest.trimStart(), unit);
        // 「2箇所」: the counter as written (writtenUnit keeps 箇所 / ヶ所), compared through canonicalUnit elsewhere.
        unit = writtenUnit(rest.trimStart().slice(0, length));
        const qualifier = unitQualifier(rest.trimStart().slice(length));
        end += spaced + length + (qualifier?.length ?? 0);
        if (qualifier) unit += qualifier;
      } else if ((unit = tailUnit(rest))) end = t.length;
    }
    re.lastIndex = end;
    // 「V2H 10基」「CO2 30t」: digits inside a Latin word are no figure (wordDigits.ts).
    if (!m[1] && !unit && digitsOfWord(t, m.index + m[0].indexOf(m[2]), end)) continue;
    out.push(unit ? { value, start: m.index, end, unit } : { value, start: m.index, end });
  }
  return out;
}

function unitLength(s: string, unit: string): number {
  // unitAt returns canonical units; measure what was actually written.
  for (let n = 1; n <= 4; n++) if (canonicalUnit(s.slice(0, n)) === unit) return n;
  return unit.length;
}

/** The words that stand before a number, without separators ("計", ":", "延べ"), marks (①) or qualifiers (見込み). */
function cleanLabel(s: string): string {
  return s
    .replace(MARKS, ' ')
    .replace(QUALIFIER_WORDS, ' ')
    .replace(/[:：=＝]/g, ' ')
    .replace(/(^|\s)(計|合計|延べ|延|約|累計)(?=\s|$)/g, ' ')
    .replace(/計$/, '')
    .replace(/約$/, (m, _at: number, all: string) => (WORD_ENDING_YAKU.test(all) ? m : ''))
    .replace(/[、,・/／]+$/, '')
    .trim();
}

/**
 * Parses one cell. `numberFormat` lets a number stored as 0.85 with a "0%" format read as 85 %,
 * and a format such as `#,##0"件"` supply the unit.
 */
export function parseValue(raw: CellValue | undefined, numberFormat?: string | null): ParsedValue {
  if (raw === undefined || raw === null || blank(raw)) return { status: 'missing', text: '' };
  if (typeof raw === 'number') return parseNumber(raw, numberFormat);
  if (typeof raw === 'boolean') return { status: 'text', text: String(raw) };
  return copyParsed(parseTextMemo(raw));
}

/** A text cell read once per text (figures and words recur across sheets and files); each caller gets its own copy. */
const parseTextMemo = memo((raw: string) => restatedYearly(raw, parseText) ?? parseText(raw));

function copyParsed(p: ParsedValue): ParsedValue {
  return p.measures ? { ...p, measures: p.measures.map((q) => ({ ...q })) } : { ...p };
}

function parseText(raw: string): ParsedValue {
  const text = oneLine(raw);
  const t0 = durationsAsDecimals(normalizeText(markCircled(raw)).trim());
  if (ERROR_VALUE.test(t0)) return { status: 'error', text };
  if (/^-+$/.test(t0.replace(/\s/g, '')) || /^[ー]+$/.test(t0)) return { status: 'not-applicable', text };
  if (/^(…|\.\.\.|・・・|‥)$/.test(t0)) return { status: 'pending', text };
  if (STARTS_LATER.test(t0)) return { status: 'not-applicable', text };
  const spaced = spacedDigits(t0);
  if (spaced !== null) return { status: 'value', value: spaced, text };

  const { main, note, notePeriod, notes } = withoutNotes(t0);
  const p = numbersIn(main, text, notes);
  if (note) p.note = note;
  if (notePeriod && !datesFigureToCome(p.status, note)) p.notePeriod = notePeriod;
  return p;
}

/**
 * Digits broken by single stray spaces, as PDF extraction leaves them (「1 250」「5 0 0」「6 6.4」): one number when the
 * cell holds nothing else but digits, commas, single spaces and one decimal part; null otherwise.
 */
const SPACED_DIGITS = /^\d[\d,]*(?: \d[\d,]*)+(?:\.\d+)?$/;

function spacedDigits(t0: string): number | null {
  if (!SPACED_DIGITS.test(t0)) return null;
  const value = Number(t0.replace(/[ ,]/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** A number typed in the cell: a % format makes 0.85 read as 85 %, a format such as `#,##0"件"` gives the unit. */
function parseNumber(raw: number, numberFormat: string | null | undefined): ParsedValue {
  if (!Number.isFinite(raw)) return { status: 'error', text: String(raw) };
  if (numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ''))) return { status: 'value', value: round12(raw * 100), unit: '%', text: String(raw) };
  const unit = unitFromNumberFormat(numberFormat);
  return unit ? { status: 'value', value: raw, unit, text: String(raw) } : { status: 'value', value: raw, text: String(raw) };
}

/** A footnote mark and nothing else: 「※1」「※ 2」「※3)」. */
const FOOTNOTE_MARK = /^※\s*\d{1,2}\s*[)]?\s*$/;

/**
 * The text without its notes (in parentheses, after ※, a period written in the text itself:
 * "令和2年度 785"), and the first period a note names. A number found only inside parentheses
 * ("（36人）") is the text's number.
 */
function withoutNotes(t0: string): { main: string; note?: string; notePeriod?: Period; notes: string[] } {
  let note: string | undefined;
  let notePeriod: Period | undefined;
  const notes: string[] = [];
  let main = t0.replace(PAREN, (_all, inner: string) => {
    notes.push(inner);
    return ' ';
  });
  const kome = main.indexOf('※');
  if (kome >= 0) {
    // 「集計中※1」: ※ with a number alone after it marks a footnote below the table, no figure of the cell's.
    if (!FOOTNOTE_MARK.test(main.slice(kome))) notes.push(main.slice(kome + 1));
    main = main.slice(0, kome);
  }
  // A note with a figure of its own beside the text's (「120（R4: 98）」「4,512（前年度 4,380）」) is another year's figure
  // written beside for comparison: its year dates that figure, not the text's.
  const ownFigure = /\d/.test(main);
  for (const n of notes) {
    const p = findPeriod(n);
    if (p && ownFigure && figureBeside(n, p)) continue;
    if (p && !notePeriod) {
      notePeriod = p.period;
      note = oneLine(n);
    }
  }
  for (let guard = 0; guard < 3; guard++) {
    const p = findPeriod(main);
    if (!p) break;
    if (!notePeriod) {
      notePeriod = p.period;
      note = p.period.label;
    }
    const compactMain = compactForPeriod(main);
    main = compactMain.slice(0, p.index) + ' ' + compactMain.slice(p.index + p.length);
  }
  main = oneLine(main);
  // 「未実施（台風第10号接近のため中止）」: a status word outside the brackets is the cell's value when the bracket gives a
  // reason; a bracket that is a figure (「なし（0件）」「集計中（速報値 58）」) is the value (review rv43).
  const figureNotes = notes.filter((n) => /\d/.test(n) && !findPeriod(n));
  // 「休館（3か月間）」「休館（10/1再開）」: a closure's span or date, no figure (review rv82a item 3, closedWord.ts).
  const reasons = (n: string) => isReason(n) || (isClosedWord(main.replace(/\s/g, '')) && closureSpanOnly(n));
  if (!/\d/.test(main) && figureNotes.length && !(isStatusWord(main) && figureNotes.every(reasons))) {
    main = oneLine(notes.filter((n) => /\d/.test(n) && !findPeriod(n)).join(' '));
  }
  return { main, note, notePeriod, notes };
}

/**
 * Whether a bracket states a reason, not a figure: a cause (ため, により, 接近, 延期, 中止, 辞退 …) and no provisional figure
 * (速報, 暫定, 見込, 推計, 概数).
 */
function isReason(note: string): boolean {
  if (/速報|暫定|見込|推計|概数/.test(note)) return false;
  // 「集計中（3月分未確定）」「調査中（10月公表予定）」: the bracket's figures are months or days, when the rest comes (review of set 140).
  return /ため|により|によって|接近|延期|中止|辞退|未報告|影響|都合/.test(note) || datesOnly(note);
}

/** Whether a note's every figure is a month or a day (「3月分未確定」「10月公表予定」「1月15日判明」), no count. */
function datesOnly(note: string): boolean {
  const t = note.normalize('NFKC');
  return /\d/.test(t) && !/\d/.test(t.replace(/\d{1,2}\s*(月|日)(分|末|中|頃|ごろ|上旬|中旬|下旬|以降)?/g, ''));
}

/** Whether the words are a typed non-value and nothing else (未実施, 集計中, 該当なし …; 「実施なし。」 too). */
function isStatusWord(main: string): boolean {
  const bare = main.replace(/[\s。．.]/g, '');
  if (!bare) return false;
  // 「休館（10月再開）」: a closure is such a word, its bracket's month a date (review rv81 item 3, closedWord.ts).
  return isNotDoneWord(bare) || isClosedWord(bare) || WORDS.some(([, re]) => new RegExp(`^(?:${re.source})$`).test(bare));
}

/** Whether a note holds a figure besides the period it names (「R4: 98」, not 「令和3年」 or 「R4年度末時点」). */
function figureBeside(note: string, p: { index: number; length: number }): boolean {
  let t = compactForPeriod(note);
  t = t.slice(0, p.index) + ' ' + t.slice(p.index + p.length);
  // Every other year the note names too (「令和4年度※令和3年」) is no figure.
  for (let guard = 0, q = findPeriod(t); q && guard < 3; guard++, q = findPeriod(t))
    t = compactForPeriod(t).slice(0, q.index) + ' ' + compactForPeriod(t).slice(q.index + q.length);
  return /\d/.test(t);
}

/** What the text (without its notes) holds: a typed word, one number, labelled numbers, numbers not told apart, or words. */
function numbersIn(main: string, text: string, notes: readonly string[]): ParsedValue {
  if (!/\d/.test(main)) {
    // A word written wholly in brackets (「（集計中）」「(該当なし)」) is the cell's word, as without them.
    const bare = main.replace(/\s/g, '') || notes.join('').replace(/\s/g, '');
    if (ZERO_WORD.test(bare)) return { status: 'value', value: 0, text };
    if (isNotDoneWord(bare)) return { status: 'not-implemented', text };
    for (const [status, re] of WORDS) if (re.test(bare)) return { status, text };
    if (/^-+$/.test(bare) || isClosedWord(bare)) return { status: 'not-applicable', text };
    return { status: 'text', text };
  }
  // 「第2層協議体　8圏域で設置」: the ordinal is no figure; 「第6次実施計画」 names a plan, no figure at all (ordinalNumbers.ts).
  if (namesEditionOnly(main)) return { status: 'text', text };
  const body = withoutOrdinals(withoutTermPhrase(main));
  // 「１人１日当たり…　520g以下」: the per-unit phrase's figures say what the measure is per, when another figure stands there.
  const quantities = findQuantities(body);
  const own = quantities.filter((f) => !isPerUnitFigure(body, f));
  const all = own.length ? own : quantities;
  // 「前年度比20％増の9,600件とする」: the figure the sentence sets is the target, the ones before lead to it (statedTargetFigure.ts).
  const set = statedTargetFigure(body, all);
  const found = set ? [set] : all;
  if (found.length === 0) return { status: 'text', text };
  const p = listedMeasures(numbersFound(body, text, found), body, findQuantities);
  const qualifier = qualifierOf(
    main,
    notes,
    found.map((f) => f.end),
  );
  if (qualifier) p.qualifier = qualifier;
  return p;
}

/**
 * 「5年間で延べ 50社」「計画期間中に 300人」: the plan's term before the figure says over how long it counts (a cumulative target), it
 * is no figure of its own; blanked out (same length, so positions stay) when another number follows it.
 */
const TERM_PHRASE = new RegExp(String.raw`^\s*([0-9]+(${YEAR_COUNTER}年間?|年間)|計画期間(中|内)?|期間(中|内))(で|に|の|中に|内に|の間に)?(?=[^0-9]*[0-9])`);

function withoutTermPhrase(main: string): string {
  return main.replace(TERM_PHRASE, (m) => ' '.repeat(m.length));
}

/** One number, labelled numbers (each with its own label word or mark ①), or numbers not told apart. */
function numbersFound(main: string, text: string, found: Found[]): OneNumber | LabelledNumbers | AmbiguousNumbers {
  const labels: string[] = [];
  let prev = 0;
  for (const f of found) {
    labels.push(main.slice(prev, f.start));
    prev = f.end;
  }
  if (found.length === 1) {
    const label = cleanLabel(labels[0]);
    const p: OneNumber = { status: 'value', value: found[0].value, text };
    if (found[0].unit) p.unit = found[0].unit;
    if (label) p.label = label;
    return p;
  }
  // Several numbers: labelled measures when each has its own label word before it.
  const own = labels.map((l, i) => {
    const words = cleanLabel(l).split(/\s+/).filter(Boolean);
    const mark = l.match(MARKS)?.pop();
    return (i === 0 ? words[words.length - 1] : words.join(' ')) || (mark ? unmark(mark) : '');
  });
  if (own.every((l) => l !== '') && new Set(own).size === own.length) {
    const marks = labels.map((l) => l.match(MARKS)?.pop());
    const measures: Quantity[] = found.map((f, i) => ({
      value: f.value,
      label: own[i],
      ...(f.unit ? { unit: f.unit } : {}),
      ...(marks[i] ? { mark: unmark(marks[i]!) } : {}),
    }));
    const first = cleanLabel(labels[0]).split(/\s+/).filter(Boolean);
    const p: LabelledNumbers = { status: 'value', measures, text };
    if (first.length > 1) p.label = first.slice(0, -1).join(' ');
    return p;
  }
  return { status: 'value', ambiguous: true, measures: found.map((f) => ({ value: f.value, ...(f.unit ? { unit: f.unit } : {}) })), text };
}

function round12(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

/** Reads a written grade: "A", "Ａ", "A（順調）", "A:順調", "順調" (with the scale's labels). */
export function parseGrade(raw: CellValue | undefined, scale: { grade: string; label: string }[]): { grade: string | null; text: string } | null {
  if (raw === undefined || blank(raw)) return null;
  const text = oneLine(String(raw));
  const t = normalizeText(String(raw)).replace(/\s+/g, '').toUpperCase();
  for (const s of scale) {
    const g = normalizeText(s.grade).toUpperCase();
    const label = normalizeText(s.label).replace(/\s+/g, '').toUpperCase();
    if (t === g || t === label || t === g + label) return { grade: s.grade, text };
    if (t.startsWith(g) && /^[(:・]/.test(t.slice(g.length)) && t.slice(g.length + 1).replace(/\)$/, '') === label) return { grade: s.grade, text };
  }
  // The scale's word written another way: 「おおむね順調」 for 概ね順調, 「遅れています」「やや遅れ」 for (やや)遅れている.
  const stem = labelStem(t);
  const match = stem ? scale.filter((s) => labelStem(normalizeText(s.label).replace(/\s+/g, '').toUpperCase()) === stem) : [];
  return { grade: match.length === 1 ? match[0].grade : null, text };
}

/** A grade word without its kana spelling, its closing 。 and its verb ending: 「おおむね順調です。」 → 「概ね順調」. */
function labelStem(t: string): string {
  return t
    .replace(/^おおむね/, '概ね')
    .replace(/[。．.]+$/, '')
    .replace(/(である|です|ている|ています)$/, '');
}

/** Reads a previous grade written in parentheses beside a rating: "（B）". */
export function parseBracketGrade(raw: CellValue | undefined, scale: { grade: string; label: string }[]): string | null {
  if (typeof raw !== 'string') return null;
  const m = /^[（(]\s*(.+?)\s*[)）]$/.exec(normalizeText(raw).trim());
  if (!m) return null;
  // Last year's grade may be labelled so in its brackets: 「（前年度：B）」「（前年度評価 B）」.
  const g = parseGrade(m[1].replace(/^(前年度|前年|昨年度|前回)(の?評価)?\s*[:：]?\s*/, ''), scale);
  return g?.grade ?? null;
}
