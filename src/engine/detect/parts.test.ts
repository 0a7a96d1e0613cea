import { checkWorkbook } from '../actions/check';
import { detectSheet, detectWorkbook } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

describe('parts of the period (quarters) beside the fiscal total', () => {
  const s = snap('進捗', [
    ['令和5年度 進捗管理表'],
    [],
    ['KPI', '単位', '年間目標', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '年度計'],
    ['相談件数', '件', 120, 28, 31, 25, 34, 118],
    ['訪問件数', '件', 200, 45, 38, 41, '集計中'],
    ['講座回数', '回', 12, 3, 3, 3, 3],
  ]);

  test('the total is the actual; no quarter is ever read as an actual', () => {
    const { indicators } = detectSheet(s, scale);
    expect(indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)])).toEqual([
      ['相談件数', ['C4'], ['H4']],
      ['訪問件数', ['C5'], ['H5']],
      ['講座回数', ['C6'], ['H6']],
    ]);
  });

  test('an empty total while a quarter is 集計中 is pending; an empty total with every quarter filled stays missing (not summed)', () => {
    const { indicators } = detectSheet(s, scale);
    expect(indicators.map((i) => i.actuals[0].parsed.status)).toEqual(['value', 'pending', 'missing']);
    const report = checkWorkbook({ sheets: [s] }, {}).report;
    expect(report.indicators.map((i) => [i.name, i.actual, i.grade])).toEqual([
      ['相談件数', 118, 'B'],
      ['訪問件数', null, null],
      ['講座回数', null, null],
    ]);
  });
});

describe('parts of the period with no total column', () => {
  const s = snap('進捗', [
    ['令和5年度 進捗管理表'],
    [],
    ['KPI', '単位', '年間目標', '第1四半期', '第2四半期', '第3四半期', '第4四半期'],
    ['相談件数', '件', 120, 28, 31, 25, 34],
    ['訪問件数', '件', 200, 45, 38, 41],
  ]);

  test('the actual is the sum of the parts when every part is a figure, and the reading is a guess naming them', () => {
    const { indicators } = detectSheet(s, scale);
    const [a, b] = indicators;
    expect(a.actuals.map((p) => [p.cell, p.parsed.status === 'value' && p.parsed.value])).toEqual([['G4', 118]]);
    expect(a.guesses).toEqual([{ reason: 'parts-summed', cells: ['D4', 'E4', 'F4', 'G4'] }]);
    expect(b.actuals).toEqual([]);
    expect(b.guesses ?? []).toEqual([]);
  });

  test('the check grades the sum and says so in a reading-uncertain finding at the first part', () => {
    const report = checkWorkbook({ sheets: [s] }, {}).report;
    expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
      ['相談件数', 118],
      ['訪問件数', null],
    ]);
    const f = report.findings.find((x) => x.code === 'reading-uncertain');
    expect(f?.cell).toBe('D4');
    expect(f?.message).toContain('合計');
  });
});

describe('months of the fiscal year beside the year-to-date total and last year’s actual', () => {
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const s = snap('月次', [
    ['令和5年度 主要指標 月次報告'],
    [],
    ['指標', '単位', '年間目標', ...months, '年度累計', '前年度実績', '達成率'],
    ['相談件数', '件', 1200, 90, 110, 95, 100, 105, 98, 101, 99, 97, 102, 96, 107, 1200, 1300, 1],
    ['講座参加者数', '人', 600, 40, 45, 50, 55, 60, 35, 40, 45, 50, 55, 60, 20, 555, 500, 0.925],
  ]);

  test('the 年度累計 is this year’s actual (the title’s year), the 前年度実績 the year before, no month ever the actual', () => {
    const [d] = detectWorkbook([s], scale);
    expect(d.indicators.map((i) => i.actuals.map((a) => [a.cell, a.period?.fiscalYear]))).toEqual([
      [
        ['P4', 2023],
        ['Q4', 2022],
      ],
      [
        ['P5', 2023],
        ['Q5', 2022],
      ],
    ]);
    const report = checkWorkbook({ sheets: [s] }, {}).report;
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.actual, i.grade])).toEqual([
      ['相談件数', 1200, 'A'],
      ['講座参加者数', 555, 'B'],
    ]);
  });
});
