/** The words of 読み取りを修正 (TeachView), in the pane's two languages. */
import type { Locale } from '../i18n';

export type TeachField = 'names' | 'targets' | 'actuals' | 'unit' | 'period' | 'grade';

const ja = {
  tab: '読み取りを修正',
  intro:
    'EvalSheet が読み取れない、または読み違えた表は、セルを指定して教えられます。指標名のセルを選択して「指標名」を押し、次に目標のセル、実績のセルを選択してそれぞれのボタンを押してから「保存」を押します。1つの指標だけなら、その指標名のセル1つを選びます。',
  field: { names: '指標名', targets: '目標', actuals: '実績', unit: '単位', period: '期間の見出し', grade: '評価' } as Record<TeachField, string>,
  take: (f: string) => `選択範囲を「${f}」にする`,
  optional: '（省略可。単位と期間は「人」「令和5年度」のように値を入力しても構いません）',
  sheet: (s: string) => `シート：${s}`,
  count: (n: number) => `指標 ${n} 件`,
  otherSheet: (sel: string, names: string) => `選択したセルはシート「${sel}」にあります。指標名のセルと同じシート「${names}」のセルを選んでください。`,
  save: '保存',
  saving: '保存しています…',
  clear: 'やり直す',
  saved: (sheet: string, names: string, n: number) =>
    `評価設定の「読み取りの指定」に保存しました（シート「${sheet}」の指標名 ${names}、全部で ${n} 件の指定）。「確認」で読み取りを確かめてください。元に戻すには「元に戻す」を使います。`,
  refused: '保存していません：',
  needNames: '指標名のセルと、目標か実績のセルを指定してください。',
};

const en: typeof ja = {
  tab: 'Correct the reading',
  intro:
    'Where EvalSheet cannot read a table, or reads it wrong, you can teach it the cells. Select the indicator-name cells and press “Names”, then select the target cells and the actual cells and press their buttons, then “Save”. For one indicator, select its one name cell.',
  field: { names: 'Names', targets: 'Targets', actuals: 'Actuals', unit: 'Unit', period: 'Period heading', grade: 'Grades' },
  take: (f: string) => `Use the selection as “${f}”`,
  optional: '(optional; a unit or period may also be typed, like 人 or 令和5年度)',
  sheet: (s: string) => `Sheet: ${s}`,
  count: (n: number) => `${n} indicator(s)`,
  otherSheet: (sel: string, names: string) => `The selected cells are on sheet “${sel}”. Select cells on the names’ sheet “${names}”.`,
  save: 'Save',
  saving: 'Saving…',
  clear: 'Start again',
  saved: (sheet: string, names: string, n: number) =>
    `Saved in 評価設定 (読み取りの指定): names ${names} on sheet “${sheet}”; ${n} entr${n === 1 ? 'y' : 'ies'} in all. Run Check to see the reading. Undo takes it back.`,
  refused: 'Not saved:',
  needNames: 'Give the name cells, and the target or the actual cells.',
};

export type TeachTexts = typeof ja;

export function teachTexts(locale: Locale): TeachTexts {
  return locale === 'en' ? en : ja;
}
