/**
 * Hold-out 152, shapes outside the four families that these offices use: a 障がい児福祉計画 サービス見込量と実績 table with
 * 見込量／実績／対見込比 under each 年度, 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 rows, a こども発達支援センター
 * 事業実績評価表 with its own ◎○△× legend by bands, and a 相談室 実績推移 with years as rows and 目標／実績 pairs per indicator.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------- サービス見込量と実績

const S_SHEET = '見込量と実績';

const SERVICES: [string, string, [number, number][]][] = [
  [
    '児童発達支援',
    '人/月',
    [
      [170, 165],
      [175, 172],
      [180, 176],
    ],
  ],
  [
    '放課後等デイサービス',
    '人/月',
    [
      [380, 391],
      [400, 428],
      [420, 455],
    ],
  ],
  [
    '保育所等訪問支援',
    '人/月',
    [
      [15, 9],
      [20, 12],
      [25, 14],
    ],
  ],
  [
    '居宅訪問型児童発達支援',
    '人/月',
    [
      [1, 0],
      [2, 0],
      [2, 0],
    ],
  ],
  [
    '障がい児相談支援',
    '人/月',
    [
      [85, 78],
      [90, 84],
      [95, 81],
    ],
  ],
  [
    '医療的ケア児に対する関連分野の支援を調整するコーディネーターの配置人数',
    '人',
    [
      [2, 1],
      [3, 2],
      [3, 3],
    ],
  ],
];

const SERVICE_VOLUMES: Holdout2Workbook = {
  name: 'r5-shogaiji-service-mikomiryo',
  layout: 'outside: サービス見込量と実績, 令和３～５年度 each 見込量／実績／対見込比 (％ as fractions) under a merged 年度 heading, 人/月 units',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [34, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 12, '第２期○○市障がい児福祉計画　障害児通所支援等の見込量と実績（令和５年度）');
    merge(ws, 3, 1, 4, 1, 'サービス種別');
    merge(ws, 3, 2, 4, 2, '単位');
    ['令和３年度', '令和４年度', '令和５年度'].forEach((y, k) => {
      merge(ws, 3, 3 + k * 3, 3, 5 + k * 3, y);
      put(ws, 4, 3 + k * 3, ['見込量', '実績', '対見込比']);
    });
    merge(ws, 3, 12, 4, 12, '備考');
    SERVICES.forEach(([name, unit, years], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit]);
      years.forEach(([plan, actual], k) => {
        put(ws, r, 3 + k * 3, [plan, actual, actual / plan]);
        ws.getCell(r, 5 + k * 3).numFmt = '0.0%';
      });
    });
    put(ws, 7, 12, ['R5は市内事業所2か所が休止']);
    box(ws, 3, 1, 10, 12);
    wrap(ws, 3, 1, 10, 12);
    put(ws, 12, 1, ['※実績は各年度3月の利用実人数。コーディネーターは各年度末の配置人数。']);
  },
  expected: {
    file: 'r5-shogaiji-service-mikomiryo.xlsx',
    fiscalYear: 2023,
    indicators: SERVICES.map(([name, unit, years]) => ind(S_SHEET, name, unit, years[2][0], years[2][1])),
    groups: [],
  },
};

// ---------------------------------------------------------------- 事務事業評価シート, one 事業 per sheet

interface Jigyo {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  rows: [string, string, string, number[], number[]][];
}

const JIGYO: Jigyo[] = [
  {
    sheet: '医療的ケア児支援',
    name: '医療的ケア児支援事業',
    dept: '障がい福祉課・学校教育課',
    purpose: '医療的ケア児が保育所や学校で安心して過ごせるよう看護師を派遣し、保護者の付添い負担を軽減する。',
    rows: [
      ['活動指標', '看護師派遣回数', '回', [420, 450, 480, 500], [398, 466, 512]],
      ['成果指標', '付添いが不要となった医療的ケア児の割合', '％', [60, 70, 80, 85], [55.0, 68.2, 75.0]],
    ],
  },
  {
    sheet: '巡回相談',
    name: '特別支援教育巡回相談事業',
    dept: '教育研究所',
    purpose: '専門家チームが学校を巡回し、特別な支援を要する児童生徒への指導・支援の方法を助言する。',
    rows: [
      ['活動指標', '巡回相談実施回数', '回', [140, 145, 150, 150], [128, 137, 132]],
      ['成果指標', '巡回相談後に支援方法を見直した学級の割合', '％', [85, 88, 90, 90], [86.4, 91.0, 93.5]],
    ],
  },
];

const JIGYO_SHEETS: Holdout2Workbook = {
  name: 'r6-iryoteki-care-jimujigyo',
  layout:
    'outside: 事務事業評価シート one 事業 per sheet, label-value header, 活動指標／成果指標 with 目標／実績 rows over 令和４～７年度, 令和６年度 evaluated',
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [12, 34, 8, 8, 12, 12, 12, 14]);
      merge(ws, 1, 1, 1, 8, '令和７年度　事務事業評価シート（令和６年度実施事業）');
      const labels: [string, string][] = [
        ['事業名', j.name],
        ['担当課', j.dept],
        ['事業の目的', j.purpose],
        ['根拠法令', '医療的ケア児及びその家族に対する支援に関する法律'],
      ];
      labels.forEach(([k, v], i) => {
        put(ws, 3 + i, 1, [k]);
        merge(ws, 3 + i, 2, 3 + i, 8, v);
      });
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['区分', '指標名', '単位', undefined, '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（目標）']);
      j.rows.forEach(([kind, name, unit, targets, actuals], i) => {
        const r = 9 + i * 2;
        merge(ws, r, 1, r + 1, 1, kind);
        merge(ws, r, 2, r + 1, 2, name);
        merge(ws, r, 3, r + 1, 3, unit);
        put(ws, r, 4, ['目標', ...targets]);
        put(ws, r + 1, 4, ['実績', ...actuals]);
      });
      box(ws, 8, 1, 12, 8);
      wrap(ws, 8, 1, 12, 8);
      put(ws, 14, 1, ['評価']);
      merge(ws, 14, 2, 15, 8, '・目標をおおむね達成しており、事業の有効性は高い。\n・対象児の増加に対応するため派遣体制の確保が課題。');
      put(ws, 16, 1, ['今後の方向性', '継続']);
    }
  },
  expected: {
    file: 'r6-iryoteki-care-jimujigyo.xlsx',
    fiscalYear: 2024,
    indicators: JIGYO.flatMap((j) => j.rows.map(([, name, unit, targets, actuals]) => ind(j.sheet, name, unit, targets[2], actuals[2]))),
    groups: [],
  },
};

// ---------------------------------------------------------------- 事業実績評価表 with a ◎○△× legend by bands

const M_SHEET = '実績評価';

const MARK_ROWS: [string, string, number, number, string, number, string][] = [
  ['新規相談受付件数', '件', 300, 287, '○', 312, ''],
  ['個別療育の延べ利用回数', '回', 2400, 1980, '○', 2366, '4～5月は新型コロナウイルス感染症の影響により休止'],
  ['集団療育プログラムの参加児童数', '人', 60, 38, '△', 57, '定員を1グループ8人から5人に縮小'],
  ['保護者学習会の満足度', '％', 90.0, 94.2, '◎', 92.8, 'アンケート回答者 41人'],
  ['関係機関連携会議の開催回数', '回', 6, 3, '×', 6, '書面開催 2回は含まない'],
];

const MARKS_TABLE: Holdout2Workbook = {
  name: 'r2-hattatsu-center-hyokahyo',
  layout: 'outside: こども発達支援センター 事業実績評価表, 目標／実績／達成率／評価 ◎○△× with a legend of bands only, 前年度実績 beside, notes with figures',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [32, 6, 14, 14, 10, 8, 12, 36]);
    merge(ws, 1, 1, 1, 8, '令和２年度　こども発達支援センター　事業実績評価表');
    put(ws, 2, 1, ['評価基準　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
    put(ws, 4, 1, ['項目', '単位', '令和２年度\n目標', '令和２年度\n実績', '達成率', '評価', '（参考）\n前年度実績', '備考']);
    MARK_ROWS.forEach(([name, unit, target, actual, mark, last, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, target, actual, actual / target, mark, last, note || undefined]);
      ws.getCell(r, 3).numFmt = unit === '％' ? '0.0' : '#,##0';
      ws.getCell(r, 4).numFmt = unit === '％' ? '0.0' : '#,##0';
      ws.getCell(r, 5).numFmt = '0.0%';
      ws.getCell(r, 7).numFmt = unit === '％' ? '0.0' : '#,##0';
    });
    box(ws, 4, 1, 9, 8);
    wrap(ws, 4, 1, 9, 8);
  },
  expected: {
    file: 'r2-hattatsu-center-hyokahyo.xlsx',
    fiscalYear: 2020,
    indicators: MARK_ROWS.map(([name, unit, target, actual, mark]) => ind(M_SHEET, name, unit, target, actual, { existing: mark })),
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows

const Y_SHEET = '実績推移';

const Y_YEARS = ['平成26年度', '平成27年度', '平成28年度', '平成29年度', '平成30年度', '令和元年度'];
const Y_INDICATORS: [string, string, number[], number[]][] = [
  ['通級指導教室の利用児童数', '人', [100, 110, 120, 130, 140, 150], [96, 108, 125, 133, 152]],
  ['ことばの教室の相談件数', '件', [420, 440, 460, 480, 500, 500], [401, 436, 452, 470, 446]],
  ['特別支援教育コーディネーター研修の修了者数', '人', [25, 30, 35, 40, 45, 50], [22, 31, 33, 41, 45]],
];

const YEARS_AS_ROWS: Holdout2Workbook = {
  name: 'h30-kotoba-sodan-suii',
  layout: 'outside: years as rows 平成26年度…令和元年度 (令和元年度 targets only), 目標／実績 pairs under each indicator heading with its unit in （）',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 28]);
    merge(ws, 1, 1, 1, 8, 'ことばと発達の相談室　実績推移（平成30年度評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    Y_INDICATORS.forEach(([name, unit], k) => {
      merge(ws, 3, 2 + k * 2, 3, 3 + k * 2, `${name}（${unit}）`);
      put(ws, 4, 2 + k * 2, ['目標', '実績']);
    });
    merge(ws, 3, 8, 4, 8, '備考');
    Y_YEARS.forEach((y, i) => {
      const r = 5 + i;
      put(ws, r, 1, [y]);
      Y_INDICATORS.forEach(([, , targets, actuals], k) => put(ws, r, 2 + k * 2, [targets[i], actuals[i]]));
    });
    put(ws, 9, 8, ['H30に通級指導教室を1教室増設']);
    put(ws, 10, 8, ['令和元年度は目標のみ']);
    box(ws, 3, 1, 10, 8);
    wrap(ws, 3, 1, 4, 8);
  },
  expected: {
    file: 'h30-kotoba-sodan-suii.xlsx',
    fiscalYear: 2018,
    indicators: Y_INDICATORS.map(([name, unit, targets, actuals]) => ind(Y_SHEET, name, unit, targets[4], actuals[4])),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [SERVICE_VOLUMES, JIGYO_SHEETS, MARKS_TABLE, YEARS_AS_ROWS];
