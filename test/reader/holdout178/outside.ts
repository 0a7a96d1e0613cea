/** Hold-out 178, four shapes outside the families that these offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** Years as rows: 意思疎通支援事業 実績報告, 目標／実績 under each 事業's merged heading. */
const Y_SHEET = '派遣実績推移';
const yearsRows: Holdout2Workbook = {
  name: 'h178-n-ishisotsu-years',
  layout: '意思疎通支援事業 実績報告: years as rows 令和元年度…令和５年度, two 事業 with merged headings 「手話通訳者派遣件数（件）」 over 目標／実績',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 26]);
    merge(ws, 1, 1, 1, 6, '令和５年度　意思疎通支援事業　実績報告');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '手話通訳者派遣件数（件）');
    merge(ws, 3, 4, 3, 5, '要約筆記者派遣件数（件）');
    merge(ws, 3, 6, 4, 6, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['令和元年度', 300, 312, 40, 38, ''],
      ['令和２年度', 330, 241, 45, 22, '感染症により派遣減'],
      ['令和３年度', 360, 305, 50, 29, ''],
      ['令和４年度', 390, 366, 55, 35, ''],
      ['令和５年度', 420, 398, 60, 41, '遠隔通訳 52件を含む'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 9, 6);
  },
  expected: {
    file: 'h178-n-ishisotsu-years.xlsx',
    fiscalYear: 2023,
    indicators: [ind(Y_SHEET, '手話通訳者派遣件数', '件', 420, 398), ind(Y_SHEET, '要約筆記者派遣件数', '件', 60, 41)],
    groups: [],
  },
};

/** One 事業 per sheet: 事務事業評価シート with 活動指標 and 成果指標 tables. */
function jigyoSheet(wb: Workbook, sheet: string, title: string, rows: (string | number)[][]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [14, 36, 8, 12, 12, 12]);
  merge(ws, 1, 1, 1, 6, '令和３年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名', title]);
  merge(ws, 3, 2, 3, 6);
  put(ws, 4, 1, ['担当課', '都市整備部 交通政策課・建築住宅課']);
  merge(ws, 4, 2, 4, 6);
  put(ws, 5, 1, ['評価年度', '令和３年度（令和３年４月～令和４年３月）']);
  merge(ws, 5, 2, 5, 6);
  put(ws, 7, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率']);
  rows.forEach((r, i) => put(ws, 8 + i, 1, r));
  box(ws, 3, 1, 5, 6);
  box(ws, 7, 1, 7 + rows.length, 6);
  put(ws, 11, 1, ['事業の概要']);
  merge(ws, 11, 2, 13, 6, '高齢者・障がい者等が安全・円滑に移動・利用できるよう、交通機関と公共施設のバリアフリー化を進める。');
  wrap(ws, 7, 1, 7 + rows.length, 6);
}
const perSheet: Holdout2Workbook = {
  name: 'h178-n-jimujigyo-sheets',
  layout: '事務事業評価シート, one 事業 per sheet (ノンステップバス導入促進, 公共施設UD化改修), each with an 活動指標 and a 成果指標 row and a written 達成率',
  build(wb) {
    jigyoSheet(wb, 'ノンステップバス', 'ノンステップバス導入促進事業', [
      ['活動指標', 'ノンステップバス購入費補助台数', '台', 4, 4, '100.0%'],
      ['成果指標', '市内路線バスのノンステップバス導入率', '％', 62, 58.3, '94.0%'],
    ]);
    jigyoSheet(wb, 'UD改修', '公共施設ユニバーサルデザイン化改修事業', [
      ['活動指標', '改修工事実施施設数', '施設', 5, 3, '60.0%'],
      ['成果指標', 'ユニバーサルデザイン改修済み市有施設の割合', '％', 40, 34.1, '85.3%'],
    ]);
  },
  expected: {
    file: 'h178-n-jimujigyo-sheets.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('ノンステップバス', 'ノンステップバス購入費補助台数', '台', 4, 4),
      ind('ノンステップバス', '市内路線バスのノンステップバス導入率', '％', 62, 58.3),
      ind('UD改修', '改修工事実施施設数', '施設', 5, 3),
      ind('UD改修', 'ユニバーサルデザイン改修済み市有施設の割合', '％', 40, 34.1),
    ],
    groups: [],
  },
};

/** A 推進会議資料: 取組項目 merged over its indicators, ◎○△× with a legend of the default bands and words. */
const M_SHEET = '推進状況';
const marks: Holdout2Workbook = {
  name: 'h178-n-jorei-marks',
  layout:
    '手話言語条例 推進会議資料: 取組項目 merged over several indicator rows, R2目標／R2実績, 評価 ◎○△× with a legend 「◎：達成（100％以上）…×：遅れ（60％未満）」',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [22, 40, 8, 12, 12, 8, 26]);
    merge(ws, 1, 1, 1, 7, '令和２年度　手話言語条例に基づく施策の推進状況');
    put(ws, 2, 1, ['評価　◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, 4, 1, ['取組項目', '指標', '単位', '令和２年度目標', '令和２年度実績', '評価', '備考']);
    merge(ws, 5, 1, 6, 1, '１　手話を使いやすい環境の整備');
    put(ws, 5, 2, ['手話通訳者設置窓口数', 'か所', 3, 3, '◎', '本庁・２支所']);
    put(ws, 6, 2, ['聴覚障がい者向け手話・字幕付き動画の配信本数', '本', 30, 12, '×', '撮影機材の調達遅れ']);
    merge(ws, 7, 1, 8, 1, '２　手話の普及啓発');
    put(ws, 7, 2, ['手話体験教室の開催回数', '回', 24, 20, '○', '']);
    put(ws, 8, 2, ['市職員の手話研修受講者数', '人', 150, 96, '△', '前年度 88人']);
    box(ws, 4, 1, 8, 7);
    wrap(ws, 4, 1, 8, 7);
  },
  expected: {
    file: 'h178-n-jorei-marks.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(M_SHEET, '手話通訳者設置窓口数', 'か所', 3, 3, { existing: 'A' }),
      ind(M_SHEET, '聴覚障がい者向け手話・字幕付き動画の配信本数', '本', 30, 12, { existing: 'D' }),
      ind(M_SHEET, '手話体験教室の開催回数', '回', 24, 20, { existing: 'B' }),
      ind(M_SHEET, '市職員の手話研修受講者数', '人', 150, 96, { existing: 'C' }),
    ],
    groups: [],
  },
};

/** Split sheets: 目標値 and 実績値 of the バリアフリー基本構想 特定事業, joined by No. */
const S_SHEET = '実績値';
const split: Holdout2Workbook = {
  name: 'h178-n-kihonkoso-split',
  layout:
    'バリアフリー基本構想 特定事業 進捗: a 目標値 sheet (No., 指標名, 単位, 目標値（R6年度）) and a 実績値 sheet (No., 指標名, 令和６年度実績, 備考) with a 集計中',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    widths(t, [6, 36, 8, 16]);
    merge(t, 1, 1, 1, 4, 'バリアフリー基本構想　特定事業の目標値（令和６年度）');
    put(t, 3, 1, ['No.', '指標名', '単位', '目標値（R6年度）']);
    const names: [string, string, number][] = [
      ['駅前広場の段差解消箇所数', 'か所', 12],
      ['音響式信号機設置基数', '基', 8],
      ['歩道の有効幅員確保延長', 'ｍ', 1500],
      ['バリアフリー情報マップ掲載施設数', '施設', 250],
    ];
    names.forEach(([n, u, v], i) => put(t, 4 + i, 1, [i + 1, n, u, v]));
    box(t, 3, 1, 7, 4);
    const a = wb.addWorksheet(S_SHEET);
    widths(a, [6, 36, 16, 30]);
    merge(a, 1, 1, 1, 4, '令和６年度　バリアフリー基本構想　特定事業の実績');
    put(a, 3, 1, ['No.', '指標名', '令和６年度実績', '備考']);
    const acts: (string | number)[] = [12, 5, 1380, '集計中'];
    const notes = ['', '県警との協議で３基は令和７年度へ', '', '掲載施設の確認作業中（７月公表予定）'];
    names.forEach(([n], i) => put(a, 4 + i, 1, [i + 1, n, acts[i], notes[i]]));
    box(a, 3, 1, 7, 4);
  },
  expected: {
    file: 'h178-n-kihonkoso-split.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S_SHEET, '駅前広場の段差解消箇所数', 'か所', 12, 12),
      ind(S_SHEET, '音響式信号機設置基数', '基', 8, 5),
      ind(S_SHEET, '歩道の有効幅員確保延長', 'ｍ', 1500, 1380),
      ind(S_SHEET, 'バリアフリー情報マップ掲載施設数', '施設', 250, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsRows, perSheet, marks, split];
