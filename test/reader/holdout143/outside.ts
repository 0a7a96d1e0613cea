/**
 * Hold-out 143, four shapes outside the families that 契約検査課・管財課・会計課 use: a 電子入札・電子契約 推進状況 with years
 * as rows and 目標／実績 pairs under merged headings (no evaluation year written anywhere), 事務事業評価シート one 事業 per sheet
 * (平成29年度実施事業, full-width digits), a 会計課 月別取扱状況 of コンビニ収納・スマートフォン決済 with a 年度計 and 達成率 by
 * formulas beside a 参考 column of last year, and a 市有地売払実績 list of sales in 円 above a 目標の達成状況 box.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// Years as rows, 目標／実績 pairs; the period is not written: the latest year with actuals (令和4年度) is a guess.

const NENJI_SHEET = '推移';

const denshiNyusatsuNenji: Holdout2Workbook = {
  name: 'h143-n-denshi-nyusatsu-nenji',
  layout:
    '年度別 推進状況: years as rows 平成30年度…令和5年度, 目標／実績 pairs under merged 指標（単位） headings, 「－」 before a measure began, 令和5年度 targets only; no evaluation year written',
  build(wb) {
    const ws = wb.addWorksheet(NENJI_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 10, 10, 30]);
    put(ws, 1, 1, ['電子入札・電子契約等の推進状況（年度別）']);
    put(ws, 2, 7, ['総務部 契約検査課']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '電子入札率（％）');
    merge(ws, 3, 4, 3, 5, '電子契約締結件数（件）');
    merge(ws, 3, 6, 3, 7, '入札参加資格の電子申請率（％）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', 60.0, 58.2, '－', '－', '－', '－', undefined],
      ['令和元年度', 65.0, 66.1, '－', '－', '－', '－', undefined],
      ['令和2年度', 70.0, 72.5, '－', '－', 30.0, 28.4, '電子申請受付開始（令和3・4年度資格）'],
      ['令和3年度', 78.0, 77.9, 100, 118, 45.0, 36.0, '電子契約は令和3年10月から運用開始'],
      ['令和4年度', 85.0, 83.2, 300, 312, 60.0, 41.5, undefined],
      ['令和5年度', 90.0, undefined, 500, undefined, 70.0, undefined, undefined],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let r = 5; r <= 10; r++) for (const c of [2, 3, 6, 7]) ws.getCell(r, c).numFmt = '0.0';
    wrap(ws, 3, 1, 4, 8);
    box(ws, 3, 1, 10, 8);
  },
  expected: {
    file: 'h143-n-denshi-nyusatsu-nenji.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(NENJI_SHEET, '電子入札率', '％', 85.0, 83.2),
      ind(NENJI_SHEET, '電子契約締結件数', '件', 300, 312),
      ind(NENJI_SHEET, '入札参加資格の電子申請率', '％', 60.0, 41.5),
    ],
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet, 活動指標 and 成果指標 rows.

interface JigyoRow {
  kind: string;
  name: string;
  unit: string;
  cells: (string | number)[];
}

function jigyoSheet(ws: Worksheet, jigyo: string, ka: string, kikan: string, mokuteki: string, rows: JigyoRow[], hoko: string): void {
  widths(ws, [12, 30, 8, 12, 12, 12, 12, 10]);
  merge(ws, 1, 1, 1, 8, '平成30年度　事務事業評価シート（平成29年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, jigyo);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 8, ka);
  put(ws, 5, 1, ['事業期間']);
  merge(ws, 5, 2, 5, 8, kikan);
  put(ws, 6, 1, ['事業の目的']);
  merge(ws, 6, 2, 6, 8, mokuteki);
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['■指標']);
  put(ws, 9, 1, ['区分', '指標名', '単位', '平成27年度\n実績', '平成28年度\n実績', '平成29年度\n目標', '平成29年度\n実績', '達成率']);
  rows.forEach((r, i) => put(ws, 10 + i, 1, [r.kind, r.name, r.unit, ...r.cells]));
  wrap(ws, 9, 1, 9, 8);
  box(ws, 9, 1, 9 + rows.length, 8);
  put(ws, 13, 1, ['■今後の方向性']);
  put(ws, 13, 2, [hoko]);
  put(ws, 14, 1, ['■課題']);
  merge(ws, 14, 2, 15, 8, '担当職員の異動に伴う事務の引継ぎと、システム更新への対応が必要である。');
}

const jimuJigyo: Holdout2Workbook = {
  name: 'h143-n-jimujigyo-sheet',
  layout:
    '事務事業評価シート（平成29年度実施事業）, one 事業 per sheet (管財-01, 検査-02): label-value header, 活動指標／成果指標 rows with 平成27・28年度実績, 平成29年度目標／実績 and 達成率, full-width digits',
  build(wb) {
    jigyoSheet(
      wb.addWorksheet('管財-01'),
      '市有財産管理事務',
      '財務部 管財課',
      '平成18年度～（継続）',
      '市有財産の台帳整備と貸付・売払いにより、財産を適正に管理し有効に活用する。',
      [
        { kind: '活動指標', name: '財産台帳の更新件数', unit: '件', cells: ['１，２０４', '１，１８７', '１，２００', '１，２３６', '１０３．０％'] },
        { kind: '成果指標', name: '普通財産の貸付収入', unit: '千円', cells: ['１０，８２０', '１１，３４０', '１２，０００', '１１，１０５', '９２．５％'] },
      ],
      '継続',
    );
    jigyoSheet(
      wb.addWorksheet('検査-02'),
      '工事検査事務',
      '総務部 契約検査課',
      '平成18年度～（継続）',
      '市発注工事の完成検査・中間検査を行い、工事の品質を確保する。',
      [
        { kind: '活動指標', name: '完成検査の実施件数', unit: '件', cells: [268, 281, 270, 255, '94.4%'] },
        { kind: '成果指標', name: '工事成績評定点の平均点', unit: '点', cells: [73.8, 74.5, 75.0, 75.4, '100.5%'] },
      ],
      '改善して継続',
    );
  },
  expected: {
    file: 'h143-n-jimujigyo-sheet.xlsx',
    fiscalYear: 2017,
    indicators: [
      ind('管財-01', '財産台帳の更新件数', '件', 1200, 1236),
      ind('管財-01', '普通財産の貸付収入', '千円', 12000, 11105),
      ind('検査-02', '完成検査の実施件数', '件', 270, 255),
      ind('検査-02', '工事成績評定点の平均点', '点', 75.0, 75.4),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 月別取扱状況 with a 年度計 and 達成率 by formulas, a 参考 column of last year's total.

const TSUKI_SHEET = '月別';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const TSUKI_ROWS: { name: string; unit: string; months: number[]; target: number; last: number }[] = [
  { name: 'コンビニ収納件数', unit: '件', months: [8120, 9540, 7410, 8860, 7230, 6980, 7650, 7120, 6890, 7030, 8410, 9120], target: 96000, last: 91240 },
  { name: 'スマートフォン決済件数', unit: '件', months: [2110, 2480, 2050, 2630, 2240, 2190, 2510, 2380, 2460, 2720, 3150, 3380], target: 30000, last: 21870 },
  {
    name: 'コンビニ収納金額',
    unit: '千円',
    months: [98420, 121350, 92180, 108730, 88960, 84210, 93540, 86870, 83120, 85960, 104380, 118650],
    target: 1500000,
    last: 1128460,
  },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const cashlessTsukibetsu: Holdout2Workbook = {
  name: 'h143-n-cashless-tsukibetsu',
  layout:
    '令和６年度 会計課 月別取扱状況: 4月…3月 columns, 年度計 =SUM(…) and 達成率 =年度計/年度目標 as formulas with cached results, a （参考）令和5年度計 column after them',
  build(wb) {
    const ws = wb.addWorksheet(TSUKI_SHEET);
    widths(ws, [24, 6, ...MONTHS.map(() => 9), 12, 12, 9, 14]);
    put(ws, 1, 1, ['令和６年度　コンビニ収納・スマートフォン決済　月別取扱状況']);
    put(ws, 2, 15, ['会計管理者 会計課']);
    put(ws, 3, 1, ['区分', '単位', ...MONTHS, '年度計', '年度目標', '達成率', '（参考）\n令和5年度計']);
    TSUKI_ROWS.forEach((t, i) => {
      const r = 4 + i;
      put(ws, r, 1, [t.name, t.unit, ...t.months]);
      const total = sum(t.months);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total };
      ws.getCell(r, 16).value = t.target;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: total / t.target };
      ws.getCell(r, 17).numFmt = '0.0%';
      ws.getCell(r, 18).value = t.last;
      for (let c = 3; c <= 18; c++) if (c !== 17) ws.getCell(r, c).numFmt = '#,##0';
    });
    wrap(ws, 3, 1, 3, 18);
    box(ws, 3, 1, 6, 18);
    put(ws, 8, 1, ['※コンビニ収納金額は市税・国民健康保険税・介護保険料・保育料の合計（千円未満切捨て）']);
  },
  expected: {
    file: 'h143-n-cashless-tsukibetsu.xlsx',
    fiscalYear: 2024,
    indicators: TSUKI_ROWS.map((t) => ind(TSUKI_SHEET, t.name, t.unit, t.target, sum(t.months))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 市有地売払実績: a list of sales in 円, then the 目標の達成状況 box.

const URI_SHEET = '売払実績';

const baikyakuIchiran: Holdout2Workbook = {
  name: 'h143-n-baikyaku-ichiran',
  layout:
    '令和元年度 市有地売払実績: a list of five sales (所在地, 面積（㎡）, 予定価格／売払価格（円）, 契約日 令和元年…令和2年) with a 合計 row, then a 目標の達成状況 box 項目／単位／目標／実績／達成率／備考',
  build(wb) {
    const ws = wb.addWorksheet(URI_SHEET);
    widths(ws, [26, 16, 10, 12, 22, 14, 14, 18]);
    put(ws, 1, 1, ['令和元年度　未利用市有地の売払実績及び目標の達成状況']);
    put(ws, 2, 7, ['財務部 管財課']);
    put(ws, 4, 1, ['１　売払実績一覧']);
    put(ws, 5, 1, ['No.', '所在地', '地目', '面積（㎡）', '売払方法', '予定価格（円）', '売払価格（円）', '契約日']);
    const sales: (string | number)[][] = [
      [1, '本町二丁目', '宅地', 312.45, '一般競争入札', 12480000, 13650000, '令和元年7月18日'],
      [2, '緑ヶ丘一丁目', '宅地', 198.2, '一般競争入札', 7820000, 8105000, '令和元年9月5日'],
      [3, '北原', '雑種地', 845.0, '随意契約（隣接地所有者）', 6210000, 6210000, '令和元年11月12日'],
      [4, '旭町三丁目', '宅地', 264.71, '一般競争入札', 10950000, 11530400, '令和2年1月23日'],
      [5, '西野', '山林', 1520.0, '随意契約（公共事業用地）', 9236000, 9236000, '令和2年3月10日'],
    ];
    sales.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 11, 1, ['合計', undefined, undefined, 3140.36, undefined, 46696000, 48731400]);
    for (let r = 6; r <= 11; r++) {
      ws.getCell(r, 4).numFmt = '#,##0.00';
      ws.getCell(r, 6).numFmt = '#,##0';
      ws.getCell(r, 7).numFmt = '#,##0';
    }
    box(ws, 5, 1, 11, 8);
    put(ws, 13, 1, ['２　目標の達成状況']);
    put(ws, 14, 1, ['項目', '単位', '目標', '実績', '達成率', '備考']);
    put(ws, 15, 1, ['売払件数', '件', 8, 5, '62.5%', '入札不調 2件（令和2年度に再公告）']);
    put(ws, 16, 1, ['売払収入', '千円', 60000, 48731, '81.2%', '千円未満切捨て']);
    put(ws, 17, 1, ['一般競争入札による売払の割合', '％', 80.0, 60.0, '75.0%', '5件中3件']);
    for (let r = 15; r <= 17; r++) for (const c of [3, 4]) ws.getCell(r, c).numFmt = r === 17 ? '0.0' : '#,##0';
    merge(ws, 15, 6, 15, 8);
    merge(ws, 16, 6, 16, 8);
    merge(ws, 17, 6, 17, 8);
    box(ws, 14, 1, 17, 8);
  },
  expected: {
    file: 'h143-n-baikyaku-ichiran.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(URI_SHEET, '売払件数', '件', 8, 5),
      ind(URI_SHEET, '売払収入', '千円', 60000, 48731),
      ind(URI_SHEET, '一般競争入札による売払の割合', '％', 80.0, 60.0),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [denshiNyusatsuNenji, jimuJigyo, cashlessTsukibetsu, baikyakuIchiran];
