/** The last look at each reading: a sentence as a name, or an actual 20 times its target, is a guess naming the cells. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { IMPLAUSIBLE_RATIO, implausibleReadings } from './plausibility';
import type { IndicatorReport } from '../model/report';

const check = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report;
const head = ['指標名', '単位', '目標値（R5）', '実績値（R5）'];

test('an actual more than 20 times its target, both counts, is a reading-uncertain finding naming actual and target', () => {
  const report = check([head, ['講座の開催回数', '回', 12, 12], ['講座の受講者数', '人', 30, 3150]]);
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain');
  expect(guesses).toHaveLength(1);
  expect(guesses[0].indicator).toBe('講座の受講者数');
  expect(guesses[0].params).toMatchObject({ reason: 'attainment-implausible', cells: ['D3', 'C3'] });
  expect(report.indicators[1].guesses.map((g) => g.reason)).toEqual(['attainment-implausible']);
  expect(report.indicators[0].guesses).toEqual([]);
});

test('less than a twentieth of the target is flagged too; 19 times is not', () => {
  expect(check([head, ['講座の受講者数', '人', 3000, 140]]).indicators[0].guesses.map((g) => g.reason)).toEqual(['attainment-implausible']);
  expect(check([head, ['講座の受講者数', '人', 100, 1900]]).indicators[0].guesses).toEqual([]);
});

test('percentages, points and a zero actual are never flagged by their ratio', () => {
  const report = check([head, ['苦情件数', '件', 10, 0], ['改善率', '%', 1, 45], ['満足度の上昇', 'ポイント', 0.5, 12]]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

const reportOf = (over: Partial<IndicatorReport>): IndicatorReport =>
  ({
    sheet: 'S',
    name: '利用者数',
    unit: '人',
    target: 100,
    actual: 90,
    cells: { name: 'A2', target: 'C2', actual: 'D2' },
    guesses: [],
    ...over,
  }) as IndicatorReport;

test('a name ending with 。 or holding a cost is implausible; a long name with clauses is not', () => {
  expect(implausibleReadings(reportOf({ name: '施設の維持管理は適正に実施されている。' }))).toEqual([{ reason: 'name-implausible', cells: ['A2'] }]);
  expect(implausibleReadings(reportOf({ name: '児童館運営事業　決算額 41,220千円' }))).toEqual([{ reason: 'name-implausible', cells: ['A2'] }]);
  expect(implausibleReadings(reportOf({ name: '「夫は外で働き、妻は家庭を守るべき」という考え方に反対する市民の割合', unit: '%' }))).toEqual([]);
});

test('the ratio bound is the stated one, either way', () => {
  expect(implausibleReadings(reportOf({ target: 10, actual: 10 * IMPLAUSIBLE_RATIO }))).toEqual([]);
  expect(implausibleReadings(reportOf({ target: 10, actual: 10 * IMPLAUSIBLE_RATIO + 1 }))).toHaveLength(1);
  expect(implausibleReadings(reportOf({ target: 10 * IMPLAUSIBLE_RATIO + 1, actual: 10 }))).toHaveLength(1);
});
