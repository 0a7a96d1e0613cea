import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];
const facts = (s: ReturnType<typeof snap>) =>
  detectSheet(s, scale).indicators.map((i) => ({
    name: i.name,
    unit: i.unit,
    target: i.targets.map((p) => [p.cell, p.parsed.value, p.period?.label]),
    actual: i.actuals.map((p) => [p.cell, p.parsed.value, p.period?.label]),
    direction: i.statedDirection?.value,
  }));

test('label / value lines down the sheet, repeated, without a period line', () => {
  const s = snap('評価', [
    ['令和５年度 成果指標'],
    [null],
    ['指標名', '空き家件数'],
    ['単位', '戸'],
    ['目標値', 1400],
    ['実績値（R5）', 1379],
    ['方向', '減少'],
    [null],
    ['指標名', '相談件数'],
    ['単位', '件'],
    ['目標値', 13],
    ['実績値', 6],
    ['備考', '窓口と電話の合計'],
  ]);
  expect(facts(s)).toEqual([
    { name: '空き家件数', unit: '戸', target: [['B5', 1400, undefined]], actual: [['B6', 1379, 'R5']], direction: 'down' },
    { name: '相談件数', unit: '件', target: [['B11', 13, undefined]], actual: [['B12', 6, undefined]], direction: undefined },
  ]);
});

test('label / value lines with a period line are read with that period, each form its own unit', () => {
  const s = snap('評価', [
    ['指標名', '新規就農者数'],
    ['単位', '人'],
    ['年度', '令和6年度'],
    ['目標値', 14],
    ['実績値', 14],
    [null],
    ['指標名', '空き店舗活用件数'],
    ['単位', '件'],
    ['年度', '令和6年度'],
    ['目標値', 5],
    ['実績値', 6],
  ]);
  expect(facts(s).map((f) => [f.name, f.unit, f.actual[0][1], f.actual[0][2]])).toEqual([
    ['新規就農者数', '人', 14, '令和6年度'],
    ['空き店舗活用件数', '件', 6, '令和6年度'],
  ]);
});

test('pairs across one line: 活動指標 | name | 単位 | 件 | 目標 | 30 | 実績 | 25', () => {
  const s = snap('事業1', [
    ['事業名', '移住体験ツアー事業'],
    ['担当課', '企画課'],
    ['活動指標', 'ツアー参加者数', '単位', '人', '目標', 30, '実績', 25],
    ['成果指標', '移住者数', '単位', '人', '目標', 5, '実績', 6],
  ]);
  expect(facts(s).map((f) => [f.name, f.unit, f.target[0][1], f.actual[0][1]])).toEqual([
    ['ツアー参加者数', '人', 30, 25],
    ['移住者数', '人', 5, 6],
  ]);
});

test('a figure such as 2000 in a data row is a figure, not a period heading', () => {
  const s = snap('事業1', [
    ['区分', '指標名', '単位', '目標', '実績'],
    ['活動指標', '観光入込客数', '千人', 2000, 1673],
    ['成果指標', '結成率', '％', 88.2, 90],
  ]);
  expect(facts(s).map((f) => [f.name, f.target[0][1], f.actual[0][1]])).toEqual([
    ['観光入込客数', 2000, 1673],
    ['結成率', 88.2, 90],
  ]);
});

test('a table header row whose name heading has a heading beside it is not a form', () => {
  const s = snap('推進事業', [
    ['No.', '事業名', '前年度実績', '自己評価', '数値目標（R5）', '実績（R5）', '実施状況'],
    [1, '(1) 人材育成事業', '交付件数 5件', 'B', '交付件数 6件', '交付件数 7件', null],
  ]);
  expect(facts(s).map((f) => f.name)).toEqual(['人材育成事業']);
});

test('a label and its value in one cell: 「指標名：…」「単位：件」「目標値：30件」「年度：令和5年度」', () => {
  const s = snap('評価', [
    ['指標名：相談件数'],
    ['単位：件'],
    ['年度：令和5年度'],
    ['目標値：30件'],
    ['実績値：25件'],
    [null],
    ['指標名：事故件数'],
    ['目標値：10'],
    ['実績値：12'],
    ['方向：減少'],
  ]);
  expect(facts(s)).toEqual([
    { name: '相談件数', unit: '件', target: [['A4', 30, '令和5年度']], actual: [['A5', 25, '令和5年度']], direction: undefined },
    { name: '事故件数', unit: undefined, target: [['A8', 10, undefined]], actual: [['A9', 12, undefined]], direction: 'down' },
  ]);
});

test('two forms side by side, each with its own lines', () => {
  const s = snap('評価', [
    ['指標名', '相談件数', null, '指標名', '登録者数'],
    ['単位', '件', null, '単位', '人'],
    ['目標値', 30, null, '目標値', 100],
    ['実績値', 25, null, '実績値', 90],
  ]);
  expect(facts(s).map((f) => [f.name, f.unit, f.target.map((t) => t[0]), f.actual.map((a) => a[0])])).toEqual([
    ['相談件数', '件', ['B3'], ['B4']],
    ['登録者数', '人', ['E3'], ['E4']],
  ]);
});

test('a 達成度 figure line before the 評価 line: the grade cell is the 評価 one', () => {
  const form = (grade: string) =>
    snap('指標', [
      ['令和5年度 指標カード'],
      ['指標名', '相談件数'],
      ['単位', '件'],
      ['目標値（R5）', 60],
      ['実績値（R5）', 54],
      ['達成度', 0.9],
      ['評価', grade],
    ]);
  expect(detectSheet(form('B'), scale).indicators.map((i) => [i.gradeCell?.cell, i.gradeCell?.raw])).toEqual([['B7', 'B']]);
});

test('forms whose name label carries the indicator number (指標名① / 指標名２) are read, each its own indicator', () => {
  const s = snap('事業', [
    ['事業評価シート'],
    ['指標名①', '利用者数'],
    ['単位', '人'],
    ['目標値', 1800],
    ['実績値', '1,720人'],
    [null],
    ['指標名２', '登録者数'],
    ['単位', '人'],
    ['目標値', 120],
    ['実績値', 126],
  ]);
  expect(facts(s).map((f) => [f.name, f.unit, f.target[0]?.[1], f.actual[0]?.[1]])).toEqual([
    ['利用者数', '人', 1800, 1720],
    ['登録者数', '人', 120, 126],
  ]);
});

test('a 参考指標名 line under a form is no line of it: the form keeps its own unit and figures', () => {
  const pair = (label: string, name: string, unit: string, target: number | string, actual: number) => [
    label,
    name,
    '単位',
    unit,
    '目標値',
    target,
    '実績値',
    actual,
  ];
  const values = [
    ['令和５年度 施策個票'],
    pair('指標名', '新規就農者数', '人', 12, 14),
    pair('指標名', '有害鳥獣による農作物被害額', '千円', 18000, 21400),
    pair('参考指標名', '市内農業産出額', '億円', '－', 212.4),
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策個票', values)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['新規就農者数', '人', 12, 14],
    ['有害鳥獣による農作物被害額', '千円', 18000, 21400],
  ]);
});

test('a （参考）前年度実績 or 参考：県平均 line inside a form is one of its lines, not the end of it', () => {
  const values = [
    ['指標名', '市民農園利用者数'],
    ['単位', '人'],
    ['目標値', 500],
    ['（参考）前年度実績', 450],
    ['参考：県平均', 430],
    ['実績値', 480],
  ];
  const { report } = checkWorkbook({ sheets: [snap('事業', values)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['市民農園利用者数', 500, 480]]);
});

test('a card’s 事業名 line beside 計画 | 第6次実施計画 writes no figure: no indicator of the project', () => {
  const s = snap('事業01', [
    ['令和８年度 事務事業評価シート'],
    [null],
    ['事業名', '移住定住促進事業', null, null, '担当課', '企画政策課'],
    ['実施計画上の区分', '拡充', null, null, '計画', '第6次実施計画（令和8〜10年度）'],
  ]);
  expect(facts(s)).toEqual([]);
});

test('a card whose target and actual are words (改定 / 改定済み) is still an indicator beside a card of figures (review rv41a)', () => {
  const s = snap('事業', [
    ['令和６年度 事務事業評価シート'],
    [null],
    ['事業名', '防災訓練事業', null, null, '担当課', '危機管理課'],
    ['成果指標', '訓練参加者数'],
    ['目標値', '1,200人', null, null, '実績値', '1,050人'],
    [null],
    [null],
    ['事業名', '地域防災計画改定事業', null, null, '担当課', '危機管理課'],
    ['成果指標', '地域防災計画の改定'],
    ['目標値', '改定', null, null, '実績値', '改定済み'],
  ]);
  expect(facts(s).map((f) => f.name)).toEqual(['訓練参加者数', '地域防災計画の改定']);
});
