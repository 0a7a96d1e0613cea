/**
 * Hold-out set 118, three traps: a 令和６年度 事務事業評価表 of 令和５年度 事業 with a 令和6年度目標 column at the right, a 人権
 * plan whose （累計） indicators are compared through a 累計（R4～R6） column, and a 国際交流 plan with years as rows and no stated
 * period (a guess).
 */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';
import { merge, round1, widths, wrap } from './families';

// ---------------------------------------------------------------------------------------------------------------------------
// 令和６年度 事務事業評価表（令和５年度実施事業）.

const HYOKA_ROWS: [string, string, number, number, number, number, string][] = [
  ['市民活動団体登録数', '団体', 152, 160, 171, 170, 'A'],
  ['協働事業提案制度による採択件数', '件', 4, 6, 5, 6, 'B'],
  ['市民活動支援センター利用者数', '人', 8912, 12000, 10455, 12000, 'B'],
  ['NPO・市民活動講座の受講者数', '人', 186, 250, 142, 250, 'C'],
  ['自治会加入率', '％', 69.8, 70.0, 68.9, 70.0, 'A'],
  ['地域づくり交付金を活用した自治会数', '団体', 38, 45, 45, 48, 'A'],
  ['市民協働に関する職員研修の受講率', '％', 61.0, 80.0, 83.5, 85.0, 'A'],
];

const HYOKA: Holdout2Workbook = {
  name: 'h118-kyodo-hyoka-nendo',
  layout:
    'trap: 「令和６年度 事務事業評価表（令和５年度実施事業）」, 成果指標｜単位｜令和4年度実績｜令和5年度目標｜令和5年度実績｜達成率（％）｜令和6年度目標｜評価: the evaluation year is not the year of the figures, and a 令和6年度目標 column sits at the right; a 事業費（千円） table below',
  build(wb) {
    const ws = wb.addWorksheet('事務事業評価表');
    widths(ws, [34, 8, 11, 11, 11, 10, 11, 8]);
    merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価表（令和５年度実施事業）');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 1, ['事業名', '市民協働推進事業']);
    merge(ws, 2, 2, 2, 4);
    put(ws, 2, 5, ['担当課']);
    merge(ws, 2, 6, 2, 8, '市民生活部市民協働課');
    put(ws, 3, 1, ['施策']);
    merge(ws, 3, 2, 3, 4, '3-2　市民協働によるまちづくりの推進');
    put(ws, 3, 5, ['事業期間']);
    merge(ws, 3, 6, 3, 8, '平成28年度～');
    put(ws, 4, 1, ['事業の目的・内容']);
    merge(ws, 4, 2, 4, 8, '市民活動支援センターの運営、協働事業提案制度、地域づくり交付金等により、市民・団体と市の協働を推進する。');
    put(ws, 6, 1, ['■ 成果指標']);
    put(ws, 7, 1, ['成果指標', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率\n（％）', '令和6年度\n目標', '評価']);
    HYOKA_ROWS.forEach((x, i) => {
      const r = 8 + i;
      put(ws, r, 1, [x[0], x[1], x[2], x[3], x[4]]);
      ws.getCell(r, 6).value = { formula: `ROUND(E${r}/D${r}*100,1)`, result: round1((x[4] / x[3]) * 100) };
      put(ws, r, 7, [x[5], x[6]]);
    });
    wrap(ws, 2, 1, 7 + HYOKA_ROWS.length, 8);
    let r = 9 + HYOKA_ROWS.length;
    put(ws, r, 1, ['※評価　A：目標達成（100％以上）　B：80％以上　C：60％以上　D：60％未満']);
    r += 2;
    put(ws, r, 1, ['■ 事業費（単位：千円）']);
    put(ws, r + 1, 1, ['区分', undefined, '令和4年度\n決算', '令和5年度\n決算', '令和6年度\n予算']);
    put(ws, r + 2, 1, ['事業費', undefined, 12480, 13105, 13560]);
    put(ws, r + 3, 1, ['うち一般財源', undefined, 9870, 10212, 10640]);
    wrap(ws, r + 1, 1, r + 1, 5);
    r += 5;
    put(ws, r, 1, ['■ 総合評価']);
    merge(ws, r + 1, 1, r + 2, 8, '登録団体数は目標を上回ったが、講座受講者が伸び悩んだ。講座内容を見直し、若い世代の参加を促す。');
    put(ws, r + 3, 1, ['■ 今後の方向性', '継続']);
  },
  expected: {
    file: 'h118-kyodo-hyoka-nendo.xlsx',
    fiscalYear: 2023,
    indicators: HYOKA_ROWS.map((x) => ind('事務事業評価表', x[0], x[1], x[3], x[4], { existing: x[6] })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 人権教育・啓発推進計画: （累計） indicators compared through the 累計 column.

const RUIKEI_ROWS: { name: string; unit: string; base: number | string; target: number; y: [number, number, number]; cumulative?: boolean; note?: string }[] = [
  { name: '人権啓発サポーター養成数（累計）', unit: '人', base: '－', target: 100, y: [18, 21, 24], cumulative: true },
  { name: '人権出前講座の開催回数', unit: '回', base: 14, target: 30, y: [19, 24, 27] },
  { name: '人権啓発講演会の参加者数', unit: '人', base: 320, target: 500, y: [288, 402, 455] },
  {
    name: '人権教育指導者研修の受講者数（累計）',
    unit: '人',
    base: '－',
    target: 250,
    y: [48, 55, 61],
    cumulative: true,
    note: '教職員・保育士・社会教育関係者',
  },
  { name: '「人権を身近な問題と感じる」市民の割合', unit: '％', base: 52.4, target: 65.0, y: [54.0, 57.8, 59.1], note: '市民意識調査（毎年）' },
  { name: '人権相談窓口を知っている市民の割合', unit: '％', base: 38.5, target: 60.0, y: [41.2, 44.0, 47.3], note: '市民意識調査（毎年）' },
  { name: '企業等人権研修会の参加事業所数（累計）', unit: '事業所', base: '－', target: 150, y: [22, 31, 35], cumulative: true },
];

const sum3 = (y: [number, number, number]) => y[0] + y[1] + y[2];

const RUIKEI: Holdout2Workbook = {
  name: 'h118-jinken-ruikei',
  layout:
    'trap: 人権教育・啓発推進計画 成果指標の進捗状況（令和６年度）, 基準値（R3）｜目標値（R8）｜実績値 令和4年度〜令和6年度｜累計（R4～R6） SUM formula filled only for the （累計） indicators, whose actual is the 累計 (the note says so), not the 令和6年度 single-year figure',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    widths(ws, [5, 40, 8, 10, 10, 10, 10, 10, 11, 26]);
    merge(ws, 1, 1, 1, 10, '人権教育・啓発推進計画　成果指標の進捗状況（令和６年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['人権推進課　令和7年5月集計']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '成果指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '基準値\n（R3）');
    merge(ws, 4, 5, 5, 5, '目標値\n（R8）');
    merge(ws, 4, 6, 4, 8, '実績値');
    put(ws, 5, 6, ['令和4年度', '令和5年度', '令和6年度']);
    merge(ws, 4, 9, 5, 9, '累計\n（R4～R6）');
    merge(ws, 4, 10, 5, 10, '備考');
    RUIKEI_ROWS.forEach((x, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.base, x.target, ...x.y]);
      if (x.cumulative) ws.getCell(r, 9).value = { formula: `SUM(F${r}:H${r})`, result: sum3(x.y) };
      if (x.note) ws.getCell(r, 10).value = x.note;
    });
    wrap(ws, 4, 1, 5 + RUIKEI_ROWS.length, 10);
    const e = 7 + RUIKEI_ROWS.length;
    put(ws, e, 1, ['※「（累計）」の指標は、計画開始（令和4年度）からの累計値（累計欄）を目標値と比較する。その他の指標は各年度の値。']);
    put(ws, e + 1, 1, ['※計画期間：令和4年度～令和8年度']);
  },
  expected: {
    file: 'h118-jinken-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: RUIKEI_ROWS.map((x) => {
      const e = ind('進捗状況', x.name, x.unit, x.target, x.cumulative ? sum3(x.y) : x.y[2]);
      e.targetSource = 'final';
      return e;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 国際交流・多文化共生推進プラン: years as rows, indicators across, no stated period.

const YEARS = ['2021年度', '2022年度', '2023年度', '2024年度', '2025年度'];
const ACROSS: { name: string; unit: string; targets: number[]; actuals: number[] }[] = [
  { name: '外国人住民相談件数', unit: '件', targets: [800, 850, 900, 950, 1000], actuals: [742, 866, 951] },
  { name: '日本語ボランティア登録者数', unit: '人', targets: [60, 65, 70, 75, 80], actuals: [52, 55, 58] },
  { name: '通訳ボランティア派遣件数', unit: '件', targets: [100, 110, 120, 130, 140], actuals: [41, 59, 67] },
  { name: '多言語による情報提供言語数', unit: '言語', targets: [6, 7, 8, 8, 9], actuals: [6, 7, 8] },
  { name: '国際交流イベント参加者数', unit: '人', targets: [1000, 2000, 3000, 3000, 3000], actuals: [380, 1420, 2214] },
  { name: '外国人児童生徒の日本語初期指導実施率', unit: '％', targets: [100, 100, 100, 100, 100], actuals: [91.7, 94.4, 96.2] },
  { name: '外国人住民の防災訓練参加者数', unit: '人', targets: [40, 50, 60, 60, 70], actuals: [22, 45, 61] },
];

const ROWS: Holdout2Workbook = {
  name: 'h118-kokusai-nendo-gyo',
  layout:
    'trap (guess): 国際交流・多文化共生推進プラン 成果指標進捗管理表 with years as rows (2021年度〜2025年度) and each indicator across two columns 目標｜実績 under its name and （unit）; no evaluation period stated, actuals through 2023年度 while 2024・2025年度 have targets only',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理');
    ws.getColumn(1).width = 11;
    merge(ws, 1, 1, 1, 1 + ACROSS.length * 2, '国際交流・多文化共生推進プラン　成果指標進捗管理表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['（公財）市国際交流協会・市民協働課国際交流室']);
    merge(ws, 4, 1, 6, 1, '年度');
    ACROSS.forEach((x, i) => {
      const c = 2 + i * 2;
      ws.getColumn(c).width = 9;
      ws.getColumn(c + 1).width = 9;
      merge(ws, 4, c, 4, c + 1, x.name);
      merge(ws, 5, c, 5, c + 1, `（${x.unit}）`);
      put(ws, 6, c, ['目標', '実績']);
      YEARS.forEach((_, k) => put(ws, 7 + k, c, [x.targets[k], x.actuals[k]]));
    });
    YEARS.forEach((y, k) => put(ws, 7 + k, 1, [y]));
    wrap(ws, 4, 1, 6, 1 + ACROSS.length * 2);
    ws.getRow(4).height = 48;
    put(ws, 13, 1, ['※プラン期間：2021年度～2025年度（5年間）。実績は協会事業報告及び各課照会による。']);
    put(ws, 14, 1, ['※更新：2024年6月']);
  },
  expected: {
    file: 'h118-kokusai-nendo-gyo.xlsx',
    fiscalYear: 2023,
    indicators: ACROSS.map((x) => ind('進捗管理', x.name, x.unit, x.targets[2], x.actuals[2])),
    groups: [],
    guesses: ['period'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [HYOKA, RUIKEI, ROWS];
