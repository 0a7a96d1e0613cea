/**
 * Hold-out 198, three workbooks that invite a silent wrong reading: 単年度 and 累計 actuals side by side with a column saying
 * which one each target counts, ％ stored as fractions beside a 見込 column and ↓ indicators, and an 評価調書 whose later year is
 * already filled (速報値), with a target in words and a footnote that makes a cost lower-is-better.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 累計 vs 単年度

const K_SHEET = '移動支援指標';
const K_ROWS: [string, string, string, number, number, number, number, number, number, string][] = [
  ['乗合タクシー導入地区数', '地区', '累計', 3, 9, 12, 2, 11, 14, 'R5：西山・小倉地区'],
  ['移動支援ボランティア登録者数', '人', '累計', 31, 147, 200, 24, 171, 230, '年度末の登録者数（退会者を除く）'],
  ['高齢者向け乗り方教室の参加者数', '人', '単年度', 128, 354, 200, 132, 486, 200, '老人クラブ・サロンでの出前教室を含む'],
  ['移動手段を確保した交通空白地の人口', '人', '累計', 610, 3200, 3500, 420, 3620, 3800, '各年4月1日の住民基本台帳人口'],
  ['免許返納者へのバス定期券交付件数', '件', '単年度', 96, 210, 120, 131, 341, 130, ''],
];

const trapCumulative: Holdout2Workbook = {
  name: 'h198-trap-ruikei',
  layout:
    "単年度 and 累計 actuals side by side for each year, a 目標の捉え方 column saying which one the target counts (累計 for three, 単年度 for two), next year's target filled",
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [5, 34, 7, 10, 10, 10, 11, 10, 10, 11, 30]);
    merge(ws, 1, 1, 1, 11, '高齢者の移動支援に関する指標の状況（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, 'No');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '目標の\n捉え方');
    merge(ws, 3, 5, 3, 6, '令和4年度実績');
    merge(ws, 3, 7, 4, 7, '令和5年度\n目標値');
    merge(ws, 3, 8, 3, 9, '令和5年度実績');
    merge(ws, 3, 10, 4, 10, '令和6年度\n目標値');
    merge(ws, 3, 11, 4, 11, '備考');
    put(ws, 4, 5, ['単年度', '累計']);
    put(ws, 4, 8, ['単年度', '累計']);
    K_ROWS.forEach((row, i) => {
      put(ws, 5 + i, 1, [i + 1, ...row.slice(0, 9), row[9] || undefined]);
      for (let c = 5; c <= 10; c++) ws.getCell(5 + i, c).numFmt = '#,##0';
    });
    box(ws, 3, 1, 4 + K_ROWS.length, 11);
    wrap(ws, 3, 1, 4 + K_ROWS.length, 11);
    put(ws, 6 + K_ROWS.length, 1, ['※目標の捉え方が「累計」の指標は、計画期間（令和元年度～）の累計値で目標と比較する。']);
  },
  expected: {
    file: 'h198-trap-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K_SHEET, '乗合タクシー導入地区数', '地区', 12, 11),
      ind(K_SHEET, '移動支援ボランティア登録者数', '人', 200, 171),
      ind(K_SHEET, '高齢者向け乗り方教室の参加者数', '人', 200, 132),
      ind(K_SHEET, '移動手段を確保した交通空白地の人口', '人', 3500, 3620),
      ind(K_SHEET, '免許返納者へのバス定期券交付件数', '件', 120, 131),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- ％ as fractions, ↓ indicators, a 見込 column

const P_SHEET = 'KPI進捗';
const P_ROWS: [string, string, string, number, number, number, number, number, number][] = [
  ['高齢運転者（65歳以上）が第一当事者となる交通事故件数', '件', '↓減少', 102, 97, 85, 92, 88, 75],
  ['デマンド交通の予約不成立率', '%', '↓減少', 0.081, 0.063, 0.05, 0.042, 0.04, 0.03],
  ['65歳以上の公共交通利用率', '%', '↑増加', 0.198, 0.214, 0.3, 0.228, 0.26, 0.35],
  ['デマンド交通の年間利用者数', '人', '↑増加', 10105, 11740, 14000, 12860, 14200, 16000],
  ['移動支援ボランティアの延べ活動時間', '時間', '↑増加', 2850, 3120, 3600, 3455, 3700, 4000],
];

const trapFraction: Holdout2Workbook = {
  name: 'h198-trap-fraction-down',
  layout:
    '進捗管理表: ％ stored as fractions under a 0.0% format, two ↓減少 indicators (an accident count and a refusal rate), a 令和6年度見込 column beside the actual that meets the target where the actual does not',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [44, 7, 9, 12, 11, 11, 11, 11, 13, 28]);
    merge(ws, 1, 1, 1, 10, '高齢者の移動支援・交通安全関連KPI　進捗管理表（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 9, ['令和6年6月更新']);
    put(ws, 3, 1, [
      '指標名',
      '単位',
      '目指す\n方向',
      '基準値\n（令和3年度）',
      '令和4年度\n実績',
      '令和5年度\n目標',
      '令和5年度\n実績',
      '令和6年度\n見込',
      '令和7年度\n目標（最終）',
      '備考',
    ]);
    P_ROWS.forEach((row, i) => {
      const r = 4 + i;
      put(ws, r, 1, row);
      for (let c = 4; c <= 9; c++) ws.getCell(r, c).numFmt = row[1] === '%' ? '0.0%' : '#,##0';
    });
    put(ws, 4, 10, ['警察署提供資料（年度集計）']);
    put(ws, 5, 10, ['予約受付件数に対する配車できなかった件数の割合']);
    put(ws, 6, 10, ['高齢者実態調査で「月1回以上利用」と回答した割合']);
    put(ws, 7, 10, ['R6見込は4～5月実績からの推計']);
    box(ws, 3, 1, 3 + P_ROWS.length, 10);
    wrap(ws, 3, 1, 3 + P_ROWS.length, 10);
    put(ws, 5 + P_ROWS.length, 1, ['※目指す方向が「↓減少」の指標は、実績値が目標値以下であれば達成。']);
  },
  expected: {
    file: 'h198-trap-fraction-down.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, '高齢運転者（65歳以上）が第一当事者となる交通事故件数', '件', 85, 92, { direction: 'down' }),
      ind(P_SHEET, 'デマンド交通の予約不成立率', '%', 5, 4.2, { direction: 'down' }),
      ind(P_SHEET, '65歳以上の公共交通利用率', '%', 30, 22.8),
      ind(P_SHEET, 'デマンド交通の年間利用者数', '人', 14000, 12860),
      ind(P_SHEET, '移動支援ボランティアの延べ活動時間', '時間', 3600, 3455),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- later year filled, a target in words, a footnote

const N_SHEET = '評価調書';
const N_ROWS: [string, string, ...(number | string)[]][] = [
  ['コミュニティバス・デマンド交通の年間利用者数', '人', 20000, 19420, 21000, 19870, 22000, 20950, ''],
  ['運行に係る公費負担額', '千円', 47000, 49830, 48000, 51200, 48000, 50100, '※1'],
  ['高齢者おでかけサポート事業の利用者数', '人', '増加', 3105, '増加', 3412, '増加', 3530, '目標は「前年度より増加」'],
  ['デマンド交通の登録運転手数', '人', 28, 27, 30, 26, 32, 29, '年度末現在'],
  ['乗合タクシー運行エリア数', 'エリア', 5, 5, 6, 6, 7, 7, ''],
];

const trapNote: Holdout2Workbook = {
  name: 'h198-trap-note-words',
  layout:
    '評価調書 with 目標 / 実績 pairs for 令和4・5・6年度, the 令和6年度 pair already filled (速報値) while the sheet evaluates 令和5年度, a target 「増加」 in words, a cost made lower-is-better only by a ※1 footnote',
  build(wb) {
    const ws = wb.addWorksheet(N_SHEET);
    widths(ws, [42, 8, 10, 10, 10, 10, 10, 10, 28]);
    merge(ws, 1, 1, 1, 9, '地域公共交通　評価調書');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 2, 8, ['交通政策課']);
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和4年度');
    merge(ws, 3, 5, 3, 6, '令和5年度');
    merge(ws, 3, 7, 3, 8, '令和6年度（速報値）');
    merge(ws, 3, 9, 4, 9, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    N_ROWS.forEach((row, i) => {
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      for (let c = 3; c <= 8; c++) ws.getCell(5 + i, c).numFmt = '#,##0';
    });
    box(ws, 3, 1, 4 + N_ROWS.length, 9);
    wrap(ws, 3, 1, 4 + N_ROWS.length, 9);
    put(ws, 6 + N_ROWS.length, 1, [
      '※1　公費負担額は、運行経費から運賃収入・国県補助金を差し引いた市の負担額であり、少ないほど良好であることを示す（目標値以下で達成）。',
    ]);
    put(ws, 7 + N_ROWS.length, 1, ['※令和6年度欄の実績は令和6年12月末時点の速報値（年度換算）であり、次年度の評価で確定する。']);
  },
  expected: {
    file: 'h198-trap-note-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N_SHEET, 'コミュニティバス・デマンド交通の年間利用者数', '人', 21000, 19870),
      ind(N_SHEET, '運行に係る公費負担額', '千円', 48000, 51200, { direction: 'down' }),
      ind(N_SHEET, '高齢者おでかけサポート事業の利用者数', '人', null, 3412),
      ind(N_SHEET, 'デマンド交通の登録運転手数', '人', 30, 26),
      ind(N_SHEET, '乗合タクシー運行エリア数', 'エリア', 6, 6),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [trapCumulative, trapFraction, trapNote];
