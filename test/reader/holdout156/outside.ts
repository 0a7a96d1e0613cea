/**
 * Hold-out set 156, four shapes outside the families that offices in charge of 道の駅・農産物直売所・6次産業化 use: a 道の駅
 * 指定管理者 年度評価シート with its own S/A/B/C scale, a 総合化事業計画 実施状況報告 (計画／実績 pairs per 計画年度), a 直売所
 * 運営状況報告 with the years as rows, and 事務事業評価シート one 事業 per sheet.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 5. 指定管理者 年度評価シート: label-value header, 数値目標 table with 達成率 (fractions under a % format) and its own S/A/B/C.

interface Managed {
  name: string;
  unit: string;
  target: number | string;
  actual: number;
  rate: number | string;
  mark: string;
  comment: string;
}

const MANAGED: Managed[] = [
  { name: '年間来場者数', unit: '人', target: 380000, actual: 265412, rate: 0.698, mark: 'C', comment: '新型コロナによる臨時休館（4月18日～5月31日）' },
  { name: '売上高（物販・飲食）', unit: '千円', target: 420000, actual: 351208, rate: 0.836, mark: 'B', comment: '再開後はテイクアウト商品が好調' },
  { name: '利用者満足度', unit: '％', target: 85.0, actual: 88.3, rate: 1.039, mark: 'A', comment: '来場者アンケート（n=412）' },
  { name: 'イベント開催回数', unit: '回', target: 24, actual: 9, rate: 0.375, mark: 'C', comment: '感染拡大防止のため中止が相次いだ' },
  { name: '苦情件数', unit: '件', target: '10件以下', actual: 6, rate: '－', mark: 'A', comment: '駐車場の誘導に関するものが中心' },
];

const shitei: Holdout2Workbook = {
  name: 'h156-shiteikanri-michinoeki',
  layout:
    '道の駅 指定管理者 年度評価シート（令和２年度）: 施設名・指定管理者・指定期間・評価対象年度 as label-value rows, a 数値目標 table 項目｜単位｜目標値（事業計画）｜実績値｜達成率 (fractions under 0.0%)｜評価 on its own S/A/B/C scale (120/100/80), a 「10件以下」 target',
  build(wb) {
    const ws = wb.addWorksheet('評価シート');
    widths(ws, [24, 8, 16, 14, 10, 8, 36]);
    merge(ws, 1, 1, 1, 7, '道の駅「さくらの郷」　指定管理者　年度評価シート');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    const head: [string, string][] = [
      ['施設名', '道の駅「さくらの郷」（地域振興施設・農産物直売所・農家レストラン）'],
      ['指定管理者', '株式会社さくらの郷ふるさと公社'],
      ['指定期間', '平成30年4月1日～令和5年3月31日'],
      ['評価対象年度', '令和２年度'],
      ['所管課', '産業振興部　商工観光課'],
    ];
    head.forEach(([k, v], i) => {
      put(ws, 3 + i, 1, [k]);
      merge(ws, 3 + i, 2, 3 + i, 7, v);
    });
    box(ws, 3, 1, 7, 7);
    put(ws, 9, 1, ['１　数値目標の達成状況']);
    put(ws, 10, 1, ['項目', '単位', '目標値\n（事業計画）', '実績値', '達成率', '評価', '所見']);
    MANAGED.forEach((m, i) => {
      const r = 11 + i;
      put(ws, r, 1, [m.name, m.unit, m.target, m.actual, m.rate, m.mark, m.comment]);
      if (typeof m.target === 'number') ws.getCell(r, 3).numFmt = m.unit === '％' ? '0.0' : '#,##0';
      ws.getCell(r, 4).numFmt = m.unit === '％' ? '0.0' : '#,##0';
      if (typeof m.rate === 'number') ws.getCell(r, 5).numFmt = '0.0%';
    });
    const end = 10 + MANAGED.length;
    wrap(ws, 10, 1, end, 7);
    box(ws, 10, 1, end, 7);
    merge(ws, end + 1, 1, end + 1, 7, '評価：S 目標を大きく上回る（120％以上）　A 目標を達成（100％以上）　B 概ね達成（80％以上）　C 目標を下回る（80％未満）');
    put(ws, end + 3, 1, ['２　管理運営の状況']);
    merge(
      ws,
      end + 4,
      1,
      end + 4,
      7,
      '施設・設備の維持管理は適切に行われている。臨時休館中も農産物の予約販売・ドライブスルー販売を行い、出荷者の販路確保に努めた。',
    );
    ws.getRow(end + 4).height = 40;
    put(ws, end + 6, 1, ['３　総合所見']);
    merge(ws, end + 7, 1, end + 7, 7, '新型コロナの影響により来場者数・売上高は目標を下回ったが、感染対策を徹底しつつ概ね良好な管理運営が行われた。');
    ws.getRow(end + 7).height = 40;
  },
  expected: {
    file: 'h156-shiteikanri-michinoeki.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('評価シート', '年間来場者数', '人', 380000, 265412, { existing: 'C' }),
      ind('評価シート', '売上高（物販・飲食）', '千円', 420000, 351208, { existing: 'B' }),
      ind('評価シート', '利用者満足度', '％', 85.0, 88.3, { existing: 'A' }),
      ind('評価シート', 'イベント開催回数', '回', 24, 9, { existing: 'C' }),
      ind('評価シート', '苦情件数', '件', 10, 6, { existing: 'A', direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 6. 総合化事業計画 実施状況報告: 基準年度 and 1年目…5年目 (計画／実績 pairs), the report year given as 令和６年度（計画4年目）.

interface Plan6 {
  name: string;
  unit: string;
  base: number;
  plans: number[];
  actuals: number[];
}

const SOUGOUKA: Plan6[] = [
  { name: '農林水産物等及び新商品の売上高', unit: '千円', base: 24800, plans: [27000, 30500, 34200, 38500, 42000], actuals: [26150, 29870, 33940, 36120] },
  { name: 'うち新商品の売上高', unit: '千円', base: 0, plans: [3000, 6000, 9000, 12000, 15000], actuals: [2410, 5230, 7880, 8430] },
  { name: '農林漁業及び関連事業の所得', unit: '千円', base: 6200, plans: [7000, 7800, 8800, 9800, 10500], actuals: [6950, 8120, 9310, 10250] },
  { name: '雇用者数', unit: '人', base: 2, plans: [2, 3, 3, 4, 5], actuals: [2, 3, 4, 4] },
];

const sougouka: Holdout2Workbook = {
  name: 'h156-sougouka-keikaku',
  layout:
    '総合化事業計画の実施状況報告書: 認定事業者・計画期間・報告対象年度 「令和６年度（計画4年目）」 as label-value rows, 基準年度（令和２年度）｜1年目（令和３年度）…5年目（令和７年度） over 計画｜実績 sub-columns, 千円 figures with commas, 5年目 only 計画',
  build(wb) {
    const ws = wb.addWorksheet('実施状況報告');
    widths(ws, [30, 7, 12, 11, 11, 11, 11, 11, 11, 11, 11, 12]);
    merge(ws, 1, 1, 1, 12, '総合化事業計画の実施状況報告書');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    const head: [string, string][] = [
      ['認定事業者名', '農事組合法人　ひかり農産'],
      ['総合化事業計画の名称', '自社生産の米と大豆を使った米粉麺・豆腐の製造と直売所・道の駅での販売'],
      ['計画期間', '令和３年度～令和７年度（５年間）'],
      ['報告対象年度', '令和６年度（計画4年目）'],
    ];
    head.forEach(([k, v], i) => {
      put(ws, 3 + i, 1, [k]);
      merge(ws, 3 + i, 2, 3 + i, 12, v);
    });
    box(ws, 3, 1, 6, 12);
    put(ws, 8, 1, ['１　総合化事業の目標の達成状況']);
    merge(ws, 9, 1, 10, 1, '項目');
    merge(ws, 9, 2, 10, 2, '単位');
    put(ws, 9, 3, ['基準年度\n（令和２年度）']);
    put(ws, 10, 3, ['実績']);
    const years = ['1年目\n（令和３年度）', '2年目\n（令和４年度）', '3年目\n（令和５年度）', '4年目\n（令和６年度）'];
    years.forEach((y, i) => {
      merge(ws, 9, 4 + i * 2, 9, 5 + i * 2, y);
      put(ws, 10, 4 + i * 2, ['計画', '実績']);
    });
    put(ws, 9, 12, ['5年目（目標）\n（令和７年度）']);
    put(ws, 10, 12, ['計画']);
    SOUGOUKA.forEach((p, i) => {
      const r = 11 + i;
      const row: (number | string)[] = [p.name, p.unit, p.base];
      for (let y = 0; y < 4; y++) row.push(p.plans[y], p.actuals[y]);
      row.push(p.plans[4]);
      put(ws, r, 1, row);
      for (let c = 3; c <= 12; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    wrap(ws, 9, 1, 14, 12);
    box(ws, 9, 1, 14, 12);
    put(ws, 16, 1, ['２　取組の状況']);
    merge(
      ws,
      17,
      1,
      17,
      12,
      '米粉麺は道の駅・直売所での販売に加え、県外のスーパー２社との取引を開始した。豆腐は製造ラインの故障により２か月間出荷を停止したため、新商品の売上高が計画を下回った。',
    );
    ws.getRow(17).height = 44;
    put(ws, 19, 1, ['３　今後の取組']);
    merge(ws, 19, 2, 19, 12, '豆腐製造ラインの更新を行い、最終年度の目標達成を目指す。');
  },
  expected: {
    file: 'h156-sougouka-keikaku.xlsx',
    fiscalYear: 2024,
    indicators: SOUGOUKA.map((p) => ind('実施状況報告', p.name, p.unit, p.plans[3], p.actuals[3])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 7. 直売所 運営状況報告: the years as rows (平成27年度…令和２年度（計画）), 目標／実績 pairs under 「販売額（千円）」 headings.

type YearRow = [string, number, number | null, number, number | null, number, number | null, string, string];

const YEARS: YearRow[] = [
  ['平成27年度', 240000, 238410, 280, 276, 190000, 186230, '－', ''],
  ['平成28年度', 250000, 252870, 275, 270, 195000, 192410, '▲6', ''],
  ['平成29年度', 260000, 266120, 270, 262, 200000, 198760, '▲8', '加工品コーナー新設'],
  ['平成30年度', 270000, 279550, 265, 255, 205000, 201380, '▲7', ''],
  ['令和元年度', 285000, 291340, 260, 241, 210000, 168950, '▲14', '台風19号による休業（10月）、新型コロナの影響（3月）'],
  ['令和２年度（計画）', 295000, null, 255, null, 215000, null, '', ''],
];

const suii: Holdout2Workbook = {
  name: 'h156-suii-chokubai',
  layout:
    '直売所 運営状況報告（令和元年度）: years as rows 平成27年度…令和元年度 and 令和２年度（計画）, 販売額（千円）・出荷者数（人）・レジ通過者数（人） each over 目標｜実績, an 出荷者数増減 column of 「▲6」, notes',
  build(wb) {
    const ws = wb.addWorksheet('運営状況');
    widths(ws, [18, 12, 12, 9, 9, 12, 12, 10, 34]);
    merge(ws, 1, 1, 1, 9, '農産物直売所「ふれあい市場」運営状況報告（令和元年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 9, '報告対象年度：令和元年度（平成31年4月1日～令和2年3月31日）　　ふれあい市場運営協議会');
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '販売額（千円）');
    merge(ws, 4, 4, 4, 5, '出荷者数（人）');
    merge(ws, 4, 6, 4, 7, 'レジ通過者数（人）');
    merge(ws, 4, 8, 5, 8, '出荷者数\n増減');
    merge(ws, 4, 9, 5, 9, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    YEARS.forEach((y, i) => {
      const r = 6 + i;
      put(
        ws,
        r,
        1,
        y.map((v) => (v === '' ? undefined : v)),
      );
      for (const c of [2, 3, 6, 7]) ws.getCell(r, c).numFmt = '#,##0';
    });
    wrap(ws, 4, 1, 5 + YEARS.length, 9);
    box(ws, 4, 1, 5 + YEARS.length, 9);
    merge(ws, 7 + YEARS.length, 1, 7 + YEARS.length, 9, '※出荷者数は各年度末の登録者数。レジ通過者数はPOSレジの集計による。');
  },
  expected: {
    file: 'h156-suii-chokubai.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('運営状況', '販売額', '千円', 285000, 291340),
      ind('運営状況', '出荷者数', '人', 260, 241),
      ind('運営状況', 'レジ通過者数', '人', 210000, 168950),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 8. 事務事業評価シート, one 事業 per sheet: label-value rows, an 指標 table with 目標／実績 rows under R3…R6, 方向 ↑／↓.

interface JimuInd {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  way: '↑' | '↓';
  targets: (number | string)[];
  actuals: number[];
}

interface Jimu {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  summary: string;
  inds: JimuInd[];
  next: string;
}

const JIMU: Jimu[] = [
  {
    sheet: '農産加工施設',
    name: '農産加工施設管理運営事業',
    dept: '産業振興部　農政課',
    purpose: '農業者・女性グループ等が農産物を加工し、６次産業化商品を開発・製造できる環境を提供する。',
    summary: '市農産加工施設（みそ・漬物・菓子の３加工室）の管理運営、利用団体への衛生講習の実施',
    inds: [
      { kind: '活動指標', name: '加工施設の稼働日数', unit: '日', way: '↑', targets: [240, 240, 240, 250], actuals: [228, 236, 251] },
      { kind: '成果指標', name: '加工施設の利用団体数', unit: '団体', way: '↑', targets: [18, 20, 22, 24], actuals: [17, 19, 18] },
      { kind: '成果指標', name: '稼働1日当たりの光熱水費', unit: '円', way: '↓', targets: [12000, 11500, 11000, 10500], actuals: [12480, 11920, 11630] },
    ],
    next: '継続',
  },
  {
    sheet: '地域振興施設整備',
    name: '道の駅地域振興施設整備事業',
    dept: '産業振興部　商工観光課',
    purpose: '道の駅に農産物直売所と加工品販売コーナーを備えた地域振興施設を整備し、地域の交流拠点とする。',
    summary: '地域振興施設（木造平屋 約850㎡）の建設工事、整備に関する地域説明会・ワークショップの開催',
    inds: [
      { kind: '活動指標', name: '施設整備工事の進捗率', unit: '％', way: '↑', targets: [20, 60, 100, '－'], actuals: [20, 55, 85] },
      { kind: '成果指標', name: '地域説明会・ワークショップの参加者数', unit: '人', way: '↑', targets: [50, 80, 80, '－'], actuals: [62, 71, 94] },
    ],
    next: '継続（令和６年度完成予定）',
  },
];

function jimuSheet(wb: Parameters<Holdout2Workbook['build']>[0], j: Jimu): void {
  const ws = wb.addWorksheet(j.sheet);
  widths(ws, [12, 30, 7, 6, 8, 10, 10, 10, 12]);
  merge(ws, 1, 1, 1, 9, '事務事業評価シート（令和５年度実施事業）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const head: [string, string][] = [
    ['事業名', j.name],
    ['担当課', j.dept],
    ['施策', '2-4　農業の６次産業化と地産地消の推進'],
    ['事業の目的', j.purpose],
    ['事業の概要', j.summary],
  ];
  head.forEach(([k, v], i) => {
    put(ws, 3 + i, 1, [k]);
    merge(ws, 3 + i, 2, 3 + i, 9, v);
  });
  box(ws, 3, 1, 7, 9);
  put(ws, 9, 1, ['■指標の推移']);
  put(ws, 10, 1, ['区分', '指標名', '単位', '方向', '項目', 'R3', 'R4', 'R5', 'R6（計画）']);
  let r = 11;
  for (const x of j.inds) {
    merge(ws, r, 1, r + 1, 1, x.kind);
    merge(ws, r, 2, r + 1, 2, x.name);
    merge(ws, r, 3, r + 1, 3, x.unit);
    merge(ws, r, 4, r + 1, 4, x.way);
    put(ws, r, 5, ['目標', ...x.targets]);
    put(ws, r + 1, 5, ['実績', ...x.actuals, '―']);
    for (let c = 6; c <= 9; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = '#,##0';
    r += 2;
  }
  wrap(ws, 10, 1, r - 1, 9);
  box(ws, 10, 1, r - 1, 9);
  put(ws, r, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
  put(ws, r + 2, 1, ['■今後の方向性']);
  merge(ws, r + 2, 2, r + 2, 9, j.next);
  box(ws, r + 2, 1, r + 2, 9);
}

const jimuFacts = (j: Jimu): ExpectedIndicator[] =>
  j.inds.map((x) => ind(j.sheet, x.name, x.unit, x.targets[2] as number, x.actuals[2], { direction: x.way === '↓' ? 'down' : 'up' }));

const jimu: Holdout2Workbook = {
  name: 'h156-jimujigyo-kakou',
  layout:
    '事務事業評価シート（令和５年度実施事業）, one 事業 per sheet (農産加工施設, 地域振興施設整備): label-value rows, an 指標の推移 table 区分｜指標名｜単位｜方向 ↑／↓｜項目 目標／実績｜R3…R6（計画）, 「―」 in R6 実績',
  build(wb) {
    for (const j of JIMU) jimuSheet(wb, j);
  },
  expected: { file: 'h156-jimujigyo-kakou.xlsx', fiscalYear: 2023, indicators: JIMU.flatMap(jimuFacts), groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [shitei, sougouka, suii, jimu];
