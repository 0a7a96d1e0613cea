/** Hold-out 107, the four families: housing, urban planning and building offices' workbooks (住宅課・都市計画課・建築指導課). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { put, ind, rollUp, type Holdout2Workbook } from '../holdout2/kit';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  way: string;
  actuals: (string | number | null)[];
  expects: (number | null)[];
  note?: string;
}

/** One indicator block of the policy sheet at (row, col): 7 rows, period columns R2（現状値）〜R7. */
function block(ws: Worksheet, row: number, col: number, b: Block): void {
  put(ws, row, col, [`指標${b.no}`, b.name]);
  ws.mergeCells(row, col + 1, row, col + 6);
  put(ws, row + 1, col, ['指標の説明', b.desc]);
  ws.mergeCells(row + 1, col + 1, row + 1, col + 6);
  put(ws, row + 2, col, ['単位', b.unit, '目指す方向', b.way]);
  put(ws, row + 3, col, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※R7は目標値', ...b.expects]);
  put(ws, row + 6, col, ['備考', b.note]);
  ws.mergeCells(row + 6, col + 1, row + 6, col + 6);
}

const SHEET_A = '5-2';
const aInds: ExpectedIndicator[] = [
  { ...ind(SHEET_A, '住宅の耐震化率', '％', 91.0, null, { actualStatus: 'pending' }) },
  ind(SHEET_A, '空き家の除却件数（累計）', '件', 90, 97),
  ind(SHEET_A, '市営住宅の入居率', '％', 90.0, 84.6),
  ind(SHEET_A, '住宅リフォーム支援補助件数', '件', 120, 58),
  ind(SHEET_A, '建築確認申請の平均処理日数', '日', 14.0, 16.5, { direction: 'down' }),
  ind(SHEET_A, '長期優良住宅の認定件数', '件', 180, 203),
];

const policySheet: Holdout2Workbook = {
  name: 'h107-jutaku-shisaku',
  layout:
    'A: 施策評価シート 5-2 (安全で良質な住環境), six blocks two across, R2（現状値）〜R7, 目指す方向 ↑／↓, 耐震化率 R5 「集計中」 (住宅・土地統計調査), empty 達成状況評価 M3 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_A);
    put(ws, 1, 2, ['令和6年度　施策評価シート（評価対象期間：令和5年度）']);
    ws.mergeCells(1, 2, 1, 16);
    put(ws, 3, 2, ['基本方針', '5 安全・安心で快適に暮らせるまち']);
    ws.mergeCells(3, 3, 3, 9);
    put(ws, 3, 12, ['達成状況評価']);
    put(ws, 3, 14, ['（B）']);
    put(ws, 4, 2, ['基本施策', '5-2 安全で良質な住環境の形成']);
    ws.mergeCells(4, 3, 4, 9);
    put(ws, 4, 12, ['※（　）は前年度評価']);
    put(ws, 5, 2, ['担当部等', '都市整備部（住宅課・建築指導課）']);
    ws.mergeCells(5, 3, 5, 9);
    put(ws, 6, 2, ['目指す方向：↑ 数値が大きいほど良い　↓ 数値が小さいほど良い']);
    const blocks: Block[] = [
      {
        no: '①',
        name: '住宅の耐震化率',
        desc: '耐震性を有する住宅の割合（住宅・土地統計調査を基にした推計値）',
        unit: '％',
        way: '↑',
        actuals: [84.5, '－', '－', '集計中', null, null],
        expects: [84.5, 86.5, 88.8, 91.0, 93.0, 95.0],
        note: '令和5年住宅・土地統計調査の結果公表後に推計（令和6年度中）',
      },
      {
        no: '②',
        name: '空き家の除却件数（累計）',
        desc: '補助金の活用及び指導により除却された空き家の件数（令和2年度からの累計）',
        unit: '件',
        way: '↑',
        actuals: [45, 62, 81, 97, null, null],
        expects: [45, 60, 75, 90, 105, 120],
      },
      {
        no: '③',
        name: '市営住宅の入居率',
        desc: '管理戸数（政策空家を除く）に対する入居戸数の割合（各年度3月末）',
        unit: '％',
        way: '↑',
        actuals: [88.1, 87.0, 85.9, 84.6, null, null],
        expects: [88.1, 89.0, 89.5, 90.0, 90.0, 90.0],
      },
      {
        no: '④',
        name: '住宅リフォーム支援補助件数',
        desc: '住宅リフォーム支援事業補助金の交付件数（単年度）',
        unit: '件',
        way: '↑',
        actuals: [96, 104, 71, 58, null, null],
        expects: [96, 110, 115, 120, 120, 120],
        note: 'R4以降、物価高騰による工事見送りが多い',
      },
      {
        no: '⑤',
        name: '建築確認申請の平均処理日数',
        desc: '建築確認申請の受付から確認済証交付までの平均日数（市受付分）',
        unit: '日',
        way: '↓',
        actuals: [18.2, 17.4, 16.9, 16.5, null, null],
        expects: [18.2, 16.0, 15.0, 14.0, 13.0, 12.0],
      },
      {
        no: '⑥',
        name: '長期優良住宅の認定件数',
        desc: '長期優良住宅建築等計画の認定件数（単年度）',
        unit: '件',
        way: '↑',
        actuals: [152, 166, 188, 203, null, null],
        expects: [152, 160, 170, 180, 190, 200],
      },
    ];
    blocks.forEach((b, i) => block(ws, 8 + Math.floor(i / 2) * 8, i % 2 === 0 ? 2 : 10, b));
    put(ws, 33, 2, ['総合評価']);
    put(ws, 34, 2, ['内部要因', '耐震改修補助の周知を強化したが、改修費用の負担感が大きい。']);
    put(ws, 35, 2, ['今後の方向性', '継続（空き家対策・市営住宅の集約を計画的に進める）']);
  },
  expected: {
    file: 'h107-jutaku-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: aInds,
    groups: [{ sheet: SHEET_A, cell: 'M3', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

const SHEET_B = '事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h107-kenchiku-jigyo',
  layout:
    'B: 建築指導課・住宅課 推進事業の事業実績, 事業名⏎概要 in one cell, R5年度数値目標／実績値 as text (「耐震診断 60件」「撤去延長 352.5m」「1,034.6㎡」), two measures 登録／成約, one 未実施, 自己評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_B);
    put(ws, 1, 1, ['令和5年度　推進事業の実績（都市整備部 建築指導課・住宅課）']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性', '備考']);
    const rows: (string | number | null)[][] = [
      [1, '(1) 木造住宅耐震診断事業\n昭和56年5月以前着工の木造住宅の耐震診断費用を補助', '耐震診断 52件', 'C', '耐震診断 60件', '耐震診断 41件', '継続'],
      [2, '(2) 木造住宅耐震改修補助事業\n耐震改修工事費の一部を補助', '補助件数 14戸', 'C', '補助件数 25戸', '補助件数 12戸', '拡充', '補助上限額を引上げ予定'],
      [3, '(3) 危険ブロック塀等撤去費補助事業\n通学路沿い等の危険なブロック塀の撤去を補助', '撤去延長 288.0m', 'A', '撤去延長 300m', '撤去延長 352.5m', '継続'],
      [4, '(4) 空き家バンク運営事業\n空き家の売買・賃貸情報を登録・公開', '登録 38件 成約 16件', 'B', '登録 40件 成約 20件', '登録:46件 成約:15件', '継続'],
      [
        5,
        '(5) 老朽危険空き家除却補助事業\n倒壊の危険のある空き家の除却費を補助',
        '除却 11件',
        'D',
        '除却 15件',
        '未実施',
        '見直し',
        '国庫補助の不採択により未実施',
      ],
      [6, '(6) 建築物省エネ相談会開催事業\n省エネ基準適合義務化に向けた事業者向け相談会', '年8回開催', 'B', '年12回開催', '年10回開催', '継続'],
      [7, '(7) 住宅確保要配慮者居住支援事業\n居住支援協議会による住まい探しの相談', '相談 187件', 'A', '居住支援相談 200件', '延べ 236件', '継続'],
      [8, '(8) 狭あい道路拡幅整備事業\n後退用地の寄附・買取りによる道路拡幅', '1,102.3㎡', 'A', '後退用地取得 1,200㎡', '1,034.6㎡', '継続'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 13, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h107-kenchiku-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_B, '木造住宅耐震診断事業', '件', 60, 41, { existing: 'C' }),
      ind(SHEET_B, '木造住宅耐震改修補助事業', '戸', 25, 12, { existing: 'C' }),
      ind(SHEET_B, '危険ブロック塀等撤去費補助事業', 'm', 300, 352.5, { existing: 'A' }),
      {
        sheet: SHEET_B,
        name: '空き家バンク運営事業',
        measures: [
          { label: '登録', target: 40, actual: 46, unit: '件' },
          { label: '成約', target: 20, actual: 15, unit: '件' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(SHEET_B, '老朽危険空き家除却補助事業', '件', 15, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(SHEET_B, '建築物省エネ相談会開催事業', '回', 12, 10, { existing: 'B' }),
      ind(SHEET_B, '住宅確保要配慮者居住支援事業', '件', 200, 236, { existing: 'A' }),
      ind(SHEET_B, '狭あい道路拡幅整備事業', '㎡', 1200, 1034.6, { existing: 'A' }),
    ],
    groups: [],
  },
};

const SHEET_C = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h107-ricchi-kpi',
  layout:
    'C: 立地適正化計画 KPI, 目標値／実績値 rows per KPI, 令和4年3月末〜令和7年3月末 columns, values with units (「50.8 人/ha」「1,612 千人」), a 抑制 KPI marked in 備考, a survey KPI 「－」',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_C);
    put(ws, 1, 1, ['立地適正化計画　評価指標（KPI）の達成状況（令和5年度評価）']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 7, ['都市計画課']);
    put(ws, 3, 1, ['No.', '評価指標（KPI）', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, (string | null)[], (string | null)[], string][] = [
      [
        '居住誘導区域内の人口密度',
        ['51.0 人/ha', '51.5 人/ha', '52.0 人/ha', '52.5 人/ha'],
        ['51.2 人/ha', '51.0 人/ha', '50.8 人/ha', null],
        '住民基本台帳による',
      ],
      ['都市機能誘導施設の立地数', ['16 施設', '17 施設', '18 施設', '19 施設'], ['16 施設', '17 施設', '18 施設', null], ''],
      [
        '路線バスの年間利用者数',
        ['1,750 千人', '1,800 千人', '1,850 千人', '1,900 千人'],
        ['1,498 千人', '1,566 千人', '1,612 千人', null],
        '事業者報告（年度計）',
      ],
      ['居住誘導区域内の人口割合', ['61.0 ％', '61.5 ％', '62.0 ％', '62.5 ％'], ['60.9 ％', '61.1 ％', '61.4 ％', null], ''],
      ['土砂災害警戒区域内の住宅新築件数', ['12 件', '11 件', '10 件', '9 件'], ['14 件', '9 件', '7 件', null], '抑制（件数が少ないほど良い）'],
      ['まちなかの賑わいに満足している市民の割合', ['30.0 ％', '32.5 ％', '35.0 ％', '37.5 ％'], ['28.4 ％', '－', '－', null], '市民意識調査（隔年実施）'],
    ];
    kpis.forEach(([name, t, a, note], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [i + 1, name, '目標値', ...t, note || null]);
      put(ws, r + 1, 3, ['実績値', ...a]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 8, r + 1, 8);
    });
  },
  expected: {
    file: 'h107-ricchi-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_C, '居住誘導区域内の人口密度', '人/ha', 52.0, 50.8),
      ind(SHEET_C, '都市機能誘導施設の立地数', '施設', 18, 18),
      ind(SHEET_C, '路線バスの年間利用者数', '千人', 1850, 1612),
      ind(SHEET_C, '居住誘導区域内の人口割合', '％', 62.0, 61.4),
      ind(SHEET_C, '土砂災害警戒区域内の住宅新築件数', '件', 10, 7, { direction: 'down' }),
      ind(SHEET_C, 'まちなかの賑わいに満足している市民の割合', '％', 35.0, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

const SHEET_D = '計画の指標';
const planTable: Holdout2Workbook = {
  name: 'h107-toshimas-plan',
  layout:
    'D: 都市計画マスタープラン 点検評価, 構想 column merged by 全体構想／地域別構想 (中央・北部・南部), 現況 「68.2⏎（令和2年度末）」, 目標（R12）, 実績 with its date, 景観満足度 「－⏎（次回調査 令和6年度）」',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_D);
    put(ws, 1, 1, ['都市計画マスタープラン　指標の点検評価（令和5年度）']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['構想', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R12）', '実績', '現状把握の方法']);
    const rows: (string | number | null)[][] = [
      ['全体構想', '都市計画道路の整備率', '計画延長に対する改良済延長の割合', '％', '68.2\n（令和2年度末）', 75.0, '71.4\n（令和5年度末）', '道路台帳'],
      [null, '都市計画道路の整備延長', '改良済の都市計画道路延長', 'km', '52.4km\n（令和2年度末）', '57.6km', '55.0km\n（令和5年度末）', '道路台帳'],
      [null, '市民一人当たりの都市公園面積', '都市公園面積÷住民基本台帳人口', '㎡/人', '9.8\n（令和3年3月31日）', 10.5, '10.6\n（令和6年3月31日）', '公園台帳'],
      [
        null,
        '景観に満足している市民の割合',
        '市民意識調査で「満足」「やや満足」と答えた割合',
        '％',
        '41.2\n（令和元年度）',
        50.0,
        '－\n（次回調査 令和6年度）',
        '市民意識調査（5年毎）',
      ],
      [
        '地域別構想\n中央地域',
        '中心市街地の歩行者通行量',
        '休日の主要4地点の歩行者通行量',
        '人/日',
        '8,420\n（令和2年10月）',
        '9,000',
        '7,150\n（令和5年10月）',
        '通行量調査',
      ],
      [
        '地域別構想\n北部地域',
        '土地区画整理事業の進捗率',
        '北部第二地区の事業費ベースの進捗率',
        '％',
        '42.0\n（令和2年度末）',
        80.0,
        '63.5\n（令和5年度末）',
        '事業計画書',
      ],
      [
        '地域別構想\n南部地域',
        '地区計画の策定地区数',
        '南部地域で都市計画決定した地区計画の数',
        '地区',
        '3\n（令和2年度末）',
        6,
        '4\n（令和5年度末）',
        '都市計画決定の告示',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.mergeCells(4, 1, 7, 1);
    put(ws, 12, 1, ['※目標は計画の目標年次（令和12年度）の値。']);
  },
  expected: {
    file: 'h107-toshimas-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(SHEET_D, '都市計画道路の整備率', '％', 75.0, 71.4), targetSource: 'final' },
      { ...ind(SHEET_D, '都市計画道路の整備延長', 'km', 57.6, 55.0), targetSource: 'final' },
      { ...ind(SHEET_D, '市民一人当たりの都市公園面積', '㎡/人', 10.5, 10.6), targetSource: 'final' },
      { ...ind(SHEET_D, '景観に満足している市民の割合', '％', 50.0, null, { actualStatus: 'not-applicable' }), targetSource: 'final' },
      { ...ind(SHEET_D, '中心市街地の歩行者通行量', '人/日', 9000, 7150), targetSource: 'final' },
      { ...ind(SHEET_D, '土地区画整理事業の進捗率', '％', 80.0, 63.5), targetSource: 'final' },
      { ...ind(SHEET_D, '地区計画の策定地区数', '地区', 6, 4), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
