/** Hold-out 73, part 2: tables of the known families built with Excel features (a 目次 sheet with hyperlinks to one sheet per 課, hidden columns of last year's copy, 時点 headings stored as date serials, units only in number formats, hidden rows, collapsed outline rows under SUM formulas, a print area that cuts off this year's column). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { fx, num } from './policy';

const col = (n: number) => String.fromCharCode(64 + n);

// ---------------------------------------------------------------------------------------------------------------------
type DeptRow = { name: string; unit: string; dir: '↑' | '↓'; target: number; actual: number; own: string; pct?: boolean; note?: string };
const depts: { sheet: string; work: string; rows: DeptRow[] }[] = [
  {
    sheet: '総務課',
    work: '職員研修・情報公開・文書事務',
    rows: [
      { name: '職員研修の受講者数', unit: '人', dir: '↑', target: 400, actual: 452, own: 'A' },
      { name: '情報公開請求への期限内対応率', unit: '％', dir: '↑', target: 100, actual: 98.6, own: 'A', pct: true },
      { name: '電子決裁率', unit: '％', dir: '↑', target: 80, actual: 63.5, own: 'C', pct: true },
    ],
  },
  {
    sheet: '市民課',
    work: '戸籍・住民票・マイナンバーカード',
    rows: [
      { name: '証明書のコンビニ交付件数', unit: '件', dir: '↑', target: 15000, actual: 17342, own: 'A' },
      { name: '窓口の平均待ち時間', unit: '分', dir: '↓', target: 15, actual: 18, own: 'B', note: '3月の繁忙期を除くと平均 14分' },
      { name: 'マイナンバーカードの交付枚数（累計）', unit: '枚', dir: '↑', target: 60000, actual: 58120, own: 'B' },
    ],
  },
  {
    sheet: '税務課',
    work: '市税の賦課・収納',
    rows: [
      { name: '市税の現年度分収納率', unit: '％', dir: '↑', target: 98.5, actual: 98.9, own: 'A', pct: true },
      { name: 'コンビニ・スマホ納付の件数', unit: '件', dir: '↑', target: 42000, actual: 39875, own: 'B' },
      { name: '市税の滞納繰越額', unit: '千円', dir: '↓', target: 180000, actual: 203400, own: 'C' },
    ],
  },
];
const tocWorkbook: Holdout2Workbook = {
  name: 'h73-toc-dept-sheets',
  layout:
    '部の成果指標実績報告: 「目次」シート（課名にハイパーリンク、内線番号の列）と課ごとに同じレイアウトのシート3枚、％は小数で保存し 0.0% 表示、達成率は数式、方向の列 ↑↓、課の評価',
  build(wb) {
    const toc = wb.addWorksheet('目次');
    put(toc, 1, 1, ['令和5年度　総務部　成果指標実績報告']);
    put(toc, 2, 1, ['（令和6年5月　総務部総務課取りまとめ）']);
    put(toc, 4, 1, ['No.', '課名', '主な所管事務', '内線']);
    depts.forEach((d, i) => {
      put(toc, 5 + i, 1, [i + 1]);
      toc.getCell(5 + i, 2).value = { text: d.sheet, hyperlink: `'${d.sheet}'!A1` };
      put(toc, 5 + i, 3, [d.work, 2101 + i * 10]);
    });
    put(toc, 9, 1, ['※課名をクリックすると各課のシートへ移動します。']);
    toc.getColumn(3).width = 30;
    for (const d of depts) {
      const ws = wb.addWorksheet(d.sheet);
      put(ws, 1, 1, ['令和5年度　成果指標実績報告']);
      put(ws, 2, 1, [`所管課：${d.sheet}`]);
      ws.getCell('H2').value = { text: '目次へ戻る', hyperlink: "'目次'!A1" };
      put(ws, 4, 1, ['No.', '成果指標', '単位', '方向', '令和5年度目標', '令和5年度実績', '達成率', '課の評価', '備考']);
      d.rows.forEach((r, i) => {
        const row = 5 + i;
        put(ws, row, 1, [i + 1, r.name, r.unit, r.dir]);
        const fmt = r.pct ? '0.0%' : '#,##0';
        const scale = r.pct ? 100 : 1;
        num(ws, `E${row}`, r.target / scale, fmt);
        num(ws, `F${row}`, r.actual / scale, fmt);
        num(ws, `G${row}`, r.dir === '↑' ? fx(`F${row}/E${row}`, r.actual / r.target) : fx(`E${row}/F${row}`, r.target / r.actual), '0.0%');
        put(ws, row, 8, [r.own, r.note]);
      });
      put(ws, 9, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い（達成率＝目標÷実績）']);
      put(ws, 10, 1, ['※課の評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
      ws.getColumn(2).width = 34;
    }
  },
  expected: {
    file: 'h73-toc-dept-sheets.xlsx',
    fiscalYear: 2023,
    indicators: depts.flatMap((d) =>
      d.rows.map((r) => ind(d.sheet, r.name, r.unit, r.target, r.actual, { direction: r.dir === '↓' ? 'down' : 'up', existing: r.own })),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const B1 = '事業実績';
const projRows: { code: string; name: string; about: string; last: string[]; target: string; actual: string; own: string; next: string }[] = [
  {
    code: '1-1',
    name: '創業支援事業',
    about: '創業希望者への相談・セミナーを実施',
    last: ['創業件数 10件', '8件', 'B'],
    target: ' 創業件数　12 件 ',
    actual: '  14 件',
    own: 'A',
    next: '継続',
  },
  {
    code: '1-2',
    name: '中小企業融資あっせん事業',
    about: '市制度融資のあっせんと利子補給',
    last: ['あっせん件数 1,100件', '1,152件', 'A'],
    target: '融資あっせん件数 1,200 件',
    actual: '\u00a01,034\u00a0件',
    own: 'B',
    next: '継続',
  },
  {
    code: '1-3',
    name: '企業立地促進補助金',
    about: '工場等の新設・増設への補助',
    last: ['補助件数 4社', '4社', 'A'],
    target: '補助件数　５ 社',
    actual: ' ３社',
    own: 'C',
    next: '見直し',
  },
  {
    code: '2-1',
    name: 'インターンシップ推進事業',
    about: '市内企業と大学の連携によるインターンシップ',
    last: ['参加学生数 100人', '86人', 'B'],
    target: '参加学生数 　120 人',
    actual: '未実施',
    own: 'D',
    next: '見直し',
  },
  {
    code: '2-2',
    name: 'ものづくり人材育成講座',
    about: '若手技術者向けの技能講座',
    last: ['受講者数 80人', '71人', 'B'],
    target: '受講者数 80 人',
    actual: '　62 人 ',
    own: 'B',
    next: '継続',
  },
  {
    code: '2-3',
    name: 'ふるさと就職説明会',
    about: '市内企業による合同説明会',
    last: ['参加企業数 25社', '27社', 'A'],
    target: '参加企業数 30 社',
    actual: '31 社 ',
    own: 'A',
    next: '拡充',
  },
];
const projectsWorkbook: Holdout2Workbook = {
  name: 'h73-projects-hidden-last-year',
  layout:
    '推進事業の実績表: 昨年度のファイルを複製し令和4年度の数値目標・実績値・自己評価の3列（見出しは今年度と同じ語）を非表示、数値は「 1,034 件」のように余計な空白（半角・全角・NBSP）入りの文字列、未実施',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和5年度　推進事業の実績（第2期 雇用・産業振興プラン）']);
    put(ws, 2, 9, ['商工労働課']);
    put(ws, 4, 1, ['No.', '推進事業', '令和4年度', undefined, undefined, '令和5年度', undefined, undefined, '今後の方向性']);
    put(ws, 5, 3, ['数値目標', '実績値', '自己評価', '数値目標', '実績値', '自己評価']);
    for (const m of ['A4:A5', 'B4:B5', 'C4:E4', 'F4:H4', 'I4:I5']) ws.mergeCells(m);
    projRows.forEach((r, i) => {
      put(ws, 6 + i, 1, [i + 1, `${r.code}　${r.name}\n（概要）${r.about}`, ...r.last, r.target, r.actual, r.own, r.next]);
      ws.getCell(6 + i, 2).alignment = { wrapText: true };
    });
    for (const c of [3, 4, 5]) ws.getColumn(c).hidden = true;
    put(ws, 13, 1, ['※自己評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満又は未実施']);
    ws.getColumn(2).width = 40;
    ws.getColumn(6).width = 24;
  },
  expected: {
    file: 'h73-projects-hidden-last-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '創業支援事業', '件', 12, 14, { existing: 'A' }),
      ind(B1, '中小企業融資あっせん事業', '件', 1200, 1034, { existing: 'B' }),
      ind(B1, '企業立地促進補助金', '社', 5, 3, { existing: 'C' }),
      ind(B1, 'インターンシップ推進事業', '人', 120, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B1, 'ものづくり人材育成講座', '人', 80, 62, { existing: 'B' }),
      ind(B1, 'ふるさと就職説明会', '社', 30, 31, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const C1 = 'KPI';
const kpiRows: { name: string; fmt: string; targets: (number | string)[]; actuals: number[]; hidden?: boolean }[] = [
  { name: '移住相談件数', fmt: '#,##0"件"', targets: [150, 180, 210, 240], actuals: [142, 196, 188] },
  { name: '移住支援金を活用した移住者数', fmt: '#,##0"人"', targets: [20, 25, 30, 35], actuals: [18, 27, 33] },
  { name: 'お試し住宅の利用組数', fmt: '0"組"', targets: [12, 15, 18, 20], actuals: [9, 11, 10] },
  { name: '空き家バンクの登録件数（R4で見直し）', fmt: '0"件"', targets: [30, 40, 50, 60], actuals: [26, 31, 35], hidden: true },
  { name: '空き家バンクの成約件数', fmt: '0"件"', targets: [10, 12, 14, 16], actuals: [8, 13, 12] },
  { name: '関係人口の登録者数', fmt: '#,##0"人"', targets: ['－', 500, 800, 1000], actuals: [320, 610, 845] },
];
const serialDates: Holdout2Workbook = {
  name: 'h73-kpi-serial-dates',
  layout:
    '創生総合戦略の KPI 検証シート: 時点の見出しが日付のシリアル値（2022/3/31〜2025/3/31、yyyy/m/d 表示）、単位は表示形式だけ（#,##0"人"）、KPI名は目標値/実績値の2行に結合、見直し前のKPIの2行を非表示',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['令和5年度　まち・ひと・しごと創生総合戦略　KPI 検証シート']);
    put(ws, 2, 1, ['基本目標2　新しい人の流れをつくる', undefined, undefined, undefined, undefined, undefined, '企画課']);
    put(ws, 3, 3, ['時点']);
    ws.mergeCells('C3:F3');
    put(ws, 4, 1, ['KPI', '区分']);
    [2022, 2023, 2024, 2025].forEach((y, k) => num(ws, `${col(3 + k)}4`, new Date(Date.UTC(y, 2, 31)), 'yyyy/m/d'));
    put(ws, 4, 7, ['備考']);
    kpiRows.forEach((r, i) => {
      const top = 5 + i * 2;
      put(ws, top, 1, [r.name, '目標値']);
      put(ws, top + 1, 2, ['実績値']);
      r.targets.forEach((v, k) => num(ws, `${col(3 + k)}${top}`, v, typeof v === 'number' ? r.fmt : undefined));
      r.actuals.forEach((v, k) => num(ws, `${col(3 + k)}${top + 1}`, v, r.fmt));
      ws.mergeCells(`A${top}:A${top + 1}`);
      if (r.hidden) {
        ws.getRow(top).hidden = true;
        ws.getRow(top + 1).hidden = true;
        put(ws, top, 7, ['R5から成約件数に変更']);
      }
    });
    put(ws, 18, 1, ['※目標値・実績値は各年3月31日時点（年度末）の数値。']);
    ws.getColumn(1).width = 32;
    for (const c of [3, 4, 5, 6]) ws.getColumn(c).width = 12;
  },
  expected: {
    file: 'h73-kpi-serial-dates.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '移住相談件数', '件', 210, 188),
      ind(C1, '移住支援金を活用した移住者数', '人', 30, 33),
      ind(C1, 'お試し住宅の利用組数', '組', 18, 10),
      ind(C1, '空き家バンクの成約件数', '件', 14, 12),
      ind(C1, '関係人口の登録者数', '人', 800, 845),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const O1 = '実績一覧';
const outlineRows: { project: string; name: string; unit: string; own: string; fmt: string; total?: [number, number]; parts?: [string, number, number][] }[] = [
  {
    project: '公民館講座事業',
    name: '公民館講座の受講者数',
    unit: '人',
    own: 'B',
    fmt: '#,##0',
    parts: [
      ['中央公民館', 900, 1020],
      ['北部公民館', 600, 540],
      ['南部公民館', 500, 390],
    ],
  },
  {
    project: '図書館運営事業',
    name: '図書の貸出冊数',
    unit: '冊',
    own: 'A',
    fmt: '#,##0',
    parts: [
      ['本館', 300000, 287400],
      ['北部分館', 80000, 88100],
      ['移動図書館', 20000, 15900],
    ],
  },
  { project: '青少年健全育成事業', name: '二十歳のつどいの参加率', unit: '％', own: 'A', fmt: '0.0', total: [82.0, 84.6] },
  { project: '文化財保護事業', name: '文化財講演会の開催回数', unit: '回', own: 'C', fmt: '#,##0', total: [6, 4] },
  {
    project: 'スポーツ施設管理事業',
    name: '体育施設の利用者数',
    unit: '人',
    own: 'A',
    fmt: '#,##0',
    parts: [
      ['総合体育館', 120000, 131200],
      ['市民プール', 45000, 38900],
      ['市営野球場', 15000, 15600],
    ],
  },
];
const totalOf = (r: (typeof outlineRows)[number]): [number, number] =>
  r.total ?? [r.parts!.reduce((s, p) => s + p[1], 0), r.parts!.reduce((s, p) => s + p[2], 0)];
const outline: Holdout2Workbook = {
  name: 'h73-outline-collapsed-parts',
  layout: '課の事業実績一覧: 施設別の内訳行をグループ化して折りたたみ（非表示、集計行が上）、合計の行は SUM の数式（キャッシュ値）、達成率も数式、評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(O1);
    ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
    ws.properties.outlineLevelRow = 1;
    put(ws, 1, 1, ['令和5年度　生涯学習課　事業実績一覧']);
    put(ws, 3, 1, ['事業名', '活動指標', '単位', '令和5年度目標', '令和5年度実績', '達成率', '評価']);
    let row = 4;
    for (const r of outlineRows) {
      const [t, a] = totalOf(r);
      const top = row;
      put(ws, top, 1, [r.project, r.name, r.unit]);
      const n = r.parts?.length ?? 0;
      num(ws, `D${top}`, n ? fx(`SUM(D${top + 1}:D${top + n})`, t) : t, r.fmt);
      num(ws, `E${top}`, n ? fx(`SUM(E${top + 1}:E${top + n})`, a) : a, r.fmt);
      num(ws, `F${top}`, fx(`E${top}/D${top}`, a / t), '0.0%');
      put(ws, top, 7, [r.own]);
      row++;
      for (const [place, pt, pa] of r.parts ?? []) {
        put(ws, row, 2, [place, r.unit]);
        ws.getCell(row, 2).alignment = { indent: 2 };
        num(ws, `D${row}`, pt, r.fmt);
        num(ws, `E${row}`, pa, r.fmt);
        num(ws, `F${row}`, fx(`E${row}/D${row}`, pa / pt), '0.0%');
        ws.getRow(row).outlineLevel = 1;
        ws.getRow(row).hidden = true;
        row++;
      }
    }
    put(ws, row + 1, 1, ['※評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, row + 2, 1, ['※施設別の内訳は行のグループを展開して確認してください。']);
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h73-outline-collapsed-parts.xlsx',
    fiscalYear: 2023,
    indicators: outlineRows.map((r) => {
      const [t, a] = totalOf(r);
      return ind(O1, r.name, r.unit, t, a, { existing: r.own });
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const D1 = '計画の指標';
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const planRows: { name: string; desc: string; unit: string; how: string; now: string; target: number; r4: number; r5: number | string }[] = [
  {
    name: '製造品出荷額等',
    desc: '市内事業所の製造品出荷額等',
    unit: '億円',
    how: '経済構造実態調査',
    now: '1,812\n（令和元年）',
    target: 2000,
    r4: 1880,
    r5: 1945,
  },
  { name: '新規創業件数', desc: '創業支援事業計画による創業の件数', unit: '件', how: '商工労働課調べ', now: '18\n（令和2年度）', target: 30, r4: 24, r5: 31 },
  {
    name: '企業誘致件数（累計）',
    desc: '計画期間中に立地した企業の累計',
    unit: '件',
    how: '商工労働課調べ',
    now: '12\n（令和2年度）',
    target: 20,
    r4: 14,
    r5: 15,
  },
  {
    name: '認定農業者数',
    desc: '農業経営改善計画の認定を受けた農業者数',
    unit: '人',
    how: '農政課調べ',
    now: '210\n（令和2年度）',
    target: 220,
    r4: 205,
    r5: 198,
  },
  {
    name: '中心市街地の空き店舗数',
    desc: '中心商店街の空き店舗数（減少を目指す）',
    unit: '店舗',
    how: '商店街実態調査',
    now: '46\n（令和2年度）',
    target: 35,
    r4: 44,
    r5: 41,
  },
  { name: '観光消費額', desc: '観光客1人当たり消費額×入込客数', unit: '億円', how: '県観光統計', now: '96\n（令和元年）', target: 120, r4: 88, r5: '集計中' },
];
const printArea: Holdout2Workbook = {
  name: 'h73-plan-print-area',
  layout:
    '点検評価一覧（計画の指標）: 昨年度に設定した印刷範囲（A1:H14）が今年度追加した「実績（R5）」の列を切り落とす、現況は年の注記入り、最終目標（R8）に対する実績',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['令和5年度　点検評価一覧（基本方針3　地域産業の振興）']);
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現状把握の方法', '現況（計画策定時）', '目標（R8）', '実績（R4）', '実績（R5）']);
    planRows.forEach((r, i) => {
      put(ws, 4 + i, 1, [i + 1, r.name, r.desc, r.unit, r.how, r.now]);
      ws.getCell(4 + i, 6).alignment = { wrapText: true };
      num(ws, `G${4 + i}`, r.target, '#,##0');
      num(ws, `H${4 + i}`, r.r4, '#,##0');
      num(ws, `I${4 + i}`, r.r5, typeof r.r5 === 'number' ? '#,##0' : undefined);
    });
    put(ws, 11, 1, ['※実績（R5）の観光消費額は県観光統計の公表後に記入。']);
    ws.pageSetup.printArea = 'A1:H14';
    ws.pageSetup.orientation = 'landscape';
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 36;
  },
  expected: {
    file: 'h73-plan-print-area.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D1, '製造品出荷額等', '億円', 2000, 1945)),
      fin(ind(D1, '新規創業件数', '件', 30, 31)),
      fin(ind(D1, '企業誘致件数（累計）', '件', 20, 15)),
      fin(ind(D1, '認定農業者数', '人', 220, 198)),
      fin(ind(D1, '中心市街地の空き店舗数', '店舗', 35, 41, { direction: 'down' })),
      fin(ind(D1, '観光消費額', '億円', 120, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [tocWorkbook, projectsWorkbook, serialDates, outline, printArea];
