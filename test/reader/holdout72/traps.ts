/**
 * Hold-out 72, part 2: workbooks that invite a silent error a careful clerk still reads unambiguously (a target in 千人 beside
 * an actual in 人, 「1万2千人」「約1.1万人」 figures, an R9 目標値 column beside the R5 期待値, a 「－」 actual with its 見込 in the
 * next column and ▲▼ directions, grades written against the figures with two indicators of the same name and 「8割」 targets,
 * 西暦 and 令和 tables on one sheet with a 基準値 column and a 参考 indicator).
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ── 千人 targets beside 人 actuals, units in the headings ──
const T1 = '観光指標';
const thousands: Holdout2Workbook = {
  name: 'h72-trap-thousands-heading',
  layout: '観光振興計画の成果指標: 単位の列は「人」、目標値の見出しは「（千人）」、実績値と基準値の見出しは「（人）」、注記で千人単位',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度　にしかわ市観光振興計画　成果指標の状況']);
    put(ws, 2, 5, ['観光交流課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '基準値（R元）\n（人）', '目標値（R5）\n（千人）', '実績値（R5）\n（人）', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '観光入込客数', '人', 1402300, 1250, 1163420],
      [2, '宿泊者数', '人', 312500, 300, 284110],
      [3, '外国人宿泊者数', '人', 18240, 12, 13905, '台湾・韓国からの団体旅行が回復'],
      [4, '道の駅の利用者数', '人', 520000, 560, 431260, '7月〜9月はリニューアル工事で一部休業'],
      [5, '観光案内所の利用者数', '人', 41800, 40, 22050, '駅前案内所を11月に移転'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※目標値は観光振興計画の記載に合わせ千人単位で表示している（1,250千人＝1,250,000人）。']);
    ws.getColumn(2).width = 24;
  },
  expected: {
    file: 'h72-trap-thousands-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '観光入込客数', '人', 1250000, 1163420),
      ind(T1, '宿泊者数', '人', 300000, 284110),
      ind(T1, '外国人宿泊者数', '人', 12000, 13905),
      ind(T1, '道の駅の利用者数', '人', 560000, 431260),
      ind(T1, '観光案内所の利用者数', '人', 40000, 22050),
    ],
    groups: [],
  },
};

// ── 「1万2千人」「約1.1万人」「5万8,214冊」 figures in a 町's 事業評価 ──
const T2 = '事業評価';
const manFigures: Holdout2Workbook = {
  name: 'h72-trap-man-figures',
  layout: '町の事務事業評価: 目標と実績を「1万2千人」「2.4万人」「約1.1万人」「5万8,214冊」の文で、自己評価、備考',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和5年度　かわべ町事務事業評価　総括表']);
    put(ws, 3, 1, ['No.', '事業名', '令和5年度目標', '令和5年度実績', '自己評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '町民まつり開催事業', '来場者数 1万2千人', '来場者数 約1.1万人', 'B', '来場者数は主催者発表'],
      [2, '温泉施設管理運営事業', '入館者数 8万5千人', '入館者数 79,860人', 'B'],
      [3, '町立図書館運営事業', '貸出冊数 6万冊', '貸出冊数 5万8,214冊', 'B'],
      [4, 'スポーツ施設管理事業', '利用者数 2.4万人', '利用者数 2万6,105人', 'A'],
      [5, '町営バス運行事業', '利用者数 1万8千人', '利用者数 約1.3万人', 'C', '乗降調査による推計'],
      [6, '海水浴場管理事業', '来場者数 3万人', '来場者数 3,120人', 'D', '台風・高波のため開設期間を8日間に短縮'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 11, 1, ['※自己評価　A：目標達成　B：概ね達成　C：やや遅れ　D：遅れ']);
    ws.getColumn(2).width = 24;
  },
  expected: {
    file: 'h72-trap-man-figures.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2, '町民まつり開催事業', '人', 12000, 11000, { existing: 'B', actualStatus: 'approximate' }),
      ind(T2, '温泉施設管理運営事業', '人', 85000, 79860, { existing: 'B' }),
      // 「6万冊」/「5万8,214冊」, 「2.4万人」/「2万6,105人」, 「3万人」/「3,120人」: in the target's unit, the convention of hold-outs 2 and 50
      // (「1.5万人」 against 「13,870人」 → 1.387 万人); the builder wrote 冊/人 in full (aligned in session 36, no workbook changed).
      ind(T2, '町立図書館運営事業', '万冊', 6, 5.8214, { existing: 'B' }),
      ind(T2, 'スポーツ施設管理事業', '万人', 2.4, 2.6105, { existing: 'A' }),
      ind(T2, '町営バス運行事業', '人', 18000, 13000, { existing: 'C', actualStatus: 'approximate' }),
      ind(T2, '海水浴場管理事業', '万人', 3, 0.312, { existing: 'D' }),
    ],
    groups: [],
  },
};

// ── An R9 目標値 column beside the R5 期待値 (the current year's is the one to grade against) ──
const T3 = '施策5-1';
const finalColumn: Holdout2Workbook = {
  name: 'h72-trap-final-target-column',
  layout: '中核市の施策評価シート: 基準値（R2）・R9目標値・R5期待値・R5実績値の順の列、所管課の評価、空の施策の達成状況欄',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['令和5年度　施策評価シート（令和5年度実績）']);
    put(ws, 2, 1, ['施策', '5-1　文化芸術の振興', undefined, undefined, undefined, '所管', '文化振興課']);
    ws.mergeCells('B2:D2');
    put(ws, 4, 1, ['施策の達成状況', undefined, undefined, '（前年度：B）']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['成果指標', '単位', '基準値（R2）', 'R9目標値', 'R5期待値', 'R5実績値', '評価']);
    const rows: (string | number)[][] = [
      ['文化施設の利用者数', '人', 182000, 250000, 215000, 216900, 'A'],
      ['文化芸術イベントの参加者数', '人', 12400, 20000, 15000, 15820, 'A'],
      ['市民ギャラリーの稼働率', '％', 48.0, 70.0, 58.0, 55.1, 'B'],
      ['文化財の公開日数', '日', 120, 200, 150, 98, 'C'],
      ['文化芸術に親しむ市民の割合', '％', 41.5, 55.0, 47.0, 47.3, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 1, r));
    put(ws, 13, 1, ['※期待値：後期基本計画の目標値（R9）に向けて年度ごとに設定した値。評価は当該年度の期待値に対する達成度による。']);
    put(ws, 14, 1, ['※文化財の公開日数は、収蔵庫改修のため10月〜12月の公開を休止した。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h72-trap-final-target-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3, '文化施設の利用者数', '人', 215000, 216900, { existing: 'A' }),
      ind(T3, '文化芸術イベントの参加者数', '人', 15000, 15820, { existing: 'A' }),
      ind(T3, '市民ギャラリーの稼働率', '％', 58.0, 55.1, { existing: 'B' }),
      ind(T3, '文化財の公開日数', '日', 150, 98, { existing: 'C' }),
      ind(T3, '文化芸術に親しむ市民の割合', '％', 47.0, 47.3, { existing: 'A' }),
    ],
    groups: [{ sheet: T3, cell: 'B4', grade: rollUp(['A', 'A', 'B', 'C', 'A']) }],
  },
};

// ── A 「－」 actual with its 見込 in the next column; ▲▼ as the direction; a 基準値 column ──
const T4 = '進捗管理';
const dashEstimate: Holdout2Workbook = {
  name: 'h72-trap-dash-then-estimate',
  layout: '健康増進計画の進捗: 方向の列 ▲▼（凡例あり）、基準値（R元）、R5目標値、R5実績値が「－」の行は次の列「R5実績見込」に値、注記',
  build(wb) {
    const ws = wb.addWorksheet(T4);
    put(ws, 1, 1, ['第3次みなみの市健康増進計画　令和5年度 指標の進捗状況']);
    put(ws, 2, 7, ['健康推進課']);
    put(ws, 4, 1, ['指標', '単位', '方向', '基準値（R元）', 'R5目標値', 'R5実績値', 'R5実績見込', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['特定健康診査の受診率', '％', '▲', 38.2, 45.0, '－', 41.0, '法定報告値は11月確定'],
      ['胃がん検診の受診率', '％', '▲', 8.5, 12.0, 9.1],
      ['成人の喫煙率', '％', '▼', 16.8, 14.0, 15.2, undefined, '市民健康意識調査'],
      ['肥満者（BMI25以上）の割合', '％', '▼', 27.4, 25.0, '－', 26.9, '特定健診の結果から算出'],
      ['健康教室の延べ参加者数', '人', '▲', 1540, 1800, 1912],
      ['歯周病検診の受診率', '％', '▲', 4.2, 10.0, 5.8],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※方向　▲：数値の増加を目指す　▼：数値の減少を目指す']);
    put(ws, 13, 1, ['※令和5年度実績が確定していない指標は、実績値欄を「－」とし、実績見込欄に見込値を記載した。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h72-trap-dash-then-estimate.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T4, '特定健康診査の受診率', '％', 45.0, 41.0, { actualStatus: 'provisional' }),
      ind(T4, '胃がん検診の受診率', '％', 12.0, 9.1),
      ind(T4, '成人の喫煙率', '％', 14.0, 15.2, { direction: 'down' }),
      ind(T4, '肥満者（BMI25以上）の割合', '％', 25.0, 26.9, { direction: 'down', actualStatus: 'provisional' }),
      ind(T4, '健康教室の延べ参加者数', '人', 1800, 1912),
      ind(T4, '歯周病検診の受診率', '％', 10.0, 5.8),
    ],
    groups: [],
  },
};

// ── Written grades against the figures, two indicators of the same name in different 施策, 「6割」「8割」 targets ──
const T5 = '施策別指標';
const samesName: Holdout2Workbook = {
  name: 'h72-trap-same-names-written-grades',
  layout: '特別区の施策別成果指標一覧: 施策のセルを2行に結合、「講座の参加者数」が2つの施策に、目標に「6割」「8割」「7割」、所管課評価が数値と食い違う行',
  build(wb) {
    const ws = wb.addWorksheet(T5);
    put(ws, 1, 1, ['令和5年度　ひがし区行政評価　施策別成果指標一覧']);
    put(ws, 3, 1, ['施策', '成果指標', '単位', '令和5年度目標', '令和5年度実績', '所管課評価']);
    const rows: (string | number | undefined)[][] = [
      ['1-1　健康づくりの推進', '講座の参加者数', '人', 1200, 1046, 'A'],
      [undefined, '特定保健指導の実施率', '％', '6割', 52.4, 'B'],
      ['2-3　生涯学習の充実', '講座の参加者数', '人', 3000, 3150, 'A'],
      [undefined, '区立図書館の利用者満足度', '％', '8割', 83.5, 'A'],
      ['3-2　地域活動の促進', '町会・自治会の加入率', '％', '7割', 48.9, 'B'],
      [undefined, 'ボランティア登録者数', '人', 900, 905, 'A'],
      ['4-1　防災力の向上', '防災訓練の参加者数', '人', 5000, 2950, 'C'],
      [undefined, '家具転倒防止器具の助成件数', '件', 400, 352, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (const top of [4, 6, 8, 10]) ws.mergeCells(`A${top}:A${top + 1}`);
    put(ws, 13, 1, ['※所管課評価は所管課による自己評価（A：達成　B：概ね達成　C：やや遅れ　D：遅れ）。']);
    put(ws, 14, 1, ['※健康づくりの講座は保健センター主催の健康講座、生涯学習の講座は区民大学・生涯学習講座。']);
    ws.getColumn(1).width = 22;
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h72-trap-same-names-written-grades.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T5, '講座の参加者数', '人', 1200, 1046, { existing: 'A' }),
      ind(T5, '特定保健指導の実施率', '％', 60, 52.4, { existing: 'B' }),
      ind(T5, '講座の参加者数', '人', 3000, 3150, { existing: 'A' }),
      ind(T5, '区立図書館の利用者満足度', '％', 80, 83.5, { existing: 'A' }),
      ind(T5, '町会・自治会の加入率', '％', 70, 48.9, { existing: 'B' }),
      ind(T5, 'ボランティア登録者数', '人', 900, 905, { existing: 'A' }),
      ind(T5, '防災訓練の参加者数', '人', 5000, 2950, { existing: 'C' }),
      ind(T5, '家具転倒防止器具の助成件数', '件', 400, 352, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ── 西暦 in one table and 令和 in another on one sheet; a 基準値 column above the targets; a 参考 indicator with no target ──
const T6 = '進捗状況';
const twoEras: Holdout2Workbook = {
  name: 'h72-trap-two-eras-reference',
  layout:
    '子ども・子育て支援事業計画の進捗: 上の表は2022〜2024年度（西暦）の目標/実績、下の表は基準値（R元）・R4・R5の目標/実績（令和）、備考で参考指標（目標なし）と減少目標',
  build(wb) {
    const ws = wb.addWorksheet(T6);
    put(ws, 1, 1, ['令和5年度　第2期子ども・子育て支援事業計画　進捗状況']);
    put(ws, 2, 8, ['こども政策課']);
    put(ws, 4, 1, ['1　教育・保育の提供']);
    put(ws, 5, 1, ['指標', '単位', '2022年度', undefined, '2023年度', undefined, '2024年度', '備考']);
    put(ws, 6, 3, ['目標', '実績', '目標', '実績', '目標']);
    for (const c of ['A', 'B', 'H']) ws.mergeCells(`${c}5:${c}6`);
    ws.mergeCells('C5:D5');
    ws.mergeCells('E5:F5');
    const top: (string | number | undefined)[][] = [
      ['保育所等の利用定員', '人', 2450, 2431, 2520, 2498, 2580],
      ['保育所等の待機児童数', '人', 0, 4, 0, 2, 0, '減少を目指す（各年4月1日現在）'],
      ['認定こども園の数', '園', 6, 6, 7, 7, 8],
      ['未就学児童数', '人', '－', 5812, '－', 5640, '－', '参考指標（目標設定なし）'],
    ];
    top.forEach((r, i) => put(ws, 7 + i, 1, r));
    put(ws, 12, 1, ['2　地域子ども・子育て支援事業']);
    put(ws, 13, 1, ['指標', '単位', '基準値（R元）', 'R4目標', 'R4実績', 'R5目標', 'R5実績', '備考']);
    const bottom: (string | number | undefined)[][] = [
      ['放課後児童クラブの登録児童数', '人', 1480, 1600, 1596, 1700, 1652],
      ['一時預かり事業の延べ利用者数', '人', 14200, 10500, 8620, 11000, 12410, '基準値は感染症拡大前'],
      ['子育て支援センターの延べ利用者数', '人', 38000, 30000, 27450, 33000, 29870],
      ['病児保育の延べ利用者数', '人', 1250, 900, 712, 1000, 1034],
    ];
    bottom.forEach((r, i) => put(ws, 14 + i, 1, r));
    put(ws, 19, 1, ['※基準値は計画策定時（令和元年度）の実績。']);
    ws.getColumn(1).width = 32;
  },
  expected: {
    file: 'h72-trap-two-eras-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T6, '保育所等の利用定員', '人', 2520, 2498),
      ind(T6, '保育所等の待機児童数', '人', 0, 2, { direction: 'down' }),
      ind(T6, '認定こども園の数', '園', 7, 7),
      ind(T6, '未就学児童数', '人', null, 5640),
      ind(T6, '放課後児童クラブの登録児童数', '人', 1700, 1652),
      ind(T6, '一時預かり事業の延べ利用者数', '人', 11000, 12410),
      ind(T6, '子育て支援センターの延べ利用者数', '人', 33000, 29870),
      ind(T6, '病児保育の延べ利用者数', '人', 1000, 1034),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [thousands, manFigures, finalColumn, dashEstimate, samesName, twoEras];
