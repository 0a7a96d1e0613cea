/** Hold-out 19, family D: plan-indicator tables (計画の指標: baseline, final target, latest actual) as three other offices lay them out. */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** A plan indicator graded against the plan's final target (the period has no target of its own). */
const fin = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const D1 = '計画指標';
const d1 = [
  fin(ind(D1, '市内事業所の従業者数', '人', 10100, 10512)),
  fin(ind(D1, '新規創業件数', '件', 25, 21)),
  fin(ind(D1, '工業団地分譲率', '％', 90, 81.5)),
  fin(ind(D1, '観光客入込数', '千人', 2300, 1652)),
  fin(ind(D1, '農業産出額', '億円', 250, 241)),
];

/** D: 現況値 and 実績値 with their year on a second line of the cell, a 単位 column, a final 目標値（令和7年度）, no evaluation year stated (a guess). */
const yearNotes: Holdout2Workbook = {
  name: 'h19-d-year-notes-in-cells',
  layout:
    'D: 計画指標, 単位 column, 現況値（策定時） and 実績値 with their year on a second line ("10,512\\n（令和3年）"), 目標値（令和7年度）, 把握方法 column, target below the baseline for 従業者数',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第2次産業振興ビジョン　指標の状況']);
    put(ws, 3, 1, ['指標', '単位', '現況値\n（策定時）', '目標値\n（令和7年度）', '実績値', '把握方法']);
    const rows: (string | number)[][] = [
      ['市内事業所の従業者数', '人', '10,796\n（平成28年）', '10,100', '10,512\n（令和3年）', '経済センサス（人口減少を見込み、策定時より少ない目標）'],
      ['新規創業件数', '件', '18\n（令和元年度）', 25, '21\n（令和4年度）', '創業支援ネットワーク実績'],
      ['工業団地分譲率', '％', '72.4\n（令和2年度）', 90, '81.5\n（令和4年度）', '分譲済面積÷分譲面積'],
      ['観光客入込数', '千人', '2,140\n（令和元年）', '2,300', '1,652\n（令和4年）', '観光統計'],
      ['農業産出額', '億円', '236\n（平成30年）', 250, '241\n（令和3年）', '市町村別農業産出額（推計）'],
    ];
    rows.forEach((row, i) => {
      put(ws, 4 + i, 1, row);
      for (const c of [3, 5]) ws.getCell(4 + i, c).alignment = { wrapText: true };
    });
  },
  expected: {
    file: 'h19-d-year-notes-in-cells.xlsx',
    indicators: d1,
    groups: [],
    // No evaluation year is stated anywhere and the actuals are of different years: the period is a guess.
    guesses: ['period', 'other-year'],
  },
};

const D2 = '成果指標一覧';
const d2 = [
  fin(ind(D2, 'ごみ排出量（１人１日当たり）', 'g', 850, 872, { direction: 'down' })),
  fin(ind(D2, 'リサイクル率', '％', 25, 20.1)),
  fin(ind(D2, '太陽光発電設備設置補助件数（累計）', '件', 800, 615)),
  fin(ind(D2, '防災メール登録者数', '人', 9000, null, { actualStatus: 'pending' })),
  fin(ind(D2, '避難所備蓄率', '％', 100, 100)),
];

/** D: 分野 merged down, a 方向性 column (↑/↓), full-width text figures, 直近値 with a separate 時点 column, 調査中. */
const fullWidthDirection: Holdout2Workbook = {
  name: 'h19-d-direction-fullwidth',
  layout:
    'D: 成果指標一覧, 分野 merged down, 方向性 column ↑/↓, 単位 column, 基準値（R2） / 目標値（R9） / 直近値 as full-width text（９，０００）, a 時点 column "R5年度", 調査中, (令和５年度末現在) under the title',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 1, ['総合計画　成果指標の達成状況']);
    put(ws, 2, 1, ['（令和５年度末現在）']);
    put(ws, 4, 1, ['分野', 'No.', '成果指標', '方向性', '単位', '基準値（R2）', '目標値（R9）', '直近値', '時点', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['環境', 1, 'ごみ排出量（１人１日当たり）', '↓', 'g', '９２０', '８５０', '８７２', 'R5年度', '家庭系・事業系の合計'],
      [undefined, 2, 'リサイクル率', '↑', '％', '１８．２', '２５．０', '２０．１', 'R5年度'],
      [undefined, 3, '太陽光発電設備設置補助件数（累計）', '↑', '件', '３２０', '８００', '６１５', 'R5年度', '平成24年度からの累計'],
      ['防災', 4, '防災メール登録者数', '↑', '人', '５，２１０', '９，０００', '調査中', 'R5年度', '配信事業者からの報告待ち'],
      [undefined, 5, '避難所備蓄率', '↑', '％', '６０', '１００', '１００', 'R5年度', '備蓄計画に対する充足率'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A9');
  },
  expected: { file: 'h19-d-direction-fullwidth.xlsx', fiscalYear: 2023, indicators: d2, groups: [] },
};

const D3 = '指標';
const d3 = [
  fin(ind(D3, '製造品出荷額', '億円', 1940, 1885)),
  fin(ind(D3, '新製品・新技術開発件数（累計）', '件', 180, 151)),
  fin(ind(D3, '中心商店街の歩行者通行量', '人', 4000, 2980)),
  fin(ind(D3, '創業支援による創業者数（累計）', '人', 120, 126)),
  fin(ind(D3, '空き店舗数', '店', 30, 33, { direction: 'down' })),
];

/** D: 基本方針 section rows between indicators, units only inside the figures ("1,885億円"), the actual's year in its heading. */
const sectionsUnitsInCells: Holdout2Workbook = {
  name: 'h19-d-sections-units-in-cells',
  layout:
    'D: 指標 / 指標の説明 / 現況（計画策定時） / 目標（令和8年度） / 実績（令和5年度）, 基本方針 section rows merged across, units only in the value text "1,885億円", 少ないほど良い in the description',
  build(wb) {
    const ws = wb.addWorksheet(D3);
    put(ws, 1, 1, ['第3次商工業振興計画　指標の点検（令和５年度実績）']);
    put(ws, 3, 1, ['指標', '指標の説明', '現況（計画策定時）', '目標（令和8年度）', '実績（令和5年度）', '備考']);
    put(ws, 4, 1, ['基本方針１　ものづくり産業の振興']);
    ws.mergeCells('A4:F4');
    put(ws, 5, 1, ['製造品出荷額', '工業統計等による製造品出荷額等', '1,702億円（令和元年）', '1,940億円', '1,885億円']);
    put(ws, 6, 1, ['新製品・新技術開発件数（累計）', '市の補助・支援による開発件数', '48件', '180件', '151件', '計画期間中の累計']);
    put(ws, 7, 1, ['基本方針２　商業・サービス業の振興']);
    ws.mergeCells('A7:F7');
    put(ws, 8, 1, ['中心商店街の歩行者通行量', '休日1日当たりの通行量（定点5か所計）', '3,420人', '4,000人', '2,980人', '10月調査']);
    put(ws, 9, 1, ['創業支援による創業者数（累計）', '特定創業支援等事業を受けた創業者', '35人', '120人', '126人']);
    put(ws, 10, 1, ['空き店舗数', '中心商店街の空き店舗数（少ないほど良い）', '42店', '30店', '33店', '減少を目指す']);
  },
  expected: { file: 'h19-d-sections-units-in-cells.xlsx', fiscalYear: 2023, indicators: d3, groups: [] },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [yearNotes, fullWidthDirection, sectionsUnitsInCells];
