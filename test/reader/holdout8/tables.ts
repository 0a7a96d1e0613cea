/** Hold-out 8: project tables (B), KPI × period columns (C) and plan indicators (D) as yet other offices lay them out. */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

/** 推進事業 table: targets and actuals as text with the measure's words, 未実施, a 見込み actual, the department's letter. */
const projects: Holdout2Workbook = {
  name: 'h8-b-suishin-text',
  layout: 'project table 番号/事業名/事業概要/担当課/KPI（R6目標）/R6実績/進捗評価, figures as text with words and units, 未実施, （見込み）',
  build(wb) {
    const ws = wb.addWorksheet('推進事業実績');
    put(ws, 1, 1, ['令和6年度 総合戦略推進事業 実績一覧']);
    put(ws, 2, 7, ['（令和7年3月31日現在）']);
    put(ws, 4, 1, ['番号', '事業名', '事業概要', '担当課', 'KPI（令和6年度目標）', '令和6年度実績', '進捗評価']);
    const rows: (string | number)[][] = [
      ['1-1', '創業支援セミナー事業', '創業希望者向けの連続講座を開催', '商工課', '開催回数 12回', '12回', 'A'],
      ['1-2', '移住体験ツアー事業', '首都圏在住者向けの1泊2日ツアー', '企画課', '参加者数 60人', '48人', 'B'],
      ['1-3', '地元企業見学会事業', '高校生を対象とした市内企業の見学会', '商工課', '参加企業 15社', '未実施', 'D'],
      ['2-1', 'ふるさと納税推進事業', '返礼品の充実とポータルサイトの追加', '財政課', '寄附件数 25,000件', '31,240件', 'A'],
      ['2-2', '農業後継者育成事業', '研修費の助成と就農相談', '農政課', '新規就農者 8人', '5人（見込み）', 'C'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※1-3は受入企業との日程調整がつかず、年度内の開催を見送った。']);
  },
  expected: {
    file: 'h8-b-suishin-text.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('推進事業実績', '創業支援セミナー事業', '回', 12, 12, { existing: 'A' }),
      ind('推進事業実績', '移住体験ツアー事業', '人', 60, 48, { existing: 'B' }),
      ind('推進事業実績', '地元企業見学会事業', '社', 15, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('推進事業実績', 'ふるさと納税推進事業', '件', 25000, 31240, { existing: 'A' }),
      ind('推進事業実績', '農業後継者育成事業', '人', 8, 5, { actualStatus: 'provisional', existing: 'C' }),
    ],
    groups: [],
  },
};

/** KPI table with a merged year heading over 目標/実績 sub-columns, 基本目標 merged down column A. */
const pairedColumns: Holdout2Workbook = {
  name: 'h8-c-year-pairs',
  layout: 'KPI × period with merged year headings (R3年度…R5年度) over 目標|実績 pairs, 基本目標 merged down column A, 基準値 column',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    put(ws, 1, 1, ['第2期総合戦略 KPI進捗状況（令和5年度末）']);
    put(ws, 3, 1, ['基本目標', 'KPI', '単位', '基準値（R1）', 'R3年度', null, 'R4年度', null, 'R5年度', null, 'R6年度', null]);
    put(ws, 4, 5, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [5, 7, 9, 11]) ws.mergeCells(3, c, 3, c + 1);
    for (const c of [1, 2, 3, 4]) ws.mergeCells(3, c, 4, c);
    const rows: (string | number | null)[][] = [
      ['１ 稼ぐ力を高める', '新規企業立地件数（累計）', '件', 0, 2, 1, 4, 3, 6, 5, 8, null],
      [null, '市内事業所の従業者数', '人', 18210, 18500, 18320, 18600, 18410, 18700, 18755, 18800, null],
      ['２ 新しい人の流れをつくる', '転入者数', '人', 2010, 2100, 2044, 2150, 2098, 2200, 1987, 2250, null],
      [null, '観光交流人口', '万人', 104.3, 120, 98.2, 125, 112.5, 130, 131.4, 135, null],
      ['３ 結婚・出産・子育ての希望をかなえる', '出生数', '人', 634, 620, 588, 615, 561, 610, '集計中', 605, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A8');
    put(ws, 11, 1, ['※出生数の令和5年度実績は人口動態統計の確定後に記入']);
  },
  expected: {
    file: 'h8-c-year-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI進捗', '新規企業立地件数（累計）', '件', 6, 5),
      ind('KPI進捗', '市内事業所の従業者数', '人', 18700, 18755),
      ind('KPI進捗', '転入者数', '人', 2200, 1987),
      ind('KPI進捗', '観光交流人口', '万人', 130, 131.4),
      ind('KPI進捗', '出生数', '人', 610, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/** Plan indicators with western years, the actual's year in the cell, ↑/↓ in a 目指す方向 column, one actual of the year before. */
const planWestern: Holdout2Workbook = {
  name: 'h8-d-plan-western',
  layout: 'plan-indicator table 指標/指標の説明/単位/目指す方向(↑↓)/現状値（2020年度）/目標値（2027年度）/実績値 with its year in the cell, one actual of 2022',
  build(wb) {
    const ws = wb.addWorksheet('計画指標');
    put(ws, 1, 1, ['第2次総合計画 後期基本計画 計画指標の状況（2023年度）']);
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '目指す方向', '現状値（2020年度）', '目標値（2027年度）', '実績値', '把握方法']);
    const rows: (string | number)[][] = [
      ['自主防災組織の組織率', '自主防災組織がある町内会の割合', '％', '↑', 78.4, 90, '85.1\n（2023年度）', '危機管理課調べ'],
      ['防災メール登録者数', '市の防災メールの登録者数', '人', '↑', 12480, 20000, '16,932\n（2023年度）', '危機管理課調べ'],
      ['刑法犯認知件数', '市内で認知された刑法犯の件数', '件', '↓', 412, 350, '366\n（2023年）', '県警察統計'],
      ['交通事故発生件数', '市内の人身交通事故の件数', '件', '↓', 238, 200, '221\n（2022年）', '県警察統計'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 9, 1, ['※交通事故発生件数の2023年の数値は未公表のため2022年の数値を記載']);
  },
  expected: {
    file: 'h8-d-plan-western.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('計画指標', '自主防災組織の組織率', '％', 90, 85.1),
      ind('計画指標', '防災メール登録者数', '人', 20000, 16932),
      ind('計画指標', '刑法犯認知件数', '件', 350, 366, { direction: 'down' }),
      ind('計画指標', '交通事故発生件数', '件', 200, 221, { direction: 'down' }),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [projects, pairedColumns, planWestern];
