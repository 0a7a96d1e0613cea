/**
 * Hold-out 155, the four families as 社会教育・公民館・青少年教育 offices write them: a 基本施策事後評価シート of 社会教育 (tiled
 * indicator blocks Ｒ２（現状値）…Ｒ７, 実績値／期待値 rows, 令和４年度 evaluated, a 集計中 市民意識調査 figure, an empty 達成状況評価
 * cell beside last year's 「（B）」); a 令和６年度 公民館事業 推進事業実績 with text figures 「開催講座数 94講座」, two measures in one
 * cell and a 未実施; a 青少年健全育成プラン KPI table with 目標値／実績値 rows per 令和4年3月末…令和8年3月末, values 「12,000 人」, a
 * 目指す方向 column with 減少, 「-」 targets and ◎○△× by bands; a 生涯学習推進計画 成果指標 table with 「182,450⏎（令和2年度）」,
 * 目標（R7） and a blank 実績.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/* ---------- A: 基本施策事後評価シート (tiled indicator blocks) ---------- */

const A_SHEET = '5-2';

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '公民館講座の延べ受講者数',
    description: '中央公民館及び地区公民館12館で開催した主催講座の延べ受講者数',
    unit: '人',
    actuals: [9850, 12406, 16420, null, null, null],
    expected: [null, 15000, 18000, 21000, 23000, 25000],
    note: 'R2は新型コロナウイルス感染症により講座を縮小',
  },
  {
    no: '指標②',
    name: '社会教育関係団体の登録団体数',
    description: '社会教育関係団体として登録している団体の数（各年度末）',
    unit: '団体',
    actuals: [228, 226, 231, null, null, null],
    expected: [null, 235, 240, 245, 250, 255],
    note: '高齢化による解散が続いている',
  },
  {
    no: '指標③',
    name: '生涯学習ボランティア登録者数',
    description: '生涯学習ボランティアバンクに登録している人数（各年度末）',
    unit: '人',
    actuals: [298, 331, 362, null, null, null],
    expected: [null, 320, 350, 380, 410, 440],
    note: '',
  },
  {
    no: '指標④',
    name: '学習の成果を地域や社会で生かしている市民の割合',
    description: '市民意識調査で「学んだことを地域活動等に生かしている」と回答した市民の割合',
    unit: '％',
    actuals: [24.6, 26.1, '集計中', null, null, null],
    expected: [null, 28, 30, 32, 34, 36],
    note: '市民意識調査（毎年11月実施）。令和４年度の結果は集計中',
  },
];

function buildPolicySheet(wb: Workbook): void {
  const ws = wb.addWorksheet(A_SHEET);
  widths(ws, [14, 11, 9, 9, 9, 9, 11, 14, 11, 9, 9, 9, 9, 11]);
  merge(ws, 1, 1, 1, 14, '令和４年度　基本施策事後評価シート（評価対象期間：令和４年度）');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 8, '５　生涯にわたり学び、つながり、活躍できるまち');
  put(ws, 3, 9, ['担当部等']);
  merge(ws, 3, 10, 3, 14, '教育部（生涯学習課・中央公民館）');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 8, '5-2　社会教育の推進と公民館活動の充実');
  merge(ws, 4, 9, 4, 10, '達成状況評価');
  put(ws, 4, 12, ['（B）']);
  merge(ws, 4, 13, 4, 14, '※（　）は前年度の評価');
  box(ws, 3, 1, 4, 12);
  const heads = ['Ｒ２\n（現状値）', 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６', 'Ｒ７'];
  A_BLOCKS.forEach((b, i) => {
    const r = 6 + Math.floor(i / 2) * 8;
    const c = 1 + (i % 2) * 7;
    put(ws, r, c, [b.no]);
    merge(ws, r, c + 1, r, c + 6, b.name);
    put(ws, r + 1, c, ['指標の説明']);
    merge(ws, r + 1, c + 1, r + 1, c + 6, b.description);
    put(ws, r + 2, c, ['単位', b.unit]);
    put(ws, r + 3, c, ['区分', ...heads]);
    put(ws, r + 4, c, ['実績値', ...b.actuals]);
    put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expected]);
    put(ws, r + 6, c, ['備考']);
    merge(ws, r + 6, c + 1, r + 6, c + 6, b.note);
    box(ws, r, c, r + 6, c + 6);
    wrap(ws, r + 3, c, r + 5, c + 6);
  });
  put(ws, 22, 1, ['達成状況分析']);
  merge(
    ws,
    22,
    2,
    22,
    14,
    '・公民館講座は対面講座の再開により受講者数が回復傾向にあるが、期待値には届かなかった。\n・生涯学習ボランティアは養成講座の修了者が登録につながり、期待値を上回った。',
  );
  box(ws, 22, 1, 22, 14);
}

const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '公民館講座の延べ受講者数', '人', 18000, 16420),
  ind(A_SHEET, '社会教育関係団体の登録団体数', '団体', 240, 231),
  ind(A_SHEET, '生涯学習ボランティア登録者数', '人', 350, 362),
  ind(A_SHEET, '学習の成果を地域や社会で生かしている市民の割合', '％', 30, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h155-shakaikyoiku-policy',
  layout: '基本施策事後評価シート, four tiled blocks Ｒ２（現状値）…Ｒ７, 実績値／期待値 rows, R4 evaluated, one 集計中, empty rating cell beside （B）',
  build: buildPolicySheet,
  expected: {
    file: 'h155-shakaikyoiku-policy.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'K4', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

/* ---------- B: 推進事業実績 (text figures) ---------- */

const B_SHEET = '事業実績';

function buildProjects(wb: Workbook): void {
  const ws = wb.addWorksheet(B_SHEET);
  widths(ws, [6, 40, 18, 9, 20, 20, 48]);
  merge(ws, 1, 1, 1, 7, '令和６年度　生涯学習推進計画　推進事業実績（公民館事業）');
  put(ws, 2, 7, ['教育部　生涯学習課・中央公民館']);
  put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値', '成果・効果、課題、今後の方向性']);
  merge(ws, 4, 1, 4, 7, '基本方針２　身近な学びの場の充実');
  const rows: (string | number)[][] = [
    [
      1,
      '2-1-1 公民館定期講座開催事業\n【概要】各地区公民館で教養・趣味・健康づくり等の定期講座を開講する。',
      '開催講座数 86講座',
      'A',
      '開催講座数 90講座',
      '開催講座数 94講座',
      '【成果・効果】オンライン併用講座を新設し、若い世代の受講が増えた。\n【今後の方向性】継続',
    ],
    [
      2,
      '2-1-2 地区公民館まつり支援事業\n【概要】地区公民館まつりの開催を支援し、地域の学習成果の発表の場を設ける。',
      '参加者数 2,380人',
      'B',
      '参加者数 3,000人',
      '参加者数 2,614人',
      '【成果・効果】全12館で開催できた。\n【課題】出展団体の高齢化\n【今後の方向性】継続',
    ],
    [
      3,
      '2-1-3 まちづくり出前講座\n【概要】市職員が講師となり、市民の求めに応じて市政等について説明する。',
      '実施回数 52回',
      'B',
      '実施回数 60回',
      '実施回数 41回',
      '【課題】申込みが特定のメニューに偏っている。\n【今後の方向性】見直し（メニューの整理）',
    ],
    [
      4,
      '2-2-1 家庭教育支援事業\n【概要】子育て中の保護者を対象とした家庭教育講座を開催する。',
      '講座 10回／参加者 305人',
      'A',
      '家庭教育講座 12回\n参加者 360人',
      '家庭教育講座 12回\n参加者 297人',
      '【成果・効果】予定どおり12回開催した。\n【課題】平日開催の参加者が少ない。\n【今後の方向性】継続',
    ],
    [
      5,
      '2-2-2 公民館施設長寿命化改修事業\n【概要】老朽化した地区公民館の長寿命化改修を計画的に行う。',
      '－',
      'D',
      '改修実施設計 1館',
      '未実施',
      '【成果・効果】資材価格の高騰により実施設計の発注を見送った。\n【今後の方向性】令和７年度に実施予定',
    ],
    [
      6,
      '2-3-1 公民館図書室利用促進事業\n【概要】公民館図書室の蔵書を充実し、市立図書館との相互貸借を行う。',
      '貸出冊数 24,105冊',
      'B',
      '貸出冊数 25,000冊',
      '貸出冊数 23,870冊',
      '【課題】児童書の貸出が減少している。\n【今後の方向性】継続',
    ],
  ];
  rows.forEach((row, i) => put(ws, 5 + i, 1, row));
  box(ws, 3, 1, 10, 7);
  wrap(ws, 3, 1, 10, 7);
}

const B_INDICATORS: ExpectedIndicator[] = [
  ind(B_SHEET, '公民館定期講座開催事業', '講座', 90, 94, { existing: 'A' }),
  ind(B_SHEET, '地区公民館まつり支援事業', '人', 3000, 2614, { existing: 'B' }),
  ind(B_SHEET, 'まちづくり出前講座', '回', 60, 41, { existing: 'B' }),
  {
    sheet: B_SHEET,
    name: '家庭教育支援事業',
    measures: [
      { label: '家庭教育講座', target: 12, actual: 12, unit: '回' },
      { label: '参加者', target: 360, actual: 297, unit: '人' },
    ],
    existing: 'A',
    grade: 'B', // 12/12 = 100 %, 297/360 = 82.5 %: the lowest counts
  },
  ind(B_SHEET, '公民館施設長寿命化改修事業', '館', 1, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(B_SHEET, '公民館図書室利用促進事業', '冊', 25000, 23870, { existing: 'B' }),
];

const projects: Holdout2Workbook = {
  name: 'h155-kominkan-jigyo',
  layout: '令和６年度 推進事業実績: code, name and 【概要】 in one cell, text figures 「開催講座数 94講座」, two measures in one cell, 未実施',
  build: buildProjects,
  expected: { file: 'h155-kominkan-jigyo.xlsx', fiscalYear: 2024, indicators: B_INDICATORS, groups: [] },
};

/* ---------- C: KPI table, 目標値／実績値 rows per period ---------- */

const C_SHEET = 'KPI';

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet(C_SHEET);
  widths(ws, [5, 34, 10, 8, 13, 13, 13, 13, 13, 10, 30]);
  merge(ws, 1, 1, 1, 11, '第２期　青少年健全育成プラン　重点目標（ＫＰＩ）の達成状況');
  put(ws, 2, 1, ['（令和６年５月　青少年問題協議会報告）']);
  put(ws, 4, 1, [
    'No.',
    '重要業績評価指標（ＫＰＩ）',
    '目指す方向',
    '区分',
    '令和4年3月末',
    '令和5年3月末',
    '令和6年3月末',
    '令和7年3月末',
    '令和8年3月末',
    '評価',
    '備考',
  ]);
  const kpis: [string, string, string[], string[], string, string][] = [
    [
      '放課後子ども教室の延べ参加児童数',
      '増加',
      ['10,000 人', '11,000 人', '12,000 人', '13,000 人', '14,000 人'],
      ['8,912 人', '10,340 人', '11,046 人'],
      '○',
      '市内14教室の合計',
    ],
    ['ジュニアリーダー登録者数', '増加', ['70 人', '75 人', '80 人', '85 人', '90 人'], ['66 人', '78 人', '84 人'], '◎', ''],
    ['街頭補導による少年の補導人員', '減少', ['170 人', '160 人', '150 人', '140 人', '130 人'], ['181 人', '176 人', '172 人'], '○', '警察署調べ'],
    ['二十歳のつどい参加率', '増加', ['85.0 %', '85.0 %', '85.0 %', '85.0 %', '85.0 %'], ['71.2 %', '80.4 %', '78.3 %'], '○', '対象者数に対する出席者数の割合'],
    ['子ども会加入率', '増加', ['-', '-', '-', '-', '-'], ['45.0 %', '43.6 %', '42.1 %'], '－', '現状把握のための参考指標'],
  ];
  kpis.forEach(([name, dir, targets, actuals, mark, note], i) => {
    const r = 5 + i * 2;
    merge(ws, r, 1, r + 1, 1, i + 1);
    merge(ws, r, 2, r + 1, 2, name);
    merge(ws, r, 3, r + 1, 3, dir);
    put(ws, r, 4, ['目標値', ...targets]);
    put(ws, r + 1, 4, ['実績値', ...actuals]);
    merge(ws, r, 10, r + 1, 10, mark);
    merge(ws, r, 11, r + 1, 11, note);
  });
  box(ws, 4, 1, 14, 11);
  put(ws, 16, 1, [
    undefined,
    '評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満　（減少を目指す指標は目標値÷実績値で算出）',
  ]);
}

const C_INDICATORS: ExpectedIndicator[] = [
  ind(C_SHEET, '放課後子ども教室の延べ参加児童数', '人', 12000, 11046, { existing: '○' }),
  ind(C_SHEET, 'ジュニアリーダー登録者数', '人', 80, 84, { existing: '◎' }),
  ind(C_SHEET, '街頭補導による少年の補導人員', '人', 150, 172, { direction: 'down', existing: '○' }),
  ind(C_SHEET, '二十歳のつどい参加率', '%', 85, 78.3, { existing: '○' }),
  ind(C_SHEET, '子ども会加入率', '%', null, 42.1),
];

const kpi: Holdout2Workbook = {
  name: 'h155-seishonen-kpi',
  layout: 'KPI table: 目標値／実績値 rows per 令和4年3月末…令和8年3月末, 「12,000 人」, 目指す方向 増加／減少, 「-」 targets, ◎○△× by bands (marks as written)',
  build: buildKpi,
  expected: { file: 'h155-seishonen-kpi.xlsx', fiscalYear: 2023, indicators: C_INDICATORS, groups: [] },
};

/* ---------- D: 計画の成果指標 (現況／目標／実績) ---------- */

const D_SHEET = '計画の指標';

function buildPlan(wb: Workbook): void {
  const ws = wb.addWorksheet(D_SHEET);
  widths(ws, [16, 30, 7, 36, 16, 12, 16, 22]);
  merge(ws, 1, 1, 1, 8, '第３次生涯学習推進計画（令和３年度～令和７年度）　成果指標の点検評価（令和５年度）');
  put(ws, 3, 1, ['基本目標', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
  const rows: (string | number | undefined)[][] = [
    [
      '市民一人当たりの図書貸出冊数',
      '冊',
      '市立図書館・公民館図書室の個人貸出冊数を人口で除したもの',
      '5.8\n（令和2年度）',
      7,
      '6.1\n（令和5年度）',
      '図書館統計',
    ],
    ['公民館の年間利用者数', '人', '中央公民館・地区公民館の延べ利用者数', '182,450\n（令和2年度）', 260000, '231,806\n（令和5年度）', '公民館利用統計'],
    [
      '生涯学習講座受講者の満足度',
      '％',
      '講座終了時アンケートで「満足」「やや満足」と回答した割合',
      '78.5\n（令和2年度）',
      85,
      '86.2\n（令和5年度）',
      '受講者アンケート',
    ],
    [
      '地域学校協働活動への参加者数',
      '人',
      '学校支援・放課後支援等に参加した地域住民の延べ人数',
      '3,120\n（令和元年度）',
      5000,
      '2,905\n（令和5年度）',
      '地域学校協働本部報告',
    ],
    ['市民文化祭への出展・出演団体数', '団体', '市民文化祭の展示部門・舞台部門に参加した団体数', '128\n（令和元年度）', 150, undefined, '実行委員会報告'],
  ];
  merge(ws, 4, 1, 5, 1, '１　学びの機会の充実');
  merge(ws, 6, 1, 7, 1, '２　学びを生かす地域づくり');
  put(ws, 8, 1, ['３　文化活動の振興']);
  rows.forEach((row, i) => put(ws, 4 + i, 2, row));
  ws.getCell(4, 6).numFmt = '0.0';
  ws.getCell(5, 6).numFmt = '#,##0';
  ws.getCell(6, 6).numFmt = '0.0';
  ws.getCell(7, 6).numFmt = '#,##0';
  box(ws, 3, 1, 8, 8);
  wrap(ws, 3, 1, 8, 8);
}

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const D_INDICATORS: ExpectedIndicator[] = [
  final(ind(D_SHEET, '市民一人当たりの図書貸出冊数', '冊', 7, 6.1)),
  final(ind(D_SHEET, '公民館の年間利用者数', '人', 260000, 231806)),
  final(ind(D_SHEET, '生涯学習講座受講者の満足度', '％', 85, 86.2)),
  final(ind(D_SHEET, '地域学校協働活動への参加者数', '人', 5000, 2905)),
  final(ind(D_SHEET, '市民文化祭への出展・出演団体数', '団体', 150, null, { actualStatus: 'missing' })),
];

const plan: Holdout2Workbook = {
  name: 'h155-shogai-plan',
  layout: '計画の成果指標: 単位 column, 現況 with its year 「182,450⏎（令和2年度）」, 目標（R7）, 実績 with （令和5年度）, one blank 実績',
  build: buildPlan,
  expected: { file: 'h155-shogai-plan.xlsx', fiscalYear: 2023, indicators: D_INDICATORS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projects, kpi, plan];
