/** The review's expected list (提出予定一覧): which department sends which workbook, from a CSV's rows. */
import type { ExpectedListProblem } from '../model/reviewText';
import type { ExpectedSubmission } from './reviewModel';

/**
 * The expected submissions from a CSV's rows: department, then file or sheet name (optional).
 * A first row of headings (担当課, ファイル名, …) is skipped.
 */
export function parseExpectedList(rows: string[][]): { expected: ExpectedSubmission[]; problems: ExpectedListProblem[] } {
  const expected: ExpectedSubmission[] = [];
  const problems: ExpectedListProblem[] = [];
  rows.forEach((r, i) => {
    const [dept = '', name = ''] = r;
    if (i === 0 && /部署|担当|所属|課名|部名|department|ファイル|シート|file|sheet/i.test(r.join(','))) return;
    if (!dept && !name) return;
    if (!dept) {
      problems.push({ variant: 'no-department', line: i + 1 });
      return;
    }
    expected.push({ department: dept, name: name || null, line: i + 1 });
  });
  return { expected, problems };
}
