/** Hold-out 70, part 3: シティプロモーション, 移住・定住促進, 図書館サービス計画, 国際交流・多文化共生. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const C = 'KPI';
const sns: ExpectedIndicator = {
  sheet: C,
  name: '市公式SNSのフォロワー数',
  measures: [
    { label: 'Instagram', target: 6000, actual: 6450, unit: '人' },
    { label: 'X', target: 4000, actual: 3620, unit: '人' },
  ],
  direction: 'up',
  existing: 'B',
  grade: 'B',
};
const promotion: Holdout2Workbook = {
  name: 'h70-city-promotion',
  layout: 'シティプロモーション戦略の KPI 表（2024年度、西暦）: 1つのセルに Instagram と X の2つのフォロワー数、「23,517件」の文字、千円・万PV の単位、集計中',
  build(wb) {
    const ws = wb.addWorksheet(C);
    put(ws, 1, 1, ['みなと市シティプロモーション戦略　KPI達成状況（2024年度）']);
    put(ws, 2, 6, ['広報戦略課']);
    put(ws, 4, 1, ['KPI', '単位', '2023年度実績', '2024年度目標', '2024年度実績', '自己評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['市公式SNSのフォロワー数', '人', 'Instagram 5,820\nX 3,410', 'Instagram 6,000\nX 4,000', 'Instagram 6,450\nX 3,620', 'B'],
      ['ふるさと納税の寄附件数', '件', '18,204件', '20,000件', '23,517件', 'A'],
      ['ふるさと納税の寄附額', '千円', 312400, 350000, 298760, 'B', '返礼品の見直しで単価が下がった'],
      ['市公式ホームページの年間閲覧数', '万PV', 412, 450, 438, 'B'],
      ['プロモーション動画の再生回数', '回', 85000, 120000, 64200, 'C'],
      ['テレビ・新聞等のメディア掲載件数', '件', 96, 100, 104, 'A'],
      ['「みなと市に住み続けたい」と思う市民の割合', '％', 74.1, 78.0, '集計中', '－', '市民意識調査（2025年7月公表予定）'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※SNSのフォロワー数は各年度末（3月31日）時点。']);
    put(ws, 14, 1, ['※自己評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満（複数の数値がある場合は低い方で評価）']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h70-city-promotion.xlsx',
    fiscalYear: 2024,
    indicators: [
      sns,
      ind(C, 'ふるさと納税の寄附件数', '件', 20000, 23517, { existing: 'A' }),
      ind(C, 'ふるさと納税の寄附額', '千円', 350000, 298760, { existing: 'B' }),
      ind(C, '市公式ホームページの年間閲覧数', '万PV', 450, 438, { existing: 'B' }),
      ind(C, 'プロモーション動画の再生回数', '回', 120000, 64200, { existing: 'C' }),
      ind(C, 'テレビ・新聞等のメディア掲載件数', '件', 100, 104, { existing: 'A' }),
      ind(C, '「みなと市に住み続けたい」と思う市民の割合', '％', 78.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const M = '移住定住KPI';
const migration: Holdout2Workbook = {
  name: 'h70-migration-settlement',
  layout:
    '移住・定住促進計画: 指標名に単位（件）、目標/実績の2行 × R3〜R7 の列（R6・R7 は目標だけ）、社会増減数は「△120」「-96」、「－」（休止）、減少を目指す転出者数は注記',
  build(wb) {
    const ws = wb.addWorksheet(M);
    put(ws, 1, 1, ['みなと市移住・定住促進計画　成果指標の推移']);
    put(ws, 2, 1, ['評価対象：令和5年度', undefined, undefined, undefined, undefined, '地域振興課']);
    put(ws, 4, 1, ['指標', '区分', 'R3', 'R4', 'R5', 'R6', 'R7']);
    const rows: [string, (string | number)[], (string | number)[]][] = [
      ['移住相談件数（件）', [150, 180, 210, 240, 270], [162, 201, 248]],
      ['移住支援制度を利用した転入者数（人）', [40, 50, 60, 70, 80], [35, 44, 47]],
      ['社会増減数（人）', [0, 20, 50, 80, 100], ['△185', '-96', '△120']],
      ['空き家バンクの成約件数（件）', [15, 18, 20, 22, 25], [17, 21, 19]],
      ['お試し移住住宅の利用組数（組）', [20, 24, 28, 30, 32], [12, 26, '－']],
      ['転出者数（人）', [2400, 2350, 2300, 2250, 2200], [2460, 2395, '2,288']],
    ];
    rows.forEach(([name, target, actual], i) => {
      const top = 5 + i * 2;
      put(ws, top, 1, [name, '目標', ...target]);
      put(ws, top + 1, 2, ['実績', ...actual]);
      ws.mergeCells(`A${top}:A${top + 1}`);
    });
    put(ws, 18, 1, ['※社会増減数＝転入者数－転出者数。△及びマイナス（-）は社会減。住民基本台帳による年度の集計。']);
    put(ws, 19, 1, ['※お試し移住住宅は、令和5年度は改修工事のため休止した。']);
    put(ws, 20, 1, ['※転出者数は減少を目指す指標。']);
    ws.getColumn(1).width = 38;
  },
  expected: {
    file: 'h70-migration-settlement.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M, '移住相談件数', '件', 210, 248),
      ind(M, '移住支援制度を利用した転入者数', '人', 60, 47),
      ind(M, '社会増減数', '人', 50, -120),
      ind(M, '空き家バンクの成約件数', '件', 20, 19),
      ind(M, 'お試し移住住宅の利用組数', '組', 28, null, { actualStatus: 'not-applicable' }),
      ind(M, '転出者数', '人', 2300, 2288, { direction: 'down' }),
    ],
    groups: [],
  },
};

const L = 'サービス指標';
const library: Holdout2Workbook = {
  name: 'h70-library-service-plan',
  layout: '図書館サービス計画: 年度が行（令和3年度実績…令和5年度 目標/実績…令和7年度 目標（最終））、指標が列で単位は見出しの括弧、年度のセルを結合',
  build(wb) {
    const ws = wb.addWorksheet(L);
    put(ws, 1, 1, ['みなと市立図書館サービス計画（第2次）　サービス指標の達成状況']);
    put(ws, 2, 1, ['令和5年度評価', undefined, undefined, undefined, undefined, undefined, '中央図書館']);
    put(ws, 4, 1, [
      '年度',
      '区分',
      '個人貸出冊数（冊）',
      '来館者数（人）',
      '実登録者数（人）',
      'レファレンス件数（件）',
      '電子書籍の貸出数（件）',
      '市民1人当たり貸出冊数（冊）',
    ]);
    const rows: (string | number | undefined)[][] = [
      ['令和3年度', '実績', 612300, 298400, 17450, 3820, 4100, 5.1],
      ['令和4年度', '実績', 628900, 315200, 17980, 4050, 4620, 5.3],
      ['令和5年度', '目標', 650000, 330000, 20000, 4300, 8000, 5.5],
      [undefined, '実績', 633850, 322760, 17900, 4510, 4600, 5.4],
      ['令和6年度', '目標', 660000, 335000, 20500, 4400, 9000, 5.6],
      ['令和7年度', '目標（最終）', 680000, 340000, 21000, 4500, 10000, 5.8],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A7:A8');
    put(ws, 12, 1, ['※実登録者数は、過去3年間に利用があった登録者数（各年度末時点）。']);
    put(ws, 13, 1, ['※電子書籍は令和3年10月にサービスを開始。']);
    ws.getColumn(1).width = 14;
  },
  expected: {
    file: 'h70-library-service-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L, '個人貸出冊数', '冊', 650000, 633850),
      ind(L, '来館者数', '人', 330000, 322760),
      ind(L, '実登録者数', '人', 20000, 17900),
      ind(L, 'レファレンス件数', '件', 4300, 4510),
      ind(L, '電子書籍の貸出数', '件', 8000, 4600),
      ind(L, '市民1人当たり貸出冊数', '冊', 5.5, 5.4),
    ],
    groups: [],
  },
};

const I = '多文化共生';
const international: Holdout2Workbook = {
  name: 'h70-international-multicultural',
  layout:
    '国際交流・多文化共生推進プラン（全角の「２０２３年度」）: 基本目標の結合セル、基準値・当年度目標・実績・次年度目標の列、全角数字「１０８」、「2,640人」、未実施',
  build(wb) {
    const ws = wb.addWorksheet(I);
    put(ws, 1, 1, ['みなと市国際交流・多文化共生推進プラン　２０２３年度 進捗状況']);
    put(ws, 2, 7, ['国際交流課']);
    put(ws, 4, 1, ['基本目標', '指標', '単位', '基準値（2020年度）', '2023年度目標', '2023年度実績', '2024年度目標', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['１ 多文化共生の地域づくり', '日本語教室の受講者数', '人', 85, 120, '１０８', 130],
      [undefined, '多言語化した行政情報の件数', '件', 40, 100, 126, 130],
      [undefined, '外国人相談窓口の相談件数', '件', 310, 400, 452, 420],
      ['２ 国際交流の推進', '姉妹都市との相互訪問事業の参加者数', '人', 0, 30, '未実施', 40, '相手都市の受入体制が整わず派遣を見送った'],
      [undefined, '国際交流イベントの来場者数', '人', 1200, 3000, '2,640人', 3200],
      [undefined, '国際交流協会の会員数', '人', 215, 260, 198, 270],
      ['３ 外国人住民の生活支援', 'やさしい日本語研修を受講した職員数（累計）', '人', 30, 150, 162, 200],
      [undefined, '防災訓練に参加した外国人住民の数', '人', 12, 60, 31, 70],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    ws.mergeCells('A11:A12');
    put(ws, 14, 1, ['※基準値の2020年度は新型コロナウイルス感染症の影響を受けた値。']);
    put(ws, 15, 1, ['※外国人相談窓口の相談件数は、通訳タブレットによる対応を含む。']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h70-international-multicultural.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(I, '日本語教室の受講者数', '人', 120, 108),
      ind(I, '多言語化した行政情報の件数', '件', 100, 126),
      ind(I, '外国人相談窓口の相談件数', '件', 400, 452),
      ind(I, '姉妹都市との相互訪問事業の参加者数', '人', 30, null, { actualStatus: 'not-implemented' }),
      ind(I, '国際交流イベントの来場者数', '人', 3000, 2640),
      ind(I, '国際交流協会の会員数', '人', 260, 198),
      ind(I, 'やさしい日本語研修を受講した職員数（累計）', '人', 150, 162),
      ind(I, '防災訓練に参加した外国人住民の数', '人', 60, 31),
    ],
    groups: [],
  },
};

export const PROMOTION_WORKBOOKS: Holdout2Workbook[] = [promotion, migration, library, international];
