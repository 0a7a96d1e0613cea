/** A numbered section's heading names the box of one target and one actual under it (a 点検・評価 様式). */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { namesBoxKind } from './sectionBoxes';
import { snap } from './testing';

const read = (rows: CellValue[][]) => {
  const { report } = checkWorkbook({ sheets: [snap('点検・評価', rows)] }, {});
  return {
    year: report.period?.fiscalYear,
    indicators: report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction, i.grade, i.cells.name]),
    uncertain: report.findings.filter((f) => f.code === 'reading-uncertain').length,
  };
};

const FORM: CellValue[][] = [
  ['令和４年度の目標及びその達成に向けた活動の点検・評価'],
  [],
  ['Ⅰ', '農業委員会の状況（令和5年4月1日現在）'],
  [null, '区分', '耕地面積', '農家数', '農業委員数'],
  [null, '管内', '2,845ha', '1,932戸', '14人'],
  [],
  ['Ⅱ', '担い手への農地の利用集積・集約化'],
  [null, '１　現状及び課題'],
  [null, '現状\n（令和4年3月現在）', '管内の農地面積（A）', 'これまでの集積面積（B）', '集積率（B/A）'],
  [null, null, '2,851ha', '1,563ha', '54.8%'],
  [null, '２　令和４年度の目標及び実績'],
  [null, '目標及び実績', '集積目標（C）', '集積実績（D）', '達成状況（D/C）'],
  [null, null, '45ha', '38.4ha', '85.3%'],
  [null, '活動に対する評価：集積は目標に届かなかった。'],
  [],
  ['Ⅲ', '新たに農業経営を営もうとする者の参入促進'],
  [null, '目標及び実績', '参入目標', '参入実績', '達成状況'],
  [null, null, '5経営体', '3経営体', '60.0%'],
];

test('each section’s heading names its box: 集積目標 | 集積実績 the target and actual, the 現状 box and sub-headings passed over', () => {
  expect(read(FORM)).toEqual({
    year: 2022,
    indicators: [
      ['担い手への農地の利用集積・集約化', 'ha', 45, 38.4, 'up', 'B', 'B7'],
      ['新たに農業経営を営もうとする者の参入促進', '経営体', 5, 3, 'up', 'C', 'B16'],
    ],
    uncertain: 0,
  });
});

test('a heading numbered in its own cell, 「（２）…」, names the box as a mark beside it does', () => {
  const rows: CellValue[][] = [
    ['令和５年度　点検・評価'],
    [],
    ['（２）新規就農者の確保'],
    [null, '目標値', '実績値', '達成率'],
    [null, '12人', '9人', '75.0%'],
  ];
  expect(read(rows).indicators).toEqual([['新規就農者の確保', '人', 12, 9, 'up', 'C', 'A3']]);
});

describe('boxes no section names stay unread', () => {
  test('under an unnumbered line (no section heading: the name would be a guess)', () => {
    const rows: CellValue[][] = [['令和５年度　点検・評価'], [], ['新規就農者の確保'], [null, '目標値', '実績値'], [null, '12人', '9人']];
    expect(read(rows).indicators).toEqual([]);
  });

  test('under a sub-heading that only names the box’s kind, with no section above it', () => {
    const rows: CellValue[][] = [['令和５年度　点検・評価'], [], ['２　令和５年度の目標及び実績'], [null, '目標値', '実績値'], [null, '12人', '9人']];
    expect(read(rows).indicators).toEqual([]);
  });

  test('a box of a starting point (現状 | 面積 | 割合) holds no target and actual', () => {
    expect(read(FORM.slice(0, 10)).indicators).toEqual([]);
  });

  test('a second box of targets under the same heading is not named by it', () => {
    const rows: CellValue[][] = [
      ['令和５年度　点検・評価'],
      ['Ⅱ', '担い手への農地の利用集積・集約化'],
      [null, '目標及び実績', '集積目標', '集積実績'],
      [null, null, '45ha', '38.4ha'],
      [null, '目標及び実績', '集約化目標', '集約化実績'],
      [null, null, '20ha', '12ha'],
    ];
    expect(read(rows).indicators.map((i) => [i[0], i[2]])).toEqual([['担い手への農地の利用集積・集約化', 45]]);
  });
});

test('a table of nameless rows under a numbered heading (figures on two lines) is no box', () => {
  const rows: CellValue[][] = [
    ['令和５年度'],
    ['Ⅱ', '担い手への農地の利用集積・集約化'],
    [null, '区分', '目標値', '実績値'],
    [null, null, 45, 38],
    [null, null, 20, 12],
  ];
  expect(read(rows).indicators.map((i) => i[0])).not.toContain('担い手への農地の利用集積・集約化');
});

test('namesBoxKind: words of a box’s kind or a section’s part, years aside; a measured thing is none', () => {
  for (const t of ['目標及び実績', '２　令和４年度の目標及び実績', '現状及び課題', '活動に対する評価', '取組の成果'])
    expect(namesBoxKind(t.replace(/^[0-9０-９]\s*/, ''))).toBe(true);
  for (const t of ['担い手への農地の利用集積・集約化', '遊休農地に関する措置', '']) expect(namesBoxKind(t)).toBe(false);
});

describe('rv63: boxes whose section heading is no sure name or way stay unread', () => {
  const under = (year: string, mark: string, title: string, between: CellValue[][], box: CellValue[][]) =>
    read([[`${year}　点検・評価`], [], [mark, title], ...between, ...box]).indicators;
  test('a numbered sub-heading speaking of figures (２　数値目標の達成度) names nothing', () => {
    const box = [
      [null, '目標値', '実績値'],
      [null, '45ha', '38.4ha'],
    ];
    expect(under('令和４年度', 'Ⅱ', '担い手への農地の利用集積・集約化', [[null, '２　数値目標の達成度']], box)).toEqual([]);
  });
  test('a line naming the measure (指標名 | 認定農業者数, 「指標：…」) between: the heading is not its name', () => {
    const box = [
      [null, '目標値', '実績値'],
      [null, '30経営体', '25経営体'],
    ];
    expect(under('令和５年度', 'Ⅱ', '担い手の育成', [[null, '指標名', '認定農業者数']], box)).toEqual([]);
    expect(under('令和５年度', 'Ⅱ', '担い手の育成', [[null, '指標：認定農業者数']], box)).toEqual([]);
  });
  test('a heading saying a way (解消, 削減, 抑制): the box may hold the area resolved or the area left', () => {
    const box = (t: string, a: string) => [
      [null, '目標及び実績', t, a],
      [null, null, '10ha', '12ha'],
    ];
    expect(under('令和５年度', 'Ⅳ', '遊休農地の解消', [], box('解消目標', '解消実績'))).toEqual([]);
    expect(under('令和４年度', 'Ⅲ', '遊休農地の発生防止・解消', [], box('目標', '実績'))).toEqual([]);
    expect(under('令和４年度', 'Ⅱ', '荒廃農地の削減', [], box('解消目標', '解消実績'))).toEqual([]);
    const outflow = [
      [null, '目標値', '実績値'],
      [null, '200人', '260人'],
    ];
    expect(under('令和５年度', '1', '転出超過の抑制', [], outflow)).toEqual([]);
  });
  test('a heading saying no way still names its box (遊休農地に関する措置 | 解消目標 | 解消実績)', () => {
    const box = [
      [null, '目標及び実績', '解消目標', '解消実績'],
      [null, null, '10ha', '12ha'],
    ];
    expect(under('令和４年度', 'Ⅳ', '遊休農地に関する措置', [], box)).toEqual([['遊休農地に関する措置', 'ha', 10, 12, 'up', 'A', 'B3']]);
  });
});
