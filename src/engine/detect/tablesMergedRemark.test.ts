/** A sentence merged down a grade column over several rows remarks on them all: it is no row's written grade (tables.ts). */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (remark: string) =>
  snap(
    '成果',
    [
      ['指標名', '単位', '目標値', '実績値', '教育委員会の評価'],
      ['公民館の利用者数', '人', 30000, 27000, remark],
      ['出前講座の開催回数', '回', 40, 44, null],
    ],
    { merges: ['E2:E3'] },
  );
const read = (remark: string) => {
  const { report } = checkWorkbook({ sheets: [sheet(remark)] }, {});
  return [report.indicators.map((i) => i.existingGrade ?? null), report.findings.filter((f) => f.code === 'rating-invalid').length];
};

test('a remark merged over the rows gives them no grade and no invalid-grade finding', () => {
  expect(read('取組全体としては計画どおり進捗している')).toEqual([[null, null], 0]);
});

test('a grade merged over the rows is still their grade', () => {
  expect(read('概ね順調')[0]).toEqual(['B', 'B']);
});
