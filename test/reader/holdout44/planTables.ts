/**
 * Hold-out 44, family D (計画指標 tables) as three more offices lay it out: 基準値（R2）, 中間目標（R5） and
 * 最終目標（R9） side by side with the R5 actual and a 進捗評価 legend in a footnote; 現状値 / 目標値（R7） / 実績値
 * with year notes in the cells, one actual a year older than the others (a guess); and a table that states
 * no evaluation period (only its baseline's H30: a guess), with a 達成率 column beside the 評価.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { merged } from './policySheets';

const RIKU = '計画指標';

const rikuzentakata: Holdout2Workbook = {
  name: 'h44-rikuzentakata-midterm-and-final',
  layout:
    'D: 基準値（R2）, 中間目標（R5）, 最終目標（R9） then R5実績; the year R5 has its own (mid-term) target; 分野 merged down two rows; 速報値; － with 隔年調査; lower-is-better said in 備考; 進捗評価 legend in a footnote',
  build(wb) {
    const ws = wb.addWorksheet(RIKU);
    merged(ws, 'A1:I1', '陸前高田市総合計画　計画指標の進捗状況');
    put(ws, 2, 1, ['令和5年度実績（令和6年7月取りまとめ）']);
    put(ws, 4, 1, ['分野', '指標名', '単位', '基準値\n（R2）', '中間目標\n（R5）', '最終目標\n（R9）', 'R5実績', '進捗評価', '備考']);
    merged(ws, 'A5:A6', '子育て・教育');
    put(ws, 5, 2, ['出生数', '人', 118, 130, 140, 101, 'C']);
    put(ws, 6, 2, ['全国学力・学習状況調査で全国平均を上回った教科の割合', '％', 50.0, 60.0, 75.0, 62.5, 'A']);
    put(ws, 7, 1, ['環境', '1人1日当たりごみ排出量', 'g', 962, 930, 880, 948, 'B', '少ないほど良い指標']);
    put(ws, 8, 1, ['産業', '観光交流人口', '万人', 85.2, 100.0, 120.0, 93.4, 'B']);
    merged(ws, 'A9:A10', '防災・健康');
    put(ws, 9, 2, ['自主防災組織の組織率', '％', 88.1, 92.0, 95.0, '92.0', 'A']);
    put(ws, 10, 2, ['特定保健指導実施率', '％', 58.3, 65.0, 70.0, '61.4（速報値）', 'A', '法定報告値は令和6年11月確定']);
    put(ws, 11, 1, ['市民協働', '市民意識調査で「住み続けたい」と答えた市民の割合', '％', 72.4, 75.0, 80.0, '－', '－', '隔年調査（次回は令和6年度）']);
    put(ws, 13, 1, ['※進捗評価　A：中間目標を達成　B：達成率80%以上　C：達成率60%以上　D：達成率60%未満']);
    put(ws, 14, 1, ['　達成率＝R5実績÷中間目標（少ないほど良い指標は中間目標÷R5実績）']);
  },
  expected: {
    file: 'h44-rikuzentakata-midterm-and-final.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(RIKU, '出生数', '人', 130, 101, { existing: 'C' }),
      ind(RIKU, '全国学力・学習状況調査で全国平均を上回った教科の割合', '％', 60, 62.5, { existing: 'A' }),
      ind(RIKU, '1人1日当たりごみ排出量', 'g', 930, 948, { existing: 'B', direction: 'down' }),
      ind(RIKU, '観光交流人口', '万人', 100, 93.4, { existing: 'B' }),
      ind(RIKU, '自主防災組織の組織率', '％', 92, 92, { existing: 'A' }),
      ind(RIKU, '特定保健指導実施率', '％', 65, 61.4, { existing: 'A', actualStatus: 'provisional' }),
      { ...ind(RIKU, '市民意識調査で「住み続けたい」と答えた市民の割合', '％', 75, null), actualStatus: 'not-applicable' as const },
    ],
    groups: [],
  },
};

const SHIWA = '成果指標';

const shiwa: Holdout2Workbook = {
  name: 'h44-shiwa-year-notes-one-older',
  layout:
    'D: 現状値 / 目標値（R7） / 実績値 with the year in each cell (「1,064\\n（令和5年度）」), the unit in the name 「（人）」, one actual a calendar year older (令和4年 statistics), title 令和5年度実績',
  build(wb) {
    const ws = wb.addWorksheet(SHIWA);
    merged(ws, 'A1:F1', '紫波町第三次総合計画　成果指標一覧（令和5年度実績）');
    put(ws, 3, 1, ['No.', '成果指標', '現状値', '目標値（R7）', '実績値', '出典・把握方法']);
    put(ws, 4, 1, [1, '転入者数（人）', '1,012\n（令和2年度）', '1,100', '1,064\n（令和5年度）', '住民基本台帳']);
    put(ws, 5, 1, [2, '農業産出額（億円）', '58.4\n（令和元年）', '65.0', '62.1\n（令和4年）', '市町村別農業産出額（推計）※公表は翌々年']);
    put(ws, 6, 1, [3, '町民意識調査で「住みやすい」と答えた人の割合（％）', '68.0\n（令和2年度）', 75, '71.3\n（令和5年度）', '町民意識調査']);
    put(ws, 7, 1, [4, 'オガール地区の年間来訪者数（万人）', '95\n（令和2年度）', 100, '103\n（令和5年度）', '指定管理者報告']);
    put(ws, 8, 1, [5, '地域おこし協力隊の任期後の定住者数（人）', '6\n（令和2年度）', 15, '11\n（令和5年度）', '企画課調べ']);
  },
  expected: {
    file: 'h44-shiwa-year-notes-one-older.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHIWA, '転入者数', '人', 1100, 1064),
      ind(SHIWA, '農業産出額', '億円', 65, 62.1),
      ind(SHIWA, '町民意識調査で「住みやすい」と答えた人の割合', '％', 75, 71.3),
      ind(SHIWA, 'オガール地区の年間来訪者数', '万人', 100, 103),
      ind(SHIWA, '地域おこし協力隊の任期後の定住者数', '人', 15, 11),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

const OFU = '成果指標';

const ofunato: Holdout2Workbook = {
  name: 'h44-ofunato-period-unstated',
  layout:
    "D: 計画策定時 / 目標値 / 実績値 / 達成率 / 評価 with no evaluation period written anywhere (only the baseline column's H30): a guess, 評価 legend in a footnote",
  build(wb) {
    const ws = wb.addWorksheet(OFU);
    merged(ws, 'A1:I1', '大船渡市地域福祉計画　成果指標の達成状況');
    put(ws, 2, 1, ['担当：地域福祉課']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '計画策定時\n（H30）', '目標値', '実績値', '達成率', '評価', '備考']);
    put(ws, 5, 1, [1, '民生委員・児童委員の充足率', '％', 91.0, 100.0, 94.6, '94.6%', 'B', '欠員地区：6地区']);
    put(ws, 6, 1, [2, '地域の茶の間（通いの場）の設置箇所数', 'か所', 42, 55, 48, '87.3%', 'B']);
    put(ws, 7, 1, [3, '市ボランティアセンター登録者数', '人', '1,230', '1,500', '1,118', '74.5%', 'B', '登録更新の際に減少']);
    put(ws, 8, 1, [4, '見守りネットワーク協力事業者数', '事業所', 64, 80, 81, '101.3%', 'A']);
    put(ws, 10, 1, ['※評価　A：達成率100%以上　B：80%以上　C：60%以上　D：60%未満']);
  },
  expected: {
    file: 'h44-ofunato-period-unstated.xlsx',
    indicators: [
      ind(OFU, '民生委員・児童委員の充足率', '％', 100, 94.6, { existing: 'B' }),
      ind(OFU, '地域の茶の間（通いの場）の設置箇所数', 'か所', 55, 48, { existing: 'B' }),
      ind(OFU, '市ボランティアセンター登録者数', '人', 1500, 1118, { existing: 'B' }),
      ind(OFU, '見守りネットワーク協力事業者数', '事業所', 80, 81, { existing: 'A' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [rikuzentakata, shiwa, ofunato];
