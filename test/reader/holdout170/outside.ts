/** Hold-out 170, shapes outside the four families that these offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const BYOJI = [98, 112, 135, 120, 88, 118, 127, 140, 156, 162, 149, 131];
const BYOGOJI = [18, 22, 25, 20, 15, 24, 27, 30, 33, 35, 31, 26];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const O1_SHEET = '目標と実績';

/** 病児保育 月別利用状況 by 施設 with a 年度計 row, feeding a 目標と実績 sheet by formulas. */
const monthly: Holdout2Workbook = {
  name: 'h170-o-byoji-getsubetsu',
  layout: '令和４年度 病児・病後児保育 月別利用状況 (4月…3月 × 施設, 年度計 by SUM) and a 目標と実績 sheet reading the 年度計 by formulas',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('月別利用状況');
    widths(ws, [10, 18, 18, 12]);
    merge(ws, 1, 1, 1, 4, '令和４年度　病児・病後児保育　月別利用状況（延べ人数）');
    put(ws, 3, 1, ['月', 'さくら小児科\n（病児対応型）', 'ひまわり保育園\n（病後児対応型）', '計']);
    MONTHS.forEach((m, i) => {
      const r = 4 + i;
      put(ws, r, 1, [m, BYOJI[i], BYOGOJI[i]]);
      ws.getCell(r, 4).value = { formula: `B${r}+C${r}`, result: BYOJI[i] + BYOGOJI[i] };
    });
    ws.getCell(16, 1).value = '年度計';
    ws.getCell(16, 2).value = { formula: 'SUM(B4:B15)', result: sum(BYOJI) };
    ws.getCell(16, 3).value = { formula: 'SUM(C4:C15)', result: sum(BYOGOJI) };
    ws.getCell(16, 4).value = { formula: 'SUM(D4:D15)', result: sum(BYOJI) + sum(BYOGOJI) };
    box(ws, 3, 1, 16, 4);
    wrap(ws, 3, 1, 3, 4);
    ws.getCell(17, 1).value = '※利用申込後のキャンセルは含まない';

    const t = wb.addWorksheet(O1_SHEET);
    widths(t, [28, 8, 16, 16, 10, 28]);
    merge(t, 1, 1, 1, 6, '令和４年度　病児・病後児保育事業　目標と実績');
    put(t, 3, 1, ['項目', '単位', '令和４年度目標', '令和４年度実績', '達成率', '備考']);
    put(t, 4, 1, ['病児保育延べ利用者数', '人', 1600]);
    t.getCell(4, 4).value = { formula: "'月別利用状況'!B16", result: sum(BYOJI) };
    t.getCell(4, 5).value = { formula: 'D4/C4', result: sum(BYOJI) / 1600 };
    put(t, 5, 1, ['病後児保育延べ利用者数', '人', 360]);
    t.getCell(5, 4).value = { formula: "'月別利用状況'!C16", result: sum(BYOGOJI) };
    t.getCell(5, 5).value = { formula: 'D5/C5', result: sum(BYOGOJI) / 360 };
    put(t, 6, 1, ['病児保育利用登録児童数', '人', 1200, 1318, 1318 / 1200, '年度末現在']);
    for (let r = 4; r <= 6; r++) t.getCell(r, 5).numFmt = '0.0%';
    box(t, 3, 1, 6, 6);
  },
  expected: {
    file: 'h170-o-byoji-getsubetsu.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O1_SHEET, '病児保育延べ利用者数', '人', 1600, sum(BYOJI)),
      ind(O1_SHEET, '病後児保育延べ利用者数', '人', 360, sum(BYOGOJI)),
      ind(O1_SHEET, '病児保育利用登録児童数', '人', 1200, 1318),
    ],
    groups: [],
  },
};

const S1 = '放課後児童クラブ運営事業';
const S2 = '病児保育事業';

/** 事務事業評価シート, one 事業 per sheet, label–value header and a 活動指標／成果指標 table with 目標の方向 and a written 達成率. */
const perProject: Holdout2Workbook = {
  name: 'h170-o-jimujigyo-sheet',
  layout: '令和５年度 事務事業評価シート, one 事業 per sheet, 活動指標／成果指標 rows with 単位, 目標の方向 増加／減少, 目標値, 実績値, 達成率 text',
  build(wb: Workbook) {
    const sheets: [string, string, string, [string, string, string, string, number, number][]][] = [
      [
        S1,
        'こども育成課',
        '保護者が就労等により昼間家庭にいない小学生に、放課後の遊びと生活の場を提供する。',
        [
          ['活動指標', '開所日数', '日', '増加', 290, 293],
          ['成果指標', '利用児童数', '人', '増加', 1900, 1847],
        ],
      ],
      [
        S2,
        '保育課',
        '病気の児童を保護者が家庭で保育できない場合に、医療機関併設の施設で一時的に保育する。',
        [
          ['活動指標', '実施施設数', '施設', '増加', 3, 3],
          ['成果指標', '利用延べ人数', '人', '増加', 2100, 1689],
          ['成果指標', '定員超過によるお断り件数', '件', '減少', 50, 73],
        ],
      ],
    ];
    for (const [name, dept, purpose, rows] of sheets) {
      const ws = wb.addWorksheet(name);
      widths(ws, [12, 30, 8, 10, 12, 12, 10]);
      merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
      const head: [string, string][] = [
        ['事業名', name],
        ['所管課', dept],
        ['評価対象年度', '令和５年度'],
        ['事業の目的', purpose],
      ];
      head.forEach(([k, v], i) => {
        ws.getCell(3 + i, 1).value = k;
        merge(ws, 3 + i, 2, 3 + i, 7, v);
      });
      box(ws, 3, 1, 6, 7);
      put(ws, 8, 1, ['指標区分', '指標名', '単位', '目標の方向', '目標値', '実績値', '達成率']);
      rows.forEach(([kind, ind_, unit, dir, tg, ac], i) => {
        const rate = dir === '減少' ? tg / ac : ac / tg;
        put(ws, 9 + i, 1, [kind, ind_, unit, dir, tg, ac, `${(rate * 100).toFixed(1)}%`]);
      });
      box(ws, 8, 1, 8 + rows.length, 7);
      ws.getCell(10 + rows.length, 1).value = '今後の方向性';
      merge(ws, 10 + rows.length, 2, 10 + rows.length, 7, '継続');
    }
  },
  expected: {
    file: 'h170-o-jimujigyo-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '開所日数', '日', 290, 293),
      ind(S1, '利用児童数', '人', 1900, 1847),
      ind(S2, '実施施設数', '施設', 3, 3),
      ind(S2, '利用延べ人数', '人', 2100, 1689),
      ind(S2, '定員超過によるお断り件数', '件', 50, 73, { direction: 'down' }),
    ],
    groups: [],
  },
};

const O3_SHEET = '推移';

/** Years as rows (平成30年度…令和6年度), 目標／実績 pairs per measure with the unit in the heading, a 目指す方向 row. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h170-o-club-suii',
  layout:
    '放課後児童クラブ 登録児童数・待機児童数・クラブ数の推移, years as rows, 目標／実績 pairs, 「登録児童数（人）」, 目指す方向 ↑／↓, 評価対象年度 令和５年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 10, 10, 24]);
    merge(ws, 1, 1, 1, 8, '放課後児童クラブの登録児童数等の推移');
    ws.getCell(2, 1).value = '評価対象年度：令和５年度';
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '登録児童数（人）');
    merge(ws, 4, 4, 4, 5, '待機児童数（人）');
    merge(ws, 4, 6, 4, 7, 'クラブ数（か所）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 6, 1, ['目指す方向', '↑', undefined, '↓', undefined, '↑']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', 1700, 1688, 60, 72, 40, 40, ''],
      ['令和元年度', 1800, 1795, 50, 66, 42, 41, ''],
      ['令和2年度', 1900, 1842, 40, 51, 44, 44, '臨時休校あり'],
      ['令和3年度', 2000, 1990, 30, 38, 46, 45, ''],
      ['令和4年度', 2100, 2106, 20, 24, 48, 48, ''],
      ['令和5年度', 2250, 2198, 15, 9, 52, 50, '民設2か所開設延期'],
      ['令和6年度', 2400, undefined, 10, undefined, 55, undefined, ''],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        7 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    box(ws, 4, 1, 13, 8);
    ws.getCell(14, 1).value = '※各年度5月1日現在';
  },
  expected: {
    file: 'h170-o-club-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O3_SHEET, '登録児童数', '人', 2250, 2198),
      ind(O3_SHEET, '待機児童数', '人', 15, 9, { direction: 'down' }),
      ind(O3_SHEET, 'クラブ数', 'か所', 52, 50),
    ],
    groups: [],
  },
};

const O4_SHEET = '進捗管理表';

/** 放課後子ども総合プラン 進捗管理表 with its own three-level scale (A 達成／B 8割以上／C 8割未満): the written letter as written. */
const ownScale: Holdout2Workbook = {
  name: 'h170-o-sogo-plan-shincyoku',
  layout: '放課後子ども総合プラン 進捗管理表 令和６年度, 取組 × 指標, its own A/B/C scale (C below 8割), 課題・今後の方向性',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [5, 26, 36, 8, 12, 12, 8, 30]);
    merge(ws, 1, 1, 1, 8, '新・放課後子ども総合プラン　行動計画　進捗管理表（令和６年度）');
    put(ws, 3, 1, ['No.', '取組', '指標', '単位', '令和6年度目標', '令和6年度実績', '評価', '課題・今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '一体型の実施の推進',
        '一体型の放課後児童クラブ及び放課後子ども教室の実施箇所数',
        'か所',
        15,
        12,
        'B',
        '学校施設の活用について教育委員会と協議を継続',
      ],
      [2, '開所時間の延長', '19時まで開所する放課後児童クラブ数', 'クラブ', 30, 30, 'A', '全公設クラブで実施済み'],
      [3, '病児保育の利便性向上', '病児保育のWeb予約導入施設数', '施設', 5, 3, 'C', '残る2施設はR7導入予定'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 6, 8);
    wrap(ws, 3, 1, 6, 8);
    merge(ws, 8, 1, 8, 8, '評価基準　A：目標を達成　B：目標の８割以上を達成　C：目標の８割未満');
  },
  expected: {
    file: 'h170-o-sogo-plan-shincyoku.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(O4_SHEET, '一体型の放課後児童クラブ及び放課後子ども教室の実施箇所数', 'か所', 15, 12, { existing: 'B' }),
      ind(O4_SHEET, '19時まで開所する放課後児童クラブ数', 'クラブ', 30, 30, { existing: 'A' }),
      ind(O4_SHEET, '病児保育のWeb予約導入施設数', '施設', 5, 3, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perProject, yearsAsRows, ownScale];
