/**
 * Variants of a workbook that a clerk reads exactly as the original: the same sheets written the way another office
 * writes them. The reader is measured on each (bench-reader-variants.js) against the original's facts, so a rule that
 * holds only for one set's spelling or position shows up as a fact lost in a variant.
 *
 * Each variant is a pure function of the snapshot the engine reads (model/snapshot.ts) and of a cell address (for the
 * facts that name a cell: a group's grade cell).
 */
import { a1, columnLetters, parseA1 } from '../../../src/engine/model/address';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { SETTINGS_SHEET } from '../../../src/engine/sheets/settingsSheet';

export interface Variant {
  name: string;
  /** What the variant does, in one line. */
  what: string;
  apply(wb: WorkbookSnapshot): WorkbookSnapshot;
  /** Where a cell of the original is in the variant. */
  cell(address: string): string;
  /** The variant's rewriting of a text, when it rewrites text: the facts' names are rewritten the same way. */
  text?: (s: string) => string;
}

const same = (address: string) => address;

/** Every text cell of every sheet rewritten by `f` (numbers, booleans and formulas left as they are). */
function mapTexts(wb: WorkbookSnapshot, f: (s: string) => string): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v): CellValue => (typeof v === 'string' ? f(v) : v))),
    })),
  };
}

const ROWS = 2;
const COLS = 1;

/** An A1 address moved by (rows, cols); ranges ("A1:C3") move both ends. */
export function moveAddress(address: string, rows: number, cols: number): string {
  return address
    .split(':')
    .map((part) => {
      const ref = parseA1(part);
      return ref ? a1(ref.row + rows, ref.col + cols) : part;
    })
    .join(':');
}

/**
 * The cell references of a formula moved by (rows, cols), as Excel moves them when rows and columns are inserted before them
 * (absolute ones too); text in double quotes and quoted sheet names (「'R5実績'!B3」: the name, not a cell) are left alone.
 */
export function moveFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    /("[^"]*")|('[^']*'!)|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(])/g,
    (whole, str, sheet, d1: string, letters: string, d2: string, digits: string) => {
      const at = str || sheet ? null : parseA1(`${letters}${digits}`);
      return at ? `${d1}${columnLetters(at.col + cols)}${d2}${at.row + rows}` : whole;
    },
  );
}

const moveKeys = <T>(rec: Record<string, T> | undefined, rows: number, cols: number) =>
  rec ? Object.fromEntries(Object.entries(rec).map(([k, v]) => [moveAddress(k, rows, cols), v])) : undefined;

function moveSheet(s: SheetSnapshot, rows: number, cols: number): SheetSnapshot {
  return {
    ...s,
    top: s.top + rows,
    left: s.left + cols,
    formulas: s.formulas?.map((row) => row.map((f) => (f ? moveFormula(f, rows, cols) : f))),
    merges: s.merges.map((m) => moveAddress(m, rows, cols)),
    unlocked: s.unlocked?.map((m) => moveAddress(m, rows, cols)),
    notes: moveKeys(s.notes, rows, cols),
    evalsheetNotes: moveKeys(s.evalsheetNotes, rows, cols),
    hiddenRows: s.hiddenRows?.map((r) => r + rows),
    hiddenColumns: s.hiddenColumns?.map((c) => c + cols),
    struck: s.struck?.map((m) => moveAddress(m, rows, cols)),
  };
}

const ZEN_DIGITS = '０１２３４５６７８９';

/** Half-width digits and ％（）： in text as full-width ones. */
export function fullWidth(s: string): string {
  return s.replace(/[0-9%():]/g, (c) => {
    if (c >= '0' && c <= '9') return ZEN_DIGITS[Number(c)];
    return { '%': '％', '(': '（', ')': '）', ':': '：' }[c] ?? c;
  });
}

/** Full-width digits, Latin letters and ％（）： in text as half-width ones (nothing else: ①, ㎡ and kana stay). */
export function halfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ％（）：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Headings that forms space out letter by letter (「単　位」「備　考」「目 標 値」). */
const SPACED = new Set([
  '単位',
  '備考',
  '目標',
  '実績',
  '目標値',
  '実績値',
  '指標名',
  '区分',
  '評価',
  '年度',
  '達成率',
  '現状値',
  '基準値',
  '事業名',
  '項目',
  '名称',
]);

/** A heading of SPACED written with a full-width space between its letters. */
export function spacedHeading(s: string): string {
  return SPACED.has(s.trim()) ? [...s.trim()].join('　') : s;
}

/** 令和N年度 written R N年度 (and 令和元年度 R1年度). */
export function westernEraLetter(s: string): string {
  return s.replace(/令和(元|[0-9０-９]{1,2})年度/g, (_m, y: string) => `R${y === '元' ? '1' : halfWidth(y)}年度`);
}

/** 令和N年度 and 平成N年度 written in the Western calendar (2023年度). */
export function westernYear(s: string): string {
  return s.replace(
    /(令和|平成)(元|[0-9０-９]{1,2})年度/g,
    (_m, era: string, y: string) => `${(era === '令和' ? 2018 : 1988) + (y === '元' ? 1 : Number(halfWidth(y)))}年度`,
  );
}

const BRACKETED = /^(目標値?|実績値?|現状値|基準値|期待値|計画値|単位|達成率|達成度|指標名?|評価|年度|進捗率|見込値?)(\n?)([（(])/;

/** A heading's bracket on a line of its own (「目標値（令和7年度）」 as 「目標値⏎（令和7年度）」), and the other way round. */
export function wrapBracket(s: string): string {
  return s.replace(BRACKETED, (_m, head: string, brk: string, open: string) => `${head}${brk ? '' : '\n'}${open}`);
}

/** A whole number of four digits or more, not a year, written as text with thousands separators (「12,345」), as pasted figures often are. */
function textNumbers(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) =>
        row.map((v, c): CellValue => {
          if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) < 1000 || (v >= 1900 && v <= 2100)) return v;
          if (s.formulas?.[r]?.[c]) return v;
          // Only a plain number's format (General, 0, #,##0): a date's, an era's or a percentage's is no count written as text.
          if (!/^(?:General|[#0,.\s_]*)$/i.test(s.numberFormats?.[r]?.[c] ?? '')) return v;
          return v.toLocaleString('en-US');
        }),
      ),
    })),
  };
}

const blankSheet = (name: string, values: CellValue[][], visibility: SheetSnapshot['visibility'] = 'visible'): SheetSnapshot => ({
  name,
  visibility,
  protected: false,
  top: 1,
  left: 1,
  values,
  merges: [],
});

/** The instructions sheet many templates open with. */
const INSTRUCTIONS: CellValue[][] = [
  ['記入要領'],
  [],
  ['１　黄色のセルに入力してください。灰色のセルは自動で計算されます。'],
  ['２　実績値が確定していない場合は「集計中」と入力し、確定後に数値を入力してください。'],
  ['３　指標の方向は「増加」「減少」「維持」から選択してください。'],
  ['４　評価は、Ａ（順調）、Ｂ（概ね順調）、Ｃ（やや遅れている）、Ｄ（遅れている）から選択してください。'],
  ['５　提出前に、入力漏れがないか確認してください。'],
];

/** The hidden sheet of drop-down lists a template's data validation reads. */
const LISTS: CellValue[][] = [
  ['評価', '方向', '状況', '区分'],
  ['A', '増加', '集計中', '成果指標'],
  ['B', '減少', '未実施', '活動指標'],
  ['C', '維持', '－', null],
  ['D', null, null, null],
];

const texts = (name: string, what: string, f: (s: string) => string): Variant => ({ name, what, apply: (wb) => mapTexts(wb, f), cell: same, text: f });

export const VARIANTS: Variant[] = [
  {
    name: 'margin',
    what: `every sheet but 評価設定 moved ${ROWS} rows down and ${COLS} column right (an empty margin at the top left)`,
    // EvalSheet's own 評価設定 sheet is a form of fixed columns the add-in writes (sheets/settingsSheet.ts): it stays where it is.
    apply: (wb) => ({ sheets: wb.sheets.map((s) => (s.name === SETTINGS_SHEET ? s : moveSheet(s, ROWS, COLS))) }),
    cell: (address) => moveAddress(address, ROWS, COLS),
  },
  texts('zenkaku', 'digits and ％（）： in text written full-width', fullWidth),
  texts('hankaku', 'full-width digits, letters and ％（）： in text written half-width', halfWidth),
  texts('spaced', 'short headings spaced out (「単　位」「目　標　値」)', spacedHeading),
  texts('r-year', '令和N年度 written RN年度', westernEraLetter),
  texts('seireki', '令和N年度・平成N年度 written in the Western calendar (2023年度)', westernYear),
  texts('wrap', "a heading's bracket (目標値（令和7年度）) moved to its own line, or back onto the first", wrapBracket),
  { name: 'textnum', what: 'whole numbers of four digits or more (not years) written as text 「12,345」', apply: textNumbers, cell: same },
  {
    name: 'cover',
    what: 'an instructions sheet 記入要領 added before the others',
    apply: (wb) => ({ sheets: [blankSheet('記入要領', INSTRUCTIONS), ...wb.sheets] }),
    cell: same,
  },
  {
    name: 'lists',
    what: 'a hidden sheet of drop-down lists (評価 A–D, 方向, 状況) added after the others',
    apply: (wb) => ({ sheets: [...wb.sheets, blankSheet('リスト', LISTS, 'hidden')] }),
    cell: same,
  },
];
