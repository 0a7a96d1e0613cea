import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { partsOfWhole } from './partsOfWhole';

const sheet = (name: string, unit: string, target: number, actual: string) =>
  snap('S', [
    ['評価対象年度：2023年度'],
    ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'],
    [name, unit, 'EV8・PHV4', target, actual, null],
  ]);
const read = (name: string, unit: string, target: number, actual: string) => checkWorkbook({ sheets: [sheet(name, unit, target, actual)] }, {}).report;

describe('partsOfWhole (review rv74: parts graded against the whole)', () => {
  test.each(['EV12・PHV8', 'EV 12台・PHV 8台', 'EV12 PHV8'])('kinds coded in Latin letters add up against the one target: %s', (actual) => {
    const rep = read('電動車導入台数', '台', 20, actual);
    expect(rep.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[20, 20, 'A']]);
    expect(rep.findings.some((f) => f.code === 'reading-uncertain')).toBe(false);
  });

  test('parts labelled with words beside one target: graded part by part as before, with a guess naming the cells', () => {
    const rep = read('マッチング件数', '件', 60, '登録 40件／成約 25件');
    expect(rep.indicators[0].grade).toBe('D');
    const guess = rep.findings.find((f) => f.code === 'reading-uncertain');
    expect(guess?.cell).toBe('E3');
  });

  test('events counted apart (第1回, 第2回), numbered measures and two targets are left to the pairing rules', () => {
    expect(
      partsOfWhole(
        [{ value: 100 }],
        [
          { value: 120, label: '第1回' },
          { value: 98, label: '第2回' },
        ],
      ),
    ).toBeNull();
    expect(
      partsOfWhole(
        [{ value: 100 }],
        [
          { value: 12, label: 'EV', mark: '①' },
          { value: 8, label: 'PHV', mark: '②' },
        ],
      ),
    ).toBeNull();
    expect(
      partsOfWhole(
        [{ value: 10 }, { value: 10 }],
        [
          { value: 12, label: 'EV' },
          { value: 8, label: 'PHV' },
        ],
      ),
    ).toBeNull();
    expect(
      partsOfWhole(
        [{ value: 20 }],
        [
          { value: 12, label: 'EV', unit: '台' },
          { value: 8, label: 'PHV', unit: '基' },
        ],
      ),
    ).toBeNull();
  });
});
