/**
 * Hold-out 11, form shapes: label/value blocks down a sheet, one project per sheet, targets and actuals on two
 * sheets joined by indicator number, a direction stated only in 備考, and several measures in one cell (①②).
 * Built in code, written without looking at the reader; facts by the samples README's rules.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Block = [name: string, unit: string, target: string | number, actual: string | number, note?: string];

/** 指標名 | …, 単位 | …, 目標値（R5） | …, 実績値（R5） | …, 備考 | … repeated down column B/C, one blank row between blocks. */
const labelValue: Holdout2Workbook = {
  name: 'h11-label-value-down',
  layout:
    'label/value blocks going down (指標名, 単位, 目標値（R5）, 実績値（R5）, 備考) in columns B:C, blank spacer column A and rows; full-width and comma text; a down aim in 備考',
  build(wb) {
    const ws = wb.addWorksheet('指標評価');
    put(ws, 1, 1, ['令和５年度　農政課　成果指標評価表']);
    const blocks: Block[] = [
      ['市民農園利用区画数', '区画', 120, 98],
      ['新規就農者数', '人', '１０', '７', '国の交付金対象者を含む'],
      ['農地利用集積率', '％', 45, '41.2%'],
      ['有害鳥獣による農作物被害額', '千円', '3,500', '2,980', '被害額の減少を目指す'],
    ];
    blocks.forEach(([name, unit, target, actual, note], i) => {
      const r = 3 + i * 6;
      put(ws, r, 2, ['指標名', name]);
      ws.mergeCells(r, 3, r, 5);
      put(ws, r + 1, 2, ['単位', unit]);
      put(ws, r + 2, 2, ['目標値（R5）', target]);
      put(ws, r + 3, 2, ['実績値（R5）', actual]);
      put(ws, r + 4, 2, ['備考', note ?? '']);
    });
  },
  expected: {
    file: 'h11-label-value-down.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標評価', '市民農園利用区画数', '区画', 120, 98),
      ind('指標評価', '新規就農者数', '人', 10, 7),
      ind('指標評価', '農地利用集積率', '％', 45, 41.2),
      ind('指標評価', '有害鳥獣による農作物被害額', '千円', 3500, 2980, { direction: 'down' }),
    ],
    groups: [],
  },
};

type ProjectRow = [kind: '活動指標' | '成果指標', name: string, unit: string, target: number | string, actual: number | string];
interface Project {
  sheet: string;
  name: string;
  summary: string;
  rows: ProjectRow[];
}

const PROJECTS: Project[] = [
  {
    sheet: '創業支援',
    name: '創業支援事業',
    summary: '創業セミナーの開催及び創業資金の利子補給を行う。',
    rows: [
      ['活動指標', '創業セミナー開催回数', '回', 6, 6],
      ['成果指標', '創業者数', '人', 15, 9],
    ],
  },
  {
    sheet: '空き店舗',
    name: '空き店舗活用事業',
    summary: '中心市街地の空き店舗に出店する者に改装費を補助する。',
    rows: [
      ['活動指標', '空き店舗相談件数', '件', 40, 52],
      ['成果指標', '空き店舗への新規出店数', '店舗', 8, 5],
    ],
  },
  {
    sheet: '商店街',
    name: '商店街にぎわい創出事業',
    summary: '商店街が行うイベントに補助する。',
    rows: [
      ['活動指標', 'イベント開催回数', '回', 12, 10],
      ['成果指標', 'イベント来場者数', '人', '15,000', '12,450'],
    ],
  },
];

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v.replace(/,/g, '')));

function projectSheet(ws: Worksheet, p: Project): void {
  put(ws, 1, 1, ['事務事業評価シート（令和５年度実施事業）']);
  ws.mergeCells('A1:G1');
  put(ws, 3, 1, ['事業名', p.name]);
  ws.mergeCells('B3:G3');
  put(ws, 4, 1, ['所管課', '商工観光課']);
  put(ws, 5, 1, ['事業概要', p.summary]);
  ws.mergeCells('B5:G5');
  put(ws, 7, 1, ['指標区分', '指標名', '単位', '目標', '実績', '達成率', '説明']);
  p.rows.forEach(([kind, name, unit, target, actual], i) => {
    put(ws, 8 + i, 1, [kind, name, unit, target, actual, num(actual) / num(target)]);
    ws.getCell(8 + i, 6).numFmt = '0.0%';
  });
}

/** One project per sheet, 活動指標 and 成果指標 rows of 目標 and 実績 with a derived 達成率. */
const projectPerSheet: Holdout2Workbook = {
  name: 'h11-project-per-sheet',
  layout:
    'one 事務事業評価シート per sheet (3 sheets): 事業名/所管課/事業概要 rows, then 指標区分 | 指標名 | 単位 | 目標 | 実績 | 達成率 with 活動指標 and 成果指標 rows',
  build(wb) {
    for (const p of PROJECTS) projectSheet(wb.addWorksheet(p.sheet), p);
  },
  expected: {
    file: 'h11-project-per-sheet.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.flatMap((p) => p.rows.map(([, name, unit, target, actual]) => ind(p.sheet, name, unit, num(target), num(actual)))),
    groups: [],
  },
};

/** Targets on one sheet, actuals on another in a different order, joined by 指標番号; FY2023 form. */
const splitSheets: Holdout2Workbook = {
  name: 'h11-split-target-actual-sheets',
  layout:
    'targets on 目標設定 (指標番号, 指標名, 単位, 基準値（H30）, 目標値（FY2023）), actuals on 実績報告 in another order (指標番号, 指標名, FY2023実績, 担当課, 備考)',
  build(wb) {
    const t = wb.addWorksheet('目標設定');
    put(t, 1, 1, ['後期基本計画　成果指標の目標値']);
    put(t, 3, 1, ['指標番号', '指標名', '単位', '基準値（H30）', '目標値（FY2023）']);
    put(t, 4, 1, ['5-1-01', '図書館貸出冊数', '冊', 498000, 520000]);
    put(t, 5, 1, ['5-1-02', '公民館講座参加者数', '人', 7450, 8000]);
    put(t, 6, 1, ['5-2-01', 'スポーツ施設利用者数', '人', 295000, 310000]);
    put(t, 7, 1, ['5-2-02', '文化財保護団体数', '団体', 11, 12]);
    const a = wb.addWorksheet('実績報告');
    put(a, 1, 1, ['FY2023　実績報告（各課記入）']);
    put(a, 3, 1, ['指標番号', '指標名', 'FY2023実績', '担当課', '備考']);
    put(a, 4, 1, ['5-2-01', 'スポーツ施設利用者数', '322,540', 'スポーツ振興課', '']);
    put(a, 5, 1, ['5-1-02', '公民館講座参加者数', '6,100', '生涯学習課', 'オンライン講座を含む']);
    put(a, 6, 1, ['5-2-02', '文化財保護団体数', 12, '文化財課']);
    put(a, 7, 1, ['5-1-01', '図書館貸出冊数', '487,300', '図書館', '電子書籍を除く']);
  },
  expected: {
    file: 'h11-split-target-actual-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('目標設定', '図書館貸出冊数', '冊', 520000, 487300),
      ind('目標設定', '公民館講座参加者数', '人', 8000, 6100),
      ind('目標設定', 'スポーツ施設利用者数', '人', 310000, 322540),
      ind('目標設定', '文化財保護団体数', '団体', 12, 12),
    ],
    groups: [],
  },
};

/** A plain table whose down-is-better indicators say so only in 備考 (減少を目指す / 削減を目指す); one 見込み actual. */
const directionInNote: Holdout2Workbook = {
  name: 'h11-direction-in-remarks',
  layout:
    'plain table 番号 | 指標 | 単位 | 基準値（令和元年度） | 目標値（令和5年度） | 実績値（令和5年度） | 備考, direction only in 備考, one "51（見込み）" actual',
  build(wb) {
    const ws = wb.addWorksheet('環境指標');
    put(ws, 1, 1, ['令和5年度　環境基本計画　進行管理表']);
    put(ws, 3, 1, ['番号', '指標', '単位', '基準値（令和元年度）', '目標値（令和5年度）', '実績値（令和5年度）', '備考']);
    put(ws, 4, 1, [1, '1人1日当たりごみ排出量', 'g', 912, 850, 880, '排出量の減少を目指す']);
    put(ws, 5, 1, [2, 'リサイクル率', '％', 18.5, 24.0, 21.3]);
    put(ws, 6, 1, [3, '公用車の燃料使用量', 'kL', 62, 55, '51（見込み）', '削減を目指す。R5は見込み値']);
    put(ws, 7, 1, [4, '環境学習講座参加者数', '人', 640, 800, 826]);
    put(ws, 8, 1, [5, '不法投棄処理件数', '件', 48, 40, 44, '減少を目指す（通報に基づき処理した件数）']);
  },
  expected: {
    file: 'h11-direction-in-remarks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('環境指標', '1人1日当たりごみ排出量', 'g', 850, 880, { direction: 'down' }),
      ind('環境指標', 'リサイクル率', '％', 24, 21.3),
      ind('環境指標', '公用車の燃料使用量', 'kL', 55, 51, { direction: 'down', actualStatus: 'provisional' }),
      ind('環境指標', '環境学習講座参加者数', '人', 800, 826),
      ind('環境指標', '不法投棄処理件数', '件', 40, 44, { direction: 'down' }),
    ],
    groups: [],
  },
};

const measures = (name: string, list: [string, number, number, string][], existing: string, grade: string): ExpectedIndicator => ({
  sheet: '事業評価',
  name,
  measures: list.map(([label, target, actual, unit]) => ({ label, target, actual, unit })),
  direction: 'up',
  existing,
  grade,
});

/** A project table whose target and actual cells hold several measures numbered ①② (on two lines or on one). */
const circledMeasures: Holdout2Workbook = {
  name: 'h11-measures-circled',
  layout:
    'project table No. | 事業名 | 令和５年度目標 | 令和５年度実績 | 自己評価 | 今後の方向性, ①② measures in one cell (with and without a line break), one 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業評価');
    put(ws, 1, 1, ['令和５年度　事務事業実績一覧（健康福祉部）']);
    put(ws, 3, 1, ['No.', '事業名', '令和５年度目標', '令和５年度実績', '自己評価', '今後の方向性']);
    put(ws, 4, 1, [1, '健康相談事業', '①健康相談件数 120件\n②特定保健指導実施者数 30人', '①健康相談件数 131件\n②特定保健指導実施者数 22人', 'B', '継続']);
    put(ws, 5, 1, [2, '介護予防教室事業', '教室開催回数 48回', '教室開催回数 46回', 'A', '継続']);
    put(ws, 6, 1, [
      3,
      'がん検診受診促進事業',
      '①胃がん検診受診者 2,400人②大腸がん検診受診者 3,100人',
      '①胃がん検診受診者 2,150人②大腸がん検診受診者 3,260人',
      'B',
      '拡充',
    ]);
    put(ws, 7, 1, [4, '認知症サポーター養成事業', '養成講座受講者数 300人', '未実施', 'D', '見直し']);
  },
  expected: {
    file: 'h11-measures-circled.xlsx',
    fiscalYear: 2023,
    indicators: [
      measures(
        '健康相談事業',
        [
          ['健康相談件数', 120, 131, '件'],
          ['特定保健指導実施者数', 30, 22, '人'],
        ],
        'B',
        'C',
      ),
      ind('事業評価', '介護予防教室事業', '回', 48, 46, { existing: 'A' }),
      measures(
        'がん検診受診促進事業',
        [
          ['胃がん検診受診者', 2400, 2150, '人'],
          ['大腸がん検診受診者', 3100, 3260, '人'],
        ],
        'B',
        'B',
      ),
      ind('事業評価', '認知症サポーター養成事業', '人', 300, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [labelValue, projectPerSheet, splitSheets, directionInNote, circledMeasures];
