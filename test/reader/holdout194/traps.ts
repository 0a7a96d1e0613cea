/**
 * Hold-out 194, three workbooks that invite a silent wrong reading: 単年度 beside 累計 rows with a later year's partial actuals
 * filled, ％ stored as fractions beside an R6見込 column and a target in words, and lower-is-better rows whose direction one
 * footnote gives.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 単年度 and 累計 rows, R6 実績 (9月末) already filled
const T1_SHEET = '進捗管理';

const ruikei: Holdout2Workbook = {
  name: 'h194-trap-ruikei-tandoku',
  layout:
    '進捗管理表: 単年度 and 累計 rows of the same measure side by side, 目標|実績 pairs for R3…R6 with R6 実績 (9月末) already filled; the period in the 評価対象年度 line and a footnote',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [34, 6, 11, 11, 11, 11, 11, 11, 11, 11, 30]);
    merge(ws, 1, 1, 1, 11, '地域通貨事業　進捗管理表');
    put(ws, 2, 1, ['評価対象年度：令和5年度']);
    put(ws, 2, 11, ['（令和6年10月15日更新）']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 4, 4, '令和3年度');
    merge(ws, 4, 5, 4, 6, '令和4年度');
    merge(ws, 4, 7, 4, 8, '令和5年度');
    merge(ws, 4, 9, 4, 10, '令和6年度');
    merge(ws, 4, 11, 5, 11, '備考');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績\n（9月末）']);
    const rows: (string | number | undefined)[][] = [
      ['新規加盟店数（単年度）', '店', 150, 162, 100, 113, 80, 64, 60, 38, ''],
      ['加盟店数（累計）', '店', 150, 162, 250, 275, 330, 339, 390, 377, '累計は各年度末。R3は運用開始年度'],
      ['地域通貨発行額（単年度）', '千円', 300000, 236400, 600000, 624900, 720000, 768200, 800000, 412300, 'チャージ額＋プレミアムポイント'],
      ['地域通貨発行額（累計）', '千円', 300000, 236400, 900000, 861300, 1800000, 1629500, 2700000, 2041800, '累計目標は計画策定時（R3）の値'],
      ['アプリ登録者数（累計）', '人', 8000, 6820, 16000, 14305, 24000, 25310, 30000, 28940, ''],
      ['ポイント還元キャンペーン参加店舗数', '店', '－', '－', 250, 233, 300, 171, 300, 205, 'R5は実施期間を2か月に短縮'],
    ];
    rows.forEach((v, i) =>
      put(
        ws,
        6 + i,
        1,
        v.map((x) => (x === '' ? undefined : x)),
      ),
    );
    for (let r = 6; r < 6 + rows.length; r++) for (let c = 3; c <= 10; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 5 + rows.length, 11);
    box(ws, 4, 1, 5 + rows.length, 11);
    put(ws, 7 + rows.length, 1, ['※令和6年度の実績は9月末時点の速報値（参考）。評価は令和5年度の目標・実績による。']);
  },
  expected: {
    file: 'h194-trap-ruikei-tandoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '新規加盟店数（単年度）', '店', 80, 64),
      ind(T1_SHEET, '加盟店数（累計）', '店', 330, 339),
      ind(T1_SHEET, '地域通貨発行額（単年度）', '千円', 720000, 768200),
      ind(T1_SHEET, '地域通貨発行額（累計）', '千円', 1800000, 1629500),
      ind(T1_SHEET, 'アプリ登録者数（累計）', '人', 24000, 25310),
      ind(T1_SHEET, 'ポイント還元キャンペーン参加店舗数', '店', 300, 171),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- ％ as fractions, an R6見込 column, a target in words, 集計中
const T2_SHEET = 'KPI進捗';

const mikomi: Holdout2Workbook = {
  name: 'h194-trap-mikomi-ritsu',
  layout:
    'KPI進捗: ％ stored as fractions under a 0.0% format, an R6見込 column right of R5実績, a final R7 target, a target in words (「100％を維持」), an actual 集計中, a row with no target',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 38, 8, 12, 14, 14, 12, 14, 12, 30]);
    merge(ws, 1, 1, 1, 10, 'みなと市キャッシュレス推進プラン　KPI進捗状況（令和5年度評価）');
    put(ws, 3, 1, ['No.', 'KPI', '単位', '基準値\n（R2）', 'R5目標', 'R5実績', 'R6見込', '最終目標\n（R7）', '達成率\n（R5）', '備考']);
    const pct = '0.0%';
    const rows: { v: (string | number | undefined)[]; pct: boolean }[] = [
      { v: [1, '市内事業者のキャッシュレス決済導入率', '％', 0.384, 0.6, 0.552, 0.62, 0.7, 0.92, '商工会議所会員アンケート'], pct: true },
      { v: [2, '公共施設のキャッシュレス対応率', '％', 0.05, 0.75, 0.8, 0.9, 1, 0.8 / 0.75, '対象施設80施設'], pct: true },
      { v: [3, '市税のキャッシュレス納付率', '％', 0.126, 0.35, 0.271, 0.33, 0.4, 0.271 / 0.35, '口座振替を除く'], pct: true },
      { v: [4, 'キャッシュレス決済ポイント還元額', '千円', '－', 150000, 162450, 180000, 200000, 162450 / 150000, ''], pct: false },
      { v: [5, '地域通貨換金処理の期日内完了率', '％', 0.962, '100％を維持', 0.998, 1, '100％', 0.998, '加盟店への入金が締日から10日以内の割合'], pct: true },
      {
        v: [6, 'キャッシュレス決済による市内消費額', '百万円', 3120, 4800, '集計中', 5300, 6000, '－', 'R5実績は決済事業者データ（R6.8公表予定）'],
        pct: false,
      },
      { v: [7, 'キャッシュレス決済に関する相談件数', '件', 286, '－', 412, 450, '－', '－', '参考指標（目標値設定なし）'], pct: false },
    ];
    rows.forEach((row, i) => {
      const r = 4 + i;
      put(
        ws,
        r,
        1,
        row.v.map((x) => (x === '' ? undefined : x)),
      );
      for (let c = 4; c <= 8; c++) ws.getCell(r, c).numFmt = row.pct ? pct : '#,##0';
      ws.getCell(r, 9).numFmt = pct;
    });
    wrap(ws, 3, 1, 3 + rows.length, 10);
    box(ws, 3, 1, 3 + rows.length, 10);
    put(ws, 5 + rows.length, 1, ['※R6見込は令和6年9月時点の見込値。達成率＝R5実績÷R5目標。']);
  },
  expected: {
    file: 'h194-trap-mikomi-ritsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2_SHEET, '市内事業者のキャッシュレス決済導入率', '％', 60, 55.2),
      ind(T2_SHEET, '公共施設のキャッシュレス対応率', '％', 75, 80),
      ind(T2_SHEET, '市税のキャッシュレス納付率', '％', 35, 27.1),
      ind(T2_SHEET, 'キャッシュレス決済ポイント還元額', '千円', 150000, 162450),
      ind(T2_SHEET, '地域通貨換金処理の期日内完了率', '％', 100, 99.8),
      ind(T2_SHEET, 'キャッシュレス決済による市内消費額', '百万円', 4800, null, { actualStatus: 'pending' }),
      ind(T2_SHEET, 'キャッシュレス決済に関する相談件数', '件', null, 412),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- lower-is-better rows, one given only by a footnote
const T3_SHEET = '運営状況';

const gensho: Holdout2Workbook = {
  name: 'h194-trap-gensho-chuki',
  layout:
    '運営状況の点検: a 目標の考え方 column (抑制・短縮・縮減 = lower is better), R4実績 left of R5目標/R5実績, one row whose direction only a ※1 footnote gives, 評価 written by the section',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [34, 6, 12, 10, 10, 10, 6, 30]);
    merge(ws, 1, 1, 1, 8, '令和5年度　プレミアム付商品券（紙・電子）事業　運営状況の点検');
    put(ws, 2, 8, ['商工観光課']);
    put(ws, 4, 1, ['項目', '単位', '目標の考え方', 'R4実績', 'R5目標', 'R5実績', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['不正利用・転売の確認件数', '件', '抑制', 11, 5, 8, 'C', 'フリマサイトでの転売3件を含む'],
      ['販売所での平均待ち時間', '分', '短縮', 34, 20, 16, 'A', '整理券方式を導入'],
      ['商品券の換金率', '％', '向上', 98.6, 99.0, 99.4, 'A', ''],
      ['利用者満足度', '％', '向上', 78.2, 80.0, 76.5, 'B', '「満足」「やや満足」の計'],
      ['購入者からの苦情件数 ※1', '件', undefined, 52, 30, 41, 'C', '主に電子版の操作に関するもの'],
      ['電子版商品券の購入割合', '％', '向上', 31.5, 40.0, 52.7, 'A', ''],
      ['商品券未換金額', '千円', '縮減', 3860, 3000, 2140, 'A', '使用期限後の未使用分'],
    ];
    rows.forEach((v, i) => {
      put(
        ws,
        5 + i,
        1,
        v.map((x) => (x === '' ? undefined : x)),
      );
      for (const c of [4, 5, 6]) ws.getCell(5 + i, c).numFmt = v[1] === '％' ? '0.0' : '#,##0';
    });
    wrap(ws, 4, 1, 4 + rows.length, 8);
    box(ws, 4, 1, 4 + rows.length, 8);
    put(ws, 6 + rows.length, 1, ['※1 苦情件数の目標値は上限値（30件以内に抑える）として設定している。']);
    put(ws, 7 + rows.length, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満（抑制・短縮・縮減を目指す項目は目標÷実績で算出）']);
  },
  expected: {
    file: 'h194-trap-gensho-chuki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3_SHEET, '不正利用・転売の確認件数', '件', 5, 8, { direction: 'down', existing: 'C' }),
      ind(T3_SHEET, '販売所での平均待ち時間', '分', 20, 16, { direction: 'down', existing: 'A' }),
      ind(T3_SHEET, '商品券の換金率', '％', 99.0, 99.4, { existing: 'A' }),
      ind(T3_SHEET, '利用者満足度', '％', 80.0, 76.5, { existing: 'B' }),
      ind(T3_SHEET, '購入者からの苦情件数', '件', 30, 41, { direction: 'down', existing: 'C' }),
      ind(T3_SHEET, '電子版商品券の購入割合', '％', 40.0, 52.7, { existing: 'A' }),
      ind(T3_SHEET, '商品券未換金額', '千円', 3000, 2140, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, mikomi, gensho];
