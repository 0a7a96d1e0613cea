/** Hold-out 187, shapes outside the four families that a 食品ロス削減 / フードバンク office uses. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- monthly table: months as rows, a 年間目標 row and a 合計 row ---------- */

const M_SHEET = 'R6月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const KAISHU = [480, 520, 455, 610, 540, 495, 880, 590, 760, 530, 470, 510]; // 6,840
const MOCHIKOMI = [102, 118, 97, 131, 120, 105, 214, 126, 168, 110, 96, 109]; // 1,496
const TEIKYO = [430, 470, 410, 560, 500, 450, 800, 540, 700, 480, 420, 460]; // 6,220
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

const monthly: Holdout2Workbook = {
  name: 'h187-food-drive-tsukibetsu',
  layout: 'months as rows (4月–3月), three measures as columns with units in the headings, a 年間目標 row, a 年間合計 row and a 達成率 row',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [12, 14, 14, 16, 28]);
    merge(ws, 1, 1, 1, 5, '令和６年度　フードドライブ月別実績表');
    put(ws, 2, 5, ['環境部ごみ減量推進課']);
    put(ws, 4, 1, ['月', '回収量\n（kg）', '持込者数\n（人）', 'フードバンク\n提供量（kg）', '備考']);
    MONTHS.forEach((m, i) => {
      const note = i === 6 ? '食品ロス削減月間（市役所ロビー・商業施設で臨時回収）' : i === 8 ? '年末回収キャンペーン' : undefined;
      put(ws, 5 + i, 1, [m, KAISHU[i], MOCHIKOMI[i], TEIKYO[i], note]);
    });
    put(ws, 17, 1, ['年間合計', sum(KAISHU), sum(MOCHIKOMI), sum(TEIKYO)]);
    put(ws, 18, 1, ['年間目標', 7200, 1800, 6000]);
    put(ws, 19, 1, ['達成率', sum(KAISHU) / 7200, sum(MOCHIKOMI) / 1800, sum(TEIKYO) / 6000]);
    for (let r = 5; r <= 18; r++) for (let c = 2; c <= 4; c++) ws.getCell(r, c).numFmt = '#,##0';
    for (let c = 2; c <= 4; c++) ws.getCell(19, c).numFmt = '0.0%';
    wrap(ws, 4, 1, 4, 5);
    box(ws, 4, 1, 19, 5);
    put(ws, 21, 1, ['※回収量は計量器による実測値。提供量は市内フードバンク２団体への引渡し量。']);
  },
  expected: {
    file: 'h187-food-drive-tsukibetsu.xlsx',
    fiscalYear: 2024,
    indicators: [ind(M_SHEET, '回収量', 'kg', 7200, 6840), ind(M_SHEET, '持込者数', '人', 1800, 1496), ind(M_SHEET, 'フードバンク提供量', 'kg', 6000, 6220)],
    groups: [],
  },
};

/* ---------- per-facility rows: each 回収拠点 with its own target ---------- */

const F_SHEET = '拠点別';

const FACILITIES: [string, string, number, number | string, string?][] = [
  ['市役所本庁舎 市民ホール', '常設', 1800, 1925],
  ['北部支所', '常設', 900, 742],
  ['南部市民センター', '常設', 900, 968],
  ['中央公民館', '常設', 600, '－', '改修工事のため通年休止'],
  ['スーパーみどり 駅前店', '協力店舗', 1200, 1030],
  ['生協コープ東店', '協力店舗', 1200, 655],
];

const perFacility: Holdout2Workbook = {
  name: 'h187-food-drive-kyoten-betsu',
  layout:
    'one row per 回収拠点 (the facility is the indicator), 種別 column, target and actual in kg under a 単位 note in the title, one facility closed ("－")',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 28, 10, 12, 12, 10, 26]);
    merge(ws, 1, 1, 1, 7, 'フードドライブ回収拠点別実績（令和５年度）');
    put(ws, 2, 7, ['（単位：kg）']);
    put(ws, 4, 1, ['No.', '回収拠点', '種別', '回収目標', '回収実績', '達成率', '備考']);
    FACILITIES.forEach((f, i) => {
      const r = 5 + i;
      const rate = typeof f[3] === 'number' ? f[3] / f[2] : '－';
      put(ws, r, 1, [i + 1, f[0], f[1], f[2], f[3], rate, f[4]]);
      ws.getCell(r, 4).numFmt = '#,##0';
      ws.getCell(r, 5).numFmt = '#,##0';
      if (typeof rate === 'number') ws.getCell(r, 6).numFmt = '0.0%';
    });
    box(ws, 4, 1, 4 + FACILITIES.length, 7);
    put(ws, 6 + FACILITIES.length, 1, ['※協力店舗は令和５年６月から回収開始。目標は年間目標。']);
  },
  expected: {
    file: 'h187-food-drive-kyoten-betsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, '市役所本庁舎 市民ホール', 'kg', 1800, 1925),
      ind(F_SHEET, '北部支所', 'kg', 900, 742),
      ind(F_SHEET, '南部市民センター', 'kg', 900, 968),
      ind(F_SHEET, '中央公民館', 'kg', 600, null, { actualStatus: 'not-applicable' }),
      ind(F_SHEET, 'スーパーみどり 駅前店', 'kg', 1200, 1030),
      ind(F_SHEET, '生協コープ東店', 'kg', 1200, 655),
    ],
    groups: [],
  },
};

/* ---------- years as rows: the フードバンク事業の推移, 目標 / 実績 pairs ---------- */

const Y_SHEET = '推移';

const YEAR_ROWS: [string, number | null, number | null, number | null, number | null, number | null, number | null][] = [
  ['令和元年度', 10.0, 9.6, 300, 284, 15, 14],
  ['令和２年度', 12.0, 13.1, 350, 412, 20, 17],
  ['令和３年度', 15.0, 14.2, 450, 468, 25, 19],
  ['令和４年度', 18.0, 17.5, 550, 590, 30, 21],
  ['令和５年度', 22.0, 19.4, 650, 702, 40, 23],
  ['令和６年度', 26.0, null, 750, null, 45, null],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h187-foodbank-suii',
  layout: 'years as rows (令和元年度–令和６年度), three indicators each a 目標 / 実績 column pair under a merged heading, the year evaluated stated above',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 7, 'フードバンク支援事業の実績推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '食品取扱量（t）');
    merge(ws, 4, 4, 4, 5, '支援世帯数（世帯）');
    merge(ws, 4, 6, 4, 7, '食品提供協力企業数（社）');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    YEAR_ROWS.forEach((y, i) => {
      put(ws, 6 + i, 1, y);
      ws.getCell(6 + i, 2).numFmt = '0.0';
      ws.getCell(6 + i, 3).numFmt = '0.0';
    });
    box(ws, 4, 1, 5 + YEAR_ROWS.length, 7);
    put(ws, 7 + YEAR_ROWS.length, 1, ['※令和６年度の実績は年度終了後に記入。協力企業数は年度末時点の登録企業数。']);
  },
  expected: {
    file: 'h187-foodbank-suii.xlsx',
    fiscalYear: 2023,
    indicators: [ind(Y_SHEET, '食品取扱量', 't', 22, 19.4), ind(Y_SHEET, '支援世帯数', '世帯', 650, 702), ind(Y_SHEET, '食品提供協力企業数', '社', 40, 23)],
    groups: [],
  },
};

/* ---------- forms, one 事務事業評価シート per sheet ---------- */

interface Form {
  sheet: string;
  title: string;
  purpose: string;
  rows: [string, string, string, number, number, number][];
  way: string;
}

const FORMS: Form[] = [
  {
    sheet: '01フードドライブ',
    title: 'フードドライブ推進事業',
    purpose: '家庭で余った食品を回収し、フードバンクを通じて必要とする世帯へ届ける。',
    rows: [
      ['活動指標', 'フードドライブ開催回数', '回', 21, 24, 26],
      ['成果指標', '未利用食品の回収量', 'kg', 4610, 6000, 5420],
    ],
    way: '拡充',
  },
  {
    sheet: '02啓発',
    title: '食品ロス削減啓発事業',
    purpose: '出前講座やイベントを通じて、家庭・事業所での食品ロス削減の実践を促す。',
    rows: [
      ['活動指標', '出前講座実施回数', '回', 17, 20, 14],
      ['成果指標', '講座受講者数', '人', 512, 600, 455],
    ],
    way: '見直し',
  },
  {
    sheet: '03フードバンク支援',
    title: 'フードバンク活動支援事業',
    purpose: 'フードバンク団体の運営費を補助し、生活困窮世帯等への食品提供体制を確保する。',
    rows: [
      ['活動指標', '補助金交付団体数', '団体', 3, 4, 4],
      ['成果指標', '食品提供世帯数', '世帯', 229, 300, 246],
    ],
    way: '継続',
  },
];

const formsPerSheet: Holdout2Workbook = {
  name: 'h187-jimu-jigyo-hyoka',
  layout: 'one 事務事業評価シート per sheet (label–value header rows, then a 区分 / 指標名 / 単位 / R4実績 / R5目標 / R5実績 / 達成率 table)',
  build(wb) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 30, 8, 11, 11, 11, 10]);
      merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 7, f.title);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 7, '環境部　ごみ減量推進課');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, f.purpose);
      ws.getRow(5).height = 32;
      box(ws, 3, 1, 5, 7);
      put(ws, 7, 1, ['区分', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '達成率']);
      f.rows.forEach((r, i) => {
        put(ws, 8 + i, 1, [...r, r[5] / r[4]]);
        for (let c = 4; c <= 6; c++) ws.getCell(8 + i, c).numFmt = '#,##0';
        ws.getCell(8 + i, 7).numFmt = '0.0%';
      });
      box(ws, 7, 1, 7 + f.rows.length, 7);
      put(ws, 11, 1, ['今後の方向性', f.way]);
      box(ws, 11, 1, 11, 2);
    }
  },
  expected: {
    file: 'h187-jimu-jigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => f.rows.map((r) => ind(f.sheet, r[1], r[2], r[4], r[5]))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perFacility, yearsAsRows, formsPerSheet];
