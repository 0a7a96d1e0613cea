/**
 * Hold-out 56, traps outside the four families: 事務事業評価 cards whose year is only in the sheet names (R5_…)
 * beside a 事業期間 「平成28年度～」, a statistics table with 速報値 and 確定値 columns, a 市民意識調査 result with
 * fractions under a % format beside a 目標値（％） typed as 60 and a ポイント table, a KPI report with crossed-out
 * (strike) KPIs and a 達成率 column that disagrees, a 障害福祉計画 progress sheet whose targets are formulas into
 * another sheet of year columns, and an 教育委員会 重点事業 table with a 0件 target, an actual only in 備考 and 約.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put as put0, type Holdout2Workbook } from '../holdout2/kit';

const put = (ws: Worksheet, row: number, col: number, values: (string | number | null | undefined)[]) =>
  put0(
    ws,
    row,
    col,
    values.map((v) => (v === '' ? undefined : v)),
  );
const strikeRow = (ws: Worksheet, row: number, c1: number, c2: number) => {
  for (let c = c1; c <= c2; c++) ws.getCell(row, c).font = { strike: true };
};

// ---------------------------------------------------------------------------------------------------------------
// 7. 事務事業評価 cards, one per sheet; the year only in the sheet names 「R5_…」.
type Card = {
  sheet: string;
  project: string;
  section: string;
  since: string;
  purpose: string;
  budget: [number, number];
  rows: [string, string, string, number, number, string, string][];
  note?: string;
};
const cards: Card[] = [
  {
    sheet: 'R5_放課後子ども教室',
    project: '放課後子ども教室推進事業',
    section: '生涯学習課',
    since: '平成28年度～',
    purpose: '放課後の小学校で、地域の方の協力を得て子どもの安全な居場所と体験活動の場をつくる。',
    budget: [4820, 4512],
    rows: [
      ['活動指標', '開設日数', '日', 200, 196, '98.0%', 'B'],
      ['成果指標', '延べ参加児童数', '人', 12000, 12840, '107.0%', 'A'],
    ],
  },
  {
    sheet: 'R5_読書活動推進',
    project: '子ども読書活動推進事業',
    section: '中央図書館',
    since: '平成30年度～',
    purpose: '第３次子ども読書活動推進計画に基づき、家庭・学校・地域での読書活動を進める。',
    budget: [2310, 2298],
    rows: [
      ['活動指標', '読み聞かせ会の開催回数', '回', 48, 45, '93.8%', 'B'],
      ['成果指標', '市民一人当たりの貸出冊数', '冊', 5.2, 4.6, '88.5%', 'B'],
      ['成果指標', '図書標準を達成した学校図書館の割合', '％', 100, 82.0, '82.0%', 'B'],
    ],
  },
  {
    sheet: 'R5_文化財保護',
    project: '文化財保護・活用事業',
    section: '文化振興課',
    since: '平成26年度～',
    purpose: '指定文化財の保存と、歴史資料館での公開・活用を進める。',
    budget: [18650, 17902],
    rows: [
      ['活動指標', '文化財パトロール回数', '回', 24, 24, '100.0%', 'A'],
      ['成果指標', '歴史資料館入館者数', '人', 15000, 9870, '65.8%', 'C'],
    ],
    note: '※7月～10月は空調設備改修のため休館した。',
  },
];
const cardSheets: Holdout2Workbook = {
  name: 'h56-n-cards-year-in-sheet-names',
  layout: '事務事業評価 cards, one project a sheet, year only in the sheet names 「R5_…」, 事業期間 「平成28年度～」, 事業費 box',
  build(wb: Workbook) {
    for (const c of cards) {
      const ws = wb.addWorksheet(c.sheet);
      put(ws, 1, 1, ['事務事業評価シート']);
      put(ws, 3, 1, ['事業名', c.project]);
      ws.mergeCells(3, 2, 3, 5);
      put(ws, 4, 1, ['担当課', c.section, undefined, '事業期間', c.since]);
      put(ws, 5, 1, ['事業の目的', c.purpose]);
      ws.mergeCells(5, 2, 5, 7);
      put(ws, 7, 1, ['■事業費（千円）', '予算額', c.budget[0], '決算額', c.budget[1]]);
      put(ws, 9, 1, ['■指標']);
      put(ws, 10, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率', '評価']);
      c.rows.forEach((r, i) => put(ws, 11 + i, 1, r));
      if (c.note) put(ws, 12 + c.rows.length, 1, [c.note]);
      put(ws, 14 + c.rows.length, 1, ['■今後の方向性', '継続']);
    }
  },
  expected: {
    file: 'h56-n-cards-year-in-sheet-names.xlsx',
    fiscalYear: 2023,
    indicators: cards.flatMap((c) => c.rows.map(([, name, unit, t, a, , g]) => ind(c.sheet, name, unit, t, a, { existing: g }))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 8. A statistics-based indicator table with 速報値 and 確定値 columns for the year (確定値 when there is one).
const S8 = '成果指標';
const stats: [string, string, number, number, number, number | string, string, string][] = [
  ['観光消費額', '億円', 142.5, 160, 151.2, 153.8, 'R6.7', ''],
  ['製造品出荷額等', '億円', 2810, 2900, 2955, '', 'R6.12（予定）', '経済構造実態調査'],
  ['市内事業所の従業者数', '人', 41200, 42000, 40850, '', 'R7.3（予定）', ''],
  ['刑法犯認知件数', '件', 381, 350, 372, 368, 'R6.3', '件数が少ないほど良い指標'],
  ['国民健康保険特定健康診査受診率', '％', 41.2, 45.0, 43.9, 45.6, 'R6.11', '法定報告値'],
  ['出生数', '人', 612, 650, 588, 591, 'R6.6', '人口動態統計'],
];
const sokuhouKakutei: Holdout2Workbook = {
  name: 'h56-n-sokuhou-kakutei-columns',
  layout: 'indicator table with 令和５年度実績 split into 速報値 | 確定値 (two-row heading), 確定値 blank for two rows, R4 確定値 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S8);
    put(ws, 1, 2, ['令和５年度　総合計画成果指標の状況']);
    put(ws, 2, 2, ['令和６年５月末現在　企画政策課']);
    put(ws, 5, 2, ['No.', '成果指標', '単位', '令和４年度\n実績（確定値）', '令和５年度\n目標', '令和５年度実績', undefined, '確定値の公表時期', '備考']);
    put(ws, 6, 7, ['速報値', '確定値']);
    for (const c of [2, 3, 4, 5, 6, 9, 10]) ws.mergeCells(5, c, 6, c);
    ws.mergeCells(5, 7, 5, 8);
    stats.forEach((r, i) => put(ws, 7 + i, 2, [i + 1, ...r]));
    put(ws, 14, 2, ['※確定値が公表されていない指標は、速報値で評価する。速報値は令和６年５月末時点の数値。']);
  },
  expected: {
    file: 'h56-n-sokuhou-kakutei-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S8, '観光消費額', '億円', 160, 153.8),
      ind(S8, '製造品出荷額等', '億円', 2900, 2955, { actualStatus: 'provisional' }),
      ind(S8, '市内事業所の従業者数', '人', 42000, 40850, { actualStatus: 'provisional' }),
      ind(S8, '刑法犯認知件数', '件', 350, 368, { direction: 'down' }),
      ind(S8, '国民健康保険特定健康診査受診率', '％', 45.0, 45.6),
      ind(S8, '出生数', '人', 650, 591),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 9. A 市民意識調査 result: this and last survey stored as fractions under a % format, 目標値（％） typed as 60,
//    a 前回との差（ポイント） column with ▲, and a second small table in ポイント.
const S9 = '意識調査';
const survey: [string, string, string, number, number, number, string, string][] = [
  ['健康づくり', '健康づくりに取り組んでいる市民の割合', '↑', 0.548, 0.587, 60, '+3.9', 'B'],
  ['地域コミュニティ', '地域活動に参加している市民の割合', '↑', 0.312, 0.296, 40, '▲1.6', 'C'],
  ['子育て支援', '市の子育て環境に満足している市民の割合', '↑', 0.655, 0.701, 70, '+4.6', 'A'],
  ['商業振興', '買い物が不便と感じる市民の割合', '↓', 0.224, 0.243, 20, '+1.9', 'C'],
];
const surveyFractions: Holdout2Workbook = {
  name: 'h56-n-survey-fraction-points',
  layout: '市民意識調査: 前回/今回 as fractions with % format beside 目標値（％） typed 60, 差（ポイント） with ▲, a ポイント table below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S9);
    put(ws, 1, 1, ['令和５年度　市民意識調査結果（施策の成果指標）']);
    put(ws, 2, 1, ['調査期間：令和５年７月～８月　回答者1,284人（回収率42.8％）']);
    put(ws, 4, 1, ['施策', '調査項目（成果指標）', '方向', '前回\n（R3調査）', '今回\n（R5調査）', '目標値\n（％）', '前回との差\n（ポイント）', '担当課評価']);
    survey.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      ws.getCell(5 + i, 4).numFmt = '0.0%';
      ws.getCell(5 + i, 5).numFmt = '0.0%';
    });
    put(ws, 10, 1, ['※方向：↑は高いほど良い、↓は低いほど良い。「▲」は前回より低下。']);
    put(ws, 12, 1, ['■総合指標']);
    put(ws, 13, 2, ['指標', '単位', '目標', '実績', '担当課評価']);
    put(ws, 14, 2, ['市政に関心を持つ市民の割合の上昇幅', 'ポイント', '+3.0', '+1.2', 'D']);
    put(ws, 15, 2, ['※R3調査（38.5％）からの上昇幅']);
  },
  expected: {
    file: 'h56-n-survey-fraction-points.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S9, '健康づくりに取り組んでいる市民の割合', '％', 60, 58.7, { existing: 'B' }),
      ind(S9, '地域活動に参加している市民の割合', '％', 40, 29.6, { existing: 'C' }),
      ind(S9, '市の子育て環境に満足している市民の割合', '％', 70, 70.1, { existing: 'A' }),
      ind(S9, '買い物が不便と感じる市民の割合', '％', 20, 24.3, { direction: 'down', existing: 'C' }),
      ind(S9, '市政に関心を持つ市民の割合の上昇幅', 'ポイント', 3.0, 1.2, { existing: 'D' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 10. A KPI report: two KPIs crossed out (strike; footnote: 評価対象外), a 達成率 computed the wrong way, 「約180」.
const S10 = 'KPI実績';
const reportRows: [string, string, string, number, number | string, string, string][] = [
  ['スマート農業推進事業', 'ドローン導入経営体数', '経営体', 15, 9, '60.0%', ''],
  ['〃', 'スマート農業機器導入経営体数', '経営体', 25, 22, '88.0%', 'R5変更承認（旧KPIから変更）'],
  ['〃', '農業法人の売上高', '百万円', 1200, 1263, '105.3%', ''],
  ['中心市街地にぎわい創出事業', '休日の歩行者通行量', '人/日', 8500, 7940, '107.1%', '11月の調査日'],
  ['〃', '空き店舗数', '店舗', 20, 24, '83.3%', ''],
  ['〃', '新規出店数', '件', 12, 14, '116.7%', ''],
  ['関係人口創出事業', '移住体験ツアー参加者数', '人', 150, '約180', '120.0%', '受付簿による概数'],
  ['〃', 'ふるさと納税寄附件数', '件', 18000, 16230, '90.2%', ''],
];
const kpiStrike: Holdout2Workbook = {
  name: 'h56-n-kpi-report-strike',
  layout: '交付金事業 KPI report, 〃 for the project, two KPI rows crossed out (strike), an inverted 達成率, 「約180」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S10);
    put(ws, 1, 2, ['令和５年度　地方創生推進交付金事業　KPI実績報告']);
    put(ws, 2, 2, ['（令和６年３月31日現在）']);
    put(ws, 4, 2, ['事業名', 'KPI', '単位', '目標値', '実績値', '達成率', '備考']);
    reportRows.forEach((r, i) => {
      put(ws, 5 + i, 2, r);
      for (const c of [5, 6]) ws.getCell(5 + i, c).numFmt = '#,##0';
    });
    strikeRow(ws, 5, 3, 8);
    strikeRow(ws, 9, 3, 8);
    put(ws, 14, 2, ['※取消線のKPIは、令和５年度の実施計画変更により削除したもの（評価対象外）。']);
    put(ws, 15, 2, ['※達成率は各課の報告による。']);
  },
  expected: {
    file: 'h56-n-kpi-report-strike.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S10, 'スマート農業機器導入経営体数', '経営体', 25, 22),
      ind(S10, '農業法人の売上高', '百万円', 1200, 1263),
      ind(S10, '休日の歩行者通行量', '人/日', 8500, 7940),
      ind(S10, '新規出店数', '件', 12, 14),
      ind(S10, '移住体験ツアー参加者数', '人', 150, 180, { actualStatus: 'approximate' }),
      ind(S10, 'ふるさと納税寄附件数', '件', 18000, 16230),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 11. A 障害福祉計画 progress sheet: R5目標 cells are formulas into sheet 目標値 (R3 | R4 | R5 columns), ▲ in 前年度比.
const S11 = '進捗管理';
const T11 = '目標値';
const welfare: [string, string, string, number[], number, string][] = [
  ['施設入所者の地域生活への移行者数', '人', '↑', [2, 4, 6], 4, '▲1'],
  ['福祉施設から一般就労への移行者数', '人', '↑', [12, 15, 18], 21, '+5'],
  ['就労移行支援事業の利用者数', '人', '↑', [28, 32, 35], 29, '▲3'],
  ['施設入所者数', '人', '↓', [148, 145, 142], 145, '▲2'],
  ['相談支援事業所数', 'か所', '↑', [6, 7, 8], 8, '±0'],
];
const formulaTargets: Holdout2Workbook = {
  name: 'h56-n-formula-targets-other-sheet',
  layout: "progress sheet whose R5目標 cells are formulas ='目標値'!F4… into a sheet of R3/R4/R5 targets, ▲ in 前年度比, 参考 table beside",
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S11);
    const tg = wb.addWorksheet(T11);
    put(tg, 1, 1, ['第６期障害福祉計画　成果目標（年度別）']);
    put(tg, 3, 1, ['No.', '項目', '単位', 'R3', 'R4', 'R5']);
    put(ws, 1, 1, ['第６期障害福祉計画　成果目標の進捗管理（令和５年度）']);
    put(ws, 2, 1, ['障害福祉課']);
    put(ws, 4, 1, ['No.', '成果目標', '単位', '方向', 'R5目標', 'R5実績', '前年度比', '備考']);
    welfare.forEach(([name, unit, dir, targets, actual, diff], i) => {
      put(tg, 4 + i, 1, [i + 1, name, unit, ...targets]);
      put(ws, 5 + i, 1, [i + 1, name, unit, dir]);
      ws.getCell(5 + i, 5).value = { formula: `'${T11}'!F${4 + i}`, result: targets[2] };
      put(ws, 5 + i, 6, [actual, diff]);
    });
    put(ws, 11, 1, ['※R5目標は「目標値」シートから参照。方向の↓は減らす目標。前年度比の「▲」は減。']);
    put(ws, 4, 10, ['（参考）相談支援の利用件数']);
    put(ws, 5, 10, ['年度', '件数']);
    put(ws, 6, 10, ['R3', 1820]);
    put(ws, 7, 10, ['R4', 1946]);
    put(ws, 8, 10, ['R5', 2104]);
  },
  expected: {
    file: 'h56-n-formula-targets-other-sheet.xlsx',
    fiscalYear: 2023,
    indicators: welfare.map(([name, unit, dir, targets, actual]) => ind(S11, name, unit, targets[2], actual, { direction: dir === '↓' ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 12. An 教育委員会 重点事業 table: a 0件 target (少ないほど良い), an actual only in 備考, 「35％以上」, 「約33」,
//     a ％ stored as a fraction, 集計中.
const S12 = '重点事業';
const focus: [string, string, string, string | number, string | number, string, string][] = [
  ['通学路の安全対策', '通学路における児童生徒の交通事故件数', '件', '0件', 1, 'C', 'ゼロを目指す指標（少ないほど良い）'],
  ['〃', '危険箇所の改善件数', '件', 30, '', 'B', '実績 27件（年度末の工事完了分を含む）'],
  ['学校給食の地産地消', '品目ベースの地場産物使用割合', '％', '35％以上', '約33', 'B', ''],
  ['教育相談の充実', 'スクールカウンセラーの相談件数', '件', 1200, 1356, 'A', ''],
  ['ICT教育の推進', '授業でICTを活用した教員の割合', '％', 100, 0.963, 'A', '教員アンケート（2月）'],
  ['読書活動の推進', '学校図書館の年間利用者数', '人', 45000, '集計中', '', '6月確定予定'],
];
const focusProjects: Holdout2Workbook = {
  name: 'h56-n-focus-zero-remarks',
  layout: '重点事業 table: 0件 target ↓ (備考), actual only in 備考, 「35％以上」 target, 「約33」, a % stored as 0.963, 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S12);
    put(ws, 1, 1, ['令和５年度　教育委員会　重点事業の実施状況']);
    put(ws, 2, 1, ['教育総務課　取りまとめ']);
    put(ws, 4, 1, ['重点事業', '指標', '単位', '目標', '実績', '評価', '備考']);
    focus.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.getCell(9, 5).numFmt = '0.0%';
    put(ws, 12, 1, ['※評価　A：達成　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h56-n-focus-zero-remarks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S12, '通学路における児童生徒の交通事故件数', '件', 0, 1, { direction: 'down', existing: 'C' }),
      ind(S12, '危険箇所の改善件数', '件', 30, 27, { existing: 'B' }),
      ind(S12, '品目ベースの地場産物使用割合', '％', 35, 33, { existing: 'B', actualStatus: 'approximate' }),
      ind(S12, 'スクールカウンセラーの相談件数', '件', 1200, 1356, { existing: 'A' }),
      ind(S12, '授業でICTを活用した教員の割合', '％', 100, 96.3, { existing: 'A' }),
      ind(S12, '学校図書館の年間利用者数', '人', 45000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [cardSheets, sokuhouKakutei, surveyFractions, kpiStrike, formulaTargets, focusProjects];
