/**
 * Hold-out set 102, four public or council workbooks outside the four families: the 「主要な施策の成果説明書」 as one 事業 per
 * printed page (款項目, 予算現額・決算額・不用額, a 成果指標 table), a citizens' 「まちの通信簿」 of cards tiled three across with
 * めざす値「５割」「年間12万人」 and ★☆ marks, a committee paper with years as rows and one 目標値 row, and a 公表用原稿 whose
 * 担当課コメント column and 記入要領 example row carry figures that are not the indicators'.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, cells, fw, onePage, shape } from './families';

// ---------------------------------------------------------------------------------------------------------------------
// 主要な施策の成果説明書: one 事業 per sheet (page).

interface Page {
  sheet: string;
  kan: [string, string, string];
  name: string;
  ka: string;
  money: [number, number];
  outline: string;
  rows: [string, string, number | string, number | string, string][];
  result: string;
  self: string;
}

const PAGES: Page[] = [
  {
    sheet: '民生費-01',
    kan: ['３　民生費', '１　社会福祉費', '３　老人福祉費'],
    name: '高齢者見守りネットワーク事業',
    ka: '高齢福祉課',
    money: [18640, 17925],
    outline: '新聞販売店・配食事業者等と見守り協定を結び、異変を察知した際に市へ通報する体制を整備する。ひとり暮らし高齢者宅に緊急通報装置を設置する。',
    rows: [
      ['見守り協定締結事業者数', '事業者', 45, 47, ''],
      ['緊急通報装置設置台数', '台', 320, 288, '年度末の設置台数'],
    ],
    result: '協定事業者からの通報により２件の孤立死を未然に防いだ。',
    self: 'Ａ',
  },
  {
    sheet: '衛生費-03',
    kan: ['４　衛生費', '１　保健衛生費', '２　健康づくり費'],
    name: '健康ポイント事業',
    ka: '健康づくり課',
    money: [9800, 9215],
    outline: '健診受診や運動教室への参加にポイントを付与し、市民の主体的な健康づくりを促す。',
    rows: [
      ['健康ポイント事業参加者数', '人', fw('2,500'), '約2,100', '概数（アプリ登録者を含む）'],
      ['特定健康診査受診率', '％', 45.0, '41.2※', '※速報値（法定報告前）'],
    ],
    result: 'アプリ版の導入で40歳代の参加が増えたが、目標には届かなかった。',
    self: 'Ｂ',
  },
  {
    sheet: '商工費-02',
    kan: ['７　商工費', '１　商工費', '２　商工振興費'],
    name: '創業支援事業',
    ka: '商工振興課',
    money: [12300, 10488],
    outline: '創業セミナーの開催、創業資金の利子補給、空き店舗を活用した出店への補助を行う。',
    rows: [
      ['創業件数', '件', 30, 33, '創業支援等事業計画に基づく支援を受けた創業'],
      ['創業セミナー受講者数', '人', 100, 58, '全５回の延べ人数'],
      ['空き店舗活用件数', '件', 5, 0, '申請はあったが要件を満たさなかった'],
    ],
    result: '創業件数は目標を上回ったが、空き店舗の活用は実績がなかった。',
    self: 'Ｃ',
  },
];

const pageIndicators: ExpectedIndicator[] = [
  ind('民生費-01', '見守り協定締結事業者数', '事業者', 45, 47),
  ind('民生費-01', '緊急通報装置設置台数', '台', 320, 288),
  { ...ind('衛生費-03', '健康ポイント事業参加者数', '人', 2500, 2100), actualStatus: 'approximate' },
  { ...ind('衛生費-03', '特定健康診査受診率', '％', 45.0, 41.2), actualStatus: 'provisional' },
  ind('商工費-02', '創業件数', '件', 30, 33),
  ind('商工費-02', '創業セミナー受講者数', '人', 100, 58),
  ind('商工費-02', '空き店舗活用件数', '件', 5, 0),
];

function buildPage(ws: Worksheet, p: Page): void {
  ws.columns = [{ width: 8 }, { width: 14 }, { width: 14 }, { width: 8 }, { width: 11 }, { width: 11 }, { width: 10 }, { width: 26 }];
  box(ws, 'A1:H1', '令和６年度　主要な施策の成果説明書', true);
  put(ws, 3, 1, ['款', p.kan[0], '項', p.kan[1], '目']);
  box(ws, 'F3:H3', p.kan[2]);
  shape(ws, 'A5:H5', p.name);
  put(ws, 6, 1, ['担当課']);
  box(ws, 'B6:D6', p.ka);
  put(ws, 8, 1, ['■ 決算の状況']);
  put(ws, 8, 8, ['（単位：千円）']);
  put(ws, 9, 1, ['予算現額', undefined, '決算額', undefined, '不用額', undefined, '執行率']);
  put(ws, 10, 1, [p.money[0], undefined, p.money[1], undefined, p.money[0] - p.money[1]]);
  ws.getCell('G10').value = { formula: 'C10/A10', result: p.money[1] / p.money[0] };
  ws.getCell('G10').numFmt = '0.0%';
  put(ws, 11, 1, ['財源内訳', '国・県支出金', Math.round(p.money[1] * 0.4), '一般財源', p.money[1] - Math.round(p.money[1] * 0.4)]);
  put(ws, 13, 1, ['■ 事業の概要']);
  box(ws, 'A14:H15', p.outline);
  put(ws, 17, 1, ['■ 成果指標']);
  box(ws, 'A18:C18', '指標名');
  put(ws, 18, 4, ['単位', '目標値', '実績値', '達成率', '備考']);
  p.rows.forEach((row, i) => {
    const r = 19 + i;
    box(ws, `A${r}:C${r}`, row[0]);
    put(ws, r, 4, cells([row[1], row[2], row[3], undefined, row[4]]));
    const t = typeof row[2] === 'number' ? row[2] : 2500;
    const a = typeof row[3] === 'number' ? row[3] : parseFloat(row[3].replace(/[^0-9.]/g, ''));
    ws.getCell(r, 7).value = { formula: `IFERROR(F${r}/E${r},"－")`, result: a / t };
    ws.getCell(r, 7).numFmt = '0.0%';
  });
  const r = 19 + p.rows.length + 1;
  put(ws, r, 1, ['■ 成果と課題']);
  box(ws, `A${r + 1}:H${r + 2}`, p.result);
  put(ws, r + 4, 1, ['■ 担当課評価（事業全体）', undefined, p.self]);
  put(ws, r + 5, 1, ['※　担当課評価は事業全体の評価です（Ａ：成果が上がっている　Ｂ：概ね上がっている　Ｃ：あまり上がっていない　Ｄ：上がっていない）。']);
  onePage(ws, `A1:H${r + 5}`);
}

const setsumei: Holdout2Workbook = {
  name: 'h102-seika-setsumei',
  layout:
    'outside: 主要な施策の成果説明書, one 事業 per sheet (page): 款・項・目, 図形風 事業名, 予算現額／決算額／不用額／執行率 and 財源内訳 (千円), 成果指標 table 指標名｜単位｜目標値｜実績値｜達成率｜備考 with 「約2,100」 and 「41.2※」 (※速報値 in 備考), one 事業-wide 担当課評価',
  build(wb: Workbook) {
    for (const p of PAGES) buildPage(wb.addWorksheet(p.sheet), p);
  },
  expected: { file: 'h102-seika-setsumei.xlsx', fiscalYear: 2024, indicators: pageIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// まちづくりの通信簿: cards tiled three across.

const TSUSHIN_SHEET = 'まちの通信簿';

const CARDS: [string, string, string, string, string, string][] = [
  ['① ごみを減らす', '市民１人１日あたりのごみ排出量', '850g以下', '873g', '★★★☆', '↗'],
  ['② 健康づくり', '特定健診を受けた人の割合', '５割', '46.3％', '★★★☆', '↗'],
  ['③ 読書のまち', '図書館で本を借りた人の数', '年間12万人', '11万8,450人', '★★★☆', '→'],
  ['④ 子どもの居場所', '子ども食堂の数', '10か所', '12か所', '★★★★', '↗'],
  ['⑤ 緑を守る', '公園愛護ボランティア団体の数', '40団体', '23団体', '★☆☆☆', '↘'],
  ['⑥ 情報を届ける', '市の公式SNSのフォロワー数', '1万人', '約7,500人', '★★☆☆', '↗'],
];

const tsushinIndicators: ExpectedIndicator[] = [
  ind(TSUSHIN_SHEET, '市民１人１日あたりのごみ排出量', 'g', 850, 873, { direction: 'down' }),
  ind(TSUSHIN_SHEET, '特定健診を受けた人の割合', '％', 50, 46.3),
  // A target of 万人 beside an actual in 人 is reported in the target's unit (sets 2, 21, 50, 72, 84; changed after the
  // first run: index.ts).
  ind(TSUSHIN_SHEET, '図書館で本を借りた人の数', '万人', 12, 11.845),
  ind(TSUSHIN_SHEET, '子ども食堂の数', 'か所', 10, 12),
  ind(TSUSHIN_SHEET, '公園愛護ボランティア団体の数', '団体', 40, 23),
  { ...ind(TSUSHIN_SHEET, '市の公式SNSのフォロワー数', '万人', 1, 0.75), actualStatus: 'approximate' },
];

const tsushinbo: Holdout2Workbook = {
  name: 'h102-tsushinbo',
  layout:
    'outside: 「ひと目でわかる！まちづくりの通信簿」 令和５年度, six cards tiled three across (merged theme and indicator, めざす値｜いまの値｜達成度 ★☆｜去年と比べて ↗), 「850g以下」「５割」「年間12万人」「11万8,450人」「約7,500人」, legends at the foot, published 令和６年９月',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(TSUSHIN_SHEET);
    ws.columns = Array.from({ length: 14 }, (_, i) => ({ width: i % 5 === 4 ? 2 : 11 }));
    box(ws, 'A1:N1', 'ひと目でわかる！　令和５年度　まちづくりの通信簿', true);
    box(ws, 'A2:N2', '（令和５年度の実績をもとに、令和６年９月に公表しました）');
    CARDS.forEach((c, i) => {
      const r = 4 + Math.floor(i / 3) * 8;
      const col = 1 + (i % 3) * 5;
      const L = (k: number) => ws.getColumn(col + k).letter;
      shape(ws, `${L(0)}${r}:${L(3)}${r}`, c[0]);
      box(ws, `${L(0)}${r + 1}:${L(3)}${r + 1}`, c[1], true);
      const rows: [string, string][] = [
        ['めざす値', c[2]],
        ['いまの値', c[3]],
        ['達成度', c[4]],
        ['去年と比べて', c[5]],
      ];
      rows.forEach(([label, value], k) => {
        put(ws, r + 2 + k, col, [label]);
        box(ws, `${L(1)}${r + 2 + k}:${L(3)}${r + 2 + k}`, value);
      });
    });
    put(ws, 21, 1, ['【達成度の見方】　★★★★ 目標達成（100％以上）　★★★☆ あと少し（80％以上）　★★☆☆ もう一歩（60％以上）　★☆☆☆ がんばろう（60％未満）']);
    put(ws, 22, 1, ['【去年と比べて】　↗ よくなった　→ 変わらない　↘ 悪くなった']);
    put(ws, 23, 1, ['※　ごみの排出量は少ないほど良い指標です。めざす値・いまの値は令和５年度のものです。']);
    onePage(ws, 'A1:N23');
  },
  expected: { file: 'h102-tsushinbo.xlsx', fiscalYear: 2023, indicators: tsushinIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// 行財政改革 取組指標の推移: years as rows, one 目標値 row at the bottom.

const SUII_SHEET = '取組指標の推移';

const SUII_NAMES = [
  '電子申請が可能な手続数',
  '窓口の平均待ち時間 ↓',
  '市税の収納率',
  '職員１人あたり年間時間外勤務時間 ↓',
  'ふるさと納税寄附額',
  '公共施設の延床面積 ↓',
];
const SUII_UNITS = ['手続', '分', '％', '時間', '億円', '㎡'];
const SUII_YEARS: [string, (number | string)[]][] = [
  ['令和２年度（基準）', [48, 24, 97.6, 168, 4.2, 412560]],
  ['令和３年度', [72, 22, 97.9, 172, 5.6, 410880]],
  ['令和４年度', [105, 20, 98.2, 160, 7.1, 408210]],
  ['令和５年度', [131, 19, 98.6, 149, 8.9, 405030]],
  ['令和６年度', [162, 18, 98.9, 151, 9.8, 402350]],
];
const SUII_TARGETS = [150, 15, 98.5, 120, 12, 398000];

const suiiIndicators: ExpectedIndicator[] = [
  ind(SUII_SHEET, '電子申請が可能な手続数', '手続', 150, 162),
  ind(SUII_SHEET, '窓口の平均待ち時間', '分', 15, 18, { direction: 'down' }),
  ind(SUII_SHEET, '市税の収納率', '％', 98.5, 98.9),
  ind(SUII_SHEET, '職員１人あたり年間時間外勤務時間', '時間', 120, 151, { direction: 'down' }),
  ind(SUII_SHEET, 'ふるさと納税寄附額', '億円', 12, 9.8),
  ind(SUII_SHEET, '公共施設の延床面積', '㎡', 398000, 402350, { direction: 'down' }),
];

const suii: Holdout2Workbook = {
  name: 'h102-gyozai-suii',
  layout:
    'outside: 総務常任委員会資料 行財政改革 取組指標の推移, indicators as columns with 「↓」 in the heading (legend: smaller is better), a 単位 row, years 令和２年度（基準）〜令和６年度 as rows, a 目標値（令和６年度） row and a 対前年度 arrow row at the bottom',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SUII_SHEET);
    ws.columns = [{ width: 20 }, ...SUII_NAMES.map(() => ({ width: 14 }))];
    box(ws, 'A1:G1', '行財政改革推進プラン（令和３年度～令和６年度）　取組指標の推移', true);
    box(ws, 'A2:G2', '総務常任委員会資料　行政経営課');
    put(ws, 4, 1, ['年度', ...SUII_NAMES]);
    put(ws, 5, 1, ['（単位）', ...SUII_UNITS]);
    SUII_YEARS.forEach(([y, v], i) => put(ws, 6 + i, 1, [y, ...v]));
    put(ws, 11, 1, ['目標値（令和６年度）', ...SUII_TARGETS]);
    put(ws, 12, 1, ['対前年度', '↗', '↗', '↗', '↘', '↗', '↗']);
    for (let c = 2; c <= 7; c++) for (let r = 6; r <= 11; r++) ws.getCell(r, c).numFmt = c === 7 ? '#,##0' : c === 4 ? '0.0' : 'General';
    put(ws, 14, 1, ['※　↓：数値が小さいほど良い指標（達成率は目標値÷実績値）']);
    put(ws, 15, 1, ['※　対前年度：↗ 改善　→ 横ばい　↘ 悪化']);
    put(ws, 16, 1, ['※　令和６年度の数値は決算確定後の値です。']);
    onePage(ws, 'A1:G16');
  },
  expected: { file: 'h102-gyozai-suii.xlsx', fiscalYear: 2024, indicators: suiiIndicators, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// 行政評価結果（公表用原稿）: a 記入要領 sheet with an example row, then the draft with the 担当課コメント column.

const GENKO_SHEET = '公表原稿';

const GENKO: [string, string, string, number, number | string, string, string][] = [
  ['観光振興', '観光案内所の利用者数', '人', 3000, 3012, 'A', '速報値2,950人→確定値3,012人に差し替え済（5/20）'],
  ['観光振興', '農産物直売所の販売額', '百万円', 420, 398, 'B', '公表時は「約4億円」と表記してよいか確認中'],
  ['移住定住', '移住相談件数', '件', 150, 171, 'A', 'オンライン相談（48件）を含む'],
  ['企業誘致', '企業誘致件数', '件', 3, 1, 'C', '交渉中の案件が２件あるためＣで公表（部長了承済）'],
  ['中心市街地', '中心市街地の歩行者通行量', '人/日', 5500, 4610, 'B', '調査日（11月第２日曜日）の１日あたり'],
  ['雇用', 'シルバー人材センター会員数', '人', 600, fw(572), 'B', ''],
  ['農業振興', '市民農園の利用区画数', '区画', 120, '－', '－', '令和６年度は改修工事のため募集を停止。実績なし'],
];

const genkoIndicators: ExpectedIndicator[] = [
  ind(GENKO_SHEET, '観光案内所の利用者数', '人', 3000, 3012, { existing: 'A' }),
  ind(GENKO_SHEET, '農産物直売所の販売額', '百万円', 420, 398, { existing: 'B' }),
  ind(GENKO_SHEET, '移住相談件数', '件', 150, 171, { existing: 'A' }),
  ind(GENKO_SHEET, '企業誘致件数', '件', 3, 1, { existing: 'C' }),
  ind(GENKO_SHEET, '中心市街地の歩行者通行量', '人/日', 5500, 4610, { existing: 'B' }),
  ind(GENKO_SHEET, 'シルバー人材センター会員数', '人', 600, 572, { existing: 'B' }),
  ind(GENKO_SHEET, '市民農園の利用区画数', '区画', 120, null, { actualStatus: 'not-applicable' }),
];

const genko: Holdout2Workbook = {
  name: 'h102-kohyo-genko',
  layout:
    'outside: 行政評価結果（公表用原稿）, first a 記入要領 sheet with a 記入例 row (○○講座 100｜90｜B), then the draft 指標名｜単位｜目標値｜実績値｜達成率｜評価 with a 担当課コメント（公表前確認欄） full of other figures (速報値2,950人→確定値3,012人, オンライン相談（48件）), 評価 C written over a computed D, 「－」 for a suspended 事業',
  build(wb: Workbook) {
    const guide = wb.addWorksheet('記入要領');
    guide.columns = [{ width: 6 }, { width: 30 }, { width: 8 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 8 }, { width: 40 }];
    box(guide, 'A1:H1', '行政評価結果（公表用原稿）記入要領', true);
    put(guide, 3, 1, ['１', '目標値・実績値は令和６年度の数値を半角数字で記入してください。']);
    put(guide, 4, 1, ['２', '達成率は自動計算です（数式を消さないでください）。']);
    put(guide, 5, 1, ['３', '評価は下表の基準によりＡ～Ｄで記入してください。実績がない場合は「－」としてください。']);
    put(guide, 6, 1, ['４', '担当課コメント欄・確認日欄は公表時に削除します。']);
    put(guide, 8, 2, ['評価', '達成率']);
    put(guide, 9, 2, ['A', '100％以上']);
    put(guide, 10, 2, ['B', '80％以上100％未満']);
    put(guide, 11, 2, ['C', '60％以上80％未満']);
    put(guide, 12, 2, ['D', '60％未満']);
    put(guide, 14, 1, ['【記入例】']);
    put(guide, 15, 1, ['No.', '指標名', '単位', '目標値', '実績値', '達成率', '評価', '担当課コメント']);
    put(guide, 16, 1, ['例', '○○講座の参加者数', '人', 100, 90, 0.9, 'B', '（例）実績は延べ人数']);
    guide.getCell('F16').numFmt = '0.0%';

    const ws = wb.addWorksheet(GENKO_SHEET);
    ws.columns = [
      { width: 5 },
      { width: 12 },
      { width: 30 },
      { width: 8 },
      { width: 10 },
      { width: 10 },
      { width: 9 },
      { width: 6 },
      { width: 44 },
      { width: 9 },
    ];
    box(ws, 'A1:H1', '令和６年度　行政評価結果（公表用原稿）　産業振興部', true);
    put(ws, 1, 9, ['※Ｉ・Ｊ列は公表前に削除すること']);
    put(ws, 3, 1, ['No.', '施策', '指標名', '単位', '目標値', '実績値', '達成率', '評価', '担当課コメント（公表前確認欄）', '確認日']);
    GENKO.forEach((g, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, g[0], g[1], g[2], g[3], g[4]]);
      const a = typeof g[4] === 'number' ? g[4] : g[4] === '－' ? null : 572;
      ws.getCell(r, 7).value = { formula: `IFERROR(F${r}/E${r},"－")`, result: a === null ? '－' : a / g[3] };
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, cells([g[5], g[6], g[6] ? '6/2' : undefined]));
    });
    put(ws, 12, 1, ['評価基準：Ａ 達成率100％以上　Ｂ 80％以上100％未満　Ｃ 60％以上80％未満　Ｄ 60％未満']);
    onePage(ws, 'A1:H12');
  },
  expected: { file: 'h102-kohyo-genko.xlsx', fiscalYear: 2024, indicators: genkoIndicators, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [setsumei, tsushinbo, suii, genko];
