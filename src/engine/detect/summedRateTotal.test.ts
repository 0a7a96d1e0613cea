/**
 * A ％ row's 年度計 adding its months' rates up (1038 ％) is no reading of the year: left unread, with a reading-uncertain finding
 * on it; a count row beside it, and a rate built up month by month staying under 100, are read as written.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const read = (rate: (string | number)[]) =>
  checkWorkbook(
    {
      sheets: [
        snap('利用実績', [
          ['令和６年度　一時預かり事業　月別利用実績'],
          ['利用形態', '単位', ...MONTHS, '年度計', '年度目標'],
          ['延べ利用人数', '人', 800, 810, 820, 830, 840, 850, 860, 870, 880, 890, 900, 910, 10260, 10000],
          rate,
        ]),
      ],
    },
    {},
  ).report;

test('a ％ row whose 年度計 is the sum of its months is not graded on it, and says so at the total', () => {
  const report = read(['稼働率', '％', 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 1038, 85]);
  const rate = report.indicators.find((i) => i.name === '稼働率');
  expect(rate?.actual ?? null).not.toBe(1038);
  expect(rate?.grade ?? null).toBeNull();
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toContain('O4');
  expect(report.findings.map((f) => f.code)).not.toContain('value-unparseable'); // 1038 is a number, only no rate of the year
  expect(report.indicators.find((i) => i.name === '延べ利用人数')).toMatchObject({ target: 10000, actual: 10260 });
});

test('a rate built up month by month (its total under 100), or a rate above 100 among its months’, is read as written', () => {
  const report = read(['整備進捗率', '％', 5, 5, 5, 5, 10, 10, 10, 10, 5, 5, 5, 5, 80, 100]);
  expect(report.indicators.find((i) => i.name === '整備進捗率')).toMatchObject({ target: 100, actual: 80 });
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  const ratio = read(['施設稼働率', '％', 101, 104, 99, 110, 112, 98, 105, 107, 103, 101, 100, 102, 104, 100]);
  expect(ratio.indicators.find((i) => i.name === '施設稼働率')).toMatchObject({ target: 100, actual: 104 });
});

test('review rv76: small monthly rates summed into a 年度計 under 100 are no year’s rate', () => {
  const small = read(['キャンセル率', '％', 2.1, 1.9, 2.3, 2.0, 2.2, 1.8, 2.4, 2.1, 2.0, 1.9, 2.2, 2.1, 25.0, 3.0]);
  expect(small.indicators.find((i) => i.name === 'キャンセル率')?.actual ?? null).not.toBe(25);
  expect(small.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toContain('O4');
});
