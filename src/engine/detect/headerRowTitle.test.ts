/** A table's header row on the sheet's first line is no title: neither its longest heading nor its first year. */
import { checkWorkbook } from '../actions/check';
import { detectWorkbook } from './index';
import { snap } from './testing';

const header = ['施策コード', '指標名', '単位', 'R04_目標値', 'R04_実績値', 'R05_目標値', 'R05_実績値', '重点フラグ'];
const rows = [
  ['01-01', '防災メール登録者数', '人', '11,000', '11,472', '12,000', '12,846', 0],
  ['01-02', '刑法犯認知件数', '件', '540', '561', '520', '498', 1],
];

test('headers on the first line: no title, no title year read from the first period heading', () => {
  const [sheet] = detectWorkbook([snap('成果指標', [header, ...rows])], [{ grade: 'A', label: '' }]);
  expect(sheet.meta.title).toBeUndefined();
  expect(sheet.meta.titlePeriod).toBeUndefined();
  expect(sheet.indicators.map((i) => i.name)).toEqual(['防災メール登録者数', '刑法犯認知件数']);
});

test('a title above the same header stays the title with its year', () => {
  const [sheet] = detectWorkbook([snap('成果指標', [['令和５年度　成果指標一覧'], header, ...rows])], [{ grade: 'A', label: '' }]);
  expect(sheet.meta.title).toContain('成果指標一覧');
  expect(sheet.meta.titlePeriod?.fiscalYear).toBe(2023);
});

test('with no year anywhere but the columns, the latest actual’s year is the period, flagged as inferred', () => {
  const { report } = checkWorkbook({ sheets: [snap('成果指標', [header, ...rows])] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.findings.some((f) => f.code === 'reading-uncertain' && JSON.stringify(f.params).includes('period-inferred'))).toBe(true);
});
