/** Hold-out 63, part 2: a second 事業実績 table, then four layouts outside the families (years as rows, label/value blocks, targets and actuals on two sheets, measure headings over period sub-columns). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const B2 = '事務事業';
const projRate: Holdout2Workbook = {
  name: 'h63-project-rate-column-reference',
  layout: '事務事業の実績表（B列から）: 評価の列が事業名の前、目標・実績は文字（「受講者 300人」）、算出済みの達成度の列、（参考）行、今後の方向性',
  build(wb) {
    const ws = wb.addWorksheet(B2);
    put(ws, 1, 2, ['令和５年度　生涯学習課　事務事業実績一覧']);
    put(ws, 2, 2, ['（令和６年５月　教育委員会事務局）']);
    put(ws, 4, 2, ['評価', '事業名', '令和5年度', undefined, '達成度', '今後の方向性']);
    put(ws, 5, 4, ['目標', '実績']);
    ws.mergeCells('D4:E4');
    for (const c of ['B', 'C', 'F', 'G']) ws.mergeCells(`${c}4:${c}5`);
    const rows: string[][] = [
      ['B', '市民大学講座事業', '受講者 300人', '受講者 276人', '92.0%', '継続'],
      ['A', '家庭教育学級事業', '開催 24回', '開催 24回', '100.0%', '継続'],
      ['C', '青少年体験活動事業', '参加者 150人', '参加者 98人', '65.3%', '見直し'],
      ['A', '図書館おはなし会事業', '延べ参加 1,200人', '延べ参加 1,315人', '109.6%', '拡充'],
      ['B', '文化財公開事業', '公開日数 60日', '公開日数 52日', '86.7%', '継続'],
      ['－', '（参考）社会教育施設の延べ利用者数', '－', '184,220人', '－', '－'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 2, r));
    put(ws, 13, 2, ['※評価　A：目標を達成　B：概ね達成（80％以上）　C：一部達成（60％以上）　D：未達成']);
    ws.getColumn(3).width = 34;
    ws.getColumn(4).width = 18;
    ws.getColumn(5).width = 18;
  },
  expected: {
    file: 'h63-project-rate-column-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B2, '市民大学講座事業', '人', 300, 276, { existing: 'B' }),
      ind(B2, '家庭教育学級事業', '回', 24, 24, { existing: 'A' }),
      ind(B2, '青少年体験活動事業', '人', 150, 98, { existing: 'C' }),
      ind(B2, '図書館おはなし会事業', '人', 1200, 1315, { existing: 'A' }),
      ind(B2, '文化財公開事業', '日', 60, 52, { existing: 'B' }),
    ],
    groups: [],
  },
};

const N1 = '指標の推移';
const yearsRows: Holdout2Workbook = {
  name: 'h63-years-as-rows',
  layout: '年度が行: 指標名（単位つき）の結合見出しの下に 目標/実績 の2列ずつ、令和6年度の行は目標のみ、待機児童数は目標0で減少の方向は注記だけ',
  build(wb) {
    const ws = wb.addWorksheet(N1);
    put(ws, 1, 1, ['子ども・子育て支援事業計画　指標の推移（令和5年度評価）']);
    put(ws, 2, 9, ['こども未来課']);
    const heads = [
      '待機児童数（人）',
      '保育所等の利用定員（人）',
      '一時預かり事業の延べ利用者数（人）',
      '病児保育事業の利用日数（日）',
      '子育て相談の件数（件）',
    ];
    put(ws, 4, 1, ['年度']);
    heads.forEach((h, i) => {
      put(ws, 4, 2 + 2 * i, [h]);
      ws.mergeCells(4, 2 + 2 * i, 4, 3 + 2 * i);
      put(ws, 5, 2 + 2 * i, ['目標', '実績']);
    });
    ws.mergeCells('A4:A5');
    const rows: (string | number | undefined)[][] = [
      ['令和2年度', 5, 14, 1700, 1688, 3600, 2950, 800, 540, 2100, 2264],
      ['令和3年度', 3, 9, 1750, 1735, 3800, 3710, 840, 610, 2200, 2391],
      ['令和4年度', 0, 6, 1800, 1762, 4000, 4105, 870, 655, 2300, 2448],
      ['令和5年度', 0, 2, 1850, 1790, 4200, 4630, 900, 712, 2400, 2515],
      ['令和6年度', 0, undefined, 1900, undefined, 4400, undefined, 930, undefined, 2500],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 12, 1, ['※待機児童数は減少（解消）を目指す指標。各年度4月1日現在。']);
    ws.getColumn(1).width = 12;
    for (let c = 2; c <= 11; c++) ws.getColumn(c).width = 11;
  },
  expected: {
    file: 'h63-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N1, '待機児童数', '人', 0, 2, { direction: 'down' }),
      ind(N1, '保育所等の利用定員', '人', 1850, 1790),
      ind(N1, '一時預かり事業の延べ利用者数', '人', 4200, 4630),
      ind(N1, '病児保育事業の利用日数', '日', 900, 712),
      ind(N1, '子育て相談の件数', '件', 2400, 2515),
    ],
    groups: [],
  },
};

const N2 = '事業評価調書';
const labelValue: Holdout2Workbook = {
  name: 'h63-label-value-blocks',
  layout:
    'ラベル/値の調書: 事業ごとのブロックを縦に3つ、B列がラベル（指標名・単位・前年度実績（R4）・目標値（R5）・実績値（R5）・評価）、C列が活動指標、D列が成果指標',
  build(wb) {
    const ws = wb.addWorksheet(N2);
    put(ws, 1, 2, ['令和5年度　事務事業評価調書（高齢福祉課）']);
    const block = (top: number, project: string, a: (string | number)[], b: (string | number)[]) => {
      put(ws, top, 2, ['事業名', project]);
      ws.mergeCells(top, 3, top, 4);
      put(ws, top + 1, 2, ['区分', '活動指標', '成果指標']);
      const labels = ['指標名', '単位', '前年度実績（R4）', '目標値（R5）', '実績値（R5）', '評価'];
      labels.forEach((l, i) => put(ws, top + 2 + i, 2, [l, a[i], b[i]]));
    };
    block(3, '高齢者見守りネットワーク事業', ['見守り協力事業所数', '事業所', 118, 130, 127, 'B'], ['見守りによる早期発見件数', '件', 14, 20, 23, 'A']);
    block(12, '介護予防サロン支援事業', ['設置サロン数', 'か所', 42, 48, 45, 'B'], ['サロン参加高齢者の実人数', '人', 860, 1000, 742, 'C']);
    block(21, '認知症サポーター養成事業', ['養成講座の開催回数', '回', 18, 20, 22, 'A'], ['認知症サポーター数（累計）', '人', 9420, 10500, 10130, 'B']);
    put(ws, 30, 2, ['※評価　A：達成　B：概ね達成　C：やや不十分　D：不十分']);
    ws.getColumn(2).width = 18;
    ws.getColumn(3).width = 28;
    ws.getColumn(4).width = 28;
  },
  expected: {
    file: 'h63-label-value-blocks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N2, '見守り協力事業所数', '事業所', 130, 127, { existing: 'B' }),
      ind(N2, '見守りによる早期発見件数', '件', 20, 23, { existing: 'A' }),
      ind(N2, '設置サロン数', 'か所', 48, 45, { existing: 'B' }),
      ind(N2, 'サロン参加高齢者の実人数', '人', 1000, 742, { existing: 'C' }),
      ind(N2, '養成講座の開催回数', '回', 20, 22, { existing: 'A' }),
      ind(N2, '認知症サポーター数（累計）', '人', 10500, 10130, { existing: 'B' }),
    ],
    groups: [],
  },
};

const ST = '目標値';
const SA = '実績値';
const split: Holdout2Workbook = {
  name: 'h63-split-target-actual-sheets',
  layout:
    '目標と実績を別シートに: 目標値シート（単位の列、R3〜R7）と実績値シート（並び順が違う、単位なし、R6 は空欄、（参考）行）、評価年度は目標値シートの注記',
  build(wb) {
    const t = wb.addWorksheet(ST);
    put(t, 1, 1, ['地域防災・住まいの安全計画　年度別目標値']);
    put(t, 2, 1, ['（評価年度：令和5年度）']);
    put(t, 4, 1, ['指標', '単位', 'R3', 'R4', 'R5', 'R6', 'R7']);
    const targets: (string | number)[][] = [
      ['自主防災組織の組織率', '％', 84.0, 86.0, 88.0, 90.0, 92.0],
      ['防災訓練の参加者数', '人', 4800, 5000, 5200, 5400, 5600],
      ['木造住宅耐震診断件数', '件', 40, 40, 40, 40, 40],
      ['住宅の耐震化率', '％', 89.0, 90.5, 92.0, 93.5, 95.0],
      ['防災メール登録者数', '人', 11000, 13000, 15000, 17000, 19000],
      ['空き家の除却件数（累計）', '件', 25, 50, 75, 100, 125],
    ];
    targets.forEach((r, i) => put(t, 5 + i, 1, r));
    t.getColumn(1).width = 30;
    const a = wb.addWorksheet(SA);
    put(a, 1, 1, ['地域防災・住まいの安全計画　実績値（令和5年度まで記入）']);
    put(a, 3, 1, ['指標', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    const actuals: (string | number)[][] = [
      ['防災訓練の参加者数', 3910, 4420, 4480],
      ['自主防災組織の組織率', 83.1, 84.9, 86.2],
      ['住宅の耐震化率', 88.7, 89.6, 90.3],
      ['木造住宅耐震診断件数', 36, 44, 41],
      ['（参考）市の総人口', 68412, 67790, 67105],
      ['空き家の除却件数（累計）', 27, 52, 78],
      ['防災メール登録者数', 9850, 10600, 11200],
    ];
    actuals.forEach((r, i) => put(a, 4 + i, 1, r));
    put(a, 12, 1, ['※耐震化率は推計値。総人口は各年度末の住民基本台帳人口。']);
    a.getColumn(1).width = 30;
  },
  expected: {
    file: 'h63-split-target-actual-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(ST, '自主防災組織の組織率', '％', 88.0, 86.2),
      ind(ST, '防災訓練の参加者数', '人', 5200, 4480),
      ind(ST, '木造住宅耐震診断件数', '件', 40, 41),
      ind(ST, '住宅の耐震化率', '％', 92.0, 90.3),
      ind(ST, '防災メール登録者数', '人', 15000, 11200),
      ind(ST, '空き家の除却件数（累計）', '件', 75, 78),
    ],
    groups: [],
  },
};

const N3 = '観光振興';
const measureOver: Holdout2Workbook = {
  name: 'h63-measure-over-periods-total',
  layout: '「目標値」「実績値」の結合見出しの下に 令和4〜6年度の小列、表は B5 から、地区別の行と「計」の行、（参考）行、令和6年度の実績は空欄、備考列',
  build(wb) {
    const ws = wb.addWorksheet(N3);
    put(ws, 1, 2, ['観光振興計画　成果指標の達成状況（令和5年度）']);
    put(ws, 3, 2, ['商工観光部 観光交流課']);
    put(ws, 5, 2, ['成果指標', '単位', '目標値', undefined, undefined, '実績値', undefined, undefined, '備考']);
    ws.mergeCells('D5:F5');
    ws.mergeCells('G5:I5');
    put(ws, 6, 4, ['令和4年度', '令和5年度', '令和6年度', '令和4年度', '令和5年度', '令和6年度']);
    for (const c of ['B', 'C', 'J']) ws.mergeCells(`${c}5:${c}6`);
    const rows: (string | number | undefined)[][] = [
      ['観光入込客数（温泉地区）', '人', 400000, 420000, 440000, 371200, 398500, undefined, '日帰り客を含む'],
      ['観光入込客数（市街地区）', '人', 250000, 260000, 270000, 248900, 271300],
      ['観光入込客数　計', '人', 650000, 680000, 710000, 620100, 669800],
      ['外国人宿泊者数', '人', 10000, 12000, 14000, 5120, 7450, undefined, '延べ人数'],
      ['観光案内所の利用者数', '人', 28000, 30000, 32000, 27450, 31820],
      ['観光ボランティアガイドの案内件数', '件', 330, 350, 370, 301, 262, undefined, 'ガイドの高齢化'],
      ['（参考）観光消費額（推計）', '億円', undefined, undefined, undefined, 98.2, 104.6],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 2, r));
    put(ws, 15, 2, ['※実績値は暦年の観光入込客統計による。']);
    ws.getColumn(2).width = 34;
    ws.getColumn(10).width = 18;
  },
  expected: {
    file: 'h63-measure-over-periods-total.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N3, '観光入込客数（温泉地区）', '人', 420000, 398500),
      ind(N3, '観光入込客数（市街地区）', '人', 260000, 271300),
      ind(N3, '外国人宿泊者数', '人', 12000, 7450),
      ind(N3, '観光案内所の利用者数', '人', 30000, 31820),
      ind(N3, '観光ボランティアガイドの案内件数', '件', 350, 262),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [projRate, yearsRows, labelValue, split, measureOver];
