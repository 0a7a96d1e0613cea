/** Hold-out 173, the four families, as 公営競技（競輪・ボートレース）事業 offices write them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp } from '../holdout2/kit';
import type { Holdout2Workbook } from '../holdout2/kit';

/** A: 施策評価シート, stacked indicator blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向, empty 達成状況 beside 「（B）」. */
const policySheet: Holdout2Workbook = {
  name: 'h173-keirin-shisaku-sheet',
  layout: 'A: one 施策 sheet, five stacked indicator blocks with 期待値／実績値 rows over R2…R7, ↑／↓ 目指す方向, empty 施策の達成状況',
  build(wb) {
    const ws = wb.addWorksheet('5-3');
    widths(ws, [14, 13, 13, 13, 13, 13, 13, 30]);
    merge(ws, 1, 1, 1, 8, '令和５年度　施策評価シート（評価対象年度：令和４年度）');
    put(ws, 2, 1, ['基本方針', '５　活力ある産業のまち']);
    put(ws, 2, 5, ['担当部等', '経済部　競輪事業課']);
    put(ws, 3, 1, ['基本施策', '5-3　公営競技事業の健全経営と収益金の活用']);
    put(ws, 4, 1, ['施策の達成状況', undefined, '（B）']);
    ws.getCell(4, 4).value = '※（　）内は前年度の達成状況';
    box(ws, 2, 1, 4, 3);
    const blocks: [string, string, string, string, (string | number)[], (string | number)[], string][] = [
      ['指標①', '本場年間入場者数', '人', '↑（増加）', ['－', 52000, 55000, 58000, 60000, 62000], [48210, 50112, 53870], '無観客開催の解除により回復傾向'],
      ['指標②', '車券発売額', '百万円', '↑（増加）', ['－', 19500, 21000, 22000, 23000, 24000], [18230.5, 20988.1, 23456.7], 'インターネット投票が好調'],
      ['指標③', '一般会計繰出金額', '百万円', '↑（増加）', ['－', 300, 300, 300, 300, 300], [0, 200, 300], '繰出金は福祉・教育施設の整備に充当'],
      [
        '指標④',
        '来場者アンケートにおける不満足回答率',
        '％',
        '↓（減少）',
        ['－', 18.0, 15.0, 13.0, 12.0, 10.0],
        [21.4, 19.6, 18.2],
        'R4は空調設備の不具合による苦情が多い',
      ],
      ['指標⑤', 'ミッドナイト競輪開催日数', '日', '↑（増加）', ['－', 54, 60, 63, 66, 72], [36, 42, 45], '選手確保の都合により計画を下回った'],
    ];
    let r = 6;
    for (const [no, name, unit, dir, exp, act, note] of blocks) {
      put(ws, r, 1, [no]);
      merge(ws, r, 2, r, 4, name);
      put(ws, r, 5, ['単位', unit, '目指す方向', dir]);
      put(ws, r + 1, 1, ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
      put(ws, r + 2, 1, ['期待値\n※R7は目標値', ...exp]);
      put(ws, r + 3, 1, ['実績値', ...act]);
      put(ws, r + 4, 1, ['備考']);
      merge(ws, r + 4, 2, r + 4, 7, note);
      wrap(ws, r + 1, 1, r + 2, 7);
      box(ws, r, 1, r + 4, 8);
      r += 6;
    }
  },
  expected: {
    file: 'h173-keirin-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('5-3', '本場年間入場者数', '人', 55000, 53870),
      ind('5-3', '車券発売額', '百万円', 21000, 23456.7),
      ind('5-3', '一般会計繰出金額', '百万円', 300, 300),
      ind('5-3', '来場者アンケートにおける不満足回答率', '％', 15, 18.2, { direction: 'down' }),
      ind('5-3', 'ミッドナイト競輪開催日数', '日', 60, 45),
    ],
    groups: [],
  },
};
policySheet.expected.groups = [{ sheet: '5-3', cell: 'B4', grade: rollUp(policySheet.expected.indicators.map((i) => i.grade)) }];

/** B: ボートレース 推進事業の実績, text figures 「新規会員 1,500人」, two measures in one cell, 未実施, 億円, self-assessed letters. */
const projectTable: Holdout2Workbook = {
  name: 'h173-boat-jigyo-jisseki',
  layout: 'B: 令和３年度 ボートレース推進事業 table, 【code】name⏎（概要）, R2 実績, 自己評価 letters, R3 目標／実績 as text, two measures, 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [6, 40, 18, 10, 22, 22, 26]);
    merge(ws, 1, 1, 1, 7, '令和３年度　ボートレース事業推進計画　推進事業の実績');
    put(ws, 2, 1, ['自己評価　A：順調　B：概ね順調　C：やや遅れ　D：遅れ（未実施を含む）']);
    put(ws, 3, 1, ['No.', '推進事業', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '備考']);
    const rows: (string | number)[][] = [
      [1, '【3-1】場外舟券発売場運営事業\n（ボートピアにおける場外発売の実施）', '発売日数 355日', 'A', '発売日数 360日', '発売日数 362日', ''],
      [
        2,
        '【3-2】電話投票会員獲得促進事業\n（新規会員獲得キャンペーンの実施）',
        '新規会員 1,104人',
        'B',
        '新規会員 1,500人',
        '新規会員 1,212人',
        'キャンペーン期間を短縮',
      ],
      [
        3,
        '【3-3】ファンサービスイベント開催事業\n（本場でのイベント・選手トークショー）',
        '未実施',
        'D',
        '開催 12回',
        '未実施',
        '新型コロナウイルス感染症拡大防止のため中止',
      ],
      [
        4,
        '【3-4】施設改善事業\n（スタンド耐震改修、場内照明のLED化）',
        '耐震改修 0棟\n照明ＬＥＤ化 80基',
        'C',
        '耐震改修 1棟\n照明ＬＥＤ化 200基',
        '耐震改修 1棟\n照明ＬＥＤ化 150基',
        '照明は部材調達の遅れ',
      ],
      [5, '【3-5】収益金繰出事業\n（一般会計への繰出）', '繰出金 2億円', 'A', '繰出金 3億円', '繰出金 4.5億円', ''],
      [6, '【3-6】地域貢献事業\n（収益金による小中学校施設整備への充当）', '整備校数 2校', 'B', '整備校数 4校', '整備校数 3校', '１校は翌年度へ繰越'],
      [7, '【3-7】場内防犯対策事業\n（防犯カメラの更新）', '防犯カメラ更新 6台', 'A', '防犯カメラ更新 10台', '防犯カメラ更新 10台', ''],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 10, 7);
    box(ws, 3, 1, 10, 7);
  },
  expected: {
    file: 'h173-boat-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('事業実績', '場外舟券発売場運営事業', '日', 360, 362, { existing: 'A' }),
      ind('事業実績', '電話投票会員獲得促進事業', '人', 1500, 1212, { existing: 'B' }),
      ind('事業実績', 'ファンサービスイベント開催事業', '回', 12, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: '事業実績',
        name: '施設改善事業',
        measures: [
          { label: '耐震改修', target: 1, actual: 1, unit: '棟' },
          { label: '照明ＬＥＤ化', target: 200, actual: 150, unit: '基' },
        ],
        direction: 'up',
        existing: 'C',
        grade: 'C',
      },
      ind('事業実績', '収益金繰出事業', '億円', 3, 4.5, { existing: 'A' }),
      ind('事業実績', '地域貢献事業', '校', 4, 3, { existing: 'B' }),
      ind('事業実績', '場内防犯対策事業', '台', 10, 10, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** C: 経営戦略 KPI, 目標値／実績値 rows per 令和3年度…令和7年度, values 「1,050 億円」, ◎○△× with a worded default legend, R6 evaluated. */
const kpiTable: Holdout2Workbook = {
  name: 'h173-boat-keiei-senryaku-kpi',
  layout:
    'C: ボートレース経営戦略 KPI, 目標値／実績値 rows per 令和3年度…令和7年度 with units in cells, 評価 ◎○△× (legend with words and default bands), a KPI with no target',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [28, 9, 14, 14, 14, 14, 14, 14, 8]);
    merge(ws, 1, 1, 1, 9, 'ボートレース事業経営戦略　重要業績評価指標（KPI）の進捗状況（令和６年度）');
    put(ws, 2, 1, ['評価（令和６年度）　◎：目標達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, 3, 1, ['KPI', '区分', '基準値（R2）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '評価']);
    const kpis: [string, (string | null)[], (string | null)[], string][] = [
      [
        '年間舟券売上額',
        ['-', '900 億円', '950 億円', '1,000 億円', '1,050 億円', '1,100 億円'],
        ['812.6 億円', '934.2 億円', '1,002.8 億円', '1,061.0 億円', '1,123.4 億円', null],
        '◎',
      ],
      [
        '本場入場者数',
        ['-', '120,000 人', '130,000 人', '140,000 人', '150,000 人', '160,000 人'],
        ['64,210 人', '98,330 人', '117,900 人', '126,050 人', '128,400 人', null],
        '○',
      ],
      ['電話投票売上比率', ['-', '80.0 ％', '82.0 ％', '84.0 ％', '85.0 ％', '86.0 ％'], ['78.4 ％', '83.1 ％', '85.6 ％', '87.2 ％', '88.1 ％', null], '◎'],
      [
        '一般会計への繰出金',
        ['-', '800 百万円', '900 百万円', '1,000 百万円', '1,000 百万円', '1,000 百万円'],
        ['500 百万円', '800 百万円', '1,000 百万円', '900 百万円', '700 百万円', null],
        '△',
      ],
      ['有料席利用者数', ['-', '-', '-', '-', '-', '-'], ['3,120 人', '8,450 人', '10,230 人', '11,870 人', '12,340 人', null], '－'],
    ];
    let r = 4;
    for (const [name, tg, ac, mark] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...tg]);
      put(ws, r + 1, 2, ['実績値', ...ac]);
      merge(ws, r, 9, r + 1, 9, mark);
      r += 2;
    }
    box(ws, 3, 1, r - 1, 9);
  },
  expected: {
    file: 'h173-boat-keiei-senryaku-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('KPI', '年間舟券売上額', '億円', 1050, 1123.4, { existing: 'A' }),
      ind('KPI', '本場入場者数', '人', 150000, 128400, { existing: 'B' }),
      ind('KPI', '電話投票売上比率', '％', 85, 88.1, { existing: 'A' }),
      ind('KPI', '一般会計への繰出金', '百万円', 1000, 700, { existing: 'C' }),
      ind('KPI', '有料席利用者数', '人', null, 12340),
    ],
    groups: [],
  },
};

/** D: 競輪事業中長期経営計画 成果指標, 現況 「152.3⏎（令和元年度）」, 目標（R8）, 実績 with its year, a blank 実績, ▲ in 現況. */
const planIndicators: Holdout2Workbook = {
  name: 'h173-keirin-keikaku-seika-shihyo',
  layout: 'D: 競輪事業中長期経営計画 成果指標, 現況（計画策定時） and 実績 with their years in the cell, 目標（R8）, 単位 column, a blank 実績',
  build(wb) {
    const ws: Worksheet = wb.addWorksheet('成果指標');
    widths(ws, [5, 26, 34, 8, 16, 12, 16, 24]);
    merge(ws, 1, 1, 1, 8, '競輪事業中長期経営計画（令和3年度～令和8年度）　成果指標の進捗状況（令和４年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '車券売上額', '本場・場外・インターネット投票を合わせた年間売上額', '億円', '152.3\n（令和元年度）', 200, '218.6\n（令和４年度）', '決算書'],
      [2, '本場開催日数', '本場で開催した競輪の年間日数', '日', '56\n（令和元年度）', 64, '60\n（令和４年度）', '開催実績'],
      [3, 'インターネット投票売上割合', '車券売上額に占めるインターネット投票の割合', '％', '62.1\n（令和元年度）', 75, '80.4\n（令和４年度）', '売上集計'],
      [4, '単年度収支', '競輪事業特別会計の実質単年度収支', '百万円', '▲120\n（令和元年度）', 300, '245\n（令和４年度）', '決算書'],
      [5, '一般会計繰出金', '競輪事業特別会計から一般会計への繰出金', '百万円', '0\n（令和元年度）', 200, '', '決算書（令和４年度決算は9月確定）'],
      [6, '来場者満足度', '来場者アンケートで「満足」「やや満足」と回答した割合', '％', '58.0\n（令和元年度）', 70, '41.5\n（令和４年度）', '来場者アンケート'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h173-keirin-keikaku-seika-shihyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind('成果指標', '車券売上額', '億円', 200, 218.6), targetSource: 'final' },
      { ...ind('成果指標', '本場開催日数', '日', 64, 60), targetSource: 'final' },
      { ...ind('成果指標', 'インターネット投票売上割合', '％', 75, 80.4), targetSource: 'final' },
      { ...ind('成果指標', '単年度収支', '百万円', 300, 245), targetSource: 'final' },
      { ...ind('成果指標', '一般会計繰出金', '百万円', 200, null, { actualStatus: 'missing' }), targetSource: 'final' },
      { ...ind('成果指標', '来場者満足度', '％', 70, 41.5), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
