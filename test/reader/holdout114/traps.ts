/**
 * Hold-out 114, traps (保健衛生・生活衛生): 動物愛護 成果指標 whose targets are 「0頭」「0件」 (lower is better, the direction in
 * a note and 備考) beside a 最終目標 column; a 献血推進 table with 令和4年度実績 and the next year's 令和6年度目標 around the
 * year's 目標｜実績; 歯科健診 受診率 whose 目標 is sometimes 「前年度以上」 beside the 受診者数 column.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

function m(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

// ---------------------------------------------------------------------------------------------
// 9. 目標が「0頭」: 基準値｜令和6年度 目標｜実績｜最終目標（令和8年度）｜評価｜備考, figures with units in the cells.

const ZERO: [string, string, number, number, number, number, string, boolean][] = [
  ['犬の殺処分数', '頭', 3, 0, 0, 0, 'A', true],
  ['猫の殺処分数', '頭', 42, 0, 4, 0, 'C', true],
  ['犬猫の引取り数', '頭', 312, 220, 236, 180, 'B', true],
  ['犬猫の譲渡率', '%', 48.2, 70, 66.5, 80, 'B', false],
  ['犬による咬傷事故件数', '件', 12, 8, 10, 5, 'B', true],
  ['動物に関する苦情件数', '件', 520, 450, 468, 400, 'B', true],
  ['狂犬病予防注射接種率', '%', 68.0, 72, 69.1, 75, 'B', false],
  ['多頭飼育崩壊の発生件数', '件', 2, 0, 1, 0, 'D', true],
];
const fmt = (v: number, u: string) => `${v}${u}`;
const S9 = '成果指標';
const zero: Holdout2Workbook = {
  name: 'h114-zero-target',
  layout:
    'trap: 動物愛護 成果指標, 基準値（令和元年度）｜令和6年度（目標｜実績）｜最終目標（令和8年度）｜評価｜備考, targets 「0頭」「0件」 (減少 in 備考 and the note), actual 0 against 0, a 評価 scale in the note',
  build(wb) {
    const ws = wb.addWorksheet(S9);
    m(ws, 'A1:G1', '第2次〇〇市動物愛護管理推進計画　成果指標の進捗状況（令和6年度）');
    m(ws, 'A3:A4', '指標名');
    m(ws, 'B3:B4', '基準値\n（令和元年度）');
    m(ws, 'C3:D3', '令和6年度');
    put(ws, 4, 3, ['目標', '実績']);
    m(ws, 'E3:E4', '最終目標\n（令和8年度）');
    m(ws, 'F3:F4', '評価');
    m(ws, 'G3:G4', '備考');
    ZERO.forEach(([name, u, base, t, a, fin, grade, down], i) =>
      put(ws, 5 + i, 1, [name, fmt(base, u), fmt(t, u), fmt(a, u), fmt(fin, u), grade, down ? '減少を目指す' : undefined]),
    );
    ws.getCell(6, 7).value = '減少を目指す（負傷・疾病による処分4頭）';
    ws.getCell('A14').value = '※殺処分数・引取り数・咬傷事故件数・苦情件数・多頭飼育崩壊の発生件数は減少を目指す指標。';
    ws.getCell('A15').value =
      '※評価は達成率（減少を目指す指標は目標÷実績、実績0は達成）による。A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満';
  },
  expected: {
    file: 'h114-zero-target.xlsx',
    fiscalYear: 2024,
    indicators: ZERO.map(([name, u, , t, a, , grade, down]) => ind(S9, name, u, t, a, { direction: down ? 'down' : 'up', existing: grade })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 10. 献血推進: 区分｜単位｜令和4年度実績｜令和5年度（目標｜実績｜達成率）｜令和6年度目標, a 見込み and a 未実施.

const KENKETSU: [string, string, number, number, number | string, number | null][] = [
  ['献血者数（全血・成分計）', '人', 3350, 3300, 3412, 3400],
  ['400mL献血者数', '人', 2410, 2500, 2388, 2500],
  ['成分献血者数', '人', 620, 700, 702, 720],
  ['10代・20代の献血者数', '人', 512, 600, 455, 600],
  ['献血協力事業所数', '社', 48, 55, 51, 58],
  ['移動採血車の配車日数', '日', 96, 100, '98（見込み）', 100],
  ['高校生献血セミナー実施校数', '校', 3, 5, '未実施', 5],
];
const S10 = '献血推進';
const kenketsu: Holdout2Workbook = {
  name: 'h114-kenketsu-nextyear',
  layout:
    "trap: 献血推進計画 実績, 区分｜単位｜令和4年度実績｜令和5年度（目標｜実績｜達成率）｜令和6年度目標 — the last year's actual and next year's target around the year read; 「98（見込み）」, 未実施",
  build(wb) {
    const ws = wb.addWorksheet(S10);
    m(ws, 'A1:G1', '令和５年度　〇〇市献血推進計画　実績報告');
    m(ws, 'A3:A4', '区分');
    m(ws, 'B3:B4', '単位');
    m(ws, 'C3:C4', '令和4年度\n実績');
    m(ws, 'D3:F3', '令和5年度');
    put(ws, 4, 4, ['目標', '実績', '達成率']);
    m(ws, 'G3:G4', '令和6年度\n目標');
    KENKETSU.forEach(([name, u, last, t, a, next], i) => {
      const rate = typeof a === 'number' ? `${((a / t) * 100).toFixed(1)}%` : a === '未実施' ? '－' : `${((98 / t) * 100).toFixed(1)}%`;
      put(ws, 5 + i, 1, [name, u, last, t, a, rate, next]);
    });
    ws.getCell('A13').value = '※令和6年度目標は、令和6年度献血推進計画（令和6年3月策定）による。';
    ws.getCell('A14').value = '※高校生献血セミナーは、実施予定校の行事日程と調整がつかず未実施。';
  },
  expected: {
    file: 'h114-kenketsu-nextyear.xlsx',
    fiscalYear: 2023,
    indicators: KENKETSU.map(([name, u, , t, a]) =>
      typeof a === 'number'
        ? ind(S10, name, u, t, a)
        : a === '未実施'
          ? ind(S10, name, u, t, null, { actualStatus: 'not-implemented' })
          : ind(S10, name, u, t, 98, { actualStatus: 'provisional' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 11. 歯科健診: 対象者数｜受診者数｜受診率｜目標受診率｜前年度受診率, two targets 「前年度以上」 (a target taken from last year: a guess);
//     then 歯科保健指標 with 令和4年度｜目標｜前年度, one lower-is-better.

const SHIKA: [string, number, number, number, number | string, number][] = [
  ['1歳6か月児歯科健康診査', 812, 781, 96.2, 95.0, 95.4],
  ['3歳児歯科健康診査', 845, 790, 93.5, 95.0, 94.1],
  ['妊婦歯科健康診査', 790, 221, 28.0, '前年度以上', 30.5],
  ['成人歯科健康診査（節目年齢）', 6420, 398, 6.2, 10.0, 5.8],
  ['後期高齢者歯科健康診査', 3180, 264, 8.3, '前年度以上', 7.9],
];
const S11 = '歯科健診';
const shika: Holdout2Workbook = {
  name: 'h114-shika-zennendo',
  layout:
    'trap: 歯科健診 対象者数（人）｜受診者数（人）｜受診率（％）｜目標受診率（％）｜前年度受診率（％）, two targets 「前年度以上」, then 歯科保健指標 令和4年度｜目標｜前年度 with a 減少 row',
  build(wb) {
    const ws = wb.addWorksheet(S11);
    m(ws, 'A1:G1', '令和４年度　母子・成人歯科健康診査の実施状況');
    ws.getCell('A3').value = '１　歯科健康診査';
    put(ws, 4, 1, ['健診名', '対象者数\n（人）', '受診者数\n（人）', '受診率\n（％）', '目標受診率\n（％）', '前年度受診率\n（％）', '備考']);
    SHIKA.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.getCell(7, 7).value = '個別通知の時期を見直す';
    ws.getCell(8, 7).value = '対象：40・50・60・70歳';
    ws.getCell('A12').value = '２　歯科保健指標';
    put(ws, 13, 1, ['指標', '単位', '令和4年度', '目標', '前年度', '備考']);
    put(ws, 14, 1, ['3歳児でむし歯のない者の割合', '％', 91.2, 90.0, 89.7]);
    put(ws, 15, 1, ['12歳児の一人平均むし歯数', '本', 0.62, 0.5, 0.66, '減少を目指す']);
    ws.getCell('A17').value = '※「前年度以上」は前年度受診率を上回ることを目標とする。';
  },
  expected: {
    file: 'h114-shika-zennendo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ...SHIKA.map(([name, , , rate, goal, prev]) => ind(S11, name, '％', typeof goal === 'number' ? goal : prev, rate)),
      ind(S11, '3歳児でむし歯のない者の割合', '％', 90.0, 91.2),
      ind(S11, '12歳児の一人平均むし歯数', '本', 0.5, 0.62, { direction: 'down' }),
    ],
    groups: [],
    guesses: ['target-from-last-year'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [zero, kenketsu, shika];
