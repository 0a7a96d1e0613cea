/** Hold-out 183, the four families as offices of 奨学金・就学援助・教育費の負担軽減 write them. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const A_SHEET = '施策2-3';
const aInds: ExpectedIndicator[] = [
  ind(A_SHEET, '就学援助制度を知っている保護者の割合', '％', 75, 71.0),
  ind(A_SHEET, '奨学金の新規貸与者数', '人', 50, 53),
  ind(A_SHEET, '給付型奨学金の支給者数', '人', 15, null, { actualStatus: 'pending' }),
  ind(A_SHEET, '奨学金返還金の滞納額', '千円', 4000, 4650, { direction: 'down' }),
];

/** A: 施策評価シート, stacked indicator blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, an empty 達成状況評価 beside last year's （B）. */
const familyA: Holdout2Workbook = {
  name: 'h183-a-shisaku-kyoikuhi',
  layout: 'A: 施策評価シート (令和３年度), four stacked indicator blocks with 期待値/実績値 rows, 集計中, ↓（減少）, empty 達成状況評価 beside （B）',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 14, 11, 11, 11, 11, 14, 10, 12]);
    merge(ws, 1, 1, 1, 9, '令和３年度　施策評価シート');
    put(ws, 2, 1, ['評価対象期間：令和３年度（令和３年４月～令和４年３月）']);
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 9, '誰もが安心して学べる環境づくり');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 9, '2-3　教育費の負担軽減と就学の支援');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 9, '教育委員会事務局（教育総務課・学校教育課）');
    put(ws, 6, 1, ['達成状況評価', undefined, '（B）']);
    put(ws, 6, 4, ['※（　）内は前年度の評価']);
    box(ws, 3, 1, 6, 2);
    const blocks: [string, string, string, string, string, (number | string)[], (number | string)[], string][] = [
      [
        '指標①',
        '就学援助制度を知っている保護者の割合',
        '％',
        '↑（増加）',
        '市民意識調査で「就学援助制度を知っている」と回答した小中学生の保護者の割合',
        [75, 78, 81, 84, 85],
        [72.4, 71.0],
        '調査対象：小中学生の保護者1,200人',
      ],
      ['指標②', '奨学金の新規貸与者数', '人', '↑（増加）', '市育英奨学金の新規貸与決定者数（高校・大学等）', [50, 52, 54, 56, 60], [48, 53], ''],
      [
        '指標③',
        '給付型奨学金の支給者数',
        '人',
        '↑（増加）',
        '市給付型奨学金（令和２年度創設）の支給決定者数',
        [15, 18, 20, 22, 25],
        [12, '集計中'],
        '選考委員会（５月）後に確定',
      ],
      [
        '指標④',
        '奨学金返還金の滞納額',
        '千円',
        '↓（減少）',
        '各年度末時点の育英奨学金返還金の滞納額',
        [4000, 3700, 3400, 3100, 2800],
        [4380, 4650],
        '新型コロナの影響による返還猶予を含む',
      ],
    ];
    let r = 8;
    for (const [no, name, unit, dir, desc, expect, actual, note] of blocks) {
      put(ws, r, 1, [no]);
      merge(ws, r, 2, r, 5, name);
      put(ws, r, 6, ['単位', unit, '目指す方向', dir]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 9, desc);
      put(ws, r + 2, 1, ['年度', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
      put(ws, r + 3, 1, ['期待値', undefined, ...expect]);
      put(ws, r + 4, 1, ['実績値', ...actual]);
      put(ws, r + 5, 1, ['備考']);
      merge(ws, r + 5, 2, r + 5, 9, note);
      box(ws, r, 1, r + 5, 9);
      r += 7;
    }
  },
  expected: {
    file: 'h183-a-shisaku-kyoikuhi.xlsx',
    fiscalYear: 2021,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

const B_SHEET = '推進事業実績';

/** B: 事業実績 table, R3年度実績値 / 自己評価 / R4年度数値目標 / R4年度実績値 as text, two measures in a cell, 未実施. */
const familyB: Holdout2Workbook = {
  name: 'h183-b-jigyo-shugaku',
  layout: 'B: 令和４年度 推進事業実績, text figures 「認定者数 420人」, 新規認定/継続 in one cell, 未実施, 自己評価 letters',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 40, 18, 10, 22, 22, 16]);
    merge(ws, 1, 1, 1, 7, '令和４年度　就学支援・教育費負担軽減　推進事業実績一覧');
    put(ws, 2, 6, ['教育委員会事務局']);
    put(ws, 3, 1, ['No.', '推進事業', 'R3年度実績値', '自己評価', 'R4年度数値目標', 'R4年度実績値', '担当課']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1 就学援助事業\n経済的理由により就学が困難な児童生徒の保護者に学用品費・給食費等を援助する',
        '認定者数 405人',
        'B',
        '認定者数 420人',
        '認定者数 398人',
        '学校教育課',
      ],
      [
        2,
        '1-2 入学準備金の入学前支給\n新入学児童生徒学用品費を入学前（３月）に支給する',
        '支給件数 141件',
        'A',
        '支給件数 150件',
        '支給件数 162件',
        '学校教育課',
      ],
      [
        3,
        '1-3 奨学金返還支援事業\n市内に定住し就業する若者の奨学金返還額の一部を補助する',
        '新規認定:26人 継続:31人',
        'B',
        '新規認定:30人 継続:45人',
        '新規認定:24人 継続:47人',
        '企画政策課',
      ],
      [4, '1-4 学習支援教室の開催\n生活困窮世帯の中学生を対象とした学習支援教室', '開催回数 40回', 'D', '開催回数 48回', '未実施', '福祉課'],
      [
        5,
        '1-5 高校生等通学費補助\n市外の高校等へ通学する生徒の通学定期代の一部を補助',
        '補助件数 188件',
        'B',
        '補助件数 200件',
        '補助件数 185件',
        '教育総務課',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 4, 2, 8, 2);
    box(ws, 3, 1, 8, 7);
    put(ws, 10, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h183-b-jigyo-shugaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(B_SHEET, '就学援助事業', '人', 420, 398, { existing: 'B' }),
      ind(B_SHEET, '入学準備金の入学前支給', '件', 150, 162, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '奨学金返還支援事業',
        unit: '人',
        measures: [
          { label: '新規認定', target: 30, actual: 24, unit: '人' },
          { label: '継続', target: 45, actual: 47, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '学習支援教室の開催', '回', 48, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '高校生等通学費補助', '件', 200, 185, { existing: 'B' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI進捗';

/** C: 総合戦略 style KPI table, 目標値/実績値 rows per 令和3年度…令和6年度, values 「52 人」, 「-」 where no target. */
const familyC: Holdout2Workbook = {
  name: 'h183-c-kpi-kodomo-mirai',
  layout: 'C: KPI × 令和3〜6年度 columns (令和５年度末時点), 目標値/実績値 rows, values with units, 「-」 target',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 10, 14, 14, 14, 14, 14, 24]);
    merge(ws, 1, 1, 1, 8, '子どもの未来応援プラン（教育の支援）　KPI進捗状況');
    put(ws, 2, 1, ['（令和５年度末時点）']);
    put(ws, 3, 1, ['KPI', '区分', '基準値（R2）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
    const kpis: [string, string, (string | undefined)[], (string | undefined)[], string][] = [
      ['奨学金返還支援制度の利用者数', '15 人', ['20 人', '40 人', '60 人', '80 人'], ['18 人', '35 人', '52 人', undefined], '制度利用者（各年度末）'],
      ['学習支援教室の参加児童生徒数', '104 人', ['120 人', '130 人', '140 人', '150 人'], ['110 人', '128 人', '151 人', undefined], '延べ人数ではなく実人数'],
      [
        '給食費負担軽減の対象世帯数',
        '1,590 世帯',
        ['-', '2,000 世帯', '2,000 世帯', '2,000 世帯'],
        ['1,640 世帯', '1,710 世帯', '1,780 世帯', undefined],
        'R4から第２子以降に拡大',
      ],
    ];
    kpis.forEach(([name, base, t, a, note], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', undefined, ...t]);
      put(ws, r + 1, 2, ['実績値', base, ...a]);
      merge(ws, r, 8, r + 1, 8, note);
    });
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h183-c-kpi-kodomo-mirai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '奨学金返還支援制度の利用者数', '人', 60, 52),
      ind(C_SHEET, '学習支援教室の参加児童生徒数', '人', 140, 151),
      ind(C_SHEET, '給食費負担軽減の対象世帯数', '世帯', 2000, 1780),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';
const dFinal = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

/** D: plan indicators, 現況（計画策定時） with its year in the cell, 目標（R7）, 実績 with its year, 集計中, ↓. */
const familyD: Holdout2Workbook = {
  name: 'h183-d-keikaku-kyoiku-shinko',
  layout: 'D: 第３期教育振興基本計画 成果指標 (令和６年度実績), 「112⏎（令和元年度）」, 目標（R7）, 実績 with year, 集計中, 目指す方向 ↓',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 34, 36, 8, 10, 16, 12, 16, 26]);
    merge(ws, 1, 1, 1, 9, '第３期教育振興基本計画　基本目標４「教育の機会均等」成果指標の状況（令和６年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '目指す方向', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '奨学金制度を利用した高校生等の数',
        '市育英奨学金・給付型奨学金の利用者数（実人数）',
        '人',
        '↑',
        '112\n（令和元年度）',
        150,
        '138\n（令和6年度）',
        '教育総務課調べ',
      ],
      [2, '学校徴収金の未納率', '学校給食費・教材費等の年度末未納額÷調定額', '％', '↓', '1.8\n（令和元年度）', 1.0, '1.2\n（令和6年度）', '学校教育課調べ'],
      [
        3,
        '就学援助制度の認知度',
        '保護者アンケートで制度を「知っている」と答えた割合',
        '％',
        '↑',
        '62.0\n（令和元年度）',
        80.0,
        '集計中',
        '保護者アンケート（隔年）',
      ],
      [
        4,
        '子どもの学習・生活支援事業の参加者数',
        '生活困窮世帯等の小中学生の参加実人数',
        '人',
        '↑',
        '45\n（令和元年度）',
        80,
        '84\n（令和6年度）',
        '福祉課調べ',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 4, 1, 7, 9);
    box(ws, 3, 1, 7, 9);
  },
  expected: {
    file: 'h183-d-keikaku-kyoiku-shinko.xlsx',
    fiscalYear: 2024,
    indicators: [
      dFinal(ind(D_SHEET, '奨学金制度を利用した高校生等の数', '人', 150, 138)),
      dFinal(ind(D_SHEET, '学校徴収金の未納率', '％', 1.0, 1.2, { direction: 'down' })),
      dFinal(ind(D_SHEET, '就学援助制度の認知度', '％', 80, null, { actualStatus: 'pending' })),
      dFinal(ind(D_SHEET, '子どもの学習・生活支援事業の参加者数', '人', 80, 84)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [familyA, familyB, familyC, familyD];
