/** A 「（単位：橋）」 note over a years-as-rows table: the unit of each column's indicator that has none. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (note: (string | null)[], heading = '定期点検橋数') => [
  ['橋梁長寿命化修繕計画　進捗管理表'],
  note,
  ['年度', heading, '', '耐震補強橋数', ''],
  [null, '計画', '実績', '計画', '実績'],
  ['令和４年度', 49, 49, 2, 3],
  ['令和５年度', 64, 64, 2, 2],
];
const merges = ['B3:C3', 'D3:E3', 'A3:A4'];
const units = (lines: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('進捗', lines, { merges })] }, { period: '2023' }).report.indicators.map((i) => [i.name, i.unit]);

test('a note at the right end of the line above the header gives its unit to every column', () => {
  expect(units(sheet([null, null, null, null, '（単位：橋）']))).toEqual([
    ['定期点検橋数', '橋'],
    ['耐震補強橋数', '橋'],
  ]);
});

test('a unit of the column’s own heading stays; with no note, none', () => {
  expect(units(sheet([null, null, null, null, '（単位：橋）'], '定期点検数（回）'))).toEqual([
    ['定期点検数', '回'],
    ['耐震補強橋数', '橋'],
  ]);
  expect(units(sheet([null]))).toEqual([
    ['定期点検橋数', null],
    ['耐震補強橋数', null],
  ]);
});

test('a line of labelled notes atop the header (評価年度：… | 単位：人) gives its one unit to every column', () => {
  expect(units(sheet(['評価年度：令和５年度', null, null, null, '単位：橋']))).toEqual([
    ['定期点検橋数', '橋'],
    ['耐震補強橋数', '橋'],
  ]);
  // A ratio's column takes no count's unit, a unit of its own heading stays.
  expect(units(sheet(['評価年度：令和５年度', null, null, null, '単位：橋'], '点検実施率'))).toEqual([
    ['点検実施率', null],
    ['耐震補強橋数', '橋'],
  ]);
});

test('a line of notes naming two units keeps each over its own columns; a text that is no labelled note, none', () => {
  expect(units(sheet(['評価年度：令和５年度', '単位：橋', null, '単位：基', null]))).toEqual([
    ['定期点検橋数', '橋'],
    ['耐震補強橋数', '基'],
  ]);
  expect(units(sheet(['評価年度：令和５年度', '市道橋', null, null, '単位：橋']))).toEqual([
    ['定期点検橋数', null],
    ['耐震補強橋数', null],
  ]);
});
