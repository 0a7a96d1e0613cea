/** A month-end count's 年間計 left 「－」: the 3月 figure is the year's, a guess unless a note says so. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const months = (from: number, step: number) => MONTHS.map((_, i) => from + i * step);

const sheet = (whole: CellValue, note: string | null) =>
  snap('月別実績', [
    ['令和５年度 サービス指標月別実績表'],
    ['項目', '単位', '年間目標', ...MONTHS, '年間計'],
    ['貸出冊数', '冊', 420000, ...months(33000, 100), 402600],
    ['登録者数', '人', 25000, ...months(24300, 50), whole],
    [note],
  ]);

const read = (whole: CellValue, note: string | null) => {
  const { report } = checkWorkbook({ sheets: [sheet(whole, note)] }, {});
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => ('reason' in f.params ? f.params.reason : null));
  return { actuals: report.indicators.map((i) => [i.name, i.actual]), guesses };
};

test('a 年間計 struck through: the 3月 figure, with a guess naming the cells', () => {
  expect(read('－', null)).toEqual({
    actuals: [
      ['貸出冊数', 402600],
      ['登録者数', 24850],
    ],
    guesses: ['month-end-figure'],
  });
});

test('a note saying the year-end value is the year’s: no guess, and a blank 年間計 is read so too', () => {
  const note = '※登録者数は各月末時点の人数のため年間計は記載せず、年度末（３月末）の値を年間実績とする。';
  expect(read('－', note)).toEqual({
    actuals: [
      ['貸出冊数', 402600],
      ['登録者数', 24850],
    ],
    guesses: [],
  });
  expect(read(null, note).actuals[1]).toEqual(['登録者数', 24850]);
});

test('a blank 年間計 with no note is no month-end count: nothing is taken from 3月', () => {
  expect(read(null, null).actuals[1]).toEqual(['登録者数', null]);
});

test('two month-end counts under each other, a rate, and a note naming only one of them', () => {
  const note = '※登録者数は各月末時点の人数のため、年度末（３月末）の値を年間実績とする。';
  const { report } = checkWorkbook(
    {
      sheets: [
        snap('月別実績', [
          ['項目', '単位', '年間目標', ...MONTHS, '年間計'],
          ['施設稼働率', '％', 70, ...months(60, 1), '－'],
          ['登録者数', '人', 25000, ...months(24300, 50), '－'],
          ['会員数', '人', 900, ...months(800, 5), '－'],
          [note],
        ]),
      ],
    },
    {},
  );
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['施設稼働率', null],
    ['登録者数', 24850],
    ['会員数', 855],
  ]);
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'month-end-figure');
  expect(guesses.map((f) => f.indicator)).toEqual(['会員数']);
});

test('the row’s own 区分 saying 各月末現在: the 3月 figure with no guess; a 当月 row is summed as written', () => {
  const s = snap(
    '月別',
    [
      ['令和５年度 月別実績'],
      ['区分', '指標', '単位', '年度目標', ...MONTHS, '年度計'],
      ['各月末現在', '登録者数', '人', 25000, ...months(24300, 50), '－'],
      ['当月', '貸出冊数', '冊', 420000, ...months(33000, 100), 402600],
    ],
    {},
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['登録者数', 24850],
    ['貸出冊数', 402600],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a monthly report’s 当月実績 | 累計実績: a 月末現在 count whose 累計 is 「－」 reads its 当月 figure, no guess', () => {
  const { report } = checkWorkbook(
    {
      sheets: [
        snap('3月', [
          ['令和６年度　月次進行管理報告（3月分）'],
          ['No.', '項目', '区分', '単位', '年間目標', '当月実績', '累計実績'],
          [1, '教室参加者数', '延べ', '人', 9600, 610, 10115],
          [2, 'クラブ会員数', '月末現在', '人', 2400, 2296, '－'],
        ]),
      ],
    },
    {},
  );
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['教室参加者数', 10115, 'G3'],
    ['クラブ会員数', 2296, 'F4'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
