import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { wayFromText } from './directionWords';
import { deniedWay } from './negatedWay';
import { remarkAims } from './remarkAims';

/** The year-rows sheet of review rv74 (公用車の燃料使用量 with a ※ aim line under its name). */
const fuelSheet = (note: string) =>
  snap(
    '公用車',
    [
      ['年度', '電動車導入台数\n（単位：台）', null, `公用車の燃料使用量\n（単位：kL）${note}`, null],
      [null, '目標', '実績', '目標', '実績'],
      ['令和4年度', 30, 31, 170, 168.5],
      ['令和5年度', 40, 38, 160, 152.3],
    ],
    { merges: ['A1:A2', 'B1:C1', 'D1:E1'] },
  );

const fuel = (note: string) => checkWorkbook({ sheets: [fuelSheet(note)] }, { period: '令和5年度' }).report.indicators.find((i) => i.name.includes('燃料'))!;

describe('negatedWay', () => {
  test.each(['\n※前年度より増加しないことを目指す', '\n※増やさない', '\n※増加させない'])('a denied rise under the name reads down: %j', (note) => {
    const ind = fuel(note);
    expect(ind.direction).toBe('down');
    expect(ind.grade).toBe('A');
  });

  test('a 備考 denying a rise reads down', () => {
    const rows = [
      ['評価対象年度：2023年度'],
      ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'],
      ['公用車の燃料使用量', 'kL', 160, 160, 152, '前年度より増加しないことを目指す'],
    ];
    const ind = checkWorkbook({ sheets: [snap('S', rows)] }, {}).report.indicators[0];
    expect(ind.direction).toBe('down');
  });

  test('no aim line still reads up; a fall denied keeps up', () => {
    expect(fuel('').direction).toBe('up');
    expect(wayFromText('人口を減少させないことを目指す')).toBe('up');
    expect(wayFromText('利用者数を増やす')).toBe('up');
  });

  test('only a present denial; a past one is no aim', () => {
    expect(deniedWay('増加しない')).toBe('down');
    expect(deniedWay('増えなかった')).toBeNull();
    expect(remarkAims('利用者が増えなかった')).toBe('');
    expect(remarkAims('前年度より増加しない')).toBe('前年度より増加しない');
  });
});
