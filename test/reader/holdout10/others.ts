/**
 * Hold-out 10, three other shapes: one 事務事業評価シート per sheet with indicators as label/value
 * pairs, a 観光振興計画 table with the years as rows (indicators merged over 目標/実績 pairs) and a
 * 子育て支援事業 sheet whose 事業費 table (budgets, no indicators) sits above the 成果指標 table
 * written in full-width digits. Facts follow ../shared/samples/README.md.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook as Holdout10Workbook } from '../holdout2/kit';

interface CardIndicator {
  name: string;
  unit: string;
  target: string | number;
  actual: string | number;
}

/** A 事務事業評価シート: project header, then each indicator as a vertical list of label/value pairs. */
function card(ws: Worksheet, project: string, section: string, items: CardIndicator[]): void {
  put(ws, 1, 1, ['令和５年度　事務事業評価シート']);
  put(ws, 3, 1, ['事業名', project]);
  put(ws, 4, 1, ['所管課', section]);
  put(ws, 5, 1, ['評価対象年度', '令和5年度（2023年度）']);
  ws.mergeCells(3, 2, 3, 5);
  put(ws, 7, 1, ['【成果指標】']);
  items.forEach((it, i) => {
    const r = 8 + i * 6;
    put(ws, r, 1, [`成果指標${'①②'[i]}`]);
    put(ws, r + 1, 1, ['指標名', it.name]);
    put(ws, r + 2, 1, ['単位', it.unit]);
    put(ws, r + 3, 1, ['目標値（令和5年度）', it.target]);
    put(ws, r + 4, 1, ['実績値（令和5年度）', it.actual]);
  });
}

const cards: Holdout10Workbook = {
  name: 'h10-card-per-project',
  layout:
    'N: one 事務事業評価シート per sheet, indicators as vertical label/value lists (指標名 / 単位 / 目標値（令和5年度） / 実績値（令和5年度）), two per card',
  build(wb) {
    card(wb.addWorksheet('事業01'), '子ども食堂運営支援事業', 'こども家庭課', [
      { name: '子ども食堂の延べ利用者数', unit: '人', target: 4800, actual: 4390 },
      { name: '子ども食堂の開設か所数', unit: 'か所', target: 12, actual: 12 },
    ]);
    card(wb.addWorksheet('事業02'), '高齢者サロン活動支援事業', '長寿福祉課', [
      { name: 'サロン参加者数（実人数）', unit: '人', target: '1,500', actual: '1,020' },
      { name: 'サロン運営ボランティア登録者数', unit: '人', target: 180, actual: '175（見込み）' },
    ]);
  },
  expected: {
    file: 'h10-card-per-project.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業01', '子ども食堂の延べ利用者数', '人', 4800, 4390),
      ind('事業01', '子ども食堂の開設か所数', 'か所', 12, 12),
      ind('事業02', 'サロン参加者数（実人数）', '人', 1500, 1020),
      ind('事業02', 'サロン運営ボランティア登録者数', '人', 180, 175, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const yearsAsRows: Holdout10Workbook = {
  name: 'h10-years-as-rows',
  layout:
    'N: years as rows (令和元年度…令和５年度), each indicator merged over a 目標/実績 column pair, units in the merged heading, 評価対象年度 R4 stated while R5 already has actuals',
  build(wb) {
    const ws = wb.addWorksheet('指標推移');
    put(ws, 1, 1, ['観光振興計画　成果指標の推移']);
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    put(ws, 4, 1, ['年度', '観光入込客数（千人）', undefined, '宿泊者数（千人泊）', undefined, '観光案内所利用者数（人）', undefined, '観光消費額（億円）']);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells(4, 1, 5, 1);
    for (const c of [2, 4, 6, 8]) ws.mergeCells(4, c, 4, c + 1);
    const rows: (string | number)[][] = [
      ['令和元年度', 1700, 1688, 300, 296, 22000, 23150, 90, 88.1],
      ['令和２年度', 1720, 1020, 305, 188, 22500, 9800, 91, 52.3],
      ['令和３年度', 1750, 1180, 310, 240, 23000, 11200, 93, 60.8],
      ['令和４年度', 1800, 1512, 320, 335, 24000, 13900, 95, 71.2],
      ['令和５年度', 1850, 1790, 330, 351, 25000, 21300, 100, 92.4],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
  },
  expected: {
    file: 'h10-years-as-rows.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('指標推移', '観光入込客数', '千人', 1800, 1512),
      ind('指標推移', '宿泊者数', '千人泊', 320, 335),
      ind('指標推移', '観光案内所利用者数', '人', 24000, 13900),
      ind('指標推移', '観光消費額', '億円', 95, 71.2),
    ],
    groups: [],
  },
};

const budgetAbove: Holdout10Workbook = {
  name: 'h10-budget-above-indicators',
  layout:
    'N: 事業費 table (予算額/決算額 in 千円, not indicators) above a ■成果指標 table (指標 / R5目標 / R5実績 / 単位 / 備考) in full-width digits, a （見込み） actual',
  build(wb) {
    const ws = wb.addWorksheet('事業概要');
    put(ws, 1, 1, ['令和5年度　子育て支援事業　実施状況']);
    put(ws, 3, 1, ['■事業費']);
    put(ws, 4, 1, ['区分', '予算額（千円）', '決算額（千円）']);
    put(ws, 5, 1, ['国・県支出金', '48,200', '46,915']);
    put(ws, 6, 1, ['一般財源', '31,800', '30,204']);
    put(ws, 7, 1, ['合計', '80,000', '77,119']);
    put(ws, 10, 1, ['■成果指標']);
    put(ws, 11, 1, ['指標', 'R5目標', 'R5実績', '単位', '備考']);
    put(ws, 12, 1, ['乳幼児健診受診率', '９８．０', '９６．５', '％', '4か月・1歳6か月・3歳児健診']);
    put(ws, 13, 1, ['子育て世代包括支援センター相談件数', '１，２００', '１，４３８', '件']);
    put(ws, 14, 1, ['病児保育利用者数', '８００', '５１２', '人', '延べ人数']);
    put(ws, 15, 1, ['産後ケア事業の利用者数', '６０', '６０（見込み）', '人', '3月分は見込み']);
  },
  expected: {
    file: 'h10-budget-above-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業概要', '乳幼児健診受診率', '％', 98, 96.5),
      ind('事業概要', '子育て世代包括支援センター相談件数', '件', 1200, 1438),
      ind('事業概要', '病児保育利用者数', '人', 800, 512),
      ind('事業概要', '産後ケア事業の利用者数', '人', 60, 60, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout10Workbook[] = [cards, yearsAsRows, budgetAbove];
