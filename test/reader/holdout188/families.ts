/** Hold-out 188, the four known families as a 指定管理者制度・公の施設 office writes them. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート, blocks tiled two across

interface Block {
  no: string;
  name: string;
  about: string;
  unit: string;
  way: string;
  actual: (number | string | null)[];
  expect: (number | string | null)[];
  note: string;
}

const A_SHEET = '施策5-3';
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '指定管理施設の年間利用者数',
    about: '指定管理者制度を導入している公の施設（42施設）の年間延べ利用者数',
    unit: '千人',
    way: '↑（増加）',
    actual: [812, 905, 1084, 1198, null, null],
    expect: [null, 950, 1100, 1250, 1300, 1350],
    note: '新型コロナウイルス感染症の影響からは回復傾向',
  },
  {
    no: '指標②',
    name: '利用者満足度',
    about: '利用者アンケートで「満足」「やや満足」と回答した人の割合（全施設平均）',
    unit: '％',
    way: '↑（増加）',
    actual: [80.4, 81.9, 83.0, 86.2, null, null],
    expect: [null, 82.0, 83.5, 85.0, 86.5, 88.0],
    note: '',
  },
  {
    no: '指標③',
    name: '指定管理者による自主事業の実施件数',
    about: '指定管理者が企画・実施した自主事業（教室・講座・イベント等）の件数',
    unit: '件',
    way: '↑（増加）',
    actual: [142, 198, 263, 251, null, null],
    expect: [null, 220, 280, 320, 340, 360],
    note: '文化会館の舞台設備改修（R5.10～R6.1）により減少',
  },
  {
    no: '指標④',
    name: '施設内における事故発生件数',
    about: '指定管理者から事故報告書の提出があった件数（利用者の負傷等）',
    unit: '件',
    way: '↓（減少）',
    actual: [18, 16, 14, 15, null, null],
    expect: [null, 17, 15, 12, 11, 10],
    note: '少ないほど良い指標',
  },
  {
    no: '指標⑤',
    name: '第三者評価を受審した施設数（累計）',
    about: '外部の専門機関による第三者評価を受審した指定管理施設の累計数',
    unit: '施設',
    way: '↑（増加）',
    actual: [3, 5, 9, 14, null, null],
    expect: [null, '－', '－', '－', '－', 20],
    note: '年度ごとの期待値は設定していない',
  },
];

function drawBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no]);
  merge(ws, r, c + 1, r, c + 6, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 6, b.about);
  put(ws, r + 2, c, ['単位', b.unit]);
  merge(ws, r + 2, c + 2, r + 2, c + 3, '目指す方向');
  merge(ws, r + 2, c + 4, r + 2, c + 6, b.way);
  put(ws, r + 3, c, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['実績値', ...b.actual]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expect]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 6, b.note || undefined);
  box(ws, r, c, r + 6, c + 6);
  wrap(ws, r + 3, c, r + 5, c + 6);
}

const A_GRADES = [
  ind(A_SHEET, '指定管理施設の年間利用者数', '千人', 1250, 1198),
  ind(A_SHEET, '利用者満足度', '％', 85.0, 86.2),
  ind(A_SHEET, '指定管理者による自主事業の実施件数', '件', 320, 251),
  ind(A_SHEET, '施設内における事故発生件数', '件', 12, 15, { direction: 'down' }),
  { ...ind(A_SHEET, '第三者評価を受審した施設数（累計）', '施設', 20, 14), targetSource: 'final' },
];

const policySheet: Holdout2Workbook = {
  name: 'h188-shisaku-koshisetsu',
  layout:
    '施策評価シート: five indicator blocks tiled two across (R2 現状値…R7, 実績値／期待値 rows, 目指す方向 ↓ on one), one block with only the R7 目標値, rating cell beside last year’s （C）',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 3, 14, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 15, '令和５年度　施策評価シート（評価対象期間：令和５年度）');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 8, '５　健全で持続可能な行財政運営');
    put(ws, 2, 9, ['担当部等']);
    merge(ws, 2, 10, 2, 15, '総務部 行政経営課（指定管理者制度担当）');
    put(ws, 3, 1, ['基本施策']);
    merge(ws, 3, 2, 3, 15, '5-3　公の施設の適正な管理運営と指定管理者制度の効果的な活用');
    put(ws, 4, 1, ['関連するプロジェクト']);
    merge(ws, 4, 2, 4, 15, '公共施設マネジメント推進プロジェクト');
    merge(ws, 5, 1, 5, 2, '施策の達成状況');
    put(ws, 5, 3, ['B', '（C）']);
    merge(ws, 5, 5, 5, 15, '※（　）内は前年度の評価　A 順調／B 概ね順調／C やや遅れている／D 遅れている');
    box(ws, 2, 1, 5, 15);
    let r = 7;
    A_BLOCKS.forEach((b, i) => {
      drawBlock(ws, r, i % 2 === 0 ? 1 : 9, b);
      if (i % 2 === 1) r += 8;
    });
    r += 8;
    merge(ws, r, 1, r, 15, '達成状況分析（上段：指標に基づくもの　下段：指標以外のもの）');
    merge(ws, r + 1, 1, r + 2, 2, '内部要因');
    merge(
      ws,
      r + 1,
      3,
      r + 2,
      15,
      '・利用者数は前年度から増加したが、文化会館の改修により自主事業が減少した。\n・モニタリング（月次報告・年次評価）を全42施設で実施し、改善指示を3件行った。',
    );
    merge(ws, r + 3, 1, r + 4, 2, '外部要因');
    merge(ws, r + 3, 3, r + 4, 15, '・光熱水費の高騰により、指定管理料の見直し協議を行った施設がある。');
    merge(ws, r + 5, 1, r + 5, 2, '今後の方向性');
    merge(ws, r + 5, 3, r + 5, 15, '第三者評価の計画的な受審と、事故防止研修の実施を指定管理者に求める。');
    box(ws, r, 1, r + 5, 15);
  },
  expected: {
    file: 'h188-shisaku-koshisetsu.xlsx',
    fiscalYear: 2023,
    indicators: A_GRADES,
    groups: [{ sheet: A_SHEET, cell: 'C5', grade: rollUp(A_GRADES.map((g) => g.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績

const B_SHEET = '資料2';
const projectTable: Holdout2Workbook = {
  name: 'h188-jigyo-shiteikanri',
  layout:
    '事業実績: one row per 管理運営事業 (code, name, 概要 in one cell), targets and actuals as text 「年間利用者数 185,000人」, two measures in one cell, 未実施, a 「－」 target, 自己評価 after the R5 actual',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 38, 22, 22, 22, 10, 34, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　公の施設管理運営事業　事業実績');
    put(ws, 2, 7, ['（所管：行政経営課・各施設所管課）']);
    const head = [
      'No.',
      '推進事業\n（事業コード・事業名・概要）',
      'R4年度実績値',
      'R5年度数値目標',
      'R5年度実績値',
      'R5自己評価',
      '成果・効果／課題',
      '今後の方向性',
    ];
    put(ws, 3, 1, head);
    wrap(ws, 3, 1, 3, 8);
    const rows: (string | number)[][] = [
      [
        1,
        '5-3-01\n市民体育館管理運営事業\n指定管理者（(公財)市スポーツ協会）による市民体育館の管理運営',
        '年間利用者数 171,880人',
        '年間利用者数 185,000人',
        '年間利用者数 176,420人',
        'B',
        '大会誘致により増加したが目標に届かず',
        '継続',
      ],
      [
        2,
        '5-3-02\n市民文化会館管理運営事業\n大ホール・小ホール・練習室の貸館及び自主文化事業',
        'ホール稼働率 66.8％',
        'ホール稼働率 70％',
        'ホール稼働率 64.3％',
        'A',
        '舞台設備改修工事（10月～1月）の休館期間あり',
        '継続',
      ],
      [
        3,
        '5-3-03\n地区公民館講座運営事業\n指定管理者による地区公民館（8館）の主催講座',
        '講座開催数:44回\n受講者数:815人',
        '講座開催数:48回\n受講者数:960人',
        '講座開催数:45回\n受講者数:702人',
        'B',
        '受講者の固定化が課題',
        '見直し',
      ],
      [
        4,
        '5-3-04\n市民プール管理運営事業\n屋外プール（夏季）の管理運営と利用者アンケート',
        'アンケート実施 1回',
        'アンケート実施 2回',
        '未実施',
        'C',
        'ろ過設備の故障により7月中旬から休場',
        '見直し',
      ],
      [
        5,
        '5-3-05\n都市公園管理事業\n運動公園・総合公園の有料公園施設（テニスコート等）の管理',
        '有料公園施設利用件数 4,105件',
        '有料公園施設利用件数 4,200件',
        '有料公園施設利用件数 4,536件',
        'A',
        'オンライン予約の開始により利用が増加',
        '拡充',
      ],
      [
        6,
        '5-3-06\nコミュニティセンター管理運営事業\n地域団体（地区振興会）を指定管理者とする5館の貸館',
        '貸館利用件数 2,288件',
        '貸館利用件数 3,000件',
        '貸館利用件数 2,310件',
        'B',
        '平日昼間の利用が少ない',
        '継続',
      ],
      [
        7,
        '5-3-07\n指定管理者モニタリング事業\n月次報告・年次評価・実地調査による管理運営状況の確認',
        'モニタリング実施施設数 40施設',
        'モニタリング実施施設数 42施設',
        'モニタリング実施施設数 42施設',
        'A',
        '全施設で年次評価を実施',
        '継続',
      ],
      [
        8,
        '5-3-08\n斎場管理運営事業\n市営斎場の管理運営（利用料金制）',
        '火葬件数 1,387件',
        '－',
        '火葬件数 1,412件',
        '－',
        '需要に応じた運営のため数値目標は設定していない',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 4, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（所管課による評価）']);
    put(ws, 6 + rows.length, 1, ['※R4年度実績値は参考（前年度）']);
  },
  expected: {
    file: 'h188-jigyo-shiteikanri.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '市民体育館管理運営事業', '人', 185000, 176420, { existing: 'B' }),
      ind(B_SHEET, '市民文化会館管理運営事業', '％', 70, 64.3, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '地区公民館講座運営事業',
        measures: [
          { label: '講座開催数', target: 48, actual: 45, unit: '回' },
          { label: '受講者数', target: 960, actual: 702, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '市民プール管理運営事業', '回', 2, null, { existing: 'C', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '都市公園管理事業', '件', 4200, 4536, { existing: 'A' }),
      ind(B_SHEET, 'コミュニティセンター管理運営事業', '件', 3000, 2310, { existing: 'B' }),
      ind(B_SHEET, '指定管理者モニタリング事業', '施設', 42, 42, { existing: 'A' }),
      ind(B_SHEET, '斎場管理運営事業', '件', null, 1412),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI × period columns

const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h188-kpi-shisetsu',
  layout:
    'KPI table: 目標値／実績値 rows per KPI under 令和4年3月末…令和7年3月末, figures with units 「1,150,000 人」, a 目指す方向 column with ↓ and a 0 target, 集計中, 「-」',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 8, 8, 16, 16, 16, 16, 30]);
    merge(ws, 1, 1, 1, 8, '指定管理施設に係るＫＰＩ（重要業績評価指標）の達成状況【令和５年度検証】');
    put(ws, 2, 1, ['※検証時点：令和6年3月末（令和5年度）。令和7年3月末は最終目標。']);
    put(ws, 4, 1, ['ＫＰＩ', '目指す方向', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string, string[], string[], string][] = [
      [
        '指定管理施設の年間利用者数',
        '↑',
        ['950,000 人', '1,050,000 人', '1,150,000 人', '1,250,000 人'],
        ['902,450 人', '1,083,700 人', '1,104,300 人', ''],
        '',
      ],
      ['施設予約のオンライン申請率', '↑', ['-', '40 %', '60 %', '80 %'], ['22.5 %', '48.0 %', '71.4 %', ''], '令和4年度から目標設定'],
      ['指定管理者の自主事業参加者数', '↑', ['30,000 人', '36,000 人', '42,000 人', '48,000 人'], ['21,400 人', '30,880 人', '28,350 人', ''], ''],
      ['利用者アンケート満足度', '↑', ['80 %', '80 %', '80 %', '80 %'], ['76.5 %', '79.1 %', '78.2 %', ''], '「満足」「やや満足」の割合'],
      ['指定管理施設における重大事故件数', '↓', ['0 件', '0 件', '0 件', '0 件'], ['1 件', '0 件', '0 件', ''], '少ないほど良い'],
      ['収支が黒字の指定管理施設数', '↑', ['26 施設', '28 施設', '30 施設', '32 施設'], ['25 施設', '27 施設', '集計中', ''], '令和5年度決算は6月確定'],
    ];
    let r = 5;
    for (const [name, way, targets, actuals, note] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, way);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals.map((a) => a || undefined)]);
      merge(ws, r, 8, r + 1, 8, note || undefined);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 8);
    put(ws, r + 1, 1, ['出典：指定管理者からの事業報告書、利用者アンケート（毎年2月実施）']);
  },
  expected: {
    file: 'h188-kpi-shisetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '指定管理施設の年間利用者数', '人', 1150000, 1104300),
      ind(C_SHEET, '施設予約のオンライン申請率', '%', 60, 71.4),
      ind(C_SHEET, '指定管理者の自主事業参加者数', '人', 42000, 28350),
      ind(C_SHEET, '利用者アンケート満足度', '%', 80, 78.2),
      ind(C_SHEET, '指定管理施設における重大事故件数', '件', 0, 0, { direction: 'down' }),
      ind(C_SHEET, '収支が黒字の指定管理施設数', '施設', 30, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: plan indicators

const D_SHEET = '資料3';
const planRows: [string, string, string, string, number, string, string][] = [
  ['指定管理者制度導入施設数', '指定管理者制度を導入している公の施設の数', '施設', '38\n（令和2年度）', 45, '42\n（令和5年度）', '行政経営課調べ'],
  [
    '指定管理施設の利用者満足度',
    '利用者アンケートで「満足」「やや満足」と回答した割合',
    '％',
    '78.5\n（令和元年度）',
    85.0,
    '83.1\n（令和5年度）',
    '利用者アンケート',
  ],
  [
    '公共施設の総延床面積',
    '公共施設の総延床面積（統廃合・複合化により削減する）',
    '㎡',
    '312,400\n（令和2年度）',
    298000,
    '305,800\n（令和5年度）',
    '公有財産台帳',
  ],
  ['自主事業の年間参加者数', '指定管理者が実施する自主事業への参加者数', '人', '52,300\n（令和元年度）', 60000, '61,240\n（令和5年度）', '事業報告書'],
  ['施設予約システム登録者数', '公共施設予約システムの利用者登録数', '人', '8,900\n（令和2年度）', 20000, '11,820\n（令和5年度）', 'システム集計'],
  ['第三者評価実施施設数', '第三者評価を実施した指定管理施設の数（累計）', '施設', '0\n（令和2年度）', 12, '8\n（令和5年度）', '行政経営課調べ'],
];

const D_EXPECTED: ExpectedIndicator[] = [
  ind(D_SHEET, '指定管理者制度導入施設数', '施設', 45, 42),
  ind(D_SHEET, '指定管理施設の利用者満足度', '％', 85.0, 83.1),
  ind(D_SHEET, '公共施設の総延床面積', '㎡', 298000, 305800, { direction: 'down' }),
  ind(D_SHEET, '自主事業の年間参加者数', '人', 60000, 61240),
  ind(D_SHEET, '施設予約システム登録者数', '人', 20000, 11820),
  ind(D_SHEET, '第三者評価実施施設数', '施設', 12, 8),
].map((i) => ({ ...i, targetSource: 'final' }));

const planTable: Holdout2Workbook = {
  name: 'h188-keikaku-kokyoshisetsu',
  layout:
    'plan indicators: 現況（計画策定時） with its year in the cell, one 目標（R8）, 実績 with （令和5年度）, a 単位 column, a 削減 indicator named only in 指標の説明',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 28, 36, 7, 16, 12, 16, 16, 30]);
    merge(ws, 1, 1, 1, 9, '公共施設マネジメント推進計画（令和4年度～令和8年度）　成果指標の点検評価（令和５年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法', '評価コメント']);
    const comments = ['', '', '旧青年の家の解体により減少', '目標を上回った', '目標値に届かず、周知を強化', ''];
    planRows.forEach(([name, about, unit, base, goal, actual, how], i) =>
      put(ws, 4 + i, 1, [i + 1, name, about, unit, base, goal, actual, how, comments[i] || undefined]),
    );
    wrap(ws, 3, 1, 3 + planRows.length, 9);
    box(ws, 3, 1, 3 + planRows.length, 9);
    put(ws, 5 + planRows.length, 1, ['※実績は令和5年度末時点。目標は計画最終年度（令和8年度）の値。']);
  },
  expected: { file: 'h188-keikaku-kokyoshisetsu.xlsx', fiscalYear: 2023, indicators: D_EXPECTED, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
