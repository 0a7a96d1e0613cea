/**
 * Hold-out 151, the four families as 広域連携・定住自立圏・連携中枢都市圏 offices write them: a 施策評価シート of a 定住自立圏
 * 中心市 with tiled indicator blocks, a 連携中枢都市圏 連携事業実績一覧 with text figures, a 共生ビジョン KPI table per 3月末 and
 * a 連携中枢都市圏ビジョン 成果指標 点検評価一覧 with years in the cells.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** One indicator block of the 施策評価シート: 指標 n, name, 説明, 単位, 目指す方向, R2…R7 with 実績値 and 期待値 rows, 備考. */
function block(
  ws: Worksheet,
  row: number,
  col: number,
  b: {
    no: string;
    name: string;
    desc: string;
    unit: string;
    dir: string;
    actuals: (number | string | null)[];
    expects: (number | string | null)[];
    note: string;
  },
): void {
  put(ws, row, col, [`指標${b.no}`]);
  merge(ws, row, col + 1, row, col + 6, b.name);
  put(ws, row + 1, col, ['指標の説明']);
  merge(ws, row + 1, col + 1, row + 1, col + 6, b.desc);
  put(ws, row + 2, col, ['単位', b.unit, '目指す方向']);
  merge(ws, row + 2, col + 3, row + 2, col + 6, b.dir);
  put(ws, row + 3, col, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※R7は目標値', ...b.expects]);
  put(ws, row + 6, col, ['備考']);
  merge(ws, row + 6, col + 1, row + 6, col + 6, b.note || undefined);
  box(ws, row, col, row + 6, col + 6);
  wrap(ws, row + 3, col, row + 5, col + 6);
}

const A_SHEET = '5-2';

/** A: 施策評価シート, 評価対象期間 令和４年度, four blocks tiled two across, an empty 達成状況 cell beside last year's （C）. */
const policySheet: Holdout2Workbook = {
  name: 'h151-teiju-jiritsuken-shisaku',
  layout: 'A: 定住自立圏 施策評価シート (評価対象期間：令和４年度), blocks two across with R2（現状値）…R7, 実績値/期待値 rows, 集計中, a ↓ 転出超過数',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 14, 11, 11, 11, 11, 11, 11, 3, 14, 11, 11, 11, 11, 11, 11]);
    merge(ws, 1, 2, 1, 16, '第２次奥羽市総合計画　令和５年度施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 9, '５　多様な連携による持続可能なまちづくり');
    put(ws, 3, 10, ['担当部等']);
    merge(ws, 3, 11, 3, 16, '企画部　地域連携課');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 16, '5-2　定住自立圏を核とした広域連携の推進');
    put(ws, 5, 2, ['施策の目的']);
    merge(ws, 5, 3, 5, 16, '中心市として圏域の連携市町村と役割を分担し、医療・交通・産業など圏域全体の生活機能を確保して定住を促進します。');
    merge(ws, 6, 2, 7, 2, '達成状況\n評　　価');
    merge(ws, 6, 3, 7, 4);
    put(ws, 6, 5, ['（C）']);
    merge(ws, 6, 6, 7, 16, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）内は前年度評価');
    box(ws, 3, 2, 7, 16);
    block(ws, 9, 2, {
      no: '①',
      name: '圏域バス（定住自立圏路線）の年間利用者数',
      desc: '圏域の連携市町村を結ぶ路線バスの年間延べ利用者数',
      unit: '人',
      dir: '↑（増加）',
      actuals: [158300, 165020, 171240, null, null, null],
      expects: [null, 170000, 185000, 190000, 195000, 200000],
      note: '令和４年10月ダイヤ改正で１便増便',
    });
    block(ws, 9, 10, {
      no: '②',
      name: '圏域連携事業数',
      desc: '定住自立圏共生ビジョンに位置付けた連携事業のうち実施した事業の数',
      unit: '事業',
      dir: '↑（増加）',
      actuals: [26, 29, 34, null, null, null],
      expects: [null, 28, 32, 34, 36, 38],
      note: '',
    });
    block(ws, 17, 2, {
      no: '③',
      name: '圏域図書館の相互貸借冊数',
      desc: '圏域内の公立図書館間で相互に貸し借りした冊数',
      unit: '冊',
      dir: '↑（増加）',
      actuals: [9850, 10940, '集計中', null, null, null],
      expects: [null, 11000, 12000, 12500, 13000, 13500],
      note: '令和４年度実績は連携町村分の集計中',
    });
    block(ws, 17, 10, {
      no: '④',
      name: '圏域外への転出超過数',
      desc: '圏域外への転出者数から圏域外からの転入者数を差し引いた数（減少を目指す）',
      unit: '人',
      dir: '↓（減少）',
      actuals: [512, 498, 505, null, null, null],
      expects: [null, 480, 420, 380, 340, 300],
      note: '住民基本台帳人口移動報告による',
    });
  },
  expected: {
    file: 'h151-teiju-jiritsuken-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(A_SHEET, '圏域バス（定住自立圏路線）の年間利用者数', '人', 185000, 171240),
      ind(A_SHEET, '圏域連携事業数', '事業', 32, 34),
      ind(A_SHEET, '圏域図書館の相互貸借冊数', '冊', 12000, null, { actualStatus: 'pending' }),
      ind(A_SHEET, '圏域外への転出超過数', '人', 420, 505, { direction: 'down' }),
    ],
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp([gradeOf(185000, 171240), gradeOf(32, 34), gradeOf(420, 505, 'down')]) }],
  },
};

const B_SHEET = '資料２';

/** B: 連携中枢都市圏 令和５年度 連携事業実績一覧, code/name/概要 in one cell, text figures, 未実施, two measures in one cell. */
const projectTable: Holdout2Workbook = {
  name: 'h151-renkei-chusu-jigyo-jisseki',
  layout: 'B: 連携中枢都市圏 連携事業実績一覧 (令和５年度), 連携事業 cell with code, name and 概要, text figures, 未実施, 相談会/相談件数 in one cell',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 40, 14, 18, 20, 20, 10, 12]);
    merge(ws, 1, 1, 1, 8, '北陵連携中枢都市圏ビジョン　令和５年度　連携事業実績一覧');
    put(ws, 2, 8, ['資料２']);
    put(ws, 3, 1, ['No.', '連携事業', '担当課', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-(1)-①\n圏域合同企業説明会の開催\n圏域内企業と求職者のマッチングを図るため、構成市町合同の企業説明会を開催する。',
        '商工振興課',
        '参加企業数 48社',
        '参加企業数 60社',
        '参加企業数 54社',
        'B',
        '継続',
      ],
      [
        2,
        '1-(2)-①\n圏域周遊観光パスの販売\n圏域の観光施設・交通機関を共通で利用できる周遊パスを販売し、圏域内の周遊を促す。',
        '観光交流課',
        '販売枚数 2,655枚',
        '販売枚数 3,000枚',
        '販売枚数 3,412枚',
        'A',
        '拡充',
      ],
      [
        3,
        '2-(1)-②\n圏域合同防災訓練の実施\n大規模災害に備え、構成市町の職員・消防団による合同訓練を実施する。',
        '危機管理課',
        '合同訓練 1回',
        '合同訓練 2回',
        '未実施',
        'C',
        '見直し',
      ],
      [
        4,
        '2-(3)-①\n広域移住相談会の開催\n首都圏において構成市町合同の移住相談会を開催し、圏域への移住を促進する。',
        '地域政策課',
        '相談会 5回\n相談件数 96件',
        '相談会 6回\n相談件数 120件',
        '相談会 6回\n相談件数 84件',
        'B',
        '継続',
      ],
      [
        5,
        '3-(1)-①\n圏域図書館の相互利用\n構成市町の図書館で共通利用カードを発行し、相互貸出を行う。',
        '生涯学習課',
        '相互貸出冊数 14,210冊',
        '相互貸出冊数 15,000冊',
        '相互貸出冊数 16,208冊',
        'A',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 9, 1, ['※No.3は令和５年度の訓練を令和６年度に延期（会場の改修工事のため）']);
    box(ws, 3, 1, 8, 8);
    wrap(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h151-renkei-chusu-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '圏域合同企業説明会の開催', '社', 60, 54, { existing: 'B' }),
      ind(B_SHEET, '圏域周遊観光パスの販売', '枚', 3000, 3412, { existing: 'A' }),
      ind(B_SHEET, '圏域合同防災訓練の実施', '回', 2, null, { actualStatus: 'not-implemented', existing: 'C' }),
      {
        sheet: B_SHEET,
        name: '広域移住相談会の開催',
        measures: [
          { label: '相談会', target: 6, actual: 6, unit: '回' },
          { label: '相談件数', target: 120, actual: 84, unit: '件' },
        ],
        direction: 'up',
        existing: 'B',
        grade: gradeOf(120, 84),
      },
      ind(B_SHEET, '圏域図書館の相互利用', '冊', 15000, 16208, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';

/** C: 定住自立圏共生ビジョン KPI, 目標値/実績値 rows per 令和4年3月末…令和7年3月末, values with units, "-" targets, ◎○△× by bands. */
const kpiTable: Holdout2Workbook = {
  name: 'h151-teiju-kpi',
  layout: 'C: 共生ビジョン KPI table (令和５年３月末現在), 目標値/実績値 rows per 3月末, "287.4 万人", a KPI with "-" targets, ◎○△× legend by bands only',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [20, 30, 8, 13, 13, 13, 13, 8, 28]);
    merge(ws, 1, 1, 1, 9, '南嶺定住自立圏共生ビジョン　成果指標（ＫＰＩ）の進捗状況（令和５年３月末現在）');
    put(ws, 3, 1, ['施策', 'ＫＰＩ', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '評価', '備考']);
    const kpis: [string, string, string[], string[], string, string][] = [
      ['観光振興', '圏域の観光入込客数', ['300 万人', '310 万人', '320 万人', '330 万人'], ['271.5 万人', '287.4 万人'], '○', '暦年集計'],
      ['医療', '圏域内医療機関への医師派遣回数', ['110 回', '120 回', '130 回', '140 回'], ['104 回', '132 回'], '◎', ''],
      ['定住促進', '圏域外からの転入者数', ['1,800 人', '1,850 人', '1,900 人', '1,950 人'], ['1,688 人', '1,702 人'], '○', '住民基本台帳による'],
      ['働く場の創出', '圏域内のテレワーク施設利用者数', ['-', '-', '-', '-'], ['412 人', '655 人'], '－', '目標値は令和５年度中に設定予定'],
    ];
    kpis.forEach(([field, name, targets, actuals, mark, note], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, field);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      merge(ws, r, 8, r + 1, 8, mark);
      merge(ws, r, 9, r + 1, 9, note);
    });
    box(ws, 3, 1, 11, 9);
    put(ws, 13, 1, ['評価（令和5年3月末の達成率）　◎：100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
  },
  expected: {
    file: 'h151-teiju-kpi.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, '圏域の観光入込客数', '万人', 310, 287.4, { existing: '○' }),
      ind(C_SHEET, '圏域内医療機関への医師派遣回数', '回', 120, 132, { existing: '◎' }),
      ind(C_SHEET, '圏域外からの転入者数', '人', 1850, 1702, { existing: '○' }),
      ind(C_SHEET, '圏域内のテレワーク施設利用者数', '人', null, 655),
    ],
    groups: [],
  },
};

const D_SHEET = '点検評価一覧';

/** D: 連携中枢都市圏ビジョン 成果指標 点検評価一覧 (令和３年度実績), 現況 and 実績 with their year in the cell, 目標（R6）, a blank 実績. */
const planIndicators: Holdout2Workbook = {
  name: 'h151-renkei-keikaku-shihyo',
  layout: 'D: 連携中枢都市圏ビジョン 点検評価一覧 (令和３年度実績), 現況「8,420⏎（平成30年度）」, 目標（R6）, 実績 with its year, 目指す方向 ↓, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 26, 34, 8, 10, 16, 12, 16, 24]);
    merge(ws, 1, 1, 1, 9, '西海連携中枢都市圏ビジョン　成果指標の点検評価一覧（令和３年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '目指す方向', '現況\n（ビジョン策定時）', '目標\n（R6）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '圏域の製造品出荷額等',
        '圏域内の事業所の製造品出荷額等の合計',
        '億円',
        '↑',
        '8,420\n（平成30年度）',
        9000,
        '8,655\n（令和3年度）',
        '工業統計調査・経済構造実態調査',
      ],
      [
        2,
        '圏域の延べ宿泊者数',
        '圏域内の宿泊施設の年間延べ宿泊者数',
        '千人泊',
        '↑',
        '1,212\n（令和元年度）',
        1400,
        '846\n（令和3年度）',
        '観光統計（各市町集計）',
      ],
      [
        3,
        '三次救急医療の圏域内完結率',
        '圏域内で発生した三次救急患者のうち圏域内の医療機関で受け入れた割合',
        '％',
        '↑',
        '91.2\n（令和元年度）',
        95.0,
        '95.3\n（令和3年度）',
        '消防本部救急搬送記録',
      ],
      [
        4,
        '圏域の保育所等待機児童数',
        '構成市町の待機児童数の合計（減少を目指す）',
        '人',
        '↓',
        '38\n（令和2年度）',
        0,
        '0\n（令和3年度）',
        '各市町保育担当課調べ',
      ],
      [
        5,
        '圏域の空き家バンク成約件数',
        '構成市町の空き家バンクを通じた売買・賃貸の成約件数',
        '件',
        '↑',
        '42\n（令和元年度）',
        60,
        '',
        '各市町空き家担当課調べ',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 9);
    wrap(ws, 3, 1, 8, 9);
  },
  expected: {
    file: 'h151-renkei-keikaku-shihyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      { ...ind(D_SHEET, '圏域の製造品出荷額等', '億円', 9000, 8655), targetSource: 'final' },
      { ...ind(D_SHEET, '圏域の延べ宿泊者数', '千人泊', 1400, 846), targetSource: 'final' },
      { ...ind(D_SHEET, '三次救急医療の圏域内完結率', '％', 95, 95.3), targetSource: 'final' },
      { ...ind(D_SHEET, '圏域の保育所等待機児童数', '人', 0, 0, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '圏域の空き家バンク成約件数', '件', 60, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
