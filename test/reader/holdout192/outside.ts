/** Hold-out 192, shapes outside the four families that a 伝統工芸・地場産業 office really uses. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/* ---------- 1: 伝統工芸館 monthly table, 年間目標 and a 合計 (SUM) column ---------- */

const M_SHEET = '月別実績';

const MONTHLY: [string, string, number, number[], string][] = [
  ['入館者数', '人', 24000, [1620, 2480, 1710, 1890, 2950, 1760, 2230, 2610, 1380, 1050, 1120, 1870], 'GW・お盆に企画展'],
  ['体験教室参加者数', '人', 3600, [240, 310, 220, 280, 420, 250, 300, 330, 180, 140, 160, 250], '絵付け・ろくろ・藍染'],
  ['展示販売額', '千円', 15000, [1040, 1380, 920, 1010, 1690, 980, 1240, 1560, 1480, 610, 690, 1130], '消費税込み'],
  ['製作実演回数', '回', 48, [4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3], '1月～3月は職人の都合により月3回'],
  ['団体見学受入件数', '件', 120, [8, 14, 12, 6, 5, 11, 17, 21, 7, 4, 9, 17], '修学旅行・観光バスツアー'],
];

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet(M_SHEET);
  widths(ws, [20, 6, 10, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 10, 9, 26, 12]);
  merge(ws, 1, 1, 1, 18, '令和５年度　○○市伝統工芸館　月別利用実績及び年間目標の達成状況');
  ws.getCell(2, 18).value = '指定管理者：（一社）○○市伝統産業振興協会';
  put(ws, 3, 1, [
    '項目',
    '単位',
    '年間目標',
    '4月',
    '5月',
    '6月',
    '7月',
    '8月',
    '9月',
    '10月',
    '11月',
    '12月',
    '1月',
    '2月',
    '3月',
    '合計',
    '達成率',
    '備考',
    '前年度合計（作業用）',
  ]);
  wrap(ws, 3, 1, 3, 19);
  const lastYear = [22860, 3310, 13920, 46, 104];
  MONTHLY.forEach(([name, unit, target, months, note], i) => {
    const r = 4 + i;
    put(ws, r, 1, [name, unit, target, ...months]);
    ws.getCell(r, 16).value = { formula: `SUM(D${r}:O${r})`, result: sum(months) };
    ws.getCell(r, 17).value = { formula: `P${r}/C${r}`, result: sum(months) / target };
    ws.getCell(r, 17).numFmt = '0.0%';
    ws.getCell(r, 18).value = note;
    ws.getCell(r, 19).value = lastYear[i];
    for (let c = 3; c <= 16; c++) ws.getCell(r, c).numFmt = '#,##0';
  });
  ws.getColumn(19).hidden = true;
  box(ws, 3, 1, 3 + MONTHLY.length, 18);
  ws.getCell(5 + MONTHLY.length, 1).value = '※12月29日～1月3日は休館。2月は展示替えのため5日間休館。';
}

const MONTHLY_WB: Holdout2Workbook = {
  name: 'h192-kogeikan-getsubetsu',
  layout: 'outside: one row per measure with 年間目標 and twelve month columns (4月…3月), the actual is a SUM 合計 column, a hidden 前年度合計 helper column',
  build: buildMonthly,
  expected: {
    file: 'h192-kogeikan-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map(([name, unit, target, months]) => ind(M_SHEET, name, unit, target, sum(months))),
    groups: [],
  },
};

/* ---------- 2: 進捗管理表, 施策の柱 merged down the rows, written 評価 per 指標 ---------- */

const P_SHEET = '進捗管理表';

function buildProgress(wb: Workbook): void {
  const ws = wb.addWorksheet(P_SHEET);
  widths(ws, [16, 5, 30, 30, 6, 11, 11, 9, 6, 34, 10]);
  merge(ws, 1, 1, 1, 10, '○○市伝統工芸振興プラン　令和５年度 進捗管理表');
  ws.getCell(2, 10).value = '令和6年5月31日 ものづくり推進課作成';
  put(ws, 3, 1, ['施策の柱', 'No.', '主な取組', '指標', '単位', '令和5年度\n目標', '令和5年度\n実績', '達成率', '評価', '課題・今後の対応', '集計キー']);
  wrap(ws, 3, 1, 3, 11);
  const pillars: [string, (string | number)[][]][] = [
    [
      '１　担い手の育成',
      [
        [
          1,
          '後継者育成研修（2年課程）',
          '伝統工芸後継者研修受講者数',
          '人',
          15,
          13,
          13 / 15,
          'B',
          '受講希望者の掘り起こしのため、移住相談窓口と連携する。',
          'P1-01',
        ],
        [2, '工房インターンシップ', '職人体験インターンシップ参加者数', '人', 20, 24, 24 / 20, 'A', '大学・専門学校との連携を継続。', 'P1-02'],
      ],
    ],
    [
      '２　販路の拡大',
      [
        [3, '首都圏百貨店での催事出展', '百貨店催事出展回数', '回', 6, 4, 4 / 6, 'B', '出展枠の確保が難しく、催事の共同開催を検討。', 'P2-01'],
        [4, 'ふるさと納税返礼品への登録推進', 'ふるさと納税返礼品（伝統工芸品）寄附件数', '件', 1500, 1642, 1642 / 1500, 'A', '', 'P2-02'],
      ],
    ],
    [
      '３　技と魅力の発信',
      [
        [5, 'SNS・動画による情報発信', '伝統工芸PR動画再生回数', '回', 50000, 28400, 28400 / 50000, 'C', '公開本数が計画の半数にとどまった。', 'P3-01'],
        [6, '「工芸の日」イベント開催', '工芸の日イベント来場者数', '人', 2000, 1850, 1850 / 2000, 'B', '雨天により屋外会場を縮小。', 'P3-02'],
      ],
    ],
  ];
  let r = 4;
  for (const [pillar, rows] of pillars) {
    merge(ws, r, 1, r + rows.length - 1, 1, pillar);
    rows.forEach((row, i) => {
      put(ws, r + i, 2, row);
      ws.getCell(r + i, 8).numFmt = '0.0%';
      wrap(ws, r + i, 3, r + i, 10);
    });
    box(ws, r, 1, r + rows.length - 1, 10);
    r += rows.length + 1; // a blank row between the 柱
  }
  ws.getColumn(11).hidden = true;
  box(ws, 3, 1, 3, 10);
  ws.getCell(r, 1).value = '【評価】A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満';
  ws.getCell(r + 1, 1).value = '※達成率＝実績÷目標';
}

const PROGRESS_WB: Holdout2Workbook = {
  name: 'h192-shinko-plan-shinchoku',
  layout:
    'outside: 進捗管理表 with 施策の柱 merged down its rows and a blank row between 柱, 主な取組 and 指標 in separate columns, written 評価, hidden 集計キー column',
  build: buildProgress,
  expected: {
    file: 'h192-shinko-plan-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, '伝統工芸後継者研修受講者数', '人', 15, 13, { existing: 'B' }),
      ind(P_SHEET, '職人体験インターンシップ参加者数', '人', 20, 24, { existing: 'A' }),
      ind(P_SHEET, '百貨店催事出展回数', '回', 6, 4, { existing: 'B' }),
      ind(P_SHEET, 'ふるさと納税返礼品（伝統工芸品）寄附件数', '件', 1500, 1642, { existing: 'A' }),
      ind(P_SHEET, '伝統工芸PR動画再生回数', '回', 50000, 28400, { existing: 'C' }),
      ind(P_SHEET, '工芸の日イベント来場者数', '人', 2000, 1850, { existing: 'B' }),
    ],
    groups: [],
  },
};

/* ---------- 3: years as rows, indicators across in 目標/実績 pairs, units in the headings ---------- */

const Y_SHEET = '主要指標の推移';

function buildYears(wb: Workbook): void {
  const ws = wb.addWorksheet(Y_SHEET);
  widths(ws, [14, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  merge(ws, 1, 1, 1, 11, '○○焼産地振興ビジョン　主要指標の推移');
  ws.getCell(2, 1).value = '評価対象年度：令和４年度（令和5年8月 産地振興協議会資料）';
  merge(ws, 4, 1, 5, 1, '年度');
  merge(ws, 4, 2, 4, 3, '陶磁器生産額（億円）');
  merge(ws, 4, 4, 4, 5, '伝統工芸士認定者数（人）');
  merge(ws, 4, 6, 4, 7, '展示会出展事業者数（社）');
  merge(ws, 4, 8, 4, 9, '窯元廃業件数（件）\n※少ないほど良い');
  merge(ws, 4, 10, 4, 11, '陶土の域内調達率（％）');
  put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
  const rows: (string | number | null)[][] = [
    ['令和元年度', '－', 40.8, '－', 24, '－', 31, '－', 7, '－', 58.0],
    ['令和2年度', 40.0, 33.2, 25, 25, 32, 12, 6, 8, 60.0, 55.4],
    ['令和3年度', 41.0, 36.9, 26, 27, 33, 19, 5, 5, 65.0, 54.1],
    ['令和4年度', 42.0, 38.6, 28, 28, 35, 22, 4, 6, 70.0, 52.5],
    ['令和5年度', 43.0, null, 30, null, 37, null, 4, null, 75.0, null],
    ['令和6年度', 44.0, null, 31, null, 39, null, 3, null, 80.0, null],
    ['令和7年度', 45.0, null, 32, null, 40, null, 3, null, 80.0, null],
  ];
  rows.forEach((row, i) => put(ws, 6 + i, 1, row));
  wrap(ws, 4, 1, 5, 11);
  box(ws, 4, 1, 5 + rows.length, 11);
  ws.getCell(7 + rows.length, 1).value = '※令和元年度は基準年（ビジョン策定時）。令和2年度はコロナ禍により展示会の多くが中止。';
  ws.getCell(8 + rows.length, 1).value = '※陶土の域内調達率は窯業組合の原料購入調査による。';
}

const YEARS_WB: Holdout2Workbook = {
  name: 'h192-touki-sanchi-suii',
  layout:
    'outside: fiscal years as rows (令和元年度…令和7年度), indicators across as 目標/実績 pairs under merged headings with the unit in brackets, one ↓ indicator marked in its heading, evaluated year stated above',
  build: buildYears,
  expected: {
    file: 'h192-touki-sanchi-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(Y_SHEET, '陶磁器生産額', '億円', 42, 38.6),
      ind(Y_SHEET, '伝統工芸士認定者数', '人', 28, 28),
      ind(Y_SHEET, '展示会出展事業者数', '社', 35, 22),
      ind(Y_SHEET, '窯元廃業件数', '件', 4, 6, { direction: 'down' }),
      ind(Y_SHEET, '陶土の域内調達率', '％', 70, 52.5),
    ],
    groups: [],
  },
};

/* ---------- 4: 事務事業評価シート, one form per sheet, 活動指標 and 成果指標 ---------- */

interface Form {
  sheet: string;
  jigyo: string;
  purpose: string;
  rows: [string, string, string, number, number, number][]; // 区分, 指標名, 単位, R5実績, R6目標, R6実績
  direction: string;
}

const FORMS: Form[] = [
  {
    sheet: '事業01',
    jigyo: '伝統工芸品販路開拓支援事業',
    purpose: '首都圏・海外の商談会への出展を支援し、伝統工芸品の新たな取引先を開拓する。',
    rows: [
      ['活動指標', '商談会出展支援事業者数', '社', 10, 12, 12],
      ['成果指標', '新規取引成立件数', '件', 24, 30, 21],
    ],
    direction: '継続',
  },
  {
    sheet: '事業02',
    jigyo: '伝統工芸後継者育成事業',
    purpose: '工房での実技研修により後継者を育成し、産地の担い手を確保する。',
    rows: [
      ['活動指標', '研修実施日数', '日', 118, 120, 116],
      ['成果指標', '研修修了後の市内就業者数', '人', 3, 4, 2],
    ],
    direction: '見直し',
  },
  {
    sheet: '事業03',
    jigyo: 'ものづくり企業技術高度化支援事業',
    purpose: '工業技術センターと連携した技術相談・新製品開発補助により、地場企業の技術力向上を図る。',
    rows: [
      ['活動指標', '技術相談件数', '件', 221, 200, 238],
      ['成果指標', '補助金を活用した新製品開発件数', '件', 3, 5, 4],
    ],
    direction: '拡充',
  },
];

function buildForms(wb: Workbook): void {
  for (const f of FORMS) {
    const ws = wb.addWorksheet(f.sheet);
    widths(ws, [12, 30, 7, 12, 12, 12, 10]);
    merge(ws, 1, 1, 1, 7, '令和６年度　事務事業評価シート（令和６年度実施分）');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 7, f.jigyo);
    put(ws, 4, 1, ['所管課']);
    merge(ws, 4, 2, 4, 7, '産業振興部 ものづくり推進課');
    put(ws, 5, 1, ['事業目的']);
    merge(ws, 5, 2, 5, 7, f.purpose);
    ws.getRow(5).height = 30;
    put(ws, 7, 1, ['区分', '指標名', '単位', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '達成率']);
    wrap(ws, 7, 1, 7, 7);
    f.rows.forEach((row, i) => {
      put(ws, 8 + i, 1, row);
      ws.getCell(8 + i, 7).value = { formula: `F${8 + i}/E${8 + i}`, result: row[5] / row[4] };
      ws.getCell(8 + i, 7).numFmt = '0%';
    });
    box(ws, 3, 1, 5, 7);
    box(ws, 7, 1, 7 + f.rows.length, 7);
    put(ws, 11, 1, ['今後の方向性']);
    merge(ws, 11, 2, 11, 7, f.direction);
    put(ws, 12, 1, ['評価所見']);
    merge(ws, 12, 2, 13, 7, '活動指標は概ね計画どおり実施。成果指標については次年度以降も推移を注視する。');
    box(ws, 11, 1, 13, 7);
  }
}

const FORMS_WB: Holdout2Workbook = {
  name: 'h192-jimujigyo-hyoka-forms',
  layout: 'outside: one 事務事業評価シート per sheet (three sheets), label/value header then a 区分 × (前年度実績, 目標, 実績) table of 活動指標 and 成果指標',
  build: buildForms,
  expected: {
    file: 'h192-jimujigyo-hyoka-forms.xlsx',
    fiscalYear: 2024,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, , target, actual]) => ind(f.sheet, name, unit, target, actual))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [MONTHLY_WB, PROGRESS_WB, YEARS_WB, FORMS_WB];
