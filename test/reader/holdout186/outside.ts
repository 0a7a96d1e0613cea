/** Hold-out 186, shapes outside the four families that 勤労者福祉・労働相談 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const S_M = '月別相談件数';
const S_T = '目標と実績';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const BY_KIND: [string, number[]][] = [
  ['賃金・退職金', [9, 11, 8, 10, 7, 9, 12, 8, 6, 9, 10, 11]],
  ['解雇・雇止め', [6, 5, 7, 4, 6, 5, 6, 7, 5, 6, 4, 8]],
  ['ハラスメント', [10, 12, 11, 13, 9, 12, 14, 11, 10, 12, 13, 15]],
  ['労働時間・休暇', [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 5, 6]],
  ['その他', [3, 2, 4, 3, 2, 3, 4, 2, 3, 2, 3, 3]],
];

const monthly: Holdout2Workbook = {
  name: 'h186-rodo-sodan-monthly',
  layout: '令和５年度 労働相談実施状況: a 月別 相談区分 × 4月…3月 table with a 年度計 column, and a 目標と実績 sheet whose 実績値 are formulas into it',
  build(wb) {
    const ws = wb.addWorksheet(S_M);
    widths(ws, [18, ...MONTHS.map(() => 6), 9]);
    merge(ws, 1, 1, 1, 14, '令和５年度　労働相談実施状況（月別・相談区分別）');
    put(ws, 2, 14, ['（単位：件）']);
    put(ws, 3, 1, ['相談区分', ...MONTHS, '年度計']);
    BY_KIND.forEach(([k, v], i) => {
      const r = 4 + i;
      put(ws, r, 1, [k, ...v]);
      ws.getCell(r, 14).value = { formula: `SUM(B${r}:M${r})`, result: v.reduce((a, b) => a + b, 0) };
    });
    put(ws, 9, 1, ['合計']);
    for (let c = 2; c <= 14; c++) {
      const col = String.fromCharCode(64 + c);
      const sum = c === 14 ? BY_KIND.reduce((a, [, v]) => a + v.reduce((x, y) => x + y, 0), 0) : BY_KIND.reduce((a, [, v]) => a + v[c - 2], 0);
      ws.getCell(9, c).value = { formula: `SUM(${col}4:${col}8)`, result: sum };
    }
    box(ws, 3, 1, 9, 14);

    const wt = wb.addWorksheet(S_T);
    widths(wt, [30, 8, 10, 10, 10, 30]);
    merge(wt, 1, 1, 1, 6, '令和５年度　労働相談事業　目標と実績');
    put(wt, 2, 1, ['指標', '単位', '目標値', '実績値', '達成率', '備考']);
    put(wt, 3, 1, ['労働相談件数', '件', 400]);
    wt.getCell(3, 4).value = { formula: `'${S_M}'!N9`, result: 412 };
    wt.getCell(3, 5).value = { formula: 'D3/C3', result: 1.03 };
    wt.getCell(3, 5).numFmt = '0.0%';
    put(wt, 3, 6, ['月別相談件数の年度計']);
    put(wt, 4, 1, ['あっせん・助言による解決件数', '件', 60, 47]);
    wt.getCell(4, 5).value = { formula: 'D4/C4', result: 47 / 60 };
    wt.getCell(4, 5).numFmt = '0.0%';
    put(wt, 4, 6, ['県労働委員会へのあっせん移行 ３件を除く']);
    box(wt, 2, 1, 4, 6);
    wrap(wt, 3, 6, 4, 6);
  },
  expected: {
    file: 'h186-rodo-sodan-monthly.xlsx',
    fiscalYear: 2023,
    indicators: [ind(S_T, '労働相談件数', '件', 400, 412), ind(S_T, 'あっせん・助言による解決件数', '件', 60, 47)],
    groups: [],
  },
};

const S_J1 = '勤労者福祉会館';
const S_J2 = '就労支援相談';

/** One 事務事業 per sheet: 活動指標／成果指標 rows, 令和５年度実績 … 令和７年度目標 columns, the sheet's own 100/85/60 scale. */
function jigyoSheet(
  wb: Parameters<Holdout2Workbook['build']>[0],
  sheet: string,
  jigyo: string,
  rows: [string, string, string, number, number, number, number][],
) {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 28, 8, 14, 14, 14, 14]);
  merge(ws, 1, 1, 1, 7, '事務事業評価シート（令和６年度実施事業）');
  put(ws, 2, 1, ['事業名', jigyo]);
  put(ws, 3, 1, ['担当課', '商工労政課　労政係']);
  put(ws, 5, 1, ['区分', '指標名', '単位', '令和５年度実績', '令和６年度目標', '令和６年度実績', '令和７年度目標']);
  rows.forEach((r, i) => put(ws, 6 + i, 1, r));
  box(ws, 2, 1, 3, 7);
  box(ws, 5, 1, 5 + rows.length, 7);
  put(ws, 9, 1, ['評価基準　Ａ：100％以上　Ｂ：85％以上　Ｃ：60％以上　Ｄ：60％未満（令和６年度目標に対する達成率）']);
  merge(ws, 10, 1, 11, 7, '今後の方向性：継続');
}

const jimujigyo: Holdout2Workbook = {
  name: 'h186-jimujigyo-sheet',
  layout:
    "事務事業評価シート, one 事業 per sheet (令和６年度): 活動指標／成果指標 with 令和５年度実績 and 令和７年度目標 beside the year's columns, the sheet's own scale Ａ100／Ｂ85／Ｃ60",
  build(wb) {
    jigyoSheet(wb, S_J1, '勤労者福祉会館管理運営事業', [
      ['活動指標', '施設利用件数', '件', 3655, 3800, 3512, 3900],
      ['成果指標', '施設稼働率', '％', 52.1, 55.0, 48.6, 56.0],
    ]);
    jigyoSheet(wb, S_J2, '就労支援相談事業', [
      ['活動指標', '就労相談件数', '件', 590, 600, 655, 620],
      ['成果指標', '就職決定者数', '人', 104, 120, 96, 125],
    ]);
  },
  expected: {
    file: 'h186-jimujigyo-sheet.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(S_J1, '施設利用件数', '件', 3800, 3512), grade: 'B' },
      { ...ind(S_J1, '施設稼働率', '％', 55.0, 48.6), grade: 'B' },
      { ...ind(S_J2, '就労相談件数', '件', 600, 655), grade: 'A' },
      { ...ind(S_J2, '就職決定者数', '人', 120, 96), grade: 'C' },
    ],
    groups: [],
  },
};

const S_C = '調査結果';

const survey: Holdout2Workbook = {
  name: 'h186-shokuba-chosa',
  layout: '令和４年度 事業所労働環境実態調査: 令和元年度調査／令和４年度調査（今回）columns beside a 目標値（令和８年度）, 前回比 in ポイント',
  build(wb) {
    const ws = wb.addWorksheet(S_C);
    widths(ws, [34, 8, 14, 16, 12, 16]);
    merge(ws, 1, 1, 1, 6, '令和４年度　市内事業所労働環境実態調査　結果と計画指標の進捗');
    put(ws, 2, 1, ['調査対象：市内従業員５人以上の事業所 1,200 社（回答 683 社）']);
    put(ws, 4, 1, ['項目', '単位', '令和元年度調査', '令和４年度調査（今回）', '前回比', '目標値（令和８年度）']);
    put(ws, 5, 1, ['週休２日制導入事業所の割合', '％', 64.8, 71.3, '＋6.5ポイント', 80.0]);
    put(ws, 6, 1, ['テレワーク導入事業所の割合', '％', 6.2, 18.9, '＋12.7ポイント', 30.0]);
    put(ws, 7, 1, ['ハラスメント防止規程整備事業所の割合', '％', 48.5, 74.2, '＋25.7ポイント', 70.0]);
    box(ws, 4, 1, 7, 6);
    put(ws, 9, 1, ['※調査は３年ごとに実施。目標値は第２次勤労者福祉推進計画（令和４年度～令和８年度）による。']);
  },
  expected: {
    file: 'h186-shokuba-chosa.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind(S_C, '週休２日制導入事業所の割合', '％', 80.0, 71.3), targetSource: 'final' },
      { ...ind(S_C, 'テレワーク導入事業所の割合', '％', 30.0, 18.9), targetSource: 'final' },
      { ...ind(S_C, 'ハラスメント防止規程整備事業所の割合', '％', 70.0, 74.2), targetSource: 'final' },
    ],
    groups: [],
  },
};

const S_H = '補助金交付実績';

const subsidy: Holdout2Workbook = {
  name: 'h186-hojokin-kofu',
  layout: '令和２年度 勤労者福祉関係補助金 交付実績: 交付件数 目標／実績 under merged captions, a 0 実績, ○× 要綱改正 column and 備考 with figures',
  build(wb) {
    const ws = wb.addWorksheet(S_H);
    widths(ws, [32, 10, 10, 10, 30]);
    merge(ws, 1, 1, 1, 5, '令和２年度　勤労者福祉関係補助金　交付実績');
    merge(ws, 2, 1, 3, 1, '補助金名');
    merge(ws, 2, 2, 2, 3, '交付件数（件）');
    put(ws, 3, 2, ['目標', '実績']);
    merge(ws, 2, 4, 3, 4, '要綱改正');
    merge(ws, 2, 5, 3, 5, '備考');
    put(ws, 4, 1, ['中小企業退職金共済掛金補助金', 150, 171, '×', '新規加入 38 事業所']);
    put(ws, 5, 1, ['勤労者資格取得支援補助金', 40, 22, '○', '令和２年10月 対象資格を拡大']);
    put(ws, 6, 1, ['仕事と育児・介護の両立支援環境整備補助金', 10, 0, '×', '新型コロナウイルス感染症の影響により申請なし']);
    box(ws, 2, 1, 6, 5);
  },
  expected: {
    file: 'h186-hojokin-kofu.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(S_H, '中小企業退職金共済掛金補助金', '件', 150, 171),
      ind(S_H, '勤労者資格取得支援補助金', '件', 40, 22),
      ind(S_H, '仕事と育児・介護の両立支援環境整備補助金', '件', 10, 0),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, jimujigyo, survey, subsidy];
