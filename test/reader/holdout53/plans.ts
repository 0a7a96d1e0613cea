/**
 * Hold-out 53, practical documents outside the four families (1): a 地域福祉計画 進行管理表 with a two-row
 * heading and the 基本目標's own rating cell, a 観光振興計画 KPI report in stacked cards (final target only), and a
 * 農業振興 table with the years as rows and each indicator's 目標/実績 as a pair of columns.
 */
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// 1. 地域福祉計画 進行管理表
// ---------------------------------------------------------------------------------------------
const WELFARE_SHEET = '進行管理表';
/** name, unit, R2 (策定時), R4 実績, R5 目標, R5 実績 (number or text), 評価 written, 備考 */
const WELFARE_ROWS: [string, string, number, number | string, number, number | string, string, string?][] = [
  ['地域ボランティア登録者数', '人', 1842, 1905, 2000, 1931, 'B'],
  ['民生委員・児童委員の充足率', '％', 96.2, 94.8, 100, 93.5, 'B', '欠員7名（R6.3.31現在）'],
  ['ふれあいいきいきサロン設置数', 'か所', 48, 55, 60, 61, 'A', '新規6か所、休止1か所'],
  ['成年後見制度に関する相談件数', '件', 112, 158, 150, 171, 'A', '中核機関（R4設置）分を含む'],
  ['避難行動要支援者の個別避難計画作成率', '％', 12.4, 31.0, 50.0, 38.6, 'C', 'R5から福祉専門職と連携して作成'],
  ['地域福祉活動に参加したことがある市民の割合', '％', 24.1, '－', 30.0, '集計中', '－', '市民意識調査（R6.6公表予定）'],
  ['ボランティアセンターのコーディネート件数', '件', 320, 402, 420, 318, 'B', '災害ボランティア関連の依頼が減少'],
];

function welfareExpected(): ExpectedIndicator[] {
  return WELFARE_ROWS.map(([name, unit, , , target, actual, grade]) => {
    if (typeof actual === 'string') return { ...ind(WELFARE_SHEET, name, unit, target, null, { actualStatus: 'pending' }) };
    return ind(WELFARE_SHEET, name, unit, target, actual, { existing: grade });
  });
}
const welfareInds = welfareExpected();

const WELFARE: Holdout2Workbook = {
  name: 'h53-welfare-plan-progress',
  layout: '地域福祉計画の進行管理表: 基本目標の達成状況セル、R5年度の下に目標/実績の2段見出し、評価列、集計中、下に参考の決算額の表',
  build(wb) {
    const ws = wb.addWorksheet(WELFARE_SHEET);
    ws.getCell('A1').value = '第3期 ○○市地域福祉計画（令和3年度〜令和7年度）　令和5年度 進行管理表';
    ws.mergeCells('A1:I1');
    ws.getCell('A2').value = '基本目標２　みんなで支え合う仕組みづくり';
    ws.getCell('G2').value = '担当課：福祉総務課 地域福祉係';
    put(ws, 4, 1, ['基本目標の達成状況', undefined, 'B', '（前年度 B）']);
    ws.mergeCells('A4:B4');
    ws.getCell('F4').value = '※達成状況は各指標の評価を踏まえ担当課が記入';
    put(ws, 6, 1, ['No.', '指標名', '単位', '計画策定時\n（R2）', 'R4実績', 'R5年度', undefined, '評価', '備考']);
    put(ws, 7, 6, ['目標', '実績']);
    for (const r of ['A', 'B', 'C', 'D', 'E', 'H', 'I']) ws.mergeCells(`${r}6:${r}7`);
    ws.mergeCells('F6:G6');
    WELFARE_ROWS.forEach(([name, unit, base, r4, target, actual, grade, note], i) =>
      put(ws, 8 + i, 1, [i + 1, name, unit, base, r4, target, actual, grade, note]),
    );
    const foot = 8 + WELFARE_ROWS.length;
    ws.getCell(foot, 1).value = '※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満（達成率＝実績÷目標）';
    ws.getCell(foot + 1, 1).value = '※「－」は調査を実施していない年度';
    ws.getCell(foot + 3, 1).value = '（参考）関連事業の決算額';
    put(ws, foot + 4, 2, ['事業名', '決算額（千円）', 'R4決算額（千円）']);
    put(ws, foot + 5, 2, ['地域福祉推進事業', 12345, 11870]);
    put(ws, foot + 6, 2, ['社会福祉協議会補助金', 58200, 57600]);
    put(ws, foot + 7, 2, ['避難行動要支援者支援事業', 3120, 1980]);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h53-welfare-plan-progress.xlsx',
    fiscalYear: 2023,
    indicators: welfareInds,
    groups: [{ sheet: WELFARE_SHEET, cell: 'C4', grade: rollUp(welfareInds.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. 観光振興計画 KPI cards (the plan's last year is R6: R5 has only the final target)
// ---------------------------------------------------------------------------------------------
const TOURISM_SHEET = 'KPI進捗';
/** name, unit, 基準値 (H30), 目標値 (R6), R4 実績, R5 実績, 前年度比 text, 取組 */
const TOURISM_KPI: [string, string, number, number, number, number, string][] = [
  ['観光入込客数', '人', 2415300, 2600000, 1980400, 2287100, '市内主要施設の入込はコロナ前（R元）の94.7％まで回復。'],
  ['外国人延べ宿泊者数', '人泊', 38420, 50000, 6210, 29880, '台湾・香港からのチャーター便再開。欧米豪向け商品造成は途上。'],
  ['観光消費額単価（日帰り・1人当たり）', '円', 6850, 8000, 7120, 7940, '体験型コンテンツ12本を造成。'],
  ['観光案内所の利用者満足度', '％', 82.0, 90.0, 88.5, 91.2, '多言語対応タブレットを導入（回答数 1,204件）。'],
  ['観光ボランティアガイドの案内件数', '件', 1240, 1500, 640, 1105, 'ガイドの高齢化によりR5は登録者が5名減。'],
  ['公式SNS（Instagram）フォロワー数', '人', 3200, 20000, 14850, 21430, 'R5.9に目標を前倒しで達成。'],
];
const pctChange = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}％`;

const TOURISM: Holdout2Workbook = {
  name: 'h53-tourism-kpi-cards',
  layout: '観光振興計画のKPIをカードで縦に積む: 1枚ごとにKPI名・単位の行、基準値/目標値(R6)/R4実績/R5実績/前年度比の行、取組状況の文、右に参考の施設別入込',
  build(wb) {
    const ws = wb.addWorksheet(TOURISM_SHEET);
    ws.getCell('A1').value = '○○市観光振興計画（令和2年度〜令和6年度）　KPI進捗状況報告';
    ws.getCell('A2').value = '令和5年度実績　　令和6年6月　観光交流課';
    let r = 4;
    TOURISM_KPI.forEach(([name, unit, base, target, r4, r5, text], i) => {
      put(ws, r, 1, [`KPI ${i + 1}`, name, undefined, undefined, undefined, undefined, `単位：${unit}`]);
      ws.mergeCells(r, 2, r, 6);
      put(ws, r + 1, 1, ['区分', '基準値（H30）', '目標値（R6）', 'R4実績', 'R5実績', '前年度比']);
      put(ws, r + 2, 1, ['数値', base, target, r4, r5, pctChange(r5, r4)]);
      put(ws, r + 3, 1, ['取組状況', text]);
      ws.mergeCells(r + 3, 2, r + 3, 7);
      r += 5;
    });
    put(ws, 4, 10, ['（参考）主要観光施設の入込客数（R5）']);
    put(ws, 5, 10, ['施設名', '入込客数（人）']);
    put(ws, 6, 10, ['○○城址公園', 412300]);
    put(ws, 7, 10, ['道の駅○○', 655800]);
    put(ws, 8, 10, ['○○温泉郷', 301200]);
    put(ws, 9, 10, ['計', 1369300]);
    ws.getCell(r + 1, 1).value = '※観光入込客数は「観光入込客統計に関する共通基準」による（暦年ではなく年度で集計）';
    ws.getColumn(2).width = 16;
  },
  expected: {
    file: 'h53-tourism-kpi-cards.xlsx',
    fiscalYear: 2023,
    indicators: TOURISM_KPI.map(([name, unit, , target, , r5]) => ({ ...ind(TOURISM_SHEET, name, unit, target, r5), targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 3. 農業振興: years as rows, each indicator a pair of 目標/実績 columns
// ---------------------------------------------------------------------------------------------
const AGRI_SHEET = '推進状況';
/** Heading of each indicator's pair (row 4), the name and unit a clerk reads, and its direction. */
const AGRI_HEADS: [string, string, string, 'up' | 'down'][] = [
  ['認定農業者数\n（経営体）', '認定農業者数', '経営体', 'up'],
  ['新規就農者数\n（人）', '新規就農者数', '人', 'up'],
  ['担い手への農地集積率\n（％）', '担い手への農地集積率', '％', 'up'],
  ['荒廃農地面積\n（ha）　※減少を目指す', '荒廃農地面積', 'ha', 'down'],
  ['6次産業化による商品開発数\n（件・累計）', '6次産業化による商品開発数', '件', 'up'],
];
/** year label, then [target, actual] per indicator (undefined: blank). */
const AGRI_YEARS: [string, ...[number | undefined, number | undefined][]][] = [
  ['R2（基準）', [undefined, 410], [undefined, 10], [undefined, 50.2], [undefined, 191.5], [undefined, 11]],
  ['R3', [420, 412], [12, 9], [52.0, 51.3], [185, 188.4], [14, 13]],
  ['R4', [425, 418], [12, 14], [54.0, 53.1], [180, 181.2], [16, 16]],
  ['R5', [430, 421], [12, 8], [56.0, 55.2], [175, 172.6], [18, 17]],
  ['R6', [435, undefined], [12, undefined], [58.0, undefined], [170, undefined], [20, undefined]],
  ['R7（目標年度）', [440, undefined], [12, undefined], [60.0, undefined], [165, undefined], [22, undefined]],
];

const AGRI: Holdout2Workbook = {
  name: 'h53-agri-years-as-rows',
  layout: '農業振興の成果指標: 年度が行、指標ごとに目標/実績の2列（結合した見出しに単位と「減少を目指す」）、基準年の行、下に参考の農業産出額',
  build(wb) {
    const ws = wb.addWorksheet(AGRI_SHEET);
    ws.getCell('A1').value = '○○農業振興地域整備計画・農業経営基盤強化促進基本構想　成果指標の推移';
    put(ws, 2, 1, ['評価年度：令和5年度', undefined, undefined, undefined, undefined, undefined, undefined, '農林振興課 農政係']);
    ws.getCell('A4').value = '年度';
    ws.mergeCells('A4:A5');
    AGRI_HEADS.forEach(([head], i) => {
      ws.getCell(4, 2 + 2 * i).value = head;
      ws.mergeCells(4, 2 + 2 * i, 4, 3 + 2 * i);
      put(ws, 5, 2 + 2 * i, ['目標', '実績']);
    });
    AGRI_YEARS.forEach(([label, ...pairs], i) => {
      ws.getCell(6 + i, 1).value = label;
      pairs.forEach(([t, a], j) => put(ws, 6 + i, 2 + 2 * j, [t, a]));
    });
    let r = 6 + AGRI_YEARS.length;
    ws.getCell(r, 1).value = '※新規就農者数：R5は親元就農が2名にとどまった（R4は7名）。';
    ws.getCell(r + 1, 1).value = '※荒廃農地面積：毎年8月の農地利用状況調査（農地パトロール）の結果。';
    r += 3;
    ws.getCell(r, 1).value = '（参考）農業産出額（推計）の推移　（単位：億円）';
    put(ws, r + 1, 1, ['年', 'R元', 'R2', 'R3', 'R4']);
    put(ws, r + 2, 1, ['産出額', 182.4, 178.9, 175.3, 180.1]);
    ws.getColumn(1).width = 14;
  },
  expected: {
    file: 'h53-agri-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: AGRI_HEADS.map(([, name, unit, direction], j) => {
      const [t, a] = AGRI_YEARS[3][1 + j] as [number, number];
      return ind(AGRI_SHEET, name, unit, t, a, { direction });
    }),
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [WELFARE, TOURISM, AGRI];
