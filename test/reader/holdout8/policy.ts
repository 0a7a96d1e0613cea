/** Hold-out 8: policy sheets (family A) as other offices lay them out, and a key/value form. */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';

/** Blocks stacked down the sheet, 目標値 row above 実績値, western fiscal years, 減少 marks a down indicator. */
const stacked: Holdout2Workbook = {
  name: 'h8-a-stacked-western',
  layout: 'policy sheet, indicator blocks stacked vertically, 目標値 above 実績値, headers 2024年度, 方向 減少 beside the unit',
  build(wb) {
    const ws = wb.addWorksheet('施策1-2');
    put(ws, 1, 1, ['令和6年度 施策評価シート（評価対象：令和6年度実績）']);
    put(ws, 3, 1, ['政策', '1 安心して子どもを産み育てられるまち']);
    put(ws, 4, 1, ['施策', '1-2 子育て支援の充実']);
    put(ws, 5, 1, ['主管課', 'こども未来課']);
    put(ws, 6, 1, ['施策の評価', null, '（前年度 B）']);
    const block = (row: number, no: number, name: string, unit: string, dir: string, t: (number | null)[], a: (number | null)[]) => {
      put(ws, row, 1, [`成果指標${no}`, name, '単位', unit, '方向', dir]);
      put(ws, row + 1, 1, ['区分', '2022年度', '2023年度', '2024年度', '2025年度', '2026年度（最終）']);
      put(ws, row + 2, 1, ['目標値', ...t]);
      put(ws, row + 3, 1, ['実績値', ...a]);
    };
    block(8, 1, '待機児童数', '人', '減少', [5, 3, 0, 0, 0], [8, 4, 2]);
    block(13, 2, '地域子育て支援拠点の利用者数', '人', '増加', [38000, 40000, 42000, 44000, 46000], [36512, 38804, 39870]);
    block(18, 3, '子育てしやすいと感じる市民の割合', '％', '増加', [60, 62.5, 65, 67.5, 70], [58.4, 61.9, 66.2]);
    put(ws, 23, 1, ['※実績値は各年度末（3月31日）時点。満足度は市民意識調査による。']);
  },
  expected: {
    file: 'h8-a-stacked-western.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('施策1-2', '待機児童数', '人', 0, 2, { direction: 'down' }),
      ind('施策1-2', '地域子育て支援拠点の利用者数', '人', 42000, 39870),
      ind('施策1-2', '子育てしやすいと感じる市民の割合', '％', 65, 66.2),
    ],
    groups: [{ sheet: '施策1-2', cell: 'B6', grade: rollUp(['D', 'B', 'A']) }],
  },
};

/** Blocks tiled two across, 平成/令和 headers, 実績値/期待値 rows and a 目標値 row with only the final year. */
const tiled: Holdout2Workbook = {
  name: 'h8-a-tiled-heisei',
  layout: 'policy sheet, blocks two across, period headers H30…R7, 実績値/期待値 rows plus a 目標値 row holding only R7, one block without a 期待値 for R5',
  build(wb) {
    const ws = wb.addWorksheet('基本施策2-3');
    put(ws, 1, 1, ['施策評価シート　評価対象年度：令和5年度']);
    put(ws, 2, 1, ['基本目標', '2 産業の振興と雇用の創出']);
    put(ws, 3, 1, ['基本施策', '2-3 観光の振興']);
    put(ws, 4, 1, ['担当部', '商工観光部 観光課']);
    put(ws, 5, 1, ['達成状況評価', null, '（R4評価 C）']);
    const years = ['H30', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];
    const block = (row: number, col: number, no: string, name: string, unit: string, a: (number | null)[], e: (number | null)[], goal: number) => {
      put(ws, row, col, [`指標${no}`, name]);
      put(ws, row + 1, col, ['単位', unit]);
      put(ws, row + 2, col, ['年度', ...years]);
      put(ws, row + 3, col, ['実績値', ...a]);
      put(ws, row + 4, col, ['期待値', ...e]);
      put(ws, row + 5, col, ['目標値', null, null, null, null, null, null, null, goal]);
    };
    block(7, 1, '①', '観光入込客数', '千人', [2310, 2105, 1120, 1388, 1802, 2264], [null, null, null, null, 1900, 2100, 2250, 2400], 2400);
    block(7, 11, '②', '宿泊者数', '人', [318400, 300210, 142800, 171300, 236900, 281650], [null, null, null, null, 250000, 280000, 300000, 320000], 320000);
    block(15, 1, '③', '観光案内所の利用者数', '人', [41200, 39870, 15200, 18640, 27310, 30980], [], 45000);
    block(15, 11, '④', '観光消費額', '百万円', [9820, 9410, 4120, 5230, 7640, null], [null, null, null, null, 8000, 9000, 9500, 10000], 10000);
    put(ws, 22, 1, ['備考：④の令和5年度実績は県統計の公表待ち（集計中）']);
    ws.getCell(18, 17).value = '集計中';
  },
  expected: {
    file: 'h8-a-tiled-heisei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('基本施策2-3', '観光入込客数', '千人', 2100, 2264),
      ind('基本施策2-3', '宿泊者数', '人', 280000, 281650),
      { ...ind('基本施策2-3', '観光案内所の利用者数', '人', 45000, 30980), targetSource: 'final' },
      ind('基本施策2-3', '観光消費額', '百万円', 9000, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: '基本施策2-3', cell: 'B5', grade: rollUp(['A', 'A', 'C']) }],
  },
};

/** Two policy sheets, each an indicator table with the department's own 評価 letter and a 達成率 column. */
const twoSheets: Holdout2Workbook = {
  name: 'h8-a-two-sheets-table',
  layout: 'two 施策 sheets, each an indicator table 基準値(R2)/R4実績/R5目標/R5実績/達成率/R9目標/評価, 施策の総合評価 cell below the table',
  build(wb) {
    const sheet = (title: string, policy: string, rows: (string | number | null)[][], rating: number) => {
      const ws = wb.addWorksheet(title);
      put(ws, 1, 1, ['行政評価　施策評価表（令和5年度）']);
      put(ws, 2, 1, ['施策名', policy]);
      put(ws, 4, 1, ['No.', '成果指標', '単位', '基準値(R2)', 'R4実績', 'R5目標', 'R5実績', '達成率', 'R9目標', '評価']);
      rows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r]));
      put(ws, rating, 1, ['施策の総合評価']);
      put(ws, rating + 1, 1, ['評価の理由', '健診受診率は目標を下回ったが、その他は概ね順調に推移した。']);
    };
    sheet(
      '施策4-1',
      '健康づくりの推進',
      [
        ['特定健康診査受診率', '％', 38.2, 41.5, 45, 42.1, '93.6%', 60, 'B'],
        ['がん検診受診者数', '人', 8120, 8640, 9000, 9215, '102.4%', 10000, 'A'],
        ['健康ポイント事業参加者数', '人', 1200, 1850, 2500, 1560, '62.4%', 4000, 'C'],
      ],
      9,
    );
    sheet(
      '施策4-2',
      '地域医療体制の充実',
      [
        ['休日当番医の受診者数', '人', 5210, 4980, 5000, 5105, '102.1%', 5000, 'A'],
        ['救急搬送の平均所要時間', '分', 41.2, 40.6, 39, 40.1, '97.3%', 37, 'B'],
      ],
      8,
    );
    wb.getWorksheet('施策4-2')!.getCell('K6').value = '※短いほど良い';
  },
  expected: {
    file: 'h8-a-two-sheets-table.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策4-1', '特定健康診査受診率', '％', 45, 42.1, { existing: 'B' }),
      ind('施策4-1', 'がん検診受診者数', '人', 9000, 9215, { existing: 'A' }),
      ind('施策4-1', '健康ポイント事業参加者数', '人', 2500, 1560, { existing: 'C' }),
      ind('施策4-2', '休日当番医の受診者数', '人', 5000, 5105, { existing: 'A' }),
      ind('施策4-2', '救急搬送の平均所要時間', '分', 39, 40.1, { direction: 'down', existing: 'B' }),
    ],
    groups: [
      { sheet: '施策4-1', cell: 'B9', grade: rollUp(['B', 'A', 'C']) },
      { sheet: '施策4-2', cell: 'B8', grade: rollUp(['A', 'B']) },
    ],
  },
};

/** A 事務事業評価 form: key/value pairs in two columns, one indicator per 活動指標/成果指標 pair. */
const keyValue: Holdout2Workbook = {
  name: 'h8-n-key-value-form',
  layout: '事務事業評価シート as label/value pairs in columns A:B and D:E, indicators as 指標名/単位/目標値/実績値 rows',
  build(wb) {
    const ws = wb.addWorksheet('事務事業評価');
    put(ws, 1, 1, ['事務事業評価シート（令和4年度実施事業）']);
    put(ws, 3, 1, ['事業名', '空き家バンク運営事業', null, '担当課', '都市計画課']);
    put(ws, 4, 1, ['評価年度', '令和5年度', null, '対象年度', '令和4年度']);
    put(ws, 5, 1, ['事業費（千円）', 3420, null, '財源', '一般財源']);
    put(ws, 7, 1, ['【活動指標】']);
    put(ws, 8, 1, ['指標名', '空き家バンク登録件数', null, '単位', '件']);
    put(ws, 9, 1, ['目標値', 40, null, '実績値', 33]);
    put(ws, 11, 1, ['【成果指標】']);
    put(ws, 12, 1, ['指標名', '空き家バンクを通じた成約件数', null, '単位', '件']);
    put(ws, 13, 1, ['目標値', 20, null, '実績値', 21]);
    put(ws, 15, 1, ['【成果指標】']);
    put(ws, 16, 1, ['指標名', '移住相談件数', null, '単位', '件']);
    put(ws, 17, 1, ['目標値', 150, null, '実績値', 87]);
    put(ws, 19, 1, ['今後の方向性', '拡充']);
  },
  expected: {
    file: 'h8-n-key-value-form.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('事務事業評価', '空き家バンク登録件数', '件', 40, 33),
      ind('事務事業評価', '空き家バンクを通じた成約件数', '件', 20, 21),
      ind('事務事業評価', '移住相談件数', '件', 150, 87),
    ],
    groups: [],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [stacked, tiled, twoSheets, keyValue];
