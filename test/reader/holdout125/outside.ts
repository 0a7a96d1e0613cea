/**
 * Hold-out 125, outside the four families: a 監査委員事務局 監査等の実施状況 (計画 / 実施 / 実施率 per 監査等の種類, 令和６年度),
 * 議会事務局 事務事業評価シート one 事業 per sheet (評価対象年度 令和５年度, a 令和６年度 column of targets only), a 主権者教育
 * table with the years as rows (令和元年度), and 議会傍聴者数 per 定例会 with a 年度計 formula and a 年度目標 (令和６年度).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------

const KANSA_SHEET = '監査等実施状況';

const kansaRows: [string, string, string, number | string, number, string][] = [
  ['定期監査', '第199条第4項', '部局等', 14, 14, ''],
  ['行政監査', '第199条第2項', '件', 1, 1, 'テーマ：公金の収納事務について'],
  ['工事監査', '第199条第5項', '件', 4, 3, '１件は工期延長により令和７年度に実施'],
  ['財政援助団体等監査', '第199条第7項', '団体', 6, 4, '指定管理者２団体は次年度に繰越し'],
  ['例月出納検査', '第235条の2第1項', '回', 12, 12, ''],
  ['決算審査', '第233条第2項', '件', 2, 2, '一般会計等・公営企業会計'],
  ['基金運用状況審査', '第241条第5項', '件', 1, 1, ''],
  ['住民監査請求', '第242条', '件', '－', 2, '請求に基づき実施するため計画件数なし'],
];

const kansa: Holdout2Workbook = {
  name: 'h125-o-kansa-jisshi-jokyo',
  layout:
    'Outside: 監査委員事務局 令和６年度 監査等の実施状況, 区分 merged over rows, 単位 column, 計画／実施 counts, 実施率 as a % formula, 「－」 計画 for 住民監査請求',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(KANSA_SHEET);
    widths(ws, [12, 20, 18, 8, 8, 8, 9, 36]);
    merge(ws, 1, 1, 1, 8, '令和６年度　監査等の実施状況');
    put(ws, 2, 8, ['○○市監査委員事務局']);
    put(ws, 4, 1, ['区分', '監査等の種類', '根拠条項\n（地方自治法）', '単位', '計画', '実施', '実施率', '備考']);
    kansaRows.forEach(([kind, law, unit, plan, done, note], i) => {
      const r = 5 + i;
      put(ws, r, 2, [kind, law, unit, plan, done]);
      if (typeof plan === 'number') {
        const c = ws.getCell(r, 7);
        c.value = { formula: `F${r}/E${r}`, result: done / plan };
        c.numFmt = '0.0%';
      } else put(ws, r, 7, ['－']);
      if (note) put(ws, r, 8, [note]);
    });
    merge(ws, 5, 1, 8, 1, '監査');
    merge(ws, 9, 1, 11, 1, '検査・審査');
    put(ws, 12, 1, ['請求等']);
    wrap(ws, 4, 1, 12, 8);
    box(ws, 4, 1, 12, 8);
    put(ws, 14, 1, ['※実施率＝実施÷計画。定期監査は部局等の数、例月出納検査は実施回数で計上している。']);
  },
  expected: {
    file: 'h125-o-kansa-jisshi-jokyo.xlsx',
    fiscalYear: 2024,
    indicators: kansaRows.map(([kind, , unit, plan, done]) => ind(KANSA_SHEET, kind, unit, typeof plan === 'number' ? plan : null, done)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------

interface JimuIndicator {
  name: string;
  unit: string;
  /** 令和３年度…令和６年度 */
  targets: (number | string)[];
  actuals: (number | string)[];
  note: string;
}

function jimuSheet(ws: Worksheet, title: string, project: string, outline: string, list: JimuIndicator[], grade: string, reason: string): void {
  widths(ws, [28, 7, 9, 11, 11, 11, 11, 26]);
  merge(ws, 1, 1, 1, 8, title);
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 4, project);
  put(ws, 3, 5, ['所管課']);
  merge(ws, 3, 6, 3, 8, '議会事務局　議事調査課');
  put(ws, 4, 1, ['評価対象年度']);
  merge(ws, 4, 2, 4, 4, '令和５年度');
  put(ws, 4, 5, ['会計区分']);
  merge(ws, 4, 6, 4, 8, '一般会計');
  put(ws, 5, 1, ['事業概要']);
  merge(ws, 5, 2, 5, 8, outline);
  box(ws, 3, 1, 5, 8);
  put(ws, 7, 1, ['■成果指標']);
  put(ws, 8, 1, ['指標名', '単位', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '備考']);
  list.forEach((x, i) => {
    const r = 9 + 2 * i;
    merge(ws, r, 1, r + 1, 1, x.name);
    merge(ws, r, 2, r + 1, 2, x.unit);
    put(ws, r, 3, ['目標値', ...x.targets]);
    put(ws, r + 1, 3, ['実績値', ...x.actuals]);
    merge(ws, r, 8, r + 1, 8, x.note);
  });
  const last = 8 + 2 * list.length;
  box(ws, 8, 1, last, 8);
  put(ws, last + 2, 1, ['自己評価', grade, '今後の方向性', '継続']);
  put(ws, last + 3, 1, ['評価の理由']);
  merge(ws, last + 3, 2, last + 3, 8, reason);
  box(ws, last + 2, 1, last + 3, 8);
  wrap(ws, 8, 1, last, 8);
}

const KOHO = '議会広報事業';
const CHUKEI = '議会中継事業';

const jimuJigyo: Holdout2Workbook = {
  name: 'h125-o-gikai-jimujigyo-sheets',
  layout:
    'Outside: 議会事務局 事務事業評価シート, one 事業 per sheet, 評価対象年度 as a label-value cell, 成果指標 目標値／実績値 rows over 令和３年度…令和６年度 (令和６年度 targets only, 「－」 actuals)',
  build(wb: Workbook) {
    jimuSheet(
      wb.addWorksheet(KOHO),
      '令和５年度　事務事業評価シート',
      '議会広報事業',
      '定例会ごとに議会だよりを発行し全戸配布するとともに、議会の活動をホームページ・ＳＮＳで発信する。',
      [
        { name: '議会だよりの発行回数', unit: '回', targets: [4, 4, 4, 4], actuals: [4, 4, 4, '－'], note: '定例会ごとに発行' },
        {
          name: '議会だよりを読んでいる市民の割合',
          unit: '％',
          targets: [60.0, 62.0, 64.0, 66.0],
          actuals: [55.3, 57.1, 52.4, '－'],
          note: '市民意識調査（毎年６月実施）',
        },
      ],
      'B',
      '発行回数は計画どおりであったが、議会だよりを読んでいる市民の割合は前年度を下回った。',
    );
    jimuSheet(
      wb.addWorksheet(CHUKEI),
      '令和５年度　事務事業評価シート',
      '議会中継事業',
      '本会議・委員会をインターネットで生中継及び録画配信し、本会議の傍聴を案内する。',
      [
        {
          name: 'インターネット中継の視聴回数',
          unit: '回',
          targets: [20000, 22000, 24000, 26000],
          actuals: [18412, 21930, 19006, '－'],
          note: '生中継と録画配信の合計',
        },
        { name: '本会議の傍聴者数', unit: '人', targets: [700, 700, 700, 700], actuals: [388, 455, 512, '－'], note: '延べ人数' },
      ],
      'C',
      '視聴回数・傍聴者数とも目標を下回った。休日議会の開催を検討する。',
    );
  },
  expected: {
    file: 'h125-o-gikai-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KOHO, '議会だよりの発行回数', '回', 4, 4),
      ind(KOHO, '議会だよりを読んでいる市民の割合', '％', 64.0, 52.4),
      ind(CHUKEI, 'インターネット中継の視聴回数', '回', 24000, 19006),
      ind(CHUKEI, '本会議の傍聴者数', '人', 700, 512),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------

const SHUKEN_SHEET = '主権者教育';

const shukensha: Holdout2Workbook = {
  name: 'h125-o-shukensha-nendo-rows',
  layout:
    'Outside: 主権者教育推進事業 年度別実績, years as rows 平成29年度…令和２年度, indicator names with units over merged 目標／実績 pairs, 評価対象年度 令和元年度, a 令和２年度 row of targets only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SHUKEN_SHEET);
    widths(ws, [14, 9, 9, 11, 11, 11, 11, 40]);
    merge(ws, 1, 1, 1, 8, '主権者教育推進事業　年度別実績');
    put(ws, 2, 1, ['評価対象年度', '令和元年度']);
    put(ws, 2, 7, ['選挙管理委員会事務局']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '出前授業の実施校数（校）');
    merge(ws, 4, 4, 4, 5, '模擬投票の参加生徒数（人）');
    merge(ws, 4, 6, 4, 7, '選挙啓発ポスターコンクール応募数（点）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 6, 1, ['平成29年度', 5, 4, 400, 356, 300, 284]);
    put(ws, 7, 1, ['平成30年度', 6, 6, 450, 498, 300, 251]);
    put(ws, 8, 1, ['令和元年度', 7, 5, 500, 421, 300, 312, '３月予定の２校は新型コロナウイルス感染症の影響により中止']);
    put(ws, 9, 1, ['令和２年度', 8, undefined, 550, undefined, 300, undefined, '目標のみ']);
    wrap(ws, 4, 1, 9, 8);
    box(ws, 4, 1, 9, 8);
  },
  expected: {
    file: 'h125-o-shukensha-nendo-rows.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(SHUKEN_SHEET, '出前授業の実施校数', '校', 7, 5),
      ind(SHUKEN_SHEET, '模擬投票の参加生徒数', '人', 500, 421),
      ind(SHUKEN_SHEET, '選挙啓発ポスターコンクール応募数', '点', 300, 312),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------

const BOCHO_SHEET = '傍聴・中継';

const bochoRows: [string, string, number[], number][] = [
  ['本会議傍聴者数', '人', [96, 132, 88, 104, 12], 500],
  ['委員会傍聴者数', '人', [14, 22, 9, 17, 0], 80],
  ['インターネット中継視聴回数', '回', [4820, 5310, 4105, 6233, 410], 24000],
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const bocho: Holdout2Workbook = {
  name: 'h125-o-bouchou-teireikai',
  layout: 'Outside: 令和６年度 議会傍聴者数等の状況, columns per 定例会 (６月…２月) and 臨時会, 年度計 as a SUM formula, 年度目標, 達成率 as a % formula',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(BOCHO_SHEET);
    widths(ws, [26, 6, 10, 10, 10, 10, 8, 10, 10, 9]);
    merge(ws, 1, 1, 1, 10, '令和６年度　議会傍聴者数等の状況');
    put(ws, 2, 8, ['議会事務局　議事調査課']);
    put(ws, 4, 1, ['項目', '単位', '６月定例会', '９月定例会', '12月定例会', '２月定例会', '臨時会', '年度計', '年度目標', '達成率']);
    bochoRows.forEach(([name, unit, counts, target], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, ...counts]);
      ws.getCell(r, 8).value = { formula: `SUM(C${r}:G${r})`, result: sum(counts) };
      put(ws, r, 9, [target]);
      const rate = ws.getCell(r, 10);
      rate.value = { formula: `H${r}/I${r}`, result: sum(counts) / target };
      rate.numFmt = '0.0%';
      for (let c = 3; c <= 9; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    wrap(ws, 4, 1, 4, 10);
    box(ws, 4, 1, 7, 10);
    put(ws, 9, 1, ['※２月定例会は令和７年２月18日～３月19日、臨時会は令和６年５月及び11月に開催']);
    put(ws, 10, 1, ['※委員会傍聴者数は常任委員会及び特別委員会の合計']);
  },
  expected: {
    file: 'h125-o-bouchou-teireikai.xlsx',
    fiscalYear: 2024,
    indicators: bochoRows.map(([name, unit, counts, target]) => ind(BOCHO_SHEET, name, unit, target, sum(counts))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [kansa, jimuJigyo, shukensha, bocho];
