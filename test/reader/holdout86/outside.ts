/** Hold-out 86, part 2: four outside the families (指定管理者モニタリング S/A/B/C, 一部事務組合 ごみ処理 years as rows, 外郭団体 一覧 ◎○△, 補助金・負担金 per sheet). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// 指定管理者モニタリング評価シート: a label-value head, 数値目標 against the 協定, the city's S/A/B/C (S 110 %, B 90 %), then a 定性評価 section without figures.
const M1 = 'モニタリング評価';
const mRows: [string, string, number, number, string][] = [
  ['利用者数', '人', 180000, 201540, 'S'],
  ['ホール稼働率', '％', 75.0, 71.8, 'B'],
  ['会議室稼働率', '％', 55.0, 46.2, 'C'],
  ['利用者満足度', '％', 80.0, 88.4, 'S'],
  ['自主事業の開催数', '件', 40, 43, 'A'],
];
const monitoring: Holdout2Workbook = {
  name: 'h86-monitoring-sabc',
  layout:
    '指定管理者モニタリング評価シート: 施設名等の項目・値の見出し、「１ 数値目標の達成状況」（協定上の目標・実績・達成率・評価 S/A/B/C、S は110％以上・B は90％以上）、「２ 管理運営の状況」は数値なしの定性評価',
  build(wb) {
    const ws = wb.addWorksheet(M1);
    put(ws, 1, 1, ['指定管理者モニタリング評価シート（年度評価）']);
    put(ws, 3, 1, ['施設名', 'みなと市民文化センター']);
    put(ws, 4, 1, ['指定管理者', '株式会社みなとアートマネジメント']);
    put(ws, 5, 1, ['指定期間', '令和4年4月1日〜令和9年3月31日（5年間）']);
    put(ws, 6, 1, ['評価対象年度', '令和5年度']);
    put(ws, 7, 1, ['所管課', '文化振興課']);
    put(ws, 9, 1, ['１　数値目標の達成状況']);
    put(ws, 10, 1, ['評価項目', '単位', '協定上の目標', '実績', '達成率', '評価']);
    mRows.forEach(([name, unit, target, actual, grade], i) => {
      put(ws, 11 + i, 1, [name, unit, target, actual, actual / target, grade]);
      ws.getCell(11 + i, 5).numFmt = '0.0%';
    });
    put(ws, 16, 1, ['評価　S：目標を大きく上回る（達成率110％以上）　A：目標を達成（100％以上）　B：概ね達成（90％以上）　C：目標未達（90％未満）']);
    put(ws, 18, 1, ['２　管理運営の状況（定性評価）']);
    put(ws, 19, 1, ['評価項目', '評価の視点', undefined, undefined, undefined, '評価']);
    put(ws, 20, 1, ['施設・設備の維持管理', '日常点検・法定点検が計画どおり実施されているか', undefined, undefined, undefined, 'A']);
    put(ws, 21, 1, ['個人情報の保護', '個人情報の取扱いが適切か', undefined, undefined, undefined, 'A']);
    put(ws, 22, 1, ['利用者への対応', '苦情・要望に迅速かつ適切に対応しているか', undefined, undefined, undefined, 'B']);
    for (const r of [19, 20, 21, 22]) ws.mergeCells(r, 2, r, 5);
    put(ws, 24, 1, ['３　総合評価', 'A', '協定目標をおおむね達成し、管理運営は適正に行われている。']);
    ws.getColumn(1).width = 22;
  },
  expected: {
    file: 'h86-monitoring-sabc.xlsx',
    fiscalYear: 2023,
    indicators: mRows.map(([name, unit, target, actual, grade]) => ind(M1, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

// 一部事務組合（ごみ処理）: the 基本計画's figures with years as rows (令和元年度 基準 … 令和7年度), 計画値 / 実績値 under each measure, 削減目標 by a note.
const G1 = '進捗状況';
type Year = [string, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];
const gYears: Year[] = [
  ['令和元年度（基準）', undefined, 63210, undefined, 968, undefined, 16.4, undefined, 7480],
  ['令和2年度', 62000, 62740, 950, 962, 18.0, 16.9, 6800, 7310],
  ['令和3年度', 61000, 61880, 935, 951, 19.0, 17.2, 6300, 7120],
  ['令和4年度', 59700, 60520, 920, 934, 20.5, 17.5, 5700, 7015],
  ['令和5年度', 58400, 59870, 905, 921, 22.0, 17.8, 5200, 6930],
  ['令和6年度', 57200, undefined, 890, undefined, 23.5, undefined, 4800, undefined],
  ['令和7年度（目標）', 56000, undefined, 875, undefined, 25.0, undefined, 4500, undefined],
];
const gomi: Holdout2Workbook = {
  name: 'h86-kumiai-gomi-years-rows',
  layout:
    '一部事務組合（ごみ処理）の構成市町への報告: 年度が行（令和元年度基準〜令和7年度目標）、4つの指標の見出しを2列（計画値・実績値）に結合、単位は見出しの括弧、削減目標は注記で',
  build(wb) {
    const ws = wb.addWorksheet(G1);
    put(ws, 1, 1, ['みなと地区広域環境組合　一般廃棄物処理基本計画の進捗状況（構成市町報告）']);
    put(ws, 2, 1, ['報告対象：令和5年度実績', undefined, undefined, undefined, undefined, undefined, undefined, '令和6年8月　業務課']);
    put(ws, 4, 1, ['年度', 'ごみ総排出量（t）', undefined, '1人1日当たりごみ排出量（g）', undefined, 'リサイクル率（％）', undefined, '最終処分量（t）']);
    put(ws, 5, 2, ['計画値', '実績値', '計画値', '実績値', '計画値', '実績値', '計画値', '実績値']);
    ws.mergeCells('A4:A5');
    for (const c of ['B4:C4', 'D4:E4', 'F4:G4', 'H4:I4']) ws.mergeCells(c);
    gYears.forEach((y, i) => put(ws, 6 + i, 1, y));
    put(ws, 14, 1, ['※ごみ総排出量、1人1日当たりごみ排出量及び最終処分量は削減目標（少ないほど良い）。']);
    put(ws, 15, 1, ['※構成市町：みなと市、かわべ町、やまて村（3市町村の合計）']);
    ws.getColumn(1).width = 20;
  },
  expected: {
    file: 'h86-kumiai-gomi-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(G1, 'ごみ総排出量', 't', 58400, 59870, { direction: 'down' }),
      ind(G1, '1人1日当たりごみ排出量', 'g', 905, 921, { direction: 'down' }),
      ind(G1, 'リサイクル率', '％', 22.0, 17.8),
      ind(G1, '最終処分量', 't', 5200, 6930, { direction: 'down' }),
    ],
    groups: [],
  },
};

// 外郭団体経営評価 一覧: three bodies, 団体名 merged down its rows, 令和4年度実績 left of the target, 前年度比, ◎○△ on the city's three-level legend.
const K1 = '経営評価一覧';
type KRow = [string, string, number, number, number, string, boolean?];
const bodies: [string, KRow[]][] = [
  [
    '（公財）みなと市体育協会',
    [
      ['主催大会の参加者数', '人', 8240, 9000, 9310, '◎'],
      ['自主財源比率', '％', 41.2, 45.0, 43.9, '○'],
    ],
  ],
  [
    '（一財）みなと市都市整備公社',
    [
      ['駐車場の年間利用台数', '台', 412300, 430000, 398760, '○'],
      ['市委託料収入への依存度', '％', 68.4, 65.0, 66.1, '○', true],
    ],
  ],
  [
    '（社福）みなと市社会福祉事業団',
    [
      ['デイサービスの利用率', '％', 71.5, 80.0, 62.3, '△'],
      ['職員の離職率', '％', 14.8, 10.0, 12.2, '○', true],
    ],
  ],
];
const gaikaku: Holdout2Workbook = {
  name: 'h86-gaikaku-ichiran-marks',
  layout:
    '外郭団体経営評価の一覧: 3団体を1枚に、団体名を縦に結合、令和4年度実績（前年度）の列が目標の左、前年度比（％書式）、評価 ◎○△ は市の3段階の凡例、低いほど良い指標は注記で',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['令和5年度　外郭団体経営評価　経営指標の達成状況一覧']);
    put(ws, 2, 8, ['行政経営課']);
    put(ws, 4, 1, ['団体名', '経営指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '前年度比', '評価']);
    let r = 5;
    for (const [body, rows] of bodies) {
      put(ws, r, 1, [body]);
      ws.mergeCells(r, 1, r + rows.length - 1, 1);
      for (const [name, unit, prev, target, actual, mark] of rows) {
        put(ws, r, 2, [name, unit, prev, target, actual, actual / prev, mark]);
        ws.getCell(r, 7).numFmt = '0.0%';
        r++;
      }
    }
    put(ws, 12, 1, ['評価　◎：目標を達成　○：目標の80％以上　△：目標の80％未満']);
    put(ws, 13, 1, ['※市委託料収入への依存度及び職員の離職率は低いほど良い指標（達成率は目標÷実績）。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h86-gaikaku-ichiran-marks.xlsx',
    fiscalYear: 2023,
    indicators: bodies.flatMap(([, rows]) =>
      rows.map(([name, unit, , target, actual, mark, down]) =>
        ind(K1, name, unit, target, actual, { existing: mark, ...(down ? { direction: 'down' as const } : {}) }),
      ),
    ),
    groups: [],
  },
};

// 補助金・負担金 評価シート, one sheet per 補助金 / 負担金 (label-value head, 交付額 「24,800千円（前年度 23,500千円）」, a small 成果指標 table), and a 総括 sheet of amounts only.
interface Grant {
  sheet: string;
  kind: string;
  title: string;
  to: string;
  amount: string;
  rows: [string, string, Cell, Cell, string, string?][];
}
const grants: Grant[] = [
  {
    sheet: '補-1',
    kind: '補助金',
    title: 'コミュニティバス運行補助金',
    to: 'みなと交通株式会社',
    amount: '24,800千円（前年度 23,500千円）',
    rows: [
      ['コミュニティバスの年間利用者数', '人', 96000, 88420, 'B'],
      ['1便当たり平均乗車人数', '人', 8.0, 7.1, 'B'],
    ],
  },
  {
    sheet: '補-2',
    kind: '補助金',
    title: '空き店舗活用事業補助金',
    to: '市内の空き店舗に出店する事業者',
    amount: '3,600千円（前年度 4,200千円）',
    rows: [
      ['空き店舗への新規出店数', '件', 6, 2, 'D'],
      ['出店後3年継続率', '％', 80, '－', '－', '令和2年度の出店者がいないため該当なし'],
    ],
  },
  {
    sheet: '負-1',
    kind: '負担金',
    title: 'みなと地区消防組合負担金',
    to: 'みなと地区消防組合（一部事務組合）',
    amount: '1,286,400千円（前年度 1,262,900千円）',
    rows: [
      ['救命講習の受講者数', '人', 2000, 2315, 'A'],
      ['住宅用火災警報器の設置率', '％', 88.0, 84.9, 'B'],
      ['火災発生件数', '件', '45件以下', 41, 'A'],
    ],
  },
];
const grantSheets: Holdout2Workbook = {
  name: 'h86-hojo-futan-per-sheet',
  layout:
    '補助金・負担金評価シート: 1件1シート（補-1・補-2・負-1）の項目・値の見出し、交付額「24,800千円（前年度 23,500千円）」、成果指標の小表（評価 A〜D、「－」と備考「該当なし」、「45件以下」）、金額だけの総括シート',
  build(wb) {
    const sum = wb.addWorksheet('総括');
    put(sum, 1, 1, ['令和5年度　負担金・補助金評価　総括表']);
    put(sum, 3, 1, ['No.', '区分', '名称', '所管課', '交付額（千円）', 'シート']);
    put(sum, 4, 1, [1, '補助金', 'コミュニティバス運行補助金', '交通政策課', 24800, '補-1']);
    put(sum, 5, 1, [2, '補助金', '空き店舗活用事業補助金', '商工振興課', 3600, '補-2']);
    put(sum, 6, 1, [3, '負担金', 'みなと地区消防組合負担金', '危機管理課', 1286400, '負-1']);
    put(sum, 7, 1, [undefined, undefined, '合計', undefined, 1314800]);
    for (const g of grants) {
      const ws = wb.addWorksheet(g.sheet);
      put(ws, 1, 1, [`令和5年度　${g.kind}評価シート`]);
      put(ws, 3, 1, ['名称', g.title]);
      put(ws, 4, 1, ['交付先', g.to]);
      put(ws, 5, 1, ['交付額', g.amount]);
      put(ws, 6, 1, ['評価対象年度', '令和5年度']);
      put(ws, 8, 1, ['成果指標', '単位', '目標値', '実績値', '評価', '備考']);
      g.rows.forEach((row, i) => put(ws, 9 + i, 1, row));
      put(ws, 9 + g.rows.length + 1, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満　－：評価対象外']);
      put(ws, 9 + g.rows.length + 2, 1, ['今後の方向性', '継続']);
      ws.getColumn(1).width = 30;
    }
  },
  expected: {
    file: 'h86-hojo-futan-per-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('補-1', 'コミュニティバスの年間利用者数', '人', 96000, 88420, { existing: 'B' }),
      ind('補-1', '1便当たり平均乗車人数', '人', 8.0, 7.1, { existing: 'B' }),
      ind('補-2', '空き店舗への新規出店数', '件', 6, 2, { existing: 'D' }),
      ind('補-2', '出店後3年継続率', '％', 80, null, { actualStatus: 'not-applicable' }),
      ind('負-1', '救命講習の受講者数', '人', 2000, 2315, { existing: 'A' }),
      ind('負-1', '住宅用火災警報器の設置率', '％', 88.0, 84.9, { existing: 'B' }),
      ind('負-1', '火災発生件数', '件', 45, 41, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monitoring, gomi, gaikaku, grantSheets];
