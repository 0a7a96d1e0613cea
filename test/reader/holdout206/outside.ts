/** Hold-out 206, four shapes outside the families that a 買い物支援・生活交通 office really uses. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// Monthly table of one year: months as rows, indicators as columns, 合計 row, then 年間目標 and 達成率 rows.
const M_SHEET = '移動販売運行実績';
const monthly: Holdout2Workbook = {
  name: 'h206-o-idohanbai-tsukibetsu',
  layout: 'months as rows (4月…3月) and indicators as columns with the unit in the heading; 合計 row, 年間目標 row and 達成率 row under it',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [10, 12, 14, 14, 16, 16, 24]);
    merge(ws, 1, 1, 1, 7, '令和５年度　移動販売車「おかいもの号」運行実績（月別）');
    put(ws, 2, 5, ['委託先：（株）〇〇ストア']);
    put(ws, 4, 1, ['月', '運行日数\n（日）', '延べ利用者数\n（人）', '売上額\n（千円）', '新規利用登録者数\n（人）', '見守り通報件数\n（件）', '備考']);
    wrap(ws, 4, 1, 4, 7);
    const months: (string | number)[][] = [
      ['4月', 20, 1090, 3140, 9, 0, ''],
      ['5月', 20, 1105, 3205, 7, 1, ''],
      ['6月', 21, 1142, 3326, 6, 0, ''],
      ['7月', 20, 1128, 3310, 5, 2, '猛暑のため7/24運休'],
      ['8月', 19, 1064, 3102, 4, 0, 'お盆休み'],
      ['9月', 20, 1096, 3188, 6, 1, ''],
      ['10月', 21, 1120, 3290, 8, 0, ''],
      ['11月', 20, 1083, 3215, 5, 1, ''],
      ['12月', 19, 1032, 3405, 3, 0, '年末特売'],
      ['1月', 18, 968, 2954, 2, 1, '大雪による運休2日'],
      ['2月', 18, 1003, 2930, 4, 1, ''],
      ['3月', 20, 1119, 3145, 5, 0, ''],
    ];
    months.forEach((m, i) =>
      put(
        ws,
        5 + i,
        1,
        m.map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(ws, 17, 1, ['合計', 236, 12950, 38210, 64, 7]);
    put(ws, 18, 1, ['年間目標', 240, 14400, 36000, 120, '－']);
    put(ws, 19, 1, ['達成率', 0.983, 0.899, 1.061, 0.533, '－']);
    for (let c = 2; c <= 5; c++) ws.getCell(19, c).numFmt = '0.0%';
    box(ws, 4, 1, 19, 7);
    put(ws, 21, 1, ['※売上額は税込。見守り通報件数は、利用者の異変に気付き地域包括支援センター等へ連絡した件数（目標設定なし）。']);
  },
  expected: {
    file: 'h206-o-idohanbai-tsukibetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M_SHEET, '運行日数', '日', 240, 236),
      ind(M_SHEET, '延べ利用者数', '人', 14400, 12950),
      ind(M_SHEET, '売上額', '千円', 36000, 38210),
      ind(M_SHEET, '新規利用登録者数', '人', 120, 64),
      ind(M_SHEET, '見守り通報件数', '件', null, 7),
    ],
    groups: [],
  },
};

// Years as rows: fiscal years down the side, each indicator a 目標 / 実績 column pair; the evaluated year stated in the title.
const Y_SHEET = '利用状況の推移';
const yearsAsRows: Holdout2Workbook = {
  name: 'h206-o-bus-nendo-suii',
  layout: 'fiscal years as rows (H30…R6), each indicator a merged heading over 目標 / 実績 columns, R6 targets filled, a 少ないほど良い heading',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 9, 9, 9, 9, 11, 11, 20]);
    merge(ws, 1, 1, 1, 12, 'コミュニティバス・デマンド交通　利用状況の推移（評価対象年度：令和5年度）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, 'コミュニティバス年間利用者数（人）');
    merge(ws, 3, 4, 3, 5, 'デマンド交通年間利用者数（人）');
    merge(ws, 3, 6, 3, 7, '収支率（％）');
    merge(ws, 3, 8, 3, 9, '1便当たり平均乗車人数（人）');
    merge(ws, 3, 10, 3, 11, '運行に係る市負担額（千円）\n※少ないほど良い');
    merge(ws, 3, 12, 4, 12, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const years: (string | number | undefined)[][] = [
      ['平成30年度', 70000, 71240, undefined, undefined, 20.0, 19.6, 4.5, 4.4, 40000, 39850, 'デマンド交通は令和2年10月運行開始'],
      ['令和元年度', 70000, 68915, undefined, undefined, 20.0, 18.7, 4.5, 4.2, 40000, 41200, ''],
      ['令和2年度', 66000, 52310, 8000, 7420, 18.0, 11.9, 4.5, 3.0, 42000, 48900, '新型コロナの影響'],
      ['令和3年度', 66000, 57480, 18000, 17650, 18.0, 12.4, 4.5, 3.1, 42000, 47300, ''],
      ['令和4年度', 68000, 61225, 20000, 21130, 18.0, 12.9, 4.5, 3.0, 42000, 46650, ''],
      ['令和5年度', 68000, 64310, 22000, 23480, 18.0, 13.2, 4.5, 3.1, 42000, 45800, '4月ダイヤ改正'],
      ['令和6年度', 70000, undefined, 24000, undefined, 18.0, undefined, 4.5, undefined, 42000, undefined, ''],
    ];
    years.forEach((y, i) =>
      put(
        ws,
        5 + i,
        1,
        y.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 4, 12);
    box(ws, 3, 1, 11, 12);
    put(ws, 13, 1, ['※収支率＝運賃収入÷運行経費。市負担額は国・県補助金を除いた額。']);
  },
  expected: {
    file: 'h206-o-bus-nendo-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, 'コミュニティバス年間利用者数', '人', 68000, 64310),
      ind(Y_SHEET, 'デマンド交通年間利用者数', '人', 22000, 23480),
      ind(Y_SHEET, '収支率', '％', 18.0, 13.2),
      ind(Y_SHEET, '1便当たり平均乗車人数', '人', 4.5, 3.1),
      ind(Y_SHEET, '運行に係る市負担額', '千円', 42000, 45800, { direction: 'down' }),
    ],
    groups: [],
  },
};

// Forms one per sheet: a 事務事業評価調書 per project, label / value rows, an 活動指標 and a 成果指標 each.
const FORMS: [string, string, string, [string, string, number, number], [string, string, number, number]][] = [
  ['移動販売車導入支援', '移動販売車導入支援事業', '商工観光課', ['補助台数', '台', 2, 2], ['移動販売の巡回地区数', '地区', 30, 27]],
  ['買い物代行・配食連携', '買い物代行・配食サービス連携事業', '高齢福祉課', ['協力事業者数', '事業者', 8, 5], ['買い物代行の利用世帯数', '世帯', 250, 262]],
  ['外出支援タクシー助成', '高齢者外出支援タクシー助成事業', '地域交通政策課', ['助成券交付者数', '人', 1800, 1655], ['助成券の利用率', '％', 70.0, 48.6]],
];
const formsPerSheet: Holdout2Workbook = {
  name: 'h206-o-jigyo-chosho',
  layout: 'one 事務事業評価調書 per sheet, label / value form with 活動指標 and 成果指標 blocks (指標名, 単位, 目標値, 実績値, 達成率) side by side',
  build(wb: Workbook) {
    for (const [sheet, project, dept, act, out] of FORMS) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [16, 22, 12, 22, 12]);
      merge(ws, 1, 1, 1, 5, '令和５年度　事務事業評価調書');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 5, project);
      put(ws, 4, 1, ['担当課', dept, '評価対象年度', '令和5年度']);
      put(ws, 5, 1, ['施策']);
      merge(ws, 5, 2, 5, 5, '5-3 買い物弱者対策と生活交通の確保');
      merge(ws, 7, 1, 7, 5, '■ 指標の状況');
      put(ws, 8, 1, [undefined, '活動指標', undefined, '成果指標']);
      put(ws, 9, 1, ['指標名', act[0], undefined, out[0]]);
      put(ws, 10, 1, ['単位', act[1], undefined, out[1]]);
      put(ws, 11, 1, ['目標値', act[2], undefined, out[2]]);
      put(ws, 12, 1, ['実績値', act[3], undefined, out[3]]);
      put(ws, 13, 1, ['達成率', act[3] / act[2], undefined, out[3] / out[2]]);
      ws.getCell(13, 2).numFmt = '0.0%';
      ws.getCell(13, 4).numFmt = '0.0%';
      box(ws, 8, 1, 13, 4);
      merge(ws, 15, 1, 15, 5, '■ 事業の成果と課題');
      merge(ws, 16, 1, 18, 5, '利用者からは継続を望む声が多い。担い手の確保と周知方法の見直しが課題である。');
      put(ws, 20, 1, ['今後の方向性', '継続']);
      wrap(ws, 3, 1, 13, 5);
    }
  },
  expected: {
    file: 'h206-o-jigyo-chosho.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap(([sheet, , , act, out]) => [ind(sheet, act[0], act[1], act[2], act[3]), ind(sheet, out[0], out[1], out[2], out[3])]),
    groups: [],
  },
};

// 進捗管理表 with ◎○△× marks under a legend naming each mark with its band; one department's mark kinder than the figures.
const P_SHEET = '進捗管理表';
const progress: Holdout2Workbook = {
  name: 'h206-o-shinchoku-kigou',
  layout: '進捗管理表 of a transport plan: 施策 / 取組 / 指標 / 単位 / R5目標 / R5実績 / 達成率 / 評価 (◎○△× with a legend of bands) / 担当課',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [5, 18, 24, 28, 7, 10, 10, 9, 7, 14, 20]);
    merge(ws, 1, 1, 1, 11, '〇〇市地域公共交通計画　令和５年度 進捗管理表');
    merge(ws, 2, 1, 2, 11, '【評価】◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝一部未達成（60％以上80％未満）　×＝未達成（60％未満）');
    put(ws, 4, 1, ['No.', '施策', '取組内容', '指標', '単位', 'R5目標', 'R5実績', '達成率', '評価', '担当課', '備考']);
    const rows: (string | number)[][] = [
      [1, '快適な待合環境の整備', 'バス停への上屋・ベンチの設置', 'バス停上屋・ベンチ設置数', '基', 10, 12, 1.2, '◎', '地域交通政策課', ''],
      [
        2,
        'デマンド交通の利便性向上',
        'スマートフォン予約の導入',
        'デマンド交通予約アプリ登録者数',
        '人',
        600,
        515,
        0.858,
        '○',
        '地域交通政策課',
        '電話予約との併用',
      ],
      [3, '乗り継ぎ環境の改善', '乗継割引の実施', '乗継割引の利用件数', '件', 3000, 1920, 0.64, '△', '地域交通政策課', ''],
      [4, '免許返納後の移動支援', '返納者へのバス回数券交付', '免許返納者への回数券交付件数', '件', 450, 512, 1.138, '◎', '市民生活課', '警察署と連携'],
      [5, '公共交通の利用促進', '公共交通マップの全戸配布', '公共交通マップ配布部数', '部', 20000, 20000, 1.0, '◎', '地域交通政策課', ''],
      [6, '公共交通の利用促進', '高齢者向けバスの乗り方教室', 'バスの乗り方教室参加者数', '人', 300, 162, 0.54, '△', '高齢福祉課', '2回中止（悪天候）'],
    ];
    rows.forEach((row, i) => {
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      ws.getCell(5 + i, 8).numFmt = '0.0%';
    });
    wrap(ws, 4, 1, 10, 11);
    box(ws, 4, 1, 10, 11);
  },
  expected: {
    file: 'h206-o-shinchoku-kigou.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, 'バス停上屋・ベンチ設置数', '基', 10, 12, { existing: '◎' }),
      ind(P_SHEET, 'デマンド交通予約アプリ登録者数', '人', 600, 515, { existing: '○' }),
      ind(P_SHEET, '乗継割引の利用件数', '件', 3000, 1920, { existing: '△' }),
      ind(P_SHEET, '免許返納者への回数券交付件数', '件', 450, 512, { existing: '◎' }),
      ind(P_SHEET, '公共交通マップ配布部数', '部', 20000, 20000, { existing: '◎' }),
      ind(P_SHEET, 'バスの乗り方教室参加者数', '人', 300, 162, { existing: '△' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks(
  [monthly, yearsAsRows, formsPerSheet, progress],
  new Set(['h206-o-shinchoku-kigou']),
);
