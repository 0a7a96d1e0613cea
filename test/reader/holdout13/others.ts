/**
 * Hold-out 13's other workbooks: plan-indicator tables (interim and final targets, final-only
 * targets with years in the cells), two policies on one sheet, a project table with two measures
 * in a cell and FY years, and a KPI table with the years as rows.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const wrap = (ws: Worksheet, ref: string) => (ws.getCell(ref).alignment = { wrapText: true, vertical: 'top' });

const interimFinal: Holdout2Workbook = {
  name: 'h13-plan-interim-final',
  layout: 'plan indicators, 基準値（平成31年度）, 中間目標（令和5年度） and 最終目標（令和10年度）, 令和5年度実績, 単位 column, long 備考',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    put(ws, 1, 1, ['第２次産業振興計画　指標の進捗状況（令和５年度）']);
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '基準値\n（平成31年度）', '中間目標\n（令和5年度）', '最終目標\n（令和10年度）', '令和5年度\n実績', '備考']);
    const rows: (string | number)[][] = [
      ['製造品出荷額等', '市内製造業の出荷額', '億円', '1,850', '1,900', '2,000', '1,885', '経済構造実態調査（令和5年6月）'],
      ['誘致企業数', '計画期間中に立地した企業の累計', '社', '－', 5, 10, 6, '令和元年度からの累計'],
      ['新規高卒者の管内就職率', '管内高校の新規卒業者のうち管内に就職した割合', '％', 50.9, 55.0, 60.0, 47.4, '令和6年3月卒業者'],
      ['創業件数', '創業支援事業計画に基づく支援を受けて創業した件数', '件', 12, 15, 20, 8, ''],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      wrap(ws, `B${4 + i}`);
    });
  },
  expected: {
    file: 'h13-plan-interim-final.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('進捗状況', '製造品出荷額等', '億円', 1900, 1885),
      ind('進捗状況', '誘致企業数', '社', 5, 6),
      ind('進捗状況', '新規高卒者の管内就職率', '％', 55, 47.4),
      ind('進捗状況', '創業件数', '件', 15, 8),
    ],
    groups: [],
  },
};

const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const finalOnly: Holdout2Workbook = {
  name: 'h13-plan-final-target-only',
  layout:
    'plan indicators after seed 003: unit inside the name 従業者数（人）, 現状（Ｒ２） with its year in the cell (Ｒ元年度), only 目標（R８）, 実績（令和５年度）, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet('計画の指標');
    put(ws, 1, 1, ['一関市工業振興計画　計画の指標の状況（令和５年度実績）']);
    put(ws, 3, 1, ['№', '基本方針区分', '指標', '指標の説明', '現状（Ｒ２）', '目標\n（R８）', '実績\n（令和５年度）', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['１', '人づくり', '従業者数\n（人）', '雇用状況を示す数値', '10,796\n（Ｒ元年度）', '10,100', '10,512', '工業統計調査'],
      ['２', '人づくり', '新規高卒者の管内就職率\n（％）', '若者の地元定着状況を示す数値', '47.4\n(Ｒ3.4末現在)', '55.0', '50.6', 'ハローワークの職業紹介状況'],
      ['３', '企業力の向上', '従業員１人当たりの粗付加価値額\n（万円）', '市内企業の状況を示す数値', '765\n（Ｒ元年度）', '790', '771', '工業統計調査'],
      ['４', '産業集積', '誘致企業数\n（社）', '就労の場の確保を示す数値（累計）', '6', '10', '7', '市調べ'],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (const c of ['C', 'E']) wrap(ws, `${c}${4 + i}`);
    });
  },
  expected: {
    file: 'h13-plan-final-target-only.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind('計画の指標', '従業者数', '人', 10100, 10512)),
      final(ind('計画の指標', '新規高卒者の管内就職率', '％', 55, 50.6)),
      final(ind('計画の指標', '従業員１人当たりの粗付加価値額', '万円', 790, 771)),
      final(ind('計画の指標', '誘致企業数', '社', 10, 7)),
    ],
    groups: [],
  },
};

type PolicyRow = [string, string, string, number | string, number | string, (number | string)[]];

function policyTable(ws: Worksheet, top: number, title: string, rows: PolicyRow[]): void {
  put(ws, top, 1, [title, undefined, undefined, undefined, undefined, '施策の評価']);
  put(ws, top + 2, 1, ['成果指標', '単位', '目指す方向', '当初値\n（H31）', '目標値\n（R7）', '実績値', undefined, undefined, '備考']);
  put(ws, top + 3, 6, ['R3', 'R4', 'R5']);
  for (const c of ['A', 'B', 'C', 'D', 'E', 'I']) ws.mergeCells(`${c}${top + 2}:${c}${top + 3}`);
  ws.mergeCells(`F${top + 2}:H${top + 2}`);
  rows.forEach(([name, unit, dir, base, target, acts], i) => put(ws, top + 4 + i, 1, [name, unit, dir, base, target, ...acts]));
}

const twoPolicies: Holdout2Workbook = {
  name: 'h13-two-policies-final-targets',
  layout:
    'two policies stacked on one sheet, each with its own 施策の評価 cell, 目指す方向 増加/減少 column, 当初値（H31）, only a final 目標値（R7）, 実績値 R3–R5 sub-columns',
  build(wb) {
    const ws = wb.addWorksheet('施策評価');
    put(ws, 1, 1, ['令和5年度　施策評価表（令和5年度実績）']);
    policyTable(ws, 3, '施策1-1　安全・安心なまちづくり', [
      ['自主防災組織の組織率', '％', '増加', 82.5, 95.0, [85.1, 86.9, 88.4]],
      ['刑法犯認知件数', '件', '減少', 520, 350, [455, 430, 412]],
      ['交通事故発生件数', '件', '減少', 265, 200, [221, 205, 188]],
    ]);
    policyTable(ws, 12, '施策2-3　子育て支援の充実', [
      ['待機児童数', '人', '減少', 14, 0, [3, 0, 0]],
      ['子育て支援センター利用者数', '人', '増加', '21,300', '25,000', ['12,800', '14,900', '16,200']],
      ['放課後児童クラブ登録児童数', '人', '増加', 980, '1,200', [860, 790, 700]],
    ]);
    put(ws, 21, 1, ['※目標値は総合計画前期基本計画の最終年度（令和7年度）の値']);
  },
  expected: (() => {
    const s = '施策評価';
    const f = (e: ExpectedIndicator) => ({ ...e, targetSource: 'final' });
    const p1 = [
      f(ind(s, '自主防災組織の組織率', '％', 95, 88.4)),
      f(ind(s, '刑法犯認知件数', '件', 350, 412, { direction: 'down' })),
      f(ind(s, '交通事故発生件数', '件', 200, 188, { direction: 'down' })),
    ];
    const p2 = [
      f(ind(s, '待機児童数', '人', 0, 0, { direction: 'down' })),
      f(ind(s, '子育て支援センター利用者数', '人', 25000, 16200)),
      f(ind(s, '放課後児童クラブ登録児童数', '人', 1200, 700)),
    ];
    return {
      file: 'h13-two-policies-final-targets.xlsx',
      fiscalYear: 2023,
      indicators: [...p1, ...p2],
      groups: [
        { sheet: s, cell: 'G3', grade: rollUp(p1.map((x) => x.grade)) },
        { sheet: s, cell: 'G12', grade: rollUp(p2.map((x) => x.grade)) },
      ],
    };
  })(),
};

const fyProjects: Holdout2Workbook = {
  name: 'h13-project-fy-two-measures',
  layout: 'project table with FY2022/FY2023 headings, two measures in one cell (新規高卒者:52人 若者等:19人), 達成率 text column, 評価 letters',
  build(wb) {
    const ws = wb.addWorksheet('事業評価');
    put(ws, 1, 1, ['FY2023　若者定着支援事業　評価調書']);
    put(ws, 2, 1, ['（担当：商工労働部 雇用対策室）']);
    put(ws, 4, 1, ['事業番号', '事業名', '事業内容', 'FY2022実績', 'FY2023目標', 'FY2023実績', '達成率', '評価']);
    const rows: string[][] = [
      [
        '3-1-01',
        '就職ガイダンス開催事業',
        '高校生・若者向けに市内企業の就職ガイダンスを開催',
        '新規高卒者:47人 若者等:15人',
        '新規高卒者:50人 若者等:20人',
        '新規高卒者:52人 若者等:19人',
        '95%',
        'B',
      ],
      ['3-1-02', '企業見学バスツアー事業', '保護者・教員を対象とした市内企業見学会', '参加者 58人', '参加者 60人', '参加者 66人', '110%', 'A'],
      ['3-1-03', 'UIターン奨学金返還支援事業', '市内に就職したUIターン者の奨学金返還を支援', '4件', '10件', '6件', '60%', 'C'],
      ['3-1-04', '資格取得支援補助金', '若手従業員の資格取得費用を補助', '21人', '25人', '18人', '72%', 'C'],
      ['3-1-05', '若者交流イベント開催事業', '市内で働く若者の交流イベントを開催', '2回', '3回', '3回', '100%', 'A'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
  },
  expected: {
    file: 'h13-project-fy-two-measures.xlsx',
    fiscalYear: 2023,
    indicators: [
      {
        sheet: '事業評価',
        name: '就職ガイダンス開催事業',
        measures: [
          { label: '新規高卒者', target: 50, actual: 52, unit: '人' },
          { label: '若者等', target: 20, actual: 19, unit: '人' },
        ],
        existing: 'B',
        grade: 'B',
      },
      ind('事業評価', '企業見学バスツアー事業', '人', 60, 66, { existing: 'A' }),
      ind('事業評価', 'UIターン奨学金返還支援事業', '件', 10, 6, { existing: 'C' }),
      ind('事業評価', '資格取得支援補助金', '人', 25, 18, { existing: 'C' }),
      ind('事業評価', '若者交流イベント開催事業', '回', 3, 3, { existing: 'A' }),
    ],
    groups: [],
  },
};

const yearsAsRows: Holdout2Workbook = {
  name: 'h13-kpi-years-as-rows',
  layout:
    'KPI table with the years as rows (平成30年度, 平成31年度（令和元年度）…令和5年度), KPI names merged over 目標/実績, units in the names, evaluation year stated as 令和４年度',
  build(wb) {
    const ws = wb.addWorksheet('数値目標');
    put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　数値目標の推移']);
    put(ws, 2, 1, ['（評価対象年度：令和４年度）']);
    put(ws, 4, 1, ['年度', '転入者数（人）', undefined, '出生数（人）', undefined, '観光消費額（億円）']);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('A4:A5');
    for (const [a, b] of [
      ['B', 'C'],
      ['D', 'E'],
      ['F', 'G'],
    ])
      ws.mergeCells(`${a}4:${b}4`);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', '2,300', '2,251', 640, 618, 78, 80.5],
      ['平成31年度（令和元年度）', '2,320', '2,198', 630, 597, 80, 82.1],
      ['令和２年度', '2,340', '1,905', 620, 566, 81, 45.3],
      ['令和３年度', '2,370', '2,044', 610, 540, 83, 62.8],
      ['令和４年度', '2,400', '2,210', 600, 512, 85, 91.2],
      ['令和５年度', '2,430', undefined, 590, undefined, 87, undefined],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※観光消費額は県観光統計による推計値']);
  },
  expected: {
    file: 'h13-kpi-years-as-rows.xlsx',
    fiscalYear: 2022,
    indicators: [ind('数値目標', '転入者数', '人', 2400, 2210), ind('数値目標', '出生数', '人', 600, 512), ind('数値目標', '観光消費額', '億円', 85, 91.2)],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [interimFinal, finalOnly, twoPolicies, fyProjects, yearsAsRows];
