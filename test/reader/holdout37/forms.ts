/**
 * Hold-out 37: form layouts: a 事務事業評価調書 (評価 in 令和5年度 of 令和4年度's work) with 活動指標 / 成果指標
 * label blocks under a 事業概要 text, a 平成 施策マネジメントシート with one block per indicator stacked down,
 * and a 重点事業評価票 whose facts are written as 「label：value」 in single cells.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { merge, widths } from './sheet';

/** name, unit, R3実績, R4目標, R4実績, R5目標, 備考 */
type BlockRow = [string, string, number | string, number, number | string, number, string?];

interface Chousho {
  sheet: string;
  project: string;
  section: string;
  summary: string;
  activity: BlockRow[];
  outcome: BlockRow[];
  /** Top-left of the form (0-based offsets). */
  at: [number, number];
}

const CHOUSHO: Chousho[] = [
  {
    sheet: '調書1',
    project: '新製品開発支援事業',
    section: '商工労働課',
    summary:
      '市内中小企業が行う新製品・新技術の開発に要する経費の2分の1（上限100万円）を補助する。令和4年度は5件の交付を予定し、3件に交付した。令和2年度から継続。',
    activity: [
      ['補助金交付件数', '件', 4, 5, 3, 5],
      ['企業訪問件数', '件', 120, 150, 162, 150],
    ],
    outcome: [
      ['新製品・新技術の事業化件数', '件', 1, 2, 1, 2],
      ['補助事業者の売上増加額', '千円', 8500, 12000, '10,300', 12000],
    ],
    at: [0, 0],
  },
  {
    sheet: '調書2',
    project: '商店街にぎわい創出事業',
    section: '商工労働課',
    summary: '中心市街地の商店街が行うイベント・販売促進事業に補助（補助率2/3）し、空き店舗への出店を支援する（家賃の1/2を最長2年）。',
    activity: [
      ['イベント開催回数', '回', 8, 8, 9, 8],
      ['販促チラシ配布枚数', '枚', 20000, 25000, '24,100', 25000],
    ],
    outcome: [
      ['商店街歩行者通行量（平日1日）', '人', 3120, 3500, 2980, 3600, '毎年10月の第2水曜日に調査'],
      ['空き店舗数', '店', 18, 15, 16, 14, '減少を目指す指標'],
    ],
    at: [1, 1],
  },
];

const BLOCK_HEAD = ['指標名', '単位', '令和3年度実績', '令和4年度目標', '令和4年度実績', '令和5年度目標', '備考'];

function writeBlock(ws: Worksheet, row: number, col: number, label: string, rows: BlockRow[]): number {
  put(ws, row, col, [label]);
  put(ws, row + 1, col, BLOCK_HEAD);
  rows.forEach((r, i) => put(ws, row + 2 + i, col, r));
  return row + 2 + rows.length + 1;
}

function writeChousho(ws: Worksheet, c: Chousho): void {
  const [r0, c0] = c.at;
  widths(ws, [c0 ? 3 : undefined, 26, 8, 14, 14, 14, 14, 24]);
  merge(ws, r0 + 1, c0 + 1, r0 + 1, c0 + 7, '令和5年度　事務事業評価調書');
  put(ws, r0 + 2, c0 + 1, ['評価対象年度', '令和4年度（令和4年度に実施した事業を評価）']);
  put(ws, r0 + 4, c0 + 1, ['事業名', c.project]);
  put(ws, r0 + 5, c0 + 1, ['担当課', c.section]);
  put(ws, r0 + 6, c0 + 1, ['事業概要']);
  merge(ws, r0 + 6, c0 + 2, r0 + 8, c0 + 7, c.summary);
  let row = writeBlock(ws, r0 + 10, c0 + 1, '■ 活動指標', c.activity);
  row = writeBlock(ws, row + 1, c0 + 1, '■ 成果指標', c.outcome);
  put(ws, row + 1, c0 + 1, ['一次評価（担当課）', 'B', '今後の方向性', '継続']);
}

function blockFacts(c: Chousho): ExpectedIndicator[] {
  return [...c.activity, ...c.outcome].map(([name, unit, , target, actual, , note]) => {
    const value = typeof actual === 'string' ? Number(actual.replace(/,/g, '')) : actual;
    return ind(c.sheet, name, unit, target, value, note?.startsWith('減少') ? { direction: 'down' } : {});
  });
}

/** Two 事務事業評価調書 sheets: 評価 year 令和5年度 of the 令和4年度 work (the period is R4), label blocks under a 事業概要 text. */
const chousho: Holdout2Workbook = {
  name: 'h37-jimu-chousho-blocks',
  layout:
    '事務事業評価調書 per sheet: title 令和5年度 but 評価対象年度 令和4年度, 事業概要 text with numbers, ■活動指標 / ■成果指標 label blocks (R3実績, R4目標, R4実績, R5目標, 備考), second sheet shifted',
  build(wb) {
    for (const c of CHOUSHO) writeChousho(wb.addWorksheet(c.sheet), c);
  },
  expected: { file: 'h37-jimu-chousho-blocks.xlsx', fiscalYear: 2022, indicators: CHOUSHO.flatMap(blockFacts), groups: [] },
};

const H = '施策3-2';

/** name, unit, H28実績, H29実績, H30目標, H30実績, H32目標, 備考 */
type HeiseiRow = [string, string, number, number, number, number, number, string?];

const HEISEI_ROWS: HeiseiRow[] = [
  ['認定農業者数', '人', 312, 318, 330, 321, 350],
  ['新規就農者数', '人', 8, 11, 12, 14, 15],
  ['有害鳥獣による農作物被害額', '千円', 18400, 16900, 15000, 17250, 12000, '被害額の削減を目指す'],
  ['6次産業化商品開発件数', '件', 2, 3, 5, 2, 8],
];

/** One block per indicator (成果指標１…, 単位, a periods row and a values row), stacked down under the 施策's header. */
const heisei: Holdout2Workbook = {
  name: 'h37-heisei-policy-blocks',
  layout:
    '平成30年度 施策マネジメントシート: header labels, 施策の達成状況 cell with （前年度 C）, one block per indicator stacked down (H28実績 H29実績 H30目標 H30実績 H32目標（最終）), a 削減 note',
  build(wb) {
    const ws = wb.addWorksheet(H);
    widths(ws, [14, 14, 12, 12, 12, 12, 14, 24]);
    merge(ws, 1, 1, 1, 8, '平成30年度（2018年度）　施策マネジメントシート');
    put(ws, 3, 1, ['政策', '3 産業の振興', undefined, undefined, '主管課', '農林振興課']);
    put(ws, 4, 1, ['施策', '3-2 農林業の振興']);
    put(ws, 5, 1, ['評価対象年度', '平成30年度']);
    put(ws, 7, 1, ['施策の達成状況', undefined, undefined, '（前年度 C）']);
    merge(ws, 7, 1, 7, 2, '施策の達成状況');
    HEISEI_ROWS.forEach(([name, unit, h28, h29, target, actual, fin, note], i) => {
      const r = 10 + i * 5;
      put(ws, r, 1, [`成果指標${'１２３４'[i]}`]);
      merge(ws, r, 2, r, 7, name);
      put(ws, r + 1, 1, ['単位', unit, undefined, undefined, '備考', note]);
      put(ws, r + 2, 2, ['H28実績', 'H29実績', 'H30目標', 'H30実績', 'H32目標（最終）']);
      put(ws, r + 3, 2, [h28, h29, target, actual, fin]);
    });
  },
  expected: {
    file: 'h37-heisei-policy-blocks.xlsx',
    fiscalYear: 2018,
    indicators: HEISEI_ROWS.map(([name, unit, , , target, actual, , note]) => ind(H, name, unit, target, actual, note ? { direction: 'down' } : {})),
    groups: [{ sheet: H, cell: 'C7', grade: 'B' }],
  },
};

const J = '重点事業';

/** project, indicator, unit, target, actual (as written), actual, direction word, self grade, rate */
type ColonRow = [string, string, string, number, string, number, '増加' | '減少', string, string];

const COLON_ROWS: ColonRow[] = [
  ['公共交通利用促進事業', 'デマンドタクシー利用者数', '人', 12000, '10,950人', 10950, '増加', 'B', '91.3％'],
  ['移住定住促進事業', '地域おこし協力隊員の任期後定住者数', '人', 3, '1人', 1, '増加', 'C', '33.3％'],
  ['公共施設省エネルギー化事業', '公共施設の電力使用量', 'kWh', 1250000, '1,198,400kWh', 1198400, '減少', 'A', '104.3％'],
];

/** Each project a block of single cells reading 「label：value」 (目標値（R5）：12,000人). */
const colonForm: Holdout2Workbook = {
  name: 'h37-colon-label-form',
  layout:
    '重点事業評価票: each fact one cell 「label：value」 (事業名：…, 成果指標：…, 目標値（R5）：12,000人, 実績値（R5）：10,950人, 指標の方向：減少, 自己評価：B), three projects stacked, full-width title year',
  build(wb) {
    const ws = wb.addWorksheet(J);
    widths(ws, [40, 30, 30, 20]);
    put(ws, 1, 1, ['令和５年度　重点事業評価票（企画政策課とりまとめ）']);
    COLON_ROWS.forEach(([project, name, unit, target, written, , dir, grade, rate], i) => {
      const r = 3 + i * 6;
      put(ws, r, 1, [`【${i + 1}】事業名：${project}`]);
      put(ws, r + 1, 1, [`成果指標：${name}`, `単位：${unit}`, `指標の方向：${dir}`]);
      put(ws, r + 2, 1, [`目標値（R5）：${target.toLocaleString('en-US')}${unit}`, `実績値（R5）：${written}`, `達成率：${rate}`]);
      put(ws, r + 3, 1, [`自己評価：${grade}`]);
    });
  },
  expected: {
    file: 'h37-colon-label-form.xlsx',
    fiscalYear: 2023,
    indicators: COLON_ROWS.map(([, name, unit, target, , actual, dir, grade]) =>
      ind(J, name, unit, target, actual, { direction: dir === '減少' ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [chousho, heisei, colonForm];
