/** Hold-out 195, workbooks that invite a silent wrong reading; the expected facts are what a careful clerk reads. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 累計 target beside 単年度 and 累計 actuals
const R_SHEET = '整備進捗';

const cumulative: Holdout2Workbook = {
  name: 'h195-trap-ruikei',
  layout:
    'network-building progress: the R6 target is cumulative, the R6 actual split into 単年度 (first) and 累計 columns, an R5末累計 column and the plan total beside them',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [5, 30, 7, 13, 12, 12, 12, 12, 28]);
    merge(ws, 1, 1, 1, 9, '令和６年度　自転車ネットワーク整備　進捗状況');
    put(ws, 2, 7, ['交通政策課・道路管理課']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '整備項目');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '計画量\n（R4～R8累計）');
    merge(ws, 3, 5, 4, 5, 'R6目標\n（R4からの累計）');
    merge(ws, 3, 6, 3, 8, '実績');
    put(ws, 4, 6, ['R5末累計', 'R6単年度', 'R6末累計']);
    merge(ws, 3, 9, 4, 9, '備考');
    const rows: (string | number)[][] = [
      [1, '矢羽根型路面表示の整備延長', 'km', 45.0, 28.0, 19.7, 6.2, 25.9, '市道中央線ほか'],
      [2, '自転車専用通行帯の整備延長', 'km', 12.0, 8.5, 7.6, 1.1, 8.7, ''],
      [3, 'サイクルラック設置数', '基', 240, 150, 109, 22, 131, '公共施設・商業施設'],
      [4, '自転車道の整備延長', 'km', 5.0, 3.2, 2.4, 0, 2.4, '河川管理者との協議中'],
      [5, '駐輪場の整備台数', '台', 2500, 1800, 1680, 240, 1920, '南町駅西側駐輪場を供用'],
      [6, '案内サイン設置数', '基', 120, 70, 38, 14, 52, 'サイン計画改定に伴い一部保留'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 10; r++) for (const c of [4, 5, 6, 7, 8]) if (ws.getCell(r, 3).value === 'km') ws.getCell(r, c).numFmt = '0.0';
    box(ws, 3, 1, 10, 9);
    wrap(ws, 3, 1, 10, 9);
    put(ws, 12, 1, ['※R6目標は計画期間（R4～R8）の各年度末時点の累計目標。進捗は累計で評価する。']);
  },
  expected: {
    file: 'h195-trap-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(R_SHEET, '矢羽根型路面表示の整備延長', 'km', 28.0, 25.9),
      ind(R_SHEET, '自転車専用通行帯の整備延長', 'km', 8.5, 8.7),
      ind(R_SHEET, 'サイクルラック設置数', '基', 150, 131),
      ind(R_SHEET, '自転車道の整備延長', 'km', 3.2, 2.4),
      ind(R_SHEET, '駐輪場の整備台数', '台', 1800, 1920),
      ind(R_SHEET, '案内サイン設置数', '基', 70, 52),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- ％ stored as fractions, a 見込 column, next year's target, a lower-is-better row
const F_SHEET = 'シェアサイクル指標';

const fractions: Holdout2Workbook = {
  name: 'h195-trap-fraction-mikomi',
  layout: 'R5実績 / R6目標 / R6見込（9月時点） / R6実績 / R7目標 columns; ％ rows stored as fractions under a % format; a 減少 row marked only in 備考',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [32, 7, 12, 12, 13, 12, 12, 26]);
    merge(ws, 1, 1, 1, 8, 'シェアサイクル事業　成果指標の状況（令和６年度）');
    put(ws, 3, 1, ['指標', '単位', 'R5実績', 'R6目標', 'R6見込\n（9月時点）', 'R6実績', 'R7目標', '備考']);
    const rows: (string | number)[][] = [
      ['シェアサイクル利用回数', '回', 198500, 250000, 260000, 231840, 270000, ''],
      ['会員の市内在住者割合', '%', 0.562, 0.6, 0.58, 0.547, 0.62, '観光客の利用増により割合は低下'],
      ['電動アシスト車両の稼働率', '%', 0.688, 0.75, 0.7, 0.812, 0.78, ''],
      ['ポート当たり1日平均利用回数', '回', 3.2, 4.0, 3.6, 3.1, 4.2, 'ポート増設により1か所当たりは減少'],
      ['自転車盗難認知件数', '件', 471, 420, 400, 455, 400, '減少を目指す指標（警察署調べ・暦年）'],
      ['利用者アンケート満足度', '%', 0.78, 0.8, 0.8, 0.835, 0.8, '「満足」「やや満足」の計'],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (let c = 3; c <= 7; c++) ws.getCell(4 + i, c).numFmt = r[1] === '%' ? '0.0%' : typeof r[2] === 'number' && r[2] < 10 ? '0.0' : '#,##0';
    });
    box(ws, 3, 1, 9, 8);
    wrap(ws, 3, 1, 9, 8);
    put(ws, 11, 1, ['※R6見込は令和６年９月末時点の見込値（予算要求時）。R6実績は令和７年３月末確定値。']);
  },
  expected: {
    file: 'h195-trap-fraction-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(F_SHEET, 'シェアサイクル利用回数', '回', 250000, 231840),
      ind(F_SHEET, '会員の市内在住者割合', '%', 60, 54.7),
      ind(F_SHEET, '電動アシスト車両の稼働率', '%', 75, 81.2),
      ind(F_SHEET, 'ポート当たり1日平均利用回数', '回', 4.0, 3.1),
      ind(F_SHEET, '自転車盗難認知件数', '件', 420, 455, { direction: 'down' }),
      ind(F_SHEET, '利用者アンケート満足度', '%', 80, 83.5),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- targets in words, a note that makes a row lower-is-better, a 速報値
const W_SHEET = '進捗管理表';

const words: Holdout2Workbook = {
  name: 'h195-trap-mokuhyo-kotoba',
  layout:
    '進捗管理表 whose R5目標 cells are words (1万5千部, 40％以上, ８割, 毎月1回（年12回）, 全員着用（100％）), an accident row made lower-is-better only by its 備考, a 速報値 actual',
  build(wb) {
    const ws = wb.addWorksheet(W_SHEET);
    widths(ws, [5, 20, 34, 7, 11, 18, 14, 7, 30]);
    merge(ws, 1, 1, 1, 9, '緑ヶ丘市自転車活用推進計画　進捗管理表（令和５年度）');
    put(ws, 2, 8, ['R6.6 作成']);
    put(ws, 3, 1, ['No.', '施策', '指標', '単位', '基準値\n（R3）', 'R5目標', 'R5実績', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '自転車観光の推進', 'サイクリングマップ配布部数', '部', 9800, '1万5千部', 16240, 'A', '道の駅・宿泊施設で配布'],
      [2, '', '自転車利用環境に対する市民満足度', '％', 31.5, '40％以上', '36.2％', 'B', '市民意識調査'],
      [3, '安全な自転車利用', '自転車が関係する交通事故件数', '件', 221, 180, 174, 'A', '目標値は上限値（これ以下に抑える）'],
      [4, '', '自転車損害賠償保険等の加入率', '％', 58.0, '８割', '71.5（速報値）', 'B', '確定値はR6.9公表'],
      [5, '', '自転車通学生のヘルメット着用率', '％', 42.3, '全員着用（100％）', 88.6, 'B', '市内中学・高校の調査'],
      [6, '自転車文化の醸成', 'サイクルイベント開催回数', '回', 6, '毎月1回（年12回）', 9, 'C', '冬季（12～2月）は開催見送り'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    merge(ws, 4, 2, 5, 2);
    merge(ws, 6, 2, 8, 2);
    box(ws, 3, 1, 9, 9);
    wrap(ws, 3, 1, 9, 9);
    put(ws, 11, 1, ['※評価　A：目標達成（100％以上）　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h195-trap-mokuhyo-kotoba.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W_SHEET, 'サイクリングマップ配布部数', '部', 15000, 16240, { existing: 'A' }),
      ind(W_SHEET, '自転車利用環境に対する市民満足度', '％', 40, 36.2, { existing: 'B' }),
      ind(W_SHEET, '自転車が関係する交通事故件数', '件', 180, 174, { direction: 'down', existing: 'A' }),
      ind(W_SHEET, '自転車損害賠償保険等の加入率', '％', 80, 71.5, { existing: 'B', actualStatus: 'provisional' }),
      ind(W_SHEET, '自転車通学生のヘルメット着用率', '％', 100, 88.6, { existing: 'B' }),
      ind(W_SHEET, 'サイクルイベント開催回数', '回', 12, 9, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, fractions, words];
