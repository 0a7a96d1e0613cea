/** A number in front of a name (「【1-1】移住体験住宅運営事業」「①-1 農地の集積率」) is the row's number, never part of its name. */
import { checkWorkbook } from '../actions/check';
import { leadingNumber } from './indicatorNumbers';
import { cleanName } from './names';
import { snap } from './testing';

test.each([
  ['【1-1】移住体験住宅運営事業', '移住体験住宅運営事業', '1-1'],
  ['［2-3］相談件数', '相談件数', '2-3'],
  ['〔3〕 相談件数', '相談件数', '3'],
  ['[1.2] 相談件数', '相談件数', '1.2'],
  ['【１－２】空き家バンク事業', '空き家バンク事業', '1-2'],
  ['①-1 農地の集積率', '農地の集積率', '1-1'],
  ['Ⅱ-3　相談件数', '相談件数', '2-3'],
])('%s: the name %s, numbered %s', (written, name, id) => {
  expect(cleanName(written)).toMatchObject({ name, id });
});

test.each(['【重点】相談件数', '【新規】相談件数', '【2023】相談件数', '【R5】相談件数', '【1-1】'])('%s: no number in front of a name', (written) =>
  expect(leadingNumber(written)).toBeNull(),
);

test('a table whose names carry bracketed codes reads the names without them', () => {
  const rows = [
    ['推進事業実績（令和5年度）'],
    ['No.', '推進事業', '単位', '目標値', '実績値'],
    [1, '【1-1】移住体験住宅運営事業\n【概要】体験住宅の貸出し', '組', 15, 18],
    [2, '【1-2】空き家バンク事業', '件', 10, 8],
  ];
  const { report } = checkWorkbook({ sheets: [snap('事業', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['移住体験住宅運営事業', 15, 18],
    ['空き家バンク事業', 10, 8],
  ]);
});
