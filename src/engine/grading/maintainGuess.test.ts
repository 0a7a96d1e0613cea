/**
 * A 維持 in the sheet's direction column, graded as more is better: an actual above the target is met only if more is better,
 * so with nothing saying so the grade is a guess naming the direction cell, the actual and the target; an actual at or below
 * the target, or a word or bound saying more is better, needs no guess.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const rows = [
  ['令和5年度　成果指標', null, null, null, null],
  ['指標名', '単位', '方向', 'R5目標', 'R5実績'],
  ['実質公債費比率', '％', '維持', 8.0, 9.6],
  ['公園の面積', 'ha', '維持', 40, 37],
  ['地域の清掃活動参加者数（参加者を増やす）', '人', '維持', 500, 620],
  ['救急出動件数', '件', '維持', 5000, 5000],
];
const run = () => checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report;
const by = (r: ReturnType<typeof run>, n: string) => r.indicators.find((i) => i.name.startsWith(n))!;

test('維持 with the actual above the target and nothing saying more is better: graded as read, a guess naming D3, E3 and D3’s target', () => {
  const r = run();
  expect(by(r, '実質公債費比率')).toMatchObject({ direction: 'up', grade: 'A', guesses: [{ reason: 'maintain-exceeded', cells: ['C3', 'E3', 'D3'] }] });
  expect(r.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['C3']);
});

test('維持 with the actual short of the target or on it, or a word saying more is better: no guess', () => {
  const r = run();
  expect(by(r, '公園の面積').guesses).toEqual([]);
  expect(by(r, '救急出動件数').guesses).toEqual([]);
  expect(by(r, '地域の清掃活動参加者数').guesses).toEqual([]);
});

describe('a target written 「現状維持」 graded against the baseline: a guess, unless the sheet says a 維持 keeps the baseline', () => {
  const sheet = (note: string | null) =>
    snap('指標', [
      ['令和5年度　地域づくりの指標'],
      ['指標名', '単位', '基準値（R2）', '目標値（R7）', 'R5実績'],
      ['地域行事の実施数', '件', 48, '現状維持', 45],
      ['空き家バンク登録件数', '件', 38, 105, 85],
      [note],
    ]);
  const read = (note: string | null) => checkWorkbook({ sheets: [sheet(note)] }, {}).report;

  test('no note: the baseline is the target, a target-from-baseline guess naming D3 and C3', () => {
    const r = read(null);
    expect(by(r, '地域行事の実施数')).toMatchObject({ target: 48, actual: 45, guesses: [{ reason: 'target-from-baseline', cells: ['D3', 'C3'] }] });
    expect(by(r, '空き家バンク登録件数').guesses).toEqual([]);
  });

  test('a note saying 「現状維持」 keeps the 基準値: no guess', () => {
    const r = read('※「現状維持」は基準値の水準を維持することを目標とする。');
    expect(by(r, '地域行事の実施数')).toMatchObject({ target: 48, guesses: [] });
    expect(r.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });
});

describe('a note on 維持 that does not say the 基準値 is kept leaves the target-from-baseline guess', () => {
  const read = (baselineHeading: string, note: string | null) =>
    checkWorkbook(
      {
        sheets: [
          snap('指標', [
            ['令和5年度　地域づくりの指標'],
            ['指標名', '単位', baselineHeading, '目標値（R7）', 'R5実績'],
            ['地域行事の実施数', '件', 48, '現状維持', 45],
            ['空き家バンク登録件数', '件', 38, 105, 85],
            [note],
          ]),
        ],
      },
      {},
    ).report;

  test.each([
    '※「現状維持」は基準値ではなく直近の実績値を維持することを目標とする。',
    '※「現状維持」は基準値の９割以上の水準を維持することを目標とする。',
    '公園の維持管理：基準値（R2）は指定管理者の報告による目標とする数値',
  ])('%s: still a guess naming D3 and C3', (note) => {
    expect(by(read('基準値（R2）', note), '地域行事の実施数').guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D3', 'C3'] }]);
  });

  test('「現状維持」 beside a baseline headed 「現状値（R4）」: the 現状 kept is that figure, no guess', () => {
    const r = read('現状値（R4）', null);
    expect(by(r, '地域行事の実施数')).toMatchObject({ target: 48, guesses: [] });
  });
});
