/** Hold-out 18, first half: result tables that tempt a reader into silent mistakes (other years, reference rows, totals, old targets). */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook as Holdout18Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';

const title = (ws: Worksheet, cell: string, range: string, text: string) => {
  ws.mergeCells(range);
  ws.getCell(cell).value = text;
};

/** A 施策 sheet whose R5 table is followed by last year's (参考) table with the same headings. */
const refTableOtherYear: Holdout18Workbook = (() => {
  const s = '施策3-2';
  const rows: [string, string, number, number][] = [
    ['地域包括支援センター相談件数', '件', 4200, 3864],
    ['認知症サポーター養成講座受講者数', '人', 900, 1012],
    ['介護予防教室参加者数', '人', 2500, 1690],
  ];
  const indicators = rows.map(([n, u, t, a]) => ind(s, n, u, t, a));
  return {
    name: 'h18-ref-table-other-year',
    layout: 'R5 result table, then a 【参考】令和4年度 table with identical headings and R4 figures; rating cell with last year’s grade beside it',
    build(wb) {
      const ws = wb.addWorksheet(s);
      title(ws, 'A1', 'A1:G1', '令和5年度　施策評価シート（健康福祉部）');
      put(ws, 3, 1, ['施策', '3-2　高齢者が安心して暮らせる地域づくり']);
      ws.mergeCells('B4:C4');
      put(ws, 4, 1, ['施策の達成状況評価', null, null, '（前年度評価：B）']);
      put(ws, 6, 1, ['No.', '成果指標', '単位', '目標値', '実績値', '達成率', '備考']);
      rows.forEach(([n, u, t, a], i) => put(ws, 7 + i, 1, [i + 1, n, u, t, a, `${Math.round((a / t) * 1000) / 10}%`]));
      put(ws, 12, 1, ['【参考】令和4年度評価時の状況']);
      put(ws, 13, 1, ['No.', '成果指標', '単位', '目標値', '実績値', '達成率', '備考']);
      const old: [number, number][] = [
        [4000, 3950],
        [800, 655],
        [2400, 2380],
      ];
      rows.forEach(([n, u], i) => put(ws, 14 + i, 1, [i + 1, n, u, old[i][0], old[i][1], `${Math.round((old[i][1] / old[i][0]) * 1000) / 10}%`, 'R4年度']));
      ws.getColumn(2).width = 36;
    },
    expected: {
      file: 'h18-ref-table-other-year.xlsx',
      fiscalYear: 2023,
      indicators,
      groups: [{ sheet: s, cell: 'B4', grade: rollUp(indicators.map((x) => x.grade)) }],
    },
  };
})();

/** 成果指標 on the left, 参考指標 (figures by year, no target) to the right after a spacer column. */
const referenceIndicators: Holdout18Workbook = (() => {
  const s = '基本目標1';
  return {
    name: 'h18-reference-indicators',
    layout: '成果指標 table (基準値/目標値/実績値, 2023年度) beside a 参考指標 table of yearly figures without targets',
    build(wb) {
      const ws = wb.addWorksheet(s);
      title(ws, 'A1', 'A1:K1', '基本目標１　しごとをつくり、安心して働けるようにする　（2023年度 検証）');
      put(ws, 3, 1, ['■成果指標']);
      put(ws, 3, 8, ['■参考指標（目標値は設定していない）']);
      put(ws, 4, 1, ['指標名', '単位', '基準値（2019年度）', '目標値（2023年度）', '実績値（2023年度）', '備考']);
      put(ws, 5, 1, ['市内事業所の新規雇用者数', '人', 310, 400, 372]);
      put(ws, 6, 1, ['創業支援による創業件数', '件', 12, 20, 11]);
      put(ws, 7, 1, ['企業誘致件数（累計）', '件', 3, 8, 9, '2020年度からの累計']);
      put(ws, 4, 8, ['指標名', '単位', '2021年度', '2022年度', '2023年度']);
      put(ws, 5, 8, ['有効求人倍率', '倍', 1.12, 1.25, 1.31]);
      put(ws, 6, 8, ['市内の事業所数', '所', 4120, 4087, 4052]);
      ws.getColumn(1).width = 30;
      ws.getColumn(8).width = 20;
    },
    expected: {
      file: 'h18-reference-indicators.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(s, '市内事業所の新規雇用者数', '人', 400, 372),
        ind(s, '創業支援による創業件数', '件', 20, 11),
        ind(s, '企業誘致件数（累計）', '件', 8, 9),
      ],
      groups: [],
    },
  };
})();

/** A project table with a 合計 row and a 平均 row under three unlike indicators; the year only as R5 in a heading. */
const totalRows: Holdout18Workbook = (() => {
  const s = '事業評価';
  return {
    name: 'h18-total-rows',
    layout: 'project table (事業名・活動指標・単位・R5目標・R5実績・備考) closed by 合計 and 平均 rows; 2 header rows merged',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 1, 1, ['健康づくり推進事業　事務事業評価表', null, null, null, null, '健康推進課']);
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
      ws.mergeCells('C3:C4');
      ws.mergeCells('D3:E3');
      put(ws, 3, 1, ['事業名', '活動指標', '単位', 'R5年度']);
      put(ws, 4, 4, ['目標', '実績']);
      put(ws, 3, 6, ['備考']);
      put(ws, 5, 1, ['健康教室開催事業', '健康教室参加者数', '人', '1,200', '1,134']);
      put(ws, 6, 1, ['運動習慣定着事業', 'ウォーキング教室参加者数', '人', '600', '702']);
      put(ws, 7, 1, ['食育推進事業', '栄養相談実施件数', '件', '350', '201', '管理栄養士1名欠員']);
      put(ws, 8, 1, ['合計', null, null, '2,150', '2,037']);
      put(ws, 9, 1, ['平均', null, null, '717', '679']);
      ws.getColumn(2).width = 28;
    },
    expected: {
      file: 'h18-total-rows.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(s, '健康教室参加者数', '人', 1200, 1134),
        ind(s, 'ウォーキング教室参加者数', '人', 600, 702),
        ind(s, '栄養相談実施件数', '件', 350, 201),
      ],
      groups: [],
    },
  };
})();

/** KPI sheet: 前年度目標 next to 今年度目標, a 前年度評価 column holding last year's grade only. */
const prevTargetColumn: Holdout18Workbook = (() => {
  const s = 'KPI検証';
  const rows: [string, string, number, number, number, string][] = [
    ['観光入込客数', '万人', 180, 195, 188.4, 'A'],
    ['ふるさと納税寄附件数', '件', 12000, 15000, 16230, 'B'],
    ['移住相談件数', '件', 150, 180, 121, 'A'],
    ['子育て支援センター利用者数', '人', 9000, 9500, 7420, 'C'],
  ];
  return {
    name: 'h18-prev-target-column',
    layout: 'KPI table: 前年度目標(R4) | 今年度目標(R5) | 実績(R5) | 前年度評価 (last year’s grades only), title R5年度',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 2, 2, ['R5年度　まち・ひと・しごと創生総合戦略　KPI検証シート']);
      put(ws, 4, 2, ['KPI', '単位', '前年度目標（R4）', '今年度目標（R5）', '実績（R5）', '前年度評価', '備考']);
      rows.forEach(([n, u, p, t, a, g], i) => put(ws, 5 + i, 2, [n, u, p, t, a, g]));
      put(ws, 10, 2, ['※前年度評価欄は令和4年度KPI検証時の評価。今年度の評価は検証会議で決定する。']);
    },
    expected: {
      file: 'h18-prev-target-column.xlsx',
      fiscalYear: 2023,
      indicators: rows.map(([n, u, , t, a]) => ind(s, n, u, t, a)),
      groups: [],
    },
  };
})();

/** Plan indicators in full-width 令和５年度; a note under the table turns one indicator's direction down. */
const directionNote: Holdout18Workbook = (() => {
  const s = '環境指標';
  return {
    name: 'h18-direction-note',
    layout: 'plan indicators (指標・指標の説明・現況値・目標値（R5）・実績値（R5）), a ※ note naming the one lower-is-better indicator',
    build(wb) {
      const ws = wb.addWorksheet(s);
      title(ws, 'A1', 'A1:F1', '第３次環境基本計画　進捗状況（令和５年度）');
      put(ws, 3, 1, ['指標', '指標の説明', '現況値（R元）', '目標値（R5）', '実績値（R5）', '現状把握の方法']);
      put(ws, 4, 1, ['資源物回収量', '集団資源回収による年間回収量（ｔ）', '1,820ｔ', '2,000ｔ', '1,705ｔ', '清掃事業概要']);
      put(ws, 5, 1, ['1人1日当たりごみ排出量', '家庭系・事業系ごみの市民1人1日当たり量（ｇ）', '948ｇ', '900ｇ', '921ｇ', '清掃事業概要']);
      put(ws, 6, 1, ['環境学習講座参加者数', '市主催の環境学習講座への年間参加者数（人）', '420人', '600人', '655人', '所管課集計']);
      put(ws, 8, 1, ['※「1人1日当たりごみ排出量」は、数値が小さいほど良い（減少を目指す）指標です。']);
    },
    expected: {
      file: 'h18-direction-note.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(s, '資源物回収量', 'ｔ', 2000, 1705),
        ind(s, '1人1日当たりごみ排出量', 'ｇ', 900, 921, { direction: 'down' }),
        ind(s, '環境学習講座参加者数', '人', 600, 655),
      ],
      groups: [],
    },
  };
})();

/** 当初目標 and 修正目標 for the year, figures as text with commas; the 修正 one counts. */
const revisedTargets: Holdout18Workbook = (() => {
  const s = '指標一覧';
  const rows: [string, string, string, number, string, number, string, string][] = [
    ['図書館年間貸出冊数', '冊', '520,000', 520000, '480,000', 480000, '455,310', '改修工事による休館のため目標を下方修正（R4）'],
    ['公民館講座受講者数', '人', '8,000', 8000, '9,000', 9000, '9,214', '実績好調のため上方修正（R4）'],
    ['スポーツ教室参加者数', '人', '3,600', 3600, '3,600', 3600, '2,950', '修正なし'],
  ];
  return {
    name: 'h18-revised-targets',
    layout: '当初目標（R5）| 修正目標（R5）| 実績（R5） as comma text, 備考 explaining each revision; 2023年度 title',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 1, 1, ['2023年度　生涯学習推進計画　成果指標の達成状況']);
      put(ws, 2, 1, ['（中間見直しにより目標値を修正した指標は、修正後の目標値で評価する）']);
      put(ws, 4, 1, ['成果指標', '単位', '当初目標（R5）', '修正目標（R5）', '実績（R5）', '備考']);
      rows.forEach(([n, u, t0, , t1, , a, note], i) => put(ws, 5 + i, 1, [n, u, t0, t1, a, note]));
    },
    expected: {
      file: 'h18-revised-targets.xlsx',
      fiscalYear: 2023,
      indicators: rows.map(([n, u, , , , t, a]) => ind(s, n, u, t, Number(a.replace(/,/g, '')))),
      groups: [],
    },
  };
})();

export const TABLE_WORKBOOKS: Holdout18Workbook[] = [refTableOtherYear, referenceIndicators, totalRows, prevTargetColumn, directionNote, revisedTargets];
