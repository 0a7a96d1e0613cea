/**
 * Hold-out 41: 総合戦略 KPI sheets whose 基準値 and 目標値 cells carry their year inside the text
 * (「2,310人（R1）」「120万人（R7）」), a 効果検証シート of actuals over the years with a final target and units in the
 * value text, and an environment plan's table whose indicator names carry ※ marks with their units in the footnotes.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string): void {
  ws.mergeCells(r1, c1, r2, c2);
  if (value !== undefined) ws.getCell(r1, c1).value = value;
}

// ---------------------------------------------------------------------------------------------------------
// 1. 総合戦略: a 数値目標 table and a KPI table (one more column) on one sheet, years inside the text.

function buildStrategy(wb: Workbook): void {
  const ws = wb.addWorksheet('基本目標1');
  ws.getColumn(1).width = 2;
  put(ws, 1, 2, ['第２期若葉市まち・ひと・しごと創生総合戦略　効果検証シート（令和５年度実績）']);
  put(ws, 2, 2, ['基本目標１　しごとをつくり、安心して働けるようにする']);
  put(ws, 4, 2, ['【数値目標】']);
  put(ws, 5, 2, ['指標', '基準値', '目標値', '実績値（R5）', '評価', '担当課']);
  put(ws, 6, 2, ['転入者数', '2,310人（R1）', '2,600人（R7）', '2,415人', 'B', '企画課']);
  put(ws, 8, 2, ['【重要業績評価指標（KPI）】']);
  put(ws, 9, 2, ['具体的な施策', 'KPI', '基準値', '目標値', '実績値（R5）', '評価', '担当課']);
  merge(ws, 10, 2, 11, 2, '(1)地域産業の振興');
  put(ws, 10, 3, ['企業誘致件数', '－（R2）', '10社（R3～R7累計）', '6社（累計）', 'B', '商工課']);
  put(ws, 11, 3, ['創業件数', '18件（R1）', '年間25件（R7）', '21件', 'B', '商工課']);
  merge(ws, 12, 2, 13, 2, '(2)観光の振興');
  put(ws, 12, 3, ['観光入込客数', '98.4万人（R1）', '120万人（R7）', '87.6万人', 'C', '観光課']);
  put(ws, 13, 3, ['外国人宿泊者数', '3,120人（R1）', '5,000人（R7）', '1,842人', 'D', '観光課']);
  merge(ws, 14, 2, 15, 2, '(3)移住・定住の促進');
  put(ws, 14, 3, ['移住相談件数', '145件（R1）', '年間200件（R7）', '236件', 'A', '移住定住課']);
  put(ws, 15, 3, ['子育て世代の定住意向', '58.2％（R2）', '65.0％（R7）', '61.9％', 'B', '移住定住課']);
  put(ws, 17, 2, ['※基準値・目標値の（　）内は年度。評価は目標値に対する実績値の割合で、A：100％以上、B：80％以上、C：60％以上、D：60％未満。']);
  put(ws, 18, 2, ['※観光入込客数は暦年の値。子育て世代の定住意向は市民意識調査（20～40歳代）による。']);
}

const S1 = '基本目標1';
export const STRATEGY_YEAR_IN_TEXT: Holdout2Workbook = {
  name: 'h41-strategy-kpi-year-in-text',
  layout:
    '総合戦略の効果検証シート：数値目標の表とKPIの表（列が1つ多い、具体的な施策を結合）が1シートに、A列は空き。基準値・目標値のセルに単位と年度（「2,310人（R1）」「年間25件（R7）」「10社（R3～R7累計）」）、実績は「6社（累計）」。評価は記入済み',
  build: buildStrategy,
  expected: {
    file: 'h41-strategy-kpi-year-in-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '転入者数', '人', 2600, 2415, { existing: 'B' }),
      ind(S1, '企業誘致件数', '社', 10, 6, { existing: 'B' }),
      ind(S1, '創業件数', '件', 25, 21, { existing: 'B' }),
      ind(S1, '観光入込客数', '万人', 120, 87.6, { existing: 'C' }),
      ind(S1, '外国人宿泊者数', '人', 5000, 1842, { existing: 'D' }),
      ind(S1, '移住相談件数', '件', 200, 236, { existing: 'A' }),
      ind(S1, '子育て世代の定住意向', '％', 65, 61.9, { existing: 'B' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 2. 効果検証シート: actuals over 令和3～6年度 under one merged 実績 heading, the final target at the right,
//    no unit column (units in the text), full-width figures, a （見込み） actual; the R6 column still empty.

const VERIFY: [string, string, string, string, string, string, string][] = [
  ['市内事業所の従業者数', '31,420人（H28）', '31,380人', '31,290人', '３１，２０５人', '32,000人', '経済センサス等による推計'],
  ['農産物直売所の販売額', '412百万円（R1）', '436百万円', '455百万円', '468百万円', '500百万円', '市内5直売所の合計'],
  ['子育て支援に満足している市民の割合', '42.0％（R2）', '44.5％', '46.0％', '４８．２％（見込み）', '55.0％', '市民意識調査（速報）'],
  ['待機児童数', '12人（R2.4.1）', '6人', '4人', '3人', '0人', '各年4月1日現在。減少を目指す指標'],
  ['ふるさと納税寄附件数', '8,200件（R1）', '11,045件', '14,388件', '16,734件', '15,000件', ''],
  ['市の支援による移住者数', '52人（R1）', '58人', '61人', '64人', '80人', '年間の人数'],
];

function buildVerify(wb: Workbook): void {
  const ws = wb.addWorksheet('KPI推移');
  put(ws, 1, 2, ['令和５年度　地方創生推進交付金事業　効果検証シート']);
  put(ws, 2, 2, ['事業名：「農」と「食」でつなぐ定住促進プロジェクト（令和３年度～令和７年度）']);
  merge(ws, 4, 2, 5, 2, 'KPI');
  merge(ws, 4, 3, 5, 3, '基準値');
  merge(ws, 4, 4, 4, 7, '実績');
  put(ws, 5, 4, ['令和３年度', '令和４年度', '令和５年度', '令和６年度']);
  merge(ws, 4, 8, 5, 8, '目標値\n（令和７年度）');
  merge(ws, 4, 9, 5, 9, '備考');
  VERIFY.forEach(([name, base, r3, r4, r5, target, note], i) => put(ws, 6 + i, 2, [name, base, r3, r4, r5, undefined, target, note || undefined]));
  put(ws, 13, 2, ['※令和５年度の実績は目標値（令和７年度）に対する達成状況で評価する。']);
}

const S2 = 'KPI推移';
export const VERIFY_UNITS_IN_TEXT: Holdout2Workbook = {
  name: 'h41-verification-units-in-text',
  layout:
    '地方創生交付金の効果検証シート：KPI｜基準値（「31,420人（H28）」）｜結合した「実績」の下に令和３～６年度（令和６年度は空）｜目標値（令和７年度）｜備考。単位は値の文字の中、全角数字、「（見込み）」の実績、最終目標で評価、減少は備考に',
  build: buildVerify,
  expected: {
    file: 'h41-verification-units-in-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '市内事業所の従業者数', '人', 32000, 31205),
      ind(S2, '農産物直売所の販売額', '百万円', 500, 468),
      ind(S2, '子育て支援に満足している市民の割合', '％', 55, 48.2, { actualStatus: 'provisional' }),
      ind(S2, '待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(S2, 'ふるさと納税寄附件数', '件', 15000, 16734),
      ind(S2, '市の支援による移住者数', '人', 80, 64),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 3. Environment plan: names with ※ marks, a 単位 column that points to the footnote (「※1」), the units and the
//    direction in the footnotes below the table; a merged 区分 column; the 評価 column still empty.

function buildEnvironment(wb: Workbook): void {
  const ws = wb.addWorksheet('指標の状況');
  put(ws, 1, 1, ['第３次環境基本計画の進捗状況（2023年度実績）']);
  put(ws, 2, 1, ['（注）基準年度は2013年度。評価欄は環境審議会への報告時に記入する。']);
  put(ws, 4, 1, ['区分', '指標', '単位', '基準年度値', '2023年度目標', '2023年度実績', '評価', '備考']);
  merge(ws, 5, 1, 6, 1, '脱炭素');
  put(ws, 5, 2, ['市域の温室効果ガス排出量※1', '※1', 845, 612, 655]);
  put(ws, 6, 2, ['公共施設の太陽光発電設備導入数', '施設', 8, 30, 17, undefined, '設置可能な屋根の調査中']);
  merge(ws, 7, 1, 8, 1, '循環型社会');
  put(ws, 7, 2, ['1人1日当たりのごみ排出量※2', '※2', 962, 850, 838]);
  put(ws, 8, 2, ['リサイクル率※3', '※3', 19.2, 25.0, 21.6]);
  merge(ws, 9, 1, 10, 1, '自然環境');
  put(ws, 9, 2, ['河川のBOD環境基準達成率※3※4', '※3', 75.0, 100, 87.5]);
  put(ws, 10, 2, ['環境学習講座の開催回数', '回', 12, 24, 26]);
  put(ws, 12, 1, ['※1 単位：千t-CO2（二酸化炭素換算）。排出量の削減を目指す指標です。']);
  put(ws, 13, 1, ['※2 単位：g。家庭系・事業系ごみの合計を人口と日数で除した値。削減を目指す指標です。']);
  put(ws, 14, 1, ['※3 単位：％']);
  put(ws, 15, 1, ['※4 市内8地点のうち環境基準を満たした地点の割合（2023年度は8地点中7地点）']);
}

const S3 = '指標の状況';
export const FOOTNOTE_UNITS: Holdout2Workbook = {
  name: 'h41-footnote-marks-units',
  layout:
    '環境基本計画の進捗表：指標名に※1～※4の脚注記号、単位の列に「※1」、単位と削減の向きは表の下の脚注に。区分の列を結合、西暦の年度（2023年度目標・2023年度実績）、評価の列は空',
  build: buildEnvironment,
  expected: {
    file: 'h41-footnote-marks-units.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '市域の温室効果ガス排出量', '千t-CO2', 612, 655, { direction: 'down' }),
      ind(S3, '公共施設の太陽光発電設備導入数', '施設', 30, 17),
      ind(S3, '1人1日当たりのごみ排出量', 'g', 850, 838, { direction: 'down' }),
      ind(S3, 'リサイクル率', '％', 25, 21.6),
      ind(S3, '河川のBOD環境基準達成率', '％', 100, 87.5),
      ind(S3, '環境学習講座の開催回数', '回', 24, 26),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [STRATEGY_YEAR_IN_TEXT, VERIFY_UNITS_IN_TEXT, FOOTNOTE_UNITS];
