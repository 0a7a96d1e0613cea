/**
 * Blocks of one indicator stacked down, one blank row apart, each with a title line 「■指標n | name | 単位：人 | 評価 | B」 over
 * 年度 | 目標値 | 実績値 | 達成率 and its years as rows: the title line's 「単位：人」 is the block's unit and the mark beside its
 * 評価 label the block's grade, never the next block's title line under its years.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

function block(k: number, name: string, unit: string, grade: string | null, figures: [number, number][]): Row[] {
  const years = ['令和3年度', '令和4年度', '令和5年度', '令和6年度'];
  return [
    [`■指標${k}`, name, null, `単位：${unit}`, '評価', grade],
    ['年度', '目標値', '実績値', '達成率', '備考', null],
    ...years.map((y, i): Row => [y, figures[i]?.[0] ?? null, figures[i]?.[1] ?? null, null, null, null]),
    [],
  ];
}

test('each block’s title line gives its unit and its grade, stacked blocks each their own', () => {
  const rows: Row[] = [
    ['生涯学習関連指標の推移（令和5年度実績）'],
    [],
    ...block(1, '公民館講座受講者数', '人', 'B', [
      [6200, 3905],
      [6300, 5212],
      [6500, 5870],
    ]),
    ...block(2, '図書館貸出冊数', '冊', 'A', [
      [410000, 389720],
      [415000, 405113],
      [420000, 431208],
    ]),
    ...block(3, '生涯学習ボランティア登録者数', '人', null, [
      [165, 119],
      [170, 110],
      [180, 102],
    ]),
  ];
  const { report } = checkWorkbook({ sheets: [snap('回答', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells?.unit, i.existingGrade, i.cells?.grade])).toEqual([
    ['公民館講座受講者数', '人', 'D3', 'B', 'F3'],
    ['図書館貸出冊数', '冊', 'D10', 'A', 'F10'],
    ['生涯学習ボランティア登録者数', '人', 'D17', null, 'F17'],
  ]);
});

test('a 評価 line under the last year still grades a block whose title line has none', () => {
  const rows: Row[] = [
    ['成果指標1', '相談件数', null, '単位', '件'],
    ['年度', '目標値', '実績値'],
    ['令和4年度', 100, 96],
    ['令和5年度', 110, 121],
    ['評価', 'A'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.existingGrade, i.cells?.grade])).toEqual([['相談件数', '件', 'A', 'B5']]);
});

test('a block whose title line has no 評価 never takes the next block’s grade, on the title line two rows under its years', () => {
  const untitled = block(2, '講座参加者数', '人', null, [
    [300, 280],
    [320, 290],
    [340, 300],
  ]);
  untitled[0] = ['■指標2', '講座参加者数', null, '単位：人'];
  const rows: Row[] = [
    ['相談支援の成果指標（令和6年度）'],
    [],
    ...block(1, '相談件数', '件', 'B', [
      [100, 95],
      [110, 108],
      [120, 125],
    ]),
    ...untitled,
    ...block(3, '再相談率', '％', 'C', [
      [20, 22],
      [18, 21],
      [15, 19],
    ]),
  ];
  const { report } = checkWorkbook({ sheets: [snap('回答', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.cells?.grade ?? null])).toEqual([
    ['相談件数', 'B', 'F3'],
    ['講座参加者数', null, null],
    ['再相談率', 'C', 'F17'],
  ]);
});

test('a 評価 line under the years with a text left of its label and no header under it is the block’s own grade', () => {
  for (const line of [
    ['令和6年度', '評価', 'C'],
    ['担当課', '評価', 'C', '理由', '計画どおり進まなかった'],
    ['※R6は速報値', null, null, '評価', 'C'],
  ]) {
    const rows: Row[] = [
      ['成果指標1', '相談件数', null, '単位', '件'],
      ['年度', '目標値', '実績値', '達成率', '備考'],
      ['令和4年度', 100, 96],
      ['令和5年度', 110, 104],
      ['令和6年度', 120, 110],
      line,
    ];
    const { report } = checkWorkbook({ sheets: [snap('施策', rows)] }, {});
    expect(report.indicators.map((i) => [i.name, i.existingGrade])).toEqual([['相談件数', 'C']]);
  }
});
