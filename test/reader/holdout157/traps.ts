/**
 * Hold-out 157, three traps: a 令和５年度 評価表 whose 令和６年度（9月末） and 計画期間累計 columns are already filled, a 令和元年度
 * 成果指標評価表 with targets 「前年度以上」「減少」, full-width actuals, 「１２８⏎（うちオンライン参加 40）」 and 備考 figures of
 * the year before, and a 実績推移 evaluated for 令和３年度 with 令和４年度 already filled and ％ stored as fractions.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1_SHEET = '評価表';

const laterColumns: Holdout2Workbook = {
  name: 'h157-kodomo-katei-center-hyoka',
  layout:
    'trap: 令和５年度 評価表 with 令和４・５・６年度 目標／実績 pairs, 令和６年度 実績（9月末） filled, a 計画期間累計（R4～R6） pair, merged two-row headings',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [30, 6, 9, 9, 9, 9, 9, 11, 9, 9, 24]);
    merge(ws, 1, 1, 1, 11, '令和５年度　こども家庭センター（母子保健機能）事業　評価表　（評価対象：令和５年度）');
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和４年度');
    merge(ws, 3, 5, 3, 6, '令和５年度');
    merge(ws, 3, 7, 3, 8, '令和６年度');
    merge(ws, 3, 9, 3, 10, '計画期間累計（R4～R6）');
    merge(ws, 3, 11, 4, 11, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績\n（9月末）', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['母子健康手帳交付時面談実施率', '％', 100, 98.7, 100, 99.2, 100, 100.0, '－', '－', '未面談者は転入・代理人届出'],
      ['妊娠8か月アンケート回答率', '％', 75.0, 78.3, 80.0, 84.6, 85.0, 41.2, '－', '－', '電子申請による回答を導入'],
      ['産後ケア事業 延べ利用者数', '人', 120, 96, 150, 118, 180, 77, 450, 291, ''],
      ['育児相談件数（来所・電話）', '件', 1100, 1163, 1200, 1254, 1300, 602, 3600, 3019, ''],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 8; r++)
      for (let c = 3; c <= 10; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = r <= 6 ? '0.0' : '#,##0';
    box(ws, 3, 1, 8, 11);
    wrap(ws, 3, 1, 8, 11);
    merge(ws, 10, 1, 10, 11, '※令和６年度は９月末現在の実績。累計は令和４年度からの合計');
  },
  expected: {
    file: 'h157-kodomo-katei-center-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '母子健康手帳交付時面談実施率', '％', 100, 99.2),
      ind(T1_SHEET, '妊娠8か月アンケート回答率', '％', 80.0, 84.6),
      ind(T1_SHEET, '産後ケア事業 延べ利用者数', '人', 150, 118),
      ind(T1_SHEET, '育児相談件数（来所・電話）', '件', 1200, 1254),
    ],
    groups: [],
  },
};

const T2_SHEET = '成果指標';

const wordTargets: Holdout2Workbook = {
  name: 'h157-boshi-seika-shihyo-r1',
  layout:
    "trap: 令和元年度 成果指標評価表, targets 「前年度以上」「減少」 (no number), full-width actuals, 「１２８⏎（うちオンライン参加 40）」, 備考 with last year's figures, 方向 ↑/↓, 評価 A–D and 「－」",
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 32, 6, 6, 12, 16, 6, 26]);
    merge(ws, 1, 1, 1, 8, '令和元年度　母子保健事業　成果指標評価表（令和元年度実績）');
    put(ws, 2, 8, ['健康推進課']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '方向', '目標', '実績', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '乳幼児健診未受診者の状況把握率', '％', '↑', 100, '１００', 'A', '未受診児全員の状況を把握'],
      [2, '産後ケア事業実施施設数', 'か所', '↑', '前年度以上', '４', '－', '平成30年度　3か所'],
      [3, '低出生体重児の割合', '％', '↓', '減少', '9.1', '－', '前年度　9.6％'],
      [4, '両親学級（パパママ教室）父親参加者数', '人', '↑', 150, '１２８\n（うちオンライン参加 40）', 'B', ''],
      [5, '3歳児のむし歯有病率', '％', '↓', 10.0, '8.7', 'A', 'H30：12.3％'],
      [6, '乳児家庭全戸訪問率', '％', '↑', 100, '97.4', 'B', ''],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 10, 8);
    wrap(ws, 4, 1, 10, 8);
    merge(ws, 12, 1, 12, 8, '評価　A：目標達成　B：達成率80％以上　C：達成率60％以上　D：達成率60％未満　－：数値目標がないため評価しない');
  },
  expected: {
    file: 'h157-boshi-seika-shihyo-r1.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(T2_SHEET, '乳幼児健診未受診者の状況把握率', '％', 100, 100, { existing: 'A' }),
      ind(T2_SHEET, '産後ケア事業実施施設数', 'か所', null, 4),
      ind(T2_SHEET, '低出生体重児の割合', '％', null, 9.1, { direction: 'down' }),
      ind(T2_SHEET, '両親学級（パパママ教室）父親参加者数', '人', 150, 128, { existing: 'B' }),
      ind(T2_SHEET, '3歳児のむし歯有病率', '％', 10.0, 8.7, { direction: 'down', existing: 'A' }),
      ind(T2_SHEET, '乳児家庭全戸訪問率', '％', 100, 97.4, { existing: 'B' }),
    ],
    groups: [],
  },
};

const T3_SHEET = '実績推移';
/** name, unit, targets and actuals for 平成30年度…令和4年度 (％ ones as fractions), the 令和３年度 figures in the clerk's reading. */
const T3_ROWS: [string, string, number[], number[], number, number][] = [
  ['1歳6か月児健康診査受診率', '％', [0.96, 0.965, 0.97, 0.97, 0.975], [0.958, 0.962, 0.921, 0.951, 0.982], 97, 95.1],
  ['3歳児健康診査受診率', '％', [0.95, 0.955, 0.96, 0.96, 0.965], [0.949, 0.957, 0.903, 0.968, 0.971], 96, 96.8],
  ['新生児聴覚検査受検率', '％', [0.9, 0.92, 0.93, 0.95, 0.97], [0.812, 0.845, 0.861, 0.874, 0.975], 95, 87.4],
  ['妊婦歯科健康診査受診率', '％', [0.4, 0.45, 0.45, 0.5, 0.5], [0.262, 0.274, 0.215, 0.291, 0.338], 50, 29.1],
  ['産婦健康診査受診者数', '人', [560, 580, 580, 600, 600], [541, 566, 523, 547, 612], 600, 547],
];

const fractions: Holdout2Workbook = {
  name: 'h157-boshi-jisseki-suii-fraction',
  layout:
    'trap: 実績推移 with 評価対象年度 令和３年度 in a corner, 目標／実績 rows per 平成30年度…令和4年度 (令和4年度 速報値 filled), ％ stored as fractions under 0.0%, one count in 人',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [28, 6, 6, 11, 11, 11, 11, 11]);
    merge(ws, 1, 1, 1, 6, '母子保健事業　実績推移');
    put(ws, 1, 7, ['評価対象年度', '令和３年度']);
    box(ws, 1, 7, 1, 8);
    put(ws, 3, 1, ['指標', '単位', '区分', '平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度']);
    T3_ROWS.forEach(([name, unit, targets, actuals], i) => {
      const r = 4 + 2 * i;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, unit);
      put(ws, r, 3, ['目標', ...targets]);
      put(ws, r + 1, 3, ['実績', ...actuals]);
      for (let c = 4; c <= 8; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = unit === '％' ? '0.0%' : '#,##0';
    });
    box(ws, 3, 1, 13, 8);
    wrap(ws, 3, 1, 3, 8);
    merge(ws, 15, 1, 15, 8, '※令和４年度の実績は速報値');
  },
  expected: {
    file: 'h157-boshi-jisseki-suii-fraction.xlsx',
    fiscalYear: 2021,
    indicators: T3_ROWS.map(([name, unit, , , target, actual]) => ind(T3_SHEET, name, unit, target, actual)),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterColumns, wordTargets, fractions];
