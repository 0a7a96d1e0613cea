/**
 * Hold-out 43, workbooks of several sheets: targets on a 目標値一覧 sheet and actuals on a 実績報告 sheet in another row
 * order (joined by 指標番号, or by name with one name written a little differently), and a 事務事業評価調書 whose
 * evaluation year is written only on its 表紙 sheet.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Row = (string | number | null | undefined)[];

function rows(ws: Worksheet, from: number, col: number, list: Row[]): void {
  list.forEach((r, i) => put(ws, from + i, col, r));
}

/** 表紙 / 目標値一覧 / 実績報告: the 実績報告 sheet has no names, only 指標番号, in the order the 課 reported. */
function buildJoinById(wb: Workbook): void {
  const cover = wb.addWorksheet('表紙');
  put(cover, 3, 2, ['第２次奥州市総合計画　後期基本計画']);
  cover.mergeCells('B5:H5');
  put(cover, 5, 2, ['令和５年度　施策評価　成果指標実績報告書']);
  put(cover, 9, 2, ['奥州市　総務企画部　政策企画課']);
  put(cover, 10, 2, ['令和６年６月']);

  const t = wb.addWorksheet('目標値一覧');
  t.mergeCells('A1:I1');
  put(t, 1, 1, ['成果指標　目標値一覧（後期基本計画）']);
  put(t, 2, 9, ['↑：増加が望ましい／↓：減少が望ましい']);
  put(t, 3, 1, ['指標番号', '施策', '成果指標名', '単位', '基準値\n（R2）', 'R4目標', 'R5目標', 'R7目標\n（最終）', '方向']);
  rows(t, 4, 1, [
    ['1-1-01', '1-1 子育て支援', '保育所等待機児童数', '人', 12, 5, 3, 0, '↓'],
    ['1-2-03', '1-2 子どもの居場所', '放課後児童クラブ登録児童数', '人', 1420, 1480, 1510, 1560, '↑'],
    ['2-1-02', '2-1 健康づくり', '特定健康診査受診率', '％', 41.2, 45, 47, 50, '↑'],
    ['2-3-01', '2-3 地域福祉', '地域包括支援センター相談件数', '件', 6830, 7100, 7200, 7500, '↑'],
    ['3-1-04', '3-1 観光振興', '観光入込客数', '千人', 2960, 3300, 3450, 3800, '↑'],
    ['3-2-01', '3-2 農業振興', '新規就農者数', '人', 18, 20, 20, 22, '↑'],
    ['4-1-02', '4-1 交通安全', '市内の交通事故発生件数', '件', 412, 380, 360, 330, '↓'],
  ]);

  const a = wb.addWorksheet('実績報告');
  a.mergeCells('A1:F1');
  put(a, 1, 1, ['令和５年度　成果指標　実績報告（各課記入）']);
  put(a, 2, 1, ['※指標名・目標値は「目標値一覧」シートを参照。指標番号で対応。']);
  put(a, 4, 1, ['No.', '指標番号', '担当課', 'R4実績', 'R5実績', '備考']);
  rows(a, 5, 1, [
    [1, '3-1-04', '観光物産課', '2,874', '2,611', '観光客入込数調査'],
    [2, '1-2-03', 'こども家庭課', '1,498', '1,536'],
    [3, '4-1-02', '生活環境課', '366', '341', '警察署調べ（暦年）'],
    [4, '2-1-02', '健康増進課', '43.9', '４４．６', '法定報告値'],
    [5, '1-1-01', 'こども家庭課', '7', '4', '4月1日現在'],
    [6, '3-2-01', '農政課', '16', '11'],
    [7, '2-3-01', '長寿社会課', '6,944', '6,512'],
  ]);
}

const JOIN_BY_ID: Holdout2Workbook = {
  name: 'h43-01-target-list-actual-report-by-number',
  layout: '表紙 + 目標値一覧 (R4/R5/R7 targets, ↑↓ column) + 実績報告 with no names, other row order, joined by 指標番号, numbers as text',
  build: buildJoinById,
  expected: {
    file: 'h43-01-target-list-actual-report-by-number.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('目標値一覧', '保育所等待機児童数', '人', 3, 4, { direction: 'down' }),
      ind('目標値一覧', '放課後児童クラブ登録児童数', '人', 1510, 1536),
      ind('目標値一覧', '特定健康診査受診率', '％', 47, 44.6),
      ind('目標値一覧', '地域包括支援センター相談件数', '件', 7200, 6512),
      ind('目標値一覧', '観光入込客数', '千人', 3450, 2611),
      ind('目標値一覧', '新規就農者数', '人', 20, 11),
      ind('目標値一覧', '市内の交通事故発生件数', '件', 360, 341, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** KPI目標 / KPI実績（2023年度）: joined by name; one name on the 実績 sheet lacks its 「の」. */
function buildJoinByName(wb: Workbook): void {
  const t = wb.addWorksheet('KPI目標');
  put(t, 1, 2, ['第２期 帯広圏 まち・ひと・しごと創生総合戦略　KPI目標値']);
  put(t, 3, 2, ['基本目標', 'KPI', '単位', '基準値\n（2019年度）', '2023年度\n目標値', '2024年度\n目標値', '指標の方向']);
  t.mergeCells('B4:B6');
  t.mergeCells('B7:B9');
  rows(t, 4, 2, [
    ['1 しごとをつくる', '市内事業所の新規雇用者数', '人', 412, 450, 470, '増加を目指す'],
    [undefined, '創業支援による創業件数', '件', 21, 26, 28, '増加を目指す'],
    [undefined, '製造品出荷額等', '億円', 2163, 2300, 2350, '増加を目指す'],
    ['2 ひとの流れ', '移住相談件数', '件', 184, 260, 280, '増加を目指す'],
    [undefined, '20～39歳の転出超過数', '人', 356, 250, 220, '減少を目指す'],
    [undefined, 'ふるさと納税寄附額', '百万円', 1105, 1500, 1600, '増加を目指す'],
  ]);
  put(t, 11, 2, ['※2024年度は戦略の最終年度']);

  const a = wb.addWorksheet('KPI実績（2023年度）');
  put(a, 1, 1, ['2023年度（令和5年度）KPI実績']);
  put(a, 2, 6, ['（2024年5月集計）']);
  put(a, 4, 1, ['KPI名', '実績値', '単位', '前年度実績', '出典']);
  rows(a, 5, 1, [
    ['ふるさと納税寄附額', '1,689', '百万円', '1,412', 'ふるさと納税受入実績'],
    ['20～39歳の転出超過数', 301, '人', 318, '住民基本台帳人口移動報告'],
    ['製造品出荷額等', '2,011', '億円', '2,098', '経済構造実態調査'],
    ['市内事業所新規雇用者数', 437, '人', 402, 'ハローワーク帯広'],
    ['移住相談件数', 198, '件', 221, '移住相談窓口記録'],
    ['創業支援による創業件数', 14, '件', 19, '創業支援事業計画実績報告'],
  ]);
}

const JOIN_BY_NAME: Holdout2Workbook = {
  name: 'h43-02-kpi-targets-actuals-by-name',
  layout: 'KPI目標 sheet (2023/2024 targets, 方向 words, 基本目標 merged down) + KPI実績 sheet in other order joined by name, one name without 「の」',
  build: buildJoinByName,
  expected: {
    file: 'h43-02-kpi-targets-actuals-by-name.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI目標', '市内事業所の新規雇用者数', '人', 450, 437),
      ind('KPI目標', '創業支援による創業件数', '件', 26, 14),
      ind('KPI目標', '製造品出荷額等', '億円', 2300, 2011),
      ind('KPI目標', '移住相談件数', '件', 260, 198),
      ind('KPI目標', '20～39歳の転出超過数', '人', 250, 301, { direction: 'down' }),
      ind('KPI目標', 'ふるさと納税寄附額', '百万円', 1500, 1689),
    ],
    groups: [],
    guesses: ['fuzzy-join'],
  },
};

/** 表紙 names the year; the 調書 sheet only 基準値（平成31年度） and undated 目標値 / 実績値, 事業名 beside 成果指標. */
function buildCoverYearOnly(wb: Workbook): void {
  const cover = wb.addWorksheet('表紙');
  cover.mergeCells('B4:G4');
  put(cover, 4, 2, ['令和５年度　事務事業評価調書']);
  put(cover, 5, 2, ['（対象：令和５年度実施事業）']);
  put(cover, 7, 2, ['部局名', '市民生活部']);
  put(cover, 8, 2, ['課　名', '市民協働課']);
  put(cover, 9, 2, ['記入者', '協働推進係　主査']);
  put(cover, 11, 2, ['作成日', '令和６年５月３１日']);

  const s = wb.addWorksheet('事務事業評価');
  put(s, 1, 1, ['事務事業評価調書（成果指標）']);
  put(s, 3, 1, ['事業番号', '事業名', '成果指標', '単位', '基準値\n（平成31年度）', '目標値', '実績値', '達成度', '備考']);
  rows(s, 4, 1, [
    ['21-01', '市民活動支援事業', '市民活動団体の登録数', '団体', 142, 165, 158],
    ['21-02', '協働のまちづくり推進事業', '協働事業の実施件数', '件', 38, 45, 47],
    ['21-03', '町内会加入促進事業', '町内会・自治会の加入率', '％', 71.8, 72, 66.9, undefined, '4月1日現在'],
    ['21-04', '男女共同参画推進事業', '審議会等における女性委員の割合', '％', 27.4, 35, 29.6],
    ['21-05', '消費生活相談事業', '消費生活相談の解決率', '％', 96.1, 98, '97.3（見込み）', undefined, '3月末で集計予定'],
    ['21-06', '交通安全啓発事業', '交通安全教室の受講者数', '人', '5,820', '6,000', '未実施', undefined, '講師の確保ができず未実施'],
    ['21-07', '防犯灯LED化事業', '防犯灯のLED化率', '％', 64, 100, 100],
  ]);
  put(s, 12, 1, ['※達成度は評価担当課が記入する。']);
}

const COVER_YEAR_ONLY: Holdout2Workbook = {
  name: 'h43-03-year-on-cover-sheet-only',
  layout: '表紙 states 令和５年度; the data sheet has only 基準値（平成31年度）, undated 目標値/実績値, 事業名 beside 成果指標, （見込み）, 未実施',
  build: buildCoverYearOnly,
  expected: {
    file: 'h43-03-year-on-cover-sheet-only.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事務事業評価', '市民活動団体の登録数', '団体', 165, 158),
      ind('事務事業評価', '協働事業の実施件数', '件', 45, 47),
      ind('事務事業評価', '町内会・自治会の加入率', '％', 72, 66.9),
      ind('事務事業評価', '審議会等における女性委員の割合', '％', 35, 29.6),
      ind('事務事業評価', '消費生活相談の解決率', '％', 98, 97.3, { actualStatus: 'provisional' }),
      ind('事務事業評価', '交通安全教室の受講者数', '人', 6000, null, { actualStatus: 'not-implemented' }),
      ind('事務事業評価', '防犯灯のLED化率', '％', 100, 100),
    ],
    groups: [],
  },
};

export const SPLIT_SHEET_WORKBOOKS: Holdout2Workbook[] = [JOIN_BY_ID, JOIN_BY_NAME, COVER_YEAR_ONLY];
