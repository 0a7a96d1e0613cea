/**
 * Hold-out 60, two more join-and-pair layouts: targets and actuals on two sheets joined by the indicator's name (rows in
 * another order, the actual of 寄附額 in 万円 against a target in 億円), and a 施策個票 whose rows are label/value pairs
 * across (指標名 | … | 単位 | … | 目標値 | … | 実績値 | …) with a 参考指標 row among them.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, fmt, heading, widths } from './sheet';

const FY = 2023;

/** Targets (計画目標値) and actuals (令和5年度実績) on two sheets, joined by name; one actual in another unit (万円 vs 億円). */
const splitByName: Holdout2Workbook = {
  name: 'h60-split-by-name',
  layout: '計画目標値 sheet (施策 | 指標名 | 単位 | R5目標 | R7目標) and 令和5年度実績 sheet at D6 (指標名 | 実績値 | 単位 | 把握方法) in another order',
  build(wb) {
    const t = wb.addWorksheet('計画目標値');
    widths(t, [2, 26, 30, 8, 10, 10]);
    put(t, 2, 2, ['みなと市産業振興計画（令和４年度〜令和７年度）　指標と目標値']);
    t.getCell('B2').font = { bold: true, size: 13 };
    put(t, 4, 2, ['施策', '指標名', '単位', 'R5目標', 'R7目標']);
    heading(t, 4, 2, 4, 6);
    const rows: (string | number | undefined)[][] = [
      ['1 産業の連携', '産業支援センター相談件数', '件', 800, 800],
      [undefined, '新規事業等創出件数', '件', 2, 3],
      [undefined, 'ふるさと応援寄附額', '億円', 16.0, 16.0],
      ['2 技術開発の促進', '新技術・新製品開発件数', '件', 3, 3],
      ['3 商業の活性化', '中心市街地歩行者通行量', '人/日', 5200, 5500],
      [undefined, '創業者数', '人', 25, 30],
    ];
    rows.forEach((r, i) => put(t, 5 + i, 2, r));
    t.mergeCells('B5:B7');
    t.mergeCells('B9:B10');
    fmt(t, 5, 5, 10, 6, '#,##0.#');
    box(t, 4, 2, 10, 6);
    const a = wb.addWorksheet('令和5年度実績');
    widths(a, [2, 2, 2, 30, 12, 8, 34]);
    put(a, 2, 4, ['令和５年度　指標実績報告']);
    a.getCell('D2').font = { bold: true, size: 13 };
    put(a, 3, 4, ['※各課からの報告順。指標名は計画目標値シートと同じ。']);
    put(a, 4, 4, ['※寄附額は受入額（万円単位）で報告。']);
    put(a, 6, 4, ['指標名', '実績値', '単位', '把握方法']);
    heading(a, 6, 4, 6, 7);
    const acts: (string | number)[][] = [
      ['創業者数', 19, '人', '創業支援事業計画に基づく認定支援機関の報告'],
      ['中心市街地歩行者通行量', 4630, '人/日', '11月第2日曜日の定点調査（10地点計）'],
      ['ふるさと応援寄附額', 136000, '万円', '年度内の寄附受入額'],
      ['産業支援センター相談件数', 744, '件', '産業支援センター業務報告'],
      ['新技術・新製品開発件数', 4, '件', '補助金実績報告'],
      ['新規事業等創出件数', 1, '件', '補助金交付実績'],
    ];
    acts.forEach((r, i) => put(a, 7 + i, 4, r));
    fmt(a, 7, 5, 12, 5, '#,##0');
    box(a, 6, 4, 12, 7);
  },
  expected: {
    file: 'h60-split-by-name.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('計画目標値', '産業支援センター相談件数', '件', 800, 744),
      ind('計画目標値', '新規事業等創出件数', '件', 2, 1),
      ind('計画目標値', 'ふるさと応援寄附額', '億円', 16, 13.6),
      ind('計画目標値', '新技術・新製品開発件数', '件', 3, 4),
      ind('計画目標値', '中心市街地歩行者通行量', '人/日', 5200, 4630),
      ind('計画目標値', '創業者数', '人', 25, 19),
    ],
    groups: [],
  },
};

/** A 施策個票: each indicator one row of label/value pairs across, a 参考指標 row among them, 所見 below. */
const labelValuePairs: Holdout2Workbook = {
  name: 'h60-label-value-pairs',
  layout: '施策個票 at C4: rows of pairs 指標名 | … | 単位 | … | 目標値 | … | 実績値 | … | 達成率 | …, a 参考指標名 row, 所見 below',
  build(wb) {
    const ws = wb.addWorksheet('施策個票');
    widths(ws, [2, 2, 10, 30, 6, 8, 8, 10, 8, 10, 8, 10]);
    put(ws, 2, 3, ['令和５年度　施策個票　（施策 2-4　農林業の振興）']);
    ws.mergeCells('C2:L2');
    ws.getCell('C2').font = { bold: true, size: 13 };
    put(ws, 4, 3, ['担当部', '農林部', undefined, undefined, '評価者', '農林部長']);
    box(ws, 4, 3, 4, 8);
    put(ws, 6, 3, ['■成果指標の状況（令和５年度）']);
    const rows: (string | number)[][] = [
      ['指標名', '認定農業者数', '単位', '経営体', '目標値', 310, '実績値', 296, '達成率', 296 / 310],
      ['指標名', '農地の集積率', '単位', '％', '目標値', 55.0, '実績値', 51.2, '達成率', 51.2 / 55],
      ['指標名', '新規就農者数', '単位', '人', '目標値', 12, '実績値', 14, '達成率', 14 / 12],
      ['指標名', '有害鳥獣による農作物被害額', '単位', '千円', '目標値', 18000, '実績値', 21400, '達成率', 18000 / 21400],
      ['参考指標名', '市内農業産出額', '単位', '億円', '目標値', '－', '実績値', 212.4, '達成率', '－'],
      ['指標名', '森林整備面積', '単位', 'ha', '目標値', 150, '実績値', 88, '達成率', 88 / 150],
    ];
    rows.forEach((r, i) => {
      put(ws, 7 + i, 3, r);
      for (const c of [3, 5, 7, 9, 11]) ws.getCell(7 + i, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      ws.getCell(7 + i, 12).numFmt = '0.0%';
      ws.getCell(7 + i, 8).numFmt = '#,##0.#';
      ws.getCell(7 + i, 10).numFmt = '#,##0.#';
    });
    box(ws, 7, 3, 12, 12);
    put(ws, 14, 3, ['※有害鳥獣による農作物被害額は減少を目指す指標（達成率＝目標値÷実績値）。参考指標は目標を設定しない。']);
    put(ws, 16, 3, ['所見']);
    put(ws, 16, 4, ['新規就農者数は目標を上回ったが、森林整備面積は労務単価の上昇と事業者の人手不足により計画の６割にとどまった。']);
    ws.mergeCells('D16:L17');
    ws.getCell('D16').alignment = { wrapText: true, vertical: 'top' };
    box(ws, 16, 3, 17, 12);
  },
  expected: {
    file: 'h60-label-value-pairs.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('施策個票', '認定農業者数', '経営体', 310, 296),
      ind('施策個票', '農地の集積率', '％', 55, 51.2),
      ind('施策個票', '新規就農者数', '人', 12, 14),
      ind('施策個票', '有害鳥獣による農作物被害額', '千円', 18000, 21400, { direction: 'down' }),
      ind('施策個票', '森林整備面積', 'ha', 150, 88),
    ],
    groups: [],
  },
};

export const PAIR_WORKBOOKS: Holdout2Workbook[] = [splitByName, labelValuePairs];
