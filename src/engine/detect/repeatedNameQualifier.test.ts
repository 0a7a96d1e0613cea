/** A name repeated on a 単年度 row and a 累計 row of its own beside names merged over 単年度 | 累計: each keeps its qualifier. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (last: (string | number)[]) =>
  snap(
    '成果報告',
    [
      ['指標名', '区分', '単位', '平成30年度', '令和元年度', '目標値（令和元年度）'],
      ['ブランド認定商品数', '単年度', '品目', 12, 9, '－'],
      [null, '累計', '品目', 50, 59, 60],
      ['新商品開発件数', '単年度', '件', 4, 6, 8],
      [null, '累計', '件', 15, 21, '－'],
      ['フェア来場者数', '単年度', '人', 13050, 9870, 14000],
      last,
    ],
    { merges: ['A2:A3', 'A4:A5'] },
  );
const read = (last: (string | number)[]) => checkWorkbook({ sheets: [sheet(last)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);

test('review rv73: the name repeated on a 単年度 row and a 累計 row keeps each row’s qualifier (no one name for two measures)', () => {
  expect(read(['フェア来場者数', '累計', '人', 30000, 39870, 45000])).toEqual([
    ['ブランド認定商品数', 60, 59],
    ['新商品開発件数', 8, 6],
    ['フェア来場者数（単年度）', 14000, 9870],
    ['フェア来場者数（累計）', 45000, 39870],
  ]);
});

test('counter-example: another name on the next row (フェア出展者数 | 単年度) leaves the lone row named as written', () => {
  expect(
    read(['フェア出展者数', '単年度', '社', 40, 38, 45])
      .map((r) => r[0])
      .slice(2),
  ).toEqual(['フェア来場者数', 'フェア出展者数']);
});

test('review rv76: a repeated 単年度 row with no target of its own is the 累計 row’s companion, no indicator', () => {
  const report = checkWorkbook({
    sheets: [
      snap('成果報告', [
        ['指標名', '区分', '単位', '令和3年度', '令和4年度', '令和5年度', '目標値（令和7年度）'],
        ['認定農業者数', '単年度', '人', 5, 6, 4, null],
        ['認定農業者数', '累計', '人', 120, 126, 130, 150],
        ['新規就農者数', '単年度', '人', 8, 6, 9, 10],
      ]),
    ],
  }).report;
  const got = report.indicators.map((i) => [i.name, i.target, i.actual]);
  expect(got).toEqual([
    ['認定農業者数', 150, 130],
    ['新規就農者数', 10, 9],
  ]);
});
