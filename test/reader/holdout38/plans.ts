/**
 * Hold-out 38, plan and KPI tables outside the four families: a 総合計画 実施計画 with 前期/後期 targets,
 * one indicator per row with R4実績 | R5目標 | R5実績 | R6目標 and the period in a header block, two
 * KPI tables stacked on one sheet with no evaluation year stated, indicators as columns, and an
 * environment plan's annual report whose latest value is of an earlier year for one indicator.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const JISSHI = '成果指標';

/** 政策, 成果指標, 単位, 目指す方向, 基準値（H30）, 目標値(R3), 実績値(R3), 目標値(R7), 実績値(R4), 実績値(R5), 実績値(R6), 備考 */
const JISSHI_ROWS: (string | number | undefined)[][] = [
  ['１ 子育て・教育', '不登校児童生徒の割合', '%', '減少', 1.8, 1.6, 2.1, 1.5, 2.4, 2.2],
  [undefined, '放課後子ども教室の参加者数', '人', '増加', '3,200', '3,600', '2,150', '4,000', '2,880', '3,050'],
  [undefined, '全国学力調査で全国平均を上回った教科の割合', '%', '増加', 50, 60, 50, 75, 50, 75],
  ['２ 健康・福祉', '特定健康診査受診率', '%', '増加', 41.2, 50, 44.8, 60, 46.1, '47.5（見込み）'],
  [undefined, '介護予防サロンの設置数', 'か所', '増加', 38, 45, 47, 55, 50, 56],
  [undefined, '要介護認定率', '%', '抑制', 19.8, 20.5, 20.1, 21.0, 20.6, 20.9],
  ['３ 産業・観光', '製造品出荷額等', '億円', '増加', '2,150', '2,300', '2,410', '2,500', '2,380', '調査中', undefined, '工業統計の公表は翌々年度'],
  [undefined, '観光入込客数', '万人', '増加', 185, 150, 98, 200, 142, 176],
];

/** 総合計画 実施計画: a 前期 block (目標値 R3, 実績値 R3) then a 後期 block (目標値 R7, 実績値 R4…R7); the year R5 is judged against 後期's R7 target. */
const jisshi: Holdout2Workbook = {
  name: 'h38-04-jisshi-keikaku-zenki-kouki',
  layout:
    "総合計画 実施計画: two-row heading 前期基本計画 (目標値R3, 実績値R3) | 後期基本計画 (目標値R7, 実績値R4…R6), 目指す方向 column 増加/減少/抑制, 評価対象年度 stated, 見込み and 調査中 (last year's actual beside it)",
  build(wb) {
    const ws = wb.addWorksheet(JISSHI);
    put(ws, 1, 1, ['第２次宮古市総合計画　実施計画　成果指標の状況']);
    put(ws, 2, 1, [
      '評価対象年度：令和５年度',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '政策企画課',
    ]);
    put(ws, 4, 1, [
      '政策',
      '成果指標',
      '単位',
      '目指す方向',
      '基準値（H30）',
      '前期基本計画',
      undefined,
      '後期基本計画',
      undefined,
      undefined,
      undefined,
      '備考',
    ]);
    put(ws, 5, 6, ['目標値(R3)', '実績値(R3)', '目標値(R7)', '実績値(R4)', '実績値(R5)', '実績値(R6)']);
    for (const [a, b] of [
      ['A4', 'A5'],
      ['B4', 'B5'],
      ['C4', 'C5'],
      ['D4', 'D5'],
      ['E4', 'E5'],
      ['F4', 'G4'],
      ['H4', 'K4'],
      ['L4', 'L5'],
    ])
      ws.mergeCells(`${a}:${b}`);
    JISSHI_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    ws.mergeCells('A6:A8');
    ws.mergeCells('A9:A11');
    ws.mergeCells('A12:A13');
  },
  expected: {
    file: 'h38-04-jisshi-keikaku-zenki-kouki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(JISSHI, '不登校児童生徒の割合', '%', 1.5, 2.2, { direction: 'down' }),
      ind(JISSHI, '放課後子ども教室の参加者数', '人', 4000, 3050),
      ind(JISSHI, '全国学力調査で全国平均を上回った教科の割合', '%', 75, 75),
      ind(JISSHI, '特定健康診査受診率', '%', 60, 47.5, { actualStatus: 'provisional' }),
      ind(JISSHI, '介護予防サロンの設置数', 'か所', 55, 56),
      ind(JISSHI, '要介護認定率', '%', 21, 20.9, { direction: 'down' }),
      ind(JISSHI, '製造品出荷額等', '億円', 2500, null, { actualStatus: 'pending' }),
      ind(JISSHI, '観光入込客数', '万人', 200, 176),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

const ICHIRAN = '指標一覧';

/** A header block (計画名 / 評価年度 2023年度 / 所管課) above one indicator per row: R4実績 | R5目標 | R5実績 | R6目標. */
const twoYears: Holdout2Workbook = {
  name: 'h38-06-header-block-two-years',
  layout:
    'header block 計画名 / 評価年度「2023年度」/ 所管課, then No | 指標名 | 単位 | R4実績 | R5目標 | R5実績 | R6目標 | 備考; full-width digits, 未実施, a down indicator marked in 備考, an exact 100 %',
  build(wb) {
    const ws = wb.addWorksheet(ICHIRAN);
    put(ws, 1, 1, ['施策評価調書（成果指標）']);
    put(ws, 3, 1, ['計画名', '第２次遠野市総合計画 後期基本計画']);
    put(ws, 4, 1, ['評価年度', '2023年度']);
    put(ws, 5, 1, ['所管課', '経営企画課']);
    ws.mergeCells('B3:E3');
    put(ws, 7, 1, ['No', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', 'R6目標', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['市内宿泊者数', '人', '58,200', '65,000', '61,480', '70,000'],
      ['道の駅利用者数', '千人', '４２０', '４５０', '４６２', '４７０'],
      ['森林整備面積', 'ha', 180, 220, '１２１．５', 230],
      ['遠野ふるさと学習参加児童数', '人', 540, 600, '未実施', 600, '講師を確保できず実施できなかった'],
      ['ごみの１人１日当たり排出量', 'g', 880, 860, 871, 850, '少ないほど良い指標'],
      ['市民活動団体登録数', '団体', 48, 50, 50, 52],
    ];
    rows.forEach((row, i) => put(ws, 8 + i, 1, [i + 1, ...row]));
  },
  expected: {
    file: 'h38-06-header-block-two-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(ICHIRAN, '市内宿泊者数', '人', 65000, 61480),
      ind(ICHIRAN, '道の駅利用者数', '千人', 450, 462),
      ind(ICHIRAN, '森林整備面積', 'ha', 220, 121.5),
      ind(ICHIRAN, '遠野ふるさと学習参加児童数', '人', 600, null, { actualStatus: 'not-implemented' }),
      ind(ICHIRAN, 'ごみの１人１日当たり排出量', 'g', 860, 871, { direction: 'down' }),
      ind(ICHIRAN, '市民活動団体登録数', '団体', 50, 50),
    ],
    groups: [],
  },
};

const MACHI = 'まちづくり指標';

/** 指標, 単位, 2021…2024年度 目標, 2021…2023年度 実績 */
const MACHI_TABLES: [string, [string, string, (number | string)[], (number | string)[]][]][] = [
  [
    '【施策１】農業の振興',
    [
      ['新規就農者数', '人', [6, 6, 7, 7], [5, 8, '4人']],
      ['農産物直売所の販売額', '百万円', [210, 220, 230, 240], [198, 226, 251]],
      ['スマート農業機器の導入戸数', '戸', [10, 15, 20, 25], [8, 12, '１７']],
    ],
  ],
  [
    '【施策２】商工業の振興',
    [
      ['中心市街地の歩行者通行量（平日）', '人', ['3,500', '3,600', '3,700', '3,800'], ['3,020', '3,110', '2,960']],
      ['創業件数', '件', [8, 9, 10, 11], [9, 7, 11]],
      ['市内事業所の従業者数', '人', ['10,300', '10,200', '10,100', '10,000'], ['10,420', '10,305', '10,150']],
    ],
  ],
];

/** Two KPI tables stacked on one sheet, 目標/実績 rows per KPI under 2021…2024年度 columns; no evaluation year anywhere (the latest actuals are 2023年度). */
const twoTables: Holdout2Workbook = {
  name: 'h38-08-stacked-tables-no-year',
  layout:
    'two KPI tables stacked on one sheet (【施策１】, 【施策２】), KPI merged over 目標/実績 rows, 2021年度…2024年度 columns (2024 targets only), no evaluation year stated; targets falling below the baseline while more is better',
  build(wb) {
    const ws = wb.addWorksheet(MACHI);
    put(ws, 1, 1, ['名寄市まちづくり指標の推移']);
    let r = 3;
    for (const [title, kpis] of MACHI_TABLES) {
      put(ws, r, 1, [title]);
      put(ws, r + 1, 1, ['指標', '単位', '区分', '2021年度', '2022年度', '2023年度', '2024年度']);
      r += 2;
      for (const [name, unit, targets, actuals] of kpis) {
        put(ws, r, 1, [name, unit, '目標', ...targets]);
        put(ws, r + 1, 3, ['実績', ...actuals]);
        ws.mergeCells(r, 1, r + 1, 1);
        ws.mergeCells(r, 2, r + 1, 2);
        r += 2;
      }
      r += 2;
    }
    put(ws, r, 1, ['資料：農政課、商工観光課調べ']);
  },
  expected: {
    file: 'h38-08-stacked-tables-no-year.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind(MACHI, '新規就農者数', '人', 7, 4),
      ind(MACHI, '農産物直売所の販売額', '百万円', 230, 251),
      ind(MACHI, 'スマート農業機器の導入戸数', '戸', 20, 17),
      ind(MACHI, '中心市街地の歩行者通行量（平日）', '人', 3700, 2960),
      ind(MACHI, '創業件数', '件', 10, 11),
      ind(MACHI, '市内事業所の従業者数', '人', 10100, 10150),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [jisshi, twoYears, twoTables];
