/**
 * Hold-out 177, shapes outside the four families that 権利擁護 offices use: 事務事業評価シート one 事業 per sheet (活動指標／成果
 * 指標 with 前年度実績 and 達成率), a 高齢者虐待防止 取組状況 with years as rows and 目標／実績 pairs under each measure, a
 * 権利擁護支援推進計画 split in 指標 and 実績 sheets joined by No., and two tables side by side with ◎○△ on the office's own
 * 100/80/50 bands.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

type Row = [string, string, string, number | string, number, number | string];

function jigyoSheet(wb: Workbook, sheet: string, no: string, title: string, purpose: string, rows: Row[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 40, 8, 14, 14, 14, 10]);
  merge(ws, 1, 1, 1, 7, '事務事業評価シート（令和５年度実施事業）');
  put(ws, 3, 1, ['事業番号', no]);
  put(ws, 4, 1, ['事業名']);
  merge(ws, 4, 2, 4, 7, title);
  put(ws, 5, 1, ['担当課', '福祉部　高齢福祉課']);
  put(ws, 6, 1, ['事業目的']);
  merge(ws, 6, 2, 6, 7, purpose);
  box(ws, 3, 1, 6, 7);
  put(ws, 8, 1, ['区分', '指標名', '単位', '令和４年度\n実績', '令和５年度\n目標', '令和５年度\n実績', '達成率']);
  rows.forEach((row, i) => {
    put(ws, 9 + i, 1, row);
    const rate = typeof row[5] === 'number' ? row[5] / row[4] : null;
    if (rate !== null) {
      ws.getCell(9 + i, 7).value = Math.round(rate * 1000) / 1000;
      ws.getCell(9 + i, 7).numFmt = '0.0%';
    }
  });
  box(ws, 8, 1, 8 + rows.length, 7);
  wrap(ws, 8, 1, 8, 7);
  put(ws, 12, 1, ['今後の方向性']);
  merge(ws, 12, 2, 12, 7, '継続（関係機関との連携を強化）');
}

const jimujigyo: Holdout2Workbook = {
  name: 'h177-jimujigyo-hyoka-sheets',
  layout: '事務事業評価シート one 事業 per sheet: label-value header, 活動指標／成果指標 rows with 令和４年度実績, 令和５年度 目標／実績 and 達成率 as %',
  build(wb) {
    jigyoSheet(wb, '事業01', '03-02-01', '成年後見制度利用促進事業', '判断能力が不十分な高齢者等の権利を守るため、成年後見制度の周知と利用支援を行う', [
      ['活動指標', '成年後見制度に関する研修会の開催回数', '回', 5, 6, 6],
      ['成果指標', '研修会参加者の理解度', '％', 84.0, 90, 86.4],
    ]);
    jigyoSheet(wb, '事業02', '03-02-02', '高齢者虐待防止対策事業', '高齢者虐待の未然防止・早期発見のため、啓発と養護者支援を行う', [
      ['活動指標', '虐待防止啓発リーフレットの配布部数', '部', '3,800', 5000, '4,200'],
      ['成果指標', '養護者支援に係るケース会議の開催件数', '件', 11, 24, 13],
    ]);
  },
  expected: {
    file: 'h177-jimujigyo-hyoka-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業01', '成年後見制度に関する研修会の開催回数', '回', 6, 6),
      ind('事業01', '研修会参加者の理解度', '％', 90, 86.4),
      ind('事業02', '虐待防止啓発リーフレットの配布部数', '部', 5000, 4200),
      ind('事業02', '養護者支援に係るケース会議の開催件数', '件', 24, 13),
    ],
    groups: [],
  },
};

const Y_SHEET = '取組状況';
const yearsAsRows: Holdout2Workbook = {
  name: 'h177-gyakutai-boshi-nendobetsu',
  layout: '高齢者虐待防止 取組状況: years as rows 令和元年度…令和６年度, 目標／実績 pairs under each measure (unit in the heading), 令和６年度 targets only',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 7, '高齢者虐待防止対策の取組状況（年度別）');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '養護者向け相談会の参加者数（人）');
    merge(ws, 3, 4, 3, 5, '介護施設職員向け虐待防止研修の受講者数（人）');
    merge(ws, 3, 6, 3, 7, '高齢者虐待防止ネットワーク運営委員会の開催回数（回）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['令和元年度', 60, 58, 200, 184, 2, 2],
      ['令和２年度', 65, 31, 220, 96, 3, 1],
      ['令和３年度', 70, 49, 240, 205, 3, 2],
      ['令和４年度', 75, 77, 270, 281, 3, 3],
      ['令和５年度', 80, 72, 300, 312, 3, 2],
      ['令和６年度', 85, '', 320, '', 3, ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 10, 7);
    wrap(ws, 3, 1, 4, 7);
    put(ws, 12, 1, ['※令和２年度・３年度は新型コロナウイルス感染症の影響により規模を縮小して実施']);
  },
  expected: {
    file: 'h177-gyakutai-boshi-nendobetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '養護者向け相談会の参加者数', '人', 80, 72),
      ind(Y_SHEET, '介護施設職員向け虐待防止研修の受講者数', '人', 300, 312),
      ind(Y_SHEET, '高齢者虐待防止ネットワーク運営委員会の開催回数', '回', 3, 2),
    ],
    groups: [],
  },
};

const splitSheets: Holdout2Workbook = {
  name: 'h177-kenriyogo-keikaku-split',
  layout:
    '権利擁護支援推進計画: a 指標 sheet (No., 指標名, 単位, 目指す方向, 令和６年度目標値) and a 実績 sheet (No., 指標名, 令和６年度実績値, 備考) joined by No.',
  build(wb) {
    const ws = wb.addWorksheet('指標');
    widths(ws, [6, 46, 8, 12, 16]);
    merge(ws, 1, 1, 1, 5, '権利擁護支援推進計画　評価指標（令和６年度）');
    put(ws, 3, 1, ['No.', '指標名', '単位', '目指す方向', '令和６年度目標値']);
    const defs: [string, string, string, number][] = [
      ['成年後見制度利用支援事業による報酬助成件数', '件', '増加', 60],
      ['日常生活自立支援事業から成年後見制度への移行件数', '件', '増加', 8],
      ['権利擁護に関する専門職派遣件数', '件', '増加', 40],
      ['判断能力の低下した高齢者の消費者被害相談件数', '件', '減少', 30],
    ];
    defs.forEach((d, i) => put(ws, 4 + i, 1, [i + 1, ...d]));
    box(ws, 3, 1, 7, 5);
    const ws2 = wb.addWorksheet('実績');
    widths(ws2, [6, 46, 18, 30]);
    merge(ws2, 1, 1, 1, 4, '権利擁護支援推進計画　評価指標の実績（令和６年度）');
    put(ws2, 3, 1, ['No.', '指標名', '令和６年度実績値', '備考']);
    const acts: [string, number, string][] = [
      ['成年後見制度利用支援事業による報酬助成件数', 63, ''],
      ['日常生活自立支援事業から成年後見制度への移行件数', 5, '移行調整中 3件'],
      ['権利擁護に関する専門職派遣件数', 36, '弁護士 21件、司法書士 15件'],
      ['判断能力の低下した高齢者の消費者被害相談件数', 27, '消費生活センター調べ'],
    ];
    acts.forEach((a, i) => put(ws2, 4 + i, 1, [i + 1, ...a]));
    box(ws2, 3, 1, 7, 4);
  },
  expected: {
    file: 'h177-kenriyogo-keikaku-split.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('指標', '成年後見制度利用支援事業による報酬助成件数', '件', 60, 63),
      ind('指標', '日常生活自立支援事業から成年後見制度への移行件数', '件', 8, 5),
      ind('指標', '権利擁護に関する専門職派遣件数', '件', 40, 36),
      ind('指標', '判断能力の低下した高齢者の消費者被害相談件数', '件', 30, 27, { direction: 'down' }),
    ],
    groups: [],
  },
};

const S_SHEET = '進捗評価';
const sideBySide: Holdout2Workbook = {
  name: 'h177-kenri-gyakutai-narabi',
  layout: 'two tables side by side (【成年後見制度の利用促進】／【高齢者虐待の防止】), ◎○△× on the office’s own bands ◎100／○80／△50 without words',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [34, 8, 9, 9, 7, 3, 34, 8, 9, 9, 7]);
    merge(ws, 1, 1, 1, 11, '令和３年度　権利擁護施策　進捗評価');
    const left: [string, string, number, number, string][] = [
      ['中核機関の相談件数', '件', 300, 318, '◎'],
      ['成年後見制度の利用者数', '人', 250, 221, '○'],
      ['市民後見人養成講座の受講者数', '人', 20, 11, '△'],
    ];
    const right: [string, string, number, number, string][] = [
      ['虐待防止研修会の開催回数', '回', 4, 4, '◎'],
      ['虐待対応ケースの終結件数', '件', 30, 17, '△'],
      ['見守りネットワーク協力事業所数', '事業所', 120, 98, '○'],
    ];
    for (const [col, title, rows] of [
      [1, '【成年後見制度の利用促進】', left],
      [7, '【高齢者虐待の防止】', right],
    ] as const) {
      put(ws, 3, col, [title]);
      put(ws, 4, col, ['指標名', '単位', '目標値', '実績値', '評価']);
      rows.forEach((row, i) => put(ws, 5 + i, col, [...row]));
      box(ws, 4, col, 7, col + 4);
    }
    put(ws, 9, 1, ['評価　◎：100％以上　○：80％以上　△：50％以上　×：50％未満']);
  },
  expected: {
    file: 'h177-kenri-gyakutai-narabi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(S_SHEET, '中核機関の相談件数', '件', 300, 318, { existing: '◎' }),
      ind(S_SHEET, '成年後見制度の利用者数', '人', 250, 221, { existing: '○' }),
      ind(S_SHEET, '市民後見人養成講座の受講者数', '人', 20, 11, { existing: '△' }),
      ind(S_SHEET, '虐待防止研修会の開催回数', '回', 4, 4, { existing: '◎' }),
      ind(S_SHEET, '虐待対応ケースの終結件数', '件', 30, 17, { existing: '△' }),
      ind(S_SHEET, '見守りネットワーク協力事業所数', '事業所', 120, 98, { existing: '○' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [jimujigyo, yearsAsRows, splitSheets, sideBySide];
