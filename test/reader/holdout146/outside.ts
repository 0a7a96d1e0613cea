/**
 * Hold-out 146, four shapes outside the families that 保育 offices use: a 推移 table with years as rows and 目標／実績 column
 * pairs under each indicator, 目指す方向 ↑／↓, and no evaluation year written anywhere (the latest year with actuals, a guess);
 * 事務事業評価シート one 事業 per sheet with 事業費 rows, 活動指標／成果指標 with 目標値／実績値／達成率 rows per 年度; a
 * 地域子ども・子育て支援事業 実施状況 table in 人日／人回／か所 with 令和３年度実績値 beside 令和４年度計画値／実績値, 達成率 and
 * ◎○△× whose legend gives bands only; a 子育て安心プラン 目標値 sheet (平成30年度…平成32年度) joined by No. to a 実績値 sheet with
 * full-width digits.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const NUM = '#,##0';

const O1_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h146-n-teiin-suii',
  layout:
    'N: 保育所等の整備と待機児童数の推移, years as rows (平成29年度…令和3年度) with 目標／実績 column pairs per indicator, 目指す方向 row ↑／↓, units in the headings, 令和3年度 with targets only; no evaluation year written (the latest year with actuals: a guess)',
  build(wb) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 30]);
    merge(ws, 1, 1, 1, 8, '保育所等の整備と待機児童数の推移');
    put(ws, 3, 1, ['指標']);
    merge(ws, 3, 2, 3, 3, '保育所等利用定員（人）');
    merge(ws, 3, 4, 3, 5, '待機児童数（人）');
    merge(ws, 3, 6, 3, 7, '１・２歳児保育利用率（％）');
    merge(ws, 3, 8, 5, 8, '備考');
    put(ws, 4, 1, ['目指す方向']);
    merge(ws, 4, 2, 4, 3, '↑');
    merge(ws, 4, 4, 4, 5, '↓');
    merge(ws, 4, 6, 4, 7, '↑');
    put(ws, 5, 1, ['年度', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成29年度', 3520, 3498, 45, 52, 42.0, 41.2, ''],
      ['平成30年度', 3700, 3690, 35, 31, 45.0, 44.8, ''],
      ['令和元年度', 3850, 3801, 25, 18, 48.5, 47.0, '待機児童数は各年度4月1日現在'],
      ['令和2年度', 3980, 3925, 15, 9, 52.0, 49.6, ''],
      ['令和3年度', 4100, undefined, 5, undefined, 55.0, undefined, '目標は第２期子ども・子育て支援事業計画による'],
    ];
    rows.forEach((row, i) => {
      put(
        ws,
        6 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      for (const c of [2, 3, 4, 5]) ws.getCell(6 + i, c).numFmt = NUM;
      for (const c of [6, 7]) ws.getCell(6 + i, c).numFmt = '0.0';
    });
    put(ws, 12, 1, ['※↑は増加、↓は減少を目指す指標']);
    box(ws, 3, 1, 5 + rows.length, 8);
    wrap(ws, 3, 1, 5 + rows.length, 8);
  },
  expected: {
    file: 'h146-n-teiin-suii.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O1_SHEET, '保育所等利用定員', '人', 3980, 3925),
      ind(O1_SHEET, '待機児童数', '人', 15, 9, { direction: 'down' }),
      ind(O1_SHEET, '１・２歳児保育利用率', '％', 52, 49.6),
    ],
    groups: [],
    guesses: ['period'],
  },
};

/** One 事務事業評価シート: header, 事業費 and the two indicators (活動指標, 成果指標) for 令和３～６年度. */
function jimuJigyo(
  ws: Worksheet,
  code: string,
  name: string,
  purpose: string,
  cost: number[],
  act: [string, string, number[], (number | undefined)[]],
  out: [string, string, number[], (number | undefined)[]],
  review: string,
): void {
  widths(ws, [12, 30, 8, 10, 12, 12, 12, 14]);
  merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート（令和５年度実施事業）');
  put(ws, 3, 1, ['事業番号', code]);
  put(ws, 3, 5, ['担当課']);
  merge(ws, 3, 6, 3, 8, 'こども家庭部　保育幼稚園課');
  put(ws, 4, 1, ['事業名']);
  merge(ws, 4, 2, 4, 8, name);
  put(ws, 5, 1, ['総合計画']);
  merge(ws, 5, 2, 5, 8, '施策3-2　多様な保育ニーズへの対応');
  put(ws, 6, 1, ['事業の目的']);
  merge(ws, 6, 2, 6, 8, purpose);
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['■事業費']);
  put(ws, 9, 1, ['区分', undefined, '単位', undefined, '令和３年度', '令和４年度', '令和５年度', '令和６年度']);
  put(ws, 10, 1, ['決算額（令和６年度は予算額）', undefined, '千円', undefined, ...cost]);
  merge(ws, 9, 1, 9, 2, '区分');
  merge(ws, 10, 1, 10, 2, '決算額（令和６年度は予算額）');
  for (let c = 5; c <= 8; c++) ws.getCell(10, c).numFmt = NUM;
  box(ws, 9, 1, 10, 8);
  put(ws, 12, 1, ['■指標']);
  put(ws, 13, 1, ['区分', '指標名', '単位', undefined, '令和３年度', '令和４年度', '令和５年度', '令和６年度']);
  const rowsOf = (r: number, kind: string, [label, unit, targets, actuals]: [string, string, number[], (number | undefined)[]]) => {
    merge(ws, r, 1, r + 2, 1, kind);
    merge(ws, r, 2, r + 2, 2, label);
    merge(ws, r, 3, r + 2, 3, unit);
    put(ws, r, 4, ['目標値', ...targets]);
    put(ws, r + 1, 4, ['実績値', ...actuals]);
    put(ws, r + 2, 4, ['達成率', ...actuals.map((a, i) => (a === undefined ? undefined : a / targets[i]))]);
    for (let c = 5; c <= 8; c++) {
      ws.getCell(r, c).numFmt = NUM;
      ws.getCell(r + 1, c).numFmt = NUM;
      ws.getCell(r + 2, c).numFmt = '0.0%';
    }
  };
  rowsOf(14, '活動指標', act);
  rowsOf(17, '成果指標', out);
  box(ws, 13, 1, 19, 8);
  put(ws, 21, 1, ['■評価']);
  put(ws, 22, 1, ['成果と課題']);
  merge(ws, 22, 2, 22, 8, review);
  put(ws, 23, 1, ['今後の方向性', '継続']);
  box(ws, 22, 1, 23, 8);
  wrap(ws, 1, 1, 23, 8);
}

const O2_S1 = '3-2-01';
const O2_S2 = '3-2-02';

const perProjectSheets: Holdout2Workbook = {
  name: 'h146-n-jimujigyo-sheet',
  layout:
    'N: 令和６年度 事務事業評価シート（令和５年度実施事業）, one 事業 per sheet: 事業費 row in 千円, 活動指標 and 成果指標 each with 目標値／実績値／達成率 rows under 令和３年度…令和６年度 (令和６年度 targets only), 今後の方向性 継続',
  build(wb) {
    jimuJigyo(
      wb.addWorksheet(O2_S1),
      '3-2-01',
      '認定こども園移行支援事業',
      '私立幼稚園・保育所の認定こども園への移行を支援し、保護者の就労状況に関わらず利用できる教育・保育の場を確保する。',
      [4820, 12650, 9310, 15000],
      ['移行に関する説明会・個別相談の実施回数', '回', [4, 6, 6, 6], [5, 6, 6]],
      ['認定こども園への移行園数', '園', [1, 2, 2, 2], [1, 1, 1]],
      '説明会・個別相談は計画どおり実施したが、令和５年度の移行は1園にとどまった。保育士確保の見通しが立たないことを理由に1園が移行を延期した。',
    );
    jimuJigyo(
      wb.addWorksheet(O2_S2),
      '3-2-02',
      '保育士宿舎借り上げ支援事業',
      '保育士用の宿舎を借り上げる法人に費用の一部を補助し、市外からの保育士の確保と定着を図る。',
      [8400, 10080, 11520, 12000],
      ['補助対象法人数', '法人', [8, 9, 10, 10], [7, 8, 8]],
      ['宿舎借り上げにより確保した保育士数', '人', [14, 17, 20, 22], [12, 18, 23]],
      '補助対象法人は目標の10法人に届かなかったが、確保した保育士は23人となり目標を上回った。',
    );
  },
  expected: {
    file: 'h146-n-jimujigyo-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O2_S1, '移行に関する説明会・個別相談の実施回数', '回', 6, 6),
      ind(O2_S1, '認定こども園への移行園数', '園', 2, 1),
      ind(O2_S2, '補助対象法人数', '法人', 10, 8),
      ind(O2_S2, '宿舎借り上げにより確保した保育士数', '人', 20, 23),
    ],
    groups: [],
  },
};

const O3_SHEET = '地域子ども・子育て支援事業';

const O3_ROWS: [string, string, number, number, number, string, string][] = [
  ['延長保育事業', '人', 1804, 1850, 1712, '○', ''],
  ['一時預かり事業（幼稚園型）', '人日', 39870, 42000, 35280, '○', '預かり保育の長期休業中の利用が伸びなかった'],
  ['一時預かり事業（幼稚園型を除く）', '人日', 3915, 6500, 3640, '×', '実施施設1か所が保育士不足により休止（令和4年7月～）'],
  ['病児保育事業', '人日', 1032, 1400, 980, '△', ''],
  ['子育て短期支援事業（ショートステイ）', '人日', 48, 60, 72, '◎', ''],
  ['利用者支援事業（基本型・特定型）', 'か所', 3, 3, 3, '◎', '基本型1か所、特定型（保育コンシェルジュ）2か所'],
  ['ファミリー・サポート・センター事業', '人日', 1688, 2400, 1530, '△', '依頼会員 412人、提供会員 168人（令和5年3月末）'],
];

const marksTable: Holdout2Workbook = {
  name: 'h146-n-chiiki-kosodate-marks',
  layout:
    'N: 令和４年度 地域子ども・子育て支援事業の実施状況: one row per 事業 with 単位 (人日・か所), 令和３年度実績値 beside 令和４年度計画値／実績値, 達成率 as a %-formatted fraction, 評価 ◎○△× whose legend gives bands only, 備考 with figures',
  build(wb) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [5, 36, 7, 14, 14, 14, 10, 7, 44]);
    merge(ws, 1, 1, 1, 9, '令和４年度　地域子ども・子育て支援事業の実施状況');
    merge(ws, 2, 1, 2, 9, '評価　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満');
    put(ws, 4, 1, ['No.', '事業名', '単位', '令和３年度\n実績値', '令和４年度\n計画値', '令和４年度\n実績値', '達成率', '評価', '備考']);
    O3_ROWS.forEach(([name, unit, last, plan, actual, mark, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, name, unit, last, plan, actual, actual / plan, mark, note || undefined]);
      for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = NUM;
      ws.getCell(r, 7).numFmt = '0.0%';
    });
    box(ws, 4, 1, 4 + O3_ROWS.length, 9);
    wrap(ws, 4, 1, 4 + O3_ROWS.length, 9);
  },
  expected: {
    file: 'h146-n-chiiki-kosodate-marks.xlsx',
    fiscalYear: 2022,
    indicators: O3_ROWS.map(([name, unit, , plan, actual, mark]) => ind(O3_SHEET, name, unit, plan, actual, { existing: mark })),
    groups: [],
  },
};

const O4_TARGETS = '目標値';
const O4_ACTUALS = '実績値';

const splitSheets: Holdout2Workbook = {
  name: 'h146-n-anshin-plan-split',
  layout:
    'N: 子育て安心プラン実施計画, a 目標値 sheet (No., 指標名, 単位, 方向 ↑／↓, 平成30年度・平成31年度・平成32年度) and a 平成30年度 実績値 sheet (平成29年度・平成30年度, full-width digits, 備考) joined by No.',
  build(wb) {
    const t = wb.addWorksheet(O4_TARGETS);
    widths(t, [5, 34, 7, 6, 12, 12, 12]);
    merge(t, 1, 1, 1, 7, '子育て安心プラン実施計画　目標値');
    put(t, 3, 1, ['No.', '指標名', '単位', '方向', '平成30年度', '平成31年度', '平成32年度']);
    const targets: (string | number)[][] = [
      [1, '保育の受け皿拡大量（累計）', '人', '↑', 300, 520, 700],
      [2, '待機児童数', '人', '↓', 20, 10, 0],
      [3, '保育士・保育所支援センター登録者数', '人', '↑', 120, 150, 180],
      [4, '保育コンシェルジュ相談件数', '件', '↑', 1500, 1600, 1700],
    ];
    targets.forEach((row, i) => {
      put(t, 4 + i, 1, row);
      for (const c of [5, 6, 7]) t.getCell(4 + i, c).numFmt = NUM;
    });
    put(t, 9, 1, ['方向：↑は増加を目指す指標、↓は減少を目指す指標']);
    box(t, 3, 1, 7, 7);
    wrap(t, 3, 1, 7, 7);

    const a = wb.addWorksheet(O4_ACTUALS);
    widths(a, [5, 34, 7, 12, 12, 40]);
    merge(a, 1, 1, 1, 6, '平成30年度　実績（平成31年3月31日現在）');
    put(a, 3, 1, ['No.', '指標名', '単位', '平成29年度', '平成30年度', '備考']);
    const actuals: (string | number | undefined)[][] = [
      [1, '保育の受け皿拡大量（累計）', '人', 120, 248, '平成30年度整備分 128人（小規模保育3か所・分園1か所）'],
      [2, '待機児童数', '人', 45, 31, '各年度4月1日現在'],
      [3, '保育士・保育所支援センター登録者数', '人', '９８', '１３２', undefined],
      [4, '保育コンシェルジュ相談件数', '件', 1230, 1188, '電話相談を含む'],
    ];
    actuals.forEach((row, i) => {
      put(a, 4 + i, 1, row);
      for (const c of [4, 5]) a.getCell(4 + i, c).numFmt = NUM;
    });
    box(a, 3, 1, 7, 6);
    wrap(a, 3, 1, 7, 6);
  },
  expected: {
    file: 'h146-n-anshin-plan-split.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind(O4_ACTUALS, '保育の受け皿拡大量（累計）', '人', 300, 248),
      ind(O4_ACTUALS, '待機児童数', '人', 20, 31, { direction: 'down' }),
      ind(O4_ACTUALS, '保育士・保育所支援センター登録者数', '人', 120, 132),
      ind(O4_ACTUALS, '保育コンシェルジュ相談件数', '件', 1500, 1188),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perProjectSheets, marksTable, splitSheets];
