/**
 * Hold-out 132, shapes outside the four families that 戸籍・住民票・マイナンバーカード・窓口サービス offices use: a 月別交付状況
 * with a 年度計 feeding a 目標と実績 sheet by formulas, a 推移 table with years as rows and 目標／実績 pairs (unit in the
 * heading, a 減少 note under the table), 事務事業評価シート one 事業 per sheet written as label／value cells in full-width digits,
 * and a 四半期別 進捗管理表 whose 年度計 column is the year's figure.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------- monthly
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const APPLIED = [620, 580, 710, 690, 820, 1050, 1240, 1180, 1320, 980, 905, 940];
const ISSUED = [410, 450, 520, 560, 600, 640, 720, 800, 860, 930, 1004, 720];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const O1_TARGET = '目標と実績';

const monthlyIssuance: Holdout2Workbook = {
  name: 'h132-o-monthly-issuance',
  layout: '令和２年度 マイナンバーカード月別交付状況 (4月…3月, 年度計 by SUM) and a 目標と実績 sheet taking the 年度計 by formulas, 達成率 as %',
  build(wb) {
    const ws = wb.addWorksheet('月別交付状況');
    widths(ws, [10, 16, 16, 30]);
    merge(ws, 1, 1, 1, 4, '令和２年度　マイナンバーカード申請・交付状況（月別）');
    put(ws, 3, 1, ['月', '申請受付件数\n（件）', '交付枚数\n（枚）', '備考']);
    MONTHS.forEach((m, i) => put(ws, 4 + i, 1, [m, APPLIED[i], ISSUED[i]]));
    ws.getCell(9, 4).value = '9月から休日交付窓口を開設';
    ws.getCell(14, 4).value = '2月：マイナポイント申込期限延長';
    put(ws, 16, 1, ['年度計']);
    ws.getCell(16, 2).value = { formula: 'SUM(B4:B15)', result: sum(APPLIED) };
    ws.getCell(16, 3).value = { formula: 'SUM(C4:C15)', result: sum(ISSUED) };
    for (let r = 4; r <= 16; r++) for (const c of [2, 3]) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 16, 4);
    wrap(ws, 3, 1, 3, 4);

    const t = wb.addWorksheet(O1_TARGET);
    widths(t, [34, 8, 16, 16, 10, 30]);
    merge(t, 1, 1, 1, 6, '令和２年度　マイナンバーカード普及促進の目標と実績');
    put(t, 3, 1, ['指標', '単位', '目標\n（令和２年度）', '実績\n（令和２年度）', '達成率', '備考']);
    put(t, 4, 1, ['マイナンバーカード申請受付件数', '件', 10000]);
    t.getCell(4, 4).value = { formula: "'月別交付状況'!B16", result: sum(APPLIED) };
    t.getCell(4, 5).value = { formula: 'D4/C4', result: sum(APPLIED) / 10000 };
    put(t, 5, 1, ['マイナンバーカード交付枚数', '枚', 9000]);
    t.getCell(5, 4).value = { formula: "'月別交付状況'!C16", result: sum(ISSUED) };
    t.getCell(5, 5).value = { formula: 'D5/C5', result: sum(ISSUED) / 9000 };
    t.getCell(5, 6).value = '交付前のカード 1,206枚（令和3年3月末）';
    for (const r of [4, 5]) {
      t.getCell(r, 3).numFmt = '#,##0';
      t.getCell(r, 4).numFmt = '#,##0';
      t.getCell(r, 5).numFmt = '0.0%';
    }
    box(t, 3, 1, 5, 6);
    wrap(t, 3, 1, 3, 6);
  },
  expected: {
    file: 'h132-o-monthly-issuance.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O1_TARGET, 'マイナンバーカード申請受付件数', '件', 10000, sum(APPLIED)),
      ind(O1_TARGET, 'マイナンバーカード交付枚数', '枚', 9000, sum(ISSUED)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- years as rows
const O2_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h132-o-years-as-rows',
  layout:
    '証明書交付・窓口の推移: years as rows 令和元年度…令和５年度, 目標／実績 pairs under merged headings with the unit, 評価対象年度 令和３年度, later targets only',
  build(wb) {
    const ws = wb.addWorksheet(O2_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 12, 12, 24]);
    merge(ws, 1, 1, 1, 8, '証明書交付・窓口サービスの推移（評価対象年度：令和３年度）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, 'コンビニ交付件数（件）');
    merge(ws, 3, 4, 3, 5, '窓口平均待ち時間（分）');
    merge(ws, 3, 6, 3, 7, 'マイナンバーカード交付率（％）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['令和元年度', '－', 6120, '－', 28, '－', 15.2, '基準年度'],
      ['令和２年度', 12000, 12480, 22, 25, 20.0, 19.8],
      ['令和３年度', 18000, 19540, 20, 23, 45.0, 41.2],
      ['令和４年度', 24000, undefined, 18, undefined, 60.0, undefined],
      ['令和５年度', 28000, undefined, 15, undefined, 75.0, undefined],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 9; r++) {
      ws.getCell(r, 2).numFmt = '#,##0';
      ws.getCell(r, 3).numFmt = '#,##0';
      ws.getCell(r, 6).numFmt = '0.0';
      ws.getCell(r, 7).numFmt = '0.0';
    }
    box(ws, 3, 1, 9, 8);
    put(ws, 11, 1, ['※窓口平均待ち時間は短縮（減少）を目指す指標です。']);
  },
  expected: {
    file: 'h132-o-years-as-rows.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(O2_SHEET, 'コンビニ交付件数', '件', 18000, 19540),
      ind(O2_SHEET, '窓口平均待ち時間', '分', 20, 23, { direction: 'down' }),
      ind(O2_SHEET, 'マイナンバーカード交付率', '％', 45, 41.2),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- one 事業 per sheet
type Jigyo = {
  sheet: string;
  name: string;
  dept: string;
  outline: string;
  indicator: string;
  unit: string;
  dir: string;
  lastYear: string;
  target: string;
  actual: string;
  self: string;
};

const JIGYO: Jigyo[] = [
  {
    sheet: '事業01',
    name: '住民票等郵送請求処理事務',
    dept: '市民課',
    outline: '遠方に住む市民等からの住民票の写し・戸籍証明書の郵送請求を処理する。',
    indicator: '郵送請求の平均処理日数',
    unit: '日',
    dir: '下げる（短縮）',
    lastYear: '４．８',
    target: '３．０',
    actual: '４．２',
    self: 'Ｂ',
  },
  {
    sheet: '事業02',
    name: '総合窓口案内（フロアマネージャー）事業',
    dept: '市民課',
    outline: '本庁舎１階にフロアマネージャーを配置し、来庁者を適切な窓口へ案内する。',
    indicator: 'フロア案内対応件数',
    unit: '件',
    dir: '上げる',
    lastYear: '１１，８４０',
    target: '１２，０００',
    actual: '１２，９６０',
    self: 'Ａ',
  },
];

const perSheet: Holdout2Workbook = {
  name: 'h132-o-jimujigyo-sheets',
  layout: '事務事業評価シート (評価対象年度：令和６年度), one 事業 per sheet as label／value cells, full-width digits, 指標の方向 下げる, last year beside',
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [2, 22, 14, 14, 14, 14]);
      merge(ws, 1, 2, 1, 6, '事務事業評価シート（評価対象年度：令和６年度）');
      const rows: [string, string][] = [
        ['事業名', j.name],
        ['担当課', j.dept],
        ['事業概要', j.outline],
        ['成果指標名', j.indicator],
        ['単位', j.unit],
        ['指標の方向', j.dir],
        ['実績値（令和５年度）', j.lastYear],
        ['目標値（令和６年度）', j.target],
        ['実績値（令和６年度）', j.actual],
        ['自己評価（Ａ～Ｄ）', j.self],
        ['今後の方向性', '継続'],
      ];
      rows.forEach(([label, value], i) => {
        put(ws, 3 + i, 2, [label]);
        merge(ws, 3 + i, 3, 3 + i, 6, value);
      });
      box(ws, 3, 2, 3 + rows.length - 1, 6);
    }
  },
  expected: {
    file: 'h132-o-jimujigyo-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('事業01', '郵送請求の平均処理日数', '日', 3, 4.2, { direction: 'down', existing: 'B' }),
      ind('事業02', 'フロア案内対応件数', '件', 12000, 12960, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- quarterly
const O4_SHEET = '四半期進捗';

const quarterly: Holdout2Workbook = {
  name: 'h132-o-quarterly-progress',
  layout: '令和元年度 休日開庁・窓口予約 進捗管理表: 目標／実績／達成率 rows per indicator over 第1…第4四半期 and a 年度計 column',
  build(wb) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [26, 7, 9, 11, 11, 11, 11, 11, 30]);
    merge(ws, 1, 1, 1, 9, '令和元年度　休日開庁・窓口予約　進捗管理表（四半期別）');
    put(ws, 3, 1, [
      '指標',
      '単位',
      '区分',
      '第1四半期\n（4～6月）',
      '第2四半期\n（7～9月）',
      '第3四半期\n（10～12月）',
      '第4四半期\n（1～3月）',
      '年度計',
      '備考',
    ]);
    const data: [string, string, number[], number[], string][] = [
      ['休日開庁日の来庁者数', '人', [300, 300, 300, 300], [280, 310, 295, 250], ''],
      ['窓口予約受付件数', '件', [100, 100, 100, 100], [90, 110, 120, 132], '電話・Web予約の合計'],
      ['休日開庁日数', '日', [6, 6, 6, 6], [6, 6, 6, 4], '第4四半期は感染症拡大防止のため2日休止'],
    ];
    data.forEach(([name, unit, tg, ac, note], i) => {
      const r = 4 + 3 * i;
      merge(ws, r, 1, r + 2, 1, name);
      merge(ws, r, 2, r + 2, 2, unit);
      put(ws, r, 3, ['目標', ...tg, sum(tg)]);
      put(ws, r + 1, 3, ['実績', ...ac, sum(ac)]);
      put(ws, r + 2, 3, ['達成率', ...ac.map((a, k) => a / tg[k]), sum(ac) / sum(tg)]);
      for (let c = 4; c <= 8; c++) ws.getCell(r + 2, c).numFmt = '0.0%';
      merge(ws, r, 9, r + 2, 9, note);
    });
    box(ws, 3, 1, 12, 9);
    wrap(ws, 3, 1, 3, 9);
  },
  expected: {
    file: 'h132-o-quarterly-progress.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(O4_SHEET, '休日開庁日の来庁者数', '人', 1200, 1135),
      ind(O4_SHEET, '窓口予約受付件数', '件', 400, 452),
      ind(O4_SHEET, '休日開庁日数', '日', 24, 22),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthlyIssuance, yearsAsRows, perSheet, quarterly];
