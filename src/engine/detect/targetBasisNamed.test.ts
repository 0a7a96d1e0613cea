/** Review rv76: a term of years (「5年間」) is a running total, and a heading alone naming the other row's basis is a guess. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

const check = (head7: string, pair: Row[], merges: string[] = []) =>
  checkWorkbook(
    {
      sheets: [
        snap(
          'KPI',
          [
            ['産学連携KPI　進捗状況（令和５年度末現在）'],
            [],
            ['指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', head7, '備考'],
            ['留学生の受入数', '人', '実績', 72, 81, 58, 100, null],
            ...pair,
            ['共同研究の件数', '件', '実績', 22, 27, 25, 30, null],
          ],
          { merges: ['A5:A6', 'B5:B6', ...merges] },
        ),
      ],
    },
    {},
  ).report;

const venture = (report: ReturnType<typeof check>) => report.indicators.find((i) => i.name === '大学発ベンチャー設立数');
const unsure = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell);

test('「12（5年間）」 on the 累計 row is the five years’ total: read against the 累計', () => {
  const got = check('令和5年度\n目標', [
    ['大学発ベンチャー設立数', '社', '単年度', 2, 4, 3, null, null],
    [null, null, '累計', 4, 8, 11, '12（5年間）', null],
  ]);
  expect(venture(got)).toMatchObject({ target: 12, actual: 11, grade: 'B', cells: { actual: 'F6' } });
});

test('a heading 「目標値（R3～R7の5年間）」 over a target on the 累計 row reads the 累計', () => {
  const got = check('目標値\n（R3～R7の5年間）', [
    ['大学発ベンチャー設立数', '社', '単年度', 2, 4, 3, null, null],
    [null, null, '累計', 4, 8, 11, 12, null],
  ]);
  expect(venture(got)).toMatchObject({ target: 12, actual: 11, cells: { actual: 'F6' } });
});

test('備考 「目標：5年間で15社」 beside a target on the 単年度 row sets it against the 累計', () => {
  const got = check('令和5年度\n目標', [
    ['大学発ベンチャー設立数', '社', '単年度', 2, 4, 3, 15, '目標：5年間で15社'],
    [null, null, '累計', 4, 8, 11, null, null],
  ]);
  expect(venture(got)).toMatchObject({ target: 15, actual: 11, cells: { actual: 'F6' } });
});

test('a heading 「年間目標」 alone over a figure on the 累計 row: that row is read, a guess naming both rows', () => {
  const got = check('令和5年度\n年間目標', [
    ['大学発ベンチャー設立数', '社', '単年度', 2, 4, 3, null, null],
    [null, null, '累計', 4, 8, 11, 12, null],
  ]);
  expect(venture(got)).toMatchObject({ target: 12, actual: 11, cells: { actual: 'F6' } });
  expect(unsure(got)).toContain('C6');
});
