/** Hold-out 176, four shapes outside the families that 駐車場・駐輪場・放置自転車対策 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** 指定管理者モニタリング評価シート: one facility, 項目 | 単位 | 方向 | 目標値 | 実績値 | 評価 ○× (no legend). */
const M_SHEET = 'モニタリング評価';
const mRows: [string, string, string, number, number, string, string][] = [
  ['定期利用契約台数', '台', '↑', 1800, 1742, '×', '大学移転により学生の定期契約が減少'],
  ['一時利用台数（年間）', '台', '↑', 95000, 101236, '○', ''],
  ['平均利用率', '％', '↑', 85, 81.0, '×', ''],
  ['利用者満足度', '％', '↑', 80, 83.5, '○', '利用者アンケート（11月実施、回答312人）'],
  ['盗難・いたずら発生件数', '件', '↓', 5, 7, '×', '防犯カメラ増設を指定管理者へ要請'],
];
const MONITOR: Holdout2Workbook = {
  name: 'h176-n-shitei-kanri-monitoring',
  layout: '指定管理者モニタリング評価シート, label-value header, 成果目標 table with ↑/↓ 方向 column and ○× without legend',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [24, 8, 8, 12, 12, 8, 36]);
    merge(ws, 1, 1, 1, 7, '令和６年度　指定管理者モニタリング評価シート');
    put(ws, 3, 1, ['施設名', '市営駅前第一自転車駐車場']);
    put(ws, 4, 1, ['指定管理者', '一般財団法人 市まちづくり公社']);
    put(ws, 5, 1, ['評価対象期間', '令和６年４月１日～令和７年３月31日']);
    put(ws, 6, 1, ['所管課', '都市整備部 交通政策課']);
    for (let r = 3; r <= 6; r++) merge(ws, r, 2, r, 7);
    box(ws, 3, 1, 6, 7);
    put(ws, 8, 1, ['１　成果目標の達成状況']);
    put(ws, 9, 1, ['項目', '単位', '方向', '目標値', '実績値', '評価', 'コメント']);
    mRows.forEach((row, i) => put(ws, 10 + i, 1, row));
    box(ws, 9, 1, 14, 7);
    put(ws, 15, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 17, 1, ['２　総合所見']);
    merge(ws, 18, 1, 18, 7, '利用率は目標を下回ったが、一時利用は増加しており、管理運営はおおむね適正に行われている。');
  },
  expected: {
    file: 'h176-n-shitei-kanri-monitoring.xlsx',
    fiscalYear: 2024,
    indicators: mRows.map(([name, unit, dir, t, a, mark]) => ind(M_SHEET, name, unit, t, a, { direction: dir === '↓' ? 'down' : 'up', existing: mark })),
    groups: [],
  },
};

/** 年度別推移: years as rows 平成29年度…令和3年度, a 目標（令和３年度） row and a 目指す方向 row; 撤去台数 without a target. */
const Y_SHEET = '放置自転車の推移';
const YEARS: Holdout2Workbook = {
  name: 'h176-n-hochi-suii-rows',
  layout: 'years as rows, units in the headings （台）（％）, a 目標 row with 「－」 and a 目指す方向 row under them',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [22, 20, 16, 16]);
    merge(ws, 1, 1, 1, 4, '放置自転車対策の実施状況（令和３年度評価）');
    put(ws, 3, 1, ['年度', '放置自転車台数（台）', '撤去台数（台）', '返還率（％）']);
    const data: [string, number, number, number][] = [
      ['平成29年度', 488, 2315, 44.2],
      ['平成30年度', 431, 2104, 45.9],
      ['令和元年度', 376, 1893, 47.0],
      ['令和２年度', 302, 1620, 48.3],
      ['令和３年度', 263, 1512, 49.8],
    ];
    data.forEach((row, i) => put(ws, 4 + i, 1, row));
    put(ws, 9, 1, ['目標（令和３年度）', 240, '－', 55.0]);
    put(ws, 10, 1, ['目指す方向', '減少', '－', '増加']);
    box(ws, 3, 1, 10, 4);
    put(ws, 11, 1, ['※放置自転車台数は各年度10月の実態調査（平日午前11時）による。']);
  },
  expected: {
    file: 'h176-n-hochi-suii-rows.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(Y_SHEET, '放置自転車台数', '台', 240, 263, { direction: 'down' }),
      ind(Y_SHEET, '撤去台数', '台', null, 1512),
      ind(Y_SHEET, '返還率', '％', 55, 49.8),
    ],
    groups: [],
  },
};

/** 事務事業評価シート, one 事業 per sheet: label-value header, 活動指標／成果指標 with 令和4年度実績 beside 令和5年度目標／実績. */
const J1 = '放置自転車対策事業';
const J2 = '自転車駐車場管理運営事業';
const jSheets: { sheet: string; ka: string; rows: [string, string, string, string, number, number, number][] }[] = [
  {
    sheet: J1,
    ka: '道路管理課',
    rows: [
      ['活動指標', '巡回指導日数', '日', '増加', 238, 240, 236],
      ['成果指標', '駅周辺の放置自転車台数', '台', '減少', 331, 350, 298],
    ],
  },
  {
    sheet: J2,
    ka: '交通政策課',
    rows: [
      ['活動指標', '駐輪場の開設日数', '日', '増加', 365, 365, 365],
      ['成果指標', '駐輪場の利用率', '％', '増加', 70.4, 85.0, 71.2],
    ],
  },
];
const JIMU: Holdout2Workbook = {
  name: 'h176-n-jimu-jigyo-sheets',
  layout: '事務事業評価シート one 事業 per sheet, label-value header, 活動指標／成果指標 rows, 令和4年度実績 column before 令和5年度目標／実績',
  build(wb) {
    for (const s of jSheets) {
      const ws = wb.addWorksheet(s.sheet);
      widths(ws, [12, 26, 8, 10, 14, 14, 14]);
      merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名', s.sheet]);
      put(ws, 4, 1, ['担当課', `都市整備部 ${s.ka}`]);
      put(ws, 5, 1, ['評価対象年度', '令和５年度']);
      for (let r = 3; r <= 5; r++) merge(ws, r, 2, r, 7);
      box(ws, 3, 1, 5, 7);
      put(ws, 7, 1, ['事業の指標']);
      put(ws, 8, 1, ['区分', '指標名', '単位', '目指す方向', '令和4年度実績', '令和5年度目標', '令和5年度実績']);
      s.rows.forEach((row, i) => put(ws, 9 + i, 1, row));
      box(ws, 8, 1, 10, 7);
      put(ws, 12, 1, ['今後の方向性', '継続']);
    }
  },
  expected: {
    file: 'h176-n-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: jSheets.flatMap((s) =>
      s.rows.map(([, name, unit, dir, , t, a]) => ind(s.sheet, name, unit, t, a, { direction: dir === '減少' ? 'down' : 'up' })),
    ),
    groups: [],
  },
};

/** Split sheets: 指標設定 (No., 指標名, 単位, 方向, 令和２年度目標値) and 実績入力 (No., 指標名, 令和２年度実績値, 備考). */
const S1 = '指標設定';
const S2 = '実績入力';
const sInds: [string, string, string, number, number, string][] = [
  ['路上駐車に関する苦情件数', '件', '減少', 120, 134, '警察・道路パトロールへの通報を含む'],
  ['市営時間貸駐車場の稼働率', '％', '増加', 70.0, 52.3, '新型コロナウイルス感染症の影響により減少'],
  ['自動二輪車駐車場の収容台数', '台', '増加', 150, 150, ''],
  ['荷さばき駐車スペースの設置数', 'か所', '増加', 12, 9, '商店会との協議継続中（3か所）'],
];
const SPLIT: Holdout2Workbook = {
  name: 'h176-n-chushajo-split',
  layout: 'split sheets joined by No. and 指標名: 指標設定 with 単位／方向／令和２年度目標値, 実績入力 with 令和２年度実績値 and 備考',
  build(wb) {
    const a = wb.addWorksheet(S1);
    widths(a, [6, 30, 8, 8, 16]);
    merge(a, 1, 1, 1, 5, '駐車場施策　評価指標の設定（令和２年度）');
    put(a, 3, 1, ['No.', '指標名', '単位', '方向', '令和２年度目標値']);
    sInds.forEach(([name, unit, dir, t], i) => put(a, 4 + i, 1, [i + 1, name, unit, dir, t]));
    box(a, 3, 1, 7, 5);
    const b = wb.addWorksheet(S2);
    widths(b, [6, 30, 16, 36]);
    merge(b, 1, 1, 1, 4, '駐車場施策　実績値（令和２年度）');
    put(b, 3, 1, ['No.', '指標名', '令和２年度実績値', '備考']);
    sInds.forEach(([name, , , , v, note], i) => put(b, 4 + i, 1, [i + 1, name, v, note]));
    wrap(b, 4, 4, 7, 4);
    box(b, 3, 1, 7, 4);
  },
  expected: {
    file: 'h176-n-chushajo-split.xlsx',
    fiscalYear: 2020,
    indicators: sInds.map(([name, unit, dir, t, a]) => ind(S1, name, unit, t, a, { direction: dir === '減少' ? 'down' : 'up' })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [MONITOR, YEARS, JIMU, SPLIT];
