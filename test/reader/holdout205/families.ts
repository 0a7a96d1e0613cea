/** Hold-out 205, the four known families as a 商工労働課 (事業承継・中小企業支援・商工会議所連携) office of みなと市 writes them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- A: 施策評価シート, blocks stacked down the sheet
const A_SHEET = '施策3-2';
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '↑' | '↓';
  actuals: (number | null)[]; // R2..R8
  expect: (number | null)[]; // R2..R8
  note: string;
}
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '事業承継に関する相談件数',
    desc: '市の事業承継相談窓口及びみなと商工会議所の事業承継相談デスクで受け付けた相談の件数（延べ）',
    unit: '件',
    dir: '↑',
    actuals: [96, 112, 128, 141, 163, null, null],
    expect: [null, 110, 120, 135, 150, 165, 180],
    note: '金融機関からの紹介が増加（R6：41件）',
  },
  {
    no: '指標②',
    name: '創業支援事業計画に基づく創業者数',
    desc: '産業競争力強化法に基づく創業支援事業計画の特定創業支援等事業を受けて創業した者の数',
    unit: '人',
    dir: '↑',
    actuals: [29, 33, 35, 36, 31, null, null],
    expect: [null, 32, 34, 36, 40, 42, 45],
    note: '物価高騰の影響により創業を延期する相談者が見られた',
  },
  {
    no: '指標③',
    name: '事業承継マッチング成約件数',
    desc: '事業承継・引継ぎ支援センター等を通じて第三者承継（M&A）が成約した市内事業者の件数（単年度）',
    unit: '件',
    dir: '↑',
    actuals: [2, 3, 5, 6, 7, null, null],
    expect: [null, 4, 5, 6, 8, 9, 10],
    note: '',
  },
  {
    no: '指標④',
    name: '市内事業所の廃業件数',
    desc: '市に廃業届が提出された事業所の件数（商工労働課調べ）。減少を目指す',
    unit: '件',
    dir: '↓',
    actuals: [138, 131, 127, 125, 134, null, null],
    expect: [null, 130, 127, 124, 120, 117, 115],
    note: '経営者の高齢化による廃業が全体の約６割',
  },
  {
    no: '指標⑤',
    name: '経営指導員による巡回指導件数',
    desc: 'みなと商工会議所及びみなと北商工会の経営指導員が行った巡回指導の延べ件数',
    unit: '件',
    dir: '↑',
    actuals: [2210, 2305, 2356, 2440, 2518, null, null],
    expect: [null, 2250, 2300, 2350, 2400, 2450, 2500],
    note: '商工会議所・商工会の事業報告書による',
  },
];

function buildPolicy(ws: Worksheet): void {
  widths(ws, [12, 14, 11, 11, 11, 11, 11, 11, 11, 30]);
  merge(ws, 1, 1, 1, 10, '令和６年度　基本施策事後評価シート　　　評価対象期間：令和６年度（令和６年４月～令和７年３月）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 10, '３　活力ある産業と多様な働く場を創出するまち');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 10, '3-2　中小企業の経営基盤強化と円滑な事業承継の推進');
  put(ws, 5, 1, ['担当\n部等']);
  merge(ws, 5, 2, 5, 10, '産業振興部　商工労働課（連携：みなと商工会議所、みなと北商工会、市内金融機関）');
  put(ws, 6, 1, ['施策の\n達成状況']);
  merge(ws, 6, 2, 6, 3); // the rating cell B6:C6, left for the evaluation office
  put(ws, 6, 4, ['（C）']);
  merge(ws, 6, 5, 6, 10, '※（　）内は前年度の評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  box(ws, 3, 1, 6, 10);
  wrap(ws, 3, 1, 6, 1);
  let r = 8;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 6, b.name);
    put(ws, r, 7, ['単位', b.unit, '目指す方向', b.dir]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 10, b.desc);
    put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', '']);
    put(ws, r + 3, 1, ['実績値', ...b.actuals]);
    put(ws, r + 4, 1, ['期待値\n※R8は目標値', ...b.expect]);
    put(ws, r + 5, 1, ['備考']);
    merge(ws, r + 5, 2, r + 5, 10, b.note || undefined);
    for (let c = 2; c <= 8; c++) for (const rr of [r + 3, r + 4]) ws.getCell(rr, c).numFmt = '#,##0';
    box(ws, r, 1, r + 5, 10);
    wrap(ws, r + 2, 1, r + 4, 8);
    r += 7;
  }
  merge(
    ws,
    r,
    1,
    r + 1,
    10,
    '達成状況分析：相談件数・巡回指導件数は期待値を上回ったが、創業者数は物価高騰等の影響により期待値を下回った。廃業件数は高齢化の進行により前年度から増加した。',
  );
}

const A_INDS: ExpectedIndicator[] = [
  ind(A_SHEET, '事業承継に関する相談件数', '件', 150, 163),
  ind(A_SHEET, '創業支援事業計画に基づく創業者数', '人', 40, 31),
  ind(A_SHEET, '事業承継マッチング成約件数', '件', 8, 7),
  ind(A_SHEET, '市内事業所の廃業件数', '件', 120, 134, { direction: 'down' }),
  ind(A_SHEET, '経営指導員による巡回指導件数', '件', 2400, 2518),
];

const policySheet: Holdout2Workbook = {
  name: 'h205-shisaku-jigyoshokei',
  layout:
    'A: 基本施策事後評価シート, five indicator blocks stacked (R2 現状値 … R8, 期待値 row with ※R8は目標値, 目指す方向 ↑/↓), empty 達成状況 cell with last year （C） beside',
  build(wb) {
    buildPolicy(wb.addWorksheet(A_SHEET));
  },
  expected: {
    file: 'h205-shisaku-jigyoshokei.xlsx',
    fiscalYear: 2024,
    indicators: A_INDS,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(A_INDS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 (推進事業 rows, figures as text)
const B_SHEET = '資料2';
const projectResults: Holdout2Workbook = {
  name: 'h205-jigyo-jisseki',
  layout: 'B: 推進事業 rows with R5 実績 / R6 数値目標 / R6 実績値 as labelled text, a cell of two measures, 未実施, 自己評価 letters',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 44, 20, 20, 20, 8, 34, 10]);
    merge(ws, 1, 1, 1, 8, '資料２　令和６年度　みなと市中小企業振興計画　推進事業実績');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 7, ['産業振興部　商工労働課']);
    put(ws, 3, 1, ['No.', '推進事業', '令和５年度\n実績値', '令和６年度\n数値目標', '令和６年度\n実績値', '自己\n評価', '成果・課題', '今後の\n方向性']);
    const rows: (string | undefined)[][] = [
      [
        '1',
        '(1) 事業承継相談窓口の運営\n事業承継・引継ぎ支援センター及びみなと商工会議所と連携し、専門相談員による相談窓口を常設する。',
        '相談件数 331件',
        '相談件数 360件',
        '相談件数 342件',
        'A',
        '金融機関からの紹介が増え、相談は前年度を上回った。',
        '継続',
      ],
      [
        '2',
        '(2) 事業承継セミナーの開催\n経営者及び後継者候補を対象に、承継準備・税制・M&Aに関するセミナーを開催する。',
        '開催回数 3回\n参加者数 95人',
        '開催回数 4回\n参加者数 120人',
        '開催回数 4回\n参加者数 87人',
        'B',
        '平日昼間の開催で後継者層の参加が伸びなかった。',
        '見直し',
      ],
      [
        '3',
        '(3) 事業承継・M&A支援補助金\n事業承継に伴う設備更新、専門家活用費用の一部を補助する。',
        '交付件数 6件',
        '交付件数 10件',
        '交付件数 8件',
        'B',
        '申請12件のうち8件を交付決定。',
        '拡充',
      ],
      [
        '4',
        '(4) 商工会議所経営改善普及事業補助\nみなと商工会議所が行う小規模事業者への経営指導事業に要する経費を補助する。',
        '巡回・窓口相談件数 2,912件',
        '巡回・窓口相談件数 3,000件',
        '巡回・窓口相談件数 2,874件',
        'A',
        '経営指導員の欠員（1名）が生じた。',
        '継続',
      ],
      [
        '5',
        '(5) 後継者人材バンク登録の促進\n後継者不在の事業者と創業希望者を結び付けるため、人材バンクへの登録を促進する。',
        '新規登録者数 9人',
        '新規登録者数 15人',
        '未実施',
        'D',
        '国の後継者人材バンク事業の再編に伴い、市独自の登録促進は見送った。',
        '見直し',
      ],
      [
        '6',
        '(6) 創業塾の開催（商工会議所共催）\n創業希望者を対象に、全５回の創業塾を開催する。',
        '受講者数 28人',
        '受講者数 30人',
        '受講者数 34人',
        'A',
        '受講者のうち6人が年度内に創業。',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 9, 8);
    wrap(ws, 3, 1, 9, 8);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：達成率60％以上80％未満　D：達成率60％未満又は未実施']);
  },
  expected: {
    file: 'h205-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '事業承継相談窓口の運営', '件', 360, 342, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '事業承継セミナーの開催',
        measures: [
          { label: '開催回数', target: 4, actual: 4, unit: '回' },
          { label: '参加者数', target: 120, actual: 87, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '事業承継・M&A支援補助金', '件', 10, 8, { existing: 'B' }),
      ind(B_SHEET, '商工会議所経営改善普及事業補助', '件', 3000, 2874, { existing: 'A' }),
      ind(B_SHEET, '後継者人材バンク登録の促進', '人', 15, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '創業塾の開催（商工会議所共催）', '人', 30, 34, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI table, 目標値/実績値 rows under 令和N年3月末
const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h205-kpi-sogyo-shokei',
  layout: 'C: 地方創生 KPI table, 目標値/実績値 rows per KPI under 事業開始前 and 令和5〜8年3月末 columns, values as "236 件", one KPI with "-" targets',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 10, 16, 16, 16, 16, 18]);
    merge(ws, 1, 1, 1, 7, '【令和５年度実績】地方創生推進交付金事業　KPI達成状況');
    merge(ws, 2, 1, 2, 7, '事業名：事業承継・創業の促進による地域経済の持続的発展事業（令和４年度～令和７年度）');
    put(ws, 3, 6, ['（令和６年５月　効果検証）']);
    put(ws, 4, 1, ['KPI', '', '事業開始前\n（現時点）', '令和５年３月末', '令和６年３月末', '令和７年３月末', '令和８年３月末']);
    const kpis: [string, string[], string[]][] = [
      ['事業承継診断の実施件数', ['120 件', '150 件', '200 件', '250 件', '300 件'], ['120 件', '162 件', '236 件']],
      ['創業支援による創業件数', ['31 件', '40 件', '45 件', '50 件', '55 件'], ['31 件', '35 件', '38 件']],
      ['支援対象企業の新規雇用者数', ['0 人', '100 人', '120 人', '140 人', '160 人'], ['0 人', '84 人', '91 人']],
      ['特例承継計画の確認件数', ['2 件', '-', '-', '-', '-'], ['2 件', '4 件', '6 件']],
      ['制度融資（事業承継資金）の利用件数', ['188 件', '250 件', '300 件', '350 件', '400 件'], ['188 件', '203 件', '171 件']],
    ];
    let r = 5;
    for (const [name, t, a] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...t]);
      put(ws, r + 1, 2, ['実績値', ...a]);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 7);
    wrap(ws, 4, 1, 4, 7);
    put(ws, r + 1, 1, ['※特例承継計画の確認件数は、県の確認件数のうち市内事業者分（目標は設定していない）。']);
  },
  expected: {
    file: 'h205-kpi-sogyo-shokei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '事業承継診断の実施件数', '件', 200, 236),
      ind(C_SHEET, '創業支援による創業件数', '件', 45, 38),
      ind(C_SHEET, '支援対象企業の新規雇用者数', '人', 120, 91),
      ind(C_SHEET, '特例承継計画の確認件数', '件', null, 6),
      ind(C_SHEET, '制度融資（事業承継資金）の利用件数', '件', 300, 171),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 点検評価一覧, 現況 with its year, 目標（R8）, 実績
const D_SHEET = '資料3';
const planIndicators: Holdout2Workbook = {
  name: 'h205-tenken-ichiran',
  layout:
    'D: 点検評価一覧 with 現況（計画策定時） and 実績 carrying their years in the cell, 目標（R8）, a 単位 column, one lower-is-better row said in its 説明',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [14, 5, 28, 40, 8, 16, 12, 16, 26]);
    merge(ws, 1, 1, 1, 9, '資料３　みなと市中小企業振興計画　点検評価一覧（令和６年度）');
    put(ws, 3, 1, ['基本方針', 'No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '1',
        '事業承継計画策定支援件数',
        '専門家派遣等により事業承継計画の策定を支援した件数',
        '件',
        '18\n（令和２年度）',
        40,
        '33\n（令和６年度）',
        '商工労働課調べ',
      ],
      [
        '2',
        '商工会議所・商工会の会員事業所数',
        'みなと商工会議所及びみなと北商工会の会員事業所数（年度末）',
        '事業所',
        '1,236\n（令和２年度）',
        '1,300',
        '1,251\n（令和６年度）',
        '各団体の事業報告',
      ],
      ['3', '創業者数', '創業支援事業計画に基づく支援を受けて創業した者の数', '人', '28\n（令和２年度）', 50, '52\n（令和６年度）', '創業支援事業計画実績報告'],
      [
        '4',
        '経営相談の満足度',
        '経営相談を利用した事業者のうち「満足」「やや満足」と回答した割合',
        '％',
        '78.5\n（令和２年度）',
        85.0,
        '86.2\n（令和６年度）',
        '相談者アンケート',
      ],
      [
        '5',
        '休廃業・解散件数',
        '市内で休廃業・解散した事業者の数。円滑な承継により減少を目指す',
        '件',
        '96\n（令和２年）',
        80,
        '104\n（令和６年度）',
        '民間信用調査会社の調査',
      ],
    ];
    merge(ws, 4, 1, 6, 1, '１　経営基盤の強化と事業承継');
    merge(ws, 7, 1, 8, 1, '２　創業の促進と支援体制の充実');
    rows.forEach((row, i) => put(ws, 4 + i, 2, row));
    ws.getCell(7, 7).numFmt = '0.0';
    box(ws, 3, 1, 8, 9);
    wrap(ws, 3, 1, 8, 9);
    put(ws, 10, 1, ['※実績は令和６年度末現在。休廃業・解散件数の現況は暦年の数値。']);
  },
  expected: {
    file: 'h205-tenken-ichiran.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '事業承継計画策定支援件数', '件', 40, 33), targetSource: 'final' },
      { ...ind(D_SHEET, '商工会議所・商工会の会員事業所数', '事業所', 1300, 1251), targetSource: 'final' },
      { ...ind(D_SHEET, '創業者数', '人', 50, 52), targetSource: 'final' },
      { ...ind(D_SHEET, '経営相談の満足度', '%', 85, 86.2), targetSource: 'final' },
      { ...ind(D_SHEET, '休廃業・解散件数', '件', 80, 104, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
