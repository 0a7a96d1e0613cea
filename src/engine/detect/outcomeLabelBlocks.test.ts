/**
 * A subsidy's outcome report written one block per project going down: 事業名 | name, then 成果目標 / 成果実績 lines of text
 * (「利用者 120人」), a 自己評価 line. 成果目標 / 成果実績 are the target and actual labels, the project's name the indicator's.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const block = (no: number, name: string, target: string, actual: string, grade: string) => [
  [`事業${no}`, '事業名', name, null, '交付先', '実行委員会'],
  [null, '交付決定額', '500,000円', null, '事業期間', '令和6年4月1日～令和7年3月31日'],
  [null, '成果目標', target],
  [null, '成果実績', actual],
  [null, '自己評価', grade, null, '所見', '概ね計画どおり'],
  [],
];

const rows = [
  ['令和６年度　地域活動支援補助金　成果報告書'],
  [],
  ...block(1, '子ども食堂運営支援事業', '利用者 120人', '利用者 131人', 'A'),
  ...block(2, '伝統芸能継承事業', '公演回数 6回', '公演回数 4回', 'C'),
  ...block(3, '里山保全活動事業', '活動日数 20日', '未実施（令和７年度に延期）', 'D'),
];

test('成果目標 / 成果実績 lines in blocks going down are each project’s target and actual, read for the title’s year', () => {
  const { report } = checkWorkbook({ sheets: [snap('成果報告', rows)] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2024 });
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.actualStatus, i.existingGrade])).toEqual([
    ['子ども食堂運営支援事業', '人', 120, 131, 'value', 'A'],
    ['伝統芸能継承事業', '回', 6, 4, 'value', 'C'],
    ['里山保全活動事業', '日', 20, null, 'not-implemented', 'D'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
