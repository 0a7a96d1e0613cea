/**
 * Hold-out 47, report-style sheets: a 議会提出用 主要施策の成果 (narrative cells, two tables, one 施策 whose
 * indicators are only in the narrative), a 事務事業評価シート whose indicator table starts at row 30 under a
 * long text block and a 事業費 table (evaluating the year before), and two 施策 side by side with their own
 * rating cells.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const COUNCIL = '主要施策の成果';

/** 成果指標, 単位, 目標値, 実績値 (a number, or text with a year note), 達成率, 備考. */
type Row = [string, string, number, number | string, string, string];

const CHILD_ROWS: Row[] = [
  ['保育所等待機児童数', '人', 0, 3, '－', '4月1日時点'],
  ['子育て支援に満足している保護者の割合', '％', 70.0, 66.5, '95.0%', '子育て世帯アンケート'],
  ['乳幼児健康診査受診率', '％', 98.0, 97.1, '99.1%', '4か月・1歳6か月・3歳児の平均'],
];
const INDUSTRY_ROWS: Row[] = [
  ['創業件数', '件', 15, 11, '73.3%', '創業支援事業計画に基づく支援件数'],
  ['市内事業所従業者数', '人', 10100, '10,412\n（令和３年）', '103.1%', '最新は経済センサス（令和３年）'],
  ['企業立地件数（累計）', '件', 12, 9, '75.0%', '計画期間（R3～）の累計'],
];

function section(ws: Worksheet, top: number, heading: string, text: string, rows: Row[] | null): void {
  put(ws, top, 1, [heading]);
  put(ws, top + 1, 1, [text]);
  ws.mergeCells(top + 1, 1, top + 5, 7);
  ws.getCell(top + 1, 1).alignment = { wrapText: true, vertical: 'top' };
  if (!rows) return;
  put(ws, top + 7, 1, ['成果指標', '単位', '目標値（R5）', '実績値（R5）', '達成率', '備考']);
  rows.forEach((r, i) => put(ws, top + 8 + i, 1, r));
}

function buildCouncil(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度　主要な施策の成果に関する説明書（抜粋）']);
  ws.mergeCells('A1:G1');
  section(
    ws,
    3,
    '施策１　子育て支援の充実（こども家庭課）',
    '【取組内容と成果】\n子育て支援センターの利用者数は延べ12,480人となり、前年度を約1,100人上回った。ファミリー・サポート・センターの会員数は令和６年３月末で612人となった。\n病児保育事業を新たに1か所で開始し、延べ318人が利用した。',
    CHILD_ROWS,
  );
  put(ws, 15, 1, ['※保育所等待機児童数は少ないほど良い指標のため、達成率は算出していない。']);
  section(
    ws,
    17,
    '施策２　地域産業の振興（商工課）',
    '【取組内容と成果】\n創業支援セミナーを4回開催し、延べ96人が参加した。中小企業振興資金の融資あっせんは48件、総額3億2,400万円であった。\n工業団地への企業立地は1件にとどまり、累計では目標を下回っている。',
    INDUSTRY_ROWS,
  );
  section(
    ws,
    30,
    '施策３　生涯学習の推進（生涯学習課）',
    '【取組内容と成果】\n地区公民館で年間212講座を開催した。成果指標である「公民館講座の参加者数」は、目標値5,000人に対し実績値4,630人（達成率92.6％）であった。\nまた、成果指標「市立図書館の貸出冊数」は、目標値320,000冊に対し実績値331,250冊となり、目標を達成した。',
    null,
  );
  ws.getColumn(1).width = 36;
}

function councilFacts(): ExpectedIndicator[] {
  const fromRow = ([name, unit, t, a]: Row) =>
    ind(COUNCIL, name, unit, t, typeof a === 'number' ? a : Number(a.split('\n')[0].replace(/,/g, '')), {
      direction: name.includes('待機児童') ? 'down' : 'up',
    });
  return [
    ...CHILD_ROWS.map(fromRow),
    ...INDUSTRY_ROWS.map(fromRow),
    ind(COUNCIL, '公民館講座の参加者数', '人', 5000, 4630),
    ind(COUNCIL, '市立図書館の貸出冊数', '冊', 320000, 331250),
  ];
}

const PROJECT = '事務事業評価シート';

/** 区分, 指標名, 単位, 令和３年度実績, 令和４年度目標, 令和４年度実績, 達成率, 備考. */
const PROJECT_ROWS: (string | number)[][] = [
  ['活動指標', '見守り協力事業所数', '事業所', 142, 160, 158, '98.8%', '新聞販売店・郵便局等'],
  ['活動指標', '見守り訪問延べ件数', '件', 2315, 2600, 2712, '104.3%', ''],
  ['成果指標', '孤立死発生件数', '件', 2, 0, 0, '－', '少ないほど良い'],
  ['成果指標', '緊急通報装置設置世帯数', '世帯', 388, 420, 351, '83.6%', '年度末時点'],
  ['成果指標', '見守り体制に対する市民満足度', '％', 61.2, 65.0, 63.0, '96.9%', '市民意識調査'],
];

function projectHead(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度　事務事業評価シート（令和４年度実施事業の事後評価）']);
  ws.mergeCells('A1:H1');
  const info: [string, string][] = [
    ['事業名', '高齢者見守りネットワーク推進事業'],
    ['担当課', '健康福祉部 長寿支援課'],
    ['総合計画の位置付け', '基本目標２　健やかに暮らせるまち　施策2-3 高齢者福祉の充実'],
    ['事業期間', '平成28年度～（終期設定なし）'],
    ['根拠法令等', '老人福祉法、市高齢者見守りネットワーク事業実施要綱'],
  ];
  info.forEach(([k, v], i) => {
    put(ws, 3 + i, 1, [k, v]);
    ws.mergeCells(3 + i, 2, 3 + i, 8);
  });
  const text: [string, string][] = [
    [
      '事業の目的',
      '一人暮らし高齢者等が住み慣れた地域で安心して暮らし続けられるよう、地域の事業所・住民と連携した見守り体制を構築し、異変の早期発見につなげる。',
    ],
    ['対象', '市内に住む65歳以上の一人暮らし高齢者及び高齢者のみの世帯（令和４年度末 4,912世帯）'],
    ['手段', '見守り協力事業所との協定締結、民生委員による定期訪問、緊急通報装置の貸与、安否確認の通報に基づく訪問'],
  ];
  text.forEach(([k, v], i) => {
    const r = 9 + i * 3;
    put(ws, r, 1, [k, v]);
    ws.mergeCells(r, 2, r + 2, 8);
    ws.getCell(r, 2).alignment = { wrapText: true, vertical: 'top' };
  });
}

function projectCosts(ws: Worksheet): void {
  put(ws, 19, 1, ['事業費の推移（単位：千円）']);
  put(ws, 20, 1, ['区分', '令和２年度', '令和３年度', '令和４年度']);
  const costs: (string | number)[][] = [
    ['予算額', 8420, 8650, 9100],
    ['決算額', 7988, 8213, 8874],
    ['うち国県支出金', 3994, 4106, 4437],
    ['うち一般財源', 3994, 4107, 4437],
    ['人件費（概算）', 6200, 6200, 6400],
  ];
  costs.forEach((c, i) => put(ws, 21 + i, 1, c));
  put(ws, 27, 1, [
    '令和４年度の活動内容',
    '協力事業所16か所と新たに協定を締結した。緊急通報装置は更新時期を迎えた機器の撤去が新規設置を上回り、設置世帯数が減少した。',
  ]);
  ws.mergeCells('B27:H28');
}

function buildProject(ws: Worksheet): void {
  projectHead(ws);
  projectCosts(ws);
  put(ws, 30, 1, ['■ 指標の状況']);
  put(ws, 31, 1, ['区分', '指標名', '単位', '令和３年度実績', '令和４年度目標', '令和４年度実績', '達成率', '備考']);
  PROJECT_ROWS.forEach((r, i) =>
    put(
      ws,
      32 + i,
      1,
      r.map((v) => (v === '' ? undefined : v)),
    ),
  );
  put(ws, 38, 1, ['一次評価（担当課）', '概ね順調', undefined, '今後の方向性', '継続']);
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 30;
}

function projectFacts(): ExpectedIndicator[] {
  return PROJECT_ROWS.map(([, name, unit, , t, a, , note]) =>
    ind(PROJECT, name as string, unit as string, t as number, a as number, { direction: String(note).includes('少ないほど') ? 'down' : 'up' }),
  );
}

const TWIN = '施策評価（3-1・3-2）';

interface Policy {
  col: number;
  code: string;
  name: string;
  office: string;
  last: string;
  rows: [string, string, number, number, string][];
}

const POLICIES: Policy[] = [
  {
    col: 1,
    code: '3-1',
    name: '防災体制の強化',
    office: '危機管理課',
    last: '（前年度 B）',
    rows: [
      ['自主防災組織の組織率', '％', 85.0, 82.3, ''],
      ['防災訓練参加者数', '人', 6000, 4120, '総合防災訓練と地区訓練の合計'],
      ['避難行動要支援者の個別避難計画作成率', '％', 50.0, 53.4, ''],
    ],
  },
  {
    col: 8,
    code: '3-2',
    name: '消防・救急体制の充実',
    office: '消防本部 総務課',
    last: '（前年度 C）',
    rows: [
      ['救急隊の現場到着平均時間', '分', 8.5, 9.1, '短いほど良い'],
      ['住宅用火災警報器設置率', '％', 90.0, 72.0, '抽出調査'],
      ['火災発生件数', '件', 20, 26, '少ないほど良い'],
      ['応急手当講習受講者数', '人', 2000, 1150, ''],
    ],
  },
];

function buildPolicy(ws: Worksheet, p: Policy): void {
  const c = p.col;
  put(ws, 3, c, ['施策', `${p.code}　${p.name}`, undefined, '達成度評価', undefined, p.last]);
  ws.mergeCells(3, c + 1, 3, c + 2);
  put(ws, 4, c, ['評価区分：A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
  ws.mergeCells(4, c, 4, c + 5);
  put(ws, 5, c, ['主管課', p.office]);
  put(ws, 7, c, ['成果指標', '単位', '目標値（R5）', '実績値（R5）', '達成度', '備考']);
  p.rows.forEach(([name, unit, t, a, note], i) => {
    const dir = note.includes('ほど良い') ? 'down' : 'up';
    const rate = dir === 'down' ? t / a : a / t;
    put(ws, 8 + i, c, [name, unit, t, a, `${(rate * 100).toFixed(1)}%`, note || undefined]);
  });
}

function buildTwin(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度　施策評価シート（基本目標３　安全・安心なまちづくり）']);
  ws.mergeCells('A1:M1');
  POLICIES.forEach((p) => buildPolicy(ws, p));
  ws.getColumn(1).width = 30;
  ws.getColumn(8).width = 30;
}

function twinFacts(): { indicators: ExpectedIndicator[]; groups: { sheet: string; cell: string; grade: string | null }[] } {
  const indicators: ExpectedIndicator[] = [];
  const groups = POLICIES.map((p) => {
    const mine = p.rows.map(([name, unit, t, a, note]) => ind(TWIN, name, unit, t, a, { direction: note.includes('ほど良い') ? 'down' : 'up' }));
    indicators.push(...mine);
    const col = String.fromCharCode(64 + p.col + 4);
    return { sheet: TWIN, cell: `${col}3`, grade: rollUp(mine.map((m) => m.grade)) };
  });
  return { indicators, groups };
}

export const REPORT_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h47-council-main-policies',
    layout:
      '議会提出用 主要施策の成果: merged narrative cells with figures, two small tables (one actual of another year), a third 施策 whose two indicators are only in the narrative',
    build: (wb) => buildCouncil(wb.addWorksheet(COUNCIL)),
    // 市内事業所従業者数 is the 令和３年 census figure, read as written: a reading that rests on another year.
    expected: { file: 'h47-council-main-policies.xlsx', fiscalYear: 2023, indicators: councilFacts(), groups: [], guesses: ['other-year'] },
  },
  {
    name: 'h47-project-sheet-row30',
    layout: '事務事業評価シート: info and text blocks, a 事業費 table in 千円, the indicator table at row 30; evaluated in R5 for the R4 results',
    build: (wb) => buildProject(wb.addWorksheet(PROJECT)),
    expected: { file: 'h47-project-sheet-row30.xlsx', fiscalYear: 2022, indicators: projectFacts(), groups: [] },
  },
  {
    name: 'h47-twin-policies',
    layout: 'two 施策 side by side (A–F, H–M) each with an empty 達成度評価 cell and last year in （前年度 B）, direction in 備考',
    build: (wb) => buildTwin(wb.addWorksheet(TWIN)),
    expected: { file: 'h47-twin-policies.xlsx', fiscalYear: 2023, ...twinFacts() },
  },
];
