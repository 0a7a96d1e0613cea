/** Hold-out 183, shapes outside the four families that offices of 奨学金・就学援助・教育費の負担軽減 use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const O1_SHEET = '点検評価';

/** 教育委員会の点検・評価 (地教行法第26条): 施策／主な取組／指標 rows, 達成率 text, ◎○△× with a legend naming bands and words. */
const tenken: Holdout2Workbook = {
  name: 'h183-o-tenken-hyoka',
  layout: '教育委員会 点検・評価 (令和２年度対象), 施策 merged over rows, 達成率 as text, ◎○△× with a default-band legend with words',
  build(wb) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [22, 26, 32, 8, 12, 12, 10, 8]);
    merge(ws, 1, 1, 1, 8, '教育委員会の事務の管理及び執行状況の点検・評価報告書（令和２年度対象）');
    put(ws, 2, 1, ['基本方針３　教育の機会均等と負担軽減']);
    put(ws, 4, 1, ['施策', '主な取組', '指標', '単位', '目標値（R2）', '実績値（R2）', '達成率', '評価']);
    merge(ws, 5, 1, 7, 1, '(1) 就学支援の充実');
    merge(ws, 8, 1, 9, 1, '(2) 奨学金制度の運用');
    const rows: (string | number)[][] = [
      ['入学準備金の前倒し支給', '入学準備金の入学前支給率', '％', 100, 100, '100.0%', '◎'],
      ['学習支援事業', '学習支援事業参加者の高校進学率', '％', 100, 96.3, '96.3%', '○'],
      ['放課後学習教室', '放課後学習教室の延べ参加者数', '人', 3000, 2010, '67.0%', '△'],
      ['育英奨学金の貸与', '奨学金の新規貸与者数', '人', 50, 46, '92.0%', '○'],
      ['返還金の収納対策', '奨学金返還金の収納率', '％', 95.0, 88.4, '93.1%', '○'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 2, row));
    wrap(ws, 5, 1, 9, 3);
    box(ws, 4, 1, 9, 8);
    put(ws, 11, 1, ['【評価】◎：目標を達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, 12, 1, ['※放課後学習教室は臨時休業（４～５月）により開催回数を縮小']);
  },
  expected: {
    file: 'h183-o-tenken-hyoka.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O1_SHEET, '入学準備金の入学前支給率', '％', 100, 100, { existing: 'A' }),
      ind(O1_SHEET, '学習支援事業参加者の高校進学率', '％', 100, 96.3, { existing: 'B' }),
      ind(O1_SHEET, '放課後学習教室の延べ参加者数', '人', 3000, 2010, { existing: 'C' }),
      ind(O1_SHEET, '奨学金の新規貸与者数', '人', 50, 46, { existing: 'B' }),
      ind(O1_SHEET, '奨学金返還金の収納率', '％', 95, 88.4, { existing: 'B' }),
    ],
    groups: [],
  },
};

const O2_SHEET = '育英奨学金';

/** Years as rows (平成30年度…令和5年度), 目標/実績 column pairs under two-row headings with the unit in them. */
const yearsRows: Holdout2Workbook = {
  name: 'h183-o-ikuei-suii',
  layout: 'years as rows 平成30年度…令和5年度, 目標/実績 pairs under merged headings 「新規貸与者数（人）」, 評価対象年度：令和４年度',
  build(wb) {
    const ws = wb.addWorksheet(O2_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 28]);
    merge(ws, 1, 1, 1, 8, '育英奨学金事業の実績推移');
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '新規貸与者数（人）');
    merge(ws, 4, 4, 4, 5, '返還金収納率（％）');
    merge(ws, 4, 6, 4, 7, '給付型奨学金支給者数（人）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', 40, 38, 94.0, 93.2, '－', '－', '給付型は令和２年度創設'],
      ['令和元年度', 40, 42, 94.5, 94.1, '－', '－'],
      ['令和2年度', 45, 39, 95.0, 92.6, 15, 12, '新型コロナによる返還猶予あり'],
      ['令和3年度', 45, 44, 95.5, 95.8, 18, 17],
      ['令和4年度', 45, 41, 96.0, 97.2, 20, 20],
      ['令和5年度', 50, undefined, 96.0, undefined, 22, undefined, '目標のみ'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    box(ws, 4, 1, 11, 8);
  },
  expected: {
    file: 'h183-o-ikuei-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O2_SHEET, '新規貸与者数', '人', 45, 41),
      ind(O2_SHEET, '返還金収納率', '％', 96, 97.2),
      ind(O2_SHEET, '給付型奨学金支給者数', '人', 20, 20),
    ],
    groups: [],
  },
};

/** 事務事業評価シート, one 事業 per sheet: 活動指標／成果指標 with 目標/実績 rows over R3…R6（計画）, 方向 ↑↓. */
function jimuSheet(
  wb: Workbook,
  title: string,
  section: string,
  inds: [string, string, string, string, (number | undefined)[], (number | undefined)[]][],
): void {
  const ws = wb.addWorksheet(title);
  widths(ws, [10, 30, 8, 6, 8, 10, 10, 10, 12]);
  merge(ws, 1, 1, 1, 9, '事務事業評価シート（令和５年度）');
  put(ws, 3, 1, ['事業名', title]);
  put(ws, 4, 1, ['担当課', section]);
  put(ws, 5, 1, ['評価年度', '令和５年度']);
  box(ws, 3, 1, 5, 2);
  put(ws, 7, 1, ['区分', '指標名', '単位', '方向', '項目', 'R3', 'R4', 'R5', 'R6（計画）']);
  inds.forEach(([kind, name, unit, dir, t, a], i) => {
    const r = 8 + i * 2;
    merge(ws, r, 1, r + 1, 1, kind);
    merge(ws, r, 2, r + 1, 2, name);
    merge(ws, r, 3, r + 1, 3, unit);
    merge(ws, r, 4, r + 1, 4, dir);
    put(ws, r, 5, ['目標', ...t]);
    put(ws, r + 1, 5, ['実績', ...a]);
  });
  box(ws, 7, 1, 7 + inds.length * 2, 9);
}

/** One 事業 per sheet. */
const perSheet: Holdout2Workbook = {
  name: 'h183-o-jimu-jigyo-sheets',
  layout: '事務事業評価シート one 事業 per sheet (令和５年度), 活動指標/成果指標 merged over 目標/実績 rows, R6（計画）, 方向 ↓',
  build(wb) {
    jimuSheet(wb, '奨学金貸付事業', '教育総務課', [
      ['活動指標', '貸付決定者数', '人', '↑', [55, 58, 60, 62], [52, 57, 55]],
      ['成果指標', '貸付金の返還率', '％', '↑', [94.0, 94.5, 95.0, 95.5], [93.5, 92.8, 93.1]],
    ]);
    jimuSheet(wb, '就学援助事業', '学校教育課', [
      ['活動指標', '制度案内の配布校数', '校', '↑', [28, 28, 28, 28], [27, 28, 28]],
      ['成果指標', '申請から認定までの平均日数', '日', '↓', [20, 16, 14, 14], [21, 17, 12]],
    ]);
  },
  expected: {
    file: 'h183-o-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('奨学金貸付事業', '貸付決定者数', '人', 60, 55),
      ind('奨学金貸付事業', '貸付金の返還率', '％', 95, 93.1),
      ind('就学援助事業', '制度案内の配布校数', '校', 28, 28),
      ind('就学援助事業', '申請から認定までの平均日数', '日', 14, 12, { direction: 'down' }),
    ],
    groups: [],
  },
};

const O4_SHEET = '実績報告';

/** A 実績報告書 form: 項目 | 内容 label-value blocks per 事業, 目標値（令和元年度） in full-width digits, 備考 with counts. */
const labelValue: Holdout2Workbook = {
  name: 'h183-o-jisseki-hokoku',
  layout: 'label-value 実績報告書 (令和元年度): one block per 事業 with 成果指標/単位/目標値/実績値/備考 rows, full-width 「１，２５０」',
  build(wb) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [24, 44]);
    merge(ws, 1, 1, 1, 2, '令和元年度　教育費負担軽減事業　実績報告書');
    put(ws, 2, 2, ['○○市教育委員会']);
    const blocks: [string, string, string, string | number, number, string][] = [
      ['１　学校給食費第３子以降無償化事業', '無償化の対象児童生徒数', '人', '１，２５０', 1302, '申請件数 1,318件（うち却下 16件）'],
      ['２　補助教材費負担軽減事業', '保護者負担の軽減額', '千円', 18000, 16920, '対象 小中学校 28校'],
      ['３　修学旅行費補助事業', '修学旅行費補助の支給者数', '人', 300, 288, '１人当たり上限 10,000円'],
    ];
    let r = 4;
    for (const [head, name, unit, target, actual, note] of blocks) {
      merge(ws, r, 1, r, 2, head);
      put(ws, r + 1, 1, ['成果指標', name]);
      put(ws, r + 2, 1, ['単位', unit]);
      put(ws, r + 3, 1, ['目標値（令和元年度）', target]);
      put(ws, r + 4, 1, ['実績値（令和元年度）', actual]);
      put(ws, r + 5, 1, ['備考', note]);
      box(ws, r + 1, 1, r + 5, 2);
      r += 7;
    }
  },
  expected: {
    file: 'h183-o-jisseki-hokoku.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(O4_SHEET, '無償化の対象児童生徒数', '人', 1250, 1302),
      ind(O4_SHEET, '保護者負担の軽減額', '千円', 18000, 16920),
      ind(O4_SHEET, '修学旅行費補助の支給者数', '人', 300, 288),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [tenken, yearsRows, perSheet, labelValue];
