/** Indicators stated in a sentence of a narrative cell: named in brackets after 指標, with a 目標 and a 実績 figure. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (narrative: string) =>
  snap('主要施策の成果', [
    ['令和５年度 主要な施策の成果に関する説明書'],
    ['施策３ 生涯学習の推進'],
    [narrative],
    [],
    ['成果指標', '単位', '目標値（R5）', '実績値（R5）'],
    ['図書館の貸出冊数', '冊', 320000, 331250],
  ]);

const read = (narrative: string) =>
  checkWorkbook({ sheets: [sheet(narrative)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

test('a sentence naming an indicator with its target and actual is read, its cell the sentence’s', () => {
  const text =
    '【取組内容と成果】\n地区公民館で年間212講座を開催した。成果指標である「公民館講座の参加者数」は、目標値5,000人に対し実績値4,630人（達成率92.6％）であった。';
  expect(read(text)).toEqual([
    ['公民館講座の参加者数', '人', 5000, 4630, 'B'],
    ['図書館の貸出冊数', '冊', 320000, 331250, 'A'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet(text)] }, {});
  expect(report.indicators[0].cells).toMatchObject({ name: 'A3', target: 'A3', actual: 'A3' });
});

test('an indicator the table holds is left to it; sentences without both figures, or without 指標「…」, are no indicators', () => {
  expect(read('成果指標「図書館の貸出冊数」は、目標値320,000冊に対し実績値331,250冊となり、目標を達成した。')).toEqual([
    ['図書館の貸出冊数', '冊', 320000, 331250, 'A'],
  ]);
  expect(read('創業支援セミナーを4回開催し、延べ96人が参加した。目標値5,000人に対し実績値4,630人であった。')).toHaveLength(1);
  expect(read('成果指標である「公民館講座の参加者数」は、実績値4,630人であった。前年度の実績は4,210人。')).toHaveLength(1);
});

test('a name inside the table’s, an outcome phrase, a second year’s pair and the actual’s unit', () => {
  // 「講座参加者数」 is the table's 公民館講座参加者数: left to the table.
  const both = snap('成果', [
    ['成果指標「講座参加者数」は、目標値5,000人に対し実績値4,630人であった。'],
    ['成果指標', '単位', '目標値', '実績値'],
    ['公民館講座参加者数', '人', 5000, 4630],
  ]);
  expect(checkWorkbook({ sheets: [both] }, {}).report.indicators.map((i) => i.name)).toEqual(['公民館講座参加者数']);
  // 「目標値を下回った」 tells how it went: the indicator stays more-is-better.
  expect(read('成果指標「観光入込客数」は、目標値1,200千人に対し実績値1,153千人となり、目標値を下回る結果となった。')[0]).toEqual([
    '観光入込客数',
    '千人',
    1200,
    1153,
    'B',
  ]);
  // Two years' pairs in one sentence: not read.
  expect(
    read('令和４年度は、成果指標「空き家バンク登録件数」は、目標値30件に対し実績値22件であったが、令和５年度は目標値35件に対し実績値41件となった。'),
  ).toHaveLength(1);
});
