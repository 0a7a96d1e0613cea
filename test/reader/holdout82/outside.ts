/**
 * Hold-out 82, part 2: documents outside the four families (a prefecture's 政策評価調書 with 達成/概ね達成/未達成, 事務事業評価
 * with 活動指標・成果指標 and a cost block, 行財政改革プラン with 効果額 and ▲, 観光 with 「1,688.2万人」 text figures).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------------------------------
// 政策評価調書 (prefecture): its own three-word scale, stated.

/** The 調書's scale: 達成 ≥ 100 %, 概ね達成 ≥ 80 %, 未達成 below. */
const word = (i: ExpectedIndicator, rate: number): ExpectedIndicator => ({ ...i, grade: rate >= 1 ? '達成' : rate >= 0.8 ? '概ね達成' : '未達成' });

const P1 = '政策評価調書';
const pref: Holdout2Workbook = {
  name: 'h82-pref-policy-report',
  layout:
    '県の政策評価調書: 上に政策・所管部局の欄、指標表は基準値（年度）・目標値（年度）の値に年の括弧、R5実績、達成度（％）と評価の語（達成/概ね達成/未達成）、凡例',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['令和6年度　政策評価調書（令和5年度の取組）']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['政策', '3　活力ある産業を育てる', undefined, undefined, undefined, '所管部局', '商工労働部']);
    ws.mergeCells('B3:E3');
    put(ws, 4, 1, ['政策の目標', '県内産業の競争力を高め、若者が働きたいと思う雇用の場をつくる。']);
    ws.mergeCells('B4:I4');
    put(ws, 6, 1, ['１　政策指標の状況']);
    put(ws, 7, 1, ['No.', '指標名', '単位', '方向', '基準値（年度）', '目標値（年度）', 'R5実績', '達成度', '評価']);
    const rows: (string | number)[][] = [
      [1, '県内企業の新規立地件数', '件', '増加', '28（R2）', '35（R5）', 38, '108.6%', '達成'],
      [2, '県産農林水産物の輸出額', '億円', '増加', '12.4（R2）', '20.0（R7）', 17.3, '86.5%', '概ね達成'],
      [3, '新規就農者数', '人', '増加', '210（R2）', '260（R7）', 198, '76.2%', '未達成'],
      [4, '県内大学等卒業者の県内就職率', '％', '増加', '42.8（R3）', '50.0（R7）', 44.1, '88.2%', '概ね達成'],
      [5, '労働災害による休業4日以上の死傷者数', '人', '減少', '1,520（R2）', '1,400（R5）', 1588, '88.2%', '概ね達成'],
      [6, '事業承継の支援件数', '件', '増加', '85（R2）', '150（R7）', 152, '101.3%', '達成'],
    ];
    rows.forEach((r, i) => put(ws, 8 + i, 1, r));
    put(ws, 15, 1, ['（注）達成度＝R5実績÷目標値×100（方向が「減少」の指標は目標値÷R5実績×100）。目標値の括弧内は目標年度。']);
    put(ws, 16, 1, ['　　　評価　達成：達成度100％以上　概ね達成：80％以上100％未満　未達成：80％未満']);
    put(ws, 18, 1, ['２　政策の総合的な評価']);
    put(ws, 19, 1, ['企業立地は目標を上回ったが、新規就農者数は目標を下回っており、就農支援の強化が必要である。']);
    ws.mergeCells('A19:I19');
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h82-pref-policy-report.xlsx',
    fiscalYear: 2023,
    indicators: [
      word(ind(P1, '県内企業の新規立地件数', '件', 35, 38, { existing: '達成' }), 38 / 35),
      word(fin(ind(P1, '県産農林水産物の輸出額', '億円', 20.0, 17.3, { existing: '概ね達成' })), 17.3 / 20),
      word(fin(ind(P1, '新規就農者数', '人', 260, 198, { existing: '未達成' })), 198 / 260),
      word(fin(ind(P1, '県内大学等卒業者の県内就職率', '％', 50.0, 44.1, { existing: '概ね達成' })), 44.1 / 50),
      word(ind(P1, '労働災害による休業4日以上の死傷者数', '人', 1400, 1588, { direction: 'down', existing: '概ね達成' }), 1400 / 1588),
      word(fin(ind(P1, '事業承継の支援件数', '件', 150, 152, { existing: '達成' })), 152 / 150),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価: one 事業 per sheet, 活動指標 and 成果指標, a cost block in 千円 (not indicators).

interface JigyoIndicator {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  r4: number;
  target: number;
  actual: number;
  next: number;
}

function jigyoSheet(ws: Worksheet, code: string, title: string, section: string, purpose: string, inds: JigyoIndicator[], cost: number[][]): void {
  put(ws, 1, 1, ['令和6年度　事務事業評価シート（令和5年度実施事業）']);
  ws.mergeCells('A1:G1');
  put(ws, 2, 1, ['事業コード', code, '事業名', title, undefined, '所管課', section]);
  put(ws, 3, 1, ['事業の目的', purpose]);
  ws.mergeCells('B3:G3');
  put(ws, 5, 1, ['区分', '指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '令和6年度目標']);
  inds.forEach((x, i) => put(ws, 6 + i, 1, [x.kind, x.name, x.unit, x.r4, x.target, x.actual, x.next]));
  const c = 7 + inds.length;
  put(ws, c, 1, ['コスト（単位：千円）', undefined, undefined, '令和4年度決算', '令和5年度決算', '令和6年度予算']);
  const labels = ['事業費', '　うち一般財源', '人件費', 'トータルコスト'];
  cost.forEach((v, i) => {
    put(ws, c + 1 + i, 1, [labels[i], undefined, undefined, ...v]);
    ws.mergeCells(`A${c + 1 + i}:C${c + 1 + i}`);
  });
  ws.mergeCells(`A${c}:C${c}`);
  put(ws, c + 6, 1, ['今後の方向性', '継続']);
  ws.getColumn(2).width = 34;
}

const J1 = '事業01';
const J1inds: JigyoIndicator[] = [
  { kind: '活動指標', name: '見守り協力事業者数', unit: '事業者', r4: 320, target: 350, actual: 362, next: 380 },
  { kind: '活動指標', name: '見守り研修の開催回数', unit: '回', r4: 18, target: 24, actual: 20, next: 24 },
  { kind: '成果指標', name: '地域で見守られていると感じる高齢者の割合', unit: '％', r4: 61.8, target: 70.0, actual: 64.5, next: 72.0 },
];
const J2 = '事業02';
const J2inds: JigyoIndicator[] = [
  { kind: '活動指標', name: '個別勧奨通知の送付数', unit: '通', r4: 82150, target: 85000, actual: 86420, next: 88000 },
  { kind: '成果指標', name: '胃がん検診受診率', unit: '％', r4: 8.4, target: 12.0, actual: 8.9, next: 13.0 },
  { kind: '成果指標', name: '大腸がん検診受診率', unit: '％', r4: 12.6, target: 15.0, actual: 13.1, next: 16.0 },
];
const jigyoFacts = (sheet: string, xs: JigyoIndicator[]) => xs.map((x) => ind(sheet, x.name, x.unit, x.target, x.actual));

const jigyo: Holdout2Workbook = {
  name: 'h82-jimu-jigyo-hyoka',
  layout: '事務事業評価シート: 事業ごとのシート、活動指標・成果指標の表（R4実績・R5目標・R5実績・R6目標）、下にコストの表（千円、決算・予算。指標ではない）',
  build(wb) {
    jigyoSheet(
      wb.addWorksheet(J1),
      '03-02-011',
      '高齢者見守りネットワーク事業',
      '高齢福祉課',
      '地域の事業者等と連携し、ひとり暮らし高齢者等の異変を早期に発見する。',
      J1inds,
      [
        [12480, 13215, 14000],
        [9360, 9910, 10500],
        [8200, 8350, 8400],
        [20680, 21565, 22400],
      ],
    );
    jigyoSheet(wb.addWorksheet(J2), '03-04-005', 'がん検診推進事業', '健康増進課', 'がんの早期発見・早期治療のため、がん検診の受診を促進する。', J2inds, [
      [398420, 412350, 425000],
      [301550, 310200, 318000],
      [24600, 25100, 25300],
      [423020, 437450, 450300],
    ]);
  },
  expected: {
    file: 'h82-jimu-jigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [...jigyoFacts(J1, J1inds), ...jigyoFacts(J2, J2inds)],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 行財政改革プラン: 効果額（千円）per 取組, ▲ for a negative amount, 「－」 where no amount is set.

const G1 = '取組状況';
const reform: Holdout2Workbook = {
  name: 'h82-gyozai-reform-plan',
  layout:
    '行財政改革プランの取組状況: 取組項目ごとに効果額（千円）の目標・実績、「▲3,200」の負の実績、参考の前年度実績にも▲、目標「－」（効果額を見込まない取組）',
  build(wb) {
    const ws = wb.addWorksheet(G1);
    put(ws, 1, 1, ['みなと市行財政改革プラン2022　令和5年度 取組状況']);
    put(ws, 2, 7, ['財政局 行財政改革推進課']);
    put(ws, 4, 1, ['No.', '取組項目', '所管課', '効果額（千円）', undefined, '（参考）', '取組の状況']);
    put(ws, 5, 4, ['令和5年度目標', '令和5年度実績', '令和4年度実績']);
    for (const c of ['A', 'B', 'C', 'G']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    const rows: (string | number)[][] = [
      [1, '市税等の収納率向上', '納税課', 48000, 52310, 45120, 'コンビニ・スマホ決済の利用拡大'],
      [2, '未利用市有地の売却', '財産活用課', 120000, 86500, 132400, '2件が入札不調'],
      [3, '公共施設の使用料の見直し', '行政経営課', 15000, '▲3,200', '▲1,500', '改定をR6.4に延期し、減免の拡大で減収'],
      [4, '補助金の整理合理化', '財政課', 30000, 31450, 28600, '12件を廃止・統合'],
      [5, '広告収入の拡大', '広報課', 6000, 5120, 4880, 'ネーミングライツ1件が契約満了'],
      [6, '電子契約の導入', '契約課', '－', 1850, '－', '効果額は目標を設定していない'],
      [7, '職員の時間外勤務の縮減', '人事課', 25000, 18760, 21030, '災害対応により増加'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 14, 1, ['※効果額は前年度予算との比較による財政効果額。▲は財政負担の増（マイナス）を示す。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(7).width = 36;
  },
  expected: {
    file: 'h82-gyozai-reform-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(G1, '市税等の収納率向上', '千円', 48000, 52310),
      ind(G1, '未利用市有地の売却', '千円', 120000, 86500),
      ind(G1, '公共施設の使用料の見直し', '千円', 15000, -3200),
      ind(G1, '補助金の整理合理化', '千円', 30000, 31450),
      ind(G1, '広告収入の拡大', '千円', 6000, 5120),
      ind(G1, '電子契約の導入', '千円', null, 1850),
      ind(G1, '職員の時間外勤務の縮減', '千円', 25000, 18760),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 観光: figures as text with 万人 / 万人泊 / 億円 / 人 / ％.

const K1 = '観光指標';
const tourism: Holdout2Workbook = {
  name: 'h82-tourism-irikomi',
  layout: '観光振興計画の進捗: 値がすべて「1,688.2万人」「295.6万人泊」の文字、基準値（R1）・R4実績・R5目標・R5実績・達成率の列、調査中',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['みなと市観光振興計画　令和5年度 目標指標の進捗状況']);
    put(ws, 2, 6, ['経済観光局 観光振興課']);
    put(ws, 4, 1, ['目標指標', '基準値（R1）', 'R4実績', 'R5目標', 'R5実績', '達成率', '備考']);
    const rows: string[][] = [
      ['観光入込客数', '1,980.5万人', '1,412.3万人', '1,700.0万人', '1,688.2万人', '99.3%'],
      ['宿泊者数', '312.4万人泊', '241.0万人泊', '280.0万人泊', '295.6万人泊', '105.6%'],
      ['外国人宿泊者数', '48.2万人泊', '5.1万人泊', '30.0万人泊', '27.4万人泊', '91.3%'],
      ['観光消費額', '1,850億円', '1,102億円', '1,600億円', '1,268億円', '79.3%', '観光庁の推計手法による'],
      ['観光案内所の利用者数', '84,210人', '52,300人', '70,000人', '41,850人', '59.8%', '駅前案内所の移転（R5.7〜）'],
      ['観光客の満足度', '72.5％', '74.1％', '75.0％', '調査中', '－', '来訪者アンケート（R6.6集計）'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※観光入込客数・宿泊者数は暦年ではなく年度の数値。達成率＝R5実績÷R5目標。']);
    ws.getColumn(1).width = 24;
  },
  expected: {
    file: 'h82-tourism-irikomi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '観光入込客数', '万人', 1700.0, 1688.2),
      ind(K1, '宿泊者数', '万人泊', 280.0, 295.6),
      ind(K1, '外国人宿泊者数', '万人泊', 30.0, 27.4),
      ind(K1, '観光消費額', '億円', 1600, 1268),
      ind(K1, '観光案内所の利用者数', '人', 70000, 41850),
      ind(K1, '観光客の満足度', '％', 75.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [pref, jigyo, reform, tourism];
