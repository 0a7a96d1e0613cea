/**
 * Hold-out 115, the four families, for "industry, commerce, jobs, start-ups and inward investment" (産業振興・商工・雇用・創業支援・企業誘致):
 * a 施策評価シート with two policy sheets of tiled indicator blocks, a 商工振興課 事業実績 with text figures, a 地方創生 KPI table and a
 * 産業振興計画 plan-indicator table.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const wrap = { wrapText: true, vertical: 'middle' as const };

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

// ---------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート: two 基本施策 sheets, indicator blocks tiled two across (区分 | R2（現状値） … R7（目標値）, 実績値 / 期待値 rows).

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  actuals: (number | string | null)[];
  expects: (number | null)[];
  note?: string;
}

function policySheet(wb: Workbook, sheet: string, policy: string, dept: string, lastYear: string, blocks: Block[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [10, 9, 9, 9, 9, 9, 9, 3, 10, 9, 9, 9, 9, 9, 9]);
  put(ws, 1, 1, ['令和５年度　施策評価シート（評価対象期間：令和５年度）']);
  ws.mergeCells(1, 1, 1, 15);
  put(ws, 2, 1, ['基本方針', '４　地域の活力を生み出す産業と雇用のまち']);
  ws.mergeCells(2, 2, 2, 10);
  put(ws, 3, 1, ['基本施策', policy]);
  ws.mergeCells(3, 2, 3, 10);
  put(ws, 3, 11, ['達成状況評価']);
  ws.mergeCells(3, 11, 3, 12);
  // M3: the grade of this year (empty, for the evaluation office); N3: last year's.
  put(ws, 3, 14, [lastYear]);
  put(ws, 4, 1, ['担当部等', dept]);
  ws.mergeCells(4, 2, 4, 10);
  put(ws, 5, 1, ['【成果指標の状況】']);
  const years = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];
  blocks.forEach((b, i) => {
    const top = 6 + Math.floor(i / 2) * 9;
    const left = i % 2 === 0 ? 1 : 9;
    put(ws, top, left, [b.no, b.name]);
    ws.mergeCells(top, left + 1, top, left + 6);
    put(ws, top + 1, left, ['指標の説明', b.desc]);
    ws.mergeCells(top + 1, left + 1, top + 1, left + 6);
    ws.getCell(top + 1, left + 1).alignment = wrap;
    put(ws, top + 2, left, ['単位', b.unit]);
    put(ws, top + 3, left, ['区分', ...years]);
    put(ws, top + 4, left, ['実績値', ...b.actuals]);
    put(ws, top + 5, left, ['期待値\n※R7は目標値', ...b.expects]);
    ws.getCell(top + 5, left).alignment = wrap;
    put(ws, top + 6, left, ['備考', b.note ?? '']);
    ws.mergeCells(top + 6, left + 1, top + 6, left + 6);
  });
  const last = 6 + Math.ceil(blocks.length / 2) * 9;
  put(ws, last, 1, ['総合評価']);
  put(ws, last, 2, ['']);
  ws.mergeCells(last, 2, last + 2, 15);
  put(ws, last + 3, 1, ['今後の方向性']);
  ws.mergeCells(last + 3, 2, last + 4, 15);
}

const P1 = '4-1';
const P2 = '4-2';
const policy1: ExpectedIndicator[] = [
  ind(P1, '企業立地件数（累計）', '件', 18, 19),
  ind(P1, '立地企業の新規雇用者数', '人', 60, 51),
  { sheet: P1, name: '製造品出荷額等', unit: '億円', target: 2300, actualStatus: 'pending', direction: 'up', grade: null },
  ind(P1, '中小企業振興資金融資あっせん件数', '件', 150, 118),
  ind(P1, '中心商店街の空き店舗率', '％', 13.5, 13.6, { direction: 'down' }),
];
const policy2: ExpectedIndicator[] = [
  ind(P2, '創業支援件数', '件', 34, 36),
  ind(P2, '合同就職面接会での就職者数', '人', 35, 22),
  { ...ind(P2, '市内高校新卒者の市内就職率', '％', 42, 41), actualStatus: 'provisional' },
  ind(P2, 'ふるさと名物（地域産品）販売額', '百万円', 360, 352),
];

const policyWorkbook: Holdout2Workbook = {
  name: 'h115-shisaku-sangyo',
  layout: '施策評価シート 2 sheets (4-1, 4-2), blocks tiled two across, R2（現状値）…R7（目標値）, 集計中 and 「41.0（速報値）」, 空き店舗率 減少 in 説明',
  build(wb) {
    policySheet(wb, P1, '4-1　商工業の振興と企業誘致の推進', '商工観光部　商工振興課・企業立地推進室', '（B）', [
      {
        no: '指標①',
        name: '企業立地件数（累計）',
        desc: '工業団地等への企業立地件数（平成28年度からの累計）',
        unit: '件',
        actuals: [12, 14, 17, 19],
        expects: [null, 14, 16, 18, 20, 22],
      },
      {
        no: '指標②',
        name: '立地企業の新規雇用者数',
        desc: '企業立地奨励金の交付対象企業が当該年度に新規に雇用した市民の数',
        unit: '人',
        actuals: [85, 40, 62, 51],
        expects: [null, 60, 60, 60, 60, 60],
      },
      {
        no: '指標③',
        name: '製造品出荷額等',
        desc: '経済センサス‐活動調査・経済構造実態調査による市内製造業の製造品出荷額等',
        unit: '億円',
        actuals: [2150, 2205, 2288, '集計中'],
        expects: [null, 2200, 2250, 2300, 2350, 2400],
        note: 'R5は国の調査結果の公表後に記入',
      },
      {
        no: '指標④',
        name: '中小企業振興資金融資あっせん件数',
        desc: '市制度融資のあっせん件数（新規分）',
        unit: '件',
        actuals: [142, 168, 131, 118],
        expects: [null, 150, 150, 150, 150, 150],
      },
      {
        no: '指標⑤',
        name: '中心商店街の空き店舗率',
        desc: '中心商店街の空き店舗数÷総店舗数（各年10月1日現在）。空き店舗率の減少を目指す。',
        unit: '％',
        actuals: [14.8, 15.2, 14.1, 13.6],
        expects: [null, 14.5, 14.0, 13.5, 13.0, 12.5],
      },
    ]);
    policySheet(wb, P2, '4-2　雇用の確保と創業の支援', '商工観光部　商工振興課', '（C）', [
      {
        no: '指標①',
        name: '創業支援件数',
        desc: '創業支援等事業計画に基づく特定創業支援等事業の支援件数',
        unit: '件',
        actuals: [24, 28, 33, 36],
        expects: [null, 28, 31, 34, 37, 40],
      },
      {
        no: '指標②',
        name: '合同就職面接会での就職者数',
        desc: 'ハローワークと共催する合同就職面接会を通じて就職した人数',
        unit: '人',
        actuals: [31, 18, 27, 22],
        expects: [null, 35, 35, 35, 35, 35],
      },
      {
        no: '指標③',
        name: '市内高校新卒者の市内就職率',
        desc: '市内高校の就職内定者のうち市内事業所に就職した者の割合',
        unit: '％',
        actuals: [38.5, 40.2, 39.8, '41.0（速報値）'],
        expects: [null, 40.0, 41.0, 42.0, 43.0, 44.0],
        note: 'R5は速報値（確定値は6月公表）',
      },
      {
        no: '指標④',
        name: 'ふるさと名物（地域産品）販売額',
        desc: '市が認定したふるさと名物の認定事業者による販売額の合計',
        unit: '百万円',
        actuals: [312, 298, 335, 352],
        expects: [null, 320, 340, 360, 380, 400],
      },
    ]);
  },
  expected: {
    file: 'h115-shisaku-sangyo.xlsx',
    fiscalYear: 2023,
    indicators: [...policy1, ...policy2],
    groups: [
      { sheet: P1, cell: 'M3', grade: rollUp(policy1.map((i) => i.grade)) },
      { sheet: P2, cell: 'M3', grade: rollUp(policy2.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 2. 事業実績: one row per 推進事業, targets and actuals as text, two-measure cells, 未実施, 集計中.

const S2 = '事業実績';
const projectWorkbook: Holdout2Workbook = {
  name: 'h115-jigyo-shoko',
  layout: '商工振興課 推進事業実績: 【code】name⏎概要 in one cell, 数値目標／実績値 as text (「件数：120件⏎融資額：900,000千円」), 未実施, 集計中, 自己評価',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    widths(ws, [5, 36, 16, 24, 30, 8, 30, 10]);
    put(ws, 1, 1, ['令和５年度　商工振興課　推進事業の実績']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 8, ['（令和6年5月末現在）']);
    put(ws, 3, 1, ['No.', '推進事業', '令和4年度\n実績値', '令和5年度', '', '自己評価', '成果・効果／課題', '今後の\n方向性']);
    put(ws, 4, 4, ['数値目標', '実績値']);
    for (const c of [1, 2, 3, 6, 7, 8]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells(3, 4, 3, 5);
    const rows: (string | number)[][] = [
      [
        1,
        '【1-1】創業支援事業\n創業相談窓口の運営、創業塾の開催',
        '29件',
        '創業支援件数　30件',
        '34件',
        'A',
        '創業塾修了者のうち6名が市内で創業した。',
        '継続',
      ],
      [
        2,
        '【1-2】中小企業振興資金融資あっせん事業\n市制度融資のあっせん及び保証料補給',
        '件数：131件\n融資額：1,002,300千円',
        '件数：120件\n融資額：900,000千円',
        '件数：104件\n融資額：812,400千円',
        'B',
        '資金需要の落ち着きにより件数は減少した。',
        '継続',
      ],
      [
        3,
        '【1-3】プレミアム付商品券発行事業\nプレミアム率20％の商品券を発行',
        '―',
        '販売冊数 20,000冊',
        '19,412冊',
        'A',
        '換金率99.4％、市内消費の喚起につながった。',
        '終了',
      ],
      [
        4,
        '【1-4】空き店舗活用支援事業補助金\n中心商店街の空き店舗への出店を支援',
        '3件',
        '補助件数 5件',
        '未実施',
        'D',
        '要綱改正の遅れにより募集を行わなかった。',
        '見直し',
      ],
      [5, '【2-1】企業立地促進奨励金\n工場等の新設・増設に対する奨励金', '4件', '交付件数 4件', '3件', 'B', '1社の操業開始が翌年度にずれ込んだ。', '継続'],
      [
        6,
        '【2-2】合同就職面接会開催事業\nハローワークと共催で年3回開催',
        '参加企業 41社\n就職者 27人',
        '参加企業 40社\n就職者 30人',
        '参加企業 46社\n就職者 22人',
        'B',
        '参加企業は増えたが、就職に結びついた人数は減少した。',
        '拡充',
      ],
      [
        7,
        '【2-3】ふるさと名物販路拡大事業\n首都圏物産展・商談会への出展支援',
        '2,960万円',
        '販売額 3,500万円',
        '3,180万円',
        'B',
        'ECサイトでの販売が伸びた。',
        '継続',
      ],
      [8, '【2-4】商店街にぎわい創出イベント補助金\n商店街団体が行うイベントへの補助', '年5回', '年6回', '年6回開催（来場者延べ 12,400人）', 'A', '', '継続'],
      [9, '【2-5】産業人材育成研修事業\n市内企業の若手社員向け研修', '108人', '受講者 120人', '集計中', '', '実績は6月に確定予定。', '継続'],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (let c = 1; c <= 8; c++) ws.getCell(5 + i, c).alignment = wrap;
    });
    put(ws, 15, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h115-jigyo-shoko.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '創業支援事業', '件', 30, 34, { existing: 'A' }),
      {
        sheet: S2,
        name: '中小企業振興資金融資あっせん事業',
        measures: [
          { label: '件数', target: 120, actual: 104, unit: '件' },
          { label: '融資額', target: 900000, actual: 812400, unit: '千円' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(S2, 'プレミアム付商品券発行事業', '冊', 20000, 19412, { existing: 'A' }),
      ind(S2, '空き店舗活用支援事業補助金', '件', 5, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S2, '企業立地促進奨励金', '件', 4, 3, { existing: 'B' }),
      {
        sheet: S2,
        name: '合同就職面接会開催事業',
        measures: [
          { label: '参加企業', target: 40, actual: 46, unit: '社' },
          { label: '就職者', target: 30, actual: 22, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(S2, 'ふるさと名物販路拡大事業', '万円', 3500, 3180, { existing: 'B' }),
      ind(S2, '商店街にぎわい創出イベント補助金', '回', 6, 6, { existing: 'A' }),
      ind(S2, '産業人材育成研修事業', '人', 120, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 3. KPI table: 目標値／実績値 rows per KPI, 令和3年度…令和6年度 columns, values with units, 「－」 where no target.

const S3 = '基本目標1';
const kpis: [string, string, (number | null)[], number[]][] = [
  ['市の支援による創業件数', '件', [26, 28, 30, 32], [27, 31, 29]],
  ['企業誘致による新規雇用者数（累計）', '人', [50, 100, 150, 200], [46, 88, 141]],
  ['市制度融資の新規貸付件数', '件', [300, 300, 300, 300], [276, 241, 232]],
  ['中心商店街の休日歩行者通行量', '人', [9000, 9500, 10000, 10500], [8420, 9810, 10236]],
  ['ふるさと名物の認定品目数', '品目', [15, 18, null, null], [12, 15, 18]],
  ['就職面接会を通じた就職者数', '人', [40, 40, 40, 40], [35, 38, 41]],
];
const fmt = (n: number, unit: string) => `${n.toLocaleString('en-US')} ${unit}`;
const kpiWorkbook: Holdout2Workbook = {
  name: 'h115-kpi-sousei',
  layout: '地方創生 KPI: 目標値／実績値 rows per KPI × 令和3〜6年度, 「10,236 人」 text values, 「－」 target, R6 実績 blank',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [5, 34, 8, 12, 12, 12, 12, 12, 24]);
    put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　基本目標１「稼ぐ力を高め、安定した雇用を創出する」　KPIの進捗状況']);
    ws.mergeCells(1, 1, 1, 9);
    put(ws, 2, 1, ['（令和5年度実績）']);
    put(ws, 3, 1, ['No.', '重要業績評価指標（KPI）', '区分', '基準値\n（令和元年度）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
    const base = [24, 0, 289, 8850, 10, 33];
    kpis.forEach(([name, unit, t, a], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [i + 1, name, '目標値', fmt(base[i], unit), ...t.map((x) => (x === null ? '－' : fmt(x, unit)))]);
      put(ws, r + 1, 3, ['実績値', '', ...a.map((x) => fmt(x, unit))]);
      for (const c of [1, 2, 4, 9]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 6, 9, ['R3から累計']);
    put(ws, 12, 9, ['R5以降の目標は次期認定時に設定']);
    put(ws, 17, 1, ['※基準値は総合戦略策定時（令和元年度）の値。']);
  },
  expected: {
    file: 'h115-kpi-sousei.xlsx',
    fiscalYear: 2023,
    indicators: kpis.map(([name, unit, t, a]) => ind(S3, name, unit, t[2], a[2])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators: 指標 | 指標の説明 | 単位 | 現況（計画策定時） with its year | 目標（R8） | 実績 with its year | 現状把握の方法.

const S4 = '計画の指標';
const planRows: [string, string, string, string, number, string | null, string][] = [
  [
    '創業支援による創業者数',
    '特定創業支援等事業を受けて創業した者の数（年間）',
    '人',
    '21\n（令和2年度）',
    30,
    '33\n（令和5年度）',
    '創業支援事業者からの報告',
  ],
  ['誘致企業数（累計）', '市が誘致した企業の立地数', '社', '41\n（令和3年3月末）', 48, '45\n（令和6年3月末）', '企業立地推進室調べ'],
  ['中小企業振興資金の貸付残高', '市制度融資の年度末貸付残高', '百万円', '4,820\n（令和2年度末）', 5000, '4,135\n（令和5年度末）', '金融機関からの報告'],
  ['中心商店街の空き店舗数', '中心商店街の空き店舗数（減少を目指す）', '店舗', '38\n（令和3年度）', 30, '34\n（令和5年度）', '商店街実態調査'],
  [
    '就職面接会参加者の就職率',
    '合同就職面接会参加者のうち3か月以内に就職した者の割合',
    '％',
    '18.2\n（令和2年度）',
    25,
    '21.4\n（令和5年度）',
    'ハローワーク調べ',
  ],
  ['ふるさと名物の販売額', '認定事業者によるふるさと名物の販売額', '百万円', '186\n（令和2年度）', 250, null, '認定事業者アンケート（令和6年度実施予定）'],
  [
    '市内企業の新製品・新技術開発件数',
    '産業支援補助金を活用した新製品・新技術の開発件数',
    '件',
    '12\n（令和2年度）',
    20,
    '11\n（令和5年度）',
    '産業支援センター調べ',
  ],
];
const planActual = [33, 45, 4135, 34, 21.4, null, 11];
const planWorkbook: Holdout2Workbook = {
  name: 'h115-keikaku-shihyo',
  layout: '産業振興計画 指標: 現況「21⏎（令和2年度）」, 目標（R8）, 実績「33⏎（令和5年度）」, one blank 実績, 空き店舗数 減少を目指す in 説明',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    widths(ws, [28, 36, 8, 16, 12, 16, 28]);
    put(ws, 1, 1, ['○○市産業振興計画（令和4年度〜令和8年度）　指標の状況（令和5年度点検評価）']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    planRows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (let c = 1; c <= 7; c++) ws.getCell(4 + i, c).alignment = wrap;
    });
  },
  expected: {
    file: 'h115-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: planRows.map(([name, desc, unit, , target], i) => {
      const e = ind(S4, name, unit, target, planActual[i], { direction: desc.includes('減少') ? 'down' : 'up' });
      if (planActual[i] === null) e.actualStatus = 'missing';
      e.targetSource = 'final';
      return e;
    }),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policyWorkbook, projectWorkbook, kpiWorkbook, planWorkbook];
