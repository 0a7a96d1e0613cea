/**
 * Hold-out 41: summary tables — an external evaluation committee's table with the department's grade and the
 * committee's grade side by side under one merged 評価 heading; a 主要な施策の成果 table with 予算額 / 決算額 in
 * 千円 beside each project's indicator (units in the figures' text, a 合計 row); a 施策評価調書 総括表 whose
 * 施策評価 cells are merged over each policy's indicator rows (one roll-up per policy).
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number): void {
  ws.mergeCells(r1, c1, r2, c2);
  if (value !== undefined) ws.getCell(r1, c1).value = value;
}

// ---------------------------------------------------------------------------------------------------------
// 1. 外部評価委員会: two header rows (令和５年度 over 目標値 / 実績値 / 達成率, 評価 over 所管部評価 / 委員会評価),
//    施策名 merged over its rows, a 目標の方向 column (増 / 減). The department's grade is the sheet's grade.

type CommitteeRow = [string, string, '増' | '減', number, number, string, string, string?];

const COMMITTEE: [string, CommitteeRow[]][] = [
  [
    '高齢者福祉の充実',
    [
      ['地域包括支援センター相談件数', '件', '増', 4800, 5127, 'A', 'A', '相談体制の充実が成果につながっている。'],
      ['認知症サポーター養成者数', '人', '増', 1500, 1164, 'B', 'C', '養成講座の周知方法を工夫されたい。'],
      ['介護予防教室参加者数', '人', '増', 3000, 2587, 'B', 'B'],
    ],
  ],
  ['都市と農村の交流', [['市民農園の利用区画数', '区画', '増', 120, 96, 'B', 'C', '空き区画の解消に向けた取組が必要。']]],
  [
    '消防・救急体制の充実',
    [
      ['救急搬送の平均所要時間', '分', '減', 38.0, 40.5, 'A', 'B', '所管部の評価は実績に比べて高い。'],
      ['自主防災組織の組織率', '％', '増', 85.0, 82.3, 'B', 'B'],
    ],
  ],
];

function buildCommittee(wb: Workbook): void {
  const ws = wb.addWorksheet('評価結果一覧');
  put(ws, 1, 1, ['令和６年度　行政評価外部評価委員会　評価結果一覧']);
  put(ws, 2, 1, ['評価対象年度：令和５年度']);
  ['No.', '施策名', '成果指標', '単位', '目標の方向'].forEach((h, i) => merge(ws, 4, 1 + i, 5, 1 + i, h));
  merge(ws, 4, 6, 4, 8, '令和５年度');
  put(ws, 5, 6, ['目標値', '実績値', '達成率']);
  merge(ws, 4, 9, 4, 10, '評価');
  put(ws, 5, 9, ['所管部評価', '委員会評価']);
  merge(ws, 4, 11, 5, 11, '委員会の意見');
  let r = 6;
  let no = 1;
  for (const [policy, lines] of COMMITTEE) {
    if (lines.length > 1) merge(ws, r, 2, r + lines.length - 1, 2, policy);
    else put(ws, r, 2, [policy]);
    for (const [name, unit, way, target, actual, dept, committee, remark] of lines) {
      const rate = way === '増' ? actual / target : target / actual;
      put(ws, r, 1, [no++]);
      put(ws, r, 3, [name, unit, way, target, actual, `${(100 * rate).toFixed(1)}%`, dept, committee, remark]);
      r++;
    }
  }
  put(ws, r + 1, 1, ['※評価　A：順調（達成率100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）']);
  put(ws, r + 2, 1, ['※所管部評価は各部局の自己評価、委員会評価は外部評価委員会による評価。']);
}

const S1 = '評価結果一覧';
export const COMMITTEE_TWO_GRADES: Holdout2Workbook = {
  name: 'h41-committee-two-grades',
  layout:
    '外部評価委員会の評価結果一覧：表題は令和６年度、評価対象年度は令和５年度。2段の見出し（令和５年度の下に目標値／実績値／達成率、評価の下に所管部評価／委員会評価）、施策名を結合、目標の方向（増／減）の列、委員会の意見の列',
  build: buildCommittee,
  expected: {
    file: 'h41-committee-two-grades.xlsx',
    fiscalYear: 2023,
    indicators: COMMITTEE.flatMap(([, lines]) =>
      lines.map(([name, unit, way, target, actual, dept]) => ind(S1, name, unit, target, actual, { direction: way === '減' ? 'down' : 'up', existing: dept })),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 2. 主要な施策の成果: 予算額 / 決算額 (千円, stated in a note above the table) beside each project's indicator,
//    targets and actuals with their units in the text, a 未実施 project, a remark saying 減少 of the demand, a 合計 row.

const RESULTS: [string, number, number, string, string, string, string, string?][] = [
  ['商店街にぎわい創出事業', 8500, 8212, '商店街イベント来場者数', '20,000人', '17,350人', 'B'],
  ['創業支援事業', 3200, 2986, '創業塾修了者数', '25人', '31人', 'A'],
  ['中小企業融資あっせん事業', 125000, 98420, '制度融資あっせん件数', '150件', '88件', 'C', '金利上昇により申込が減少'],
  ['企業立地促進事業', 45000, 44100, '新規立地企業数', '3社', '3社', 'A'],
  ['ふるさと納税推進事業', 210000, 198765, '寄附件数', '45,000件', '38,412件', 'B'],
  ['雇用対策事業', 1800, 0, '就職面接会での就職決定者数', '60人', '未実施', 'D', '会場確保ができず中止'],
];

function buildResults(wb: Workbook): void {
  const ws = wb.addWorksheet('主要事業の成果');
  put(ws, 1, 1, ['令和５年度　主要な施策の成果に関する説明書（産業振興部　商工労働課）']);
  put(ws, 3, 3, ['（予算額・決算額の単位：千円）']);
  ['No.', '事業名', '予算額', '決算額', '成果指標'].forEach((h, i) => merge(ws, 4, 1 + i, 5, 1 + i, h));
  merge(ws, 4, 6, 4, 7, '令和５年度');
  put(ws, 5, 6, ['目標', '実績']);
  merge(ws, 4, 8, 5, 8, '達成度');
  merge(ws, 4, 9, 5, 9, '備考');
  RESULTS.forEach((line, i) => put(ws, 6 + i, 1, [i + 1, ...line]));
  const r = 6 + RESULTS.length;
  put(ws, r, 2, ['合計', RESULTS.reduce((s, l) => s + l[1], 0), RESULTS.reduce((s, l) => s + l[2], 0)]);
}

const S2 = '主要事業の成果';
const RESULT_FACTS: ExpectedIndicator[] = [
  ind(S2, '商店街イベント来場者数', '人', 20000, 17350, { existing: 'B' }),
  ind(S2, '創業塾修了者数', '人', 25, 31, { existing: 'A' }),
  ind(S2, '制度融資あっせん件数', '件', 150, 88, { existing: 'C' }),
  ind(S2, '新規立地企業数', '社', 3, 3, { existing: 'A' }),
  ind(S2, '寄附件数', '件', 45000, 38412, { existing: 'B' }),
  ind(S2, '就職面接会での就職決定者数', '人', 60, null, { actualStatus: 'not-implemented', existing: 'D' }),
];

export const BUDGET_BESIDE_INDICATORS: Holdout2Workbook = {
  name: 'h41-budget-thousand-yen-beside',
  layout:
    '主要な施策の成果の説明書：事業名｜予算額｜決算額（千円。表の上の注記）｜成果指標｜令和５年度の下に目標・実績（単位は値の文字の中）｜達成度｜備考。未実施の事業、備考の「申込が減少」、予算の合計行',
  build: buildResults,
  expected: { file: 'h41-budget-thousand-yen-beside.xlsx', fiscalYear: 2023, indicators: RESULT_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------
// 3. 施策評価調書（総括表）: several policies in one table, 施策コード / 施策名 / 施策評価 merged over each policy's
//    rows; FY headings; a written 指標評価 per row; a pending actual; lower is better said in the 備考.

type PolicyRow = [string, string, number, number | string, string, string?];

const POLICIES: [string, string, PolicyRow[]][] = [
  [
    '01-01',
    '健康づくりの推進',
    [
      ['がん検診受診率（胃がん）', '％', 15.0, 11.2, 'C'],
      ['健康ポイント事業参加者数', '人', 2000, 2436, 'A'],
      ['自殺死亡率（人口10万人当たり）', '人', 16.0, 17.5, 'B', '低いほど良い指標'],
    ],
  ],
  [
    '01-02',
    '地域医療の充実',
    [
      ['かかりつけ医を持つ市民の割合', '％', 70.0, 66.3, 'B'],
      ['救急医療講習会受講者数', '人', 1500, 1688, 'A'],
    ],
  ],
  [
    '01-03',
    '地域福祉の推進',
    [
      ['民生委員・児童委員の充足率', '％', 100, 94.2, 'A'],
      ['ボランティアセンター登録者数', '人', 3200, 2211, 'C'],
      ['生活困窮者の就労支援による就労者数', '人', 40, '集計中', '', '6月末確定'],
    ],
  ],
];

function buildPolicyTable(wb: Workbook): void {
  const ws = wb.addWorksheet('施策評価調書（総括）');
  put(ws, 1, 1, ['令和５年度　施策評価調書（総括表）']);
  put(ws, 2, 1, ['健康福祉部']);
  put(ws, 4, 1, ['施策コード', '施策名', '成果指標', '単位', '目標値(FY2023)', '実績値(FY2023)', '達成率', '指標評価', '施策評価', '備考']);
  let r = 5;
  for (const [code, policy, lines] of POLICIES) {
    const last = r + lines.length - 1;
    merge(ws, r, 1, last, 1, code);
    merge(ws, r, 2, last, 2, policy);
    merge(ws, r, 9, last, 9);
    for (const [name, unit, target, actual, grade, note] of lines) {
      const rate = typeof actual === 'number' ? `${((100 * (note?.startsWith('低い') ? target / actual : actual / target)) as number).toFixed(1)}%` : '－';
      put(ws, r, 3, [name, unit, target, actual, rate, grade || undefined]);
      if (note) put(ws, r, 10, [note]);
      r++;
    }
  }
  put(ws, r + 1, 1, ['※施策評価は、指標評価（A=4、B=3、C=2、D=1）の平均を四捨五入して記入する。']);
}

const S3 = '施策評価調書（総括）';
const POLICY_FACTS: ExpectedIndicator[][] = POLICIES.map(([, , lines]) =>
  lines.map(([name, unit, target, actual, grade, note]) =>
    typeof actual === 'number'
      ? ind(S3, name, unit, target, actual, { existing: grade, direction: note?.startsWith('低い') ? 'down' : 'up' })
      : ind(S3, name, unit, target, null, { actualStatus: 'pending' }),
  ),
);

export const POLICY_TABLE_MERGED_RATINGS: Holdout2Workbook = {
  name: 'h41-policy-table-merged-ratings',
  layout:
    '施策評価調書の総括表：3つの施策を1つの表に、施策コード・施策名・施策評価（空欄）を施策の行に結合、FY2023の見出し、指標評価は記入済み、集計中の実績、備考の「低いほど良い指標」',
  build: buildPolicyTable,
  expected: {
    file: 'h41-policy-table-merged-ratings.xlsx',
    fiscalYear: 2023,
    indicators: POLICY_FACTS.flat(),
    groups: [
      { sheet: S3, cell: 'I5', grade: rollUp(POLICY_FACTS[0].map((i) => i.grade)) },
      { sheet: S3, cell: 'I8', grade: rollUp(POLICY_FACTS[1].map((i) => i.grade)) },
      { sheet: S3, cell: 'I10', grade: rollUp(POLICY_FACTS[2].map((i) => i.grade)) },
    ],
  },
};

export const SUMMARY_WORKBOOKS: Holdout2Workbook[] = [COMMITTEE_TWO_GRADES, BUDGET_BESIDE_INDICATORS, POLICY_TABLE_MERGED_RATINGS];
