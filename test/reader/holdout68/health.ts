/** Hold-out 68, part 1: welfare and health plans (介護保険事業計画, データヘルス計画, 食育推進計画, スポーツ推進計画, 地域福祉計画, 多文化共生推進プラン). */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const K1 = 'サービス見込量';
const kaigo: Holdout2Workbook = {
  name: 'h68-kaigo-service-volume',
  layout:
    '第9期介護保険事業計画: サービス区分（縦に結合）× サービス名、単位の列（回/月・人/月）、R6〜R8 の計画値・実績値・対計画比（課の計算、文字）、R7 以降の実績は空',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['第9期みなと市介護保険事業計画（令和6年度〜令和8年度）　サービス見込量の進捗管理（令和6年度実績）']);
    put(ws, 2, 10, ['長寿介護課']);
    put(ws, 4, 1, ['区分', 'サービス名', '単位', '令和6年度', undefined, undefined, '令和7年度', undefined, '令和8年度', '備考']);
    put(ws, 5, 4, ['計画値', '実績値', '対計画比', '計画値', '実績値', '計画値']);
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:B5');
    ws.mergeCells('C4:C5');
    ws.mergeCells('D4:F4');
    ws.mergeCells('G4:H4');
    ws.mergeCells('J4:J5');
    const rows: (string | number | undefined)[][] = [
      ['居宅サービス', '訪問介護', '回/月', 12450, 11982, '96.2%', 12890, undefined, 13310],
      [undefined, '通所介護', '回/月', 9820, 10214, '104.0%', 10050, undefined, 10290],
      [undefined, '短期入所生活介護', '日/月', 2310, 1745, '75.5%', 2380, undefined, 2450, '市内1施設の休止（7月〜）'],
      [undefined, '福祉用具貸与', '人/月', 1980, 2036, '102.8%', 2040, undefined, 2100],
      ['地域密着型サービス', '認知症対応型共同生活介護', '人/月', 126, 117, '92.9%', 135, undefined, 144],
      [undefined, '定期巡回・随時対応型訪問介護看護', '人/月', 30, 14, '46.7%', 36, undefined, 42, '事業所1か所（令和6年10月開設）'],
      ['施設サービス', '介護老人福祉施設', '人/月', 540, 528, '97.8%', 560, undefined, 560],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    ws.mergeCells('A6:A9');
    ws.mergeCells('A10:A11');
    put(ws, 14, 1, ['※実績値は介護保険事業状況報告（月報）の令和6年度の月平均。対計画比＝実績値÷計画値。']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h68-kaigo-service-volume.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K1, '訪問介護', '回/月', 12450, 11982),
      ind(K1, '通所介護', '回/月', 9820, 10214),
      ind(K1, '短期入所生活介護', '日/月', 2310, 1745),
      ind(K1, '福祉用具貸与', '人/月', 1980, 2036),
      ind(K1, '認知症対応型共同生活介護', '人/月', 126, 117),
      ind(K1, '定期巡回・随時対応型訪問介護看護', '人/月', 30, 14),
      ind(K1, '介護老人福祉施設', '人/月', 540, 528),
    ],
    groups: [],
  },
};

const K2 = '目標管理';
const kokuho: Holdout2Workbook = {
  name: 'h68-kokuho-datahealth-years-rows',
  layout:
    'データヘルス計画の目標管理表: 年度が行（基準値 R4、R6〜R11、R8 は中間評価）、指標ごとに目標値・実績値の2列（見出し結合、単位は見出しに）、減少を目指す指標は注記',
  build(wb) {
    const ws = wb.addWorksheet(K2);
    put(ws, 1, 1, ['第3期みなと市国民健康保険データヘルス計画（第4期特定健康診査等実施計画）　目標管理表　令和6年度評価']);
    put(ws, 2, 10, ['保険年金課']);
    put(ws, 4, 1, [
      '年度',
      '特定健康診査受診率（％）',
      undefined,
      '特定保健指導実施率（％）',
      undefined,
      'HbA1c8.0％以上の者の割合（％）',
      undefined,
      '新規人工透析導入者数（人）',
      undefined,
      '後発医薬品の使用割合（％）',
      undefined,
      '備考',
    ]);
    put(ws, 5, 2, ['目標値', '実績値', '目標値', '実績値', '目標値', '実績値', '目標値', '実績値', '目標値', '実績値']);
    ws.mergeCells('A4:A5');
    for (const c of ['B4:C4', 'D4:E4', 'F4:G4', 'H4:I4', 'J4:K4']) ws.mergeCells(c);
    ws.mergeCells('L4:L5');
    const rows: (string | number | undefined)[][] = [
      ['基準値（令和4年度）', undefined, 36.8, undefined, 21.3, undefined, 1.58, undefined, 12, undefined, 78.5],
      ['令和6年度', 40.0, 38.9, 30.0, 24.6, 1.3, 1.42, 8, 11, 80.0, 82.3, '法定報告値（令和7年11月確定）'],
      ['令和7年度', 42.0, undefined, 33.0, undefined, 1.25, undefined, 8, undefined, 80.0],
      ['令和8年度（中間評価）', 44.0, undefined, 36.0, undefined, 1.2, undefined, 7, undefined, 80.0],
      ['令和9年度', 46.0, undefined, 39.0, undefined, 1.15, undefined, 7, undefined, 80.0],
      ['令和10年度', 48.0, undefined, 42.0, undefined, 1.1, undefined, 6, undefined, 80.0],
      ['令和11年度（最終評価）', 50.0, undefined, 45.0, undefined, 1.0, undefined, 6, undefined, 80.0],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    for (let r = 7; r <= 12; r++) for (const c of [2, 4, 10, 11]) ws.getCell(r, c).numFmt = '0.0';
    for (let r = 6; r <= 12; r++) for (const c of [6, 7]) ws.getCell(r, c).numFmt = '0.00';
    put(ws, 14, 1, ['※HbA1c8.0％以上の者の割合及び新規人工透析導入者数は、減少を目指す指標。']);
    put(ws, 15, 1, ['※後発医薬品の使用割合は数量ベース（3月診療分）。']);
    ws.getColumn(1).width = 24;
  },
  expected: {
    file: 'h68-kokuho-datahealth-years-rows.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K2, '特定健康診査受診率', '％', 40.0, 38.9),
      ind(K2, '特定保健指導実施率', '％', 30.0, 24.6),
      ind(K2, 'HbA1c8.0％以上の者の割合', '％', 1.3, 1.42, { direction: 'down' }),
      ind(K2, '新規人工透析導入者数', '人', 8, 11, { direction: 'down' }),
      ind(K2, '後発医薬品の使用割合', '％', 80.0, 82.3),
    ],
    groups: [],
  },
};

const K3 = '最終評価';
const shokuiku: Holdout2Workbook = {
  name: 'h68-shokuiku-marks',
  layout:
    '食育推進計画の最終評価: 計画策定時・目標値・現状値（単位は「％」付きの文字）、方向の列（増加/減少）、◎○△× の評価と凡例（既定の区切り）、目標値 0％ の減少指標',
  build(wb) {
    const ws = wb.addWorksheet(K3);
    put(ws, 1, 1, ['第3次みなと市食育推進計画　最終評価（令和5年度）']);
    put(ws, 2, 7, ['健康づくり課']);
    put(ws, 4, 1, ['No.', '指標', '計画策定時（平成30年度）', '目標値（令和5年度）', '現状値（令和5年度）', '方向', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['１', '食育に関心を持っている市民の割合', '72.5％', '90.0％', '78.4％', '増加', '○', '市民意識調査'],
      ['２', '朝食を欠食する子どもの割合', '3.8％', '0％', '2.1％', '減少', '×', '小学5年生（全国学力・学習状況調査）'],
      ['３', '朝食を欠食する20〜30歳代の割合', '24.2％', '15.0％', '18.6％', '減少', '○', '市民意識調査'],
      ['４', '主食・主菜・副菜を組み合わせた食事を1日2回以上ほぼ毎日食べている市民の割合', '44.0％', '50.0％', '41.5％', '増加', '○', '市民意識調査'],
      ['５', '学校給食における地場産物を使用する割合', '25.4％', '30.0％', '31.2％', '増加', '◎', '金額ベース'],
      ['６', 'ゆっくりよく噛んで食べる市民の割合', '45.1％', '55.0％', '47.3％', '増加', '○', '市民意識調査'],
      ['７', '食品ロス削減のために何らかの行動をしている市民の割合', '70.2％', '80.0％', '81.5％', '増加', '◎', '市民意識調査'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['評価　◎：目標達成（達成率100％以上）　○：達成率80％以上100％未満　△：達成率60％以上80％未満　×：達成率60％未満']);
    put(ws, 14, 1, ['※達成率は、増加を目指す指標は現状値÷目標値、減少を目指す指標は目標値÷現状値。']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h68-shokuiku-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K3, '食育に関心を持っている市民の割合', '％', 90.0, 78.4, { existing: '○' }),
      ind(K3, '朝食を欠食する子どもの割合', '％', 0, 2.1, { direction: 'down', existing: '×' }),
      ind(K3, '朝食を欠食する20〜30歳代の割合', '％', 15.0, 18.6, { direction: 'down', existing: '○' }),
      ind(K3, '主食・主菜・副菜を組み合わせた食事を1日2回以上ほぼ毎日食べている市民の割合', '％', 50.0, 41.5, { existing: '○' }),
      ind(K3, '学校給食における地場産物を使用する割合', '％', 30.0, 31.2, { existing: '◎' }),
      ind(K3, 'ゆっくりよく噛んで食べる市民の割合', '％', 55.0, 47.3, { existing: '○' }),
      ind(K3, '食品ロス削減のために何らかの行動をしている市民の割合', '％', 80.0, 81.5, { existing: '◎' }),
    ],
    groups: [],
  },
};

const K4 = '進捗状況';
const sports: Holdout2Workbook = {
  name: 'h68-sports-target-in-heading',
  layout: 'スポーツ推進計画: 最終目標は指標名の後ろの括弧（「（目標：令和8年度 65.0％）」）だけ、年度の列は実績だけ（基準 R3、R4、R5）、「10％以下」の減少指標',
  build(wb) {
    const ws = wb.addWorksheet(K4);
    put(ws, 1, 1, ['第2期みなと市スポーツ推進計画（令和4年度〜令和8年度）　令和5年度 進捗状況']);
    put(ws, 2, 7, ['スポーツ振興課']);
    put(ws, 4, 1, ['成果指標（目標値）', '単位', '基準値（令和3年度）', '令和4年度実績', '令和5年度実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['成人の週1回以上のスポーツ実施率（目標：令和8年度 65.0％）', '％', 48.6, 50.2, 52.3, '市民意識調査'],
      ['総合型地域スポーツクラブの会員数（目標：令和8年度 1,500人）', '人', 1035, 1120, 1182],
      ['市スポーツ施設の年間利用者数（目標：令和8年度 420,000人）', '人', 352400, 381950, 398120, '指定管理者の報告'],
      ['スポーツボランティアの登録者数（目標：令和8年度 300人）', '人', 186, 244, 312],
      ['運動・スポーツを全くしない成人の割合（目標：令和8年度 10％以下）', '％', 18.9, 16.2, 14.8, '市民意識調査'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※計画期間中の年度ごとの目標は設定していない。令和5年度実績は最終目標（令和8年度）と比較する。']);
    ws.getColumn(1).width = 60;
  },
  expected: {
    file: 'h68-sports-target-in-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(K4, '成人の週1回以上のスポーツ実施率', '％', 65.0, 52.3), targetSource: 'final' },
      { ...ind(K4, '総合型地域スポーツクラブの会員数', '人', 1500, 1182), targetSource: 'final' },
      { ...ind(K4, '市スポーツ施設の年間利用者数', '人', 420000, 398120), targetSource: 'final' },
      { ...ind(K4, 'スポーツボランティアの登録者数', '人', 300, 312), targetSource: 'final' },
      { ...ind(K4, '運動・スポーツを全くしない成人の割合', '％', 10, 14.8, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

const K5 = '基本目標2';
const fukushiGrades = [
  ['地域の支え合い活動に参加している市民の割合', '％', 25.0, 24.1, 'B'],
  ['民生委員・児童委員の充足率', '％', 100, 95.8, 'A'],
  ['ボランティアセンターの登録者数', '人', 1350, 1388, 'A'],
  ['地域ふれあいサロンの設置数', 'か所', 75, 71, 'B'],
  ['成年後見制度利用支援事業の利用者数', '人', 20, 9, 'C'],
  ['孤独・孤立を感じている市民の割合', '％', 35.0, 36.0, 'B'],
] as const;
const fukushiInds = fukushiGrades.map(([name, unit, target, actual, existing], i) =>
  ind(K5, name, unit, target, actual, { existing, direction: i === 5 ? 'down' : 'up' }),
);
const fukushi: Holdout2Workbook = {
  name: 'h68-chiiki-fukushi-midterm',
  layout:
    '地域福祉計画の基本目標シート: 策定時・R5・R6 実績、中間目標（R6）と最終目標（R10）の2列、課の評価 A〜D、空の「基本目標の達成度」欄（前年度の評価を横に）',
  build(wb) {
    const ws = wb.addWorksheet(K5);
    put(ws, 1, 1, ['第4次みなと市地域福祉計画（令和3年度〜令和10年度）　令和6年度 進捗評価シート']);
    put(ws, 2, 1, ['基本目標２　みんなで支え合う地域づくり', undefined, undefined, undefined, undefined, undefined, '担当課：福祉総務課']);
    put(ws, 3, 1, ['基本目標の達成度', undefined, undefined, '（前年度：B）']);
    ws.mergeCells('B3:C3');
    put(ws, 5, 1, ['成果指標', '単位', '策定時（令和2年度）', '令和5年度実績', '令和6年度実績', '中間目標（令和6年度）', '最終目標（令和10年度）', '評価']);
    const rows: (string | number)[][] = [
      ['地域の支え合い活動に参加している市民の割合', '％', 21.4, 23.0, 24.1, 25.0, 30.0, 'B'],
      ['民生委員・児童委員の充足率', '％', 93.2, 94.6, 95.8, 100, 100, 'A'],
      ['ボランティアセンターの登録者数', '人', 1240, 1302, 1388, 1350, 1500, 'A'],
      ['地域ふれあいサロンの設置数', 'か所', 62, 68, 71, 75, 90, 'B'],
      ['成年後見制度利用支援事業の利用者数', '人', 12, 10, 9, 20, 30, 'C'],
      ['孤独・孤立を感じている市民の割合', '％', 38.5, 37.2, 36.0, 35.0, 30.0, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※孤独・孤立を感じている市民の割合は、減少を目標とする。']);
    put(ws, 14, 1, ['評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 16, 1, ['【基本目標の取組状況と課題】']);
    put(ws, 17, 1, ['サロンの新設は進んだが、成年後見制度の周知が課題。中核機関の設置に向けて関係機関と協議を進める。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h68-chiiki-fukushi-midterm.xlsx',
    fiscalYear: 2024,
    indicators: fukushiInds,
    groups: [{ sheet: K5, cell: 'B3', grade: rollUp(fukushiInds.map((i) => i.grade)) }],
  },
};

const K6 = '評価シート';
const tabunka: Holdout2Workbook = {
  name: 'h68-tabunka-label-blocks',
  layout:
    '多文化共生推進プラン（西暦の年度）: 指標ごとの縦の項目ブロック（【指標n】名称／単位／目標値（2024年度）／実績値（2024年度）／評価／備考）、「1,620人（見込）」、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(K6);
    put(ws, 1, 1, ['みなと市多文化共生推進プラン（2022年度〜2026年度）　2024年度 評価シート']);
    put(ws, 2, 1, ['担当：国際交流課']);
    const blocks: (string | number)[][] = [
      ['日本語教室の受講者数', '人', 180, 203, 'A', '土曜クラスを新設'],
      ['多言語で提供する市の案内・通知の数', '件', 120, 97, 'B', '2022年度からの累計'],
      ['外国人総合相談窓口の相談件数', '件', 600, 588, 'B', 'オンライン相談を含む'],
      ['やさしい日本語研修を受講した職員数', '人', 100, 58, 'C', '研修は年2回'],
      ['多文化交流イベントの参加者数', '人', 1500, '1,620人（見込）', 'A', '3月開催分は申込数による見込'],
      ['「暮らしやすい」と答えた外国人住民の割合', '％', 70.0, '集計中', '－', '外国人住民アンケート（2025年2月実施）'],
    ];
    let row = 4;
    blocks.forEach(([name, unit, target, actual, grade, note], i) => {
      put(ws, row, 1, [`【指標${i + 1}】`, name]);
      put(ws, row + 1, 1, ['単位', unit]);
      put(ws, row + 2, 1, ['目標値（2024年度）', target]);
      put(ws, row + 3, 1, ['実績値（2024年度）', actual]);
      put(ws, row + 4, 1, ['評価', grade]);
      put(ws, row + 5, 1, ['備考', note]);
      row += 7;
    });
    put(ws, row, 1, ['評価の基準　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(1).width = 22;
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h68-tabunka-label-blocks.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K6, '日本語教室の受講者数', '人', 180, 203, { existing: 'A' }),
      ind(K6, '多言語で提供する市の案内・通知の数', '件', 120, 97, { existing: 'B' }),
      ind(K6, '外国人総合相談窓口の相談件数', '件', 600, 588, { existing: 'B' }),
      ind(K6, 'やさしい日本語研修を受講した職員数', '人', 100, 58, { existing: 'C' }),
      ind(K6, '多文化交流イベントの参加者数', '人', 1500, 1620, { existing: 'A', actualStatus: 'provisional' }),
      ind(K6, '「暮らしやすい」と答えた外国人住民の割合', '％', 70.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const HEALTH_WORKBOOKS: Holdout2Workbook[] = [kaigo, kokuho, shokuiku, sports, fukushi, tabunka];
