/** Hold-out 55, action plans: 空家等対策計画 取組状況 in stacked blocks, DX推進計画 KPI 進捗管理表. */
import type { Workbook } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind } from '../holdout2/kit';
import { comma, merged, put } from './util';

/** 空家等対策計画: one block per 基本方針 stacked down the sheet (heading, 取組内容, its own table, 事業費 line), A–D 評価, 未実施, a 少ないほど良い note in 備考. */
const AKIYA: Holdout2Workbook = {
  name: 'h55-vacant-house-plan',
  layout:
    '空家等対策計画 取組状況: four 基本方針 blocks stacked, each with 取組内容, its own heading row (令和5年度目標 | 令和5年度実績 | 評価 | 備考) and a 事業費 text line; 未実施; 少ないほど良い in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('取組状況');
    ws.getCell('A1').value = '第2次○○市空家等対策計画　令和5年度 取組状況';
    ws.getCell('E2').value = '都市整備部 住宅政策課';
    const block = (r: number, policy: string, work: string, rows: (string | number)[][], cost: string) => {
      merged(ws, `A${r}:F${r}`, policy);
      put(ws, r + 1, 1, ['取組内容']);
      merged(ws, `B${r + 1}:F${r + 1}`, work);
      put(ws, r + 2, 1, ['指標', '単位', '令和5年度目標', '令和5年度実績', '評価', '備考']);
      rows.forEach((v, i) => put(ws, r + 3 + i, 1, v));
      ws.getCell(r + 3 + rows.length, 1).value = cost;
      return r + 5 + rows.length;
    };
    let r = 4;
    r = block(
      r,
      '基本方針1　空き家の発生予防',
      '所有者等への意識啓発、相続・終活に関する相談会の開催',
      [
        ['空き家セミナー・相談会の参加者数', '人', 150, 132, 'B', '年3回開催'],
        ['相続・終活に関する相談件数', '件', 60, 71, 'A'],
      ],
      '事業費：予算額 1,850千円　決算額 1,622千円',
    );
    r = block(
      r,
      '基本方針2　空き家の利活用の促進',
      '空き家バンクの運営、移住者等への改修費補助',
      [
        ['空き家バンクの新規登録件数', '件', 40, 27, 'C', '固定資産税納税通知書へのチラシ同封を検討'],
        ['空き家バンクの成約件数', '件', 25, 19, 'B'],
        ['空き家改修費補助金の交付件数', '件', 12, 12, 'A'],
      ],
      '事業費：予算額 14,400千円　決算額 13,980千円',
    );
    r = block(
      r,
      '基本方針3　管理不全な空き家への対応',
      '所有者への適正管理の指導、特定空家等への措置、老朽危険空き家の除却費補助',
      [
        ['管理不全空き家の所有者への指導件数', '件', 80, 94, 'A'],
        ['特定空家等の件数（年度末）', '件', 35, 38, 'B', '少ないほど良い指標'],
        ['老朽危険空き家の除却費補助の交付件数', '件', 15, 13, 'B'],
      ],
      '事業費：予算額 12,000千円　決算額 10,540千円',
    );
    r = block(
      r,
      '基本方針4　跡地の活用',
      '除却後の跡地を地域の広場・駐車場等として活用',
      [['空き家跡地の地域活用事業の実施件数', '件', 2, '未実施', 'D', '地元調整に時間を要し令和6年度に延期']],
      '事業費：予算額 800千円　決算額 0千円',
    );
    ws.getCell(r, 1).value = '※評価　A：目標を達成　B：目標の80％以上　C：目標の60％以上　D：目標の60％未満又は未実施';
  },
  expected: {
    file: 'h55-vacant-house-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('取組状況', '空き家セミナー・相談会の参加者数', '人', 150, 132, { existing: 'B' }),
      ind('取組状況', '相続・終活に関する相談件数', '件', 60, 71, { existing: 'A' }),
      ind('取組状況', '空き家バンクの新規登録件数', '件', 40, 27, { existing: 'C' }),
      ind('取組状況', '空き家バンクの成約件数', '件', 25, 19, { existing: 'B' }),
      ind('取組状況', '空き家改修費補助金の交付件数', '件', 12, 12, { existing: 'A' }),
      ind('取組状況', '管理不全空き家の所有者への指導件数', '件', 80, 94, { existing: 'A' }),
      ind('取組状況', '特定空家等の件数（年度末）', '件', 35, 38, { direction: 'down', existing: 'B' }),
      ind('取組状況', '老朽危険空き家の除却費補助の交付件数', '件', 15, 13, { existing: 'B' }),
      ind('取組状況', '空き家跡地の地域活用事業の実施件数', '件', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

/** DX推進計画 KPI: R4/R5/R6 each merged over 目標 | 実績 (R6 実績 empty), 現状値（R3） and 最終目標（R7）, 方向 ↑/↓, 集計中, 所管課. */
const DX: Holdout2Workbook = {
  name: 'h55-dx-plan-kpi',
  layout:
    'DX推進計画 KPI進捗管理表: 令和4/5/6年度 each merged over 目標|実績 with R6 実績 empty, 現状値（R3）, 最終目標（R7）, 方向 ↑/↓ with a legend, 集計中, "（令和5年度末時点）"',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI');
    ws.getCell('A1').value = '○○市DX推進計画　KPI進捗管理表';
    ws.getCell('A2').value = '（令和5年度末時点）';
    ws.getCell('K2').value = '総務部 デジタル推進課';
    for (const [col, head] of [
      ['A', 'No.'],
      ['B', 'KPI'],
      ['C', '単位'],
      ['D', '方向'],
      ['E', '現状値（R3）'],
      ['L', '最終目標（R7）'],
      ['M', '所管課'],
    ])
      merged(ws, `${col}4:${col}5`, head);
    merged(ws, 'F4:G4', '令和4年度');
    merged(ws, 'H4:I4', '令和5年度');
    merged(ws, 'J4:K4', '令和6年度');
    put(ws, 5, 6, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      [1, 'オンライン申請が可能な手続数', '手続', '↑', 35, 80, 92, 150, 163, 220, undefined, 300, 'デジタル推進課'],
      [2, 'オンライン申請の利用率', '%', '↑', 8.5, 15.0, 13.2, 25.0, 19.8, 35.0, undefined, 50.0, '各課'],
      [3, 'マイナンバーカードの交付率', '%', '↑', 41.2, 60.0, 63.5, 80.0, 74.9, 90.0, undefined, 95.0, '市民課'],
      [4, 'キャッシュレス決済に対応した窓口数', '窓口', '↑', 2, 10, 14, 20, 20, 30, undefined, 35, '会計課'],
      [5, 'RPA・AI-OCRによる業務削減時間', '時間/年', '↑', 1200, 3000, 2850, 5000, 4120, 7000, undefined, 10000, 'デジタル推進課'],
      [6, '庁内の印刷枚数', '千枚', '↓', 9800, 8500, 8720, 7000, 7450, 6000, undefined, 5000, '総務課'],
      [7, 'デジタル活用支援講座の受講者数', '人', '↑', 0, 300, 412, 600, 538, 800, undefined, 1000, '生涯学習課'],
      [8, 'テレワークを実施した職員数', '人', '↑', 45, 100, 120, 150, '集計中', 200, undefined, 250, '人事課'],
    ];
    rows.forEach((v, i) => put(ws, 6 + i, 1, v));
    comma(ws, 6, 5, 13, 12);
    for (const r of [7, 8]) for (let c = 5; c <= 12; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0';
    ws.getCell('A15').value = '※方向　↑：増加を目指す指標　↓：削減を目指す指標';
    ws.getCell('A16').value = '※令和6年度の実績は令和7年5月に更新予定です。';
    ws.getCell('I13').note = '人事課で集計中（5月末確定）';
  },
  expected: {
    file: 'h55-dx-plan-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', 'オンライン申請が可能な手続数', '手続', 150, 163),
      ind('KPI', 'オンライン申請の利用率', '%', 25.0, 19.8),
      ind('KPI', 'マイナンバーカードの交付率', '%', 80.0, 74.9),
      ind('KPI', 'キャッシュレス決済に対応した窓口数', '窓口', 20, 20),
      ind('KPI', 'RPA・AI-OCRによる業務削減時間', '時間/年', 5000, 4120),
      ind('KPI', '庁内の印刷枚数', '千枚', 7000, 7450, { direction: 'down' }),
      ind('KPI', 'デジタル活用支援講座の受講者数', '人', 600, 538),
      ind('KPI', 'テレワークを実施した職員数', '人', 150, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [AKIYA, DX];
