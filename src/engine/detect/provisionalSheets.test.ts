import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { sheetFigures } from './provisionalSheets';

const sheet = (name: string, title: string, actuals: (number | string)[], names = ['救命講習の受講者数', '応急手当講習の修了者数']) =>
  snap(name, [[title], ['指標名', '単位', '目標値', '実績値'], ...names.map((n, i) => [n, '人', 6000, actuals[i]])]);

const read = (...sheets: ReturnType<typeof snap>[]) => checkWorkbook({ sheets }, {}).report;

test('sheetFigures: 速報値 or 確定値 said by the tab or the title, not both, not 未確定', () => {
  expect(sheetFigures('速報値', '令和5年度 成果指標')).toBe('provisional');
  expect(sheetFigures('Sheet2', '令和5年度 成果指標（確定値：令和6年6月28日確定）')).toBe('final');
  expect(sheetFigures('成果指標', '令和5年度 成果指標（実績は確定次第記入）')).toBeNull();
  expect(sheetFigures('成果指標', '令和5年度 成果指標（未確定の実績を含む）')).toBeNull();
  expect(sheetFigures('速報と確定', '令和5年度')).toBeNull();
});

test('a 速報値 sheet beside the 確定値 sheet of the same year: the 確定値 are read, the 速報値 sheet is said to be left out', () => {
  const report = read(sheet('速報値', '令和5年度 成果指標（速報値）', [5812, 1500]), sheet('確定値', '令和5年度 成果指標（確定値）', [5907, 1688]));
  expect(report.indicators.map((i) => [i.sheet, i.actual])).toEqual([
    ['確定値', 5907],
    ['確定値', 1688],
  ]);
  const skipped = report.findings.find((f) => f.code === 'other-period-copy-skipped')!;
  expect(skipped.params).toMatchObject({ sheet: '速報値', otherSheet: '確定値', superseded: true });
  expect(skipped.message).toContain('速報値のシート');
});

test('the sheets are kept when the years differ, the indicators do not recur, or one sheet says nothing', () => {
  const superseded = (r: ReturnType<typeof read>) => r.findings.some((f) => (f.params as { superseded?: boolean }).superseded);
  const otherYear = read(sheet('速報値', '令和4年度 成果指標（速報値）', [5812, 1500]), sheet('確定値', '令和5年度 成果指標（確定値）', [5907, 1688]));
  expect(superseded(otherYear)).toBe(false);
  const others = read(sheet('速報値', '令和5年度（速報値）', [10, 20], ['消防団員数', '火災件数']), sheet('確定値', '令和5年度（確定値）', [5907, 1688]));
  expect(others.indicators.filter((i) => i.sheet === '速報値').length).toBe(2);
  const plain = read(sheet('第1四半期', '令和5年度 成果指標', [5812, 1500]), sheet('確定値', '令和5年度 成果指標（確定値）', [5907, 1688]));
  expect(superseded(plain)).toBe(false);
  expect(plain.indicators.filter((i) => i.sheet === '第1四半期').length).toBe(2);
});

test('an indicator of the 速報値 sheet the 確定値 sheet lacks keeps its 速報値 (its only figure), never said to be replaced', () => {
  const report = read(
    sheet('速報値', '令和5年度 成果指標（速報値）', [5812, 1500, 3200], ['救命講習の受講者数', '応急手当講習の修了者数', '防災訓練の参加者数']),
    sheet('確定値', '令和5年度 成果指標（確定値）', [5907, 1688]),
  );
  expect(report.indicators.map((i) => [i.sheet, i.name, i.actual])).toEqual([
    ['速報値', '防災訓練の参加者数', 3200],
    ['確定値', '救命講習の受講者数', 5907],
    ['確定値', '応急手当講習の修了者数', 1688],
  ]);
  const skipped = report.findings.find((f) => f.code === 'other-period-copy-skipped')!;
  expect(skipped.params).toMatchObject({ indicators: ['救命講習の受講者数', '応急手当講習の修了者数'], superseded: true });
});

test('a sheet titled for its 速報値, with no 確定値 sheet: its year’s actuals are provisional, graded and said so', () => {
  const report = read(sheet('成果指標', '令和5年度 成果指標の実績（速報値）', [5812, 1500]));
  expect(report.indicators.map((i) => [i.actual, i.actualStatus, i.grade])).toEqual([
    [5812, 'provisional', 'B'],
    [1500, 'provisional', 'D'],
  ]);
  expect(report.findings.filter((f) => f.code === 'actual-provisional')).toHaveLength(2);
});

test('a 暫定目標 title, a 確定値 title or a plain one marks nothing provisional', () => {
  for (const title of ['令和5年度 成果指標（暫定目標）', '令和5年度 成果指標（確定値）', '令和5年度 成果指標'])
    expect(read(sheet('成果指標', title, [5812, 1500])).indicators.map((i) => i.actualStatus)).toEqual(['value', 'value']);
});

test('a 総括表 whose line under the title says it was made from 速報値, beside a 詳細 sheet saying 確定値 there: the 詳細 is read', () => {
  const titled = (name: string, title: string, subtitle: string, actuals: number[]) =>
    snap(name, [
      [title],
      [subtitle],
      [],
      ['指標名', '単位', '目標値', '実績値'],
      ...['救命講習の受講者数', '応急手当講習の修了者数'].map((n, i) => [n, '人', 6000, actuals[i]]),
    ]);
  const report = read(
    titled('総括表', '令和5年度　進捗状況総括表', '（令和6年4月15日時点の速報値により作成）', [5812, 1500]),
    titled('詳細', '令和5年度　成果指標の詳細', '令和6年6月10日更新（確定値）', [5907, 1688]),
  );
  expect(report.indicators.map((i) => [i.sheet, i.actual])).toEqual([
    ['詳細', 5907],
    ['詳細', 1688],
  ]);
  expect(report.findings.find((f) => f.code === 'other-period-copy-skipped')?.params).toMatchObject({ sheet: '総括表', otherSheet: '詳細', superseded: true });
});
