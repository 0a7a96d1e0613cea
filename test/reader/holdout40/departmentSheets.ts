/**
 * Other shapes of the fortieth hold-out set: a workbook with one sheet per 課 behind a 目次 sheet (its own figures —
 * counts of indicators, extension numbers — no indicators), a department's 達成率 column a down aim in a comment and an indicator changed (指標変更, not graded);
 * and 事務事業評価シート, one project per sheet, a cost line above the indicator table, last years' actuals beside the
 * year's target, ◎○△× written grades explained by a legend.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, ind, merged, put, ungraded, widths } from './sheetKit';

type Row = (string | number | undefined)[];

interface Office {
  sheet: string;
  staff: string;
  phone: number;
  rows: Row[];
  expected: ExpectedIndicator[];
}

const OFFICES: Office[] = [
  {
    sheet: '市民課',
    staff: '佐藤',
    phone: 2101,
    rows: [
      ['窓口平均待ち時間', '分', 15, 18, '83.3%', 'B', '短いほど良い指標。3月の繁忙期に混雑し目標未達。'],
      ['マイナンバーカード交付率', '％', 75.0, 72.4, '96.5%', 'A', '休日窓口と出張申請受付を実施'],
      ['コンビニ交付の利用件数', '件', '24,000', '31,205', '130.0%', 'A'],
    ],
    expected: [
      ind('市民課', '窓口平均待ち時間', '分', 15, 18, { direction: 'down', existing: 'B' }),
      ind('市民課', 'マイナンバーカード交付率', '％', 75, 72.4, { existing: 'A' }),
      ind('市民課', 'コンビニ交付の利用件数', '件', 24000, 31205, { existing: 'A' }),
    ],
  },
  {
    sheet: '税務課',
    staff: '鈴木',
    phone: 2205,
    rows: [
      ['市税収納率（現年課税分）', '％', 99.0, 99.1, '100.1%', 'A'],
      ['eLTAXによる電子申告の利用率', '％', 60.0, 47.5, '79.2%', 'C', '法人市民税の周知が不足'],
      ['口座振替の利用率', '％', 45.0, 41.2, '－', '－', '令和5年度から指標変更（算定方法の見直し）のため評価しない'],
    ],
    expected: [
      ind('税務課', '市税収納率（現年課税分）', '％', 99, 99.1, { existing: 'A' }),
      ind('税務課', 'eLTAXによる電子申告の利用率', '％', 60, 47.5, { existing: 'C' }),
      ungraded(ind('税務課', '口座振替の利用率', '％', 45, 41.2)),
    ],
  },
  {
    sheet: '保険年金課',
    staff: '高橋',
    phone: 2310,
    rows: [
      ['特定健康診査受診率', '％', 45.0, 38.9, '86.4%', 'B'],
      ['後発医薬品（ジェネリック）の使用割合', '％', 80.0, 81.3, '101.6%', 'A'],
    ],
    expected: [
      ind('保険年金課', '特定健康診査受診率', '％', 45, 38.9, { existing: 'B' }),
      ind('保険年金課', '後発医薬品（ジェネリック）の使用割合', '％', 80, 81.3, { existing: 'A' }),
    ],
  },
];

function officeSheet(ws: Worksheet, o: Office): void {
  widths(ws, [34, 7, 10, 10, 10, 7, 44]);
  merged(ws, 1, 1, `令和５年度　成果指標評価（${o.sheet}）`, 7);
  put(ws, 2, 1, [`市民部　${o.sheet}`]);
  put(ws, 4, 1, ['成果指標', '単位', '目標値', '実績値', '達成率', '評価', '課のコメント']);
  o.rows.forEach((r, i) => put(ws, 5 + i, 1, r));
  box(ws, 4, 1, 4 + o.rows.length, 7);
  put(ws, 6 + o.rows.length, 1, ['※評価基準　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
}

function buildOffices(wb: Workbook): void {
  const toc = wb.addWorksheet('目次');
  widths(toc, [5, 14, 14, 8, 8, 8]);
  merged(toc, 1, 1, '令和５年度　成果指標評価シート（市民部）　目次', 6);
  put(toc, 3, 1, ['No.', '課名', 'シート名', '指標数', '担当', '内線']);
  OFFICES.forEach((o, i) => {
    put(toc, 4 + i, 1, [i + 1, o.sheet, undefined, o.rows.length, o.staff, o.phone]);
    toc.getCell(4 + i, 3).value = { text: o.sheet, hyperlink: `#'${o.sheet}'!A1` };
  });
  box(toc, 3, 1, 3 + OFFICES.length, 6);
  put(toc, 8, 1, ['※各課のシートに、令和５年度の目標値と実績値、達成率、評価を記入してください。']);
  for (const o of OFFICES) officeSheet(wb.addWorksheet(o.sheet), o);
}

const OFFICE_SHEETS: Holdout2Workbook = {
  name: 'h40-10-office-sheets-with-toc',
  layout:
    'other: a 目次 sheet (課名, sheet links, 指標数, 内線) then one sheet per 課: 成果指標 | 単位 | 目標値 | 実績値 | 達成率 | 評価 | コメント (a down aim in the comment)',
  build: buildOffices,
  expected: {
    file: 'h40-10-office-sheets-with-toc.xlsx',
    fiscalYear: 2023,
    indicators: OFFICES.flatMap((o) => o.expected),
    groups: [],
  },
};

interface Project {
  sheet: string;
  code: string;
  name: string;
  office: string;
  cost: string;
  aim: string;
  rows: Row[];
}

const PROJECTS: Project[] = [
  {
    sheet: '01_図書館',
    code: '05-02-01',
    name: '図書館管理運営事業',
    office: '生涯学習課（中央図書館）',
    cost: '98,450千円',
    aim: '市民の学習活動を支えるため、図書館資料の収集・貸出とレファレンスサービスを行う。',
    rows: [
      ['活動指標', '開館日数', '日', 285, 291, 290, 288, '○'],
      ['成果指標', '年間貸出冊数', '冊', '478,320', '501,870', '520,000', '486,210', '◎'],
      ['成果指標', '図書館利用登録者数', '人', '23,104', '23,880', '24,000', '24,517', '◎'],
    ],
  },
  {
    sheet: '02_公民館',
    code: '05-01-03',
    name: '公民館講座開催事業',
    office: '生涯学習課',
    cost: '12,880千円',
    aim: '地区公民館で教養・趣味・健康づくりの講座を開催し、生涯学習の機会を提供する。',
    rows: [
      ['活動指標', '講座開催回数', '回', 110, 118, 120, 97, '○'],
      ['成果指標', '講座受講者数', '人', '2,105', '2,230', '2,400', '1,380', '×'],
      ['成果指標', '受講者満足度', '％', 88.2, 89.5, 90.0, 92.4, '◎'],
    ],
  },
];

function projectSheet(ws: Worksheet, p: Project): void {
  widths(ws, [16, 22, 7, 10, 10, 10, 10, 8]);
  merged(ws, 1, 1, '事務事業評価シート', 8);
  put(ws, 3, 1, ['評価対象年度', '令和5年度', undefined, '整理番号', p.code]);
  put(ws, 4, 1, ['事業名']);
  merged(ws, 4, 2, p.name, 4);
  put(ws, 5, 1, ['所管課', p.office]);
  put(ws, 6, 1, ['事業費（決算額）', p.cost]);
  put(ws, 8, 1, ['１　事業の目的']);
  merged(ws, 9, 1, p.aim, 8);
  put(ws, 11, 1, ['２　指標の状況']);
  put(ws, 12, 1, ['区分', '指標名', '単位', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '達成度']);
  p.rows.forEach((r, i) => put(ws, 13 + i, 1, r));
  box(ws, 12, 1, 15, 8);
  put(ws, 16, 1, ['※達成度　◎：100％以上（A）　○：80％以上100％未満（B）　△：60％以上80％未満（C）　×：60％未満（D）']);
  put(ws, 18, 1, ['３　今後の方向性', '継続']);
}

const P1 = PROJECTS[0].sheet;
const P2 = PROJECTS[1].sheet;

const PROJECT_SHEETS: Holdout2Workbook = {
  name: 'h40-11-project-sheets-marks',
  layout:
    'other: 事務事業評価シート one project per sheet, 決算額 line above, 区分 | 指標名 | 単位 | R3実績 | R4実績 | R5目標 | R5実績 | 達成度 (◎○△× with a legend)',
  build: (wb) => PROJECTS.forEach((p) => projectSheet(wb.addWorksheet(p.sheet), p)),
  expected: {
    file: 'h40-11-project-sheets-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P1, '開館日数', '日', 290, 288, { existing: 'B' }),
      ind(P1, '年間貸出冊数', '冊', 520000, 486210, { existing: 'A' }),
      ind(P1, '図書館利用登録者数', '人', 24000, 24517, { existing: 'A' }),
      ind(P2, '講座開催回数', '回', 120, 97, { existing: 'B' }),
      ind(P2, '講座受講者数', '人', 2400, 1380, { existing: 'D' }),
      ind(P2, '受講者満足度', '％', 90, 92.4, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const DEPARTMENT_WORKBOOKS: Holdout2Workbook[] = [OFFICE_SHEETS, PROJECT_SHEETS];
