/** 事業費（千円） | 予算額 | 決算額 over their amounts under an indicator table: the cost, never an indicator. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const sheet = (costRow: CellValue[], costLabels: CellValue[] = ['事業費（千円）', '予算額', null, '決算額']) =>
  snap('評価票', [
    ['令和5年度　事務事業評価票'],
    [null],
    ['指標区分', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績'],
    ['活動指標', '説明会開催回数', '回', 10, 12, 12],
    ['成果指標', 'アクティブユーザー数', '人', 3180, 6000, 4470],
    [null],
    costLabels,
    costRow,
  ]);

const names = (s: ReturnType<typeof sheet>) => checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name);

test('amounts under 予算額 | 決算額 on the row below the cost line are no indicator', () => {
  expect(names(sheet([null, 48200, null, 46915]))).toEqual(['説明会開催回数', 'アクティブユーザー数']);
  expect(names(sheet([null, '48,200千円', null, 46915]))).toEqual(['説明会開催回数', 'アクティブユーザー数']);
});

test('kept: a count in another unit, a name on the row, or figures under no cost label', () => {
  expect(names(sheet([null, '48件', null, 46915]))).toContain('48件');
  expect(names(sheet([null, '参加者数', '人', 300]))).toContain('参加者数');
  expect(names(sheet([null, 48200, null, 46915], ['区分', '目標', null, '実績']))).toContain('48200');
});

test('review rv80 item 9: 当初予算額 | 補正後予算額, a 執行率 beside the amounts, and the sources of the money beside 決算額', () => {
  const indicators = ['説明会開催回数', 'アクティブユーザー数'];
  expect(names(sheet([null, 48200, 50100, 46915], ['事業費（千円）', '当初予算額', '補正後予算額', '決算額']))).toEqual(indicators);
  expect(names(sheet([null, 48200, 46915, '97.3%'], ['事業費（千円）', '予算額', '決算額', '執行率']))).toEqual(indicators);
  expect(names(sheet([46915, 20000, 26915], ['決算額（千円）', '国・県支出金', '一般財源']))).toEqual(indicators);
});

test('kept: a rate alone under 執行率, a funding label with no cost label on its row', () => {
  expect(names(sheet([null, null, null, '97.3%'], ['事業費（千円）', '予算額', '決算額', '執行率']))).toContain('説明会開催回数');
  expect(names(sheet([null, 20000, 26915], ['区分', '国・県支出金', '一般財源']))).toContain('20000');
});
