/**
 * Hold-out 135, the four families as 港湾・空港・地域公共交通 offices write them: a 基本施策事後評価シート with indicator blocks
 * tiled two across (令和４年度), a 令和３年度 事業実績 of 航路・港湾・空港・バス projects with text figures, a 地域公共交通計画
 * KPI table with 目標値／実績値 rows per 令和5年度…令和8年度 (令和６年度 evaluated), and a 空港・港湾振興計画 成果指標 table with
 * 現況／目標（R9）／実績 and the year in the cell.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------
// A: 基本施策事後評価シート, 令和４年度, blocks tiled two across

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  down?: boolean;
  /** R1…R4 (R5… not yet). */
  actuals: (number | string)[];
  /** R3…R7. */
  expected: number[];
  note: string;
}

const A_SHEET = '3-2';
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '路線バス年間利用者数',
    description: '市内を運行する路線バス（市補助路線を含む）の年間利用者数',
    unit: '千人',
    actuals: [2710, 1980, 2105, 2318],
    expected: [2300, 2450, 2600, 2700, 2800],
    note: 'バス事業者からの報告値',
  },
  {
    no: '指標②',
    name: 'デマンド型乗合タクシー登録者数',
    description: '郊外地区で運行するデマンド型乗合タクシーの利用登録者数（年度末）',
    unit: '人',
    actuals: [820, 905, 1088, 1264],
    expected: [1000, 1200, 1300, 1400, 1500],
    note: '令和４年10月から東部地区に運行区域を拡大',
  },
  {
    no: '指標③',
    name: '公共交通空白地域に居住する人口',
    description: 'バス停から300ｍ、駅から800ｍの圏域外に居住する人口',
    unit: '人',
    down: true,
    actuals: [4620, 4480, 4300, 4150],
    expected: [4200, 3800, 3500, 3200, 3000],
    note: '住民基本台帳（各年度末）による推計',
  },
  {
    no: '指標④',
    name: '港湾取扱貨物量',
    description: '市管理港湾の公共埠頭における年間取扱貨物量',
    unit: '万トン',
    actuals: [298.4, 276.1, 281.9, '集計中'],
    expected: [290, 300, 310, 320, 330],
    note: '※令和４年の港湾統計は令和５年７月公表予定',
  },
];

function drawBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  ws.getCell(r, c).value = b.no;
  merge(ws, r, c + 1, r, c + 7, b.name);
  ws.getCell(r + 1, c).value = '指標の説明';
  merge(ws, r + 1, c + 1, r + 1, c + 7, b.description);
  ws.getCell(r + 2, c).value = '単位';
  ws.getCell(r + 2, c + 1).value = b.unit;
  merge(ws, r + 2, c + 2, r + 2, c + 3, '目指す方向');
  merge(ws, r + 2, c + 4, r + 2, c + 5, b.down ? '↓（減少）' : '↑（増加）');
  put(ws, r + 3, c, ['年度', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  ws.getCell(r + 5, c).value = '期待値\n※R7は目標値';
  put(ws, r + 5, c + 3, b.expected);
  ws.getCell(r + 6, c).value = '備考';
  merge(ws, r + 6, c + 1, r + 6, c + 7, b.note);
  wrap(ws, r + 3, c, r + 5, c + 7);
  box(ws, r, c, r + 6, c + 7);
}

const aIndicators: ExpectedIndicator[] = A_BLOCKS.map((b) => {
  const actual = b.actuals[3];
  const target = b.expected[1];
  return typeof actual === 'number'
    ? ind(A_SHEET, b.name, b.unit, target, actual, { direction: b.down ? 'down' : 'up' })
    : ind(A_SHEET, b.name, b.unit, target, null, { actualStatus: 'pending' });
});

const policySheet: Holdout2Workbook = {
  name: 'h135-kotsu-shisaku-sheet',
  layout:
    'A: 基本施策事後評価シート (令和４年度), four indicator blocks tiled two across, R1…R7 with R2（現状値）, 期待値 row, a ↓（減少） indicator, 集計中, empty 施策の達成状況 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 9, 10, 9, 9, 9, 9, 10, 3, 14, 9, 10, 9, 9, 9, 9, 10]);
    merge(ws, 1, 1, 1, 17, '令和４年度　基本施策事後評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 6, '３　快適で安全な交通ネットワークのまち');
    put(ws, 3, 7, ['担当\n部等']);
    merge(ws, 3, 8, 3, 10, '都市整備部・港湾空港部');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 6, '3-2　地域公共交通の確保と港湾・空港の活用');
    put(ws, 4, 7, ['施策の\n達成状況']);
    put(ws, 4, 9, ['（B）']);
    box(ws, 3, 1, 4, 10);
    drawBlock(ws, 6, 1, A_BLOCKS[0]);
    drawBlock(ws, 6, 10, A_BLOCKS[1]);
    drawBlock(ws, 14, 1, A_BLOCKS[2]);
    drawBlock(ws, 14, 10, A_BLOCKS[3]);
    put(ws, 22, 1, ['内部要因']);
    merge(ws, 22, 2, 22, 17, '・デマンド型乗合タクシーの運行区域拡大により登録者が増加した。');
    put(ws, 23, 1, ['外部要因']);
    merge(ws, 23, 2, 23, 17, '・新型コロナウイルス感染症の影響で路線バス利用者の回復が遅れている。');
  },
  expected: {
    file: 'h135-kotsu-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'H4', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 令和３年度 事業実績, text figures

const B_SHEET = '資料2';

const projectTable: Holdout2Workbook = {
  name: 'h135-kouwan-jigyo-jisseki',
  layout:
    'B: 令和３年度 港湾・交通関係事業実績, 事業名と概要 in one cell, 「運航便数 1,460便」 text figures, a 未実施 (寄港中止), two measures in one cell, 「－」 last year',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 16, 18, 18, 9, 34, 10]);
    merge(ws, 1, 1, 1, 8, '令和３年度　港湾・交通関係事業実績');
    put(ws, 2, 8, ['資料2']);
    put(ws, 3, 1, ['No.', '推進事業', '令和2年度\n実績値', '令和3年度\n数値目標', '令和3年度\n実績値', '自己\n評価', '成果・課題', '今後の\n方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1) 生活航路運航費補助事業\n離島住民の日常生活に必要な航路の運航を維持するため、運航事業者に運航費の一部を補助する。',
        '運航便数 1,452便',
        '運航便数 1,460便',
        '運航便数 1,402便',
        'B',
        '荒天による欠航が例年より多かった。',
        '継続',
      ],
      [
        2,
        '(2) 港湾施設長寿命化対策事業\n長寿命化計画に基づき岸壁・防波堤の補修を計画的に行う。',
        '補修完了 3施設',
        '補修完了 4施設',
        '補修完了 4施設',
        'A',
        '計画どおり第２岸壁ほか３施設の補修を完了した。',
        '継続',
      ],
      [
        3,
        '(3) クルーズ船誘致促進事業\n船社へのセールス、寄港時の歓迎行事によりクルーズ船の寄港を促進する。',
        '寄港回数 0回',
        '寄港回数 6回',
        '未実施',
        'D',
        '新型コロナウイルス感染症の影響により予定していた寄港がすべて中止となった。',
        '見直し',
      ],
      [
        4,
        '(4) 空港利用促進事業\n空港の利用促進のため、旅行商品造成支援やチャーター便の誘致を行う。',
        '搭乗者数 118,920人\nチャーター便 0便',
        '搭乗者数 180,000人\nチャーター便 4便',
        '搭乗者数 142,350人\nチャーター便 2便',
        'C',
        '搭乗者数は回復傾向にあるが、チャーター便は２便にとどまった。',
        '拡充',
      ],
      [
        5,
        '(5) バス運転士確保支援事業\n市内バス事業者に就職した運転士に就職支援金を交付する。',
        '支援金交付 8人',
        '支援金交付 10人',
        '支援金交付 12人',
        'A',
        '就職説明会との連携により目標を上回った。',
        '継続',
      ],
      [
        6,
        '(6) 交通系ICカード導入支援事業\n路線バスへの交通系ICカード読取機の導入を支援する。',
        '－',
        '導入車両 40台',
        '導入車両 33台',
        'B',
        '機器の納期遅延により一部車両が次年度へ繰越となった。',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h135-kouwan-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '生活航路運航費補助事業', '便', 1460, 1402, { existing: 'B' }),
      ind(B_SHEET, '港湾施設長寿命化対策事業', '施設', 4, 4, { existing: 'A' }),
      ind(B_SHEET, 'クルーズ船誘致促進事業', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '空港利用促進事業',
        measures: [
          { label: '搭乗者数', target: 180000, actual: 142350, unit: '人' },
          { label: 'チャーター便', target: 4, actual: 2, unit: '便' },
        ],
        direction: 'up',
        existing: 'C',
        grade: 'D',
      },
      ind(B_SHEET, 'バス運転士確保支援事業', '人', 10, 12, { existing: 'A' }),
      ind(B_SHEET, '交通系ICカード導入支援事業', '台', 40, 33, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 地域公共交通計画 KPI, 目標値／実績値 rows per period, 令和６年度 evaluated

const C_SHEET = 'KPI';

interface Kpi {
  name: string;
  unit: string;
  base: string;
  targets: number[];
  actuals: number[];
  note: string;
  decimals: number;
}

const C_KPIS: Kpi[] = [
  {
    name: '市内公共交通の年間利用者数',
    unit: '千人',
    base: '1,120 千人',
    targets: [1200, 1250, 1300, 1350],
    actuals: [1165, 1198],
    note: '鉄道・路線バス・コミュニティバスの合計',
    decimals: 0,
  },
  {
    name: '交通系ICカード利用率',
    unit: '％',
    base: '52.0 ％',
    targets: [60, 65, 70, 75],
    actuals: [63.8, 71.4],
    note: '路線バス乗車に占める割合',
    decimals: 1,
  },
  { name: 'コミュニティバス収支率', unit: '％', base: '21.5 ％', targets: [23, 25, 27, 30], actuals: [20.1, 18.2], note: '運賃収入÷運行経費', decimals: 1 },
  {
    name: '路線バスの平日１日当たり運行便数',
    unit: '便',
    base: '428 便',
    targets: [420, 420, 420, 420],
    actuals: [412, 398],
    note: '運転士不足により減便',
    decimals: 0,
  },
];

const fmt = (v: number, unit: string, decimals: number) =>
  `${v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${unit}`;

const kpiTable: Holdout2Workbook = {
  name: 'h135-kotsu-keikaku-kpi',
  layout:
    'C: 地域公共交通計画 KPI, 目標値／実績値 rows per KPI under 令和5年度…令和8年度, 「1,165 千人」「71.4 ％」 with units, 評価対象年度：令和６年度, later years empty',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 9, 14, 13, 13, 13, 13, 26]);
    merge(ws, 1, 1, 1, 8, '○○市地域公共交通計画　評価指標（KPI）の進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 4, 1, ['KPI', '区分', '基準値\n（令和4年度）', '令和5年度', '令和6年度', '令和7年度', '令和8年度', '備考']);
    C_KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, k.name);
      merge(ws, r, 3, r + 1, 3, k.base);
      merge(ws, r, 8, r + 1, 8, k.note);
      put(ws, r, 2, ['目標値']);
      put(ws, r + 1, 2, ['実績値']);
      put(
        ws,
        r,
        4,
        k.targets.map((v) => fmt(v, k.unit, k.decimals)),
      );
      put(
        ws,
        r + 1,
        4,
        k.actuals.map((v) => fmt(v, k.unit, k.decimals)),
      );
    });
    wrap(ws, 4, 1, 12, 8);
    box(ws, 4, 1, 12, 8);
  },
  expected: {
    file: 'h135-kotsu-keikaku-kpi.xlsx',
    fiscalYear: 2024,
    indicators: C_KPIS.map((k) => ind(C_SHEET, k.name, k.unit, k.targets[1], k.actuals[1])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 空港・港湾振興計画 成果指標, 現況／目標（R9）／実績 with the year in the cell

const D_SHEET = '計画の指標';

const planIndicators: Holdout2Workbook = {
  name: 'h135-kuko-plan-indicators',
  layout:
    'D: 空港・港湾振興計画 成果指標の点検評価（令和５年度）, 現況（計画策定時） 「285,400⏎（令和3年度）」, 目標（R9）, 実績 with its year, a 暦年 港湾統計, a blank 実績, 単位 column',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 26, 30, 8, 16, 12, 16, 22]);
    merge(ws, 1, 1, 1, 8, '空港・港湾振興計画　成果指標の点検評価（令和５年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R9）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [1, '空港旅客数', '国内線・国際線の乗降客数の合計', '人', '285,400\n（令和3年度）', 420000, '352,180\n（令和5年度）', '空港管理事務所調べ'],
      [2, '国際線定期便就航路線数', '年度末時点で就航している国際線定期便の路線数', '路線', '0\n（令和3年度）', 3, '1\n（令和5年度）', '空港管理事務所調べ'],
      [3, '港湾取扱貨物量', '重要港湾の公共埠頭における取扱貨物量', '万トン', '268.5\n（令和3年）', 320, '301.2\n（令和5年）', '港湾統計（年報）'],
      [4, 'クルーズ船寄港回数', '外国船籍・日本船籍のクルーズ船の寄港回数', '回', '2\n（令和3年度）', 15, '17\n（令和5年度）', '港湾管理者調べ'],
      [5, '空港アクセスバス利用者数', '市中心部と空港を結ぶ連絡バスの年間利用者数', '人', '31,200\n（令和3年度）', 45000, undefined, 'バス事業者からの報告'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.getColumn(6).numFmt = '#,##0';
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h135-kuko-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '空港旅客数', '人', 420000, 352180), targetSource: 'final' },
      { ...ind(D_SHEET, '国際線定期便就航路線数', '路線', 3, 1), targetSource: 'final' },
      { ...ind(D_SHEET, '港湾取扱貨物量', '万トン', 320, 301.2), targetSource: 'final' },
      { ...ind(D_SHEET, 'クルーズ船寄港回数', '回', 15, 17), targetSource: 'final' },
      { ...ind(D_SHEET, '空港アクセスバス利用者数', '人', 45000, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
