/**
 * Hold-out set 100, four workbooks outside the families: a 事務事業編 実施状況 with the years as rows (2013年度（基準年度）…
 * 2023年度, then a 2023年度目標 row and a 2030年度目標 row) and the units in the headings, beside a 施設別 reference sheet with no
 * targets; an 環境調査 achievement table on two sheets graded by the city's own scale (B ≥ 90 %, C ≥ 70 %); 再エネ 取組個票 as
 * label｜value cards two across; an 環境マネジメントシステム result table with 令和4年度 and 令和5年度 side by side (目標｜実績
 * and 前年度比 with ▲).
 */
import type { Worksheet } from 'exceljs';
import { put, ind, type Holdout2Workbook } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

function border(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++)
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
}

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業編: years as rows

const J_SHEET = '排出量等の推移';

const jimuJigyo: Holdout2Workbook = {
  name: 'h100-jimujigyo-years',
  layout:
    '事務事業編 実施状況: years as rows 2013年度（基準年度）〜2023年度, 2023年度目標 and 2030年度目標 rows, units in headings, 削減率 (up) among amounts (down), a 施設別 sheet with no targets',
  build(wb) {
    const ws = wb.addWorksheet(J_SHEET);
    ws.columns = [20, 16, 14, 14, 14, 14, 14].map((width) => ({ width }));
    put(ws, 1, 1, ['地球温暖化対策実行計画（事務事業編）令和５年度 実施状況']);
    ws.mergeCells('A1:G1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 2, 1, ['対象：市の全ての事務・事業（指定管理施設を含む）']);
    put(ws, 4, 1, [
      '年度',
      '温室効果ガス\n総排出量\n（t-CO2）',
      '削減率\n（2013年度比）\n（％）',
      '電気使用量\n（千kWh）',
      '都市ガス使用量\n（千㎥）',
      '公用車燃料使用量\n（kL）',
      'コピー用紙購入量\n（千枚）',
    ]);
    const rows: (string | number)[][] = [
      ['2013年度（基準年度）', 31350, '－', 45200, 1420, 198.0, 12800],
      ['2019年度', 25400, 19.0, 41100, 1310, 176.4, 11620],
      ['2020年度', 24120, 23.1, 39870, 1255, 160.2, 10980],
      ['2021年度', 23560, 24.8, 39010, 1290, 165.3, 10700],
      ['2022年度', 22980, 26.7, 38450, 1236, 161.9, 10520],
      ['2023年度', 22450, 28.4, 37920, 1198, 158.6, 10340],
      ['2023年度目標', 21800, 30.5, 38500, 1200, 152.0, 9500],
      ['2030年度目標', 15680, 50.0, 33000, 980, 120.0, 8000],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (let c = 2; c <= 7; c++) ws.getCell(5 + i, c).numFmt = c === 3 || c === 6 ? '0.0' : '#,##0';
    });
    for (let c = 1; c <= 7; c++) ws.getCell(4, c).alignment = { ...wrap, horizontal: 'center' };
    border(ws, 4, 1, 4 + rows.length, 7);
    put(ws, 6 + rows.length, 1, ['※削減率以外の項目は、いずれも削減（減少）を目指すもの。']);
    put(ws, 7 + rows.length, 1, ['※電気の排出係数は基準年度の値で固定して算定している。']);

    const fac = wb.addWorksheet('参考_施設別');
    fac.columns = [24, 16, 16, 12].map((width) => ({ width }));
    put(fac, 1, 1, ['（参考）主な施設の温室効果ガス排出量']);
    put(fac, 3, 1, ['施設名', '2022年度\n（t-CO2）', '2023年度\n（t-CO2）', '増減率']);
    [
      ['本庁舎', 2140, 2015, '▲5.8%'],
      ['クリーンセンター', 6820, 6710, '▲1.6%'],
      ['浄水場', 3950, 3880, '▲1.8%'],
      ['総合体育館', 1210, 1248, '3.1%'],
      ['小中学校（計）', 3380, 3290, '▲2.7%'],
    ].forEach((r, i) => put(fac, 4 + i, 1, r));
    border(fac, 3, 1, 8, 4);
  },
  expected: {
    file: 'h100-jimujigyo-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(J_SHEET, '温室効果ガス総排出量', 't-CO2', 21800, 22450, { direction: 'down' }),
      ind(J_SHEET, '削減率（2013年度比）', '％', 30.5, 28.4),
      ind(J_SHEET, '電気使用量', '千kWh', 38500, 37920, { direction: 'down' }),
      ind(J_SHEET, '都市ガス使用量', '千㎥', 1200, 1198, { direction: 'down' }),
      ind(J_SHEET, '公用車燃料使用量', 'kL', 152, 158.6, { direction: 'down' }),
      ind(J_SHEET, 'コピー用紙購入量', '千枚', 9500, 10340, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 環境調査: the city's own scale

/** The sheet's scale: A 目標達成, B 達成率 90 % 以上, C 70 % 以上, D below. */
function ownGrade(target: number, actual: number, direction: Direction): string {
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D';
}

function own(sheet: string, name: string, unit: string, target: number, actual: number, existing: string, direction: Direction = 'up'): ExpectedIndicator {
  return { ...ind(sheet, name, unit, target, actual, { direction, existing }), grade: ownGrade(target, actual, direction) };
}

const CHOSA_ROWS: Record<string, [string, string, number | string, number, number, string, string][]> = {
  '大気・騒音': [
    ['二酸化窒素の環境基準適合率', '%', 100, 100, 100, 'A', '一般局3局・自排局1局'],
    ['光化学オキシダント注意報の発令日数', '日', 1, 0, 2, 'D', '減少を目指す指標'],
    ['自動車騒音の環境基準達成率', '%', 94.8, 95.0, 96.4, 'A', '面的評価（幹線道路沿道）'],
    ['公害苦情の受付件数', '件', 131, 120, 138, 'C', '減少を目指す指標。野焼きに関する苦情が増加'],
  ],
  水質: [
    ['河川水質（BOD）の環境基準適合率', '%', 83.3, 100, 91.7, 'B', '12地点中11地点で適合'],
    ['地下水質の環境基準適合率', '%', 90.0, 100, 85.0, 'B', '20井戸中17井戸で適合（硝酸性窒素）'],
    ['ダイオキシン類の環境基準適合率', '%', 100, 100, 100, 'A', ''],
    ['生活排水処理率', '%', 88.6, 92.0, 90.4, 'B', '下水道・合併処理浄化槽等'],
  ],
};

const kankyoChosa: Holdout2Workbook = {
  name: 'h100-kankyo-chosa',
  layout:
    "環境調査 指標の達成状況 on two sheets: 現状値（R3）｜R5目標｜R5実績｜評価, the city's own scale (A 目標達成, B ≥ 90 %, C ≥ 70 %, D below), 目標 0 日 down, direction in 備考",
  build(wb) {
    for (const [sheet, rows] of Object.entries(CHOSA_ROWS)) {
      const ws = wb.addWorksheet(sheet);
      ws.columns = [34, 7, 12, 11, 11, 7, 36].map((width) => ({ width }));
      put(ws, 1, 1, ['環境基本計画　基本目標３　安全・安心な生活環境の保全　指標の達成状況（令和５年度）']);
      ws.mergeCells('A1:G1');
      ws.getCell('A1').font = { bold: true };
      put(ws, 2, 1, [`【${sheet}】`]);
      put(ws, 3, 1, ['指標', '単位', '現状値\n（R3）', 'R5目標', 'R5実績', '評価', '備考']);
      for (let c = 1; c <= 7; c++) ws.getCell(3, c).alignment = { ...wrap, horizontal: 'center' };
      rows.forEach((r, i) => put(ws, 4 + i, 1, r));
      border(ws, 3, 1, 3 + rows.length, 7);
      put(ws, 5 + rows.length, 1, ['評価基準　A：目標達成　B：達成率90％以上　C：達成率70％以上90％未満　D：達成率70％未満']);
      put(ws, 6 + rows.length, 1, ['※達成率＝実績値÷目標値×100（減少を目指す指標は目標値÷実績値×100）']);
    }
  },
  expected: {
    file: 'h100-kankyo-chosa.xlsx',
    fiscalYear: 2023,
    indicators: [
      own('大気・騒音', '二酸化窒素の環境基準適合率', '%', 100, 100, 'A'),
      own('大気・騒音', '光化学オキシダント注意報の発令日数', '日', 0, 2, 'D', 'down'),
      own('大気・騒音', '自動車騒音の環境基準達成率', '%', 95.0, 96.4, 'A'),
      own('大気・騒音', '公害苦情の受付件数', '件', 120, 138, 'C', 'down'),
      own('水質', '河川水質（BOD）の環境基準適合率', '%', 100, 91.7, 'B'),
      own('水質', '地下水質の環境基準適合率', '%', 100, 85.0, 'B'),
      own('水質', 'ダイオキシン類の環境基準適合率', '%', 100, 100, 'A'),
      own('水質', '生活排水処理率', '%', 92.0, 90.4, 'B'),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 再エネ 取組個票: label｜value cards

interface Card {
  title: string;
  name: string;
  unit: string;
  base: number;
  final: number;
  target: number;
  actual: number;
  existing: string;
  text: string;
}

const CARDS: Card[] = [
  {
    title: '公共施設への太陽光発電設備の導入',
    name: '公共施設の太陽光発電設備容量',
    unit: 'kW',
    base: 620,
    final: 1500,
    target: 1100,
    actual: 1185,
    existing: 'A',
    text: '小中学校3校の屋根に設置（PPA方式）',
  },
  {
    title: '市有施設の再エネ電力への切替',
    name: '市有施設の再エネ電力調達率',
    unit: '%',
    base: 12.0,
    final: 60.0,
    target: 40.0,
    actual: 32.5,
    existing: 'B',
    text: '入札不調により一部施設の切替が翌年度に延期',
  },
  {
    title: '木質バイオマスの利用促進',
    name: '木質バイオマス燃料の利用量',
    unit: 't',
    base: 300,
    final: 1200,
    target: 800,
    actual: 455,
    existing: 'C',
    text: '温浴施設のボイラー更新が遅れ、チップ利用が伸びなかった',
  },
  {
    title: '小水力発電の活用',
    name: '小水力発電所の年間発電量',
    unit: 'MWh',
    base: 180,
    final: 240,
    target: 210,
    actual: 198.4,
    existing: 'B',
    text: '渇水期の取水制限あり',
  },
  {
    title: '道路照明のLED化',
    name: '道路照明のLED化率',
    unit: '%',
    base: 35.0,
    final: 100,
    target: 70.0,
    actual: 74.2,
    existing: 'A',
    text: 'リース方式で一括更新を前倒し',
  },
  {
    title: '地域新電力の普及',
    name: '地域新電力の電力供給契約件数',
    unit: '件',
    base: 0,
    final: 600,
    target: 300,
    actual: 180,
    existing: 'C',
    text: '高圧需要家への営業を強化する',
  },
];

const CARD_SHEET = '個票';

const saieneCards: Holdout2Workbook = {
  name: 'h100-saiene-cards',
  layout:
    '再エネ 取組個票: label｜value cards two across (取組No., 指標名, 単位, 基準値（令和2年度）, 目標値（令和7年度）, 令和5年度目標, 令和5年度実績, 自己評価), legend below',
  build(wb) {
    const ws = wb.addWorksheet(CARD_SHEET);
    ws.columns = [18, 30, 3, 18, 30].map((width) => ({ width }));
    put(ws, 1, 1, ['再生可能エネルギー導入推進プラン　令和５年度 取組個票']);
    ws.mergeCells('A1:E1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    CARDS.forEach((k, i) => {
      const r = 3 + Math.floor(i / 2) * 11;
      const c = i % 2 ? 4 : 1;
      const labels: [string, string | number][] = [
        [`取組No.${i + 1}`, k.title],
        ['指標名', k.name],
        ['単位', k.unit],
        ['基準値（令和2年度）', k.base],
        ['目標値（令和7年度）', k.final],
        ['令和5年度目標', k.target],
        ['令和5年度実績', k.actual],
        ['自己評価', k.existing],
        ['取組状況', k.text],
      ];
      labels.forEach(([l, v], j) => {
        put(ws, r + j, c, [l, v]);
        ws.getCell(r + j, c + 1).alignment = { ...wrap, horizontal: 'left' };
      });
      ws.getCell(r, c).font = { bold: true };
      ws.getCell(r, c + 1).font = { bold: true };
      border(ws, r, c, r + labels.length - 1, c + 1);
    });
    put(ws, 3 + 3 * 11, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れ　D：遅れ']);
  },
  expected: {
    file: 'h100-saiene-cards.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map((k) => ind(CARD_SHEET, k.name, k.unit, k.target, k.actual, { existing: k.existing })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 環境マネジメントシステム: two years side by side

const E_SHEET = '取組結果';

const E_ROWS: [string, string, number, number, number, number, string, string][] = [
  ['電気使用量', '千kWh', 39000, 38450, 38500, 37920, '▲1.4%', ''],
  ['都市ガス使用量', '千㎥', 1250, 1236, 1200, 1198, '▲3.1%', ''],
  ['A重油使用量', 'kL', 85, 88.2, 80, 91.5, '3.7%', '寒波によりボイラー稼働増'],
  ['ガソリン使用量（公用車）', 'kL', 118, 121.4, 112, 118.9, '▲2.1%', ''],
  ['軽油使用量（公用車）', 'kL', 42, 40.5, 40, 39.7, '▲2.0%', ''],
  ['水道使用量', '千㎥', 310, 322, 300, 335, '4.0%', '漏水修繕の遅れ'],
  ['庁舎可燃ごみ排出量', 't', 150, 161, 145, 198.2, '23.1%', '書庫整理による一時的な増'],
  ['コピー用紙使用量', '千枚', 10000, 10520, 9500, 10340, '▲1.7%', ''],
  ['グリーン購入率', '%', 95.0, 93.8, 100, 96.1, '2.3ポイント', '増加を目指す項目'],
];

const emsSideBySide: Holdout2Workbook = {
  name: 'h100-ems-two-years',
  layout:
    '環境マネジメントシステム 取組結果: 令和4年度（目標｜実績）and 令和5年度（目標｜実績｜前年度比 ▲）side by side under two heading rows, all down but グリーン購入率',
  build(wb) {
    const ws = wb.addWorksheet(E_SHEET);
    ws.columns = [26, 9, 11, 11, 11, 11, 11, 28].map((width) => ({ width }));
    put(ws, 1, 1, ['環境マネジメントシステム　令和５年度 取組結果（全庁）']);
    ws.mergeCells('A1:H1');
    ws.getCell('A1').font = { bold: true, size: 13 };
    put(ws, 2, 1, ['※グリーン購入率を除き、使用量・排出量の削減を目標とする。']);
    ws.mergeCells('A2:H2');
    put(ws, 3, 1, ['項目', '単位', '令和4年度', undefined, '令和5年度', undefined, undefined, '備考']);
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '前年度比']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:D3');
    ws.mergeCells('E3:G3');
    ws.mergeCells('H3:H4');
    E_ROWS.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (const c of [3, 4, 5, 6]) ws.getCell(5 + i, c).numFmt = '#,##0.0##';
    });
    border(ws, 3, 1, 4 + E_ROWS.length, 8);
    put(ws, 6 + E_ROWS.length, 1, ['※前年度比は令和4年度実績に対する増減（▲は減少）。']);
  },
  expected: {
    file: 'h100-ems-two-years.xlsx',
    fiscalYear: 2023,
    indicators: E_ROWS.map(([name, unit, , , target, actual]) =>
      ind(E_SHEET, name, unit, target, actual, { direction: name === 'グリーン購入率' ? 'up' : 'down' }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [jimuJigyo, kankyoChosa, saieneCards, emsSideBySide];
