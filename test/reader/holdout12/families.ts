/**
 * Hold-out 12, the known families as yet other offices lay them out: a KPI sheet of stacked tables
 * with notes rows, 前年度/当年度 actuals with ◎○△ marks, a full-width 事務事業評価 form with S–D,
 * two policies side by side sharing rows, a project table of text values, an FY period matrix and
 * plan indicators with a 望ましい方向 column.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as W, ind, put, rollUp } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));

const kpiStacked: W = {
  name: 'h12-kpi-stacked-notes',
  layout: 'KPI調書: title block, two tables stacked under 基本目標 headings, a notes row between them, 見込み in the value, 集計中, down marked in 備考',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    widths(ws, [6, 30, 8, 12, 12, 16, 24]);
    put(ws, 1, 1, ['第２期みなと市まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況調書']);
    put(ws, 2, 1, ['評価対象年度：令和５年度（2023年度）']);
    put(ws, 3, 1, ['所管：企画部企画政策課']);
    const head = ['No.', '重要業績評価指標（KPI）', '単位', '基準値（R1）', '目標値（R5）', '実績値（R5）', '備考'];
    put(ws, 5, 1, ['基本目標１　しごとをつくり、安心して働けるようにする']);
    put(ws, 6, 1, head);
    put(ws, 7, 1, [1, '新規創業者数', '人', 18, 30, '27', undefined]);
    put(ws, 8, 1, [2, '企業誘致件数', '件', 2, 5, 5, '累計ではなく単年度']);
    put(ws, 9, 1, [3, '観光入込客数', '千人', '1,120', '1,300', '1,184（見込み）', '年度末見込み']);
    put(ws, 11, 1, ['※　実績値欄の（見込み）は、令和６年３月末時点の見込値である。']);
    put(ws, 13, 1, ['基本目標２　安心して暮らせる地域をつくる']);
    put(ws, 14, 1, head);
    put(ws, 15, 1, [4, '交通事故発生件数', '件', 412, 350, 371, '減少を目指す指標']);
    put(ws, 16, 1, [5, '特定健診受診率', '％', 38.2, 50, '集計中', '法定報告値は11月に確定']);
    put(ws, 17, 1, [6, '市民ボランティア登録者数', '人', '2,310', '2,800', '2,905', undefined]);
  },
  expected: {
    file: 'h12-kpi-stacked-notes.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI進捗', '新規創業者数', '人', 30, 27),
      ind('KPI進捗', '企業誘致件数', '件', 5, 5),
      ind('KPI進捗', '観光入込客数', '千人', 1300, 1184, { actualStatus: 'provisional' }),
      ind('KPI進捗', '交通事故発生件数', '件', 350, 371, { direction: 'down' }),
      ind('KPI進捗', '特定健診受診率', '％', 50, null, { actualStatus: 'pending' }),
      ind('KPI進捗', '市民ボランティア登録者数', '人', 2800, 2905),
    ],
    groups: [],
  },
};

const prevCurrMarks: W = {
  name: 'h12-prev-curr-marks',
  layout: '施策評価表: two header rows (実績値 merged over 令和４年度 | 令和５年度), ◎○△× marks with the legend under the table, target 0 down, － actual',
  build(wb) {
    const ws = wb.addWorksheet('施策の達成状況');
    widths(ws, [30, 8, 14, 12, 12, 8, 24]);
    put(ws, 1, 1, ['令和５年度　施策評価表（健康福祉部）']);
    put(ws, 3, 1, ['成果指標', '単位', '目標値（令和５年度）', '実績値', undefined, '達成度', '備考']);
    put(ws, 4, 4, ['令和４年度', '令和５年度']);
    for (const r of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4']) ws.mergeCells(r);
    put(ws, 5, 1, ['健康教室参加者数', '人', '1,500', '1,320', '1,410', '○']);
    put(ws, 6, 1, ['がん検診受診率', '％', 40, 35.1, 41.2, '◎']);
    put(ws, 7, 1, ['介護予防サロン設置数', 'か所', 60, 48, 45, '△']);
    put(ws, 8, 1, ['待機児童数', '人', 0, 4, 0, '◎', '減少が望ましい指標']);
    put(ws, 9, 1, ['認知症サポーター養成数', '人', '1,000', 820, '－', undefined, '養成講座休止のため実績なし']);
    put(ws, 11, 1, ['【達成度の基準】　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
  },
  expected: {
    file: 'h12-prev-curr-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策の達成状況', '健康教室参加者数', '人', 1500, 1410, { existing: '○' }),
      ind('施策の達成状況', 'がん検診受診率', '％', 40, 41.2, { existing: '◎' }),
      ind('施策の達成状況', '介護予防サロン設置数', 'か所', 60, 45, { existing: '△' }),
      ind('施策の達成状況', '待機児童数', '人', 0, 0, { direction: 'down', existing: '◎' }),
      ind('施策の達成状況', '認知症サポーター養成数', '人', 1000, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

const fullwidthForm: W = {
  name: 'h12-fullwidth-jimujigyo',
  layout:
    '事務事業評価シート: label-value header (事業名/担当課/評価年度), a table with 令和５年度 merged over 目標|実績, full-width digits, S–D self-grades with a legend',
  build(wb) {
    const ws = wb.addWorksheet('事務事業評価');
    widths(ws, [12, 32, 8, 10, 10, 10, 26]);
    put(ws, 1, 1, ['事務事業評価シート（令和５年度実施事業）']);
    put(ws, 3, 1, ['事業名', 'ごみ減量化推進事業']);
    ws.mergeCells('B3:F3');
    put(ws, 4, 1, ['担当課', '環境部環境政策課']);
    put(ws, 5, 1, ['評価年度', '令和５年度']);
    put(ws, 7, 1, ['区分', '指標名', '単位', '令和５年度', undefined, '自己評価', '備考']);
    put(ws, 8, 4, ['目標', '実績']);
    for (const r of ['A7:A8', 'B7:B8', 'C7:C8', 'D7:E7', 'F7:F8', 'G7:G8']) ws.mergeCells(r);
    put(ws, 9, 1, ['活動指標', '出前講座の開催回数', '回', '２４', '２６', 'S']);
    put(ws, 10, 1, ['成果指標', '１人１日当たり家庭系ごみ排出量', 'ｇ', '５１０', '５３２', 'B', '削減目標（少ないほど良い）']);
    put(ws, 11, 1, ['成果指標', '資源化率', '％', '２５．０', '２２．８', 'A']);
    put(ws, 12, 1, ['成果指標', '生ごみ処理機購入補助件数', '件', '１５０', '９８', 'C']);
    put(ws, 14, 1, ['自己評価の区分　S：目標を大きく上回った　A：目標を達成した　B：概ね達成した　C：やや遅れている　D：遅れている']);
  },
  expected: {
    file: 'h12-fullwidth-jimujigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事務事業評価', '出前講座の開催回数', '回', 24, 26, { existing: 'S' }),
      ind('事務事業評価', '１人１日当たり家庭系ごみ排出量', 'g', 510, 532, { direction: 'down', existing: 'B' }),
      ind('事務事業評価', '資源化率', '％', 25, 22.8, { existing: 'A' }),
      ind('事務事業評価', '生ごみ処理機購入補助件数', '件', 150, 98, { existing: 'C' }),
    ],
    groups: [],
  },
};

const twoPolicies = [
  ind('基本目標３', '自主防災組織結成率', '％', 85, 82.3),
  ind('基本目標３', '防災訓練参加者数', '人', 6000, 4450),
  ind('基本目標３', '避難行動要支援者個別避難計画作成数', '件', 300, 312),
];
const twoPoliciesRight = [
  ind('基本目標３', '交通事故死傷者数', '人', 250, 268, { direction: 'down' }),
  ind('基本目標３', '交通安全教室受講者数', '人', 8000, 8120),
  ind('基本目標３', '高齢者運転免許自主返納者数', '人', 350, 400),
];

const policiesSideBySide: W = {
  name: 'h12-two-policies-side',
  layout:
    '施策評価シート: two 施策 tables side by side sharing rows (spacer columns), each with its own empty 施策の評価 cell, a note row naming the down indicator',
  build(wb) {
    const ws = wb.addWorksheet('基本目標３');
    widths(ws, [30, 6, 10, 10, 8, 3, 3, 30, 6, 10, 10, 8]);
    put(ws, 1, 1, ['令和５年度　施策評価シート　　基本目標３　安全で快適に暮らせるまち']);
    put(ws, 3, 1, ['施策3-1　防災体制の強化']);
    put(ws, 3, 8, ['施策3-2　交通安全の推進']);
    put(ws, 4, 1, ['施策の評価']);
    put(ws, 4, 8, ['施策の評価']);
    const head = ['成果指標', '単位', 'R5目標', 'R5実績', '評価'];
    put(ws, 6, 1, head);
    put(ws, 6, 8, head);
    put(ws, 7, 1, ['自主防災組織結成率', '％', 85, 82.3]);
    put(ws, 8, 1, ['防災訓練参加者数', '人', '6,000', '4,450']);
    put(ws, 9, 1, ['避難行動要支援者個別避難計画作成数', '件', 300, 312]);
    put(ws, 7, 8, ['交通事故死傷者数', '人', 250, 268]);
    put(ws, 8, 8, ['交通安全教室受講者数', '人', '8,000', '8,120']);
    put(ws, 9, 8, ['高齢者運転免許自主返納者数', '人', 350, 400]);
    put(ws, 11, 8, ['※交通事故死傷者数は、少ないほど良い指標です。']);
  },
  expected: {
    file: 'h12-two-policies-side.xlsx',
    fiscalYear: 2023,
    indicators: [...twoPolicies, ...twoPoliciesRight],
    groups: [
      { sheet: '基本目標３', cell: 'B4', grade: rollUp(twoPolicies.map((i) => i.grade)) },
      { sheet: '基本目標３', cell: 'I4', grade: rollUp(twoPoliciesRight.map((i) => i.grade)) },
    ],
  },
};

const projectText: W = {
  name: 'h12-project-text-values',
  layout: '重点事業実績: one row per 事業, 数値目標/実績 as label+figure+unit text, 約, 未実施, －, 自己評価 and 今後の方向性 columns',
  build(wb) {
    const ws = wb.addWorksheet('事業実績一覧');
    widths(ws, [5, 26, 30, 24, 24, 8, 10]);
    put(ws, 1, 1, ['令和５年度　重点事業　実績報告書']);
    put(ws, 2, 6, ['地域振興課']);
    put(ws, 4, 1, ['No.', '事業名', '事業概要', '数値目標（R5年度）', '実績（R5年度）', '自己評価', '今後の方向性']);
    put(ws, 5, 1, [1, '空き家バンク運営事業', '空き家の売買・賃貸の仲介', '成約件数 20件', '成約件数 23件', 'A', '継続']);
    put(ws, 6, 1, [2, '移住体験ツアー事業', '首都圏在住者向け体験ツアー', '参加者 60人', '参加者 約45人', 'B', '見直し']);
    put(ws, 7, 1, [3, '移住相談会出展事業', '首都圏の移住フェアへの出展', '出展回数 4回', '未実施', 'D', '継続']);
    put(ws, 8, 1, [4, '結婚支援事業', '出会いの場の創出', '成婚数 10組', '－', undefined, '見直し']);
    put(ws, 9, 1, [5, 'ふるさと納税推進事業', '返礼品の開発と広報', '寄附件数 12,000件', '寄附件数 13,456件', 'A', '拡充']);
    put(ws, 11, 1, ['※実績の「約」は概数。結婚支援事業は成婚の把握方法を検討中のため実績なし。']);
  },
  expected: {
    file: 'h12-project-text-values.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績一覧', '空き家バンク運営事業', '件', 20, 23, { existing: 'A' }),
      ind('事業実績一覧', '移住体験ツアー事業', '人', 60, 45, { actualStatus: 'approximate', existing: 'B' }),
      ind('事業実績一覧', '移住相談会出展事業', '回', 4, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('事業実績一覧', '結婚支援事業', '組', 10, null, { actualStatus: 'not-applicable' }),
      ind('事業実績一覧', 'ふるさと納税推進事業', '件', 12000, 13456, { existing: 'A' }),
    ],
    groups: [],
  },
};

const fyMatrix: W = {
  name: 'h12-kpi-fy-matrix',
  layout: 'KPI検証シート: KPI × FY2021…FY2024 columns, 目標/実績 row pairs, values "1,765 人", FY2024 targets only, a KPI with no targets, a down note',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [28, 6, 12, 12, 12, 14]);
    put(ws, 1, 1, ['FY2023　地方創生ＫＰＩ検証シート']);
    put(ws, 2, 1, ['（検証対象：FY2023 実績）']);
    put(ws, 4, 1, ['ＫＰＩ', '区分', 'FY2021', 'FY2022', 'FY2023', 'FY2024（目標年度）']);
    const kpi = (row: number, name: string, t: string[], a: string[]) => {
      put(ws, row, 1, [name, '目標', ...t]);
      put(ws, row + 1, 2, ['実績', ...a]);
      ws.mergeCells(row, 1, row + 1, 1);
    };
    kpi(5, '転入者数', ['1,800 人', '1,850 人', '1,900 人', '1,950 人'], ['1,765 人', '1,802 人', '1,874 人']);
    kpi(7, '新規就農者数', ['10 人', '10 人', '10 人', '10 人'], ['8 人', '11 人', '6 人']);
    kpi(9, '転出超過数', ['300 人', '280 人', '260 人', '240 人'], ['312 人', '295 人', '248 人']);
    kpi(11, '観光入込客数', ['-', '-', '-', '-'], ['512 千人', '604 千人', '688 千人']);
    put(ws, 14, 1, ['※転出超過数は縮小を目指すＫＰＩ。観光入込客数は目標を設定していない参考指標。']);
  },
  expected: {
    file: 'h12-kpi-fy-matrix.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', '転入者数', '人', 1900, 1874),
      ind('KPI', '新規就農者数', '人', 10, 6),
      ind('KPI', '転出超過数', '人', 260, 248, { direction: 'down' }),
      ind('KPI', '観光入込客数', '千人', null, 688),
    ],
    groups: [],
  },
};

const planArrow: W = {
  name: 'h12-plan-direction-column',
  layout: '成果指標点検評価: 現況 with its 平成 year in the cell, final 目標（R6）, 実績 with （令和5年度） in the cell, a 望ましい方向 ↑/↓ column, 集計中',
  build(wb) {
    const ws = wb.addWorksheet('点検評価');
    widths(ws, [8, 28, 30, 8, 14, 10, 14, 8, 16]);
    put(ws, 1, 1, ['第６次総合計画　成果指標　点検評価表（令和５年度実績）']);
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R6）', '実績', '望ましい方向', '現状把握の方法']);
    put(ws, 4, 1, [1, '観光客入込数', '市内主要観光施設の年間入込客数', '千人', '785\n（平成30年度）', 900, '842\n（令和5年度）', '↑', '観光統計']);
    put(ws, 5, 1, [
      2,
      '市内事業所従業者数',
      '経済センサスによる従業者数',
      '人',
      '10,796\n（平成28年度）',
      '10,100',
      '10,322\n（令和5年度）',
      '↑',
      '市独自調査',
    ]);
    put(ws, 6, 1, [3, '刑法犯認知件数', '市内で認知された刑法犯の件数', '件', '520\n（平成30年度）', 400, '436\n（令和5年度）', '↓', '警察署資料']);
    put(ws, 7, 1, [4, '市民活動団体数', '市民活動センター登録団体数', '団体', '120\n（平成30年度）', 150, '集計中', '↑', '登録台帳']);
    put(ws, 8, 1, [5, '文化施設利用者数', '市民会館・美術館の利用者数', '人', '210,000\n（平成30年度）', '230,000', '168,500\n（令和5年度）', '↑', '施設報告']);
    put(ws, 10, 1, ['※望ましい方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
  },
  expected: {
    file: 'h12-plan-direction-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('点検評価', '観光客入込数', '千人', 900, 842),
      ind('点検評価', '市内事業所従業者数', '人', 10100, 10322),
      ind('点検評価', '刑法犯認知件数', '件', 400, 436, { direction: 'down' }),
      ind('点検評価', '市民活動団体数', '団体', 150, null, { actualStatus: 'pending' }),
      ind('点検評価', '文化施設利用者数', '人', 230000, 168500),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: W[] = [kpiStacked, prevCurrMarks, fullwidthForm, policiesSideBySide, projectText, fyMatrix, planArrow];
