/** Hold-out 27: a 総合戦略 KPI 一覧 with 目標値/実績値 row pairs per KPI under fiscal-year (西暦) columns and a reference table under it. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook as Holdout27Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;
const KPIS: [string, string, string, Cell, Cell[], Cell[], string?][] = [
  ['１ 稼ぐ地域をつくる', '創業支援による創業件数', '件', 12, [15, 18, 20, 22], [14, 19, 17]],
  ['', 'ふるさと納税寄附件数', '件', '7,450', ['8,000', '9,000', '10,000', '11,000'], ['8,512', '12,040', '１１，３２０']],
  ['２ 新しい人の流れをつくる', '転入者数', '人', '1,850', ['1,900', '1,950', '2,000', '2,050'], ['1,880', '1,910', '2,060']],
  ['３ 結婚・出産・子育ての希望をかなえる', '婚活イベントによる成婚数', '組', 1, [2, 3, '－', '－'], [2, 1, 3], '令和５年度以降は目標を設定していない'],
];

function writeKpi(ws: Worksheet, row: number, k: (typeof KPIS)[number]): void {
  const [goal, name, unit, base, targets, actuals, note] = k;
  put(ws, row, 1, [goal, name, unit, base, '目標値', ...targets, note]);
  put(ws, row + 1, 5, ['実績値', ...actuals]);
  for (const c of [1, 2, 3, 4, 10]) ws.mergeCells(row, c, row + 1, c);
}

const kpi: Holdout27Workbook = {
  name: 'h27-sogo-senryaku-kpi',
  layout:
    '総合戦略 KPI一覧: 目標値/実績値 row pairs per KPI (name, unit, 基準値 merged over both), 2021〜2024年度 columns, 評価対象年度 stated, a 【参考】 table below',
  build(wb) {
    const ws = wb.addWorksheet('KPI一覧');
    ws.getCell('A1').value = '第２期 まち・ひと・しごと創生総合戦略　KPI一覧';
    ws.getCell('A2').value = '評価対象年度：2023年度（令和５年度）';
    put(ws, 4, 1, ['基本目標', 'KPI', '単位', '基準値（2019年度）', '区分', '2021年度', '2022年度', '2023年度', '2024年度', '備考']);
    KPIS.forEach((k, i) => writeKpi(ws, 5 + 2 * i, k));
    ws.getCell('A15').value = '【参考】人口の推移（目標は設定していない）';
    put(ws, 16, 2, ['項目', '単位', undefined, undefined, '2021年度', '2022年度', '2023年度']);
    put(ws, 17, 2, ['総人口（各年度末）', '人', undefined, undefined, '68,412', '67,730', '67,015']);
  },
  expected: {
    file: 'h27-sogo-senryaku-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI一覧', '創業支援による創業件数', '件', 20, 17),
      ind('KPI一覧', 'ふるさと納税寄附件数', '件', 10000, 11320),
      ind('KPI一覧', '転入者数', '人', 2000, 2060),
      ind('KPI一覧', '婚活イベントによる成婚数', '組', null, 3),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout27Workbook[] = [kpi];
