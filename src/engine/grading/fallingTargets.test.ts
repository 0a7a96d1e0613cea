/**
 * No direction stated, yearly targets falling every year by more than a tenth in all: graded as more-is-better with a
 * `targets-falling` guess naming the first and the last target; a slow fall (a count held against a decline: under a tenth
 * in all or a twentieth a year), two years
 * only, a year without a fall, or a direction stated: no guess.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const rows = [
  ['令和6年度　成果指標の推移', null, null, null, null, null, null, null],
  ['指標名', '単位', 'R4目標', 'R4実績', 'R5目標', 'R5実績', 'R6目標', 'R6実績', 'R7目標', 'R7実績', 'R8目標', 'R8実績'],
  ['再相談率', '％', 20, 22, 18, 21, 15, 19],
  ['市の人口', '人', 50000, 50100, 49500, 49700, 49000, 49200],
  ['相談窓口の待ち日数', '日', 10, 12, 10, 11, 8, 9],
  ['講座の参加者数', '人', null, null, 300, 280, 250, 260],
  ['出生数', '人', 450, 468, 435, 441, 420, 398, 410, 351, 400, null],
  ['不登校の再発率', '％', 20, 22, 18, 21, 15, 17, 15, null, null, null],
];
const run = (rs = rows) => checkWorkbook({ sheets: [snap('指標', rs)] }, {}).report;
const by = (r: ReturnType<typeof run>, n: string) => r.indicators.find((i) => i.name === n)!;

test('targets falling every year, the last a quarter under the first: graded as read, a guess naming C3 and G3', () => {
  const r = run();
  expect(by(r, '再相談率')).toMatchObject({ direction: 'up', grade: 'A', guesses: [{ reason: 'targets-falling', cells: ['C3', 'G3'] }] });
  const f = r.findings.filter((x) => x.code === 'reading-uncertain' && x.indicator === '再相談率');
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain('C3 から G3');
});

test('targets that level off after falling (20 → 18 → 15 → 15): a guess too', () => {
  expect(by(run(), '不登校の再発率').guesses).toEqual([{ reason: 'targets-falling', cells: ['C8', 'I8'] }]);
});

test('targets years apart fall by the year, not by the step: 450 → 400 → 360 over ten years is no sign', () => {
  const decade = [
    ['令和6年度　成果指標の推移', null, null, null, null],
    ['指標名', '単位', '2020年度目標', '2025年度目標', '2030年度目標', '令和6年度実績'],
    ['合計出生数', '人', 450, 400, 360, 380],
  ];
  expect(by(run(decade), '合計出生数').guesses).toEqual([]);
});

test('a fall of under a tenth, or under a twentieth a year, a year without a fall, or two years only: no guess', () => {
  const r = run();
  expect(by(r, '市の人口').guesses).toEqual([]);
  expect(by(r, '出生数').guesses).toEqual([]);
  expect(by(r, '相談窓口の待ち日数').guesses).toEqual([]);
  expect(by(r, '講座の参加者数').guesses).toEqual([]);
});

test('a direction stated in the sheet: no guess', () => {
  const stated = rows.map((r, i) => [...r, i === 1 ? '方向' : i === 2 ? '減少' : null]);
  const r = run(stated);
  expect(by(r, '再相談率')).toMatchObject({ direction: 'down', guesses: [] });
});

test('a baseline merged down over a KPI’s 目標値 and 実績値 lines is no yearly target: no fall counted from it', () => {
  const kpi = snap(
    'KPI',
    [
      ['令和6年度 KPIの進捗'],
      ['KPI', '単位', '区分', '基準値（R元）', 'R4', 'R5', 'R6', 'R7'],
      ['出生数', '人', '目標値', 431, 400, 390, 380, 375],
      [null, null, '実績値', null, 377, 360, 349, null],
    ],
    { merges: ['A3:A4', 'B3:B4', 'D3:D4'] },
  );
  const ind = checkWorkbook({ sheets: [kpi] }, {}).report.indicators.find((i) => i.name === '出生数')!;
  expect([ind.target, ind.actual]).toEqual([380, 349]);
  expect(ind.guesses).toEqual([]);
});
