/**
 * Hold-out 144, three traps of 中心市街地・商店街 workbooks: a 進捗管理表 of 令和５年度 with 令和６年度 columns already filled
 * (「実績（9月末時点）」), a 見込み actual and a 最終目標（R7年度）; a 成果指標評価表 of 令和４年度 with 単年度 | 累計（H30～）
 * actual columns, a 「累計 25」 target, a 「前年度以上」 target and notes with figures; a 目標指標の達成状況 of 令和３年度 with ％
 * stored as fractions under a % format, 達成率 as fractions too.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 進捗管理表: R3 | R4 実績, 令和５年度 目標 | 実績 | 達成率, 令和６年度 目標 | 実績（9月末時点）, 最終目標（R7年度）.

const PS = '進捗表';

const LATER_YEAR: Holdout2Workbook = {
  name: 'h144-t-shinchoku-r6-kiji',
  layout:
    '令和５年度 進捗管理表 (評価対象年度：令和５年度, made in 令和6年10月): headings over two rows, R3年度 and R4年度 実績, 令和５年度 目標／実績／達成率 (fractions under %), 令和６年度 目標／実績（9月末時点） already filled, 最終目標（R7年度）, 「398（見込み）」',
  build(wb) {
    const ws = wb.addWorksheet(PS);
    widths(ws, [30, 7, 6, 11, 10, 10, 10, 12, 9, 10, 12, 12, 28]);
    merge(ws, 1, 1, 1, 13, '令和５年度　中心市街地活性化施策　進捗管理表');
    ws.getCell(2, 1).value = '評価対象年度：令和５年度　（令和６年10月作成）';
    put(ws, 4, 1, [
      '指標',
      '単位',
      '方向',
      '基準値\n（R元）',
      'R3年度',
      'R4年度',
      '令和５年度',
      undefined,
      undefined,
      '令和６年度',
      undefined,
      '最終目標\n（R7年度）',
      '備考',
    ]);
    for (const c of [1, 2, 3, 4, 12, 13]) merge(ws, 4, c, 5, c);
    merge(ws, 4, 7, 4, 9);
    merge(ws, 4, 10, 4, 11);
    put(ws, 5, 5, ['実績', '実績', '目標', '実績', '達成率', '目標', '実績\n（9月末時点）']);
    const rows: (string | number)[][] = [
      ['中心市街地歩行者通行量（休日）', '人', '↑', 14200, 9870, 11360, 13000, 12140, 12140 / 13000, 13500, '－', 14000, '調査は毎年11月'],
      ['空き店舗数', '店舗', '↓', 38, 35, 32, 30, 27, 30 / 27, 28, 25, 26, '各年度末現在（R6は9月末現在）'],
      ['中心市街地の観光入込客数', '千人', '↑', 452, 301, 356, 420, '398（見込み）', 398 / 420, 430, 212, 450, 'R5実績は見込値（確定値は令和6年8月公表）'],
      ['まちなかイベント開催日数', '日', '↑', 58, 22, 47, 60, 41, 41 / 60, 62, 33, 65, ''],
      ['空き店舗活用補助金による出店数', '件', '↑', 5, 4, 6, 6, 8, 8 / 6, 6, 5, 6, ''],
    ];
    rows.forEach((row, i) => {
      put(
        ws,
        6 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      for (const c of [4, 5, 6, 7, 8, 10, 11, 12]) ws.getCell(6 + i, c).numFmt = '#,##0';
      ws.getCell(6 + i, 9).numFmt = '0.0%';
    });
    wrap(ws, 4, 1, 10, 13);
    box(ws, 4, 1, 10, 13);
    ws.getCell(12, 1).value = '※達成率＝実績÷目標（方向↓の指標は目標÷実績）';
  },
  expected: {
    file: 'h144-t-shinchoku-r6-kiji.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(PS, '中心市街地歩行者通行量（休日）', '人', 13000, 12140),
      ind(PS, '空き店舗数', '店舗', 30, 27, { direction: 'down' }),
      ind(PS, '中心市街地の観光入込客数', '千人', 420, 398, { actualStatus: 'provisional' }),
      ind(PS, 'まちなかイベント開催日数', '日', 60, 41),
      ind(PS, '空き店舗活用補助金による出店数', '件', 6, 8),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 成果指標評価表: 目標値（R4） | 実績値（R4） 単年度 | 累計（H30～） | 評価 | 備考.

const ES = '成果指標';

const CUMULATIVE: Holdout2Workbook = {
  name: 'h144-t-seika-ruikei-zennendo',
  layout:
    '令和４年度 成果指標評価表: 実績値（R4） over 単年度 | 累計（H30～）, a （単年度） indicator beside its 累計, a （累計） indicator with a 「累計 25」 target, a 「前年度以上」 target the department still rated A, notes with figures (「電子版ダウンロード数（1,240件）」「（参考）令和3年度 288人」), 評価 A–D by bands',
  build(wb) {
    const ws = wb.addWorksheet(ES);
    widths(ws, [5, 32, 7, 12, 10, 12, 7, 40]);
    merge(ws, 1, 1, 1, 8, '令和４年度　商店街活性化事業　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目標値\n（R4）', '実績値（R4）', undefined, '評価', '備考']);
    for (const c of [1, 2, 3, 4, 7, 8]) merge(ws, 3, c, 4, c);
    merge(ws, 3, 5, 3, 6);
    put(ws, 4, 5, ['単年度', '累計\n（H30～）']);
    const rows: (string | number)[][] = [
      [1, '新規出店数（単年度）', '件', 10, 8, 34, 'B', '中心商店街区域内の新規出店'],
      [2, '空き店舗活用件数（累計）', '件', '累計 25', 4, 21, 'B', '空き店舗活用補助金の交付件数（平成30年度からの累計）'],
      [3, '商店街利用者の満足度', '％', '前年度以上', 64.1, '－', 'A', '来街者アンケート（10月実施、回答者 412人）'],
      [4, '商店街ガイドマップ配布部数', '部', 3000, 3000, '－', 'A', '※電子版ダウンロード数（1,240件）は含まない'],
      [5, 'まちゼミ受講者数', '人', 400, 312, 1184, 'C', '（参考）令和3年度 288人'],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      for (const c of [4, 5, 6]) ws.getCell(5 + i, c).numFmt = i === 2 ? '0.0' : '#,##0';
    });
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
    ws.getCell(11, 1).value = '※評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満';
  },
  expected: {
    file: 'h144-t-seika-ruikei-zennendo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(ES, '新規出店数（単年度）', '件', 10, 8, { existing: 'B' }),
      ind(ES, '空き店舗活用件数（累計）', '件', 25, 21, { existing: 'B' }),
      ind(ES, '商店街利用者の満足度', '％', null, 64.1, { existing: 'A' }),
      ind(ES, '商店街ガイドマップ配布部数', '部', 3000, 3000, { existing: 'A' }),
      ind(ES, 'まちゼミ受講者数', '人', 400, 312, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 目標指標の達成状況: ％ stored as fractions under a % format (and 達成率 too).

const GS = '目標指標';

const FRACTIONS: Holdout2Workbook = {
  name: 'h144-t-mokuhyo-shihyo-bunsu',
  layout:
    '第２期中心市街地活性化基本計画 目標指標の達成状況 (令和３年度): 目標 merged over its 指標, 方向 ↑／↓, ％ figures stored as fractions under 0.0% (「17.6%」 is 0.176), 達成率 as fractions, 円/㎡, 評価 A–D with a legend',
  build(wb) {
    const ws = wb.addWorksheet(GS);
    widths(ws, [16, 34, 7, 6, 12, 12, 12, 10, 7]);
    merge(ws, 1, 1, 1, 9, '西浦市中心市街地活性化基本計画（第２期）　目標指標の達成状況（令和３年度）');
    put(ws, 3, 1, ['目標', '目標指標', '単位', '方向', '基準値\n（H30）', '目標値\n（R3）', '実績値\n（R3）', '達成率', '評価']);
    const rows: [string | undefined, string, string, string, number, number, number, number, string, boolean][] = [
      ['賑わいの創出', '歩行者通行量（休日）', '人', '↑', 14820, 16000, 10440, 10440 / 16000, 'C', false],
      [undefined, '中心市街地で買い物をする市民の割合', '％', '↑', 0.312, 0.35, 0.298, 0.298 / 0.35, 'B', true],
      ['空き店舗の解消', '空き店舗率', '％', '↓', 0.168, 0.14, 0.176, 0.14 / 0.176, 'C', true],
      ['まちなか居住の推進', 'まちなか居住者の割合', '％', '↑', 0.052, 0.055, 0.054, 0.054 / 0.055, 'B', true],
      ['商業地の価値向上', '中心市街地の地価（商業地最高地点）', '円/㎡', '↑', 182000, 190000, 176000, 176000 / 190000, 'B', false],
    ];
    rows.forEach(([goal, name, unit, dir, base, target, actual, rate, grade, pct], i) => {
      const r = 4 + i;
      put(ws, r, 1, [goal, name, unit, dir, base, target, actual, rate, grade]);
      for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = pct ? '0.0%' : '#,##0';
      ws.getCell(r, 8).numFmt = '0.0%';
    });
    merge(ws, 4, 1, 5, 1);
    wrap(ws, 3, 1, 8, 9);
    box(ws, 3, 1, 8, 9);
    ws.getCell(10, 1).value = '※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満';
    ws.getCell(11, 1).value = '※達成率＝実績値÷目標値（方向↓の指標は目標値÷実績値）';
  },
  expected: {
    file: 'h144-t-mokuhyo-shihyo-bunsu.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(GS, '歩行者通行量（休日）', '人', 16000, 10440, { existing: 'C' }),
      ind(GS, '中心市街地で買い物をする市民の割合', '％', 35.0, 29.8, { existing: 'B' }),
      ind(GS, '空き店舗率', '％', 14.0, 17.6, { direction: 'down', existing: 'C' }),
      ind(GS, 'まちなか居住者の割合', '％', 5.5, 5.4, { existing: 'B' }),
      ind(GS, '中心市街地の地価（商業地最高地点）', '円/㎡', 190000, 176000, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [LATER_YEAR, CUMULATIVE, FRACTIONS];
