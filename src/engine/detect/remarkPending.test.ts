/**
 * A dash written for an actual with 集計中 in the 備考 of its own line is pending, not not-applicable: the remark
 * explains the dash. A remark about another year or another measure, or none, leaves the dash as it was.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

const statusOf = (values: Row[]) => checkWorkbook({ sheets: [snap('指標', values)] }, {}).report.indicators.map((i) => [i.name, i.actual, i.actualStatus]);

describe('a 備考 column on the actual’s row', () => {
  const table = (actual: string, remark: string | null): Row[] => [
    ['令和5年度　事業評価'],
    [],
    ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考'],
    ['相談件数', '件', 38, 45, actual, remark],
    ['講座参加者数', '人', 120, 150, 160, null],
  ];

  test.each([['—'], ['－'], ['ー']])('「%s」 with 集計中 in 備考: pending', (dash) => {
    expect(statusOf(table(dash, 'R5実績は集計中（5月末確定）'))[0]).toEqual(['相談件数', null, 'pending']);
  });

  test.each([
    [null], // no remark: the dash says not applicable
    ['R4実績は集計中'], // another year
    ['目標値は集計中'], // another measure
    ['事業休止のため'], // no word of counting
  ])('remark %s: the dash stays not-applicable', (remark) => {
    expect(statusOf(table('—', remark))[0]).toEqual(['相談件数', null, 'not-applicable']);
  });
});

describe('a 備考 row under years running across', () => {
  const block = (remark: string): Row[] => [
    ['施策評価シート（対象：R5）'],
    [],
    ['指標①', '新規就農者数'],
    ['単位', '人'],
    ['年度', 'R3', 'R4', 'R5', 'R6'],
    ['実績値', 10, 9, 'ー', null],
    ['期待値', 12, 12, 12, 12],
    ['備考', remark],
  ];

  test('its one remark naming the actual’s year and 集計中: pending', () => {
    expect(statusOf(block('R5実績は集計中（R6.10確定予定）'))).toEqual([['新規就農者数', null, 'pending']]);
  });

  test('a remark naming no year, away from the actual’s column, says nothing of it', () => {
    expect(statusOf(block('集計中'))).toEqual([['新規就農者数', null, 'not-applicable']]);
  });
});
