/** Hold-out 58, part 2: workbooks that tempt a confident wrong grade (relative targets, merged targets, marked actuals, 見込 columns, hidden old-plan columns, a blank next year and a legend on another sheet). */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const T1 = '実績評価';
const yoy: Holdout2Workbook = {
  name: 'h58-trap-yoy-target',
  layout: '主要事業の成果指標: 目標の列に「前年度比10％増」（前年度実績の列から計算する）と数値が混在、部署の評価の列',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度　商工観光課　主要事業の成果指標']);
    put(ws, 3, 1, ['事業名', '成果指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '評価']);
    const rows: (string | number)[][] = [
      ['観光振興事業', '観光案内所の利用者数', '人', 1200, '前年度比10％増', 1290, 'B'],
      ['ふるさと納税推進事業', 'ふるさと納税の寄附件数', '件', 8450, 9000, 9312, 'A'],
      ['商店街活性化事業', '空き店舗への新規出店数', '件', 4, 6, 3, 'D'],
      ['物産振興事業', '物産展への出展回数', '回', 10, '前年度比20％増', 11, 'B'],
      ['企業誘致事業', '企業訪問件数', '件', 55, 60, 61, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 10, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, 11, 1, ['※「前年度比○％増」の目標は、令和4年度実績に対する増加率。']);
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h58-trap-yoy-target.xlsx',
    fiscalYear: 2023,
    // 1,200 × 1.1 for 「前年度比10％増」 is the reader's arithmetic on another cell's figure, as 基準値比10%増 is: a clerk checks it
    // (added with the rule, grading/lastYearTarget.ts; the blind expectation had no guess).
    guesses: ['target-from-last-year'],
    indicators: [
      ind(T1, '観光案内所の利用者数', '人', 1320, 1290, { existing: 'B' }),
      ind(T1, 'ふるさと納税の寄附件数', '件', 9000, 9312, { existing: 'A' }),
      ind(T1, '空き店舗への新規出店数', '件', 6, 3, { existing: 'D' }),
      ind(T1, '物産展への出展回数', '回', 12, 11, { existing: 'B' }),
      ind(T1, '企業訪問件数', '件', 60, 61, { existing: 'A' }),
    ],
    groups: [],
  },
};

const T2 = '施策3-2';
const mergedGrades = ['B', 'A', 'B', 'B', 'B'];
const merged: Holdout2Workbook = {
  name: 'h58-trap-merged-target',
  layout: '施策評価シート: 目標/実績の2行 × R4〜R7、目標のセルが2か年の列に結合（注記で両年度の目標）、方向の列 ↑↓、空の施策評価欄',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和5年度　施策評価シート']);
    put(ws, 2, 1, ['施策 3-2　子育て支援の充実', undefined, undefined, undefined, undefined, '担当課：こども家庭課']);
    put(ws, 4, 1, ['施策評価', undefined, undefined, '（前年度評価：B）']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['指標名', '単位', '方向', '区分', 'R4', 'R5', 'R6', 'R7（最終）']);
    const r = (row: number, v: (string | number | undefined)[]) => put(ws, row, 1, v);
    r(7, ['子育て支援センターの利用者数', '人', '↑', '目標', 12000, 13000, undefined, 14000]);
    r(8, [undefined, undefined, undefined, '実績', 11480, 12650]);
    ws.mergeCells('F7:G7');
    r(9, ['ファミリー・サポート・センター会員数', '人', '↑', '目標', 520, 540, 560, 580]);
    r(10, [undefined, undefined, undefined, '実績', 515, 548]);
    r(11, ['乳幼児健診の受診率', '％', '↑', '目標', 98.0, undefined, 98.5, 99.0]);
    r(12, [undefined, undefined, undefined, '実績', 97.2, 96.4]);
    ws.mergeCells('E11:F11');
    r(13, ['子育てに不安を感じる保護者の割合', '％', '↓', '目標', 40.0, 38.0, 36.0, 34.0]);
    r(14, [undefined, undefined, undefined, '実績', 42.5, 39.1]);
    r(15, ['放課後児童クラブの定員', '人', '↑', '目標', 600, 650, 650, 700]);
    r(16, [undefined, undefined, undefined, '実績', 610, 640]);
    for (const top of [7, 9, 11, 13, 15]) for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
    put(ws, 18, 1, ['※目標値のセルが2か年にまたがる指標は、両年度とも同じ目標値とする。']);
    put(ws, 19, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 21, 1, ['【施策の成果と課題】']);
    put(ws, 22, 1, ['子育て支援センターの利用は回復傾向にあるが、健診の受診率は未受診者への勧奨が課題。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h58-trap-merged-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2, '子育て支援センターの利用者数', '人', 13000, 12650),
      ind(T2, 'ファミリー・サポート・センター会員数', '人', 540, 548),
      ind(T2, '乳幼児健診の受診率', '％', 98.0, 96.4),
      ind(T2, '子育てに不安を感じる保護者の割合', '％', 38.0, 39.1, { direction: 'down' }),
      ind(T2, '放課後児童クラブの定員', '人', 650, 640),
    ],
    groups: [{ sheet: T2, cell: 'B4', grade: rollUp(mergedGrades) }],
  },
};

const T3 = 'KPI';
const marks: Holdout2Workbook = {
  name: 'h58-trap-footnote-marks',
  layout: 'DX の KPI 表: 実績に「98※2」「31※1」の印、脚注で ※1 は範囲の説明・※2 は速報値、No. の列',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['令和5年度　みなと市DX推進計画 KPI 実績']);
    put(ws, 2, 5, ['デジタル推進課']);
    put(ws, 4, 1, ['No.', 'KPI', '単位', 'R5目標', 'R5実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '行政手続のオンライン化率', '％', 60.0, 58.3],
      [2, 'マイナンバーカードの交付率', '％', 100, '98※2'],
      [3, '電子申請の件数', '件', 12000, 14233],
      [4, 'キャッシュレス決済に対応した窓口数', '窓口', 25, '31※1'],
      [5, 'オープンデータの公開数', '件', 80, 76],
      [6, 'ペーパーレス会議の実施率', '％', 50, 42.0, '部長会議を含む'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※1 支所・出張所の窓口を含む。']);
    put(ws, 13, 1, ['※2 令和6年3月末時点の速報値（確定値は国の公表後に更新）。']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h58-trap-footnote-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3, '行政手続のオンライン化率', '％', 60.0, 58.3),
      ind(T3, 'マイナンバーカードの交付率', '％', 100, 98, { actualStatus: 'provisional' }),
      ind(T3, '電子申請の件数', '件', 12000, 14233),
      ind(T3, 'キャッシュレス決済に対応した窓口数', '窓口', 25, 31),
      ind(T3, 'オープンデータの公開数', '件', 80, 76),
      ind(T3, 'ペーパーレス会議の実施率', '％', 50, 42.0),
    ],
    groups: [],
  },
};

const T4 = '進捗状況';
const estimate: Holdout2Workbook = {
  name: 'h58-trap-estimate-column',
  layout: '環境基本計画: 当年度の列の見出しが「令和5年度実績（見込）」、前年度実績の列、目標の方向（減少/増加）の列が最後',
  build(wb) {
    const ws = wb.addWorksheet(T4);
    put(ws, 1, 1, ['みなと市環境基本計画　令和5年度 進捗状況（令和6年2月作成）']);
    put(ws, 2, 6, ['環境政策課']);
    put(ws, 4, 1, ['環境指標', '単位', '基準値（R2）', '令和4年度実績', '令和5年度目標', '令和5年度実績（見込）', '目標の方向']);
    const rows: (string | number)[][] = [
      ['ごみの1人1日当たり排出量', 'g', 905, 878, 860, 866, '減少'],
      ['リサイクル率', '％', 18.2, 19.0, 22.0, 19.6, '増加'],
      ['市有施設の温室効果ガス排出量', 't-CO2', 12480, 11920, 11200, 11050, '減少'],
      ['環境学習講座の参加者数', '人', 640, 702, 750, 815, '増加'],
      ['住宅用太陽光発電設備の設置補助件数', '件', 48, 55, 60, 41, '増加'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※令和5年度実績は令和6年1月末時点の数値による見込み。確定値は次年度の報告で更新する。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h58-trap-estimate-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T4, 'ごみの1人1日当たり排出量', 'g', 860, 866, { direction: 'down', actualStatus: 'provisional' }),
      ind(T4, 'リサイクル率', '％', 22.0, 19.6, { actualStatus: 'provisional' }),
      ind(T4, '市有施設の温室効果ガス排出量', 't-CO2', 11200, 11050, { direction: 'down', actualStatus: 'provisional' }),
      ind(T4, '環境学習講座の参加者数', '人', 750, 815, { actualStatus: 'provisional' }),
      ind(T4, '住宅用太陽光発電設備の設置補助件数', '件', 60, 41, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const T5 = '成果指標一覧';
const hidden: Holdout2Workbook = {
  name: 'h58-trap-hidden-old-plan',
  layout: '総合計画の成果指標一覧: 前期計画の目標値・実績の列を非表示（D・E）、「330以下」の目標、部署の評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(T5);
    put(ws, 1, 1, ['第6次みなと市総合計画 後期基本計画　令和5年度 成果指標一覧']);
    put(ws, 2, 8, ['企画政策課']);
    put(ws, 4, 1, ['施策', '成果指標', '単位', '前期計画 目標値（R2）', '前期計画 実績（R2）', '基準値（R2）', '目標値（R5）', '実績値（R5）', '評価']);
    const rows: (string | number)[][] = [
      ['1-1', '特定健康診査の受診率', '％', 60.0, 41.2, 41.2, 50.0, 45.6, 'B'],
      ['1-2', '救急講習の受講者数', '人', 2000, 1120, 1120, 1500, 1610, 'A'],
      ['2-1', '自主防災組織の組織率', '％', 90.0, 82.5, 82.5, 88.0, 86.1, 'B'],
      ['2-2', '刑法犯認知件数', '件', '400以下', 362, 362, '330以下', 341, 'B'],
      ['3-1', '観光入込客数', '千人', 1800, 920, 920, 1300, 1180, 'B'],
      ['3-2', '新規就農者数', '人', 10, 6, 6, 8, 4, 'D'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.getColumn(4).hidden = true;
    ws.getColumn(5).hidden = true;
    put(ws, 12, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h58-trap-hidden-old-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T5, '特定健康診査の受診率', '％', 50.0, 45.6, { existing: 'B' }),
      ind(T5, '救急講習の受講者数', '人', 1500, 1610, { existing: 'A' }),
      ind(T5, '自主防災組織の組織率', '％', 88.0, 86.1, { existing: 'B' }),
      ind(T5, '刑法犯認知件数', '件', 330, 341, { direction: 'down', existing: 'B' }),
      ind(T5, '観光入込客数', '千人', 1300, 1180, { existing: 'B' }),
      ind(T5, '新規就農者数', '人', 8, 4, { existing: 'D' }),
    ],
    groups: [],
  },
};

const T6 = '評価';
const twoYears: Holdout2Workbook = {
  name: 'h58-trap-two-years-legend-sheet',
  layout: '施策評価シート: 令和5年度と令和6年度の目標・実績・評価を横に（令和6年度は目標だけ）、◎○△× の評価、凡例は別シート「評価基準」',
  build(wb) {
    const ws = wb.addWorksheet(T6);
    put(ws, 1, 1, ['施策評価シート（令和5年度実績の評価）']);
    put(ws, 2, 1, ['施策名：生涯スポーツの推進', undefined, undefined, undefined, '担当課：スポーツ振興課']);
    put(ws, 4, 1, ['成果指標', '単位', '令和5年度', undefined, undefined, '令和6年度']);
    put(ws, 5, 3, ['目標', '実績', '評価', '目標', '実績', '評価']);
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:B5');
    ws.mergeCells('C4:E4');
    ws.mergeCells('F4:H4');
    const rows: (string | number | undefined)[][] = [
      ['週1回以上運動する成人の割合', '％', 50.0, 46.8, '○', 52.0],
      ['総合体育館の利用者数', '人', 98000, 101250, '◎', 100000],
      ['スポーツ教室の開催数', '回', 120, 84, '△', 125],
      ['スポーツ少年団の団員数', '人', 900, 712, '△', 900],
      ['市民スポーツ大会の参加者数', '人', 3500, 3520, '◎', 3600],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 12, 1, ['※評価の基準は「評価基準」シートを参照']);
    ws.getColumn(1).width = 30;
    const legend = wb.addWorksheet('評価基準');
    put(legend, 1, 1, ['成果指標の評価基準']);
    put(legend, 3, 1, ['評価', '基準（達成率＝実績÷目標）']);
    put(legend, 4, 1, ['◎', '目標を達成（100％以上）']);
    put(legend, 5, 1, ['○', '概ね達成（80％以上100％未満）']);
    put(legend, 6, 1, ['△', 'やや遅れ（60％以上80％未満）']);
    put(legend, 7, 1, ['×', '遅れ（60％未満）']);
  },
  expected: {
    file: 'h58-trap-two-years-legend-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T6, '週1回以上運動する成人の割合', '％', 50.0, 46.8, { existing: '○' }),
      ind(T6, '総合体育館の利用者数', '人', 98000, 101250, { existing: '◎' }),
      ind(T6, 'スポーツ教室の開催数', '回', 120, 84, { existing: '△' }),
      ind(T6, 'スポーツ少年団の団員数', '人', 900, 712, { existing: '△' }),
      ind(T6, '市民スポーツ大会の参加者数', '人', 3500, 3520, { existing: '◎' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [yoy, merged, marks, estimate, hidden, twoYears];
