import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const names = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('成果指標', rows)] }, {}).report.indicators.map((i) => i.name);

const table = (remark: string) => [
  ['令和６年度　成果指標評価表'],
  [],
  ['No.', '成果指標', '単位', '目標値', '実績値', '備考'],
  [1, '浄化槽設置基数（新規）', '基', 50, 52, remark],
  [2, '生活排水処理率', '％', 90.5, 91.2, null],
];

test('a bare （新規） with last year’s figure in the 備考 of its line names what is counted: kept in the name', () => {
  expect(names(table('前年度 48基'))).toEqual(['浄化槽設置基数（新規）', '生活排水処理率']);
});

test('with no figure of the year before, or a 備考 saying the indicator is newly set, （新規） marks the row: off the name', () => {
  expect(names(table(''))[0]).toBe('浄化槽設置基数');
  expect(names(table('令和6年度から新設'))[0]).toBe('浄化槽設置基数');
  // A remark about last year with no figure says nothing of one.
  expect(names(table('前年度は未実施'))[0]).toBe('浄化槽設置基数');
});

test('an earlier year’s actual on the line keeps （新規） in the name; another standing mark (（再掲）) still comes off', () => {
  const rows = (name: string) => [
    ['令和６年度　事務事業評価シート'],
    ['指標名', '単位', '令和5年度実績', '令和6年度目標', '令和6年度実績'],
    [name, '件', 47, 50, 43],
    ['講座参加者数', '人', 300, 320, 330],
  ];
  expect(names(rows('相談件数（新規）'))[0]).toBe('相談件数（新規）');
  expect(names(rows('相談件数（再掲）'))[0]).toBe('相談件数');
  const firstYear = rows('相談件数（新規）');
  firstYear[2][2] = '－';
  expect(names(firstYear)[0]).toBe('相談件数');
});
