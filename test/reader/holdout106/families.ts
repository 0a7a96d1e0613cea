/** Hold-out 106, the four families: 消防・救急・防災 workbooks as a 消防本部 and a 危機管理課 write them. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet) =>
  ws.eachRow((row) =>
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'middle' };
    }),
  );

/** One indicator block of a 施策評価シート: 8 columns wide, 6 rows tall, from (row, col). */
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  way: '↑' | '↓';
  /** R2（現状値）…R7 */
  actuals: (number | string | null)[];
  /** R2…R7; R7 is the 目標値 */
  expect: (number | string | null)[];
  note: string;
}

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no, b.name, undefined, undefined, undefined, '単位', b.unit]);
  ws.mergeCells(r, c + 1, r, c + 4);
  put(ws, r + 1, c, ['指標の説明', b.desc, undefined, undefined, undefined, '目指す方向', b.way]);
  ws.mergeCells(r + 1, c + 1, r + 1, c + 4);
  put(ws, r + 2, c, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 3, c, ['実績値', ...b.actuals]);
  put(ws, r + 4, c, ['期待値\n※R7は目標値', ...b.expect]);
  put(ws, r + 5, c, ['備考', b.note]);
  ws.mergeCells(r + 5, c + 1, r + 5, c + 6);
}

function policyHead(ws: Worksheet, hoshin: string, shisaku: string, dept: string, last: string): void {
  put(ws, 1, 1, ['第２次総合計画 後期基本計画　令和６年度 施策評価シート　（評価対象期間：令和５年度）']);
  ws.mergeCells(1, 1, 1, 15);
  put(ws, 3, 1, ['基本方針', hoshin]);
  ws.mergeCells(3, 2, 3, 8);
  put(ws, 3, 10, ['達成状況評価']);
  ws.mergeCells(3, 10, 3, 12);
  put(ws, 3, 14, [last]);
  put(ws, 4, 1, ['基本施策', shisaku]);
  ws.mergeCells(4, 2, 4, 8);
  put(ws, 4, 10, ['凡例', undefined, undefined, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  ws.mergeCells(4, 10, 4, 12);
  ws.mergeCells(4, 13, 4, 17);
  put(ws, 5, 1, ['担当部等', dept]);
  ws.mergeCells(5, 2, 5, 8);
  put(ws, 5, 10, ['目指す方向の凡例', undefined, undefined, '↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
  ws.mergeCells(5, 10, 5, 12);
  ws.mergeCells(5, 13, 5, 17);
  put(ws, 7, 1, ['成果指標の状況']);
}

const S1 = '5-1';
const S2 = '5-2';

const s1Blocks: Block[] = [
  {
    no: '指標①',
    name: '救急車の現場到着平均時間',
    desc: '119番通報を受けてから救急車が現場に到着するまでの平均時間（分）',
    unit: '分',
    way: '↓',
    actuals: [8.9, 8.8, 9.1, 8.7, null, null],
    expect: [null, 8.8, 8.7, 8.6, 8.5, 8.4],
    note: '救急出場記録（消防指令システム）から集計',
  },
  {
    no: '指標②',
    name: '心肺機能停止傷病者の1か月後生存率',
    desc: '救急搬送された心肺機能停止傷病者のうち、1か月後に生存している者の割合（暦年）',
    unit: '％',
    way: '↑',
    actuals: [10.2, 11.5, 12.8, '集計中', null, null],
    expect: [null, 12.0, 12.5, 13.5, 14.0, 15.0],
    note: '暦年集計のため、R5の値は「救急・救助の現況」（総務省消防庁）公表後の令和６年12月に確定',
  },
  {
    no: '指標③',
    name: '普通救命講習等受講者数',
    desc: '普通救命講習・上級救命講習・救命入門コースの年間受講者数',
    unit: '人',
    way: '↑',
    actuals: [820, 1150, 1640, 1932, null, null],
    expect: [null, 1200, 1500, 1800, 2000, 2200],
    note: 'R2は感染症対策のため定員を半減して実施',
  },
  {
    no: '指標④',
    name: '出火率（人口1万人当たり）',
    desc: '人口1万人当たりの火災件数（暦年）',
    unit: '件',
    way: '↓',
    actuals: [3.1, 2.8, 3.0, 2.9, null, null],
    expect: [null, 3.0, 2.9, 2.8, 2.7, 2.6],
    note: '火災報告取扱要領に基づく火災件数／住民基本台帳人口',
  },
  {
    no: '指標⑤',
    name: '住宅用火災警報器設置率',
    desc: '住宅用火災警報器を設置している世帯の割合（各年6月1日現在の抽出調査）',
    unit: '％',
    way: '↑',
    actuals: [79.5, 80.8, 81.6, 82.1, null, null],
    expect: [null, 81.0, 82.5, 84.0, 85.5, 87.0],
    note: '総務省消防庁の推計方法による',
  },
  {
    no: '指標⑥',
    name: '消防団員の条例定数に対する充足率',
    desc: '消防団員の実員÷条例定数（各年度末）',
    unit: '％',
    way: '↑',
    actuals: [92.3, 91.0, 89.4, 88.6, null, null],
    expect: [null, null, null, null, null, 95.0],
    note: '中間年の期待値は設定していない（R7目標値のみ）',
  },
];

const s2Blocks: Block[] = [
  {
    no: '指標①',
    name: '自主防災組織の結成率',
    desc: '自主防災組織が結成されている自治会の世帯数÷全世帯数',
    unit: '％',
    way: '↑',
    actuals: [84.2, 85.0, 86.1, 86.9, null, null],
    expect: [null, 86.0, 87.5, 89.0, 90.5, 92.0],
    note: '各年度4月1日現在の自治会加入世帯数を分母とする',
  },
  {
    no: '指標②',
    name: '総合防災訓練・地域防災訓練の参加者数',
    desc: '市総合防災訓練及び自主防災組織が行う地域防災訓練の延べ参加者数',
    unit: '人',
    way: '↑',
    actuals: [2100, 3850, 6420, 7015, null, null],
    expect: [null, 4000, 6000, 8000, 9000, 10000],
    note: '',
  },
  {
    no: '指標③',
    name: '指定避難所の備蓄品目標達成率',
    desc: '備蓄計画に定める品目・数量に対する備蓄済みの割合',
    unit: '％',
    way: '↑',
    actuals: [72.0, 78.5, 84.0, 91.2, null, null],
    expect: [null, 80.0, 85.0, 90.0, 95.0, 100.0],
    note: '各年度末の備蓄倉庫棚卸による',
  },
  {
    no: '指標④',
    name: 'ハザードマップの認知度',
    desc: '市民意識調査で「ハザードマップを見たことがある」と回答した市民の割合',
    unit: '％',
    way: '↑',
    actuals: [45.3, 48.0, 52.6, 58.9, null, null],
    expect: [null, 50.0, 55.0, 60.0, 65.0, 70.0],
    note: '市民意識調査（毎年度実施）',
  },
  {
    no: '指標⑤',
    name: '防災メール登録者数',
    desc: '市防災情報メール配信サービスの登録者数（年度末）',
    unit: '人',
    way: '↑',
    actuals: [8450, 10230, 12880, 14105, null, null],
    expect: [null, 10000, 12000, 14000, 16000, 18000],
    note: '',
  },
];

function blockFacts(sheet: string, blocks: Block[]): ExpectedIndicator[] {
  return blocks.map((b) => {
    const dir = b.way === '↓' ? 'down' : 'up';
    const own = b.expect[3];
    const target = (typeof own === 'number' ? own : b.expect[5]) as number;
    const a = b.actuals[3];
    if (typeof a !== 'number') return { ...ind(sheet, b.name, b.unit, target, null, { direction: dir, actualStatus: 'pending' }), grade: null };
    const out = ind(sheet, b.name, b.unit, target, a, { direction: dir });
    if (typeof own !== 'number') out.targetSource = 'final';
    return out;
  });
}

const s1Facts = blockFacts(S1, s1Blocks);
const s2Facts = blockFacts(S2, s2Blocks);

const policy: Holdout2Workbook = {
  name: 'h106-shobo-bosai-seisaku',
  layout:
    '施策評価シート二枚（5-1 消防・救急、5-2 防災・減災）、指標ブロック二列並び、R2（現状値）〜R7、実績値／期待値、目指す方向↑↓、生存率R5「集計中」、期待値がR7のみの指標',
  build(wb) {
    for (const [sheet, blocks, head] of [
      [S1, s1Blocks, ['5.安全・安心に暮らせるまち', '5-1.消防・救急体制の充実', '消防本部（総務課・予防課・警防課）', '（B）']],
      [S2, s2Blocks, ['5.安全・安心に暮らせるまち', '5-2.防災・減災対策の推進', '総務部 危機管理課', '（C）']],
    ] as [string, Block[], string[]][]) {
      const ws = wb.addWorksheet(sheet);
      policyHead(ws, head[0], head[1], head[2], head[3]);
      blocks.forEach((b, i) => block(ws, 8 + Math.floor(i / 2) * 7, i % 2 === 0 ? 1 : 10, b));
      const end = 8 + Math.ceil(blocks.length / 2) * 7;
      put(ws, end, 1, ['総合評価（成果と課題）']);
      put(ws, end + 1, 1, ['今後の方向性']);
      ws.getColumn(2).width = 12;
      wrap(ws);
    }
  },
  expected: {
    file: 'h106-shobo-bosai-seisaku.xlsx',
    fiscalYear: 2023,
    indicators: [...s1Facts, ...s2Facts],
    groups: [
      { sheet: S1, cell: 'M3', grade: rollUp(s1Facts.map((f) => f.grade)) },
      { sheet: S2, cell: 'M3', grade: rollUp(s2Facts.map((f) => f.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B: 事業実績 with targets and actuals as text

interface Row {
  code: string;
  name: string;
  gaiyo: string;
  ka: string;
  r4: string;
  target: string;
  actual: string;
  self: string;
  way: string;
  note?: string;
}

const JR = '事業実績';
const rows: Row[] = [
  {
    code: '1-01',
    name: '住宅防火対策推進事業',
    gaiyo: '高齢者世帯等を戸別訪問し、住宅用火災警報器の設置・維持管理を指導',
    ka: '予防課',
    r4: '戸別訪問 1,015世帯',
    target: '戸別訪問 1,200世帯',
    actual: '戸別訪問 1,086世帯',
    self: 'A',
    way: '継続',
  },
  {
    code: '1-02',
    name: '防火対象物等立入検査事業',
    gaiyo: '防火対象物及び危険物施設の立入検査と違反是正指導',
    ka: '予防課',
    r4: '防火対象物 351件\n危険物施設 118件',
    target: '防火対象物 400件\n危険物施設 120件',
    actual: '防火対象物 372件\n危険物施設 126件',
    self: 'B',
    way: '継続',
  },
  {
    code: '1-03',
    name: '火災予防広報事業',
    gaiyo: '春・秋の火災予防運動、広報紙・SNSによる火災予防広報',
    ka: '予防課',
    r4: '広報回数 22回',
    target: '広報回数 24回',
    actual: '広報回数 24回',
    self: 'A',
    way: '継続',
  },
  {
    code: '2-01',
    name: '応急手当普及啓発事業',
    gaiyo: '普通救命講習・救命入門コースの開催',
    ka: '救急課',
    r4: '受講者 1,640人',
    target: '受講者 1,800人',
    actual: '受講者 1,932人',
    self: 'A',
    way: '拡充',
  },
  {
    code: '2-02',
    name: '救急車適正利用啓発事業',
    gaiyo: '救急安心センター（#7119）の周知、出前講座・イベントでの啓発',
    ka: '救急課',
    r4: '啓発イベント 9回',
    target: '啓発イベント 12回',
    actual: '啓発イベント 7回',
    self: 'C',
    way: '見直し',
  },
  {
    code: '2-03',
    name: '救急救命士養成事業',
    gaiyo: '救急救命士養成所への職員派遣',
    ka: '救急課',
    r4: '養成 2人',
    target: '養成 2人',
    actual: '養成 1人',
    self: 'B',
    way: '継続',
    note: '1人は次年度へ派遣延期',
  },
  {
    code: '3-01',
    name: '高機能消防指令センター運用事業',
    gaiyo: '119番受信から出動指令までの時間短縮（平均60秒以内）',
    ka: '警防課',
    r4: '平均 63秒',
    target: '平均 60秒以内',
    actual: '平均 58秒',
    self: 'A',
    way: '継続',
  },
  {
    code: '3-02',
    name: '消防水利整備事業',
    gaiyo: '耐震性防火水槽（40㎥級）の新設',
    ka: '警防課',
    r4: '防火水槽 2基',
    target: '防火水槽 3基',
    actual: '防火水槽 3基',
    self: 'A',
    way: '継続',
  },
  {
    code: '4-01',
    name: '消防団員確保対策事業',
    gaiyo: '入団促進PR、学生消防団活動認証制度、機能別団員の募集',
    ka: '総務課',
    r4: '新規入団者 31人',
    target: '新規入団者 40人',
    actual: '新規入団者 26人',
    self: 'C',
    way: '見直し',
  },
  {
    code: '4-02',
    name: '少年消防クラブ育成事業',
    gaiyo: '少年消防クラブ員への防火・防災体験研修',
    ka: '総務課',
    r4: '体験研修 2回',
    target: '体験研修 4回',
    actual: '未実施',
    self: 'D',
    way: '見直し',
    note: '指導員の確保ができず未実施',
  },
];

const projects: Holdout2Workbook = {
  name: 'h106-shobo-jigyo-jisseki',
  layout:
    '消防本部 事業実績一覧、推進事業（コード・事業名・概要）一セル、令和５年度（数値目標｜実績値）を文字で、二つの測定値のセル、「平均60秒以内」、未実施、自己評価A〜D',
  build(wb) {
    const ws = wb.addWorksheet(JR);
    put(ws, 1, 1, ['令和５年度 消防本部 主要事業 実績報告']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 2, 9, ['（消防本部総務課 取りまとめ）']);
    put(ws, 3, 1, ['No.', '担当課', '推進事業', 'R4年度実績値', '令和５年度', undefined, '自己評価', '今後の方向性', '備考']);
    put(ws, 4, 5, ['数値目標', '実績値']);
    ws.mergeCells(3, 5, 3, 6);
    for (const c of [1, 2, 3, 4, 7, 8, 9]) ws.mergeCells(3, c, 4, c);
    rows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, r.ka, `${r.code} ${r.name}\n${r.gaiyo}`, r.r4, r.target, r.actual, r.self, r.way, r.note ?? '']));
    const end = 5 + rows.length + 1;
    put(ws, end, 1, ['自己評価　A：目標を達成　B：概ね達成（達成率80％以上）　C：やや遅れ（60％以上80％未満）　D：遅れ（60％未満）・未実施']);
    ws.mergeCells(end, 1, end, 9);
    ws.getColumn(3).width = 40;
    ws.getColumn(5).width = 18;
    ws.getColumn(6).width = 18;
    wrap(ws);
  },
  expected: {
    file: 'h106-shobo-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(JR, '住宅防火対策推進事業', '世帯', 1200, 1086, { existing: 'A' }),
      {
        sheet: JR,
        name: '防火対象物等立入検査事業',
        unit: '件',
        measures: [
          { label: '防火対象物', target: 400, actual: 372, unit: '件' },
          { label: '危険物施設', target: 120, actual: 126, unit: '件' },
        ],
        direction: 'up',
        existing: 'B',
        grade: gradeOf(400, 372),
      },
      ind(JR, '火災予防広報事業', '回', 24, 24, { existing: 'A' }),
      ind(JR, '応急手当普及啓発事業', '人', 1800, 1932, { existing: 'A' }),
      ind(JR, '救急車適正利用啓発事業', '回', 12, 7, { existing: 'C' }),
      ind(JR, '救急救命士養成事業', '人', 2, 1, { existing: 'B' }),
      ind(JR, '高機能消防指令センター運用事業', '秒', 60, 58, { direction: 'down', existing: 'A' }),
      ind(JR, '消防水利整備事業', '基', 3, 3, { existing: 'A' }),
      ind(JR, '消防団員確保対策事業', '人', 40, 26, { existing: 'C' }),
      ind(JR, '少年消防クラブ育成事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// C: 国土強靱化地域計画 KPI, 目標値／実績値 per 3月末

const KS = 'KPI';
interface Kpi {
  field: string;
  name: string;
  unit: string;
  targets: (number | null)[];
  actuals: (number | null)[];
  final: number;
  ka: string;
  note?: string;
}
const kpis: Kpi[] = [
  { field: '地域防災力', name: '自主防災組織の結成率', unit: '％', targets: [84.0, 86.0, 88.0], actuals: [84.6, 85.4, 86.9], final: 92.0, ka: '危機管理課' },
  { field: '地域防災力', name: '防災士資格取得者数（累計）', unit: '人', targets: [150, 180, 210], actuals: [162, 201, 236], final: 300, ka: '危機管理課' },
  { field: '避難対策', name: '指定避難所の備蓄達成率', unit: '％', targets: [80.0, 90.0, 100.0], actuals: [78.5, 84.0, 96.3], final: 100.0, ka: '危機管理課' },
  {
    field: '避難対策',
    name: '避難行動要支援者の個別避難計画作成率',
    unit: '％',
    targets: [null, 20.0, 30.0],
    actuals: [null, 12.5, 21.0],
    final: 50.0,
    ka: '福祉政策課',
    note: 'R4から計上',
  },
  {
    field: '避難対策',
    name: '土砂災害ハザードマップの認知度',
    unit: '％',
    targets: [null, 60.0, 65.0],
    actuals: [null, 55.8, null],
    final: 75.0,
    ka: '危機管理課',
    note: '市民意識調査（隔年）。次回は令和6年度',
  },
  {
    field: '情報伝達',
    name: '防災行政無線戸別受信機の配布世帯数',
    unit: '世帯',
    targets: [null, 1500, 2500],
    actuals: [620, 1480, 2730],
    final: 4000,
    ka: '危機管理課',
  },
  { field: '消防力', name: '消防水利の充足率', unit: '％', targets: [82.0, 83.0, 84.0], actuals: [81.2, 82.5, 82.9], final: 86.0, ka: '消防本部警防課' },
  { field: '消防力', name: '耐震性貯水槽の整備数（累計）', unit: '基', targets: [28, 30, 32], actuals: [28, 30, 31], final: 36, ka: '消防本部警防課' },
];
const withUnit = (v: number | null, u: string) => (v === null ? '-' : `${v.toLocaleString('ja-JP', { minimumFractionDigits: u === '％' ? 1 : 0 })} ${u}`);

const kpi: Holdout2Workbook = {
  name: 'h106-kyojinka-kpi',
  layout:
    '国土強靱化地域計画 KPI表、KPIごとに目標値行と実績値行、期間列 令和4年3月末〜令和6年3月末と最終目標（令和8年3月末）、「86.9 ％」の単位付き文字、目標・実績の「-」',
  build(wb) {
    const ws = wb.addWorksheet(KS);
    put(ws, 1, 1, ['〇〇市国土強靱化地域計画　重要業績指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['評価時点：令和6年3月末（令和5年度末）　　令和6年5月 国土強靱化推進会議資料']);
    put(ws, 4, 1, [
      'No.',
      '施策分野',
      '重要業績指標（KPI）',
      '区分',
      '令和4年3月末',
      '令和5年3月末',
      '令和6年3月末',
      '最終目標\n（令和8年3月末）',
      '所管課',
      '備考',
    ]);
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, k.field, k.name, '目標値', ...k.targets.map((v) => withUnit(v, k.unit)), withUnit(k.final, k.unit), k.ka, k.note ?? '']);
      put(ws, r + 1, 4, ['実績値', ...k.actuals.map((v) => withUnit(v, k.unit))]);
      for (const c of [1, 2, 3, 8, 9, 10]) ws.mergeCells(r, c, r + 1, c);
    });
    ws.getColumn(3).width = 36;
    wrap(ws);
  },
  expected: {
    file: 'h106-kyojinka-kpi.xlsx',
    fiscalYear: 2023,
    indicators: kpis.map((k) => {
      const a = k.actuals[2];
      if (a === null) return { ...ind(KS, k.name, k.unit, k.targets[2], null, { actualStatus: 'not-applicable' }), grade: null };
      return ind(KS, k.name, k.unit, k.targets[2], a);
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// D: 地域防災推進計画 点検評価一覧

const DS = '点検評価一覧';
interface Plan {
  hoshin: string;
  name: string;
  desc: string;
  now: string;
  target: number;
  actual: string;
  how: string;
  unit: string;
}
const plans: Plan[] = [
  {
    hoshin: '1 自助の推進',
    name: 'ハザードマップの認知度',
    desc: 'ハザードマップを見て自宅の災害リスクを確認している市民の割合（％）',
    now: '45.3\n（令和2年度）',
    target: 70.0,
    actual: '58.3\n（令和4年度）',
    how: '市民意識調査（隔年実施）',
    unit: '％',
  },
  {
    hoshin: '1 自助の推進',
    name: '家庭で3日分以上の食料を備蓄している世帯の割合',
    desc: '同上調査で「3日分以上備蓄している」と回答した割合（％）',
    now: '38.0\n（令和2年度）',
    target: 60.0,
    actual: '47.2\n（令和5年度）',
    how: '防災に関するアンケート（毎年度）',
    unit: '％',
  },
  {
    hoshin: '1 自助の推進',
    name: '防災メール登録者数',
    desc: '市防災情報メールの登録者数（人）',
    now: '8,450\n（令和2年度）',
    target: 18000,
    actual: '14,105\n（令和5年度）',
    how: '配信システム登録件数',
    unit: '人',
  },
  {
    hoshin: '2 共助の推進',
    name: '自主防災組織の結成率',
    desc: '自主防災組織がある自治会の世帯数の割合（％）',
    now: '84.2\n（令和2年度）',
    target: 92.0,
    actual: '86.9\n（令和5年度）',
    how: '危機管理課調べ',
    unit: '％',
  },
  {
    hoshin: '2 共助の推進',
    name: '防災訓練参加者数',
    desc: '総合防災訓練・地域防災訓練の延べ参加者数（人）',
    now: '2,100\n（令和2年度）',
    target: 10000,
    actual: '7,015\n（令和5年度）',
    how: '各訓練の参加者報告',
    unit: '人',
  },
  {
    hoshin: '2 共助の推進',
    name: '消防団員数（実員）',
    desc: '消防団員の実員（人）',
    now: '512\n（令和2年度末）',
    target: 520,
    actual: '468\n（令和5年度末）',
    how: '消防本部総務課調べ',
    unit: '人',
  },
  {
    hoshin: '3 公助の充実',
    name: '避難所運営マニュアル策定済み避難所数',
    desc: '地域と共同で運営マニュアルを策定した指定避難所の数（か所）',
    now: '12\n（令和2年度）',
    target: 45,
    actual: '31\n（令和5年度）',
    how: '危機管理課調べ',
    unit: 'か所',
  },
  {
    hoshin: '3 公助の充実',
    name: '福祉避難所の指定数',
    desc: '協定により指定した福祉避難所の数（か所）',
    now: '8\n（令和2年度）',
    target: 20,
    actual: '21\n（令和5年度）',
    how: '福祉政策課調べ',
    unit: 'か所',
  },
];

const plan: Holdout2Workbook = {
  name: 'h106-bosai-tenken',
  layout: '地域防災推進計画 点検評価一覧、基本方針の縦結合、現況（計画策定時）と実績に年の注記、目標（R8）、一つの実績が令和4年度（隔年の市民意識調査）',
  build(wb) {
    const ws = wb.addWorksheet(DS);
    put(ws, 1, 1, ['令和５年度　〇〇市地域防災推進計画（令和3〜8年度）点検評価一覧']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法', '担当課']);
    plans.forEach((p, i) =>
      put(ws, 4 + i, 1, [p.hoshin, p.name, p.desc, p.now, p.target, p.actual, p.how, p.name.includes('消防団') ? '消防本部' : '危機管理課']),
    );
    ws.mergeCells(4, 1, 6, 1);
    ws.mergeCells(7, 1, 9, 1);
    ws.mergeCells(10, 1, 11, 1);
    put(ws, 13, 1, ['※実績は令和５年度の値。市民意識調査は隔年実施のため、直近の調査結果を記載。']);
    ws.getColumn(2).width = 34;
    ws.getColumn(3).width = 40;
    wrap(ws);
  },
  expected: {
    file: 'h106-bosai-tenken.xlsx',
    fiscalYear: 2023,
    indicators: plans.map((p) => ind(DS, p.name, p.unit, p.target, Number(p.actual.split('\n')[0].replace(/,/g, '')))),
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
