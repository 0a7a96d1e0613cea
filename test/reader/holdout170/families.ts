/** Hold-out 170, the four families as 放課後児童クラブ・放課後子ども教室・病児保育 offices write them. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const A_SHEET = '施策3-2';
const aInds = [
  ind(A_SHEET, '放課後児童クラブ登録児童数', '人', 1450, 1412),
  ind(A_SHEET, '放課後子ども教室実施校数', '校', 18, 18),
  ind(A_SHEET, '放課後児童クラブ待機児童数', '人', 20, 31, { direction: 'down' }),
];

/** A: 施策評価シート, stacked indicator blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向, an empty 達成状況 cell beside 「（B）」. */
const policySheet: Holdout2Workbook = {
  name: 'h170-a-houkago-shisaku',
  layout: '施策評価シート（放課後の居場所づくり）, three stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値, ↑／↓, evaluation 令和４年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 10, 12, 12, 12, 12, 12, 14]);
    merge(ws, 1, 1, 1, 8, '施策評価シート（基本施策事後評価）');
    merge(ws, 2, 1, 2, 8, '評価対象期間：令和４年度（令和５年度実施）');
    const head: [string, string][] = [
      ['基本方針', '３　子どもが健やかに育ち、子育てに喜びを感じるまち'],
      ['基本施策', '3-2　放課後の子どもの安全・安心な居場所づくり'],
      ['担当部等', 'こども未来部　こども育成課・生涯学習課'],
    ];
    head.forEach(([k, v], i) => {
      merge(ws, 4 + i, 1, 4 + i, 2, k);
      merge(ws, 4 + i, 3, 4 + i, 8, v);
    });
    merge(ws, 7, 1, 7, 2, '施策の達成状況');
    ws.getCell(7, 4).value = '（B）';
    merge(ws, 7, 5, 7, 8, '※（　）は前年度の評価');
    box(ws, 4, 1, 7, 8);
    const blocks = [
      {
        no: '指標①',
        name: '放課後児童クラブ登録児童数',
        desc: '各年度5月1日現在の放課後児童クラブ登録児童数',
        unit: '人',
        dir: '↑（増加）',
        exp: ['－', 1300, 1450, 1500, 1560, 1600],
        act: [1215, 1330, 1412],
        note: '小学校区ごとの需要に応じ、R4は2クラブを新設',
      },
      {
        no: '指標②',
        name: '放課後子ども教室実施校数',
        desc: '放課後子ども教室を実施している市立小学校数（全22校）',
        unit: '校',
        dir: '↑（増加）',
        exp: ['－', 16, 18, 19, 20, 22],
        act: [12, '１５', '１８'],
        note: 'R2は新型コロナウイルス感染症の影響により一部中止',
      },
      {
        no: '指標③',
        name: '放課後児童クラブ待機児童数',
        desc: '各年度5月1日現在の待機児童数',
        unit: '人',
        dir: '↓（減少）',
        exp: ['－', 35, 20, 10, 5, 0],
        act: [48, 40, 31],
        note: '低学年の申込増により待機が解消せず',
      },
    ];
    let r = 9;
    for (const b of blocks) {
      ws.getCell(r, 1).value = b.no;
      merge(ws, r, 2, r, 8, b.name);
      ws.getCell(r + 1, 1).value = '指標の説明';
      merge(ws, r + 1, 2, r + 1, 8, b.desc);
      ws.getCell(r + 2, 1).value = '単位';
      ws.getCell(r + 2, 2).value = b.unit;
      merge(ws, r + 2, 3, r + 2, 4, '目指す方向');
      merge(ws, r + 2, 5, r + 2, 8, b.dir);
      merge(ws, r + 3, 1, r + 3, 2, '年度');
      put(ws, r + 3, 3, ['R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
      merge(ws, r + 4, 1, r + 4, 2, '期待値\n※R7は目標値');
      put(ws, r + 4, 3, b.exp);
      merge(ws, r + 5, 1, r + 5, 2, '実績値');
      put(ws, r + 5, 3, b.act);
      ws.getCell(r + 6, 1).value = '備考';
      merge(ws, r + 6, 2, r + 6, 8, b.note);
      box(ws, r, 1, r + 6, 8);
      wrap(ws, r + 3, 1, r + 5, 8);
      r += 8;
    }
    merge(ws, r, 1, r, 2, '総合評価');
    merge(ws, r, 3, r, 8, '登録児童数は概ね期待値どおりだが、待機児童の解消が遅れている。');
    box(ws, r, 1, r, 8);
  },
  expected: {
    file: 'h170-a-houkago-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'C7', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

const B_SHEET = '事業実績';

/** B: 事業実績 of 推進事業, text figures 「開設クラブ数 44か所」, two measures in one cell, a 未実施, full-width digits. */
const projectTable: Holdout2Workbook = {
  name: 'h170-b-jigyo-jisseki',
  layout:
    '令和６年度 事業実績, 推進事業 (code, name, 概要 in one cell), R5年度実績値, 自己評価, R6年度数値目標／実績値 as text, 病児／病後児 in one cell, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 38, 20, 8, 24, 24, 30, 10]);
    merge(ws, 1, 1, 1, 8, '令和６年度　推進事業の実績（子ども・子育て支援）');
    ws.getCell(2, 8).value = 'こども家庭課';
    put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値', '成果・効果／課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '2-3-1\n放課後児童健全育成事業\n（概要）保護者が就労等により昼間家庭にいない小学生に、放課後の適切な遊びと生活の場を提供する。',
        '開設クラブ数 42か所',
        'A',
        '開設クラブ数 44か所',
        '開設クラブ数 44か所',
        '民設クラブ2か所を新たに開設した。',
        '拡充',
      ],
      [
        2,
        '2-3-2\n放課後子ども教室推進事業\n（概要）地域住民の参画を得て、放課後に学習やスポーツ・文化活動の機会を提供する。',
        '実施教室数 １６教室',
        'A',
        '実施教室数 ２０教室',
        '実施教室数 １７教室',
        'コーディネーターの確保が課題。',
        '継続',
      ],
      [
        3,
        '2-3-3\n病児・病後児保育事業\n（概要）病気又は病気の回復期にある児童を医療機関等に付設された専用スペースで一時的に保育する。',
        '病児保育 延べ1,402人\n病後児保育 延べ188人',
        'B',
        '病児保育 延べ1,800人\n病後児保育 延べ400人',
        '病児保育 延べ1,523人\n病後児保育 延べ212人',
        '病後児保育は利用が伸びず、周知が必要。',
        '見直し',
      ],
      [
        4,
        '2-3-4\n放課後児童支援員等研修事業\n（概要）放課後児童支援員等の資質向上のための研修を実施する。',
        '研修開催 4回',
        'D',
        '研修開催 6回',
        '未実施',
        '講師の日程調整がつかず、県の研修への参加で代替した。',
        '見直し',
      ],
      [
        5,
        '2-3-5\nファミリー・サポート・センター事業\n（概要）病児・病後児の預かりを含む育児の相互援助活動を支援する。',
        '会員数 668人',
        'A',
        '会員数 650人',
        '会員数 702人',
        '提供会員向け講習会を年3回開催。',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 8, 8);
    wrap(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h170-b-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '放課後児童健全育成事業', 'か所', 44, 44, { existing: 'A' }),
      ind(B_SHEET, '放課後子ども教室推進事業', '教室', 20, 17, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '病児・病後児保育事業',
        unit: '人',
        measures: [
          { label: '病児保育', target: 1800, actual: 1523, unit: '人' },
          { label: '病後児保育', target: 400, actual: 212, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'D',
      },
      ind(B_SHEET, '放課後児童支援員等研修事業', '回', 6, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, 'ファミリー・サポート・センター事業', '人', 650, 702, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI進捗';

/** C: KPI table, 目標値／実績値 rows per 令和2年度…令和6年度, values 「1,381 人」, ◎○△× with a legend of the default bands and words. */
const kpiTable: Holdout2Workbook = {
  name: 'h170-c-kpi-kosodate',
  layout:
    '子ども・子育て支援事業計画 KPI, 目標値／実績値 rows × 令和2年度…令和6年度, 「1,381 人」, 「-」 targets, ◎○△× (R3) with a legend, evaluation 令和３年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 32, 9, 12, 12, 12, 12, 12, 9, 28]);
    merge(ws, 1, 1, 1, 10, '第２期子ども・子育て支援事業計画　重要業績評価指標（KPI）の進捗状況');
    ws.getCell(2, 1).value = '評価年度：令和３年度';
    put(ws, 4, 1, ['No.', 'KPI', '区分', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '評価\n（R3）', '備考']);
    const kpis: [string, (string | undefined)[], (string | undefined)[], string, string][] = [
      ['放課後児童クラブ利用児童数', ['1,300 人', '1,350 人', '1,400 人', '1,450 人', '1,500 人'], ['1,296 人', '1,381 人'], '◎', '各年度5月1日現在'],
      [
        '放課後子ども教室参加延べ人数',
        ['22,000 人', '24,000 人', '26,000 人', '28,000 人', '30,000 人'],
        ['9,840 人', '16,250 人'],
        '△',
        'R2・R3は感染症対策のため回数を縮小',
      ],
      ['病児保育施設利用延べ人数', ['2,400 人', '2,400 人', '2,600 人', '2,800 人', '3,000 人'], ['1,012 人', '1,250 人'], '×', ''],
      ['放課後児童支援員数', ['-', '-', '-', '-', '200 人'], ['172 人', '185 人'], '－', '目標は計画最終年度のみ設定'],
    ];
    kpis.forEach(([name, tg, ac, mark, note], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      ws.getCell(r, 3).value = '目標値';
      ws.getCell(r + 1, 3).value = '実績値';
      put(ws, r, 4, tg);
      put(ws, r + 1, 4, ac);
      merge(ws, r, 9, r + 1, 9, mark);
      merge(ws, r, 10, r + 1, 10, note || undefined);
    });
    box(ws, 4, 1, 12, 10);
    wrap(ws, 4, 1, 4, 10);
    merge(ws, 14, 1, 14, 10, '【評価】◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）');
  },
  expected: {
    file: 'h170-c-kpi-kosodate.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '放課後児童クラブ利用児童数', '人', 1350, 1381, { existing: 'A' }),
      ind(C_SHEET, '放課後子ども教室参加延べ人数', '人', 24000, 16250, { existing: 'C' }),
      ind(C_SHEET, '病児保育施設利用延べ人数', '人', 2400, 1250, { existing: 'D' }),
      ind(C_SHEET, '放課後児童支援員数', '人', null, 185),
    ],
    groups: [],
  },
};

const D_SHEET = '点検評価一覧';
const dFinal = (i: ReturnType<typeof ind>) => ({ ...i, targetSource: 'final' });

/** D: plan indicators, 現況（計画策定時） and 実績 with their years in the cell, 目標（R6）, a 集計中. */
const planIndicators: Holdout2Workbook = {
  name: 'h170-d-plan-shihyo',
  layout: '令和６年度 点検評価一覧（令和５年度実績）, 現況 「38⏎（令和元年度）」, 目標（R6）, 実績 「44⏎（令和5年度）」, 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [30, 34, 8, 16, 12, 16, 26]);
    merge(ws, 1, 1, 1, 7, '令和６年度　点検評価一覧（令和５年度実績）');
    merge(ws, 2, 1, 2, 7, '基本方針２　地域で子どもを見守り育てる環境づくり');
    put(ws, 4, 1, ['指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R6）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '放課後児童クラブ設置数',
        '市内の放課後児童クラブ（公設・民設）の数',
        'か所',
        '38\n（令和元年度）',
        46,
        '44\n（令和5年度）',
        '子育て支援課調べ（5月1日現在）',
      ],
      [
        '放課後子ども教室実施小学校区数',
        '放課後子ども教室を実施している小学校区の数',
        '校区',
        '12\n（令和元年度）',
        22,
        '２２\n（令和5年度）',
        '生涯学習課調べ',
      ],
      ['病児保育実施施設数', '病児対応型・病後児対応型の実施施設数', '施設', '2\n（令和元年度）', 4, '2\n（令和5年度）', '保育課調べ'],
      [
        '放課後児童クラブ利用者満足度',
        '利用者アンケートで「満足」「やや満足」と回答した保護者の割合',
        '％',
        '78.5\n（令和元年度）',
        85.0,
        '集計中',
        '利用者アンケート（毎年2月実施）',
      ],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 8, 7);
    wrap(ws, 4, 1, 8, 7);
  },
  expected: {
    file: 'h170-d-plan-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      dFinal(ind(D_SHEET, '放課後児童クラブ設置数', 'か所', 46, 44)),
      dFinal(ind(D_SHEET, '放課後子ども教室実施小学校区数', '校区', 22, 22)),
      dFinal(ind(D_SHEET, '病児保育実施施設数', '施設', 4, 2)),
      dFinal(ind(D_SHEET, '放課後児童クラブ利用者満足度', '％', 85, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
