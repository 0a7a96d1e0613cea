/** Hold-out 180, the four families as まちの美化・ポイ捨て防止・路上喫煙対策 offices write them. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** A plan indicator with no 単位 column (its unit is not a fact here), against the plan's final 目標. */
function final(i: ExpectedIndicator): ExpectedIndicator {
  const { unit: _unit, ...rest } = i;
  return { ...rest, targetSource: 'final' };
}

/** A: a 施策評価シート (令和４年度) with three stacked indicator blocks, 期待値／実績値 rows R1（基準値）…R6（目標値）, ↑／↓. */
const policy: Holdout2Workbook = {
  name: 'h180-bika-shisaku-sheet',
  layout: "A: 施策評価シート, stacked 成果指標 blocks with 期待値/実績値 rows, 目指す方向 ↑/↓, an empty 施策の達成状況 beside last year's （A）",
  build(wb) {
    const ws = wb.addWorksheet('施策3-2');
    widths(ws, [14, 12, 10, 10, 10, 10, 10, 10, 22]);
    merge(ws, 1, 1, 1, 9, '令和４年度　施策評価シート（評価対象期間：令和４年度）');
    put(ws, 2, 1, ['基本目標', '３　快適で美しい環境を守るまち']);
    merge(ws, 2, 2, 2, 9);
    put(ws, 3, 1, ['施策', '3-2　きれいなまちづくりの推進']);
    merge(ws, 3, 2, 3, 9);
    put(ws, 4, 1, ['担当課', '環境部　環境美化推進課']);
    merge(ws, 4, 2, 4, 9);
    put(ws, 5, 1, ['施策の達成状況', undefined, '（A）', '※（　）内は前年度の評価']);
    merge(ws, 5, 4, 5, 9);
    box(ws, 2, 1, 5, 9);
    const blocks: [string, string, string, string, (number | string)[], (number | string)[], string][] = [
      [
        '成果指標①',
        'ボランティア清掃参加者数',
        '人',
        '↑（増加）',
        [9850, 10500, 11200, 12000, 12800, 13500],
        [9850, 6120, 8930, 10480, '', ''],
        '地域清掃・アダプト団体の年間延べ参加者数',
      ],
      [
        '成果指標②',
        '路上喫煙禁止地区内の路上喫煙率',
        '％',
        '↓（減少）',
        [1.6, 1.3, 1.0, 0.8, 0.6, 0.5],
        [1.6, 1.4, 1.2, 1.1, '', ''],
        '定点観測による通行者に占める喫煙者の割合',
      ],
      ['成果指標③', '不法投棄回収件数', '件', '↓（減少）', [420, 400, 380, 350, 320, 300], [420, 455, 371, 322, '', ''], '市が回収した不法投棄物の件数'],
    ];
    let r = 7;
    for (const [no, name, unit, dir, expect, actual, desc] of blocks) {
      put(ws, r, 1, [no, name]);
      merge(ws, r, 2, r, 6);
      put(ws, r, 7, ['単位', unit]);
      put(ws, r + 1, 1, ['指標の説明', desc]);
      merge(ws, r + 1, 2, r + 1, 6);
      put(ws, r + 1, 7, ['目指す方向', dir]);
      put(ws, r + 2, 1, ['区分', 'R1\n（基準値）', 'R2', 'R3', 'R4', 'R5', 'R6\n（目標値）']);
      put(ws, r + 3, 1, ['期待値', ...expect]);
      put(ws, r + 4, 1, ['実績値', ...actual.map((v) => (v === '' ? undefined : v))]);
      put(ws, r + 2, 9, ['備考']);
      merge(ws, r + 3, 9, r + 4, 9, no === '成果指標①' ? 'R2・R3は感染症対策により一斉清掃を縮小' : undefined);
      wrap(ws, r + 2, 1, r + 2, 8);
      box(ws, r, 1, r + 4, 9);
      r += 6;
    }
    merge(ws, r, 1, r, 2, '施策の成果と課題');
    merge(ws, r, 3, r + 1, 9, '参加者数は回復傾向にあるが期待値には届かず、路上喫煙率も横ばい。不法投棄は監視強化により減少。');
  },
  expected: {
    file: 'h180-bika-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('施策3-2', 'ボランティア清掃参加者数', '人', 12000, 10480),
      ind('施策3-2', '路上喫煙禁止地区内の路上喫煙率', '％', 0.8, 1.1, { direction: 'down' }),
      ind('施策3-2', '不法投棄回収件数', '件', 350, 322, { direction: 'down' }),
    ],
    groups: [{ sheet: '施策3-2', cell: 'B5', grade: rollUp(['B', 'C', 'A']) }],
  },
};

/** B: 令和５年度 事業実績, 推進事業 with code and 概要 in one cell, text figures, two measures in one cell, a 未実施. */
const projects: Holdout2Workbook = {
  name: 'h180-bika-jigyo-jisseki',
  layout: 'B: 事業実績 table, 推進事業 cell "code name⏎概要", R4年度実績値, 自己評価, R5年度数値目標／実績値 as text, two measures, 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 40, 18, 8, 22, 22, 30]);
    merge(ws, 1, 1, 1, 7, '基本施策3-1　ごみのポイ捨て・路上喫煙のないまちづくり　推進事業の実績（令和５年度）');
    put(ws, 2, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・課題']);
    const rows: (string | number)[][] = [
      [
        1,
        '3-1-1 まち美化推進団体支援事業\n清掃活動団体へ軍手・ごみ袋を支給',
        '登録団体 118団体',
        'B',
        '登録団体 125団体',
        '登録団体 121団体',
        '新規登録は3団体にとどまった',
      ],
      [
        2,
        '3-1-2 ポイ捨て防止啓発事業\n駅前・商店街での啓発キャンペーン',
        'キャンペーン 8回',
        'B',
        'キャンペーン 12回',
        'キャンペーン 9回',
        '荒天により3回中止',
      ],
      [3, '3-1-3 路上喫煙防止指導員巡回事業\n禁止地区内の巡回・指導', '巡回指導 236日', 'A', '巡回指導 240日', '巡回指導 251日', '土日の巡回を拡充'],
      [
        4,
        '3-1-4 指定喫煙所整備事業\n駅周辺の指定喫煙所の新設・改修',
        '新設:1か所 改修:2か所',
        'C',
        '新設:2か所 改修:3か所',
        '新設:1か所 改修:3か所',
        '用地調整が難航',
      ],
      [5, '3-1-5 不法投棄監視カメラ設置事業\n多発地点への監視カメラ設置', '－', 'D', '監視カメラ 5台', '未実施', '機種選定を見直したため次年度へ延期'],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    wrap(ws, 2, 1, 7, 7);
    box(ws, 2, 1, 7, 7);
    put(ws, 9, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：一部未達成　D：未達成・未実施']);
  },
  expected: {
    file: 'h180-bika-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', 'まち美化推進団体支援事業', '団体', 125, 121, { existing: 'B' }),
      ind('事業実績', 'ポイ捨て防止啓発事業', '回', 12, 9, { existing: 'B' }),
      ind('事業実績', '路上喫煙防止指導員巡回事業', '日', 240, 251, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: '指定喫煙所整備事業',
        measures: [
          { label: '新設', target: 2, actual: 1, unit: 'か所' },
          { label: '改修', target: 3, actual: 3, unit: 'か所' },
        ],
        existing: 'C',
        grade: 'D',
      },
      ind('事業実績', '不法投棄監視カメラ設置事業', '台', 5, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

/**
 * C: a 美化推進 KPI table, 目標値／実績値 rows per KPI over 令和元年度（基準）…令和5年度, values "58 団体", an 評価（R3） column
 * of ◎○△× whose legend gives each mark the default band and its words (◎ 達成 100％以上 …): the marks are that scale's letters.
 */
const kpi: Holdout2Workbook = {
  name: 'h180-bika-kpi',
  layout: 'C: KPI × 令和元年度…令和5年度, 目標値/実績値 rows, "58 団体" values, 方向 column, 集計中, 評価（R3） marks with a worded legend',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [30, 8, 8, 12, 12, 12, 12, 12, 10]);
    merge(ws, 1, 1, 1, 9, '環境美化推進プラン　重要業績評価指標（KPI）の進捗状況　（評価対象：令和３年度）');
    put(ws, 2, 1, ['KPI', '方向', '区分', '令和元年度\n（基準）', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '評価（R3）']);
    const kpis: [string, string, string[], string[], string][] = [
      ['アダプト・プログラム登録団体数', '増加', ['-', '55 団体', '60 団体', '65 団体', '70 団体'], ['50 団体', '53 団体', '58 団体'], '○'],
      ['重点地区の路上喫煙者数（定点調査）', '減少', ['-', '180 人', '150 人', '120 人', '100 人'], ['236 人', '198 人', '173 人'], '○'],
      ['清掃活動参加者数（延べ）', '増加', ['-', '7,500 人', '8,000 人', '8,500 人', '9,000 人'], ['7,120 人', '4,310 人', '8,412 人'], '◎'],
      ['まちがきれいだと感じる市民の割合', '増加', ['-', '62.0 ％', '65.0 ％', '68.0 ％', '70.0 ％'], ['58.4 ％', '60.1 ％', '集計中'], '－'],
    ];
    let r = 3;
    for (const [name, dir, targets, actuals, mark] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, dir);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      merge(ws, r, 9, r + 1, 9, mark);
      r += 2;
    }
    wrap(ws, 2, 1, 2, 9);
    box(ws, 2, 1, r - 1, 9);
    put(ws, r + 1, 1, ['評価　◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, r + 2, 1, ['※市民の割合は市民意識調査（令和4年2月実施）の結果を集計中']);
  },
  expected: {
    file: 'h180-bika-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('KPI', 'アダプト・プログラム登録団体数', '団体', 60, 58, { existing: 'B' }),
      ind('KPI', '重点地区の路上喫煙者数（定点調査）', '人', 150, 173, { direction: 'down', existing: 'B' }),
      ind('KPI', '清掃活動参加者数（延べ）', '人', 8000, 8412, { existing: 'A' }),
      ind('KPI', 'まちがきれいだと感じる市民の割合', '％', 65, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/** D: a 美化推進計画 成果指標 table, 現況（計画策定時） and 実績 with their years in the cell, one final 目標（R7）, 目指す方向. */
const plan: Holdout2Workbook = {
  name: 'h180-bika-plan-indicators',
  layout: 'D: 成果指標 table, 現況 "312⏎（令和元年度）", 目標（R7）, 実績 "236⏎（令和4年度）", 目指す方向 減少/増加, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [30, 34, 10, 14, 12, 14, 26]);
    merge(ws, 1, 1, 1, 7, '第２次まち美化推進計画　成果指標の点検評価（令和４年度実績）');
    put(ws, 2, 1, ['指標', '指標の説明', '目指す方向', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        'ポイ捨てごみ散乱数（重点地区）',
        '重点地区10路線の100mあたりの散乱ごみ（吸い殻を含む）の個数',
        '減少',
        '312\n（令和元年度）',
        200,
        '236\n（令和4年度）',
        '散乱ごみ実態調査（毎年10月）',
      ],
      ['美化推進重点地区の指定数', '条例に基づき指定した美化推進重点地区の数', '増加', '6\n（令和元年度）', 8, '7\n（令和4年度）', '指定告示'],
      [
        '路上喫煙防止条例の認知度',
        '条例を「知っている」と回答した市民の割合（％）',
        '増加',
        '48.5\n（令和元年度）',
        70.0,
        '52.0\n（令和4年度）',
        '市民意識調査',
      ],
      [
        'まち美化サポーター登録者数',
        '清掃活動を行う個人サポーターの登録者数（人）',
        '増加',
        '1,204\n（令和元年度）',
        '1,800',
        '1,930\n（令和4年度）',
        '登録台帳',
      ],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    wrap(ws, 2, 1, 6, 7);
    box(ws, 2, 1, 6, 7);
  },
  expected: {
    file: 'h180-bika-plan-indicators.xlsx',
    fiscalYear: 2022,
    indicators: [
      final(ind('成果指標', 'ポイ捨てごみ散乱数（重点地区）', null, 200, 236, { direction: 'down' })),
      final(ind('成果指標', '美化推進重点地区の指定数', null, 8, 7)),
      final(ind('成果指標', '路上喫煙防止条例の認知度', null, 70, 52)),
      final(ind('成果指標', 'まち美化サポーター登録者数', null, 1800, 1930)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
