/** Hold-out 64, part 2: six more cities' habits (a 方向性 column written four ways, one sheet per 施策 with a cover, a 総括 sheet, 当初目標/修正目標, 集計中 actuals, cells merged down the rows). */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// 7. 緑ヶ丘市: a 方向性 column written 減少 / ↓ / 低減 / ↑ / 増加; 削減率 (more is better); a target below the baseline that is still 増加; an actual of 0.
const S7 = '指標';
const direction: Holdout2Workbook = {
  name: 'h64-direction-column-variants',
  layout: '成果指標の進捗: 方向性の列が「減少」「↓」「低減」「↑」「増加」、名前に「削減率」（↑）、基準値より低い目標で増加（備考に人口減少）、実績0の減少指標',
  build(wb) {
    const ws = wb.addWorksheet(S7);
    put(ws, 1, 1, ['緑ヶ丘市　成果指標の進捗状況（安全・環境・産業）　令和5年度']);
    put(ws, 2, 7, ['企画調整課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '方向性', '基準値（R2）', '目標値（R5）', '実績値（R5）', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '交通事故発生件数', '件', '減少', 312, 280, 266],
      [2, '刑法犯認知件数', '件', '↓', 540, 480, 533],
      [3, '家庭系ごみ排出量', 't', '低減', 21400, 20000, 20870],
      [4, '資源物の回収量', 't', '↑', 3100, 3400, 2890],
      [5, '市内事業所の従業者数', '人', '増加', 10800, 10100, 10350, '人口減少を見込んで目標を設定'],
      [6, '市の事務事業に伴う温室効果ガス排出量の削減率（平成25年度比）', '％', '↑', 18.5, 30.0, 26.4],
      [7, '水難事故の発生件数', '件', '減少', 5, 3, 0],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※方向性　増加・↑：数値が大きいほど良い　減少・低減・↓：数値が小さいほど良い']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h64-direction-column-variants.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S7, '交通事故発生件数', '件', 280, 266, { direction: 'down' }),
      ind(S7, '刑法犯認知件数', '件', 480, 533, { direction: 'down' }),
      ind(S7, '家庭系ごみ排出量', 't', 20000, 20870, { direction: 'down' }),
      ind(S7, '資源物の回収量', 't', 3400, 2890),
      ind(S7, '市内事業所の従業者数', '人', 10100, 10350),
      ind(S7, '市の事務事業に伴う温室効果ガス排出量の削減率（平成25年度比）', '％', 30.0, 26.4),
      ind(S7, '水難事故の発生件数', '件', 3, 0, { direction: 'down' }),
    ],
    groups: [],
  },
};

// 8. 桜台市: a cover sheet (表紙, 目次) and one sheet per 施策, each with an empty 施策の達成状況 cell and the previous year's grade beside it.
type Row8 = [string, string, number, number, number, number, number];
const policies: [string, string, string, Row8[]][] = [
  [
    '1-1',
    '学校教育の充実',
    '学校教育課',
    [
      ['全国学力調査で全国平均以上の教科の割合', '％', 50.0, 50.0, 62.5, 75.0, 62.5],
      ['学校図書館の児童1人当たり貸出冊数', '冊', 48.2, 50.1, 52.3, 55.0, 56.8],
      ['ICTを活用した授業の実施率', '％', 71.0, 80.5, 88.2, 90.0, 92.4],
    ],
  ],
  [
    '1-2',
    '生涯学習の推進',
    '生涯学習課',
    [
      ['公民館講座の受講者数', '人', 7200, 5100, 6050, 8000, 6420],
      ['図書館の来館者数', '人', 205000, 150200, 161800, 210000, 168300],
      ['生涯学習ボランティア登録者数', '人', 290, 240, 205, 320, 180],
    ],
  ],
  [
    '1-3',
    'スポーツの振興',
    'スポーツ振興課',
    [
      ['総合体育館の利用者数', '人', 112000, 98000, 118400, 120000, 131500],
      ['スポーツ教室の参加者数', '人', 4100, 2650, 2890, 4500, 3010],
      ['成人の週1回以上のスポーツ実施率', '％', 44.0, 45.2, 46.9, 55.0, 48.1],
      ['総合型地域スポーツクラブ会員数', '人', 820, 760, 731, 900, 702],
    ],
  ],
];
const gradesOf = (rows: Row8[]) => rows.map((r) => ind('', r[0], r[1], r[5], r[6]).grade);
const perPolicy: Holdout2Workbook = {
  name: 'h64-sheets-per-policy-cover',
  layout:
    '施策評価調書: 表紙シート（目次・評価対象年度）と施策ごとのシート3枚（1-1〜1-3）、基準値・R3実績・R4実績・R5目標・R5実績の表、空の施策の達成状況欄（前年度の評価を横に）',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['令和5年度　施策評価調書']);
    put(cover, 5, 2, ['基本目標1　誰もが学び続けるまち']);
    put(cover, 7, 2, ['評価対象年度：令和5年度（令和5年4月1日～令和6年3月31日）']);
    put(cover, 9, 2, ['目次']);
    policies.forEach(([code, title], i) => put(cover, 10 + i, 2, [`施策${code}　${title}`, `シート「${code}」`]));
    put(cover, 15, 2, ['令和6年7月　桜台市 企画部 企画政策課']);
    for (const [code, title, dept, rows] of policies) {
      const ws = wb.addWorksheet(code);
      put(ws, 1, 1, ['施策評価調書（令和5年度）']);
      put(ws, 2, 1, ['基本目標', '1 誰もが学び続けるまち']);
      put(ws, 3, 1, ['施策', `${code} ${title}`, undefined, undefined, '担当課', dept]);
      put(ws, 5, 1, ['施策の達成状況', undefined, undefined, '（前年度：B）']);
      ws.mergeCells('B5:C5');
      put(ws, 7, 1, ['成果指標', '単位', '基準値（R2）', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '備考']);
      rows.forEach((r, i) => put(ws, 8 + i, 1, r));
      put(ws, 13, 1, ['【施策の成果と課題】']);
      put(ws, 14, 1, ['（記入欄）']);
      ws.getColumn(1).width = 36;
    }
  },
  expected: {
    file: 'h64-sheets-per-policy-cover.xlsx',
    fiscalYear: 2023,
    indicators: policies.flatMap(([code, , , rows]) => rows.map((r) => ind(code, r[0], r[1], r[5], r[6]))),
    groups: policies.map(([code, , , rows]) => ({ sheet: code, cell: 'B5', grade: rollUp(gradesOf(rows)) })),
  },
};

// 9. 東山市: a 総括 sheet first (施策 × count of A–D and the department's 施策評価), then one 指標別評価 table; the 施策 written once per group.
const S9 = '指標別評価';
type Row9 = [string, string, number, number, string];
const summaryGroups: [string, string, Row9[]][] = [
  [
    '3-1',
    '観光の振興',
    [
      ['観光入込客数', '千人', 1450, 1512, 'A'],
      ['観光案内所の利用者数', '人', 32000, 27800, 'B'],
      ['宿泊者数', '人', 185000, 149000, 'A'],
    ],
  ],
  [
    '3-2',
    '農林業の振興',
    [
      ['認定農業者数', '人', 210, 198, 'B'],
      ['新規就農者数', '人', 12, 6, 'D'],
      ['農産物直売所の売上額', '百万円', 480, 512, 'A'],
    ],
  ],
  [
    '3-3',
    '商工業の振興',
    [
      ['創業支援による創業者数', '人', 25, 19, 'C'],
      ['企業立地件数', '件', 3, 3, 'A'],
      ['商工会議所の経営相談件数', '件', 1800, 1650, 'B'],
    ],
  ],
];
const summary: Holdout2Workbook = {
  name: 'h64-summary-sheet-rollup',
  layout:
    '施策評価: 先頭に総括シート（施策ごとの指標数・A〜D の件数・平均点・施策評価）、指標別評価シートに達成率（文字列）と評価、施策は各グループの先頭行だけ',
  build(wb) {
    const sum = wb.addWorksheet('総括');
    put(sum, 1, 1, ['令和5年度　施策評価　総括表（基本目標3　活力ある産業のまち）']);
    put(sum, 2, 8, ['東山市 企画課']);
    put(sum, 4, 1, ['施策番号', '施策名', '指標数', 'A', 'B', 'C', 'D', '平均点', '施策評価']);
    put(sum, 5, 1, ['3-1', '観光の振興', 3, 2, 1, 0, 0, 3.7, 'A']);
    put(sum, 6, 1, ['3-2', '農林業の振興', 3, 1, 1, 0, 1, 2.7, 'B']);
    put(sum, 7, 1, ['3-3', '商工業の振興', 3, 1, 1, 1, 0, 3.0, 'B']);
    put(sum, 9, 1, ['※施策評価は、各指標の評価を A＝4点、B＝3点、C＝2点、D＝1点として平均し、四捨五入した点数による。']);
    put(sum, 10, 1, ['※指標ごとの評価は「指標別評価」シートを参照。']);
    const ws = wb.addWorksheet(S9);
    put(ws, 1, 1, ['令和5年度　指標別評価']);
    put(ws, 3, 1, ['施策番号', '施策名', '成果指標', '単位', '目標値（R5）', '実績値（R5）', '達成率', '評価']);
    let row = 4;
    for (const [code, title, rows] of summaryGroups)
      rows.forEach((r, i) => {
        put(ws, row++, 1, [i === 0 ? code : undefined, i === 0 ? title : undefined, r[0], r[1], r[2], r[3], `${((r[3] / r[2]) * 100).toFixed(1)}%`, r[4]]);
      });
    put(ws, row + 1, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(3).width = 30;
  },
  expected: {
    file: 'h64-summary-sheet-rollup.xlsx',
    fiscalYear: 2023,
    indicators: summaryGroups.flatMap(([, , rows]) => rows.map((r) => ind(S9, r[0], r[1], r[2], r[3], { existing: r[4] }))),
    groups: [],
  },
};

// 10. 川辺市: 当初目標 and 修正目標 columns (令和6年度); 「－」 where the target was not revised; the note says the revised one counts.
const S10 = 'KPI';
const revised: Holdout2Workbook = {
  name: 'h64-revised-target',
  layout: '総合戦略 KPI 評価シート（令和6年度）: 当初目標・修正目標（「－」は修正なし、上方修正1件・下方修正2件）・実績・修正理由、注記で修正目標により評価',
  build(wb) {
    const ws = wb.addWorksheet(S10);
    put(ws, 1, 1, ['第2期川辺市総合戦略　KPI評価シート（令和6年度）']);
    put(ws, 2, 6, ['川辺市 総合政策課']);
    put(ws, 4, 1, ['KPI', '単位', '基準値（R元）', '当初目標（R6）', '修正目標（R6）', '実績値（R6）', '修正理由']);
    const rows: (string | number)[][] = [
      ['観光消費額', '億円', 42.0, 50.0, 38.0, 40.2, '新型コロナの影響を踏まえ令和4年度に下方修正'],
      ['市主催イベントの参加者数', '人', 52000, 60000, 45000, 43100, '会場の改修による規模縮小のため下方修正'],
      ['創業件数', '件', 14, 20, '－', 17],
      ['移住者数', '人', 68, 100, '－', 124],
      ['企業誘致件数', '件', 2, 5, 8, 6, '当初目標を前倒しで達成したため上方修正'],
      ['市内高校生の地元就職率', '％', 31.2, 35.0, '－', 28.6],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※修正目標を設定したKPIは、修正目標に対する達成状況で評価する（「－」は修正なし）。']);
    ws.getColumn(1).width = 28;
    ws.getColumn(7).width = 40;
  },
  expected: {
    file: 'h64-revised-target.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S10, '観光消費額', '億円', 38.0, 40.2),
      ind(S10, '市主催イベントの参加者数', '人', 45000, 43100),
      ind(S10, '創業件数', '件', 20, 17),
      ind(S10, '移住者数', '人', 100, 124),
      ind(S10, '企業誘致件数', '件', 8, 6),
      ind(S10, '市内高校生の地元就職率', '％', 35.0, 28.6),
    ],
    groups: [],
  },
};

// 11. 山手市: 目標/実績 under each year (R3–R5, two heading rows), R5 actuals 「集計中」 twice and 「－」 once (a survey every other year), R4 filled.
const S11 = '点検評価';
const pending: Holdout2Workbook = {
  name: 'h64-pending-actuals',
  layout:
    '子ども・子育て支援事業計画の点検: 年度ごとに目標・実績の2列（見出し2段・年度を結合）、R5 実績に「集計中」2件と隔年調査の「－」、R4 は記入済み、評価の列（該当なしは「－」）',
  build(wb) {
    const ws = wb.addWorksheet(S11);
    put(ws, 1, 1, ['山手市子ども・子育て支援事業計画　令和5年度 点検・評価']);
    put(ws, 2, 10, ['こども家庭課']);
    put(ws, 4, 1, ['指標', '単位', '令和3年度', undefined, '令和4年度', undefined, '令和5年度', undefined, '評価（R5）', '備考']);
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const m of ['A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:H4', 'I4:I5', 'J4:J5']) ws.mergeCells(m);
    const rows: (string | number | undefined)[][] = [
      ['一時預かり事業の利用延べ人数', '人', 6000, 5420, 6200, 5980, 6400, 6510, 'A'],
      ['子育て世代包括支援センターの相談件数', '件', 1800, 1750, 1900, 1870, 2000, '集計中', '－', '4月に確定予定'],
      ['乳幼児健診の受診率', '％', 96.5, 95.8, 97.0, 96.9, 97.0, 96.2, 'B'],
      ['子育て環境に満足している保護者の割合', '％', 55.0, 51.6, 58.0, 54.3, 60.0, '－', '－', 'アンケートは隔年実施（次回R6）'],
      ['病児保育事業の利用者数', '人', 800, 612, 850, 788, 900, '集計中', '－', '委託先の医療機関からの報告待ち'],
      ['ファミリー・サポート・センターの活動件数', '件', 3000, 2710, 3100, 2830, 3200, 2450, 'C'],
      ['地域子育て支援拠点の利用者数', '人', 38000, 31200, 40000, 36500, 42000, 38900, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 14, 1, ['※評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満　－：実績未確定・調査なし']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h64-pending-actuals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S11, '一時預かり事業の利用延べ人数', '人', 6400, 6510, { existing: 'A' }),
      ind(S11, '子育て世代包括支援センターの相談件数', '件', 2000, null, { actualStatus: 'pending' }),
      ind(S11, '乳幼児健診の受診率', '％', 97.0, 96.2, { existing: 'B' }),
      ind(S11, '子育て環境に満足している保護者の割合', '％', 60.0, null, { actualStatus: 'not-applicable' }),
      ind(S11, '病児保育事業の利用者数', '人', 900, null, { actualStatus: 'pending' }),
      ind(S11, 'ファミリー・サポート・センターの活動件数', '件', 3200, 2450, { existing: 'C' }),
      ind(S11, '地域子育て支援拠点の利用者数', '人', 42000, 38900, { existing: 'B' }),
    ],
    groups: [],
  },
};

// 12. 大川市: 事務事業評価一覧 with 施策, 単位 and 担当課 merged down the rows (the unit only in the merge's top cell).
const S12 = '事業評価';
const mergedDown: Holdout2Workbook = {
  name: 'h64-merged-down-rows',
  layout: '事務事業評価一覧: 施策・単位・担当課のセルを縦に結合（単位「人」は3行、「回」は2行）、達成率（％書式）と自己評価',
  build(wb) {
    const ws = wb.addWorksheet(S12);
    put(ws, 1, 1, ['令和5年度　事務事業評価一覧（大川市 健康福祉部）']);
    put(ws, 3, 1, ['施策', '事業名', '成果指標', '単位', '目標値', '実績値', '達成率', '自己評価', '担当課']);
    const rows: (string | number | undefined)[][] = [
      ['3-1 健康づくりの推進', 'がん検診事業', 'がん検診受診者数', '人', 8500, 7980, 7980 / 8500, 'B', '健康推進課'],
      [undefined, '健康教室開催事業', '健康教室参加者数', undefined, 1200, 1320, 1320 / 1200, 'A'],
      [undefined, '歯科健診事業', '歯科健診受診者数', undefined, 950, 610, 610 / 950, 'C'],
      [undefined, '健康ポイント事業', '健康ポイント事業の参加率', '％', 15.0, 11.8, 11.8 / 15.0, 'B'],
      ['3-2 高齢者福祉の充実', '介護予防教室事業', '介護予防教室の開催回数', '回', 240, 252, 252 / 240, 'A', '高齢福祉課'],
      [undefined, '通いの場支援事業', '通いの場の開催回数', undefined, 1800, 1420, 1420 / 1800, 'C'],
      [undefined, '高齢者見守りネットワーク事業', '見守り協力事業所数', '事業所', 120, 131, 131 / 120, 'A'],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      ws.getCell(4 + i, 7).numFmt = '0.0%';
    });
    for (const m of ['A4:A7', 'A8:A10', 'D4:D6', 'D8:D9', 'I4:I7', 'I8:I10']) ws.mergeCells(m);
    for (const c of ['A', 'D', 'I']) for (const r of [4, 8]) ws.getCell(`${c}${r}`).alignment = { vertical: 'middle', wrapText: true };
    put(ws, 12, 1, ['※自己評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(3).width = 28;
  },
  expected: {
    file: 'h64-merged-down-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S12, 'がん検診受診者数', '人', 8500, 7980, { existing: 'B' }),
      ind(S12, '健康教室参加者数', '人', 1200, 1320, { existing: 'A' }),
      ind(S12, '歯科健診受診者数', '人', 950, 610, { existing: 'C' }),
      ind(S12, '健康ポイント事業の参加率', '％', 15.0, 11.8, { existing: 'B' }),
      ind(S12, '介護予防教室の開催回数', '回', 240, 252, { existing: 'A' }),
      ind(S12, '通いの場の開催回数', '回', 1800, 1420, { existing: 'C' }),
      ind(S12, '見守り協力事業所数', '事業所', 120, 131, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const HABIT_WORKBOOKS: Holdout2Workbook[] = [direction, perPolicy, summary, revised, pending, mergedDown];
