import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { listedCounters, listedUnitOf, unitCountedBy } from './listedUnits';

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

test('review rv81 item 4: a scaled counter (千人) counts as its counter does: 利用者数 in 千人', () => {
  expect(units('単位：千人、台', '年間利用者数')).toEqual(['千人', '千人']);
  expect(unitCountedBy(['千人', '台'], ['駐輪台数'])).toBe('台');
});

test('review rv81 item 4: under headings counting none (目標値 | 実績値), each row takes the counter its name counts', () => {
  const rows = [
    ['令和５年度　消費生活相談事業の実績'],
    [null, null, null, '単位：件、人'],
    ['指標', '目標値', '実績値', '備考'],
    ['消費生活相談件数', 1200, 1135, null],
    ['出前講座の受講者数', 800, 912, null],
    ['啓発活動', 10, 12, null],
  ];
  const read = checkWorkbook({ sheets: [snap('相談実績', rows)] }, {}).report.indicators.map((i) => i.unit);
  expect(read).toEqual(['件', '人', null]);
});

test('review rv81 item 4 guard: headings that count a listed unit are never overridden by the name', () => {
  expect(listedUnitOf(['台', '人'], ['駐輪台数'], '定期利用者数')).toBe('台');
  expect(listedUnitOf(['台', '人'], ['目標値'], '利用台数・利用者数')).toBeNull();
});

test('review rv82b item 4: a ratio’s name, or a name the counted word does not close, takes no listed unit', () => {
  expect(listedUnitOf(['件', '人'], ['目標値', '実績値'], '相談件数に対するあっせん解決率')).toBeNull();
  expect(listedUnitOf(['件', '人'], ['目標値', '実績値'], '相談件数の前年度比')).toBeNull();
  expect(listedUnitOf(['件', '人'], ['目標値', '実績値'], '相談件数の推移')).toBeNull();
  expect(listedUnitOf(['件', '人'], ['目標値', '実績値'], '相談員1人当たり研修受講者数')).toBe('人');
  expect(listedUnitOf(['件', '人'], ['目標値', '実績値'], '消費生活相談件数')).toBe('件');
});
