/** Hold-out 108, the four families: a city's internal management (人事・組織・DX) as its offices write them. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/** A: 施策評価シート, five stacked blocks, R3（現状値）〜R8（目標値）, 評価対象 R6, 目指す方向 ↑／↓. */
const policyBlocks: { name: string; desc: string; unit: string; dir: '↑' | '↓'; actual: (number | null)[]; expect: (number | null)[]; note?: string }[] = [
  {
    name: '女性管理職比率',
    desc: '課長級以上の職員に占める女性職員の割合（各年度4月1日現在）',
    unit: '％',
    dir: '↑',
    actual: [12.4, 14.0, 16.2, 18.5, null, null],
    expect: [null, 14.0, 16.0, 20.0, 22.0, 25.0],
  },
  {
    name: '男性職員の育児休業取得率',
    desc: '当該年度中に子が生まれた男性職員のうち育児休業を取得した職員の割合',
    unit: '％',
    dir: '↑',
    actual: [25.0, 38.9, 47.4, 62.5, null, null],
    expect: [null, 30.0, 40.0, 50.0, 70.0, 85.0],
  },
  {
    name: '職員1人当たり年次休暇取得日数',
    desc: '暦年（1月〜12月）の年次休暇取得日数の平均',
    unit: '日',
    dir: '↑',
    actual: [11.2, 11.9, 12.3, 12.8, null, null],
    expect: [null, 12.0, 13.0, 14.0, 14.5, 15.0],
    note: 'R6は令和6年1月〜12月の実績',
  },
  {
    name: '時間外勤務の月平均時間',
    desc: '職員1人当たりの1か月平均の時間外勤務時間（縮減を目指す）',
    unit: 'h',
    dir: '↓',
    actual: [13.5, 12.9, 12.2, 11.6, null, null],
    expect: [null, 12.5, 11.0, 10.0, 9.0, 8.0],
  },
  {
    name: '職員研修の満足度',
    desc: '研修後アンケートで「満足」「やや満足」と回答した受講者の割合',
    unit: '％',
    dir: '↑',
    actual: [82.0, 84.3, 85.0, 86.1, null, null],
    expect: [null, 85.0, 87.5, 90.0, 90.0, 90.0],
  },
];

function buildPolicy(wb: Workbook): void {
  const ws = wb.addWorksheet('5-2');
  ws.columns = [{ width: 4 }, { width: 12 }, { width: 30 }, { width: 7 }, ...Array.from({ length: 6 }, () => ({ width: 10 })), { width: 24 }];
  put(ws, 1, 1, ['令和7年度　施策評価シート（評価対象：令和6年度）']);
  ws.mergeCells('A1:K1');
  put(ws, 2, 1, ['基本目標', undefined, '5　持続可能な行財政運営']);
  ws.mergeCells('A2:B2');
  ws.mergeCells('C2:H2');
  put(ws, 3, 1, [
    '基本施策',
    undefined,
    '5-2　人材育成と働き方改革の推進',
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    '達成状況評価',
    undefined,
    '（C）',
  ]);
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:H3');
  put(ws, 4, 1, ['担当部等', undefined, '総務部（人事課・職員研修所）']);
  ws.mergeCells('A4:B4');
  ws.mergeCells('C4:H4');
  ws.getCell('J3').border = box;
  put(ws, 5, 1, ['※達成状況評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）内は前年度評価']);
  put(ws, 6, 1, ['成果指標　　目指す方向　↑：増加を目指す　↓：減少を目指す']);
  let r = 8;
  policyBlocks.forEach((b, i) => {
    put(ws, r, 1, ['指標', `${'①②③④⑤'[i]}`, b.name]);
    ws.mergeCells(r, 3, r, 8);
    put(ws, r, 9, ['目指す方向', b.dir]);
    put(ws, r + 1, 2, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, 3, r + 1, 11);
    put(ws, r + 2, 2, ['区分', undefined, '単位', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7', 'R8\n（目標値）', '備考']);
    put(ws, r + 3, 2, ['実績値', undefined, b.unit, ...b.actual.map((v) => v ?? undefined)]);
    put(ws, r + 4, 2, ['期待値\n※R8は目標値', undefined, b.unit, ...b.expect.map((v) => (v === null ? '－' : v))]);
    ws.mergeCells(r + 3, 2, r + 3, 3);
    ws.mergeCells(r + 4, 2, r + 4, 3);
    ws.mergeCells(r + 2, 2, r + 2, 3);
    if (b.note) put(ws, r + 3, 11, [b.note]);
    for (let rr = r + 2; rr <= r + 4; rr++) for (let c = 2; c <= 11; c++) ws.getCell(rr, c).border = box;
    r += 6;
  });
  put(ws, r, 1, ['総合評価（成果と課題）']);
  put(ws, r + 1, 1, [
    '女性管理職比率は着実に上昇しているが期待値に届かず、時間外勤務も縮減傾向にあるものの期待値を上回っている。男性職員の育児休業取得率は大きく伸びた。',
  ]);
  ws.mergeCells(r + 1, 1, r + 1, 11);
  put(ws, r + 3, 1, ['今後の方向性', undefined, '継続']);
}

const POLICY_SHEET = '5-2';
const policyInds: ExpectedIndicator[] = policyBlocks.map((b) =>
  ind(POLICY_SHEET, b.name, b.unit, b.expect[3], b.actual[3], { direction: b.dir === '↓' ? 'down' : 'up' }),
);

/** B: 事務事業実績, targets and actuals as text with a label, a two-measure cell, 未実施, 集計中. */
const projects: [string, string, string, string, string, string][] = [
  ['階層別研修事業', '新規採用職員から部長級までの階層別研修を実施', '受講者数　480人', '受講者数　452人', 'B', '継続'],
  ['専門研修（派遣研修）事業', '自治大学校、市町村職員中央研修所等への職員派遣', '派遣者数 24人', '派遣者数 18人', 'B', '継続'],
  ['e-ラーニング研修事業', '全職員を対象とした情報セキュリティ・コンプライアンス研修', '受講率 100％', '受講率 96.4％', 'A', '継続'],
  ['人事評価者研修事業', '評価者（課長級以上）を対象とした評価者訓練', '開催回数 4回', '未実施', 'D', '見直し'],
  ['メンタルヘルス対策事業', 'ストレスチェックの実施及び相談体制の充実', 'ストレスチェック受検率 95％', 'ストレスチェック受検率 97.2％', 'A', '継続'],
  ['職員提案制度運営事業', '業務改善・政策提案の募集及び表彰', '提案件数 60件', '提案件数 41件', 'C', '見直し'],
  ['自己啓発支援事業', '通信教育講座受講料及び資格取得費用の助成', '通信教育 30人\n資格取得 15人', '通信教育 33人\n資格取得 9人', 'B', '拡充'],
  ['職員採用PR事業', '就職説明会・インターンシップによる受験者確保', '説明会参加者数 300人', '集計中', '', '継続'],
  ['業務改善研修事業', 'BPR・業務改善手法の実践研修', '受講者 40名', '受講者 38名', 'B', '継続'],
];

function buildProjects(wb: Workbook): void {
  const ws = wb.addWorksheet('事業実績');
  ws.columns = [{ width: 5 }, { width: 26 }, { width: 40 }, { width: 22 }, { width: 22 }, { width: 9 }, { width: 11 }, { width: 30 }];
  put(ws, 1, 1, ['令和5年度　人材育成推進事業　実績一覧（総務部人事課・職員研修所）']);
  ws.mergeCells('A1:H1');
  put(ws, 2, 8, ['令和6年6月作成']);
  put(ws, 3, 1, ['No.', '事業名', '事業概要', '令和5年度', undefined, '自己評価', '今後の方向性', '成果・課題']);
  put(ws, 4, 4, ['数値目標', '実績値']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:C4');
  ws.mergeCells('D3:E3');
  ws.mergeCells('F3:F4');
  ws.mergeCells('G3:G4');
  ws.mergeCells('H3:H4');
  projects.forEach((p, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, p[0], p[1], p[2], p[3], p[4] || undefined, p[5]]);
    for (let c = 1; c <= 8; c++) {
      ws.getCell(r, c).border = box;
      ws.getCell(r, c).alignment = { wrapText: true, vertical: 'top' };
    }
  });
  put(ws, 8, 8, ['評価者の日程調整がつかず年度内に開催できなかった']);
  put(ws, 12, 8, ['参加者数は関係課照会中']);
  put(ws, 15, 1, ['※自己評価　A：目標を達成　B：目標の8割以上　C：目標の6割以上　D：目標の6割未満又は未実施']);
}

const S = '事業実績';
const projectInds: ExpectedIndicator[] = [
  ind(S, '階層別研修事業', '人', 480, 452, { existing: 'B' }),
  ind(S, '専門研修（派遣研修）事業', '人', 24, 18, { existing: 'B' }),
  ind(S, 'e-ラーニング研修事業', '％', 100, 96.4, { existing: 'A' }),
  ind(S, '人事評価者研修事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(S, 'メンタルヘルス対策事業', '％', 95, 97.2, { existing: 'A' }),
  ind(S, '職員提案制度運営事業', '件', 60, 41, { existing: 'C' }),
  {
    sheet: S,
    name: '自己啓発支援事業',
    measures: [
      { label: '通信教育', target: 30, actual: 33, unit: '人' },
      { label: '資格取得', target: 15, actual: 9, unit: '人' },
    ],
    existing: 'B',
    grade: 'C',
  },
  ind(S, '職員採用PR事業', '人', 300, null, { actualStatus: 'pending' }),
  ind(S, '業務改善研修事業', '名', 40, 38, { existing: 'B' }),
];

/** C: DX推進計画 KPI, 目標値／実績値 per 3月末 column, units in a 単位 column, マイナンバーカード as 国 data. */
const kpis: { name: string; unit: string; t: (number | string)[]; a: (number | string | null)[]; note: string }[] = [
  { name: '行政手続オンライン化率', unit: '％', t: [30, 45, 60, 75], a: [31.6, 43.0, 54.2, null], note: '対象手続　480手続' },
  { name: '電子申請件数', unit: '件', t: [5000, 8000, 12000, 15000], a: [5820, 9150, 13480, null], note: '年度計' },
  { name: 'キャッシュレス対応窓口数', unit: 'か所', t: [10, 18, 25, 30], a: [8, 14, 18, null], note: '' },
  { name: 'RPA・AI-OCRによる業務削減時間', unit: '時間', t: [1000, 2000, 3000, 4000], a: [820, 1640, 2150, null], note: '年間削減時間' },
  { name: 'マイナンバーカード交付率', unit: '％', t: [55, 70, 80, 90], a: [49.5, 68.3, 73.8, null], note: '国公表値（各年3月末時点、人口比）' },
  { name: 'コピー用紙使用枚数', unit: '枚', t: [5000000, 4600000, 4200000, 3800000], a: [5120000, 4730000, 4480000, null], note: '減少を目指す指標' },
];

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet('KPI');
  ws.columns = [{ width: 34 }, { width: 8 }, { width: 9 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 30 }];
  put(ws, 1, 1, ['〇〇市DX推進計画（令和4年度〜令和8年度）　重要業績評価指標（KPI）の進捗状況']);
  put(ws, 2, 1, ['令和5年度評価（令和6年3月末現在）', undefined, undefined, undefined, undefined, undefined, '情報政策課DX推進室']);
  put(ws, 4, 1, ['KPI', '単位', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
  kpis.forEach((k, i) => {
    const r = 5 + i * 2;
    put(ws, r, 1, [k.name, k.unit, '目標値', ...k.t]);
    put(ws, r + 1, 3, ['実績値', ...k.a.map((v) => (v === null ? undefined : v))]);
    if (k.note) put(ws, r, 8, [k.note]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
    ws.mergeCells(r, 8, r + 1, 8);
    for (let c = 4; c <= 7; c++) {
      ws.getCell(r, c).numFmt = '#,##0.0';
      ws.getCell(r + 1, c).numFmt = '#,##0.0';
      if (k.unit !== '％') {
        ws.getCell(r, c).numFmt = '#,##0';
        ws.getCell(r + 1, c).numFmt = '#,##0';
      }
    }
  });
  put(ws, 18, 1, ['※令和4年3月末は計画策定時の値。令和7年3月末の実績は令和7年度に評価する。']);
}

const K = 'KPI';
const kpiInds: ExpectedIndicator[] = kpis.map((k) =>
  ind(K, k.name, k.unit, k.t[2] as number, k.a[2] as number, { direction: k.name === 'コピー用紙使用枚数' ? 'down' : 'up' }),
);

/** D: 行政経営改革プランの成果指標, 現況（計画策定時）and 実績 with their dates in the cell, 目標（R8）. */
const planRows: { name: string; desc: string; unit: string; base: string; target: number; actual: number; act: string; how: string; dir?: 'down' }[] = [
  {
    name: '普通会計職員数',
    desc: '定員管理計画に基づき目標職員数まで削減する',
    unit: '人',
    base: '1,245\n（令和4年4月1日）',
    target: 1200,
    actual: 1218,
    act: '1,218\n（令和6年3月31日）',
    how: '定員管理調査',
    dir: 'down',
  },
  {
    name: '女性管理職比率',
    desc: '課長級以上に占める女性の割合',
    unit: '％',
    base: '12.4\n（令和4年度）',
    target: 20,
    actual: 16.8,
    act: '16.8\n（令和5年度）',
    how: '人事課調べ',
  },
  {
    name: '男性職員の育児休業取得率',
    desc: '子が生まれた男性職員の育児休業取得割合',
    unit: '％',
    base: '25.0\n（令和3年度）',
    target: 85,
    actual: 58.3,
    act: '58.3\n（令和5年度）',
    how: '人事課調べ',
  },
  {
    name: '障害者雇用率',
    desc: '市長部局の障害者雇用率（法定雇用率2.6％を上回る3.0％を目標とする）',
    unit: '％',
    base: '2.48\n（令和4年6月1日）',
    target: 3.0,
    actual: 2.71,
    act: '2.71\n（令和5年6月1日）',
    how: '障害者任免状況通報',
  },
  {
    name: '時間外勤務の月平均時間',
    desc: '職員1人当たり1か月平均（減少を目指す）',
    unit: '時間',
    base: '13.5\n（令和3年度）',
    target: 10,
    actual: 12.1,
    act: '12.1\n（令和5年度）',
    how: '庶務事務システム',
    dir: 'down',
  },
  {
    name: '年次休暇の平均取得日数',
    desc: '職員1人当たり（暦年）',
    unit: '日',
    base: '11.2\n（令和3年）',
    target: 15,
    actual: 12.6,
    act: '12.6\n（令和5年）',
    how: '庶務事務システム',
  },
  {
    name: '職員研修の延べ受講者数',
    desc: '職員研修所が実施する研修の延べ受講者数',
    unit: '人',
    base: '2,480\n（令和3年度）',
    target: 3000,
    actual: 3105,
    act: '3,105\n（令和5年度）',
    how: '研修実績',
  },
];

function buildPlan(wb: Workbook): void {
  const ws = wb.addWorksheet('成果指標');
  ws.columns = [{ width: 26 }, { width: 38 }, { width: 7 }, { width: 18 }, { width: 12 }, { width: 18 }, { width: 18 }];
  put(ws, 1, 1, ['第2次行政経営改革プラン　点検評価一覧（令和5年度実績）']);
  ws.mergeCells('A1:G1');
  put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
  planRows.forEach((p, i) => {
    const r = 4 + i;
    put(ws, r, 1, [p.name, p.desc, p.unit, p.base, p.target, p.act, p.how]);
    for (let c = 1; c <= 7; c++) {
      ws.getCell(r, c).border = box;
      ws.getCell(r, c).alignment = { wrapText: true };
    }
  });
  put(ws, 12, 1, ['※計画期間：令和4年度〜令和8年度。年次休暇は暦年で集計。']);
}

const P = '成果指標';
const planInds: ExpectedIndicator[] = planRows.map((p) => ({
  ...ind(P, p.name, p.unit, p.target, p.actual, { direction: p.dir ?? 'up' }),
  targetSource: 'final',
}));

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h108-jinzai-policy-sheet',
    layout:
      'A: 施策評価シート 5-2 人材育成と働き方改革, five stacked blocks R3（現状値）〜R8（目標値）, 目指す方向 ↑／↓, empty 達成状況評価 beside 「（C）」, 評価対象 R6',
    build: buildPolicy,
    expected: {
      file: 'h108-jinzai-policy-sheet.xlsx',
      fiscalYear: 2024,
      indicators: policyInds,
      groups: [{ sheet: POLICY_SHEET, cell: 'J3', grade: rollUp(policyInds.map((i) => i.grade)) }],
    },
  },
  {
    name: 'h108-kenshu-project-results',
    layout: 'B: 人材育成推進事業 実績一覧, 令和5年度（数値目標｜実績値）as text 「受講者数　480人」, two measures in one cell, 未実施, 集計中',
    build: buildProjects,
    expected: { file: 'h108-kenshu-project-results.xlsx', fiscalYear: 2023, indicators: projectInds, groups: [] },
  },
  {
    name: 'h108-dx-kpi',
    layout: 'C: DX推進計画 KPI, 目標値／実績値 rows per KPI × 令和4〜7年3月末, 単位 column, 減少 in 備考, 評価 令和6年3月末現在',
    build: buildKpi,
    expected: { file: 'h108-dx-kpi.xlsx', fiscalYear: 2023, indicators: kpiInds, groups: [] },
  },
  {
    name: 'h108-gyokaku-plan-indicators',
    layout: 'D: 行政経営改革プラン 点検評価一覧, 現況（計画策定時）and 実績 with dates in the cell (4月1日, 6月1日, 3月31日), 目標（R8）',
    build: buildPlan,
    expected: { file: 'h108-gyokaku-plan-indicators.xlsx', fiscalYear: 2023, indicators: planInds, groups: [] },
  },
];
