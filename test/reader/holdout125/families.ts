/**
 * Hold-out 125, the four families as 選挙管理委員会事務局・議会事務局・監査委員事務局 write them: a 基本施策事後評価シート with
 * four indicator blocks (評価対象期間：令和４年度), a 令和２年度 議会事務局 事業実績 with text figures, a 総合戦略 KPI table
 * (評価対象年度：令和３年度) with values 「38.2 ％」 and ○×, and a 議会改革推進計画 点検評価一覧 of 令和５年度 with years in cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// A: 基本施策事後評価シート, four blocks tiled two across, R1…R7 with R2（現状値）, 実績値 and 期待値 rows.

const A_SHEET = '基本施策5-2';

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  /** R1…R7 */
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '①',
    name: '各種選挙の平均投票率',
    description: '各年度に執行した選挙（国政・県・市）の投票率の平均',
    unit: '％',
    actuals: [49.8, 47.5, 52.1, 48.6, null, null, null],
    expected: [null, null, 50.0, 51.0, 52.0, 53.0, 55.0],
    note: 'R4は参議院議員通常選挙・市長選挙の平均',
  },
  {
    no: '②',
    name: '期日前投票所の設置数',
    description: '選挙時に設置した期日前投票所の数（移動期日前投票所を含む）',
    unit: 'か所',
    actuals: [6, 6, 7, 9, null, null, null],
    expected: [null, null, 7, 8, 9, 9, 10],
    note: 'R4から商業施設に２か所設置',
  },
  {
    no: '③',
    name: '議会傍聴者数',
    description: '本会議・委員会の年間延べ傍聴者数',
    unit: '人',
    actuals: [812, 305, 356, 412, null, null, null],
    expected: [null, null, 500, 600, 700, 800, 850],
    note: 'R2・R3は感染症対策のため傍聴席を半数に制限',
  },
  {
    no: '④',
    name: '主権者教育出前授業の実施校数',
    description: '市内の中学校・高等学校で選挙出前授業を実施した学校数',
    unit: '校',
    actuals: [3, 1, 2, 4, null, null, null],
    expected: [null, null, null, null, null, null, 6],
    note: '期待値は目標年度（R7）のみ設定',
  },
];

/** Draws one block at (row, col): 9 columns wide, 5 rows high. */
function drawBlock(ws: Worksheet, row: number, col: number, b: Block): void {
  put(ws, row, col, [`指　標 ${b.no}`]);
  merge(ws, row, col + 1, row, col + 3, b.name);
  put(ws, row, col + 4, ['指標の説明']);
  merge(ws, row, col + 5, row, col + 8, b.description);
  put(ws, row + 1, col, ['単位', '区分', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  merge(ws, row + 2, col, row + 3, col, b.unit);
  put(ws, row + 2, col + 1, ['実績値', ...b.actuals]);
  put(ws, row + 3, col + 1, ['期待値\n※R7は目標値', ...b.expected]);
  put(ws, row + 4, col, ['備　考']);
  merge(ws, row + 4, col + 1, row + 4, col + 8, b.note);
  wrap(ws, row + 1, col, row + 3, col + 8);
  box(ws, row, col, row + 4, col + 8);
}

const aIndicators: ExpectedIndicator[] = [
  ind(A_SHEET, '各種選挙の平均投票率', '％', 51.0, 48.6),
  ind(A_SHEET, '期日前投票所の設置数', 'か所', 8, 9),
  ind(A_SHEET, '議会傍聴者数', '人', 600, 412),
  { ...ind(A_SHEET, '主権者教育出前授業の実施校数', '校', 6, 4), targetSource: 'final' },
];

const policySheet: Holdout2Workbook = {
  name: 'h125-a-senkyo-gikai-shisaku',
  layout:
    'A: 基本施策事後評価シート (評価対象期間：令和４年度), four blocks two across, R2（現状値）, 期待値 only in R7 for one block, empty 達成状況評価 beside 「（C）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [10, 12, 8, 9, 8, 8, 8, 8, 8, 3, 10, 12, 8, 9, 8, 8, 8, 8, 8]);
    merge(ws, 1, 1, 1, 19, '○○市総合計画 2021～2030　令和５年度基本施策事後評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 10, '5.市民とともに進める開かれた市政');
    put(ws, 3, 11, ['担当部等']);
    merge(ws, 3, 12, 3, 19, '選挙管理委員会事務局・議会事務局');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 10, '5-2.公正な選挙の執行と開かれた議会の推進');
    put(ws, 5, 1, ['推進方針']);
    merge(
      ws,
      5,
      2,
      5,
      19,
      '期日前投票所の増設や主権者教育により投票しやすい環境と有権者の意識の向上を図るとともに、議会の傍聴や情報発信を通じて市民に開かれた議会を推進する。',
    );
    put(ws, 6, 1, ['達成状況\n評　　価']);
    box(ws, 6, 2, 6, 2);
    put(ws, 6, 3, ['（C）']);
    merge(ws, 6, 5, 6, 19, '凡例　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    wrap(ws, 3, 1, 6, 1);
    box(ws, 3, 1, 5, 19);
    box(ws, 6, 1, 6, 3);
    drawBlock(ws, 8, 1, A_BLOCKS[0]);
    drawBlock(ws, 8, 11, A_BLOCKS[1]);
    drawBlock(ws, 14, 1, A_BLOCKS[2]);
    drawBlock(ws, 14, 11, A_BLOCKS[3]);
    merge(ws, 20, 1, 20, 19, '※達成状況評価欄の（ ）内については昨年度の評価結果です。');
    put(ws, 22, 1, ['総合評価']);
    merge(ws, 22, 2, 22, 19, '期日前投票所は商業施設への設置により期待値を上回ったが、議会傍聴者数は感染症対策の制限緩和後も回復が遅れている。');
  },
  expected: {
    file: 'h125-a-senkyo-gikai-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 議会事務局 令和２年度 事業実績, text figures, one 未実施, two measures in one cell.

const B_SHEET = '令和２年度事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h125-b-gikai-jigyo-jisseki',
  layout: 'B: 議会事務局 令和２年度 事業実績, figures as text 「視聴回数 １５，３８４回」, 未実施 (中止), two measures 本会議／委員会 傍聴者 in one cell',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 42, 18, 8, 18, 18, 44]);
    merge(ws, 1, 1, 1, 7, '令和２年度事業実績（議会事務局）');
    put(ws, 3, 1, ['No.', '推進事業', 'R元年度実績値', '自己評価', 'R2年度数値目標', 'R2年度実績値', '成果・効果、課題、今後の方向性など']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1-1 議会だより発行事業\n【概要】定例会ごとに議会の審議内容を掲載した議会だよりを発行し、全戸に配布する。',
        '発行回数 4回',
        'A',
        '発行回数 4回',
        '発行回数 ４回',
        '【成果・効果】一般質問の掲載欄を拡大し、読みやすい紙面とした。\n【今後の方向性】継続',
      ],
      [
        2,
        '1-1-2 議会インターネット中継事業\n【概要】本会議及び常任委員会をインターネットで生中継・録画配信する。',
        '視聴回数 11,250回',
        'A',
        '視聴回数 12,000回',
        '視聴回数 １５，３８４回',
        '【成果・効果】傍聴制限に伴い視聴回数が増加した。\n【今後の方向性】拡充（委員会の録画配信を開始）',
      ],
      [
        3,
        '1-2-1 議会報告会開催事業\n【概要】市内各地区で議員が議会の活動を報告し、市民と意見交換を行う。',
        '開催回数 8回',
        'D',
        '開催回数 8回',
        '未実施',
        '【成果・効果】新型コロナウイルス感染症拡大防止のため全回中止とした。\n【今後の方向性】見直し（オンライン開催を検討）',
      ],
      [
        4,
        '1-2-2 議会傍聴促進事業\n【概要】傍聴の案内を広報し、休日・夜間議会を開催する。',
        '本会議 傍聴者 618人\n委員会 傍聴者 74人',
        'C',
        '本会議 傍聴者 400人\n委員会 傍聴者 60人',
        '本会議 傍聴者 251人\n委員会 傍聴者 48人',
        '【課題】傍聴席を半数に制限したため本会議の傍聴者が減少した。\n【今後の方向性】継続',
      ],
      [
        5,
        '1-3-1 議会図書室運営事業\n【概要】議員の調査研究のため図書・資料を整備し、貸し出す。',
        '貸出冊数 262冊',
        'B',
        '貸出冊数 300冊',
        '貸出冊数 214冊',
        '【成果・効果】行政資料のデータベース化を進めた。\n【今後の方向性】継続',
      ],
      [
        6,
        '1-4-1 政務活動費公開事業\n【概要】政務活動費の収支報告書及び領収書の写しをホームページで公開する。',
        '収支報告書の公開 1回',
        'A',
        '収支報告書の公開 1回',
        '収支報告書の公開 1回',
        '【成果・効果】令和元年度分を６月に公開した。\n【今後の方向性】継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'h125-b-gikai-jigyo-jisseki.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(B_SHEET, '議会だより発行事業', '回', 4, 4, { existing: 'A' }),
      ind(B_SHEET, '議会インターネット中継事業', '回', 12000, 15384, { existing: 'A' }),
      ind(B_SHEET, '議会報告会開催事業', '回', 8, null, { actualStatus: 'not-implemented', existing: 'D' }),
      {
        sheet: B_SHEET,
        name: '議会傍聴促進事業',
        unit: '人',
        measures: [
          { label: '本会議 傍聴者', target: 400, actual: 251, unit: '人' },
          { label: '委員会 傍聴者', target: 60, actual: 48, unit: '人' },
        ],
        direction: 'up',
        existing: 'C',
        // 251 / 400 = 62.75 % (C) and 48 / 60 = 80 % (B): the lowest counts.
        grade: 'C',
      },
      ind(B_SHEET, '議会図書室運営事業', '冊', 300, 214, { existing: 'B' }),
      ind(B_SHEET, '政務活動費公開事業', '回', 1, 1, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI, 目標値 / 実績値 rows per 令和２年度…令和６年度, values with units, 「－」, ○×.

const C_SHEET = 'KPI進捗';

const kpiTable: Holdout2Workbook = {
  name: 'h125-c-senkyo-kpi',
  layout: 'C: 総合戦略 KPI (選挙管理委員会所管分), 評価対象年度：令和３年度, 目標値／実績値 rows over 令和２年度…令和６年度, 「38.2 ％」, 「－」, ○× column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [16, 26, 8, 11, 11, 11, 11, 11, 11, 30]);
    merge(ws, 1, 1, 1, 10, '第２期○○市まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況（選挙管理委員会事務局所管分）');
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    put(ws, 4, 1, ['基本目標', 'ＫＰＩ', '区分', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '達成状況\n（令和３年度）', '備考']);
    merge(ws, 5, 1, 12, 1, '４　市民とともにつくる持続可能なまち');
    const kpis: [string, (string | null)[], (string | null)[], string, string][] = [
      [
        '期日前投票者数の割合',
        ['33.0 ％', '35.0 ％', '36.0 ％', '37.0 ％', '38.0 ％'],
        ['31.8 ％', '38.2 ％', null, null, null],
        '○',
        '投票者総数に占める期日前投票者数の割合',
      ],
      [
        '18歳・19歳の投票率',
        ['45.0 ％', '45.0 ％', '45.0 ％', '45.0 ％', '45.0 ％'],
        ['41.3 ％', '36.9 ％', null, null, null],
        '×',
        '令和３年10月執行 衆議院議員総選挙',
      ],
      [
        '選挙啓発講座の参加者数',
        ['250 人', '300 人', '350 人', '400 人', '450 人'],
        ['96 人', '182 人', null, null, null],
        '×',
        '新型コロナウイルス感染症の影響により一部中止',
      ],
      ['選挙啓発ＳＮＳのフォロワー数', ['－', '1,000 人', '1,500 人', '2,000 人', '2,500 人'], ['－', '1,284 人', null, null, null], '○', '令和３年４月開設'],
    ];
    kpis.forEach(([name, targets, actuals, mark, note], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      merge(ws, r, 9, r + 1, 9, mark);
      merge(ws, r, 10, r + 1, 10, note);
    });
    wrap(ws, 4, 1, 4, 10);
    box(ws, 4, 1, 12, 10);
    put(ws, 14, 1, ['※達成状況　○：目標値を達成　×：目標値に未達成　－：目標値の設定なし']);
  },
  expected: {
    file: 'h125-c-senkyo-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, '期日前投票者数の割合', '％', 35.0, 38.2),
      ind(C_SHEET, '18歳・19歳の投票率', '％', 45.0, 36.9),
      ind(C_SHEET, '選挙啓発講座の参加者数', '人', 300, 182),
      ind(C_SHEET, '選挙啓発ＳＮＳのフォロワー数', '人', 1000, 1284),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 議会改革推進計画 点検評価一覧, 現況（計画策定時） and 実績 with their years in the cell, 目標（R7）, 自己評価.

const D_SHEET = '点検評価一覧';

const planIndicators: Holdout2Workbook = {
  name: 'h125-d-gikai-kaikaku-plan',
  layout:
    'D: 議会改革推進計画 点検評価一覧（令和５年度）, 「312⏎（令和2年度）」 現況, 目標（R7）, 実績 with its year, a 累計 indicator, a 減少 indicator in 指標の説明, 自己評価 A～D',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 24, 30, 14, 10, 16, 16, 9]);
    merge(ws, 1, 1, 1, 8, '○○市議会改革推進計画（令和３年度～令和７年度）　点検評価一覧（令和５年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法', '自己評価\nA～D']);
    const rows: (string | number)[][] = [
      [
        1,
        '議会報告会の参加者数\n（人）',
        '市民と議会の意見交換会（議会報告会）の年間延べ参加者数',
        '312\n（令和2年度）',
        500,
        '284\n（令和5年度）',
        '参加者名簿による',
        'C',
      ],
      [
        2,
        '議会ホームページのアクセス件数\n（件）',
        '議会ホームページのトップページの年間閲覧件数',
        '48,210\n（令和2年度）',
        60000,
        '６３，５１７\n（令和５年度）',
        'アクセス解析による',
        'A',
      ],
      [
        3,
        '議員提案による政策条例の制定件数\n（件）',
        '計画期間中に議員提案により制定した政策条例の件数（累計）',
        '0\n（令和2年度）',
        3,
        '2\n（令和5年度末累計）',
        '議決結果による',
        'B',
      ],
      [4, '本会議の傍聴者数\n（人）', '本会議の年間延べ傍聴者数', '1,024\n（令和元年度）', 1200, '736\n（令和5年度）', '傍聴受付簿による', 'C'],
      [
        5,
        '会議録の公開までの日数\n（日）',
        '定例会閉会日から会議録をホームページで公開するまでの平均日数（日数の減少を目指す）',
        '62\n（令和2年度）',
        45,
        '50\n（令和5年度）',
        '議会事務局調べ',
        'B',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (let r = 4; r <= 8; r++) ws.getCell(r, 5).numFmt = '#,##0';
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h125-d-gikai-kaikaku-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '議会報告会の参加者数', '人', 500, 284, { existing: 'C' }), targetSource: 'final' },
      { ...ind(D_SHEET, '議会ホームページのアクセス件数', '件', 60000, 63517, { existing: 'A' }), targetSource: 'final' },
      { ...ind(D_SHEET, '議員提案による政策条例の制定件数', '件', 3, 2, { existing: 'B' }), targetSource: 'final' },
      { ...ind(D_SHEET, '本会議の傍聴者数', '人', 1200, 736, { existing: 'C' }), targetSource: 'final' },
      { ...ind(D_SHEET, '会議録の公開までの日数', '日', 45, 50, { direction: 'down', existing: 'B' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
