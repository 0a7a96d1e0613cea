/**
 * Hold-out 60, workbooks that tempt a confident wrong reading: several measures in one cell (①②) beside a 「うち」 breakdown
 * that is not a second measure, monthly actuals (4月〜3月) with a 年間計 and a stock figure read at 3月末, percentages stored
 * as fractions under a % format beside ones typed as numbers with unit ％ (one row mixing both), and survey indicators
 * with a sampling tolerance and a 回答者数 column.
 */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, fmt, formula, heading, widths } from './sheet';

const FY = 2023;

const measures = (name: string, existing: string, grade: string, ms: [string, number, number, string][]): ExpectedIndicator => ({
  sheet: '事業実績',
  name,
  measures: ms.map(([label, target, actual, unit]) => ({ label, target, actual, unit })),
  existing,
  grade,
});

/** A 事業実績 table with ①② measures in the target and actual cells, a 「（うち新規 640人）」 breakdown and a 未実施. */
const multiMeasures: Holdout2Workbook = {
  name: 'h60-multi-measures',
  layout: '事業実績一覧 at C5: 数値目標 / 実績 cells with ①② measures (on two lines or one), 「2,730人（うち新規 640人）」, 未実施, 自己評価',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [2, 2, 5, 30, 28, 28, 9, 12]);
    put(ws, 2, 3, ['令和５年度　子育て支援関連事業　実績一覧']);
    ws.mergeCells('C2:H2');
    ws.getCell('C2').font = { bold: true, size: 14 };
    put(ws, 3, 3, ['こども家庭課', undefined, undefined, undefined, undefined, '令和６年６月作成']);
    put(ws, 5, 3, ['No.', '事業名', '令和５年度 数値目標', '令和５年度 実績', '自己評価', '今後の方向性']);
    heading(ws, 5, 3, 5, 8);
    const rows: (string | number)[][] = [
      [1, '地域子育て支援拠点事業', '①利用者数 18,000人\n②相談件数 1,200件', '①16,254人\n②1,310件', 'B', '継続'],
      [2, 'ファミリー・サポート・センター事業', '①会員数 650人　②活動件数 3,000件', '①612人　②2,215件', 'B', '見直し'],
      [3, '乳幼児健康診査事業', '受診率 97％', '96.2％', 'A', '継続'],
      [4, '子育て応援アプリ配信事業', '登録者数 2,500人', '2,730人（うち新規 640人）', 'A', '拡充'],
      [5, '病児保育事業', '延べ利用児童数 900人', '未実施（施設改修のため休止）', 'D', '継続'],
      [6, '産後ケア事業', '①宿泊型 60件\n②デイサービス型 200件', '①38件\n②214件', 'C', '見直し'],
    ];
    rows.forEach((r, i) => {
      put(ws, 6 + i, 3, r);
      ws.getRow(6 + i).height = 36;
      for (const c of [5, 6]) ws.getCell(6 + i, c).alignment = { wrapText: true, vertical: 'middle' };
    });
    box(ws, 5, 3, 11, 8);
    put(ws, 13, 3, ['※自己評価　A：目標達成　B：概ね達成（80％以上）　C：一部未達成（60％以上）　D：未達成・未実施']);
  },
  expected: {
    file: 'h60-multi-measures.xlsx',
    fiscalYear: FY,
    indicators: [
      measures('地域子育て支援拠点事業', 'B', 'B', [
        ['利用者数', 18000, 16254, '人'],
        ['相談件数', 1200, 1310, '件'],
      ]),
      measures('ファミリー・サポート・センター事業', 'B', 'C', [
        ['会員数', 650, 612, '人'],
        ['活動件数', 3000, 2215, '件'],
      ]),
      ind('事業実績', '乳幼児健康診査事業', '％', 97, 96.2, { existing: 'A' }),
      ind('事業実績', '子育て応援アプリ配信事業', '人', 2500, 2730, { existing: 'A' }),
      ind('事業実績', '病児保育事業', '人', 900, null, { existing: 'D', actualStatus: 'not-implemented' }),
      measures('産後ケア事業', 'C', 'C', [
        ['宿泊型', 60, 38, '件'],
        ['デイサービス型', 200, 214, '件'],
      ]),
    ],
    groups: [],
  },
};

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const LIBRARY: [string, string, number | string, number[], number][] = [
  ['貸出冊数', '冊', 420000, [33120, 35480, 32210, 36890, 41230, 33010, 34560, 33870, 31240, 30110, 32980, 36120], 402115],
  ['来館者数', '人', 180000, [15210, 16020, 14880, 16550, 18930, 15120, 15870, 15240, 13980, 13420, 14110, 16330], 176402],
  ['レファレンス件数', '件', 3600, [262, 281, 240, 255, 298, 270, 301, 288, 236, 214, 250, 279], 3388],
  ['登録者数', '人', 25000, [24310, 24420, 24480, 24530, 24610, 24650, 24700, 24720, 24740, 24760, 24790, 24880], 24190],
  ['【参考】開館日数', '日', '－', [26, 25, 26, 27, 27, 25, 26, 25, 23, 23, 25, 26], 301],
];
const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Monthly actuals 4月〜3月 with a 年間目標, a SUM 年間計, a 達成率 formula and 前年度実績 last; 登録者数 is a stock read at 3月末. */
const monthly: Holdout2Workbook = {
  name: 'h60-monthly',
  layout: '月別実績表: 年間目標 | 4月 … 3月 | 年間計 (SUM) | 達成率 | 前年度実績; 登録者数 (各月末) with 年間計 「－」, a 【参考】 row',
  build(wb) {
    const ws = wb.addWorksheet('月別実績');
    widths(ws, [2, 20, 6, 11, ...MONTHS.map(() => 8), 11, 8, 11]);
    put(ws, 2, 2, ['令和５年度　市立図書館　サービス指標月別実績表']);
    ws.mergeCells('B2:S2');
    ws.getCell('B2').font = { bold: true, size: 14 };
    put(ws, 3, 2, ['（中央図書館・分館計）']);
    put(ws, 5, 2, ['項目', '単位', '年間目標', ...MONTHS, '年間計', '達成率', '前年度実績']);
    heading(ws, 5, 2, 5, 19);
    LIBRARY.forEach(([name, unit, target, months, prev], i) => {
      const r = 6 + i;
      put(ws, r, 2, [name, unit, target, ...months]);
      if (name === '登録者数') {
        put(ws, r, 17, ['－']);
        formula(ws, r, 18, `P${r}/D${r}`, months[11] / (target as number), '0.0%');
      } else {
        formula(ws, r, 17, `SUM(E${r}:P${r})`, total(months), '#,##0');
        if (typeof target === 'number') formula(ws, r, 18, `Q${r}/D${r}`, total(months) / target, '0.0%');
      }
      put(ws, r, 19, [prev]);
    });
    fmt(ws, 6, 4, 10, 16, '#,##0');
    fmt(ws, 6, 19, 10, 19, '#,##0');
    box(ws, 5, 2, 10, 19);
    put(ws, 12, 2, ['※登録者数は各月末時点の人数のため年間計は記載せず、年度末（３月末）の値を年間実績とする。']);
    put(ws, 13, 2, ['※開館日数は参考として掲載（目標設定なし）。']);
  },
  expected: {
    file: 'h60-monthly.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('月別実績', '貸出冊数', '冊', 420000, total(LIBRARY[0][3])),
      ind('月別実績', '来館者数', '人', 180000, total(LIBRARY[1][3])),
      ind('月別実績', 'レファレンス件数', '件', 3600, total(LIBRARY[2][3])),
      ind('月別実績', '登録者数', '人', 25000, 24880),
    ],
    groups: [],
  },
};

/** ％ figures three ways: typed numbers with unit ％, fractions under a % format, text "46.8％"; one row mixes a typed target and a fraction actual. */
const percentMixed: Holdout2Workbook = {
  name: 'h60-percent-mixed',
  layout:
    '成果指標の達成状況: unit column ％ with typed numbers, rows with no unit and fractions under 0.0% formats, a typed 90 target beside a 0.912 (0.0%) actual',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [2, 5, 44, 6, 13, 13, 13, 10]);
    put(ws, 2, 2, ['みなと市教育振興基本計画　令和５年度　成果指標の達成状況']);
    ws.mergeCells('B2:H2');
    ws.getCell('B2').font = { bold: true, size: 13 };
    put(ws, 3, 2, ['※実績値は令和５年度の各種調査結果による。']);
    put(ws, 5, 2, ['No.', '成果指標', '単位', '基準値（R元）', '目標値（R5）', '実績値（R5）', '達成率']);
    heading(ws, 5, 2, 5, 8);
    const rows: [number, string, string | undefined, number, number, number | string, number, string[]][] = [
      [1, '将来の夢や目標を持っている児童の割合', '％', 82.4, 85, 81.2, 81.2 / 85, ['0.0', '0', '0.0']],
      [2, '体力テストで全国平均以上の種目の割合', undefined, 0.563, 0.7, 0.625, 0.625 / 0.7, ['0.0%', '0.0%', '0.0%']],
      [3, '授業でICTを活用している教員の割合', '％', 68.0, 90, 0.912, 91.2 / 90, ['0.0', '0', '0.0%']],
      [4, '英語検定3級以上相当の生徒の割合（中学3年）', undefined, 0.412, 0.5, '46.8％', 46.8 / 50, ['0.0%', '0%', '@']],
      [5, '学校支援ボランティア登録者数', '人', 512, 600, 655, 655 / 600, ['#,##0', '#,##0', '#,##0']],
      [6, 'いじめの解消率', '％', 88.1, 100, 96.5, 96.5 / 100, ['0.0', '0', '0.0']],
    ];
    rows.forEach(([no, name, unit, base, target, actual, rate, fmts], i) => {
      const r = 6 + i;
      put(ws, r, 2, [no, name, unit, base, target, actual, rate]);
      fmts.forEach((f, j) => (ws.getCell(r, 5 + j).numFmt = f));
      ws.getCell(r, 8).numFmt = '0.0%';
    });
    box(ws, 5, 2, 11, 8);
    put(ws, 12, 2, ['※達成率＝実績値÷目標値。No.2・No.4は県の調査様式（％表示）から転記。']);
  },
  expected: {
    file: 'h60-percent-mixed.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('成果指標', '将来の夢や目標を持っている児童の割合', '％', 85, 81.2),
      ind('成果指標', '体力テストで全国平均以上の種目の割合', '％', 70, 62.5),
      ind('成果指標', '授業でICTを活用している教員の割合', '％', 90, 91.2),
      ind('成果指標', '英語検定3級以上相当の生徒の割合（中学3年）', '％', 50, 46.8),
      ind('成果指標', '学校支援ボランティア登録者数', '人', 600, 655),
      ind('成果指標', 'いじめの解消率', '％', 100, 96.5),
    ],
    groups: [],
  },
};

const SURVEY: [string, string, number, number | string, number, number, string | undefined][] = [
  ['住みやすいと感じる市民の割合', '増加', 80, 78.4, 77.9, 1271, '±2.3'],
  ['地域活動に参加している市民の割合', '増加', 35, '33.9（±2.6）', 32.1, 1262, undefined],
  ['防災対策をしている世帯の割合', '増加', 60, 47.5, 45.0, 1268, '±2.7'],
  ['市の情報発信に満足している市民の割合', '増加', 50, 52.3, 49.8, 1240, '±2.8'],
  ['犯罪に不安を感じる市民の割合', '減少', 30, 27.1, 29.4, 1259, '±2.4'],
  ['健康だと感じている市民の割合', '増加', 75, 73.1, 74.0, 1275, '±2.4'],
];

/** 市民意識調査: targets and results in ％ with 標本誤差 (one result written 「33.9（±2.6）」), 前回値 and 回答者数 columns after the result. */
const surveyTolerance: Holdout2Workbook = {
  name: 'h60-survey-tolerance',
  layout: '市民意識調査の成果指標: 方向 | 単位 | 目標値（R5） | 実績値（R5） | 前回値（R4） | 回答者数 | 標本誤差, notes above the table',
  build(wb) {
    const ws = wb.addWorksheet('意識調査指標');
    widths(ws, [2, 38, 7, 6, 12, 14, 12, 10, 10]);
    put(ws, 2, 2, ['令和５年度　市民意識調査による成果指標']);
    ws.getCell('B2').font = { bold: true, size: 13 };
    put(ws, 3, 2, ['調査期間：令和５年７月１日〜７月２１日　対象：18歳以上の市民3,000人（無作為抽出）　回収数：1,284件（回収率42.8％）']);
    put(ws, 4, 2, ['※標本誤差は信頼度95％での最大値。目標値との差が標本誤差の範囲内のものは「概ね達成」とみなす。']);
    for (const r of [3, 4]) ws.mergeCells(r, 2, r, 9);
    put(ws, 6, 2, ['指標', '方向', '単位', '目標値（R5）', '実績値（R5）', '前回値（R4）', '回答者数', '標本誤差']);
    heading(ws, 6, 2, 6, 9);
    SURVEY.forEach((row, i) => put(ws, 7 + i, 2, [row[0], row[1], '％', ...row.slice(2)]));
    fmt(ws, 7, 8, 12, 8, '#,##0');
    box(ws, 6, 2, 12, 9);
  },
  expected: {
    file: 'h60-survey-tolerance.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('意識調査指標', '住みやすいと感じる市民の割合', '％', 80, 78.4),
      ind('意識調査指標', '地域活動に参加している市民の割合', '％', 35, 33.9),
      ind('意識調査指標', '防災対策をしている世帯の割合', '％', 60, 47.5),
      ind('意識調査指標', '市の情報発信に満足している市民の割合', '％', 50, 52.3),
      ind('意識調査指標', '犯罪に不安を感じる市民の割合', '％', 30, 27.1, { direction: 'down' }),
      ind('意識調査指標', '健康だと感じている市民の割合', '％', 75, 73.1),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [multiMeasures, monthly, percentMixed, surveyTolerance];
