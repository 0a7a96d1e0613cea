/** Hold-out 191, shapes outside the four families that a 介護・福祉人材 office really uses. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const col = (c: number) => String.fromCharCode(64 + c);

// ---------------------------------------------------------------- 1. 福祉人材センター 月別業務実績 (4月…3月, 合計, 年間目標)
const MONTHS: [string, string, number[], number, number][] = [
  ['職業相談件数', '件', [112, 124, 131, 118, 96, 127, 142, 133, 108, 101, 119, 137], 1500, 1448],
  ['新規求職登録者数', '人', [18, 22, 25, 19, 14, 21, 23, 20, 15, 17, 19, 26], 220, 239],
  ['就職者数', '人', [6, 8, 7, 9, 5, 8, 9, 7, 6, 5, 7, 10], 90, 87],
  ['介護職場体験参加者数', '人', [0, 3, 5, 12, 18, 6, 4, 3, 0, 2, 3, 4], 80, 60],
  ['ミニ面接会開催回数', '回', [1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1], 12, 10],
];

function buildMonthly(ws: Worksheet): void {
  widths(ws, [24, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9, 26, 10]);
  merge(ws, 1, 1, 1, 18, '令和５年度　福祉人材センター　月別業務実績');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 15, ['（令和６年４月10日集計）']);
  put(ws, 4, 1, ['項目', '単位']);
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  put(ws, 4, 3, [...months, '合計', '年間目標', '達成率', '備考', 'R4合計（参考）']);
  const lastYear = [1421, 205, 79, 47, 10];
  const notes = [undefined, undefined, '介護職 64人、障がい福祉職 16人、保育職 7人', '夏休み期間に高校生の参加が集中', '8月・12月は会場都合により休止'];
  MONTHS.forEach(([name, unit, m, target, total], i) => {
    const r = 5 + i;
    if (sum(m) !== total) throw new Error(`h191 monthly total of ${name}`);
    put(ws, r, 1, [name, unit, ...m]);
    ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total };
    ws.getCell(r, 16).value = target;
    ws.getCell(r, 17).value = { formula: `${col(15)}${r}/${col(16)}${r}`, result: total / target };
    ws.getCell(r, 17).numFmt = '0.0%';
    if (notes[i]) ws.getCell(r, 18).value = notes[i];
    ws.getCell(r, 19).value = lastYear[i];
  });
  ws.getColumn(19).hidden = true;
  box(ws, 4, 1, 9, 18);
  wrap(ws, 4, 18, 9, 18);
  put(ws, 11, 1, ['※職業相談件数は来所・電話・メールの合計。就職者数はセンターの紹介により就職が確認できた者。']);
}

const monthly: Holdout2Workbook = {
  name: 'h191-jinzai-center-getsuji',
  layout: 'monthly table: items × 4月…3月 with a 合計 formula column, 年間目標 and 達成率 (formula, % format), a hidden R4合計 helper column',
  build(wb) {
    buildMonthly(wb.addWorksheet('月別実績'));
  },
  expected: {
    file: 'h191-jinzai-center-getsuji.xlsx',
    fiscalYear: 2023,
    indicators: MONTHS.map(([name, unit, , target, total]) => ind('月別実績', name, unit, target, total)),
    groups: [],
  },
};

// ---------------------------------------------------------------- 2. years as rows: 年度 down, indicator pairs (目標/実績) across
function buildYears(ws: Worksheet): void {
  widths(ws, [14, 10, 10, 10, 10, 10, 10, 10, 10, 30]);
  merge(ws, 1, 1, 1, 10, '介護人材の確保・定着に関する指標の推移（令和５年度評価）');
  ws.getCell(1, 1).font = { bold: true };
  put(ws, 2, 1, ['長寿介護課']);
  merge(ws, 3, 1, 4, 1, '年度');
  merge(ws, 3, 2, 3, 3, '介護職員数（人）');
  merge(ws, 3, 4, 3, 5, '新規採用者数（人）');
  merge(ws, 3, 6, 3, 7, '離職率（％）\n※低いほど良好');
  merge(ws, 3, 8, 3, 9, '介護支援専門員数（人）');
  merge(ws, 3, 10, 4, 10, '備考');
  put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
  const rows: (string | number | undefined)[][] = [
    ['令和2年度', undefined, 2312, undefined, 265, undefined, 16.4, undefined, 151, '計画策定時（基準年度）'],
    ['令和3年度', 2350, 2335, 300, 281, 15.5, 16.0, 165, 158],
    ['令和4年度', 2400, 2368, 325, 264, 14.8, 15.1, 175, 149],
    ['令和5年度', 2450, 2386, 350, 241, 14.0, 13.2, 185, 142, '介護支援専門員は更新研修を機に退職する者が多い'],
    ['令和6年度', 2500, undefined, 375, undefined, 13.5, undefined, 195],
    ['令和7年度', 2550, undefined, 400, undefined, 13.0, undefined, 205],
  ];
  rows.forEach((row, i) => put(ws, 5 + i, 1, row));
  for (let r = 5; r <= 10; r++) {
    for (const c of [2, 3, 4, 5, 8, 9]) ws.getCell(r, c).numFmt = '#,##0';
    for (const c of [6, 7]) ws.getCell(r, c).numFmt = '0.0';
  }
  box(ws, 3, 1, 10, 10);
  wrap(ws, 3, 1, 10, 10);
  put(ws, 12, 1, ['※介護職員数・離職率は各年度10月1日現在の事業所実態調査、介護支援専門員数は県登録者のうち市内事業所従事者。']);
}

const S2 = '推移';
const years: Holdout2Workbook = {
  name: 'h191-kaigo-shihyo-suii',
  layout: 'years as rows (令和2年度…令和7年度), indicators as merged heading pairs 目標/実績 with the unit in the heading, one lower-is-better heading',
  build(wb) {
    buildYears(wb.addWorksheet(S2));
  },
  expected: {
    file: 'h191-kaigo-shihyo-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '介護職員数', '人', 2450, 2386),
      ind(S2, '新規採用者数', '人', 350, 241),
      ind(S2, '離職率', '％', 14.0, 13.2, { direction: 'down' }),
      ind(S2, '介護支援専門員数', '人', 185, 142),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 3. 事務事業評価シート, one form per sheet
interface Form {
  sheet: string;
  no: string;
  project: string;
  since: string;
  purpose: string;
  activity: [string, string, number, number, number];
  outcome: [string, string, number, number, number];
  way: string;
}

const FORMS: Form[] = [
  {
    sheet: '事業12',
    no: '12',
    project: '介護職員就職支援金交付事業',
    since: '令和2年度～',
    purpose: '市外から転入し市内介護事業所に就職した介護職員に就職支援金（20万円）を交付し、介護人材の確保を図る。',
    activity: ['支援金交付者数', '人', 35, 40, 38],
    outcome: ['交付者の1年後定着率', '％', 84.0, 85.0, 89.5],
    way: '継続',
  },
  {
    sheet: '事業13',
    no: '13',
    project: '介護人材確保セミナー開催事業',
    since: '平成30年度～',
    purpose: '求職者・学生を対象に、介護の仕事の説明と事業所との個別相談を行うセミナーを開催する。',
    activity: ['セミナー開催回数', '回', 5, 6, 6],
    outcome: ['セミナー参加者の就職者数', '人', 17, 25, 14],
    way: '見直し',
  },
  {
    sheet: '事業14',
    no: '14',
    project: '福祉人材バンク運営事業',
    since: '平成25年度～',
    purpose: '社会福祉協議会に委託し、福祉・介護職の無料職業紹介と求人・求職のマッチングを行う。',
    activity: ['求職者登録者数', '人', 205, 240, 231],
    outcome: ['マッチング成立件数', '件', 79, 90, 68],
    way: '継続',
  },
];

function buildForm(ws: Worksheet, f: Form): void {
  widths(ws, [14, 28, 8, 12, 12, 12, 12]);
  merge(ws, 1, 1, 1, 7, '令和５年度実施事業　事務事業評価シート');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 6, ['整理番号', f.no]);
  const head: [string, string][] = [
    ['事業名', f.project],
    ['担当課', '健康福祉部　長寿介護課　介護人材係'],
    ['事業期間', f.since],
    ['事業の目的・内容', f.purpose],
  ];
  head.forEach(([k, v], i) => {
    put(ws, 3 + i, 1, [k]);
    merge(ws, 3 + i, 2, 3 + i, 7, v);
  });
  ws.getRow(6).height = 40;
  box(ws, 3, 1, 6, 7);
  wrap(ws, 3, 1, 6, 7);
  put(ws, 8, 1, ['１　指標の状況']);
  put(ws, 9, 1, ['区分', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '達成率']);
  for (const [i, [kind, x]] of (
    [
      ['活動指標', f.activity],
      ['成果指標', f.outcome],
    ] as const
  ).entries()) {
    const r = 10 + i;
    put(ws, r, 1, [kind, x[0], x[1], x[2], x[3], x[4], `${((100 * x[4]) / x[3]).toFixed(1)}%`]);
  }
  box(ws, 9, 1, 11, 7);
  wrap(ws, 9, 1, 11, 7);
  put(ws, 13, 1, ['２　今後の方向性']);
  put(ws, 14, 1, ['方向性', f.way]);
  box(ws, 14, 1, 14, 2);
}

const forms: Holdout2Workbook = {
  name: 'h191-jimu-jigyo-hyoka-sheets',
  layout: 'one 事務事業評価シート per sheet (label/value form), a 活動指標 and a 成果指標 row each with R4実績/R5目標/R5実績/達成率 text',
  build(wb) {
    for (const f of FORMS) buildForm(wb.addWorksheet(f.sheet), f);
  },
  expected: {
    file: 'h191-jimu-jigyo-hyoka-sheets.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => [
      ind(f.sheet, f.activity[0], f.activity[1], f.activity[3], f.activity[4]),
      ind(f.sheet, f.outcome[0], f.outcome[1], f.outcome[3], f.outcome[4]),
    ]),
    groups: [],
  },
};

// ---------------------------------------------------------------- 4. survey results: 前回調査 / 今回調査 / 目標値, 目指す方向
const SURVEY: [string, string, number, number, number][] = [
  ['「仕事にやりがいを感じている」職員の割合', '↑', 68.2, 71.5, 70.0],
  ['「現在の職場で働き続けたい」職員の割合', '↑', 58.9, 61.3, 65.0],
  ['「職場の人間関係に悩みがある」職員の割合', '↓', 24.1, 21.8, 20.0],
  ['「賃金・処遇に満足している」職員の割合', '↑', 28.4, 33.0, 40.0],
  ['「ハラスメントを受けたことがある」職員の割合', '↓', 18.7, 19.5, 15.0],
  ['「介護の仕事を人に勧めたい」職員の割合', '↑', 31.0, 29.6, 40.0],
];

function buildSurvey(ws: Worksheet): void {
  widths(ws, [5, 46, 8, 8, 14, 14, 14, 28]);
  merge(ws, 1, 1, 1, 8, '介護職員の就労実態・意識調査　結果概要（令和５年度実施）');
  ws.getCell(1, 1).font = { bold: true };
  merge(ws, 2, 1, 2, 8, '調査期間：令和5年10月16日～11月17日　対象：市内介護事業所の職員　回答者：1,128人（回収率47.0％）');
  put(ws, 4, 1, ['No.', '設問（成果指標）', '単位', '目指す\n方向', '前回調査\n（令和2年度）', '今回調査\n（令和5年度）', '目標値\n（令和5年度）', '備考']);
  SURVEY.forEach(([q, way, prev, now, target], i) => put(ws, 5 + i, 1, [i + 1, q, '％', way, prev, now, target]));
  ws.getCell(7, 8).value = '「よくある」「時々ある」の合計';
  ws.getCell(9, 8).value = '過去1年間に受けたことがある者';
  for (let r = 5; r <= 10; r++) for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = '0.0';
  box(ws, 4, 1, 10, 8);
  wrap(ws, 4, 1, 10, 8);
  put(ws, 12, 1, ['※目指す方向　↑：高いほど良い　↓：低いほど良い。割合は無回答を除く回答者に占める割合。']);
  put(ws, 13, 1, ['※次回調査は令和8年度に実施予定。']);
}

const S4 = '調査結果';
const survey: Holdout2Workbook = {
  name: 'h191-shokuin-ishiki-chosa',
  layout: 'survey results: one question per row, 前回調査 (R2) beside 今回調査 (R5) and 目標値, a 目指す方向 ↑/↓ column explained in a footnote',
  build(wb) {
    buildSurvey(wb.addWorksheet(S4));
  },
  expected: {
    file: 'h191-shokuin-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: SURVEY.map(([q, way, , now, target]) => ind(S4, q, '％', target, now, way === '↓' ? { direction: 'down' } : {})),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, years, forms, survey];
