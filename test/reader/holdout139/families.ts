/**
 * Hold-out 139, the four families as 除雪・雪対策・冬期の道路管理 offices write them: a 施策評価シート with stacked indicator
 * blocks (令和４年度), a 令和５年度 雪対策推進事業 実績一覧 with text figures, a 雪に強いまちづくり戦略 KPI table (令和６年度 評価,
 * periods 令和X年3月末), and a 雪対策総合計画 成果指標 table (令和３年度) with years in the cells.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** A: 施策評価シート, one 基本施策, four indicator blocks stacked down the sheet, 期待値 per year, R4 evaluated. */
const A_SHEET = '3-2';
const aInds: ExpectedIndicator[] = [
  ind(A_SHEET, '除雪路線延長', 'km', 612, 608.5),
  ind(A_SHEET, '通学路の歩道除雪延長', 'km', 45, 47.2),
  ind(A_SHEET, '除雪に関する苦情・要望件数', '件', 320, 356, { direction: 'down' }),
  ind(A_SHEET, '地域除雪協力団体数', '団体', 28, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h139-a-fuyuki-doro-shisaku',
  layout:
    'A: 施策評価シート (令和４年度), four stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, ↓（減少）, 集計中, a 備考 with a snowfall figure',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 12, 10, 10, 10, 10, 12, 4]);
    merge(ws, 1, 1, 1, 7, '令和４年度　施策評価シート');
    put(ws, 2, 1, ['評価対象期間：令和４年度（令和4年4月1日～令和5年3月31日）']);
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 7, '安全で快適な暮らしを支える都市基盤の整備');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 7, '3-2　冬期の安全な道路交通の確保');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 7, '建設部　道路維持課（雪対策室）');
    put(ws, 6, 1, ['施策の達成状況']);
    put(ws, 6, 3, ['（B）']);
    put(ws, 6, 4, ['※（　）は前年度評価']);
    box(ws, 3, 1, 6, 7);
    const blocks: {
      no: string;
      name: string;
      desc: string;
      unit: string;
      dir: string;
      expect: (number | string | undefined)[];
      actual: (number | string | undefined)[];
      note: string;
    }[] = [
      {
        no: '指標①',
        name: '除雪路線延長',
        desc: '市が除雪を行う市道の延長',
        unit: 'km',
        dir: '↑（増加）',
        expect: [undefined, 605, 612, 618, 624, 630],
        actual: [598.0, 603.2, 608.5],
        note: '新規路線認定分を含む',
      },
      {
        no: '指標②',
        name: '通学路の歩道除雪延長',
        desc: '小学校の通学路のうち歩道除雪を実施した延長',
        unit: 'km',
        dir: '↑（増加）',
        expect: [undefined, 42, 45, 48, 51, 54],
        actual: [38.5, 41.0, 47.2],
        note: '',
      },
      {
        no: '指標③',
        name: '除雪に関する苦情・要望件数',
        desc: '道路維持課・各支所に寄せられた除雪に関する苦情・要望の件数',
        unit: '件',
        dir: '↓（減少）',
        expect: [undefined, 340, 320, 300, 280, 260],
        actual: [382, 351, 356],
        note: 'R4は記録的な大雪（累計降雪量 742cm）のため増加',
      },
      {
        no: '指標④',
        name: '地域除雪協力団体数',
        desc: '市と協定を結び生活道路の除雪を行う町内会等の団体数',
        unit: '団体',
        dir: '↑（増加）',
        expect: [undefined, 26, 28, 30, 32, 34],
        actual: [22, 25, '集計中'],
        note: '年度末の協定締結状況を確認中',
      },
    ];
    let r = 8;
    for (const b of blocks) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 7, b.name);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 7, b.desc);
      put(ws, r + 2, 1, ['単位', b.unit, undefined, '目指す方向', b.dir]);
      put(ws, r + 3, 1, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expect]);
      put(ws, r + 5, 1, ['実績値', ...b.actual]);
      put(ws, r + 6, 1, ['備考']);
      merge(ws, r + 6, 2, r + 6, 7, b.note);
      wrap(ws, r + 3, 1, r + 4, 7);
      box(ws, r, 1, r + 6, 7);
      r += 8;
    }
  },
  expected: {
    file: 'h139-a-fuyuki-doro-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

/** B: 事業実績 table, text figures, one 未実施, two measures in one cell, 自己評価 by the department. */
const B_SHEET = '資料2';
const lecture: ExpectedIndicator = {
  sheet: B_SHEET,
  name: '屋根雪下ろし安全講習会',
  measures: [
    { label: '講習会', target: 4, actual: 4, unit: '回' },
    { label: '受講者', target: 120, actual: 86, unit: '人' },
  ],
  direction: 'up',
  existing: 'B',
  grade: 'C',
};
const projectTable: Holdout2Workbook = {
  name: 'h139-b-yukitaisaku-jigyo',
  layout:
    'B: 令和５年度 雪対策推進事業 実績一覧, code+name+概要 in one cell, text figures 「貸与団体数 45団体」, full-width 「７人」, 未実施, two measures in one cell',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 40, 18, 18, 18, 8, 10]);
    merge(ws, 1, 1, 1, 7, '令和５年度　雪対策推進事業　実績一覧');
    put(ws, 2, 1, ['（評価対象：令和５年度）']);
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1　小型除雪機械貸与事業\n町内会等に小型除雪機を貸与し、生活道路の除雪を支援する。',
        '貸与団体数 42団体',
        '貸与団体数 45団体',
        '貸与団体数 48団体',
        'A',
        '継続',
      ],
      [
        2,
        '1-2　高齢者世帯等除雪支援事業\n自力で除雪が困難な高齢者・障がい者世帯の間口除雪費用を助成する。',
        '支援世帯数 301世帯',
        '支援世帯数 320世帯',
        '支援世帯数 274世帯',
        'A',
        '継続',
      ],
      [
        3,
        '2-1　除雪オペレーター育成支援事業\n大型特殊免許等の取得費用を除雪業者に助成する。',
        '免許取得助成 9人',
        '免許取得助成 12人',
        '免許取得助成 ７人',
        'C',
        '見直し',
      ],
      [4, '2-2　流雪溝整備事業\n中心市街地の流雪溝を計画的に整備する。', '整備延長 0.8km', '整備延長 1.2km', '未実施', 'D', '見直し'],
      [
        5,
        '3-1　屋根雪下ろし安全講習会\n命綱の使用など雪下ろし作業の安全講習を開催する。',
        '講習会 3回\n受講者 95人',
        '講習会 4回\n受講者 120人',
        '講習会 4回\n受講者 86人',
        'B',
        '拡充',
      ],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 11, 1, ['※流雪溝整備事業は、水利権協議が整わずR5は着工を見送った。']);
    wrap(ws, 4, 1, 9, 7);
    box(ws, 4, 1, 9, 7);
  },
  expected: {
    file: 'h139-b-yukitaisaku-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '小型除雪機械貸与事業', '団体', 45, 48, { existing: 'A' }),
      ind(B_SHEET, '高齢者世帯等除雪支援事業', '世帯', 320, 274, { existing: 'A' }),
      ind(B_SHEET, '除雪オペレーター育成支援事業', '人', 12, 7, { existing: 'C' }),
      ind(B_SHEET, '流雪溝整備事業', 'km', 1.2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      lecture,
    ],
    groups: [],
  },
};

/** C: KPI table, 目標値／実績値 rows per KPI, periods 令和X年3月末, values with units, 「-」 for no target, 令和６年度 evaluated. */
const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h139-c-yuki-senryaku-kpi',
  layout: 'C: 雪に強いまちづくり戦略 KPI, 令和4年3月末…令和8年3月末 columns, 「46.3 km」 values, 目指す方向 ↑／↓, a KPI with 「-」 targets',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [14, 30, 8, 8, 13, 13, 13, 13, 13]);
    merge(ws, 1, 1, 1, 9, '第２期　雪に強いまちづくり戦略　KPI進捗状況');
    put(ws, 2, 1, ['令和６年度評価（令和７年５月　雪対策推進会議報告）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '目指す方向', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末']);
    const kpis: [string, string, string[], string[]][] = [
      ['消雪パイプ整備延長（累計）', '↑', ['40.0 km', '43.0 km', '45.5 km', '48.0 km', '50.0 km'], ['40.8 km', '42.6 km', '44.9 km', '46.3 km']],
      ['除雪ボランティア登録者数', '↑', ['300 人', '320 人', '335 人', '350 人', '365 人'], ['288 人', '331 人', '340 人', '362 人']],
      ['雪による通行止め時間', '↓', ['30 時間', '28 時間', '26 時間', '24 時間', '22 時間'], ['41 時間', '19 時間', '27 時間', '30 時間']],
      ['屋根雪下ろし中の事故件数', '↓', ['-', '-', '-', '-', '-'], ['5 件', '2 件', '4 件', '3 件']],
    ];
    merge(ws, 5, 1, 8, 1, '1　冬も安心して移動できるまち');
    merge(ws, 9, 1, 12, 1, '2　地域で支え合う雪対策');
    kpis.forEach(([name, dir, targets, actuals], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, dir);
      put(ws, r, 4, ['目標値', ...targets]);
      put(ws, r + 1, 4, ['実績値', ...actuals]);
    });
    box(ws, 4, 1, 12, 9);
    put(ws, 14, 1, ['※実績値は各年度末（3月末）時点。「-」は目標値を設定していないもの。']);
  },
  expected: {
    file: 'h139-c-yuki-senryaku-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '消雪パイプ整備延長（累計）', 'km', 48, 46.3),
      ind(C_SHEET, '除雪ボランティア登録者数', '人', 350, 362),
      ind(C_SHEET, '雪による通行止め時間', '時間', 24, 30, { direction: 'down' }),
      ind(C_SHEET, '屋根雪下ろし中の事故件数', '件', null, 3, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** D: plan indicators, 現況 and 実績 with their year in the cell, one final 目標（R7）, 令和３年度. */
const D_SHEET = '成果指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const planTable: Holdout2Workbook = {
  name: 'h139-d-yuki-keikaku-shihyo',
  layout: 'D: 雪対策総合計画 成果指標, 「58.2⏎（令和元年度）」 現況, 目標（R7）, 実績 with its year, a 減少を目指す note in 指標の説明',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 28, 36, 6, 16, 10, 16, 18]);
    merge(ws, 1, 1, 1, 8, '雪対策総合計画（令和3年度～令和7年度）　成果指標の状況（令和３年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    put(ws, 4, 1, [
      1,
      '除雪作業に対する市民満足度',
      '市民意識調査で「満足」「やや満足」と回答した市民の割合',
      '％',
      '58.2\n（令和元年度）',
      65.0,
      '61.4\n（令和3年度）',
      '市民意識調査',
    ]);
    put(ws, 5, 1, [
      2,
      '除雪機械の更新台数（累計）',
      '計画期間中に更新した市保有除雪機械の累計台数',
      '台',
      '0\n（令和2年度）',
      30,
      '11\n（令和3年度）',
      '道路維持課調べ',
    ]);
    put(ws, 6, 1, [
      3,
      '克雪住宅の普及件数',
      '屋根融雪・耐雪化の補助を受けた住宅の累計件数',
      '件',
      '1,240\n（令和元年度）',
      '1,600',
      '1,655\n（令和3年度）',
      '建築住宅課調べ',
    ]);
    put(ws, 7, 1, [
      4,
      '冬期の転倒による救急搬送人数',
      '12月～3月に路面凍結等による転倒で救急搬送された人数（減少を目指す指標）',
      '人',
      '112\n（令和元年度）',
      80,
      '96\n（令和3年度）',
      '消防本部調べ',
    ]);
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
  },
  expected: {
    file: 'h139-d-yuki-keikaku-shihyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      final(ind(D_SHEET, '除雪作業に対する市民満足度', '％', 65, 61.4)),
      final(ind(D_SHEET, '除雪機械の更新台数（累計）', '台', 30, 11)),
      final(ind(D_SHEET, '克雪住宅の普及件数', '件', 1600, 1655)),
      final(ind(D_SHEET, '冬期の転倒による救急搬送人数', '人', 80, 96, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
