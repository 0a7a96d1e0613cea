/**
 * Hold-out 44, family B (事業実績 tables) as three more offices lay it out: one 事業 with two or three 指標
 * on consecutive rows and its name only on the first (not merged), targets written 「年4回」「月2回」「全校（14校）」
 * and a 達成度 legend in a footnote; 判定 marks ◎○△ with a footnote and last year's actuals to the right; two
 * tables on one sheet whose second one has 実績値 before 目標値 and a 事業費 column between.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { merged } from './policySheets';

const MIYAKO = '事務事業';
type MiyakoRow = [string | number | undefined, string | undefined, string | undefined, string, string, string, string, string?];
const miyakoRows: MiyakoRow[] = [
  [1, '健康づくり推進事業', '健康課', '健康教室の開催回数', '年４回', '４回', 'A'],
  [undefined, undefined, undefined, '健康教室の延べ参加者数', '200人', '163人', 'B'],
  [undefined, undefined, undefined, '特定健診受診率', '45.0%', '41.2%（速報値）', 'B', '法定報告値は11月確定'],
  [2, '学校図書館支援事業', '学校教育課', '学校司書の配置校数', '全校（14校）', '14校', 'A'],
  [undefined, undefined, undefined, '読み聞かせボランティアの派遣回数', '月2回', '月1回', 'C', '派遣先の調整がつかず'],
  [3, '地域公共交通確保維持事業', '企画課', '路線バス年間利用者数', '180,000人', '171,450人', 'B'],
  [undefined, undefined, undefined, 'デマンド型乗合タクシー利用者数', '6,000人', '6,384人', 'A'],
  [4, '防災士養成事業', '危機管理課', '防災士養成講座の受講者数', '40人', '未実施', 'D', '講師の確保ができず次年度に延期'],
];

const miyako: Holdout2Workbook = {
  name: 'h44-miyako-indicators-under-one-project',
  layout:
    'B: 事業 with 2–3 指標 on consecutive rows, 事業名 only on the first row (not merged), targets 「年４回」(full-width)「月2回」「全校（14校）」, 速報値, 未実施, 達成度 legend in a footnote',
  build(wb) {
    const ws = wb.addWorksheet(MIYAKO);
    merged(ws, 'A1:H1', '令和5年度　宮古市事務事業評価　実績一覧');
    put(ws, 2, 1, ['（取りまとめ：企画課）']);
    put(ws, 4, 1, ['No.', '事業名', '担当課', '活動指標・成果指標', '令和5年度目標', '令和5年度実績', '達成度', '備考']);
    miyakoRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 14, 1, ['※達成度　A：目標を達成（100%以上）　B：概ね達成（80%以上100%未満）　C：やや不十分（60%以上80%未満）　D：不十分（60%未満）・未実施']);
  },
  expected: {
    file: 'h44-miyako-indicators-under-one-project.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(MIYAKO, '健康教室の開催回数', '回', 4, 4, { existing: 'A' }),
      ind(MIYAKO, '健康教室の延べ参加者数', '人', 200, 163, { existing: 'B' }),
      ind(MIYAKO, '特定健診受診率', '%', 45, 41.2, { existing: 'B', actualStatus: 'provisional' }),
      ind(MIYAKO, '学校司書の配置校数', '校', 14, 14, { existing: 'A' }),
      ind(MIYAKO, '読み聞かせボランティアの派遣回数', '回', 2, 1, { existing: 'C' }),
      ind(MIYAKO, '路線バス年間利用者数', '人', 180000, 171450, { existing: 'B' }),
      ind(MIYAKO, 'デマンド型乗合タクシー利用者数', '人', 6000, 6384, { existing: 'A' }),
      ind(MIYAKO, '防災士養成講座の受講者数', '人', 40, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const KAMAISHI = 'R5事業実績';
const kamaishiRows: [string, string, string, string, string, string][] = [
  ['創業支援事業', '創業相談件数 60件', '創業相談件数 72件', '◎', '創業相談件数 55件', '継続'],
  ['販路開拓支援事業', '商談会出展事業者数 15社', '出展事業者数 11社', '△', '出展事業者数 13社', '見直し'],
  ['水産物高付加価値化事業', '新商品開発件数 年5件', '新商品開発件数 5件', '◎', '新商品開発件数 3件', '継続'],
  ['企業立地促進事業', '新規立地・増設件数 2件', '新規立地・増設件数 1件', '△', '新規立地・増設件数 2件', '継続'],
  ['ものづくり人材育成事業', '技能講習受講者数 延べ120人', '技能講習受講者数 延べ98人', '○', '技能講習受講者数 延べ104人', '継続'],
  ['商店街にぎわい創出事業', '空き店舗活用件数 4件', '空き店舗活用件数 4件（見込み）', '○', '空き店舗活用件数 2件', '拡充'],
];

const kamaishi: Holdout2Workbook = {
  name: 'h44-kamaishi-marks-last-year-right',
  layout:
    "B: two-row heading (令和5年度 over 目標/実績), targets and actuals as labelled text, 判定 ◎○△ explained in a footnote, （参考）令和4年度実績 column to the right of the year's actual, 見込み",
  build(wb) {
    const ws = wb.addWorksheet(KAMAISHI);
    merged(ws, 'A1:G1', '釜石市産業振興ビジョン　推進事業の実施状況（令和5年度）');
    merged(ws, 'A3:A4', 'No.');
    merged(ws, 'B3:B4', '推進事業名');
    merged(ws, 'C3:D3', '令和5年度');
    merged(ws, 'E3:E4', '判定');
    merged(ws, 'F3:F4', '（参考）令和4年度実績');
    merged(ws, 'G3:G4', '今後の方向性');
    put(ws, 4, 3, ['目標', '実績']);
    kamaishiRows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r]));
    put(ws, 12, 1, ['※判定　◎：目標を達成　○：概ね達成（目標の8割以上）　△：未達成（目標の8割未満）　×：未実施']);
  },
  expected: {
    file: 'h44-kamaishi-marks-last-year-right.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KAMAISHI, '創業支援事業', '件', 60, 72, { existing: '◎' }),
      ind(KAMAISHI, '販路開拓支援事業', '社', 15, 11, { existing: '△' }),
      ind(KAMAISHI, '水産物高付加価値化事業', '件', 5, 5, { existing: '◎' }),
      ind(KAMAISHI, '企業立地促進事業', '件', 2, 1, { existing: '△' }),
      ind(KAMAISHI, 'ものづくり人材育成事業', '人', 120, 98, { existing: '○' }),
      ind(KAMAISHI, '商店街にぎわい創出事業', '件', 4, 4, { existing: '○', actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const ICHINOHE = '令和5年度実績';

const ichinohe: Holdout2Workbook = {
  name: 'h44-ichinohe-two-tables-swapped-columns',
  layout:
    'B: two tables on one sheet under 基本方針 headings; the second has 実績値 before 目標値 and 事業費（千円） between; 指標 column beside 事業名, 延べ, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(ICHINOHE);
    merged(ws, 'A1:F1', '一戸町総合計画　実施計画事業　令和5年度実績報告');
    put(ws, 3, 1, ['基本方針1　安心して暮らせるまちづくり']);
    put(ws, 4, 1, ['事業名', '事業費（千円）', '指標', '目標値', '実績値', '自己評価']);
    put(ws, 5, 1, ['高齢者見守り事業', '3,420', '見守り訪問件数', '1,800件', '1,932件', 'A']);
    put(ws, 6, 1, ['介護予防教室事業', '1,150', '教室参加者数', '延べ900人', '延べ702人', 'B']);
    put(ws, 7, 1, ['地域防災訓練事業', '680', '訓練参加者数', '600人', '615人', 'A']);
    put(ws, 10, 1, ['基本方針2　ひとが輝く教育と文化のまちづくり']);
    put(ws, 11, 1, ['事業名', '指標', '実績値', '目標値', '事業費（千円）', '自己評価']);
    put(ws, 12, 1, ['生涯学習講座開設事業', '講座受講者数', '410人', '500人', '820', 'B']);
    put(ws, 13, 1, ['文化財保護活用事業', '御所野縄文博物館入館者数', '23,650人', '20,000人', '14,300', 'A']);
    put(ws, 14, 1, ['スポーツ推進事業', '町民体育大会参加者数', '未実施', '1,200人', '0', 'D']);
    put(ws, 15, 1, ['※スポーツ推進事業は会場改修工事のため町民体育大会を開催しなかった。']);
  },
  expected: {
    file: 'h44-ichinohe-two-tables-swapped-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(ICHINOHE, '見守り訪問件数', '件', 1800, 1932, { existing: 'A' }),
      ind(ICHINOHE, '教室参加者数', '人', 900, 702, { existing: 'B' }),
      ind(ICHINOHE, '訓練参加者数', '人', 600, 615, { existing: 'A' }),
      ind(ICHINOHE, '講座受講者数', '人', 500, 410, { existing: 'B' }),
      ind(ICHINOHE, '御所野縄文博物館入館者数', '人', 20000, 23650, { existing: 'A' }),
      ind(ICHINOHE, '町民体育大会参加者数', '人', 1200, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [miyako, kamaishi, ichinohe];
