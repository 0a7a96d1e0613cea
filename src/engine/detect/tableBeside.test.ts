/** A small table beside a table on its header row (区分 | 係数 | 単位 after a blank column) lends the table none of its columns. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function sheet(spacer: string | null, beside: string) {
  return snap('推移', [
    ['項目', '単位', '令和４年度', '令和５年度', '目標値（令和８年度）', spacer, beside, '値', '単位'],
    ['上水道の給水量', '千㎥', 5200, 5100, 5000, null, '県平均', 4.2, '千㎥/人'],
    ['下水道の処理人口', '人', 41000, 41800, 43000, null, '国平均', 4.4, '千㎥/人'],
  ]);
}

test('the 単位 of a 区分 table after a blank column is not the rows’ unit', () => {
  const { report } = checkWorkbook({ sheets: [sheet(null, '区分')] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit])).toEqual([
    ['上水道の給水量', '千m3', 'B2'],
    ['下水道の処理人口', '人', 'B3'],
  ]);
});

test('columns right of a heading in the spacer column stay the table’s', () => {
  const { report } = checkWorkbook({ sheets: [sheet('備考', '区分')] }, {});
  expect(report.indicators.map((i) => i.cells.unit)).toEqual(['I2', 'I3']);
});

test('a 区分 past a spacer column followed by 評価 is the table’s own: its written grades are read', () => {
  const rows = [
    ['指標名', '単位', '目標値', '実績値', null, '区分', '評価'],
    ['図書館の貸出冊数', '冊', 40000, 41000, null, '成果', 'A'],
    ['講座の参加者数', '人', 600, 480, null, '活動', 'C'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('成果', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade ?? null])).toEqual([
    ['図書館の貸出冊数', 'A'],
    ['講座の参加者数', 'C'],
  ]);
});
