/**
 * Hold-out 23: row-per-indicator tables of other offices — a system export with two 指標 blocks per 事業 row,
 * a 総合戦略 KPI list with 目標/実績 per year, a monthly report summed to the year, and an 環境基本計画
 * 進捗管理表 with stacked tables, full-width text figures, a hidden working row and 「皆減」「集計中」.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** Full-width digits, comma and point, as some offices type figures. */
export const fw = (s: string | number) => String(s).replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Thousands separators, as figures typed as text carry them. */
export const comma = (n: number) => n.toLocaleString('en-US');

type Ind = [name: string, unit: string, direction: 'up' | 'down', previous: number, target: number, actual: number];
type Project = [no: number, project: string, section: string, indicators: Ind[]];

const PROJECTS: Project[] = [
  [
    10101,
    '健康づくり推進事業',
    '健康推進課',
    [
      ['特定健康診査受診率', '%', 'up', 41.2, 45, 43.8],
      ['健康教室参加者数', '人', 'up', 1180, 1300, 1342],
    ],
  ],
  [
    10205,
    '介護予防普及啓発事業',
    '長寿支援課',
    [
      ['通いの場の設置箇所数', 'か所', 'up', 62, 70, 66],
      ['いきいき百歳体操参加者数', '人', 'up', 880, 1000, 590],
    ],
  ],
  [
    20310,
    '空き家対策推進事業',
    '都市計画課',
    [
      ['空き家バンク登録件数', '件', 'up', 18, 25, 16],
      ['空き家バンク成約件数', '件', 'up', 9, 12, 12],
    ],
  ],
  [30102, '地域公共交通確保維持事業', '交通政策課', [['デマンド型乗合タクシー利用者数', '人', 'up', 8420, 9000, 7650]]],
  [
    40115,
    'ごみ減量化推進事業',
    '環境課',
    [
      ['市民1人1日当たりのごみ排出量', 'g', 'down', 905, 880, 892],
      ['資源物回収量', 't', 'up', 2310, 2400, 2285],
    ],
  ],
];

const EXPORT = '事務事業評価_2023';
const BLOCK = ['名称', '単位', '目標の方向', '前年度実績', '目標値', '実績値'];

/** 行政評価システムからの出力: one row per 事業, 指標1_… and 指標2_… column blocks, no title, the year in a 年度 column. */
const systemExport: Holdout2Workbook = {
  name: 'h23-jimujigyo-export',
  layout:
    'system export, one row per 事業 with 指標1_/指標2_ column blocks (名称・単位・方向・前年度実績・目標値・実績値), 年度 column, one 事業 with an empty 指標2',
  build(wb) {
    const ws = wb.addWorksheet(EXPORT);
    const head = ['年度', '事業番号', '事業名', '担当課', ...BLOCK.map((b) => `指標1_${b}`), ...BLOCK.map((b) => `指標2_${b}`), '一次評価', '今後の方向性'];
    put(ws, 1, 1, head);
    const grades = ['B', 'C', 'B', 'B', 'B'];
    const ways = ['継続', '見直し', '継続', '拡充', '継続'];
    PROJECTS.forEach(([no, project, section, inds], r) => {
      const cells = inds.flatMap(([name, unit, dir, prev, target, actual]) => [name, unit, dir === 'up' ? '増加' : '減少', prev, target, actual]);
      put(ws, 2 + r, 1, [2023, no, project, section, ...cells]);
      put(ws, 2 + r, 17, [grades[r], ways[r]]);
    });
  },
  expected: {
    file: 'h23-jimujigyo-export.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.flatMap(([, , , inds]) =>
      inds.map(([name, unit, direction, , target, actual]) => ind(EXPORT, name, unit, target, actual, { direction })),
    ),
    groups: [],
  },
};

type Kpi = [goal: string, name: string, unit: string, base: number, per: (number | string | null)[][], note: string];

/** R3, R4, R5, R6 as [目標, 実績]; R5 is the evaluated year. */
const KPIS: Kpi[] = [
  [
    'しごとをつくる',
    '新規創業件数（累計）',
    '件',
    0,
    [
      [10, 12],
      [20, 21],
      [30, 27],
      [40, null],
    ],
    '',
  ],
  [
    'しごとをつくる',
    '企業誘致件数',
    '件',
    2,
    [
      [1, 1],
      [1, 0],
      [1, 2],
      [1, null],
    ],
    '単年度',
  ],
  [
    'ひとの流れをつくる',
    '観光入込客数',
    '万人',
    182.4,
    [
      [150, 98.6],
      [165, 141.2],
      [180, 176.3],
      [190, null],
    ],
    'コロナ禍で基準値から減少',
  ],
  [
    'ひとの流れをつくる',
    '転出超過数',
    '人',
    412,
    [
      [380, 455],
      [350, 398],
      [320, 361],
      [300, null],
    ],
    '減少を目指す指標（住民基本台帳）',
  ],
  [
    '結婚・出産・子育て',
    '合計特殊出生率',
    '－',
    1.48,
    [
      [1.5, 1.44],
      [1.52, 1.39],
      [1.55, 1.41],
      [1.6, null],
    ],
    '暦年の値',
  ],
  [
    '結婚・出産・子育て',
    '子育て支援センター利用者数',
    '人',
    10240,
    [
      [11000, 9120],
      [11500, 11873],
      [12000, '集計中'],
      [12500, null],
    ],
    '',
  ],
];

const KPI_SHEET = 'KPI進捗';

function kpiHeader(ws: Worksheet): void {
  put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の進捗状況']);
  put(ws, 2, 1, ['（令和５年度評価：令和５年度実績）']);
  put(ws, 4, 1, ['基本目標', 'No.', 'ＫＰＩ', '単位', '基準値']);
  put(ws, 5, 5, ['(H30)']);
  ['令和３年度', '令和４年度', '令和５年度', '令和６年度（最終）'].forEach((y, i) => {
    put(ws, 4, 6 + 2 * i, [y]);
    ws.mergeCells(4, 6 + 2 * i, 4, 7 + 2 * i);
    put(ws, 5, 6 + 2 * i, ['目標', '実績']);
  });
  put(ws, 4, 14, ['備考']);
  for (const c of [1, 2, 3, 4, 14]) ws.mergeCells(4, c, 5, c);
}

/** 総合戦略 KPI 一覧: merged year headings over 目標/実績 pairs, 基準値 (H30), the final year not yet measured. */
const kpiList: Holdout2Workbook = {
  name: 'h23-kpi-sogo-senryaku',
  layout: '総合戦略 KPI 一覧: 基準値, then 令和3…6年度 merged over 目標/実績 pairs, 基本目標 merged down, direction only in 備考, 集計中, unit 「－」',
  build(wb) {
    const ws = wb.addWorksheet(KPI_SHEET);
    kpiHeader(ws);
    KPIS.forEach(([goal, name, unit, base, per, note], i) => {
      put(ws, 6 + i, 1, [i % 2 ? undefined : goal, i + 1, name, unit, base, ...per.flat(), note]);
    });
    ws.mergeCells('A6:A7');
    ws.mergeCells('A8:A9');
    ws.mergeCells('A10:A11');
    put(ws, 13, 1, ['※新規創業件数は令和３年度からの累計。合計特殊出生率は暦年（令和５年）の値。']);
  },
  expected: {
    file: 'h23-kpi-sogo-senryaku.xlsx',
    fiscalYear: 2023,
    indicators: KPIS.map(([, name, unit, , per, note]) => {
      const [target, actual] = per[2];
      const direction = note.startsWith('減少') ? 'down' : 'up';
      if (actual === '集計中') return { ...ind(KPI_SHEET, name, unit, target as number, null, { direction, actualStatus: 'pending' }), grade: null };
      return ind(KPI_SHEET, name, unit === '－' ? null : unit, target as number, actual as number, { direction });
    }),
    groups: [],
  },
};

type Monthly = [name: string, unit: string, target: number, months: number[], lastYear: number];

const MONTHLY: Monthly[] = [
  ['観光案内所利用者数', '人', 24000, [1820, 2410, 1650, 1980, 3120, 2050, 2240, 2630, 1510, 1380, 1270, 1690], 22860],
  ['体験型観光プログラム参加者数', '人', 600, [22, 48, 35, 41, 96, 38, 52, 61, 18, 9, 12, 27], 512],
  ['道の駅レジ通過者数', '人', 420000, [34120, 41250, 31880, 35410, 47620, 36240, 38810, 37520, 30110, 26430, 24980, 33550], 401230],
  ['観光ホームページ閲覧数', '件', 1200000, [78400, 91250, 70320, 88710, 132480, 81200, 86930, 90150, 64220, 59870, 52310, 70660], 1056300],
];

const MONTH_SHEET = '月次実績（R5）';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const total = (m: number[]) => m.reduce((a, b) => a + b, 0);

/** 月次実績報告: twelve month columns, 年度累計 as a SUM formula, 前年度実績 and 達成率 beside, a reference table by 案内所 below. */
const monthly: Holdout2Workbook = {
  name: 'h23-kanko-monthly',
  layout:
    '月次実績報告: 年間目標, 4月…3月 columns, 年度累計 as SUM formulas, 前年度実績 and 達成率 formula columns, a （参考）案内所別 table with a 合計 row below',
  build(wb) {
    const ws = wb.addWorksheet(MONTH_SHEET);
    put(ws, 1, 1, ['令和５年度　観光振興計画　主要指標　月次実績報告']);
    put(ws, 2, 1, ['（令和６年３月分まで・確定値）']);
    put(ws, 2, 16, ['観光商工課']);
    put(ws, 4, 1, ['指標', '単位', '年間目標', ...MONTHS, '年度累計', '前年度実績', '達成率']);
    MONTHLY.forEach(([name, unit, target, months, last], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, target, ...months]);
      ws.getCell(r, 16).value = { formula: `SUM(D${r}:O${r})`, result: total(months) };
      ws.getCell(r, 17).value = last;
      ws.getCell(r, 18).value = { formula: `P${r}/C${r}`, result: total(months) / target };
      ws.getCell(r, 18).numFmt = '0.0%';
    });
    put(ws, 11, 1, ['（参考）観光案内所利用者数の案内所別内訳']);
    const split: [string, number[]][] = [
      ['駅前観光案内所', MONTHLY[0][3].map((v) => Math.round(v * 0.6))],
      ['温泉街観光案内所', MONTHLY[0][3].map((v) => v - Math.round(v * 0.6))],
    ];
    put(ws, 12, 1, ['案内所', '単位', '', ...MONTHS, '年度累計']);
    split.forEach(([where, months], i) => {
      put(ws, 13 + i, 1, [where, '人', undefined, ...months]);
      ws.getCell(13 + i, 16).value = { formula: `SUM(D${13 + i}:O${13 + i})`, result: total(months) };
    });
    put(ws, 15, 1, ['合計', '人', undefined, ...MONTHLY[0][3]]);
    ws.getCell(15, 16).value = { formula: 'SUM(P13:P14)', result: total(MONTHLY[0][3]) };
  },
  expected: {
    file: 'h23-kanko-monthly.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map(([name, unit, target, months]) => ind(MONTH_SHEET, name, unit, target, total(months))),
    groups: [],
  },
};

type Env = [name: string, unit: string, arrow: '↑' | '↓', base: string, target: string, actual: string, last: string, note: string];

const ENV1: Env[] = [
  ['市域の温室効果ガス排出量', '千t-CO2', '↓', '７８２', '７０５', '集計中', '７３１', '国の統計の公表が翌々年度のため'],
  ['住宅用太陽光発電設備の設置件数（累計）', '件', '↑', '２，１４０', '３，２００', '３，０５５', '２，８３２', ''],
  ['公用車の次世代自動車導入率', '％', '↑', '１２．０', '３０．０', '２６．５', '２２．１', ''],
];
const ENV2: Env[] = [
  ['市民１人１日当たりのごみ排出量', 'ｇ', '↓', '９１２', '８６０', '８７４', '８８３', ''],
  ['リサイクル率', '％', '↑', '１８．２', '２２．０', '１９．１', '１８．８', ''],
  ['不法投棄の認知件数', '件', '↓', '２４', '皆減', '９', '１３', '目標は０件'],
];

const ENV_SHEET = '進捗管理表';
const ENV_HEAD = ['環境指標', '単位', '方向', '基準値（H30）', '目標値（R5）', '実績値（R5）', '前年度実績（R4）', '備考'];
const num = (s: string) => Number(s.normalize('NFKC').replace(/,/g, ''));

function envExpected([name, unit, arrow, , target, actual]: Env) {
  const direction = arrow === '↓' ? 'down' : 'up';
  const t = target === '皆減' ? 0 : num(target);
  const u = unit.normalize('NFKC');
  if (actual === '集計中') return { ...ind(ENV_SHEET, name, u, t, null, { direction, actualStatus: 'pending' }), grade: null };
  return ind(ENV_SHEET, name, u, t, num(actual), { direction });
}

/** 環境基本計画 進捗管理表: two 基本目標 tables stacked, figures typed as full-width text, a hidden working row. */
const environment: Holdout2Workbook = {
  name: 'h23-kankyo-kihon',
  layout:
    '環境基本計画 進捗管理表: two stacked 基本目標 tables, ↑/↓ 方向 column with a legend, full-width text figures, hidden 作業用 row, 前年度実績 column, 集計中, target 「皆減」',
  build(wb) {
    const ws = wb.addWorksheet(ENV_SHEET);
    put(ws, 1, 1, ['第２次環境基本計画　進捗管理表（令和５年度）']);
    put(ws, 2, 1, ['※目標の方向　↑：増やす　↓：減らす']);
    put(ws, 4, 1, ['基本目標１　脱炭素社会の実現']);
    ws.mergeCells('A4:H4');
    put(ws, 5, 1, ENV_HEAD);
    put(ws, 6, 1, ENV1[0]);
    put(ws, 7, 1, ENV1[1]);
    put(ws, 8, 1, ['（作業用）設置件数の前年度比増減', '件', undefined, undefined, undefined, 223]);
    ws.getRow(8).hidden = true;
    put(ws, 9, 1, ENV1[2]);
    put(ws, 11, 1, ['基本目標２　循環型社会の形成']);
    ws.mergeCells('A11:H11');
    put(ws, 12, 1, ENV_HEAD);
    ENV2.forEach((e, i) => put(ws, 13 + i, 1, e));
    put(ws, 17, 1, ['注）「集計中」の指標は令和６年度中に判明予定。「皆減」は０件を目標とするもの。']);
  },
  expected: {
    file: 'h23-kankyo-kihon.xlsx',
    fiscalYear: 2023,
    indicators: [...ENV1, ...ENV2].map(envExpected),
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [systemExport, kpiList, monthly, environment];
