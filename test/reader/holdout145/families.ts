/**
 * Hold-out 145, the four families as offices of 公害監視（大気・水質・騒音・振動） write them: a 施策評価シート of the 環境基本計画
 * with two 基本施策 on two sheets, a 令和３年度 公害対策事業 実績 table with text figures, a 第２期環境基本計画 KPI table with
 * 目標値／実績値 rows per 年度 and ◎○△× on the city's own bands, and a 生活排水対策推進計画 点検評価一覧 with 現況／目標／実績.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, indicator blocks tiled two across

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: string;
  /** R2 (現状値) … R7. */
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note: string;
}

function policyBlock(ws: Worksheet, r0: number, c0: number, b: Block): void {
  ws.getCell(r0, c0).value = `成果指標${b.no}`;
  merge(ws, r0, c0 + 1, r0, c0 + 6, b.name);
  ws.getCell(r0 + 1, c0).value = '指標の説明';
  merge(ws, r0 + 1, c0 + 1, r0 + 1, c0 + 6, b.description);
  ws.getCell(r0 + 2, c0).value = '単位';
  ws.getCell(r0 + 2, c0 + 1).value = b.unit;
  merge(ws, r0 + 2, c0 + 2, r0 + 2, c0 + 3, '目指す方向');
  merge(ws, r0 + 2, c0 + 4, r0 + 2, c0 + 6, b.way);
  put(ws, r0 + 3, c0, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  ws.getCell(r0 + 4, c0).value = '実績値';
  put(ws, r0 + 4, c0 + 1, b.actuals);
  ws.getCell(r0 + 5, c0).value = '期待値\n※R7は目標値';
  put(ws, r0 + 5, c0 + 1, b.expects);
  ws.getCell(r0 + 6, c0).value = '備考';
  merge(ws, r0 + 6, c0 + 1, r0 + 6, c0 + 6, b.note || undefined);
  box(ws, r0, c0, r0 + 6, c0 + 6);
  wrap(ws, r0 + 3, c0, r0 + 5, c0);
  wrap(ws, r0 + 3, c0 + 1, r0 + 3, c0 + 1);
}

function policySheet(
  wb: Workbook,
  name: string,
  head: { policy: string; measure: string; last: string; direction: string; analysis: string },
  blocks: Block[],
): void {
  const ws = wb.addWorksheet(name);
  widths(ws, [12, 10, 9, 9, 9, 9, 9, 3, 12, 10, 9, 9, 9, 9, 9]);
  merge(ws, 1, 1, 1, 15, '第２次東雲市環境基本計画　令和５年度施策評価シート　（評価対象期間：令和４年度）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = '基本方針';
  merge(ws, 2, 2, 2, 7, '３　健康で安心して暮らせる生活環境を守る');
  merge(ws, 2, 9, 2, 10, '担当部等');
  merge(ws, 2, 11, 2, 15, '環境部 環境保全課');
  ws.getCell(3, 1).value = '基本施策';
  merge(ws, 3, 2, 3, 7, head.measure);
  merge(ws, 3, 9, 3, 10, '達成状況評価');
  merge(ws, 3, 11, 3, 13);
  ws.getCell(3, 14).value = head.last;
  ws.getCell(4, 1).value = '推進方針';
  merge(ws, 4, 2, 4, 15, head.direction);
  ws.getRow(4).height = 45;
  box(ws, 2, 1, 4, 7);
  box(ws, 2, 9, 4, 15);
  merge(ws, 5, 1, 5, 15, '評価区分　A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）内は前年度の評価');
  blocks.forEach((b, i) => policyBlock(ws, 7 + Math.floor(i / 2) * 8, i % 2 === 0 ? 1 : 9, b));
  const end = 7 + Math.ceil(blocks.length / 2) * 8;
  ws.getCell(end, 1).value = '達成状況分析（内部要因・外部要因）';
  merge(ws, end + 1, 1, end + 1, 15, head.analysis);
  ws.getRow(end + 1).height = 60;
  ws.getCell(end + 2, 1).value = head.policy;
}

const A_AIR: Block[] = [
  {
    no: '①',
    name: '二酸化窒素の環境基準達成率',
    description: '一般環境大気測定局及び自動車排出ガス測定局のうち、二酸化窒素の環境基準を達成した局の割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [100, 100, 100, null, null, null],
    expects: [null, 100, 100, 100, 100, 100],
    note: '全６局で達成',
  },
  {
    no: '②',
    name: '光化学オキシダント注意報の発令日数',
    description: '市域を含む県北部地域に光化学オキシダント注意報が発令された日数',
    unit: '日',
    way: '↓（減少）',
    actuals: [4, 5, 4, null, null, null],
    expects: [null, 4, 3, 3, 2, 2],
    note: '広域的な要因（越境汚染等）の影響が大きい',
  },
  {
    no: '③',
    name: '自動車騒音の環境基準達成率（面的評価）',
    description: '幹線道路に面する地域の住居等のうち、昼夜とも環境基準を達成した戸数の割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [92.4, 93.1, '集計中', null, null, null],
    expects: [null, 93.0, 93.5, 94.0, 94.5, 95.0],
    note: 'R4は評価区間の見直しにより集計中（8月確定予定）',
  },
  {
    no: '④',
    name: '騒音・振動に関する苦情件数',
    description: '市に寄せられた騒音・振動に関する苦情の受付件数（年度）',
    unit: '件',
    way: '↓（減少）',
    actuals: [58, 61, 49, null, null, null],
    expects: [null, 56, 54, 52, 50, 48],
    note: '建設作業に係る苦情が減少（R3：27件→R4：18件）',
  },
];

const A_WATER: Block[] = [
  {
    no: '①',
    name: '河川の環境基準（BOD）達成率',
    description: '類型指定河川の環境基準点16地点のうち、BODの環境基準を達成した地点の割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [87.5, 87.5, 75.0, null, null, null],
    expects: [null, 87.5, 93.8, 93.8, 100, 100],
    note: '渇水の影響で4地点が未達成（12/16地点）',
  },
  {
    no: '②',
    name: '汚水処理人口普及率',
    description: '下水道・農業集落排水・合併処理浄化槽により汚水を処理できる人口の割合（年度末）',
    unit: '％',
    way: '↑（増加）',
    actuals: [85.2, 86.1, 85.9, null, null, null],
    expects: [null, 86.0, 86.8, 87.6, 88.4, 89.0],
    note: '',
  },
  {
    no: '③',
    name: '工場・事業場排水の立入検査件数',
    description: '水質汚濁防止法及び県条例に基づく特定事業場への立入検査の件数',
    unit: '件',
    way: '↑（増加）',
    actuals: [102, 108, 95, null, null, null],
    expects: [null, null, null, null, null, 120],
    note: '期待値は最終年度（R7）のみ設定',
  },
];

const S_AIR = '施策3-1';
const S_WATER = '施策3-2';
const A_AIR_IND: ExpectedIndicator[] = [
  ind(S_AIR, '二酸化窒素の環境基準達成率', '％', 100, 100),
  ind(S_AIR, '光化学オキシダント注意報の発令日数', '日', 3, 4, { direction: 'down' }),
  ind(S_AIR, '自動車騒音の環境基準達成率（面的評価）', '％', 93.5, null, { actualStatus: 'pending' }),
  ind(S_AIR, '騒音・振動に関する苦情件数', '件', 54, 49, { direction: 'down' }),
];
const A_WATER_IND: ExpectedIndicator[] = [
  ind(S_WATER, '河川の環境基準（BOD）達成率', '％', 93.8, 75.0),
  ind(S_WATER, '汚水処理人口普及率', '％', 86.8, 85.9),
  { ...ind(S_WATER, '工場・事業場排水の立入検査件数', '件', 120, 95), targetSource: 'final' },
];

const A_POLICY: Holdout2Workbook = {
  name: 'h145-a-kankyo-shisaku',
  layout: 'A: 施策評価シート, two 基本施策 on two sheets, blocks two across R2（現状値）…R7, ↑／↓ 目指す方向, a 集計中, an R7-only 期待値',
  build(wb) {
    policySheet(
      wb,
      S_AIR,
      {
        policy: '関連計画：東雲市大気環境保全計画',
        measure: '3-1　大気環境・騒音振動の保全',
        last: '（B）',
        direction: '大気汚染常時監視を継続し、工場・事業場への立入指導及び自動車騒音の面的評価により、生活環境の保全を図る。',
        analysis:
          '・二酸化窒素は全局で環境基準を達成した。\n・光化学オキシダント注意報は4日発令され、期待値（3日）を上回った。\n・騒音・振動苦情は49件で期待値を下回った。',
      },
      A_AIR,
    );
    policySheet(
      wb,
      S_WATER,
      {
        policy: '関連計画：東雲市生活排水対策推進計画',
        measure: '3-2　水環境の保全',
        last: '（C）',
        direction: '公共用水域の水質監視と事業場排水の指導を行い、生活排水対策を推進して河川の水質改善を図る。',
        analysis: '・夏季の渇水によりBODの達成地点が減少した。\n・立入検査は職員体制の都合により95件にとどまった。',
      },
      A_WATER,
    );
  },
  expected: {
    file: 'h145-a-kankyo-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: [...A_AIR_IND, ...A_WATER_IND],
    groups: [
      { sheet: S_AIR, cell: 'K3', grade: rollUp(A_AIR_IND.map((i) => i.grade)) },
      { sheet: S_WATER, cell: 'K3', grade: rollUp(A_WATER_IND.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// B: 事業実績, one row per 推進事業, figures as text

const B_SHEET = '事業実績';

const B_PROJECTS: Holdout2Workbook = {
  name: 'h145-b-kogai-jigyo',
  layout: 'B: 令和３年度 公害対策事業 実績, code／name／概要 in one cell, 令和２年度実績値 beside, text figures, two measures in one cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 38, 22, 8, 22, 26, 10, 30]);
    merge(ws, 1, 1, 1, 8, '令和３年度　公害対策関連事業　事業実績（環境部環境保全課）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 8).value = '資料２';
    put(ws, 3, 1, ['No.', '推進事業', '令和２年度実績値', '自己評価', '令和３年度数値目標', '令和３年度実績値', '今後の方向性', '成果・課題']);
    const rows: (string | number | null)[][] = [
      [
        1,
        '1-(1)\n大気汚染常時監視事業\n一般環境大気測定局5局・自動車排出ガス測定局1局で常時監視を行い、結果を公表する。',
        '有効測定時間達成率 98.9％',
        'A',
        '有効測定時間達成率 95％',
        '有効測定時間達成率 97.3％',
        '継続',
        '機器更新により欠測が減少した。',
      ],
      [
        2,
        '1-(2)\n公共用水域水質測定事業\n河川・湖沼の環境基準点等で水質を測定する。',
        '測定地点 24地点',
        'A',
        '測定地点 24地点',
        '24地点（各地点年12回測定）',
        '継続',
        null,
      ],
      [
        3,
        '2-(1)\n騒音・振動測定事業\n幹線道路沿いの自動車騒音・道路交通振動を測定する。',
        '自動車騒音 12区間\n道路交通振動 5区間',
        'B',
        '自動車騒音 12区間\n道路交通振動 6区間',
        '自動車騒音 11区間\n道路交通振動 6区間',
        '継続',
        '道路工事のため1区間で測定できなかった。',
      ],
      [
        4,
        '3-(1)\n工場・事業場立入指導事業\n大気汚染防止法・水質汚濁防止法等の届出事業場へ立入し、排出基準の遵守を指導する。',
        '立入検査 61件',
        'B',
        '立入検査 80件',
        '立入検査 52件',
        '継続',
        '感染症対策のため立入を一部延期した。',
      ],
      [
        5,
        '4-(1)\n生活排水対策出前講座\n小学校・自治会で生活排水対策の出前講座を行う。',
        '－',
        'D',
        '出前講座 10回',
        '未実施',
        '見直し',
        '新型コロナウイルス感染症の影響により実施を見送った。',
      ],
      [
        6,
        '3-(2)\nアスベスト飛散防止対策事業\n特定粉じん排出等作業の届出現場へ立入し、飛散防止措置を確認する。',
        '解体等工事立入 38件',
        'A',
        '解体等工事立入 40件',
        '45件（うち是正指導 3件）',
        '拡充',
        '大規模解体工事の増加に対応した。',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3 + rows.length, 8);
    ws.getCell(4 + rows.length, 1).value = '※自己評価　A：目標を達成　B：概ね達成　C：一部達成　D：未達成・未実施';
  },
  expected: {
    file: 'h145-b-kogai-jigyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '大気汚染常時監視事業', '％', 95, 97.3, { existing: 'A' }),
      ind(B_SHEET, '公共用水域水質測定事業', '地点', 24, 24, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '騒音・振動測定事業',
        unit: '区間',
        measures: [
          { label: '自動車騒音', target: 12, actual: 11, unit: '区間' },
          { label: '道路交通振動', target: 6, actual: 6, unit: '区間' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '工場・事業場立入指導事業', '件', 80, 52, { existing: 'B' }),
      ind(B_SHEET, '生活排水対策出前講座', '回', 10, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, 'アスベスト飛散防止対策事業', '件', 40, 45, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// C: KPI table, 目標値／実績値 rows per KPI, 年度 columns, values with units

const C_SHEET = 'KPI進捗';

const C_KPI: Holdout2Workbook = {
  name: 'h145-c-kankyo-kpi',
  layout: 'C: 第２期環境基本計画 KPI, 目標値／実績値 rows, 平成30年度（基準）…令和４年度（最終）, "4 日" values, ◎○△× on the city’s own 100/90/70 bands',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 34, 6, 8, 12, 12, 12, 12, 14, 7, 30]);
    merge(ws, 1, 1, 1, 11, '第２期東雲市環境基本計画　重要業績評価指標（ＫＰＩ）進捗管理表　（令和２年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 11).value = '令和３年８月　環境審議会資料';
    put(ws, 3, 1, [
      'No.',
      'ＫＰＩ',
      '方向',
      '区分',
      '平成30年度\n（基準）',
      '令和元年度',
      '令和２年度',
      '令和３年度',
      '令和４年度\n（最終年度）',
      '評価',
      '備考',
    ]);
    const kpis: [string, string, [string, string, string, string, string], [string, string, string, string, string], string, string][] = [
      ['光化学オキシダント注意報の発令日数', '↓', ['-', '5 日', '4 日', '4 日', '3 日'], ['6 日', '4 日', '5 日', '', ''], '△', '7月下旬に3日連続で発令'],
      ['微小粒子状物質（PM2.5）の環境基準達成局数', '↑', ['-', '4 局', '4 局', '4 局', '4 局'], ['3 局', '4 局', '4 局', '', ''], '◎', ''],
      [
        '河川の環境基準（BOD）達成率',
        '↑',
        ['-', '100.0 %', '100.0 %', '100.0 %', '100.0 %'],
        ['83.3 %', '91.7 %', '91.7 %', '', ''],
        '○',
        '12地点中11地点で達成',
      ],
      ['地下水の環境基準超過井戸数', '↓', ['-', '2 本', '2 本', '1 本', '1 本'], ['3 本', '1 本', '0 本', '', ''], '◎', '概況調査20本'],
      ['公害苦情件数', '↓', ['-', '160 件', '150 件', '140 件', '130 件'], ['174 件', '158 件', '162 件', '', ''], '○', 'うち騒音 71件、悪臭 38件'],
      ['ダイオキシン類の環境基準達成率', '↑', ['-', '100 %', '100 %', '100 %', '100 %'], ['100 %', '100 %', '集計中', '', ''], '－', '県の測定結果待ち'],
    ];
    kpis.forEach(([name, way, targets, actuals, mark, note], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, way);
      put(ws, r, 4, ['目標値', ...targets]);
      put(ws, r + 1, 4, ['実績値', ...actuals.map((v) => v || null)]);
      merge(ws, r, 10, r + 1, 10, mark);
      merge(ws, r, 11, r + 1, 11, note || undefined);
    });
    const end = 3 + kpis.length * 2;
    box(ws, 3, 1, end, 11);
    wrap(ws, 3, 1, 3, 11);
    ws.getCell(end + 1, 1).value = '方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い（減少を目指す）';
    ws.getCell(end + 2, 1).value =
      '評価（令和２年度の達成率による）　◎：100％以上　○：90％以上100％未満　△：70％以上90％未満　×：70％未満　－：評価できないもの';
  },
  expected: {
    file: 'h145-c-kankyo-kpi.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(C_SHEET, '光化学オキシダント注意報の発令日数', '日', 4, 5, { direction: 'down', existing: '△' }),
      ind(C_SHEET, '微小粒子状物質（PM2.5）の環境基準達成局数', '局', 4, 4, { existing: '◎' }),
      ind(C_SHEET, '河川の環境基準（BOD）達成率', '%', 100, 91.7, { existing: '○' }),
      ind(C_SHEET, '地下水の環境基準超過井戸数', '本', 2, 0, { direction: 'down', existing: '◎' }),
      ind(C_SHEET, '公害苦情件数', '件', 150, 162, { direction: 'down', existing: '○' }),
      ind(C_SHEET, 'ダイオキシン類の環境基準達成率', '%', 100, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// D: plan indicators, 現況（計画策定時） and 実績 with their years in the cell, 目標（R8）

const D_SHEET = '点検評価一覧';

const D_PLAN: Holdout2Workbook = {
  name: 'h145-d-seikatsu-haisui',
  layout: 'D: 生活排水対策推進計画 点検評価一覧, 現況 "88.4⏎（令和2年度末）", 目標（R8）, 実績 with 令和6年度, a target 0 to lower, 調査中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [16, 5, 30, 40, 6, 16, 10, 16, 26]);
    merge(ws, 1, 1, 1, 9, '東雲市生活排水対策推進計画（令和3年度～令和8年度）　令和６年度 点検評価一覧');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 9).value = '令和7年7月 環境保全課';
    put(ws, 3, 1, ['基本方針', 'No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '汚水処理人口普及率',
        '行政人口に対する汚水処理施設を利用できる人口の割合',
        '％',
        '88.4\n（令和2年度末）',
        95.0,
        '91.6\n（令和6年度末）',
        '汚水処理人口普及状況調査',
      ],
      [
        2,
        '河川の環境基準（BOD）達成率',
        '環境基準点6地点のうちBOD75％値が環境基準を満たした地点の割合',
        '％',
        '83.3\n（令和2年度）',
        100,
        '100\n（令和6年度）',
        '公共用水域水質測定結果',
      ],
      [
        3,
        '合併処理浄化槽の設置基数（累計）',
        '補助制度により設置された合併処理浄化槽の累計基数',
        '基',
        '4,215\n（令和2年度末）',
        '5,000',
        '4,630\n（令和6年度末）',
        '浄化槽設置整備事業実績',
      ],
      [
        4,
        '特定事業場の排水基準違反件数',
        '立入検査で排水基準の超過が確認された事業場の件数（違反をなくし、減少を目指す指標）',
        '件',
        '3\n（令和元年度）',
        0,
        '1\n（令和6年度）',
        '事業場排水立入検査結果',
      ],
      [
        5,
        '地下水（硝酸性窒素等）の環境基準達成率',
        '地下水質概況調査井戸のうち環境基準を満たした井戸の割合',
        '％',
        '94.1\n（令和2年度）',
        100,
        '調査中',
        '地下水質測定結果（県）',
      ],
      [
        6,
        '水環境保全活動の参加者数',
        '河川清掃・水辺の生き物調査など市民参加の水環境保全活動の延べ参加者数',
        '人',
        '1,240\n（令和元年度）',
        '1,500',
        '1,318\n（令和6年度）',
        '主催者報告の集計',
      ],
    ];
    merge(ws, 4, 1, 6, 1, '１　公共用水域の水質を改善する');
    merge(ws, 7, 1, 9, 1, '２　汚濁の発生源を減らし、市民とともに守る');
    rows.forEach((r, i) => put(ws, 4 + i, 2, r));
    box(ws, 3, 1, 3 + rows.length, 9);
    wrap(ws, 3, 1, 3 + rows.length, 9);
  },
  expected: {
    file: 'h145-d-seikatsu-haisui.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '汚水処理人口普及率', '％', 95.0, 91.6), targetSource: 'final' },
      { ...ind(D_SHEET, '河川の環境基準（BOD）達成率', '％', 100, 100), targetSource: 'final' },
      { ...ind(D_SHEET, '合併処理浄化槽の設置基数（累計）', '基', 5000, 4630), targetSource: 'final' },
      { ...ind(D_SHEET, '特定事業場の排水基準違反件数', '件', 0, 1, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '地下水（硝酸性窒素等）の環境基準達成率', '％', 100, null, { actualStatus: 'pending' }), targetSource: 'final' },
      { ...ind(D_SHEET, '水環境保全活動の参加者数', '人', 1500, 1318), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A_POLICY, B_PROJECTS, C_KPI, D_PLAN];
