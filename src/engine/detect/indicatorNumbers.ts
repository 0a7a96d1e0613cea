/**
 * Compound indicator numbers, as a clerk numbers the blocks of a policy sheet under its 施策 and 取組: 「①-1」「②－２」,
 * 「1-(1)-1」「(2)-1」「Ⅱ-1-(3)」, alone or after the label word that says a number follows (「成果指標 1-(1)-1」,
 * 「活動指標①-2」「指標 ②-1」「No.1-2」). A cell holding nothing else is the block's number — its id — and never its name:
 * the name is the text beside it (periodBlock.ts nearestHeading, names.ts numberLabel).
 */

/** One part of a number: digits, a circled or Roman numeral, or digits in brackets. */
const PART = '(?:[0-9０-９]{1,3}|[①-⑳]|[Ⅰ-Ⅻ]|[(（][0-9０-９]{1,3}[)）])';
/** The dashes joining the parts (hyphen, full-width hyphen-minus, minus sign, hyphen, en dash). */
const DASH = '[-－−‐–]';
/** The words a number follows: 成果指標 / 活動指標 / 指標 / No. / №. */
const LEAD = '(?:(?:成果|活動|数値|目標|評価|重点|主要|管理|参考)?指標|No\\.?|№)';

/**
 * The whole cell: two parts or more joined by dashes, the lead word allowed before them; or one part after the lead word
 * and a space (「成果指標 3」「指標　②」); a closing mark (「.」「：」) allowed after either.
 */
const NUMBER_CELL = new RegExp(`^(?:(?:${LEAD}[\\s　]*)?(${PART}(?:${DASH}${PART})+)|${LEAD}[\\s　]+(${PART}))[\\s　.．:：]*$`, 'i');

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';

/**
 * The id a cell holding only an indicator number gives (「①-1」→「1-1」, 「成果指標 1-(1)-1」→「1-(1)-1」, 「Ⅱ-3」→「2-3」,
 * 「成果指標 3」→「3」), else null; a bare 「(1)」「②」 is names.ts's LEADING_ID. Without a lead word a number needs a dash
 * between parts of one to three digits or numerals: 「1-1 事業名」 (words after it), 「R5-1」 and 「2023-24」 (a year) are no such cell.
 */
export function indicatorNumber(text: string): string | null {
  const m = NUMBER_CELL.exec(text.trim());
  return m ? numberId(m[1] ?? m[2]) : null;
}

/** The id a number as written stands for: 「①-1」→「1-1」, 「Ⅱ-3」→「2-3」, 「（２）」→「2」, 「1-(1)-1」 as it is. */
export function numberId(written: string): string {
  // Numerals first: NFKC would turn Ⅱ into 「II」.
  return written
    .replace(/[①-⑳]/g, (ch) => String(CIRCLED.indexOf(ch) + 1))
    .replace(/[Ⅰ-Ⅻ]/g, (ch) => String(ROMAN.indexOf(ch) + 1))
    .normalize('NFKC')
    .replace(/[‐–−]/g, '-')
    .replace(/^\((\d+)\)$/, '$1');
}

/** A code in the brackets a clerk numbers a row's name with (「【1-1】」「［2］」「〔1-(1)-1〕」「[3.2]」): parts and separators only. */
const BRACKETED_CODE = new RegExp(`^[\\s　]*[【［〔[][\\s　]*(${PART}(?:(?:${DASH}|[.．・])${PART})*)[\\s　]*[】］〕\\]][\\s　]*`);
/** A compound number led by a circled or Roman numeral before the name (「①-1 農地の集積率」「Ⅱ-3　相談件数」). */
const LEADING_COMPOUND = new RegExp(`^[\\s　]*([①-⑳Ⅰ-Ⅻ](?:${DASH}${PART})+)(?![0-9０-９])[\\s　.．:：]*`);
/**
 * A compound number of digits with a bracketed part before the name (「1-(1) 空き家バンク運営事業」「2-(3)移住コーディネーター…」):
 * 施策 1, its (1); a bracketed part is no figure of the name's (「3-4歳児」 has none and stays a name).
 */
const LEADING_BRACKETED = new RegExp(
  `^[\\s　]*([0-9０-９]{1,3}(?:${DASH}${PART})*${DASH}[(（][0-9０-９]{1,3}[)）](?:${DASH}${PART})*)(?![0-9０-９])[\\s　.．:：]*`,
);

/**
 * A compound number led by a bracketed part before the name (「(1)-①　人権啓発推進事業」「（２）-(3) 相談事業」「(1)-2　研修事業」): 施策
 * (1), its ①. Digits closing it must be followed by a space or a mark (「(1)-3歳児健診」 keeps its 3歳児).
 */
const LEADING_BRACKET_FIRST = new RegExp(
  `^[\\s　]*([(（][0-9０-９]{1,3}[)）](?:${DASH}${PART})*${DASH}(?:[①-⑳Ⅰ-Ⅻ]|[(（][0-9０-９]{1,3}[)）]|[0-9０-９]{1,3}(?=[\\s　.．:：])))[\\s　.．:：]*`,
);

/**
 * A compound number of digits whose later part is a circled or Roman numeral before the name (「1-①　６次産業化支援事業」
 * 「2-Ⅱ 相談事業」): 施策 1, its ①. A space or a mark must follow it, so the name's own figures never join it: folded
 * first, 「1-①６次…」 would become 「1-16次…」. 「3-4歳児」 (digits only) stays a name.
 */
const LEADING_NUMERAL_LATER = new RegExp(`^[\\s　]*([0-9０-９]{1,3}(?:${DASH}${PART})*${DASH}[①-⑳Ⅰ-Ⅻ](?:${DASH}${PART})*)(?=[\\s　.．:：])[\\s　.．:：]*`);

/**
 * The number written in front of a name (「【1-1】移住体験住宅運営事業」「①-1 農地の集積率」「1-(1) 空き家バンク運営事業」): the row's number, never part of
 * the name; its id and how many characters it takes, else null. A bracket holding words (「【重点】」「【新規】」) is no number.
 */
export function leadingNumber(text: string): { id: string; length: number } | null {
  const m = BRACKETED_CODE.exec(text) ?? LEADING_COMPOUND.exec(text) ?? LEADING_BRACKETED.exec(text) ?? LEADING_BRACKET_FIRST.exec(text) ?? numeralLater(text);
  return m && m[0].length < text.length ? { id: numberId(m[1]), length: m[0].length } : null;
}

/** A Roman numeral the name goes on from (「2-Ⅱ 期工事の進捗率」: Ⅱ期, 「Ⅲ 型」「Ⅰ 号」): a word of the name, no number's part. */
const NUMERAL_WORD = /^(期|型|号|種|類|章)/;

/** LEADING_NUMERAL_LATER, unless its last numeral is Roman and the name goes on from it (「2-Ⅱ 期工事」). */
function numeralLater(text: string): RegExpExecArray | null {
  const m = LEADING_NUMERAL_LATER.exec(text);
  return m && /[Ⅰ-Ⅻ]$/.test(m[1]) && NUMERAL_WORD.test(text.slice(m[0].length)) ? null : m;
}

/**
 * Whether an id is a compound code written before a name (「1-①」→「1-1」, 「1-(1)-1」, 「3.2」): parts joined by a dash or a
 * point. Such a code tells rows apart (the same project under 施策 1 and 2), and a No. column's plain number does not replace it.
 */
export function isCompoundCode(id: string | null | undefined): boolean {
  return !!id && /^[^-.]+(?:[-.][^-.]+)+$/.test(id);
}
