/** Hold-out 71, part 1: 国土強靱化 KPI (year in brackets), 空家等対策計画 (years × 目標/実績 interleaved), 消防の重点目標, 地域防災計画の指標カード, 消費者行政 (参考の相談件数), 商工振興計画 (the year only in the sheet name). */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const K = 'KPI進捗';
const kyojinka: Holdout2Workbook = {
  name: 'h71-kyojinka-kpi',
  layout:
    '国土強靱化地域計画 KPI 進捗管理表: 施策分野の結合セル、現状値・目標値のセルに年度を括弧書き（改行）、令和4年度実績の列と令和5年度実績の列、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(K);
    put(ws, 1, 1, ['令和5年度　みなと市国土強靱化地域計画　重要業績指標（KPI）進捗管理表']);
    put(ws, 2, 7, ['危機管理課']);
    put(ws, 4, 1, ['施策分野', '重要業績指標（KPI）', '単位', '現状値\n（年度）', '目標値\n（年度）', '令和4年度実績', '令和5年度実績', '所管課']);
    const rows: (string | number | undefined)[][] = [
      ['住宅・都市', '住宅の耐震化率', '％', '84.0\n（R2年度）', '95.0\n（R7年度）', 86.9, 88.2, '建築指導課'],
      [undefined, '緊急輸送道路沿道建築物の耐震化率', '％', '62.5\n（R元年度）', '80.0\n（R7年度）', 64.1, 66.0, '建築指導課'],
      ['交通・物流', '長寿命化修繕計画に基づく橋梁の修繕完了数', '橋', '12\n（R2年度）', '40\n（R7年度）', 24, 31, '道路課'],
      ['情報通信', '防災行政無線戸別受信機の配布世帯数', '世帯', '1,200\n（R2年度）', '3,000\n（R5年度）', 2410, 3150, '危機管理課'],
      ['ライフライン', '上水道の基幹管路の耐震適合率', '％', '38.1\n（R2年度）', '50.0\n（R7年度）', 39.8, 41.3, '水道課'],
      ['避難生活', '避難所へのマンホールトイレ設置数', '基', '0\n（R2年度）', '60\n（R7年度）', 12, 24, '危機管理課'],
      [undefined, '福祉避難所の指定数', 'か所', '18\n（R3年度）', '30\n（R7年度）', 21, '集計中', '福祉総務課'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A10:A11');
    put(ws, 13, 1, ['※目標値は計画期間（令和3年度～令和7年度）の最終目標。括弧内は当該数値の年度。']);
    put(ws, 14, 1, ['※福祉避難所の指定数は協定締結の手続中のため集計中。']);
    ws.getColumn(2).width = 38;
  },
  expected: {
    file: 'h71-kyojinka-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(K, '住宅の耐震化率', '％', 95.0, 88.2)),
      final(ind(K, '緊急輸送道路沿道建築物の耐震化率', '％', 80.0, 66.0)),
      final(ind(K, '長寿命化修繕計画に基づく橋梁の修繕完了数', '橋', 40, 31)),
      ind(K, '防災行政無線戸別受信機の配布世帯数', '世帯', 3000, 3150),
      final(ind(K, '上水道の基幹管路の耐震適合率', '％', 50.0, 41.3)),
      final(ind(K, '避難所へのマンホールトイレ設置数', '基', 60, 24)),
      final(ind(K, '福祉避難所の指定数', 'か所', 30, null, { actualStatus: 'pending' })),
    ],
    groups: [],
    guesses: [],
  },
};

const A = '成果指標';
const akiya: Holdout2Workbook = {
  name: 'h71-akiya-interleaved',
  layout: '空家等対策計画: 年度の見出しを2行（令和4〜7年度を結合）、各年度に目標・実績の列が交互、方向の列（減少/増加）、下に参考の空き家数（統計調査）',
  build(wb) {
    const ws = wb.addWorksheet(A);
    put(ws, 1, 1, ['みなと市空家等対策計画　成果指標の達成状況（令和5年度）']);
    put(ws, 2, 9, ['住宅政策課']);
    put(ws, 4, 1, ['成果指標', '単位', '方向', '基準値（R3）', '令和4年度', undefined, '令和5年度', undefined, '令和6年度', undefined, '令和7年度']);
    put(ws, 5, 5, ['目標', '実績', '目標', '実績', '目標', '実績', '目標']);
    for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('E4:F4');
    ws.mergeCells('G4:H4');
    ws.mergeCells('I4:J4');
    const rows: (string | number | undefined)[][] = [
      ['管理不全空家等の件数', '件', '減少', 232, 205, 214, 180, 196, 160, undefined, 140],
      ['特定空家等の除却件数', '件', '増加', 3, 6, 7, 8, 11, 8, undefined, 8],
      ['空き家バンクの登録件数', '件', '増加', 22, 35, 30, 40, 27, 45, undefined, 50],
      ['空き家バンクを通じた成約件数', '件', '増加', 9, 15, 12, 20, 21, 22, undefined, 25],
      ['空き家相談会の開催回数', '回', '増加', 2, 4, 4, 6, 6, 6, undefined, 6],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 12, 1, ['※方向：「減少」は数値が小さいほど良い指標。']);
    put(ws, 14, 1, ['【参考】市内の空き家数（住宅・土地統計調査）']);
    put(ws, 15, 1, ['調査年', '空き家数（戸）', '空き家率（％）']);
    put(ws, 16, 1, ['平成30年', 4210, 13.8]);
    put(ws, 17, 1, ['令和5年', 4480, 14.5]);
    put(ws, 18, 1, ['※参考値。目標は設定していない。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h71-akiya-interleaved.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A, '管理不全空家等の件数', '件', 180, 196, { direction: 'down' }),
      ind(A, '特定空家等の除却件数', '件', 8, 11),
      ind(A, '空き家バンクの登録件数', '件', 40, 27),
      ind(A, '空き家バンクを通じた成約件数', '件', 20, 21),
      ind(A, '空き家相談会の開催回数', '回', 6, 6),
    ],
    groups: [],
    guesses: [],
  },
};

const F = '重点目標';
const kyukyu: Holdout2Workbook = {
  name: 'h71-shobo-goals',
  layout: '消防本部の重点目標: 区分の結合セル、目標の方向（短縮/減少/増加）、目標0件で実績0件、「集計中」、下に参考の出動件数（目標なし）',
  build(wb) {
    const ws = wb.addWorksheet(F);
    put(ws, 1, 1, ['令和5年度　みなと市消防本部　重点目標の達成状況']);
    put(ws, 2, 8, ['消防総務課']);
    put(ws, 4, 1, ['区分', '目標項目', '単位', '目標の方向', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['火災予防', '火災発生件数', '件', '減少', 38, 40, 46, '建物火災28件'],
      [undefined, '火災による死者数', '人', '減少', 2, 0, 0],
      [undefined, '住宅用火災警報器の設置率', '％', '増加', 82.1, 85.0, 83.4, '抽出調査'],
      ['救急', '救急車の現場到着所要時間（平均）', '分', '短縮', 9.1, 8.5, 8.9],
      [undefined, '救命講習の受講者数', '人', '増加', 2230, 2400, 2615],
      [undefined, '心肺停止傷病者の1か月後生存率', '％', '増加', 10.4, 12.0, '集計中', 'ウツタイン統計の確定待ち'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    put(ws, 12, 1, ['【参考】出動件数（目標は設定していない）']);
    put(ws, 13, 1, ['項目', '令和4年度', '令和5年度']);
    put(ws, 14, 1, ['救急出動件数（件）', 5580, 5812]);
    put(ws, 15, 1, ['火災出動件数（件）', 61, 70]);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h71-shobo-goals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F, '火災発生件数', '件', 40, 46, { direction: 'down' }),
      ind(F, '火災による死者数', '人', 0, 0, { direction: 'down' }),
      ind(F, '住宅用火災警報器の設置率', '％', 85.0, 83.4),
      ind(F, '救急車の現場到着所要時間（平均）', '分', 8.5, 8.9, { direction: 'down' }),
      ind(F, '救命講習の受講者数', '人', 2400, 2615),
      ind(F, '心肺停止傷病者の1か月後生存率', '％', 12.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
    guesses: [],
  },
};

interface Card {
  sheet: string;
  name: string;
  unit: string;
  base: number;
  final: number;
  target: number | string;
  actual: number | string;
  grade: string;
  section: string;
}
const cards: Card[] = [
  { sheet: '指標1', name: '自主防災組織の結成率', unit: '％', base: 78.5, final: 90.0, target: 86.0, actual: 87.2, grade: 'A', section: '地域防災力の向上' },
  { sheet: '指標2', name: '防災士の資格取得者数', unit: '人', base: 64, final: 160, target: 120, actual: 101, grade: 'A', section: '地域防災力の向上' },
  { sheet: '指標3', name: '備蓄食料の確保数', unit: '食', base: 21000, final: 36000, target: '30,000', actual: '28,500', grade: 'B', section: '備蓄の充実' },
  { sheet: '指標4', name: '総合防災訓練の参加者数', unit: '人', base: 2800, final: 6000, target: 5000, actual: 3100, grade: 'C', section: '防災意識の啓発' },
  {
    sheet: '指標5',
    name: '避難行動要支援者の個別避難計画作成率',
    unit: '％',
    base: 5.2,
    final: 80.0,
    target: 50.0,
    actual: 22.4,
    grade: 'D',
    section: '要配慮者の支援',
  },
];
const bousai: Holdout2Workbook = {
  name: 'h71-bousai-cards',
  layout:
    '地域防災計画の指標カード: 1シート1指標の縦型（項目名｜値）、現状値（令和2年度）と最終目標（令和7年度）と令和5年度の目標・実績、担当課の評価（A〜D、1枚は甘め）',
  build(wb) {
    for (const c of cards) {
      const ws = wb.addWorksheet(c.sheet);
      put(ws, 1, 1, ['令和5年度　地域防災計画　指標カード']);
      put(ws, 3, 1, ['施策', c.section]);
      put(ws, 4, 1, ['指標名', c.name]);
      put(ws, 5, 1, ['単位', c.unit]);
      put(ws, 6, 1, ['現状値（令和2年度）', c.base]);
      put(ws, 7, 1, ['最終目標値（令和7年度）', c.final]);
      put(ws, 8, 1, ['令和5年度目標値', c.target]);
      put(ws, 9, 1, ['令和5年度実績値', c.actual]);
      put(ws, 10, 1, ['評価', c.grade]);
      put(ws, 11, 1, ['取組状況', '地区説明会を開催し、未結成・未作成の地区に働きかけた。']);
      put(ws, 12, 1, ['担当課', '危機管理課']);
      put(ws, 14, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
      ws.getColumn(1).width = 26;
      ws.getColumn(2).width = 40;
    }
  },
  expected: {
    file: 'h71-bousai-cards.xlsx',
    fiscalYear: 2023,
    indicators: cards.map((c) =>
      ind(c.sheet, c.name, c.unit, Number(String(c.target).replace(/,/g, '')), Number(String(c.actual).replace(/,/g, '')), { existing: c.grade }),
    ),
    groups: [],
    guesses: [],
  },
};

const S = '評価シート';
const shohi: Holdout2Workbook = {
  name: 'h71-shohi-reference-count',
  layout: '消費者行政推進計画: 成果指標の表（目標/実績/達成率）、表の下に目標のない消費生活相談件数の推移（年度が行）を【参考】として',
  build(wb) {
    const ws = wb.addWorksheet(S);
    put(ws, 1, 1, ['みなと市消費者行政推進計画　令和5年度 評価シート']);
    put(ws, 2, 6, ['市民生活課（消費生活センター）']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '目標値（R5）', '実績値（R5）', '達成率']);
    const rows: (string | number)[][] = [
      [1, '消費生活出前講座の開催回数', '回', 24, 19, '79.2%'],
      [2, '出前講座の受講者数', '人', 900, 1012, '112.4%'],
      [3, '消費生活センターの認知度', '％', 70.0, 61.3, '87.6%'],
      [4, '見守りネットワーク協力事業者数', '事業者', 150, 152, '101.3%'],
      [5, '消費者教育教材を配布した学校数', '校', 28, 28, '100.0%'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['【参考】消費生活相談件数の推移（目標値は設定しない）']);
    put(ws, 12, 1, ['年度', '相談件数（件）', 'うち60歳以上（件）']);
    put(ws, 13, 1, ['令和3年度', 1152, 498]);
    put(ws, 14, 1, ['令和4年度', 1206, 531]);
    put(ws, 15, 1, ['令和5年度', 1284, 566]);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h71-shohi-reference-count.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S, '消費生活出前講座の開催回数', '回', 24, 19),
      ind(S, '出前講座の受講者数', '人', 900, 1012),
      ind(S, '消費生活センターの認知度', '％', 70.0, 61.3),
      ind(S, '見守りネットワーク協力事業者数', '事業者', 150, 152),
      ind(S, '消費者教育教材を配布した学校数', '校', 28, 28),
    ],
    groups: [],
    guesses: [],
  },
};

const Y = '令和6年度';
const shoko: Holdout2Workbook = {
  name: 'h71-shoko-year-in-sheet-name',
  layout:
    '商工振興計画の成果指標: 年度はシート名「令和6年度」だけ（表題・見出しに年度なし）、基準値・目標値・実績値・達成率、空き店舗率は備考に「低いほど良い」',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    put(ws, 1, 1, ['みなと市商工振興計画　成果指標の状況']);
    put(ws, 2, 7, ['商工観光課']);
    put(ws, 4, 1, ['成果指標', '単位', '基準値', '目標値', '実績値', '達成率', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['創業件数', '件', 18, 25, 31, '124.0%', '創業支援事業計画による'],
      ['中心市街地の空き店舗率', '％', 15.2, 12.0, 13.8, '87.0%', '低いほど良い指標（目標÷実績）'],
      ['創業支援セミナーの受講者数', '人', 41, 60, 44, '73.3%'],
      ['中小企業融資制度の利用件数', '件', 164, 180, 192, '106.7%'],
      ['商店街の歩行者通行量（休日）', '人/日', 7300, 8500, 6120, '72.0%', '6月第1日曜日の調査'],
      ['企業誘致件数', '件', 1, 3, 1, '33.3%'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※基準値は計画策定時（令和3年度）の数値。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h71-shoko-year-in-sheet-name.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y, '創業件数', '件', 25, 31),
      ind(Y, '中心市街地の空き店舗率', '％', 12.0, 13.8, { direction: 'down' }),
      ind(Y, '創業支援セミナーの受講者数', '人', 60, 44),
      ind(Y, '中小企業融資制度の利用件数', '件', 180, 192),
      ind(Y, '商店街の歩行者通行量（休日）', '人/日', 8500, 6120),
      ind(Y, '企業誘致件数', '件', 3, 1),
    ],
    groups: [],
    guesses: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [kyojinka, akiya, kyukyu, bousai, shohi, shoko];
