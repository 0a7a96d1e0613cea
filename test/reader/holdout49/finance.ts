/** Hold-out 49: a 行財政改革 実施計画の取組実績, a 地方創生推進交付金 効果検証シート and a 公共施設等総合管理計画 進捗. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, row: number) => {
  ws.getRow(row).alignment = { wrapText: true, vertical: 'middle' };
};
const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// 4. 行財政改革 実施計画: one row per 取組, 効果額 目標/実績 under a merged heading, the unit only in （単位：千円） above the table, a 合計 row.
const GY = '取組実績';
const GYOKAKU: [string, string, string, number, number, string][] = [
  ['使用料・手数料の見直し', '財政課', '受益者負担の適正化に向け、施設使用料の改定（令和5年10月施行）を実施した。', 12000, 9850, 'B'],
  ['市税等の収納率向上', '納税課', 'スマートフォン決済の導入と滞納繰越分の徴収強化により収納額が増加した。', 30000, 34200, 'A'],
  ['ふるさと納税の推進', '企画課', '返礼品を42品目追加したが、寄附件数は前年度を下回った。', 150000, 118400, 'B'],
  ['公共施設の統廃合', '資産経営課', '旧北出張所を廃止し、機能を北地区市民センターに統合した。', 4500, 4500, 'A'],
  ['未利用市有地の売却', '資産経営課', '2件の一般競争入札を実施したが、いずれも不調となった。', 60000, 0, 'D'],
  ['補助金の整理合理化', '財政課', '終期を設定した補助金11件を見直し、うち4件を廃止した。', 8000, 6720, 'B'],
];
const gyokaku: Holdout2Workbook = {
  name: 'h49-gyokaku-kokaigaku',
  layout: '行財政改革 実施計画 取組実績: 効果額 目標/実績 (merged 2-row heading), unit only in （単位：千円） above, a 合計 row, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(GY);
    ws.getColumn(4).width = 50;
    put(ws, 1, 1, ['第３次○○市行財政改革実施計画　令和５年度 取組実績']);
    put(ws, 2, 7, ['総務部 行政経営課']);
    put(ws, 4, 6, ['（単位：千円）']);
    put(ws, 5, 1, ['No.', '取組項目', '担当課', '取組内容及び実績（令和５年度）', '効果額', undefined, '自己評価']);
    put(ws, 6, 5, ['目標', '実績']);
    for (const c of [1, 2, 3, 4, 7]) ws.mergeCells(5, c, 6, c);
    ws.mergeCells(5, 5, 5, 6);
    GYOKAKU.forEach(([name, ka, text, t, a, g], i) => {
      put(ws, 7 + i, 1, [i + 1, name, ka, text, t, a, g]);
      ws.getCell(7 + i, 5).numFmt = '#,##0';
      ws.getCell(7 + i, 6).numFmt = '#,##0';
      ws.getRow(7 + i).alignment = { wrapText: true, vertical: 'top' };
    });
    const end = 7 + GYOKAKU.length;
    put(ws, end, 2, ['合計', undefined, undefined, GYOKAKU.reduce((s, x) => s + x[3], 0), GYOKAKU.reduce((s, x) => s + x[4], 0)]);
    put(ws, end + 2, 1, ['※効果額は一般財源ベースの単年度効果額（見込みを含まない）。']);
    put(ws, end + 3, 1, ['※自己評価　A：目標どおり達成　B：概ね達成　C：一部達成　D：未達成']);
  },
  expected: {
    file: 'h49-gyokaku-kokaigaku.xlsx',
    fiscalYear: 2023,
    indicators: GYOKAKU.map(([name, , , t, a, g]) => ind(GY, name, '千円', t, a, { existing: g })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 5. 地方創生推進交付金 効果検証: two 事業 blocks, each KPI two rows (目標値 / 実績値) with its name and unit merged over them, R3…R5 columns.
const SO = '効果検証';
type Kpi = [string, string, (number | string)[], (number | string)[]];
const JIGYO: [string, number, Kpi[]][] = [
  [
    '○○市観光DMO連携による滞在型観光推進事業',
    48200,
    [
      ['観光入込客数（宿泊者数）', '人', ['－', 70000, 78000, 86000], [61200, 66310, 74980, 79450]],
      ['観光消費額', '百万円', ['－', 3500, 3850, 4200], [3120, 3290, 3640, 3870]],
      ['新規観光商品の造成数', '件', ['－', 4, 5, 6], [0, 3, 6, 7]],
    ],
  ],
  [
    '移住・定住促進と関係人口創出事業',
    21600,
    [
      ['移住相談件数', '件', ['－', 180, 210, 240], [152, 176, 228, 263]],
      ['市の支援制度を利用した移住者数', '人', ['－', 40, 50, 60], [28, 35, 44, 41]],
      ['関係人口登録者数（累計）', '人', ['－', 500, 1000, 1500], [0, 410, 820, 1152]],
    ],
  ],
];
const sousei: Holdout2Workbook = {
  name: 'h49-sousei-kouka-kensho',
  layout: '地方創生推進交付金 効果検証シート: 事業 blocks (事業名, 事業費 line), KPI name/unit merged over 目標値/実績値 rows, 事業開始前 and R3…R5 columns',
  build(wb) {
    const ws = wb.addWorksheet(SO);
    ws.getColumn(1).width = 30;
    put(ws, 1, 1, ['地方創生推進交付金事業 効果検証シート（令和５年度実施分）']);
    put(ws, 2, 6, ['企画政策課']);
    let r = 4;
    JIGYO.forEach(([jigyo, cost, kpis], j) => {
      put(ws, r, 1, [`事業${j + 1}`, jigyo]);
      ws.mergeCells(r, 2, r, 7);
      put(ws, r + 1, 1, ['交付対象事業費（令和５年度）', `${cost.toLocaleString('en-US')}千円`]);
      put(ws, r + 2, 1, ['重要業績評価指標（KPI）', '単位', '区分', '事業開始前\n（令和２年度）', '令和３年度', '令和４年度', '令和５年度']);
      wrap(ws, r + 2);
      r += 3;
      for (const [name, unit, targets, actuals] of kpis) {
        put(ws, r, 1, [name, unit, '目標値', ...targets]);
        put(ws, r + 1, 3, ['実績値', ...actuals]);
        ws.mergeCells(r, 1, r + 1, 1);
        ws.mergeCells(r, 2, r + 1, 2);
        r += 2;
      }
      put(ws, r, 1, ['事業の効果', j === 0 ? '地方創生に相当程度効果があった' : '地方創生に効果があった']);
      put(ws, r + 1, 1, ['外部有識者の意見', j === 0 ? '宿泊者数は回復基調にあり、DMOとの連携を継続されたい。' : '移住者数の伸び悩みについて要因分析が必要。']);
      r += 4;
    });
    put(ws, r, 1, ['※目標値は地域再生計画に定めた各年度の目標値。実績値は各年度末時点。']);
  },
  expected: {
    file: 'h49-sousei-kouka-kensho.xlsx',
    fiscalYear: 2023,
    indicators: JIGYO.flatMap(([, , kpis]) => kpis.map(([name, unit, t, a]) => ind(SO, name, unit, t[3] as number, a[3] as number))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 6. 公共施設等総合管理計画: 数値目標 with a 令和８年度末 target only (period R5年度末), 縮減 in the target cell, a 施設類型別 延床面積 table beside it.
const KK = '進捗状況';
const kokyo: Holdout2Workbook = {
  name: 'h49-kokyo-shisetsu',
  layout:
    '公共施設等総合管理計画 数値目標: 基準値/目標値（R8年度末）/実績値（R5年度末）, 「10％縮減」 in the target cell, a 施設類型別 延床面積 table beside with a 合計',
  build(wb) {
    const ws = wb.addWorksheet(KK);
    ws.getColumn(2).width = 34;
    put(ws, 1, 1, ['○○市公共施設等総合管理計画　数値目標の進捗状況（令和５年度末時点）']);
    put(ws, 2, 6, ['財務部 資産経営課']);
    put(ws, 4, 1, ['１　数値目標']);
    put(ws, 5, 1, ['No.', '数値目標', '単位', '基準値\n（平成28年度末）', '目標値\n（令和８年度末）', '実績値\n（令和５年度末）', '備考']);
    wrap(ws, 5);
    put(ws, 6, 1, [1, '公共施設の延床面積', '㎡', 346800, '312,100\n（基準値から10％縮減）', 331450, '基準値から4.4％縮減']);
    put(ws, 7, 1, [2, '長寿命化改修の実施施設数（累計）', '施設', 0, 24, 15, '']);
    put(ws, 8, 1, [3, '施設の統廃合・複合化の件数（累計）', '件', 0, 12, 9, '']);
    put(ws, 9, 1, [4, '未利用施設の売却・貸付件数（累計）', '件', 0, 8, 5, '令和5年度 旧南小学校跡地を貸付']);
    put(ws, 10, 1, [5, '個別施設計画の策定率', '％', 35.0, 100.0, 100.0, '令和3年度に全施設類型で策定済み']);
    for (let r = 6; r <= 10; r++) for (const c of [4, 6]) ws.getCell(r, c).numFmt = '#,##0';
    put(ws, 4, 9, ['２　施設類型別の延床面積（令和５年度末）']);
    put(ws, 5, 9, ['施設類型', '延床面積（㎡）', '構成比']);
    const types: [string, number][] = [
      ['学校教育系施設', 168240],
      ['市民文化系施設', 38910],
      ['公営住宅', 52300],
      ['スポーツ・レクリエーション系施設', 21880],
      ['行政系施設', 19460],
      ['子育て支援施設', 9870],
      ['その他', 20790],
    ];
    const total = types.reduce((s, t) => s + t[1], 0);
    types.forEach(([t, v], i) => {
      put(ws, 6 + i, 9, [t, v, v / total]);
      ws.getCell(6 + i, 11).numFmt = '0.0%';
    });
    put(ws, 6 + types.length, 9, ['合計', total, 1]);
    ws.getCell(6 + types.length, 11).numFmt = '0.0%';
    put(ws, 14, 1, ['※実績値は固定資産台帳（令和5年度末）による。目標値は計画期間（平成29年度～令和8年度）の最終年度の値。']);
  },
  expected: {
    file: 'h49-kokyo-shisetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(KK, '公共施設の延床面積', '㎡', 312100, 331450, { direction: 'down' })),
      final(ind(KK, '長寿命化改修の実施施設数（累計）', '施設', 24, 15)),
      final(ind(KK, '施設の統廃合・複合化の件数（累計）', '件', 12, 9)),
      final(ind(KK, '未利用施設の売却・貸付件数（累計）', '件', 8, 5)),
      final(ind(KK, '個別施設計画の策定率', '％', 100, 100)),
    ],
    groups: [],
  },
};

export const FINANCE_WORKBOOKS: Holdout2Workbook[] = [gyokaku, sousei, kokyo];
