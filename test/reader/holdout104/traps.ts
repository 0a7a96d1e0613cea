/**
 * Hold-out 104, part 3: three traps of a merged city's district breakdowns (an indicator's name merged down its 地区 rows with
 * 全市 last, where the first row is a district's and the note says the city is graded on 全市; a 地域審議会 資料 held in 令和6年度
 * about 令和5年度, with next year's targets beside this year's and 参考 人口・高齢化率 rows in the table; a 地域別目標 whose last
 * columns are the 旧町村 breakdown of the 全市 actual and one of whose targets is 「現状維持」 of the 基準値).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const merge = (ws: Worksheet, r1: number, c1: number, r2: number, c2: number) => ws.mergeCells(r1, c1, r2, c2);

/** 指標 merged down four 地区 rows, 全市 last; only the 全市 row carries the 評価. */
const chiku: Holdout2Workbook = {
  name: 'h104-trap-chiku-zenshi',
  layout:
    'trap: each 指標 merged down 北辺地区 / 山根地区 / 川内地区 / 全市 rows, each with 目標値（R5）｜実績値（R5）｜達成率, 評価 only on the 全市 row, a note that the city is graded on 全市 (the first row is a district)',
  build(wb) {
    const s = '地区別';
    const ws = wb.addWorksheet(s);
    [30, 12, 8, 12, 12, 10, 8, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    put(ws, 1, 1, ['令和5年度　地域福祉・地域づくり指標の地区別達成状況']);
    merge(ws, 1, 1, 1, 8);
    put(ws, 2, 1, ['※市の指標としての評価は「全市」の行で行う。地区別の目標は各地区まちづくり計画の参考値である。']);
    merge(ws, 2, 1, 2, 8);
    put(ws, 4, 1, ['指標', '地区', '単位', '目標値（R5）', '実績値（R5）', '達成率', '評価', '備考']);
    const data: [string, string, [number | string, number | string][], string, string][] = [
      [
        '自主防災組織の組織率',
        '％',
        [
          [92.0, 93.1],
          [85.0, 86.1],
          [80.0, 72.4],
          [90.0, 88.1],
        ],
        'B',
        '',
      ],
      [
        '見守りネットワーク協力事業所数',
        '事業所',
        [
          [60, 64],
          [18, 20],
          [10, 11],
          [88, 95],
        ],
        'A',
        '',
      ],
      [
        '地域サロン参加者数（延べ）',
        '人',
        [
          [6000, 5210],
          [2400, 2530],
          [1600, 1120],
          [10000, 8860],
        ],
        'B',
        '川内地区は会場改修で休止期間あり',
      ],
      [
        '地区行事への子どもの参加率',
        '％',
        [
          [40.0, 35.2],
          [50.0, 52.3],
          [50.0, 41.0],
          [45.0, 38.9],
        ],
        'B',
        '',
      ],
      [
        '集落支援員による巡回回数',
        '回',
        [
          ['－', '－'],
          [120, 131],
          [100, 88],
          [220, 219],
        ],
        'A',
        '北辺地区は配置なし',
      ],
    ];
    const districts = ['北辺地区', '山根地区', '川内地区', '全市'];
    data.forEach(([name, unit, figs, grade, note], i) => {
      const r = 5 + i * 4;
      figs.forEach(([t, a], j) => {
        const rate = typeof t === 'number' && typeof a === 'number' ? Math.round((a / t) * 1000) / 1000 : '－';
        put(ws, r + j, 2, [districts[j], unit, t, a, rate, j === 3 ? grade : '－']);
        if (typeof rate === 'number') ws.getCell(r + j, 6).numFmt = '0.0%';
      });
      put(ws, r, 1, [name]);
      merge(ws, r, 1, r + 3, 1);
      if (note) put(ws, r, 8, [note]);
      if (note) merge(ws, r, 8, r + 3, 8);
    });
    put(ws, 26, 1, ['評価　A：目標達成（100％以上）　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ（60％未満）']);
    merge(ws, 26, 1, 26, 8);
  },
  expected: {
    file: 'h104-trap-chiku-zenshi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('地区別', '自主防災組織の組織率', '％', 90, 88.1, { existing: 'B' }),
      ind('地区別', '見守りネットワーク協力事業所数', '事業所', 88, 95, { existing: 'A' }),
      ind('地区別', '地域サロン参加者数（延べ）', '人', 10000, 8860, { existing: 'B' }),
      ind('地区別', '地区行事への子どもの参加率', '％', 45, 38.9, { existing: 'B' }),
      ind('地区別', '集落支援員による巡回回数', '回', 220, 219, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** A 地域審議会 資料 of 令和6年度 about 令和5年度: R4実績 | R5目標 | R5実績 | R6目標, 参考 rows of 人口・高齢化率 in the table. */
const shingikai: Holdout2Workbook = {
  name: 'h104-trap-shingikai-r6',
  layout:
    'trap: 令和6年度第1回川内地域審議会 資料2 (開催日 令和6年7月25日) on 令和5年度の取組; 令和4年度実績｜令和5年度目標｜令和5年度実績｜令和6年度目標 columns, （参考）人口・高齢化率 rows with figures but no target inside the table',
  build(wb) {
    const s = '資料2';
    const ws = wb.addWorksheet(s);
    [14, 34, 6, 12, 12, 12, 12, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    put(ws, 1, 1, ['令和6年度 第1回 川内地域審議会　資料2']);
    put(ws, 1, 8, ['開催日：令和6年7月25日（木）']);
    put(ws, 2, 1, ['令和5年度　川内地域の主な取組と指標の状況']);
    merge(ws, 2, 1, 2, 7);
    put(ws, 3, 8, ['川内支所地域振興係']);
    put(ws, 4, 1, ['区分', '指標', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '令和6年度\n目標', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['地域の概況', '（参考）人口', '人', 4310, '－', 4210, '－', '各年度末の住民基本台帳'],
      [undefined, '（参考）高齢化率', '％', 46.8, '－', 47.9, '－', ''],
      ['交流・観光', '農家民泊受入人数', '人', 398, 450, 413, 470, ''],
      [undefined, '川内温泉入館者数', '人', 41200, 52000, 38940, 52000, 'ボイラー故障で12月に休館'],
      ['暮らし・福祉', '雪下ろし支援件数', '件', 41, 50, 38, 50, '少雪のため'],
      [undefined, '地区行事の参加者数', '人', 1190, 1200, 1280, 1250, ''],
      [undefined, '高齢者サロン開催回数', '回', 84, 96, 90, 96, ''],
      ['地域づくり', '地域おこし協力隊員数（川内地域）', '人', 2, 3, 3, 4, ''],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    merge(ws, 5, 1, 6, 1);
    merge(ws, 7, 1, 8, 1);
    merge(ws, 9, 1, 11, 1);
    put(ws, 14, 1, ['※（参考）の項目は地域の状況を示すもので、目標は設定していない。']);
  },
  expected: {
    file: 'h104-trap-shingikai-r6.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('資料2', '農家民泊受入人数', '人', 450, 413),
      ind('資料2', '川内温泉入館者数', '人', 52000, 38940),
      ind('資料2', '雪下ろし支援件数', '件', 50, 38),
      ind('資料2', '地区行事の参加者数', '人', 1200, 1280),
      ind('資料2', '高齢者サロン開催回数', '回', 96, 90),
      ind('資料2', '地域おこし協力隊員数（川内地域）', '人', 3, 3),
    ],
    groups: [],
  },
};

/** 基準値（R2）｜目標値（R7）｜令和5年度実績 (全市 | 旧北辺町 | 旧山根町 | 旧川内村); one target 「現状維持」. */
const fin = (name: string, unit: string, target: number, actual: number): ExpectedIndicator => ({
  ...ind('地域別', name, unit, target, actual),
  targetSource: 'final',
});

const genjo: Holdout2Workbook = {
  name: 'h104-trap-genjo-iji',
  layout:
    'trap: 基準値（令和2年度）｜目標値（令和7年度）｜令和5年度実績 split into 全市 and 旧北辺町 / 旧山根町 / 旧川内村 (the last numeric column is a 旧村), one target 「現状維持」 (the 基準値), a 「－」 breakdown cell',
  build(wb) {
    const s = '地域別';
    const ws = wb.addWorksheet(s);
    [5, 36, 8, 14, 14, 10, 10, 10, 10, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    put(ws, 1, 1, ['新市まちづくり計画　地域づくりの指標（令和5年度実績）']);
    merge(ws, 1, 1, 1, 10);
    put(ws, 3, 1, ['No.', '指標', '単位', '基準値\n（令和2年度）', '目標値\n（令和7年度）', '令和5年度実績', '', '', '', '備考']);
    put(ws, 4, 6, ['全市', '旧北辺町', '旧山根町', '旧川内村']);
    for (const c of [1, 2, 3, 4, 5, 10]) merge(ws, 3, c, 4, c);
    merge(ws, 3, 6, 3, 9);
    const rows: (string | number | undefined)[][] = [
      [1, '地域自治協議会の設立数', '協議会', 8, 12, 11, 6, 3, 2, ''],
      [2, '地域行事の実施数', '件', 48, '現状維持', 45, 24, 13, 8, '合併前からの伝統行事を含む'],
      [3, '空き家バンク登録件数（累計）', '件', 38, 105, 85, 41, 27, 17, ''],
      [4, '観光入込客数', '千人', 412, 520, 468, 210, 150, 108, '暦年'],
      [5, '見守り対象世帯への訪問率', '％', 72.0, 90.0, 91.2, 93.0, 89.5, 88.0, ''],
      [6, '公共交通空白地域の解消率', '％', 40, 100, 55.0, '－', 60.0, 50.0, '旧北辺町は空白地域なし'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(ws, 12, 1, ['※目標値は計画最終年度（令和7年度）の値。内訳は旧市町村の区域による。']);
  },
  expected: {
    file: 'h104-trap-genjo-iji.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin('地域自治協議会の設立数', '協議会', 12, 11),
      fin('地域行事の実施数', '件', 48, 45),
      fin('空き家バンク登録件数（累計）', '件', 105, 85),
      fin('観光入込客数', '千人', 520, 468),
      fin('見守り対象世帯への訪問率', '％', 90, 91.2),
      fin('公共交通空白地域の解消率', '％', 100, 55),
    ],
    groups: [],
    guesses: ['target-from-baseline'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [chiku, shingikai, genjo];
