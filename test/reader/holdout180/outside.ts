/** Hold-out 180, shapes outside the four families that まちの美化・ポイ捨て防止・路上喫煙対策 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** 路上喫煙防止 巡回・啓発 月別実績 (令和６年度): months 4月…3月 as columns, a 年度計 by formula, 年間目標 and 達成率 (fractions). */
const monthly: Holdout2Workbook = {
  name: 'h180-patrol-monthly',
  layout: 'months as columns with a SUM 年度計, 年間目標 beside it, 達成率 as fractions under a % format, 令和６年度',
  build(wb) {
    const ws = wb.addWorksheet('月別実績');
    widths(ws, [26, 6, ...Array(12).fill(6), 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和６年度　路上喫煙防止・ポイ捨て防止対策　月別実績表');
    put(ws, 2, 15, ['（環境美化推進課）']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    put(ws, 3, 1, ['項目', '単位', ...months, '年度計', '年間目標', '達成率']);
    const rows: [string, string, number[], number][] = [
      ['路上喫煙防止指導員巡回日数', '日', [20, 19, 21, 20, 18, 19, 21, 19, 17, 18, 19, 21], 240],
      ['啓発キャンペーン実施回数', '回', [2, 1, 1, 0, 1, 1, 2, 1, 1, 0, 1, 2], 12],
      ['吸い殻・ポイ捨てごみ回収量', 'kg', [128, 141, 119, 133, 102, 115, 150, 138, 97, 88, 94, 131], 1800],
    ];
    rows.forEach(([name, unit, vals, target], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, ...vals]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(vals) };
      ws.getCell(r, 16).value = target;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: sum(vals) / target };
      ws.getCell(r, 17).numFmt = '0.0%';
    });
    wrap(ws, 3, 1, 6, 1);
    box(ws, 3, 1, 6, 17);
    put(ws, 8, 1, ['※年度計は4月～3月の合計。回収量は巡回時に回収した量（清掃ボランティア回収分を除く）。']);
  },
  expected: {
    file: 'h180-patrol-monthly.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('月別実績', '路上喫煙防止指導員巡回日数', '日', 240, 232),
      ind('月別実績', '啓発キャンペーン実施回数', '回', 12, 13),
      ind('月別実績', '吸い殻・ポイ捨てごみ回収量', 'kg', 1800, 1436),
    ],
    groups: [],
  },
};

/** 市民一斉清掃（クリーンアップ作戦）実施報告 (令和５年度): a label/value form with a small 目標・実績 table inside. */
const report: Holdout2Workbook = {
  name: 'h180-cleanup-report',
  layout: 'label/value 実施報告 form (実施日, 実施区域…) with a 区分/目標/実績/達成率/備考 table, 回収量 without a target',
  build(wb) {
    const ws = wb.addWorksheet('実施報告');
    widths(ws, [18, 14, 14, 14, 10, 30]);
    merge(ws, 1, 1, 1, 6, '令和５年度　市民一斉清掃「クリーンアップ作戦」実施報告');
    const form: [string, string][] = [
      ['実施日', '令和5年5月28日（日）・令和5年10月29日（日）'],
      ['実施区域', '市内全域（28地区）'],
      ['主催', 'クリーンアップ作戦実行委員会・環境美化推進課'],
      ['回収量', '可燃ごみ 8.6t　不燃ごみ 3.8t（計 12.4t）'],
    ];
    form.forEach(([k, v], i) => {
      put(ws, 3 + i, 1, [k]);
      merge(ws, 3 + i, 2, 3 + i, 6, v);
    });
    box(ws, 3, 1, 6, 6);
    put(ws, 8, 1, ['■参加状況']);
    put(ws, 9, 1, ['区分', '単位', '目標', '実績', '達成率', '備考']);
    put(ws, 10, 1, ['参加者数', '人', 15000, 13870, undefined, '10月は雨天のため一部地区中止']);
    put(ws, 11, 1, ['参加団体数', '団体', 320, 334, undefined, '企業参加 41社を含む']);
    for (const r of [10, 11]) {
      ws.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: (ws.getCell(r, 4).value as number) / (ws.getCell(r, 3).value as number) };
      ws.getCell(r, 5).numFmt = '0.0%';
      ws.getCell(r, 3).numFmt = '#,##0';
      ws.getCell(r, 4).numFmt = '#,##0';
    }
    wrap(ws, 9, 6, 11, 6);
    box(ws, 9, 1, 11, 6);
    put(ws, 13, 1, ['所見']);
    merge(ws, 13, 2, 14, 6, '参加団体は目標を上回ったが、参加者数は天候の影響で目標に届かなかった。');
  },
  expected: {
    file: 'h180-cleanup-report.xlsx',
    fiscalYear: 2023,
    indicators: [ind('実施報告', '参加者数', '人', 15000, 13870), ind('実施報告', '参加団体数', '団体', 320, 334)],
    groups: [],
  },
};

/** 不法投棄防止対策の推移 (平成30年度評価): years as rows 平成26年度…平成30年度, two indicators as 目標／実績 column pairs, both 減少. */
const years: Holdout2Workbook = {
  name: 'h180-fuho-toki-years',
  layout: 'years as rows (平成26年度…平成30年度), indicator column pairs 目標/実績 under merged headings with 単位, a 目指す方向 row (減少)',
  build(wb) {
    const ws = wb.addWorksheet('不法投棄');
    widths(ws, [14, 12, 12, 12, 12, 28]);
    merge(ws, 1, 1, 1, 6, '不法投棄防止対策の推移（平成30年度評価）');
    merge(ws, 2, 1, 4, 1, '年度');
    merge(ws, 2, 2, 2, 3, '不法投棄件数（件）');
    merge(ws, 2, 4, 2, 5, '不法投棄物回収量（t）');
    merge(ws, 2, 6, 4, 6, '備考');
    merge(ws, 3, 2, 3, 3, '目指す方向：減少');
    merge(ws, 3, 4, 3, 5, '目指す方向：減少');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成26年度', 380, 402, 24.0, 26.3, undefined],
      ['平成27年度', 360, 371, 23.0, 22.1, undefined],
      ['平成28年度', 340, 352, 22.0, 20.8, '監視カメラ10台設置'],
      ['平成29年度', 310, 318, 20.0, 17.9, undefined],
      ['平成30年度', 280, 301, 18.0, 15.2, '台風後の投棄が増加'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 2, 1, 9, 6);
    box(ws, 2, 1, 9, 6);
  },
  expected: {
    file: 'h180-fuho-toki-years.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind('不法投棄', '不法投棄件数', '件', 280, 301, { direction: 'down' }),
      ind('不法投棄', '不法投棄物回収量', 't', 18, 15.2, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** 事務事業評価シート (令和２年度), one 事業 per sheet: 活動指標／成果指標 rows with 単位, 目指す方向, R元年度実績, R2年度目標・実績. */
const perSheet: Holdout2Workbook = {
  name: 'h180-jimu-jigyo-sheets',
  layout: 'one 事務事業評価シート per 事業 (two sheets), 活動指標/成果指標 rows, R元年度実績 beside R2年度目標/実績, 達成率 as text ％',
  build(wb) {
    const sheets: [string, string, string, (string | number)[][]][] = [
      [
        '路上喫煙防止対策事業',
        '路上喫煙禁止地区（駅周辺3地区）での巡回指導と喫煙マナー啓発',
        '継続',
        [
          ['活動指標', '指導員巡回回数', '回', '増加', 296, 300, 312, '104.0％'],
          ['成果指標', '禁止地区内の路上喫煙者数（定点）', '人', '減少', 61, 40, 52, '76.9％'],
        ],
      ],
      [
        'ポイ捨て防止対策事業',
        'ポイ捨て禁止看板の設置と環境美化ボランティア袋の配布',
        '拡充',
        [
          ['活動指標', 'ポイ捨て禁止看板設置数', '枚', '増加', 120, 150, 150, '100.0％'],
          ['成果指標', '環境美化ボランティア袋配布枚数', '枚', '増加', 47300, 50000, 41200, '82.4％'],
        ],
      ],
    ];
    for (const [name, summary, future, inds] of sheets) {
      const ws = wb.addWorksheet(name);
      widths(ws, [12, 34, 8, 10, 12, 12, 12, 10]);
      merge(ws, 1, 1, 1, 8, '事務事業評価シート（令和２年度実施事業）');
      put(ws, 2, 1, ['事業名', name]);
      merge(ws, 2, 2, 2, 8);
      put(ws, 3, 1, ['担当課', '環境部　環境美化推進課']);
      merge(ws, 3, 2, 3, 8);
      put(ws, 4, 1, ['事業概要', summary]);
      merge(ws, 4, 2, 4, 8);
      put(ws, 6, 1, ['区分', '指標名', '単位', '目指す方向', 'R元年度\n実績', 'R2年度\n目標', 'R2年度\n実績', '達成率']);
      inds.forEach((row, i) => put(ws, 7 + i, 1, row));
      wrap(ws, 6, 1, 8, 8);
      box(ws, 2, 1, 8, 8);
      put(ws, 10, 1, ['今後の方向性', future]);
      box(ws, 10, 1, 10, 2);
    }
  },
  expected: {
    file: 'h180-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('路上喫煙防止対策事業', '指導員巡回回数', '回', 300, 312),
      ind('路上喫煙防止対策事業', '禁止地区内の路上喫煙者数（定点）', '人', 40, 52, { direction: 'down' }),
      ind('ポイ捨て防止対策事業', 'ポイ捨て禁止看板設置数', '枚', 150, 150),
      ind('ポイ捨て防止対策事業', '環境美化ボランティア袋配布枚数', '枚', 50000, 41200),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, report, years, perSheet];
