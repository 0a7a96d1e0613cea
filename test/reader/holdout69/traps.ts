/**
 * Hold-out 69, part 2: workbooks that tempt a silent wrong reading (range targets and ポイント figures, 「前年度以上」 and 集計中,
 * 暦年 columns and a 参考 table, 累計 targets beside single-year actuals, 千人 targets with actuals in 人, hidden last-year columns
 * and a final target beyond the evaluation year). Every rule a clerk needs is written on the sheet.
 */
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const T1 = '成果指標';
const range: Holdout2Workbook = {
  name: 'h69-trap-range-points',
  layout:
    '健康増進計画の成果指標: 目標「80～90」「90～95」（注記で下限値と比較）、目標セルに「45.0（R2比＋9.4ポイント）」、対前年度増減（ポイント）の列、「12.0以下」、実績「未集計」',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['第3次ゆうなぎ市健康増進計画　令和5年度 成果指標の達成状況']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 7, ['健康づくり課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '策定時（R2年度）', 'R5年度目標', 'R5年度実績', '対前年度増減', '備考']);
    const rows: Cell[][] = [
      [1, 'がん検診精密検査受診率', '％', 76.0, '80～90', 84.2, '＋2.1ポイント'],
      [2, '特定健康診査受診率', '％', 35.6, '45.0\n（R2比＋9.4ポイント）', 42.1, '＋1.3ポイント'],
      [3, '運動習慣のある市民の割合', '％', 29.8, 35.0, 31.4, '▲0.8ポイント', '市民健康意識調査'],
      [4, '成人の喫煙率', '％', 16.2, '12.0以下', 13.1, '▲0.5ポイント', '低いほど良い指標'],
      [5, '健康教室の参加者数', '人', 980, 1200, '未集計', '－', '3月実施分の報告待ち'],
      [6, 'むし歯のない3歳児の割合', '％', 86.4, '90～95', 91.5, '＋1.2ポイント'],
      [7, 'ゲートキーパー養成者数', '人', 60, 150, 162, '＋40人'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※目標値を範囲（「80～90」など）で示している指標は、範囲の下限値を目標値として達成状況を評価する。']);
    put(ws, 14, 1, ['※対前年度増減の「ポイント」は、割合（％）の前年度実績との差であり、実績値ではない。']);
    put(ws, 15, 1, ['※成人の喫煙率は低いほど良い指標（目標値以下で達成）。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(5).width = 22;
  },
  expected: {
    file: 'h69-trap-range-points.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, 'がん検診精密検査受診率', '％', 80, 84.2),
      ind(T1, '特定健康診査受診率', '％', 45.0, 42.1),
      ind(T1, '運動習慣のある市民の割合', '％', 35.0, 31.4),
      ind(T1, '成人の喫煙率', '％', 12.0, 13.1, { direction: 'down' }),
      ind(T1, '健康教室の参加者数', '人', 1200, null, { actualStatus: 'pending' }),
      ind(T1, 'むし歯のない3歳児の割合', '％', 90, 91.5),
      ind(T1, 'ゲートキーパー養成者数', '人', 150, 162),
    ],
    groups: [],
  },
};

const T2 = '事業評価';
const prior: Holdout2Workbook = {
  name: 'h69-trap-prior-year-pending',
  layout:
    '事務事業評価 総括表（農林課）: 目標「前年度以上」（同じ行の令和4年度実績、注記あり）、実績「参加者数 集計中」、目標「－」の事業、ラベル付きの文字列、自己評価',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和5年度　事務事業評価 総括表（農林課）']);
    ws.mergeCells('A1:G1');
    put(ws, 3, 1, ['番号', '事業名', '令和4年度実績', '令和5年度目標', '令和5年度実績', '自己評価', '備考']);
    const rows: Cell[][] = [
      [1, '有害鳥獣捕獲事業', '捕獲頭数 412頭', '前年度以上', '捕獲頭数 388頭', 'B', 'イノシシの出没が減少'],
      [2, '農業体験イベント開催事業', '参加者数 240人', '参加者数 300人', '参加者数 集計中', undefined, '3月開催分の参加者を集計中のため評価保留'],
      [3, '新規就農者支援事業', '新規就農者数 3人', '新規就農者数 5人', '新規就農者数 5人', 'A'],
      [4, '農地集積推進事業', '集積面積 1,250ha', '前年度以上', '集積面積 1,318ha', 'A'],
      [5, '地産地消推進事業', '直売所売上額 8,420万円', '直売所売上額 9,000万円', '直売所売上額 8,120万円', 'B'],
      [6, '森林整備事業', '間伐面積 85ha', '間伐面積 100ha', '間伐面積 64ha', 'C', '長雨により作業が遅延'],
      [7, '鳥獣被害防止柵設置事業', '設置延長 2.8km', '－', '設置延長 3.2km', '－', '目標は設定していない（地区の要望に応じて設置）'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 12, 1, ['※目標欄の「前年度以上」は、令和4年度実績の数値以上を目標とする（令和4年度実績を目標値として達成率を算出）。']);
    put(ws, 13, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.getColumn(2).width = 26;
    ws.getColumn(7).width = 36;
  },
  expected: {
    file: 'h69-trap-prior-year-pending.xlsx',
    fiscalYear: 2023,
    // The target of 「前年度以上」 is the 令和4年度 figure of the same row: another cell's figure, as hold-out 58's 前年度比 targets.
    guesses: ['target-from-last-year'],
    indicators: [
      ind(T2, '有害鳥獣捕獲事業', '頭', 412, 388, { existing: 'B' }),
      ind(T2, '農業体験イベント開催事業', '人', 300, null, { actualStatus: 'pending' }),
      ind(T2, '新規就農者支援事業', '人', 5, 5, { existing: 'A' }),
      ind(T2, '農地集積推進事業', 'ha', 1250, 1318, { existing: 'A' }),
      ind(T2, '地産地消推進事業', '万円', 9000, 8120, { existing: 'B' }),
      ind(T2, '森林整備事業', 'ha', 100, 64, { existing: 'C' }),
      ind(T2, '鳥獣被害防止柵設置事業', 'km', null, 3.2),
    ],
    groups: [],
  },
};

const T3 = 'KPI';
const calendar: Holdout2Workbook = {
  name: 'h69-trap-calendar-reference',
  layout: '創生総合戦略 KPI: 令和4年度・令和5年度の目標/実績の横に（参考）暦年2023年の列、下に（参考）県のKPIの別表（評価対象外）、注記で年度の数値で評価',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['第2期 つばめ台市まち・ひと・しごと創生総合戦略　KPI 達成状況（令和5年度）']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 7, ['企画課']);
    put(ws, 4, 1, ['KPI', '単位', '令和4年度', undefined, '令和5年度', undefined, '（参考）暦年の数値', '備考']);
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '2023年（1～12月）']);
    for (const m of ['A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'H4:H5']) ws.mergeCells(m);
    const rows: Cell[][] = [
      ['観光入込客数', '千人', 480, 455, 520, 498, 505],
      ['移住者数', '人', 100, 87, 110, 116, 121, '移住支援窓口経由'],
      ['企業誘致件数', '件', 2, 2, 2, 1, '－'],
      ['出生数', '人', 520, 498, 520, 471, 465],
      ['ふるさと納税寄附件数', '件', 12000, 13520, 14000, 15830, '－'],
      ['新規創業者数', '人', 15, 12, 15, 10, 11, '創業支援事業計画による'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※評価は年度（4月～翌年3月）の数値で行う。（参考）欄の暦年の数値は評価に用いない。']);
    put(ws, 16, 1, ['（参考）県の総合戦略KPI（県全体の数値。本市の評価対象外）']);
    put(ws, 17, 1, ['KPI', '単位', '令和5年度目標', '令和5年度実績']);
    const ref: Cell[][] = [
      ['県全体の観光入込客数', '万人', 3000, 2870],
      ['県への移住者数', '人', 4500, 4120],
      ['県内の新規創業者数', '人', 600, 640],
    ];
    ref.forEach((r, i) => put(ws, 18 + i, 1, r));
    ws.getColumn(1).width = 26;
  },
  expected: {
    file: 'h69-trap-calendar-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3, '観光入込客数', '千人', 520, 498),
      ind(T3, '移住者数', '人', 110, 116),
      ind(T3, '企業誘致件数', '件', 2, 1),
      ind(T3, '出生数', '人', 520, 471),
      ind(T3, 'ふるさと納税寄附件数', '件', 14000, 15830),
      ind(T3, '新規創業者数', '人', 15, 10),
    ],
    groups: [],
  },
};

const T4 = '施策1-4';
const cumInds: ExpectedIndicator[] = [
  ind(T4, '防災士の養成数', '人', 90, 84),
  ind(T4, '自主防災組織の結成率', '％', 84.0, 81.5),
  final(ind(T4, '総合防災訓練の参加者数', '人', 3000, 2730)),
  ind(T4, '住宅の耐震改修補助件数', '件', 30, 33),
  ind(T4, '防災メール登録者数', '人', 12000, 11020),
  ind(T4, '個別避難計画の作成率', '％', 50.0, 28.0),
];
const cumulative: Holdout2Workbook = {
  name: 'h69-trap-cumulative-policy',
  layout:
    '施策評価シート（縦積み）: 累計の指標は実績値（単年度）・実績値（累計）・期待値（累計）の3行（注記で累計どうしを比較）、期待値がR7の目標値だけの指標、施策の達成状況欄',
  build(wb) {
    const ws = wb.addWorksheet(T4);
    put(ws, 1, 1, ['さくら野市総合計画　令和６年度 施策評価シート（評価対象期間：令和５年度）']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['基本施策', '1-4　災害に強いまちづくり', undefined, undefined, undefined, '担当', '危機管理課']);
    ws.mergeCells('B2:E2');
    put(ws, 3, 1, ['施策の達成状況', undefined, undefined, '（前年度：B）']);
    ws.mergeCells('A3:B3');
    put(ws, 4, 1, ['凡例　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    put(ws, 5, 1, ['※累計の指標は、実績値（累計）を期待値（累計）と比較する。期待値を設定していない指標は、R7の目標値と比較する。']);
    const heads = ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', '備考'];
    const blocks: [string, string, Cell[][]][] = [
      [
        '防災士の養成数',
        '人',
        [
          ['実績値（単年度）', undefined, 12, 15, 9],
          ['実績値（累計）', 48, 60, 75, 84],
          ['期待値（累計）', undefined, 60, 75, 90, 105, 120],
        ],
      ],
      [
        '自主防災組織の結成率',
        '％',
        [
          ['実績値', 76.5, 78.2, 80.1, 81.5],
          ['期待値', undefined, 80.0, 82.0, 84.0, 86.0, 88.0],
        ],
      ],
      [
        '総合防災訓練の参加者数',
        '人',
        [
          ['実績値', 1200, 1850, 2400, 2730],
          ['期待値', undefined, undefined, undefined, undefined, undefined, 3000, '期待値は設定せず、R7の目標値のみ'],
        ],
      ],
      [
        '住宅の耐震改修補助件数',
        '件',
        [
          ['実績値（単年度）', '－', 8, 11, 14],
          ['実績値（累計）', '－', 8, 19, 33, undefined, undefined, 'R3からの累計'],
          ['期待値（累計）', undefined, 10, 20, 30, 40, 50],
        ],
      ],
      [
        '防災メール登録者数',
        '人',
        [
          ['実績値', 9120, 9820, 10540, 11020],
          ['期待値', undefined, 10000, 11000, 12000, 13000, 14000],
        ],
      ],
      [
        '個別避難計画の作成率',
        '％',
        [
          ['実績値', 5.0, 12.0, 25.4, 28.0],
          ['期待値', undefined, 20.0, 35.0, 50.0, 65.0, 80.0],
        ],
      ],
    ];
    let r = 7;
    blocks.forEach(([name, unit, lines], i) => {
      put(ws, r, 1, [`指標${'①②③④⑤⑥'[i]}`, name, undefined, undefined, undefined, '単位', unit]);
      ws.mergeCells(`B${r}:E${r}`);
      put(ws, r + 1, 1, heads);
      lines.forEach((line, k) => put(ws, r + 2 + k, 1, line));
      r += lines.length + 3;
    });
    put(ws, r, 1, ['【達成状況の分析】個別避難計画は福祉専門職との連携体制の整備が遅れ、期待値を大きく下回った。']);
    ws.getColumn(1).width = 18;
  },
  expected: {
    file: 'h69-trap-cumulative-policy.xlsx',
    fiscalYear: 2023,
    indicators: cumInds,
    groups: [{ sheet: T4, cell: 'C3', grade: rollUp(cumInds.map((i) => i.grade)) }],
  },
};

const T5 = '重点事業';
const units: Holdout2Workbook = {
  name: 'h69-trap-unit-change',
  layout: '観光振興計画 重点事業: 単位欄は千人・目標は千人、実績は「1,186,400人」（注記で千人に換算）、万円の指標に「1億1,050万円」、担当課評価',
  build(wb) {
    const ws = wb.addWorksheet(T5);
    put(ws, 1, 1, ['ながれ川市観光振興計画　令和5年度 重点事業の実績']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 6, ['観光交流課']);
    put(ws, 4, 1, ['事業名', '成果指標', '単位', '令和5年度目標', '令和5年度実績', '担当課評価', '備考']);
    const rows: Cell[][] = [
      ['観光PR事業', '観光入込客数', '千人', 1250, '1,186,400人', 'B', '観光入込客統計'],
      ['イベント開催事業', '主要イベントの来場者数', '千人', 180, '172,300人', 'B', '花火大会・秋まつりほか'],
      ['宿泊促進事業', '市内宿泊者数', '人', 210000, 228900, 'A'],
      ['インバウンド推進事業', '外国人観光客数', '千人', 45, '31,200人', 'C'],
      ['物産振興事業', '物産館の売上額', '万円', 12000, '1億1,050万円', 'B'],
      ['観光案内所運営事業', '観光案内所の利用者数', '人', 24000, '25,310人', 'A'],
      ['観光ガイド養成事業', '観光ボランティアガイド登録者数', '人', 60, 58, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※単位欄は目標値の単位。実績値を人単位で記載している指標は、千人に換算して目標値と比較する（例：1,186,400人＝1,186.4千人）。']);
    put(ws, 14, 1, ['※担当課評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h69-trap-unit-change.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T5, '観光入込客数', '千人', 1250, 1186.4, { existing: 'B' }),
      ind(T5, '主要イベントの来場者数', '千人', 180, 172.3, { existing: 'B' }),
      ind(T5, '市内宿泊者数', '人', 210000, 228900, { existing: 'A' }),
      ind(T5, '外国人観光客数', '千人', 45, 31.2, { existing: 'C' }),
      ind(T5, '物産館の売上額', '万円', 12000, 11050, { existing: 'B' }),
      ind(T5, '観光案内所の利用者数', '人', 24000, 25310, { existing: 'A' }),
      ind(T5, '観光ボランティアガイド登録者数', '人', 60, 58, { existing: 'B' }),
    ],
    groups: [],
  },
};

const T6 = '成果指標';
const hidden: Holdout2Workbook = {
  name: 'h69-trap-hidden-last-year',
  layout:
    '総合計画 成果指標の進捗: 令和4年度の目標値・実績値を非表示の列（E・F）、令和5年度の目標値/実績値、最終目標（令和9年度）の列、R5目標が空欄の指標（注記で最終目標と比較）、方向 ↑↓、評価',
  build(wb) {
    const ws = wb.addWorksheet(T6);
    put(ws, 1, 1, ['第2次ほたる野市総合計画 後期基本計画　成果指標の進捗（令和5年度実績）']);
    ws.mergeCells('A1:K1');
    put(ws, 2, 10, ['政策推進課']);
    put(ws, 4, 1, ['施策', '成果指標', '単位', '方向', '令和4年度', undefined, '令和5年度', undefined, '最終目標\n（令和9年度）', '評価', '備考']);
    put(ws, 5, 5, ['目標値', '実績値', '目標値', '実績値']);
    for (const m of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4', 'G4:H4', 'I4:I5', 'J4:J5', 'K4:K5']) ws.mergeCells(m);
    const rows: Cell[][] = [
      ['1-1', '地域の行事に参加している市民の割合', '％', '↑', 52.0, 49.8, 54.0, 51.2, 60.0, 'B', '市民意識調査'],
      ['1-2', '市民活動団体の登録数', '団体', '↑', 115, 118, 120, 124, 140, 'A'],
      ['2-1', '交通事故発生件数', '件', '↓', 230, 241, 220, 236, 180, 'B', '暦年ではなく年度で集計'],
      ['2-2', '管理不全の空き家の件数', '件', '↓', 560, 548, 540, 705, 500, 'C', 'R5に実態調査を行い件数を更新'],
      ['3-1', '市民一人当たりの都市公園面積', '㎡', '↑', 9.8, 9.8, undefined, 10.1, 11.0, 'B', '令和5年度の目標は設定していない'],
      ['3-2', 'コミュニティバスの利用者数', '人', '↑', 85000, 78420, 88000, 69880, 95000, 'C', '路線再編の影響'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    ws.getColumn(5).hidden = true;
    ws.getColumn(6).hidden = true;
    put(ws, 13, 1, ['※方向　↑：増やすことを目指す　↓：減らすことを目指す']);
    put(ws, 14, 1, ['※令和5年度の目標を設定していない指標は、最終目標（令和9年度）と比較する。']);
    put(ws, 15, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h69-trap-hidden-last-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T6, '地域の行事に参加している市民の割合', '％', 54.0, 51.2, { existing: 'B' }),
      ind(T6, '市民活動団体の登録数', '団体', 120, 124, { existing: 'A' }),
      ind(T6, '交通事故発生件数', '件', 220, 236, { direction: 'down', existing: 'B' }),
      ind(T6, '管理不全の空き家の件数', '件', 540, 705, { direction: 'down', existing: 'C' }),
      final(ind(T6, '市民一人当たりの都市公園面積', '㎡', 11.0, 10.1, { existing: 'B' })),
      ind(T6, 'コミュニティバスの利用者数', '人', 88000, 69880, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [range, prior, calendar, cumulative, units, hidden];
