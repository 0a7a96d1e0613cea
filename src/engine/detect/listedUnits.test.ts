import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { listedCounters, unitCountedBy } from './listedUnits';

const sheet = (note: string, heading: string) =>
  snap(
    '駐輪場別',
    [
      ['令和５年度　自転車駐車場　定期利用状況'],
      [null, null, null, null, note],
      ['施設名', '収容台数', heading, null, '備考'],
      [null, null, '目標', '実績', null],
      ['中央駅東口自転車駐車場', 1200, 950, 1012, null],
      ['北町駅前自転車駐車場', 450, 360, 251, null],
    ],
    { merges: ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4'] },
  );
const units = (note: string, heading: string) => checkWorkbook({ sheets: [sheet(note, heading)] }, {}).report.indicators.map((i) => i.unit);

describe('a unit note listing several counters (単位：台、人)', () => {
  test('each row takes the counter its figures heading counts', () => {
    expect(units('単位：台、人', '定期利用者数（年度平均）')).toEqual(['人', '人']);
    expect(units('単位：台、人', '駐輪台数')).toEqual(['台', '台']);
  });

  test('a heading counting none of them, or two, gives none', () => {
    expect(units('単位：台、人', '利用状況')).toEqual([null, null]);
    expect(unitCountedBy(['台', '人'], ['利用台数・利用者数'])).toBeNull();
  });

  test('only a list of short counters is such a note', () => {
    expect(listedCounters('台、人')).toEqual(['台', '人']);
    expect(listedCounters('件、人ほか')).toBeNull();
    expect(listedCounters('千円、人')).toBeNull();
    expect(listedCounters('人')).toBeNull();
  });
});
