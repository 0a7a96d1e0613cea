/** The words of the grading scale's rows in 設定 (ScaleFields), in the pane's two languages. */
import type { Locale } from '../i18n';

const ja = {
  title: '評価区分（上の区分から順に、達成率が下限以上ならその区分）',
  grade: '区分',
  label: '名称',
  min: '下限（%）',
  lastMin: '（残り）',
  rowLabel: (n: number) => `${n}行目`,
  gradeOf: (row: string) => `${row}の区分`,
  labelOf: (row: string) => `${row}の名称`,
  minOf: (grade: string) => `${grade} の下限（%）`,
  removeRow: (n: number, grade: string) => `${n}行目の区分「${grade}」を削除`,
  addRow: '区分を追加',
  preset: 'ひな形',
  presetApply: 'この区分にする',
  presets: { ad: 'A〜D（標準）', sd: 'S〜D（5段階）', marks: '◎○△×', five: '5〜1（5段階）' },
  tooFew: '評価区分は2つ以上にしてください。',
  emptyGrade: (n: number) => `${n}行目の区分（記号）を入力してください。`,
  repeatedGrade: (grade: string, n: number, first: number) => `区分「${grade}」が${first}行目と${n}行目にあります。区分の記号は重ならないようにしてください。`,
  emptyMin: (grade: string) => `区分「${grade}」の下限（%）を入力してください（最後の区分だけは下限がなく、それより下すべてになります）。`,
  badMin: (grade: string, value: string) => `区分「${grade}」の下限「${value}」を読み取れません。0〜1000 の数値（%）にしてください（例：110）。`,
  order: (grade: string, min: string, upper: string, upperMin: string) =>
    `区分「${grade}」の下限 ${min}% が、上の区分「${upper}」の下限 ${upperMin}% 以上になっています。下限は上の評価ほど大きくしてください。`,
  notImplementedMoved: (from: string, to: string) => `未実施の評価は「${from}」でしたが、その区分がなくなったため、最後の区分「${to}」にしました。`,
};

const en: typeof ja = {
  title: 'Grades (from the top: the first whose lower bound the attainment reaches)',
  grade: 'Grade',
  label: 'Name',
  min: 'Lower bound (%)',
  lastMin: '(the rest)',
  rowLabel: (n: number) => `Row ${n}`,
  gradeOf: (row: string) => `${row}: grade`,
  labelOf: (row: string) => `${row}: name`,
  minOf: (grade: string) => `Lower bound of ${grade} (%)`,
  removeRow: (n: number, grade: string) => `Remove grade “${grade}” (row ${n})`,
  addRow: 'Add a grade',
  preset: 'Preset',
  presetApply: 'Use these grades',
  presets: { ad: 'A–D (standard)', sd: 'S–D (five levels)', marks: '◎○△×', five: '5–1 (five levels)' },
  tooFew: 'Give at least two grades.',
  emptyGrade: (n: number) => `Row ${n}: enter the grade (its symbol).`,
  repeatedGrade: (grade: string, n: number, first: number) => `Grade “${grade}” is on rows ${first} and ${n}. Each grade needs its own symbol.`,
  emptyMin: (grade: string) => `Enter the lower bound (%) of grade “${grade}” (only the last grade has none: it takes everything below).`,
  badMin: (grade: string, value: string) => `The lower bound “${value}” of grade “${grade}” cannot be read. Enter a number of % between 0 and 1000 (e.g. 110).`,
  order: (grade: string, min: string, upper: string, upperMin: string) =>
    `The lower bound ${min}% of grade “${grade}” must be below the ${upperMin}% of grade “${upper}” above it (higher grades have higher bounds).`,
  notImplementedMoved: (from: string, to: string) => `The grade for 未実施 was “${from}”, which is no longer a grade: it is now the last grade, “${to}”.`,
};

export type ScaleTexts = typeof ja;
export type ScalePreset = keyof ScaleTexts['presets'];

export function scaleTexts(locale: Locale): ScaleTexts {
  return locale === 'en' ? en : ja;
}
