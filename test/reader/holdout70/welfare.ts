/** Hold-out 70, part 2: 障害者計画（分野ごとのシートに小さな表）, 子どもの貧困対策計画, 市営住宅長寿命化計画の進捗管理票, 公民館の運営評価. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { Worksheet } from 'exceljs';

/** One small table of a 障害福祉サービス: its title, then 計画値（見込量）/実績/達成率 rows over three years. */
function service(ws: Worksheet, top: number, title: string, unit: string, plan: number[], actual: (number | string)[], rate: (number | string)[]): void {
  put(ws, top, 1, [title]);
  put(ws, top + 1, 1, ['区分', '単位', '令和3年度', '令和4年度', '令和5年度']);
  put(ws, top + 2, 1, ['計画値（見込量）', unit, ...plan]);
  put(ws, top + 3, 1, ['実績', unit, ...actual]);
  put(ws, top + 4, 1, ['達成率', '％', ...rate]);
}

const D1 = '1 地域生活';
const D2 = '2 就労支援';
const disability: Holdout2Workbook = {
  name: 'h70-disability-plan',
  layout:
    '障害者計画・障害福祉計画: 分野ごとのシート（1 地域生活、2 就労支援）に、サービスごとの小さな表（計画値（見込量）/実績/達成率 × 令和3〜5年度）を縦に積む、集計中',
  build(wb) {
    const a = wb.addWorksheet(D1);
    put(a, 1, 1, ['みなと市障害者計画・第6期障害福祉計画　令和5年度 実績（分野1　地域生活の支援）']);
    put(a, 2, 5, ['障害福祉課']);
    service(a, 4, '(1) 居宅介護', '時間/月', [3200, 3300, 3400], [3050, 3180, 3290], [95.3, 96.4, 96.8]);
    service(a, 10, '(2) 短期入所（ショートステイ）', '人日/月', [420, 440, 460], [388, 371, 352], [92.4, 84.3, 76.5]);
    service(a, 16, '(3) 共同生活援助（グループホーム）', '人', [95, 105, 115], [98, 108, 121], [103.2, 102.9, 105.2]);
    service(a, 22, '(4) 計画相談支援', '人/月', [310, 325, 340], [301, 318, '集計中'], [97.1, 97.8, '－']);
    put(a, 28, 1, ['※計画値は第6期障害福祉計画（令和3～5年度）の見込量。']);
    put(a, 29, 1, ['※月当たりの項目は、各年度の月平均。計画相談支援の令和5年度実績は国保連の確定待ち。']);
    a.getColumn(1).width = 34;
    const b = wb.addWorksheet(D2);
    put(b, 1, 1, ['みなと市障害者計画・第6期障害福祉計画　令和5年度 実績（分野2　就労支援）']);
    put(b, 2, 5, ['障害福祉課']);
    service(b, 4, '(1) 就労移行支援', '人/月', [48, 50, 52], [41, 39, 36], [85.4, 78.0, 69.2]);
    service(b, 10, '(2) 就労継続支援（B型）', '人/月', [260, 270, 280], [268, 279, 287], [103.1, 103.3, 102.5]);
    service(b, 16, '(3) 福祉施設から一般就労への移行者数', '人', [14, 16, 18], [12, 15, 9], [85.7, 93.8, 50.0]);
    put(b, 22, 1, ['※計画値は第6期障害福祉計画（令和3～5年度）の見込量。']);
    b.getColumn(1).width = 34;
  },
  expected: {
    file: 'h70-disability-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D1, '居宅介護', '時間/月', 3400, 3290),
      ind(D1, '短期入所（ショートステイ）', '人日/月', 460, 352),
      ind(D1, '共同生活援助（グループホーム）', '人', 115, 121),
      ind(D1, '計画相談支援', '人/月', 340, null, { actualStatus: 'pending' }),
      ind(D2, '就労移行支援', '人/月', 52, 36),
      ind(D2, '就労継続支援（B型）', '人/月', 280, 287),
      ind(D2, '福祉施設から一般就労への移行者数', '人', 18, 9),
    ],
    groups: [],
  },
};

const P = '指標の状況';
const final = <T extends object>(x: T) => ({ ...x, targetSource: 'final' });
const poverty: Holdout2Workbook = {
  name: 'h70-child-poverty-plan',
  layout:
    '子どもの貧困対策推進計画: 計画策定時・目標（最終年度）・令和5年度実績の列、全角数字、「112人」、集計中と「－」（5年ごとの調査）、減少を目指す指標は表の下の注記',
  build(wb) {
    const ws = wb.addWorksheet(P);
    put(ws, 1, 1, ['みなと市子どもの貧困対策推進計画　評価指標の状況']);
    put(ws, 2, 1, ['評価年度：令和5年度', undefined, undefined, undefined, undefined, 'こども家庭課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '計画策定時\n（令和元年度）', '目標\n（令和6年度）', '令和5年度\n実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '生活保護世帯の子どもの高等学校等進学率', '％', 91.3, 100, 96.8],
      [2, '生活保護世帯の子どもの大学等進学率', '％', 30.4, 40.0, 33.3],
      [3, 'ひとり親家庭の親の就業率', '％', 81.5, 90.0, 85.2],
      [4, '学習支援事業の参加者数', '人', 64, 100, '112人'],
      [5, '子ども食堂の設置数', 'か所', 6, 15, '１３'],
      [6, 'スクールソーシャルワーカーの支援件数', '件', 420, 600, '集計中', '令和6年6月確定予定'],
      [7, '経済的な理由で必要な物が買えなかった経験のある世帯の割合', '％', 12.4, 8.0, '－', '子どもの生活実態調査（5年ごと、次回は令和6年度）'],
      [8, '養育費に関する相談件数', '件', 35, 60, 58],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 14, 1, ['※目標は計画最終年度（令和6年度）の値。']);
    put(ws, 15, 1, ['※No.7は減少を目指す指標。']);
    put(ws, 16, 1, ['※No.1・No.2は令和6年3月の中学校・高等学校等卒業者の数値。']);
    ws.getColumn(2).width = 46;
  },
  expected: {
    file: 'h70-child-poverty-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(P, '生活保護世帯の子どもの高等学校等進学率', '％', 100, 96.8)),
      final(ind(P, '生活保護世帯の子どもの大学等進学率', '％', 40.0, 33.3)),
      final(ind(P, 'ひとり親家庭の親の就業率', '％', 90.0, 85.2)),
      final(ind(P, '学習支援事業の参加者数', '人', 100, 112)),
      final(ind(P, '子ども食堂の設置数', 'か所', 15, 13)),
      final(ind(P, 'スクールソーシャルワーカーの支援件数', '件', 600, null, { actualStatus: 'pending' })),
      final(ind(P, '経済的な理由で必要な物が買えなかった経験のある世帯の割合', '％', 8.0, null, { direction: 'down', actualStatus: 'not-applicable' })),
      final(ind(P, '養育費に関する相談件数', '件', 60, 58)),
    ],
    groups: [],
  },
};

const H = '進捗管理票';
interface Block {
  no: number;
  name: string;
  unit: string;
  target: string | number;
  actual: string | number;
  grade: string;
  note?: string;
}
const housingBlocks: Block[] = [
  { no: 1, name: '外壁改修を実施した住棟数（累計）', unit: '棟', target: 18, actual: 17, grade: 'B', note: '南団地3号棟は令和7年度に繰越' },
  { no: 2, name: '屋上防水改修を実施した住棟数（累計）', unit: '棟', target: '12棟', actual: '12棟', grade: 'A' },
  { no: 3, name: '給水管を更新した住戸数（累計）', unit: '戸', target: 240, actual: 186, grade: 'C' },
  { no: 4, name: '入居率', unit: '％', target: 92.0, actual: 87.5, grade: 'B', note: '令和7年3月31日時点' },
  { no: 5, name: '住棟の耐震化率', unit: '％', target: 100, actual: 100, grade: 'A' },
  { no: 6, name: '空き住戸の修繕戸数', unit: '戸', target: 30, actual: '未実施', grade: 'D', note: '入札不調のため令和7年度に実施' },
];
const housing: Holdout2Workbook = {
  name: 'h70-municipal-housing-form',
  layout:
    '市営住宅長寿命化計画の進捗管理票: ラベル/値の行（評価対象年度・担当課）、指標ごとのブロック（指標名・単位・目標値・実績値・担当課評価・備考）を2列に並べる、「12棟」、未実施',
  build(wb) {
    const ws = wb.addWorksheet(H);
    put(ws, 1, 1, ['みなと市市営住宅長寿命化計画　進捗管理票']);
    put(ws, 3, 1, ['評価対象年度', '令和6年度']);
    put(ws, 4, 1, ['担当課', '建築住宅課']);
    put(ws, 5, 1, ['計画期間', '令和3年度～令和12年度']);
    housingBlocks.forEach((b, i) => {
      const top = 7 + Math.floor(i / 2) * 8;
      const col = i % 2 === 0 ? 1 : 4;
      put(ws, top, col, [`【指標${b.no}】`]);
      put(ws, top + 1, col, ['指標名', b.name]);
      put(ws, top + 2, col, ['単位', b.unit]);
      put(ws, top + 3, col, ['目標値（令和6年度）', b.target]);
      put(ws, top + 4, col, ['実績値（令和6年度）', b.actual]);
      put(ws, top + 5, col, ['担当課評価', b.grade]);
      put(ws, top + 6, col, ['備考', b.note]);
    });
    put(ws, 32, 1, ['※担当課評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満（未実施はD）']);
    ws.getColumn(1).width = 20;
    ws.getColumn(2).width = 36;
    ws.getColumn(4).width = 20;
    ws.getColumn(5).width = 36;
  },
  expected: {
    file: 'h70-municipal-housing-form.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(H, '外壁改修を実施した住棟数（累計）', '棟', 18, 17, { existing: 'B' }),
      ind(H, '屋上防水改修を実施した住棟数（累計）', '棟', 12, 12, { existing: 'A' }),
      ind(H, '給水管を更新した住戸数（累計）', '戸', 240, 186, { existing: 'C' }),
      ind(H, '入居率', '％', 92.0, 87.5, { existing: 'B' }),
      ind(H, '住棟の耐震化率', '％', 100, 100, { existing: 'A' }),
      ind(H, '空き住戸の修繕戸数', '戸', 30, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

const K = '運営評価';
const kominkan: Holdout2Workbook = {
  name: 'h70-kominkan-evaluation',
  layout:
    '公民館の運営状況評価表: 2段の見出し（令和5年度 目標/実績/達成率/評価 の結合、令和4年度実績・令和6年度目標）、評価の観点の結合セル、「104.4%」の達成率の列',
  build(wb) {
    const ws = wb.addWorksheet(K);
    put(ws, 1, 1, ['令和5年度　みなと市中央公民館　運営状況評価表']);
    put(ws, 2, 1, ['評価の基準　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 4, 1, ['評価の観点', '指標', '単位', '令和4年度', '令和5年度', undefined, undefined, undefined, '令和6年度']);
    put(ws, 5, 4, ['実績', '目標', '実績', '達成率', '評価', '目標']);
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('E4:H4');
    const rows: (string | number | undefined)[][] = [
      ['学習機会の提供', '主催講座の開催数', '講座', 42, 45, 47, '104.4%', 'A', 46],
      [undefined, '主催講座の延べ受講者数', '人', 3150, 3500, 3218, '91.9%', 'B', 3600],
      [undefined, '講座受講者の満足度', '％', 88.2, 90.0, 91.5, '101.7%', 'A', 90.0],
      ['地域活動の拠点', '施設の稼働率', '％', 46.8, 55.0, 51.0, '92.7%', 'B', 58.0],
      [undefined, 'サークル登録団体数', '団体', 118, 125, 109, '87.2%', 'B', 125],
      ['情報発信', '公民館だよりの発行回数', '回', 12, 12, 12, '100.0%', 'A', 12],
      [undefined, 'ホームページ・SNSでの情報発信件数', '件', 86, 120, 64, '53.3%', 'D', 120],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    ws.mergeCells('A6:A8');
    ws.mergeCells('A9:A10');
    ws.mergeCells('A11:A12');
    put(ws, 14, 1, ['※達成率＝実績÷目標']);
    put(ws, 15, 1, ['※令和5年度は空調改修工事（7月～9月）のため大ホールを休館した。']);
    put(ws, 17, 1, ['【公民館運営審議会の意見】']);
    put(ws, 18, 1, ['休館の影響を考えれば概ね順調。情報発信は担当職員の異動で発信が減っており、体制の見直しが必要。']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h70-kominkan-evaluation.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K, '主催講座の開催数', '講座', 45, 47, { existing: 'A' }),
      ind(K, '主催講座の延べ受講者数', '人', 3500, 3218, { existing: 'B' }),
      ind(K, '講座受講者の満足度', '％', 90.0, 91.5, { existing: 'A' }),
      ind(K, '施設の稼働率', '％', 55.0, 51.0, { existing: 'B' }),
      ind(K, 'サークル登録団体数', '団体', 125, 109, { existing: 'B' }),
      ind(K, '公民館だよりの発行回数', '回', 12, 12, { existing: 'A' }),
      ind(K, 'ホームページ・SNSでの情報発信件数', '件', 120, 64, { existing: 'D' }),
    ],
    groups: [],
  },
};

export const WELFARE_WORKBOOKS: Holdout2Workbook[] = [disability, poverty, housing, kominkan];
