import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { wayFromText } from './directionWords';
import { callsInverse, isInverseMark } from './inverseIndicator';
import { remarkAims } from './remarkAims';

describe('逆指標: the clerk’s term for lower is better', () => {
  test('a 備考 or kind cell calling the indicator a 逆指標 says down; denied, it says nothing', () => {
    expect(callsInverse('逆指標（目標÷実績）。4月1日現在')).toBe(true);
    expect(wayFromText(remarkAims('逆指標（目標÷実績）'))).toBe('down');
    expect(callsInverse('逆指標ではない')).toBe(false);
    expect(callsInverse('逆算して設定')).toBe(false);
    expect(wayFromText(remarkAims('逆算して設定'))).toBeNull();
  });

  test('the mark alone: 「逆」「逆指標」, an aside allowed; a word that merely holds 逆 is none', () => {
    expect(['逆', '逆指標', '逆（目標÷実績）'].map(isInverseMark)).toEqual([true, true, true]);
    expect(['逆転', '逆算', '目標値', '', '順'].map(isInverseMark)).toEqual([false, false, false, false, false]);
  });

  test('in a table: 「逆」 under 区分 and 「逆指標」 in 備考 grade lower-is-better; an empty 区分 or another 備考 keeps up', () => {
    const s = snap('環境指標', [
      ['指標名', '区分', '単位', '目標値', '実績値', '備考'],
      ['不法投棄の通報件数', '逆', '件', 120, 214, ''],
      ['小児の時間外救急受診件数', '', '件', 1800, 2020, '逆指標（目標÷実績）'],
      ['環境学習講座の参加者数', '', '人', 1500, 1530, ''],
      ['生ごみ処理機器購入補助件数', '', '件', 80, 52, '逆算により設定'],
    ]);
    const { report } = checkWorkbook({ sheets: [s] }, {});
    expect(report.indicators.map((i) => [i.name, i.direction, i.grade])).toEqual([
      ['不法投棄の通報件数', 'down', 'D'],
      ['小児の時間外救急受診件数', 'down', 'B'],
      ['環境学習講座の参加者数', 'up', 'A'],
      ['生ごみ処理機器購入補助件数', 'up', 'C'],
    ]);
  });

  test('a 区分 column of 目標値 / 実績値 row labels is no inverse mark', () => {
    const s = snap('KPI', [
      ['指標名', '区分', 'R5'],
      ['相談件数', '目標値', 100],
      ['', '実績値', 90],
    ]);
    const { report } = checkWorkbook({ sheets: [s] }, {});
    expect(report.indicators.map((i) => i.direction)).toEqual(['up']);
  });
});
