/** Hold-out 109, the four families, as a city's 税務課・納税課・市民課 write them (税務・収納・窓口サービスの進行管理). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, range: string) => {
  ws.getCell(range.split(':')[0]).alignment = { wrapText: true, vertical: 'middle' };
};

// ---------------------------------------------------------------------------------------------
// A: 施策評価シート, five blocks tiled two across, 実績値／期待値 per year R2（現状値）〜R7, 方向 ↑／↓ row.
// ---------------------------------------------------------------------------------------------
interface Block {
  name: string;
  desc: string;
  unit: string;
  dir: 'up' | 'down';
  actuals: (number | null)[];
  expects: (number | null)[];
  note?: string;
}
const A_SHEET = '基本施策2-3';
const A_BLOCKS: Block[] = [
  {
    name: '市税収納率（現年課税分）',
    desc: '当該年度に課税した市税の収入額÷調定額（出納閉鎖後）',
    unit: '％',
    dir: 'up',
    actuals: [98.92, 99.01, 99.08, 99.12, 99.15, null],
    expects: [null, 99.0, 99.05, 99.1, 99.2, 99.3],
  },
  {
    name: '市税滞納繰越額',
    desc: '翌年度へ繰り越す市税の滞納額（出納閉鎖時点）',
    unit: '百万円',
    dir: 'down',
    actuals: [512, 488, 455, 431, 398, null],
    expects: [null, 490, 465, 440, 420, 380],
  },
  {
    name: '口座振替・キャッシュレス納付の割合',
    desc: '市税の収納件数のうち口座振替・スマホ決済・クレジット納付の件数の割合',
    unit: '％',
    dir: 'up',
    actuals: [41.2, 44.0, 47.5, 50.1, 52.3, null],
    expects: [null, 43.0, 46.0, 50.0, 55.0, 60.0],
  },
  {
    name: '証明書のコンビニ交付率',
    desc: '住民票の写し・印鑑登録証明書・税証明書の交付通数のうちコンビニ交付の割合',
    unit: '％',
    dir: 'up',
    actuals: [6.8, 9.5, 13.2, 17.9, 21.4, null],
    expects: [null, 10.0, 15.0, 20.0, 30.0, 35.0],
    note: 'R6は住民票の写しの交付システム更新により一時停止（7月）',
  },
  {
    name: '窓口の平均待ち時間',
    desc: '市民課窓口の受付から呼出しまでの平均時間（発券システムの記録）',
    unit: '分',
    dir: 'down',
    actuals: [24, 23, 21, 19, 18, null],
    expects: [null, 22, 20, 18, 15, 15],
  },
];

function buildPolicy(ws: Worksheet): void {
  ws.columns = [6, 12, 8, 8, 8, 8, 8, 8, 2, 6, 12, 8, 8, 8, 8, 8, 8].map((width) => ({ width }));
  ws.mergeCells('A1:Q1');
  put(ws, 1, 1, ['令和６年度　基本施策事後評価シート']);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A2:Q2');
  put(ws, 2, 1, ['評価対象期間：令和６年度（令和６年４月１日～令和７年３月31日）']);
  put(ws, 3, 1, ['基本方針']);
  ws.mergeCells('B3:H3');
  put(ws, 3, 2, ['２　健全で持続可能な行財政運営']);
  put(ws, 3, 10, ['担当部等']);
  ws.mergeCells('K3:Q3');
  put(ws, 3, 11, ['総務部（税務課・納税課）、市民生活部（市民課）']);
  put(ws, 4, 1, ['基本施策']);
  ws.mergeCells('B4:H4');
  put(ws, 4, 2, ['2-3　公平・適正な課税と収納の確保、窓口サービスの向上']);
  ws.mergeCells('J4:K4');
  put(ws, 4, 10, ['達成状況評価']);
  // L4 is left for this year's grade; last year's beside it.
  put(ws, 4, 13, ['（B）']);
  ws.mergeCells('N4:Q4');
  put(ws, 4, 14, ['※（　）内は前年度の評価']);
  put(ws, 6, 1, ['■成果指標の状況']);
  put(ws, 6, 10, ['方向　↑：数値が高いほど良い　↓：数値が低いほど良い']);
  const years = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];
  A_BLOCKS.forEach((b, i) => {
    const top = 8 + Math.floor(i / 2) * 9;
    const c = i % 2 === 0 ? 1 : 10;
    const col = (k: number) => ws.getColumn(c + k).letter;
    put(ws, top, c, [`指標${'①②③④⑤'[i]}`, b.name]);
    ws.mergeCells(`${col(1)}${top}:${col(5)}${top}`);
    put(ws, top, c + 6, ['単位', b.unit]);
    put(ws, top + 1, c, ['指標の説明', b.desc]);
    ws.mergeCells(`${col(1)}${top + 1}:${col(7)}${top + 1}`);
    wrap(ws, `${col(1)}${top + 1}`);
    put(ws, top + 2, c, ['区分', '', ...years]);
    ws.mergeCells(`${col(0)}${top + 2}:${col(1)}${top + 2}`);
    put(ws, top + 3, c, ['実績値', '', ...b.actuals]);
    ws.mergeCells(`${col(0)}${top + 3}:${col(1)}${top + 3}`);
    put(ws, top + 4, c, ['期待値\n※R7は目標値', '', ...b.expects]);
    ws.mergeCells(`${col(0)}${top + 4}:${col(1)}${top + 4}`);
    wrap(ws, `${col(0)}${top + 4}`);
    put(ws, top + 5, c, ['方向', b.dir === 'up' ? '↑' : '↓', '備考', b.note ?? '']);
    ws.mergeCells(`${col(3)}${top + 5}:${col(7)}${top + 5}`);
    for (let k = 0; k < 6; k++) {
      const v = b.actuals[k] ?? b.expects[k];
      if (b.unit === '％' && v !== null) {
        ws.getCell(top + 3, c + 2 + k).numFmt = '0.00';
        ws.getCell(top + 4, c + 2 + k).numFmt = '0.00';
      }
    }
  });
  const bottom = 8 + 3 * 9;
  put(ws, bottom, 1, ['総合評価（成果と課題）']);
  ws.mergeCells(`B${bottom}:Q${bottom + 1}`);
  put(ws, bottom, 2, [
    '現年課税分の収納率は99.15％と前年度を上回ったものの期待値には0.05ポイント届かなかった。滞納繰越額は期待値を下回り縮減が進んだ。コンビニ交付率は伸び悩んでいる。',
  ]);
  wrap(ws, `B${bottom}`);
  put(ws, bottom + 2, 1, ['今後の方向性']);
  ws.mergeCells(`B${bottom + 2}:Q${bottom + 2}`);
  put(ws, bottom + 2, 2, ['継続（書かない窓口の対象手続の拡大、マイナンバーカードを活用したコンビニ交付の周知）']);
}

const A_EXPECTED: ExpectedIndicator[] = A_BLOCKS.map((b) => ind(A_SHEET, b.name, b.unit, b.expects[4], b.actuals[4], { direction: b.dir }));

const policy: Holdout2Workbook = {
  name: 'h109-zeimu-shisaku-sheet',
  layout:
    '施策評価シート 2-3 公平・適正な課税と収納: five blocks tiled two across, 実績値／期待値 R2（現状値）〜R7, 方向 ↑／↓ row with its legend, empty L4 beside 「（B）」',
  build(wb) {
    buildPolicy(wb.addWorksheet(A_SHEET));
  },
  expected: {
    file: 'h109-zeimu-shisaku-sheet.xlsx',
    fiscalYear: 2024,
    indicators: A_EXPECTED,
    groups: [{ sheet: A_SHEET, cell: 'L4', grade: rollUp(A_EXPECTED.map((e) => e.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// B: 納税課 事務事業実績, text targets and actuals, one 未実施, two measures in one cell.
// ---------------------------------------------------------------------------------------------
const B_SHEET = '事業実績';
interface ProjectRow {
  name: string;
  summary: string;
  last: string;
  target: string;
  actual: string;
  self: string;
  plan: string;
}
const B_ROWS: ProjectRow[] = [
  {
    name: '滞納整理強化事業',
    summary: '財産調査の徹底と早期の滞納処分により滞納額の縮減を図る',
    last: '差押件数 1,148件',
    target: '差押件数　1,200件',
    actual: '差押件数　1,156件',
    self: 'A',
    plan: '継続',
  },
  {
    name: '口座振替加入促進事業',
    summary: '納税通知書への申込書同封、窓口でのキャッシュカードによるペイジー口座振替受付',
    last: '2,388件',
    target: '新規加入件数　2,500件',
    actual: '2,731件',
    self: 'A',
    plan: '拡充',
  },
  {
    name: '夜間・休日納税相談窓口開設事業',
    summary: '毎月第2・第4木曜日の夜間及び月末の日曜日に納税相談窓口を開設',
    last: '24回',
    target: '開設　24回',
    actual: '24回開設（相談者 延べ312人）',
    self: 'A',
    plan: '継続',
  },
  {
    name: 'スマートフォン決済収納事業',
    summary: 'PayPay・LINE Pay等のスマホ決済アプリによる市税・国保料の納付',
    last: '15,920件',
    target: '収納件数　18,000件',
    actual: '21,405件',
    self: 'A',
    plan: '拡充',
  },
  {
    name: '納税催告センター運営事業',
    summary: '委託による現年度未納者への電話催告',
    last: '8,655件',
    target: '電話催告　9,000件',
    actual: '7,210件',
    self: 'B',
    plan: '見直し',
  },
  {
    name: 'インターネット公売事業',
    summary: '差押財産のインターネット公売による換価',
    last: '1回',
    target: '公売　2回',
    actual: '未実施（対象物件なし）',
    self: 'D',
    plan: '継続',
  },
  {
    name: '国民健康保険料収納対策事業',
    summary: '短期被保険者証の活用と納付相談による国保料の収納率向上',
    last: '現年分 93.4％\n滞納繰越分 28.7％',
    target: '現年分 94.0％\n滞納繰越分 30.0％',
    actual: '現年分 93.2％\n滞納繰越分 31.5％',
    self: 'B',
    plan: '継続',
  },
  {
    name: '納税通知書等電子送付事業',
    summary: 'eLTAXを利用した特別徴収税額通知書の電子送付',
    last: '2,105件',
    target: '利用件数　3,000件',
    actual: '3,384件',
    self: 'A',
    plan: '継続',
  },
  {
    name: '滞納者実態調査事業',
    summary: '臨戸訪問による居所・財産・生活状況の実態調査',
    last: '745件',
    target: '調査　800件',
    actual: '612件',
    self: 'B',
    plan: '見直し',
  },
];

function buildProjects(ws: Worksheet): void {
  ws.columns = [5, 40, 16, 20, 24, 8, 30, 10].map((width) => ({ width }));
  ws.mergeCells('A1:H1');
  put(ws, 1, 1, ['令和６年度　事務事業実績一覧（納税課）']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 2, 7, ['自己評価　A：目標達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  put(ws, 3, 1, [
    'No.',
    '推進事業\n（事業名・概要）',
    '令和５年度\n実績値',
    '令和６年度\n数値目標',
    '令和６年度\n実績値',
    '自己\n評価',
    '成果・課題',
    '今後の\n方向性',
  ]);
  for (let c = 1; c <= 8; c++) ws.getCell(3, c).alignment = { wrapText: true, horizontal: 'center' };
  B_ROWS.forEach((r, i) => {
    const row = 4 + i;
    put(ws, row, 1, [i + 1, `${r.name}\n${r.summary}`, r.last, r.target, r.actual, r.self, '', r.plan]);
    for (const c of [2, 3, 4, 5]) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'top' };
  });
  put(ws, 4 + B_ROWS.length + 1, 1, ['※差押件数・催告件数等は活動量を示す指標であり、収納率の向上を目的とする。']);
}

const B_EXPECTED: ExpectedIndicator[] = [
  ind(B_SHEET, '滞納整理強化事業', '件', 1200, 1156, { existing: 'A' }),
  ind(B_SHEET, '口座振替加入促進事業', '件', 2500, 2731, { existing: 'A' }),
  ind(B_SHEET, '夜間・休日納税相談窓口開設事業', '回', 24, 24, { existing: 'A' }),
  ind(B_SHEET, 'スマートフォン決済収納事業', '件', 18000, 21405, { existing: 'A' }),
  ind(B_SHEET, '納税催告センター運営事業', '件', 9000, 7210, { existing: 'B' }),
  ind(B_SHEET, 'インターネット公売事業', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
  {
    sheet: B_SHEET,
    name: '国民健康保険料収納対策事業',
    measures: [
      { label: '現年分', target: 94.0, actual: 93.2, unit: '％' },
      { label: '滞納繰越分', target: 30.0, actual: 31.5, unit: '％' },
    ],
    direction: 'up',
    existing: 'B',
    grade: gradeOf(94.0, 93.2),
  },
  ind(B_SHEET, '納税通知書等電子送付事業', '件', 3000, 3384, { existing: 'A' }),
  ind(B_SHEET, '滞納者実態調査事業', '件', 800, 612, { existing: 'B' }),
];

const projects: Holdout2Workbook = {
  name: 'h109-nouzei-jigyo-jisseki',
  layout:
    '納税課 事務事業実績一覧: name＋概要 in one cell, 令和６年度数値目標／実績値 as text (「差押件数　1,200件」「24回開設（相談者 延べ312人）」), 未実施（対象物件なし）, 現年分／滞納繰越分 two measures in one cell',
  build(wb) {
    buildProjects(wb.addWorksheet(B_SHEET));
  },
  expected: { file: 'h109-nouzei-jigyo-jisseki.xlsx', fiscalYear: 2024, indicators: B_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// C: 市民課 窓口サービス KPI, 目標値／実績値 rows per KPI, 令和4年度〜令和7年度 columns, a 集計中.
// ---------------------------------------------------------------------------------------------
const C_SHEET = 'KPI';
function buildKpi(ws: Worksheet): void {
  ws.columns = [30, 8, 12, 12, 12, 12, 30].map((width) => ({ width }));
  ws.mergeCells('A1:G1');
  put(ws, 1, 1, ['市民課　窓口サービス改革　KPI進行管理表']);
  put(ws, 2, 1, ['評価対象年度：令和６年度', '', '', '', '', '', '令和７年６月　市民生活部市民課']);
  put(ws, 4, 1, ['重要業績評価指標（KPI）', '区分', '令和４年度', '令和５年度', '令和６年度', '令和７年度', '備考']);
  const kpis: [string, (string | number)[], (string | number)[], string][] = [
    ['証明書のコンビニ交付率（％）', [12.0, 18.0, 25.0, 30.0], [13.2, 17.9, 21.4], '住民票の写し・印鑑登録証明書・所得証明書'],
    ['書かない窓口 導入手続数', ['－', '20手続', '40手続', '60手続'], ['－', '22手続', '34手続'], '令和5年10月導入'],
    ['窓口の平均待ち時間（分）', [20, 18, 15, 15], [23, 19, 18], '短縮を目指す（少ないほど良い）'],
    ['電話応対満足度（％）', [75, 78, 80, 82], [74.2, 76.8, '集計中'], '市民アンケート（例年6月末集計）'],
    ['住民票等のオンライン申請件数（件）', ['1,000件', '2,000件', '3,000件', '4,000件'], ['1,240件', '2,310件', '3,560件'], 'ぴったりサービス経由'],
  ];
  kpis.forEach(([name, targets, actuals, note], i) => {
    const row = 5 + i * 2;
    ws.mergeCells(`A${row}:A${row + 1}`);
    ws.mergeCells(`G${row}:G${row + 1}`);
    put(ws, row, 1, [name, '目標値', ...targets]);
    put(ws, row, 7, [note]);
    put(ws, row + 1, 2, ['実績値', ...actuals]);
  });
  put(ws, 16, 1, ['※令和７年度は目標値のみ。実績値は出納閉鎖後の確定値ではなく各年度末の値。']);
}

const C_EXPECTED: ExpectedIndicator[] = [
  ind(C_SHEET, '証明書のコンビニ交付率', '％', 25.0, 21.4),
  ind(C_SHEET, '書かない窓口 導入手続数', '手続', 40, 34),
  ind(C_SHEET, '窓口の平均待ち時間', '分', 15, 18, { direction: 'down' }),
  ind(C_SHEET, '電話応対満足度', '％', 80, null, { actualStatus: 'pending' }),
  ind(C_SHEET, '住民票等のオンライン申請件数', '件', 3000, 3560),
];

const kpi: Holdout2Workbook = {
  name: 'h109-madoguchi-kpi',
  layout:
    '市民課 窓口サービス改革 KPI: 目標値／実績値 rows per KPI (KPI merged over both), 令和４年度〜令和７年度 columns, units in the name or the cell (「40手続」), 短縮 in 備考, a 集計中',
  build(wb) {
    buildKpi(wb.addWorksheet(C_SHEET));
  },
  expected: { file: 'h109-madoguchi-kpi.xlsx', fiscalYear: 2024, indicators: C_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// D: 市税等収納率向上計画 成果指標, 現況（計画策定時） with its year, 目標（R8）, 実績 with its year.
// ---------------------------------------------------------------------------------------------
const D_SHEET = '計画の指標';
const D_ROWS: [string, string, string, number, number, number, string][] = [
  ['市税収納率（現年課税分）', '現年課税分の収入額÷調定額', '％', 98.86, 99.3, 99.15, '決算統計（出納閉鎖後）'],
  ['市税収納率（滞納繰越分）', '滞納繰越分の収入額÷調定額', '％', 24.1, 30.0, 27.4, '決算統計（出納閉鎖後）'],
  ['市税収納率（合計）', '現年課税分と滞納繰越分の合計', '％', 96.8, 97.8, 97.62, '決算統計（出納閉鎖後）'],
  ['国民健康保険料収納率（現年分）', '国民健康保険料の現年分の収納率', '％', 93.1, 95.0, 95.31, '国民健康保険事業状況報告'],
  ['市税滞納繰越額', '出納閉鎖時点の滞納繰越額。計画期間中に削減を目指す', '百万円', 468, 350, 382, '滞納整理システム'],
  ['口座振替率', '市税の納期内納付件数に占める口座振替の割合', '％', 38.5, 50.0, 46.2, '収納管理システム'],
  ['証明書のコンビニ交付率', '証明書交付通数に占めるコンビニ交付の割合', '％', 8.2, 40.0, 22.1, '証明書発行統計'],
];

function buildPlan(ws: Worksheet): void {
  ws.columns = [30, 36, 8, 16, 12, 16, 22].map((width) => ({ width }));
  ws.mergeCells('A1:G1');
  put(ws, 1, 1, ['第３次市税等収納率向上計画（令和４年度～令和８年度）　成果指標の進捗状況']);
  put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
  for (let c = 1; c <= 7; c++) ws.getCell(3, c).alignment = { wrapText: true, horizontal: 'center' };
  D_ROWS.forEach(([name, desc, unit, base, target, actual, how], i) => {
    const row = 4 + i;
    const f = (v: number) => String(v);
    put(ws, row, 1, [name, desc, unit, `${f(base)}\n（令和3年度）`, target, `${f(actual)}\n（令和6年度）`, how]);
    for (const c of [2, 4, 6]) ws.getCell(row, c).alignment = { wrapText: true };
  });
}

const D_EXPECTED: ExpectedIndicator[] = D_ROWS.map(([name, desc, unit, , target, actual]) => ({
  ...ind(D_SHEET, name, unit, target, actual, { direction: desc.includes('削減') ? 'down' : 'up' }),
  targetSource: 'final',
}));

const plan: Holdout2Workbook = {
  name: 'h109-shuno-keikaku-shihyo',
  layout:
    '第３次市税等収納率向上計画 成果指標: 現況（計画策定時）「98.86⏎（令和3年度）」, 目標（R8）, 実績「99.15⏎（令和6年度）」, 単位 column, 削減 in 指標の説明',
  build(wb) {
    buildPlan(wb.addWorksheet(D_SHEET));
  },
  expected: { file: 'h109-shuno-keikaku-shihyo.xlsx', fiscalYear: 2024, indicators: D_EXPECTED, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
