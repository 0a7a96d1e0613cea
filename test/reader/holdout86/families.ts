/** Hold-out 86, part 1: the four families as bodies outside the city's departments lay them out (広域連合, 補助金, 外郭団体, 指定管理者). */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// A: a 広域連合 (介護保険) 施策評価シート, blocks stacked one under another: 期待値 / 実績値 rows over R3…R7, the 施策's grade with last year's in 「（B）」.
const A1 = '施策2-1';
interface Block {
  name: string;
  unit: string;
  desc: string;
  expect: number[]; // R3…R7
  actuals: number[]; // R3…R5
  down?: boolean;
  note?: string;
}
const blocks: Block[] = [
  {
    name: '通いの場の参加者数',
    unit: '人',
    desc: '構成市町の住民主体の通いの場に参加した実人数（年度末）',
    expect: [3200, 3400, 3600, 3800, 4000],
    actuals: [2710, 3150, 3480],
  },
  {
    name: '介護予防サポーター登録者数（累計）',
    unit: '人',
    desc: '介護予防サポーター養成講座を修了し登録した人数の累計',
    expect: [420, 480, 540, 600, 660],
    actuals: [398, 467, 552],
  },
  {
    name: '要介護2以上の認定率',
    unit: '％',
    desc: '第1号被保険者に占める要介護2以上の認定者の割合。低下を目指す指標。',
    expect: [8.9, 8.8, 8.7, 8.6, 8.5],
    actuals: [9.0, 9.1, 9.3],
    down: true,
  },
  {
    name: '地域ケア会議の開催回数',
    unit: '回',
    desc: '個別ケースを検討する地域ケア会議の開催回数（構成市町の合計）',
    expect: [48, 52, 56, 60, 60],
    actuals: [44, 50, 31],
    note: '令和5年度から2町の会議を統合したため回数が減少',
  },
];
const circled = ['①', '②', '③', '④'];
const blockGrades = blocks.map((b) => ind(A1, b.name, b.unit, b.expect[2], b.actuals[2], b.down ? { direction: 'down' } : {}).grade);
const kouiki: Holdout2Workbook = {
  name: 'h86-kouiki-shisaku-blocks',
  layout:
    '広域連合（介護保険）の施策評価シート: 指標ブロックを縦に4つ、各ブロックに区分 R3…R7（目標）と期待値・実績値の行、施策の達成状況「B」と前年度「（B）」、低下を目指す指標は説明文で',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    put(ws, 1, 1, ['みなみ広域連合　施策評価シート（事後評価）']);
    put(ws, 2, 1, ['評価対象年度', '令和5年度', undefined, undefined, '作成', '令和6年7月']);
    put(ws, 3, 1, ['基本方針', '２　住み慣れた地域で暮らし続けられる体制づくり']);
    put(ws, 4, 1, ['施策', '2-1　介護予防・重度化防止の推進', undefined, undefined, '担当', '介護保険課']);
    put(ws, 5, 1, ['施策の達成状況', undefined, 'B', '（B）', '※（　）は前年度の評価']);
    ws.mergeCells('A5:B5');
    put(ws, 7, 1, ['成果指標']);
    blocks.forEach((b, i) => {
      const r = 8 + i * 6;
      put(ws, r, 1, [`指標${circled[i]}`, b.name, undefined, undefined, undefined, '単位', b.unit]);
      ws.mergeCells(r, 2, r, 5);
      put(ws, r + 1, 1, ['指標の説明', b.desc]);
      ws.mergeCells(r + 1, 2, r + 1, 7);
      put(ws, r + 2, 1, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7（目標）', '備考']);
      put(ws, r + 3, 1, ['期待値', ...b.expect]);
      put(ws, r + 4, 1, ['実績値', ...b.actuals]);
      if (b.note) put(ws, r + 4, 7, [b.note]);
    });
    put(ws, 33, 1, ['※期待値は各年度の到達見込みとして計画策定時に設定した値。R7は計画の目標値。']);
    put(ws, 34, 1, ['達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.getColumn(1).width = 14;
    ws.getColumn(2).width = 16;
  },
  expected: {
    file: 'h86-kouiki-shisaku-blocks.xlsx',
    fiscalYear: 2023,
    indicators: blocks.map((b) => ind(A1, b.name, b.unit, b.expect[2], b.actuals[2], b.down ? { direction: 'down' } : {})),
    groups: [{ sheet: A1, cell: 'C5', grade: rollUp(blockGrades) }],
  },
};

// B: 補助金等評価調書, one row per 補助金 with 交付先 and 交付額（千円）, 成果指標 with text targets and actuals, 未実施 and 集計中.
const B1 = '評価調書';
const hojoRows: Cell[][] = [
  [1, '商店街活性化事業補助金', 'みなと市商店街振興組合連合会', 3000, '商店街イベントの開催回数', '年4回以上', '5回', 'A', '継続'],
  [2, '町内会・自治会活動補助金', 'みなと市自治会連合会', 12450, '自治会加入率', '60.0％', '57.3％', 'B', '継続'],
  [3, 'シルバー人材センター運営補助金', '（公社）みなと市シルバー人材センター', 8200, '就業延べ人員', '延べ52,000人日', '延べ47,830人日', 'B', '継続'],
  [4, '観光協会運営補助金', '（一社）みなと市観光協会', 15000, '観光案内所の利用者数', '18,000人', '20,412人', 'A', '拡充'],
  [5, 'スポーツ少年団育成補助金', 'みなと市スポーツ少年団本部', 1800, '指導者資格取得者数', '10人', '未実施', 'D', '見直し'],
  [6, '郷土芸能保存団体補助金', 'みなと市郷土芸能保存協議会', 950, '定期公演の観覧者数', '2,500人', '集計中', '－', '継続'],
  [7, '消費者団体活動補助金', 'みなと市消費者協会', 600, '出前講座の受講者数', '800人', '512人', 'C', '見直し'],
];
const hojo: Holdout2Workbook = {
  name: 'h86-hojokin-chosho',
  layout:
    '補助金等評価調書: 補助金ごとに交付先・交付額（千円）・成果指標・目標・実績（「年4回以上」「延べ52,000人日」「57.3％」等の文字）、未実施と集計中、自己評価 A〜D と「－」',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['補助金等評価調書（令和5年度交付分）']);
    put(ws, 2, 1, ['令和6年6月作成', undefined, undefined, undefined, undefined, undefined, undefined, '財政課・各所管課']);
    put(ws, 4, 1, ['No.', '補助金の名称', '交付先', '交付額（千円）', '成果指標', '目標', '実績', '自己評価', '今後の方向性']);
    hojoRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r < 12; r++) ws.getCell(r, 4).numFmt = '#,##0';
    put(ws, 13, 1, ['自己評価　A：目標を達成　B：達成率80％以上　C：60％以上　D：60％未満又は未実施　－：評価できないもの']);
    put(ws, 14, 1, ['※No.6の実績は団体からの実績報告書の提出待ち（令和6年7月提出予定）']);
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 34;
    ws.getColumn(5).width = 26;
  },
  expected: {
    file: 'h86-hojokin-chosho.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '商店街イベントの開催回数', '回', 4, 5, { existing: 'A' }),
      ind(B1, '自治会加入率', '％', 60.0, 57.3, { existing: 'B' }),
      ind(B1, '就業延べ人員', '人日', 52000, 47830, { existing: 'B' }),
      ind(B1, '観光案内所の利用者数', '人', 18000, 20412, { existing: 'A' }),
      ind(B1, '指導者資格取得者数', '人', 10, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B1, '定期公演の観覧者数', '人', 2500, null, { actualStatus: 'pending' }),
      ind(B1, '出前講座の受講者数', '人', 800, 512, { existing: 'C' }),
    ],
    groups: [],
  },
};

// C: a 公益財団法人's 経営目標（KPI）: 目標値 / 実績値 rows per KPI over 令和3…6年度, values with units in the cell, 「－」 where no target, a 千円 KPI to reduce.
const C1 = 'KPI';
interface Kpi {
  name: string;
  unit: string;
  targets: Cell[]; // R3…R6
  actuals: Cell[]; // R3…R5
  note?: string;
}
const kpis: Kpi[] = [
  { name: '文化ホールの入場者数', unit: '人', targets: [90000, 110000, 125000, 130000], actuals: [71240, 104880, 118620] },
  { name: 'ホール稼働率', unit: '％', targets: [60, 65, 70, 72], actuals: [52.4, 63.8, 71.2] },
  { name: '自主事業の公演数', unit: '本', targets: [24, 26, 28, 28], actuals: [22, 27, 25] },
  { name: '自主財源比率', unit: '％', targets: [35.0, 36.0, 38.0, 40.0], actuals: [33.1, 35.2, 34.8] },
  { name: '市からの運営補助金額', unit: '千円', targets: [82000, 80000, 78000, 76000], actuals: [83500, 80900, 79300], note: '減少を目指す指標' },
  { name: '友の会会員数', unit: '人', targets: ['－', 1500, 1600, 1700], actuals: [1388, 1452, 1560], note: '令和4年度から目標設定' },
];
const withUnit = (v: Cell, unit: string): Cell => (typeof v === 'number' ? `${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}` : v);
const zaidan: Holdout2Workbook = {
  name: 'h86-zaidan-kpi-periods',
  layout:
    '公益財団法人の経営目標（KPI）: KPIごとに目標値・実績値の2行、期間列 令和3〜6年度、値は「125,000 人」のように単位付きの文字、「－」、千円の補助金額（減少を目指す）は備考で',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['公益財団法人みなと市文化振興財団　経営目標（KPI）の進捗状況　【令和5年度評価】']);
    put(ws, 2, 1, ['経営改善計画（令和3年度〜令和6年度）', undefined, undefined, undefined, undefined, undefined, '所管：文化振興課']);
    put(ws, 4, 1, ['KPI', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [k.name, '目標値', ...k.targets.map((v) => withUnit(v, k.unit))]);
      put(ws, r + 1, 2, ['実績値', ...k.actuals.map((v) => withUnit(v, k.unit))]);
      ws.mergeCells(r, 1, r + 1, 1);
      if (k.note) {
        put(ws, r, 7, [k.note]);
        ws.mergeCells(r, 7, r + 1, 7);
      }
    });
    put(ws, 18, 1, ['※令和6年度の実績は令和7年度評価で記載する。']);
    ws.getColumn(1).width = 26;
  },
  expected: {
    file: 'h86-zaidan-kpi-periods.xlsx',
    fiscalYear: 2023,
    indicators: kpis.map((k) => ind(C1, k.name, k.unit, k.targets[2] as number, k.actuals[2] as number, k.note?.includes('減少') ? { direction: 'down' } : {})),
    groups: [],
  },
};

// D: a 指定管理者's 成果指標 点検表: 現況（指定開始時） with its year in the cell, 目標（R7：指定期間最終年度）, 実績 with its year, 把握方法.
const D1 = '成果指標';
const shitei: Holdout2Workbook = {
  name: 'h86-shitei-plan-indicators',
  layout: '指定管理者の成果指標点検表: 指標・説明・現況「98,450\\n（令和2年度）」・目標（R7）・実績「141,260\\n（令和5年度）」・把握方法、「20件以下」の目標',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['指定管理者による管理運営の成果指標　点検表（令和5年度）']);
    put(ws, 2, 1, ['施設：みなと市総合体育館・市民プール　　指定管理者：みなとスポーツ・湊ビル管理共同事業体　　指定期間：令和3年4月1日〜令和8年3月31日']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '現況（指定開始時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: Cell[][] = [
      [1, '総合体育館の利用者数', '個人利用・団体利用の延べ人数', '98,450人\n（令和2年度）', '150,000人', '141,260人\n（令和5年度）', '利用実績報告（月報）'],
      [
        2,
        '市民プールの利用者数',
        '夏季屋外プール及び屋内プールの延べ人数',
        '21,300人\n（令和2年度）',
        '60,000人',
        '62,140人\n（令和5年度）',
        '利用実績報告（月報）',
      ],
      [3, '自主事業（教室）の参加者数', '指定管理者が企画する教室の延べ参加者数', '3,020人\n（令和2年度）', '8,000人', '5,870人\n（令和5年度）', '事業報告書'],
      [
        4,
        '利用者満足度',
        '利用者アンケートで「満足」「やや満足」と答えた割合',
        '78.5％\n（令和2年度）',
        '85.0％',
        '86.2％\n（令和5年度）',
        '利用者アンケート（年1回）',
      ],
      [
        5,
        '利用者からの苦情件数',
        '意見箱・電話等で受け付けた苦情の件数（少ないほど良い）',
        '42件\n（令和2年度）',
        '20件以下',
        '27件\n（令和5年度）',
        '苦情処理記録',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (const c of [4, 6]) ws.getCell(5 + i, c).alignment = { wrapText: true };
    });
    put(ws, 11, 1, ['※目標は基本協定書に定める指定期間最終年度（令和7年度）の数値。']);
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h86-shitei-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D1, '総合体育館の利用者数', '人', 150000, 141260), targetSource: 'final' },
      { ...ind(D1, '市民プールの利用者数', '人', 60000, 62140), targetSource: 'final' },
      { ...ind(D1, '自主事業（教室）の参加者数', '人', 8000, 5870), targetSource: 'final' },
      { ...ind(D1, '利用者満足度', '％', 85.0, 86.2), targetSource: 'final' },
      { ...ind(D1, '利用者からの苦情件数', '件', 20, 27, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [kouiki, hojo, zaidan, shitei];
