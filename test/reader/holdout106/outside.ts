/** Hold-out 106, four workbooks outside the families: 救急 years as rows, 事務事業評価 cards, a pairs table on its own scale, a survey on a ポイント scale. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet) =>
  ws.eachRow((row) =>
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'middle' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// 救急業務 進行管理表: years as rows, times written 「8分12秒」, 【参考】 columns without targets

const KY = '救急業務の推移';
const mmss = (m: number, s: number) => `${m}分${String(s).padStart(2, '0')}秒`;

const kyukyu: Holdout2Workbook = {
  name: 'h106-kyukyu-suii',
  layout:
    '救急業務 進行管理表、年度が行（令和2〜6年度）、目標値（令和6年度）の行が下に、所要時間は「8分12秒」、【参考】出動件数・搬送人員の列、方向は見出しの注記',
  build(wb) {
    const ws = wb.addWorksheet(KY);
    put(ws, 1, 1, ['救急業務 進行管理表（令和６年度実績）']);
    put(ws, 2, 1, ['〇〇市消防本部 救急課']);
    put(ws, 4, 1, [
      '年度',
      '【参考】\n救急出動件数\n（件）',
      '【参考】\n搬送人員\n（人）',
      '現場到着所要時間\n（平均）\n※短縮を目指す',
      '病院収容所要時間\n（平均）\n※短縮を目指す',
      '救急隊員の救急救命士有資格者率\n（％）',
      '口頭指導実施率\n（％）',
      '軽症者搬送割合\n（％）\n※減少を目指す',
      '備考',
    ]);
    const years: [string, number, number, string, string, number, number, number, string][] = [
      ['令和2年度', 6120, 5688, mmss(8, 30), mmss(39, 6), 74.1, 80.2, 49.8, '感染症流行'],
      ['令和3年度', 6504, 6011, mmss(8, 42), mmss(40, 18), 76.9, 82.7, 50.3, ''],
      ['令和4年度', 7265, 6702, mmss(9, 6), mmss(42, 0), 78.6, 84.0, 49.9, '搬送困難事案が増加'],
      ['令和5年度', 7581, 6954, mmss(8, 24), mmss(40, 48), 80.0, 85.1, 48.9, ''],
      ['令和6年度', 7712, 7068, mmss(8, 12), mmss(39, 30), 83.3, 86.4, 48.6, ''],
    ];
    years.forEach((y, i) => put(ws, 5 + i, 1, y));
    put(ws, 10, 1, ['目標値\n（令和6年度）', '－', '－', mmss(8, 0), mmss(38, 0), 80.0, 90.0, 45.0, '第2次救急高度化計画']);
    put(ws, 12, 1, ['※【参考】欄は需要の動向を示す数値であり、目標は設定していない。']);
    put(ws, 13, 1, ['※所要時間は119番入電から現場到着・病院収容までの時間。']);
    ws.getColumn(1).width = 14;
    for (let c = 2; c <= 9; c++) ws.getColumn(c).width = 16;
    wrap(ws);
  },
  expected: {
    file: 'h106-kyukyu-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(KY, '現場到着所要時間（平均）', '分', 8, 8.2, { direction: 'down' }),
      ind(KY, '病院収容所要時間（平均）', '分', 38, 39.5, { direction: 'down' }),
      ind(KY, '救急隊員の救急救命士有資格者率', '％', 80.0, 83.3),
      ind(KY, '口頭指導実施率', '％', 90.0, 86.4),
      ind(KY, '軽症者搬送割合', '％', 45.0, 48.6, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 事務事業評価シート: one sheet per 事業, 活動指標 and 成果指標 with 目標値／実績値 rows over 令和3〜5年度

interface Card {
  sheet: string;
  jigyo: string;
  ka: string;
  gaiyo: string;
  ind: [string, string, string, number[], number[], string?][];
  first: string;
}
const cards: Card[] = [
  {
    sheet: '01火災予防啓発',
    jigyo: '火災予防啓発事業',
    ka: '消防本部 予防課',
    gaiyo: '防火講話、住宅防火訪問、住宅用火災警報器の設置・交換の啓発',
    ind: [
      ['活動指標', '防火講話・防火訪問の実施回数', '回', [50, 55, 60], [41, 57, 54]],
      ['成果指標', '住宅用火災警報器の設置率', '％', [81.0, 82.5, 84.0], [80.8, 81.6, 82.1], '各年度6月1日調査'],
    ],
    first: 'B',
  },
  {
    sheet: '02救急普及',
    jigyo: '応急手当普及事業',
    ka: '消防本部 救急課',
    gaiyo: '普通救命講習の開催、AED取扱い指導',
    ind: [
      ['活動指標', '普通救命講習の開催回数', '回', [90, 110, 120], [72, 118, 131]],
      ['成果指標', 'バイスタンダーによる応急手当実施率', '％', [50.0, 52.5, 55.0], [45.3, 47.0, 48.2], '心肺停止事案のうち市民が応急手当を実施した割合'],
    ],
    first: 'B',
  },
  {
    sheet: '03自主防災',
    jigyo: '自主防災組織育成事業',
    ka: '総務部 危機管理課',
    gaiyo: '自主防災組織の結成促進、資機材購入・訓練への補助',
    ind: [
      ['活動指標', '自主防災組織への活動補助件数', '件', [70, 75, 80], [52, 61, 45]],
      ['成果指標', '自主防災組織の結成率', '％', [86.0, 87.5, 89.0], [85.0, 86.1, 86.9]],
    ],
    first: 'C',
  },
  {
    sheet: '04防災啓発',
    jigyo: '防災意識啓発事業',
    ka: '総務部 危機管理課',
    gaiyo: '防災出前講座、ハザードマップの全戸配布と説明会',
    ind: [
      ['活動指標', '防災出前講座の開催回数', '回', [30, 35, 40], [28, 44, 52]],
      ['成果指標', 'ハザードマップの認知度', '％', [50.0, 55.0, 60.0], [48.0, 52.6, 58.9], '市民意識調査'],
    ],
    first: 'B',
  },
];

const jimu: Holdout2Workbook = {
  name: 'h106-jimujigyo-cards',
  layout: '事務事業評価シートが事業ごとに一枚（4枚）、項目・内容の見出し部、活動指標／成果指標ごとに目標値・実績値の二行×令和3〜5年度、事業単位の一次評価',
  build(wb) {
    for (const c of cards) {
      const ws = wb.addWorksheet(c.sheet);
      put(ws, 1, 1, ['令和５年度　事務事業評価シート']);
      ws.mergeCells(1, 1, 1, 7);
      put(ws, 2, 6, ['評価対象年度', '令和5年度']);
      put(ws, 3, 1, ['事務事業名', c.jigyo]);
      ws.mergeCells(3, 2, 3, 7);
      put(ws, 4, 1, ['所管課', c.ka]);
      ws.mergeCells(4, 2, 4, 7);
      put(ws, 5, 1, ['事業概要', c.gaiyo]);
      ws.mergeCells(5, 2, 5, 7);
      put(ws, 7, 1, ['指標区分', '指標名', '単位', '', '令和3年度', '令和4年度', '令和5年度']);
      c.ind.forEach(([kind, name, unit, t, a, note], i) => {
        const r = 8 + i * 2;
        put(ws, r, 1, [kind, name, unit, '目標値', ...t]);
        put(ws, r + 1, 4, ['実績値', ...a]);
        for (const col of [1, 2, 3]) ws.mergeCells(r, col, r + 1, col);
        if (note) put(ws, r, 8, [`※${note}`]);
      });
      put(ws, 13, 1, ['一次評価（所管課）', c.first]);
      put(ws, 14, 1, ['評価の理由', '成果指標は概ね計画どおり推移しているが、活動量の確保に課題がある。']);
      ws.mergeCells(14, 2, 14, 7);
      put(ws, 15, 1, ['今後の方向性', '継続']);
      put(ws, 17, 1, ['一次評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
      ws.getColumn(2).width = 32;
      wrap(ws);
    }
  },
  expected: {
    file: 'h106-jimujigyo-cards.xlsx',
    fiscalYear: 2023,
    indicators: cards.flatMap((c) => c.ind.map(([, name, unit, t, a]) => ind(c.sheet, name, unit, t[2], a[2]))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 防災・減災アクションプラン 進捗管理表: 令和4／5年度（目標｜実績｜達成率）pairs, the sheet's own scale (100 / 90 / 70 %)

const AP = '進捗管理';
const OWN = (rate: number) => (rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D');
const actions: [string, string, string, number, number, number, number, string, number][] = [
  // 取組, 指標, 単位, R4目標, R4実績, R5目標, R5実績, 評価（所管課）, R6目標
  ['地域防災リーダーの育成', '防災リーダー養成講座修了者数', '人', 50, 47, 60, 58, 'B', 60],
  ['地域防災訓練の推進', '地域防災訓練の実施地区数', '地区', 45, 39, 48, 41, 'B', 50],
  ['防災教育の推進', '防災出前講座の開催回数', '回', 35, 44, 40, 52, 'A', 45],
  ['要配慮者支援', '個別避難計画の作成件数', '件', 150, 102, 300, 195, 'C', 450],
  ['備蓄の充実', '指定避難所の備蓄達成率', '％', 85.0, 84.0, 90.0, 91.2, 'A', 95.0],
  ['情報伝達手段の確保', '防災行政無線戸別受信機の貸与件数', '件', 800, 861, 1000, 912, 'B', 1200],
  ['電気火災対策', '感震ブレーカー設置補助件数', '件', 80, 66, 100, 74, 'D', 100],
  ['土砂災害対策', '土砂災害警戒区域内の避難訓練参加者数', '人', 700, 642, 800, 566, 'C', 850],
];

const pairs: Holdout2Workbook = {
  name: 'h106-action-plan-pairs',
  layout:
    '防災・減災アクションプラン 進捗管理表、令和4年度（目標｜実績｜達成率）と令和5年度（目標｜実績｜達成率｜評価）の組、令和6年度目標のみ、達成率は％書式の小数、評価基準は100／90／70％',
  build(wb) {
    const ws = wb.addWorksheet(AP);
    put(ws, 1, 1, ['第２次〇〇市防災・減災アクションプラン　進捗管理表（令和５年度実績）']);
    ws.mergeCells(1, 1, 1, 14);
    put(ws, 3, 1, ['No.', '取組', '指標', '単位', '令和4年度', undefined, undefined, '令和5年度', undefined, undefined, undefined, '令和6年度', '担当']);
    put(ws, 4, 5, ['目標', '実績', '達成率', '目標', '実績', '達成率', '評価', '目標']);
    ws.mergeCells(3, 5, 3, 7);
    ws.mergeCells(3, 8, 3, 11);
    for (const c of [1, 2, 3, 4, 13]) ws.mergeCells(3, c, 4, c);
    actions.forEach((a, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, a[0], a[1], a[2], a[3], a[4], a[4] / a[3], a[5], a[6], a[6] / a[5], a[7], a[8], '危機管理課']);
      ws.getCell(r, 7).numFmt = '0.0%';
      ws.getCell(r, 10).numFmt = '0.0%';
    });
    put(ws, 14, 1, ['【評価基準】　A：達成率100％以上　B：達成率90％以上100％未満　C：達成率70％以上90％未満　D：達成率70％未満']);
    ws.mergeCells(14, 1, 14, 13);
    ws.getColumn(3).width = 34;
    wrap(ws);
  },
  expected: {
    file: 'h106-action-plan-pairs.xlsx',
    fiscalYear: 2023,
    indicators: actions.map((a): ExpectedIndicator => ({ ...ind(AP, a[1], a[2], a[5], a[6], { existing: a[7] }), grade: OWN(a[6] / a[5]) })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 市民意識調査による成果指標の検証: 前回／今回／目標値（令和7年度）, graded by the ポイント gap the sheet states

const IS = '防災・消防分野';
const survey: [string, number, number, number, '↑' | '↓', string][] = [
  ['ハザードマップで自宅の災害リスクを確認している市民の割合', 41.2, 48.6, 60.0, '↑', 'D'],
  ['避難場所・避難経路を知っている市民の割合', 72.5, 76.8, 80.0, '↑', 'B'],
  ['家庭で3日分以上の食料・飲料水を備蓄している市民の割合', 38.0, 44.3, 50.0, '↑', 'C'],
  ['住宅用火災警報器を設置している世帯の割合', 80.1, 83.9, 85.0, '↑', 'B'],
  ['過去1年間に防災訓練に参加した市民の割合', 18.4, 21.0, 30.0, '↑', 'C'],
  ['AEDの使い方を知っている市民の割合', 52.0, 61.5, 60.0, '↑', 'A'],
  ['災害に対して特に何も備えていない市民の割合', 22.8, 17.9, 15.0, '↓', 'B'],
  ['消防団の活動を知っている市民の割合', 55.0, 51.2, 65.0, '↑', 'D'],
];
/** The sheet's scale: A at or past the target, then B under 5 ポイント short, C under 10, D 10 or more. */
function ptGrade(actual: number, target: number, way: '↑' | '↓'): string {
  const gap = Math.round((way === '↑' ? target - actual : actual - target) * 10) / 10;
  return gap <= 0 ? 'A' : gap < 5 ? 'B' : gap < 10 ? 'C' : 'D';
}

const ishiki: Holdout2Workbook = {
  name: 'h106-ishiki-chosa',
  layout:
    '市民意識調査による成果指標の検証、前回（令和3年度）／今回（令和5年度）／増減（ポイント）／目標値（令和7年度）／目標との差（ポイント）、目標の方向、評価はポイント差の基準A〜D',
  build(wb) {
    const ws = wb.addWorksheet(IS);
    put(ws, 1, 1, ['令和５年度 市民意識調査結果に基づく成果指標の検証（防災・消防分野）']);
    ws.mergeCells(1, 1, 1, 9);
    put(ws, 2, 1, ['調査期間：令和5年7月3日〜7月24日　対象：18歳以上の市民3,000人（回収率41.8％）　単位：％']);
    ws.mergeCells(2, 1, 2, 9);
    put(ws, 4, 1, [
      'No.',
      '成果指標',
      '目標の方向',
      '前回調査\n（令和3年度）',
      '今回調査\n（令和5年度）',
      '増減\n（ポイント）',
      '目標値\n（令和7年度）',
      '目標との差\n（ポイント）',
      '評価',
    ]);
    survey.forEach(([name, prev, now, target, way, grade], i) => {
      const r = 5 + i;
      const gap = Math.round((now - target) * 10) / 10;
      put(ws, r, 1, [i + 1, name, way === '↑' ? '↑増加' : '↓減少', prev, now, Math.round((now - prev) * 10) / 10, target, gap, grade]);
      for (const c of [4, 5, 7]) ws.getCell(r, c).numFmt = '0.0';
      for (const c of [6, 8]) ws.getCell(r, c).numFmt = '+0.0;▲0.0;0.0';
    });
    put(ws, 14, 1, [
      '【評価の基準】目標値との差（ポイント）により判定　A：目標値を達成　B：目標値まで5ポイント未満　C：5ポイント以上10ポイント未満　D：10ポイント以上',
    ]);
    ws.mergeCells(14, 1, 14, 9);
    put(ws, 15, 1, ['※「↓減少」の指標は、今回調査の値が目標値以下であれば達成とし、目標値を上回る差で判定する。']);
    ws.mergeCells(15, 1, 15, 9);
    ws.getColumn(2).width = 48;
    wrap(ws);
  },
  expected: {
    file: 'h106-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: survey.map(([name, , now, target, way, grade]): ExpectedIndicator => ({
      ...ind(IS, name, '％', target, now, { direction: way === '↓' ? 'down' : 'up', existing: grade }),
      grade: ptGrade(now, target, way),
    })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [kyukyu, jimu, pairs, ishiki];
