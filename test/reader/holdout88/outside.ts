/**
 * Hold-out 88, part 2: four workbooks outside the families, from offices not modelled before (a 特別区's 男女共同参画推進計画,
 * a 村's 子ども・子育て支援事業計画, a 県の地域振興局's 観光アクションプラン KPI, a 後期高齢者医療広域連合's データヘルス計画).
 */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// 特別区 男女共同参画推進計画: units only in the indicator's name, 実績 R3–R5 under a merged heading, 目標値（令和8年度）, ↑/↓/－.
const G1 = '進捗状況';
const genderRows: Cell[][] = [
  ['１　あらゆる分野における女性の参画', '区の審議会等委員に占める女性の割合（％）', 32.1, 33.5, 35.0, '36.8%', '40％以上', '↑', '総務課'],
  [undefined, '区の管理職に占める女性職員の割合（％）', 18.2, 19.0, 20.4, 21.7, 30.0, '↑', '人事課'],
  ['２　ワーク・ライフ・バランス', '男性職員の育児休業取得率（％）', 21.4, 35.0, 48.6, '６２．５', 50, '↑', '人事課'],
  [undefined, 'ワーク・ライフ・バランス推進企業の認定数（累計）（社）', 52, 64, 79, 97, 120, '↑', '産業振興課'],
  [undefined, '時間外勤務が月45時間を超えた区職員数（人）', 88, 81, 74, 63, 50, '↓', '人事課'],
  ['３　意識づくり', '「男女の地位が平等になっている」と感じる区民の割合（％）', 24.3, '－', 26.9, '－', 35.0, '↑', '男女共同参画推進課'],
  ['４　暴力の根絶', '配偶者暴力相談支援センターの認知度（％）', 45.0, 49.2, 52.7, 58.3, 70, '↑', '男女共同参画推進課'],
  [undefined, '配偶者暴力等に関する相談件数（件）', 188, 197, 205, 214, '－', '－', '男女共同参画推進課'],
];
const genderFinal = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const tokubetsukuGender: Holdout2Workbook = {
  name: 'h88-tokubetsuku-gender',
  layout:
    '特別区の男女共同参画推進計画の進捗: 単位は指標名の括弧だけ、計画策定時（令和2年度）・実績（令和3～5年度、結合見出し）・目標値（令和8年度）・方向（↑↓－）、「36.8%」「40％以上」「６２．５」、隔年調査の「－」、目標「－」の参考指標',
  build(wb) {
    const ws = wb.addWorksheet(G1);
    put(ws, 1, 1, ['あおば区男女共同参画推進計画（第５次）　令和５年度　進捗状況報告']);
    put(ws, 3, 1, ['施策の方向', '指標', '計画策定時\n（令和2年度）', '実績', undefined, undefined, '目標値\n（令和8年度）', '方向', '担当課']);
    put(ws, 4, 4, ['令和3年度', '令和4年度', '令和5年度']);
    for (const c of ['A', 'B', 'C', 'G', 'H', 'I']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('D3:F3');
    genderRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A9');
    ws.mergeCells('A11:A12');
    put(ws, 14, 1, ['※区民意識調査は隔年実施（令和4年度・令和6年度）のため、調査のない年度は「－」。']);
    put(ws, 15, 1, ['※方向　↑：増加を目指す　↓：減少を目指す　－：参考指標（目標値を設定しない）']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h88-tokubetsuku-gender.xlsx',
    fiscalYear: 2023,
    indicators: [
      genderFinal(ind(G1, '区の審議会等委員に占める女性の割合', '％', 40, 36.8)),
      genderFinal(ind(G1, '区の管理職に占める女性職員の割合', '％', 30.0, 21.7)),
      genderFinal(ind(G1, '男性職員の育児休業取得率', '％', 50, 62.5)),
      genderFinal(ind(G1, 'ワーク・ライフ・バランス推進企業の認定数（累計）', '社', 120, 97)),
      genderFinal(ind(G1, '時間外勤務が月45時間を超えた区職員数', '人', 50, 63, { direction: 'down' })),
      genderFinal(ind(G1, '「男女の地位が平等になっている」と感じる区民の割合', '％', 35.0, null, { actualStatus: 'not-applicable' })),
      genderFinal(ind(G1, '配偶者暴力相談支援センターの認知度', '％', 70, 58.3)),
      { sheet: G1, name: '配偶者暴力等に関する相談件数', unit: '件', target: null, actual: 214, grade: null },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 村 子ども・子育て支援事業計画: per 事業 three rows (①量の見込み, ②確保方策, ②－①), 令和4年度/令和5年度 × 計画/実績; the legend
// says the 評価 is of ②確保方策's 実績 against its 計画, so that row is the indicator.
const K1 = '量の見込みと確保方策';
interface Supply {
  name: string;
  unit: string;
  need: Cell[];
  supply: Cell[];
  grade: string;
  note?: string;
}
const SUPPLY: Supply[] = [
  { name: '利用者支援事業', unit: 'か所', need: [1, 1, 1, 1], supply: [1, 1, 1, 1], grade: 'A' },
  { name: '地域子育て支援拠点事業', unit: '人回/月', need: [120, 101, 120, 96], supply: [150, 150, 150, 150], grade: 'A' },
  { name: '一時預かり事業（幼稚園型以外）', unit: '人日', need: [300, 188, 300, 212], supply: [400, 280, 400, 320], grade: 'B' },
  { name: '放課後児童健全育成事業', unit: '人', need: [45, 49, 45, 52], supply: [50, 50, 50, 50], grade: 'A', note: '待機児童2人（R5.5.1現在）' },
  {
    name: '病児・病後児保育事業',
    unit: '人日',
    need: [60, '－', 60, '－'],
    supply: [100, '未実施', 100, '未実施'],
    grade: 'D',
    note: '近隣市との広域利用協定が未締結',
  },
  { name: '妊婦健康診査', unit: '人回', need: [280, 262, 280, '２４１'], supply: [280, 262, 280, '２４１'], grade: 'B' },
  { name: '乳児家庭全戸訪問事業', unit: '人', need: [24, 21, 24, 19], supply: [24, 21, 24, 19], grade: 'A', note: '対象者全員を訪問（訪問率100％）' },
];
const diff = (a: Cell, b: Cell): Cell => (typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'string' && /^[０-９]+$/.test(a) ? 0 : '－');
const villageKosodate: Holdout2Workbook = {
  name: 'h88-village-kosodate',
  layout:
    '村の子ども・子育て支援事業計画の実施状況: 事業ごとに①量の見込み・②確保方策・②－①の3行、令和4年度/令和5年度の計画・実績、評価は②の行だけ（凡例：確保方策に対する実績）、単位「人回/月」、「未実施」、全角「２４１」',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['ひがしやま村子ども・子育て支援事業計画（第２期）　地域子ども・子育て支援事業の実施状況（令和５年度）']);
    put(ws, 2, 8, ['住民福祉課']);
    put(ws, 4, 1, ['事業名', '単位', '区分', '令和4年度', undefined, '令和5年度', undefined, '評価', '備考']);
    put(ws, 5, 4, ['計画', '実績', '計画', '実績']);
    for (const c of ['A', 'B', 'C', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    ws.mergeCells('F4:G4');
    SUPPLY.forEach((s, i) => {
      const r = 6 + i * 3;
      put(ws, r, 1, [s.name, s.unit, '①量の見込み', ...s.need]);
      put(ws, r + 1, 3, ['②確保方策', ...s.supply, s.grade, s.note]);
      put(ws, r + 2, 3, ['②－①', ...s.supply.map((v, j) => diff(v, s.need[j]))]);
      ws.mergeCells(r, 1, r + 2, 1);
      ws.mergeCells(r, 2, r + 2, 2);
    });
    put(ws, 28, 1, ['※①の実績は利用者数（延べ）、②の実績は提供した量（定員・実施量）。']);
    put(ws, 29, 1, ['評価：令和5年度の確保方策（計画）に対する実績の割合　A 100％以上　B 80％以上　C 60％以上　D 60％未満・未実施']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h88-village-kosodate.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '利用者支援事業', 'か所', 1, 1, { existing: 'A' }),
      ind(K1, '地域子育て支援拠点事業', '人回/月', 150, 150, { existing: 'A' }),
      ind(K1, '一時預かり事業（幼稚園型以外）', '人日', 400, 320, { existing: 'B' }),
      ind(K1, '放課後児童健全育成事業', '人', 50, 50, { existing: 'A' }),
      ind(K1, '病児・病後児保育事業', '人日', 100, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(K1, '妊婦健康診査', '人回', 280, 241, { existing: 'B' }),
      ind(K1, '乳児家庭全戸訪問事業', '人', 24, 19, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 県の出先機関 (地域振興局) 観光振興アクションプラン KPI: 西暦の暦年列 2022年/2023年/2024年 (2024 empty), 目標値（2025年）.
const T1 = 'KPI';
const tourismRows: Cell[][] = [
  [1, '観光入込客数（延べ）', '千人', 8420, 6105, 7886, undefined, 9000, '暦年'],
  [2, '外国人延べ宿泊者数', '人泊', 52300, 8140, '48,915', undefined, 80000, '暦年'],
  [3, '宿泊観光客1人当たりの観光消費額', '円', 31200, 33100, 34850, undefined, 35000, '観光動態調査'],
  [4, '道の駅（管内6駅）の売上高', '億円', 18.4, 19.6, '21.3（見込）', undefined, 20.0, '年度・R5は見込'],
  [5, '教育旅行の受入校数', '校', 64, 31, 58, undefined, 80, '年度'],
  [6, '登録観光ガイド数', '人', 112, 108, '１０５', undefined, 120, '年度末'],
];
const prefTourism: Holdout2Workbook = {
  name: 'h88-pref-office-tourism-kpi',
  layout:
    '県の地域振興局の観光アクションプランKPI: 基準値（2019年）、実績値の結合見出しの下に2022年・2023年・2024年（空欄）、目標値（2025年）、暦年と年度が混在、「48,915」「21.3（見込）」「１０５」、評価は令和５年度',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['○○県東部地域振興局　東部地域観光振興アクションプラン（2021～2025）　ＫＰＩの進捗状況（令和５年度評価）']);
    put(ws, 2, 1, ['令和6年8月　東部地域振興局 商工観光課']);
    put(ws, 4, 1, ['No.', 'ＫＰＩ', '単位', '基準値\n（2019年）', '実績値', undefined, undefined, '目標値\n（2025年）', '備考']);
    put(ws, 5, 5, ['2022年', '2023年', '2024年']);
    for (const c of ['A', 'B', 'C', 'D', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('E4:G4');
    tourismRows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※観光入込客数・外国人延べ宿泊者数は暦年（1～12月）、その他は年度の数値。令和５年度評価には2023年（度）の数値を用いる。']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h88-pref-office-tourism-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(T1, '観光入込客数（延べ）', '千人', 9000, 7886), targetSource: 'final' },
      { ...ind(T1, '外国人延べ宿泊者数', '人泊', 80000, 48915), targetSource: 'final' },
      { ...ind(T1, '宿泊観光客1人当たりの観光消費額', '円', 35000, 34850), targetSource: 'final' },
      { ...ind(T1, '道の駅（管内6駅）の売上高', '億円', 20.0, 21.3, { actualStatus: 'provisional' }), targetSource: 'final' },
      { ...ind(T1, '教育旅行の受入校数', '校', 80, 58), targetSource: 'final' },
      { ...ind(T1, '登録観光ガイド数', '人', 120, 105), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 後期高齢者医療広域連合 データヘルス計画（第2期）最終評価: ベースライン・中間評価・目標値（令和5年度）・実績値（令和5年度）, 判定 A–E
// on the plan's own scale (A 目標達成 … E 評価困難), 「80％以上」「1,000人以下」「全市町村（35）」「集計中」.
const H1 = '評価指標';
const healthRows: Cell[][] = [
  ['健診', '健康診査受診率', '％', 24.6, 26.3, 30.0, 27.9, 'B'],
  [undefined, '歯科健康診査受診率', '％', 8.1, 9.4, 12.0, 12.6, 'A'],
  ['重症化予防', '糖尿病性腎症重症化予防 受診勧奨者の医療機関受診率', '％', 35.0, 38.7, 50.0, 41.2, 'B'],
  ['医療費適正化', '後発医薬品の使用割合（数量ベース）', '％', 68.9, 77.5, '80％以上', '81.6%', 'A'],
  [undefined, '重複・頻回受診者数', '人', 1420, 1302, '1,000人以下', '1,185', 'B'],
  [undefined, '被保険者一人当たり医療費', '円', 912000, 925480, '－', 948517, '－', '目標設定なし（参考）'],
  ['フレイル対策', '高齢者の保健事業と介護予防の一体的実施 実施市町村数', '市町村', 5, 18, '全市町村（35）', 31, 'B'],
  [undefined, '健康状態不明者の割合', '％', 3.1, 2.6, '2.0％以下', '集計中', 'E', 'KDBによる抽出（令和6年10月頃確定）'],
];
const kouikiHealth: Holdout2Workbook = {
  name: 'h88-kouiki-datahealth',
  layout:
    '後期高齢者医療広域連合のデータヘルス計画最終評価: 区分を縦に結合、ベースライン（平成28年度）・中間評価時（令和2年度）・目標値／実績値（令和5年度）、判定A～E（計画独自の尺度）、「80％以上」「1,000人以下」「全市町村（35）」「集計中」、目標「－」の参考指標',
  build(wb) {
    const ws = wb.addWorksheet(H1);
    put(ws, 1, 1, ['○○県後期高齢者医療広域連合　第２期保健事業実施計画（データヘルス計画）最終評価']);
    put(ws, 2, 1, ['計画期間：平成30年度～令和5年度　／　評価対象：令和５年度']);
    put(ws, 4, 1, [
      '区分',
      '評価指標',
      '単位',
      'ベースライン\n（平成28年度）',
      '中間評価時\n（令和2年度）',
      '目標値\n（令和5年度）',
      '実績値\n（令和5年度）',
      '判定',
      '備考',
    ]);
    healthRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A8:A10');
    ws.mergeCells('A11:A12');
    put(ws, 14, 1, ['判定　A：目標値に達した　B：目標値に達していないが改善傾向　C：変わらない　D：悪化している　E：評価困難']);
    ws.getColumn(2).width = 46;
  },
  expected: {
    file: 'h88-kouiki-datahealth.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(H1, '健康診査受診率', '％', 30.0, 27.9, { existing: 'B' }),
      ind(H1, '歯科健康診査受診率', '％', 12.0, 12.6, { existing: 'A' }),
      ind(H1, '糖尿病性腎症重症化予防 受診勧奨者の医療機関受診率', '％', 50.0, 41.2, { existing: 'B' }),
      ind(H1, '後発医薬品の使用割合（数量ベース）', '％', 80, 81.6, { existing: 'A' }),
      ind(H1, '重複・頻回受診者数', '人', 1000, 1185, { direction: 'down', existing: 'B' }),
      { sheet: H1, name: '被保険者一人当たり医療費', unit: '円', target: null, actual: 948517, grade: null },
      ind(H1, '高齢者の保健事業と介護予防の一体的実施 実施市町村数', '市町村', 35, 31, { existing: 'B' }),
      ind(H1, '健康状態不明者の割合', '％', 2.0, null, { direction: 'down', actualStatus: 'pending', existing: 'E' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [tokubetsukuGender, villageKosodate, prefTourism, kouikiHealth];
