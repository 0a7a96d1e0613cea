/** A 記入例 sheet beside the reply shows how to fill the form in: its names and figures are nobody's reply. */
import { checkWorkbook } from '../actions/check';
import { isExampleSheet } from './exampleSheets';
import { renderFinding } from '../model/findingText';
import { snap } from './testing';

type Row = [string, string, number, number];

const reply = (tab: string, title: string, rows: Row[]) =>
  snap(tab, [[title], [], ['課名', '防災安全課', '担当者', '菅原 大輔'], [], ['成果指標', '単位', '目標値（R5）', '実績値（R5）'], ...rows]);

const example: Row[] = [
  ['移住相談件数', '件', 250, 268],
  ['市公式LINE登録者数', '人', 15000, 13210],
];
const real: Row[] = [
  ['自主防災組織結成率', '%', 85, 82.3],
  ['防災訓練参加者数', '人', 4000, 4615],
];

test('a sheet whose tab or title says 記入例 / 見本 is an example; other words are not', () => {
  expect(isExampleSheet('記入例', '令和5年度 自己評価調書')).toBe(true);
  expect(isExampleSheet('Sheet1', '【記入例】令和6年度 施策評価シート')).toBe(true);
  expect(isExampleSheet('記載例（施策）', undefined)).toBe(true);
  expect(isExampleSheet('（例）', undefined)).toBe(true);
  expect(isExampleSheet('回答', '令和5年度 自己評価調書')).toBe(false);
  expect(isExampleSheet('見本市', '見本市出展件数')).toBe(false);
  expect(isExampleSheet('事例集', '先進事例の調査件数')).toBe(false);
});

test('a 記入例 sheet laid out like the reply, its only mark the tab: the reply is read, the example left out and said', () => {
  const title = '令和5年度 施策成果指標 自己評価調書';
  const report = checkWorkbook({ sheets: [reply('記入例', title, example), reply('回答', title, real)] }, {}).report;
  expect(report.indicators.map((i) => [i.sheet, i.name, i.target, i.actual])).toEqual([
    ['回答', '自主防災組織結成率', 85, 82.3],
    ['回答', '防災訓練参加者数', 4000, 4615],
  ]);
  const f = report.findings.find((x) => x.code === 'sheet-left-out');
  expect(f).toMatchObject({ sheet: '記入例', params: { reason: 'example', indicators: ['移住相談件数', '市公式LINE登録者数'] } });
});

test('a workbook holding the example alone is read as it stands', () => {
  const report = checkWorkbook({ sheets: [reply('記入例', '自己評価調書', example)] }, {}).report;
  expect(report.indicators.map((i) => i.name)).toEqual(['移住相談件数', '市公式LINE登録者数']);
  expect(report.findings.some((x) => x.code === 'sheet-left-out')).toBe(false);
});

test('見本 / サンプル in a name (見本園, サンプル調査) and a title pointing to the example sheet are no example (review rv41b)', () => {
  expect(isExampleSheet('見本園', undefined)).toBe(false);
  expect(isExampleSheet('市民意識調査（サンプル調査）', undefined)).toBe(false);
  expect(isExampleSheet('記入例シート', undefined)).toBe(true);
  expect(isExampleSheet('福祉課', '令和6年度 成果指標調書 ※記入方法は【記入例】シートを参照')).toBe(false);
  expect(isExampleSheet('回答', '【記入例】令和6年度 成果指標調書')).toBe(true);
});

test('the finding names the word that made the sheet an example, and says to take that word out', () => {
  const title = '令和5年度 施策成果指標 自己評価調書';
  const report = checkWorkbook({ sheets: [reply('見本', title, example), reply('回答', title, real)] }, {}).report;
  const f = report.findings.find((x) => x.code === 'sheet-left-out')!;
  expect(f.params).toMatchObject({ reason: 'example', word: '見本' });
  expect(renderFinding(f as Parameters<typeof renderFinding>[0])).toContain('シート名と表題から「見本」を外してください');
});

test('a sheet of instructions for filling in (記入要領, its tab or its title’s end) shows an example: its rows are no reply', () => {
  expect(isExampleSheet('記入要領', undefined)).toBe(true);
  expect(isExampleSheet('Sheet1', '行政評価結果（公表用原稿）記入要領')).toBe(true);
  expect(isExampleSheet('説明', '調書の作成方法')).toBe(true);
  expect(isExampleSheet('回答', '記入要領に基づく自己評価調書')).toBe(false);
  const guide = snap('記入要領', [
    ['行政評価結果 記入要領'],
    [],
    ['No.', '指標名', '単位', '目標値', '実績値', '評価'],
    ['例', '○○講座の参加者数', '人', 100, 90, 'B'],
  ]);
  const report = checkWorkbook({ sheets: [guide, reply('回答', '令和5年度 自己評価調書', real)] }, {}).report;
  expect(report.indicators.map((i) => i.sheet)).toEqual(['回答', '回答']);
  expect(report.findings.find((x) => x.code === 'sheet-left-out')).toMatchObject({ sheet: '記入要領', params: { reason: 'example' } });
});

test('a sheet whose indicators all stand under a caption 【記入例】 alone on its line is an example; a caption below them is not', () => {
  const rows = (at: 'above' | 'below') => [
    ['評価の手引き'],
    ['１　目標値・実績値は半角数字で記入してください。'],
    ...(at === 'above' ? [['【記入例】']] : []),
    ['指標名', '単位', '目標値', '実績値'],
    ['○○講座の参加者数', '人', 100, 90],
    ...(at === 'below' ? [['【記入例】']] : []),
  ];
  const read = (at: 'above' | 'below') =>
    checkWorkbook({ sheets: [snap('手引き', rows(at)), reply('回答', '令和5年度 自己評価調書', real)] }, {}).report.indicators.map((i) => i.sheet);
  expect(read('above')).toEqual(['回答', '回答']);
  expect(read('below')).toEqual(['手引き', '回答', '回答']);
});
