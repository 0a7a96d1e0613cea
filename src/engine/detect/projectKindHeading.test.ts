/** A word and 事業 (連携事業, 重点事業) over the rows' project names heads them where no name heading stands. */
import { checkWorkbook } from '../actions/check';
import { isProjectKindHeading } from './projectKindHeading';
import { snap } from './testing';

test.each(['連携事業', '重点事業', '主要事業', '関連事業', '連携事業（概要）'])('「%s」 names the kind of project each row is', (t) =>
  expect(isProjectKindHeading(t)).toBe(true),
);

test.each(['事業', '事業費', '事業量', '事業名', '主な事業', '事業の概要', '連携事業数'])('「%s」 is none', (t) => expect(isProjectKindHeading(t)).toBe(false));

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('資料２', rows)] }, {}).report.indicators.map((i) => [i.id, i.name, i.target, i.actual, i.existingGrade]);

test('No. | 連携事業 | 担当課 | 目標 | 実績: the 連携事業 cells name the rows, the No. their ids', () => {
  const rows = [
    ['令和５年度　連携事業実績一覧', null, null, null, null, null],
    ['No.', '連携事業', '担当課', 'R5年度数値目標', 'R5年度実績値', '自己評価'],
    [1, '圏域合同企業説明会の開催', '商工振興課', 60, 54, 'B'],
    [2, '圏域周遊観光パスの販売', '観光交流課', 3000, 3412, 'A'],
  ];
  expect(read(rows)).toEqual([
    ['1', '圏域合同企業説明会の開催', 60, 54, 'B'],
    ['2', '圏域周遊観光パスの販売', 3000, 3412, 'A'],
  ]);
});

test('a 関連事業 column beside a 指標名 heading names no rows: the 指標名 cells do (as before)', () => {
  const rows = [
    ['令和５年度　成果指標', null, null, null],
    ['指標名', '関連事業', '目標値', '実績値'],
    ['移住相談件数', '広域移住相談会の開催', 120, 84],
  ];
  expect(read(rows).map((r) => r[1])).toEqual(['移住相談件数']);
});

test('a 新規事業 column of ○ marks heads no names: the No. column still names the rows (as before)', () => {
  const rows = [
    ['令和５年度　実績', null, null, null],
    ['No.', '新規事業', '目標値', '実績値'],
    [1, '○', 120, 84],
    [2, null, 30, 31],
  ];
  expect(read(rows).map((r) => r[1])).toEqual(['1', '2']);
});

describe('review rv69: a project-kind heading never takes over a names column or a column of kinds', () => {
  test('「No. | 重点事業 | 成果目標 | 目標値 | 実績値」: the 成果目標 cells name the measures', () => {
    const rows = [
      ['No.', '重点事業', '成果目標', '目標値', '実績値'],
      [1, '子育て相談事業', '相談件数', 120, 131],
      [2, '一時預かり事業', '利用者数', 800, 760],
    ];
    expect(read(rows).map((r) => r[1])).toEqual(['相談件数', '利用者数']);
  });

  test.each(['新規・継続事業', '補助事業', '実施事業'])('「%s」 over kinds is no name heading', (heading) => {
    expect(isProjectKindHeading(heading)).toBe(false);
    const rows = [
      ['No.', heading, '目標値', '実績値'],
      [1, '新規', 120, 84],
      [2, '継続', 30, 31],
    ];
    expect(read(rows).map((r) => r[1])).not.toEqual(['新規', '継続']);
  });
});
