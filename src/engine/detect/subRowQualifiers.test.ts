/**
 * A name merged over sub-rows told apart by a short qualifier column (小学生 / 中学生, 市内 / 市外): one indicator per sub-row,
 * named 「name（qualifier）」; a kind column of 目標 / 実績 rows, or sub-rows with no figures of their own, are no qualifiers.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['学校教育の指標（令和5年度）', null, null, null, null, null],
  ['指標名', '対象', '単位', '基準値', '目標値', '実績値'],
  ['朝食を毎日食べる児童生徒の割合', '小学生', '％', 88.1, 95, 90.2],
  [null, '中学生', null, 80.4, 90, 83.5],
  ['体力テストの総合評価がA・Bの割合', '小学生', '％', 42, 50, 47.5],
  [null, '中学生', null, 51.3, 60, 49],
  ['不登校児童生徒の出現率', '全体', '％', 2.1, 1.5, 2.4],
];
const merges = ['A3:A4', 'C3:C4', 'A5:A6', 'C5:C6'];

test('each sub-row under a merged name is an indicator named with its qualifier, the unit merged down shared (％ read as %)', () => {
  const { report } = checkWorkbook({ sheets: [snap('学校', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['朝食を毎日食べる児童生徒の割合（小学生）', '%', 95, 90.2],
    ['朝食を毎日食べる児童生徒の割合（中学生）', '%', 90, 83.5],
    ['体力テストの総合評価がA・Bの割合（小学生）', '%', 50, 47.5],
    ['体力テストの総合評価がA・Bの割合（中学生）', '%', 60, 49],
    ['不登校児童生徒の出現率', '%', 1.5, 2.4],
  ]);
  // The sub-row below is found at its qualifier's cell.
  expect(report.indicators[1].cells.name).toBe('B4');
});

test('without the merge, a row with a blank name is not an indicator of its own; without figures of their own, sub-rows are no indicators', () => {
  const unmerged = checkWorkbook({ sheets: [snap('学校', rows, { merges: ['C3:C4', 'C5:C6'] })] }, {}).report;
  expect(unmerged.indicators.map((i) => i.name)).toEqual(['朝食を毎日食べる児童生徒の割合', '体力テストの総合評価がA・Bの割合', '不登校児童生徒の出現率']);
  const shared = rows.map((r, i) => (i === 3 || i === 5 ? [null, r[1], null, null, null, null] : r));
  const merged = checkWorkbook({ sheets: [snap('学校', shared, { merges: [...merges, 'D3:D4', 'E3:E4', 'F3:F4', 'D5:D6', 'E5:E6', 'F5:F6'] })] }, {}).report;
  expect(merged.indicators.map((i) => i.name)).toEqual(['朝食を毎日食べる児童生徒の割合', '体力テストの総合評価がA・Bの割合', '不登校児童生徒の出現率']);
});

describe('a 計 / 全体 sub-row under one merged name is the indicator’s own figure', () => {
  const totals: (string | number | null)[][] = [
    ['福祉の指標（令和5年度）', null, null, null, null, null, null],
    ['指標名', '内訳', '単位', '基準値', '目標値', '実績値', '評価'],
    ['介護予防教室の参加者数', '東部', '人', 300, null, 320, null],
    [null, '西部', '人', 250, null, 240, null],
    [null, '合計', '人', 550, 600, 560, 'B'],
    ['健康づくり講座の受講者の割合', '若年層', '％', 10, '－', 12, null],
    [null, '全体', '％', 20, 25, 26, 'A'],
    ['相談窓口の利用件数', null, '件', 100, 120, 118, 'B'],
  ];
  const totalMerges = ['A3:A5', 'A6:A7'];

  test('the 合計 / 全体 row gives the target, actual and grade; the parts are no indicators; the name is found at its own cell', () => {
    const { report } = checkWorkbook({ sheets: [snap('福祉', totals, { merges: totalMerges })] }, {});
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.existingGrade])).toEqual([
      ['介護予防教室の参加者数', '人', 600, 560, 'B'],
      ['健康づくり講座の受講者の割合', '%', 25, 26, 'A'],
      ['相談窓口の利用件数', '件', 120, 118, 'B'],
    ]);
    expect(report.indicators[0].cells.name).toBe('A3');
    expect(report.indicators[0].cells.actual).toBe('F5');
  });

  test('男女計 / 市全体 are totals too; a 小計 is a part, never taken as the whole: its rows are read one by one', () => {
    for (const word of ['男女計', '市全体']) {
      const named = totals.map((r, i) => (i === 4 ? [null, word, ...r.slice(2)] : r));
      const { report } = checkWorkbook({ sheets: [snap('福祉', named, { merges: totalMerges })] }, {});
      expect([report.indicators[0].name, report.indicators[0].target, report.indicators[0].actual]).toEqual(['介護予防教室の参加者数', 600, 560]);
    }
    const subtotal = totals.map((r, i) => (i === 4 ? [null, '小計', ...r.slice(2)] : r));
    const { report } = checkWorkbook({ sheets: [snap('福祉', subtotal, { merges: totalMerges })] }, {});
    // What a clerk reads: each sub-row an indicator of its own, the 小計 one of them (never the first row as the whole, nor
    // the 小計 as the whole).
    expect(report.indicators.slice(0, 3).map((i) => [i.name, i.target, i.actual, i.existingGrade])).toEqual([
      ['介護予防教室の参加者数（東部）', null, 320, null],
      ['介護予防教室の参加者数（西部）', null, 240, null],
      ['介護予防教室の参加者数（小計）', 600, 560, 'B'],
    ]);
  });
});

test('one target and one grade merged down over the sub-rows and the 計 row are the whole indicator’s, not a part’s own', () => {
  const sheet = [
    ['健康分野の成果指標（令和5年度）', null, null, null, null, null, null],
    ['指標名', '区分', '単位', '基準値', '目標値', '実績値', '評価'],
    ['成人の喫煙率', '男性', '％', 25.0, 15.0, 22.0, 'C'],
    [null, '女性', '％', 6.0, null, 5.0, null],
    [null, '計', '％', 15.0, null, 13.2, null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('健康', sheet, { merges: ['A3:A5', 'E3:E5', 'G3:G5'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade])).toEqual([['成人の喫煙率', 15, 13.2, 'C']]);
  expect(report.indicators[0].cells.actual).toBe('F5');
});

describe('a 計 / 全体 sub-row is no indicator’s whole figure when the sheet says otherwise: every part is read, none dropped', () => {
  const head = [
    ['住環境分野の成果指標（令和5年度）', null, null, null, null, null, null],
    ['指標名', '区分', '単位', '基準値', '目標値', '実績値', '評価'],
  ];
  const read = (body: (string | number | null)[][], merges: string[], header = head) =>
    checkWorkbook({ sheets: [snap('指標', [...header, ...body], { merges })] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade]);

  test('parts with a target and grade of their own beside a 市全体 row are indicators of their own', () => {
    const got = read(
      [
        ['空き家率', '中心市街地', '％', 15.0, 12.0, 16.5, 'D'],
        [null, '周辺地域', '％', 10.0, 9.0, 8.8, 'A'],
        [null, '市全体', '％', 12.0, 10.5, 10.9, 'B'],
      ],
      ['A3:A5'],
    );
    expect(got).toEqual([
      ['空き家率（中心市街地）', 12, 16.5, 'D'],
      ['空き家率（周辺地域）', 9, 8.8, 'A'],
      ['空き家率（市全体）', 10.5, 10.9, 'B'],
    ]);
  });

  test('a 計 row with an actual only while the parts have targets and grades: the parts are read, the 計 row is one more sub-row', () => {
    const got = read(
      [
        ['特定健診の受診率', '男性', '％', 35, 45, 47, 'A'],
        [null, '女性', '％', 40, 50, 41, 'C'],
        [null, '計', '％', 37.5, null, 44, null],
      ],
      ['A3:A5'],
    );
    expect(got).toEqual([
      ['特定健診の受診率（男性）', 45, 47, 'A'],
      ['特定健診の受診率（女性）', 50, 41, 'C'],
      ['特定健診の受診率（計）', null, 44, null],
    ]);
  });

  test('a 計 row of nothing but 「－」 holds no figure: no indicator, the parts read one by one', () => {
    const got = read(
      [
        ['特定健診の受診率', '男性', '％', 35, 45, 47, 'A'],
        [null, '女性', '％', 40, 50, 41, 'C'],
        [null, '計', '－', '－', '－', '－', '－'],
      ],
      ['A3:A5'],
    );
    expect(got).toEqual([
      ['特定健診の受診率（男性）', 45, 47, 'A'],
      ['特定健診の受診率（女性）', 50, 41, 'C'],
    ]);
  });

  test('a row after the 地区計 row (市外協定) is no part of it: every row is read', () => {
    const got = read(
      [
        ['自主防災組織の結成数', '北地区', '団体', 10, null, 12, null],
        [null, '南地区', '団体', 8, null, 7, null],
        [null, '地区計', '団体', 18, 22, 19, 'B'],
        [null, '市外協定', '団体', 2, 3, 3, 'A'],
      ],
      ['A3:A6'],
    );
    expect(got.map((g) => g[0])).toEqual([
      '自主防災組織の結成数（北地区）',
      '自主防災組織の結成数（南地区）',
      '自主防災組織の結成数（地区計）',
      '自主防災組織の結成数（市外協定）',
    ]);
  });

  test('rows told apart by another qualifier column too (年代): the 男女計 row is no total of the rows above', () => {
    const header = [head[0]!, ['指標名', '性別', '年代', '単位', '目標値', '実績値', '評価']];
    const got = read(
      [
        ['運動習慣のある人の割合', '男性', '20～64歳', '％', null, 30, null],
        [null, '女性', '20～64歳', '％', null, 25, null],
        [null, '男女計', '65歳以上', '％', 58, 60, 'A'],
      ],
      ['A3:A5'],
      header,
    );
    expect(got.map((g) => g[0])).toEqual(['運動習慣のある人の割合（男性）', '運動習慣のある人の割合（女性）', '運動習慣のある人の割合（男女計）']);
  });
});

// A name merged over sub-rows that cannot be split used to give the first sub-row's figures as the whole indicator, silently.
describe('sub-rows a name is merged over that cannot be split are read as a clerk reads them, or said to be a guess', () => {
  const head = [
    ['教育文化分野の成果指標（令和5年度）', null, null, null, null, null, null],
    ['指標名', '区分', '単位', '基準値', '目標値', '実績値', '評価'],
  ];
  const check = (body: (string | number | null)[][], merges: string[]) => checkWorkbook({ sheets: [snap('施設', [...head, ...body], { merges })] }, {}).report;
  const unsplit = (report: ReturnType<typeof check>) =>
    report.findings.filter((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'sub-rows-unsplit');

  test('a name merged past the last filled row: the rows below the table are none of its sub-rows, the 合計 row is read', () => {
    const parts = [
      ['社会教育施設の利用者数', '図書館', '人', 150000, 160000, 165000, 'A'],
      [null, '合計', '人', 280000, 302000, 280000, 'B'],
    ];
    const own = check(parts, ['A3:A8']);
    expect(own.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade])).toEqual([
      ['社会教育施設の利用者数（図書館）', 160000, 165000, 'A'],
      ['社会教育施設の利用者数（合計）', 302000, 280000, 'B'],
    ]);
    // Parts with no target or grade of their own: the 合計 row is the indicator's figure, as under a merge ending at the table.
    const bare = parts.map((r, i) => (i === 0 ? [...r.slice(0, 4), null, r[5], null] : r));
    const whole = check(bare, ['A3:A8']).indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual]);
    expect(whole).toEqual([['社会教育施設の利用者数', 302000, 280000, 'F4']]);
    expect(check(bare, ['A3:A4']).indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual(whole);
  });

  test('a qualifier merged down into the 計 row: the first row read as the whole, with a sub-rows-unsplit guess naming the name and rows', () => {
    const report = check(
      [
        ['社会教育施設の利用者数', '図書館', '人', 150000, 160000, 165000, 'A'],
        [null, '体育館', '人', 80000, 90000, 62000, 'D'],
        [null, null, '人', 280000, 302000, 280000, 'B'],
      ],
      ['A3:A5', 'B4:B5'],
    );
    expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([['社会教育施設の利用者数', 165000]]);
    const guesses = unsplit(report);
    expect(guesses.map((f) => f.params)).toEqual([expect.objectContaining({ cells: ['A3', 'B3', 'B4', 'B5'] })]);
    expect(guesses[0]!.indicator).toBe('社会教育施設の利用者数');
  });

  test('rows split by their qualifiers, or sharing one figure merged down, give no such guess', () => {
    const split = check(
      [
        ['社会教育施設の利用者数', '図書館', '人', 150000, 160000, 165000, 'A'],
        [null, '体育館', '人', 80000, 90000, 62000, 'D'],
      ],
      ['A3:A4'],
    );
    expect(split.indicators).toHaveLength(2);
    expect(unsplit(split)).toEqual([]);
    const shared = check(
      [
        ['社会教育施設の利用者数', '図書館', '人', 150000, 160000, 165000, 'A'],
        [null, null, null, null, null, null, null],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4'],
    );
    expect(unsplit(shared)).toEqual([]);
  });
});

test('areas with targets of their own beside their 全市 row, graded only on 全市: the 全市 row is the indicator, the areas its breakdown', () => {
  const sheet = [
    ['地域づくり指標の地区別達成状況（令和5年度）', null, null, null, null, null],
    ['指標', '地区', '単位', '目標値（R5）', '実績値（R5）', '評価'],
    ['自主防災組織の組織率', '北地区', '％', 92, 93.1, '－'],
    [null, '南地区', '％', 85, 86.1, '－'],
    [null, '東地区', '％', 80, 72.4, '－'],
    [null, '全市', '％', 90, 88.1, 'B'],
    ['集落支援員による巡回回数', '北地区', '回', '－', '－', '－'],
    [null, '南地区', '回', 120, 131, '－'],
    [null, '東地区', '回', 100, 88, '－'],
    [null, '全市', '回', 220, 219, 'A'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('地区別', sheet, { merges: ['A3:A6', 'A7:A10'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade, i.cells.actual])).toEqual([
    ['自主防災組織の組織率', 90, 88.1, 'B', 'E6'],
    ['集落支援員による巡回回数', 220, 219, 'A', 'E10'],
  ]);
});

test('the 全市 row first, its areas under it with targets of their own: the 全市 row is the indicator', () => {
  const sheet = [
    ['地域づくり指標の地区別達成状況（令和5年度）', null, null, null, null, null],
    ['指標', '地区', '単位', '目標値（R5）', '実績値（R5）', '評価'],
    ['地域サロン参加者数', '全市', '人', 10000, 8860, 'B'],
    [null, '北地区', '人', 6000, 5210, null],
    [null, '南地区', '人', 4000, 3650, null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('地区別', sheet, { merges: ['A3:A5'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade, i.cells.actual])).toEqual([['地域サロン参加者数', 10000, 8860, 'B', 'E3']]);
});

describe('areas with targets of their own read as indicators unless their 全市 row is graded and has a number target', () => {
  const read = (head: (string | null)[], body: (string | number | null)[][]) => {
    const sheet = [['地域福祉計画　地区別目標の進捗（令和5年度）'], head, ...body];
    const { report } = checkWorkbook({ sheets: [snap('地区別', sheet, { merges: ['A3:A6'] })] }, {});
    return report.indicators.map((i) => [i.name, i.target, i.actual]);
  };
  const areas = [
    ['地区サロン参加者数', '北地区', '人', 3000, 3300],
    [null, '南地区', '人', 2500, 1500],
    [null, '東地区', '人', 2000, 2100],
  ];
  const byArea = [
    ['地区サロン参加者数（北地区）', 3000, 3300],
    ['地区サロン参加者数（南地区）', 2500, 1500],
    ['地区サロン参加者数（東地区）', 2000, 2100],
  ];

  test('no grade column: each area with its own target is an indicator, the 全市 row one more', () => {
    const got = read(['指標', '地区', '単位', '目標値（R5）', '実績値（R5）'], [...areas, [null, '全市', '人', 7500, 6900]]);
    expect(got).toEqual([...byArea, ['地区サロン参加者数（全市）', 7500, 6900]]);
  });

  test('a grade column left blank on every row: the areas are still indicators', () => {
    const blank = [...areas, [null, '全市', '人', 7500, 6900]].map((r) => [...r, null]);
    const got = read(['指標', '地区', '単位', '目標値（R5）', '実績値（R5）', '評価'], blank);
    expect(got).toEqual([...byArea, ['地区サロン参加者数（全市）', 7500, 6900]]);
  });

  test('a 全市 row that is only a sum (target 「－」) takes nothing over from the areas', () => {
    const got = read(['指標', '地区', '単位', '目標値（R5）', '実績値（R5）'], [...areas, [null, '全市', '人', '－', 6900]]);
    expect(got.slice(0, 3)).toEqual(byArea);
  });
});

test('a name on one row whose qualifier is what the merged names around it split into takes it too; a lone qualifier of its own does not', () => {
  const taxes = (last: string): (string | number | null)[][] => [
    ['税目', '区分', '収納率', '目標収納率'],
    ['個人市民税', '現年課税分', 99.1, 99.2],
    [null, '滞納繰越分', 25.1, 27],
    ['固定資産税', '現年課税分', 99.4, 99.5],
    [null, '滞納繰越分', 22.7, 25],
    ['軽自動車税', last, 99.1, 99],
  ];
  const merged = ['A2:A3', 'A4:A5'];
  const names = (last: string) => checkWorkbook({ sheets: [snap('収納', taxes(last), { merges: merged })] }, {}).report.indicators.map((i) => i.name);
  expect(names('現年課税分').at(-1)).toBe('軽自動車税（現年課税分）');
  expect(names('種別割').at(-1)).toBe('軽自動車税');
  // One merged name around it is not enough to say the column splits every name.
  const one = checkWorkbook(
    {
      sheets: [
        snap(
          '収納',
          taxes('現年課税分')
            .slice(0, 3)
            .concat([taxes('現年課税分')[5]!]),
          { merges: ['A2:A3'] },
        ),
      ],
    },
    {},
  );
  expect(one.report.indicators.map((i) => i.name).at(-1)).toBe('軽自動車税');
});

describe('a lone 単年度 row beside names split into 単年度 | 累計', () => {
  const lone = (single: (string | number)[], total: (string | number)[]) =>
    snap(
      '成果報告',
      [
        ['指標名', '区分', '単位', '平成30年度', '令和元年度', '目標値（令和元年度）'],
        ['ブランド認定商品数', '単年度', '品目', 12, 9, single[0]!],
        [null, '累計', '品目', 50, 59, total[0]!],
        ['新商品開発件数', '単年度', '件', 4, 6, single[1]!],
        [null, '累計', '件', 15, 21, total[1]!],
        ['フェア来場者数', '単年度', '人', 13050, 9870, 14000],
      ],
      { merges: ['A2:A3', 'A4:A5'] },
    );
  const names = (s: ReturnType<typeof lone>) => checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name);

  test('the names read as written (the target singles one row out): the lone row is named as written too', () => {
    expect(names(lone(['－', 8], [60, '－']))).toEqual(['ブランド認定商品数', '新商品開発件数', 'フェア来場者数']);
  });

  test('counter-example: names whose two rows are each graded (targets on both) still name the lone row by its qualifier', () => {
    expect(names(lone([10, 8], [60, 22]))).toContain('フェア来場者数（単年度）');
  });
});
