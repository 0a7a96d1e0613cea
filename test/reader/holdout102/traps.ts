/**
 * Hold-out set 102, three traps of published books: a 公表用 sheet whose rounded 「約1,200人」「約６割」 are formulas on the 内部用
 * sheet that holds the exact figures (the same indicators, read once, from 内部用); a 決算審査 table with ※1 ※2 ※3 glued to the
 * figures and explained 欄外 (速報値, a raised target with the old one in the note, 減少), beside 令和５年度実績, 令和７年度予算額 and
 * 令和７年度目標（参考） columns and a 令和７年 定例会 title; a committee paper whose 最新値 are of two years (two surveys still at
 * （R5）): read as written, a guess.
 */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, cells, fw, onePage } from './families';

// ---------------------------------------------------------------------------------------------------------------------
// 公表用 and 内部用 sheets with the same indicators.

const NAIBU = '内部用';

interface Naibu {
  name: string;
  unit: string;
  target: number;
  actual: number;
  self: string;
  /** The public wording of the target and actual, as the formulas give them. */
  pubTarget: [string, string];
  pubActual: [string, string];
  stars: string;
}

const NAIBU_ROWS: Naibu[] = [
  {
    name: '生涯学習講座の受講者数',
    unit: '人',
    target: 1300,
    actual: 1213,
    self: 'B',
    pubTarget: ['TEXT(内部用!D{r},"#,##0")&内部用!C{r}', '1,300人'],
    pubActual: ['"約"&TEXT(ROUND(内部用!E{r},-2),"#,##0")&内部用!C{r}', '約1,200人'],
    stars: '★★★',
  },
  {
    name: '文化ホールの稼働率',
    unit: '％',
    target: 70.0,
    actual: 62.4,
    self: 'B',
    pubTarget: ['ROUND(内部用!D{r}/10,0)&"割"', '7割'],
    pubActual: ['"約"&ROUND(内部用!E{r}/10,0)&"割"', '約6割'],
    stars: '★★★',
  },
  {
    name: 'スポーツ施設の利用者数',
    unit: '人',
    target: 185000,
    actual: 171520,
    self: 'B',
    pubTarget: ['ROUND(内部用!D{r}/10000,1)&"万人"', '18.5万人'],
    pubActual: ['"約"&ROUND(内部用!E{r}/10000,0)&"万人"', '約17万人'],
    stars: '★★★',
  },
  {
    name: '総合型地域スポーツクラブ会員数',
    unit: '人',
    target: 900,
    actual: 948,
    self: 'A',
    pubTarget: ['TEXT(内部用!D{r},"#,##0")&内部用!C{r}', '900人'],
    pubActual: ['"約"&TEXT(ROUND(内部用!E{r},-1),"#,##0")&内部用!C{r}', '約950人'],
    stars: '★★★★',
  },
  {
    name: '文化財見学会の参加者数',
    unit: '人',
    target: 400,
    actual: 226,
    self: 'D',
    pubTarget: ['TEXT(内部用!D{r},"#,##0")&内部用!C{r}', '400人'],
    pubActual: ['"約"&TEXT(ROUND(内部用!E{r},-1),"#,##0")&内部用!C{r}', '約230人'],
    stars: '★',
  },
  {
    name: '公民館の利用者満足度',
    unit: '％',
    target: 85.0,
    actual: 80.6,
    self: 'B',
    pubTarget: ['ROUND(内部用!D{r}/10,1)&"割"', '8.5割'],
    pubActual: ['"約"&ROUND(内部用!E{r}/10,0)&"割"', '約8割'],
    stars: '★★★',
  },
];

const naibuIndicators: ExpectedIndicator[] = NAIBU_ROWS.map((n) => ind(NAIBU, n.name, n.unit, n.target, n.actual, { existing: n.self }));

const kohyoNaibu: Holdout2Workbook = {
  name: 'h102-kohyo-naibu',
  layout:
    'trap: a 公表用 sheet first (names, めざす値 and 実績 as formulas on 内部用 giving 「約1,200人」「約6割」「約17万人」, ★ marks, a note that it is transcribed and rounded from 内部用) and the 内部用 sheet with exact 目標値（R6）｜実績値（R6）｜達成率｜評価: the same six indicators, read once from 内部用',
  build(wb: Workbook) {
    const pub = wb.addWorksheet('公表用');
    const ws = wb.addWorksheet(NAIBU);
    pub.columns = [{ width: 34 }, { width: 14 }, { width: 14 }, { width: 12 }];
    box(pub, 'A1:D1', '令和６年度　文化・スポーツ施策の成果（市民公表用）', true);
    box(pub, 'A2:D2', '※この表の数値は「内部用」シートから自動で転記し、端数を処理して掲載しています。');
    put(pub, 4, 1, ['指標', 'めざす値', '実績', '進み具合']);
    ws.columns = [{ width: 5 }, { width: 32 }, { width: 6 }, { width: 12 }, { width: 12 }, { width: 9 }, { width: 6 }, { width: 30 }];
    box(ws, 'A1:H1', '令和６年度　文化・スポーツ施策　成果指標（内部用・公表不可）', true);
    put(ws, 2, 1, ['生涯学習課・スポーツ振興課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '目標値（R6）', '実績値（R6）', '達成率', '評価', '備考']);
    NAIBU_ROWS.forEach((n, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, n.name, n.unit, n.target, n.actual]);
      ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: n.actual / n.target };
      ws.getCell(r, 6).numFmt = '0.0%';
      put(ws, r, 7, [n.self]);
      const p = 5 + i;
      pub.getCell(p, 1).value = { formula: `内部用!B${r}`, result: n.name };
      pub.getCell(p, 2).value = { formula: n.pubTarget[0].replace(/\{r\}/g, String(r)), result: n.pubTarget[1] };
      pub.getCell(p, 3).value = { formula: n.pubActual[0].replace(/\{r\}/g, String(r)), result: n.pubActual[1] };
      pub.getCell(p, 4).value = n.stars;
    });
    put(ws, 12, 1, ['評価：A 達成率100％以上　B 80％以上　C 60％以上　D 60％未満']);
    put(pub, 12, 1, ['【進み具合】★★★★ 目標を達成　★★★ 目標の８割以上　★★ ６割以上　★ ６割未満']);
    put(pub, 13, 1, ['お問い合わせ：生涯学習課　電話 0123-45-6789']);
    onePage(pub, 'A1:D13');
  },
  expected: { file: 'h102-kohyo-naibu.xlsx', fiscalYear: 2024, indicators: naibuIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// 決算審査資料 with ※ marks glued to the figures, explained 欄外.

const CHUKI_SHEET = '主要施策の成果（産業建設）';

const CHUKI_ROWS: (string | number | undefined)[][] = [
  ['観光振興事業', '市内観光施設入込客数', '千人', fw('1,036'), fw('1,150'), `${fw('1,082')}※1`, 'B', 48210, 52000, fw('1,200')],
  ['ふるさと納税推進事業', 'ふるさと納税寄附件数', '件', '9,120', '10,000※2', '11,460', 'A', 186400, 210000, '12,000'],
  ['創業支援事業', '創業支援による創業者数', '人', 18, 25, 21, 'B', 9870, 10500, 27],
  ['企業立地推進事業', '企業立地件数', '件', 1, 2, 2, 'A', 35200, 40000, 2],
  ['鳥獣被害防止対策事業', '有害鳥獣による農作物被害額※3', '千円', '10,230', '8,000', '9,450', 'C', 14650, 15200, '7,500'],
  ['森林整備事業', '森林整備面積', 'ha', 112.4, 120.0, 131.5, 'A', 62310, 65000, 125.0],
];

const chukiIndicators: ExpectedIndicator[] = [
  { ...ind(CHUKI_SHEET, '市内観光施設入込客数', '千人', 1150, 1082, { existing: 'B' }), actualStatus: 'provisional' },
  ind(CHUKI_SHEET, 'ふるさと納税寄附件数', '件', 10000, 11460, { existing: 'A' }),
  ind(CHUKI_SHEET, '創業支援による創業者数', '人', 25, 21, { existing: 'B' }),
  ind(CHUKI_SHEET, '企業立地件数', '件', 2, 2, { existing: 'A' }),
  ind(CHUKI_SHEET, '有害鳥獣による農作物被害額', '千円', 8000, 9450, { direction: 'down', existing: 'C' }),
  ind(CHUKI_SHEET, '森林整備面積', 'ha', 120.0, 131.5, { existing: 'A' }),
];

const chuki: Holdout2Workbook = {
  name: 'h102-chuki-kessan',
  layout:
    'trap: 令和６年度決算 主要な施策の成果 for the 令和７年第３回定例会: 事業名｜成果指標｜単位｜令和５年度 実績｜令和６年度 目標｜実績｜自己評価｜決算額｜令和７年度予算額（参考）｜令和７年度目標（参考）, ※1 ※2 ※3 glued to figures and a name, explained 欄外 (速報値, target raised from 8,000件, 減少)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(CHUKI_SHEET);
    ws.columns = [
      { width: 20 },
      { width: 30 },
      { width: 6 },
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 8 },
      { width: 11 },
      { width: 13 },
      { width: 13 },
    ];
    box(ws, 'A1:J1', '令和６年度決算　主要な施策の成果', true);
    box(ws, 'A2:J2', '令和７年第３回定例会　決算特別委員会資料　　産業建設部');
    box(ws, 'A4:A5', '事業名');
    box(ws, 'B4:B5', '成果指標');
    box(ws, 'C4:C5', '単位');
    put(ws, 4, 4, ['令和５年度']);
    box(ws, 'E4:F4', '令和６年度');
    put(ws, 5, 4, ['実績', '目標', '実績']);
    box(ws, 'G4:G5', '自己評価');
    put(ws, 4, 8, ['令和６年度\n決算額', '令和７年度\n予算額（参考）', '令和７年度\n目標（参考）']);
    put(ws, 5, 8, ['（千円）', '（千円）']);
    CHUKI_ROWS.forEach((row, i) => {
      put(ws, 6 + i, 1, row);
      ws.getCell(6 + i, 8).numFmt = '#,##0';
      ws.getCell(6 + i, 9).numFmt = '#,##0';
    });
    put(ws, 13, 1, ['※1　速報値（確定値は令和７年10月頃に公表予定）']);
    put(ws, 14, 1, ['※2　令和６年度の目標値は令和６年６月に上方修正（当初目標 8,000件）']);
    put(ws, 15, 1, ['※3　被害額は減少を目指す指標です。達成率は目標値÷実績値で算出しています。']);
    put(ws, 16, 1, ['自己評価：A 達成率100％以上　B 80％以上100％未満　C 60％以上80％未満　D 60％未満（担当課の判断により調整した場合があります）']);
    onePage(ws, 'A1:J16');
  },
  expected: { file: 'h102-chuki-kessan.xlsx', fiscalYear: 2024, indicators: chukiIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// 教育振興基本計画 成果指標: 最新値 of two years.

const SAISHIN_SHEET = '成果指標（教育）';

const SAISHIN_ROWS: (string | number)[][] = [
  ['１　確かな学力', '授業がわかると答えた児童の割合', '％', 82.1, '86.4\n（R6）', 90.0, '↗', ''],
  ['２　豊かな心', '不登校児童生徒数', '人', 58, '71\n（R6）', 50, '↘', '減少を目指す指標'],
  ['２　豊かな心', '学校図書館の児童１人あたり年間貸出冊数', '冊', 38.5, '41.2\n（R6）', 45.0, '↗', ''],
  ['３　健やかな体', '体力テストで全国平均を上回った種目の割合', '％', 55.0, '62.5\n（R5）', 70.0, '↗', '令和６年度の結果は未公表'],
  ['４　地域とともに', '地域学校協働活動に参加した地域住民数', '人', '2,150', '約3,400\n（R6）', '4,000', '↗', '延べ人数（概数）'],
  ['３　健やかな体', '朝食を毎日食べる児童の割合', '％', 91.2, '93.8\n（R5）', 100, '↗', '隔年調査'],
];

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const saishinIndicators: ExpectedIndicator[] = [
  fin(ind(SAISHIN_SHEET, '授業がわかると答えた児童の割合', '％', 90.0, 86.4)),
  fin(ind(SAISHIN_SHEET, '不登校児童生徒数', '人', 50, 71, { direction: 'down' })),
  fin(ind(SAISHIN_SHEET, '学校図書館の児童１人あたり年間貸出冊数', '冊', 45.0, 41.2)),
  fin(ind(SAISHIN_SHEET, '体力テストで全国平均を上回った種目の割合', '％', 70.0, 62.5)),
  fin({ ...ind(SAISHIN_SHEET, '地域学校協働活動に参加した地域住民数', '人', 4000, 3400), actualStatus: 'approximate' }),
  fin(ind(SAISHIN_SHEET, '朝食を毎日食べる児童の割合', '％', 100, 93.8)),
];

const saishin: Holdout2Workbook = {
  name: 'h102-saishinchi',
  layout:
    'trap: 教育振興基本計画 成果指標の状況（令和６年度, 議会報告用）: 計画策定時（令和２年度）｜最新値「86.4⏎（R6）」｜目標値（令和７年度）｜進み具合 arrows (↘ = 後退, for a 減少 indicator too), two 最新値 still （R5） (survey not yet published / biennial): read as written, a guess',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SAISHIN_SHEET);
    ws.columns = [{ width: 16 }, { width: 38 }, { width: 6 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 8 }, { width: 26 }];
    box(ws, 'A1:H1', '第２期教育振興基本計画　成果指標の状況（令和６年度）', true);
    box(ws, 'A2:H2', '議会報告用　　教育委員会　教育総務課');
    put(ws, 4, 1, ['基本方針', '成果指標', '単位', '計画策定時\n（令和２年度）', '最新値', '目標値\n（令和７年度）', '進み具合', '備考']);
    SAISHIN_ROWS.forEach((row, i) => put(ws, 5 + i, 1, cells(row)));
    put(ws, 12, 1, ['【進み具合】↗ 計画策定時より改善　→ 横ばい　↘ 計画策定時より後退（不登校児童生徒数は減少を「改善」とします）']);
    put(ws, 13, 1, ['※　最新値の（　）は調査・集計の年度です。']);
    onePage(ws, 'A1:H13');
  },
  expected: { file: 'h102-saishinchi.xlsx', fiscalYear: 2024, indicators: saishinIndicators, groups: [], guesses: ['other-year'] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kohyoNaibu, chuki, saishin];
