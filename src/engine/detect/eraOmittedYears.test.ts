/** Fiscal years written without their era (4年度実績 | 5年度目標) on a sheet writing no era anywhere are 令和's. */
import { checkWorkbook } from '../actions/check';
import { withEraOmittedYears } from './eraOmittedYears';
import { snap } from './testing';

const rows = (title: string) => [
  [title, null, null, null, null],
  ['指標', '3年度実績', '4年度目標', '4年度実績', '評価'],
  ['図書館の貸出冊数', 81000, 85000, 86200, 'A'],
  ['読み聞かせ会の参加者数', 420, 500, 455, 'B'],
];

test('a sheet writing no era reads its bare years as 令和: the title states the year, the headings are its target and actual', () => {
  const { report } = checkWorkbook({ sheets: [snap('実績', rows('４年度　図書館事業の実績'))] }, {});
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.previousActual])).toEqual([
    ['図書館の貸出冊数', 85000, 86200, 81000],
    ['読み聞かせ会の参加者数', 500, 455, 420],
  ]);
});

test('a sheet writing 令和 and no other era reads its bare years as 令和 too', () => {
  for (const title of ['令和４年度　図書館事業の実績', 'R4 図書館事業の実績']) {
    const s = withEraOmittedYears(snap('実績', rows(title)));
    expect(s.values[1].slice(1, 4)).toEqual(['令和3年度実績', '令和4年度目標', '令和4年度実績']);
  }
});

test('a sheet writing another era, or a western year none of its bare years is, keeps its bare years as written', () => {
  for (const title of ['平成4年度からの図書館事業', '図書館事業の実績（2010年度）', 'H30からの図書館事業', '令和4年度（2022年度）の実績']) {
    const s = snap('実績', rows(title));
    expect(withEraOmittedYears(s)).toBe(s);
  }
});

test('the cells rewritten keep the rest of their text; a lone bare year, or one above 15, is left alone', () => {
  const s = withEraOmittedYears(snap('実績', rows('４年度　図書館事業の実績')));
  expect(s.values[0][0]).toBe('令和4年度　図書館事業の実績');
  expect(s.values[1].slice(1, 4)).toEqual(['令和3年度実績', '令和4年度目標', '令和4年度実績']);
  const lone = snap('実績', [['指標', '3年度実績', '30年度目標']]);
  expect(withEraOmittedYears(lone)).toBe(lone);
});

test('a sheet writing 平成 and no other era reads its bare years from 16 to 40 as 平成 (令和 has none yet)', () => {
  const jigyo = (title: string) =>
    snap('No.12', [
      [title, null, null, null, null, null],
      ['区分', '指標名', '28年度実績', '29年度実績', '30年度目標', '30年度実績'],
      ['成果指標', 'イベント来場者数', 48200, 51300, 55000, 49870],
    ]);
  const s = withEraOmittedYears(jigyo('事務事業評価シート（平成30年度実績）'));
  expect(s.values[1].slice(2)).toEqual(['平成28年度実績', '平成29年度実績', '平成30年度目標', '平成30年度実績']);
  const { report } = checkWorkbook({ sheets: [jigyo('事務事業評価シート（H30実績）')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.previousActual])).toEqual([['イベント来場者数', 55000, 49870, 51300]]);
  // A sheet writing 令和 or a western year beside 平成 keeps them as written: they may be of either.
  for (const title of ['平成30年度〜令和2年度 事務事業評価', '事務事業評価シート（平成30年度・2018年度）']) {
    const t = jigyo(title);
    expect(withEraOmittedYears(t)).toBe(t);
  }
});

test('review rv66: a 平成 plan’s target for 32年度 (2020) is read as that year’s, beside 26年度 and 27年度', () => {
  const s = withEraOmittedYears(
    snap('施策', [['平成28年度 施策評価シート'], ['指標名', '単位', '26年度実績', '27年度実績', '32年度目標'], ['観光入込客数', '千人', 1200, 1260, 1500]]),
  );
  expect(s.values[1].slice(2)).toEqual(['平成26年度実績', '平成27年度実績', '令和2年度目標']);
});

test('a sheet writing western years and no era reads its bare years as 令和 when one of them is a western year it writes', () => {
  const sheet = (title: string) =>
    snap('施策', [
      [title],
      ['指標名', '区分', '3年度', '4年度', '5年度', '7年度（最終）'],
      ['受診率', '目標値', 50, 52, 54, 60],
      [null, '実績値', 45.2, 47.8, 49.1],
    ]);
  expect(withEraOmittedYears(sheet('2023年度　施策評価シート')).values[1].slice(2)).toEqual(['令和3年度', '令和4年度', '令和5年度', '令和7年度（最終）']);
  const jigyo = snap('No.12', [
    ['事務事業評価シート（2018年度実績）'],
    ['区分', '指標名', '28年度実績', '29年度実績', '30年度目標', '30年度実績'],
    ['成果指標', '来場者数', 48200, 51300, 55000, 49870],
  ]);
  expect(withEraOmittedYears(jigyo).values[1].slice(2)).toEqual(['平成28年度実績', '平成29年度実績', '平成30年度目標', '平成30年度実績']);
  // A western year none of the bare years is (2010: 3年度 … 7年度 are not 令和's then), or an era written beside it: left as written.
  for (const title of ['2010年度　施策評価シート', '2023年度（令和５年度）　施策評価シート']) {
    const t = sheet(title);
    expect(withEraOmittedYears(t)).toBe(t);
  }
});
