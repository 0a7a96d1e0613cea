/**
 * Hold-out 103, three traps: 観光庁 statistics whose 確定値 came in after the 速報値 (the sheet says to grade on the 確定値 where it
 * is published), an inbound recovery table whose 2019 column is no target though one target reads 「2019年水準」, and an
 * international exchange table graded on the sheet's own S / A / B / C scale.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- 速報値 and 確定値 side by side
const P_ROWS: [string, string, number, number, number | string, string, string][] = [
  ['延べ宿泊者数', '人泊', 1200000, 1185400, 1212650, 'A', '観光庁 宿泊旅行統計調査（暦年）'],
  ['外国人延べ宿泊者数', '人泊', 60000, 47900, 49120, 'B', '同上'],
  ['観光入込客数', '千人', 3200, 2950, '令和6年9月公表予定', 'B', '県観光入込客統計。速報値による暫定評価'],
  ['観光消費額', '億円', 210, 160.2, 168.4, 'B', '観光消費額推計'],
  ['外国人観光消費額', '億円', 18, 12.1, '未公表', 'C', '訪日外国人消費動向調査。速報値による暫定評価'],
  ['客室稼働率', '%', 65, 61.2, 62.8, 'B', '観光庁 宿泊旅行統計調査（暦年）'],
];

function buildPrelim(ws: Worksheet): void {
  ws.columns = [{ width: 22 }, { width: 8 }, { width: 14 }, { width: 18 }, { width: 18 }, { width: 8 }, { width: 40 }];
  put(ws, 1, 1, ['令和５年度　観光振興計画 KPI評価（観光庁統計 確定値反映版）']);
  put(ws, 2, 1, ['※確定値が公表されている指標は確定値で評価する。確定値が未公表の指標は速報値で暫定評価とする。']);
  put(ws, 4, 1, ['指標', '単位', 'R5目標値\nTarget', 'R5実績値 Actual', undefined, '評価', '備考']);
  put(ws, 5, 4, ['速報値\nPreliminary', '確定値\nFinal']);
  for (const m of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5', 'G4:G5']) ws.mergeCells(m);
  P_ROWS.forEach((r, i) => {
    put(ws, 6 + i, 1, r);
    for (const c of [3, 4, 5]) ws.getCell(6 + i, c).numFmt = r[1] === '億円' || r[1] === '%' ? '#,##0.0' : '#,##0';
  });
}

const PS = 'KPI評価';
const prelimIndicators: ExpectedIndicator[] = P_ROWS.map((r) =>
  typeof r[4] === 'number'
    ? ind(PS, r[0], r[1], r[2], r[4], { existing: r[5] })
    : ind(PS, r[0], r[1], r[2], r[3], { existing: r[5], actualStatus: 'provisional' }),
);

const prelimFinal: Holdout2Workbook = {
  name: 'h103-trap-sokuho-kakutei',
  layout:
    'trap: R5実績値 split into 速報値 Preliminary｜確定値 Final; the sheet says grade on 確定値 where published, else 速報値 (暫定), and 速報 and 確定 fall in different bands',
  build(wb) {
    buildPrelim(wb.addWorksheet(PS));
  },
  expected: { file: 'h103-trap-sokuho-kakutei.xlsx', fiscalYear: 2023, indicators: prelimIndicators, groups: [] },
};

// ---------------------------------------------------------------- recovery to 2019: the 2019 column is a baseline
const V_ROWS: [string, string, number, number | string, number, string][] = [
  ['外国人延べ宿泊者数', '人泊', 58200, 45000, 52310, ''],
  ['外国人観光入込客数', '千人', 185, '2019年水準', 160, ''],
  ['国際線チャーター便運航数', '便', 24, 12, 6, ''],
  ['訪日外国人消費額', '億円', 32.5, 28, 30.9, ''],
  ['ピーク月への宿泊集中度', '%', 18.5, 15.0, 16.2, '低いほど良い（閑散期への分散を目指す）'],
  ['海外旅行会社向けセミナー参加社数', '社', 40, 40, 46, ''],
];

function buildRecovery(ws: Worksheet): void {
  ws.columns = [{ width: 30 }, { width: 8 }, { width: 18 }, { width: 16 }, { width: 16 }, { width: 12 }, { width: 36 }];
  put(ws, 1, 1, ['令和５年度　インバウンド回復目標の達成状況']);
  put(ws, 2, 1, ['（観光庁統計は暦年。2023年＝令和5年度評価分）']);
  put(ws, 4, 1, ['指標', '単位', '2019年（コロナ前）\nPre-COVID', '2023年 目標\nTarget', '2023年 実績\nActual', '2019年比\nvs 2019', '備考']);
  V_ROWS.forEach((r, i) => {
    const vs = Math.round((r[4] / r[2]) * 1000) / 1000;
    put(ws, 5 + i, 1, [r[0], r[1], r[2], r[3], r[4], vs, r[5] || undefined]);
    ws.getCell(5 + i, 6).numFmt = '0.0%';
  });
  put(ws, 12, 1, ['※「2019年水準」はコロナ前（2019年）の実績値まで回復させることを目標とするもの。']);
}

const VS = 'インバウンド回復';
const recoveryIndicators: ExpectedIndicator[] = [
  ind(VS, '外国人延べ宿泊者数', '人泊', 45000, 52310),
  ind(VS, '外国人観光入込客数', '千人', 185, 160),
  ind(VS, '国際線チャーター便運航数', '便', 12, 6),
  ind(VS, '訪日外国人消費額', '億円', 28, 30.9),
  ind(VS, 'ピーク月への宿泊集中度', '%', 15, 16.2, { direction: 'down' }),
  ind(VS, '海外旅行会社向けセミナー参加社数', '社', 40, 46),
];

const recovery2019: Holdout2Workbook = {
  name: 'h103-trap-2019-recovery',
  layout:
    'trap: 2019年（コロナ前） column left of 2023年 目標 / 実績 and a 2019年比 % column; one target written 「2019年水準」 (the 2019 value, a guess); one 低いほど良い in 備考',
  build(wb) {
    buildRecovery(wb.addWorksheet(VS));
  },
  expected: { file: 'h103-trap-2019-recovery.xlsx', fiscalYear: 2023, indicators: recoveryIndicators, groups: [], guesses: ['target-from-baseline'] },
};

// ---------------------------------------------------------------- the sheet's own S / A / B / C scale
const O_ROWS: [string, string, number, number, string][] = [
  ['国際交流員による出前講座回数', '回', 40, 52, 'S'],
  ['外国人住民向け多言語情報発信数', '件', 200, 215, 'A'],
  ['多言語通訳タブレット設置施設数', 'か所', 30, 24, 'B'],
  ['姉妹都市とのオンライン交流回数', '回', 12, 9, 'B'],
  ['外国人観光客案内ボランティア登録者数', '人', 80, 97, 'A'],
  ['やさしい日本語講座受講者数', '人', 100, 118, 'A'],
  ['留学生ホームステイ受入件数', '件', 15, 10, 'C'],
];

const ownGrade = (t: number, a: number) => {
  const r = a / t;
  return r >= 1.2 ? 'S' : r >= 1 ? 'A' : r >= 0.8 ? 'B' : 'C';
};

function buildOwnScale(ws: Worksheet): void {
  ws.columns = [{ width: 36 }, { width: 8 }, { width: 14 }, { width: 14 }, { width: 10 }, { width: 8 }];
  put(ws, 1, 1, ['国際交流・多言語共生施策　成果指標評価表']);
  put(ws, 2, 1, ['対象年度：令和５年度（2023年度）']);
  put(ws, 3, 1, ['評価基準　S：達成率120％以上　A：100％以上120％未満　B：80％以上100％未満　C：80％未満']);
  put(ws, 5, 1, ['指標 Indicator', '単位', '目標値 Target', '実績値 Actual', '達成率', '評価']);
  O_ROWS.forEach((r, i) => {
    put(ws, 6 + i, 1, [r[0], r[1], r[2], r[3], Math.round((r[3] / r[2]) * 1000) / 1000, r[4]]);
    ws.getCell(6 + i, 5).numFmt = '0.0%';
  });
}

const OS = '成果指標評価';
const ownIndicators: ExpectedIndicator[] = O_ROWS.map((r) => ({ ...ind(OS, r[0], r[1], r[2], r[3], { existing: r[4] }), grade: ownGrade(r[2], r[3]) }));

const ownScale: Holdout2Workbook = {
  name: 'h103-trap-own-scale-sabc',
  layout: 'trap: 評価基準 S ≥120 % / A ≥100 % / B ≥80 % / C below, stated above the table; grades on that scale, not the default A–D',
  build(wb) {
    buildOwnScale(wb.addWorksheet(OS));
  },
  expected: { file: 'h103-trap-own-scale-sabc.xlsx', fiscalYear: 2023, indicators: ownIndicators, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [prelimFinal, recovery2019, ownScale];
