import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { namesActualStatus } from './actualStatusColumn';
import { snap } from './testing';

test('a heading naming the status of the actual', () => {
  for (const h of ['確定／見込', '速報/確定', '確定・見込の別', '（確定値・見込値）', '実績の区分', '確定/見込区分']) expect(namesActualStatus(h)).toBe(true);
  for (const h of ['確定', '見込', '実績見込', '区分', '確定日', '備考', '見込量']) expect(namesActualStatus(h)).toBe(false);
});

const table = (heading: string, marks: CellValue[]) =>
  snap('事業', [
    ['令和6年度 主要事業実績'],
    ['成果指標', '単位', 'R5実績', 'R6目標', 'R6実績', heading, '自己評価'],
    ['参加延べ人数', '人', 2310, 2500, 2620, marks[0], 'A'],
    ['配食数', '食', 18200, 19000, 17950, marks[1], 'B'],
    ['利用件数', '件', 1140, 1200, 1030, marks[2], 'B'],
  ]);
const statuses = (heading: string, marks: CellValue[]) =>
  checkWorkbook({ sheets: [table(heading, marks)] }, {}).report.indicators.map((i) => [i.actual, i.actualStatus]);

test('a 見込 in the 確定／見込 column makes that row’s newest actual provisional; 確定, and a column of another heading, say nothing', () => {
  expect(statuses('確定／見込', ['確定', '見込', '速報'])).toEqual([
    [2620, 'value'],
    [17950, 'provisional'],
    [1030, 'provisional'],
  ]);
  expect(statuses('担当', ['確定', '見込', '見込']).map((s) => s[1])).toEqual(['value', 'value', 'value']);
  // A status naming another year, both words, or a remark: nothing said of the figure.
  expect(statuses('確定／見込', ['R5見込', '確定見込', '見込額は決算時に確定します']).map((s) => s[1])).toEqual(['value', 'value', 'value']);
});
