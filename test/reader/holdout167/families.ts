/** Hold-out 167, the four families as sports offices write them (スポーツ推進・総合型地域スポーツクラブ・部活動の地域移行). */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

/** A: 施策評価シート, three stacked indicator blocks R2（基準値）…R7（目標値） with 期待値／実績値 rows, evaluated for 令和４年度. */
const policySheet: Holdout2Workbook = {
  name: 'h167-sports-policy-sheet',
  layout: "A: 施策評価シート of 施策 5-3 (スポーツ), three stacked 成果指標 blocks, 期待値 and 実績値 rows R2…R7, last year's （B） beside an empty 達成状況",
  build(wb: Workbook) {
    const ws = wb.addWorksheet('施策5-3');
    widths(ws, [12, 16, 11, 11, 11, 11, 11, 11, 14, 24]);
    merge(ws, 1, 1, 1, 10, '令和５年度　施策評価シート（評価対象年度：令和４年度）');
    put(ws, 2, 1, ['基本目標', '５　生涯にわたり学び、心豊かに暮らせるまち']);
    merge(ws, 2, 2, 2, 10);
    put(ws, 3, 1, ['施策', '５－３　スポーツの推進']);
    merge(ws, 3, 2, 3, 10);
    put(ws, 4, 1, ['担当課', '生涯学習部　スポーツ推進課（関係課：学校教育課）']);
    merge(ws, 4, 2, 4, 10);
    put(ws, 5, 1, ['施策の達成状況']);
    merge(ws, 5, 1, 5, 2);
    // C5: the grade to be written (left empty); D5: last year's
    put(ws, 5, 4, ['（B）', '※（　）内は前年度評価']);
    merge(ws, 5, 5, 5, 7);
    put(ws, 6, 1, ['評価基準：A 順調（100％以上）　B 概ね順調（80％以上）　C やや遅れている（60％以上）　D 遅れている（60％未満）']);
    merge(ws, 6, 1, 6, 10);
    box(ws, 2, 1, 5, 10);

    const blocks: [string, string, string, string, (string | number)[], (string | number)[], string][] = [
      [
        '成果指標①',
        '成人の週１回以上のスポーツ実施率',
        '市民意識調査で「週１回以上運動・スポーツをしている」と回答した20歳以上の市民の割合',
        '％',
        [46.2, 50.0, 55.0, 58.0, 61.0, 65.0],
        [46.2, 48.7, 51.3],
        '市民意識調査（毎年７月実施）',
      ],
      [
        '成果指標②',
        '総合型地域スポーツクラブ会員数',
        '市内４クラブの年度末会員数の合計',
        '人',
        [2150, 2250, 2400, 2550, 2700, 2850],
        [2150, 2204, 2512],
        '各クラブからの報告',
      ],
      [
        '成果指標③',
        '市営スポーツ施設年間利用者数',
        '市営体育館・運動公園・プール等の年間延べ利用者数',
        '人',
        [398000, 440000, 480000, 510000, 530000, 550000],
        [398112, 351640, 372150],
        'コロナ禍による利用制限の影響が続いた',
      ],
    ];
    let r = 8;
    for (const [no, name, desc, unit, expected, actual, note] of blocks) {
      put(ws, r, 1, [no, name]);
      merge(ws, r, 2, r, 10);
      put(ws, r + 1, 1, ['指標の説明', desc]);
      merge(ws, r + 1, 2, r + 1, 8);
      put(ws, r + 1, 9, ['単位', unit]);
      put(ws, r + 2, 1, ['区分', '', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', '', '備考']);
      put(ws, r + 3, 1, ['期待値', '', ...expected]);
      put(ws, r + 4, 1, ['実績値', '', ...actual]);
      merge(ws, r + 3, 10, r + 4, 10, note);
      for (const k of [2, 3, 4]) merge(ws, r + k, 1, r + k, 2);
      for (const k of [3, 4]) for (let c = 3; c <= 8; c++) ws.getCell(r + k, c).numFmt = unit === '％' ? '0.0' : '#,##0';
      wrap(ws, r + 2, 3, r + 2, 8);
      box(ws, r, 1, r + 4, 10);
      r += 6;
    }
  },
  expected: {
    file: 'h167-sports-policy-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('施策5-3', '成人の週１回以上のスポーツ実施率', '％', 55.0, 51.3),
      ind('施策5-3', '総合型地域スポーツクラブ会員数', '人', 2400, 2512),
      ind('施策5-3', '市営スポーツ施設年間利用者数', '人', 480000, 372150),
    ],
    groups: [{ sheet: '施策5-3', cell: 'C5', grade: rollUp(['B', 'A', 'C']) }],
  },
};

/** B: 令和６年度 事業実績 of 部活動の地域移行 and club projects: text figures, two measures in one cell, a 未実施. */
const projectResults: Holdout2Workbook = {
  name: 'h167-bukatsu-project-results',
  layout: 'B: 事業実績 table, name and 概要 in one cell, 数値目標／実績値 as text with label and unit, two measures in one cell, 未実施, 自己評価 A–D',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 38, 20, 22, 22, 9, 10, 30]);
    merge(ws, 1, 1, 1, 8, '令和６年度　スポーツ推進計画　推進事業の実績（スポーツ推進課・学校教育課）');
    put(ws, 2, 1, ['No.', '推進事業（事業名・概要）', '令和５年度実績値', '令和６年度数値目標', '令和６年度実績値', '自己評価', '今後の方向性', '成果・課題']);
    wrap(ws, 2, 1, 2, 8);
    const rows: (string | number)[][] = [
      [
        1,
        '部活動地域移行推進事業\n休日の中学校部活動を地域クラブ活動へ段階的に移行する。',
        '地域クラブ設立数 2団体',
        '地域クラブ設立数 6団体',
        '地域クラブ設立数 4団体',
        'B',
        '拡充',
        '指導者確保が難航し、２種目で移行を次年度に延期',
      ],
      [
        2,
        '部活動指導員配置事業\n専門的な指導ができる部活動指導員を中学校に配置する。',
        '配置人数 21人',
        '配置人数 25人',
        '配置人数 28人',
        'A',
        '継続',
        '全中学校（８校）に配置',
      ],
      [
        3,
        '総合型地域スポーツクラブ育成支援事業\nクラブの運営費・指導者養成経費を補助する。',
        '補助団体数 4団体',
        '補助団体数 5団体',
        '補助団体数 5団体',
        'A',
        '継続',
        '',
      ],
      [
        4,
        'スポーツ指導者養成事業\n地域クラブ・スポーツ少年団の指導者向け講習会を開催する。',
        '講習会 3回\n受講者 96人',
        '講習会 4回\n受講者 120人',
        '講習会 4回\n受講者 87人',
        'C',
        '見直し',
        '平日夜間開催で受講者が伸び悩んだ',
      ],
      [
        5,
        '市民スポーツフェスティバル開催事業\n市民が気軽に参加できる軽スポーツの祭典を開催する。',
        '参加者数 2,640人',
        '参加者数 3,000人',
        '未実施',
        'D',
        '継続',
        '体育館改修工事のため開催を見送った',
      ],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    wrap(ws, 3, 1, 7, 8);
    box(ws, 2, 1, 7, 8);
  },
  expected: {
    file: 'h167-bukatsu-project-results.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('事業実績', '部活動地域移行推進事業', '団体', 6, 4, { existing: 'B' }),
      ind('事業実績', '部活動指導員配置事業', '人', 25, 28, { existing: 'A' }),
      ind('事業実績', '総合型地域スポーツクラブ育成支援事業', '団体', 5, 5, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: 'スポーツ指導者養成事業',
        measures: [
          { label: '講習会', target: 4, actual: 4, unit: '回' },
          { label: '受講者', target: 120, actual: 87, unit: '人' },
        ],
        existing: 'C',
        grade: 'C',
      },
      ind('事業実績', '市民スポーツフェスティバル開催事業', '人', 3000, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

/** C: 第２期総合戦略 KPI table, 目標値／実績値 rows per 令和3年度…令和7年度, values with units, 「－」 where no target, ◎○△× with a legend of the default bands and words. */
const kpiTable: Holdout2Workbook = {
  name: 'h167-sports-town-kpi',
  layout: 'C: KPI × 令和3年度…令和7年度 with a 目標値 and a 実績値 row each, 「3,912 人泊」 text values, 「－」 target, 集計中, R5評価 marks ◎○ with a legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [30, 8, 12, 12, 12, 12, 12, 10]);
    merge(ws, 1, 1, 1, 8, '第２期まち・ひと・しごと創生総合戦略　基本目標２「スポーツで人が集うまち」ＫＰＩ検証シート');
    put(ws, 2, 1, ['検証対象：令和５年度実績（令和６年５月　外部有識者会議）']);
    merge(ws, 2, 1, 2, 8);
    put(ws, 3, 1, ['ＫＰＩ', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', 'R5評価']);
    const kpis: [string, (string | number)[], (string | number)[], string][] = [
      [
        'スポーツ合宿・大会による宿泊者数',
        ['2,000 人泊', '2,800 人泊', '3,500 人泊', '4,200 人泊', '5,000 人泊'],
        ['1,412 人泊', '2,965 人泊', '3,912 人泊', '', ''],
        '◎',
      ],
      ['総合型地域スポーツクラブ加入率', ['3.0 ％', '3.5 ％', '4.0 ％', '4.5 ％', '5.0 ％'], ['2.9 ％', '3.1 ％', '3.4 ％', '', ''], '○'],
      ['スポーツボランティア登録者数', ['200 人', '250 人', '300 人', '350 人', '400 人'], ['184 人', '221 人', '集計中', '', ''], ''],
      ['障がい者スポーツ教室参加者数', ['－', '－', '－', '500 人', '600 人'], ['288 人', '365 人', '412 人', '', ''], '－'],
    ];
    let r = 4;
    for (const [name, targets, actuals, mark] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals]);
      merge(ws, r, 8, r + 1, 8, mark);
      r += 2;
    }
    box(ws, 3, 1, r - 1, 8);
    put(ws, r + 1, 1, ['【評価】◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, r + 2, 1, [
      '※スポーツボランティア登録者数は県の登録制度の集計を待って確定する。障がい者スポーツ教室参加者数は令和６年度の戦略改訂で追加したＫＰＩ。',
    ]);
  },
  expected: {
    file: 'h167-sports-town-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', 'スポーツ合宿・大会による宿泊者数', '人泊', 3500, 3912, { existing: 'A' }),
      ind('KPI', '総合型地域スポーツクラブ加入率', '％', 4.0, 3.4, { existing: 'B' }),
      ind('KPI', 'スポーツボランティア登録者数', '人', 300, null, { actualStatus: 'pending' }),
      ind('KPI', '障がい者スポーツ教室参加者数', '人', null, 412),
    ],
    groups: [],
  },
};

/** D: スポーツ推進計画 成果指標 点検評価, 現況 with its year in the cell, 目標（R8）, 実績 with its year, 目指す方向 ↑／↓. */
const planIndicators: Holdout2Workbook = {
  name: 'h167-sports-plan-indicators',
  layout:
    'D: 第２期スポーツ推進計画 成果指標 with 現況「47.8⏎（令和元年度）」, 目標（R8）, 実績「56.9⏎（令和6年度）」, 単位 and 目指す方向 columns, 現状把握の方法',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [4, 30, 30, 7, 8, 14, 11, 14, 24]);
    merge(ws, 1, 1, 1, 9, '第２期○○市スポーツ推進計画（令和４年度～令和８年度）　成果指標の点検・評価（令和６年度実績）');
    put(ws, 2, 1, ['No.', '指標', '指標の説明', '単位', '目指す\n方向', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    wrap(ws, 2, 1, 2, 9);
    const rows: (string | number)[][] = [
      [
        1,
        '成人の週１回以上のスポーツ実施率',
        '20歳以上の市民のうち週１回以上運動・スポーツを行う人の割合',
        '％',
        '↑',
        '47.8\n（令和元年度）',
        65.0,
        '56.9\n（令和6年度）',
        '市民意識調査',
      ],
      [
        2,
        '総合型地域スポーツクラブ数',
        '市内で活動する総合型地域スポーツクラブの数',
        'クラブ',
        '↑',
        '3\n（令和3年度）',
        5,
        '5\n（令和6年度）',
        '県スポーツ協会の登録',
      ],
      [
        3,
        '地域クラブへ移行した休日の中学校部活動数',
        '休日の活動を地域クラブ活動に移行した中学校部活動の数',
        '部',
        '↑',
        '0\n（令和4年度）',
        24,
        '9\n（令和6年度）',
        '学校教育課調べ',
      ],
      [
        4,
        '運動やスポーツが嫌いな中学生の割合',
        '体力・運動能力調査で「嫌い」「やや嫌い」と答えた中学２年生の割合',
        '％',
        '↓',
        '16.3\n（令和3年度）',
        12.0,
        '13.1\n（令和6年度）',
        '全国体力・運動能力、運動習慣等調査',
      ],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    wrap(ws, 3, 1, 6, 9);
    box(ws, 2, 1, 6, 9);
    put(ws, 8, 2, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h167-sports-plan-indicators.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind('成果指標', '成人の週１回以上のスポーツ実施率', '％', 65.0, 56.9), targetSource: 'final' },
      { ...ind('成果指標', '総合型地域スポーツクラブ数', 'クラブ', 5, 5), targetSource: 'final' },
      { ...ind('成果指標', '地域クラブへ移行した休日の中学校部活動数', '部', 24, 9), targetSource: 'final' },
      { ...ind('成果指標', '運動やスポーツが嫌いな中学生の割合', '％', 12.0, 13.1, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
