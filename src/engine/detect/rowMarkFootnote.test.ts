/** A footnote finding its indicator by a mark alone in the row's 備考, or by the row's code with ※ on the name. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const directions = (rows: CellValue[][]) => checkWorkbook({ sheets: [snap('評価表', rows)] }, {}).report.indicators.map((i) => [i.name, i.direction]);

const table = (remark: CellValue, note: string): CellValue[][] => [
  ['令和５年度　事業評価表'],
  [null],
  ['No.', '指標', '単位', '令和5年度目標', '令和5年度実績', '備考'],
  [1, '伝統工芸品展示即売会売上額', '千円', 9000, 7920, null],
  [2, '若手職人の離職者数', '人', 3, 4, remark],
  [3, '補助金交付件数', '件', 12, 7, '※1'],
  [null],
  [null, '※1 交付申請の取下げ3件を含まない。'],
  [null, note],
];

test('a numbered mark alone in the row’s 備考 takes the footnote opening with it: lower is better', () => {
  expect(directions(table('※2', '※2 数値が小さいほど良好な指標のため、達成率は目標÷実績で算出。'))).toEqual([
    ['伝統工芸品展示即売会売上額', 'up'],
    ['若手職人の離職者数', 'down'],
    ['補助金交付件数', 'up'],
  ]);
});

test('refused: a mark that is not the footnote’s, or one written after a figure', () => {
  const note = '※2 数値が小さいほど良好な指標のため、達成率は目標÷実績で算出。';
  expect(directions(table('※3', note))[1]).toEqual(['若手職人の離職者数', 'up']);
  expect(directions(table('前年4※2', note))[1]).toEqual(['若手職人の離職者数', 'up']);
});

const survey = (name: string, note: string): CellValue[][] => [
  ['令和5年度　市民意識調査　結果集計'],
  [null],
  ['設問', '指標（該当する回答の割合）', '今回（R5調査）', '目標値（R5）'],
  ['問14', '商品券を購入した世帯の割合', 18.9, 30],
  ['問15', name, 12.6, 10],
  [null],
  [note],
];

test('a bare ※ ending the name, the ※ footnote naming the row’s code as its subject: lower is better', () => {
  expect(directions(survey('現金が使えず困った経験のある市民の割合 ※', '※ 問15は低いほど良い指標（目標値は上限）。'))).toEqual([
    ['商品券を購入した世帯の割合', 'up'],
    ['現金が使えず困った経験のある市民の割合', 'down'],
  ]);
});

test('refused: the name carrying no ※, or the subject another row’s code', () => {
  expect(directions(survey('現金が使えず困った経験のある市民の割合', '※ 問15は低いほど良い指標（目標値は上限）。'))[1][1]).toBe('up');
  expect(directions(survey('現金が使えず困った経験のある市民の割合 ※', '※ 問16は低いほど良い指標（目標値は上限）。'))[1][1]).toBe('up');
});

test('review rv80 item 8: a mark pointing to its footnote (「※2参照」「（※2を参照）」) is the row’s mark', () => {
  const note = '※2 数値が小さいほど良好な指標。';
  expect(directions(table('※2参照', note))[1]).toEqual(['若手職人の離職者数', 'down']);
  expect(directions(table('（※2を参照）', note))[1]).toEqual(['若手職人の離職者数', 'down']);
  expect(directions(table('※2参照のこと。前年度より増加', note))[1]).toEqual(['若手職人の離職者数', 'up']);
});

test('review rv80 item 1: a mark carried by a row of a second table below, its own footnote under it: refused', () => {
  const rows: CellValue[][] = [
    ['令和５年度　事業評価表'],
    [null],
    ['No.', '指標', '単位', '令和5年度目標', '令和5年度実績', '備考'],
    [1, '伝統工芸品展示即売会売上額', '千円', 9000, 7920, null],
    [2, '補助金交付件数', '件', 12, 7, '※1'],
    [null, '※1 交付決定の延べ件数。'],
    [null],
    ['【参考データ】'],
    ['No.', '項目', '単位', '令和3年度', '令和4年度', '令和5年度', '備考'],
    [1, '展示即売会来場者数', '人', 5200, 5810, 6030, null],
    [2, '製品への苦情件数', '件', 14, 11, 9, '※1'],
    [null, '※1 少ないほど良い。'],
  ];
  expect(directions(rows).filter(([name]) => name === '補助金交付件数')).toEqual([['補助金交付件数', 'up']]);
});

test('review rv81 item 1: one footnote is about every row carrying its mark (two rows of one table marked ※1)', () => {
  const rows: CellValue[][] = [
    ['令和５年度　交通安全対策の成果指標'],
    [null],
    ['指標', '単位', '基準値（R2）', 'R5目標', 'R5実績', '備考'],
    ['交通事故発生件数', '件', 412, 360, 338, '※1'],
    ['自転車の盗難認知件数', '件', 250, 210, 231, '※1'],
    ['交通安全教室の参加者数', '人', 5200, 6000, 5630, null],
    [null],
    ['※1 数値が小さいほど良好な指標（目標値÷実績値で評価）'],
  ];
  expect(directions(rows)).toEqual([
    ['交通事故発生件数', 'down'],
    ['自転車の盗難認知件数', 'down'],
    ['交通安全教室の参加者数', 'up'],
  ]);
});

test('review rv82b item 2: a ※1 footnote shared by two rows yet naming one of them is about that one alone', () => {
  const rows: CellValue[][] = [
    ['令和５年度　交通安全対策の成果指標'],
    [null],
    ['指標', '単位', '基準値（R2）', 'R5目標', 'R5実績', '備考'],
    ['交通事故発生件数', '件', 412, 360, 338, '※1'],
    ['高齢者の運転免許自主返納者数', '人', 310, 400, 352, '※1'],
    ['交通安全教室の参加者数', '人', 5200, 6000, 5630, null],
    [null],
    ['※1 出典：県警察本部「交通年鑑」（暦年集計）。交通事故発生件数は減少を目指す指標。'],
  ];
  expect(directions(rows)).toEqual([
    ['交通事故発生件数', 'down'],
    ['高齢者の運転免許自主返納者数', 'up'],
    ['交通安全教室の参加者数', 'up'],
  ]);
});
