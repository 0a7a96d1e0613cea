/** Hold-out 81, part 3: formulas with cached results, period headings as date serials in an era format, 前年差/前年比 columns, hidden rows of superseded figures marked 旧, and two 施策 tables on one sheet. */
import type { CellValue, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const formula = (f: string, result: number | { error: '#VALUE!' }): CellValue => ({ formula: f, result }) as CellValue;

const T1 = '事業成果';
const rate: Holdout2Workbook = {
  name: 'h81-formula-rate',
  layout:
    '事務事業評価の成果指標一覧: 実績＝上半期＋下半期、達成率＝実績÷目標（減少を目指す指標は目標÷実績）、前年比の列がすべて数式（キャッシュ値）、集計中の行は達成率が #VALUE!',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度　事務事業評価　成果指標一覧（環境部）']);
    put(ws, 3, 1, ['事業名', '成果指標', '単位', '上半期実績', '下半期実績', '令和5年度実績', '令和5年度目標', '達成率', '令和4年度実績', '前年比']);
    const rows: [string, string, string, number, number | string, number | null, number, number][] = [
      ['資源回収推進事業', '集団資源回収の回収量', 't', 612, 598, 1210, 1300, 1250],
      ['ごみ減量啓発事業', '出前講座の開催回数', '回', 14, 19, 33, 30, 28],
      ['環境美化推進事業', '清掃ボランティアの参加者数', '人', 1850, 920, 2770, 4000, 2605],
      ['不法投棄対策事業', '不法投棄の回収件数', '件', 41, 37, 78, 60, 83],
      ['緑化推進事業', '生け垣設置補助の交付件数', '件', 8, '集計中', null, 20, 17],
      ['省エネ推進事業', '省エネ診断の実施件数', '件', 12, 15, 27, 25, 22],
    ];
    rows.forEach(([project, name, unit, h1, h2, total, target, last], i) => {
      const r = 4 + i;
      put(ws, r, 1, [project, name, unit, h1, h2]);
      ws.getCell(r, 6).value = total === null ? '集計中' : formula(`D${r}+E${r}`, total);
      ws.getCell(r, 7).value = target;
      const down = name === '不法投棄の回収件数';
      ws.getCell(r, 8).value =
        total === null ? formula(`F${r}/G${r}`, { error: '#VALUE!' }) : down ? formula(`G${r}/F${r}`, target / total) : formula(`F${r}/G${r}`, total / target);
      ws.getCell(r, 9).value = last;
      ws.getCell(r, 10).value = total === null ? formula(`F${r}/I${r}`, { error: '#VALUE!' }) : formula(`F${r}/I${r}`, total / last);
      for (const c of [8, 10]) ws.getCell(r, c).numFmt = '0.0%';
    });
    put(ws, 11, 1, ['※不法投棄の回収件数は減少を目指す指標のため、達成率＝目標÷実績。']);
    put(ws, 12, 1, ['※生け垣設置補助の下半期分は、完了検査後に集計する（令和6年5月確定予定）。']);
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h81-formula-rate.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '集団資源回収の回収量', 't', 1300, 1210),
      ind(T1, '出前講座の開催回数', '回', 30, 33),
      ind(T1, '清掃ボランティアの参加者数', '人', 4000, 2770),
      ind(T1, '不法投棄の回収件数', '件', 60, 78, { direction: 'down' }),
      ind(T1, '生け垣設置補助の交付件数', '件', 20, null, { actualStatus: 'pending' }),
      ind(T1, '省エネ診断の実施件数', '件', 25, 27),
    ],
    groups: [],
  },
};

const T2 = 'KPI';
const ERA = '[$-411]ggge"年度"';
const april1 = (year: number) => new Date(Date.UTC(year, 3, 1));
const dates: Holdout2Workbook = {
  name: 'h81-date-serial-years',
  layout:
    '創生総合戦略の KPI: 年度の見出しと評価対象年度が日付シリアル（4月1日）に和暦の表示形式 ggge"年度"（令和3年度〜令和6年度）、KPI ごとに目標/実績の2行、「1,050（見込）」',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['みなと市まち・ひと・しごと創生総合戦略　KPIの状況']);
    put(ws, 2, 1, ['評価対象年度']);
    ws.getCell('B2').value = april1(2023);
    ws.getCell('B2').numFmt = ERA;
    put(ws, 2, 6, ['企画政策課']);
    put(ws, 4, 1, ['KPI', '単位', '区分']);
    [2021, 2022, 2023, 2024].forEach((y, i) => {
      const cell = ws.getCell(4, 4 + i);
      cell.value = april1(y);
      cell.numFmt = ERA;
    });
    const kpis: [string, string, number[], (number | string)[]][] = [
      ['新規就農者数', '人', [8, 8, 9, 9], [7, 9, 6]],
      ['市内高校卒業者の市内就職率', '％', [30.0, 31.0, 32.0, 33.0], [28.4, 29.9, 33.1]],
      ['子育て世代包括支援センターの相談件数', '件', [1500, 1600, 1700, 1800], [1420, 1580, 1540]],
      ['転入者数', '人', [2400, 2450, 2500, 2550], [2310, 2288, 2301]],
      ['テレワーク拠点の利用者数', '人', [500, 800, 1000, 1200], [420, 610, '1,050（見込）']],
    ];
    kpis.forEach(([name, unit, targets, actuals], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [name, unit, '目標', ...targets]);
      put(ws, r + 1, 3, ['実績', ...actuals]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
    });
    put(ws, 16, 1, ['※テレワーク拠点の利用者数の令和5年度実績は2月末までの実績からの見込み。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h81-date-serial-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2, '新規就農者数', '人', 9, 6),
      ind(T2, '市内高校卒業者の市内就職率', '％', 32.0, 33.1),
      ind(T2, '子育て世代包括支援センターの相談件数', '件', 1700, 1540),
      ind(T2, '転入者数', '人', 2500, 2301),
      ind(T2, 'テレワーク拠点の利用者数', '人', 1000, 1050, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const T3 = '指標評価';
const yoy: Holdout2Workbook = {
  name: 'h81-yoy-diff',
  layout:
    '文化・スポーツ施策の成果指標: 2段の見出し（令和4年度 目標/実績、令和5年度 目標/実績/前年差/前年比）、前年差は「▲5」、前年比は「93.4%」の文字、部署の評価',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['令和5年度　文化・スポーツ施策　成果指標の評価']);
    put(ws, 2, 8, ['文化スポーツ課']);
    put(ws, 4, 1, ['成果指標', '単位', '令和4年度', undefined, '令和5年度', undefined, undefined, undefined, '評価']);
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '前年差', '前年比']);
    for (const m of ['A4:A5', 'B4:B5', 'C4:D4', 'E4:H4', 'I4:I5']) ws.mergeCells(m);
    const rows: (string | number)[][] = [
      ['美術館の入館者数', '人', 42000, 39850, 45000, 43120, 3270, '108.2%', 'B'],
      ['市民文化祭の出展団体数', '団体', 80, 76, 80, 71, '▲5', '93.4%', 'B'],
      ['総合体育館の利用者数', '人', 150000, 158300, 155000, 149700, '▲8,600', '94.6%', 'B'],
      ['スポーツ教室の参加者数', '人', 1200, 980, 1200, 1260, 280, '128.6%', 'A'],
      ['文化財講座の受講者数', '人', 300, 245, 320, 178, '▲67', '72.7%', 'D'],
      ['図書館ボランティアの登録者数', '人', 90, 88, 95, 95, 7, '108.0%', 'A'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※前年差・前年比は令和4年度実績との比較（▲は減少）。']);
    put(ws, 14, 1, ['評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満（達成率＝実績÷目標）']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h81-yoy-diff.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3, '美術館の入館者数', '人', 45000, 43120, { existing: 'B' }),
      ind(T3, '市民文化祭の出展団体数', '団体', 80, 71, { existing: 'B' }),
      ind(T3, '総合体育館の利用者数', '人', 155000, 149700, { existing: 'B' }),
      ind(T3, 'スポーツ教室の参加者数', '人', 1200, 1260, { existing: 'A' }),
      ind(T3, '文化財講座の受講者数', '人', 320, 178, { existing: 'D' }),
      ind(T3, '図書館ボランティアの登録者数', '人', 95, 95, { existing: 'A' }),
    ],
    groups: [],
  },
};

const T4 = '成果指標';
const hidden: Holdout2Workbook = {
  name: 'h81-hidden-old-rows',
  layout:
    '子ども・子育て支援事業計画の成果指標: 指標ごとに区分「旧」の行（前年度報告時の目標・速報値）を非表示で直下に残し、シートの注記で「旧」の行と明記、目標 0 人の待機児童数',
  build(wb) {
    const ws = wb.addWorksheet(T4);
    put(ws, 1, 1, ['第2期みなと市子ども・子育て支援事業計画　令和5年度 成果指標の実績']);
    put(ws, 2, 7, ['こども家庭課']);
    put(ws, 3, 1, ['※区分「旧」の行は前年度報告時（目標値見直し前）の数値。参考として非表示にしている。']);
    put(ws, 4, 1, ['No.', '成果指標', '区分', '単位', '基準値（H30）', '目標値（R5）', '実績値（R5）', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '保育所等の待機児童数', undefined, '人', 24, 0, 3, '国の方針を踏まえ目標を0人に見直し（減少を目指す指標）'],
      [1, '保育所等の待機児童数', '旧', '人', 24, 5, '2（見込）'],
      [2, '子育て支援センターの利用者数', undefined, '人', 18200, 22000, 20480, '目標値を上方修正（旧：20,000人）'],
      [2, '子育て支援センターの利用者数', '旧', '人', 18200, 20000, '19,950（速報）'],
      [3, 'ファミリー・サポート・センターの活動件数', undefined, '件', 2850, 3200, 2410],
      [3, 'ファミリー・サポート・センターの活動件数', '旧', '件', 2850, 3200, '2,380（速報）'],
      [4, '乳幼児健康診査の受診率', undefined, '％', 96.1, 98.0, 97.4],
      [4, '乳幼児健康診査の受診率', '旧', '％', 96.1, 98.0, '97.0（速報）'],
      [5, '病児保育の利用者数', undefined, '人', 620, 900, 1012],
      [6, 'こんにちは赤ちゃん訪問の実施率', undefined, '％', 97.5, 100, 98.6],
      [6, 'こんにちは赤ちゃん訪問の実施率', '旧', '％', 97.5, 100, '95.2（速報）'],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      if (r[2] === '旧') ws.getRow(5 + i).hidden = true;
    });
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h81-hidden-old-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      // Lower is better and the target is 0: 0 ÷ 3 = 0 % ⇒ D.
      ind(T4, '保育所等の待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(T4, '子育て支援センターの利用者数', '人', 22000, 20480),
      ind(T4, 'ファミリー・サポート・センターの活動件数', '件', 3200, 2410),
      ind(T4, '乳幼児健康診査の受診率', '％', 98.0, 97.4),
      ind(T4, '病児保育の利用者数', '人', 900, 1012),
      ind(T4, 'こんにちは赤ちゃん訪問の実施率', '％', 100, 98.6),
    ],
    groups: [],
  },
};

const T5 = '基本政策3';
const table = (ws: Worksheet, top: number, title: string, dept: string, last: string, rows: (string | number)[][]) => {
  put(ws, top, 1, [title, undefined, undefined, undefined, undefined, dept]);
  put(ws, top + 1, 1, ['施策の評価', undefined, undefined, last]);
  ws.mergeCells(top + 1, 2, top + 1, 3);
  put(ws, top + 2, 1, ['成果指標', '単位', '基準値（R2）', '目標値（R6）', '実績値（R6）', '備考']);
  rows.forEach((r, i) => put(ws, top + 3 + i, 1, r));
};
const policy1 = [
  ['福祉総合相談窓口の相談件数', '件', 820, 1100, 1148],
  ['民生委員・児童委員の充足率', '％', 92.3, 100.0, 94.1],
  ['地域サロンの設置数', 'か所', 34, 50, 38],
  ['福祉ボランティアの登録者数', '人', 1420, 1600, 1512],
];
const policy2 = [
  ['障がい者相談支援事業の相談件数', '件', 2100, 2600, 2450],
  ['福祉施設から一般就労への移行者数', '人', 8, 14, 7, '就労移行支援事業所等から'],
  ['グループホームの定員数', '人', 96, 130, 98],
  ['手話奉仕員養成講座の修了者数', '人', 12, 20, 15],
];
const asExpected = (rows: (string | number)[][]) => rows.map((r) => ind(T5, r[0] as string, r[1] as string, r[3] as number, r[4] as number));
const two = [asExpected(policy1), asExpected(policy2)];
const twoPolicies: Holdout2Workbook = {
  name: 'h81-two-policies',
  layout:
    '施策評価: 1シートに施策3-1（福祉総務課）と施策3-2（障がい福祉課）の成果指標表を上下に、それぞれ空の「施策の評価」欄と前年度評価、評価対象は令和6年度',
  build(wb) {
    const ws = wb.addWorksheet(T5);
    put(ws, 1, 1, ['令和6年度　施策評価（基本政策3　安心して暮らせるまちづくり）']);
    table(ws, 3, '施策3-1　地域福祉の推進', '担当課：福祉総務課', '（前年度：B）', policy1);
    table(ws, 12, '施策3-2　障がい者福祉の充実', '担当課：障がい福祉課', '（前年度：C）', policy2);
    put(ws, 20, 1, ['※基準値は令和2年度末、実績値は令和6年度末の数値。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h81-two-policies.xlsx',
    fiscalYear: 2024,
    indicators: [...two[0], ...two[1]],
    groups: [
      { sheet: T5, cell: 'B4', grade: rollUp(two[0].map((i) => i.grade)) },
      { sheet: T5, cell: 'B13', grade: rollUp(two[1].map((i) => i.grade)) },
    ],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [rate, dates, yoy, hidden, twoPolicies];
