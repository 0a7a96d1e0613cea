/**
 * Hold-out 47, KPI sheets: a 総合戦略 KPI 検証 whose table starts at column H beside a long text block (units
 * inside the values), a DMO report in FY form with full-width digits and a monthly reference table, and a
 * 健康増進計画 indicator list that states no year anywhere (its reading rests on a guess of the period).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const REVIEW = 'KPI検証';

/** 基本目標 (first row of its group), KPI, 基準値（H30）, 目標値（R5）, 実績値（R5）, 評価, 検証コメント. */
const REVIEW_ROWS: (string | undefined)[][] = [
  ['１　稼ぐ力を高める', '観光入込客数', '46.2万人', '50万人', '48.5万人', 'B', '大型イベントの再開で回復基調'],
  [undefined, '観光消費額', '1,180百万円', '1,500百万円', '1,230百万円', 'B', '日帰り客の比率が高い'],
  [undefined, '延べ宿泊者数', '10.4万人泊', '12万人泊', '13.1万人泊', 'A', 'インバウンドの回復'],
  ['２　新しい人の流れをつくる', '移住相談件数', '142件', '300件', '186件', 'C', 'オンライン相談は増加'],
  [undefined, '移住者数', '35人', '100人', '58人', 'D', ''],
  [undefined, '転出超過数', '312人', '200人以下', '265人', 'C', '若年層の転出が続く'],
  ['３　結婚・出産・子育ての希望をかなえる', '合計特殊出生率', '1.42', '1.50', '集計中（R6秋公表予定）', '－', '人口動態統計の確定値待ち'],
];

const REVIEW_TEXT = [
  '【検証の方法】',
  '本シートは、第２期奥州市まち・ひと・しごと創生総合戦略（令和２年度～令和６年度）に掲げる重要業績評価指標（KPI）について、',
  '令和５年度の実績を取りまとめたものである。検証は、産官学金労言の委員10名で構成する総合戦略推進会議において行った。',
  '',
  '【評価の区分】',
  'A：目標値を達成　B：目標値の８割以上　C：目標値の６割以上　D：目標値の６割未満',
  '',
  '【留意事項】',
  '基準値は平成30年度の値。観光関係の数値は岩手県観光統計による。',
  '転出超過数は住民基本台帳による日本人の転出者数から転入者数を差し引いた数であり、少ないほど良い指標である。',
].join('\n');

function buildReview(ws: Worksheet): void {
  put(ws, 1, 1, ['第２期 奥州市まち・ひと・しごと創生総合戦略　KPI検証シート（令和５年度実績）']);
  ws.mergeCells('A1:N1');
  put(ws, 3, 1, [REVIEW_TEXT]);
  ws.mergeCells('A3:F28');
  ws.getCell('A3').alignment = { wrapText: true, vertical: 'top' };
  put(ws, 3, 8, ['基本目標', 'KPI', '基準値（H30）', '目標値（R5）', '実績値（R5）', '評価', '検証コメント']);
  REVIEW_ROWS.forEach((r, i) =>
    put(
      ws,
      4 + i,
      8,
      r.map((v) => v || undefined),
    ),
  );
  ws.mergeCells('H4:H6');
  ws.mergeCells('H7:H9');
  for (let c = 1; c <= 6; c++) ws.getColumn(c).width = 12;
  ws.getColumn(7).width = 3;
  ws.getColumn(9).width = 20;
}

function reviewFacts(): ExpectedIndicator[] {
  const num = (s: string) => Number(s.replace(/[^0-9.]/g, ''));
  const units = ['万人', '百万円', '万人泊', '件', '人', '人'];
  const out = REVIEW_ROWS.slice(0, 6).map((r, i) =>
    ind(REVIEW, r[1] as string, units[i], num(r[3] as string), num(r[4] as string), {
      existing: r[5] as string,
      direction: (r[3] as string).includes('以下') ? 'down' : 'up',
    }),
  );
  out.push(ind(REVIEW, '合計特殊出生率', null, 1.5, null, { actualStatus: 'pending' }));
  return out;
}

const DMO = 'FY2023';

/** KPI, 単位, FY2022実績, FY2023目標, FY2023実績, 前年比, 達成状況 — figures in full-width digits. */
const DMO_ROWS: string[][] = [
  ['延べ宿泊者数', '人泊', '１０９，４７０', '１２０，０００', '１１８，４５０', '１０８．２％', '△'],
  ['外国人延べ宿泊者数', '人泊', '３，１２０', '８，０００', '１１，２４０', '３６０．３％', '○'],
  ['観光消費額単価', '円', '２１，９８０', '２５，０００', '２３，１８０', '１０５．５％', '△'],
  ['来訪者満足度', '％', '８６．１', '９０．０', '８７．５', '１０１．６％', '△'],
  ['リピーター率', '％', '３３．４', '４０．０', '３１．６', '９４．６％', '×'],
  ['公式ウェブサイト閲覧数', 'PV', '５１２，３００', '６００，０００', '７４２，１００', '１４４．９％', '○'],
];

function buildDmo(ws: Worksheet): void {
  put(ws, 2, 2, ['一般社団法人 平泉観光推進機構（DMO）　KPI実績報告　FY2023']);
  ws.mergeCells('B2:H2');
  put(ws, 3, 2, ['対象期間：FY2023（2023年4月～2024年3月）']);
  put(ws, 5, 2, ['KPI', '単位', 'FY2022実績', 'FY2023目標', 'FY2023実績', '前年比', '達成状況']);
  DMO_ROWS.forEach((r, i) => put(ws, 6 + i, 2, r));
  put(ws, 12, 2, ['達成状況　○：目標達成　△：目標の8割以上　×：目標の8割未満']);
  put(ws, 14, 2, ['参考：月別延べ宿泊者数（FY2023、単位：人泊）']);
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const stays = [8120, 12480, 7910, 10230, 14870, 9960, 11520, 12040, 7650, 6890, 7180, 9600];
  put(ws, 15, 2, months);
  put(ws, 16, 2, stays);
  ws.getColumn(2).width = 26;
}

function dmoFacts(): ExpectedIndicator[] {
  const num = (s: string) => Number(s.normalize('NFKC').replace(/[^0-9.]/g, ''));
  return DMO_ROWS.map((r) => ind(DMO, r[0], r[1], num(r[3]), num(r[4])));
}

const HEALTH = '評価指標';

/** 分野, 指標, 対象, 単位, 目指す方向, 策定時の値, 目標値, 現状値, 備考. */
const HEALTH_ROWS: (string | number | undefined)[][] = [
  ['健康管理', '特定健康診査受診率', '40～74歳（国保）', '％', '増加', 41.2, 60.0, 47.3, '法定報告'],
  [undefined, '胃がん検診受診率', '40～69歳', '％', '増加', 22.5, 40.0, 28.9, '地域保健・健康増進事業報告'],
  ['生活習慣', '成人の喫煙率', '20歳以上', '％', '減少', 16.3, 12.0, 14.8, '市民健康意識調査'],
  [undefined, '1日の平均歩数', '20～64歳男性', '歩', '増加', 7420, 9000, 7650, '市民健康意識調査'],
  [undefined, '肥満者の割合', '40～60歳代男性', '％', '減少', 33.9, 28.0, 33.1, '特定健診結果'],
  [undefined, '週1回以上運動する人の割合', '20歳以上', '％', '増加', 42.5, 50.0, 51.2, '市民健康意識調査'],
  ['次世代の健康', '朝食を欠食する子どもの割合', '小学5年生', '％', '減少', 4.8, 0, 3.1, '学校保健調査'],
];

function buildHealth(ws: Worksheet): void {
  put(ws, 1, 1, ['健康増進計画（第３次）　評価指標の状況']);
  ws.mergeCells('A1:I1');
  put(ws, 2, 1, ['健康づくり推進課']);
  put(ws, 4, 1, ['分野', '指標', '対象', '単位', '目指す方向', '策定時の値', '目標値', '現状値', '備考（把握方法）']);
  HEALTH_ROWS.forEach((r, i) => put(ws, 5 + i, 1, r));
  ws.mergeCells('A5:A6');
  ws.mergeCells('A7:A10');
  put(ws, 13, 1, ['※「現状値」は把握できた直近の値。']);
  ws.getColumn(2).width = 28;
}

function healthFacts(): ExpectedIndicator[] {
  return HEALTH_ROWS.map((r) => ind(HEALTH, r[1] as string, r[3] as string, r[6] as number, r[7] as number, { direction: r[4] === '減少' ? 'down' : 'up' }));
}

export const KPI_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h47-strategy-kpi-column-h',
    layout: '総合戦略 KPI 検証: a long text block merged over A3:F28, the table from H3, units inside the values, a 以下 target, a 集計中 actual with no unit',
    build: (wb) => buildReview(wb.addWorksheet(REVIEW)),
    expected: { file: 'h47-strategy-kpi-column-h.xlsx', fiscalYear: 2023, indicators: reviewFacts(), groups: [] },
  },
  {
    name: 'h47-dmo-fy-fullwidth',
    layout: 'DMO KPI report: FY2022/FY2023 headings, full-width digits as text, a 前年比 column, ○△× marks, a monthly reference table below',
    build: (wb) => buildDmo(wb.addWorksheet(DMO)),
    expected: { file: 'h47-dmo-fy-fullwidth.xlsx', fiscalYear: 2023, indicators: dmoFacts(), groups: [] },
  },
  {
    name: 'h47-health-plan-no-year',
    layout: '健康増進計画 指標: 策定時の値 / 目標値 / 現状値, 対象 and 目指す方向 (増加/減少) columns, no year anywhere (a guess of the period)',
    build: (wb) => buildHealth(wb.addWorksheet(HEALTH)),
    expected: { file: 'h47-health-plan-no-year.xlsx', indicators: healthFacts(), groups: [], guesses: ['period'] },
  },
];
