/**
 * The pane's words for working from it at 300–350 px (issue 17 item 4): the Check view's filters and
 * out-of-date notice, the screen-reader announcements, the navigation's overflow menu, the file
 * choosers, and the punctuation and periods that differ between Japanese and English
 * (「…」 vs "…", （…） vs (…), 令和5年度 vs FY2023).
 */
import { findPeriod } from '../../engine/values/periods';

export interface ClerkWords {
  /** The group of findings that name no sheet. */
  wholeWorkbook: string;
  /** A heading with its count: 指摘（3） / Findings (3). */
  counted: (label: string, n: number) => string;
  quote: (s: string) => string;
  /** An aside after a value: （暫定値） / " (provisional)". */
  aside: (s: string) => string;
  blank: string;
  listJoin: string;
  colon: string;
  /** Sentences made of parts: 「a。b。」 / "a. b." */
  sentences: (parts: string[]) => string;
  /** Between sheet names inside the messages' 「…」 (ja) or plain list (en). */
  sheetJoin: string;
  month: (m: number) => string;
  /** A period as written in the workbook (R5, 令和5年度), in the pane's language. */
  period: (label: string) => string;
  gradeFilter: string;
  gradeAll: string;
  gradeGuessed: string;
  noIndicatorMatches: string;
  stale: string;
  recheck: string;
  announceChecked: (indicators: number, errors: number, warnings: number, infos: number) => string;
  announceStale: string;
  moreViews: string;
  chooseFile: string;
  chooseFiles: string;
  noFileChosen: string;
  filesChosen: (names: string[]) => string;
  selectCell: (ref: string) => string;
  /** The findings about one indicator, beside its name. */
  findingsOf: (n: number) => string;
}

export const clerkJa: ClerkWords = {
  wholeWorkbook: '（ブック全体）',
  counted: (label, n) => `${label}（${n}）`,
  quote: (s) => `「${s}」`,
  aside: (s) => `（${s}）`,
  blank: '（空欄）',
  listJoin: '、',
  colon: '：',
  sentences: (parts) => `${parts.join('。')}。`,
  sheetJoin: '」「',
  month: (m) => `${m}月`,
  period: (label) => label,
  gradeFilter: '表示する指標',
  gradeAll: 'すべての評価',
  gradeGuessed: '推測を含む指標',
  noIndicatorMatches: 'この条件に合う指標はありません。',
  stale: '確認の後にブックが変更されました。この結果は変更前のものです。',
  recheck: 'もう一度確認する',
  announceChecked: (n, e, w, i) => `確認しました。指標 ${n} 件、エラー ${e} 件、警告 ${w} 件、情報 ${i} 件。`,
  announceStale: 'ブックが変更されたため、確認の結果は古くなりました。',
  moreViews: 'ほかの画面',
  chooseFile: 'ファイルを選ぶ',
  chooseFiles: 'ファイルを選ぶ',
  noFileChosen: 'まだ選んでいません',
  filesChosen: (names) => (names.length === 1 ? names[0] : `${names.length} 件（${names[0]} ほか）`),
  selectCell: (ref) => `${ref} を選択`,
  findingsOf: (n) => `指摘 ${n} 件`,
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** R5 / 令和5年度 → FY2023; 令和5年 → 2023; 令和6年3月 → Mar 2024, 令和6年3月末 → end of Mar 2024; anything else as written. */
export function periodInEnglish(label: string): string {
  const text = label.trim();
  const m = findPeriod(text);
  if (!m || m.index !== 0) return label;
  const rest = text.slice(m.length);
  const p = m.period;
  if (p.kind === 'month' && p.month && /^(末|末現在)?$/.test(rest)) return `${rest ? 'end of ' : ''}${MONTHS_EN[p.month - 1]} ${p.year}`;
  if (rest) return label;
  return p.kind === 'calendar' ? String(p.year) : `FY${p.fiscalYear}`;
}

export const clerkEn: ClerkWords = {
  wholeWorkbook: '(whole workbook)',
  counted: (label, n) => `${label} (${n})`,
  quote: (s) => `"${s}"`,
  aside: (s) => ` (${s})`,
  blank: '(empty)',
  listJoin: ', ',
  colon: ': ',
  sentences: (parts) => `${parts.join('. ')}.`,
  sheetJoin: ', ',
  month: (m) => MONTHS_EN[m - 1] ?? String(m),
  period: periodInEnglish,
  gradeFilter: 'Show indicators',
  gradeAll: 'All grades',
  gradeGuessed: 'Guessed readings',
  noIndicatorMatches: 'No indicator matches.',
  stale: 'The workbook changed after this check. These results are from before the change.',
  recheck: 'Check again',
  announceChecked: (n, e, w, i) => `Checked. ${n} indicator(s), ${e} error(s), ${w} warning(s), ${i} info.`,
  announceStale: 'The workbook changed: the check results are out of date.',
  moreViews: 'More views',
  chooseFile: 'Choose a file',
  chooseFiles: 'Choose files',
  noFileChosen: 'None chosen yet',
  filesChosen: (names) => (names.length === 1 ? names[0] : `${names.length} files (${names[0]} and others)`),
  selectCell: (ref) => `Select ${ref}`,
  findingsOf: (n) => `${n} finding(s)`,
};
