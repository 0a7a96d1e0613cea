/**
 * Hold-out 144, four shapes outside the families that 中心市街地・商店街 offices use: a 中心市街地活性化基本計画 最終フォローアップ
 * 報告 with 基準値／目標値／最新値 and its own A／B／C 達成状況 (令和元年度), a 中心市街地の現況 table with years as rows and a
 * 目標値 row (令和２年度), 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 and a 事業費 table (平成30年度), and a
 * 商店街活性化プラン whose 目標値 and 実績 are on two sheets joined by No. (令和６年度).
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { Worksheet } from 'exceljs';

// ---------------------------------------------------------------------------------------------------------------------
// 最終フォローアップに関する報告: 目標 | 目標指標 | 単位 | 基準値 | 目標値 | 最新値 | 達成状況 (A／B／C of its own) | 備考.

const FS = 'フォローアップ';

const FOLLOWUP: Holdout2Workbook = {
  name: 'h144-n-chukatsu-followup',
  layout:
    '中心市街地活性化基本計画 最終フォローアップ報告 (令和元年度): 目標 merged over its 目標指標, 基準値／目標値／最新値 with the year in the cell 「19,560⏎（R元）」, units 人/日・人/年, 達成状況 A／B／C on its own scale (B: 未達成だが基準値より改善, C: 悪化), 減少を目指す指標 in 備考, a 集計中',
  build(wb) {
    const ws = wb.addWorksheet(FS);
    widths(ws, [18, 30, 8, 14, 14, 14, 10, 30]);
    merge(ws, 1, 1, 1, 8, '西浦市中心市街地活性化基本計画　最終フォローアップに関する報告');
    ws.getCell(2, 8).value = '令和２年５月　西浦市';
    ws.getCell(3, 1).value = '計画期間：平成27年3月～令和2年3月（5年1月）';
    ws.getCell(4, 1).value = '評価対象年度：令和元年度';
    put(ws, 6, 1, ['目標', '目標指標', '単位', '基準値', '目標値', '最新値', '達成状況', '備考']);
    merge(ws, 7, 1, 8, 1, 'まちなかの賑わい創出');
    put(ws, 7, 2, ['歩行者・自転車通行量（休日）', '人/日', '18,420\n（H25）', '21,000\n（R元）', '19,560\n（R元）', 'B', '休日１日、市内12地点の合計']);
    put(ws, 8, 2, ['空き店舗率', '％', '17.2\n（H25）', '12.0\n（R元）', '12.6\n（R元）', 'B', '減少を目指す指標']);
    put(ws, 9, 1, [
      'まちなか居住の促進',
      '中心市街地の居住人口',
      '人',
      '7,025\n（H26.3末）',
      '7,300\n（R2.3末）',
      '6,880\n（R2.3末）',
      'C',
      '住民基本台帳人口',
    ]);
    put(ws, 10, 1, [
      '商業の活性化',
      '中心市街地小売業年間商品販売額',
      '億円',
      '312\n（H24）',
      '330\n（R元）',
      '集計中',
      '－',
      '経済センサス‐活動調査の結果公表後に把握する',
    ]);
    put(ws, 11, 1, ['公共交通の利用促進', 'まちなか循環バス利用者数', '人/年', '152,300\n（H25）', '170,000\n（R元）', '171,450\n（R元）', 'A']);
    wrap(ws, 6, 1, 11, 8);
    box(ws, 6, 1, 11, 8);
    ws.getCell(13, 1).value = '※達成状況　A：目標達成　B：目標未達成（基準値からは改善）　C：目標未達成（基準値より悪化）';
    ws.getCell(14, 1).value = '※最新値の（ ）内は数値の時点';
  },
  expected: {
    file: 'h144-n-chukatsu-followup.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(FS, '歩行者・自転車通行量（休日）', '人/日', 21000, 19560, { existing: 'B' }),
      ind(FS, '空き店舗率', '％', 12.0, 12.6, { direction: 'down', existing: 'B' }),
      ind(FS, '中心市街地の居住人口', '人', 7300, 6880, { existing: 'C' }),
      ind(FS, '中心市街地小売業年間商品販売額', '億円', 330, null, { actualStatus: 'pending' }),
      ind(FS, 'まちなか循環バス利用者数', '人/年', 170000, 171450, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 中心市街地の現況: years as rows, one column per indicator with its unit in the heading, a 目指す方向 row and a 目標値 row.

const YS = '推移';

const YEARS_ROWS: Holdout2Workbook = {
  name: 'h144-n-genkyo-nendo-gyo',
  layout:
    '中心市街地の現況 (令和２年度): 年度 as rows 平成28年度…令和２年度, one column per indicator with the unit in its heading 「空き店舗数（店舗）」, a 目指す方向 row 増加／減少 under the heading, a 「目標値（令和２年度）」 row, notes with dates',
  build(wb) {
    const ws = wb.addWorksheet(YS);
    widths(ws, [22, 18, 16, 16, 18]);
    merge(ws, 1, 1, 1, 5, '中心市街地の現況（令和２年度）');
    ws.getCell(2, 5).value = '西浦市商工観光課';
    put(ws, 3, 1, ['年度', '休日歩行者通行量（人）', '空き店舗数（店舗）', '新規出店数（件）', 'まちなか居住人口（人）']);
    put(ws, 4, 1, ['目指す方向', '増加', '減少', '増加', '増加']);
    const rows: [string, number, number, number, number][] = [
      ['平成28年度', 15230, 34, 5, 5120],
      ['平成29年度', 14870, 33, 7, 5064],
      ['平成30年度', 14410, 31, 6, 5011],
      ['令和元年度', 13960, 30, 8, 4967],
      ['令和２年度', 7840, 29, 6, 4912],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 10, 1, ['目標値（令和２年度）', 15000, 25, 8, 5000]);
    for (let r = 5; r <= 10; r++) for (const c of [2, 5]) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 3, 5);
    box(ws, 3, 1, 10, 5);
    ws.getCell(12, 1).value = '※休日歩行者通行量は毎年11月第２日曜日に市内10地点で計測（令和２年度は新型コロナウイルス感染症の影響により12月6日に実施）';
    ws.getCell(13, 1).value = '※空き店舗数は各年度3月31日現在、まちなか居住人口は各年度末の住民基本台帳人口';
  },
  expected: {
    file: 'h144-n-genkyo-nendo-gyo.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(YS, '休日歩行者通行量', '人', 15000, 7840),
      ind(YS, '空き店舗数', '店舗', 25, 29, { direction: 'down' }),
      ind(YS, '新規出店数', '件', 8, 6),
      ind(YS, 'まちなか居住人口', '人', 5000, 4912),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート: one 事業 per sheet, label-value rows, 活動指標／成果指標 with 28年度実績…31年度目標, a 事業費 table.

interface Jigyo {
  sheet: string;
  no: number;
  name: string;
  purpose: string;
  content: string;
  indicators: [string, string, string, number, number, number, number, number][];
  cost: [string, number, number, number][];
  result: string;
  decimals: boolean[];
}

function jigyoSheet(ws: Worksheet, j: Jigyo): void {
  widths(ws, [14, 30, 8, 12, 12, 12, 12, 12]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート（平成30年度実績）');
  put(ws, 3, 1, ['事務事業名', j.name, undefined, undefined, undefined, '事業番号', j.no]);
  merge(ws, 3, 2, 3, 5);
  put(ws, 4, 1, ['担当課', '商工観光課　商業振興係', undefined, undefined, undefined, '事業期間', '平成27年度～']);
  merge(ws, 4, 2, 4, 5);
  ws.getCell(5, 1).value = '総合計画の位置付け';
  merge(ws, 5, 2, 5, 8, '3-2-1　商業の振興');
  ws.getCell(6, 1).value = '事業の目的';
  merge(ws, 6, 2, 6, 8, j.purpose);
  ws.getCell(7, 1).value = '事業の内容';
  merge(ws, 7, 2, 7, 8, j.content);
  box(ws, 3, 1, 7, 8);
  ws.getCell(9, 1).value = '■指標';
  put(ws, 10, 1, ['区分', '指標名', '単位', '28年度実績', '29年度実績', '30年度目標', '30年度実績', '31年度目標']);
  j.indicators.forEach((row, i) => {
    put(ws, 11 + i, 1, row);
    for (let c = 4; c <= 8; c++) ws.getCell(11 + i, c).numFmt = j.decimals[i] ? '0.0' : '#,##0';
  });
  box(ws, 10, 1, 10 + j.indicators.length, 8);
  ws.getCell(14, 1).value = '■事業費';
  put(ws, 15, 1, ['区分', undefined, undefined, '28年度', '29年度', '30年度']);
  j.cost.forEach((row, i) => {
    put(ws, 16 + i, 1, [row[0], undefined, undefined, row[1], row[2], row[3]]);
    merge(ws, 16 + i, 1, 16 + i, 3);
    for (let c = 4; c <= 6; c++) ws.getCell(16 + i, c).numFmt = '#,##0';
  });
  box(ws, 15, 1, 15 + j.cost.length, 6);
  ws.getCell(19, 1).value = '成果の状況';
  merge(ws, 19, 2, 19, 8, j.result);
  ws.getCell(20, 1).value = '今後の方向性';
  merge(ws, 20, 2, 20, 8, '継続');
  box(ws, 19, 1, 20, 8);
  wrap(ws, 3, 1, 20, 8);
}

const JIGYO: Jigyo[] = [
  {
    sheet: 'No.12',
    no: 12,
    name: '商店街にぎわいイベント支援事業',
    purpose: '商店街が実施する集客イベントを支援し、中心市街地への来街を促進する。',
    content: '商店街団体が実施するイベント経費の1/2（上限50万円）を補助する。',
    indicators: [
      ['活動指標', '補助したイベント数', '件', 12, 14, 15, 15, 16],
      ['成果指標', 'イベント来場者数', '人', 48200, 51300, 55000, 49870, 56000],
    ],
    cost: [
      ['事業費（千円）', 6000, 6500, 7000],
      ['うち一般財源（千円）', 6000, 6500, 5250],
    ],
    result: '30年度は台風の接近により１イベントが規模を縮小したため、来場者数は目標を下回った。',
    decimals: [false, false],
  },
  {
    sheet: 'No.13',
    no: 13,
    name: '空き店舗対策事業',
    purpose: '中心商店街の空き店舗への出店を促し、空き店舗の解消を図る。',
    content: '空き店舗に出店する事業者に対し、改装費の1/2（上限100万円）及び家賃の1/3（12か月）を補助する。',
    indicators: [
      ['活動指標', '空き店舗等活用補助件数', '件', 5, 7, 6, 4, 6],
      ['成果指標', '補助を受けて出店した店舗の１年後営業継続率', '％', 100.0, 85.7, 90.0, 100.0, 90.0],
    ],
    cost: [
      ['事業費（千円）', 4200, 5900, 3600],
      ['うち一般財源（千円）', 2100, 2950, 1800],
    ],
    result: '補助件数は目標を下回ったが、補助を受けて出店した店舗はすべて営業を継続している。',
    decimals: [false, true],
  },
];

const JIGYO_SHEETS: Holdout2Workbook = {
  name: 'h144-n-jimujigyo-hyoka',
  layout:
    '事務事業評価シート (平成30年度実績), one 事業 per sheet: label-value rows (事務事業名, 事業番号, 事業期間 平成27年度～), 活動指標／成果指標 with 28年度実績 | 29年度実績 | 30年度目標 | 30年度実績 | 31年度目標, a 事業費（千円） table below',
  build(wb) {
    for (const j of JIGYO) jigyoSheet(wb.addWorksheet(j.sheet), j);
  },
  expected: {
    file: 'h144-n-jimujigyo-hyoka.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind('No.12', '補助したイベント数', '件', 15, 15),
      ind('No.12', 'イベント来場者数', '人', 55000, 49870),
      ind('No.13', '空き店舗等活用補助件数', '件', 6, 4),
      ind('No.13', '補助を受けて出店した店舗の１年後営業継続率', '％', 90.0, 100.0),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 商店街活性化プラン: 目標値 per year on one sheet, the year's 実績 on another, joined by No.

const TS = '指標・目標';
const RS = 'R6実績';

const SPLIT: Holdout2Workbook = {
  name: 'h144-n-shotengai-plan-bunri',
  layout:
    '商店街活性化プラン (令和６年度): 成果指標 with 単位, 目指す方向 ↑／↓, 基準値（R4） and 目標値 R5…R8 under a merged heading on one sheet; 「令和６年度 成果指標 実績」 on another sheet with No., 指標名, 実績値, 把握方法, 備考; a 集計中',
  build(wb) {
    const ws = wb.addWorksheet(TS);
    widths(ws, [5, 34, 7, 8, 12, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 9, '西浦市商店街活性化プラン（令和5年度～令和8年度）　成果指標と目標値');
    put(ws, 3, 1, ['No.', '指標名', '単位', '目指す方向', '基準値\n（R4）', '目標値']);
    merge(ws, 3, 6, 3, 9, '目標値');
    for (const c of [1, 2, 3, 4, 5]) merge(ws, 3, c, 4, c);
    put(ws, 4, 6, ['R5', 'R6', 'R7', 'R8']);
    const rows: (string | number)[][] = [
      [1, '商店街の来街者数（休日1日当たり）', '人', '↑', 7650, 8000, 8500, 9000, 9500],
      [2, '商店街の空き店舗数', '店舗', '↓', 26, 24, 22, 20, 18],
      [3, '商店街組織への加入率', '％', '↑', 66.0, 70.0, 72.5, 75.0, 77.5],
      [4, '商店街が実施する共同事業数', '事業', '↑', 9, 10, 12, 13, 14],
      [5, 'ECサイト等に出店する店舗数', '店舗', '↑', 11, 15, 20, 25, 30],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      for (let c = 5; c <= 9; c++) ws.getCell(5 + i, c).numFmt = i === 2 ? '0.0' : '#,##0';
    });
    wrap(ws, 3, 1, 9, 9);
    box(ws, 3, 1, 9, 9);

    const rs = wb.addWorksheet(RS);
    widths(rs, [5, 34, 12, 28, 30]);
    merge(rs, 1, 1, 1, 5, '令和６年度　成果指標　実績');
    put(rs, 3, 1, ['No.', '指標名', '実績値', '把握方法', '備考']);
    const actuals: (string | number | null)[][] = [
      [1, '商店街の来街者数（休日1日当たり）', 8920, '来街者カウント調査（10月）', null],
      [2, '商店街の空き店舗数', 23, '空き店舗実態調査（3月末現在）', null],
      [3, '商店街組織への加入率', 68.4, '商店街連合会調べ', null],
      [4, '商店街が実施する共同事業数', 7, '商工観光課調べ', '物価高騰の影響により２事業が中止'],
      [5, 'ECサイト等に出店する店舗数', '集計中', '事業者アンケート', '令和7年5月集計予定'],
    ];
    actuals.forEach((row, i) => put(rs, 4 + i, 1, row));
    rs.getCell(4, 3).numFmt = '#,##0';
    rs.getCell(6, 3).numFmt = '0.0';
    wrap(rs, 3, 1, 8, 5);
    box(rs, 3, 1, 8, 5);
  },
  expected: {
    file: 'h144-n-shotengai-plan-bunri.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(RS, '商店街の来街者数（休日1日当たり）', '人', 8500, 8920),
      ind(RS, '商店街の空き店舗数', '店舗', 22, 23, { direction: 'down' }),
      ind(RS, '商店街組織への加入率', '％', 72.5, 68.4),
      ind(RS, '商店街が実施する共同事業数', '事業', 12, 7),
      ind(RS, 'ECサイト等に出店する店舗数', '店舗', 20, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [FOLLOWUP, YEARS_ROWS, JIGYO_SHEETS, SPLIT];
