/**
 * Hold-out set 96, layouts outside the four families as prefectures and their regional offices write them: a 広域振興局
 * workbook with a 表紙 and one sheet per 振興局, each with its own 目標値（R5） and a 達成度 a〜d with its legend; a 保健所別
 * workbook with years as rows (令和元年度〜令和6年度) and 目標値｜実績値 per indicator, the 食中毒 target 0; a 県の政策評価調書
 * whose 実績値（R5） is 全県 with 地域別内訳（参考） columns beside it and 「達成／概ね達成／未達成」 with its legend; a
 * 事務事業評価調書 per 事業 of the 土木事務所 with a 事業費 table (千円, 従事職員数) above the 活動指標／成果指標 rows and a 総合評価.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merged, shade, widths } from './families';

// ---------------------------------------------------------------------------------------------------------------------
// 広域振興局別の地域振興プラン指標

type Row = [string, string, string, number, number, number | string, string, string];

const REGIONS: [string, Row[]][] = [
  [
    '県北広域振興局',
    [
      ['地域資源を生かした農林業の振興', '雑穀の作付面積', 'ha', 420, 450, 402, 'b', '天候不順により作付が減少'],
      ['', '短角牛の出荷頭数', '頭', 1150, 1200, 1236, 'a', ''],
      ['交流人口の拡大', '体験型観光の受入者数', '人', 5200, 8000, 4912, 'c', '教育旅行の受入が回復途上'],
    ],
  ],
  [
    '県央広域振興局',
    [
      ['ものづくり産業の集積', 'ものづくり企業の新規立地・増設件数', '件', 12, 15, 17, 'a', ''],
      ['暮らしを支える交通', '公共交通機関（バス・鉄道）の利用者数', '千人', 18420, 19500, 17380, 'b', ''],
      ['子育て支援', 'ファミリー・サポート・センターの会員数', '人', 3100, 3400, 1980, 'c', '会員登録の更新時に退会が多数'],
    ],
  ],
  [
    '県南広域振興局',
    [
      ['自動車関連産業の振興', '自動車関連産業の製造品出荷額', '億円', 6520, 7000, '－', '－', '経済構造実態調査の公表待ち'],
      ['農業の振興', 'りんご新品種の栽培面積', 'ha', 35, 60, 58.2, 'b', ''],
      ['観光の振興', '世界遺産平泉の観光客入込数', '千人', 1402, 1900, 1983, 'a', ''],
    ],
  ],
  [
    '沿岸広域振興局',
    [
      ['水産業の再生', '水産加工品の製造品出荷額', '億円', 1052, 1150, 998, 'b', ''],
      ['', '新規漁業就業者数', '人', 28, 35, 19, 'd', ''],
      ['震災の教訓の伝承', '震災伝承施設の来館者数', '千人', 212, 300, 318, 'a', ''],
    ],
  ],
];

const regionSheets: Holdout2Workbook = {
  name: 'h96-out-shinkokyoku-betsu',
  layout:
    '表紙 and one sheet per 広域振興局, each with its own 現状値（R2）｜目標値（R5）｜実績値（R5）｜達成度 a〜d and the legend under the table, a 取組項目 merged over two rows, 「－」 awaiting a 国の統計',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    widths(cover, [4, 70]);
    cover.getCell('B3').value = '令和５年度　地域振興プラン　政策評価結果（広域振興局別）';
    cover.getCell('B3').font = { bold: true, size: 16 };
    cover.getCell('B5').value = '評価対象年度：令和５年度';
    cover.getCell('B7').value = '各広域振興局の指標・目標値は、地域振興プラン（令和元年度～令和５年度）において局ごとに設定したもの。';
    cover.getCell('B8').value = '達成度は、目標値に対する実績値の割合により a～d の４区分で表示している（各シートの凡例参照）。';
    cover.getCell('B10').value = '政策企画部　政策企画課';
    for (const [office, rows] of REGIONS) {
      const ws = wb.addWorksheet(office);
      widths(ws, [5, 24, 34, 7, 11, 11, 11, 8, 26]);
      ws.getCell('A1').value = `令和５年度　${office}　地域振興プラン　具体的推進方策指標の達成状況`;
      ws.getCell('A1').font = { bold: true, size: 13 };
      put(ws, 3, 1, ['No.', '取組項目', '指標名', '単位', '現状値\n（R2）', '目標値\n（R5）', '実績値\n（R5）', '達成度', '備考']);
      shade(ws, 3, 1, 9);
      ws.getRow(3).height = 32;
      rows.forEach((row, i) =>
        put(
          ws,
          4 + i,
          1,
          [i + 1, ...row].map((v) => (v === '' ? undefined : v)),
        ),
      );
      for (let i = 0; i < rows.length; i++) if (rows[i][0] && i + 1 < rows.length && !rows[i + 1][0]) merged(ws, 4 + i, 2, 5 + i, 2, rows[i][0]);
      box(ws, 3, 1, 3 + rows.length, 9);
      ws.getCell(5 + rows.length, 1).value =
        '【達成度】　a：達成（達成率100％以上）　b：概ね達成（80％以上100％未満）　c：やや遅れ（60％以上80％未満）　d：遅れ（60％未満）';
      ws.getCell(6 + rows.length, 1).value = '※達成率＝実績値÷目標値';
    }
  },
  expected: {
    file: 'h96-out-shinkokyoku-betsu.xlsx',
    fiscalYear: 2023,
    indicators: REGIONS.flatMap(([office, rows]) =>
      // The computed grade is the configured scale's (B); the legend restates that scale in lower case, so the written 「b」
      // is B (changed twice after the first run, index.ts).
      rows.map(([, name, unit, , target, actual, written]) =>
        typeof actual === 'number'
          ? ind(office, name, unit, target, actual, { existing: written.toUpperCase() })
          : ind(office, name, unit, target, null, { actualStatus: 'not-applicable' }),
      ),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 保健所別、年度が行の表

const HEALTH_YEARS = ['令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'];

interface Office {
  sheet: string;
  towns: string;
  /** Per year: [健診目標, 健診実績, 結核目標, 結核実績, 食中毒目標, 食中毒実績]. */
  rows: (number | null)[][];
}

const OFFICES: Office[] = [
  {
    sheet: '県全体',
    towns: '県内全市町村',
    rows: [
      [52.0, 50.8, 10.0, 10.8, 0, 5],
      [54.0, 44.9, 9.5, 9.9, 0, 2],
      [56.0, 49.7, 9.0, 9.1, 0, 4],
      [57.0, 52.3, 8.5, 9.4, 0, 1],
      [58.0, 54.6, 8.0, 8.6, 0, 3],
      [60.0, null, 7.5, null, 0, null],
    ],
  },
  {
    sheet: '中央保健所',
    towns: '中央市、東山町、西川村',
    rows: [
      [55.0, 53.1, 10.0, 9.2, 0, 2],
      [56.0, 47.2, 9.5, 8.8, 0, 0],
      [57.0, 52.0, 9.0, 8.1, 0, 1],
      [58.5, 55.6, 8.5, 7.9, 0, 0],
      [60.0, 57.3, 8.0, 7.1, 0, 0],
      [61.0, null, 7.5, null, 0, null],
    ],
  },
  {
    sheet: '北部保健所',
    towns: '北野市、北浜町、山田町、奥沢村',
    rows: [
      [50.0, 45.2, 10.0, 12.1, 0, 1],
      [52.0, 40.3, 9.5, 11.6, 0, 1],
      [54.0, 43.8, 9.0, 10.9, 0, 2],
      [56.0, 45.0, 8.5, 11.2, 0, 0],
      [58.0, 46.1, 8.0, 10.4, 0, 2],
      [60.0, null, 7.5, null, 0, null],
    ],
  },
  {
    sheet: '南部保健所',
    towns: '南里市、大原町',
    rows: [
      [53.0, 52.7, 10.0, 10.2, 0, 2],
      [54.0, 48.1, 9.5, 9.8, 0, 1],
      [55.0, 53.9, 9.0, 9.3, 0, 1],
      [56.0, 56.4, 8.5, 9.0, 0, 1],
      [57.0, 58.2, 8.0, 8.9, 0, 1],
      [58.0, null, 7.5, null, 0, null],
    ],
  },
];

const healthOffices: Holdout2Workbook = {
  name: 'h96-out-hokenjo-suii',
  layout:
    'one sheet per 保健所 (and 県全体), years as rows 令和元年度〜令和６年度, two heading rows: 「特定健康診査受診率（％）」「結核り患率（人口10万対）」「食中毒発生件数（件）」 each over 目標値｜実績値, the 食中毒 target 0, a note naming the 減少 indicators',
  build(wb) {
    for (const o of OFFICES) {
      const ws = wb.addWorksheet(o.sheet);
      widths(ws, [14, 11, 11, 11, 11, 11, 11]);
      ws.getCell('A1').value = `令和５年度　圏域別健康指標の推移（${o.sheet === '県全体' ? '県全体' : `${o.sheet}管内`}）`;
      ws.getCell('A1').font = { bold: true, size: 13 };
      ws.getCell('A2').value = `評価対象年度：令和５年度　　対象：${o.towns}`;
      merged(ws, 4, 1, 5, 1, '年度');
      merged(ws, 4, 2, 4, 3, '特定健康診査受診率（％）');
      merged(ws, 4, 4, 4, 5, '結核り患率（人口10万対）');
      merged(ws, 4, 6, 4, 7, '食中毒発生件数（件）');
      put(ws, 5, 2, ['目標値', '実績値', '目標値', '実績値', '目標値', '実績値']);
      shade(ws, 4, 1, 7);
      shade(ws, 5, 1, 7);
      o.rows.forEach((row, i) => put(ws, 6 + i, 1, [HEALTH_YEARS[i], ...row]));
      box(ws, 4, 1, 5 + o.rows.length, 7);
      ws.getCell(7 + o.rows.length, 1).value = '※結核り患率及び食中毒発生件数は、減少を目指す指標。';
      ws.getCell(8 + o.rows.length, 1).value = '※特定健康診査受診率は管内市町村国保の法定報告値。結核り患率は暦年の値。';
    }
  },
  expected: {
    file: 'h96-out-hokenjo-suii.xlsx',
    fiscalYear: 2023,
    indicators: OFFICES.flatMap((o) => {
      const r = o.rows[4] as number[];
      return [
        ind(o.sheet, '特定健康診査受診率', '％', r[0], r[1]),
        ind(o.sheet, '結核り患率', '人口10万対', r[2], r[3], { direction: 'down' }),
        ind(o.sheet, '食中毒発生件数', '件', r[4], r[5], { direction: 'down' }),
      ];
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 政策評価調書: 全県 and 地域別内訳（参考）

const S3 = '施策評価調書';
type Chosho = [string, string, number, number, number, (number | string)[], string, string, 'up' | 'down'];
const CHOSHO: Chosho[] = [
  ['認定農業者数', '経営体', 6850, 7000, 6712, [1210, 2480, 2305, 717], '概ね達成', '', 'up'],
  ['新規林業就業者数', '人', 102, 120, 131, [24, 38, 45, 24], '達成', '', 'up'],
  ['担い手への農地集積率', '％', 58.3, 65.0, 61.2, [52.8, 66.4, 63.9, 41.0], '概ね達成', '', 'up'],
  ['スマート農業技術を導入した経営体数（累計）', '経営体', 180, 400, 296, [48, 121, 104, 23], '未達成', '', 'up'],
  ['新規漁業就業者数', '人', 42, 50, 38, ['－', '－', '－', 38], '概ね達成', '沿岸地域のみ', 'up'],
  ['農業産出額', '億円', 2651, 2800, 2843, [512, 1064, 1138, 129], '達成', '令和5年（暦年）の値', 'up'],
  ['野生鳥獣による農作物被害額', '百万円', 512, 450, 468, [141, 98, 172, 57], '概ね達成', '減少を目指す指標', 'down'],
];

const chosho: Holdout2Workbook = {
  name: 'h96-out-chosho-zenken-chiiki',
  layout:
    '県の政策評価調書: label rows (政策・施策・主担当部・評価対象年度) over a table whose 実績値（R5） is 全県 with 地域別内訳（参考） 県北｜県央｜県南｜沿岸 beside it, a 達成率 column (％ format), 達成状況 「達成／概ね達成／未達成」 and its legend, a 減少 indicator marked in 備考',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [5, 34, 9, 10, 10, 10, 9, 9, 9, 9, 9, 11, 20]);
    ws.getCell('A1').value = '令和５年度　政策評価調書（施策評価）';
    ws.getCell('A1').font = { bold: true, size: 14 };
    const labels: [string, string][] = [
      ['政策', 'Ⅳ　産業・雇用'],
      ['施策', '4-2　農林水産業の担い手の確保と生産性の向上'],
      ['主担当部', '農林水産部（農政企画課）'],
      ['評価対象年度', '令和５年度'],
    ];
    labels.forEach(([k, v], i) => {
      merged(ws, 3 + i, 1, 3 + i, 2, k);
      merged(ws, 3 + i, 3, 3 + i, 8, v);
    });
    box(ws, 3, 1, 6, 8);
    ws.getCell('A8').value = '１　成果指標の達成状況';
    ws.getCell('A8').font = { bold: true };
    merged(ws, 9, 1, 10, 1, 'No.');
    merged(ws, 9, 2, 10, 2, '成果指標');
    merged(ws, 9, 3, 10, 3, '単位');
    merged(ws, 9, 4, 10, 4, '基準値\n（R2）');
    merged(ws, 9, 5, 10, 5, '目標値\n（R5）');
    ws.getCell(9, 6).value = '実績値（R5）';
    ws.getCell(10, 6).value = '全県';
    merged(ws, 9, 7, 9, 10, '地域別内訳（参考）');
    put(ws, 10, 7, ['県北', '県央', '県南', '沿岸']);
    merged(ws, 9, 11, 10, 11, '達成率');
    merged(ws, 9, 12, 10, 12, '達成状況');
    merged(ws, 9, 13, 10, 13, '備考');
    shade(ws, 9, 1, 13);
    shade(ws, 10, 1, 13);
    CHOSHO.forEach(([name, unit, base, target, actual, regions, written, note, way], i) => {
      const r = 11 + i;
      put(ws, r, 1, [i + 1, name, unit, base, target, actual, ...regions]);
      const rate = way === 'down' ? target / actual : actual / target;
      ws.getCell(r, 11).value = Math.round(rate * 1000) / 1000;
      ws.getCell(r, 11).numFmt = '0.0%';
      put(ws, r, 12, [written, note || undefined]);
    });
    const end = 10 + CHOSHO.length;
    box(ws, 9, 1, end, 13);
    ws.getCell(end + 2, 1).value = '【達成状況の区分】　達成：達成率100％以上　概ね達成：達成率80％以上100％未満　未達成：達成率80％未満';
    ws.getCell(end + 3, 1).value = '※達成率＝実績値÷目標値（減少を目指す指標は目標値÷実績値）';
    ws.getCell(end + 4, 1).value = '※地域別内訳は各地域振興局が把握した値を参考として掲載（地域別の目標値は設定していない）。';
    ws.getCell(end + 6, 1).value = '２　施策の評価（成果と課題）';
    ws.getCell(end + 6, 1).font = { bold: true };
    merged(ws, end + 7, 1, end + 9, 13, '林業の新規就業者は目標を上回ったが、スマート農業技術の導入は中山間地域で遅れている。');
    box(ws, end + 7, 1, end + 9, 13);
  },
  expected: {
    file: 'h96-out-chosho-zenken-chiiki.xlsx',
    fiscalYear: 2023,
    indicators: CHOSHO.map(([name, unit, , target, actual, , written, , way]) => {
      const i = ind(S3, name, unit, target, actual, { direction: way, existing: written });
      const rate = way === 'down' ? target / actual : actual / target;
      return { ...i, grade: rate >= 1 ? '達成' : rate >= 0.8 ? '概ね達成' : '未達成' };
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価調書 per 事業 (土木事務所)

interface Project {
  sheet: string;
  name: string;
  office: string;
  purpose: string;
  costs: [string, number, number, number, number][];
  indicators: { kind: string; name: string; unit: string; targets: number[]; actuals: (number | null)[] }[];
  written: string;
  previous: string;
  way: string;
}

const PROJECTS: Project[] = [
  {
    sheet: '河川維持',
    name: '県管理河川維持管理事業',
    office: '県土整備部　河川課（北部土木事務所・南部土木事務所）',
    purpose: '県管理河川の河道掘削・樹木伐採等により流下能力を確保し、浸水被害を防止する。',
    costs: [
      ['事業費（千円）', 412300, 438900, 455120, 470000],
      ['うち一般財源（千円）', 206150, 219450, 227560, 235000],
      ['従事職員数（人）', 3.5, 3.5, 4.0, 4.0],
    ],
    indicators: [
      { kind: '活動指標', name: '河道掘削延長', unit: 'm', targets: [3000, 3200, 3500, 3600], actuals: [3120, 2980, 3820, null] },
      { kind: '成果指標', name: '浸水被害が解消される家屋数（累計）', unit: '戸', targets: [300, 360, 420, 480], actuals: [286, 331, 365, null] },
    ],
    written: 'B',
    previous: '（前年度：B）',
    way: '継続',
  },
  {
    sheet: '通学路',
    name: '通学路交通安全対策事業',
    office: '県土整備部　道路環境課（各土木事務所）',
    purpose: '通学路合同点検で抽出された危険箇所について歩道整備等の対策を行う。',
    costs: [
      ['事業費（千円）', 268400, 301250, 289700, 310000],
      ['うち一般財源（千円）', 120780, 135560, 130370, 139500],
      ['従事職員数（人）', 2.0, 2.0, 2.0, 2.5],
    ],
    indicators: [
      { kind: '活動指標', name: '歩道整備延長', unit: 'km', targets: [3.5, 3.8, 4.2, 4.5], actuals: [3.6, 3.2, 3.1, null] },
      { kind: '成果指標', name: '通学路危険箇所の対策完了率', unit: '％', targets: [65.0, 75.0, 85.0, 95.0], actuals: [63.2, 71.5, 78.4, null] },
    ],
    written: 'B',
    previous: '（前年度：C）',
    way: '拡充',
  },
  {
    sheet: '橋梁',
    name: '橋梁長寿命化修繕事業',
    office: '県土整備部　道路保全課（各土木事務所）',
    purpose: '橋梁長寿命化修繕計画に基づき、定期点検と予防保全型の修繕を行う。',
    costs: [
      ['事業費（千円）', 1024600, 1187300, 1215480, 1300000],
      ['うち一般財源（千円）', 307380, 356190, 364640, 390000],
      ['従事職員数（人）', 6.0, 6.0, 6.5, 6.5],
    ],
    indicators: [
      { kind: '活動指標', name: '定期点検実施橋梁数', unit: '橋', targets: [300, 305, 310, 320], actuals: [300, 305, 310, null] },
      { kind: '活動指標', name: '修繕に着手した橋梁数', unit: '橋', targets: [20, 22, 24, 26], actuals: [18, 23, 24, null] },
      { kind: '成果指標', name: '早期措置段階（判定Ⅲ）の橋梁の対策完了率', unit: '％', targets: [40.0, 50.0, 60.0, 70.0], actuals: [37.1, 45.8, 52.5, null] },
    ],
    written: 'A',
    previous: '（前年度：A）',
    way: '継続',
  },
];

function projectSheet(ws: Worksheet, p: Project): { cell: string } {
  widths(ws, [22, 34, 8, 10, 14, 14, 14, 14]);
  ws.getCell('A1').value = '令和５年度　事務事業評価調書';
  ws.getCell('A1').font = { bold: true, size: 14 };
  const labels: [string, string][] = [
    ['事業名', p.name],
    ['担当所属', p.office],
    ['事業の目的', p.purpose],
  ];
  labels.forEach(([k, v], i) => {
    ws.getCell(3 + i, 1).value = k;
    merged(ws, 3 + i, 2, 3 + i, 8, v);
  });
  box(ws, 3, 1, 5, 8);
  ws.getCell('A7').value = '１　事業費の推移';
  ws.getCell('A7').font = { bold: true };
  merged(ws, 8, 1, 8, 4, '区分');
  put(ws, 8, 5, ['令和３年度\n（決算）', '令和４年度\n（決算）', '令和５年度\n（決算）', '令和６年度\n（予算）']);
  shade(ws, 8, 1, 8);
  p.costs.forEach(([k, ...v], i) => {
    merged(ws, 9 + i, 1, 9 + i, 4, k);
    put(ws, 9 + i, 5, v);
  });
  box(ws, 8, 1, 8 + p.costs.length, 8);
  const top = 10 + p.costs.length;
  ws.getCell(top, 1).value = '２　指標の状況';
  ws.getCell(top, 1).font = { bold: true };
  put(ws, top + 1, 1, ['指標の種類', '指標名', '単位', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度']);
  shade(ws, top + 1, 1, 8);
  p.indicators.forEach((x, i) => {
    const r = top + 2 + 2 * i;
    merged(ws, r, 1, r + 1, 1, x.kind);
    merged(ws, r, 2, r + 1, 2, x.name);
    merged(ws, r, 3, r + 1, 3, x.unit);
    put(ws, r, 4, ['目標値', ...x.targets]);
    put(ws, r + 1, 4, ['実績値', ...x.actuals]);
  });
  const end = top + 1 + 2 * p.indicators.length;
  box(ws, top + 1, 1, end, 8);
  ws.getCell(end + 2, 1).value = '３　評価';
  ws.getCell(end + 2, 1).font = { bold: true };
  put(ws, end + 3, 1, ['総合評価', p.written, p.previous]);
  put(ws, end + 4, 1, ['今後の方向性', p.way]);
  box(ws, end + 3, 1, end + 4, 2);
  ws.getCell(end + 6, 1).value = '※評価　A：目標を達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上80％未満）　D：遅れ（60％未満）';
  return { cell: `B${end + 3}` };
}

function projectExpected(p: Project): ExpectedIndicator[] {
  return p.indicators.map((x) => ind(p.sheet, x.name, x.unit, x.targets[2], x.actuals[2]));
}

const jimuJigyo: Holdout2Workbook = {
  name: 'h96-out-doboku-jimujigyo',
  layout:
    '事務事業評価調書 one sheet per 事業 (土木事務所): label rows, a 事業費の推移 table (千円, 従事職員数（人）, 令和５年度（決算）) above 活動指標／成果指標 rows 目標値｜実績値 by 年度 (令和６年度 targets only), 総合評価 with （前年度：B）',
  build(wb) {
    for (const p of PROJECTS) projectSheet(wb.addWorksheet(p.sheet), p);
  },
  expected: {
    file: 'h96-out-doboku-jimujigyo.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.flatMap(projectExpected),
    groups: PROJECTS.map((p) => ({
      sheet: p.sheet,
      cell: `B${10 + p.costs.length + 1 + 2 * p.indicators.length + 3}`,
      grade: rollUp(projectExpected(p).map((i) => i.grade)),
    })),
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [regionSheets, healthOffices, chosho, jimuJigyo];
