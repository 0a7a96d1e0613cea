/**
 * Hold-out set 110, four workbooks outside the families: a 橋梁長寿命化修繕計画 進捗管理表 with years as rows (計画｜実績 pairs)
 * and a 健全度区分 breakdown below, a bridge list on a second sheet; one 事務事業評価 card per sheet with 活動指標／成果指標 rows;
 * a quarterly 通報対応 report whose year is only in its 作成日; targets and actuals on two sheets joined by 指標No.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const mg = (ws: Worksheet, range: string) => ws.mergeCells(range);

// ---------------------------------------------------------------------------------------------------------------
// 橋梁長寿命化修繕計画 進捗管理表: 年度 rows, 計画｜実績 per measure, 健全度Ⅲ・Ⅳ 目標｜実績 (減少), a breakdown by 健全度区分.

const bridgeYears: [string, ...(number | null)[]][] = [
  ['令和元年度', 52, 52, 5, 4, 14, 13, 1, 1, 40, 41],
  ['令和２年度', 54, 54, 6, 6, 20, 18, 1, 0, 37, 39],
  ['令和３年度', 50, 50, 7, 6, 26, 23, 2, 2, 34, 36],
  ['令和４年度', 49, 49, 8, 7, 32, 28, 2, 3, 31, 33],
  ['令和５年度', 64, 64, 9, 7, 38, 33, 2, 2, 28, 31],
  ['令和６年度', 55, null, 10, null, 45, null, 2, null, 25, null],
];

const bridgeProgress: Holdout2Workbook = {
  name: 'h110-kyoryo-shinchoku',
  layout:
    'years as rows (令和元年度〜令和６年度) under 定期点検橋数｜修繕工事着手橋数｜修繕完了橋数（累計）｜耐震補強橋数 (計画｜実績) and 健全度Ⅲ・Ⅳの橋梁数 (目標｜実績, 減少 in a note), （単位：橋）, a 健全度区分 Ⅰ〜Ⅳ breakdown table below and a 橋梁別 list sheet',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    ws.getColumn(1).width = 14;
    put(ws, 1, 1, ['○○市橋梁長寿命化修繕計画　進捗管理表（令和５年度末）']);
    mg(ws, 'A1:L1');
    put(ws, 2, 11, ['（単位：橋）']);
    put(ws, 3, 1, ['年度', '定期点検橋数', '', '修繕工事着手橋数', '', '修繕完了橋数（累計）', '', '耐震補強橋数', '', '健全度Ⅲ・Ⅳの橋梁数', '', '備考']);
    put(ws, 4, 2, ['計画', '実績', '計画', '実績', '計画', '実績', '計画', '実績', '目標', '実績']);
    for (const r of ['B3:C3', 'D3:E3', 'F3:G3', 'H3:I3', 'J3:K3', 'A3:A4', 'L3:L4']) mg(ws, r);
    const notes = ['1巡目点検完了（H27〜R1）', '', '', '', '修繕2橋は入札不調により翌年度へ繰越', '計画値'];
    bridgeYears.forEach((row, i) => put(ws, 5 + i, 1, [...row, notes[i]]));
    put(ws, 12, 1, ['※健全度Ⅲ・Ⅳの橋梁数は減少を目標とする。']);
    put(ws, 13, 1, ['※定期点検は5年に1回（道路法施行規則）。令和元〜5年度で2巡目を完了。']);

    put(ws, 15, 1, ['健全度区分ごとの橋数の内訳（令和5年度末時点、各橋の直近の点検年度の判定による）']);
    put(ws, 16, 1, ['健全度区分', '', '橋数', '構成比']);
    mg(ws, 'A16:B16');
    const classes: [string, string, number, string][] = [
      ['Ⅰ', '健全', 142, '52.8%'],
      ['Ⅱ', '予防保全段階', 96, '35.7%'],
      ['Ⅲ', '早期措置段階', 29, '10.8%'],
      ['Ⅳ', '緊急措置段階', 2, '0.7%'],
    ];
    classes.forEach((c, i) => put(ws, 17 + i, 1, c));
    put(ws, 21, 1, ['計', '', 269, '100.0%']);
    mg(ws, 'A21:B21');

    const list = wb.addWorksheet('橋梁別');
    put(list, 1, 1, ['健全度Ⅲ・Ⅳ判定橋梁の一覧（令和5年度末）']);
    put(list, 3, 1, ['橋梁名', '路線名', '橋長（m）', '架設年', '点検年度', '健全度', '修繕状況']);
    const rows: (string | number)[][] = [
      ['大川橋', '市道1-2号線', 86.4, 1968, 'R5', 'Ⅳ', 'R6修繕予定（通行規制中）'],
      ['新町橋', '市道2-15号線', 24.0, 1972, 'R4', 'Ⅲ', 'R5修繕完了'],
      ['宮下橋', '市道3-41号線', 12.5, 1965, 'R3', 'Ⅲ', '設計中'],
      ['中島橋', '市道1-7号線', 48.2, 1975, 'R5', 'Ⅲ', 'R6へ繰越'],
      ['西川第二橋', '市道2-3号線', 31.0, 1970, 'R2', 'Ⅳ', '架替え検討中'],
      ['滝ノ沢橋', '市道4-112号線', 8.6, 1961, 'R1', 'Ⅲ', 'R5修繕完了'],
    ];
    rows.forEach((r, i) => put(list, 4 + i, 1, r));
    put(list, 11, 1, ['※ほか健全度Ⅲ 25橋は別紙のとおり']);
  },
  expected: {
    file: 'h110-kyoryo-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('進捗管理表', '定期点検橋数', '橋', 64, 64),
      ind('進捗管理表', '修繕工事着手橋数', '橋', 9, 7),
      ind('進捗管理表', '修繕完了橋数（累計）', '橋', 38, 33),
      ind('進捗管理表', '耐震補強橋数', '橋', 2, 2),
      ind('進捗管理表', '健全度Ⅲ・Ⅳの橋梁数', '橋', 28, 31, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 事務事業評価シート（個票）: one card per sheet, label｜value rows above a 活動指標／成果指標 table with 方向 ↑／↓ and 達成率.

interface Card {
  sheet: string;
  project: string;
  section: string;
  summary: string;
  rows: [string, string, string, '↑' | '↓', number, number, number, string][];
  overall: string;
  next: string;
}

const cards: Card[] = [
  {
    sheet: '道路照明',
    project: '道路照明LED化推進事業',
    section: '建設部 道路維持課',
    summary: '市が管理する道路照明灯（約6,200基）を、令和9年度までに全てLED灯へ更新する。',
    rows: [
      ['活動指標', 'LED灯への更新基数', '基', '↑', 380, 400, 312, '78.0%'],
      ['成果指標', '道路照明のLED化率', '％', '↑', 55.0, 60.0, 64.2, '107.0%'],
    ],
    overall: 'B',
    next: '継続',
  },
  {
    sheet: '公園遊具',
    project: '公園施設長寿命化事業',
    section: '建設部 公園緑地課',
    summary: '公園施設長寿命化計画に基づき、劣化した遊具を計画的に更新する。',
    rows: [
      ['活動指標', '遊具の更新基数', '基', '↑', 11, 9, 10, '111.1%'],
      ['成果指標', '遊具の安全基準不適合数', '基', '↓', 21, 10, 12, '83.3%'],
    ],
    overall: 'A',
    next: '拡充',
  },
  {
    sheet: '街路樹',
    project: '街路樹維持管理事業',
    section: '建設部 公園緑地課',
    summary: '街路樹の剪定・危険木の伐採を行い、安全な通行空間を確保する。',
    rows: [
      ['活動指標', '街路樹の剪定本数', '本', '↑', 3410, 3500, 3620, '103.4%'],
      ['成果指標', '倒木・落枝に関する通報件数', '件', '↓', 18, 12, 16, '75.0%'],
    ],
    overall: 'B',
    next: '見直し',
  },
  {
    sheet: '道路パトロール',
    project: '道路パトロール事業',
    section: '建設部 道路維持課',
    summary: '市道（約1,150km）を定期的に巡回し、損傷箇所を早期に発見・補修する。',
    rows: [
      ['活動指標', 'パトロール実施回数', '回', '↑', 236, 240, 251, '104.6%'],
      ['成果指標', '通報から補修完了までの平均日数', '日', '↓', 7.4, 7.0, 6.2, '112.9%'],
    ],
    overall: 'A',
    next: '継続',
  },
];

const projectCards: Holdout2Workbook = {
  name: 'h110-kohyo-cards',
  layout:
    'one 事務事業評価シート（個票） per sheet (道路照明, 公園遊具, 街路樹, 道路パトロール): label｜value rows, then 区分（活動指標／成果指標）｜指標名｜単位｜方向 ↑↓｜R4実績｜R5目標｜R5実績｜達成率, a card-level 総合評価',
  build(wb) {
    for (const c of cards) {
      const ws = wb.addWorksheet(c.sheet);
      ws.getColumn(1).width = 12;
      ws.getColumn(2).width = 30;
      put(ws, 1, 1, ['事務事業評価シート（個票）']);
      mg(ws, 'A1:H1');
      put(ws, 2, 6, ['評価対象年度', '令和５年度']);
      mg(ws, 'G2:H2');
      put(ws, 3, 1, ['事業名', c.project]);
      mg(ws, 'B3:H3');
      put(ws, 4, 1, ['担当課', c.section]);
      mg(ws, 'B4:H4');
      put(ws, 5, 1, ['事業概要', c.summary]);
      mg(ws, 'B5:H5');
      put(ws, 7, 1, ['区分', '指標名', '単位', '方向', 'R4実績', 'R5目標', 'R5実績', '達成率']);
      c.rows.forEach((r, i) => put(ws, 8 + i, 1, r));
      put(ws, 10, 1, ['方向：↑ 増加を目指す　↓ 減少を目指す（達成率は目標値÷実績値）']);
      put(ws, 12, 1, ['総合評価', c.overall, '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
      mg(ws, 'C12:H12');
      put(ws, 13, 1, ['今後の方向性', c.next]);
    }
  },
  expected: {
    file: 'h110-kohyo-cards.xlsx',
    fiscalYear: 2023,
    indicators: cards.flatMap((c) => c.rows.map((r) => ind(c.sheet, r[1], r[2], r[5], r[6], { direction: r[3] === '↓' ? 'down' : 'up' }))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 通報対応 四半期報告: quarters 4〜6月 … 1〜3月 and 年間計 against a 年間目標; the year only in 作成日 (a period guess).

const quarterRows: [string, string, number | string, number, number, number, number, number, string][] = [
  ['通報受付件数', '件', '－', 312, 355, 298, 319, 1284, 'うちLINE通報 412件'],
  ['72時間以内の応急対応率', '％', 90.0, 88.1, 91.5, 93.0, 86.2, 89.7, ''],
  ['平均補修日数', '日', 7.0, 6.8, 5.9, 6.1, 8.2, 6.7, '1〜3月は積雪の影響'],
  ['道路パトロールによる損傷発見件数', '件', 600, 162, 171, 140, 129, 602, ''],
  ['街路樹の剪定・伐採要望への対応件数', '件', 400, 88, 102, 96, 79, 365, ''],
  ['補修まで30日を超えた件数', '件', 10, 3, 2, 4, 6, 15, '舗装打換えを要するもの'],
];

const quarterly: Holdout2Workbook = {
  name: 'h110-tsuho-shihanki',
  layout:
    'quarterly report 4〜6月｜7〜9月｜10〜12月｜1〜3月｜年間計 against 年間目標, the year only in 「作成日：令和6年4月12日」 (period guess), 少ないほど良い note for two rows, 「－」 target for 通報受付件数',
  build(wb) {
    const ws = wb.addWorksheet('通報対応');
    ws.getColumn(1).width = 34;
    put(ws, 1, 1, ['道路・公園の損傷通報への対応状況（四半期報告）']);
    mg(ws, 'A1:J1');
    put(ws, 2, 8, ['作成日：令和6年4月12日']);
    put(ws, 3, 8, ['道路維持課・公園緑地課']);
    put(ws, 5, 1, ['項目', '単位', '年間目標', '4〜6月', '7〜9月', '10〜12月', '1〜3月', '年間計', '備考']);
    quarterRows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※平均補修日数及び補修まで30日を超えた件数は、少ないほど良い指標。']);
    put(ws, 14, 1, ['※対応率・平均補修日数の年間計は年間の通報全体から算出。']);
  },
  expected: {
    file: 'h110-tsuho-shihanki.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind('通報対応', '通報受付件数', '件', null, 1284),
      ind('通報対応', '72時間以内の応急対応率', '％', 90, 89.7),
      ind('通報対応', '平均補修日数', '日', 7, 6.7, { direction: 'down' }),
      ind('通報対応', '道路パトロールによる損傷発見件数', '件', 600, 602),
      ind('通報対応', '街路樹の剪定・伐採要望への対応件数', '件', 400, 365),
      ind('通報対応', '補修まで30日を超えた件数', '件', 10, 15, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 目標値 and 実績 on two sheets joined by 指標No. (K-1 …), 方向 増加／減少 on the targets' sheet.

const splitRows: [string, string, string, '増加' | '減少', number, number, number, number, number, string][] = [
  ['K-1', '遊具の更新基数（累計）', '基', '増加', 20, 48, 57, 66, 52, '公園施設台帳'],
  ['K-2', '公園トイレの洋式化率', '％', '増加', 41.2, 65.0, 75.0, 85.0, 58.8, '公園施設台帳'],
  ['K-3', '街路樹の危険木伐採本数（累計）', '本', '増加', 0, 180, 240, 300, 121, '公園緑地課調べ'],
  ['K-4', '道路照明のLED化率', '％', '増加', 38.5, 60.0, 70.0, 80.0, 64.2, '道路照明台帳'],
  ['K-5', '河川改修延長（累計）', 'km', '増加', 11.6, 13.6, 14.4, 15.2, 13.6, '河川課調べ'],
  ['K-6', '公園施設の不具合に関する苦情件数', '件', '減少', 68, 40, 35, 30, 52, '要望管理システム'],
  ['K-7', '橋梁定期点検の実施率（5年サイクル）', '％', '増加', 100, 100, 100, 100, 100, '橋梁点検結果'],
];

const splitSheets: Holdout2Workbook = {
  name: 'h110-mokuhyo-jisseki-split',
  layout:
    'two sheets joined by 指標No. (K-1…K-7): 目標値一覧 (方向 増加／減少, 基準値（R2）, 目標値 R5｜R6｜R7 under a merged heading) and R5実績 (No.｜指標名｜実績値｜把握方法), the names the same on both',
  build(wb) {
    const t = wb.addWorksheet('目標値一覧');
    t.getColumn(2).width = 36;
    put(t, 1, 1, ['インフラ維持管理指標　目標値一覧（令和3年3月策定）']);
    put(t, 3, 1, ['指標No.', '指標名', '単位', '方向', '基準値\n（R2）', '目標値', '', '']);
    put(t, 4, 6, ['R5', 'R6', 'R7']);
    mg(t, 'F3:H3');
    for (const c of ['A', 'B', 'C', 'D', 'E']) mg(t, `${c}3:${c}4`);
    splitRows.forEach((r, i) => put(t, 5 + i, 1, r.slice(0, 8)));

    const a = wb.addWorksheet('R5実績');
    a.getColumn(2).width = 36;
    put(a, 1, 1, ['令和５年度　インフラ維持管理指標　実績']);
    put(a, 3, 1, ['指標No.', '指標名', '実績値', '把握方法', '備考']);
    splitRows.forEach((r, i) => put(a, 4 + i, 1, [r[0], r[1], r[8], r[9], i === 5 ? '遊具・照明の不具合が多い' : undefined]));
    put(a, 12, 1, ['※単位・目標値は「目標値一覧」シートを参照']);
  },
  expected: {
    file: 'h110-mokuhyo-jisseki-split.xlsx',
    fiscalYear: 2023,
    indicators: splitRows.map((r) => ind('R5実績', r[1], r[2], r[5], r[8], { direction: r[3] === '減少' ? 'down' : 'up' })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [bridgeProgress, projectCards, quarterly, splitSheets];
