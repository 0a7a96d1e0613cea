/** Hold-out 105, four workbooks outside the families: 森林整備 years as rows, 公共交通 目標 cards, 農業委員会 点検・評価, 地産地消 split sheets. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const wide = (ws: Worksheet, widths: number[]) => widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

// ---------------------------------------------------------------------------------------------------------------------------
// 森林整備計画: years as rows, 計画｜実績 pairs per measure under a merged heading with the unit, 令和４年度末現在.
const SHINRIN = '実施状況';
const shinrinYears: [string, (number | null)[]][] = [
  ['令和元年度', [110, 98.6, 12.0, 11.5, 3000, 3120, 16000, 15120, 3, 3]],
  ['令和２年度', [110, 101.2, 12.0, 9.8, 3000, 2480, 16000, 14380, 3, 1]],
  ['令和３年度', [115, 117.4, 14.0, 14.6, 3500, 3610, 17000, 17950, 3, 4]],
  ['令和４年度', [120, 104.6, 15.0, 16.2, 3500, 2050, 18000, 15300, 3, 2]],
  ['令和５年度', [120, null, 15.0, null, 3500, null, 18000, null, 3, null]],
  ['令和６年度', [125, null, 15.0, null, 4000, null, 19000, null, 4, null]],
];

const shinrin: Holdout2Workbook = {
  name: 'h105-shinrin-nenji',
  layout:
    '森林整備計画 年度別実施状況: years as rows (令和元年度〜令和６年度, plans ahead), 計画｜実績 pairs under 「間伐面積（ha）」「素材生産量（㎥）」…, 令和４年度末現在, notes sheet',
  build(wb) {
    const ws = wb.addWorksheet(SHINRIN);
    wide(ws, [12, 9, 9, 9, 9, 10, 10, 10, 10, 9, 9]);
    put(ws, 1, 1, ['〇〇市森林整備計画　年度別実施状況（令和４年度末現在）']);
    put(ws, 2, 9, ['農林課 林務係']);
    put(ws, 3, 1, [
      '年度',
      '間伐面積（ha）',
      undefined,
      '植栽面積（ha）',
      undefined,
      '森林作業道開設延長（m）',
      undefined,
      '素材生産量（㎥）',
      undefined,
      '林業新規就業者数（人）',
    ]);
    put(ws, 4, 2, ['計画', '実績', '計画', '実績', '計画', '実績', '計画', '実績', '計画', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    ws.mergeCells('H3:I3');
    ws.mergeCells('J3:K3');
    shinrinYears.forEach(([y, v], i) => {
      put(ws, 5 + i, 1, [y, ...v]);
      for (let c = 2; c <= 11; c++) ws.getCell(5 + i, c).numFmt = c <= 5 ? '0.0' : '#,##0';
    });
    put(ws, 12, 1, ['※ 素材生産量は暦年（１月～12月）の集計。令和５年度以降は計画値のみ。']);
    const n = wb.addWorksheet('注記');
    put(n, 1, 1, ['注記']);
    put(n, 2, 1, ['間伐面積には森林経営管理制度による市町村森林経営管理事業分を含む。']);
    put(n, 3, 1, ['森林作業道開設延長は補助事業（森林環境保全直接支援事業）分のみ。']);
  },
  expected: {
    file: 'h105-shinrin-nenji.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(SHINRIN, '間伐面積', 'ha', 120, 104.6),
      ind(SHINRIN, '植栽面積', 'ha', 15, 16.2),
      ind(SHINRIN, '森林作業道開設延長', 'm', 3500, 2050),
      ind(SHINRIN, '素材生産量', '㎥', 18000, 15300),
      ind(SHINRIN, '林業新規就業者数', '人', 3, 2),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 地域公共交通計画 評価報告書: one card per 目標, label｜value rows with the period in the label.
const CARD = '目標の達成状況';
interface Card {
  goal: string;
  name: string;
  desc: string;
  unit: string;
  base: [string, number];
  target: [string, number];
  actual: [string, number];
  rate: string;
  comment: string;
}
const cards: Card[] = [
  {
    goal: '目標１　コミュニティバスの利用促進',
    name: 'コミュニティバス年間利用者数',
    desc: '全路線の年間延べ利用者数',
    unit: '人',
    base: ['基準値（令和2運行年度）', 84210],
    target: ['目標値（令和8運行年度）', 98000],
    actual: ['実績値（令和5運行年度）', 93480],
    rate: '95.4%',
    comment: '増便と乗継割引の導入により増加傾向',
  },
  {
    goal: '目標２　効率的で持続可能な運行',
    name: 'コミュニティバスの収支率',
    desc: '運賃収入 ÷ 運行経費',
    unit: '％',
    base: ['基準値（令和2運行年度）', 18.4],
    target: ['目標値（令和8運行年度）', 25.0],
    actual: ['実績値（令和5運行年度）', 17.2],
    rate: '68.8%',
    comment: '燃料費・人件費の上昇で経費が増え、収支率は低下',
  },
  {
    goal: '目標３　交通不便地域の移動手段の確保',
    name: 'デマンド交通登録者数',
    desc: '予約型乗合タクシーの利用登録者数',
    unit: '人',
    base: ['基準値（令和3年3月末）', 612],
    target: ['目標値（令和9年3月末）', 1300],
    actual: ['実績値（令和6年3月末）', 1205],
    rate: '92.7%',
    comment: '',
  },
  {
    goal: '目標３　交通不便地域の移動手段の確保',
    name: '交通空白地域の居住人口',
    desc: 'バス停・駅から500m以上離れた地域の居住人口。デマンド区域の拡大により削減を図る',
    unit: '人',
    base: ['基準値（令和2年度）', 2860],
    target: ['目標値（令和8年度）', 1500],
    actual: ['実績値（令和5年度）', 1940],
    rate: '－',
    comment: '西部地区へのデマンド区域拡大（令和5年10月）',
  },
  {
    goal: '目標４　高齢者の移動の確保',
    name: '運転免許自主返納者数',
    desc: '65歳以上の運転免許自主返納者数（警察署調べ、暦年）',
    unit: '人',
    base: ['基準値（令和2年）', 185],
    target: ['目標値（令和8年）', 250],
    actual: ['実績値（令和5年）', 262],
    rate: '104.8%',
    comment: '返納者へのバス回数券交付を継続',
  },
];

const cardsWb: Holdout2Workbook = {
  name: 'h105-kotsu-hyoka-cards',
  layout:
    '地域公共交通計画 評価報告書: one card per 評価指標 stacked down, label｜value rows 「基準値（令和2運行年度）」「目標値（令和8運行年度）」「実績値（令和5運行年度）」, a 暦年 indicator, 削減 in the description, 達成率 text',
  build(wb) {
    const ws = wb.addWorksheet(CARD);
    wide(ws, [26, 18, 10, 40]);
    put(ws, 1, 1, ['令和５年度　〇〇市地域公共交通計画　評価報告書']);
    put(ws, 2, 1, ['令和６年３月　〇〇市地域公共交通会議']);
    let r = 4;
    for (const c of cards) {
      put(ws, r, 1, [c.goal]);
      ws.mergeCells(r, 1, r, 4);
      put(ws, r + 1, 1, ['評価指標', c.name]);
      ws.mergeCells(r + 1, 2, r + 1, 4);
      put(ws, r + 2, 1, ['指標の説明', c.desc]);
      ws.mergeCells(r + 2, 2, r + 2, 4);
      put(ws, r + 3, 1, ['単位', c.unit]);
      put(ws, r + 4, 1, [c.base[0], c.base[1]]);
      put(ws, r + 5, 1, [c.target[0], c.target[1]]);
      put(ws, r + 6, 1, [c.actual[0], c.actual[1]]);
      put(ws, r + 7, 1, ['目標に対する達成率', c.rate]);
      put(ws, r + 8, 1, ['評価・今後の取組', c.comment]);
      ws.mergeCells(r + 8, 2, r + 8, 4);
      for (let k = 4; k <= 6; k++) ws.getCell(r + k, 2).numFmt = c.unit === '％' ? '0.0' : '#,##0';
      r += 10;
    }
  },
  expected: {
    file: 'h105-kotsu-hyoka-cards.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(CARD, 'コミュニティバス年間利用者数', '人', 98000, 93480), targetSource: 'final' },
      { ...ind(CARD, 'コミュニティバスの収支率', '％', 25, 17.2), targetSource: 'final' },
      { ...ind(CARD, 'デマンド交通登録者数', '人', 1300, 1205), targetSource: 'final' },
      { ...ind(CARD, '交通空白地域の居住人口', '人', 1500, 1940, { direction: 'down' }), targetSource: 'final' },
      { ...ind(CARD, '運転免許自主返納者数', '人', 250, 262), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 農業委員会 「目標及びその達成に向けた活動の点検・評価」: numbered sections, each with a small 目標｜実績｜達成状況 table.
const IINKAI = '点検・評価';
const iinkai: Holdout2Workbook = {
  name: 'h105-nouiinkai-tenken',
  layout:
    '農業委員会 点検・評価 (令和６年度): Ⅰ〜Ⅴ sections stacked, Ⅰ a 現状 table of areas that are no indicators, each later section a 指標｜目標｜実績｜達成状況 row with 「1,560 ha」「3 経営体」 text',
  build(wb) {
    const ws = wb.addWorksheet(IINKAI);
    wide(ws, [4, 36, 14, 14, 12, 30]);
    put(ws, 1, 1, ['令和６年度の目標及びその達成に向けた活動の点検・評価']);
    put(ws, 2, 4, ['〇〇市農業委員会']);
    put(ws, 4, 1, ['Ⅰ', '農業委員会の状況（令和6年4月1日現在）']);
    put(ws, 5, 2, ['区分', '農地面積', '農家数', '農業委員数']);
    put(ws, 6, 2, ['管内', '3,250 ha', '1,412 戸', '14 人']);
    put(ws, 8, 1, ['Ⅱ', '担い手への農地の利用集積・集約化']);
    put(ws, 9, 2, ['現状（令和6年3月末）', '集積面積 1,480 ha', '集積率 45.5％']);
    put(ws, 10, 2, ['指標', '目標', '実績', '達成状況', '評価・課題']);
    put(ws, 11, 2, ['担い手への農地の集積面積', '1,560 ha', '1,502 ha', '96.3％', '地域計画の策定にあわせ集積を推進']);
    put(ws, 13, 1, ['Ⅲ', '新たに農業経営を営もうとする者の参入促進']);
    put(ws, 14, 2, ['指標', '目標', '実績', '達成状況', '評価・課題']);
    put(ws, 15, 2, ['新規参入者数', '5 経営体', '3 経営体', '60.0％', '']);
    put(ws, 17, 1, ['Ⅳ', '遊休農地に関する措置']);
    put(ws, 18, 2, ['指標', '目標', '実績', '達成状況', '評価・課題']);
    put(ws, 19, 2, ['農地の利用状況調査の実施面積', '3,250 ha', '3,250 ha', '100.0％', '全筆調査を実施']);
    put(ws, 20, 2, ['利用意向調査の実施件数', '120 件', '96 件', '80.0％', '']);
    put(ws, 21, 2, ['遊休農地の解消面積', '8.0 ha', '5.6 ha', '70.0％', '山間部の解消が進まない']);
    put(ws, 23, 1, ['Ⅴ', '違反転用への適正な対応']);
    put(ws, 24, 2, ['違反転用の新規発生なし。既存事案２件について是正指導を継続。']);
    ws.mergeCells('B24:F24');
  },
  expected: {
    file: 'h105-nouiinkai-tenken.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(IINKAI, '担い手への農地の集積面積', 'ha', 1560, 1502),
      ind(IINKAI, '新規参入者数', '経営体', 5, 3),
      ind(IINKAI, '農地の利用状況調査の実施面積', 'ha', 3250, 3250),
      ind(IINKAI, '利用意向調査の実施件数', '件', 120, 96),
      ind(IINKAI, '遊休農地の解消面積', 'ha', 8, 5.6),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 地産地消・6次産業化推進計画: targets on one sheet, this year's actuals on another, joined by No.
const LIST = '指標一覧';
const JISSEKI = 'R5実績';
const splitRows: [number, string, string, number, number, number, number | string, string][] = [
  [1, '学校給食における地場産物の使用割合', '％', 28.0, 32.0, 36.0, 31.8, '学校給食センター調べ（食材ベース）'],
  [2, '農産物直売所の年間販売額', '万円', 30150, 33000, 36000, 34620, '直売所運営協議会報告'],
  [3, '6次産業化総合化事業計画の認定件数（累計）', '件', 9, 12, 15, 12, '東北農政局公表'],
  [4, '農業体験・グリーンツーリズム受入人数', '人', 1200, 1800, 2500, 1020, '観光協会・農家民宿報告'],
  [5, '認定新規就農者数（累計）', '人', 6, 12, 20, 11, '農林課'],
  [6, 'ジビエ処理施設の処理頭数', '頭', 180, 250, 300, '集計中', '指定管理者の事業報告（６月提出）'],
  [7, 'スマート農業機器導入経営体数（累計）', '経営体', 4, 10, 18, 10, '補助実績'],
];

const split: Holdout2Workbook = {
  name: 'h105-chisan-split',
  layout:
    '地産地消・6次産業化推進計画: 指標一覧 sheet (No., 指標, 単位, 基準値（R3）, 目標値 R5｜R8) and R5実績 sheet (No., 指標, 実績値, 把握方法) joined by No., one 集計中',
  build(wb) {
    const a = wb.addWorksheet(LIST);
    wide(a, [5, 40, 8, 12, 12, 12, 10]);
    put(a, 1, 1, ['第２次〇〇市地産地消・６次産業化推進計画　成果指標']);
    put(a, 3, 1, ['No.', '指標', '単位', '基準値\n（R3）', '目標値', undefined, '担当']);
    put(a, 4, 5, ['R5（中間）', 'R8（最終）']);
    a.mergeCells('A3:A4');
    a.mergeCells('B3:B4');
    a.mergeCells('C3:C4');
    a.mergeCells('D3:D4');
    a.mergeCells('E3:F3');
    a.mergeCells('G3:G4');
    splitRows.forEach((r, i) => put(a, 5 + i, 1, [r[0], r[1], r[2], r[3], r[4], r[5], i === 3 ? '商工観光課' : '農林課']));
    const b = wb.addWorksheet(JISSEKI);
    wide(b, [5, 40, 12, 34]);
    put(b, 1, 1, ['令和５年度　成果指標の実績']);
    put(b, 3, 1, ['No.', '指標', '実績値', '把握方法']);
    splitRows.forEach((r, i) => put(b, 4 + i, 1, [r[0], r[1], r[6], r[7]]));
    put(b, 12, 1, ['※単位は「指標一覧」シートのとおり']);
  },
  expected: {
    file: 'h105-chisan-split.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(LIST, '学校給食における地場産物の使用割合', '％', 32, 31.8),
      ind(LIST, '農産物直売所の年間販売額', '万円', 33000, 34620),
      ind(LIST, '6次産業化総合化事業計画の認定件数（累計）', '件', 12, 12),
      ind(LIST, '農業体験・グリーンツーリズム受入人数', '人', 1800, 1020),
      ind(LIST, '認定新規就農者数（累計）', '人', 12, 11),
      ind(LIST, 'ジビエ処理施設の処理頭数', '頭', 250, null, { actualStatus: 'pending' }),
      ind(LIST, 'スマート農業機器導入経営体数（累計）', '経営体', 10, 10),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [shinrin, cardsWb, iinkai, split];
