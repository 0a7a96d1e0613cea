/**
 * Hold-out 97, four large workbooks outside the four families: 25 事務事業評価シート of one form with an 一覧 and a 集計 sheet,
 * a 事務事業評価 総括表 with 活動指標 and 成果指標 side by side per project row (past years' columns grouped and collapsed,
 * 部 groups outlined), an 環境基本計画 指標カルテ book of 16 one-indicator sheets with years as rows behind a hyperlinked 目次,
 * and 組織目標 達成状況 sheets per 課 with figures written as text.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, v: string | number | null): void {
  if (v !== null) ws.getCell(r1, c1).value = v;
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
}

const wrap = { wrapText: true, vertical: 'middle' as const };
const round = (x: number, dec: number) => Math.round(x * 10 ** dec) / 10 ** dec;
const decOf = (x: number) => (Number.isInteger(x) ? 0 : String(x).split('.')[1].length);
const numFmt = (dec: number) => (dec === 0 ? '#,##0' : dec === 1 ? '#,##0.0' : '0.00');

/* ------------------------------------------------------------------------------------------------------------------------------
 * 5. 事務事業評価シート ×25 (No.01 … No.25) + 一覧 (first 成果指標 of each, the same figures) + 集計 (counts).
 * ---------------------------------------------------------------------------------------------------------------------------- */

interface JInd {
  kind: '活動指標' | '成果指標';
  n: string;
  u: string;
  /** 令和5年度 目標; null: no target (the row written as noTarget says). */
  t5: number | null;
  a5: number;
  down?: boolean;
  /** How a missing target is written: 「－」 in every year, or the 目標 row left blank. */
  noTarget?: '－' | 'blank';
}

interface JProject {
  name: string;
  section: string;
  policy: string;
  since: string;
  purpose: string;
  inds: JInd[];
  cost: number;
  way: '拡充' | '継続' | '改善' | '見直し' | '縮小' | '廃止';
}

const act = (n: string, u: string, t5: number | null, a5: number, more: Partial<JInd> = {}): JInd => ({ kind: '活動指標', n, u, t5, a5, ...more });
const out = (n: string, u: string, t5: number | null, a5: number, more: Partial<JInd> = {}): JInd => ({ kind: '成果指標', n, u, t5, a5, ...more });

const JPROJECTS: JProject[] = [
  {
    name: '防災行政無線維持管理事業',
    section: '危機管理課',
    policy: '4-1 防災・減災対策の推進',
    since: '平成20年度～',
    purpose: '災害時に確実に情報を伝達するため、防災行政無線を維持管理し戸別受信機を配布する。',
    inds: [act('定期点検の実施回数', '回', 12, 12), out('戸別受信機の配布世帯数（累計）', '世帯', 1800, 1742)],
    cost: 18420,
    way: '継続',
  },
  {
    name: '自主防災組織育成支援事業',
    section: '危機管理課',
    policy: '4-1 防災・減災対策の推進',
    since: '平成17年度～',
    purpose: '地域の防災力を高めるため、自主防災組織の結成と活動を支援する。',
    inds: [act('防災出前講座開催回数', '回', 30, 34), out('自主防災組織の組織率', '％', 85.0, 83.2)],
    cost: 6250,
    way: '継続',
  },
  {
    name: '交通安全教育推進事業',
    section: '市民生活課',
    policy: '4-2 交通安全・防犯対策の推進',
    since: '昭和50年度～',
    purpose: '子どもと高齢者の交通事故を減らすため、交通安全教室を開催する。',
    inds: [act('交通安全教室開催回数', '回', 60, 58), out('高齢者が関係する交通事故件数', '件', 95, 104, { down: true })],
    cost: 3180,
    way: '継続',
  },
  {
    name: '消費生活相談事業',
    section: '市民生活課',
    policy: '4-2 交通安全・防犯対策の推進',
    since: '平成元年度～',
    purpose: '消費者被害を防ぐため、消費生活相談員による相談窓口を開設する。',
    inds: [act('相談窓口開設日数', '日', 243, 243), out('消費生活相談の解決率', '％', 95.0, 96.4)],
    cost: 9870,
    way: '継続',
  },
  {
    name: 'ごみ減量化推進事業',
    section: '環境課',
    policy: '4-3 循環型社会の形成',
    since: '平成12年度～',
    purpose: '家庭系ごみを減らすため、分別と減量の啓発を行う。',
    inds: [act('出前講座開催回数', '回', 20, 14), out('1人1日当たりの家庭系ごみ排出量', 'g', 520, 531, { down: true })],
    cost: 4420,
    way: '改善',
  },
  {
    name: '生ごみ処理機購入補助事業',
    section: '環境課',
    policy: '4-3 循環型社会の形成',
    since: '平成9年度～',
    purpose: '生ごみの減量のため、家庭用生ごみ処理機の購入費を補助する。',
    inds: [act('補助件数', '件', 80, 61), out('生ごみ減量推計量', 't', null, 18.3, { noTarget: '－' })],
    cost: 1830,
    way: '縮小',
  },
  {
    name: '介護予防教室事業',
    section: '高齢福祉課',
    policy: '2-3 高齢者福祉の充実',
    since: '平成18年度～',
    purpose: '高齢者が要介護状態になることを防ぐため、運動・口腔・栄養の教室を開催する。',
    inds: [act('教室開催回数', '回', 240, 226), out('延べ参加者数', '人', 4800, 4390)],
    cost: 12640,
    way: '継続',
  },
  {
    name: '認知症サポーター養成事業',
    section: '高齢福祉課',
    policy: '2-3 高齢者福祉の充実',
    since: '平成19年度～',
    purpose: '認知症の人と家族を地域で支えるため、サポーターを養成する。',
    inds: [act('養成講座開催回数', '回', 25, 29), out('認知症サポーター数（累計）', '人', 10500, 10870)],
    cost: 980,
    way: '拡充',
  },
  {
    name: '老人クラブ活動支援事業',
    section: '高齢福祉課',
    policy: '2-3 高齢者福祉の充実',
    since: '昭和45年度～',
    purpose: '高齢者の生きがいづくりのため、老人クラブの活動費を補助する。',
    inds: [act('補助団体数', '団体', 68, 64), out('老人クラブ会員数', '人', 3600, 3215)],
    cost: 7150,
    way: '見直し',
  },
  {
    name: 'がん検診事業',
    section: '健康づくり課',
    policy: '2-1 健康づくりの推進',
    since: '昭和58年度～',
    purpose: 'がんの早期発見のため、各種がん検診を実施する。',
    inds: [act('検診実施日数', '日', 85, 85), out('胃がん検診受診率', '％', 12.0, 9.8), out('大腸がん検診受診率', '％', 18.0, 16.9)],
    cost: 48260,
    way: '継続',
  },
  {
    name: '健康教室事業',
    section: '健康づくり課',
    policy: '2-1 健康づくりの推進',
    since: '平成15年度～',
    purpose: '生活習慣病を予防するため、運動・食事の健康教室を開催する。',
    inds: [act('教室開催回数', '回', 48, 52), out('延べ参加者数', '人', 1200, 1318)],
    cost: 2370,
    way: '継続',
  },
  {
    name: '母子健康教育事業',
    section: '子育て支援課',
    policy: '1-1 妊娠・出産・子育て支援の充実',
    since: '平成10年度～',
    purpose: '安心して出産・育児ができるよう、両親学級を開催する。',
    inds: [act('両親学級開催回数', '回', 24, 24), out('両親学級参加率', '％', 60.0, 54.3)],
    cost: 860,
    way: '継続',
  },
  {
    name: '放課後児童クラブ運営事業',
    section: '子育て支援課',
    policy: '1-2 幼児教育・保育の充実',
    since: '平成11年度～',
    purpose: '就労等で昼間保護者のいない児童に放課後の生活の場を提供する。',
    inds: [act('開設クラブ数', 'か所', 18, 18), out('待機児童数', '人', 0, 7, { down: true })],
    cost: 186400,
    way: '拡充',
  },
  {
    name: '地域子育て支援拠点事業',
    section: '子育て支援課',
    policy: '1-1 妊娠・出産・子育て支援の充実',
    since: '平成14年度～',
    purpose: '子育て親子の交流の場を提供し、育児相談を行う。',
    inds: [act('開設日数', '日', 290, 287), out('利用者数（延べ）', '人', 21000, 19870)],
    cost: 31200,
    way: '継続',
  },
  {
    name: '学校図書館支援員配置事業',
    section: '学校教育課',
    policy: '1-3 学校教育の充実',
    since: '平成25年度～',
    purpose: '読書活動を推進するため、学校図書館に支援員を配置する。',
    inds: [act('支援員配置校数', '校', 22, 22), out('児童1人当たり年間貸出冊数', '冊', 50, 47.6)],
    cost: 22840,
    way: '継続',
  },
  {
    name: '外国語指導助手配置事業',
    section: '学校教育課',
    policy: '1-3 学校教育の充実',
    since: '平成2年度～',
    purpose: '英語によるコミュニケーション能力を育むため、ALTを配置する。',
    inds: [act('ALT配置人数', '人', 8, 7), out('英検3級相当以上の中学3年生の割合', '％', 50.0, 46.8)],
    cost: 41560,
    way: '継続',
  },
  {
    name: '公民館講座開催事業',
    section: '生涯学習課',
    policy: '5-2 生涯学習・文化の振興',
    since: '昭和40年度～',
    purpose: '市民の学習機会を確保するため、公民館で講座を開催する。',
    inds: [act('講座開催回数', '回', 320, 301), out('延べ受講者数', '人', 9000, 8120)],
    cost: 5640,
    way: '継続',
  },
  {
    name: '図書館資料整備事業',
    section: '図書館',
    policy: '5-2 生涯学習・文化の振興',
    since: '昭和55年度～',
    purpose: '市民の学習と読書を支えるため、図書館資料を計画的に購入する。',
    inds: [act('資料購入冊数', '冊', 12000, 11840), out('貸出冊数', '冊', 520000, 496300)],
    cost: 28900,
    way: '継続',
  },
  {
    name: '新規就農者支援事業',
    section: '農林課',
    policy: '3-1 農林業の振興',
    since: '平成24年度～',
    purpose: '農業の担い手を確保するため、就農希望者の研修と定着を支援する。',
    inds: [act('研修受入人数', '人', 6, 4), out('新規就農者数', '人', 7, 5)],
    cost: 13250,
    way: '改善',
  },
  {
    name: '有害鳥獣被害防止対策事業',
    section: '農林課',
    policy: '3-1 農林業の振興',
    since: '平成16年度～',
    purpose: '農作物被害を防ぐため、有害鳥獣の捕獲と侵入防止柵の設置を支援する。',
    inds: [act('捕獲頭数', '頭', null, 412, { noTarget: '－' }), out('農作物被害額', '千円', 12000, 14820, { down: true })],
    cost: 16730,
    way: '継続',
  },
  {
    name: '創業支援事業',
    section: '商工観光課',
    policy: '3-2 商工業の振興',
    since: '平成27年度～',
    purpose: '地域経済の活性化のため、創業セミナーと創業経費の補助を行う。',
    inds: [act('創業セミナー開催回数', '回', 6, 6), out('創業者数', '件', 15, 19)],
    cost: 9120,
    way: '拡充',
  },
  {
    name: '観光PR事業',
    section: '商工観光課',
    policy: '3-3 観光の振興',
    since: '平成8年度～',
    purpose: '観光客を呼び込むため、首都圏での物産展・商談会に出展する。',
    inds: [act('商談会・物産展出展回数', '回', 15, 17), out('観光入込客数', '千人', 1800, 1950)],
    cost: 14380,
    way: '継続',
  },
  {
    name: '市民活動支援事業',
    section: '市民協働課',
    policy: '5-1 市民協働の推進',
    since: '平成18年度～',
    purpose: '市民活動を活性化するため、活動団体に補助金を交付する。',
    inds: [act('補助金交付団体数', '団体', 20, 16), out('市民活動団体登録数', '団体', 140, 126)],
    cost: 4800,
    way: '継続',
  },
  {
    name: 'コミュニティバス運行事業',
    section: '企画課',
    policy: '4-4 公共交通の確保',
    since: '平成14年度～',
    purpose: '交通空白地域の移動手段を確保するため、コミュニティバスを運行する。',
    inds: [act('運行便数（年間）', '便', 14600, 14600), out('コミュニティバス利用者数', '人', null, 79100, { noTarget: 'blank' })],
    cost: 62350,
    way: '見直し',
  },
  {
    name: 'ふるさと納税推進事業',
    section: '企画課',
    policy: '5-3 健全な行財政運営',
    since: '平成20年度～',
    purpose: '自主財源を確保するため、返礼品の充実とPRを行う。',
    inds: [act('返礼品取扱事業者数', '事業者', 120, 131), out('寄附額', '千円', 800000, 942350)],
    cost: 398500,
    way: '拡充',
  },
];

const sheetNo = (i: number) => `No.${String(i + 1).padStart(2, '0')}`;

function jimuSheet(wb: Workbook, p: JProject, i: number): void {
  const ws = wb.addWorksheet(sheetNo(i), { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true } });
  ws.columns = [12, 20, 16, 8, 8, 12, 12, 12, 12].map((width) => ({ width }));
  box(ws, 1, 1, 1, 9, '令和5年度　事務事業評価シート');
  ws.getCell('H2').value = '整理番号';
  ws.getCell('I2').value = String(i + 1).padStart(2, '0');
  ws.getCell('A3').value = '事業名';
  box(ws, 3, 2, 3, 5, p.name);
  ws.getCell('F3').value = '担当課';
  box(ws, 3, 7, 3, 9, p.section);
  ws.getCell('A4').value = '施策';
  box(ws, 4, 2, 4, 5, p.policy);
  ws.getCell('F4').value = '事業期間';
  box(ws, 4, 7, 4, 9, p.since);
  ws.getCell('A5').value = '事業の目的';
  box(ws, 5, 2, 5, 9, p.purpose);
  box(ws, 7, 1, 7, 9, '■ 指標');
  put(ws, 8, 1, ['区分', '指標名', undefined, '単位', undefined, '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
  ws.mergeCells(8, 2, 8, 3);
  let r = 9;
  for (const x of p.inds) {
    const dec = decOf(x.a5);
    box(ws, r, 1, r + 1, 1, x.kind);
    box(ws, r, 2, r + 1, 3, x.n);
    ws.getCell(r, 2).alignment = wrap;
    box(ws, r, 4, r + 1, 4, x.u);
    ws.getCell(r, 5).value = '目標';
    ws.getCell(r + 1, 5).value = '実績';
    if (x.t5 !== null) [x.t5, x.t5, x.t5, x.t5].forEach((v, k) => (ws.getCell(r, 6 + k).value = v));
    else if (x.noTarget === '－') for (let k = 0; k < 4; k++) ws.getCell(r, 6 + k).value = '－';
    [round(x.a5 * 0.92, dec), round(x.a5 * 0.97, dec), x.a5].forEach((v, k) => (ws.getCell(r + 1, 6 + k).value = v));
    for (let k = 0; k < 4; k++) for (const rr of [r, r + 1]) ws.getCell(rr, 6 + k).numFmt = numFmt(Math.max(dec, x.t5 === null ? 0 : decOf(x.t5)));
    r += 2;
  }
  const downs = p.inds.filter((x) => x.down).map((x) => `「${x.n}」`);
  box(ws, r, 1, r, 9, downs.length ? `※${downs.join('')}は数値が小さいほど良い指標（減少を目指す）` : null);
  r += 2;
  box(ws, r, 1, r, 9, '■ 事業費（単位：千円）');
  put(ws, r + 1, 1, ['区分', undefined, undefined, undefined, undefined, '令和3年度', '令和4年度', '令和5年度', '令和6年度（予算）']);
  ws.mergeCells(r + 1, 1, r + 1, 5);
  box(ws, r + 2, 1, r + 2, 5, '事業費（決算額）');
  put(ws, r + 2, 6, [Math.round(p.cost * 0.95), Math.round(p.cost * 0.98), p.cost, Math.round(p.cost * 1.02)]);
  box(ws, r + 3, 1, r + 3, 5, 'うち一般財源');
  put(ws, r + 3, 6, [Math.round(p.cost * 0.6), Math.round(p.cost * 0.61), Math.round(p.cost * 0.62), Math.round(p.cost * 0.62)]);
  for (let c = 6; c <= 9; c++) for (const rr of [r + 2, r + 3]) ws.getCell(rr, c).numFmt = '#,##0';
  r += 5;
  box(ws, r, 1, r, 9, '■ 評価');
  ws.getCell(r + 1, 1).value = '成果・効果';
  box(ws, r + 1, 2, r + 2, 9, null);
  ws.getCell(r + 3, 1).value = '課題';
  box(ws, r + 3, 2, r + 4, 9, null);
  ws.getCell(r + 5, 1).value = '今後の方向性';
  ws.getCell(r + 5, 2).value = p.way;
  box(ws, r + 5, 3, r + 5, 9, '（拡充・継続・改善・見直し・縮小・廃止）');
}

const jimuFacts = (): ExpectedIndicator[] =>
  JPROJECTS.flatMap((p, i) => p.inds.map((x) => ind(sheetNo(i), x.n, x.u, x.t5, x.a5, { direction: x.down ? 'down' : 'up' })));

const jimuBook: Holdout2Workbook = {
  name: 'h97-jimu-jigyo-25sheets',
  layout:
    '25 事務事業評価シート No.01…No.25 of one form (活動指標／成果指標, 目標／実績 rows × 令和3〜6年度, 事業費 rows below in the same columns), an 一覧 sheet first repeating each first 成果指標 with the same figures and a 集計 sheet of counts; two projects share 教室開催回数 and 延べ参加者数; three targets 「－」 or blank',
  build(wb) {
    const list = wb.addWorksheet('一覧', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, printTitlesRow: '3:3' } });
    list.columns = [7, 28, 14, 34, 8, 12, 12, 10, 10].map((width) => ({ width }));
    box(list, 1, 1, 1, 9, '令和5年度 事務事業評価　一覧（成果指標）');
    put(list, 3, 1, ['整理番号', '事業名', '担当課', '成果指標', '単位', '令和5年度目標', '令和5年度実績', '達成率', '今後の方向性']);
    JPROJECTS.forEach((p, i) => {
      const x = p.inds.find((y) => y.kind === '成果指標') as JInd;
      const rate = x.t5 === null ? '－' : x.down ? (x.a5 === 0 ? 1 : x.t5 / x.a5) : x.t5 === 0 ? '－' : x.a5 / x.t5;
      put(list, 4 + i, 1, [String(i + 1).padStart(2, '0'), p.name, p.section, x.n, x.u, x.t5 ?? '－', x.a5, undefined, p.way]);
      // The first 成果指標 is the project's second indicator: 目標 in row 11, 実績 in row 12 of its sheet.
      const [tc, ac] = [`'${sheetNo(i)}'!H11`, `'${sheetNo(i)}'!H12`];
      list.getCell(4 + i, 8).value =
        typeof rate === 'number' ? { formula: x.down ? `IFERROR(${tc}/${ac},"")` : `IFERROR(${ac}/${tc},"")`, result: round(rate, 4) } : rate;
      if (typeof rate === 'number') list.getCell(4 + i, 8).numFmt = '0.0%';
    });
    box(list, 30, 1, 30, 9, '※達成率は実績÷目標（減少を目指す指標は目標÷実績）。詳細は各事業のシートを参照。');
    const sum = wb.addWorksheet('集計');
    box(sum, 1, 1, 1, 3, '事務事業評価　集計表（令和5年度）');
    put(sum, 3, 1, ['今後の方向性', '事業数', '構成比']);
    const ways = ['拡充', '継続', '改善', '見直し', '縮小', '廃止'] as const;
    ways.forEach((w, k) => {
      const n = JPROJECTS.filter((p) => p.way === w).length;
      put(sum, 4 + k, 1, [w]);
      sum.getCell(4 + k, 2).value = { formula: `COUNTIF(一覧!$I:$I,A${4 + k})`, result: n };
      sum.getCell(4 + k, 3).value = { formula: `B${4 + k}/$B$10`, result: n / JPROJECTS.length };
      sum.getCell(4 + k, 3).numFmt = '0.0%';
    });
    put(sum, 10, 1, ['合計']);
    sum.getCell('B10').value = { formula: 'SUM(B4:B9)', result: JPROJECTS.length };
    put(sum, 12, 1, ['担当課', '事業数']);
    const sections = [...new Set(JPROJECTS.map((p) => p.section))];
    sections.forEach((s, k) => put(sum, 13 + k, 1, [s, JPROJECTS.filter((p) => p.section === s).length]));
    JPROJECTS.forEach((p, i) => jimuSheet(wb, p, i));
  },
  expected: { file: 'h97-jimu-jigyo-25sheets.xlsx', fiscalYear: 2023, indicators: jimuFacts(), groups: [] },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 6. 事務事業評価 総括表 (令和6年度実績): 活動指標 | 成果指標 side by side, R4・R5 実績 columns grouped and collapsed.
 * ---------------------------------------------------------------------------------------------------------------------------- */

/** [指標名, 単位, 令和4年度実績, 令和5年度実績, 令和6年度目標, 令和6年度実績] */
type Side = [string, string, number | string, number | string, number, number | string];

const SOKATSU: [string, [string, string, Side, Side, string][]][] = [
  [
    '総務部',
    [
      ['職員研修事業', '人事課', ['研修実施回数', '回', 38, 41, 40, 42], ['研修受講者の満足度', '％', 86.2, 88.0, 90.0, 87.4], '継続'],
      ['電子申請推進事業', 'DX推進課', ['電子申請可能手続数', '件', 120, 185, 250, 262], ['電子申請の利用率', '％', 18.5, 24.1, 35.0, 31.2], '拡充'],
      ['広報紙発行事業', '秘書広報課', ['広報紙発行回数', '回', 24, 24, 24, 24], ['広報紙を読んでいる市民の割合', '％', 78.3, 76.9, 80.0, '－'], '継続'],
      ['庁舎維持管理事業', '管財課', ['設備点検実施回数', '回', 52, 52, 52, 52], ['省エネルギー設備の更新件数', '件', 2, 3, 4, 3], '継続'],
    ],
  ],
  [
    '市民生活部',
    [
      ['交通安全啓発事業', '市民課', ['啓発活動実施回数', '回', 44, 48, 50, 53], ['交通安全教室の参加者数', '人', 2980, 3240, 3500, 3106], '継続'],
      ['防犯灯設置補助事業', '市民課', ['防犯灯設置補助件数', '件', 65, 58, 60, 47], ['防犯灯のLED化率', '％', 78.2, 84.6, 90.0, 88.3], '継続'],
      ['資源回収奨励事業', '環境課', ['資源回収実施団体数', '団体', 112, 108, 110, 104], ['資源回収量', 't', 1820, 1745, 1800, 1652], '見直し'],
      ['環境学習推進事業', '環境課', ['環境講座開催回数', '回', 12, 15, 16, 18], ['環境講座参加者数', '人', 340, 410, 450, 466], '継続'],
    ],
  ],
  [
    '保健福祉部',
    [
      ['成人健診事業', '健康推進課', ['集団健診実施日数', '日', 96, 98, 100, 100], ['特定健診受診率', '％', 41.8, 43.2, 50.0, '集計中'], '継続'],
      ['予防接種事業', '健康推進課', ['個別接種協力医療機関数', 'か所', 46, 47, 48, 47], ['麻しん風しん第2期接種率', '％', 93.8, 94.5, 95.0, 92.6], '継続'],
      ['生活習慣病予防教室事業', '健康推進課', ['予防教室開催回数', '回', 18, 24, 24, 20], ['教室参加者の検査値改善率', '％', 52.0, 55.3, 60.0, 61.5], '継続'],
      ['高齢者配食サービス事業', '長寿支援課', ['配食数', '食', 41200, 43800, 45000, 46210], ['配食サービス利用者数', '人', 312, 335, 350, 341], '継続'],
      ['生活支援体制整備事業', '長寿支援課', ['協議体開催回数', '回', 18, 22, 24, 19], ['住民主体の通いの場の数', 'か所', 58, 64, 72, 66], '改善'],
      ['障がい者スポーツ大会開催事業', '障がい福祉課', ['大会開催回数', '回', 0, 1, 1, '未実施'], ['大会参加者数', '人', 0, 180, 200, '－'], '見直し'],
    ],
  ],
  [
    '産業振興部',
    [
      ['農業次世代人材投資事業', '農政課', ['資金交付対象者数', '人', 9, 11, 12, 10], ['交付終了後の営農継続率', '％', 100.0, 100.0, 100.0, 100.0], '継続'],
      ['農地集積推進事業', '農政課', ['農地集積面積（単年度）', 'ha', 42.5, 38.1, 45.0, 47.3], ['担い手への農地集積率', '％', 58.4, 60.1, 65.0, 61.9], '継続'],
      [
        '中小企業融資あっせん事業',
        '商工課',
        ['融資あっせん件数', '件', 142, 128, 150, 96],
        ['融資を受けた事業者の事業継続率', '％', 97.2, 96.8, 95.0, 97.5],
        '見直し',
      ],
      ['プレミアム付商品券事業', '商工課', ['商品券発行冊数', '冊', 30000, 0, 25000, 25000], ['商品券の換金率', '％', 99.1, '－', 99.0, 99.3], '廃止'],
      ['観光イベント支援事業', '観光課', ['補助イベント数', '件', 8, 11, 12, 12], ['補助イベントの来場者数', '人', 84000, 126000, 150000, 138400], '継続'],
    ],
  ],
  [
    '建設部',
    [
      ['市道維持補修事業', '道路課', ['舗装補修延長', 'm', 3200, 2850, 3000, 2640], ['道路損傷通報の48時間以内対応率', '％', 92.4, 94.1, 95.0, 96.2], '継続'],
      ['橋りょう長寿命化事業', '道路課', ['橋りょう点検数', '橋', 64, 70, 68, 68], ['修繕完了橋りょう数（累計）', '橋', 12, 15, 19, 17], '継続'],
      ['公園施設長寿命化事業', '都市整備課', ['遊具更新基数', '基', 6, 8, 10, 5], ['公園利用者満足度', '％', 71.0, 72.5, 75.0, '－'], '継続'],
      ['木造住宅耐震化促進事業', '建築住宅課', ['耐震診断件数', '件', 24, 19, 30, 15], ['住宅の耐震化率', '％', 86.2, 87.0, 90.0, 87.9], '改善'],
      ['空き家等対策事業', '建築住宅課', ['空き家相談件数', '件', 88, 102, 100, 127], ['管理不全空き家の解消件数', '件', 14, 21, 25, 22], '拡充'],
    ],
  ],
];

function sideFact(s: Side): ExpectedIndicator {
  const [n, u, , , t, a] = s;
  if (typeof a === 'number') return ind('総括表', n, u, t, a);
  const status = a === '未実施' ? 'not-implemented' : a === '集計中' ? 'pending' : 'not-applicable';
  return ind('総括表', n, u, t, null, { actualStatus: status });
}

const sokatsuBook: Holdout2Workbook = {
  name: 'h97-sokatsu-katsudo-seika',
  layout:
    '事務事業評価 総括表 (令和7年度評価・令和6年度実績): one row per project, 活動指標 and 成果指標 side by side (名・単位・R4実績・R5実績・R6目標・R6実績), R4/R5 columns grouped and collapsed (hidden), 部 heading rows with outlined project rows, 未実施／集計中／「－」',
  build(wb) {
    const ws = wb.addWorksheet('総括表', {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, printTitlesRow: '4:6' },
      properties: { outlineLevelRow: 1, outlineLevelCol: 1 },
    });
    ws.columns = [5, 26, 12, 24, 6, 10, 10, 10, 10, 28, 6, 10, 10, 10, 10, 10].map((width) => ({ width }));
    for (const c of [6, 7, 12, 13]) {
      ws.getColumn(c).outlineLevel = 1;
      ws.getColumn(c).hidden = true;
    }
    box(ws, 1, 1, 1, 16, '令和7年度 事務事業評価　総括表（令和6年度実績）');
    box(ws, 2, 1, 2, 16, '※令和4・5年度の実績は列のグループ化で非表示にしています（＋で表示）。');
    box(ws, 4, 1, 6, 1, 'No.');
    box(ws, 4, 2, 6, 2, '事務事業名');
    box(ws, 4, 3, 6, 3, '担当課');
    box(ws, 4, 4, 4, 9, '活動指標');
    box(ws, 4, 10, 4, 15, '成果指標');
    box(ws, 4, 16, 6, 16, '今後の\n方向性');
    for (const c0 of [4, 10]) {
      box(ws, 5, c0, 6, c0, '指標名');
      box(ws, 5, c0 + 1, 6, c0 + 1, '単位');
      ws.getCell(5, c0 + 2).value = '令和4年度';
      ws.getCell(5, c0 + 3).value = '令和5年度';
      box(ws, 5, c0 + 4, 5, c0 + 5, '令和6年度');
      put(ws, 6, c0 + 2, ['実績', '実績', '目標', '実績']);
    }
    let r = 7;
    let no = 1;
    for (const [dept, rows] of SOKATSU) {
      box(ws, r, 1, r, 16, `【${dept}】`);
      r++;
      for (const [name, section, a, o, way] of rows) {
        put(ws, r, 1, [no++, name, section, ...a, ...o, way]);
        for (const c of [6, 7, 8, 9, 12, 13, 14, 15]) {
          const v = ws.getCell(r, c).value;
          const unit = ws.getCell(r, c <= 9 ? 5 : 11).value;
          if (typeof v === 'number') ws.getCell(r, c).numFmt = Number.isInteger(v) && unit !== '％' ? '#,##0' : '#,##0.0';
        }
        ws.getRow(r).outlineLevel = 1;
        r++;
      }
    }
  },
  expected: {
    file: 'h97-sokatsu-katsudo-seika.xlsx',
    fiscalYear: 2024,
    indicators: SOKATSU.flatMap(([, rows]) => rows.flatMap(([, , a, o]) => [sideFact(a), sideFact(o)])),
    groups: [],
  },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 7. 指標カルテ: 目次 (hyperlinks) + 16 sheets 指標01…指標16, years as rows 2019（R1）…2025（R7）, hidden 入力規則 sheet.
 * ---------------------------------------------------------------------------------------------------------------------------- */

interface Karte {
  n: string;
  u: string;
  down?: boolean;
  goal: string;
  def: string;
  src: string;
  base: number;
  /** 目標値 2020 … 2025. */
  t: number[];
  /** 実績値 2020 … 2023 (a word or null for 2023), then a 2024 速報値 when there is one. */
  a: (number | string | null)[];
  prelim?: number;
}

const KARTE_GOALS = ['1 脱炭素社会の実現', '2 循環型社会の形成', '3 良好な生活環境の保全', '4 自然共生と環境を学ぶ人づくり'];

const KARTES: Karte[] = [
  {
    n: '温室効果ガス排出量（市域）',
    u: '千t-CO2',
    down: true,
    goal: KARTE_GOALS[0],
    def: '市域から排出される温室効果ガスの総量（推計）',
    src: '環境省「自治体排出量カルテ」',
    base: 1225,
    t: [1180, 1150, 1120, 1090, 1060, 1030],
    a: [1162, 1178, 1131, 1104],
  },
  {
    n: '市の事務事業に伴う温室効果ガス排出量',
    u: 't-CO2',
    down: true,
    goal: KARTE_GOALS[0],
    def: '市役所の事務事業から排出される温室効果ガスの量',
    src: '地球温暖化対策実行計画（事務事業編）の点検',
    base: 25120,
    t: [24500, 24000, 23500, 23000, 22500, 22000],
    a: [24810, 24120, 23040, 22760],
  },
  {
    n: '太陽光発電設備の導入容量（市域）',
    u: 'kW',
    goal: KARTE_GOALS[0],
    def: 'FIT・FIP認定を受けた太陽光発電設備の導入容量',
    src: '資源エネルギー庁 公表データ',
    base: 48600,
    t: [52000, 56000, 60000, 64000, 68000, 72000],
    a: [53410, 57820, 61200, 63150],
    prelim: 66890,
  },
  {
    n: '住宅用太陽光発電設置補助件数',
    u: '件',
    goal: KARTE_GOALS[0],
    def: '市の補助金を交付した件数（単年度）',
    src: '補助金交付実績',
    base: 104,
    t: [120, 120, 120, 120, 120, 120],
    a: [98, 131, 127, 142],
  },
  {
    n: '1人1日当たりのごみ排出量',
    u: 'g',
    down: true,
    goal: KARTE_GOALS[1],
    def: 'ごみ総排出量÷人口÷年間日数',
    src: '一般廃棄物処理実態調査',
    base: 893,
    t: [880, 870, 860, 850, 840, 830],
    a: [886, 874, 868, 861],
  },
  {
    n: 'リサイクル率',
    u: '％',
    goal: KARTE_GOALS[1],
    def: '資源化量÷ごみ総排出量',
    src: '一般廃棄物処理実態調査',
    base: 19.8,
    t: [20.0, 21.0, 22.0, 23.0, 24.0, 25.0],
    a: [19.4, 18.9, 18.2, 17.6],
  },
  {
    n: '不法投棄の回収件数',
    u: '件',
    down: true,
    goal: KARTE_GOALS[1],
    def: '市が回収した不法投棄物の件数',
    src: '環境課集計',
    base: 158,
    t: [150, 140, 130, 120, 110, 100],
    a: [162, 171, 148, '集計中'],
  },
  {
    n: '河川のBOD環境基準達成率',
    u: '％',
    goal: KARTE_GOALS[2],
    def: '市内8測定地点のうちBODの環境基準を達成した地点の割合',
    src: '公共用水域水質測定結果',
    base: 100,
    t: [100, 100, 100, 100, 100, 100],
    a: [100, 100, 87.5, 100],
  },
  {
    n: '大気環境基準の達成率（光化学オキシダントを除く）',
    u: '％',
    goal: KARTE_GOALS[2],
    def: '市内測定局の測定項目のうち環境基準を達成した割合',
    src: '大気汚染常時監視結果',
    base: 100,
    t: [100, 100, 100, 100, 100, 100],
    a: [100, 100, 100, 100],
  },
  {
    n: '公害苦情件数',
    u: '件',
    down: true,
    goal: KARTE_GOALS[2],
    def: '騒音・悪臭・野焼き等の公害苦情の受付件数',
    src: '公害苦情調査',
    base: 63,
    t: [60, 58, 56, 54, 52, 50],
    a: [71, 66, 74, 69],
  },
  {
    n: '市民1人当たりの都市公園面積',
    u: '㎡',
    goal: KARTE_GOALS[3],
    def: '都市公園の供用面積÷人口（各年度末）',
    src: '都市公園台帳',
    base: 10.3,
    t: [10.5, 10.6, 10.7, 10.8, 10.9, 11.0],
    a: [10.4, 10.6, 10.7, 10.7],
  },
  {
    n: '緑のカーテン取組世帯数',
    u: '世帯',
    goal: KARTE_GOALS[3],
    def: 'ゴーヤ苗の配布を受けて緑のカーテンに取り組んだ世帯数',
    src: '環境課集計',
    base: 254,
    t: [300, 350, 400, 450, 500, 550],
    a: [212, 268, 301, 276],
  },
  {
    n: '環境学習講座の参加者数',
    u: '人',
    goal: KARTE_GOALS[3],
    def: '市主催の環境学習講座・出前講座の延べ参加者数',
    src: '環境課集計',
    base: 1420,
    t: [1500, 1600, 1700, 1800, 1900, 2000],
    a: [420, 980, 1530, 1920],
    prelim: 2050,
  },
  {
    n: 'エコドライブ講習会受講者数',
    u: '人',
    goal: KARTE_GOALS[0],
    def: 'エコドライブ講習会の受講者数',
    src: '環境課集計',
    base: 96,
    t: [100, 100, 100, 100, 100, 100],
    a: [0, 36, 58, 44],
  },
  {
    n: '環境保全活動団体数',
    u: '団体',
    goal: KARTE_GOALS[3],
    def: '環境パートナーシップ制度に登録した団体の数',
    src: '登録団体名簿',
    base: 44,
    t: [45, 46, 47, 48, 49, 50],
    a: [44, 43, 45, null],
  },
  {
    n: '市民の環境満足度',
    u: '％',
    goal: KARTE_GOALS[3],
    def: '市民意識調査で「身近な環境に満足している」と答えた割合',
    src: '市民意識調査',
    base: 57.4,
    t: [60.0, 62.0, 64.0, 66.0, 68.0, 70.0],
    a: [58.2, 59.6, 61.3, 63.0],
  },
];

const karteName = (i: number) => `指標${String(i + 1).padStart(2, '0')}`;
const REIWA = ['元', '2', '3', '4', '5', '6', '7'];

function karteSheet(wb: Workbook, k: Karte, i: number): void {
  const ws = wb.addWorksheet(karteName(i));
  ws.columns = [18, 14, 14, 12, 30].map((width) => ({ width }));
  box(ws, 1, 1, 1, 5, '第3次みなみ野市環境基本計画　指標カルテ（令和5年度実績）');
  ws.getCell('A3').value = '指標番号';
  ws.getCell('B3').value = String(i + 1).padStart(2, '0');
  ws.getCell('C3').value = '指標名';
  box(ws, 3, 4, 3, 5, k.n);
  ws.getCell('A4').value = '基本目標';
  box(ws, 4, 2, 4, 5, k.goal);
  ws.getCell('A5').value = '単位';
  ws.getCell('B5').value = k.u;
  ws.getCell('C5').value = '目指す方向';
  ws.getCell('D5').value = k.down ? '↓（減らす）' : '↑（増やす）';
  ws.getCell('A6').value = '指標の定義';
  box(ws, 6, 2, 6, 5, k.def);
  ws.getCell('A7').value = '出典';
  box(ws, 7, 2, 7, 5, k.src);
  put(ws, 9, 1, ['年度', '目標値', '実績値', '達成率', '備考']);
  const dec = Math.max(decOf(k.base), ...k.t.map(decOf), ...k.a.filter((v): v is number => typeof v === 'number').map(decOf), k.u === '％' ? 1 : 0);
  for (let y = 0; y < 7; y++) {
    const r = 10 + y;
    ws.getCell(r, 1).value = `${2019 + y}（令和${REIWA[y]}）年度`;
    const t = y === 0 ? '－' : k.t[y - 1];
    const a = y === 0 ? k.base : y <= 4 ? k.a[y - 1] : y === 5 && k.prelim !== undefined ? k.prelim : null;
    ws.getCell(r, 2).value = t;
    if (a !== null && a !== undefined) ws.getCell(r, 3).value = a;
    for (const c of [2, 3]) ws.getCell(r, c).numFmt = numFmt(dec);
    if (typeof t === 'number' && typeof a === 'number') {
      const rate = k.down ? (a === 0 ? 1 : t / a) : a / t;
      ws.getCell(r, 4).value = { formula: k.down ? `IFERROR(B${r}/C${r},"")` : `IFERROR(C${r}/B${r},"")`, result: round(rate, 4) };
      ws.getCell(r, 4).numFmt = '0.0%';
    }
    const note = y === 0 ? '基準年度' : y === 5 && k.prelim !== undefined ? '速報値（令和6年度評価で確定）' : y === 6 ? '計画目標年度' : '';
    if (note) ws.getCell(r, 5).value = note;
  }
  ws.getCell('A18').value = '※達成率＝実績値÷目標値（↓の指標は目標値÷実績値）';
  ws.getCell('A20').value = '所見';
  box(ws, 20, 2, 22, 5, null);
}

function karteFact(k: Karte, i: number): ExpectedIndicator {
  const a = k.a[3];
  const direction: Direction = k.down ? 'down' : 'up';
  if (typeof a === 'number') return ind(karteName(i), k.n, k.u, k.t[3], a, { direction });
  return ind(karteName(i), k.n, k.u, k.t[3], null, { direction, actualStatus: a === '集計中' ? 'pending' : 'missing' });
}

const karteBook: Holdout2Workbook = {
  name: 'h97-kankyo-shihyo-karte',
  layout:
    '環境基本計画 指標カルテ: 目次 of hyperlinks + 16 one-indicator sheets 指標01…指標16 (単位, 目指す方向 ↑／↓, years as rows 「2023（令和5）年度」 with 目標値／実績値／達成率 formulas), 2024 速報値 on two sheets, 集計中 and a blank 2023; hidden 入力規則 sheet',
  build(wb) {
    const toc = wb.addWorksheet('目次');
    toc.columns = [8, 46, 30, 10].map((width) => ({ width }));
    box(toc, 1, 1, 1, 4, '第3次みなみ野市環境基本計画　指標カルテ（令和5年度実績）　目次');
    put(toc, 3, 1, ['番号', '指標名', '基本目標', 'シート']);
    KARTES.forEach((k, i) => {
      put(toc, 4 + i, 1, [String(i + 1).padStart(2, '0'), k.n, k.goal]);
      toc.getCell(4 + i, 4).value = { text: karteName(i), hyperlink: `#'${karteName(i)}'!A1` };
    });
    KARTES.forEach((k, i) => karteSheet(wb, k, i));
    const rules = wb.addWorksheet('入力規則', { state: 'hidden' });
    put(rules, 1, 1, ['目指す方向', '基本目標']);
    ['↑（増やす）', '↓（減らす）'].forEach((v, j) => (rules.getCell(2 + j, 1).value = v));
    KARTE_GOALS.forEach((v, j) => (rules.getCell(2 + j, 2).value = v));
  },
  expected: { file: 'h97-kankyo-shihyo-karte.xlsx', fiscalYear: 2023, indicators: KARTES.map(karteFact), groups: [] },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 8. 組織目標 達成状況報告: one sheet per 課 (10), figures as text with units, written 達成度 A–D; 集計 sheet; hidden 設定.
 * ---------------------------------------------------------------------------------------------------------------------------- */

interface Goal {
  focus: string;
  n: string;
  /** Target and actual as written, and the numbers and unit a clerk reads from them. */
  tText: string;
  aText: string;
  t: number;
  a: number | null;
  u: string;
  down?: boolean;
  status?: 'not-implemented' | 'pending';
  existing: string;
  note: string;
}

const KA: [string, string, Goal[]][] = [
  [
    '総務課',
    '総務部',
    [
      {
        focus: '働き方改革の推進',
        n: '時間外勤務時間の削減（職員1人当たり月平均）',
        tText: '10時間以下',
        aText: '11.8時間',
        t: 10,
        a: 11.8,
        u: '時間',
        down: true,
        existing: 'B',
        note: '災害対応・選挙事務で増加',
      },
      { focus: '人材育成', n: '職員研修の受講率', tText: '100％', aText: '96.5％', t: 100, a: 96.5, u: '％', existing: 'A', note: '' },
      { focus: '事務の効率化', n: '文書の電子決裁率', tText: '80％', aText: '84.2％', t: 80, a: 84.2, u: '％', existing: 'A', note: '' },
    ],
  ],
  [
    '財政課',
    '総務部',
    [
      { focus: '自主財源の確保', n: '市税の収納率（現年課税分）', tText: '99.0％', aText: '99.2％', t: 99.0, a: 99.2, u: '％', existing: 'A', note: '' },
      {
        focus: '公共施設の適正配置',
        n: '公共施設の除却・集約化の実施件数（累計）',
        tText: '6件',
        aText: '4件',
        t: 6,
        a: 4,
        u: '件',
        existing: 'C',
        note: '地元協議に時間を要した',
      },
    ],
  ],
  [
    '企画政策課',
    '企画部',
    [
      { focus: '移住・定住の促進', n: '移住相談件数', tText: '300件', aText: '355件', t: 300, a: 355, u: '件', existing: 'A', note: '' },
      { focus: '情報発信の強化', n: '市公式SNSの投稿件数', tText: '年365件', aText: '412件', t: 365, a: 412, u: '件', existing: 'A', note: '' },
      {
        focus: '政策形成能力の向上',
        n: '若手職員政策提案の事業化件数',
        tText: '3件',
        aText: '1件',
        t: 3,
        a: 1,
        u: '件',
        existing: 'C',
        note: '2件は次年度予算で検討',
      },
    ],
  ],
  [
    'DX推進課',
    '企画部',
    [
      {
        focus: '行政手続のオンライン化',
        n: 'オンライン申請可能な手続数',
        tText: '200手続',
        aText: '236手続',
        t: 200,
        a: 236,
        u: '手続',
        existing: 'A',
        note: '',
      },
      { focus: 'キャッシュレス化', n: '窓口のキャッシュレス決済導入課数', tText: '12課', aText: '9課', t: 12, a: 9, u: '課', existing: 'C', note: '' },
    ],
  ],
  [
    '市民課',
    '市民生活部',
    [
      { focus: 'マイナンバーカードの普及', n: 'マイナンバーカード交付率', tText: '80％', aText: '78.4％', t: 80, a: 78.4, u: '％', existing: 'A', note: '' },
      {
        focus: '証明書交付の利便性向上',
        n: 'コンビニ交付の利用件数',
        tText: '12,000件',
        aText: '14,860件',
        t: 12000,
        a: 14860,
        u: '件',
        existing: 'A',
        note: '',
      },
      {
        focus: '窓口改革',
        n: '「書かない窓口」対応手続数',
        tText: '10手続',
        aText: '未実施',
        t: 10,
        a: null,
        u: '手続',
        status: 'not-implemented',
        existing: 'D',
        note: 'システム改修が令和6年度にずれ込んだ',
      },
    ],
  ],
  [
    '子育て支援課',
    'こども家庭部',
    [
      { focus: '相談支援の充実', n: '子育て相談件数', tText: '1,500件', aText: '1,720件', t: 1500, a: 1720, u: '件', existing: 'A', note: '' },
      {
        focus: '児童虐待の防止',
        n: '虐待通告後48時間以内の安全確認実施率',
        tText: '100％',
        aText: '100％',
        t: 100,
        a: 100,
        u: '％',
        existing: 'A',
        note: '',
      },
      { focus: '情報発信', n: '子育て支援アプリ登録者数', tText: '2,000人', aText: '2,315人', t: 2000, a: 2315, u: '人', existing: 'A', note: '' },
    ],
  ],
  [
    '健康づくり課',
    '保健福祉部',
    [
      {
        focus: '生活習慣病の予防',
        n: '特定健診受診率',
        tText: '50.0％',
        aText: '集計中',
        t: 50,
        a: null,
        u: '％',
        status: 'pending',
        existing: '－',
        note: '法定報告（11月）で確定',
      },
      { focus: 'がんの早期発見', n: '乳がん検診受診率', tText: '20.0％', aText: '17.3％', t: 20, a: 17.3, u: '％', existing: 'B', note: '' },
      { focus: '健康意識の向上', n: '健康教室の参加者数', tText: '延べ 1,200人', aText: '延べ 1,086人', t: 1200, a: 1086, u: '人', existing: 'B', note: '' },
    ],
  ],
  [
    '農林課',
    '産業振興部',
    [
      { focus: '担い手の確保', n: '新規就農者数', tText: '7人', aText: '5人', t: 7, a: 5, u: '人', existing: 'C', note: '' },
      {
        focus: '鳥獣被害対策',
        n: '有害鳥獣による農作物被害額の削減',
        tText: '12,000千円以下',
        aText: '14,820千円',
        t: 12000,
        a: 14820,
        u: '千円',
        down: true,
        existing: 'C',
        note: 'イノシシの出没が増加',
      },
    ],
  ],
  [
    '環境課',
    '市民生活部',
    [
      { focus: 'ごみの減量', n: 'ごみ排出量の削減（1人1日当たり）', tText: '850g', aText: '861g', t: 850, a: 861, u: 'g', down: true, existing: 'B', note: '' },
      { focus: '環境教育', n: '環境学習講座の参加者数', tText: '1,800人', aText: '1,920人', t: 1800, a: 1920, u: '人', existing: 'A', note: '' },
    ],
  ],
  [
    '学校教育課',
    '教育部',
    [
      { focus: '教育環境の整備', n: '学校施設の長寿命化改修', tText: '2棟', aText: '2棟', t: 2, a: 2, u: '棟', existing: 'A', note: '' },
      { focus: 'ICT教育の推進', n: 'ICT支援員の学校訪問回数', tText: '年440回', aText: '452回', t: 440, a: 452, u: '回', existing: 'A', note: '' },
      { focus: '不登校対策', n: '不登校児童生徒への支援実施率', tText: '100％', aText: '94.1％', t: 100, a: 94.1, u: '％', existing: 'B', note: '' },
    ],
  ],
];

function goalFact(sheet: string, g: Goal): ExpectedIndicator {
  const more = { direction: (g.down ? 'down' : 'up') as Direction, ...(/^[A-D]$/.test(g.existing) ? { existing: g.existing } : {}) };
  return ind(sheet, g.n, g.u, g.t, g.a, g.status ? { ...more, actualStatus: g.status } : more);
}

const soshikiBook: Holdout2Workbook = {
  name: 'h97-soshiki-mokuhyo-10ka',
  layout:
    '組織目標 達成状況報告: 10 課 sheets (重点目標 | 成果指標 | 目標値 | 実績値 as text 「年365件」「10時間以下」「延べ 1,086人」 | 達成度 A–D | 所見), a legend per sheet, a 集計 sheet of 課 × A〜D counts, hidden 設定 sheet',
  build(wb) {
    const sum = wb.addWorksheet('集計');
    box(sum, 1, 1, 1, 7, '令和5年度 組織目標 達成状況　集計表');
    put(sum, 3, 1, ['部', '課', 'A', 'B', 'C', 'D', '目標数']);
    KA.forEach(([ka, bu, goals], i) => {
      const c = (l: string) => goals.filter((g) => g.existing === l).length;
      put(sum, 4 + i, 1, [bu, ka, c('A'), c('B'), c('C'), c('D'), goals.length]);
    });
    for (const [ka, bu, goals] of KA) {
      const ws = wb.addWorksheet(ka, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
      ws.columns = [5, 22, 36, 16, 16, 8, 30].map((width) => ({ width }));
      box(ws, 1, 1, 1, 7, '令和5年度　組織目標 達成状況報告書');
      ws.getCell('A2').value = '所属';
      box(ws, 2, 2, 2, 3, `${bu}　${ka}`);
      ws.getCell('D2').value = '報告日';
      ws.getCell('E2').value = '令和6年4月22日';
      box(ws, 3, 1, 3, 7, '達成度　A：目標を達成　B：目標の80％以上　C：目標の60％以上80％未満　D：目標の60％未満（未実施を含む）');
      put(ws, 5, 1, ['No.', '重点目標', '成果指標', '目標値（令和5年度）', '実績値（令和5年度）', '達成度', '取組状況・所見']);
      goals.forEach((g, i) => {
        put(ws, 6 + i, 1, [i + 1, g.focus, g.n, g.tText, g.aText, g.existing, g.note || undefined]);
        ws.getCell(6 + i, 3).alignment = wrap;
      });
      ws.getCell(6 + goals.length + 1, 1).value = '※達成度は所属長の自己評価。減らすことを目標とする指標は目標値÷実績値で判断。';
    }
    const setting = wb.addWorksheet('設定', { state: 'hidden' });
    ['A', 'B', 'C', 'D', '－'].forEach((v, j) => (setting.getCell(1 + j, 1).value = v));
    KA.forEach(([ka], j) => (setting.getCell(1 + j, 2).value = ka));
  },
  expected: {
    file: 'h97-soshiki-mokuhyo-10ka.xlsx',
    fiscalYear: 2023,
    indicators: KA.flatMap(([ka, , goals]) => goals.map((g) => goalFact(ka, g))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [jimuBook, sokatsuBook, karteBook, soshikiBook];
