import { ReviewCollector } from './review';
import { REVIEW_SEVERITY } from './reviewCrossFile';
import { STATUS_ORDER } from './reviewRows';
import type { Report } from '../model/report';
import {
  REVIEW_FINDING_TEXT,
  renderExpectedListProblem,
  renderReviewFinding,
  renderRowReason,
  renderStatus,
  type ReviewFindingCode,
  type ReviewFindingData,
  type RowReason,
} from '../model/reviewText';

const JAPANESE = /[\u3040-\u30ff]/;
const EN = { lang: 'en', surface: 'excel' } as const;

/** One sample of each review finding. */
const SAMPLES: ReviewFindingData[] = [
  { code: 'review-period-differs', params: { period: '令和4年度', majority: '令和5年度', files: 4 } },
  {
    code: 'review-actual-differs',
    params: {
      indicator: 'Visitors',
      actual: 1200,
      others: [1, 2, 3, 4, 5].map((i) => ({ file: `f${i}.xlsx`, sheet: 'S', cell: `C${i}`, actual: 1000 + i })),
    },
  },
  { code: 'review-duplicate-file', params: { others: ['a.xlsx', 'b.xlsx'] } },
  { code: 'missing-submission', params: { department: 'Planning', name: null, line: 3 } },
  { code: 'unreadable', params: { file: 'd.xlsx', problem: { variant: 'encrypted' } } },
];

test('every review finding code has Japanese and English text, and a severity', () => {
  const codes = Object.keys(REVIEW_FINDING_TEXT).sort();
  expect(codes).toEqual(Object.keys(REVIEW_SEVERITY).sort());
  expect(SAMPLES.map((s) => s.code).sort()).toEqual(codes as ReviewFindingCode[]);
  for (const f of SAMPLES) {
    expect([f.code, JAPANESE.test(renderReviewFinding(f))]).toEqual([f.code, true]);
    expect([f.code, renderReviewFinding(f, EN)]).toEqual([f.code, expect.not.stringMatching(JAPANESE)]);
  }
});

test('a cross-file actual names three other files and how many more, in either language', () => {
  const f = SAMPLES[1];
  expect(renderReviewFinding(f)).toContain('f3.xlsx の S!C3：1,003、ほか2件');
  expect(renderReviewFinding(f, EN)).toContain('f3.xlsx, S!C3: 1,003; 2 more');
});

test('statuses, row reasons and expected-list problems in both languages', () => {
  expect(STATUS_ORDER.map((s) => renderStatus(s))).toEqual(['差戻し', '読込不可', '未提出', '要確認', '確認済']);
  expect(STATUS_ORDER.map((s) => renderStatus(s, 'en'))).toEqual(['Send back', 'Unreadable', 'Not submitted', 'To check', 'Checked']);
  const reason: RowReason = { kind: 'counts', counts: [{ code: 'formula-error', n: 2 }], mismatches: 1 };
  expect(renderRowReason(reason)).toBe('数式のエラー 2件');
  expect(renderRowReason(reason, EN)).toBe('formula error: 2');
  expect(renderRowReason({ kind: 'counts', counts: [], mismatches: 3 })).toBe('記入した評価が計算と異なる 3件');
  expect(renderExpectedListProblem({ variant: 'no-department', line: 4 })).toBe('4行目：担当部署が空です。');
  expect(renderExpectedListProblem({ variant: 'no-department', line: 4 }, EN)).toBe('Line 4: the department is empty.');
});

test("a review's own findings and rows are data: code and params, the Japanese kept as message and reason", () => {
  const report = (period: number): Report =>
    ({
      file: 'x',
      period: { label: `R${period}`, fiscalYear: 2018 + period, source: 'sheet' },
      rules: { scale: [{ grade: 'A', label: '順調' }] },
      sheets: [{ name: 'S', department: '企画課', policy: null, measure: null, statedPeriod: `令和${period}年度` }],
      groups: [],
      indicators: [],
      findings: [],
    }) as unknown as Report;
  const c = new ReviewCollector([{ department: '総務課', name: null, line: 2 }]);
  c.addReport('a.xlsx', report(5));
  c.addReport('b.xlsx', report(5));
  c.addReport('c.xlsx', report(4));
  c.addUnreadable('d.xlsx', { variant: 'damaged' });
  const review = c.finish();
  const own = [...review.findings()].filter((f) => f.code in REVIEW_SEVERITY);
  expect(own.map((f) => [f.file, f.code])).toEqual([
    ['c.xlsx', 'review-period-differs'],
    ['d.xlsx', 'unreadable'],
    ['', 'missing-submission'],
  ]);
  for (const f of own) expect(f.message).toBe(renderReviewFinding(f as ReviewFindingData));
  expect(own[0]).toMatchObject({ params: { period: '令和4年度', majority: '令和5年度', files: 2 }, sheet: 'S' });
  const byFile = new Map(review.rows.map((r) => [r.file, r]));
  expect(byFile.get('d.xlsx')).toMatchObject({
    status: 'unreadable',
    why: { kind: 'finding', finding: { code: 'unreadable' } },
    reason: 'ファイルが途中で切れているか、壊れています。元のファイルをもう一度コピーするか、作成した人にExcelで保存し直してもらってから指定してください。',
  });
  // The finding names the file; the status row's reason stands beside the file's name, so gives only why; each in its language.
  expect(own[1].message).toBe(
    'd.xlsx: ファイルが途中で切れているか、壊れています。元のファイルをもう一度コピーするか、作成した人にExcelで保存し直してもらってから指定してください。',
  );
  expect(renderReviewFinding(own[1] as ReviewFindingData, EN)).toBe(
    'd.xlsx: The file is cut short or damaged. Copy the original file again, or have whoever made it save it again in Excel, and then give it again.',
  );
  expect(renderRowReason(byFile.get('d.xlsx')!.why, EN)).toBe(
    'The file is cut short or damaged. Copy the original file again, or have whoever made it save it again in Excel, and then give it again.',
  );
  expect(byFile.get('')).toMatchObject({ status: 'missing', department: '総務課' });
  expect(renderRowReason(byFile.get('')!.why, EN)).toBe('The evaluation workbook of 総務課 has not been submitted (line 2 of the expected list).');
  expect(review.files).toEqual({ read: 3, unreadable: 1, missing: 1 });
  expect(review.totals.byStatus).toEqual({ 'send-back': 0, unreadable: 1, missing: 1, 'to-check': 1, checked: 2 });
});
