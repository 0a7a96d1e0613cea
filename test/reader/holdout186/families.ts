/** Hold-out 186, the four families as 勤労者福祉・労働相談・就労環境 offices write them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const S_A = '3-2勤労者福祉';

/** One stacked indicator block: 指標 ①, name, 単位, 目指す方向, R2（現状値）…R7（目標値）, 期待値 and 実績値 rows. */
function block(
  ws: Worksheet,
  r: number,
  no: string,
  name: string,
  unit: string,
  dir: string,
  exp: (number | string)[],
  act: (number | string)[],
  note: string,
) {
  put(ws, r, 1, [`指標 ${no}`]);
  merge(ws, r, 2, r, 5, name);
  put(ws, r, 6, ['単位', unit, '目指す方向', dir]);
  put(ws, r + 1, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）', '備考']);
  put(ws, r + 2, 1, ['期待値', ...exp]);
  put(ws, r + 3, 1, ['実績値', ...act]);
  merge(ws, r + 2, 8, r + 3, 9, note);
  box(ws, r, 1, r + 3, 9);
}

const A_INDS: ExpectedIndicator[] = [
  ind(S_A, '労働相談件数', '件', 420, 388),
  ind(S_A, '勤労者福祉サービスセンター会員数', '人', 3200, 3260),
  ind(S_A, '労働災害発生件数（休業４日以上）', '件', 85, 102, { direction: 'down' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h186-kinrosha-shisaku-sheet',
  layout:
    "施策評価シート (令和４年度): stacked indicator blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少）, an empty 施策の達成状況 cell beside last year's 「（A）」",
  build(wb) {
    const ws = wb.addWorksheet(S_A);
    widths(ws, [12, 14, 10, 10, 10, 10, 12, 14, 14]);
    merge(ws, 1, 1, 1, 9, '令和４年度　施策評価シート（評価対象年度：令和４年度）');
    put(ws, 2, 1, ['基本方針', '３　活力ある産業と安心して働けるまちづくり']);
    put(ws, 3, 1, ['基本施策', '3-2　勤労者福祉の充実と働きやすい環境づくり']);
    put(ws, 4, 1, ['担当部等', '産業振興部　商工労政課']);
    put(ws, 5, 1, ['施策の達成状況', undefined, '（A）', '※括弧内は前年度評価']);
    box(ws, 2, 1, 5, 4);
    block(ws, 7, '①', '労働相談件数', '件', '↑（増加）', [352, 380, 420, 440, 460, 480], [352, 371, 388], '社会保険労務士による相談を含む');
    block(ws, 12, '②', '勤労者福祉サービスセンター会員数', '人', '↑（増加）', [3015, 3100, 3200, 3300, 3400, 3500], [3015, 3122, 3260], '各年度末現在');
    block(ws, 17, '③', '労働災害発生件数（休業４日以上）', '件', '↓（減少）', [98, 90, 85, 80, 75, 70], [98, 94, 102], '労働基準監督署管内（暦年）');
    put(ws, 22, 1, ['評価基準', 'Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている']);
    merge(ws, 23, 1, 24, 9, '総合評価：労働相談件数は期待値を下回ったが、会員数は増加した。労働災害は前年より増加しており、事業所への啓発を強化する。');
  },
  expected: {
    file: 'h186-kinrosha-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: A_INDS,
    groups: [{ sheet: S_A, cell: 'B5', grade: rollUp(A_INDS.map((i) => i.grade)) }],
  },
};

const S_B = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h186-rodo-jigyo-jisseki',
  layout:
    '令和５年度 事業実績: 推進事業 rows with name and 概要 in one cell, 数値目標／実績値 as text 「相談件数 360件」, two measures in one cell, one 未実施, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(S_B);
    widths(ws, [6, 34, 16, 8, 22, 22, 10]);
    merge(ws, 1, 1, 1, 7, '令和５年度　勤労者福祉関係事業　実績一覧（商工労政課）');
    put(ws, 2, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性']);
    const rows: (string | number)[][] = [
      ['1-1', '労働相談事業\n社会保険労務士による無料労働相談を月２回開設', '相談件数 371件', 'A', '相談件数 360件', '相談件数 402件', '継続'],
      ['1-2', '勤労者生活資金融資制度\n労働金庫への預託による生活資金の低利融資', '融資件数 19件', 'C', '融資件数 25件', '融資件数 14件', '見直し'],
      [
        '1-3',
        'ワーク・ライフ・バランス推進事業所認定事業\n仕事と家庭の両立に取り組む事業所を認定',
        '認定事業所数 9社',
        'B',
        '認定事業所数 12社',
        '認定事業所数 11社',
        '継続',
      ],
      [
        '1-4',
        '勤労者メンタルヘルスセミナー\n事業所の人事担当者・従業員向けセミナー',
        '開催回数 3回\n参加者数 148人',
        'B',
        '開催回数 4回\n参加者数 200人',
        '開催回数 4回\n参加者数 131人',
        '拡充',
      ],
      ['1-5', '勤労者住宅資金利子補給事業\n住宅取得資金の借入利子の一部を補給', '利子補給件数 6件', 'D', '利子補給件数 10件', '未実施', '廃止'],
    ];
    rows.forEach((r, i) => put(ws, 3 + i, 1, r));
    wrap(ws, 3, 1, 7, 7);
    box(ws, 2, 1, 7, 7);
    put(ws, 9, 1, ['※自己評価　Ａ：目標を達成　Ｂ：概ね達成　Ｃ：やや不十分　Ｄ：不十分（担当課記入）']);
    put(ws, 10, 1, ['※1-5は金融機関の制度改正に伴い令和５年度は募集を行わなかった。']);
  },
  expected: {
    file: 'h186-rodo-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S_B, '労働相談事業', '件', 360, 402, { existing: 'A' }),
      ind(S_B, '勤労者生活資金融資制度', '件', 25, 14, { existing: 'C' }),
      ind(S_B, 'ワーク・ライフ・バランス推進事業所認定事業', '社', 12, 11, { existing: 'B' }),
      {
        sheet: S_B,
        name: '勤労者メンタルヘルスセミナー',
        measures: [
          { label: '開催回数', target: 4, actual: 4, unit: '回' },
          { label: '参加者数', target: 200, actual: 131, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(S_B, '勤労者住宅資金利子補給事業', '件', 10, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

const S_C = 'KPI進捗';

const kpiTable: Holdout2Workbook = {
  name: 'h186-koyo-kpi',
  layout:
    '総合戦略 KPI (令和３年度末時点): 目標値／実績値 rows per 令和2年度…令和6年度, values 「150 人」「72.0 ％」, 集計中, 「-」 for no target, ◎○△× with a legend of the default bands and words',
  build(wb) {
    const ws = wb.addWorksheet(S_C);
    widths(ws, [30, 8, 12, 12, 12, 12, 12, 8, 20]);
    merge(ws, 1, 1, 1, 9, '第２期総合戦略　基本目標２「安心して働ける雇用の場をつくる」　KPI進捗状況（令和３年度末時点）');
    put(ws, 2, 1, ['重要業績評価指標（KPI）', '区分', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '評価', '備考']);
    const kpis: [string, (string | undefined)[], (string | undefined)[], string, string][] = [
      ['就労支援による就職者数', ['140 人', '150 人', '160 人', '170 人', '180 人'], ['128 人', '162 人'], '◎', 'ハローワークとの一体的実施'],
      ['女性の就業率', ['71.5 ％', '72.0 ％', '72.5 ％', '73.0 ％', '73.5 ％'], ['70.1 ％', '70.4 ％'], '○', '市民意識調査'],
      ['市内事業所の年次有給休暇取得率', ['58.0 ％', '60.0 ％', '62.0 ％', '64.0 ％', '65.0 ％'], ['55.2 ％', '集計中'], '－', '事業所アンケート（７月集計）'],
      ['若者就労支援セミナー参加者数', ['-', '-', '-', '-', '-'], ['62 人', '85 人'], '－', '令和２年度新規事業（目標未設定）'],
    ];
    kpis.forEach(([name, t, a, mark, note], i) => {
      const r = 3 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...t]);
      put(ws, r + 1, 2, ['実績値', ...a]);
      merge(ws, r, 8, r + 1, 8, mark);
      merge(ws, r, 9, r + 1, 9, note);
    });
    box(ws, 2, 1, 10, 9);
    put(ws, 12, 1, ['【評価】◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
  },
  expected: {
    file: 'h186-koyo-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(S_C, '就労支援による就職者数', '人', 150, 162, { existing: 'A' }),
      ind(S_C, '女性の就業率', '％', 72.0, 70.4, { existing: 'B' }),
      ind(S_C, '市内事業所の年次有給休暇取得率', '％', 60.0, null, { actualStatus: 'pending' }),
      ind(S_C, '若者就労支援セミナー参加者数', '人', null, 85),
    ],
    groups: [],
  },
};

const S_D = '成果指標';

const planTable: Holdout2Workbook = {
  name: 'h186-rodo-plan-shihyo',
  layout: '勤労者福祉推進計画 成果指標 (令和６年度 点検評価): 現況 with its year in the cell, 目標（R7）, 実績 with its year, 目指す方向 減少, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(S_D);
    widths(ws, [6, 30, 28, 8, 10, 16, 12, 16, 24]);
    merge(ws, 1, 1, 1, 9, '第２次勤労者福祉推進計画　成果指標の点検評価（令和６年度）');
    put(ws, 2, 1, ['No.', '指標', '指標の説明', '単位', '目指す方向', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '労働相談窓口の認知度', '市の労働相談窓口を知っている市民の割合', '％', '増加', '28.5\n（令和元年度）', 40.0, '36.1\n（令和６年度）', '市民意識調査'],
      [
        2,
        '男性の育児休業取得率',
        '市内事業所で育児休業を取得した男性従業員の割合',
        '％',
        '増加',
        '8.2\n（令和元年度）',
        30.0,
        '31.4\n（令和６年度）',
        '事業所労働実態調査',
      ],
      [3, '年間総実労働時間', '市内事業所の一般労働者１人当たり', '時間', '減少', '1,968\n（令和元年）', 1850, '1,902\n（令和６年）', '毎月勤労統計調査（県）'],
      [
        4,
        '勤労者福祉サービスセンター加入事業所数',
        '各年度末現在の加入事業所数',
        '事業所',
        '増加',
        '410\n（令和元年度）',
        480,
        '集計中',
        'センター事業報告（６月確定）',
      ],
    ];
    rows.forEach((r, i) => put(ws, 3 + i, 1, r));
    wrap(ws, 3, 1, 6, 9);
    box(ws, 2, 1, 6, 9);
  },
  expected: {
    file: 'h186-rodo-plan-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(S_D, '労働相談窓口の認知度', '％', 40.0, 36.1), targetSource: 'final' },
      { ...ind(S_D, '男性の育児休業取得率', '％', 30.0, 31.4), targetSource: 'final' },
      { ...ind(S_D, '年間総実労働時間', '時間', 1850, 1902, { direction: 'down' }), targetSource: 'final' },
      { ...ind(S_D, '勤労者福祉サービスセンター加入事業所数', '事業所', 480, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
