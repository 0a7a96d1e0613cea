/**
 * Hold-out 85, part 2: four workbooks outside the families — a 行政評価 総括表 giving grades only with a 参照 column naming the
 * sheets that hold the figures, a 前年度比較 sheet whose every target is 「前年度実績を上回る」, a 経営比較分析表 of 水道事業 with
 * 類似団体平均値 and 全国平均 beside the city's own figures (not targets) and a 経営戦略 target column, a 効果額 table in 千円 with ▲.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// The 総括表 lists each indicator's grade and names the sheet with its figures (参照); the figure sheets carry no grade.
const G0 = '総括表';
const G1 = '会計課';
const G2 = '監査';
type FigRow = [string, string, '増加' | '減少', number, number, string | undefined];
const kaikei: FigRow[] = [
  ['支払遅延件数', '件', '減少', 10, 6, '支払期限（30日）を超えた件数'],
  ['電子決裁の利用率', '％', '増加', 70.0, 61.8, undefined],
  ['キャッシュレス収納の件数', '件', '増加', 15000, 17342, 'コンビニ・スマホ決済の合計'],
];
const kansa: FigRow[] = [
  ['定期監査の実施率', '％', '増加', 100, 100, undefined],
  ['監査結果公表までの平均日数', '日', '減少', 60, 74, '監査終了日から公表日まで'],
  ['指摘事項の措置完了率', '％', '増加', 90.0, 78.0, '前年度指摘分を含む'],
];
const summaryGrades: Record<string, string> = {
  支払遅延件数: 'A',
  電子決裁の利用率: 'B',
  キャッシュレス収納の件数: 'A',
  定期監査の実施率: 'A',
  監査結果公表までの平均日数: 'C',
  指摘事項の措置完了率: 'B',
};
const summary: Holdout2Workbook = {
  name: 'h85-gyosei-summary-refs',
  layout:
    '行政評価の総括表（会計課・監査委員事務局）: 施策・成果指標・評価・参照の4列で数値なし、参照欄が数値のあるシート（「会計課」「監査」）を指す; 数値シートは目標値・実績値・目指す方向のみで評価なし',
  build(wb) {
    const ws = wb.addWorksheet(G0);
    put(ws, 1, 1, ['令和５年度　行政評価　総括表']);
    put(ws, 2, 1, ['会計管理者（会計課）・監査委員事務局']);
    put(ws, 4, 1, ['施策', '成果指標', '評価', '参照', '所見']);
    const rows: Cell[][] = [
      ['会計事務の適正化と効率化', '支払遅延件数', 'A', 'シート「会計課」'],
      [undefined, '電子決裁の利用率', 'B', 'シート「会計課」', '紙決裁が残る契約関係の電子化が課題'],
      [undefined, 'キャッシュレス収納の件数', 'A', 'シート「会計課」'],
      ['監査機能の充実', '定期監査の実施率', 'A', 'シート「監査」'],
      [undefined, '監査結果公表までの平均日数', 'C', 'シート「監査」', '公表前の事実確認に時間を要した'],
      [undefined, '指摘事項の措置完了率', 'B', 'シート「監査」'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    put(ws, 12, 1, ['評価　A：目標達成　B：目標の80％以上　C：60％以上　D：60％未満']);
    put(ws, 13, 1, ['※各指標の目標値・実績値は参照欄のシートを参照']);
    ws.getColumn(1).width = 26;
    ws.getColumn(2).width = 30;
    for (const [sheet, dept, rowsOf] of [
      [G1, '会計課', kaikei],
      [G2, '監査委員事務局', kansa],
    ] as [string, string, FigRow[]][]) {
      const fs = wb.addWorksheet(sheet);
      put(fs, 1, 1, [`令和５年度　成果指標の実績（${dept}）`]);
      put(fs, 3, 1, ['成果指標', '単位', '目指す方向', '目標値', '実績値', '備考']);
      rowsOf.forEach((r, i) => put(fs, 4 + i, 1, r));
      fs.getColumn(1).width = 30;
    }
  },
  expected: {
    file: 'h85-gyosei-summary-refs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...kaikei.map(([n, u, w, t, a]) => ind(G1, n, u, t, a, { direction: w === '減少' ? 'down' : 'up', existing: summaryGrades[n] })),
      ...kansa.map(([n, u, w, t, a]) => ind(G2, n, u, t, a, { direction: w === '減少' ? 'down' : 'up', existing: summaryGrades[n] })),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 前年度比較: every target 「前年度実績を上回る」, i.e. the row's 令和4年度実績 (a note says so); 増減 and 増減率 with ▲; one new
// activity with no last year's figure (no target).
const Y1 = '前年度比較';
type YoyRow = [string, string, string, number | string, number];
const yoyRows: YoyRow[] = [
  ['食品衛生監視指導事業', '食品営業施設への立入検査件数', '件', 3412, 3655],
  ['食品衛生講習会事業', '食品衛生講習会の受講者数', '人', 1280, 1164],
  ['動物愛護推進事業', '犬・猫の譲渡頭数', '頭', 186, 203],
  ['精神保健福祉相談事業', '精神保健福祉相談の実施件数', '件', 2045, 1978],
  ['薬物乱用防止啓発事業', '薬物乱用防止教室の開催回数', '回', '－', 14],
  ['生活衛生監視指導事業', '旅館・公衆浴場等への立入検査件数', '件', 412, 398],
  ['献血推進事業', '献血者数', '人', 5120, 5387],
];
const tri = (n: number) => (n < 0 ? `▲${Math.abs(n).toLocaleString('en-US')}` : n);
const rate = (n: number) => `${n < 0 ? '▲' : ''}${Math.abs(n).toFixed(1)}%`;
const yoySheet: Holdout2Workbook = {
  name: 'h85-hokenjo-yoy-comparison',
  layout:
    '保健所事業の前年度比較表: 令和4年度実績・令和5年度実績・増減（▲）・増減率（▲）、目標欄はすべて「前年度実績を上回る」（注記で令和4年度実績との比較と明記）、令和5年度開始の事業は前年度「－」',
  build(wb) {
    const ws = wb.addWorksheet(Y1);
    put(ws, 1, 1, ['令和５年度　保健所事業　前年度比較表']);
    put(ws, 2, 8, ['保健所 総務企画課']);
    put(ws, 4, 1, ['事業名', '指標', '単位', '令和4年度実績', '令和5年度実績', '増減', '増減率', '目標', '備考']);
    yoyRows.forEach(([project, name, unit, last, now], i) => {
      const diff = typeof last === 'number' ? now - last : undefined;
      put(ws, 5 + i, 1, [
        project,
        name,
        unit,
        last,
        now,
        diff === undefined ? '－' : tri(diff),
        diff === undefined || typeof last !== 'number' ? '－' : rate((100 * diff) / last),
        '前年度実績を上回る',
        diff === undefined ? '令和5年度から実施' : undefined,
      ]);
    });
    put(ws, 13, 1, ['※目標欄の「前年度実績を上回る」は、令和4年度実績との比較による。▲は減少を示す。']);
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h85-hokenjo-yoy-comparison.xlsx',
    fiscalYear: 2023,
    indicators: yoyRows.map(([, name, unit, last, now]) => ind(Y1, name, unit, typeof last === 'number' ? last : null, now)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 経営比較分析表 of 水道事業: names with ① and the unit in brackets, 当該値 | 類似団体平均値 per year, 全国平均, a 望ましい方向
// column of ↑↓ and a 経営戦略の目標値 column (「－」 for one); the averages are reference figures, not targets.
const W1 = '経営比較分析';
type KeieiRow = [string, string, string, '↑' | '↓', number, number, number, number, number, number | string];
const keieiRows: KeieiRow[] = [
  ['①経常収支比率(%)', '経常収支比率', '%', '↑', 108.32, 110.15, 105.87, 108.7, 111.39, 105.0],
  ['②料金回収率(%)', '料金回収率', '%', '↑', 101.45, 103.27, 98.66, 101.68, 97.47, 100.0],
  ['③有収率(%)', '有収率', '%', '↑', 86.12, 84.92, 85.3, 84.8, 89.76, 88.0],
  ['④管路経年化率(%)', '管路経年化率', '%', '↓', 21.45, 22.3, 23.67, 23.91, 22.3, '－'],
  ['⑤管路更新率(%)', '管路更新率', '%', '↑', 0.58, 0.65, 0.71, 0.63, 0.64, 1.0],
  ['⑥給水原価(円)', '給水原価', '円', '↓', 178.52, 171.4, 183.1, 174.89, 173.67, 180.0],
  ['⑦企業債残高対給水収益比率(%)', '企業債残高対給水収益比率', '%', '↓', 312.4, 285.67, 305.18, 280.02, 265.93, 300.0],
];
const keiei: Holdout2Workbook = {
  name: 'h85-suido-keiei-hikaku',
  layout:
    '水道事業の経営比較分析表: 指標名に①と単位「(%)」「(円)」、令和4年度・令和5年度の各「当該値 | 類似団体平均値」、全国平均、望ましい方向↑↓、経営戦略の目標値（令和5年度）の列（1行「－」）、平均値は目標ではないとの注記',
  build(wb) {
    const ws = wb.addWorksheet(W1);
    put(ws, 1, 1, ['経営比較分析表（令和５年度決算）　やまぶき市水道事業']);
    put(ws, 2, 1, ['上下水道局 経営企画課']);
    put(ws, 4, 1, [
      '指標',
      '望ましい方向',
      '令和4年度',
      undefined,
      '令和5年度',
      undefined,
      '全国平均\n（令和5年度）',
      '経営戦略の目標値\n（令和5年度）',
      '分析',
    ]);
    put(ws, 5, 3, ['当該値', '類似団体平均値', '当該値', '類似団体平均値']);
    for (const c of ['A', 'B', 'G', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('C4:D4');
    ws.mergeCells('E4:F4');
    const notes: Record<string, string> = {
      経常収支比率: '動力費の高騰により低下したが100％以上を維持',
      有収率: '漏水調査の範囲を拡大したが前年度を下回った',
      管路経年化率: '法定耐用年数を超える管路が増加傾向',
    };
    keieiRows.forEach(([label, name, , way, a4, s4, a5, s5, nat, goal], i) => {
      put(ws, 6 + i, 1, [label, way, a4, s4, a5, s5, nat, goal, notes[name]]);
      for (let c = 3; c <= 8; c++) if (typeof ws.getCell(6 + i, c).value === 'number') ws.getCell(6 + i, c).numFmt = '0.00';
    });
    put(ws, 14, 1, ['↑：数値が高い方が望ましい　↓：数値が低い方が望ましい']);
    put(ws, 15, 1, ['※類似団体平均値及び全国平均は比較のための参考値であり、本市の目標値ではない。目標値は水道事業経営戦略（令和3年3月策定）による。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h85-suido-keiei-hikaku.xlsx',
    fiscalYear: 2023,
    indicators: keieiRows.map(([, name, unit, way, , , a5, , , goal]) =>
      ind(W1, name, unit, typeof goal === 'number' ? goal : null, a5, { direction: way === '↓' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 経営改善の効果額 in 千円 (stated once, above the table), negative figures written ▲: one actual ▲1,350 (a cost that rose), one 0
// (a sale that did not happen), 差引 and a 令和4年度実績 column beside.
const E1 = '効果額';
type EffRow = [string, number, number, number | string, string | undefined];
const effRows: EffRow[] = [
  ['未収金の回収強化（滞納整理）', 12000, 13460, 11820, undefined],
  ['遊休地（旧第2ポンプ場跡地）の売却', 25000, 0, '－', '入札不調のため売却に至らず。令和6年度に再公告予定'],
  ['包括委託による維持管理費の削減', 18500, 16020, 15300, undefined],
  ['電力契約の見直しによる電気料金の削減', 6000, -1350, 2140, '電気料金単価の高騰により前年度より費用が増加'],
  ['企業債の繰上償還による支払利息の軽減', 3200, 3200, 3200, undefined],
  ['下水道への接続促進による使用料の増収', 9800, 7310, 6950, undefined],
];
const sen = (n: number) => (n < 0 ? `▲${Math.abs(n).toLocaleString('en-US')}` : n);
const effect: Holdout2Workbook = {
  name: 'h85-gesuido-effect-senen',
  layout:
    '下水道事業の経営改善効果額: 表の右上に「（単位：千円）」、目標効果額・実績効果額・差引（実績－目標）・令和4年度実績、負の数は「▲1,350」「▲25,000」の文字列、実績0（売却不調）',
  build(wb) {
    const ws = wb.addWorksheet(E1);
    put(ws, 1, 1, ['令和５年度　下水道事業　経営改善の取組による効果額']);
    put(ws, 2, 7, ['（単位：千円）']);
    put(ws, 3, 1, ['No.', '取組項目', '目標効果額', '実績効果額', '差引\n（実績－目標）', '令和4年度実績', '備考']);
    effRows.forEach(([name, target, actual, last, note], i) => {
      put(ws, 4 + i, 1, [i + 1, name, target, sen(actual), sen(actual - target), last, note]);
      for (const c of [3, 4, 5, 6]) if (typeof ws.getCell(4 + i, c).value === 'number') ws.getCell(4 + i, c).numFmt = '#,##0';
    });
    put(ws, 11, 1, ['※▲はマイナス（効果額の減少又は費用の増加）を示す。']);
    put(ws, 12, 1, ['上下水道局 経営企画課']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h85-gesuido-effect-senen.xlsx',
    fiscalYear: 2023,
    indicators: effRows.map(([name, target, actual]) => ind(E1, name, '千円', target, actual)),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [summary, yoySheet, keiei, effect];
