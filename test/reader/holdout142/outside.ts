/**
 * Hold-out 142, four shapes outside the families that offices of 児童相談・社会的養護 use: a 里親委託推進 table with the years as
 * rows and 目標／実績 column pairs under 「里親登録数（世帯）」 headings (no evaluation year written anywhere: the latest year with
 * actuals, a guess), 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 目標・実績・達成率 rows, a 社会的養育推進計画
 * 進捗管理表 with 方向 ↑／↓, a 達成率 column and its own ◎○△× legend by bands (100／80／50), and a 児童相談所 業務評価 split into
 * 表紙 (評価対象年度), 目標設定 and 実績 sheets joined by No., the 実績 sheet already holding the next year's first quarter.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** Years as rows: 目標／実績 pairs per indicator, units in the headings. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h142-n-satooya-nendobetsu',
  layout: 'N-years-as-rows: 里親委託推進 年度別 目標／実績 pairs, units in the headings, full-width figures in the latest row, no year stated',
  build(wb) {
    const ws = wb.addWorksheet('年度別推移');
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 10, '里親委託推進事業　年度別目標・実績');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '里親登録数（世帯）');
    merge(ws, 3, 4, 3, 5, '委託児童数（人）');
    merge(ws, 3, 6, 3, 7, '里親等委託率（％）');
    merge(ws, 3, 8, 3, 9, '里親研修修了者数（人）');
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | null)[][] = [
      ['平成30年度', '－', 28, '－', 19, '－', 14.8, '－', 10, '計画策定前'],
      ['令和元年度', 30, 30, 20, 21, 15.5, 16.0, 15, 12, null],
      ['令和2年度', 33, 31, 22, 22, 17.0, 16.9, 18, 9, '研修は一部オンライン開催'],
      ['令和3年度', 36, 35, 24, 26, 18.5, 18.7, 20, 17, null],
      ['令和4年度', 39, 37, 27, 28, 20.0, 19.4, 22, 20, null],
      ['令和5年度', 42, '３９', 30, '３１', 22.0, '２０．５', 25, '１４', '基礎研修１回中止（講師都合）'],
      ['令和6年度', 45, null, 33, null, 24.0, null, 28, null, null],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 4 + rows.length, 10);
    wrap(ws, 3, 1, 4, 10);
  },
  expected: {
    file: 'h142-n-satooya-nendobetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('年度別推移', '里親登録数', '世帯', 42, 39),
      ind('年度別推移', '委託児童数', '人', 30, 31),
      ind('年度別推移', '里親等委託率', '％', 22.0, 20.5),
      ind('年度別推移', '里親研修修了者数', '人', 25, 14),
    ],
    groups: [],
    guesses: ['period'],
  },
};

interface JigyoIndicator {
  name: string;
  unit: string;
  /** 令和3年度 … 令和6年度（計画）. */
  targets: number[];
  /** 令和3年度 … 令和5年度. */
  actuals: number[];
}

/** One 事務事業評価シート: label-value rows, then 活動指標 and 成果指標 with 目標／実績／達成率 rows. */
function jigyoSheet(ws: Worksheet, title: string, purpose: string, content: string, indicators: [JigyoIndicator, JigyoIndicator]): void {
  widths(ws, [12, 34, 8, 8, 11, 11, 11, 14]);
  merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート（令和５年度実施事業）');
  const labels: [string, string][] = [
    ['事業名', title],
    ['担当課', 'こども家庭課　家庭支援係'],
    ['事業の目的', purpose],
    ['事業の内容\n（令和5年度）', content],
  ];
  labels.forEach(([label, value], i) => {
    put(ws, 3 + i, 1, [label]);
    merge(ws, 3 + i, 2, 3 + i, 8, value);
  });
  box(ws, 3, 1, 6, 8);
  wrap(ws, 3, 1, 6, 1);
  put(ws, 8, 1, ['■事業の指標']);
  put(ws, 9, 1, ['区分', '指標名', '単位', '', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（計画）']);
  indicators.forEach((x, i) => {
    const r = 10 + i * 3;
    merge(ws, r, 1, r + 2, 1, i === 0 ? '活動指標' : '成果指標');
    merge(ws, r, 2, r + 2, 2, x.name);
    merge(ws, r, 3, r + 2, 3, x.unit);
    put(ws, r, 4, ['目標', ...x.targets]);
    put(ws, r + 1, 4, ['実績', ...x.actuals]);
    put(ws, r + 2, 4, ['達成率', ...x.actuals.map((a, k) => `${((a / x.targets[k]) * 100).toFixed(1)}%`), '－']);
  });
  box(ws, 9, 1, 15, 8);
  wrap(ws, 9, 1, 15, 8);
  put(ws, 17, 1, ['■評価']);
  put(ws, 18, 1, ['今後の方向性', '継続']);
  box(ws, 18, 1, 18, 2);
}

const JIGYO: [string, string, string, string, [JigyoIndicator, JigyoIndicator]][] = [
  [
    '要対協',
    '要保護児童対策地域協議会運営事業',
    '要保護児童等の早期発見と適切な保護を図るため、関係機関の連携体制を確保する。',
    '代表者会議１回、実務者会議12回、個別ケース検討会議を随時開催した。',
    [
      { name: '実務者会議の開催回数', unit: '回', targets: [12, 12, 12, 12], actuals: [10, 12, 12] },
      { name: '個別ケース検討会議で支援方針を決定したケースの割合', unit: '％', targets: [85.0, 88.0, 90.0, 92.0], actuals: [80.4, 86.1, 85.2] },
    ],
  ],
  [
    '養育支援訪問',
    '養育支援訪問事業',
    '養育支援が特に必要な家庭を訪問し、養育に関する指導・助言を行い、適切な養育の実施を確保する。',
    '保健師・家庭相談員による専門的相談支援と、委託事業者による育児・家事援助を実施した。',
    [
      { name: '訪問延べ件数', unit: '件', targets: [420, 450, 480, 500], actuals: [401, 463, 392] },
      { name: '支援終結世帯数', unit: '世帯', targets: [20, 22, 25, 25], actuals: [18, 19, 14] },
    ],
  ],
  [
    '家庭児童相談',
    '家庭児童相談室運営事業',
    '家庭における児童養育の相談に応じ、児童虐待の未然防止と早期対応を図る。',
    '家庭児童相談員４名を配置し、来所・電話・訪問による相談に対応した。',
    [
      { name: '家庭児童相談員による訪問・面接件数', unit: '件', targets: [1300, 1400, 1500, 1500], actuals: [1288, 1451, 1622] },
      { name: '虐待通告受理後48時間以内の安全確認実施率', unit: '％', targets: [100.0, 100.0, 100.0, 100.0], actuals: [97.6, 100.0, 100.0] },
    ],
  ],
];

const perSheet: Holdout2Workbook = {
  name: 'h142-n-jimujigyo-sheets',
  layout: 'N-project-per-sheet: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 with 目標／実績／達成率 rows over 令和3…6年度（計画）',
  build(wb) {
    for (const [sheet, title, purpose, content, indicators] of JIGYO) jigyoSheet(wb.addWorksheet(sheet), title, purpose, content, indicators);
  },
  expected: {
    file: 'h142-n-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: JIGYO.flatMap(([sheet, , , , indicators]) => indicators.map((x) => ind(sheet, x.name, x.unit, x.targets[2], x.actuals[2]))),
    groups: [],
  },
};

/** 進捗管理表: one row per 評価指標 under merged 項目, its own ◎○△× legend by bands. */
const progress: Holdout2Workbook = {
  name: 'h142-n-yoiku-shinchoku-marks',
  layout: 'N-cluttered-table: 社会的養育推進計画 進捗管理表, 方向 ↑／↓, 達成率 column, ◎○△× by a 100／80／50 legend, a 集計中',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [24, 40, 8, 6, 12, 12, 10, 8, 36]);
    merge(ws, 1, 1, 1, 9, '青葉県社会的養育推進計画　令和６年度　取組の進捗管理表');
    merge(ws, 2, 1, 2, 9, '評価基準　◎：達成率100％以上　○：80％以上100％未満　△：50％以上80％未満　×：50％未満');
    put(ws, 4, 1, ['項目', '評価指標', '単位', '方向', '令和６年度目標', '令和６年度実績', '達成率', '評価', '評価理由・課題']);
    const rows: (string | number | null)[][] = [
      [
        '(1) 当事者である子どもの権利擁護',
        '意見表明等支援員（アドボケイト）の訪問施設数',
        'か所',
        '↑',
        15,
        15,
        '100.0%',
        '◎',
        '全ての児童養護施設・乳児院を訪問',
      ],
      ['(2) 里親等への委託の推進', '里親等委託率（乳幼児）', '％', '↑', 50.0, 41.8, '83.6%', '○', 'フォスタリング機関による新規開拓が進んだ'],
      [null, '里親等委託率（学童期以降）', '％', '↑', 40.0, 22.0, '55.0%', '△', '高年齢児の受入れ可能な里親が不足'],
      ['(3) 施設の小規模かつ地域分散化', '地域小規模児童養護施設等の設置数', 'か所', '↑', 14, 6, '42.9%', '×', '用地・人材確保が難航'],
      ['(4) 一時保護改革', '一時保護所の平均在所日数', '日', '↓', 25.0, 28.4, '88.0%', '○', '短いほど良い（達成率＝目標÷実績）'],
      ['(5) 自立支援の推進', '社会的養護自立支援事業の利用者数', '人', '↑', 60, '集計中', '－', '－', '令和７年度第１回推進会議で報告予定'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.mergeCells(6, 1, 7, 1);
    box(ws, 4, 1, 4 + rows.length, 9);
    wrap(ws, 4, 1, 4 + rows.length, 9);
  },
  expected: {
    file: 'h142-n-yoiku-shinchoku-marks.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('進捗管理表', '意見表明等支援員（アドボケイト）の訪問施設数', 'か所', 15, 15, { existing: '◎' }),
      ind('進捗管理表', '里親等委託率（乳幼児）', '％', 50.0, 41.8, { existing: '○' }),
      ind('進捗管理表', '里親等委託率（学童期以降）', '％', 40.0, 22.0, { existing: '△' }),
      ind('進捗管理表', '地域小規模児童養護施設等の設置数', 'か所', 14, 6, { existing: '×' }),
      ind('進捗管理表', '一時保護所の平均在所日数', '日', 25.0, 28.4, { direction: 'down', existing: '○' }),
      ind('進捗管理表', '社会的養護自立支援事業の利用者数', '人', 60, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/** Split sheets: 表紙 states the year, 目標設定 holds the targets and directions, 実績 the figures; joined by No. */
const SPLIT: [number, string, string, string, string, number[], number[]][] = [
  [1, '児童相談体制の強化', '児童福祉司の配置数', '人', '↑', [48, 52, 56], [46, 49]],
  [2, '児童相談体制の強化', '児童心理司の配置数', '人', '↑', [24, 26, 28], [25, 27]],
  [3, '迅速・的確な初期対応', '通告受理から48時間以内の安全確認実施率', '％', '↑', [100.0, 100.0, 100.0], [98.2, 98.7]],
  [4, '一時保護の適正化', '一時保護所の定員超過日数', '日', '↓', [0, 0, 0], [31, 12]],
  [5, '家庭養育の推進', '里親委託等推進員による家庭訪問件数', '件', '↑', [280, 300, 320], [262, 245]],
];
const FIRST_QUARTER = [50, 27, 100.0, 0, 61];

const split: Holdout2Workbook = {
  name: 'h142-n-jisou-mokuhyo-jisseki',
  layout: 'N-split-sheets: 児童相談所 業務評価, 表紙 (評価対象年度 令和６年度), 目標設定 (R5–R7, 目指す方向) and 実績 (R5, R6, R7 第1四半期) joined by No.',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    widths(cover, [16, 30]);
    merge(cover, 1, 1, 1, 2, '青葉県中央児童相談所　業務評価');
    put(cover, 3, 1, ['評価対象年度', '令和６年度']);
    put(cover, 4, 1, ['作成日', '令和7年6月10日']);
    put(cover, 5, 1, ['作成', '中央児童相談所　総務課']);
    box(cover, 3, 1, 5, 2);

    const goals = wb.addWorksheet('目標設定');
    widths(goals, [6, 20, 40, 8, 10, 12, 12, 12]);
    put(goals, 1, 1, ['業務目標の設定']);
    put(goals, 3, 1, ['No.', '評価項目', '指標', '単位', '目指す方向', '令和5年度目標', '令和6年度目標', '令和7年度目標']);
    SPLIT.forEach(([no, item, name, unit, dir, targets], i) => put(goals, 4 + i, 1, [no, item, name, unit, dir, ...targets]));
    box(goals, 3, 1, 3 + SPLIT.length, 8);
    wrap(goals, 3, 1, 3, 8);

    const results = wb.addWorksheet('実績');
    widths(results, [6, 40, 8, 12, 12, 16]);
    put(results, 1, 1, ['業務実績']);
    put(results, 3, 1, ['No.', '指標', '単位', '令和5年度', '令和6年度', '令和7年度\n（4月～6月）']);
    SPLIT.forEach(([no, , name, unit, , , actuals], i) => put(results, 4 + i, 1, [no, name, unit, ...actuals, FIRST_QUARTER[i]]));
    box(results, 3, 1, 3 + SPLIT.length, 6);
    wrap(results, 3, 1, 3, 6);
  },
  expected: {
    file: 'h142-n-jisou-mokuhyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: SPLIT.map(([, , name, unit, dir, targets, actuals]) =>
      ind('実績', name, unit, targets[1], actuals[1], { direction: dir === '↓' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, progress, split];
