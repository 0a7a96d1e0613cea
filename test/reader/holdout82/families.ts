/**
 * Hold-out 82, part 1: the four families as a 政令市 writes them (表紙 and 総括 sheets with a 施策 per sheet, 指標の種類
 * 成果/活動, 単位 in its own column, an S/A/B/C/D scale stated in a legend, 区 columns beside the city total).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, one 施策 per sheet, 表紙 and 総括.

interface PolicyRow {
  name: string;
  kind: '成果' | '活動';
  unit: string;
  dir: Direction;
  /** 期待値 R3…R7 (R7 is the 目標値). */
  expect: number[];
  /** 実績値 R2 (現状値)…R5; a string is written as is. */
  actual: (number | string)[];
}

function policySheet(ws: Worksheet, code: string, title: string, bureau: string, lastYear: string, rows: PolicyRow[]): void {
  put(ws, 1, 1, ['令和6年度　施策評価シート　（評価対象：令和5年度）']);
  ws.mergeCells('A1:L1');
  put(ws, 2, 1, ['施策', `${code}　${title}`, undefined, undefined, undefined, undefined, undefined, undefined, '所管局', bureau]);
  ws.mergeCells('B2:H2');
  ws.mergeCells('J2:L2');
  put(ws, 4, 1, ['施策評価', undefined, undefined, `（前年度評価：${lastYear}）`]);
  ws.mergeCells('B4:C4');
  put(ws, 5, 1, ['評価区分　A：順調（達成率100％以上）　B：概ね順調（80％以上100％未満）　C：やや遅れている（60％以上80％未満）　D：遅れている（60％未満）']);
  put(ws, 7, 1, ['No.', '指標名', '指標の種類', '単位', '方向', '区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
  rows.forEach((r, i) => {
    const top = 8 + 2 * i;
    put(ws, top, 1, [i + 1, r.name, r.kind, r.unit, r.dir === 'up' ? '↑' : '↓', '期待値', '－', ...r.expect]);
    put(ws, top + 1, 6, ['実績値', ...r.actual]);
    for (const c of ['A', 'B', 'C', 'D', 'E']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
  });
  const end = 8 + 2 * rows.length;
  put(ws, end + 1, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標。R7の期待値は計画の目標値。']);
  put(ws, end + 2, 1, ['※施策評価は各指標の評価（A4点・B3点・C2点・D1点）の平均点による（小数点以下四捨五入）。']);
  put(ws, end + 4, 1, ['【施策の成果と課題】']);
  put(ws, end + 5, 1, ['（記入）']);
  ws.getColumn(2).width = 36;
}

const A1 = '施策1-1';
const A1rows: PolicyRow[] = [
  { name: '保育所等待機児童数', kind: '成果', unit: '人', dir: 'down', expect: [20, 15, 10, 5, 0], actual: [28, 22, 14, 9] },
  {
    name: '地域子育て支援拠点の利用者数',
    kind: '成果',
    unit: '人',
    dir: 'up',
    expect: [50000, 56000, 62000, 66000, 70000],
    actual: [41230, 47810, 53960, 58410],
  },
  { name: '子育てサロンの開催回数', kind: '活動', unit: '回', dir: 'up', expect: [420, 450, 480, 500, 520], actual: [388, 431, 455, 492] },
  {
    name: '子育てしやすいまちだと感じる市民の割合',
    kind: '成果',
    unit: '％',
    dir: 'up',
    expect: [60.0, 62.5, 65.0, 67.5, 70.0],
    actual: [55.8, 53.1, 54.0, 52.3],
  },
  {
    name: '一時預かり事業の延べ利用者数',
    kind: '活動',
    unit: '人',
    dir: 'up',
    expect: [13000, 14000, 15000, 16000, 17000],
    actual: [11820, 9650, 10480, 10200],
  },
];
const A2 = '施策1-2';
const A2rows: PolicyRow[] = [
  { name: '不登校児童生徒の出現率', kind: '成果', unit: '％', dir: 'down', expect: [2.0, 1.9, 1.8, 1.7, 1.6], actual: [1.9, 2.1, 2.4, 2.6] },
  { name: '学校図書館の児童1人当たり年間貸出冊数', kind: '成果', unit: '冊', dir: 'up', expect: [56, 58, 60, 62, 64], actual: [53.2, 50.4, 47.8, 45.0] },
  { name: 'ICT支援員の学校訪問回数', kind: '活動', unit: '回', dir: 'up', expect: [2800, 3000, 3200, 3400, 3600], actual: [2410, 2950, 3105, 3340] },
  { name: '放課後学習教室の実施校数', kind: '活動', unit: '校', dir: 'up', expect: [35, 40, 45, 50, 55], actual: [28, 30, 27, 26] },
  {
    name: '将来の夢や目標を持っている児童の割合',
    kind: '成果',
    unit: '％',
    dir: 'up',
    expect: [83.0, 84.0, 85.0, 86.0, 87.0],
    actual: [82.1, 81.5, 80.9, '集計中'],
  },
];

const policyExpected = (sheet: string, rows: PolicyRow[]): ExpectedIndicator[] =>
  rows.map((r) => {
    const a = r.actual[3];
    return typeof a === 'number'
      ? ind(sheet, r.name, r.unit, r.expect[2], a, { direction: r.dir })
      : ind(sheet, r.name, r.unit, r.expect[2], null, { direction: r.dir, actualStatus: 'pending' });
  });
const A1facts = policyExpected(A1, A1rows);
const A2facts = policyExpected(A2, A2rows);

const policy: Holdout2Workbook = {
  name: 'h82-seirei-policy-sheets',
  layout:
    '政令市の施策評価シート: 表紙・総括のシートと施策ごとのシート、指標ごとに期待値/実績値の2行 × R2（現状値）〜R7（目標値）、指標の種類・単位・方向の列、空の施策評価欄',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['令和6年度']);
    put(cover, 5, 2, ['施策評価シート']);
    put(cover, 6, 2, ['（令和5年度実績に基づく評価）']);
    put(cover, 9, 2, ['政策1　子どもが健やかに育つまち']);
    put(cover, 14, 2, ['みなと市']);
    put(cover, 15, 2, ['こども未来局・教育委員会事務局']);
    const sum = wb.addWorksheet('総括');
    put(sum, 1, 1, ['施策評価　総括表（政策1）']);
    put(sum, 3, 1, ['施策', '施策名', '所管局', '成果指標数', '活動指標数', '前年度評価', '備考']);
    put(sum, 4, 1, ['1-1', '子育て支援の充実', 'こども未来局', 3, 2, 'B']);
    put(sum, 5, 1, ['1-2', '学校教育の充実', '教育委員会事務局', 3, 2, 'B', '施策の評価は各施策シートに記載']);
    sum.getColumn(2).width = 22;
    policySheet(wb.addWorksheet(A1), '1-1', '子育て支援の充実', 'こども未来局', 'B', A1rows);
    policySheet(wb.addWorksheet(A2), '1-2', '学校教育の充実', '教育委員会事務局', 'B', A2rows);
  },
  expected: {
    file: 'h82-seirei-policy-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [...A1facts, ...A2facts],
    groups: [
      { sheet: A1, cell: 'B4', grade: rollUp(A1facts.map((i) => i.grade)) },
      { sheet: A2, cell: 'B4', grade: rollUp(A2facts.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 事業実績 with targets and actuals as text, an S/A/B/C/D 自己評価 stated in a legend.

/** The workbook's own scale: S ≥ 120 %, A ≥ 100 %, B ≥ 80 %, C ≥ 60 %, D below (未実施 D). */
const sScale = (i: ExpectedIndicator, target: number, actual: number): ExpectedIndicator => {
  const rate = actual / target;
  return { ...i, grade: rate >= 1.2 ? 'S' : rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.6 ? 'C' : 'D' };
};

const B1 = '事業実績';
const projects: Holdout2Workbook = {
  name: 'h82-seirei-project-results',
  layout:
    '政令市の実施計画事業 実績一覧: 数値目標・実績を「補助件数 120件」の文字で、指標の種類（活動/成果）の列、S〜Dの自己評価（凡例に基準）、未実施、2つの値のセル',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和5年度　実施計画事業　実績一覧（経済観光局）']);
    put(ws, 3, 1, ['No.', '事業名', '所管課', '指標の種類', '令和5年度\n数値目標', '令和5年度\n実績', '自己評価', '今後の方向性', '備考']);
    const rows: (string | number)[][] = [
      [1, '中小企業デジタル化支援補助金', '産業振興課', '活動', '補助件数 120件', '補助件数 134件', 'A', '継続'],
      [2, '創業支援事業', '産業振興課', '成果', '創業者数 80人', '創業者数 101人', 'S', '拡充'],
      [3, '企業立地促進事業', '企業立地課', '成果', '新規立地件数 12件', '新規立地件数 9件', 'B', '継続', '大型案件1件がR6に延期'],
      [4, '商店街にぎわい創出事業', '商業振興課', '活動', 'イベント支援 30件', 'イベント支援 28件', 'B', '継続'],
      [5, '海外販路開拓支援事業', '国際経済課', '成果', '商談件数 200件', '商談件数 87件', 'D', '見直し'],
      [6, '就労支援セミナー事業', '雇用労働課', '活動', '開催回数 24回', '未実施', 'D', '見直し', '講師の確保ができず未実施'],
      [7, '若者就職マッチング事業', '雇用労働課', '成果', '就職者数 新卒:60人 既卒:40人', '就職者数 新卒:58人 既卒:49人', 'A', '継続'],
      [8, '農商工連携支援事業', '産業振興課', '活動', 'マッチング件数 15件', 'マッチング件数 15件', 'A', '継続'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 13, 1, [
      '自己評価　S：目標を大きく上回った（達成率120％以上）　A：目標を達成（100％以上120％未満）　B：概ね達成（80％以上100％未満）　C：やや不十分（60％以上80％未満）　D：不十分（60％未満）又は未実施',
    ]);
    put(ws, 14, 1, ['※達成率＝実績÷数値目標。数値目標が複数ある事業は、達成率の最も低いものにより評価する。']);
    ws.getColumn(2).width = 30;
    ws.getColumn(5).width = 28;
    ws.getColumn(6).width = 28;
  },
  expected: {
    file: 'h82-seirei-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      sScale(ind(B1, '中小企業デジタル化支援補助金', '件', 120, 134, { existing: 'A' }), 120, 134),
      sScale(ind(B1, '創業支援事業', '人', 80, 101, { existing: 'S' }), 80, 101),
      sScale(ind(B1, '企業立地促進事業', '件', 12, 9, { existing: 'B' }), 12, 9),
      sScale(ind(B1, '商店街にぎわい創出事業', '件', 30, 28, { existing: 'B' }), 30, 28),
      sScale(ind(B1, '海外販路開拓支援事業', '件', 200, 87, { existing: 'D' }), 200, 87),
      ind(B1, '就労支援セミナー事業', '回', 24, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B1,
        name: '若者就職マッチング事業',
        measures: [
          { label: '新卒', target: 60, actual: 58, unit: '人' },
          { label: '既卒', target: 40, actual: 49, unit: '人' },
        ],
        existing: 'A',
        grade: 'B',
      },
      sScale(ind(B1, '農商工連携支援事業', '件', 15, 15, { existing: 'A' }), 15, 15),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: KPI × period columns (年度末), 指標の種類 and 単位 columns.

const C1 = 'KPI進捗';
const kpi: Holdout2Workbook = {
  name: 'h82-seirei-kpi-periods',
  layout:
    '総合戦略の KPI 表: KPI ごとに目標値/実績値の2行 × 令和4年3月末〜令和7年3月末の列、指標の種類・単位の列、「－」の目標、集計中、備考に「減少を目指す」',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['みなと市デジタル田園都市国家構想総合戦略　KPI進捗状況（令和5年度評価）']);
    put(ws, 2, 9, ['総合政策局 政策企画課']);
    put(ws, 4, 1, ['基本目標', 'KPI', '指標の種類', '単位', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const data: [string, string, string, string, (number | string)[], (number | string)[], string?][] = [
      ['1 しごと', '企業誘致による新規雇用者数（年間）', '成果', '人', [120, 130, 140, 150], [118, 135, 126]],
      ['1 しごと', 'スタートアップ支援件数', '活動', '件', [40, 45, 50, 55], [42, 47, 61]],
      ['2 ひと', '転入超過数', '成果', '人', [1000, 1200, 1400, 1500], [820, 1050, 980]],
      ['2 ひと', '若者（15〜29歳）の転出超過数', '成果', '人', [900, 850, 800, 750], [1020, 960, 1110], '減少を目指す指標'],
      ['3 まち', '観光客の市内消費額', '成果', '億円', [2100, 2300, 2500, 2700], [1540, 2180, '集計中'], '令和6年3月末はR6.9公表予定'],
      ['3 まち', '移住相談件数', '活動', '件', ['－', '－', 600, 650], [410, 520, 655], '令和5年度から目標を設定'],
    ];
    data.forEach(([goal, name, kind, unit, t, a, note], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [goal, name, kind, unit, '目標値', ...t, note]);
      put(ws, r + 1, 5, ['実績値', ...a]);
      for (const c of ['B', 'C', 'D', 'J']) ws.mergeCells(`${c}${r}:${c}${r + 1}`);
    });
    ws.mergeCells('A5:A8');
    ws.mergeCells('A9:A12');
    ws.mergeCells('A13:A16');
    put(ws, 18, 1, ['※各年度の値は年度末（3月末）時点。令和7年3月末は計画の最終目標。']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h82-seirei-kpi-periods.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '企業誘致による新規雇用者数（年間）', '人', 140, 126),
      ind(C1, 'スタートアップ支援件数', '件', 50, 61),
      ind(C1, '転入超過数', '人', 1400, 980),
      ind(C1, '若者（15〜29歳）の転出超過数', '人', 800, 1110, { direction: 'down' }),
      ind(C1, '観光客の市内消費額', '億円', 2500, null, { actualStatus: 'pending' }),
      ind(C1, '移住相談件数', '件', 600, 655),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: plan indicators with 区 columns beside the city total.

const D1 = '成果指標';
const plan: Holdout2Workbook = {
  name: 'h82-seirei-plan-indicators-wards',
  layout: '総合計画の成果指標: 現況値に年の括弧（改行）、目標値（R7）、令和5年度実績を全市と5区の列（全市が指標）、目標の方向の列、把握方法',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['みなと市基本計画　安全・安心分野の成果指標（令和5年度実績）']);
    put(ws, 2, 12, ['危機管理局・消防局']);
    put(ws, 4, 1, [
      'No.',
      '指標',
      '指標の種類',
      '単位',
      '目標の方向',
      '現況値\n（計画策定時）',
      '目標値\n（R7）',
      '令和5年度実績',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '把握方法',
    ]);
    put(ws, 5, 8, ['全市', '北区', '中央区', '南区', '西区', '港区']);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'N']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('H4:M4');
    const rows: (string | number)[][] = [
      [1, '地域防災訓練の参加者数', '活動', '人', '増加', '38,200\n（令和元年度）', 45000, 41250, 9830, 10420, 8960, 6840, 5200, '危機管理課調べ'],
      [2, '自主防災組織の結成率', '成果', '％', '増加', '86.5\n（令和2年度）', 95.0, 91.2, 94.1, 88.0, 92.6, 89.9, 90.8, '危機管理課調べ'],
      [3, '刑法犯認知件数', '成果', '件', '減少', '9,812\n（令和元年）', 8000, 8450, 1930, 2610, 1540, 1320, 1050, '県警察統計'],
      [4, '交通事故死傷者数', '成果', '人', '減少', '3,420\n（令和元年）', 2800, 2640, 560, 720, 510, 470, 380, '県警察統計'],
      [5, '消防団員の充足率', '成果', '％', '増加', '89.0\n（令和2年度）', 100.0, 78.9, 82.4, 71.5, 80.2, 79.8, 81.0, '消防局調べ'],
      [6, '普通救命講習の受講者数', '活動', '人', '増加', '15,600\n（令和元年度）', 20000, 11850, 2410, 3380, 2150, 2040, 1870, '消防局調べ'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※目標値は計画最終年度（令和7年度）の値。区別の数値は参考（指標は全市の値）。']);
    ws.getColumn(2).width = 26;
    ws.getColumn(6).width = 16;
  },
  expected: {
    file: 'h82-seirei-plan-indicators-wards.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D1, '地域防災訓練の参加者数', '人', 45000, 41250)),
      fin(ind(D1, '自主防災組織の結成率', '％', 95.0, 91.2)),
      fin(ind(D1, '刑法犯認知件数', '件', 8000, 8450, { direction: 'down' })),
      fin(ind(D1, '交通事故死傷者数', '人', 2800, 2640, { direction: 'down' })),
      fin(ind(D1, '消防団員の充足率', '％', 100.0, 78.9)),
      fin(ind(D1, '普通救命講習の受講者数', '人', 20000, 11850)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
