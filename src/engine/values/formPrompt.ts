/**
 * What a blank form writes where the department is to write: a prompt to fill the cell in (「（指標名を入力）」「指標名を記入して
 * ください」「（記入）」). Such a row is the template's empty line, never an indicator of the reply: the text is no name.
 * A name holding 入力 / 記入 as its own word (「電子申告入力件数」「記入済み調書の数」) is not a prompt. (○○ in a name is no
 * prompt: workbooks write their city's or a place's name so, 「道の駅○○」; a 記入例 sheet is left out whole, exampleSheets.ts.)
 */
const PROMPT = /^(?:[^\s。、]{1,12}を)?(?:入力|記入|記載)(?:する|して(?:ください|下さい)|願います|のこと|欄)?$/;

/** The text without brackets round the whole and white space (「（指標名を入力）」 → 指標名を入力). */
function core(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[←※▼▶→]+/, '')
    .replace(/^[([【〔<＜«]+|[)\]】〕>＞»]+$/g, '');
}

/** Whether the text is a form's prompt to write a name or a figure there (「（指標名を入力）」「記入してください」). */
export function isFormPrompt(text: string): boolean {
  const t = core(text);
  return t.length > 0 && t.length <= 24 && PROMPT.test(t);
}
