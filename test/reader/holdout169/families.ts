/** Hold-out 169's workbooks of the four families (公園緑地・都市緑化・街路樹管理). */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

/** A: 基本施策評価シート, stacked indicator blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, an empty 達成状況 beside 「（B）」. */
const aBlocks: { name: string; desc: string; unit: string; dir: '↑（増やす）' | '↓（減らす）'; exp: (number | null)[]; act: (number | null)[] }[] = [
  {
    name: '都市公園の供用面積',
    desc: '都市計画決定された公園・緑地のうち供用を開始した面積',
    unit: 'ha',
    dir: '↑（増やす）',
    exp: [null, 148.0, 152.0, 154.5, 157.0, 160.0],
    act: [146.3, 147.8, 149.6, null, null, null],
  },
  {
    name: '市民一人当たりの都市公園面積',
    desc: '都市公園供用面積÷住民基本台帳人口（各年度末）',
    unit: '㎡/人',
    dir: '↑（増やす）',
    exp: [null, 10.0, 10.2, 10.4, 10.6, 10.8],
    act: [9.8, 10.1, 10.5, null, null, null],
  },
  {
    name: '公園愛護会の登録団体数',
    desc: '公園の清掃・除草等を行う公園愛護会として登録している団体の数',
    unit: '団体',
    dir: '↑（増やす）',
    exp: [null, 44, 48, 52, 56, 60],
    act: [40, 39, 37, null, null, null],
  },
  {
    name: '街路樹に関する苦情・要望件数',
    desc: '落葉・越境枝・視距阻害等、街路樹に関して寄せられた苦情・要望の件数',
    unit: '件',
    dir: '↓（減らす）',
    exp: [null, 130, 120, 110, 100, 90],
    act: [152, 141, 138, null, null, null],
  },
];

const A_GRADES = ['B', 'A', 'C', 'B'];

const aSheet: Holdout2Workbook = {
  name: 'h169-koen-shisaku-sheet',
  layout: 'A: 基本施策評価シート 3-2, four stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値, ↓（減らす）, empty 達成状況 beside （B）',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('3-2');
    widths(ws, [12, 16, 11, 11, 11, 11, 11, 11, 24]);
    merge(ws, 1, 1, 1, 9, '令和４年度　基本施策評価シート');
    merge(ws, 2, 1, 2, 9, '評価対象期間：令和４年度（令和４年４月１日～令和５年３月３１日）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 5, '３　緑と水辺に親しめるまち');
    put(ws, 3, 6, ['担当部等']);
    merge(ws, 3, 7, 3, 9, '都市整備部　公園緑地課');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 5, '3-2　公園・緑地の整備と緑化の推進');
    merge(ws, 4, 6, 4, 7, '施策の達成状況\n（　）は前年度');
    put(ws, 4, 9, ['（B）']);
    box(ws, 3, 1, 4, 9);
    merge(ws, 5, 1, 5, 9, '達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    let r = 7;
    aBlocks.forEach((b, i) => {
      merge(ws, r, 1, r + 5, 1, `成果指標${'①②③④'[i]}`);
      put(ws, r, 2, ['指標名']);
      merge(ws, r, 3, r, 9, b.name);
      put(ws, r + 1, 2, ['指標の説明']);
      merge(ws, r + 1, 3, r + 1, 9, b.desc);
      put(ws, r + 2, 2, ['単位', b.unit, '目指す方向', b.dir]);
      put(ws, r + 3, 2, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', '備考']);
      put(ws, r + 4, 2, ['期待値\n※R7は目標値', ...b.exp]);
      put(ws, r + 5, 2, ['実績値', ...b.act]);
      if (i === 2) merge(ws, r + 4, 9, r + 5, 9, '高齢化による解散が3団体あった');
      wrap(ws, r, 2, r + 5, 9);
      box(ws, r, 1, r + 5, 9);
      r += 7;
    });
  },
  expected: {
    file: 'h169-koen-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('3-2', '都市公園の供用面積', 'ha', 152.0, 149.6),
      ind('3-2', '市民一人当たりの都市公園面積', '㎡/人', 10.2, 10.5),
      ind('3-2', '公園愛護会の登録団体数', '団体', 48, 37),
      ind('3-2', '街路樹に関する苦情・要望件数', '件', 120, 138, { direction: 'down' }),
    ],
    groups: [{ sheet: '3-2', cell: 'H4', grade: rollUp(A_GRADES) }],
  },
};

/** B: 令和５年度 みどりの基本計画 推進事業の実績, text figures 「剪定本数 2,500本」, two measures in one cell, 未実施, 自己評価. */
const bSheet: Holdout2Workbook = {
  name: 'h169-midori-jigyo-jisseki',
  layout: 'B: 推進事業 table, code/name/概要 in one cell, R4年度実績値, 自己評価, R5年度数値目標/実績値 as text, 花苗配布／参加団体 in one cell, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 40, 18, 9, 20, 20, 24]);
    merge(ws, 1, 1, 1, 7, '令和５年度　みどりの基本計画　推進事業の実績');
    put(ws, 2, 7, ['公園緑地課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '備考']);
    const rows: (string | number)[][] = [
      [
        1,
        '①-1\n街路樹維持管理事業\n幹線市道の街路樹について計画的な剪定・病害虫防除を行う。',
        '剪定本数 2,310本',
        'B',
        '剪定本数　２，５００本',
        '剪定本数 2,180本',
        '台風被害の復旧を優先',
      ],
      [2, '①-2\n記念植樹事業\n出生・入学等の記念樹を公園に植樹する。', '植樹本数 288本', 'A', '植樹本数 300本', '植樹本数 342本', ''],
      [
        3,
        '②-1\n花いっぱい運動推進事業\n町内会・学校等に花苗を配布し、沿道花壇の植栽を支援する。',
        '花苗配布 5,800株\n参加団体 42団体',
        'B',
        '花苗配布 6,000株\n参加団体 45団体',
        '花苗配布 5,320株\n参加団体 31団体',
        '',
      ],
      [
        4,
        '②-2\n生垣設置奨励補助金\nブロック塀を生垣に替える市民に設置費を補助する。',
        '補助件数 9件',
        'D',
        '補助件数 12件',
        '未実施',
        '制度見直しのため募集停止',
      ],
      [5, '③-1\n公園遊具安全点検事業\n専門業者による遊具の定期点検を行う。', '点検箇所 84か所', 'A', '点検箇所 86か所', '点検箇所 86か所', ''],
      [
        6,
        '③-2\n緑のカーテン普及事業\nゴーヤ苗を配布し、家庭での緑のカーテンづくりを促進する。',
        'ゴーヤ苗配布 745世帯',
        'B',
        'ゴーヤ苗配布 800世帯',
        'ゴーヤ苗配布 612世帯',
        '申込期間を短縮',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
    merge(ws, 11, 1, 11, 7, '自己評価　A：目標を達成　B：概ね達成　C：やや不十分　D：不十分・未実施');
  },
  expected: {
    file: 'h169-midori-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '街路樹維持管理事業', '本', 2500, 2180, { existing: 'B' }),
      ind('事業実績', '記念植樹事業', '本', 300, 342, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: '花いっぱい運動推進事業',
        measures: [
          { label: '花苗配布', target: 6000, actual: 5320, unit: '株' },
          { label: '参加団体', target: 45, actual: 31, unit: '団体' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('事業実績', '生垣設置奨励補助金', '件', 12, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('事業実績', '公園遊具安全点検事業', 'か所', 86, 86, { existing: 'A' }),
      ind('事業実績', '緑のカーテン普及事業', '世帯', 800, 612, { existing: 'B' }),
    ],
    groups: [],
  },
};

/** C: 緑の基本計画 KPI table (令和３年度評価), 基準値（H30）, 目標値／実績値 rows per 令和元年度…令和５年度, 「650 人」, ◎○△× with a worded 100/80/60 legend, 集計中. */
const cKpis: { name: string; unit: string; base: string | number; t: (string | number)[]; a: (string | number | null)[]; mark?: string }[] = [
  { name: '緑被率', unit: '％', base: 31.0, t: [31.2, 31.5, 32.0, 32.5, 33.0], a: [31.1, 31.3, 31.6, null, null], mark: '○' },
  {
    name: '公園ボランティア登録者数',
    unit: '人',
    base: '520 人',
    t: ['560 人', '600 人', '650 人', '700 人', '750 人'],
    a: ['571 人', '640 人', '702 人', null, null],
    mark: '◎',
  },
  {
    name: '都市公園の年間利用者数',
    unit: '千人',
    base: '1,720 千人',
    t: ['1,780 千人', '1,810 千人', '1,850 千人', '1,880 千人', '1,900 千人'],
    a: ['1,695 千人', '1,102 千人', '1,204 千人', null, null],
    mark: '△',
  },
  { name: '緑化に関する市民満足度', unit: '％', base: 48.2, t: ['-', 52.0, 55.0, '-', 60.0], a: ['-', 50.4, '集計中', null, null] },
];

const cSheet: Holdout2Workbook = {
  name: 'h169-midori-kpi-r3',
  layout: 'C: KPI × 令和元年度…令和５年度, 目標値／実績値 rows, values with units 「650 人」, 「-」 where no target, 集計中, ◎○△× with worded default bands',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [28, 8, 12, 9, 12, 12, 12, 12, 12, 8]);
    merge(ws, 1, 1, 1, 10, '第２次緑の基本計画　重要業績評価指標（KPI）の進捗状況（令和３年度評価）');
    put(ws, 3, 1, ['KPI', '単位', '基準値\n（H30）', '区分', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '評価']);
    let r = 4;
    for (const k of cKpis) {
      merge(ws, r, 1, r + 1, 1, k.name);
      merge(ws, r, 2, r + 1, 2, k.unit);
      merge(ws, r, 3, r + 1, 3);
      ws.getCell(r, 3).value = k.base;
      put(ws, r, 4, ['目標値', ...k.t]);
      put(ws, r + 1, 4, ['実績値', ...k.a]);
      merge(ws, r, 10, r + 1, 10);
      if (k.mark) ws.getCell(r, 10).value = k.mark;
      r += 2;
    }
    wrap(ws, 3, 1, r - 1, 10);
    box(ws, 3, 1, r - 1, 10);
    merge(
      ws,
      r + 1,
      1,
      r + 1,
      10,
      '評価：令和３年度の実績値の目標値に対する達成率　◎達成（100％以上）　○概ね達成（80％以上100％未満）　△やや遅れ（60％以上80％未満）　×遅れ（60％未満）',
    );
    merge(ws, r + 2, 1, r + 2, 10, '※緑化に関する市民満足度は市民意識調査（隔年）による。令和３年度調査結果は集計中。');
  },
  expected: {
    file: 'h169-midori-kpi-r3.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('KPI', '緑被率', '％', 32.0, 31.6, { existing: 'B' }),
      ind('KPI', '公園ボランティア登録者数', '人', 650, 702, { existing: 'A' }),
      ind('KPI', '都市公園の年間利用者数', '千人', 1850, 1204, { existing: 'C' }),
      ind('KPI', '緑化に関する市民満足度', '％', 55.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/** D: 点検評価一覧 of the 第３次緑の基本計画 (令和４年度実績), 現況 with its year in the cell, 目標（R12）, 実績 with its year, a blank 実績. */
const dSheet: Holdout2Workbook = {
  name: 'h169-midori-keikaku-shihyo',
  layout:
    'D: plan indicators, 現況（計画策定時）「24.1⏎（平成30年度）」, 目標（R12）, 実績 「188.7⏎（令和4年度末）」, one blank 実績 (隔年調査), 現状把握の方法',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('計画の指標');
    widths(ws, [30, 34, 8, 16, 12, 18, 26]);
    merge(ws, 1, 1, 1, 7, '第３次緑の基本計画　点検評価一覧（令和４年度実績）');
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R12）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '市街化区域内の緑被率',
        '市街化区域面積に占める樹林地・草地・農地等の緑で覆われた面積の割合',
        '％',
        '24.1\n（平成30年度）',
        27.0,
        '24.9\n（令和4年度）',
        '航空写真による緑被調査',
      ],
      ['都市公園整備面積', '供用している都市公園の面積の合計', 'ha', '182.4\n（平成30年度末）', 200.0, '188.7\n（令和4年度末）', '都市公園台帳'],
      ['保存樹木・保存樹林の指定件数', '条例に基づき指定した保存樹木・保存樹林の件数', '件', '64\n（平成30年度）', 80, '81\n（令和4年度）', '指定台帳'],
      [
        '緑化活動に参加したことがある市民の割合',
        '市民意識調査で「この1年間に緑化活動に参加した」と回答した割合',
        '％',
        '21.3\n（平成30年度）',
        30.0,
        '',
        '市民意識調査（隔年実施）',
      ],
      ['街路樹の植栽延長', '市道の街路樹が植栽されている区間の延長', 'km', '42.5\n（平成30年度）', 48.0, '43.1\n（令和4年度）', '道路台帳'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h169-midori-keikaku-shihyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind('計画の指標', '市街化区域内の緑被率', '％', 27.0, 24.9), targetSource: 'final' },
      { ...ind('計画の指標', '都市公園整備面積', 'ha', 200.0, 188.7), targetSource: 'final' },
      { ...ind('計画の指標', '保存樹木・保存樹林の指定件数', '件', 80, 81), targetSource: 'final' },
      { ...ind('計画の指標', '緑化活動に参加したことがある市民の割合', '％', 30.0, null, { actualStatus: 'missing' }), targetSource: 'final' },
      { ...ind('計画の指標', '街路樹の植栽延長', 'km', 48.0, 43.1), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [aSheet, bSheet, cSheet, dSheet];
