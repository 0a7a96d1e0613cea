/** A 【目標値】 table and a 【実績値】 table stacked on one sheet: joined by name, the target table's figures its targets. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const stacked = (targetCaption: string | null, actualCaption: string | null, actualNames = ['図書貸出冊数', '読書会参加者数']) =>
  snap('読書推進', [
    ['読書推進計画　指標の状況'],
    [null],
    [targetCaption],
    ['指標', '単位', 'R3', 'R4', 'R5'],
    ['図書貸出冊数', '千冊', 520, 540, 560],
    ['読書会参加者数', '人', 300, 320, 340],
    [null],
    [actualCaption],
    ['指標', '単位', 'R3', 'R4', 'R5'],
    [actualNames[1], '人', 280, 333, null],
    [actualNames[0], '千冊', 515, 529, null],
  ]);

const read = (s: ReturnType<typeof stacked>) =>
  checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual]);

test('the captions make the upper table targets and the lower actuals, joined by name in any order', () => {
  expect(read(stacked('【目標値】', '【実績値】'))).toEqual([
    ['図書貸出冊数', 540, 529, 'D5', 'D11'],
    ['読書会参加者数', 320, 333, 'D6', 'D10'],
  ]);
  expect(read(stacked('■計画値', '＜実績＞'))).toEqual([
    ['図書貸出冊数', 540, 529, 'D5', 'D11'],
    ['読書会参加者数', 320, 333, 'D6', 'D10'],
  ]);
});

test('refused: one caption missing, or a name not written the same (each table stays as read)', () => {
  expect(read(stacked(null, '【実績値】'))).toHaveLength(4);
  const renamed = read(stacked('【目標値】', '【実績値】', ['図書の貸出冊数', '読書会参加者数']));
  expect(renamed).toHaveLength(3);
  // The unjoined target table's R5 figures, read as actuals, make R5 the latest year: the joined row is read there.
  expect(renamed.find((r) => r[0] === '読書会参加者数')).toEqual(['読書会参加者数', 340, null, 'E6', 'E10']);
});
