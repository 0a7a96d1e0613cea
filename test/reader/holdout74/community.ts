/** Hold-out 74, part 3: 男女共同参画 (a 40％以上60％以下 band), 市民協働 (目標 and 実績 on two sheets joined by KPI number), 学校給食 (年度 over 目標/実績), 文化財保護 (a note that turns one indicator down, a 見込 actual). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const G1 = '数値目標';
const gender: Holdout2Workbook = {
  name: 'h74-danjo-band-target',
  layout:
    '男女共同参画プラン 数値目標: 基本目標の結合セル、最終目標（R7）と令和5年度目標の2列、女性委員の割合の目標が「40％以上60％以下」、減少を目指す指標は注記、担当課の列',
  build(wb) {
    const ws = wb.addWorksheet(G1);
    put(ws, 1, 1, ['第3次みなと市男女共同参画プラン　数値目標の進捗状況（令和5年度）']);
    put(ws, 2, 8, ['人権・男女共同参画課']);
    put(ws, 4, 1, ['基本目標', '指標', '単位', '計画策定時（R2）', '目標値（R7）', '令和5年度目標', '令和5年度実績', '担当課']);
    const rows: (string | number | undefined)[][] = [
      ['Ⅰ 政策・方針決定過程への女性の参画', '審議会等における女性委員の割合', '％', 31.5, '40％以上60％以下', '40％以上60％以下', 37.8, '総務課'],
      [undefined, '女性委員のいない審議会等の数', '件', 6, 0, 2, 3, '総務課'],
      [undefined, '市職員の管理職に占める女性の割合', '％', 14.2, 25.0, 20.0, 18.6, '人事課'],
      ['Ⅱ 仕事と生活の調和', '男性職員の育児休業取得率', '％', 23.5, 85.0, 50.0, 61.5, '人事課'],
      [undefined, '女性のための就労支援講座の受講者数', '人', 45, 80, 70, 72, '商工振興課'],
      ['Ⅲ 安全・安心な暮らし', 'DV相談窓口の認知度', '％', 38.0, 60.0, 50.0, 44.1, '人権・男女共同参画課'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A9');
    put(ws, 12, 1, ['※審議会等の委員は、男女いずれか一方の割合が40％未満とならないよう「40％以上60％以下」を目標とする。']);
    put(ws, 13, 1, ['※「女性委員のいない審議会等の数」は減少を目指す指標である。']);
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h74-danjo-band-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      // Below the band: the bound it falls short of is 40 % (37.8 ÷ 40 = 94.5 %), not 60 %.
      ind(G1, '審議会等における女性委員の割合', '％', 40, 37.8),
      ind(G1, '女性委員のいない審議会等の数', '件', 2, 3, { direction: 'down' }),
      ind(G1, '市職員の管理職に占める女性の割合', '％', 20.0, 18.6),
      ind(G1, '男性職員の育児休業取得率', '％', 50.0, 61.5),
      ind(G1, '女性のための就労支援講座の受講者数', '人', 70, 72),
      ind(G1, 'DV相談窓口の認知度', '％', 50.0, 44.1),
    ],
    groups: [],
  },
};

const K1 = '目標';
const K2 = '実績';
const kyodo: Holdout2Workbook = {
  name: 'h74-shimin-kyodo-two-sheets',
  layout:
    '協働のまちづくり推進計画: 「目標」シート（KPI番号・正式名・年度別目標）と「実績」シート（KPI番号・略称・R5実績、順不同）を番号で結ぶ、「－」の目標年度、「11,420人」、「集計中」',
  build(wb) {
    const t = wb.addWorksheet(K1);
    put(t, 1, 1, ['みなと市協働のまちづくり推進計画（令和4年度～令和7年度）　KPI目標値']);
    put(t, 3, 1, ['KPI番号', 'KPI', '単位', '基準値（R3）', 'R4目標', 'R5目標', 'R6目標', 'R7目標']);
    const targets: (string | number)[][] = [
      ['K-1', '市民提案型協働事業の提案事業数', '件', 8, 10, 12, 14, 15],
      ['K-2', '協働事業の実施件数', '件', 35, 38, 40, 42, 45],
      ['K-3', '市民活動センターの利用者数', '人', 9850, 11000, 12000, 13000, 14000],
      ['K-4', '市民活動団体の登録数', '団体', 142, 145, 150, 155, 160],
      ['K-5', '協働について知っている市民の割合', '％', 28.6, '－', 35.0, '－', 40.0],
      ['K-6', 'まちづくり出前講座の開催回数', '回', 24, 30, 30, 32, 32],
    ];
    targets.forEach((r, i) => put(t, 4 + i, 1, r));
    put(t, 11, 1, ['※K-5は市民意識調査（隔年）の実施年度のみ目標を設定。']);
    t.getColumn(2).width = 32;
    const a = wb.addWorksheet(K2);
    put(a, 1, 1, ['令和5年度　協働のまちづくり推進計画　KPI実績']);
    put(a, 2, 4, ['市民協働課']);
    put(a, 4, 1, ['KPI番号', '指標（略称）', '実績（R5）', '備考']);
    const actuals: (string | number)[][] = [
      ['K-3', '利用者数', '11,420人', '4月～6月は空調改修で一部休館'],
      ['K-1', '提案事業数', 9, '採択は6件'],
      ['K-6', '出前講座', '集計中', '6月末確定'],
      ['K-2', '協働事業', 43, ''],
      ['K-5', '認知度', 31.2, '令和5年度市民意識調査'],
      ['K-4', '登録団体数', 151, ''],
    ];
    actuals.forEach((r, i) => put(a, 5 + i, 1, r));
    a.getColumn(4).width = 30;
  },
  expected: {
    file: 'h74-shimin-kyodo-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '市民提案型協働事業の提案事業数', '件', 12, 9),
      ind(K1, '協働事業の実施件数', '件', 40, 43),
      ind(K1, '市民活動センターの利用者数', '人', 12000, 11420),
      ind(K1, '市民活動団体の登録数', '団体', 150, 151),
      ind(K1, '協働について知っている市民の割合', '％', 35.0, 31.2),
      ind(K1, 'まちづくり出前講座の開催回数', '回', 30, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const L1 = '給食指標';
const lunch: Holdout2Workbook = {
  name: 'h74-kyushoku-two-row-header',
  layout:
    '学校給食・食育推進計画: 2段見出し（年度の結合セルの下に目標/実績）R3〜R6（R6は目標だけ）、評価年度は表の上、全角数字の実績、残食率は低いほど良い注記、ちょうど80％の達成率',
  build(wb) {
    const ws = wb.addWorksheet(L1);
    put(ws, 1, 1, ['みなと市学校給食・食育推進計画　指標の状況']);
    put(ws, 2, 1, ['評価年度：令和5年度', undefined, undefined, undefined, undefined, undefined, undefined, '教育委員会 学校給食課']);
    put(ws, 4, 1, ['指標', '単位', '令和3年度', undefined, '令和4年度', undefined, '令和5年度', undefined, '令和6年度', undefined, '備考']);
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of ['A', 'B', 'K']) ws.mergeCells(`${c}4:${c}5`);
    for (const [x, y] of [
      ['C', 'D'],
      ['E', 'F'],
      ['G', 'H'],
      ['I', 'J'],
    ])
      ws.mergeCells(`${x}4:${y}4`);
    const rows: (string | number | undefined)[][] = [
      ['学校給食における地場産物の活用率', '％', 30.0, 29.5, 32.5, 31.8, 35.0, '３３．１', 37.0, undefined, '食材数ベース（市内産）'],
      ['学校給食における県産品の活用率', '％', 50.0, 51.2, 52.5, 54.0, 55.0, 57.4, 57.5],
      ['朝食を毎日食べる児童の割合', '％', 95.0, 93.8, 95.0, 93.0, 95.0, 92.3, 95.0, undefined, '小学5年生'],
      ['学校給食の残食率', '％', 6.0, 6.8, 5.5, 6.5, 5.0, 6.2, 4.5],
      ['食育授業の実施回数', '回', 100, 88, 110, 102, 120, 96, 130, undefined, '栄養教諭による授業'],
      ['給食センター見学の受入人数', '人', 500, 455, 550, 590, 600, 640, 650],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※「学校給食の残食率」は低いほど良い指標（減少を目指す）。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h74-kyushoku-two-row-header.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L1, '学校給食における地場産物の活用率', '％', 35.0, 33.1),
      ind(L1, '学校給食における県産品の活用率', '％', 55.0, 57.4),
      ind(L1, '朝食を毎日食べる児童の割合', '％', 95.0, 92.3),
      ind(L1, '学校給食の残食率', '％', 5.0, 6.2, { direction: 'down' }),
      // 96 ÷ 120 = 80 % exactly: B (lower bounds inclusive).
      ind(L1, '食育授業の実施回数', '回', 120, 96),
      ind(L1, '給食センター見学の受入人数', '人', 600, 640),
    ],
    groups: [],
  },
};

const B1 = '文化財';
const heritage: Holdout2Workbook = {
  name: 'h74-bunkazai-note-direction',
  layout:
    '文化財保存活用地域計画 進捗: No. の列、現状値（R3）・目標値（R5）・実績値（R5）・部署の評価、No.3 を減少に変える表の下の注記、「560（見込）」と「23,180」の文字の実績',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['みなと市文化財保存活用地域計画　進捗状況（令和5年度）']);
    put(ws, 2, 7, ['教育委員会 文化財課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '現状値（R3）', '目標値（R5）', '実績値（R5）', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '指定文化財件数', '件', 86, 90, 89, 'B', '国・県・市指定の合計'],
      [2, '国登録有形文化財の件数', '件', 12, 15, 15, 'A'],
      [3, '修理が必要な指定文化財の件数', '件', 14, 10, 12, 'B'],
      [4, '文化財公開施設の入館者数', '人', 21400, 25000, '23,180', 'B', '郷土資料館・旧庄屋屋敷'],
      [5, '文化財ボランティアガイドの登録者数', '人', 38, 45, 31, 'B'],
      [6, '文化財に関する講座・体験学習の参加者数', '人', 420, 500, '560（見込）', 'A', '3月開催分は見込'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, 13, 1, ['※No.3は修理の完了により減少させることを目指す指標であり、達成率は目標値÷実績値で算出する。']);
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h74-bunkazai-note-direction.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '指定文化財件数', '件', 90, 89, { existing: 'B' }),
      ind(B1, '国登録有形文化財の件数', '件', 15, 15, { existing: 'A' }),
      ind(B1, '修理が必要な指定文化財の件数', '件', 10, 12, { direction: 'down', existing: 'B' }),
      ind(B1, '文化財公開施設の入館者数', '人', 25000, 23180, { existing: 'B' }),
      // 31 ÷ 45 = 68.9 %: C (the department wrote B).
      ind(B1, '文化財ボランティアガイドの登録者数', '人', 45, 31, { existing: 'B' }),
      ind(B1, '文化財に関する講座・体験学習の参加者数', '人', 500, 560, { existing: 'A', actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const COMMUNITY_WORKBOOKS: Holdout2Workbook[] = [gender, kyodo, lunch, heritage];
