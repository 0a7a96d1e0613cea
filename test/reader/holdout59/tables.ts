/** Hold-out 59, families 3 and 4: KPI tables per period, and plan-indicator tables. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const C1 = 'KPI進捗';
const cYears: Holdout2Workbook = {
  name: 'h59-c-kpi-years-across',
  layout: 'C: KPI rows with 基準値, R2…R5 実績 across, one 目標値（R6） at the plan end, derived 達成率, 減少 stated only in a note below',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    widths(ws, [4, 28, 8, 11, 10, 10, 10, 10, 11, 10]);
    put(ws, 1, 1, ['第2期 まち・ひと・しごと創生総合戦略　KPI進捗状況（令和5年度実績）']);
    ws.mergeCells('A1:J1');
    put(ws, 3, 1, ['No.', '重要業績評価指標（KPI）', '単位', '基準値（R1）', 'R2実績', 'R3実績', 'R4実績', 'R5実績', '目標値（R6）', '達成率']);
    put(ws, 4, 1, [1, '創業件数', '件', 18, 20, 22, 25, 31, 30, 1.033]);
    put(ws, 5, 1, [2, '移住者数（累計）', '人', 0, 45, 102, 168, 240, 300, 0.8]);
    put(ws, 6, 1, [3, '観光消費額', '億円', 120.0, 64.5, 81.2, 92.4, 98.0, 140.0, 0.7]);
    put(ws, 7, 1, [4, '市内の空き家数', '戸', 1250, 1236, 1221, 1198, 1180, 1100, 0.932]);
    put(ws, 8, 1, [5, '「住み続けたい」と思う市民の割合', '％', 61.2, 62.0, 63.5, 64.8, 66.0, 70.0, 0.943]);
    for (let r = 4; r <= 8; r++) ws.getCell(r, 10).numFmt = '0.0%';
    put(ws, 10, 1, ['注1）達成率＝R5実績÷目標値。ただし No.4 の空き家数は減少を目指す指標のため目標値÷R5実績。']);
    ws.mergeCells('A10:J10');
    put(ws, 11, 1, ['注2）移住者数は令和2年度からの累計。']);
    ws.mergeCells('A11:J11');
  },
  expected: {
    file: 'h59-c-kpi-years-across.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(C1, '創業件数', '件', 30, 31)),
      final(ind(C1, '移住者数（累計）', '人', 300, 240)),
      final(ind(C1, '観光消費額', '億円', 140.0, 98.0)),
      final(ind(C1, '市内の空き家数', '戸', 1100, 1180, { direction: 'down' })),
      final(ind(C1, '「住み続けたい」と思う市民の割合', '％', 70.0, 66.0)),
    ],
    groups: [],
  },
};

const C2 = '子育てKPI';
const cRows: Holdout2Workbook = {
  name: 'h59-c-target-actual-rows',
  layout: 'C: table at C5, three rows per KPI (目標 / 実績 / 達成率) under 2022年度…2026年度, 方向 column, a 【参考】 KPI at the foot',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    widths(ws, [2, 2, 30, 8, 6, 8, 11, 11, 11, 11, 11]);
    put(ws, 2, 3, ['子ども・子育て支援事業計画　成果指標の進捗（2024年度実績）']);
    ws.mergeCells('C2:K2');
    put(ws, 3, 3, ['こども未来部']);
    put(ws, 5, 3, ['成果指標', '単位', '方向', '区分', '2022年度', '2023年度', '2024年度', '2025年度', '2026年度']);
    const kpi = (row: number, name: string, unit: string, dir: string, t: number[], a: number[], rates: number[]) => {
      put(ws, row, 3, [name, unit, dir, '目標', ...t]);
      put(ws, row + 1, 6, ['実績', ...a]);
      put(ws, row + 2, 6, ['達成率', ...rates]);
      for (let c = 3; c <= 5; c++) ws.mergeCells(row, c, row + 2, c);
      for (let c = 7; c <= 9; c++) ws.getCell(row + 2, c).numFmt = '0.0%';
    };
    kpi(6, '保育所等待機児童数', '人', '↓', [3, 0, 0, 0, 0], [4, 1, 0], [0.75, 0, 1]);
    kpi(9, '子育て世代包括支援センター相談件数', '件', '↑', [2000, 2200, 2400, 2600, 2800], [2110, 2380, 2650], [1.055, 1.082, 1.104]);
    kpi(12, '乳幼児健康診査受診率', '％', '↑', [97.0, 97.5, 98.0, 98.5, 99.0], [96.4, 97.8, 96.1], [0.994, 1.003, 0.981]);
    kpi(15, 'ファミリー・サポート・センター会員数', '人', '↑', [460, 490, 520, 550, 580], [431, 452, 410], [0.937, 0.922, 0.788]);
    put(ws, 18, 3, ['【参考】合計特殊出生率', '－', '↑', '実績', 1.38, 1.33, 1.29]);
    put(ws, 20, 3, ['※方向　↑：増加を目指す　↓：減少を目指す。2025年度以降は計画値。参考指標は評価の対象外。']);
    ws.mergeCells('C20:K20');
  },
  expected: {
    file: 'h59-c-target-actual-rows.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C2, '保育所等待機児童数', '人', 0, 0, { direction: 'down' }),
      ind(C2, '子育て世代包括支援センター相談件数', '件', 2400, 2650),
      ind(C2, '乳幼児健康診査受診率', '％', 98.0, 96.1),
      ind(C2, 'ファミリー・サポート・センター会員数', '人', 520, 410),
    ],
    groups: [],
  },
};

const C3 = '農業振興KPI';
const cPairs: Holdout2Workbook = {
  name: 'h59-c-year-pairs-next-target',
  layout: 'C: 目標|実績 pairs under merged 令和4年度 / 令和5年度 / 令和6年度 headings, R6 target filled with no actual, unit in the heading, 達成数 計 row',
  build(wb) {
    const ws = wb.addWorksheet(C3);
    widths(ws, [26, 8, 10, 10, 10, 10, 10, 10, 14]);
    put(ws, 1, 1, ['農業振興計画 KPI 評価表']);
    put(ws, 2, 1, ['評価対象：令和5年度（令和6年8月 農業振興審議会報告）']);
    ws.mergeCells('A2:I2');
    put(ws, 4, 1, ['指標', '方向', '令和4年度', undefined, '令和5年度', undefined, '令和6年度', undefined, '備考']);
    ws.mergeCells('C4:D4');
    ws.mergeCells('E4:F4');
    ws.mergeCells('G4:H4');
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:B5');
    ws.mergeCells('I4:I5');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 6, 1, ['新規就農者数（人）', '増加', 8, 7, 8, 6, 10, null]);
    put(ws, 7, 1, ['農産物直売所売上額（千円）', '増加', 180000, 176400, 185000, 192300, 190000, null]);
    put(ws, 8, 1, ['耕作放棄地面積（ha）', '減少', 220, 231, 210, 223, 200, null]);
    put(ws, 9, 1, ['6次産業化認定件数（累計）（件）', '増加', 10, 10, 12, 12, 14, null, '計画期間の累計']);
    put(ws, 10, 1, ['目標を達成したKPIの数', undefined, 4, 1, 4, 2]);
    put(ws, 12, 1, ['※令和6年度の実績は令和7年度に報告する。']);
  },
  expected: {
    file: 'h59-c-year-pairs-next-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C3, '新規就農者数', '人', 8, 6),
      ind(C3, '農産物直売所売上額', '千円', 185000, 192300),
      ind(C3, '耕作放棄地面積', 'ha', 210, 223, { direction: 'down' }),
      ind(C3, '6次産業化認定件数（累計）', '件', 12, 12),
    ],
    groups: [],
  },
};

const D1 = '総合計画指標';
const dMid: Holdout2Workbook = {
  name: 'h59-d-midterm-target',
  layout: 'D: 総合計画 indicators with 現状値（R2）, 中間目標（R5）, 最終目標（R9）, 実績（R5）, ◎○△ marks with a legend, 目指す方向 column, table at B3',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    widths(ws, [2, 8, 28, 8, 10, 12, 12, 12, 8, 10]);
    put(ws, 1, 2, ['第2次総合計画 前期基本計画　まちづくり指標の達成状況（令和5年度）']);
    ws.mergeCells('B1:J1');
    put(ws, 3, 2, ['施策', '指標名', '単位', '目指す方向', '現状値（R2）', '中間目標（R5）', '最終目標（R9）', '実績（R5）', '評価']);
    put(ws, 4, 2, ['3-1', '地域公共交通の年間利用者数', '人', '↑', 182000, 190000, 200000, 176500, '△']);
    put(ws, 5, 2, ['3-2', '自主防災組織の組織率', '％', '↑', 78.4, 85.0, 90.0, 86.2, '◎']);
    put(ws, 6, 2, ['3-3', '交通事故発生件数', '件', '↓', 245, 220, 200, 231, '○']);
    put(ws, 7, 2, ['4-1', '市民活動団体登録数', '団体', '↑', 142, 150, 160, 151, '◎']);
    put(ws, 8, 2, ['4-2', '図書館の年間貸出冊数', '千冊', '↑', 523, 540, 560, 498, '○']);
    put(ws, 10, 2, ['評価　◎：中間目標を達成　○：中間目標の90％以上　△：中間目標の90％未満']);
    ws.mergeCells('B10:J10');
  },
  expected: {
    file: 'h59-d-midterm-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D1, '地域公共交通の年間利用者数', '人', 190000, 176500),
      ind(D1, '自主防災組織の組織率', '％', 85.0, 86.2),
      ind(D1, '交通事故発生件数', '件', 220, 231, { direction: 'down' }),
      ind(D1, '市民活動団体登録数', '団体', 150, 151),
      ind(D1, '図書館の年間貸出冊数', '千冊', 540, 498),
    ],
    groups: [],
  },
};

const D2 = '環境指標';
const dTwoActuals: Holdout2Workbook = {
  name: 'h59-d-two-actual-columns',
  layout:
    'D: 環境基本計画 indicators, 計画策定時 / 実績（令和4年度） / 実績（令和5年度） / 目標（令和7年度）, lower-is-better stated only in a note under the table',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    widths(ws, [5, 30, 10, 14, 14, 14, 14, 20]);
    put(ws, 1, 1, ['第3次環境基本計画　進行管理表（令和5年度実績）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['No.', '指標', '単位', '計画策定時（令和元年度）', '実績（令和4年度）', '実績（令和5年度）', '目標（令和7年度）', '把握方法']);
    put(ws, 4, 1, [1, '再生可能エネルギー導入容量', 'kW', 12400, 15800, 17200, 20000, '固定価格買取制度公表データ']);
    put(ws, 5, 1, [2, 'リサイクル率', '％', 18.2, 19.0, 19.4, 25.0, '一般廃棄物処理実態調査']);
    put(ws, 6, 1, [3, '1人1日当たりごみ排出量', 'g', 905, 880, 872, 850, '一般廃棄物処理実態調査']);
    put(ws, 7, 1, [4, '市域の温室効果ガス排出量', '千t-CO2', 612, 575, 560, 500, '環境省 自治体排出量カルテ']);
    put(ws, 8, 1, [5, '環境学習講座参加者数', '人', 840, 910, 1020, 1000, '環境政策課集計']);
    put(ws, 10, 1, ['※指標3及び4は、数値が小さいほど良好な指標である。']);
    ws.mergeCells('A10:H10');
  },
  expected: {
    file: 'h59-d-two-actual-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D2, '再生可能エネルギー導入容量', 'kW', 20000, 17200)),
      final(ind(D2, 'リサイクル率', '％', 25.0, 19.4)),
      final(ind(D2, '1人1日当たりごみ排出量', 'g', 850, 872, { direction: 'down' })),
      final(ind(D2, '市域の温室効果ガス排出量', '千t-CO2', 500, 560, { direction: 'down' })),
      final(ind(D2, '環境学習講座参加者数', '人', 1000, 1020)),
    ],
    groups: [],
  },
};

const D3 = '高齢者福祉計画';
const dWords: Holdout2Workbook = {
  name: 'h59-d-scale-words-reference',
  layout:
    'D: 個別計画 indicators with 現状値（H30）/ 目標値（R6）/ R5実績, 進捗評価 in the standard scale words, a non-numeric target 「延伸」, a （参考） row',
  build(wb) {
    const ws = wb.addWorksheet(D3);
    widths(ws, [3, 18, 30, 8, 12, 12, 12, 16]);
    put(ws, 2, 2, ['高齢者福祉計画・第9期介護保険事業計画　成果指標の進捗状況']);
    ws.mergeCells('B2:H2');
    put(ws, 3, 2, ['（令和5年度実績による評価）']);
    put(ws, 5, 2, ['基本目標', '指標', '単位', '現状値（H30）', '目標値（R6）', 'R5実績', '進捗評価']);
    put(ws, 6, 2, ['1 健康づくりと介護予防', '介護予防教室参加者数', '人', 1820, 2400, 2210, '概ね順調']);
    put(ws, 7, 2, [undefined, '健康寿命（男性）', '年', 79.8, '延伸', 80.1, '順調']);
    put(ws, 8, 2, ['2 地域で支え合う体制', '認知症サポーター養成数（累計）', '人', 8500, 12000, 12350, '順調']);
    put(ws, 9, 2, [undefined, '地域ふれあいサロン数', 'か所', 48, 60, 41, 'やや遅れている']);
    put(ws, 10, 2, ['3 生きがいと社会参加', 'シルバー人材センター会員数', '人', 620, 700, 655, '順調']);
    ws.mergeCells('B6:B7');
    ws.mergeCells('B8:B9');
    put(ws, 11, 2, ['（参考）', '65歳以上人口', '人', 28640, undefined, 29870]);
    put(ws, 13, 2, ['進捗評価：順調／概ね順調／やや遅れている／遅れている（担当課の自己評価）']);
    ws.mergeCells('B13:H13');
  },
  expected: {
    file: 'h59-d-scale-words-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D3, '介護予防教室参加者数', '人', 2400, 2210, { existing: 'B' })),
      final(ind(D3, '健康寿命（男性）', '年', null, 80.1, { existing: 'A' })),
      final(ind(D3, '認知症サポーター養成数（累計）', '人', 12000, 12350, { existing: 'A' })),
      final(ind(D3, '地域ふれあいサロン数', 'か所', 60, 41, { existing: 'C' })),
      final(ind(D3, 'シルバー人材センター会員数', '人', 700, 655, { existing: 'A' })),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [cYears, cRows, cPairs, dMid, dTwoActuals, dWords];
