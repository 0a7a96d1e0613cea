/**
 * Hold-out 53, traps (2): targets written 「現状維持」 beside the 現状値 column, a row whose indicator changed its
 * definition mid-plan with the old definition's figures in the 備考, and actuals per 日常生活圏域 with a 市全体 column
 * (one a rate, so 市全体 is not the sum; one whose 市全体 includes a city-level post).
 */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// 10. 文化振興計画: 「現状維持」 targets
// ---------------------------------------------------------------------------------------------
const CULTURE_SHEET = '評価シート';
/** 施策, name, unit, 現状値 (R2), R5 目標 (number or 現状維持), R5 実績, 評価 written */
const CULTURE_ROWS: [string, string, string, number, number | '現状維持', number, string][] = [
  ['1 文化芸術に親しむ機会の充実', '文化会館の年間利用者数', '人', 186400, 200000, 171250, 'B'],
  ['1 文化芸術に親しむ機会の充実', '市民文化祭の参加団体数', '団体', 84, '現状維持', 79, 'B'],
  ['2 歴史・文化遺産の保存と活用', '文化財公開施設の入館者数', '人', 12850, 15000, 15620, 'A'],
  ['2 歴史・文化遺産の保存と活用', '伝統芸能保存団体数', '団体', 17, '現状維持', 17, 'A'],
  ['3 文化を支える人と場づくり', '美術館企画展の観覧者満足度', '％', 88.4, 90.0, 86.1, 'B'],
  ['3 文化を支える人と場づくり', '子ども向け文化体験事業の参加者数', '人', 2340, 3000, 1720, 'C'],
  ['3 文化を支える人と場づくり', '学校・福祉施設へのアウトリーチ実施回数', '回', 24, '現状維持', 21, 'B'],
];

const CULTURE: Holdout2Workbook = {
  name: 'h53-trap-status-quo-target',
  layout: '文化振興計画の評価シート: 目標値(R5)の3つが「現状維持」で、数は現状値(R2)の列にだけある、施策の列は結合、評価の列、下に注記',
  build(wb) {
    const ws = wb.addWorksheet(CULTURE_SHEET);
    ws.getCell('A1').value = '○○市文化振興計画　令和5年度 評価シート';
    ws.getCell('A2').value = '市民文化部 文化振興課　（評価対象：令和5年度の取組）';
    put(ws, 4, 1, ['施策', '指標', '単位', '現状値\n（R2）', '目標値\n（R5）', '実績値\n（R5）', '評価', '評価の理由']);
    CULTURE_ROWS.forEach(([area, name, unit, base, target, actual, grade], i) =>
      put(ws, 5 + i, 1, [area, name, unit, base, target, actual, grade, i === 1 ? '高齢化により3団体が活動休止' : undefined]),
    );
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A8');
    ws.mergeCells('A9:A11');
    const foot = 5 + CULTURE_ROWS.length;
    ws.getCell(foot + 1, 1).value = '※「現状維持」は現状値（R2）の水準を維持することを目標とする。';
    ws.getCell(foot + 2, 1).value = '※評価　A：目標を達成　B：目標の80％以上　C：60％以上　D：60％未満';
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h53-trap-status-quo-target.xlsx',
    fiscalYear: 2023,
    indicators: CULTURE_ROWS.map(([, name, unit, base, target, actual, existing]) =>
      ind(CULTURE_SHEET, name, unit, target === '現状維持' ? base : target, actual, { existing }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 11. 緑の基本計画: a definition changed mid-plan, old figures in the 備考
// ---------------------------------------------------------------------------------------------
const GREEN_SHEET = '進行管理';
/** name, unit, 計画策定時 (text or number), R5 目標, R5 実績, 評価 written, 備考 */
const GREEN_ROWS: [string, string, number | string, number, number, string, string?][] = [
  ['市民1人当たり都市公園面積', '㎡/人', 9.8, 10.5, 10.2, 'B'],
  ['緑化協定の締結件数（累計）', '件', 36, 50, 47, 'B'],
  ['公園愛護会の活動団体数', '団体', 58, 70, 61, 'B'],
  [
    '身近な緑に満足している市民の割合',
    '％',
    '55.1\n（新定義換算）',
    65.0,
    58.7,
    'B',
    'R4調査から設問を変更（「どちらかといえば満足」を追加）し、目標値もR4に新定義で再設定（旧目標 40.0％）。旧定義の値ではR5 36.2％',
  ],
  ['街路樹の植栽本数', '本', 8420, 8600, 8515, 'B'],
  ['長寿命化改修を行った公園施設数（累計）', '施設', 0, 24, 18, 'C'],
  ['遊具の安全点検実施率', '％', 100, 100, 100, 'A', 'R3までの指標「遊具の更新基数」（目標 40基）をR4に変更'],
];

const GREEN: Holdout2Workbook = {
  name: 'h53-trap-definition-changed',
  layout:
    '緑の基本計画の進行管理: 1行は途中で定義が変わり、備考に旧目標・旧定義の値（40.0％、36.2％）、1行は指標を差し替えた旧指標の目標が備考に、計画策定時に「（新定義換算）」',
  build(wb) {
    const ws = wb.addWorksheet(GREEN_SHEET);
    ws.getCell('A1').value = '○○市緑の基本計画（令和2年度〜令和11年度）　令和5年度 進行管理表';
    ws.getCell('A2').value = '公園緑地課';
    put(ws, 4, 1, ['指標', '単位', '計画策定時\n（R元）', 'R5目標', 'R5実績', '評価', '備考']);
    GREEN_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    const foot = 5 + GREEN_ROWS.length;
    ws.getCell(foot + 1, 1).value = '※評価は達成率（実績÷目標）　A：100％以上　B：80％以上　C：60％以上　D：60％未満';
    ws.getColumn(1).width = 36;
    ws.getColumn(7).width = 60;
  },
  expected: {
    file: 'h53-trap-definition-changed.xlsx',
    fiscalYear: 2023,
    indicators: GREEN_ROWS.map(([name, unit, , target, actual, existing]) => ind(GREEN_SHEET, name, unit, target, actual, { existing })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 12. 介護保険事業計画: actuals per 日常生活圏域 and 市全体
// ---------------------------------------------------------------------------------------------
const CARE_SHEET = '取組評価';
/** name, unit, R5 目標 (市全体), [中央, 北部, 南部], 市全体, 自己評価, direction */
const CARE_ROWS: [string, string, number, [number, number, number], number, string, 'up' | 'down'][] = [
  ['通いの場の箇所数', 'か所', 150, [62, 41, 38], 141, 'B', 'up'],
  ['通いの場への参加率（高齢者人口比）', '％', 8.0, [9.1, 6.2, 5.8], 7.4, 'B', 'up'],
  ['認知症サポーター養成数（累計）', '人', 18000, [8210, 4630, 3980], 16820, 'B', 'up'],
  ['介護予防教室の延べ参加者数', '人', 9600, [4120, 2050, 1610], 7780, 'C', 'up'],
  ['地域ケア会議の開催回数', '回', 48, [20, 14, 12], 46, 'B', 'up'],
  ['要介護認定率（第1号被保険者）', '％', 18.5, [17.2, 19.8, 20.4], 18.6, 'B', 'down'],
  ['生活支援コーディネーターの配置数', '人', 4, [1, 1, 1], 4, 'A', 'up'],
];

const careInds: ExpectedIndicator[] = CARE_ROWS.map(([name, unit, target, , total, existing, direction]) =>
  ind(CARE_SHEET, name, unit, target, total, { existing, direction }),
);

const CARE: Holdout2Workbook = {
  name: 'h53-trap-district-columns',
  layout:
    '高齢者福祉計画・介護保険事業計画の取組評価: R5実績を中央/北部/南部の圏域と市全体の4列に、目標は市全体だけ、率の行は和でない、「以下」の目標、自己評価の列',
  build(wb) {
    const ws = wb.addWorksheet(CARE_SHEET);
    ws.getCell('A1').value = '○○市高齢者福祉計画・第8期介護保険事業計画（令和3年度〜令和5年度）';
    ws.getCell('A2').value = '令和5年度 取組と目標に対する自己評価シート';
    ws.getCell('H2').value = '長寿介護課 地域包括ケア推進係';
    put(ws, 4, 1, ['指標', '単位', 'R5目標\n（市全体）', 'R5実績', undefined, undefined, undefined, '自己評価', '備考']);
    put(ws, 5, 4, ['中央圏域', '北部圏域', '南部圏域', '市全体']);
    for (const c of ['A', 'B', 'C', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:G4');
    CARE_ROWS.forEach(([name, unit, target, areas, total, existing, direction], i) =>
      put(ws, 6 + i, 1, [
        name,
        unit,
        direction === 'down' ? `${target}以下` : target,
        ...areas,
        total,
        existing,
        i === 6 ? '市全体は第1層（市社協）1名を含む' : i === 1 ? '圏域は各圏域の高齢者人口比' : undefined,
      ]),
    );
    const foot = 6 + CARE_ROWS.length;
    ws.getCell(foot + 1, 1).value = '※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：一部達成（60％以上）　D：未達成';
    ws.getCell(foot + 2, 1).value = '※圏域別の目標は設定していない。';
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h53-trap-district-columns.xlsx',
    fiscalYear: 2023,
    indicators: careInds,
    groups: [],
  },
};

export const TRAP2_WORKBOOKS: Holdout2Workbook[] = [CULTURE, GREEN, CARE];
