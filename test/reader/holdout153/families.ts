/**
 * Hold-out 153, the four families as 危機管理・国民保護・原子力防災 offices write them: a 施策評価シート with four stacked
 * indicator blocks (R2（現状値）…R7（目標値）, 期待値／実績値 rows, a 期待値 row with only the final 目標値, 目指す方向 ↓, a
 * 集計中), a 事業実績 table of 危機管理課 projects with text figures and a 未実施, a 国土強靱化地域計画 KPI table with
 * 目標値／実績値 rows per 令和2年度…令和5年度 and ◎○△× by bands, and a 原子力災害対策 点検評価一覧 with 現況／目標（R8）／実績.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | null | undefined;

function fmt(ws: Worksheet, row: number, c1: number, c2: number, numFmt: string): void {
  for (let c = c1; c <= c2; c++) ws.getCell(row, c).numFmt = numFmt;
}

/** One indicator block of the policy sheet: 6 rows from r0, periods R2…R7 in columns B…G. */
function policyBlock(
  ws: Worksheet,
  r0: number,
  no: string,
  name: string,
  desc: string,
  unit: string,
  dir: string,
  expected: Cell[],
  actual: Cell[],
  note: string,
  numFmt: string,
): void {
  put(ws, r0, 1, [`成果指標${no}`]);
  merge(ws, r0, 2, r0, 9, name);
  put(ws, r0 + 1, 1, ['指標の説明']);
  merge(ws, r0 + 1, 2, r0 + 1, 9, desc);
  put(ws, r0 + 2, 1, ['単位', unit, '目指す方向', dir, '備考']);
  merge(ws, r0 + 2, 6, r0 + 2, 9, note);
  put(ws, r0 + 3, 1, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
  put(ws, r0 + 4, 1, ['期待値\n※R7は目標値', ...expected]);
  put(ws, r0 + 5, 1, ['実績値', ...actual]);
  fmt(ws, r0 + 4, 2, 7, numFmt);
  fmt(ws, r0 + 5, 2, 7, numFmt);
  wrap(ws, r0 + 3, 1, r0 + 4, 7);
  box(ws, r0, 1, r0 + 5, 9);
}

const A_SHEET = '施策3-2';
const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '自主防災組織の活動カバー率', '％', 88.0, 87.1),
  { ...ind(A_SHEET, '防災訓練参加者数', '人', 15000, 9850), targetSource: 'final' },
  ind(A_SHEET, '住宅火災による死傷者数', '人', 6, 4, { direction: 'down' }),
  ind(A_SHEET, '家庭で３日分以上の食料等を備蓄している市民の割合', '％', 55.0, null, { actualStatus: 'pending' }),
];

const a1: Holdout2Workbook = {
  name: 'h153-kikikanri-shisaku-sheet',
  layout: '施策評価シート（評価対象期間：令和４年度）, four stacked 成果指標 blocks R2（現状値）…R7（目標値）, one 期待値 row with only R7, ↓, 集計中',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 11, 11, 11, 11, 11, 11, 11, 14]);
    merge(ws, 1, 1, 1, 9, '第２次総合計画　令和５年度 施策評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['政策']);
    merge(ws, 3, 2, 3, 9, '３　安全・安心に暮らせるまちづくり');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 9, '３－２　危機管理・防災体制の充実');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 9, '危機管理部（危機管理課・原子力安全対策課）');
    put(ws, 6, 1, ['施策の目的']);
    merge(ws, 6, 2, 6, 9, '大規模災害や原子力災害、武力攻撃事態等に備え、地域と行政が一体となった危機管理体制を構築します。');
    merge(ws, 7, 1, 7, 2, '施策の達成状況');
    merge(ws, 7, 3, 7, 4);
    put(ws, 7, 5, ['（B）']);
    merge(ws, 7, 6, 7, 9, '※（　）内は前年度の評価');
    merge(ws, 8, 1, 8, 9, '達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 3, 1, 7, 9);
    policyBlock(
      ws,
      10,
      '①',
      '自主防災組織の活動カバー率',
      '自主防災組織が活動している地区の世帯数÷市内総世帯数',
      '％',
      '↑',
      ['－', 86.0, 88.0, 90.0, 92.0, 94.0],
      [84.2, 85.9, 87.1],
      '各年度末現在',
      '0.0',
    );
    policyBlock(
      ws,
      17,
      '②',
      '防災訓練参加者数',
      '市総合防災訓練及び地区防災訓練に参加した市民の延べ人数',
      '人',
      '↑',
      ['－', '－', '－', '－', '－', 15000],
      [6120, 8430, 9850],
      '期待値は設定せず、R7目標値のみ設定',
      '#,##0',
    );
    policyBlock(ws, 24, '③', '住宅火災による死傷者数', '住宅火災による死者及び負傷者の数', '人', '↓', ['－', 7, 6, 5, 5, 4], [9, 5, 4], '消防本部調べ', '0');
    policyBlock(
      ws,
      31,
      '④',
      '家庭で３日分以上の食料等を備蓄している市民の割合',
      '市民意識調査で「３日分以上備蓄している」と回答した市民の割合',
      '％',
      '↑',
      ['－', 50.0, 55.0, 60.0, 65.0, 70.0],
      [46.8, 49.5, '集計中'],
      '市民意識調査（R4調査結果は集計中）',
      '0.0',
    );
    put(ws, 38, 1, ['施策の成果と課題']);
    merge(ws, 38, 2, 39, 9, '自主防災組織の活動は概ね期待値どおり推移している。防災訓練参加者数はコロナ禍からの回復途上にあり、目標値との差が大きい。');
  },
  expected: {
    file: 'h153-kikikanri-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'C7', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

const B_SHEET = '事業実績';

const b1: Holdout2Workbook = {
  name: 'h153-kiki-jigyo-jisseki',
  layout: '令和５年度 危機管理課 推進事業実績: code, name and 概要 in one cell, text figures 「配布世帯数 300世帯」, two measures in one cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 40, 20, 20, 20, 10, 10, 28]);
    merge(ws, 1, 1, 1, 8, '資料２　令和５年度 推進事業の実績及び自己評価（危機管理課）');
    merge(ws, 2, 1, 2, 8, '自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや不十分（60％以上）　D：不十分・未実施');
    put(ws, 3, 1, ['No.', '推進事業\n（事業コード・事業名・概要）', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の\n方向性', '備考']);
    const rows: Cell[][] = [
      [
        1,
        '【3-2-01】\n防災行政無線戸別受信機整備事業\n難聴地域の世帯へ戸別受信機を無償で貸与する。',
        '配布世帯数 254世帯',
        '配布世帯数 300世帯',
        '配布世帯数 276世帯',
        'B',
        '継続',
      ],
      [
        2,
        '【3-2-02】\n自主防災組織育成支援事業\n自主防災組織が行う資機材整備に対し補助する。',
        '資機材補助 12団体',
        '資機材補助 15団体',
        '資機材補助 18団体',
        'A',
        '継続',
      ],
      [
        3,
        '【3-2-03】\n避難行動要支援者支援事業\n避難行動要支援者名簿の整備と個別避難計画の作成を進める。',
        '作成数:142件 名簿登載:1,105人',
        '作成数:400件 名簿登載:1,200人',
        '作成数:215件 名簿登載:1,236人',
        'C',
        '拡充',
        '福祉専門職との連携により作成を加速する',
      ],
      [
        4,
        '【3-2-04】\n原子力防災訓練実施事業\n県と合同で原子力防災訓練（住民避難訓練）を実施する。',
        '住民参加 388人',
        '住民参加 600人',
        '住民参加 452人',
        'B',
        '見直し',
        '荒天のため一部地区の避難訓練を縮小',
      ],
      [
        5,
        '【3-2-05】\n防災士養成支援事業\n防災士資格の取得費用を助成する。',
        '資格取得助成 21人',
        '資格取得助成 30人',
        '未実施',
        'D',
        '見直し',
        '県の養成講座が開催されなかったため',
      ],
      [
        6,
        '【3-2-06】\n災害用備蓄物資整備事業\n指定避難所の食料・飲料水等を計画的に備蓄する。',
        '備蓄食料 42,000食',
        '備蓄食料 45,000食',
        '備蓄食料 45,000食',
        'A',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h153-kiki-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '防災行政無線戸別受信機整備事業', '世帯', 300, 276, { existing: 'B' }),
      ind(B_SHEET, '自主防災組織育成支援事業', '団体', 15, 18, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '避難行動要支援者支援事業',
        measures: [
          { label: '作成数', target: 400, actual: 215, unit: '件' },
          { label: '名簿登載', target: 1200, actual: 1236, unit: '人' },
        ],
        direction: 'up',
        existing: 'C',
        grade: 'D',
      },
      ind(B_SHEET, '原子力防災訓練実施事業', '人', 600, 452, { existing: 'B' }),
      ind(B_SHEET, '防災士養成支援事業', '人', 30, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '災害用備蓄物資整備事業', '食', 45000, 45000, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';

const c1: Holdout2Workbook = {
  name: 'h153-kyoujinka-kpi',
  layout:
    '国土強靱化地域計画 KPI: 目標値／実績値 rows per 令和2年度…令和5年度, values 「86.0 ％」「13,215 人」, 評価対象年度 令和３年度, ◎○△× by bands, 集計中, "-"',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 34, 8, 12, 12, 12, 12, 12, 10, 14, 30]);
    put(ws, 1, 1, ['国土強靱化地域計画　重要業績指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    put(ws, 3, 1, ['評価　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
    put(ws, 5, 1, ['No.', 'KPI', '区分', '基準値\n（令和元年度）', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '評価\n（R3）', '所管課', '備考']);
    const kpis: [string, string, Cell[], Cell[], string, string, string][] = [
      ['自主防災組織の組織率', '82.3 ％', ['84.0 ％', '86.0 ％', '88.0 ％', '90.0 ％'], ['84.5 ％', '85.2 ％'], '○', '危機管理課', ''],
      ['防災メール登録者数', '9,480 人', ['10,500 人', '12,000 人', '13,500 人', '15,000 人'], ['11,032 人', '13,215 人'], '◎', '危機管理課', ''],
      ['指定避難所における備蓄倉庫の整備数', '16 か所', ['20 か所', '24 か所', '28 か所', '32 か所'], ['19 か所', '20 か所'], '○', '危機管理課', ''],
      ['住宅の耐震化率', '78.1 ％', ['-', '85.0 ％', '-', '90.0 ％'], ['-', '集計中'], '－', '建築住宅課', '住宅・土地統計調査の結果公表後に算定'],
      [
        '原子力防災に関する住民説明会の開催回数',
        '4 回',
        ['6 回', '8 回', '8 回', '8 回'],
        ['2 回', '3 回'],
        '×',
        '原子力安全対策課',
        '新型コロナウイルス感染症の影響により縮小',
      ],
    ];
    kpis.forEach(([name, base, targets, actuals, mark, dept, note], i) => {
      const r = 6 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', undefined, ...targets]);
      put(ws, r + 1, 3, ['実績値', base, ...actuals]);
      merge(ws, r, 9, r + 1, 9, mark);
      merge(ws, r, 10, r + 1, 10, dept);
      merge(ws, r, 11, r + 1, 11, note);
    });
    wrap(ws, 5, 1, 5, 11);
    box(ws, 5, 1, 15, 11);
  },
  expected: {
    file: 'h153-kyoujinka-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '自主防災組織の組織率', '％', 86.0, 85.2, { existing: '○' }),
      ind(C_SHEET, '防災メール登録者数', '人', 12000, 13215, { existing: '◎' }),
      ind(C_SHEET, '指定避難所における備蓄倉庫の整備数', 'か所', 24, 20, { existing: '○' }),
      ind(C_SHEET, '住宅の耐震化率', '％', 85.0, null, { actualStatus: 'pending' }),
      ind(C_SHEET, '原子力防災に関する住民説明会の開催回数', '回', 8, 3, { existing: '×' }),
    ],
    groups: [],
  },
};

const D_SHEET = '点検評価一覧';

const d1: Holdout2Workbook = {
  name: 'h153-genshiryoku-plan-indicators',
  layout: '原子力災害対策 点検評価一覧 (令和６年度実績): 現況 「41.2⏎（令和元年度）」, 目標（R8）, 実績 with its year, a 「－」 in a 隔年 survey year',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [14, 5, 30, 34, 8, 16, 10, 16, 30]);
    merge(ws, 1, 1, 1, 9, '資料３　令和７年度 点検評価一覧（原子力災害対策編）');
    merge(ws, 2, 1, 2, 9, '対象：令和６年度実績');
    put(ws, 4, 1, ['基本方針', 'No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    merge(ws, 5, 1, 8, 1, '２　原子力災害に備える');
    const rows: Cell[][] = [
      [
        1,
        '安定ヨウ素剤の事前配布率',
        '30km圏内の住民のうち事前配布を受けた人の割合',
        '％',
        '41.2\n（令和元年度）',
        70.0,
        '63.8\n（令和6年度）',
        '保健所の配布実績',
      ],
      [
        2,
        '原子力防災訓練の住民参加者数',
        '県・市合同の原子力防災訓練に参加した住民の数',
        '人',
        '312\n（令和元年度）',
        800,
        '845\n（令和6年度）',
        '訓練実施結果',
      ],
      [3, '放射線防護対策施設の整備数', '要配慮者施設等の放射線防護対策（陽圧化）整備数の累計', '施設', '2\n（令和元年度）', 6, '3\n（令和6年度）', '整備実績'],
      [
        4,
        '原子力災害時の避難先を知っている市民の割合',
        '市民意識調査で「知っている」と回答した市民の割合',
        '％',
        '35.0\n（令和2年度）',
        60.0,
        '－',
        '市民意識調査（隔年実施、令和6年度は調査なし）',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 2, r));
    fmt(ws, 5, 7, 7, '0.0');
    fmt(ws, 8, 7, 7, '0.0');
    wrap(ws, 4, 1, 8, 9);
    box(ws, 4, 1, 8, 9);
  },
  expected: {
    file: 'h153-genshiryoku-plan-indicators.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '安定ヨウ素剤の事前配布率', '％', 70.0, 63.8), targetSource: 'final' },
      { ...ind(D_SHEET, '原子力防災訓練の住民参加者数', '人', 800, 845), targetSource: 'final' },
      { ...ind(D_SHEET, '放射線防護対策施設の整備数', '施設', 6, 3), targetSource: 'final' },
      { ...ind(D_SHEET, '原子力災害時の避難先を知っている市民の割合', '％', 60.0, null, { actualStatus: 'not-applicable' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [a1, b1, c1, d1];
