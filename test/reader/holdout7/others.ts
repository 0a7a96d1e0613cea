/**
 * Hold-out 7, other shapes: an 教育委員会 点検・評価 table (a 令和６年度 report on 令和５年度, figures with units, ◎○△),
 * a 男女共同参画 指標 table (現状値/目標値 and three years of 実績値, ◎○△, a 速報値), a 指標 sheet with a chart-data block
 * beside it and no stated period, and a 総合戦略 KPI list with 約 / 見込み / 速報値 / 集計中. Written blind (see index.ts).
 */
import type { ExpectedIndicator, Status } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/* 10. 教育委員会 点検・評価: 基本方針 | 評価指標 | 令和4年度実績 | 令和5年度目標 | 令和5年度実績 | 達成状況 (◎○△) | 今後の方向性. */
const KYOIKU_SHEET = '点検評価';
type KyoikuRow = [policy: string, name: string, unit: string, last: number, target: number, actual: number | string, mark: string];
const KYOIKU_ROWS: KyoikuRow[] = [
  ['確かな学力の育成', '全国学力・学習状況調査の平均正答率が全国平均を上回る教科の割合', '％', 50, 75, 50, '△'],
  ['豊かな心の育成', '学校図書館の児童一人当たり年間貸出冊数', '冊', 68, 70, 71.5, '◎'],
  ['健やかな体の育成', '新体力テストで全国平均を上回る種目の割合', '％', 62.5, 70, 58.3, '○'],
  ['地域とともにある学校づくり', '学校運営協議会を設置した学校数', '校', 8, 12, 12, '◎'],
  ['生涯学習の推進', '市民講座の受講者数', '人', 3204, 3500, 2010, '△'],
  ['教育の情報化', 'ICTを活用した授業が分かりやすいと答えた児童生徒の割合', '％', 82.1, 85, '集計中', '－'],
];
const withUnit = (v: number | string, unit: string) => (typeof v === 'number' ? `${v.toLocaleString('en-US')}${unit}` : v);
function kyoikuExpected([, name, unit, , target, actual, mark]: KyoikuRow): ExpectedIndicator {
  if (typeof actual === 'string') return { sheet: KYOIKU_SHEET, name, unit, target, actualStatus: 'pending', direction: 'up', grade: null };
  return ind(KYOIKU_SHEET, name, unit, target, actual, { existing: mark });
}
const KYOIKU: Holdout2Workbook = {
  name: 'h7-kyoiku-tenken-hyoka',
  layout: '教育委員会 点検・評価 table: 令和６年度 report title with （令和５年度対象）, figures with units in the cells, 達成状況 ◎○△ and a legend below',
  build(wb) {
    const ws = wb.addWorksheet(KYOIKU_SHEET);
    put(ws, 1, 1, ['令和６年度　教育委員会の事務の管理及び執行の状況の点検及び評価（令和５年度対象）']);
    put(ws, 3, 1, ['基本方針', '評価指標', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成状況', '今後の方向性']);
    KYOIKU_ROWS.forEach(([policy, name, unit, last, target, actual, mark], i) =>
      put(ws, 4 + i, 1, [policy, name, withUnit(last, unit), withUnit(target, unit), withUnit(actual, unit), mark, i % 2 ? '継続' : '拡充']),
    );
    put(ws, 11, 1, ['達成状況　◎：目標を達成　○：目標の８割以上　△：目標の８割未満　－：評価できない']);
  },
  expected: { file: 'h7-kyoiku-tenken-hyoka.xlsx', fiscalYear: 2023, indicators: KYOIKU_ROWS.map(kyoikuExpected), groups: [] },
};

/* 11. 男女共同参画 指標: 基本目標 | 指標 | 単位 | 現状値（平成30年度） | 目標値（令和７年度） | 実績値 (令和３〜５年度) | 評価. */
const DANJO_SHEET = '数値目標';
type DanjoRow = [goal: string, name: string, base: number, target: number, actuals: (number | string)[], mark: string];
const DANJO_ROWS: DanjoRow[] = [
  ['Ⅰ　あらゆる分野における男女共同参画', '市の審議会等委員に占める女性の割合', 28.4, 40, [31.2, 32.5, 33.8], '○'],
  ['Ⅰ　あらゆる分野における男女共同参画', '市職員の管理職に占める女性の割合', 12, 20, [14.3, 15.1, 17.4], '○'],
  ['Ⅱ　仕事と生活の調和', '市職員（男性）の育児休業取得率', 5.6, 30, [18.2, 35, 46.2], '◎'],
  ['Ⅱ　仕事と生活の調和', '「夫は外で働き、妻は家庭を守るべき」という考え方に反対する市民の割合', 52.1, 65, ['－', '－', 58.7], '○'],
  ['Ⅲ　安全・安心な暮らし', 'DV相談窓口を知っている市民の割合', 34.5, 60, [38, 41.2, '43.0（速報値）'], '△'],
];
const DANJO: Holdout2Workbook = {
  name: 'h7-danjo-sankaku-shihyo',
  layout: '男女共同参画 指標 table: 現状値（平成30年度）, 目標値（令和７年度）, 実績値 merged over 令和３〜５年度, 評価 ◎○△, a 速報値, 基本目標 repeated',
  build(wb) {
    const ws = wb.addWorksheet(DANJO_SHEET);
    put(ws, 1, 1, ['第３次男女共同参画推進計画　数値目標の進捗状況']);
    put(ws, 2, 1, ['（令和５年度実績）']);
    put(ws, 4, 1, ['基本目標', '指標', '単位', '現状値\n（平成30年度）', '目標値\n（令和７年度）', '実績値', undefined, undefined, '評価']);
    put(ws, 5, 6, ['令和３年度', '令和４年度', '令和５年度']);
    for (const c of [1, 2, 3, 4, 5, 9]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 6, 4, 8);
    DANJO_ROWS.forEach(([goal, name, base, target, actuals, mark], i) => put(ws, 6 + i, 1, [goal, name, '％', base, target, ...actuals, mark]));
    put(ws, 12, 1, ['評価　◎：目標値を達成　○：現状値から改善　△：横ばい・後退']);
  },
  expected: {
    file: 'h7-danjo-sankaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: DANJO_ROWS.map(([, name, , target, actuals, mark]) => {
      const a = actuals[2];
      return typeof a === 'number'
        ? ind(DANJO_SHEET, name, '％', target, a, { existing: mark })
        : ind(DANJO_SHEET, name, '％', target, 43, { existing: mark, actualStatus: 'provisional' });
    }),
    groups: [],
  },
};

/* 12. 指標の推移: R1…R6 actuals (R6 not yet), 目標値（R7）, and a グラフ用データ block beside the table; no period written. */
const TREND_SHEET = '指標推移';
type TrendRow = [name: string, unit: string, actuals: number[], target: number];
const TREND_ROWS: TrendRow[] = [
  ['自治会加入率', '％', [78.2, 77.5, 76.9, 76.1, 75.4], 80],
  ['市民活動団体登録数', '団体', [112, 115, 121, 126, 131], 140],
  ['ボランティアセンター登録者数', '人', [2310, 1980, 2050, 2210, 2480], 2600],
  ['地域づくり交付金活用件数', '件', [28, 22, 25, 30, 36], 35],
];
const TREND: Holdout2Workbook = {
  name: 'h7-shizukuishi-trend-chart-data',
  layout: '指標 sheet of yearly actuals R1…R6 (R6 empty) and 目標値（R7）, no period written, a グラフ用データ block (年度/加入率) two columns to the right',
  build(wb) {
    const ws = wb.addWorksheet(TREND_SHEET);
    put(ws, 1, 1, ['協働のまちづくり　成果指標の推移']);
    put(ws, 3, 1, ['指標名', '単位', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', '目標値（R7）']);
    TREND_ROWS.forEach(([name, unit, actuals, target], i) => put(ws, 4 + i, 1, [name, unit, ...actuals, undefined, target]));
    put(ws, 2, 11, ['グラフ用データ（自治会加入率）']);
    put(ws, 3, 11, ['年度', '加入率']);
    TREND_ROWS[0][2].forEach((v, i) => put(ws, 4 + i, 11, [`R${i + 1}`, v]));
  },
  expected: {
    file: 'h7-shizukuishi-trend-chart-data.xlsx',
    fiscalYear: 2023,
    indicators: TREND_ROWS.map(([name, unit, actuals, target]) => ({ ...ind(TREND_SHEET, name, unit, target, actuals[4]), targetSource: 'final' })),
    groups: [],
    guesses: ['period'],
  },
};

/* 13. 総合戦略 KPI list: 番号 | KPI | 単位 | 基準値 | 目標値（令和６年度） | 令和５年度実績 | 備考, figures with 約 / 見込み / 速報値 / 集計中. */
const SOSEI_SHEET = '総合戦略KPI';
type SoseiRow = [name: string, unit: string, base: number, target: number, written: number | string, value: number | null, status?: Status];
const SOSEI_ROWS: SoseiRow[] = [
  ['転入者数', '人', 1850, 2000, '約1,900', 1900, 'approximate'],
  ['観光消費額', '億円', 42.5, 50, '46.8（見込み）', 46.8, 'provisional'],
  ['新規雇用者数', '人', 120, 150, 162, 162],
  ['市内出生数', '人', 410, 420, '312（速報値）', 312, 'provisional'],
  ['空き家バンク登録件数', '件', 35, 60, '集計中', null, 'pending'],
  ['UIターン就職者数', '人', 22, 40, 24, 24],
];
const SOSEI: Holdout2Workbook = {
  name: 'h7-rikuzentakata-sosei-approx',
  layout: '総合戦略 KPI list with a final 目標値（令和６年度） and 令和５年度実績 written as 約1,900 / 46.8（見込み） / 312（速報値） / 集計中, a note row',
  build(wb) {
    const ws = wb.addWorksheet(SOSEI_SHEET);
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　KPI実績一覧（令和５年度）']);
    put(ws, 3, 1, ['番号', 'KPI', '単位', '基準値', '目標値\n（令和６年度）', '令和５年度実績', '備考']);
    SOSEI_ROWS.forEach(([name, unit, base, target, written], i) =>
      put(ws, 4 + i, 1, [i + 1, name, unit, base, target, written, i === 4 ? '５月末確定予定' : undefined]),
    );
    put(ws, 11, 1, ['※「見込み」は令和６年３月末時点の見込値、「速報値」は県人口移動調査の速報による。']);
  },
  expected: {
    file: 'h7-rikuzentakata-sosei-approx.xlsx',
    fiscalYear: 2023,
    indicators: SOSEI_ROWS.map(([name, unit, , target, , value, status]) => ind(SOSEI_SHEET, name, unit, target, value, { actualStatus: status })),
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [KYOIKU, DANJO, TREND, SOSEI];
