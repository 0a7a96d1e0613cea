/**
 * The review's own words, in Japanese and English: the findings only a look across the submitted
 * files makes (findingText.ts holds those of one workbook), the status of a submission, the short
 * reasons of the 提出状況一覧, and the problems of an expected list. What each carries is data here
 * (codes and params, nothing in words); the texts are pure functions of it.
 */
import { num } from './figures';
import { renderReadProblem, type ReadProblem } from './readProblem';
import { JA_EXCEL, type Lang, type RenderOptions, type Texts } from './renderOptions';

/** The status of one submission (a file, or one of its sheets), worst first in STATUS_ORDER (actions/reviewRows.ts). */
export type SubmissionStatus = 'send-back' | 'unreadable' | 'missing' | 'to-check' | 'checked';

/** Another file's actual for the same indicator and year. */
export interface OtherActual {
  file: string;
  sheet: string;
  cell: string;
  actual: number;
}

/** What each of the review's own findings carries. */
export interface ReviewFindingParams {
  /** This file's period is not the one most files report. */
  'review-period-differs': { period: string; majority: string; files: number };
  /** The same indicator and year with another actual in other files (every other file; the text names three). */
  'review-actual-differs': { indicator: string; actual: number; others: OtherActual[] };
  /** The same cells under other file names. */
  'review-duplicate-file': { others: string[] };
  /** A submission the expected list names that nobody sent (`name` null: any workbook of the department). */
  'missing-submission': { department: string; name: string | null; line: number };
  /** The file cannot be read, and why (model/readProblem.ts). */
  unreadable: { file: string; problem: ReadProblem };
}

export type ReviewFindingCode = keyof ReviewFindingParams;

/** A review finding's data: its code and params. */
export type ReviewFindingData = { [C in ReviewFindingCode]: { code: C; params: ReviewFindingParams[C] } }[ReviewFindingCode];

/** A problem with one line of the expected list. */
export type ExpectedListProblem = { variant: 'no-department'; line: number };

/** Up to three, then how many more. */
function someOf(items: string[], lang: Lang): string {
  const shown = items.slice(0, 3);
  if (items.length > 3) shown.push(lang === 'ja' ? `ほか${items.length - 3}件` : `${items.length - 3} more`);
  return shown.join(lang === 'ja' ? '、' : '; ');
}

export const REVIEW_FINDING_TEXT: { [C in ReviewFindingCode]: Texts<ReviewFindingParams[C]> } = {
  'review-period-differs': {
    ja: (p) =>
      `このブックの評価対象期間（${p.period}）が、ほかの多くのブック（${p.majority}、${p.files}件）と異なります。前年度のブックを提出していないか確認してください。`,
    en: (p) =>
      `This workbook's evaluation period (${p.period}) differs from most other workbooks' (${p.majority}, ${p.files}). Check that last year's workbook was not sent.`,
  },
  'review-actual-differs': {
    ja: (p) =>
      `指標「${p.indicator}」の実績値 ${num(p.actual)} が、ほかのブックの同じ指標と異なります（${someOf(
        p.others.map((o) => `${o.file} の ${o.sheet}!${o.cell}：${num(o.actual)}`),
        'ja',
      )}）。どちらが正しいか担当課に確認してください。`,
    en: (p) =>
      `The actual ${num(p.actual, 'en')} of "${p.indicator}" differs from the same indicator in other workbooks (${someOf(
        p.others.map((o) => `${o.file}, ${o.sheet}!${o.cell}: ${num(o.actual, 'en')}`),
        'en',
      )}). Ask the department which is right.`,
  },
  'review-duplicate-file': {
    ja: (p) =>
      `このブックは${someOf(
        p.others.map((f) => `「${f}」`),
        'ja',
      )}とすべてのシートのセルの内容が同じです。同じブックを別の名前で提出していないか、担当課に確認してください。`,
    en: (p) =>
      `Every cell of every sheet of this workbook is the same as in ${someOf(
        p.others.map((f) => `"${f}"`),
        'en',
      )}. Ask the department whether the same workbook was sent under another name.`,
  },
  'missing-submission': {
    ja: (p) => `${p.department}の${p.name ? `「${p.name}」` : '評価ブック'}が提出されていません（提出予定一覧の${p.line}行目）。`,
    en: (p) => `${p.name ? `"${p.name}"` : 'The evaluation workbook'} of ${p.department} has not been submitted (line ${p.line} of the expected list).`,
  },
  // As the command line names a file it cannot read: `file: why`.
  unreadable: {
    ja: (p, o) => `${p.file}: ${renderReadProblem(p.problem, o)}`,
    en: (p, o) => `${p.file}: ${renderReadProblem(p.problem, o)}`,
  },
};

/** A review finding's text in a language, for a surface. */
export function renderReviewFinding(f: ReviewFindingData, o: RenderOptions = JA_EXCEL): string {
  return (REVIEW_FINDING_TEXT[f.code][o.lang] as (p: ReviewFindingParams[ReviewFindingCode], o: RenderOptions) => string)(f.params, o);
}

export const STATUS_TEXT: Record<Lang, Record<SubmissionStatus, string>> = {
  ja: { 'send-back': '差戻し', unreadable: '読込不可', missing: '未提出', 'to-check': '要確認', checked: '確認済' },
  en: { 'send-back': 'Send back', unreadable: 'Unreadable', missing: 'Not submitted', 'to-check': 'To check', checked: 'Checked' },
};

/** A status in words (the Japanese is what the 提出状況一覧 and the command line show). */
export function renderStatus(s: SubmissionStatus, lang: Lang = 'ja'): string {
  return STATUS_TEXT[lang][s];
}

/** Short labels of finding codes for the 理由 column of the status list; a code without one is shown as it is. */
const REASON_JA: Record<string, string> = {
  'missing-actual': '実績値が未入力',
  'missing-target': '目標値が未入力',
  'target-other-period': '目標が別の年度のもの',
  'reading-uncertain': '読み取りに推測を含む',
  'value-unparseable': '数値を読み取れない',
  'unit-mismatch': '単位が目標と異なる',
  'formula-error': '数式のエラー',
  'rating-mismatch': '記入した評価が計算と異なる',
  'rating-invalid': '評価区分にない評価',
  'cumulative-decrease': '累計値が減少',
  'outlier-jump': '前年から急な変化',
  'direction-conflict': '目標の向きが不明確',
  'duplicate-indicator': '指標の重複',
  'direction-keyword-invalid': '今後の方向性が選択肢の語でない',
  'sheet-protected': 'シート保護',
  'no-indicators': '指標が見つからない',
  'period-undetermined': '評価対象期間が不明',
  'period-not-in-sheet': '評価対象期間の列がない',
  'progress-undefined': '進捗を判定できない',
  'settings-invalid': '評価設定に誤り',
  'summary-protected': '評価サマリーが保護',
  'review-period-differs': '評価対象期間が他と異なる',
  'review-actual-differs': '他のブックと実績値が異なる',
  'review-duplicate-file': '他のブックと内容が同じ',
};

const REASON_EN: Record<string, string> = {
  'missing-actual': 'actual not entered',
  'missing-target': 'target not entered',
  'target-other-period': 'target of another year',
  'reading-uncertain': 'reading rests on a guess',
  'value-unparseable': 'number not readable',
  'unit-mismatch': "unit differs from the target's",
  'formula-error': 'formula error',
  'rating-mismatch': 'written grade differs from the computed one',
  'rating-invalid': 'grade not on the scale',
  'cumulative-decrease': 'cumulative value falls',
  'outlier-jump': 'sudden change from last year',
  'direction-conflict': 'direction unclear',
  'duplicate-indicator': 'indicator repeated',
  'direction-keyword-invalid': '今後の方向性 not one of its words',
  'sheet-protected': 'sheet protected',
  'no-indicators': 'no indicators found',
  'period-undetermined': 'evaluation period unknown',
  'period-not-in-sheet': 'no column for the evaluation period',
  'progress-undefined': 'progress cannot be computed',
  'settings-invalid': 'error in 評価設定',
  'summary-protected': '評価サマリー protected',
  'review-period-differs': 'period differs from the others',
  'review-actual-differs': 'actual differs from other workbooks',
  'review-duplicate-file': 'same content as another workbook',
};

/**
 * Why a status row has its status, as data: the findings it counts (code and how many, in the
 * order shown: errors first, then the most frequent) and the written grades that differ; or, for a
 * file not read or not sent, that finding.
 */
export type RowReason = { kind: 'counts'; counts: { code: string; n: number }[]; mismatches: number } | { kind: 'finding'; finding: ReviewFindingData };

/** A status row's 理由 in words (an unreadable file's: only why, beside the row's file name). */
export function renderRowReason(r: RowReason, o: RenderOptions = JA_EXCEL): string {
  if (r.kind === 'finding' && r.finding.code === 'unreadable') return renderReadProblem(r.finding.params.problem, o);
  if (r.kind === 'finding') return renderReviewFinding(r.finding, o);
  const ja = o.lang === 'ja';
  const label = ja ? REASON_JA : REASON_EN;
  const parts = r.counts.map((c) => (ja ? `${label[c.code] ?? c.code} ${c.n}件` : `${label[c.code] ?? c.code}: ${c.n}`));
  if (!parts.length && r.mismatches) parts.push(ja ? `記入した評価が計算と異なる ${r.mismatches}件` : `${REASON_EN['rating-mismatch']}: ${r.mismatches}`);
  return parts.join(ja ? '、' : ', ');
}

export const EXPECTED_LIST_TEXT: Texts<ExpectedListProblem> = {
  ja: (p) => `${p.line}行目：担当部署が空です。`,
  en: (p) => `Line ${p.line}: the department is empty.`,
};

export function renderExpectedListProblem(p: ExpectedListProblem, o: RenderOptions = JA_EXCEL): string {
  return EXPECTED_LIST_TEXT[o.lang](p, o);
}
