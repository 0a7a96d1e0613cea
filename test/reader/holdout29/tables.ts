/** Hold-out 29, tables: system exports, progress tables, KPI lists and monthly reports as other offices lay them out. */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const S1 = '外部評価';
const S2 = '調書一覧';
const S3 = '進捗管理表';
const S4 = 'KPI効果検証';
const S5 = '月次報告';

/** An external review committee's handout: base and final values beside the year's target and actual, the department's own grade, comments. */
const committee: Holdout2Workbook = {
  name: 'h29-committee-handout',
  layout: '外部評価委員会 資料: 基準値・最終目標の横に R5 目標/実績、内部評価（A〜D）、委員意見列、注記行',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和５年度 外部評価委員会　資料２']);
    put(ws, 2, 1, ['施策の成果指標の達成状況（令和５年度実績）']);
    put(ws, 4, 1, ['No.', '施策名', '成果指標', '単位', '基準値（R2）', '最終目標（R7）', 'R5目標', 'R5実績', '内部評価', '委員会意見']);
    put(ws, 5, 1, [1, '子育て支援の充実', '子育て支援センター利用者数', '人', '8,420', '12,000', '10,500', '9,870', 'B', '利用拡大の周知を']);
    put(ws, 6, 1, [2, '子育て支援の充実', '放課後児童クラブ待機児童数', '人', 46, 0, 10, 14, 'C', '']);
    put(ws, 7, 1, [3, '観光の振興', '観光入込客数', '千人', '1,820', '2,300', '2,100', '2,240', 'A', '']);
    put(ws, 8, 1, [4, '観光の振興', '宿泊者数', '人泊', '186,500', '230,000', '210,000', '151,300', 'D', 'コロナ後の回復遅れ']);
    put(ws, 10, 1, ['※待機児童数は少ないほど良い指標（目標は減少）。内部評価は担当課による。']);
    ws.mergeCells('A1:J1');
  },
  expected: {
    file: 'h29-committee-handout.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '子育て支援センター利用者数', '人', 10500, 9870, { existing: 'B' }),
      ind(S1, '放課後児童クラブ待機児童数', '人', 10, 14, { direction: 'down', existing: 'C' }),
      ind(S1, '観光入込客数', '千人', 2100, 2240, { existing: 'A' }),
      ind(S1, '宿泊者数', '人泊', 210000, 151300, { existing: 'D' }),
    ],
    groups: [],
  },
};

/** A 事務事業評価調書 exported by the evaluation system: one row per project, two indicator groups of columns across. */
const systemExport: Holdout2Workbook = {
  name: 'h29-jimujigyo-export',
  layout: '事務事業評価調書の一覧出力: 1 行 1 事業、指標1・指標2 の名称/単位/目標/実績の列が横に並ぶ（2 段見出し）',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['事務事業評価調書　一覧（2023年度実績）　出力日：2024/05/20']);
    put(ws, 3, 1, ['事業番号', '事業名', '所管課', '活動指標', undefined, undefined, undefined, '成果指標']);
    put(ws, 4, 4, ['指標名', '単位', '目標値', '実績値', '指標名', '単位', '目標値', '実績値']);
    ws.mergeCells('D3:G3');
    ws.mergeCells('H3:K3');
    put(ws, 5, 1, ['01-02-03', '健康診査事業', '健康推進課', '特定健診受診券送付件数', '件', 18000, 17650, '特定健診受診率', '％', 60, 48.2]);
    put(ws, 6, 1, ['01-02-07', '介護予防教室運営事業', '長寿支援課', '教室開催回数', '回', 240, 252, '教室参加実人数', '人', 1500, 1320]);
    put(ws, 7, 1, ['03-01-01', '空き家対策事業', '都市計画課', '空き家相談件数', '件', 120, 87, '特定空家等の件数', '件', 30, 34]);
    put(ws, 9, 1, ['注）「特定空家等の件数」は減少を目指す指標。']);
  },
  expected: {
    file: 'h29-jimujigyo-export.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '特定健診受診券送付件数', '件', 18000, 17650),
      ind(S2, '特定健診受診率', '％', 60, 48.2),
      ind(S2, '教室開催回数', '回', 240, 252),
      ind(S2, '教室参加実人数', '人', 1500, 1320),
      ind(S2, '空き家相談件数', '件', 120, 87),
      ind(S2, '特定空家等の件数', '件', 30, 34, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** 子ども・子育て支援事業計画 progress table: marks for grades with a legend, a 合計 row, a hidden superseded row. */
const kosodate: Holdout2Workbook = {
  name: 'h29-kosodate-marks',
  layout: '子ども・子育て 進捗管理表: 評価は ◎○△× と凡例、区分の結合セル、合計行（指標ではない）、非表示の旧指標行',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 2, ['第２期 子ども・子育て支援事業計画　進捗管理表（令和５年度）']);
    put(ws, 2, 2, ['評価の凡例：◎＝達成（100％以上）　○＝概ね達成（80％以上）　△＝やや遅れ（60％以上）　×＝遅れ（60％未満）']);
    put(ws, 4, 2, ['区分', '事業・指標', '単位', '計画値', '実績値', '評価', '備考']);
    put(ws, 5, 2, ['地域子ども・子育て支援事業', '一時預かり事業 延べ利用者数', '人日', '4,800', '5,112', '◎']);
    put(ws, 6, 2, [undefined, 'ファミリー・サポート・センター 活動件数', '件', '2,600', '1,930', '△', '提供会員不足']);
    put(ws, 7, 2, [undefined, '旧）病児保育 利用者数（R4で廃止）', '人', 900, 0, '×']);
    put(ws, 8, 2, [undefined, '病児・病後児保育 延べ利用者数', '人', '1,100', '968', '○']);
    put(ws, 9, 2, [undefined, '合計', '', '8,500', '8,010', '']);
    put(ws, 10, 2, ['教育・保育', '保育所等待機児童数（4月1日）', '人', 0, 0, '◎', '減少を目指す指標（0人を維持）']);
    ws.mergeCells('B5:B9');
    ws.getRow(7).hidden = true;
  },
  expected: {
    file: 'h29-kosodate-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '一時預かり事業 延べ利用者数', '人日', 4800, 5112, { existing: 'A' }),
      ind(S3, 'ファミリー・サポート・センター 活動件数', '件', 2600, 1930, { existing: 'C' }),
      ind(S3, '病児・病後児保育 延べ利用者数', '人', 1100, 968, { existing: 'B' }),
      ind(S3, '保育所等待機児童数（4月1日）', '人', 0, 0, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

/** 総合戦略 KPI list: base value, final target, actuals per year (latest pending), direction column, evaluation year in the title. */
const strategyKpi: Holdout2Workbook = {
  name: 'h29-strategy-kpi-years',
  layout: '総合戦略 KPI 一覧: 基準値(H30)・目標値(R6)・R2〜R5 実績（R5 に 集計中）、方向列、令和5年度効果検証の表題',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　令和５年度 効果検証シート']);
    put(ws, 3, 1, ['基本目標', 'KPI', '単位', '方向', '基準値（H30）', '目標値（R6）', 'R2実績', 'R3実績', 'R4実績', 'R5実績', '備考']);
    put(ws, 4, 1, ['１ しごと', '新規企業立地件数（累計）', '件', '増加', 0, 15, 4, 7, 9, 12]);
    put(ws, 5, 1, [undefined, '市内高校新卒者の市内就職率', '％', '増加', 38.5, 45, 39.1, 40.2, 41.8, 44.6]);
    put(ws, 6, 1, ['２ ひと', '転出超過数', '人', '減少', 412, 200, 380, 351, 298, 260]);
    put(ws, 7, 1, [undefined, '合計特殊出生率', '－', '増加', 1.42, 1.6, 1.38, 1.35, 1.31, '集計中', '人口動態統計の公表待ち']);
    ws.mergeCells('A4:A5');
    ws.mergeCells('A6:A7');
  },
  expected: {
    file: 'h29-strategy-kpi-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(S4, '新規企業立地件数（累計）', '件', 15, 12), targetSource: 'final' },
      { ...ind(S4, '市内高校新卒者の市内就職率', '％', 45, 44.6), targetSource: 'final' },
      { ...ind(S4, '転出超過数', '人', 200, 260, { direction: 'down' }), targetSource: 'final' },
      { ...ind(S4, '合計特殊出生率', null, 1.6, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

/** A monthly report accumulated to the year: 4月〜3月 columns, a 累計 column (SUM formulas), the year's target after it. */
const monthly: Holdout2Workbook = {
  name: 'h29-monthly-cumulative',
  layout: '月次の実績報告: 4月〜3月の列、累計列（SUM 式）、年間目標列、前年度累計列（罠）、R5 は表題の「R5」だけ',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['観光振興計画　月次実績報告（R5）']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    put(ws, 3, 1, ['項目', '単位', ...months, '累計', '年間目標', '前年度累計']);
    const rows: [string, string, number[], number, number][] = [
      ['観光案内所 利用者数', '人', [820, 910, 640, 1020, 1450, 880, 970, 760, 410, 380, 350, 610], 9000, 8120],
      ['体験型観光プログラム 参加者数', '人', [35, 60, 42, 88, 120, 54, 70, 40, 12, 8, 10, 31], 700, 512],
      ['観光ホームページ 閲覧数', '千件', [42, 45, 39, 51, 66, 44, 47, 40, 35, 33, 30, 38], 480, 455],
    ];
    rows.forEach(([name, unit, m, target, last], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, ...m]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: m.reduce((a, b) => a + b, 0) };
      put(ws, r, 16, [target, last]);
    });
  },
  expected: {
    file: 'h29-monthly-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '観光案内所 利用者数', '人', 9000, 9200),
      ind(S5, '体験型観光プログラム 参加者数', '人', 700, 570),
      ind(S5, '観光ホームページ 閲覧数', '千件', 480, 510),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [committee, systemExport, kosodate, strategyKpi, monthly];
