/**
 * Hold-out 43, one-sheet tables of other offices: 市民意識調査 indicators (％ and 点) with a 傾向 column whose
 * ±2ポイント rule is no grade, targets written relative to the baseline (基準値から10％削減, 基準値比半減, 基準値の1.5倍),
 * and indicators split into 男女別 / 地区別 sub-rows with a 計 row carrying the indicator's figures.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Row = (string | number | null | undefined)[];

function rows(ws: Worksheet, from: number, col: number, list: Row[]): void {
  list.forEach((r, i) => put(ws, from + i, col, r));
}

function buildSurvey(wb: Workbook): void {
  const s = wb.addWorksheet('市民意識調査指標');
  s.mergeCells('A1:J1');
  put(s, 1, 1, ['令和５年度　市民満足度調査に基づく成果指標の状況']);
  put(s, 2, 1, ['調査時期：令和５年７月　対象：18歳以上の市民3,000人（無作為抽出）　回答者数：1,412人（回収率 47.1％）']);
  s.mergeCells('D4:E4');
  put(s, 4, 1, ['No.', '指標（設問）', '単位', '過去の調査結果', undefined, '目標値\n（R5）', '今回結果\n（R5）', '前回比', '傾向', '評価']);
  put(s, 5, 4, ['令和元年度', '令和３年度']);
  for (const c of ['A', 'B', 'C', 'F', 'G', 'H', 'I', 'J']) s.mergeCells(`${c}4:${c}5`);
  rows(s, 6, 1, [
    [1, '市の子育て環境に満足している市民の割合', '％', 48.3, 50.1, 55, 53.9, '+3.8', '向上', 'B'],
    [2, '住み続けたいと思う市民の割合', '％', 78.4, 76.9, 80, 77.5, '+0.6', '維持', 'A'],
    [3, '公共交通の便利さの満足度（５点満点）', '点', 2.61, 2.58, 3, 2.72, '+0.14', '維持', 'B'],
    [4, '地域の防災対策に満足している市民の割合', '％', 35.2, 39.8, 42, 44.6, '+4.8', '向上', 'A'],
    [5, '生涯学習の機会に満足している市民の割合', '％', 31, 29.4, 40, 22.8, '▲6.6', '低下'],
    [6, '市政情報が入手しやすいと感じる市民の割合', '％', 44.1, '－', 50, '－', '－', '－'],
    [7, '市民の主観的幸福度（10点満点）', '点', 6.42, 6.51, 7, 6.38, '▲0.13', '維持'],
  ]);
  put(s, 14, 1, ['※傾向欄は、前回調査との差が±２ポイント以内を「維持」、２ポイントを超える増加を「向上」、減少を「低下」とした。']);
  put(s, 15, 1, ['※No.6は隔年調査のため令和５年度は調査なし。']);
  put(s, 16, 1, ['※評価は今回結果÷目標値により、A：100％以上、B：80％以上100％未満、C：60％以上80％未満、D：60％未満。']);
}

const SURVEY: Holdout2Workbook = {
  name: 'h43-04-citizen-survey-satisfaction',
  layout:
    '市民意識調査: ％ and 点 indicators, two survey years under a merged heading, 前回比 (▲) and 傾向 (±2ポイント＝維持) columns, 評価 on some rows, 隔年 no survey',
  build: buildSurvey,
  expected: {
    file: 'h43-04-citizen-survey-satisfaction.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('市民意識調査指標', '市の子育て環境に満足している市民の割合', '％', 55, 53.9, { existing: 'B' }),
      ind('市民意識調査指標', '住み続けたいと思う市民の割合', '％', 80, 77.5, { existing: 'A' }),
      ind('市民意識調査指標', '公共交通の便利さの満足度（５点満点）', '点', 3, 2.72, { existing: 'B' }),
      ind('市民意識調査指標', '地域の防災対策に満足している市民の割合', '％', 42, 44.6, { existing: 'A' }),
      ind('市民意識調査指標', '生涯学習の機会に満足している市民の割合', '％', 40, 22.8),
      ind('市民意識調査指標', '市政情報が入手しやすいと感じる市民の割合', '％', 50, null, { actualStatus: 'not-applicable' }),
      ind('市民意識調査指標', '市民の主観的幸福度（10点満点）', '点', 7, 6.38),
    ],
    groups: [],
  },
};

function buildRelativeTargets(wb: Workbook): void {
  const s = wb.addWorksheet('環境基本計画');
  put(s, 1, 2, ['第３次盛岡市環境基本計画　進行管理表（令和５年度実績）']);
  put(s, 2, 8, ['環境企画課']);
  put(s, 4, 2, ['指標', '単位', '基準値', '基準年度', '目標\n（令和７年度）', '令和５年度\n実績', '備考']);
  rows(s, 5, 2, [
    ['市民1人1日当たりのごみ排出量', 'g', 968, '平成30年度', '基準値から10％削減', 902, '家庭系＋事業系'],
    ['不法投棄の通報件数', '件', 86, '平成30年度', '基準値比半減', 52],
    ['環境学習講座の参加者数', '人', '1,250', '令和元年度', '基準値から20％増', '1,012'],
    ['リサイクル率', '％', 18.4, '平成30年度', 25, 19.9],
    ['住宅用太陽光発電設備の設置件数（累計）', '件', '2,340', '令和元年度', '基準値の1.5倍', '3,642'],
    ['公害苦情の受付件数', '件', 74, '令和元年度', '60件以下', 58],
  ]);
  put(s, 12, 2, ['※目標は計画策定時（令和3年3月）に基準値をもとに設定した。']);
}

const RELATIVE_TARGETS: Holdout2Workbook = {
  name: 'h43-05-targets-relative-to-baseline',
  layout:
    'one table: 基準値 with its own 基準年度 column, final targets written as 基準値から10％削減 / 基準値比半減 / 基準値から20％増 / 基準値の1.5倍 / 60件以下',
  build: buildRelativeTargets,
  expected: {
    file: 'h43-05-targets-relative-to-baseline.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('環境基本計画', '市民1人1日当たりのごみ排出量', 'g', 968 * 0.9, 902, { direction: 'down' }),
      ind('環境基本計画', '不法投棄の通報件数', '件', 43, 52, { direction: 'down' }),
      ind('環境基本計画', '環境学習講座の参加者数', '人', 1500, 1012),
      ind('環境基本計画', 'リサイクル率', '％', 25, 19.9),
      ind('環境基本計画', '住宅用太陽光発電設備の設置件数（累計）', '件', 3510, 3642),
      ind('環境基本計画', '公害苦情の受付件数', '件', 60, 58, { direction: 'down' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
    guesses: ['target-from-baseline'],
  },
};

function buildSubRows(wb: Workbook): void {
  const s = wb.addWorksheet('健康増進計画');
  put(s, 1, 1, ['健康増進計画「健やか21」評価指標（2023年度）']);
  put(s, 3, 1, ['分野', '指標', '区分', '単位', '方向', '計画策定時\n（2019年度）', '目標値\n（2023年度）', '実績値\n（2023年度）', '評価']);
  const data: Row[] = [
    ['健診', '特定健康診査の受診率', '男性', '％', '↑', 36.8, '－', 39.1],
    [undefined, undefined, '女性', '％', '↑', 44, '－', 46.8],
    [undefined, undefined, '計', '％', '↑', 40.5, 45, 43, 'B'],
    [undefined, 'がん検診（胃がん）受診率', undefined, '％', '↑', 9.8, 15, 11.2, 'C'],
    ['地域活動', 'ふれあいサロン参加者数', '北地区', '人', '↑', 655, undefined, 612],
    [undefined, undefined, '中央地区', '人', '↑', '1,120', undefined, '1,044'],
    [undefined, undefined, '南地区', '人', '↑', 580, undefined, 538],
    [undefined, undefined, '計', '人', '↑', '2,355', '2,400', '2,194', 'B'],
    ['たばこ', '成人の喫煙率', '男性', '％', '↓', 24.6, '－', 21.9],
    [undefined, undefined, '女性', '％', '↓', 6.1, '－', 5.4],
    [undefined, undefined, '計', '％', '↓', 15, 12, 13.5, 'B'],
    ['運動', '週1回以上運動する人の割合', undefined, '％', '↑', 42, 50, 51.3],
    ['母子', '乳幼児健康診査の受診率', undefined, '％', '↑', 97.2, 100, 98.9, 'A'],
  ];
  rows(s, 4, 1, data);
  for (const r of ['B4:B6', 'B8:B11', 'B12:B14', 'A4:A7', 'A8:A11', 'A12:A14']) s.mergeCells(r);
  put(s, 18, 1, ['※男女別・地区別の目標は設定していない。評価は「計」の値による。']);
}

const SUB_ROWS: Holdout2Workbook = {
  name: 'h43-06-gender-district-subrows-with-total',
  layout: 'names merged over 男性/女性/計 and 北/中央/南地区/計 sub-rows; targets and 評価 on the 計 row only (the indicator figure), ↑↓ 方向 column',
  build: buildSubRows,
  expected: {
    file: 'h43-06-gender-district-subrows-with-total.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('健康増進計画', '特定健康診査の受診率', '％', 45, 43, { existing: 'B' }),
      ind('健康増進計画', 'がん検診（胃がん）受診率', '％', 15, 11.2, { existing: 'C' }),
      ind('健康増進計画', 'ふれあいサロン参加者数', '人', 2400, 2194, { existing: 'B' }),
      ind('健康増進計画', '成人の喫煙率', '％', 12, 13.5, { direction: 'down', existing: 'B' }),
      ind('健康増進計画', '週1回以上運動する人の割合', '％', 50, 51.3),
      ind('健康増進計画', '乳幼児健康診査の受診率', '％', 100, 98.9, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const SURVEY_AND_BASELINE_WORKBOOKS: Holdout2Workbook[] = [SURVEY, RELATIVE_TARGETS, SUB_ROWS];
