/**
 * Hold-out 144, the four families as 商店街・中心市街地活性化 offices write them: a 施策評価シート with indicator blocks (two
 * 施策 on two sheets, 令和４年度), a 推進事業 実績 table with text figures (令和３年度), a 総合戦略 KPI table with 目標値／実績値
 * rows per 令和2年度…令和6年度 and ◎○△× (令和６年度), and a 商業振興計画 点検評価一覧 with 現況／目標（R8）／実績 (令和５年度).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, indicator blocks tiled two across, R元（現状値）…R7, 実績値 and 期待値（※R7は目標値） rows.

type Cell = number | string | null;

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  direction: string;
  actuals: Cell[];
  expected: Cell[];
  note: string;
  decimals?: number;
}

const PERIODS = ['R元\n（現状値）', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  ws.getCell(r, c).value = `指　標　${b.no}`;
  merge(ws, r, c + 1, r, c + 4, b.name);
  ws.getCell(r, c + 5).value = '指標の説明';
  merge(ws, r, c + 6, r, c + 9, b.description);
  put(ws, r + 1, c, ['単位', null, ...PERIODS, '目指す方向']);
  merge(ws, r + 2, c, r + 3, c, b.unit);
  ws.getCell(r + 2, c + 1).value = '実績値';
  ws.getCell(r + 3, c + 1).value = '期待値\n※R7は目標値';
  const fmt = b.decimals ? '0.0' : '#,##0';
  b.actuals.forEach((v, i) => {
    if (v === null) return;
    const cell = ws.getCell(r + 2, c + 2 + i);
    cell.value = v;
    if (typeof v === 'number') cell.numFmt = fmt;
  });
  b.expected.forEach((v, i) => {
    if (v === null) return;
    const cell = ws.getCell(r + 3, c + 2 + i);
    cell.value = v;
    if (typeof v === 'number') cell.numFmt = fmt;
  });
  merge(ws, r + 2, c + 9, r + 3, c + 9, b.direction);
  ws.getCell(r + 4, c).value = '備　考';
  merge(ws, r + 4, c + 1, r + 4, c + 9, b.note || undefined);
  wrap(ws, r + 1, c, r + 3, c + 9);
  box(ws, r, c, r + 4, c + 9);
}

function policySheet(
  wb: Workbook,
  sheet: string,
  policy: string,
  grade: string | null,
  lastYear: string,
  summary: string,
  blocks: Block[],
  analysis: string,
  next: string,
): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [11, 9, 9, 9, 9, 9, 9, 9, 9, 9, 2, 11, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
  merge(ws, 1, 1, 1, 21, '西浦市総合計画後期基本計画　令和５年度 施策評価シート　（評価対象期間：令和４年度）');
  ws.getCell(3, 1).value = '基本目標';
  merge(ws, 3, 2, 3, 10, '３　にぎわいと活力にあふれるまち');
  ws.getCell(3, 12).value = '担当部等';
  merge(ws, 3, 13, 3, 21, '産業観光部　商工振興課');
  ws.getCell(4, 1).value = '施　策';
  merge(ws, 4, 2, 4, 10, policy);
  ws.getCell(4, 12).value = '関連する個別計画';
  merge(ws, 4, 13, 4, 21, '西浦市中心市街地活性化基本計画（第２期）');
  ws.getCell(5, 1).value = '施策の\n達成状況';
  merge(ws, 5, 2, 5, 3, grade ?? undefined);
  ws.getCell(5, 4).value = lastYear;
  merge(ws, 5, 5, 5, 10, '※達成状況欄の（ ）内は前年度の評価結果です。');
  ws.getCell(5, 12).value = '凡　例';
  merge(ws, 5, 13, 5, 21, 'A：順調　　B：概ね順調　　C：やや遅れている　　D：遅れている');
  ws.getCell(6, 1).value = '施策の概要';
  merge(ws, 6, 2, 6, 21, summary);
  box(ws, 3, 1, 6, 21);
  wrap(ws, 5, 1, 5, 1);
  blocks.forEach((b, i) => block(ws, 8 + Math.floor(i / 2) * 6, i % 2 === 0 ? 1 : 12, b));
  const after = 8 + Math.ceil(blocks.length / 2) * 6;
  ws.getCell(after, 1).value = '達成状況分析';
  merge(ws, after, 2, after + 1, 21, analysis);
  ws.getCell(after + 2, 1).value = '今後の方向性';
  merge(ws, after + 2, 2, after + 3, 21, next);
  box(ws, after, 1, after + 3, 21);
}

const A_BLOCKS_1: Block[] = [
  {
    no: '①',
    name: '中心市街地の歩行者通行量（休日）',
    description: '毎年11月の日曜日に中心市街地10地点で計測した歩行者・自転車通行量の合計',
    unit: '人',
    direction: '↑',
    actuals: [12480, 8215, 9630, 10950, null, null, null],
    expected: [null, 12600, 12800, 13000, 13200, 13400, 13600],
    note: 'R2は新型コロナウイルス感染症の影響により大幅に減少した。',
  },
  {
    no: '②',
    name: '中心商店街の空き店舗数',
    description: '中心商店街（５商店街）の空き店舗数（各年度３月末現在）',
    unit: '店舗',
    direction: '↓',
    actuals: [38, 41, 39, 34, null, null, null],
    expected: [null, 37, 35, 33, 31, 29, 27],
    note: '商工振興課調べ',
  },
  {
    no: '③',
    name: '中心市街地の新規出店数',
    description: '中心市街地区域内で新たに開業した店舗の数（年度）',
    unit: '件',
    direction: '↑',
    actuals: [6, 3, 7, 9, null, null, null],
    expected: [null, 8, 8, 8, 8, 8, 8],
    note: 'R4実績のうち、空き店舗活用補助金を活用した出店 5件',
  },
  {
    no: '④',
    name: '中心市街地に賑わいがあると感じる市民の割合',
    description: '市民意識調査で「賑わいがある」「やや賑わいがある」と回答した市民の割合',
    unit: '％',
    direction: '↑',
    actuals: [18.4, '－', 21.0, '－', null, null, null],
    expected: [null, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0],
    note: '市民意識調査は隔年（奇数年度）実施のため、R2・R4は調査なし',
    decimals: 1,
  },
];

const A_BLOCKS_2: Block[] = [
  {
    no: '⑤',
    name: '商店街等が実施するイベントの来場者数',
    description: '商店街・まちづくり会社が実施する主要６イベントの来場者数の合計（主催者発表）',
    unit: '人',
    direction: '↑',
    actuals: [84300, 12100, 31500, 68200, null, null, null],
    expected: [null, 85000, 86000, 87000, 88000, 89000, 90000],
    note: 'R4は６イベント中１イベントが雨天により規模縮小',
  },
  {
    no: '⑥',
    name: '創業支援事業による創業者数',
    description: '特定創業支援等事業の支援を受けて市内で創業した人数',
    unit: '人',
    direction: '↑',
    actuals: [14, 11, 16, 18, null, null, null],
    expected: [null, 15, 15, 16, 16, 17, 17],
    note: '',
  },
  {
    no: '⑦',
    name: '市内小売業の年間商品販売額',
    description: '経済センサス・経済構造実態調査による市内小売業の年間商品販売額',
    unit: '億円',
    direction: '↑',
    actuals: [1342, '－', 1298, '集計中', null, null, null],
    expected: [null, 1350, 1360, 1370, 1380, 1390, 1400],
    note: 'R2は調査なし。R4は公表待ち',
  },
];

const A_IND_1: ExpectedIndicator[] = [
  ind('3-2', '中心市街地の歩行者通行量（休日）', '人', 13000, 10950),
  ind('3-2', '中心商店街の空き店舗数', '店舗', 33, 34, { direction: 'down' }),
  ind('3-2', '中心市街地の新規出店数', '件', 8, 9),
  ind('3-2', '中心市街地に賑わいがあると感じる市民の割合', '％', 22.0, null, { actualStatus: 'not-applicable' }),
];
const A_IND_2: ExpectedIndicator[] = [
  ind('3-3', '商店街等が実施するイベントの来場者数', '人', 87000, 68200),
  ind('3-3', '創業支援事業による創業者数', '人', 16, 18),
  ind('3-3', '市内小売業の年間商品販売額', '億円', 1370, null, { actualStatus: 'pending' }),
];

const A_SHISAKU: Holdout2Workbook = {
  name: 'h144-a-shisaku-machinaka',
  layout:
    '施策評価シート two 施策 on two sheets (令和４年度): blocks 指標①…⑦ tiled two across, R元（現状値）…R7, 実績値 / 期待値（※R7は目標値）, 目指す方向 ↑／↓, a 「－」 in a 隔年調査 year, a 集計中, one 施策 grade cell empty and one written 「C」 beside 「（C）」',
  build(wb) {
    policySheet(
      wb,
      '3-2',
      '3-2　中心市街地のにぎわい創出',
      null,
      '（B）',
      '中心市街地活性化基本計画に基づき、歩行者通行量の回復と空き店舗の解消を図り、まちなかのにぎわいを創出します。',
      A_BLOCKS_1,
      '・歩行者通行量はコロナ禍前の水準に戻りつつあるが、期待値を下回っている。\n・空き店舗数は改善傾向にあり、新規出店数は期待値を上回った。',
      '◇空き店舗活用補助金の周知を強化する。\n◇まちなかイベントと連携した回遊促進策を検討する。',
    );
    policySheet(
      wb,
      '3-3',
      '3-3　地域商業の振興',
      'C',
      '（C）',
      '商店街の主体的な取組と創業を支援し、地域に根差した商業の振興を図ります。',
      A_BLOCKS_2,
      '・イベント来場者数は回復途上にある。\n・創業者数は期待値を上回った。',
      '◇商店街と連携したイベントの充実を図る。\n◇創業塾の内容を見直す。',
    );
  },
  expected: {
    file: 'h144-a-shisaku-machinaka.xlsx',
    fiscalYear: 2022,
    indicators: [...A_IND_1, ...A_IND_2],
    groups: [
      { sheet: '3-2', cell: 'B5', grade: rollUp(A_IND_1.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'B5', grade: rollUp(A_IND_2.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 推進事業 実績, one row per 事業, text figures with labels and units.

interface Project {
  no: number;
  cell: string;
  last: string;
  self: string;
  target: string;
  actual: string;
  done: string;
  outcome: string;
}

const B_HEAD = ['No.', '推進事業', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '令和３年度事業実施状況', '成果・効果、課題、今後の方向性'];

function projectSection(ws: Worksheet, r: number, policy: string, rows: Project[]): number {
  ws.getCell(r, 1).value = '基本方針';
  merge(ws, r, 2, r, 8, policy);
  put(ws, r + 1, 1, B_HEAD);
  rows.forEach((p, i) => {
    put(ws, r + 2 + i, 1, [p.no, p.cell, p.last, p.self, p.target, p.actual, p.done, p.outcome]);
  });
  wrap(ws, r, 1, r + 1 + rows.length, 8);
  box(ws, r, 1, r + 1 + rows.length, 8);
  return r + 2 + rows.length;
}

const B_ROWS_1: Project[] = [
  {
    no: 1,
    cell: '1-1-1 空き店舗活用促進事業\n【概要】中心商店街の空き店舗に出店する事業者に対し、改装費及び家賃の一部を補助する。',
    last: '補助件数 4件',
    self: 'A',
    target: '補助件数 6件',
    actual: '補助件数 ７件',
    done: '○空き店舗活用促進事業費補助金\n交付決定：7件　補助金額 8,420千円',
    outcome: '【成果・効果】飲食店4件、物販店3件が出店した。\n【今後の方向性】継続',
  },
  {
    no: 2,
    cell: '1-1-2 商店街イベント支援事業\n【概要】商店街団体が実施する集客イベントの経費の一部を補助する。',
    last: '支援イベント数 3回\n（中止 5回）',
    self: 'B',
    target: '支援イベント数 10回',
    actual: '支援イベント数 8回',
    done: '○夏まつり、軽トラ市ほか8回を支援（2回は感染症の影響により中止）',
    outcome: '【課題】担い手の高齢化\n【今後の方向性】継続',
  },
  {
    no: 3,
    cell: '1-2-1 チャレンジショップ運営事業\n【概要】商店街の空き店舗を活用したチャレンジショップを運営し、出店希望者の開業を支援する。',
    last: '入居店舗数 3店舗\n卒業店舗数 1店舗',
    self: 'B',
    target: '入居店舗数 4店舗\n卒業店舗数 2店舗',
    actual: '入居店舗数 4店舗\n卒業店舗数 1店舗',
    done: '○4区画すべてに入居。1店舗が市内で本格開業した。',
    outcome: '【課題】卒業後の出店物件の確保\n【今後の方向性】見直し',
  },
  {
    no: 4,
    cell: '1-2-2 まちなか創業塾開催事業\n【概要】中心市街地での創業を希望する者を対象に、全5回の創業塾を開催する。',
    last: '受講者数 12人',
    self: 'A',
    target: '受講者数 20人',
    actual: '受講者数 17人（うち創業 4人）',
    done: '○創業塾（全5回）　令和3年9月～11月',
    outcome: '【成果・効果】受講者のうち4人が創業した。\n【今後の方向性】継続',
  },
];

const B_ROWS_2: Project[] = [
  {
    no: 5,
    cell: '2-1-1 まちなか循環バス運行事業\n【概要】中心市街地と周辺の住宅地を結ぶ循環バスを運行する。',
    last: '延べ利用者数 9,860人',
    self: 'D',
    target: '延べ利用者数 12,000人',
    actual: '未実施',
    done: '運行事業者の運転士不足により、令和３年度は運行を休止した。',
    outcome: '【今後の方向性】見直し（デマンド型交通への移行を検討）',
  },
  {
    no: 6,
    cell: '2-1-2 中心市街地駐車場利用促進事業\n【概要】加盟店での買物客に共通駐車券を発行し、駐車料金の一部を助成する。',
    last: '共通駐車券発行枚数 31,250枚',
    self: 'B',
    target: '共通駐車券発行枚数 45,000枚',
    actual: '共通駐車券発行枚数 38,620枚',
    done: '○共通駐車券　加盟店 68店',
    outcome: '【今後の方向性】継続',
  },
  {
    no: 7,
    cell: '2-2-1 キャッシュレス決済導入支援事業\n【概要】商店街の店舗がキャッシュレス決済端末を導入する経費を補助する。',
    last: '導入店舗数 24店',
    self: 'A',
    target: '導入店舗数 50店',
    actual: '導入店舗数 62店',
    done: '○補助金交付 62店　補助金額 3,100千円',
    outcome: '【今後の方向性】終了（令和３年度で事業終了）',
  },
];

const BS = '事業実績';

const B_JIGYO: Holdout2Workbook = {
  name: 'h144-b-shogyo-jigyo-jisseki',
  layout:
    '令和３年度 推進事業実績 (資料２) in two 基本方針 sections with the heading row repeated: code, name and 【概要】 in one cell, R2年度実績値 | 自己評価 | R3年度数値目標 | R3年度実績値 as text (「補助件数 ７件」), two measures in one cell, 「（うち創業 4人）」, one 未実施',
  build(wb) {
    const ws = wb.addWorksheet(BS);
    widths(ws, [5, 40, 18, 8, 20, 20, 30, 34]);
    merge(ws, 1, 1, 1, 7, '令和３年度事業実績');
    ws.getCell(1, 8).value = '資料２';
    let r = projectSection(ws, 3, '１　にぎわいのある商店街づくり', B_ROWS_1);
    r = projectSection(ws, r + 1, '２　まちなかへの来街促進', B_ROWS_2);
    ws.getCell(r + 1, 1).value = '※自己評価　A：目標を達成した　B：目標を概ね達成した　C：目標を下回った　D：実施できなかった';
  },
  expected: {
    file: 'h144-b-shogyo-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(BS, '空き店舗活用促進事業', '件', 6, 7, { existing: 'A' }),
      ind(BS, '商店街イベント支援事業', '回', 10, 8, { existing: 'B' }),
      {
        sheet: BS,
        name: 'チャレンジショップ運営事業',
        unit: '店舗',
        measures: [
          { label: '入居店舗数', target: 4, actual: 4, unit: '店舗' },
          { label: '卒業店舗数', target: 2, actual: 1, unit: '店舗' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'D',
      },
      ind(BS, 'まちなか創業塾開催事業', '人', 20, 17, { existing: 'A' }),
      ind(BS, 'まちなか循環バス運行事業', '人', 12000, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(BS, '中心市街地駐車場利用促進事業', '枚', 45000, 38620, { existing: 'B' }),
      ind(BS, 'キャッシュレス決済導入支援事業', '店', 50, 62, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI, one 目標値 row and one 実績値 row per KPI, 令和2年度…令和6年度, values with units, ◎○△×.

interface Kpi {
  name: string;
  dir: string;
  base: string;
  targets: string[];
  actuals: string[];
  mark: string;
  office: string;
}

const KPIS: Kpi[] = [
  {
    name: '中心市街地の休日歩行者通行量',
    dir: '↑',
    base: '10,420 人',
    targets: ['10,500 人', '10,800 人', '11,100 人', '11,400 人', '11,700 人'],
    actuals: ['6,930 人', '8,410 人', '9,880 人', '10,760 人', '11,240 人'],
    mark: '○',
    office: '商工振興課',
  },
  {
    name: '中心商店街の空き店舗率',
    dir: '↓',
    base: '16.8 ％',
    targets: ['16.0 ％', '15.5 ％', '15.0 ％', '14.5 ％', '14.0 ％'],
    actuals: ['18.2 ％', '17.5 ％', '16.1 ％', '15.2 ％', '14.9 ％'],
    mark: '○',
    office: '商工振興課',
  },
  {
    name: '中心市街地における新規出店数',
    dir: '↑',
    base: '7 件',
    targets: ['10 件', '10 件', '10 件', '10 件', '10 件'],
    actuals: ['4 件', '7 件', '9 件', '12 件', '6 件'],
    mark: '△',
    office: '商工振興課',
  },
  {
    name: '商店街が実施するイベントの開催回数',
    dir: '↑',
    base: '18 回',
    targets: ['-', '20 回', '22 回', '24 回', '25 回'],
    actuals: ['5 回', '14 回', '21 回', '26 回', '27 回'],
    mark: '◎',
    office: '商工振興課',
  },
  {
    name: 'まちなか居住人口',
    dir: '↑',
    base: '5,918 人',
    targets: ['5,900 人', '5,920 人', '5,940 人', '5,970 人', '6,000 人'],
    actuals: ['5,872 人', '5,851 人', '5,839 人', '5,864 人', '5,851 人'],
    mark: '○',
    office: '都市計画課',
  },
  {
    name: 'まちなか来訪者満足度',
    dir: '↑',
    base: '62.0 ％',
    targets: ['63.0 ％', '64.0 ％', '65.0 ％', '66.0 ％', '67.0 ％'],
    actuals: ['-', '63.5 ％', '64.8 ％', '66.2 ％', '集計中'],
    mark: '－',
    office: '商工振興課',
  },
];

const CS = 'KPI';

const C_KPI: Holdout2Workbook = {
  name: 'h144-c-senryaku-kpi-machinaka',
  layout:
    '第２期総合戦略 基本目標２ KPI (令和６年度実績): 方向 ↑／↓ column, 基準値（H30） merged over a 目標値 row and a 実績値 row per KPI, 令和2年度…令和6年度 values as 「11,240 人」「14.9 ％」, 「-」 where no target, a 集計中, 達成状況（R6） ◎○△× with a legend of bands',
  build(wb) {
    const ws = wb.addWorksheet(CS);
    widths(ws, [5, 30, 6, 8, 12, 12, 12, 12, 12, 12, 10, 12]);
    merge(ws, 1, 1, 1, 12, '令和７年度第１回西浦市総合戦略推進会議　資料３');
    merge(
      ws,
      2,
      1,
      2,
      12,
      '第２期西浦市まち・ひと・しごと創生総合戦略　基本目標２「まちなかに賑わいと活力を」　重要業績評価指標（KPI）の進捗状況（令和６年度実績）',
    );
    put(ws, 4, 1, [
      'No.',
      'KPI',
      '方向',
      '区分',
      '基準値\n（H30）',
      '令和2年度',
      '令和3年度',
      '令和4年度',
      '令和5年度',
      '令和6年度',
      '達成状況\n（R6）',
      '担当課',
    ]);
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.dir);
      ws.getCell(r, 4).value = '目標値';
      ws.getCell(r + 1, 4).value = '実績値';
      merge(ws, r, 5, r + 1, 5, k.base);
      put(ws, r, 6, k.targets);
      put(ws, r + 1, 6, k.actuals);
      merge(ws, r, 11, r + 1, 11, k.mark);
      merge(ws, r, 12, r + 1, 12, k.office);
    });
    const end = 4 + KPIS.length * 2;
    wrap(ws, 4, 1, 4, 12);
    box(ws, 4, 1, end, 12);
    ws.getCell(end + 2, 1).value =
      '※達成状況（令和６年度）　◎：目標達成（達成率100％以上）　○：達成率80％以上100％未満　△：達成率60％以上80％未満　×：達成率60％未満';
    ws.getCell(end + 3, 1).value = '※方向　↑：数値が大きいほど良い指標　↓：数値が小さいほど良い指標';
    ws.getCell(end + 4, 1).value = '※まちなか来訪者満足度の令和2年度は、新型コロナウイルス感染症の影響により調査を中止';
  },
  expected: {
    file: 'h144-c-senryaku-kpi-machinaka.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(CS, '中心市街地の休日歩行者通行量', '人', 11700, 11240, { existing: '○' }),
      ind(CS, '中心商店街の空き店舗率', '％', 14.0, 14.9, { direction: 'down', existing: '○' }),
      ind(CS, '中心市街地における新規出店数', '件', 10, 6, { existing: '△' }),
      ind(CS, '商店街が実施するイベントの開催回数', '回', 25, 27, { existing: '◎' }),
      ind(CS, 'まちなか居住人口', '人', 6000, 5851, { existing: '○' }),
      ind(CS, 'まちなか来訪者満足度', '％', 67.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 点検評価一覧, 指標 | 指標の説明 | 単位 | 方向 | 現況（計画策定時） | 目標（R8） | 実績 (year in the cell) | 現状把握の方法.

const DS = '点検評価一覧';

const D_ROWS: (string | number | null)[][] = [
  [
    1,
    '中心市街地の歩行者通行量',
    '平日・休日の２日間に中心市街地12地点で計測した通行量の１日平均',
    '人',
    '増加',
    '9,860\n（令和3年度）',
    11000,
    '１０，１２０\n（令和5年度）',
    '歩行者通行量調査（毎年10月）',
  ],
  [2, '商店街の空き店舗数', '市内８商店街の空き店舗の数', '店舗', '減少', '46\n（令和3年度）', 36, '41\n（令和5年度）', '空き店舗実態調査（商工振興課）'],
  [
    3,
    '商店街加盟店舗数',
    '商店街振興組合等に加盟している店舗の数',
    '店',
    '増加',
    '512\n（令和4年3月31日）',
    530,
    '498\n（令和6年3月31日）',
    '商店街連合会調べ',
  ],
  [
    4,
    '中心市街地での創業件数（累計）',
    '計画期間中に中心市街地で創業した件数の累計',
    '件',
    '増加',
    '12\n（令和3年度）',
    '60\n（R4～R8累計）',
    '27\n（令和5年度末累計）',
    '創業支援事業実績',
  ],
  [5, '中心市街地の居住人口', '中心市街地区域内の住民基本台帳人口', '人', '増加', '6,204\n（令和3年度末）', 6300, '6,087\n（令和4年度末）', '住民基本台帳'],
  [
    6,
    '商店街に愛着を感じる市民の割合',
    '市民意識調査で商店街に「愛着を感じる」と回答した市民の割合',
    '％',
    '増加',
    '42.5\n（令和2年度）',
    50.0,
    null,
    '市民意識調査（３年ごと。次回は令和6年度）',
  ],
];

function dInd(name: string, unit: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}): ExpectedIndicator {
  return { ...ind(DS, name, unit, target, actual, more), targetSource: 'final' };
}

const D_KEIKAKU: Holdout2Workbook = {
  name: 'h144-d-shogyo-keikaku-tenken',
  layout:
    '第２次商業振興計画 点検評価一覧 (令和５年度実績): 現況（計画策定時） and 実績 with their year in the cell (「１０，１２０⏎（令和5年度）」), 目標（R8）, a 方向 column 増加／減少, a 累計 target 「60⏎（R4～R8累計）」, one 実績 of the year before (a guess), one blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(DS);
    widths(ws, [5, 28, 34, 7, 7, 16, 14, 16, 28]);
    merge(ws, 1, 1, 1, 8, '第２次西浦市商業振興計画　点検評価一覧（令和５年度実績）');
    ws.getCell(1, 9).value = '資料３';
    ws.getCell(3, 1).value = '１　計画の指標';
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '方向', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    D_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let i = 0; i < D_ROWS.length; i++) ws.getCell(5 + i, 7).numFmt = '#,##0';
    ws.getCell(10, 7).numFmt = '0.0';
    wrap(ws, 4, 1, 4 + D_ROWS.length, 9);
    box(ws, 4, 1, 4 + D_ROWS.length, 9);
  },
  expected: {
    file: 'h144-d-shogyo-keikaku-tenken.xlsx',
    fiscalYear: 2023,
    indicators: [
      dInd('中心市街地の歩行者通行量', '人', 11000, 10120),
      dInd('商店街の空き店舗数', '店舗', 36, 41, { direction: 'down' }),
      dInd('商店街加盟店舗数', '店', 530, 498),
      dInd('中心市街地での創業件数（累計）', '件', 60, 27),
      dInd('中心市街地の居住人口', '人', 6300, 6087),
      dInd('商店街に愛着を感じる市民の割合', '％', 50.0, null, { actualStatus: 'missing' }),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A_SHISAKU, B_JIGYO, C_KPI, D_KEIKAKU];
