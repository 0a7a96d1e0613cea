/**
 * Hold-out 104, part 2: four workbooks outside the families, as a merged city's 地域振興 offices keep them (地域別目標 with a
 * 目標｜実績 pair per 地域 and 全市 last, 地域審議会 reports with one sheet per 地域 and the 地域の概況 on top, a 地域おこし協力隊
 * table with years as rows and a 配属地域別 breakdown, 過疎対策事業 評価調書 cards with a 地域別内訳 line).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const merge = (ws: Worksheet, r1: number, c1: number, r2: number, c2: number) => ws.mergeCells(r1, c1, r2, c2);

/** 地域別目標: indicators as rows, a 目標｜実績 pair per 地域 and 全市 last, ↑／↓ column. */
const chiikibetsu: Holdout2Workbook = {
  name: 'h104-chiikibetsu-mokuhyo',
  layout:
    '地域別目標: indicators as rows, 目標｜実績 pairs under merged 北辺地域 / 山根地域 / 川内地域 / 全市 headings (全市 last), 方向 ↑／↓ with legend, 「－」 district cells, a note that 全市 is the indicator',
  build(wb) {
    const s = '地域別目標';
    const ws = wb.addWorksheet(s);
    ws.getColumn(2).width = 34;
    put(ws, 1, 1, ['第2次北辺市地域振興計画　地域別目標の達成状況（令和5年度）']);
    merge(ws, 1, 1, 1, 13);
    put(ws, 3, 1, ['番号', '指標名', '単位', '北辺地域', '', '山根地域', '', '川内地域', '', '全市', '', '方向', '備考']);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [1, 2, 3, 12, 13]) merge(ws, 3, c, 4, c);
    for (const c of [4, 6, 8, 10]) merge(ws, 3, c, 3, c + 1);
    const rows: (string | number)[][] = [
      [1, '自主防災組織の組織率', '％', 92.0, 90.5, 85.0, 86.1, 80.0, 72.4, 90.0, 88.1, '↑', ''],
      [2, '地域サロンの設置数', 'か所', 24, 25, 12, 12, 8, 6, 44, 43, '↑', ''],
      [3, '高齢者見守り協力事業所数', '事業所', 60, 64, 18, 20, 10, 11, 88, 95, '↑', ''],
      [4, '1人1日当たりごみ排出量', 'g', 880, 902, 820, 808, 800, 791, 860, 871, '↓', '家庭系ごみ'],
      [5, '地域行事の参加者数', '人', 5000, 4120, 1800, 1630, 1200, 1280, 8000, 7030, '↑', '延べ人数'],
      [6, '路線バス・デマンド交通の利用者数', '人', 40000, 36800, 12000, 10950, 8000, 7610, 60000, 55360, '↑', ''],
      [7, '地域づくり人材育成講座の修了者数', '人', '－', '－', '－', '－', '－', '－', 40, 31, '↑', '全市で実施'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(ws, 13, 1, ['方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 14, 1, ['※市の指標としての達成状況は全市の数値で判断する。地域別の目標・実績は各地域審議会への報告用の内訳である。']);
    merge(ws, 14, 1, 14, 13);
  },
  expected: {
    file: 'h104-chiikibetsu-mokuhyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('地域別目標', '自主防災組織の組織率', '％', 90, 88.1),
      ind('地域別目標', '地域サロンの設置数', 'か所', 44, 43),
      ind('地域別目標', '高齢者見守り協力事業所数', '事業所', 88, 95),
      ind('地域別目標', '1人1日当たりごみ排出量', 'g', 860, 871, { direction: 'down' }),
      ind('地域別目標', '地域行事の参加者数', '人', 8000, 7030),
      ind('地域別目標', '路線バス・デマンド交通の利用者数', '人', 60000, 55360),
      ind('地域別目標', '地域づくり人材育成講座の修了者数', '人', 40, 31),
    ],
    groups: [],
  },
};

/** 地域審議会 reports: one sheet per 地域, the 地域の概況 line on top, 成果指標 rows with a written 評価 and the legend. */
const shingikai: Holdout2Workbook = {
  name: 'h104-shingikai-hokoku',
  layout:
    '地域審議会報告: one sheet per 地域 (山根地域, 川内地域, 北辺地域), 地域の概況 (人口・高齢化率) line on top, 主要事業｜成果指標｜単位｜目標値（R5）｜実績値（R5）｜達成率｜評価, a 未実施',
  build(wb) {
    const sheets: [string, string, string, (string | number)[][]][] = [
      [
        '山根地域',
        '山根地域審議会',
        '人口 7,150人　世帯数 2,950世帯　高齢化率 41.5％（令和6年3月31日現在）',
        [
          [1, '山根地域交流拠点整備事業', '交流センター利用者数', '人', 7000, 7385, 1.055, 'A', '継続'],
          [2, '伝統芸能継承支援事業', '神楽後継者育成講座の受講者数', '人', 15, 11, 0.733, 'B', '継続'],
          [3, '高齢者買物支援事業', '移動販売車の運行日数', '日', 150, 104, 0.693, 'C', '見直し'],
        ],
      ],
      [
        '川内地域',
        '川内地域審議会',
        '人口 4,210人　世帯数 1,780世帯　高齢化率 47.9％（令和6年3月31日現在）',
        [
          [1, '川内地区簡易水道統合整備事業', '管路更新延長', 'km', 3.2, 3.2, 1, 'A', '継続'],
          [2, 'グリーン・ツーリズム推進事業', '農家民泊受入人数', '人', 450, 413, 0.918, 'A', '継続'],
          [3, '川内温泉施設管理運営事業', '川内温泉入館者数', '人', 52000, 38940, 0.749, 'C', '見直し'],
          [4, '除雪体制整備事業', '除雪機械の更新台数', '台', 2, '未実施', '－', 'D', '継続'],
        ],
      ],
      [
        '北辺地域',
        '北辺地域審議会',
        '人口 29,870人　世帯数 12,910世帯　高齢化率 31.2％（令和6年3月31日現在）',
        [
          [1, '中心市街地活性化事業', '空き店舗活用件数', '件', 5, 6, 1.2, 'A', '継続'],
          [2, '北辺駅周辺整備事業', '駅前広場整備率', '％', 60, 45, 0.75, 'C', '継続'],
        ],
      ],
    ];
    for (const [s, council, outline, rows] of sheets) {
      const ws = wb.addWorksheet(s);
      [5, 30, 30, 7, 12, 12, 10, 7, 10, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
      put(ws, 1, 1, [`令和5年度　新市まちづくり計画　${s}の主要事業の進捗状況（${council}報告資料）`]);
      merge(ws, 1, 1, 1, 10);
      put(ws, 2, 1, ['地域の概況', undefined, outline]);
      merge(ws, 2, 1, 2, 2);
      merge(ws, 2, 3, 2, 10);
      put(ws, 4, 1, ['No.', '主要事業', '成果指標', '単位', '目標値\n（R5）', '実績値\n（R5）', '達成率', '評価', '今後の\n方向性', '備考']);
      rows.forEach((r, i) => {
        put(ws, 5 + i, 1, r);
        if (typeof r[6] === 'number') ws.getCell(5 + i, 7).numFmt = '0.0%';
      });
      if (s === '川内地域') put(ws, 8, 10, ['予算の都合により令和6年度に延期']);
      const n = 5 + rows.length + 1;
      put(ws, n, 1, ['評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満又は未実施']);
      merge(ws, n, 1, n, 10);
    }
  },
  expected: {
    file: 'h104-shingikai-hokoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('山根地域', '交流センター利用者数', '人', 7000, 7385, { existing: 'A' }),
      ind('山根地域', '神楽後継者育成講座の受講者数', '人', 15, 11, { existing: 'B' }),
      ind('山根地域', '移動販売車の運行日数', '日', 150, 104, { existing: 'C' }),
      ind('川内地域', '管路更新延長', 'km', 3.2, 3.2, { existing: 'A' }),
      ind('川内地域', '農家民泊受入人数', '人', 450, 413, { existing: 'A' }),
      ind('川内地域', '川内温泉入館者数', '人', 52000, 38940, { existing: 'C' }),
      ind('川内地域', '除雪機械の更新台数', '台', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('北辺地域', '空き店舗活用件数', '件', 5, 6, { existing: 'A' }),
      ind('北辺地域', '駅前広場整備率', '％', 60, 45, { existing: 'C' }),
    ],
    groups: [],
  },
};

/** 地域おこし協力隊: years as rows, a 目標｜実績 pair per measure, R6 with targets only, a 配属地域別 table below. */
const kyoryokutai: Holdout2Workbook = {
  name: 'h104-kyoryokutai',
  layout:
    '地域おこし協力隊: years as rows (令和元年度〜令和6年度, R6 targets only), 目標｜実績 pairs under five merged measure headings with units in them, 評価対象年度 stated, a 配属地域別隊員数 breakdown table below',
  build(wb) {
    const s = '協力隊';
    const ws = wb.addWorksheet(s);
    ws.getColumn(1).width = 12;
    put(ws, 1, 1, ['地域おこし協力隊　受入れ・定住の状況（地域振興課）']);
    merge(ws, 1, 1, 1, 12);
    put(ws, 2, 1, ['評価対象年度：令和5年度']);
    put(ws, 4, 1, [
      '年度',
      '協力隊員数（人）',
      '',
      '任期終了後の定住者数（累計）（人）',
      '',
      '起業者数（累計）（人）',
      '',
      '相談対応件数（件）',
      '',
      '活動報告会・地域イベント開催回数（回）',
      '',
      '備考',
    ]);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    merge(ws, 4, 1, 5, 1);
    merge(ws, 4, 12, 5, 12);
    for (const c of [2, 4, 6, 8, 10]) merge(ws, 4, c, 4, c + 1);
    const rows: (string | number | undefined)[][] = [
      ['令和元年度', 4, 3, 1, 1, 0, 0, 30, 26, 4, 4, ''],
      ['令和2年度', 5, 5, 2, 3, 1, 0, 40, 35, 4, 1, '感染症により報告会中止'],
      ['令和3年度', 6, 5, 4, 5, 1, 1, 45, 51, 6, 3, ''],
      ['令和4年度', 8, 7, 6, 7, 2, 1, 50, 58, 8, 8, ''],
      ['令和5年度', 10, 9, 9, 10, 3, 2, 60, 72, 10, 7, ''],
      ['令和6年度', 10, undefined, 12, undefined, 4, undefined, 60, undefined, 12, undefined, ''],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        6 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(ws, 13, 1, ['※隊員数は各年度末の在籍者数。定住者数・起業者数は平成27年度からの累計。']);
    put(ws, 15, 1, ['配属地域別の隊員数（令和5年度末）']);
    put(ws, 16, 1, ['地域', '北辺地域', '山根地域', '川内地域', '計']);
    put(ws, 17, 1, ['隊員数（人）', 3, 3, 3, 9]);
    put(ws, 18, 1, ['うち農業分野', 1, 2, 1, 4]);
  },
  expected: {
    file: 'h104-kyoryokutai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('協力隊', '協力隊員数', '人', 10, 9),
      ind('協力隊', '任期終了後の定住者数（累計）', '人', 9, 10),
      ind('協力隊', '起業者数（累計）', '人', 3, 2),
      ind('協力隊', '相談対応件数', '件', 60, 72),
      ind('協力隊', '活動報告会・地域イベント開催回数', '回', 10, 7),
    ],
    groups: [],
  },
};

/** 過疎対策事業 評価調書: one card per sheet, two 成果指標 each, a 地域別内訳 (参考) line repeating an indicator's name. */
const chosho: Holdout2Workbook = {
  name: 'h104-kaso-chosho',
  layout:
    '過疎対策事業評価調書: one label-value card per sheet (事業1〜3), 事業費 in 千円, two 成果指標 rows each, a 地域別内訳（参考） table whose row repeats an indicator name, one 自己評価 per 事業',
  build(wb) {
    const cards: [string, string, string, string, [string, string, number, number][], [string, number, number, number], string, string][] = [
      [
        '事業1',
        '若者定住促進住宅家賃補助事業',
        '1 移住・定住・地域間交流の促進、人材育成',
        '12,480千円',
        [
          ['交付世帯数', '世帯', 30, 26],
          ['補助世帯の3年後定住率', '％', 80, 84.6],
        ],
        ['交付世帯数', 14, 7, 5],
        'B',
        '継続',
      ],
      [
        '事業2',
        '集落支援員設置事業',
        '4 集落の整備',
        '21,900千円',
        [
          ['集落点検の実施集落数', '集落', 45, 38],
          ['集落支援員の配置人数', '人', 6, 6],
        ],
        ['集落点検の実施集落数', 0, 22, 16],
        'B',
        '継続',
      ],
      [
        '事業3',
        '地域公共交通確保維持事業',
        '3 交通施設の整備、交通手段の確保',
        '48,215千円',
        [
          ['デマンド交通利用者数', '人', 18000, 15120],
          ['路線バス1便当たり平均乗車人数', '人', 5.0, 3.8],
        ],
        ['デマンド交通利用者数', 0, 9240, 5880],
        'C',
        '見直し',
      ],
    ];
    for (const [s, name, area, cost, inds, split, grade, dir] of cards) {
      const ws = wb.addWorksheet(s);
      [18, 26, 10, 14, 14, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
      put(ws, 1, 1, ['令和5年度　過疎対策事業評価調書']);
      merge(ws, 1, 1, 1, 6);
      const labels: [string, string][] = [
        ['事業名', name],
        ['持続的発展施策区分', area],
        ['所管課', '地域振興課'],
        ['事業費（決算額）', cost],
        ['財源', '過疎対策事業債（ソフト分）'],
      ];
      labels.forEach(([l, v], i) => {
        put(ws, 3 + i, 1, [l, v]);
        merge(ws, 3 + i, 2, 3 + i, 6);
      });
      put(ws, 9, 1, ['成果指標', '指標名', '単位', '目標値（令和5年度）', '実績値（令和5年度）', '達成率']);
      inds.forEach(([n, u, t, a], i) => {
        put(ws, 10 + i, 2, [n, u, t, a, Math.round((a / t) * 1000) / 1000]);
        ws.getCell(10 + i, 6).numFmt = '0.0%';
      });
      merge(ws, 9, 1, 11, 1);
      put(ws, 13, 1, ['地域別内訳（参考）', '区分', '北辺地域', '山根地域', '川内地域', '計']);
      put(ws, 14, 2, [split[0], split[1] || '－', split[2], split[3], split[1] + split[2] + split[3]]);
      merge(ws, 13, 1, 14, 1);
      put(ws, 16, 1, ['自己評価', grade, 'A：十分な成果　B：概ね成果　C：成果が不十分　D：成果なし']);
      merge(ws, 16, 3, 16, 6);
      put(ws, 17, 1, ['今後の方向性', dir]);
    }
  },
  expected: {
    file: 'h104-kaso-chosho.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業1', '交付世帯数', '世帯', 30, 26),
      ind('事業1', '補助世帯の3年後定住率', '％', 80, 84.6),
      ind('事業2', '集落点検の実施集落数', '集落', 45, 38),
      ind('事業2', '集落支援員の配置人数', '人', 6, 6),
      ind('事業3', 'デマンド交通利用者数', '人', 18000, 15120),
      ind('事業3', '路線バス1便当たり平均乗車人数', '人', 5, 3.8),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [chiikibetsu, shingikai, kyoryokutai, chosho];
