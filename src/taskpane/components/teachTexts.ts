/** The words of 読み取りを修正 (TeachView), in the pane's two languages. */
import type { Locale } from '../i18n';

export type TeachField = 'names' | 'targets' | 'actuals' | 'unit' | 'period' | 'grade';
/** What a saved entry maps (the fields of 評価設定's 読み取りの指定). */
export type EntryField = TeachField | 'baseline';

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
  listTitle: (n: number) => `保存されている指定（評価設定の「読み取りの指定」）：${n} 件`,
  listEmpty: 'まだ保存されている指定はありません。',
  listLoading: '評価設定を読んでいます…',
  entryField: {
    names: '指標名のセル',
    targets: '目標のセル',
    actuals: '実績のセル',
    unit: '単位',
    period: '期間の見出し',
    grade: '評価のセル',
    baseline: '基準値のセル',
  } as Record<EntryField, string>,
  entryCount: (n: number) => `（${n}件）`,
  entrySheet: (sheet: string, source: string | null) => `シート「${sheet}」${source ? `（${source} の行）` : ''}`,
  separator: '、',
  select: '選択',
  selectEntry: (sheet: string, names: string) => `シート「${sheet}」の指標名 ${names} の指定のセルを選択`,
  remove: '削除',
  removeEntry: (sheet: string, names: string) => `シート「${sheet}」の指標名 ${names} の指定を削除`,
  removing: '削除しています…',
  removed: (sheet: string, names: string, source: string, left: number) =>
    `評価設定の「読み取りの指定」から、シート「${sheet}」の指標名 ${names} の指定（${source} の行）を削除しました。下の行は1行ずつ上に詰め、ほかのセルは変えていません。残りの指定は ${left} 件です。次の「確認」からこの指定なしで読み取ります。元に戻すには「元に戻す」を使います。`,
  removeProtected:
    '評価設定シートが保護されているため、指定を削除していません（何も書き込んでいません）。シートの保護を解除してから、もう一度「削除」を押してください。',
  removeMissing: 'この指定は評価設定に見つかりませんでした（一覧を表示した後にブックが変更されたようです）。何も削除していません。一覧を読み直しました。',
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
  listTitle: (n: number) => `Saved in 評価設定 (読み取りの指定): ${n} entr${n === 1 ? 'y' : 'ies'}`,
  listEmpty: 'No entry is saved yet.',
  listLoading: 'Reading 評価設定…',
  entryField: {
    names: 'Name cells',
    targets: 'Target cells',
    actuals: 'Actual cells',
    unit: 'Unit',
    period: 'Period heading',
    grade: 'Grade cells',
    baseline: 'Baseline cells',
  },
  entryCount: (n: number) => ` (${n})`,
  entrySheet: (sheet: string, source: string | null) => `Sheet “${sheet}”${source ? ` (row ${source})` : ''}`,
  separator: '; ',
  select: 'Select',
  selectEntry: (sheet: string, names: string) => `Select the cells of the entry for names ${names} on sheet “${sheet}”`,
  remove: 'Remove',
  removeEntry: (sheet: string, names: string) => `Remove the entry for names ${names} on sheet “${sheet}”`,
  removing: 'Removing…',
  removed: (sheet: string, names: string, source: string, left: number) =>
    `Removed from 評価設定 (読み取りの指定): the entry for names ${names} on sheet “${sheet}” (row ${source}). The rows below it moved up one; no other cell was changed. ${left} entr${left === 1 ? 'y' : 'ies'} left. The next Check reads without it. Undo takes it back.`,
  removeProtected: 'The 評価設定 sheet is protected: the entry was not removed (nothing was written). Unprotect the sheet, then press “Remove” again.',
  removeMissing: 'This entry is no longer in 評価設定 (the workbook was changed after the list was shown). Nothing was removed. The list has been read again.',
};

export type TeachTexts = typeof ja;

export function teachTexts(locale: Locale): TeachTexts {
  return locale === 'en' ? en : ja;
}
