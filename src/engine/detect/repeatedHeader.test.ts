import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('実績', rows, { merges })] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null]);

describe('a row repeating the table’s headings starts another table', () => {
  test('a breakdown table under the indicators, headed with the same columns but a word the reader does not know, adds no indicator', () => {
    const rows = [
      ['令和5年度 主要指標'],
      ['指標', '単位', '目標値', '上期', '下期', '実績値'],
      ['利用者数', '人', 2400, 1300, 1200, 2500],
      ['参加者数', '人', 600, 200, 250, 450],
      [],
      ['施設別の内訳'],
      ['施設', '単位', null, '上期', '下期', '実績値'],
      ['駅前施設', '人', null, 800, 700, 1500],
      ['温泉街施設', '人', null, 500, 500, 1000],
    ];
    expect(read(rows)).toEqual([
      ['利用者数', 2400, 2500],
      ['参加者数', 600, 450],
    ]);
  });

  test('headings merged down over two header rows are no repetition: the rows under them are read', () => {
    const rows = [
      ['令和5年度 主要指標'],
      ['指標', '単位', '目標値', '半期別実績', null, '年間実績'],
      [null, null, null, '上期', '下期', null],
      ['利用者数', '人', 2400, 1300, 1200, 2500],
    ];
    expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'])).toEqual([['利用者数', 2400, 2500]]);
  });

  test('a body row with a figure equal to nothing in the header is read as before', () => {
    const rows = [['令和5年度 主要指標'], ['指標', '単位', '目標値', '実績値'], ['利用者数', '人', 2400, 2500], ['単位数', '単位', 30, 28]];
    expect(read(rows)).toEqual([
      ['利用者数', 2400, 2500],
      ['単位数', 30, 28],
    ]);
  });
});
