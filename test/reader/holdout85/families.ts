/**
 * Hold-out 85, part 1: the four families as offices keep them after years of copy-and-paste — 保健所's 施策評価シート (an
 * indicator renamed with its old name in brackets, last year's grade beside this year's), 選挙管理委員会's 事業実績 (text targets,
 * last year's grade column left beside this year's, a struck-through 「（廃止）」 row), 議会事務局's KPI table (a title still
 * saying 令和４年度, names merged over two, three or one row), 消防本部's plan indicators (評価 「B（前年度C）」).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// A: 保健所's 施策評価シート, five blocks tiled two across, each with R1…R7, a 実績値 row, a 期待値 row (R3–R6) and a 目標値 row (R7).
interface Block {
  no: string;
  name: string;
  unit: string;
  way: '増加' | '減少';
  about: string;
  actual: Cell[];
  expect: Cell[];
  goal: number;
  note?: string;
}
const PERIODS = ['R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];
function block(ws: Worksheet, row: number, col: number, b: Block): void {
  const at = (r: number, c: number) => ws.getCell(row + r, col + c).address;
  put(ws, row, col, [b.no, b.name, undefined, undefined, undefined, undefined, '単位', b.unit]);
  ws.mergeCells(`${at(0, 1)}:${at(0, 5)}`);
  put(ws, row + 1, col, ['目指す方向', b.way, '指標の説明', b.about]);
  ws.mergeCells(`${at(1, 3)}:${at(1, 7)}`);
  put(ws, row + 2, col, ['区分', ...PERIODS]);
  put(ws, row + 3, col, ['実績値', ...b.actual]);
  put(ws, row + 4, col, ['期待値', ...b.expect]);
  put(ws, row + 5, col, ['目標値', undefined, undefined, undefined, undefined, undefined, undefined, b.goal]);
  put(ws, row + 6, col, ['備考', b.note]);
  ws.mergeCells(`${at(6, 1)}:${at(6, 7)}`);
}
const P1 = '施策3-2';
const BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '結核患者の治療成功率（旧：結核患者の治療完了率）',
    unit: '％',
    way: '増加',
    about: '新規登録の肺結核患者のうち治療を成功裏に終えた者の割合',
    actual: [88.2, 86.5, 87.9, 89.0, 91.4],
    expect: [undefined, undefined, 88.0, 89.0, 90.0, 91.0],
    goal: 92.0,
    note: '令和5年度から指標名を変更（算定方法は変更なし）',
  },
  {
    no: '指標②',
    name: '麻しん・風しん（MR）第1期の予防接種率',
    unit: '％',
    way: '増加',
    about: '対象児のうちMR第1期を接種した者の割合',
    actual: [95.8, 96.1, 95.2, 93.8, 94.6],
    expect: [undefined, undefined, 95.0, 95.0, 95.0, 95.0],
    goal: 95.0,
  },
  {
    no: '指標③',
    name: 'HIV・梅毒検査の受検者数',
    unit: '人',
    way: '増加',
    about: '保健所で実施した無料・匿名検査の受検者数',
    actual: [612, 248, 301, 455, 538],
    expect: [undefined, undefined, 400, 500, 600, 650],
    goal: 700,
    note: 'R2・R3は新型コロナウイルス感染症対応のため検査日を縮小',
  },
  {
    no: '指標④',
    name: '食中毒の発生件数',
    unit: '件',
    way: '減少',
    about: '市内で発生した食中毒事件の件数（暦年）',
    actual: [6, 3, 4, 5, 2],
    expect: [undefined, undefined, 4, 4, 3, 3],
    goal: 3,
  },
  {
    no: '指標⑤',
    name: '健康危機管理に関する訓練・研修の実施回数',
    unit: '回',
    way: '増加',
    about: '関係機関と合同で実施した訓練・研修の回数',
    actual: ['－', 2, 4, 6, 5],
    expect: [undefined, undefined, 4, 6, 8, 8],
    goal: 10,
  },
];
const policySheet: Holdout2Workbook = {
  name: 'h85-hokenjo-policy-sheet',
  layout:
    '保健所の施策評価シート: 指標ブロック2列配置（R1〜R7、実績値・期待値（R3〜R6）・目標値（R7）の3行、目指す方向）、旧名称を括弧書きで残した指標、達成状況評価「B」の横に前年度「（C）」',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['あおば市総合計画後期基本計画　令和６年度 施策評価シート']);
    put(ws, 2, 1, ['評価対象期間：令和５年度']);
    put(ws, 4, 1, ['基本目標', '3　健康で安心して暮らせるまち']);
    put(ws, 5, 1, ['施策', '3-2　感染症対策と健康危機管理の充実']);
    put(ws, 6, 1, ['担当', '保健所（保健予防課・生活衛生課）']);
    put(ws, 7, 1, ['達成状況評価', 'B', '（C）', '※（　）内は前年度の評価']);
    put(ws, 8, 1, ['A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    for (const r of [4, 5, 6]) ws.mergeCells(`B${r}:H${r}`);
    ws.mergeCells('D7:H7');
    BLOCKS.forEach((b, i) => block(ws, 10 + 8 * Math.floor(i / 2), i % 2 ? 10 : 1, b));
    put(ws, 35, 1, ['今後の方向性', '健康危機管理訓練は関係機関の日程調整を早期に行い、計画回数の実施を図る。']);
    ws.getColumn(1).width = 12;
    ws.getColumn(10).width = 12;
  },
  expected: {
    file: 'h85-hokenjo-policy-sheet.xlsx',
    fiscalYear: 2023,
    // The bracket 「（旧：結核患者の治療完了率）」 is the old name left by the rename (備考 says so), not part of the name.
    indicators: [
      ind(P1, '結核患者の治療成功率', '％', 90.0, 91.4),
      ind(P1, '麻しん・風しん（MR）第1期の予防接種率', '％', 95.0, 94.6),
      ind(P1, 'HIV・梅毒検査の受検者数', '人', 600, 538),
      ind(P1, '食中毒の発生件数', '件', 3, 2, { direction: 'down' }),
      ind(P1, '健康危機管理に関する訓練・研修の実施回数', '回', 8, 5),
    ],
    // A 4, B 3, B 3, A 4, C 2: 16 / 5 = 3.2 → B (the written B beside last year's （C）).
    groups: [{ sheet: P1, cell: 'B7', grade: 'B' }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 選挙管理委員会's 事業実績, targets and actuals as text, 評価 over R4 | R5 (last year's grades left of this year's), a row struck
// through and marked 「（廃止）」, a target 「希望者全員に配布」 with no figure, one project 未実施.
const S1 = '事業実績';
const senkyoRows: { cells: Cell[]; struck?: boolean }[] = [
  { cells: [1, '期日前投票所運営事業', '期日前投票所の設置数', '6か所', '7か所（商業施設に1か所増設）', 'B', 'A', '継続'] },
  { cells: [2, '主権者教育推進事業', '出前授業の実施校数', '市内小・中・高校 15校', '12校', 'C', 'B', '拡充'] },
  { cells: [3, '選挙啓発事業', '啓発イベントの参加者数', '延べ 2,000人', '延べ 1,384人', 'C', 'C', '見直し'] },
  { cells: [4, '明るい選挙推進協議会活動事業', '推進委員研修会の開催回数', '年2回', '年2回', 'A', 'A', '継続'] },
  { cells: [5, '投票環境整備事業', '段差を解消した投票所の割合', '80％以上', '74.5％', 'C', 'B', '継続', '仮設スロープ設置を含む'] },
  { cells: [6, '点字・音声版選挙のお知らせ作成事業', '点字・音声版の配布件数', '希望者全員に配布', '86件', 'A', 'A', '継続'] },
  { cells: [7, '投票立会人公募事業（廃止）', '公募による立会人の登録者数', '30人', '－', 'B', '－', '廃止', '令和4年度末で廃止'], struck: true },
  { cells: [8, '高齢者施設出前講座事業', '出前講座の実施回数', '3回', '未実施（施設側の受入れ休止のため）', 'B', 'D', '見直し'] },
];
const projectResults: Holdout2Workbook = {
  name: 'h85-senkyo-project-results',
  layout:
    '選挙管理委員会事務局の事業実績: 目標・実績が文字列（「6か所」「延べ 2,000人」「年2回」「80％以上」「希望者全員に配布」）、評価の見出しの下に R4 | R5 の2列（前年度の評価が残る）、取消線の「（廃止）」行、「未実施（…）」',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和５年度　選挙管理委員会事務局　事業実績・自己評価']);
    put(ws, 4, 1, ['No.', '事業名', '成果指標', '令和5年度', undefined, '評価', undefined, '今後の方向性', '備考']);
    put(ws, 5, 4, ['目標', '実績', 'R4', 'R5']);
    for (const c of ['A', 'B', 'C', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    ws.mergeCells('F4:G4');
    senkyoRows.forEach(({ cells, struck }, i) => {
      put(ws, 6 + i, 1, cells);
      if (struck) for (let c = 1; c <= 9; c++) ws.getCell(6 + i, c).font = { strike: true };
    });
    put(ws, 15, 1, ['評価　A：目標を達成　B：目標の80％以上　C：60％以上80％未満　D：60％未満・未実施']);
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 28;
    ws.getColumn(5).width = 30;
  },
  expected: {
    file: 'h85-senkyo-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '期日前投票所の設置数', 'か所', 6, 7, { existing: 'A' }),
      ind(S1, '出前授業の実施校数', '校', 15, 12, { existing: 'B' }),
      ind(S1, '啓発イベントの参加者数', '人', 2000, 1384, { existing: 'C' }),
      ind(S1, '推進委員研修会の開催回数', '回', 2, 2, { existing: 'A' }),
      ind(S1, '段差を解消した投票所の割合', '％', 80, 74.5, { existing: 'B' }),
      // 「希望者全員に配布」 has no figure: no numeric target, no grade.
      ind(S1, '点字・音声版の配布件数', '件', null, 86, { existing: 'A' }),
      ind(S1, '出前講座の実施回数', '回', 3, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 議会事務局's KPI table, 目標値 / 実績値 rows per KPI under 3月末 periods; the title still says 令和４年度 (last year's copy), the
// line under it was edited to 令和５年度実績; one KPI's name merged over three rows (a 達成率 row under its two), one not merged.
const K1 = 'KPI';
const kpiSheet: Holdout2Workbook = {
  name: 'h85-gikai-kpi-periods',
  layout:
    '議会事務局のKPI進捗: 3月末の期間列（基準値 令和3年3月末〜令和7年3月末（目標））に目標値・実績値の行、表題は「令和４年度」のまま・2行目は「令和５年度実績／令和６年３月末現在」、名称の結合が2行・3行（達成率の行）・結合なしと不揃い、隔年調査の「－」',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['令和４年度　開かれた議会づくり　KPI進捗状況']);
    put(ws, 2, 1, ['（令和５年度実績／令和６年３月末現在）', undefined, undefined, undefined, undefined, undefined, undefined, '議会事務局 議事調査課']);
    put(ws, 4, 1, ['KPI', '単位', '区分', '基準値\n（令和3年3月末）', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末\n（目標）', '備考']);
    const rows: Cell[][] = [
      ['議会報告会・意見交換会の開催回数', '回', '目標値', '－', 4, 6, 8, 8],
      [undefined, undefined, '実績値', 2, 3, 6, 7],
      ['本会議の傍聴者数', '人', '目標値', '－', 450, 500, 600, 700],
      [undefined, undefined, '実績値', 318, 276, 389, 412],
      [undefined, undefined, '達成率', undefined, 276 / 450, 389 / 500, 412 / 600],
      ['議会中継（インターネット配信）の視聴回数', '回', '目標値', '－', 20000, 25000, 30000, 35000],
      [undefined, undefined, '実績値', 15230, 21408, 26115, 33870],
      ['「市議会の活動を知っている」と答えた市民の割合', '％', '目標値', '－', '－', 35.0, 40.0, 45.0],
      [undefined, undefined, '実績値', 28.6, '－', 31.2, '－', undefined, '市民意識調査は隔年実施（令和6年3月末は調査なし）'],
      ['議会だよりの発行回数', '回', '目標値', '－', 4, 4, 4, 4],
      [undefined, undefined, '実績値', 4, 4, 4, 4],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let c = 5; c <= 7; c++) ws.getCell(9, c).numFmt = '0.0%';
    // Uneven merges: two rows, three rows (with the 達成率 row), none (name in the 目標値 row only), two, two.
    for (const [a, b] of [
      [5, 6],
      [7, 9],
      [12, 13],
      [14, 15],
    ])
      for (const c of ['A', 'B']) ws.mergeCells(`${c}${a}:${c}${b}`);
    put(ws, 17, 1, ['※達成状況は各年3月末の実績値と同時点の目標値を比較する。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h85-gikai-kpi-periods.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '議会報告会・意見交換会の開催回数', '回', 8, 7),
      ind(K1, '本会議の傍聴者数', '人', 600, 412),
      ind(K1, '議会中継（インターネット配信）の視聴回数', '回', 30000, 33870),
      ind(K1, '「市議会の活動を知っている」と答えた市民の割合', '％', 40.0, null, { actualStatus: 'not-applicable' }),
      ind(K1, '議会だよりの発行回数', '回', 4, 4),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 消防本部's plan indicators: 現況（計画策定時） with its year in the cell, 目標（R7）, 実績（R5） with its year, 評価 A–D with
// last year's grade in a comment 「B（前年度C）」, a 目指す方向 column.
const D1 = '成果指標';
type PlanRow = [string, string, string, string, string, number, string, string, string];
const planRows: PlanRow[] = [
  [
    '住宅用火災警報器の設置率',
    '市内の全世帯のうち住宅用火災警報器を設置している世帯の割合',
    '％',
    '増加',
    '78.4\n（令和2年）',
    90.0,
    '84.1\n（令和5年6月）',
    'B（前年度C）',
    '消防庁調査（毎年6月1日時点）',
  ],
  [
    '応急手当普及員の認定者数（累計）',
    '応急手当普及員講習を修了し認定を受けた者の累計',
    '人',
    '増加',
    '142\n（令和2年度末）',
    250,
    '211\n（令和5年度末）',
    'B',
    '認定者台帳',
  ],
  ['火災による死者数', '火災により死亡した者の数（放火自殺者を除く）', '人', '減少', '4\n（令和2年）', 0, '1\n（令和5年）', 'C（前年度D）', '火災報告（暦年）'],
  ['消防団員の充足率', '条例定数に対する実員数の割合', '％', '増加', '88.6\n（令和2年4月1日）', 95.0, '83.2\n（令和5年度末）', 'D（前年度C）', '消防団員名簿'],
  [
    '救急隊の現場到着までの平均時間',
    '119番受信から救急隊が現場に到着するまでの平均時間',
    '分',
    '減少',
    '9.2\n（令和2年）',
    8.5,
    '8.9\n（令和5年）',
    'B（前年度B）',
    '救急活動記録（暦年）',
  ],
  [
    '防火対象物の違反是正率',
    '立入検査で違反を指摘した防火対象物のうち是正が完了した割合',
    '％',
    '増加',
    '62.0\n（令和2年度）',
    80.0,
    '71.5\n（令和5年度）',
    'B',
    '予防課集計',
  ],
];
const planIndicators: Holdout2Workbook = {
  name: 'h85-shobo-plan-indicators',
  layout:
    '消防本部の計画指標一覧: 現況（計画策定時）・実績（R5）のセルに年の注記、目標（R7）、目指す方向（増加/減少）、評価「B（前年度C）」「C（前年度D）」、目標0人の死者数',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['みなと市消防力整備計画（令和3年度～令和7年度）　成果指標の進捗状況（令和5年度）']);
    put(ws, 2, 10, ['消防本部 総務課']);
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '目指す方向', '現況\n（計画策定時）', '目標\n（R7）', '実績\n（R5）', '評価', '現状把握の方法']);
    planRows.forEach((r, i) => {
      put(ws, 4 + i, 1, [i + 1, ...r]);
      for (const c of [6, 8]) ws.getCell(4 + i, c).alignment = { wrapText: true };
    });
    put(ws, 11, 1, ['※評価欄の（　）内は前年度の評価。評価は目標（R7）に対する達成状況による。']);
    put(ws, 12, 1, ['評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h85-shobo-plan-indicators.xlsx',
    fiscalYear: 2023,
    // 「B（前年度C）」: this year's grade is the letter before the bracket; the bracket is last year's.
    indicators: planRows.map(([name, , unit, way, , target, actual, grade]) => ({
      ...ind(D1, name, unit, target, parseFloat(actual), { direction: way === '減少' ? 'down' : 'up', existing: grade[0] }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiSheet, planIndicators];
