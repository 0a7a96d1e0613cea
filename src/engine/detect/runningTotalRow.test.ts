/** The 累計 row of a 単年度 | 累計 pair under one merged name holds the running totals: graded against the term's target, no guess. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** 指標 | 区分 | 単位 | H30 | R1 | R2 | 目標値 (undated: the term's), the name merged over its two rows. */
const pair = (marks: [string, string], totals: number[]) =>
  snap(
    '実績',
    [
      ['令和２年度　養成事業　実績報告'],
      ['指標', '区分', '単位', '平成30年度', '令和元年度', '令和２年度', '目標値'],
      ['ボランティア養成講座修了者数', marks[0], '人', 32, 28, 15, '－'],
      [null, marks[1], '人', ...totals, 100],
    ],
    { merges: ['A3:A4'] },
  );

const read = (sheet: ReturnType<typeof snap>) => {
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  const uncertain = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell);
  return { indicators: report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual]), uncertain };
};

test('the 累計 row beside its 単年度 twin: its latest figure is the running total graded against the term target, no guess', () => {
  expect(read(pair(['単年度', '累計'], [32, 60, 75]))).toEqual({
    indicators: [['ボランティア養成講座修了者数', 100, 75, 'F4']],
    uncertain: [],
  });
  const [ind] = detectSheet(pair(['単年度', '累計'], [32, 60, 75]), scale).indicators;
  expect(ind.cumulative).toBe(true);
  expect(ind.guesses ?? []).toEqual([]);
});

test('a 累計 row whose figures fall is no running total: the single year stays flagged', () => {
  const { uncertain } = read(pair(['単年度', '累計'], [32, 60, 55]));
  expect(uncertain.length).toBeGreaterThan(0);
});

test('a 累計 mark with no 単年度 twin under the same name (the mark may speak of the target alone): still flagged', () => {
  const sheet = snap('住宅施策', [
    ['住生活基本計画 成果指標の推移（令和2年度末時点）'],
    ['指標', '単位', '目標の区分', '目標値', 'H30', 'R1', 'R2'],
    ['住宅リフォーム補助件数', '件', '累計', 500, 90, 110, 150],
    ['移住体験住宅利用者数', '人', '単年度', 60, 48, 55, 63],
  ]);
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, (i.guesses ?? []).map((g) => g.reason)]);
  expect(read).toEqual([
    ['住宅リフォーム補助件数', ['cumulative-single-year']],
    ['移住体験住宅利用者数', []],
  ]);
});

describe('a 累計 row counting from before the table’s first year is no total of the term (review rv62): the guess stays', () => {
  /** The rows of `pair` with a heading and marks of one's own. */
  const sheet = (heading: string, rows: (string | number | null)[][]) =>
    snap('実績', [['令和２年度　養成事業　実績報告'], ['指標', '区分', '単位', '平成30年度', '令和元年度', '令和２年度', heading], ...rows], {
      merges: ['A3:A4'],
    });
  const guesses = (s: ReturnType<typeof snap>) => detectSheet(s, scale).indicators.map((i) => (i.guesses ?? []).map((g) => g.reason));

  test('totals far above the years’ sum (1200, 1228, 1243 beside 32, 28, 15) against 「R1～R5累計」 100: flagged, not A', () => {
    const s = sheet('目標値（R1～R5累計）', [
      ['ボランティア養成講座修了者数', '単年度', '人', 32, 28, 15, '－'],
      [null, '累計', '人', 1200, 1228, 1243, 100],
    ]);
    expect(guesses(s)).toEqual([['cumulative-start-unknown']]);
    expect(read(s).uncertain.length).toBeGreaterThan(0);
  });

  test('the 累計 row first, its 単年度 twin below (1200 … against 100), and 3000 against 12770: flagged', () => {
    const first = sheet('目標値（R2～R6の5年間累計）', [
      ['ボランティア養成講座修了者数', '累計', '人', 1200, 1228, 1243, 100],
      [null, '単年度', '人', 32, 28, 15, '－'],
    ]);
    const big = sheet('目標値（計画期間の累計）', [
      ['認知症サポーター養成者数', '単年度', '人', 600, 650, 120, '－'],
      [null, '累計', '人', 12000, 12650, 12770, 3000],
    ]);
    expect([...guesses(first), ...guesses(big)]).toEqual([['cumulative-start-unknown'], ['cumulative-start-unknown']]);
  });

  test('a total from before the table against its own plain target above it, each later total the one before plus the year: no guess', () => {
    const s = sheet('目標値', [
      ['医師修学資金貸与者数', '単年度', '人', 6, 5, 7, '－'],
      [null, '累計', '人', 25, 30, 37, 50],
    ]);
    expect(guesses(s)).toEqual([[]]);
    expect(read(s)).toEqual({ indicators: [['医師修学資金貸与者数', 50, 37, 'F4']], uncertain: [] });
  });

  test('…but not against a target under a heading naming a run of years, one below the first total, or totals not adding up', () => {
    const term = sheet('目標値（R1～R7累計）', [
      ['医師修学資金貸与者数', '単年度', '人', 6, 5, 7, '－'],
      [null, '累計', '人', 25, 30, 37, 50],
    ]);
    const below = sheet('目標値', [
      ['ボランティア養成講座修了者数', '単年度', '人', 32, 28, 15, '－'],
      [null, '累計', '人', 1200, 1228, 1243, 100],
    ]);
    const off = sheet('目標値', [
      ['医師修学資金貸与者数', '単年度', '人', 6, 5, 7, '－'],
      [null, '累計', '人', 25, 34, 37, 50],
    ]);
    expect([...guesses(term), ...guesses(below), ...guesses(off)]).toEqual([
      ['cumulative-start-unknown'],
      ['cumulative-start-unknown'],
      ['cumulative-start-unknown'],
    ]);
  });

  test('a mark bracketing an earlier start (「累計（H20～）」) is none, even where its figures would add up', () => {
    const s = sheet('目標値（計画期間累計）', [
      ['ボランティア養成講座修了者数', '単年度', '人', 32, 28, 15, '－'],
      [null, '累計（H20～）', '人', 32, 60, 75, 100],
    ]);
    expect(guesses(s)).toEqual([['cumulative-start-unknown']]);
  });

  test('a bracket starting in the first year, or totals adding up within rounding (10.2, 10.3): still the total, no guess', () => {
    const s = sheet('目標値', [
      ['ボランティア養成講座修了者数', '単年度', '人', 32, 28, 15, '－'],
      [null, '累計（H30～）', '人', 32, 60, 75, 100],
    ]);
    const rounded = sheet('目標値', [
      ['植樹面積', '単年度', 'ha', 3.4, 3.4, 3.5, '－'],
      [null, '累計', 'ha', 3.4, 6.9, 10.3, 15],
    ]);
    expect([...guesses(s), ...guesses(rounded)]).toEqual([[], []]);
  });
});

describe('a year’s 単年度 | 累計 pair whose own target is itself written as a running total (「260（累計）」): a total against a total', () => {
  /** 指標名 | 単位 | 区分 | 目標値 | 実績値 | 備考 for one year, the name, unit, target and 備考 merged over both rows. */
  const year = (heading: string, target: string | number) =>
    snap(
      '成果指標評価',
      [
        ['令和４年度　成果指標評価表'],
        ['指標名', '単位', '区分', heading, '実績値', '備考'],
        ['支援員認定資格研修修了者数', '人', '単年度', target, 38, 'H27からの累計'],
        [null, null, '累計', null, 251, null],
      ],
      { merges: ['A3:A4', 'B3:B4', 'D3:D4', 'F3:F4'] },
    );
  const guesses = (s: ReturnType<typeof snap>) => detectSheet(s, scale).indicators.map((i) => (i.guesses ?? []).map((g) => g.reason));

  test('the 累計 row’s figure against the target marked 累計: no guess', () => {
    const s = year('目標値', '260\n（累計）');
    expect(guesses(s)).toEqual([[]]);
    expect(read(s)).toEqual({ indicators: [['支援員認定資格研修修了者数', 260, 251, 'E4']], uncertain: [] });
  });

  test('…but a bare target (two sub-rows, each flagged), a mark naming a run of years or a heading naming one keeps a guess', () => {
    const found = [year('目標値', 260), year('目標値', '260（R3～R7累計）'), year('目標値（計画期間の累計）', '260（累計）')].map(guesses);
    expect(found).toEqual([
      [['target-shared-basis'], ['cumulative-start-unknown', 'target-shared-basis']],
      [['cumulative-start-unknown']],
      [['cumulative-start-unknown']],
    ]);
  });
});
