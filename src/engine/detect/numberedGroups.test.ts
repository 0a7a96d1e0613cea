import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { numberedGroups } from './numberedGroups';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('出力', rows)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction, i.cells.actual]);

describe('indicators as numbered column groups of one row', () => {
  test('each numbered group of a row is one indicator; an empty group is none', () => {
    const head = [
      '年度',
      '事業名',
      'KPI1-名称',
      'KPI1-単位',
      'KPI1-方向',
      'KPI1-目標',
      'KPI1-実績',
      'KPI2-名称',
      'KPI2-単位',
      'KPI2-方向',
      'KPI2-目標',
      'KPI2-実績',
    ];
    const rows = [
      head,
      [2023, '読書推進事業', '図書貸出冊数', '冊', '増加', 5000, 5200, '読み聞かせ参加者数', '人', '増加', 300, 240],
      [2023, '交通安全事業', '交通事故件数', '件', '減少', 120, 131],
    ];
    expect(read(rows)).toEqual([
      ['図書貸出冊数', '冊', 5000, 5200, 'up', 'G2'],
      ['読み聞かせ参加者数', '人', 300, 240, 'up', 'L2'],
      ['交通事故件数', '件', 120, 131, 'down', 'G3'],
    ]);
  });

  test('circled numbers and a 前年度 column of the group: the plain 実績値 is this year’s', () => {
    const rows = [
      ['令和5年度 事業評価'],
      ['事業名', '成果指標①名称', '成果指標①前年度実績', '成果指標①目標値', '成果指標①実績値', '成果指標②名称', '成果指標②目標値', '成果指標②実績値'],
      ['健康づくり事業', '健診受診率', 41.2, 45, 43.8, '教室参加者数', 1300, 1342],
    ];
    const report = checkWorkbook({ sheets: [snap('出力', rows)] }, {}).report;
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual([
      ['健診受診率', 45, 43.8, 'E3'],
      ['教室参加者数', 1300, 1342, 'H3'],
    ]);
  });

  test('the number after each heading (指標名1 | 単位1 | 目標値1 | 実績値1 | 指標名2 …) makes the groups as well', () => {
    const rows = [
      ['事業名', '指標名1', '単位1', '目標値1', '実績値1', '指標名2', '単位2', '目標値2', '実績値2'],
      ['読書推進事業', '図書貸出冊数', '冊', 5000, 5200, '読み聞かせ参加者数', '人', 300, 240],
      ['交通安全事業', '交通安全教室の参加者数', '人', 1200, 1310],
    ];
    expect(read(rows).map(([name, unit, target, actual, , cell]) => [name, unit, target, actual, cell])).toEqual([
      ['図書貸出冊数', '冊', 5000, 5200, 'E2'],
      ['読み聞かせ参加者数', '人', 300, 240, 'I2'],
      ['交通安全教室の参加者数', '人', 1200, 1310, 'E3'],
    ]);
  });

  test('headings with a year or a quarter number are no numbered groups; a group without a name column is none', () => {
    const at = (row: string[]) => numberedGroups(new CellIndex(new Grid(snap('s', [row]))), 1);
    expect(at(['指標名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'])).toEqual([]);
    expect(at(['指標名', '第1四半期', '第2四半期', '年度計'])).toEqual([]);
    expect(at(['指標1_目標値', '指標1_実績値', '指標2_目標値', '指標2_実績値'])).toEqual([]);
    expect(at(['指標名', '目標1', '実績1', '目標2', '実績2'])).toEqual([]);
    expect(at(['指標1_名称', '指標1_目標値', '指標1_実績値']).map((g) => g.columns.map((c) => c.role))).toEqual([['name', 'target', 'actual']]);
  });

  test('the same headings read again on another row and in other columns give their own cells (each text is matched once)', () => {
    const index = new CellIndex(
      new Grid(snap('s', [['指標1_名称', '指標1_目標値', '指標1_実績値'], [], [null, '指標1_名称', '指標1_目標値', '指標1_実績値']])),
    );
    const columns = (row: number) => numberedGroups(index, row).flatMap((g) => g.columns.map((c) => [c.col, c.role, c.cells]));
    expect(columns(1)).toEqual([
      [1, 'name', ['A1']],
      [2, 'target', ['B1']],
      [3, 'actual', ['C1']],
    ]);
    expect(columns(3)).toEqual([
      [2, 'name', ['B3']],
      [3, 'target', ['C3']],
      [4, 'actual', ['D3']],
    ]);
  });
});
