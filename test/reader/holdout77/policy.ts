/** Hold-out 77, part 1: 施策評価シート (family A) with a revised 期待値 row, 中間目標 beside 最終目標 and 見込 actuals, and a summary sheet repeating the detail sheets' indicators. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const NUMS = ['①', '②', '③', '④', '⑤', '⑥'];

interface Block {
  name: string;
  unit: string;
  desc: string;
  /** R2 (現状値) … R5. */
  actuals: number[];
  /** R3 … R7. */
  expects: number[];
  /** R5 … R7 after the upward revision, when there is one. */
  revised?: number[];
  note: string;
}

/** One indicator block of seven columns from (row, col): 指標, 単位, the period headings, 実績値, 期待値, 修正期待値, 備考. */
function block(ws: Worksheet, row: number, col: number, n: number, b: Block): void {
  put(ws, row, col, [`指標${NUMS[n]}`, b.name]);
  ws.mergeCells(row, col + 1, row, col + 6);
  put(ws, row + 1, col, ['単位', b.unit, '指標の説明', b.desc]);
  ws.mergeCells(row + 1, col + 3, row + 1, col + 6);
  put(ws, row + 2, col, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 3, col, ['実績値', ...b.actuals]);
  put(ws, row + 4, col, ['期待値\n※R7は目標値', '－', ...b.expects]);
  put(ws, row + 5, col, ['修正期待値\n（上方修正）', undefined, undefined, undefined, ...(b.revised ?? [])]);
  put(ws, row + 6, col, ['備考', b.note || undefined]);
  ws.mergeCells(row + 6, col + 1, row + 6, col + 6);
}

const S1 = '2-3';
const blocks1: Block[] = [
  {
    name: '観光入込客数',
    unit: '千人',
    desc: '市内の主要観光地点における年間の観光入込客数',
    actuals: [612, 705, 868, 960],
    expects: [700, 800, 900, 1000, 1100],
    revised: [1000, 1100, 1200],
    note: 'コロナ禍からの回復が想定を上回ったため、令和5年度に期待値を上方修正',
  },
  {
    name: '宿泊者数',
    unit: '人',
    desc: '市内宿泊施設の延べ宿泊者数（宿泊施設への調査）',
    actuals: [48210, 52300, 61850, 70120],
    expects: [55000, 60000, 65000, 70000, 75000],
    revised: [80000, 85000, 90000],
    note: '大型ホテルの開業を踏まえ、令和5年度に期待値を上方修正',
  },
  {
    name: '観光案内所の問い合わせ件数',
    unit: '件',
    desc: '駅前観光案内所での窓口・電話・メールによる問い合わせの件数',
    actuals: [3120, 3340, 3610, 3480],
    expects: [3300, 3500, 3700, 3900, 4000],
    note: '',
  },
  {
    name: '観光ボランティアガイドの登録者数',
    unit: '人',
    desc: '観光ボランティアガイド協会の登録者数（各年度末）',
    actuals: [42, 40, 45, 46],
    expects: [44, 46, 48, 50, 52],
    note: '養成講座を年2回開催',
  },
  {
    name: '外国人観光客の宿泊者数',
    unit: '人',
    desc: '市内宿泊施設の外国人延べ宿泊者数',
    actuals: [310, 280, 1250, 3860],
    expects: [400, 600, 800, 1000, 1200],
    revised: [2500, 3000, 3500],
    note: '水際対策の終了によりインバウンドが急回復したため上方修正',
  },
  {
    name: '観光消費額（1人当たり）',
    unit: '円',
    desc: '観光客アンケートによる1人1回当たりの観光消費額',
    actuals: [5820, 5940, 6210, 6050],
    expects: [6000, 6200, 6400, 6600, 6800],
    note: '',
  },
];
const grades1 = ['B', 'B', 'B', 'B', 'A', 'B'];
const revisedExpect: Holdout2Workbook = {
  name: 'h77-policy-revised-expect',
  layout: '東山市 施策評価シート: 指標ブロック2列並び、実績値/期待値（R7は目標値）/修正期待値（上方修正, R5〜R7のみ）の3行、R2現状値の列',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['東山市総合計画　令和6年度施策評価シート（評価対象年度：令和5年度）']);
    put(ws, 3, 1, ['基本方針', '2　にぎわいと活力のあるまち']);
    put(ws, 4, 1, ['施策', '2-3　観光の振興', undefined, undefined, undefined, '担当部', '商工観光部']);
    put(ws, 5, 1, ['施策の達成状況', undefined, undefined, undefined, '（前年度：B）']);
    ws.mergeCells('A5:B5');
    ws.mergeCells('C5:D5');
    blocks1.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 8, i % 2 === 0 ? 1 : 9, i, b));
    put(ws, 32, 1, ['※修正期待値の記載がある年度は、修正期待値を当該年度の期待値とする（令和5年度見直し）。']);
    put(ws, 33, 1, ['※達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.getColumn(1).width = 16;
    ws.getColumn(9).width = 16;
  },
  expected: {
    file: 'h77-policy-revised-expect.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '観光入込客数', '千人', 1000, 960),
      ind(S1, '宿泊者数', '人', 80000, 70120),
      ind(S1, '観光案内所の問い合わせ件数', '件', 3700, 3480),
      ind(S1, '観光ボランティアガイドの登録者数', '人', 48, 46),
      ind(S1, '外国人観光客の宿泊者数', '人', 2500, 3860),
      ind(S1, '観光消費額（1人当たり）', '円', 6400, 6050),
    ],
    groups: [{ sheet: S1, cell: 'C5', grade: rollUp(grades1) }],
  },
};

const S2 = '施策5-2';
const grades2 = ['B', 'A', 'B', 'A', 'B', 'B'];
const interim: Holdout2Workbook = {
  name: 'h77-policy-interim-final',
  layout: '北川市 施策評価シート: 基準値（R元）・中間目標（R5）・最終目標（R9）・R3〜R5実績の2段見出し、一部の実績に「（見込）」、方向の列 ↑↓',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['北川市第2次総合計画 後期基本計画　施策評価シート（令和5年度実績）']);
    put(ws, 3, 1, ['政策', '5　安全・安心なまちづくり']);
    put(ws, 4, 1, ['施策', '5-2　防災・減災対策の推進', undefined, undefined, undefined, '主管課', '危機管理課']);
    put(ws, 5, 1, ['施策の総合評価', undefined, undefined, '（R4評価：B）']);
    ws.mergeCells('B5:C5');
    put(ws, 7, 1, ['成果指標', '単位', '方向', '基準値', '目標値', undefined, '実績値']);
    put(ws, 8, 4, ['（R元年度）', '中間目標\n（R5年度）', '最終目標\n（R9年度）', 'R3年度', 'R4年度', 'R5年度']);
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}7:${c}8`);
    ws.mergeCells('E7:F7');
    ws.mergeCells('G7:I7');
    const rows: (string | number)[][] = [
      ['自主防災組織の活動カバー率', '％', '↑', 78.5, 85.0, 90.0, 80.1, 82.6, 84.0],
      ['防災訓練の参加者数', '人', '↑', 4820, 6000, 8000, 2150, 4960, '6,240（見込）'],
      ['家具転倒防止器具の設置補助累計件数', '件', '↑', 120, 300, 500, 185, 236, 281],
      ['防災メールの登録者数', '人', '↑', 9600, 13000, 16000, 11050, 12380, '13,150（見込）'],
      ['住宅火災による死傷者数', '人', '↓', 12, 8, 5, 10, 9, 9],
      ['避難所運営マニュアル策定済みの避難所の割合', '％', '↑', 35.0, 70.0, 100.0, 48.0, 57.5, 62.5],
    ];
    rows.forEach((r, i) => put(ws, 9 + i, 1, r));
    put(ws, 16, 1, ['※方向　↑：数値の増加を目指す　↓：数値の減少を目指す']);
    put(ws, 17, 1, ['※令和5年度は中間目標年度。（見込）は令和6年2月末時点の見込値で、確定値は次年度に更新する。']);
    put(ws, 19, 1, ['【施策の成果と課題】']);
    put(ws, 20, 1, ['防災訓練は地区単位の開催に戻り参加者が回復した。避難所運営マニュアルの策定は小規模避難所が課題。']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h77-policy-interim-final.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '自主防災組織の活動カバー率', '％', 85.0, 84.0),
      ind(S2, '防災訓練の参加者数', '人', 6000, 6240, { actualStatus: 'provisional' }),
      ind(S2, '家具転倒防止器具の設置補助累計件数', '件', 300, 281),
      ind(S2, '防災メールの登録者数', '人', 13000, 13150, { actualStatus: 'provisional' }),
      ind(S2, '住宅火災による死傷者数', '人', 8, 9, { direction: 'down' }),
      ind(S2, '避難所運営マニュアル策定済みの避難所の割合', '％', 70.0, 62.5),
    ],
    groups: [{ sheet: S2, cell: 'B5', grade: rollUp(grades2) }],
  },
};

interface Detail {
  name: string;
  unit: string;
  down?: boolean;
  /** R3 … R7 (R7 the 目標値). */
  expects: number[];
  /** R3 … R5. */
  actuals: number[];
}

/** A detail sheet: the 施策's header, its 達成度 cell (B4) and one stacked block per indicator. */
function detailSheet(ws: Worksheet, title: string, policy: string, dept: string, items: Detail[]): void {
  put(ws, 1, 1, [title]);
  put(ws, 3, 1, ['施策', policy, undefined, undefined, '担当課', dept]);
  put(ws, 4, 1, ['施策の達成度', undefined, undefined, '（前年度：B）']);
  ws.mergeCells('B4:C4');
  items.forEach((d, i) => {
    const r = 6 + i * 6;
    put(ws, r, 1, [`成果指標${NUMS[i]}`, d.name]);
    ws.mergeCells(r, 2, r, 6);
    put(ws, r + 1, 1, ['単位', d.unit, '方向', d.down ? '↓（低減）' : '↑']);
    put(ws, r + 2, 1, ['年度', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
    put(ws, r + 3, 1, ['期待値', ...d.expects]);
    put(ws, r + 4, 1, ['実績値', ...d.actuals]);
  });
  ws.getColumn(1).width = 14;
}

const school: Detail[] = [
  { name: '「授業がわかる」と答えた児童生徒の割合', unit: '％', expects: [81.0, 83.0, 85.0, 87.0, 90.0], actuals: [80.2, 81.9, 82.4] },
  { name: 'ICTを活用した授業の実施率', unit: '％', expects: [60.0, 70.0, 80.0, 90.0, 100.0], actuals: [64.3, 78.8, 91.5] },
  { name: '不登校児童生徒の出現率', unit: '％', down: true, expects: [2.2, 2.1, 2.0, 1.9, 1.8], actuals: [2.15, 2.31, 2.4] },
  { name: '学校図書館の児童生徒1人当たり貸出冊数', unit: '冊', expects: [41, 43, 45, 47, 50], actuals: [39.5, 40.2, 38.6] },
];
const learning: Detail[] = [
  { name: '公民館講座の受講者数', unit: '人', expects: [10000, 11000, 12000, 13000, 14000], actuals: [7850, 10420, 12640] },
  { name: '市立図書館の貸出冊数', unit: '冊', expects: [460000, 470000, 480000, 490000, 500000], actuals: [448210, 455930, 452300] },
  { name: '生涯学習ボランティアの登録者数', unit: '人', expects: [240, 250, 260, 270, 280], actuals: [231, 215, 198] },
  { name: '市民文化祭の来場者数', unit: '人', expects: [8500, 9000, 9500, 10000, 10500], actuals: [4200, 8830, 10120] },
];
const S3a = '施策3-1';
const S3b = '施策3-2';
const summaryDetail: Holdout2Workbook = {
  name: 'h77-policy-summary-detail',
  layout: '南浜市 施策評価: 総括表（施策・成果指標・R5期待値・R5実績値・達成率）と施策別の詳細シート2枚に同じ指標、詳細シートに達成度の空欄',
  build(wb) {
    const sum = wb.addWorksheet('総括表');
    put(sum, 1, 1, ['南浜市　令和5年度 成果指標 総括表']);
    put(sum, 2, 6, ['企画調整課']);
    put(sum, 4, 1, ['施策', '成果指標', '単位', 'R5期待値', 'R5実績値', '達成率', '詳細']);
    const rate = (d: Detail) => {
      const [t, a] = [d.expects[2], d.actuals[2]];
      return `${((d.down ? t / a : a / t) * 100).toFixed(1)}％`;
    };
    const lines: [string, string, Detail][] = [
      ...school.map((d): [string, string, Detail] => ['3-1 学校教育の充実', S3a, d]),
      ...learning.map((d): [string, string, Detail] => ['3-2 生涯学習の推進', S3b, d]),
    ];
    lines.forEach(([policy, sheet, d], i) =>
      put(sum, 5 + i, 1, [i % 4 === 0 ? policy : undefined, d.name, d.unit, d.expects[2], d.actuals[2], rate(d), `シート「${sheet}」`]),
    );
    sum.mergeCells('A5:A8');
    sum.mergeCells('A9:A12');
    put(sum, 14, 1, ['※各指標の年度別の期待値・実績値は施策別シートのとおり。不登校児童生徒の出現率は低減を目指す指標（達成率＝期待値÷実績値）。']);
    sum.getColumn(2).width = 40;
    detailSheet(wb.addWorksheet(S3a), '令和6年度 南浜市施策評価シート（令和5年度実績）', '3-1　学校教育の充実', '学校教育課', school);
    detailSheet(wb.addWorksheet(S3b), '令和6年度 南浜市施策評価シート（令和5年度実績）', '3-2　生涯学習の推進', '生涯学習課', learning);
  },
  expected: {
    file: 'h77-policy-summary-detail.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3a, '「授業がわかる」と答えた児童生徒の割合', '％', 85.0, 82.4),
      ind(S3a, 'ICTを活用した授業の実施率', '％', 80.0, 91.5),
      ind(S3a, '不登校児童生徒の出現率', '％', 2.0, 2.4, { direction: 'down' }),
      ind(S3a, '学校図書館の児童生徒1人当たり貸出冊数', '冊', 45, 38.6),
      ind(S3b, '公民館講座の受講者数', '人', 12000, 12640),
      ind(S3b, '市立図書館の貸出冊数', '冊', 480000, 452300),
      ind(S3b, '生涯学習ボランティアの登録者数', '人', 260, 198),
      ind(S3b, '市民文化祭の来場者数', '人', 9500, 10120),
    ],
    groups: [
      { sheet: S3a, cell: 'B4', grade: rollUp(['B', 'A', 'B', 'B']) },
      { sheet: S3b, cell: 'B4', grade: rollUp(['A', 'B', 'C', 'A']) },
    ],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [revisedExpect, interim, summaryDetail];
