/**
 * Hold-out 53, traps (1): the direction given only by a footnote mark (※印の指標は数値が小さいほど良い), a department's
 * 評価 computed on the base-year ratio (基準年比) with the city's own bands written under the table, and actuals
 * written as fractions of the whole (「12/15校」, 「412/430教室（95.8％）」).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// 7. 一般廃棄物処理基本計画: ※ on the names marks lower-is-better, only the footnote says so
// ---------------------------------------------------------------------------------------------
const WASTE_SHEET = '数値目標';
/** name as a clerk reads it, ※ mark, unit, 基準値 (R元), R5 目標, R5 実績, 備考 */
const WASTE_ROWS: [string, boolean, string, number, number, number, string?][] = [
  ['1人1日当たりごみ排出量', true, 'g', 912, 880, 893],
  ['家庭系ごみ排出量（資源物を除く）', true, 't', 28450, 26800, 27120],
  ['リサイクル率', false, '％', 18.2, 22.0, 19.4, '店頭回収分の把握が課題'],
  ['最終処分量', true, 't', 3850, 3400, 3210, '焼却灰の資源化（R4〜）'],
  ['集団資源回収の実施団体数', false, '団体', 142, 150, 131, '子ども会の解散等により減少'],
  ['不法投棄の回収件数', true, '件', 268, 220, 301, '監視カメラを3か所増設'],
  ['食品ロス削減推進店の登録数', false, '店', 35, 60, 72],
];

const WASTE: Holdout2Workbook = {
  name: 'h53-trap-footnote-mark-down',
  layout: '一般廃棄物処理基本計画の数値目標: 「小さいほど良い」は名前の後の※と表の下の脚注だけ、基準値(R元)・R5目標・R5実績・備考、右に参考のごみ組成',
  build(wb) {
    const ws = wb.addWorksheet(WASTE_SHEET);
    ws.getCell('B1').value = '○○市一般廃棄物処理基本計画　令和5年度 数値目標の達成状況';
    ws.getCell('B2').value = '環境部 ごみ減量推進課';
    put(ws, 4, 2, ['指標', '単位', '基準値\n（R元）', '令和5年度', undefined, '備考']);
    put(ws, 5, 5, ['目標', '実績']);
    for (const c of ['B', 'C', 'D', 'G']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('E4:F4');
    WASTE_ROWS.forEach(([name, mark, unit, base, target, actual, note], i) =>
      put(ws, 6 + i, 2, [`${name}${mark ? '※' : ''}`, unit, base, target, actual, note]),
    );
    const foot = 6 + WASTE_ROWS.length;
    ws.getCell(foot + 1, 2).value = '※印の指標は、数値が小さいほど良い指標です。';
    ws.getCell(foot + 2, 2).value = '注）排出量には災害廃棄物を含まない。1人1日当たりごみ排出量＝ごみ総排出量÷人口÷年間日数';
    put(ws, 4, 10, ['（参考）可燃ごみの組成（R5、湿重量比）']);
    put(ws, 5, 10, ['紙類', '38.2％']);
    put(ws, 6, 10, ['厨芥類', '31.5％']);
    put(ws, 7, 10, ['プラスチック類', '14.8％']);
    put(ws, 8, 10, ['その他', '15.5％']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h53-trap-footnote-mark-down.xlsx',
    fiscalYear: 2023,
    indicators: WASTE_ROWS.map(([name, mark, unit, , target, actual]) => ind(WASTE_SHEET, name, unit, target, actual, { direction: mark ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 8. 住宅マスタープラン: 評価 by 基準年比 with the city's bands under the table
// ---------------------------------------------------------------------------------------------
const HOUSING_SHEET = '成果指標の検証';
/** name, unit, 基準値 (H30), R5 目標, R5 実績, 評価 written (by 基準年比), 備考 */
const HOUSING_ROWS: [string, string, number, number, number, string, string?][] = [
  ['住宅の耐震化率', '％', 84.5, 92.0, 89.1, 'B', '住宅・土地統計調査からの推計'],
  ['空き家バンクの登録物件数（累計）', '件', 42, 120, 98, 'A'],
  ['市営住宅の長寿命化改修戸数（累計）', '戸', 120, 360, 252, 'A', '資材高騰により1団地を延期'],
  ['サービス付き高齢者向け住宅の戸数', '戸', 410, 520, 468, 'A'],
  ['住まいに満足している市民の割合', '％', 71.3, 75.0, 70.8, 'C', '市民意識調査（R5.7）'],
  ['新婚・子育て世帯の住宅取得支援件数', '件', 85, 100, 112, 'A'],
  ['特定空家等の件数', '件', 64, 50, 58, 'C', '減少を目指す指標'],
];
const baseRatio = (base: number, actual: number) => `${((100 * actual) / base).toFixed(1)}％`;

const HOUSING: Holdout2Workbook = {
  name: 'h53-trap-base-year-rating',
  layout: '住宅マスタープランの成果指標の検証: 評価は基準年比（実績÷H30基準値）で市の帯（110/100/90％）により判定と脚注、達成率の列はない、減少は備考だけ',
  build(wb) {
    const ws = wb.addWorksheet(HOUSING_SHEET);
    ws.getCell('A1').value = '○○市住宅マスタープラン（平成31年3月策定）成果指標の検証　令和5年度';
    ws.getCell('A2').value = '都市整備部 住宅政策課';
    put(ws, 4, 1, ['No', '成果指標', '単位', '基準値\n（H30）', '目標値\n（R5）', '実績値\n（R5）', '基準年比', '評価', '備考']);
    HOUSING_ROWS.forEach(([name, unit, base, target, actual, grade, note], i) =>
      put(ws, 5 + i, 1, [i + 1, name, unit, base, target, actual, baseRatio(base, actual), grade, note]),
    );
    const foot = 5 + HOUSING_ROWS.length;
    ws.getCell(foot + 1, 1).value = '※評価は基準年比（実績値÷基準値）により判定　A：110％以上　B：100％以上110％未満　C：90％以上100％未満　D：90％未満';
    ws.getCell(foot + 2, 1).value = '※目標値は計画の中間年（R5）の値。最終目標（R10）は次期見直しで設定する。';
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h53-trap-base-year-rating.xlsx',
    fiscalYear: 2023,
    indicators: HOUSING_ROWS.map(([name, unit, , target, actual, existing, note]) =>
      ind(HOUSING_SHEET, name, unit, target, actual, { existing, direction: note?.includes('減少') ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 9. 学校施設・GIGAスクール: actuals written as fractions of the whole
// ---------------------------------------------------------------------------------------------
const SCHOOL_SHEET = '実施状況';
/** 取組, name, target text, unit, target, actual text, actual, 備考 */
const SCHOOL_ROWS: [string, string, string, string, number, string, number, string?][] = [
  ['トイレ洋式化', '洋式化を完了した学校数', '15校', '校', 15, '12/15校', 12, '3校はR6夏に工事'],
  ['体育館空調', '体育館に空調設備を設置した学校数', '8校', '校', 8, '5/8校', 5, '避難所指定校から順次'],
  ['ICT環境', '大型提示装置を整備した普通教室の割合', '100％', '％', 100, '412/430教室（95.8％）', 95.8, '特別教室はR6'],
  ['ICT環境', '1人1台端末の持ち帰り学習を実施した学校の割合', '100％', '％', 100, '23/23校（100％）', 100],
  ['安全対策', '防犯カメラを設置した小学校数', '10校', '校', 10, '10/10校', 10],
  ['長寿命化', '長寿命化改修に着手した学校数', '3校', '校', 3, '2/3校', 2, '1校は入札不調'],
];

const SCHOOL: Holdout2Workbook = {
  name: 'h53-trap-fraction-actuals',
  layout: '学校施設整備・GIGAスクールの実施状況: 実績が「12/15校」「412/430教室（95.8％）」の分数、目標は「15校」「100％」の文字、取組の区分列、達成の列は○×',
  build(wb) {
    const ws = wb.addWorksheet(SCHOOL_SHEET);
    ws.getCell('A1').value = '令和5年度　学校施設整備・GIGAスクール構想推進 実施状況';
    ws.getCell('F1').value = '教育総務課';
    ws.getCell('A2').value = '（市立小学校15校・中学校8校）';
    put(ws, 4, 1, ['取組', '指標', '目標（R5）', '実績（R5）', '達成', '備考']);
    SCHOOL_ROWS.forEach(([area, name, tText, , target, aText, actual, note], i) =>
      put(ws, 5 + i, 1, [area, name, tText, aText, actual >= target ? '○' : '×', note]),
    );
    ws.mergeCells('A7:A8');
    ws.getCell(5 + SCHOOL_ROWS.length + 1, 1).value = '※実績は令和6年3月31日現在。分母は対象となる学校数・教室数。';
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h53-trap-fraction-actuals.xlsx',
    fiscalYear: 2023,
    indicators: SCHOOL_ROWS.map(([, name, , unit, target, , actual]) => ind(SCHOOL_SHEET, name, unit, target, actual)),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [WASTE, HOUSING, SCHOOL];
