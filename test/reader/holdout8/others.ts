/** Hold-out 8: other shapes municipal offices hand in (a sheet per 基本目標, words for progress, half-years, two-row indicators, years as rows). */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

/** One sheet per 基本目標: KPI rows with 基準値, final 目標値, this year's 実績, 進捗 letter and a comment. */
const goalSheets: Holdout2Workbook = {
  name: 'h8-n-goal-sheets',
  layout: 'one sheet per 基本目標, KPI rows 基準値（H30）/目標値（R6）/R5実績/進捗/評価コメント, title line with 令和5年度',
  build(wb) {
    const sheet = (title: string, goal: string, rows: (string | number)[][]) => {
      const ws = wb.addWorksheet(title);
      put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度）']);
      put(ws, 2, 1, [goal]);
      put(ws, 4, 1, ['No', '重要業績評価指標（KPI）', '単位', '基準値（H30）', '目標値（R6）', 'R5実績', '進捗', '評価コメント']);
      rows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r]));
    };
    sheet('基本目標1', '基本目標1 地域の産業を育て、安定した雇用を創出する', [
      ['誘致企業による新規雇用者数（累計）', '人', 0, 300, 214, 'C', '半導体関連の増設が続くが、目標には届いていない。'],
      ['6次産業化の取組件数（累計）', '件', 12, 30, 31, 'A', '直売所との連携により目標を前倒しで達成。'],
    ]);
    sheet('基本目標2', '基本目標2 新しいひとの流れをつくる', [
      ['移住相談窓口を通じた移住者数', '人', 18, 60, 52, 'B', 'オンライン相談の定着により増加。'],
      ['地域おこし協力隊の定住率', '％', 50, 70, 40, 'D', '任期終了後の就業先の確保が課題。'],
    ]);
  },
  expected: {
    file: 'h8-n-goal-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('基本目標1', '誘致企業による新規雇用者数（累計）', '人', 300, 214, { existing: 'C' }),
      ind('基本目標1', '6次産業化の取組件数（累計）', '件', 30, 31, { existing: 'A' }),
      ind('基本目標2', '移住相談窓口を通じた移住者数', '人', 60, 52, { existing: 'B' }),
      ind('基本目標2', '地域おこし協力隊の定住率', '％', 70, 40, { existing: 'D' }),
    ],
    groups: [],
  },
};

/** Indicators grouped under merged 分野 cells, progress in words (順調 / 概ね順調 / やや遅れている / 遅れている). */
const progressWords: Holdout2Workbook = {
  name: 'h8-n-progress-words',
  layout: "table grouped by merged 分野 cells, 令和4年度目標/令和4年度実績, the department's 進捗状況 in words instead of letters",
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    put(ws, 1, 1, ['行政評価 成果指標の進捗状況（令和4年度）']);
    put(ws, 3, 1, ['分野', '指標名', '単位', '令和4年度目標', '令和4年度実績', '進捗状況', '備考']);
    const rows: (string | number | null)[][] = [
      ['教育・文化', '図書館の年間貸出冊数', '冊', 420000, 431250, '順調', null],
      [null, '公民館講座の受講者数', '人', 6800, 5620, '概ね順調', '一部講座を定員縮小'],
      [null, '文化財施設の入館者数', '人', 25000, 15980, 'やや遅れている', null],
      ['環境', '1人1日当たりのごみ排出量', 'g', 880, 902, '概ね順調', '少ないほど良い'],
      [null, '資源物のリサイクル率', '％', 24, 17.1, '遅れている', null],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.mergeCells('A4:A6');
    ws.mergeCells('A7:A8');
  },
  expected: {
    file: 'h8-n-progress-words.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('進捗状況', '図書館の年間貸出冊数', '冊', 420000, 431250, { existing: 'A' }),
      ind('進捗状況', '公民館講座の受講者数', '人', 6800, 5620, { existing: 'B' }),
      ind('進捗状況', '文化財施設の入館者数', '人', 25000, 15980, { existing: 'C' }),
      ind('進捗状況', '1人1日当たりのごみ排出量', 'g', 880, 902, { direction: 'down', existing: 'B' }),
      ind('進捗状況', '資源物のリサイクル率', '％', 24, 17.1, { existing: 'D' }),
    ],
    groups: [],
  },
};

/** 事業実績 with 上半期 / 下半期 and 年度計; the year's actual is the 年度計; a 達成率 column. */
const halfYears: Holdout2Workbook = {
  name: 'h8-n-half-years',
  layout: '事業実績 table 事業名/指標/単位/年間目標/上半期/下半期/年度計/達成率, fiscal year only in the title as 2023年度',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    put(ws, 1, 1, ['2023年度 福祉部 事業実績報告']);
    put(ws, 3, 1, ['事業名', '指標', '単位', '年間目標', '上半期', '下半期', '年度計', '達成率']);
    const rows: (string | number)[][] = [
      ['介護予防教室', '教室参加者数（延べ）', '人', 3600, 1712, 1958, 3670, '101.9%'],
      ['配食サービス', '配食数', '食', 24000, 10840, 11020, 21860, '91.1%'],
      ['生活困窮者自立相談支援', '新規相談件数', '件', 240, 71, 62, 133, '55.4%'],
      ['認知症サポーター養成講座', '養成者数', '人', 500, 188, 262, 450, '90.0%'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 8, 1, ['合計', null, null, null, null, null, null, null]);
  },
  expected: {
    file: 'h8-n-half-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '教室参加者数（延べ）', '人', 3600, 3670),
      ind('事業実績', '配食数', '食', 24000, 21860),
      ind('事業実績', '新規相談件数', '件', 240, 133),
      ind('事業実績', '養成者数', '人', 500, 450),
    ],
    groups: [],
  },
};

/** Each indicator spans two rows (目標 / 実績), years across as 2023(R5), unit in the name's brackets. */
const twoRows: Holdout2Workbook = {
  name: 'h8-n-two-row-years',
  layout:
    'each indicator two rows 目標/実績 with its name merged over both, years across written 2021(R3)…2025(R7), unit in the name （件）, 評価対象 in a cell of its own',
  build(wb) {
    const ws = wb.addWorksheet('指標一覧');
    put(ws, 1, 1, ['まちづくり指標 進捗管理表']);
    put(ws, 2, 1, ['評価対象', '2023年度']);
    put(ws, 4, 1, ['指標名', '区分', '2021(R3)', '2022(R4)', '2023(R5)', '2024(R6)', '2025(R7)']);
    const rows: [string, (number | string | null)[], (number | string | null)[]][] = [
      ['市民活動団体の登録数（団体）', [110, 115, 120, 125, 130], [108, 117, 119]],
      ['ボランティアセンター登録者数（人）', [1500, 1550, 1600, 1650, 1700], [1402, 1377, 1295]],
      ['市ホームページのアクセス数（千件）', [900, 950, 1000, 1050, 1100], [1012, 1088, 1143]],
      ['パブリックコメントへの意見件数（件）', [50, 50, 50, 50, 50], [31, '－', 0]],
    ];
    rows.forEach(([name, t, a], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [name, '目標', ...t]);
      put(ws, r + 1, 2, ['実績', ...a]);
      ws.mergeCells(r, 1, r + 1, 1);
    });
  },
  expected: {
    file: 'h8-n-two-row-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標一覧', '市民活動団体の登録数', '団体', 120, 119),
      ind('指標一覧', 'ボランティアセンター登録者数', '人', 1600, 1295),
      ind('指標一覧', '市ホームページのアクセス数', '千件', 1000, 1143),
      ind('指標一覧', 'パブリックコメントへの意見件数', '件', 50, 0),
    ],
    groups: [],
  },
};

/** Years down the rows, each indicator a pair of 目標/実績 columns under its merged name; the last filled year is not the stated one. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h8-n-years-as-rows',
  layout: 'years as rows (平成29年度…令和6年度), indicators across as merged name over 目標|実績 columns, 評価年度 令和5年度 stated, R6 already filled',
  build(wb) {
    const ws = wb.addWorksheet('指標推移');
    put(ws, 1, 1, ['上下水道事業 経営指標の推移（評価年度：令和5年度）']);
    put(ws, 3, 1, ['年度', '水道普及率（％）', null, '有収率（％）', null, '下水道接続率（％）', null]);
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    const years = ['平成29年度', '平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度'];
    const data: number[][] = [
      [98.5, 98.6, 86, 85.1, 78, 74.2],
      [98.6, 98.7, 86.5, 85.6, 79, 75.8],
      [98.7, 98.7, 87, 86.2, 80, 77.1],
      [98.8, 98.8, 87.5, 86.9, 81, 78.9],
      [98.9, 98.9, 88, 87.3, 82, 80.4],
      [99, 99, 88.5, 87.8, 83, 81.2],
      [99.1, 99.1, 89, 86.4, 84, 82.5],
      [99.2, 99.2, 89.5, 88.1, 85, 84],
    ];
    years.forEach((y, i) => put(ws, 5 + i, 1, [y, ...data[i]]));
  },
  expected: {
    file: 'h8-n-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [ind('指標推移', '水道普及率', '％', 99.1, 99.1), ind('指標推移', '有収率', '％', 89, 86.4), ind('指標推移', '下水道接続率', '％', 84, 82.5)],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [goalSheets, progressWords, halfYears, twoRows, yearsAsRows];
