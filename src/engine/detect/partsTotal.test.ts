/** A bare total heading (累計, 合計) right after the parts of the period is the period's actual. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

/** 項目 | 単位 | 年間目標 | 4月 … 3月 | <total> | 前年度実績, with a titled year. */
function monthly(total: string) {
  return snap('月報', [
    ['令和５年度　相談窓口　月別実績'],
    [],
    ['指標名', '単位', '年間目標', ...MONTHS, total, '前年度実績'],
    ['相談件数', '件', 600, 40, 45, 50, 52, 48, 47, 50, 51, 49, 44, 42, 50, 568, 640],
    ['講座回数', '回', 24, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 0, 20, 30],
  ]);
}

test.each(['累計', '合計', '計', '累計（4月～3月）'])('「%s」 after the months is the year’s actual, not 前年度実績 beside it', (total) => {
  const { indicators } = detectSheet(monthly(total), scale);
  // The total and last year's figure (dated a year before the total's, see relativePeriods.ts); never a month.
  expect(indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)])).toEqual([
    ['相談件数', ['C4'], ['P4', 'Q4']],
    ['講座回数', ['C5'], ['P5', 'Q5']],
  ]);
  const report = checkWorkbook({ sheets: [monthly(total)] }, {}).report;
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['相談件数', 568, 'P4'],
    ['講座回数', 20, 'P5'],
  ]);
});

test('a 合計 column not right after the parts stays derived (a sum of other columns), and the parts are summed as a flagged guess', () => {
  const s = snap('進捗', [
    ['令和5年度 進捗管理表'],
    [],
    ['KPI', '単位', '年間目標', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '備考', '合計'],
    ['相談件数', '件', 120, 28, 31, 25, 34, '', 118],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((a) => [a.cell, a.parsed.status === 'value' && a.parsed.value])).toEqual([['G4', 118]]);
  expect(ind.guesses).toEqual([{ reason: 'parts-summed', cells: ['D4', 'E4', 'F4', 'G4'] }]);
});

test('a plain 実績 column of the year stays the actual; a 累計 after the parts then adds nothing', () => {
  const s = snap('進捗', [
    ['令和5年度 進捗管理表'],
    [],
    ['KPI', '単位', '目標', '実績', '上半期', '下半期', '累計'],
    ['相談件数', '件', 120, 118, 60, 58, 118],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((a) => a.cell)).toEqual(['D4']);
});

test('項目（単位） | 4月 … 3月 | 累計 | 年間目標 | 前年度累計: names carrying their units, the total read as the year’s actual', () => {
  const s = snap('月報', [
    ['令和５年度　施設利用　月次報告'],
    [],
    ['項目（単位）', ...MONTHS, '累計', '年間目標', '前年度累計'],
    ['利用者数（人）', 40, 45, 50, 52, 48, 47, 50, 51, 49, 44, 42, 50, 568, 600, 540],
  ]);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.actual])).toEqual([['利用者数', '人', 600, 568, 'N4']]);
});

test('当月実績 | 累計実績 of a monthly report: the 累計 is the year’s actual so far; the 当月 column is no actual', () => {
  const s = snap('12月', [
    ['令和6年度　月次進行管理報告（12月分）'],
    [],
    ['No.', '項目', '単位', '年間目標', '当月実績', '累計実績', '進捗率', '前年同月'],
    [1, '体育館利用者数', '人', 180000, 14200, 132800, 0.738, 13900],
    [2, '教室参加者数', '人', 9600, 700, 7400, 0.771, 690],
  ]);
  const { indicators } = detectSheet(s, scale);
  expect(indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)])).toEqual([
    ['体育館利用者数', ['F4']],
    ['教室参加者数', ['F5']],
  ]);
});

test('a 累計 not right after a 当月 column (当月 | 前年同月 | 累計) is not read so', () => {
  const s = snap('12月', [
    ['令和6年度　月次報告'],
    [],
    ['項目', '単位', '年間目標', '当月', '前年同月', '累計'],
    ['体育館利用者数', '人', 180000, 14200, 13900, 132800],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((a) => a.cell)).toEqual([]);
});
