/** Hold-out 76, part 1: multi-year indicator tables with each year a group of columns under a merged year heading. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/**
 * Writes two-row year headings from (row, col): each year's heading merged over its sub-headings on the row below.
 * Returns the column after the last group.
 */
export function yearGroups(ws: Worksheet, row: number, col: number, groups: [string, string[]][]): number {
  let c = col;
  for (const [year, subs] of groups) {
    ws.getCell(row, c).value = year;
    if (subs.length > 1) ws.mergeCells(row, c, row, c + subs.length - 1);
    put(ws, row + 1, c, subs);
    c += subs.length;
  }
  return c;
}

/** Merges the given columns' heading cells over the two heading rows. */
export function mergeDown(ws: Worksheet, row: number, cols: number[]): void {
  for (const c of cols) ws.mergeCells(row, c, row + 1, c);
}

const Y1 = '施策2-3';
const policyGrades = ['B', 'A', 'C', 'B', 'D', 'B'];
const policy: Holdout2Workbook = {
  name: 'h76-yg-policy-three-years',
  layout: '施策評価シート: 令和3〜5年度の各年度に 目標値/実績値/達成度/評価 の4列（年度の見出しを結合）、方向 ↑↓ の列、空の施策評価欄と前年度評価',
  build(wb) {
    const ws = wb.addWorksheet(Y1);
    put(ws, 1, 1, ['あさひ市総合計画　令和6年度 施策評価シート（評価対象年度：令和5年度）']);
    put(ws, 2, 1, [
      '基本目標2　健やかに暮らせるまち',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '担当部：保健福祉部',
    ]);
    put(ws, 3, 1, ['施策2-3　地域福祉の推進']);
    put(ws, 4, 1, ['施策の評価', undefined, undefined, '（前年度評価：B）']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['成果指標', '単位', '方向']);
    const sub = ['目標値', '実績値', '達成度', '評価'];
    yearGroups(ws, 6, 4, [
      ['令和3年度', sub],
      ['令和4年度', sub],
      ['令和5年度', sub],
    ]);
    mergeDown(ws, 6, [1, 2, 3]);
    const rows: (string | number)[][] = [
      ['民生委員・児童委員の充足率', '％', '↑', 100, 96.2, '96.2%', 'B', 100, 95.0, '95.0%', 'B', 100, 93.8, '93.8%', 'B'],
      ['地域サロンの設置数', 'か所', '↑', 40, 38, '95.0%', 'B', 45, 44, '97.8%', 'B', 50, 52, '104.0%', 'A'],
      ['認知症サポーター養成講座の受講者数', '人', '↑', 800, 512, '64.0%', 'C', 900, 1030, '114.4%', 'A', 1000, 745, '74.5%', 'C'],
      ['生活保護受給者のうち就労により自立した人数', '人', '↑', 30, 31, '103.3%', 'A', 32, 25, '78.1%', 'C', 35, 30, '85.7%', 'B'],
      ['孤立死の件数', '件', '↓', 5, 4, '125.0%', 'A', 5, 6, '83.3%', 'B', 4, 7, '57.1%', 'D'],
      ['ボランティアセンター登録者数', '人', '↑', 1500, 1420, '94.7%', 'B', 1600, 1622, '101.4%', 'A', 1700, 1655, '97.4%', 'B'],
    ];
    rows.forEach((r, i) => put(ws, 8 + i, 1, r));
    put(ws, 15, 1, ['方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い（達成度＝目標値÷実績値）']);
    put(ws, 16, 1, ['評価　A：達成度100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 18, 1, ['【施策の成果と課題】']);
    put(ws, 19, 1, ['地域サロンは目標を上回ったが、孤立死の件数が増加しており、見守り体制の強化が課題である。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h76-yg-policy-three-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y1, '民生委員・児童委員の充足率', '％', 100, 93.8, { existing: 'B' }),
      ind(Y1, '地域サロンの設置数', 'か所', 50, 52, { existing: 'A' }),
      ind(Y1, '認知症サポーター養成講座の受講者数', '人', 1000, 745, { existing: 'C' }),
      ind(Y1, '生活保護受給者のうち就労により自立した人数', '人', 35, 30, { existing: 'B' }),
      ind(Y1, '孤立死の件数', '件', 4, 7, { direction: 'down', existing: 'D' }),
      ind(Y1, 'ボランティアセンター登録者数', '人', 1700, 1655, { existing: 'B' }),
    ],
    groups: [{ sheet: Y1, cell: 'B4', grade: rollUp(policyGrades) }],
  },
};

const Y2a = '事業評価(1)';
const Y2b = '事業評価(2)';
const projectSheet = (
  ws: Worksheet,
  project: string,
  section: string,
  outline: string,
  rows: (string | number | undefined)[][],
  direction: string,
  note?: string,
) => {
  put(ws, 1, 1, ['令和7年度　事務事業評価シート（令和6年度実績）']);
  put(ws, 2, 1, ['評価対象年度', '令和6年度', undefined, undefined, undefined, '担当課', section]);
  put(ws, 3, 1, ['事業名', project]);
  ws.mergeCells('B3:E3');
  put(ws, 4, 1, ['事業概要', outline]);
  ws.mergeCells('B4:J4');
  put(ws, 6, 1, ['区分', '指標名', '単位']);
  yearGroups(ws, 6, 4, [
    ['令和4年度', ['目標', '実績']],
    ['令和5年度', ['目標', '実績']],
    ['令和6年度', ['目標', '実績']],
    ['令和7年度（目標）', ['目標']],
  ]);
  mergeDown(ws, 6, [1, 2, 3]);
  rows.forEach((r, i) => put(ws, 8 + i, 1, r));
  put(ws, 12, 1, ['今後の方向性', direction]);
  if (note) put(ws, 13, 1, ['備考', note]);
  ws.getColumn(2).width = 30;
};
const r7target: Holdout2Workbook = {
  name: 'h76-yg-project-r7-target-right',
  layout:
    '事務事業評価シート（1事業1シート×2）: 令和4〜6年度の 目標/実績 の組と右端に目標だけの「令和7年度（目標）」、表題は令和7年度、評価対象年度の欄は令和6年度、未実施',
  build(wb) {
    projectSheet(
      wb.addWorksheet(Y2a),
      '子ども食堂支援事業',
      'こども政策課',
      '地域で子ども食堂を運営する団体に運営費と食材を支援し、子どもの居場所づくりを進める。',
      [
        ['活動指標', '補助金交付団体数', '団体', 10, 9, 12, 12, 14, 13, 16],
        ['活動指標', 'フードバンクからの食材提供回数', '回', 24, 20, 36, 33, 48, 50, 48],
        ['成果指標', '子ども食堂の延べ利用者数', '人', 3000, 2845, 4000, 4120, 5000, 3650, 6000],
      ],
      '拡充',
    );
    projectSheet(
      wb.addWorksheet(Y2b),
      '高齢者見守りネットワーク事業',
      '地域包括ケア課',
      '新聞販売店・金融機関等と見守り協定を結び、異変の早期発見と通報につなげる。',
      [
        ['活動指標', '見守り協定締結事業者数', '事業者', 40, 42, 45, 47, 50, 49, 55],
        ['活動指標', '見守り研修会の開催回数', '回', 6, 6, 6, 4, 8, '未実施', 8],
        ['成果指標', '見守りによる異変の早期発見件数', '件', 20, 18, 20, 25, 25, 31, 25],
      ],
      '継続',
      '令和6年度の研修会は講師の調整がつかず未実施。',
    );
  },
  expected: {
    file: 'h76-yg-project-r7-target-right.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y2a, '補助金交付団体数', '団体', 14, 13),
      ind(Y2a, 'フードバンクからの食材提供回数', '回', 48, 50),
      ind(Y2a, '子ども食堂の延べ利用者数', '人', 5000, 3650),
      ind(Y2b, '見守り協定締結事業者数', '事業者', 50, 49),
      ind(Y2b, '見守り研修会の開催回数', '回', 8, null, { actualStatus: 'not-implemented' }),
      ind(Y2b, '見守りによる異変の早期発見件数', '件', 25, 31),
    ],
    groups: [],
  },
};

const Y3 = '進行管理表';
const lastYearGrade: Holdout2Workbook = {
  name: 'h76-yg-eval-column-last-year',
  layout:
    '男女共同参画プラン進行管理表: 令和5年度・令和6年度の 目標値/実績値/達成度/評価、評価年度は令和6年度で令和6年度の達成度・評価は空欄（評価は令和5年度のものだけ）、隔年調査の「－」、集計中',
  build(wb) {
    const ws = wb.addWorksheet(Y3);
    put(ws, 1, 1, ['第3次さくら市男女共同参画プラン　成果指標 進行管理表']);
    put(ws, 2, 1, ['評価年度', '令和6年度', undefined, undefined, undefined, undefined, undefined, undefined, '所管：人権・男女共同参画課']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '基準値（R2）']);
    const sub = ['目標値', '実績値', '達成度', '評価'];
    const end = yearGroups(ws, 4, 5, [
      ['令和5年度', sub],
      ['令和6年度', sub],
    ]);
    put(ws, 4, end, ['備考']);
    mergeDown(ws, 4, [1, 2, 3, 4, end]);
    const rows: (string | number | undefined)[][] = [
      [1, '審議会等における女性委員の割合', '％', 28.5, 35.0, 31.2, '89.1%', 'B', 37.0, 33.9],
      [2, '市職員の管理職に占める女性の割合', '％', 15.2, 20.0, 18.4, '92.0%', 'B', 22.0, 22.6],
      [3, '男性職員の育児休業取得率', '％', 12.0, 50.0, 46.2, '92.4%', 'B', 60.0, 38.5],
      [4, '「社会全体で男女の地位が平等」と感じる市民の割合', '％', 18.4, 25.0, '－', '－', '－', 27.0, 21.3, undefined, undefined, '市民意識調査（隔年）'],
      [5, 'DV相談窓口の認知度', '％', 45.0, 60.0, 52.8, '88.0%', 'B', 65.0, 66.1],
      [6, '女性のための再就職支援講座の受講者数', '人', 32, 40, 44, '110.0%', 'A', 45, '集計中', undefined, undefined, '講座は3月実施'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※達成度＝実績値÷目標値。評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 14, 1, ['※令和6年度の達成度・評価は、男女共同参画推進会議（令和7年7月）で決定する。']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h76-yg-eval-column-last-year.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y3, '審議会等における女性委員の割合', '％', 37.0, 33.9),
      ind(Y3, '市職員の管理職に占める女性の割合', '％', 22.0, 22.6),
      ind(Y3, '男性職員の育児休業取得率', '％', 60.0, 38.5),
      ind(Y3, '「社会全体で男女の地位が平等」と感じる市民の割合', '％', 27.0, 21.3),
      ind(Y3, 'DV相談窓口の認知度', '％', 65.0, 66.1),
      ind(Y3, '女性のための再就職支援講座の受講者数', '人', 45, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const Y4 = '進捗管理';
const planDiff: Holdout2Workbook = {
  name: 'h76-yg-ad-plan-actual-diff',
  layout:
    '観光振興計画の数値目標: 西暦の年度ごとに 計画/実績/差（▲・＋）、2024年度は計画だけ、評価年度の欄は「2023年度（令和5年度）」、全角数字と「人」付きの文字',
  build(wb) {
    const ws = wb.addWorksheet(Y4);
    put(ws, 1, 1, ['ひまわり市観光振興計画　数値目標の進捗管理表']);
    put(ws, 2, 1, ['評価年度', '2023年度（令和5年度）', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '観光交流課']);
    put(ws, 4, 1, ['数値目標', '単位']);
    const sub = ['計画', '実績', '差'];
    yearGroups(ws, 4, 3, [
      ['2021年度', sub],
      ['2022年度', sub],
      ['2023年度', sub],
      ['2024年度', sub],
    ]);
    mergeDown(ws, 4, [1, 2]);
    const rows: (string | number | undefined)[][] = [
      ['観光入込客数', '千人', '９００', '７８０', '▲１２０', '１，０００', '１，０５０', '＋５０', '１，１００', '１，０３２', '▲６８', '１，２００'],
      ['宿泊客数', '千人', 180, 152, '▲28', 200, 210, '+10', 220, 236, '+16', 240],
      ['観光案内所の利用者数', '人', '10,000人', '8,420人', '▲1,580人', '12,000人', '12,310人', '+310人', '15,000人', '11,800人', '▲3,200人', '16,000人'],
      ['観光ボランティアガイドの登録者数', '人', 50, 47, '▲3', 55, 55, '0', 60, 58, '▲2', 65],
      ['外国人観光客数', '人', 3000, 1210, '▲1,790', 5000, 6820, '+1,820', 8000, 9450, '+1,450', 10000],
      ['観光ポータルサイトのアクセス数', '万件', 40, 31.2, '▲8.8', 45, 36.0, '▲9.0', 50, 27.5, '▲22.5', 55],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※差＝実績－計画（▲はマイナス）。2024年度の実績は次回の進捗管理で記載する。']);
    put(ws, 14, 1, ['※観光ポータルサイトは2023年度にリニューアルのため約2か月閉鎖。']);
    ws.getColumn(1).width = 32;
  },
  expected: {
    file: 'h76-yg-ad-plan-actual-diff.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y4, '観光入込客数', '千人', 1100, 1032),
      ind(Y4, '宿泊客数', '千人', 220, 236),
      ind(Y4, '観光案内所の利用者数', '人', 15000, 11800),
      ind(Y4, '観光ボランティアガイドの登録者数', '人', 60, 58),
      ind(Y4, '外国人観光客数', '人', 8000, 9450),
      ind(Y4, '観光ポータルサイトのアクセス数', '万件', 50, 27.5),
    ],
    groups: [],
  },
};

const Y5 = 'KPI';
const actualFirst: Holdout2Workbook = {
  name: 'h76-yg-kpi-actual-first',
  layout:
    '創生総合戦略 KPI: 3行の見出し（「実績の推移」の下に年度、その下に 実績/目標/達成率 と実績が先）、右端に「最終目標（令和6年度）」、転出超過数は少ないほど良いと注記',
  build(wb) {
    const ws = wb.addWorksheet(Y5);
    put(ws, 1, 1, ['第2期かえで市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）　令和5年度実績']);
    put(ws, 2, 1, [
      '基本目標2　新しいひとの流れをつくる',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '政策企画課',
    ]);
    put(ws, 4, 1, ['重要業績評価指標（KPI）', '単位', '実績の推移']);
    ws.mergeCells(4, 3, 4, 11);
    const sub = ['実績', '目標', '達成率'];
    yearGroups(ws, 5, 3, [
      ['令和3年度', sub],
      ['令和4年度', sub],
      ['令和5年度', sub],
    ]);
    put(ws, 4, 12, ['最終目標（令和6年度）']);
    ws.mergeCells(4, 12, 6, 12);
    ws.mergeCells(4, 1, 6, 1);
    ws.mergeCells(4, 2, 6, 2);
    const rows: (string | number | undefined)[][] = [
      ['移住相談件数', '件', 120, 100, '120.0%', 142, 120, '118.3%', 131, 140, '93.6%', 160],
      ['移住支援制度を利用した移住者数', '人', 52, 60, '86.7%', 71, 80, '88.8%', 86, 100, '86.0%', 120],
      ['空き家バンクの成約件数', '件', 11, 12, '91.7%', 15, 16, '93.8%', 14, 20, '70.0%', 24],
      ['市の支援による新規創業者数', '人', 18, 20, '90.0%', 23, 22, '104.5%', 25, 24, '104.2%', 26],
      ['転出超過数', '人', 468, 400, '85.5%', 439, 350, '79.7%', 412, 300, '72.8%', 250],
      ['地域おこし協力隊員の任期後の定住率', '％', 66.7, 70.0, '95.3%', 75.0, 70.0, '107.1%', 62.5, 75.0, '83.3%', 80.0],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 1, r));
    put(ws, 14, 1, ['※達成率＝実績÷目標。ただし転出超過数は少ないほど良い指標のため、達成率＝目標÷実績とする。']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h76-yg-kpi-actual-first.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y5, '移住相談件数', '件', 140, 131),
      ind(Y5, '移住支援制度を利用した移住者数', '人', 100, 86),
      ind(Y5, '空き家バンクの成約件数', '件', 20, 14),
      ind(Y5, '市の支援による新規創業者数', '人', 24, 25),
      ind(Y5, '転出超過数', '人', 300, 412, { direction: 'down' }),
      ind(Y5, '地域おこし協力隊員の任期後の定住率', '％', 75.0, 62.5),
    ],
    groups: [],
  },
};

const Y6 = '事務事業評価一覧';
const wordsList: Holdout2Workbook = {
  name: 'h76-yg-project-list-words',
  layout:
    '教育委員会の事務事業評価結果一覧: 事業ごとの行、成果指標名に単位の括弧、令和4年度・令和5年度に 目標/実績/評価（順調〜遅れている の言葉）、新規事業の「－」、未実施',
  build(wb) {
    const ws = wb.addWorksheet(Y6);
    put(ws, 1, 1, ['令和5年度　事務事業評価結果一覧（教育委員会）']);
    put(ws, 3, 1, ['No.', '事業名', '成果指標（単位）']);
    const sub = ['目標', '実績', '評価'];
    const end = yearGroups(ws, 3, 4, [
      ['令和4年度', sub],
      ['令和5年度', sub],
    ]);
    put(ws, 3, end, ['今後の方向性']);
    mergeDown(ws, 3, [1, 2, 3, end]);
    const rows: (string | number)[][] = [
      [1, '英語教育推進事業', '中学3年生の英検3級相当以上の割合（％）', 50.0, 47.3, 'おおむね順調', 55.0, 49.8, 'おおむね順調', '継続'],
      [2, '学校図書館活用事業', '児童1人当たりの年間貸出冊数（冊）', 60, 58.1, 'おおむね順調', 65, 66.4, '順調', '継続'],
      [3, 'ICT教育推進事業', '授業でICTを活用できる教員の割合（％）', 80.0, 82.5, '順調', 90.0, 71.2, 'やや遅れている', '見直し'],
      [4, '不登校対策事業', '不登校児童生徒の学校復帰率（％）', 40.0, 35.2, 'おおむね順調', 40.0, 22.6, '遅れている', '拡充'],
      [5, '放課後子ども教室事業', '放課後子ども教室の延べ参加者数（人）', 12000, 9850, 'おおむね順調', 12000, 13420, '順調', '継続'],
      [6, '部活動地域移行推進事業', '地域クラブへ移行した種目数（種目）', '－', '－', '－', 4, '未実施', '遅れている', '見直し'],
      [7, '学校給食地産地消推進事業', '給食における市内産食材の使用率（％）', 30.0, 28.8, 'おおむね順調', 32.0, 27.1, 'おおむね順調', '継続'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['評価　順調：目標を達成　おおむね順調：達成率80％以上　やや遅れている：60％以上　遅れている：60％未満']);
    put(ws, 14, 1, ['※部活動地域移行推進事業は令和5年度からの新規事業。受入れ団体の調整が整わず、移行は令和6年度以降となった。']);
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h76-yg-project-list-words.xlsx',
    fiscalYear: 2023,
    // The department's grades are written in the standard scale's words; `existing` is their letter (the project's convention).
    indicators: [
      ind(Y6, '中学3年生の英検3級相当以上の割合', '％', 55.0, 49.8, { existing: 'B' }),
      ind(Y6, '児童1人当たりの年間貸出冊数', '冊', 65, 66.4, { existing: 'A' }),
      ind(Y6, '授業でICTを活用できる教員の割合', '％', 90.0, 71.2, { existing: 'C' }),
      ind(Y6, '不登校児童生徒の学校復帰率', '％', 40.0, 22.6, { existing: 'D' }),
      ind(Y6, '放課後子ども教室の延べ参加者数', '人', 12000, 13420, { existing: 'A' }),
      ind(Y6, '地域クラブへ移行した種目数', '種目', 4, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(Y6, '給食における市内産食材の使用率', '％', 32.0, 27.1, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const YEAR_WORKBOOKS: Holdout2Workbook[] = [policy, r7target, lastYearGrade, planDiff, actualFirst, wordsList];
