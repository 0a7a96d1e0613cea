/** Hold-out 105, the four families: 地域公共交通 and 農林水産業 plans as a city's offices write them. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const wide = (ws: Worksheet, widths: number[]) => widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, two sheets (3-2 公共交通, 5-1 農林業), four indicator blocks tiled two across each.
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: string;
  actuals: (number | null)[];
  expects: (number | null)[];
  note: string;
}

function policySheet(ws: Worksheet, head: { seisaku: string; shisaku: string; ka: string; last: string }, blocks: Block[]): void {
  wide(ws, [12, 9, 9, 9, 9, 9, 9, 9, 3, 3, 12, 9, 9, 9, 9, 9, 9, 9]);
  put(ws, 1, 1, ['〇〇市第２次総合計画　令和６年度施策評価シート（評価対象年度：令和５年度）']);
  ws.mergeCells('A1:R1');
  put(ws, 3, 1, ['政策', head.seisaku]);
  ws.mergeCells('B3:H3');
  put(ws, 3, 11, ['施策の達成状況']);
  ws.mergeCells('K3:M3');
  put(ws, 3, 15, [head.last]);
  put(ws, 4, 1, ['施策', head.shisaku]);
  ws.mergeCells('B4:H4');
  put(ws, 4, 11, ['凡例']);
  ws.mergeCells('K4:M4');
  put(ws, 4, 14, ['A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）は前年度評価']);
  ws.mergeCells('N4:R4');
  put(ws, 5, 1, ['担当課', head.ka]);
  ws.mergeCells('B5:H5');
  put(ws, 7, 1, ['■ 成果指標の推移']);
  const years = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];
  blocks.forEach((b, i) => {
    const r = 9 + Math.floor(i / 2) * 9;
    const c = i % 2 === 0 ? 1 : 11;
    put(ws, r, c, [b.no, b.name]);
    ws.mergeCells(r, c + 1, r, c + 7);
    put(ws, r + 1, c, ['指標の説明', b.desc]);
    ws.mergeCells(r + 1, c + 1, r + 1, c + 7);
    ws.getCell(r + 1, c + 1).alignment = { wrapText: true };
    put(ws, r + 2, c, ['単位', b.unit, '目指す方向', undefined, b.dir]);
    ws.mergeCells(r + 2, c + 2, r + 2, c + 3);
    put(ws, r + 3, c, ['年度', ...years]);
    put(ws, r + 4, c, ['実績値', ...b.actuals]);
    put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expects]);
    put(ws, r + 6, c, ['備考', b.note]);
    ws.mergeCells(r + 6, c + 1, r + 6, c + 7);
    for (let k = 1; k <= 6; k++) {
      ws.getCell(r + 4, c + k).numFmt = b.unit === '人' || b.unit === '千円' ? '#,##0' : '#,##0.0';
      ws.getCell(r + 5, c + k).numFmt = ws.getCell(r + 4, c + k).numFmt;
    }
  });
  const end = 9 + Math.ceil(blocks.length / 2) * 9;
  put(ws, end, 1, ['■ 施策の総合評価（成果と課題）']);
  put(ws, end + 1, 1, ['指標の達成状況を踏まえ、担当課において記入']);
  ws.mergeCells(end + 1, 1, end + 3, 18);
}

const kotsu: Block[] = [
  {
    no: '指標①',
    name: 'コミュニティバス年間利用者数',
    desc: '市が運行するコミュニティバス（全７路線）の年間延べ利用者数',
    unit: '人',
    dir: '↑ 増加',
    actuals: [84210, 86950, 90112, 93480, null, null],
    expects: [null, 86000, 89000, 92000, 95000, 98000],
    note: '運行年度（10月～翌９月）の実績。R5欄は令和４年10月～令和５年９月の値',
  },
  {
    no: '指標②',
    name: 'コミュニティバス収支率',
    desc: '運賃収入 ÷ 運行経費（％）',
    unit: '％',
    dir: '↑ 増加',
    actuals: [18.4, 19.1, 19.8, 17.2, null, null],
    expects: [null, 19.0, 20.0, 21.0, 22.0, 23.0],
    note: '燃料費高騰により運行経費が増加',
  },
  {
    no: '指標③',
    name: 'デマンド交通登録者数',
    desc: '予約型乗合タクシー「のるーと〇〇」の利用登録者数（各年度３月末）',
    unit: '人',
    dir: '↑ 増加',
    actuals: [612, 705, 798, 861, null, null],
    expects: [null, 700, 850, 1000, 1150, 1300],
    note: '',
  },
  {
    no: '指標④',
    name: '1便あたり乗車人数',
    desc: 'コミュニティバスの年間利用者数 ÷ 年間運行便数',
    unit: '人/便',
    dir: '↑ 増加',
    actuals: [3.1, 3.3, 3.4, 2.4, null, null],
    expects: [null, 3.3, 3.5, 3.7, 3.9, 4.0],
    note: 'R5は増便（ダイヤ改正）により便数が増加',
  },
];

const norin: Block[] = [
  {
    no: '指標①',
    name: '新規就農者数',
    desc: '当該年度に新たに就農した者の数（単年度）',
    unit: '人',
    dir: '↑ 増加',
    actuals: [4, 5, 3, 6, null, null],
    expects: [null, 5, 5, 5, 5, 5],
    note: '',
  },
  {
    no: '指標②',
    name: '耕作放棄地面積',
    desc: '農地利用状況調査による荒廃農地（再生利用可能）の面積',
    unit: 'ha',
    dir: '↓ 減少',
    actuals: [212.4, 210.8, 209.5, 211.9, null, null],
    expects: [null, 210.0, 207.0, 204.0, 201.0, 198.0],
    note: '高齢化による離農で新たな発生が解消面積を上回った',
  },
  {
    no: '指標③',
    name: '鳥獣による農作物被害額',
    desc: '農業共済・JAの報告による被害額',
    unit: '千円',
    dir: '↓ 減少',
    actuals: [18640, 16200, 15930, 19870, null, null],
    expects: [null, 17000, 15500, 14000, 12500, 11000],
    note: 'R5はツキノワグマ・ニホンジカによる被害が増加',
  },
  {
    no: '指標④',
    name: '6次産業化の認定件数（累計）',
    desc: '六次産業化・地産地消法に基づく総合化事業計画の認定件数',
    unit: '件',
    dir: '↑ 増加',
    actuals: [7, 8, 9, 9, null, null],
    expects: [null, 8, 10, 12, 14, 15],
    note: '',
  },
];

const shisakuGrades32 = [
  ind('3-2', 'コミュニティバス年間利用者数', '人', 92000, 93480),
  ind('3-2', 'コミュニティバス収支率', '％', 21, 17.2),
  ind('3-2', 'デマンド交通登録者数', '人', 1000, 861),
  ind('3-2', '1便あたり乗車人数', '人/便', 3.7, 2.4),
];
const shisakuGrades51 = [
  ind('5-1', '新規就農者数', '人', 5, 6),
  ind('5-1', '耕作放棄地面積', 'ha', 204, 211.9, { direction: 'down' }),
  ind('5-1', '鳥獣による農作物被害額', '千円', 14000, 19870, { direction: 'down' }),
  ind('5-1', '6次産業化の認定件数（累計）', '件', 12, 9),
];

const policy: Holdout2Workbook = {
  name: 'h105-shisaku-kotsu-norin',
  layout:
    '施策評価シート ×2 (3-2 公共交通, 5-1 農林業): blocks tiled two across, R2（現状値）〜R7（目標値）, 目指す方向 ↑/↓ row, 運行年度 note, empty 達成状況 cell N3 beside 「（C）」/「（B）」',
  build(wb) {
    policySheet(
      wb.addWorksheet('3-2'),
      { seisaku: '3 安全で快適に暮らせるまち', shisaku: '3-2 地域公共交通の確保・充実', ka: '都市計画課（交通政策係）', last: '（C）' },
      kotsu,
    );
    policySheet(wb.addWorksheet('5-1'), { seisaku: '5 活力ある産業のまち', shisaku: '5-1 農林業の振興', ka: '農林課', last: '（B）' }, norin);
  },
  expected: {
    file: 'h105-shisaku-kotsu-norin.xlsx',
    fiscalYear: 2023,
    indicators: [...shisakuGrades32, ...shisakuGrades51],
    groups: [
      { sheet: '3-2', cell: 'N3', grade: rollUp(shisakuGrades32.map((i) => i.grade)) },
      { sheet: '5-1', cell: 'N3', grade: rollUp(shisakuGrades51.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績 (農林課): targets and actuals as text, two measures in one cell, one 未実施, 自己評価 after the figures.
const JIGYO = '事業実績（農林課）';
const jigyoRows: [string, string, string, string, string, string][] = [
  ['5-1-01 新規就農者育成総合支援事業\n就農準備資金・経営開始資金の交付', '新規就農者 3人', '新規就農者 5人', '6人', 'A', '継続'],
  ['5-1-02 農地集積・集約化推進事業\n農地中間管理機構を通じた担い手への集積', '28.4ha', '集積面積 40ha', '31.5ha', 'B', '継続'],
  ['5-1-03 耕作放棄地再生利用支援事業\n再生作業（抜根・整地）への補助', '再生面積 2.1ha', '再生面積 3.0ha', '再生面積 1.2ha', 'C', '見直し'],
  [
    '5-1-04 鳥獣被害防止対策事業\n有害鳥獣の捕獲、侵入防止柵設置',
    'イノシシ 281頭\nニホンジカ 97頭',
    '捕獲頭数\nイノシシ 300頭　ニホンジカ 120頭',
    'イノシシ 342頭\nニホンジカ 88頭',
    'B',
    '拡充',
  ],
  ['5-1-05 6次産業化推進事業\n加工品開発・販路開拓の支援', '研修会 2回', '農産物加工研修会 3回', '未実施', 'D', '見直し'],
  ['5-2-01 森林整備事業\n市有林・私有林の間伐', '間伐面積 92.5ha', '間伐面積 85ha', '間伐面積 79.3ha', 'A', '継続'],
  ['5-2-02 森林経営管理事業\n森林環境譲与税による所有者意向調査', '意向調査 188件', '意向調査 250件', '意向調査 262件', 'A', '継続'],
  ['5-2-03 特用林産物振興事業\nしいたけ原木購入への補助', '10,200本', '原木 12,000本', '9,400本', 'B', '縮小'],
  ['5-3-01 地産地消推進事業\n学校給食への地場農産物供給', '30.5%', '地場産物使用割合 35%', '31.8%', 'B', '継続'],
];

const jigyo: Holdout2Workbook = {
  name: 'h105-jigyo-norin',
  layout:
    '事業実績 (農林課): 事業 cell with code, name and 概要; 令和５年度 merged over 数値目標｜実績値 as text (ha, 頭, 本, %), イノシシ／ニホンジカ in one cell, 未実施, 自己評価 after the figures',
  build(wb) {
    const ws = wb.addWorksheet(JIGYO);
    wide(ws, [5, 40, 16, 22, 18, 9, 30, 10]);
    put(ws, 1, 1, ['令和５年度　農業振興計画・森林整備計画　推進事業実績報告（農林課）']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 8, ['令和６年５月']);
    put(ws, 3, 1, ['No.', '推進事業（事業コード・事業名・概要）', '令和４年度実績', '令和５年度', undefined, '自己評価', '成果・課題', '今後の方向性']);
    put(ws, 4, 4, ['数値目標', '実績値']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:F4');
    ws.mergeCells('G3:G4');
    ws.mergeCells('H3:H4');
    jigyoRows.forEach((r, i) => {
      put(ws, 5 + i, 1, [i + 1, r[0], r[1], r[2], r[3], r[4], i === 4 ? '講師の確保ができず実施を見送った' : '', r[5]]);
      for (let c = 2; c <= 5; c++) ws.getCell(5 + i, c).alignment = { wrapText: true, vertical: 'top' };
    });
    put(ws, 15, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや不十分　D：不十分']);
  },
  expected: {
    file: 'h105-jigyo-norin.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(JIGYO, '新規就農者育成総合支援事業', '人', 5, 6, { existing: 'A' }),
      ind(JIGYO, '農地集積・集約化推進事業', 'ha', 40, 31.5, { existing: 'B' }),
      ind(JIGYO, '耕作放棄地再生利用支援事業', 'ha', 3, 1.2, { existing: 'C' }),
      {
        sheet: JIGYO,
        name: '鳥獣被害防止対策事業',
        measures: [
          { label: 'イノシシ', target: 300, actual: 342, unit: '頭' },
          { label: 'ニホンジカ', target: 120, actual: 88, unit: '頭' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(JIGYO, '6次産業化推進事業', '回', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(JIGYO, '森林整備事業', 'ha', 85, 79.3, { existing: 'A' }),
      ind(JIGYO, '森林経営管理事業', '件', 250, 262, { existing: 'A' }),
      ind(JIGYO, '特用林産物振興事業', '本', 12000, 9400, { existing: 'B' }),
      ind(JIGYO, '地産地消推進事業', '%', 35, 31.8, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI × 年３月末, values with units in the cells, 「-」 where no target, 減少 in 備考.
const KPI = '基本目標1';
const kpiRows: { sesaku: string; name: string; unit: string; t: (number | string)[]; a: (number | string | null)[]; note: string }[] = [
  { sesaku: '(1) 担い手の確保・育成', name: '新規就農者数（累計）', unit: '人', t: [10, 20, 30, 40], a: [8, 17, 24, null], note: '令和３年度からの累計' },
  { sesaku: '(1) 担い手の確保・育成', name: '認定農業者数', unit: '経営体', t: [215, 220, 225, 230], a: [212, 209, 206, null], note: '' },
  { sesaku: '(2) 農業の高付加価値化', name: '6次産業化総合化事業計画の認定件数（累計）', unit: '件', t: [10, 11, 12, 13], a: [9, 10, 12, null], note: '' },
  {
    sesaku: '(2) 農業の高付加価値化',
    name: '農産物直売所の販売額',
    unit: '万円',
    t: ['-', 32000, 33000, 34000],
    a: [30150, 31480, 34620, null],
    note: '市内４直売所の合計',
  },
  { sesaku: '(3) 農地・森林の保全', name: '耕作放棄地面積', unit: 'ha', t: [205, 200, 195, 190], a: [208.3, 206.1, 203.7, null], note: '減少を目指す指標' },
  {
    sesaku: '(3) 農地・森林の保全',
    name: '鳥獣による農作物被害額',
    unit: '千円',
    t: [15000, 14000, 13000, 12000],
    a: [16420, 12880, 12150, null],
    note: '被害額の減少を目指す',
  },
  {
    sesaku: '(3) 農地・森林の保全',
    name: '間伐実施面積（単年度）',
    unit: 'ha',
    t: [90, 90, 90, 90],
    a: [84.2, 92.5, 71.0, null],
    note: '森林環境譲与税活用分を含む',
  },
];
const withUnit = (v: number | string | null, unit: string) => (v === null ? undefined : typeof v === 'string' ? v : `${v.toLocaleString('en-US')} ${unit}`);

const kpi: Holdout2Workbook = {
  name: 'h105-kpi-sousei-nogyo',
  layout:
    '総合戦略 KPI: 施策 merged down, 目標値／実績値 rows per KPI, 令和4年3月末〜令和7年3月末 columns, 「24 人」「203.7 ha」 in cells, 「-」 no target, 検証時点 令和6年3月末, 減少 in 備考',
  build(wb) {
    const ws = wb.addWorksheet(KPI);
    wide(ws, [22, 34, 9, 14, 14, 14, 14, 24]);
    put(ws, 1, 1, ['第２期〇〇市まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の達成状況']);
    put(ws, 2, 1, ['基本目標１　地域の稼ぐ力を高め、農林業で安心して働けるようにする']);
    put(ws, 3, 6, ['（検証時点：令和６年３月末）']);
    put(ws, 4, 1, ['施策', '重要業績評価指標（ＫＰＩ）', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    kpiRows.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [k.sesaku, k.name, '目標値', ...k.t.map((v) => withUnit(v, k.unit)), k.note]);
      put(ws, r + 1, 3, ['実績値', ...k.a.map((v) => withUnit(v, k.unit))]);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 8, r + 1, 8);
    });
    ws.mergeCells('A5:A8');
    ws.mergeCells('A9:A12');
    ws.mergeCells('A13:A18');
    put(ws, 20, 1, ['※ 実績値は各年３月末時点（年度の実績）。鳥獣被害額は農業共済・ＪＡ報告の集計。']);
  },
  expected: {
    file: 'h105-kpi-sousei-nogyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KPI, '新規就農者数（累計）', '人', 30, 24),
      ind(KPI, '認定農業者数', '経営体', 225, 206),
      ind(KPI, '6次産業化総合化事業計画の認定件数（累計）', '件', 12, 12),
      ind(KPI, '農産物直売所の販売額', '万円', 33000, 34620),
      ind(KPI, '耕作放棄地面積', 'ha', 195, 203.7, { direction: 'down' }),
      ind(KPI, '鳥獣による農作物被害額', '千円', 13000, 12150, { direction: 'down' }),
      ind(KPI, '間伐実施面積（単年度）', 'ha', 90, 71),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 地域公共交通計画 評価指標一覧 (令和６年度評価): 現況 and 実績 with their period in the cell (運行年度, 3月末, 年度),
// one 実績 of the year before (財政負担額: 決算前).
const PLAN = '評価指標';
const planRows: [string, string, string, string, string, number, string, string][] = [
  [
    '1',
    '目標１ 利用しやすい公共交通',
    'コミュニティバス年間利用者数',
    '全７路線の年間延べ利用者数',
    '84,210\n（令和2運行年度）',
    98000,
    '95,640\n（令和6運行年度）',
    '交通事業者の運行実績報告（10月～翌9月）',
  ],
  [
    '2',
    '目標１ 利用しやすい公共交通',
    'コミュニティバス収支率（％）',
    '運賃収入 ÷ 運行経費',
    '18.4\n（令和2運行年度）',
    25.0,
    '21.3\n（令和6運行年度）',
    '交通事業者の収支報告',
  ],
  [
    '3',
    '目標１ 利用しやすい公共交通',
    'コミュニティバス1便あたり乗車人数（人/便）',
    '年間利用者数 ÷ 年間運行便数',
    '3.1\n（令和2運行年度）',
    4.0,
    '3.4\n（令和6運行年度）',
    '交通事業者の運行実績報告',
  ],
  [
    '4',
    '目標２ 地域に合った移動手段',
    'デマンド交通登録者数',
    '予約型乗合タクシーの利用登録者数',
    '612\n（令和3年3月末）',
    1300,
    '1,318\n（令和7年3月末）',
    '登録台帳',
  ],
  [
    '5',
    '目標２ 地域に合った移動手段',
    'デマンド交通の1便あたり乗車人数（人/便）',
    '乗合率（延べ利用者数 ÷ 運行便数）',
    '1.6\n（令和2年度）',
    2.0,
    '1.7\n（令和6年度）',
    '運行事業者の日報集計',
  ],
  [
    '6',
    '目標３ みんなで支える公共交通',
    '公共交通に対する市民満足度（％）',
    '市民意識調査で「満足」「やや満足」と回答した割合',
    '28.5\n（令和3年度）',
    35.0,
    '24.0\n（令和6年度）',
    '市民意識調査（毎年７月）',
  ],
  [
    '7',
    '目標３ みんなで支える公共交通',
    '公共交通への市の財政負担額（千円）',
    '路線維持・デマンド交通に係る市負担額。負担の抑制を図る',
    '68,450\n（令和2年度）',
    65000,
    '71,920\n（令和5年度）',
    '決算（令和6年度決算は9月確定）',
  ],
  [
    '8',
    '目標３ みんなで支える公共交通',
    '鉄道駅の1日平均乗車人員',
    '市内３駅の１日平均乗車人員',
    '2,140\n（令和元年度）',
    2300,
    '2,196\n（令和6年度）',
    '鉄道事業者公表値',
  ],
];

const plan: Holdout2Workbook = {
  name: 'h105-plan-kotsu',
  layout:
    '地域公共交通計画 評価指標一覧 (令和６年度評価): 目標 merged down, 現況／実績 with 「（令和2運行年度）」「（令和7年3月末）」 in the cell, unit in the name 「（％）」「（人/便）」, 目標値（R8）, one 実績 of 令和5年度',
  build(wb) {
    const ws = wb.addWorksheet(PLAN);
    wide(ws, [5, 18, 30, 30, 16, 12, 16, 28]);
    put(ws, 1, 1, ['〇〇市地域公共交通計画（令和４年度～令和８年度）　評価指標の達成状況']);
    put(ws, 2, 1, ['令和６年度　〇〇市地域公共交通会議　資料２（令和７年３月）']);
    put(ws, 4, 1, ['No.', '計画の目標', '評価指標', '指標の説明', '現況値\n（計画策定時）', '目標値\n（R8）', '実績値', '現状把握の方法']);
    planRows.forEach((r, i) => {
      put(ws, 5 + i, 1, [Number(r[0]), ...r.slice(1)]);
      for (const c of [5, 7]) ws.getCell(5 + i, c).alignment = { wrapText: true };
    });
    ws.getColumn(6).numFmt = '#,##0.#';
    ws.mergeCells('B5:B7');
    ws.mergeCells('B8:B9');
    ws.mergeCells('B10:B12');
    put(ws, 14, 1, ['※ 運行年度は10月から翌年9月まで。単位の記載のない指標は人。']);
  },
  expected: {
    file: 'h105-plan-kotsu.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(PLAN, 'コミュニティバス年間利用者数', '人', 98000, 95640), targetSource: 'final' },
      { ...ind(PLAN, 'コミュニティバス収支率', '％', 25, 21.3), targetSource: 'final' },
      { ...ind(PLAN, 'コミュニティバス1便あたり乗車人数', '人/便', 4, 3.4), targetSource: 'final' },
      { ...ind(PLAN, 'デマンド交通登録者数', '人', 1300, 1318), targetSource: 'final' },
      { ...ind(PLAN, 'デマンド交通の1便あたり乗車人数', '人/便', 2, 1.7), targetSource: 'final' },
      { ...ind(PLAN, '公共交通に対する市民満足度', '％', 35, 24), targetSource: 'final' },
      { ...ind(PLAN, '公共交通への市の財政負担額', '千円', 65000, 71920, { direction: 'down' }), targetSource: 'final' },
      { ...ind(PLAN, '鉄道駅の1日平均乗車人員', '人', 2300, 2196), targetSource: 'final' },
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, jigyo, kpi, plan];
