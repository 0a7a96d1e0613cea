/** A note on the sheet saying a period whose own target is 「－」 is judged against the final target: used, and said. */
import { checkWorkbook } from '../actions/check';
import { Grid } from './grid';
import { finalTargetNote } from './finalTargetNote';
import { snap } from './testing';

const noteOf = (text: string) => finalTargetNote(new Grid(snap('S', [['指標の状況'], [null, text]])));

test.each([
  '※計画値が「－」の年度は、目標値（Ｒ７）により評価する。',
  '※目標値が「-」となっている年度は最終目標値で評価しています。',
  '年度目標が未設定の年度は、計画最終年度の目標値を用いて評価する',
  '（注）目標が設定されていない年度については、最終目標と比較して判定した。',
  '※中間目標を定めていない指標は最終目標と比較した。',
  '中間目標の設定がない項目については、最終目標値に照らして評価した',
  '年度目標を設けていないものは計画目標値と比べて判定',
  '※当該年度の目標値が設定されていない場合は、最終目標値により評価する。',
  '目標値がない年度は、R7目標と比較して評価した。',
  '※中間目標を設定していない指標は、目標（R10）により点検する',
  '※「－」は目標を定めていない年度。計画最終年度の目標に対して達成度を評価する。',
  // The era abbreviated, 年度 left off (令7 as R7).
  '※計画値が「－」の年度は、目標値（令7）により評価する。',
  '目標値がない年度は、令7目標と比較して評価した。',
])('a note on how a year without its own target is judged: %s', (text) => {
  expect(noteOf(text)).toEqual({ cell: 'B2', text });
});

test.each([
  '※計画値が「－」の年度は、前年度の目標値により評価する。',
  '目標値（Ｒ７）',
  'R6の計画値が「－」のため評価できない',
  '※「－」の年度は評価の対象外とする。',
  '※達成率＝実績値÷目標値',
  '※目標を定めていない指標は評価しない。',
  '※中間目標を定めていない指標は前年度の実績と比較した。',
  '目標を設定していない指標は参考値として掲載',
  // What is missing is an actual, not the target; and the comparison is denied.
  '※実績が空欄の場合は、目標値と比べられないので評価していない。',
  '※実績値が未設定の項目は、最終目標値と比較せず「－」としている。',
  // The comparison is denied: nothing is judged against any target.
  '※目標を定めていない指標は、最終目標値に照らした評価を行わない。',
  '※目標値の設定がない年度は、最終目標と比較できないため評価対象外とした。',
  // The first sentence denies judging the year without a target; the next one speaks of the last year alone.
  '※「-」は目標を定めていない年度で、判定はしない。計画目標（R9年度）により評価するのは最終年度とする。',
  '※目標値が未設定の年度は評価の対象外。最終目標（R8）により評価するのは計画最終年度。',
  // A target of someone else, or a bare 目標値, is not the plan's final target.
  '※数値目標を設定していない指標は、国の目標値と比較した。',
  '※目標を設けていない指標は、目標値に照らして評価した。',
  // The next sentence judges by something else than the final target.
  '※「－」は目標を定めていない年度。前年度の実績に対して評価する。',
  '※「－」は目標を定めていない年度。評価は最終目標の達成後に行う。',
])('no such note: %s', (text) => {
  expect(noteOf(text)).toBeUndefined();
});

/** A policy block: 区分 and 年度 over R3 R4 R5, 最終目標（R8） merged down both header rows; the R5 target 「－」. */
const block = (note: string | null, final: number | null) =>
  snap(
    '施策',
    [
      ['施策評価シート（令和５年度）', null, null, null, null],
      ['指標名', '市民農園の利用区画数', null, null, null],
      ['単位', '区画', null, null, null],
      ['区分', '年度', null, null, '最終目標（R8）'],
      [null, 'R3', 'R4', 'R5', null],
      ['実績', 110, 118, 126, null],
      ['目標', 100, 120, '－', final],
      [null, null, null, null, null],
      [note, null, null, null, null],
    ],
    { merges: ['B4:D4', 'E4:E5', 'A4:A5', 'B2:E2'] },
  );

const check = (note: string | null, final: number | null = 150) => {
  const { report } = checkWorkbook({ sheets: [block(note, final)] }, {});
  const ind = report.indicators.find((i) => i.name === '市民農園の利用区画数')!;
  return { ind, findings: report.findings.filter((f) => f.indicator === ind.name) };
};

test('with the note, the period’s 「－」 is set aside for the final target, and a finding names the three cells', () => {
  const { ind, findings } = check('※目標が「－」の年度は、最終目標値により評価する。');
  expect([ind.actual, ind.target, ind.targetSource, ind.cells?.target]).toEqual([126, 150, 'final', 'E7']);
  expect(ind.attainment).toBeCloseTo(126 / 150);
  expect(ind.grade).not.toBeNull();
  const said = findings.filter((f) => f.code === 'target-from-final');
  expect(said.map((f) => [f.cell, f.severity, f.params])).toEqual([
    ['E7', 'info', { written: '－', writtenCell: 'D7', final: '150', finalCell: 'E7', noteCell: 'A9' }],
  ]);
  expect(findings.some((f) => f.code === 'missing-target' || f.code === 'reading-uncertain')).toBe(false);
});

test('without the note the 「－」 still means no target for the period: no grade, a missing-target finding on it', () => {
  const { ind, findings } = check(null);
  expect([ind.target, ind.grade]).toEqual([null, null]);
  expect(findings.filter((f) => f.code === 'missing-target').map((f) => f.cell)).toEqual(['D7']);
  expect(findings.some((f) => f.code === 'target-from-final')).toBe(false);
});

test('with the note but no final target beyond the period, nothing is used in place of the 「－」', () => {
  const { ind, findings } = check('※目標が「－」の年度は、最終目標値により評価する。', null);
  expect([ind.target, ind.grade]).toEqual([null, null]);
  expect(findings.filter((f) => f.code === 'missing-target').map((f) => f.cell)).toEqual(['D7']);
});

test('a note that judging against a target is not done uses no later target in place of the 「－」', () => {
  const { ind, findings } = check('※目標を設定していない年度は、目標値に照らした評価を行わない。');
  expect([ind.target, ind.grade]).toEqual([null, null]);
  expect(findings.filter((f) => f.code === 'missing-target').map((f) => f.cell)).toEqual(['D7']);
  expect(findings.some((f) => f.code === 'target-from-final')).toBe(false);
});

describe('the indicator’s own 備考 saying no yearly target is set (a block of years down: R3 … R6, 「R7（目標値）」)', () => {
  type Row = (string | number | null)[];
  const block = (expected: Row, remark: string | null): Row[] => [
    ['令和５年度　施策評価シート'],
    ['評価対象年度', '令和５年度'],
    ['指標①', '学校給食における地場産物の使用割合'],
    ['単位', '％', '目指す方向', '↑'],
    ['年度', '期待値', '実績値', '備考'],
    ['R3', expected[0], 28.2, null],
    ['R4', expected[1], 29.6, null],
    ['R5', expected[2], 31.2, null],
    ['R6', expected[3], null, null],
    ['R7（目標値）', expected[4], null, remark],
  ];
  const graded = (rows: Row[]) => {
    const { report } = checkWorkbook({ sheets: [snap('2-1', rows)] }, {});
    const i = report.indicators[0];
    return [i.target, i.actual, i.targetSource, i.grade, report.findings.filter((f) => f.code === 'target-from-final').map((f) => f.params)];
  };

  test('its own 備考 saying no yearly target is set: the year’s 「－」 judged against the final target, said', () => {
    expect(graded(block(['－', '－', '－', '－', 35], '中間年度の目標値は定めない'))[2]).toBe('final');
    const rows = block(['－', '－', '－', '－', 35], '各年度の期待値は設定していない');
    expect(graded(rows)).toEqual([35, 31.2, 'final', 'B', [{ written: '－', writtenCell: 'B8', final: '35', finalCell: 'B10', noteCell: 'D10' }]]);
  });

  test('without that remark, or with yearly figures written, a year’s 「－」 stays no target', () => {
    expect(graded(block(['－', '－', '－', '－', 35], null)).slice(0, 4)).toEqual([null, 31.2, null, null]);
    expect(graded(block([30, 31, '－', 33, 35], '各年度の期待値は設定していない')).slice(0, 4)).toEqual([null, 31.2, null, null]);
    expect(graded(block(['－', '－', '－', '－', 35], '各年度の期待値は設定せず、評価しない')).slice(0, 4)).toEqual([null, 31.2, null, null]);
  });
});

describe('a policy block’s own 備考 line saying the target is set for the final year alone (R3 … R7 across, 期待値 under 実績値)', () => {
  const block = (remark: string | null) =>
    snap(
      '5-3',
      [
        ['施策評価シート（評価対象期間：令和５年度）'],
        ['指　標 ①', '住宅の耐震化率', null, null, '目指す方向', '↑（増加）'],
        [null, '単位', 'R3', 'R4', 'R5', 'R6', 'R7'],
        ['実績値', '％', 84.5, 85.9, 87.1, null, null],
        ['期待値', null, '－', '－', '－', '－', 95],
        ['備　考', remark],
      ],
      { merges: ['B4:B5', 'B6:G6'] },
    );
  const graded = (remark: string | null) => {
    const { report } = checkWorkbook({ sheets: [block(remark)] }, {});
    const i = report.indicators[0];
    return [i.target, i.actual, i.targetSource, i.grade, report.findings.filter((f) => f.code === 'target-from-final').map((f) => f.params.noteCell)];
  };

  test('「期待値は目標年度（R7）のみ設定」: the year’s 「－」 judged against the final target, the remark named', () => {
    expect(graded('R2は推計値。期待値は目標年度（R7）のみ設定')).toEqual([95, 87.1, 'final', 'B', ['B6']]);
    expect(graded('目標値は最終年度のみ定める')[2]).toBe('final');
  });

  test('the year written before the target (「期待値は設定せず、R7目標値のみ設定」): the final target, the remark named', () => {
    expect(graded('期待値は設定せず、R7目標値のみ設定')).toEqual([95, 87.1, 'final', 'B', ['B6']]);
    expect(graded('令和７年度の目標値のみ定める')[2]).toBe('final');
    expect(graded('令和7年度末の目標値のみ設定')).toEqual([95, 87.1, 'final', 'B', ['B6']]);
  });

  test.each([
    '県の総合計画のR7目標値のみ設定',
    '国の計画のR7目標値のみ設定',
    '国の基本方針に基づくR7目標値のみ設定',
    'R7目標値のみ設定のため、R5は実績値のみ記載',
    'R7目標値のみ設定（R5は参考値）',
    'R7目標値のみ設定のため、R5の達成度は算出しない',
  ])('「%s」: another body’s target, or the year kept ungraded: no target (rv70)', (remark) => {
    expect(graded(remark).slice(0, 4)).toEqual([null, 87.1, null, null]);
  });

  test('the year before the target another year, another subject’s, or a rule for the years between: no target', () => {
    expect(graded('期待値は設定せず、R6目標値のみ設定').slice(0, 4)).toEqual([null, 87.1, null, null]);
    expect(graded('国のR7目標値のみ設定されている').slice(0, 4)).toEqual([null, 87.1, null, null]);
    expect(graded('R7目標値のみ設定し、各年度は前年度実績以上を目指す').slice(0, 4)).toEqual([null, 87.1, null, null]);
  });

  test('set for another year alone, a judging denied, or no remark: the 「－」 stays no target', () => {
    expect(graded('期待値はR5のみ設定').slice(0, 4)).toEqual([null, 87.1, null, null]);
    expect(graded('期待値は目標年度のみ設定し、中間年度は評価しない').slice(0, 4)).toEqual([null, 87.1, null, null]);
    expect(graded(null).slice(0, 4)).toEqual([null, 87.1, null, null]);
  });
});

describe('a remark setting a rule for the years in between, or speaking of another subject, says no final target (review rv62)', () => {
  const block = (remark: string) =>
    snap(
      '5-3',
      [
        ['施策評価シート（評価対象期間：令和５年度）'],
        ['指　標 ①', '住宅の耐震化率', null, null, '目指す方向', '↑（増加）'],
        [null, '単位', 'R3', 'R4', 'R5', 'R6', 'R7'],
        ['実績値', '％', 84.5, 85.9, 87.1, null, null],
        ['期待値', null, '－', '－', '－', '－', 95],
        ['備　考', remark],
      ],
      { merges: ['B4:B5', 'B6:G6'] },
    );
  const read = (remark: string) => {
    const { report } = checkWorkbook({ sheets: [block(remark)] }, {});
    return [report.indicators[0].targetSource ?? null, report.findings.some((f) => f.code === 'target-from-final')];
  };

  test.each([
    '数値目標は最終年度（R7）のみ設定し、各年度は前年度実績以上を目指す',
    '目標値は最終年度（R7）のみ設定。中間年度は前期計画の目標値（86.0）で評価',
    '指標②の目標値は最終年度のみ設定',
    '国の目標値は最終年度のみ設定されている（本市は独自目標なし）',
  ])('「%s」: the year’s 「－」 is not judged against the final target', (remark) => {
    expect(read(remark)).toEqual([null, false]);
  });

  test('its own number named (指標① in ①’s block): still the final target, said', () => {
    expect(read('指標①の目標値は最終年度のみ設定')).toEqual(['final', true]);
  });
});
