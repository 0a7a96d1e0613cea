/**
 * Hold-out 97, the four families as large workbooks ("大きなブック"): a 施策評価シート book of 20 policy sheets behind a 目次
 * of hyperlinks (with two hidden helper sheets), a 事業実績 table of 30 projects over four pages with outlined 基本目標 groups,
 * one KPI table of 60 indicators over 令和2〜6年度 with 基本目標／施策 heading rows, and an 教育振興基本計画 plan-indicator
 * book of three 基本目標 sheets (and a hidden グラフ用 sheet).
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** Writes `v` at (r1, c1) and merges the range when it is larger than one cell. */
function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, v: string | number | null): void {
  if (v !== null) ws.getCell(r1, c1).value = v;
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
}

const wrap = { wrapText: true, vertical: 'middle' as const };
const comma = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const fmtOf = (dec: number) => (dec === 0 ? '#,##0' : dec === 1 ? '#,##0.0' : '0.00');
const round = (x: number, dec: number) => Math.round(x * 10 ** dec) / 10 ** dec;

/* ------------------------------------------------------------------------------------------------------------------------------
 * 1. 施策評価シート: 目次 + 20 sheets (1-1 … 5-3), indicator blocks stacked, R2（基準値）… R7（目標値）, 期待値 per year.
 * ---------------------------------------------------------------------------------------------------------------------------- */

interface BlockInd {
  name: string;
  unit: string;
  base: number;
  /** 期待値 R3 … R7 (R7 is the 目標値); null where the sheet has none. */
  exp: (number | null)[];
  /** 実績値 R3, R4, R5: a number, a word, or null (blank). */
  act: (number | string | null)[];
  down?: boolean;
  dec?: number;
  note?: string;
}

interface Policy {
  code: string;
  title: string;
  dept: string;
  sections: string;
  last: string;
  inds: BlockInd[];
}

const GOALS: Record<string, string> = {
  '1': '1　子どもを安心して産み育てられるまち',
  '2': '2　健やかに安心して暮らせるまち',
  '3': '3　活力ある産業としごとのあるまち',
  '4': '4　安全で快適に暮らせるまち',
  '5': '5　市民とともに歩む持続可能なまち',
};

const POLICIES: Policy[] = [
  {
    code: '1-1',
    title: '妊娠・出産・子育て支援の充実',
    dept: 'こども家庭部',
    sections: '子育て支援課、健康づくり課',
    last: '（A）',
    inds: [
      { name: '乳幼児健診受診率', unit: '％', base: 95.2, exp: [95.8, 96.3, 96.9, 97.4, 98.0], act: [95.8, 96.3, 97.1], dec: 1 },
      { name: '子育て支援センター利用者数', unit: '人', base: 18500, exp: [19600, 20700, 21800, 22900, 24000], act: [16200, 19800, 20400] },
      {
        name: '子育てしやすいまちだと思う市民の割合',
        unit: '％',
        base: 62.4,
        exp: [64.0, 65.5, 67.0, 68.5, 70.0],
        act: [63.0, 63.5, '集計中'],
        dec: 1,
        note: '市民意識調査（令和5年度実施分）は集計中',
      },
    ],
  },
  {
    code: '1-2',
    title: '幼児教育・保育の充実',
    dept: 'こども家庭部',
    sections: '保育課',
    last: '（B）',
    inds: [
      { name: '保育所等待機児童数', unit: '人', base: 12, exp: [10, 7, 5, 2, 0], act: [8, 5, 3], down: true, note: '各年度4月1日現在' },
      { name: '放課後児童クラブ待機児童数', unit: '人', base: 25, exp: [20, 15, 10, 5, 0], act: [22, 18, 14], down: true, note: '各年度5月1日現在' },
    ],
  },
  {
    code: '1-3',
    title: '学校教育の充実',
    dept: '教育部',
    sections: '学校教育課',
    last: '（B）',
    inds: [
      {
        name: '全国学力・学習状況調査で全国平均以上の教科の割合',
        unit: '％',
        base: 50.0,
        exp: [75.0, 75.0, 100.0, 100.0, 100.0],
        act: [50.0, 75.0, 75.0],
        dec: 1,
      },
      { name: '不登校児童生徒の出現率', unit: '％', base: 1.85, exp: [1.8, 1.75, 1.7, 1.65, 1.6], act: [2.01, 2.24, 2.43], down: true, dec: 2 },
      { name: '学校図書館の児童1人当たり貸出冊数', unit: '冊', base: 48.2, exp: [49.0, 50.0, 51.0, 52.0, 53.0], act: [50.3, 52.8, 51.9], dec: 1 },
    ],
  },
  {
    code: '1-4',
    title: '青少年の健全育成',
    dept: '教育部',
    sections: '生涯学習課',
    last: '（C）',
    inds: [
      { name: '放課後子ども教室の参加児童数', unit: '人', base: 820, exp: [850, 900, 950, 1000, 1050], act: [610, 780, 874] },
      { name: '青少年健全育成推進員による街頭指導回数', unit: '回', base: 96, exp: [100, 100, 100, 100, 100], act: [88, 100, 104] },
      { name: '子ども会加入率', unit: '％', base: 58.3, exp: [58.0, 58.0, 58.0, 58.0, 58.0], act: [55.1, 52.4, 49.8], dec: 1 },
    ],
  },
  {
    code: '2-1',
    title: '健康づくりの推進',
    dept: '保健福祉部',
    sections: '健康づくり課、保険年金課',
    last: '（B）',
    inds: [
      { name: '特定健康診査受診率', unit: '％', base: 38.5, exp: [40.0, 45.0, 50.0, 55.0, 60.0], act: [41.2, 43.0, 44.6], dec: 1, note: '法定報告値' },
      { name: 'がん検診（胃がん）受診率', unit: '％', base: 8.2, exp: [9.0, 10.0, 11.0, 12.0, 13.0], act: [8.0, 8.6, 9.1], dec: 1 },
      { name: '健康づくりポイント事業参加者数', unit: '人', base: 1200, exp: [1500, 1800, 2100, 2400, 2700], act: [1650, 2010, 2350] },
    ],
  },
  {
    code: '2-2',
    title: '地域医療体制の確保',
    dept: '保健福祉部',
    sections: '健康づくり課',
    last: '（A）',
    inds: [
      { name: '休日当番医の診療日数', unit: '日', base: 71, exp: [71, 71, 71, 71, 71], act: [71, 72, 71] },
      {
        name: 'かかりつけ医を持つ市民の割合',
        unit: '％',
        base: 64.0,
        exp: [null, null, null, null, 70.0],
        act: [65.2, 66.1, 67.8],
        dec: 1,
        note: '期待値は設定せず、R7の目標値のみ',
      },
    ],
  },
  {
    code: '2-3',
    title: '高齢者福祉の充実',
    dept: '保健福祉部',
    sections: '高齢福祉課、介護保険課',
    last: '（B）',
    inds: [
      {
        name: '介護予防教室参加者数（延べ）',
        unit: '人',
        base: 6200,
        exp: [4000, 5000, 6500, 7000, 7500],
        act: [3800, 5600, 6120],
        note: 'R3・R4は感染症対策のため定員を縮小',
      },
      { name: '認知症サポーター養成数（累計）', unit: '人', base: 8450, exp: [9000, 9600, 10200, 10800, 11400], act: [8820, 9410, 10050] },
      { name: '要介護認定を受けていない高齢者の割合', unit: '％', base: 82.1, exp: [82.0, 82.0, 82.0, 82.0, 82.0], act: [82.3, 81.9, 81.6], dec: 1 },
    ],
  },
  {
    code: '2-4',
    title: '障がい者福祉の充実',
    dept: '保健福祉部',
    sections: '障がい福祉課',
    last: '（A）',
    inds: [
      { name: '福祉施設から一般就労への移行者数', unit: '人', base: 6, exp: [7, 8, 9, 10, 11], act: [4, 9, 11] },
      { name: '障がい者相談支援事業の相談件数', unit: '件', base: 2140, exp: [2200, 2300, 2400, 2500, 2600], act: [2460, 2210, 2298] },
    ],
  },
  {
    code: '3-1',
    title: '農林業の振興',
    dept: '産業振興部',
    sections: '農林課',
    last: '（C）',
    inds: [
      { name: '新規就農者数', unit: '人', base: 5, exp: [6, 6, 7, 7, 8], act: [4, 7, 3] },
      { name: '認定農業者数', unit: '経営体', base: 312, exp: [315, 318, 320, 322, 325], act: [305, 298, 291] },
      { name: '荒廃農地面積', unit: 'ha', base: 148.0, exp: [145.0, 142.0, 139.0, 136.0, 133.0], act: [151.2, 150.6, 152.3], down: true, dec: 1 },
    ],
  },
  {
    code: '3-2',
    title: '商工業の振興',
    dept: '産業振興部',
    sections: '商工観光課',
    last: '（B）',
    inds: [
      { name: '創業支援による創業者数', unit: '件', base: 14, exp: [15, 16, 17, 18, 20], act: [12, 19, 22] },
      { name: '中心市街地の空き店舗数', unit: '店舗', base: 38, exp: [36, 34, 32, 30, 28], act: [39, 41, 40], down: true },
    ],
  },
  {
    code: '3-3',
    title: '観光の振興',
    dept: '産業振興部',
    sections: '商工観光課',
    last: '（C）',
    inds: [
      { name: '観光入込客数', unit: '千人', base: 1250, exp: [1400, 1600, 1800, 2000, 2200], act: [1380, 1720, 1950] },
      { name: '宿泊者数', unit: '人', base: 182300, exp: [200000, 220000, 240000, 260000, 280000], act: [176500, 214300, 238900] },
      { name: '外国人宿泊者数', unit: '人', base: 1830, exp: [2000, 4000, 8000, 12000, 15000], act: [120, 1460, 6980] },
    ],
  },
  {
    code: '3-4',
    title: '雇用の確保と就労支援',
    dept: '産業振興部',
    sections: '商工観光課',
    last: '（B）',
    inds: [
      { name: '市内高校卒業生の市内就職率', unit: '％', base: 42.5, exp: [43.0, 44.0, 45.0, 46.0, 47.0], act: [40.8, 38.9, 41.2], dec: 1 },
      { name: '就労支援セミナー受講者数', unit: '人', base: 140, exp: [150, 160, 170, 180, 190], act: [96, 120, 102] },
    ],
  },
  {
    code: '3-5',
    title: '移住・定住の促進',
    dept: '企画部',
    sections: '企画政策課',
    last: '（B）',
    inds: [
      { name: '移住相談件数', unit: '件', base: 210, exp: [230, 250, 270, 290, 310], act: [264, 302, 355] },
      { name: '移住支援制度を利用した移住者数', unit: '人', base: 35, exp: [40, 45, 50, 55, 60], act: [41, 38, 29] },
    ],
  },
  {
    code: '4-1',
    title: '防災・減災対策の推進',
    dept: '総務部',
    sections: '危機管理課',
    last: '（A）',
    inds: [
      { name: '自主防災組織の組織率', unit: '％', base: 78.4, exp: [80.0, 82.0, 84.0, 86.0, 88.0], act: [80.2, 81.5, 83.0], dec: 1 },
      { name: '防災訓練参加者数', unit: '人', base: 3500, exp: [4000, 4500, 5000, 5500, 6000], act: [1200, 3900, 5240] },
      { name: '防災メール登録者数', unit: '人', base: 12400, exp: [13000, 14000, 15000, 16000, 17000], act: [13800, 15200, 16600] },
    ],
  },
  {
    code: '4-2',
    title: '交通安全・防犯対策の推進',
    dept: '市民生活部',
    sections: '市民安全課',
    last: '（B）',
    inds: [
      {
        name: '交通事故発生件数（人身事故）',
        unit: '件',
        base: 312,
        exp: [300, 290, 280, 270, 260],
        act: [268, 259, 287],
        down: true,
        note: '暦年（1月～12月）',
      },
      { name: '刑法犯認知件数', unit: '件', base: 684, exp: [670, 655, 640, 625, 610], act: [598, 611, 622], down: true, note: '暦年（1月～12月）' },
    ],
  },
  {
    code: '4-3',
    title: '循環型社会の形成',
    dept: '市民生活部',
    sections: '環境課',
    last: '（B）',
    inds: [
      { name: '市民1人1日当たりのごみ排出量', unit: 'g', base: 912, exp: [900, 890, 880, 870, 860], act: [905, 897, 899], down: true },
      { name: 'リサイクル率', unit: '％', base: 18.4, exp: [19.0, 20.0, 21.0, 22.0, 23.0], act: [18.1, 17.6, null], dec: 1 },
    ],
  },
  {
    code: '4-4',
    title: '公共交通の確保',
    dept: '企画部',
    sections: '交通政策課',
    last: '（B）',
    inds: [
      { name: 'コミュニティバス利用者数', unit: '人', base: 86500, exp: [70000, 75000, 80000, 85000, 90000], act: [64200, 71800, 79100] },
      { name: 'デマンド型乗合タクシー登録者数', unit: '人', base: 1320, exp: [1400, 1500, 1600, 1700, 1800], act: [1510, 1690, 1880] },
    ],
  },
  {
    code: '5-1',
    title: '市民協働の推進',
    dept: '市民協働部',
    sections: '市民協働課',
    last: '（B）',
    inds: [
      { name: '市民活動団体登録数', unit: '団体', base: 128, exp: [130, 133, 136, 139, 142], act: [131, 129, 126] },
      { name: '自治会加入率', unit: '％', base: 74.6, exp: [75.0, 75.0, 75.0, 75.0, 75.0], act: [73.9, 72.8, 71.5], dec: 1 },
    ],
  },
  {
    code: '5-2',
    title: '生涯学習・文化の振興',
    dept: '教育部',
    sections: '生涯学習課、文化振興課、図書館',
    last: '（C）',
    inds: [
      { name: '公民館講座の延べ受講者数', unit: '人', base: 9800, exp: [8000, 10000, 12000, 12500, 13000], act: [6100, 8900, 11300] },
      { name: '市立図書館の年間貸出冊数', unit: '冊', base: 512000, exp: [520000, 525000, 530000, 535000, 540000], act: [498000, 503400, 509800] },
      { name: '文化会館の利用率', unit: '％', base: 61.2, exp: [50.0, 60.0, 65.0, 70.0, 70.0], act: [38.4, 55.2, 66.9], dec: 1 },
    ],
  },
  {
    code: '5-3',
    title: '健全な行財政運営',
    dept: '総務部',
    sections: '財政課、税務課',
    last: '（A）',
    inds: [
      { name: '実質公債費比率', unit: '％', base: 9.8, exp: [9.6, 9.4, 9.2, 9.0, 8.8], act: [9.5, 9.1, 8.7], down: true, dec: 1 },
      { name: '経常収支比率', unit: '％', base: 92.1, exp: [92.0, 91.5, 91.0, 90.5, 90.0], act: [90.8, 93.2, 94.0], down: true, dec: 1 },
      { name: '市税の収納率（現年度分）', unit: '％', base: 98.9, exp: [99.0, 99.0, 99.0, 99.0, 99.0], act: [99.0, 99.1, 99.2], dec: 1 },
      { name: 'キャッシュレス決済による納付件数の割合', unit: '％', base: 21.5, exp: [25.0, 28.0, 31.0, 34.0, 37.0], act: [26.8, 30.2, 34.5], dec: 1 },
    ],
  },
];

const CIRCLED = ['①', '②', '③', '④', '⑤'];

function policySheet(wb: Workbook, p: Policy): void {
  const ws = wb.addWorksheet(p.code, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [14, 12, 10, 10, 10, 10, 12, 10, 12, 8, 10].map((width) => ({ width }));
  box(ws, 1, 1, 1, 11, '第2次みなみ野市総合計画 前期基本計画　令和6年度 施策評価シート（評価対象年度：令和5年度）');
  ws.getCell('K2').value = '前年度';
  ws.getCell('A3').value = '基本目標';
  box(ws, 3, 2, 3, 6, GOALS[p.code[0]]);
  box(ws, 3, 8, 3, 9, '施策の達成状況');
  ws.getCell('J3').dataValidation = { type: 'list', allowBlank: true, formulae: ['リスト!$A$1:$A$4'] };
  ws.getCell('K3').value = p.last;
  ws.getCell('A4').value = '施策';
  box(ws, 4, 2, 4, 6, `${p.code}　${p.title}`);
  box(ws, 4, 8, 4, 9, '凡例');
  box(ws, 4, 10, 5, 11, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  ws.getCell('J4').alignment = wrap;
  ws.getCell('A5').value = '担当部';
  box(ws, 5, 2, 5, 6, p.dept);
  ws.getCell('A6').value = '関係課';
  box(ws, 6, 2, 6, 6, p.sections);
  box(ws, 8, 1, 8, 11, '１　成果指標の推移');
  let r = 9;
  p.inds.forEach((x, i) => {
    const dec = x.dec ?? 0;
    ws.getCell(r, 1).value = `成果指標${CIRCLED[i]}`;
    box(ws, r, 2, r, 6, x.name);
    ws.getCell(r, 7).value = '単位';
    ws.getCell(r, 8).value = x.unit;
    ws.getCell(r, 9).value = '目指す方向';
    ws.getCell(r, 10).value = x.down ? '↓' : '↑';
    put(ws, r + 1, 1, ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    ws.getCell(r + 1, 2).alignment = wrap;
    ws.getCell(r + 1, 7).alignment = wrap;
    ws.getCell(r + 2, 1).value = '実績値';
    ws.getCell(r + 2, 2).value = x.base;
    x.act.forEach((v, k) => {
      if (v !== null) ws.getCell(r + 2, 3 + k).value = v;
    });
    ws.getCell(r + 3, 1).value = '期待値';
    x.exp.forEach((v, k) => {
      if (v !== null) ws.getCell(r + 3, 3 + k).value = v;
    });
    for (let c = 2; c <= 7; c++) for (const rr of [r + 2, r + 3]) ws.getCell(rr, c).numFmt = fmtOf(dec);
    ws.getCell(r + 4, 1).value = '備考';
    box(ws, r + 4, 2, r + 4, 11, x.note ?? '');
    r += 6;
  });
  box(ws, r, 1, r, 11, '※目指す方向　↑：数値が大きいほど良い指標　↓：数値が小さいほど良い指標　　※期待値：各年度に達成を見込む値（R7は計画の目標値）');
  box(ws, r + 2, 1, r + 2, 11, '２　施策の評価');
  ws.getCell(r + 3, 1).value = '成果と課題';
  box(ws, r + 3, 2, r + 5, 11, null);
  ws.getCell(r + 6, 1).value = '今後の方向性';
  box(ws, r + 6, 2, r + 7, 11, null);
}

function policyFacts(p: Policy): ExpectedIndicator[] {
  return p.inds.map((x) => {
    const finalOnly = x.exp[2] === null;
    const target = (finalOnly ? x.exp[4] : x.exp[2]) as number;
    const a = x.act[2];
    const dir = x.down ? 'down' : 'up';
    const out =
      typeof a === 'number'
        ? ind(p.code, x.name, x.unit, target, a, { direction: dir })
        : ind(p.code, x.name, x.unit, target, null, { direction: dir, actualStatus: a === '集計中' ? 'pending' : 'missing' });
    if (finalOnly) out.targetSource = 'final';
    return out;
  });
}

const policyBook: Holdout2Workbook = {
  name: 'h97-shisaku-hyoka-20sheets',
  layout:
    '施策評価シート book: 目次 of hyperlinks, 20 policy sheets 1-1…5-3 with 2–4 stacked indicator blocks (R2（基準値）…R7（目標値）, 実績値/期待値, ↑↓), empty 達成状況 cell J3 beside 「（B）」, hidden 集計用 and リスト sheets',
  build(wb) {
    const toc = wb.addWorksheet('目次');
    toc.columns = [6, 10, 36, 14, 10].map((width) => ({ width }));
    box(toc, 1, 1, 1, 5, '令和6年度 施策評価シート　目次（評価対象年度：令和5年度）');
    toc.getCell('A2').value = '※施策番号をクリックすると各シートへ移動します。';
    put(toc, 3, 1, ['No.', '施策番号', '施策名', '担当部', 'シート']);
    let r = 4;
    let goal = '';
    POLICIES.forEach((p, i) => {
      if (p.code[0] !== goal) {
        goal = p.code[0];
        box(toc, r, 1, r, 5, `基本目標${GOALS[goal]}`);
        r++;
      }
      toc.getCell(r, 1).value = i + 1;
      toc.getCell(r, 2).value = { text: p.code, hyperlink: `#'${p.code}'!A1` };
      toc.getCell(r, 3).value = p.title;
      toc.getCell(r, 4).value = p.dept;
      toc.getCell(r, 5).value = { text: '→ 開く', hyperlink: `#'${p.code}'!A1` };
      r++;
    });
    for (const p of POLICIES) policySheet(wb, p);
    const calc = wb.addWorksheet('集計用', { state: 'hidden' });
    put(calc, 1, 1, ['施策番号', '達成状況', '前年度']);
    POLICIES.forEach((p, i) => {
      calc.getCell(i + 2, 1).value = p.code;
      calc.getCell(i + 2, 2).value = { formula: `IF('${p.code}'!J3="","",'${p.code}'!J3)`, result: '' };
      calc.getCell(i + 2, 3).value = { formula: `'${p.code}'!K3`, result: p.last };
    });
    put(calc, 24, 1, ['評価', '件数']);
    ['A', 'B', 'C', 'D'].forEach((g, k) => {
      calc.getCell(25 + k, 1).value = g;
      calc.getCell(25 + k, 2).value = { formula: `COUNTIF($B$2:$B$21,A${25 + k})`, result: 0 };
    });
    const list = wb.addWorksheet('リスト', { state: 'hidden' });
    ['A', 'B', 'C', 'D'].forEach((g, k) => (list.getCell(k + 1, 1).value = g));
    ['拡充', '継続', '改善', '縮小', '廃止'].forEach((g, k) => (list.getCell(k + 1, 2).value = g));
  },
  expected: {
    file: 'h97-shisaku-hyoka-20sheets.xlsx',
    fiscalYear: 2023,
    indicators: POLICIES.flatMap(policyFacts),
    groups: POLICIES.map((p) => ({ sheet: p.code, cell: 'J3', grade: rollUp(policyFacts(p).map((i) => i.grade)) })),
  },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 2. 事業実績: 30 推進事業 in one table, four 基本目標 groups (outlined, a page each, print titles), text figures.
 * ---------------------------------------------------------------------------------------------------------------------------- */

type Fig = [label: string, n: number, unit: string];

interface Project {
  code: string;
  name: string;
  about: string;
  section: string;
  /** 令和4年度実績 as written. */
  prev: string;
  /** One measure ([label, n, unit]) or several; a string when written as a word (「－」). */
  target: Fig[] | string;
  actual: Fig[] | string;
  existing: string;
  way: string;
  remark: string;
}

const figText = (f: Fig[]) => f.map(([l, n, u]) => `${l}${l ? ' ' : ''}${comma(n)}${u}`).join('／');

const PROJECT_GOALS: [string, Project[]][] = [
  [
    '基本目標１　結婚・出産・子育ての希望をかなえる',
    [
      {
        code: '1-01',
        name: '結婚新生活支援事業',
        about: '新婚世帯の住居費・引越費用を補助する',
        section: '子育て支援課',
        prev: '21件',
        target: [['補助件数', 30, '件']],
        actual: [['', 24, '件']],
        existing: 'B',
        way: '継続',
        remark: '若年層への周知が課題',
      },
      {
        code: '1-02',
        name: '不妊治療費助成事業',
        about: '保険適用外の不妊治療費の一部を助成する',
        section: '健康づくり課',
        prev: '112件',
        target: [['助成件数', 120, '件']],
        actual: [['', 138, '件']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '1-03',
        name: '産後ケア事業',
        about: '出産後の母子に心身のケアや育児サポートを行う',
        section: '健康づくり課',
        prev: '38人',
        target: [['利用者数', 80, '人']],
        actual: [['利用者数', 52, '人']],
        existing: 'B',
        way: '拡充',
        remark: '受入施設の確保が課題',
      },
      {
        code: '1-04',
        name: 'ファミリー・サポート・センター事業',
        about: '子育ての援助を受けたい人と行いたい人の相互援助活動を支援する',
        section: '子育て支援課',
        prev: '398人',
        target: [['会員数', 450, '人']],
        actual: [['', 412, '人']],
        existing: 'A',
        way: '継続',
        remark: '提供会員の高齢化',
      },
      {
        code: '1-05',
        name: '子育て応援アプリ運用事業',
        about: '子育て情報や健診の通知をアプリで配信する',
        section: '子育て支援課',
        prev: '1,870人',
        target: [['登録者数', 2000, '人']],
        actual: [['', 2315, '人']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '1-06',
        name: '病児保育事業',
        about: '病気の児童を医療機関併設の施設で一時的に保育する',
        section: '保育課',
        prev: '2か所',
        target: [['開設', 2, 'か所']],
        actual: [['', 2, 'か所']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '1-07',
        name: '子ども食堂支援事業',
        about: '子ども食堂を運営する団体に立上げ・運営費を補助する',
        section: '子育て支援課',
        prev: '－',
        target: [['補助団体', 8, '団体']],
        actual: '未実施',
        existing: 'D',
        way: '見直し',
        remark: '補助要綱の整備に時間を要し、交付に至らなかった',
      },
      {
        code: '1-08',
        name: '子どものインフルエンザ予防接種費助成事業',
        about: '生後6か月～中学生のインフルエンザ予防接種費を助成する',
        section: '健康づくり課',
        prev: '41.8%',
        target: [['接種率', 50, '%']],
        actual: [['', 46.2, '%']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
    ],
  ],
  [
    '基本目標２　地域で稼ぎ、安心して働けるようにする',
    [
      {
        code: '2-01',
        name: '創業支援事業',
        about: '創業塾の開催と創業時の経費補助を行う',
        section: '商工観光課',
        prev: '13件',
        target: [['創業者数', 15, '件']],
        actual: [['', 18, '件']],
        existing: 'A',
        way: '拡充',
        remark: '',
      },
      {
        code: '2-02',
        name: '事業承継支援事業',
        about: '専門家による事業承継相談窓口を設置する',
        section: '商工観光課',
        prev: '31件',
        target: [['相談件数', 40, '件']],
        actual: [['相談', 27, '件']],
        existing: 'B',
        way: '継続',
        remark: '商工会議所と連携して掘り起こしを行う',
      },
      {
        code: '2-03',
        name: '中小企業販路拡大支援補助金',
        about: '展示会出展や通販サイト開設の経費を補助する',
        section: '商工観光課',
        prev: '22社',
        target: [['交付件数', 25, '社']],
        actual: [['交付決定', 31, '社']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '2-04',
        name: '企業立地奨励事業',
        about: '工業団地へ立地した企業に奨励金を交付する',
        section: '企業誘致課',
        prev: '1社',
        target: [['新規立地', 2, '社']],
        actual: [['', 1, '社']],
        existing: 'C',
        way: '継続',
        remark: '',
      },
      {
        code: '2-05',
        name: '地元就職促進事業',
        about: '高校生・大学生向けの合同企業説明会を開催する',
        section: '商工観光課',
        prev: '説明会 2回／参加者 256人',
        target: [
          ['説明会', 2, '回'],
          ['参加者', 300, '人'],
        ],
        actual: [
          ['説明会', 2, '回'],
          ['参加者', 214, '人'],
        ],
        existing: 'B',
        way: '改善',
        remark: '開催時期を見直す',
      },
      {
        code: '2-06',
        name: 'スマート農業導入支援事業',
        about: 'ドローン・自動操舵システム等の導入経費を補助する',
        section: '農林課',
        prev: '7経営体',
        target: [['導入経営体', 10, '経営体']],
        actual: [['', 12, '経営体']],
        existing: 'A',
        way: '拡充',
        remark: '',
      },
      {
        code: '2-07',
        name: '6次産業化推進事業',
        about: '農産物を活用した新商品開発を支援する',
        section: '農林課',
        prev: '4件',
        target: [['新商品開発', 5, '件']],
        actual: [['', 3, '件']],
        existing: 'C',
        way: '継続',
        remark: '',
      },
      {
        code: '2-08',
        name: 'ふるさと納税推進事業',
        about: '返礼品の開発とポータルサイトでのPRを行う',
        section: '企画政策課',
        prev: '7.1億円',
        target: [['寄附額', 8, '億円']],
        actual: [['', 9.4, '億円']],
        existing: 'A',
        way: '拡充',
        remark: '',
      },
    ],
  ],
  [
    '基本目標３　新しい人の流れをつくり、つながりを育む',
    [
      {
        code: '3-01',
        name: '移住体験住宅運営事業',
        about: '移住希望者が短期間滞在できる体験住宅を運営する',
        section: '企画政策課',
        prev: '29組',
        target: [['利用組数', 30, '組']],
        actual: [['', 36, '組']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '3-02',
        name: '移住支援金交付事業',
        about: '東京圏からの移住者に支援金を交付する',
        section: '企画政策課',
        prev: '14件',
        target: [['交付件数', 20, '件']],
        actual: [['', 11, '件']],
        existing: 'C',
        way: '継続',
        remark: '',
      },
      {
        code: '3-03',
        name: '空き家バンク事業',
        about: '空き家の登録と移住希望者への情報提供を行う',
        section: '都市計画課',
        prev: '登録 38件・成約 15件',
        target: [
          ['登録', 40, '件'],
          ['成約', 20, '件'],
        ],
        actual: [
          ['登録', 46, '件'],
          ['成約', 17, '件'],
        ],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '3-04',
        name: '関係人口創出事業（ワーケーション）',
        about: '首都圏企業向けのワーケーションツアーを実施する',
        section: '企画政策課',
        prev: '142人',
        target: [['参加者数', 150, '人']],
        actual: [['', 188, '人']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '3-05',
        name: '地域おこし協力隊事業',
        about: '地域おこし協力隊員を委嘱し地域活動に従事させる',
        section: '企画政策課',
        prev: '9人',
        target: [['隊員数', 10, '人']],
        actual: [['', 8, '人']],
        existing: 'B',
        way: '継続',
        remark: '',
      },
      {
        code: '3-06',
        name: 'シティプロモーション事業',
        about: 'SNSや動画で市の魅力を発信する',
        section: '秘書広報課',
        prev: '9,210人',
        target: [['SNSフォロワー数', 12000, '人']],
        actual: [['', 10450, '人']],
        existing: 'B',
        way: '継続',
        remark: '',
      },
      {
        code: '3-07',
        name: '大学連携事業',
        about: '包括連携協定を結ぶ大学と地域課題の共同研究を行う',
        section: '企画政策課',
        prev: '5件',
        target: '－',
        actual: [['連携事業', 6, '件']],
        existing: '',
        way: '継続',
        remark: '数値目標は設定していない',
      },
    ],
  ],
  [
    '基本目標４　安全・安心で暮らし続けられる地域をつくる',
    [
      {
        code: '4-01',
        name: '地域公共交通再編事業',
        about: 'デマンド交通の運行エリアを拡大する',
        section: '交通政策課',
        prev: '11,460人',
        target: [['デマンド交通利用者', 12000, '人']],
        actual: [['', 13284, '人']],
        existing: 'A',
        way: '拡充',
        remark: '',
      },
      {
        code: '4-02',
        name: '高齢者見守りネットワーク事業',
        about: '民間事業者と見守り協定を締結する',
        section: '高齢福祉課',
        prev: '44事業者',
        target: [['協定締結', 50, '事業者']],
        actual: [['', 47, '事業者']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '4-03',
        name: '自主防災組織育成事業',
        about: '自主防災組織の資機材購入を補助する',
        section: '危機管理課',
        prev: '12団体',
        target: [['資機材補助', 15, '団体']],
        actual: [['', 9, '団体']],
        existing: 'B',
        way: '継続',
        remark: '',
      },
      {
        code: '4-04',
        name: '空き家対策事業',
        about: '危険な空き家の除却費を補助する',
        section: '都市計画課',
        prev: '8件',
        target: [['除却補助', 10, '件']],
        actual: [['', 10, '件']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '4-05',
        name: '健康ポイント事業',
        about: '健診受診や運動にポイントを付与し商品券と交換する',
        section: '健康づくり課',
        prev: '2,108人',
        target: [['参加者', 2500, '人']],
        actual: '集計中',
        existing: '',
        way: '継続',
        remark: 'ポイント交換期間（～5月末）終了後に確定',
      },
      {
        code: '4-06',
        name: '地域医療人材確保事業',
        about: '市内医療機関に勤務する看護師等に修学資金を貸与する',
        section: '健康づくり課',
        prev: '5人',
        target: [['奨学金貸与', 5, '人']],
        actual: [['', 5, '人']],
        existing: 'A',
        way: '継続',
        remark: '',
      },
      {
        code: '4-07',
        name: '消防団員確保対策事業',
        about: '消防団の加入促進と団員の処遇改善を行う',
        section: '消防総務課',
        prev: '16人',
        target: [['新規入団者', 20, '人']],
        actual: [['', 13, '人']],
        existing: 'B',
        way: '改善',
        remark: '',
      },
    ],
  ],
];

function projectFact(p: Project): ExpectedIndicator {
  const sheet = '事業実績';
  const existing = p.existing ? { existing: p.existing } : {};
  if (typeof p.target !== 'string' && p.target.length > 1 && typeof p.actual !== 'string') {
    const actual = p.actual;
    const measures = p.target.map(([label, t, unit], k) => ({ label, target: t, actual: actual[k][1], unit }));
    // Several measures in one cell: the lowest attainment counts.
    const worst = measures.map((m) => m.actual / m.target).reduce((a, b) => Math.min(a, b));
    return { sheet, name: p.name, measures, direction: 'up', grade: gradeOf(1, worst), ...existing };
  }
  const target = typeof p.target === 'string' ? null : p.target[0][1];
  const unit = typeof p.target === 'string' ? (p.actual as Fig[])[0][2] : p.target[0][2];
  if (p.actual === '未実施') return ind(sheet, p.name, unit, target, null, { actualStatus: 'not-implemented', ...existing });
  if (p.actual === '集計中') return ind(sheet, p.name, unit, target, null, { actualStatus: 'pending', ...existing });
  return ind(sheet, p.name, unit, target, (p.actual as Fig[])[0][1], existing);
}

const jigyoBook: Holdout2Workbook = {
  name: 'h97-jigyo-jisseki-30',
  layout:
    '事業実績 table of 30 推進事業 under four 基本目標 heading rows (outlined groups, a page break after each, print titles 3:4), 令和4年度実績 then 令和5年度 数値目標／実績値 as text, two-measure cells, 未実施, 集計中, 「－」 target; 集計 sheet of COUNTIF counts',
  build(wb) {
    const ws = wb.addWorksheet('事業実績', {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' },
      properties: { outlineLevelRow: 1 },
    });
    ws.columns = [6, 40, 14, 18, 22, 22, 10, 10, 30].map((width) => ({ width }));
    box(ws, 1, 1, 1, 9, '第2期みなみ野市まち・ひと・しごと創生総合戦略　令和5年度 推進事業 実績一覧');
    box(ws, 2, 1, 2, 9, '自己評価　A：目標を達成　B：目標の8割以上　C：目標の6割以上　D：目標の6割未満（未実施を含む）');
    box(ws, 3, 1, 4, 1, 'No.');
    box(ws, 3, 2, 4, 2, '事業名\n（概要）');
    box(ws, 3, 3, 4, 3, '担当課');
    ws.getCell('D3').value = '令和4年度';
    ws.getCell('D4').value = '実績値';
    box(ws, 3, 5, 3, 6, '令和5年度');
    ws.getCell('E4').value = '数値目標';
    ws.getCell('F4').value = '実績値';
    box(ws, 3, 7, 4, 7, '自己評価');
    box(ws, 3, 8, 4, 8, '今後の\n方向性');
    box(ws, 3, 9, 4, 9, '成果・課題');
    let r = 5;
    let no = 1;
    for (const [goal, projects] of PROJECT_GOALS) {
      box(ws, r, 1, r, 9, goal);
      r++;
      for (const p of projects) {
        const row = ws.getRow(r);
        row.outlineLevel = 1;
        put(ws, r, 1, [
          no++,
          `${p.code} ${p.name}\n${p.about}`,
          p.section,
          p.prev,
          typeof p.target === 'string' ? p.target : figText(p.target),
          typeof p.actual === 'string' ? p.actual : figText(p.actual),
          p.existing || undefined,
          p.way,
          p.remark || undefined,
        ]);
        for (const c of [2, 4, 5, 6, 9]) ws.getCell(r, c).alignment = wrap;
        r++;
      }
      ws.getRow(r - 1).addPageBreak();
    }
    box(ws, r + 1, 1, r + 1, 9, '※数値目標・実績値の単位は各欄に記載。実績値は令和6年3月31日現在（健康ポイント事業を除く）。');
    const sum = wb.addWorksheet('集計');
    box(sum, 1, 1, 1, 3, '自己評価・今後の方向性の集計');
    put(sum, 3, 1, ['自己評価', '事業数']);
    const counts: Record<string, number> = {};
    const ways: Record<string, number> = {};
    for (const [, ps] of PROJECT_GOALS)
      for (const p of ps) {
        counts[p.existing] = (counts[p.existing] ?? 0) + 1;
        ways[p.way] = (ways[p.way] ?? 0) + 1;
      }
    ['A', 'B', 'C', 'D'].forEach((g, k) => {
      sum.getCell(4 + k, 1).value = g;
      sum.getCell(4 + k, 2).value = { formula: `COUNTIF(事業実績!$G:$G,A${4 + k})`, result: counts[g] ?? 0 };
    });
    sum.getCell('A8').value = '合計';
    sum.getCell('B8').value = { formula: 'SUM(B4:B7)', result: ['A', 'B', 'C', 'D'].reduce((s, g) => s + (counts[g] ?? 0), 0) };
    put(sum, 10, 1, ['今後の方向性', '事業数']);
    ['拡充', '継続', '改善', '見直し', '縮小', '廃止'].forEach((w, k) => {
      sum.getCell(11 + k, 1).value = w;
      sum.getCell(11 + k, 2).value = { formula: `COUNTIF(事業実績!$H:$H,A${11 + k})`, result: ways[w] ?? 0 };
    });
  },
  expected: {
    file: 'h97-jigyo-jisseki-30.xlsx',
    fiscalYear: 2023,
    indicators: PROJECT_GOALS.flatMap(([, ps]) => ps.map(projectFact)),
    groups: [],
  },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 3. KPI table: 60 KPIs, 目標値／実績値 rows, 令和2〜6年度 columns, 基本目標 and 施策 heading rows, outlined, 改ページ.
 * ---------------------------------------------------------------------------------------------------------------------------- */

interface Kpi {
  n: string;
  u: string;
  base: number;
  goal: number;
  /** 令和5年度 actual: a number or a word. */
  r5: number | string;
  dec?: number;
  down?: boolean;
  /** Explicit 目標値 R2 … R6 (else linear from the base to the goal). */
  t?: number[];
  /** Explicit 実績値 R2 … R4. */
  a?: (number | string)[];
  note?: string;
}

const KPI_GOALS: [string, [string, Kpi[]][]][] = [
  [
    '基本目標１　稼ぐ力を高め、安定した雇用を創出する',
    [
      [
        '（１）地域産業の振興',
        [
          { n: '製造品出荷額等', u: '億円', base: 2850, goal: 3100, r5: 2980, note: '経済構造実態調査（暦年）' },
          { n: '市内事業所の従業者数', u: '人', base: 38200, goal: 38500, r5: 37640 },
          { n: '創業件数（累計）', u: '件', base: 0, goal: 100, r5: 86 },
          { n: '企業誘致件数（累計）', u: '件', base: 0, goal: 10, r5: 7 },
          { n: '市内企業の設備投資件数（補助金活用）', u: '件', base: 12, goal: 20, r5: 19 },
        ],
      ],
      [
        '（２）農林業の振興',
        [
          { n: '農業産出額', u: '億円', base: 182, goal: 195, r5: 188.4, dec: 1 },
          { n: '新規就農者数', u: '人', base: 8, goal: 12, r5: 13 },
          { n: '森林整備面積', u: 'ha', base: 320, goal: 400, r5: 288 },
          { n: '農産物直売所の販売額', u: '百万円', base: 640, goal: 720, r5: 705 },
        ],
      ],
      [
        '（３）観光の振興',
        [
          { n: '観光入込客数', u: '千人', base: 2410, goal: 2700, r5: 2530 },
          { n: '観光消費額', u: '億円', base: 145, goal: 170, r5: 158 },
          { n: '宿泊者数', u: '人', base: 312000, goal: 350000, r5: 298500 },
          { n: '外国人観光客入込数', u: '人', base: 8500, goal: 15000, r5: 6100, a: [420, 310, 2840] },
          { n: 'ふるさと納税寄附件数', u: '件', base: 42000, goal: 60000, r5: 71250 },
        ],
      ],
      [
        '（４）雇用の確保',
        [
          { n: '市内高校生の地元就職率', u: '％', base: 38.2, goal: 45.0, r5: 39.5, dec: 1 },
          { n: 'UIJターン就職者数', u: '人', base: 45, goal: 80, r5: 63 },
          { n: 'シルバー人材センター会員数', u: '人', base: 620, goal: 700, r5: 598 },
          { n: '就労支援プログラム利用者の就職者数', u: '人', base: 35, goal: 50, r5: 31 },
        ],
      ],
    ],
  ],
  [
    '基本目標２　新しい人の流れをつくる',
    [
      [
        '（１）移住・定住の促進',
        [
          { n: '転入者数', u: '人', base: 4820, goal: 5200, r5: 4690 },
          { n: '転出者数', u: '人', base: 5210, goal: 4900, r5: 5380, down: true, t: [5148, 5086, 5024, 4962, 4900], note: '数値が小さいほど良い指標' },
          { n: '移住相談件数', u: '件', base: 180, goal: 300, r5: 342 },
          { n: '移住支援制度による移住者数（累計）', u: '人', base: 0, goal: 250, r5: 171 },
          { n: '空き家バンク成約件数', u: '件', base: 22, goal: 40, r5: 38 },
        ],
      ],
      [
        '（２）関係人口の創出',
        [
          { n: 'ふるさと応援サポーター登録者数', u: '人', base: 350, goal: 1000, r5: 1240 },
          { n: 'ワーケーション利用者数', u: '人', base: 0, goal: 500, r5: 412 },
          { n: '市公式SNSフォロワー数', u: '人', base: 8500, goal: 20000, r5: 17320 },
          { n: 'ふるさと納税の返礼品取扱事業者数', u: '事業者', base: 85, goal: 120, r5: 131 },
        ],
      ],
      [
        '（３）シティプロモーションの推進',
        [
          {
            n: '市の認知度（首都圏調査）',
            u: '％',
            base: 18.5,
            goal: 25.0,
            r5: '－',
            dec: 1,
            a: [20.1, '－', 21.8],
            note: '隔年調査（次回は令和6年度）',
          },
          { n: '市民の愛着度', u: '％', base: 72.4, goal: 80.0, r5: 74.1, dec: 1, note: '市民意識調査' },
        ],
      ],
    ],
  ],
  [
    '基本目標３　結婚・出産・子育ての希望をかなえる',
    [
      [
        '（１）結婚・出産の支援',
        [
          { n: '婚姻件数', u: '件', base: 520, goal: 560, r5: 431 },
          { n: '合計特殊出生率', u: '', base: 1.48, goal: 1.6, r5: 1.39, dec: 2, note: '人口動態統計（暦年）' },
          { n: '出生数', u: '人', base: 820, goal: 850, r5: 702 },
        ],
      ],
      [
        '（２）子育て支援の充実',
        [
          { n: '保育所待機児童数', u: '人', base: 18, goal: 0, r5: 0, down: true, t: [12, 8, 4, 0, 0], note: '各年度4月1日現在。数値が小さいほど良い指標' },
          {
            n: '放課後児童クラブ待機児童数',
            u: '人',
            base: 41,
            goal: 0,
            r5: 6,
            down: true,
            t: [30, 20, 10, 0, 0],
            note: '各年度5月1日現在。数値が小さいほど良い指標',
          },
          { n: '子育て支援センター利用者数', u: '人', base: 24000, goal: 30000, r5: 27850 },
          { n: '子育てしやすいと感じる保護者の割合', u: '％', base: 68.0, goal: 75.0, r5: '集計中', dec: 1, note: '令和5年度調査は集計中' },
          { n: '病児保育利用者数', u: '人', base: 650, goal: 900, r5: 1020 },
        ],
      ],
      [
        '（３）教育の充実',
        [
          { n: '地元の高校への進学率', u: '％', base: 61.2, goal: 65.0, r5: 58.7, dec: 1 },
          { n: 'ICTを活用した授業の実施率', u: '％', base: 45.0, goal: 100.0, r5: 98.2, dec: 1 },
          { n: '学校の授業がわかると答えた児童の割合', u: '％', base: 82.3, goal: 88.0, r5: 84.1, dec: 1 },
          { n: '不登校児童生徒数', u: '人', base: 98, goal: 83, r5: 142, down: true, t: [95, 92, 89, 86, 83], note: '数値が小さいほど良い指標' },
        ],
      ],
    ],
  ],
  [
    '基本目標４　安心して暮らせる魅力ある地域をつくる',
    [
      [
        '（１）健康・福祉の充実',
        [
          { n: '健康寿命（男性）', u: '年', base: 79.8, goal: 81.0, r5: 80.1, dec: 1 },
          { n: '健康寿命（女性）', u: '年', base: 83.9, goal: 85.0, r5: 84.6, dec: 1 },
          { n: '特定健診受診率', u: '％', base: 40.1, goal: 60.0, r5: 45.3, dec: 1 },
          { n: '介護予防サロン数', u: 'か所', base: 42, goal: 60, r5: 61 },
          { n: '認知症サポーター数（累計）', u: '人', base: 9800, goal: 14000, r5: 13120 },
        ],
      ],
      [
        '（２）安全・安心の確保',
        [
          { n: '交通事故死傷者数', u: '人', base: 410, goal: 350, r5: 341, down: true, t: [398, 386, 374, 362, 350], note: '暦年。数値が小さいほど良い指標' },
          { n: '刑法犯認知件数', u: '件', base: 820, goal: 700, r5: 812, down: true, t: [796, 772, 748, 724, 700], note: '暦年。数値が小さいほど良い指標' },
          { n: '自主防災組織カバー率', u: '％', base: 81.0, goal: 90.0, r5: 86.4, dec: 1 },
          { n: '防災士資格取得者数', u: '人', base: 120, goal: 250, r5: 268 },
          {
            n: '救急隊の現場到着平均時間',
            u: '分',
            base: 9.2,
            goal: 8.7,
            r5: 9.4,
            dec: 1,
            down: true,
            t: [9.1, 9.0, 8.9, 8.8, 8.7],
            note: '数値が小さいほど良い指標',
          },
        ],
      ],
      [
        '（３）生活基盤の整備',
        [
          { n: '公共交通利用者数', u: '千人', base: 1820, goal: 2000, r5: 1655 },
          { n: 'デマンドタクシー利用者数', u: '人', base: 9800, goal: 15000, r5: 14210 },
          { n: '光ファイバー整備率', u: '％', base: 92.0, goal: 100.0, r5: 100.0, dec: 1 },
          { n: 'ごみのリサイクル率', u: '％', base: 19.2, goal: 24.0, r5: 17.8, dec: 1 },
          { n: '市道の改良率', u: '％', base: 68.4, goal: 71.0, r5: 70.1, dec: 1 },
        ],
      ],
      [
        '（４）地域づくりの推進',
        [
          { n: '自治会加入率', u: '％', base: 76.1, goal: 78.0, r5: 72.3, dec: 1 },
          { n: '地域づくり活動団体数', u: '団体', base: 64, goal: 80, r5: 71 },
          { n: 'ボランティア登録者数', u: '人', base: 2400, goal: 3000, r5: 2160 },
          { n: '市民活動センター利用者数', u: '人', base: 15200, goal: 18000, r5: 13540 },
        ],
      ],
    ],
  ],
];

const kpiTargets = (k: Kpi) => k.t ?? [1, 2, 3, 4, 5].map((i) => round(k.base + ((k.goal - k.base) * i) / 5, k.dec ?? 0));
function kpiActuals(k: Kpi): (number | string)[] {
  if (k.a) return k.a;
  const end = typeof k.r5 === 'number' ? k.r5 : k.base + (k.goal - k.base) * 0.6;
  return [1, 2, 3].map((i) => round(k.base + ((end - k.base) * i) / 4 + (i === 2 && k.dec ? 0.1 : 0), k.dec ?? 0));
}

function kpiFact(k: Kpi): ExpectedIndicator {
  const target = kpiTargets(k)[3];
  const more = { direction: (k.down ? 'down' : 'up') as 'down' | 'up' };
  const unit = k.u || null;
  if (typeof k.r5 === 'number') return ind('KPI', k.n, unit, target, k.r5, more);
  return ind('KPI', k.n, unit, target, null, { ...more, actualStatus: k.r5 === '集計中' ? 'pending' : 'not-applicable' });
}

const kpiBook: Holdout2Workbook = {
  name: 'h97-kpi-60-senryaku',
  layout:
    'one KPI sheet of 60 KPIs: 目標値／実績値 rows per KPI (merged name, 単位, 基準値（令和元年度）), 令和2〜6年度 columns, 基本目標 and （１）施策 heading rows between groups, KPI rows outlined, a page break per 基本目標, print titles; 「－」 隔年調査 and 集計中 this year; down KPIs noted in 備考',
  build(wb) {
    const ws = wb.addWorksheet('KPI', {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' },
      properties: { outlineLevelRow: 1 },
    });
    ws.columns = [5, 34, 8, 12, 8, 11, 11, 11, 11, 12, 28].map((width) => ({ width }));
    box(ws, 1, 1, 1, 11, '第2期みなみ野市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況');
    box(ws, 2, 1, 2, 11, '評価対象年度：令和5年度（令和6年8月　総合戦略推進会議資料）');
    put(ws, 4, 1, [
      'No.',
      '重要業績評価指標（KPI）',
      '単位',
      '基準値\n（令和元年度）',
      '区分',
      '令和2年度',
      '令和3年度',
      '令和4年度',
      '令和5年度',
      '令和6年度\n（最終目標）',
      '備考',
    ]);
    ws.getCell('D4').alignment = wrap;
    ws.getCell('J4').alignment = wrap;
    let r = 5;
    let no = 1;
    for (const [goal, groups] of KPI_GOALS) {
      box(ws, r, 1, r, 11, goal);
      r++;
      for (const [policy, kpis] of groups) {
        box(ws, r, 2, r, 11, policy);
        r++;
        for (const k of kpis) {
          const dec = k.dec ?? 0;
          box(ws, r, 1, r + 1, 1, no++);
          box(ws, r, 2, r + 1, 2, k.n);
          box(ws, r, 3, r + 1, 3, k.u || null);
          box(ws, r, 4, r + 1, 4, k.base);
          ws.getCell(r, 4).numFmt = fmtOf(dec);
          ws.getCell(r, 5).value = '目標値';
          ws.getCell(r + 1, 5).value = '実績値';
          kpiTargets(k).forEach((v, i) => {
            ws.getCell(r, 6 + i).value = v;
            ws.getCell(r, 6 + i).numFmt = fmtOf(dec);
          });
          [...kpiActuals(k), k.r5].forEach((v, i) => {
            ws.getCell(r + 1, 6 + i).value = v;
            ws.getCell(r + 1, 6 + i).numFmt = fmtOf(dec);
          });
          box(ws, r, 11, r + 1, 11, k.note ?? null);
          ws.getRow(r).outlineLevel = 1;
          ws.getRow(r + 1).outlineLevel = 1;
          r += 2;
        }
      }
      ws.getRow(r - 1).addPageBreak();
    }
    box(ws, r + 1, 1, r + 1, 11, '※令和6年度の実績値は令和7年度に評価します。「－」は調査を実施していない年度です。');
  },
  expected: {
    file: 'h97-kpi-60-senryaku.xlsx',
    fiscalYear: 2023,
    indicators: KPI_GOALS.flatMap(([, gs]) => gs.flatMap(([, ks]) => ks.map(kpiFact))),
    groups: [],
  },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 4. Plan indicators: 教育振興基本計画 点検・評価, three 基本目標 sheets with 施策 heading rows, 現況（年度）, 目標（R8）, 実績（年度）.
 * ---------------------------------------------------------------------------------------------------------------------------- */

interface PlanInd {
  n: string;
  about: string;
  u: string;
  now: number;
  nowYear: string;
  goal: number;
  /** 令和5年度 actual, or a word / null (blank). */
  act: number | string | null;
  down?: boolean;
  existing: string;
  how: string;
}

const PLAN_SHEETS: [string, string, [string, PlanInd[]][]][] = [
  [
    '基本目標Ⅰ',
    '基本目標Ⅰ　確かな学力を育む',
    [
      [
        '施策１　学力の向上',
        [
          {
            n: '全国学力・学習状況調査で全国平均を上回った教科の割合',
            about: '小6・中3の実施教科のうち平均正答率が全国平均を上回った割合',
            u: '％',
            now: 50.0,
            nowYear: '令和3年度',
            goal: 100.0,
            act: 75.0,
            existing: 'C',
            how: '全国学力・学習状況調査',
          },
          {
            n: '「授業の内容がよく分かる」と回答した児童生徒の割合',
            about: '児童生徒質問紙の肯定的回答の割合',
            u: '％',
            now: 78.5,
            nowYear: '令和3年度',
            goal: 85.0,
            act: 80.2,
            existing: 'B',
            how: '全国学力・学習状況調査',
          },
          {
            n: '家庭学習を1日1時間以上する中学生の割合',
            about: '平日の家庭学習時間',
            u: '％',
            now: 61.3,
            nowYear: '令和3年度',
            goal: 70.0,
            act: 58.9,
            existing: 'C',
            how: '全国学力・学習状況調査',
          },
        ],
      ],
      [
        '施策２　ICTを活用した教育の推進',
        [
          {
            n: 'ICTを活用した授業を毎日行う学級の割合',
            about: '1人1台端末を毎日活用している学級の割合',
            u: '％',
            now: 42.0,
            nowYear: '令和3年度',
            goal: 90.0,
            act: 88.6,
            existing: 'A',
            how: '市教育委員会調査',
          },
          {
            n: '教員のICT活用指導力（肯定的回答の割合）',
            about: '教員のICT活用指導力の状況調査',
            u: '％',
            now: 70.2,
            nowYear: '令和3年度',
            goal: 85.0,
            act: 79.8,
            existing: 'B',
            how: '文部科学省調査',
          },
        ],
      ],
      [
        '施策３　一人一人に応じた支援',
        [
          {
            n: '不登校児童生徒の割合',
            about: '年間30日以上欠席した児童生徒の割合（減少を目指す）',
            u: '％',
            now: 1.92,
            nowYear: '令和3年度',
            goal: 1.5,
            act: 2.35,
            down: true,
            existing: 'D',
            how: '問題行動・不登校等調査',
          },
          {
            n: '教育支援センターの利用による学校復帰率',
            about: '適応指導教室を利用した児童生徒のうち学校へ復帰した割合',
            u: '％',
            now: 28.0,
            nowYear: '令和3年度',
            goal: 40.0,
            act: 31.5,
            existing: 'C',
            how: '市教育委員会調査',
          },
          {
            n: '特別支援教育支援員の配置人数',
            about: '小中学校に配置する支援員の人数',
            u: '人',
            now: 38,
            nowYear: '令和3年度',
            goal: 50,
            act: 52,
            existing: 'A',
            how: '配置実績',
          },
        ],
      ],
      [
        '施策４　教育環境の整備',
        [
          {
            n: '学校施設の長寿命化改修済み棟数（累計）',
            about: '長寿命化計画に基づく改修を終えた校舎・体育館の棟数',
            u: '棟',
            now: 4,
            nowYear: '令和3年度',
            goal: 16,
            act: 9,
            existing: 'C',
            how: '工事実績',
          },
          {
            n: '学校給食における地場産物使用割合',
            about: '食材数ベース',
            u: '％',
            now: 32.5,
            nowYear: '令和3年度',
            goal: 40.0,
            act: 41.2,
            existing: 'A',
            how: '学校給食センター調査',
          },
          {
            n: '時間外在校等時間が月45時間を超える教員の割合',
            about: '働き方改革の進捗を示す指標（減少を目指す）',
            u: '％',
            now: 38.6,
            nowYear: '令和3年度',
            goal: 20.0,
            act: 29.4,
            down: true,
            existing: 'C',
            how: '出退勤管理システム',
          },
        ],
      ],
    ],
  ],
  [
    '基本目標Ⅱ',
    '基本目標Ⅱ　豊かな心と健やかな体を育む',
    [
      [
        '施策１　豊かな心の育成',
        [
          {
            n: '「自分にはよいところがある」と回答した児童生徒の割合',
            about: '自己肯定感',
            u: '％',
            now: 76.8,
            nowYear: '令和3年度',
            goal: 85.0,
            act: 79.3,
            existing: 'B',
            how: '全国学力・学習状況調査',
          },
          {
            n: 'いじめの解消率',
            about: '認知したいじめのうち解消しているものの割合',
            u: '％',
            now: 88.2,
            nowYear: '令和3年度',
            goal: 100.0,
            act: 91.7,
            existing: 'B',
            how: '問題行動・不登校等調査',
          },
          {
            n: '学校図書館の児童生徒1人当たり貸出冊数',
            about: '小中学校の学校図書館の年間貸出冊数÷児童生徒数',
            u: '冊',
            now: 42.1,
            nowYear: '令和3年度',
            goal: 50.0,
            act: null,
            existing: '－',
            how: '学校図書館システム',
          },
        ],
      ],
      [
        '施策２　健やかな体の育成',
        [
          {
            n: '新体力テストの総合評価A・B・Cの児童生徒の割合',
            about: '体力・運動能力調査の総合評価',
            u: '％',
            now: 78.4,
            nowYear: '令和3年度',
            goal: 85.0,
            act: 76.1,
            existing: 'B',
            how: '全国体力・運動能力調査',
          },
          {
            n: '朝食を毎日食べる児童生徒の割合',
            about: '生活習慣',
            u: '％',
            now: 90.2,
            nowYear: '令和3年度',
            goal: 95.0,
            act: 89.5,
            existing: 'A',
            how: '全国学力・学習状況調査',
          },
          {
            n: '肥満傾向児の出現率',
            about: '肥満度20%以上の児童生徒の割合（減少を目指す）',
            u: '％',
            now: 11.8,
            nowYear: '令和3年度',
            goal: 9.0,
            act: 12.6,
            down: true,
            existing: 'C',
            how: '学校保健統計',
          },
        ],
      ],
      [
        '施策３　地域とともにある学校づくり',
        [
          {
            n: '学校運営協議会設置校数',
            about: 'コミュニティ・スクールの数',
            u: '校',
            now: 3,
            nowYear: '令和3年度',
            goal: 22,
            act: 22,
            existing: 'A',
            how: '設置実績',
          },
          {
            n: '地域学校協働活動の参加者数（延べ）',
            about: '学校支援・放課後活動に参加した地域住民の延べ人数',
            u: '人',
            now: 4200,
            nowYear: '令和3年度',
            goal: 8000,
            act: 6930,
            existing: 'B',
            how: '活動実績報告',
          },
          {
            n: '学校支援ボランティア登録者数',
            about: '学校支援地域本部に登録したボランティアの数',
            u: '人',
            now: 520,
            nowYear: '令和3年度',
            goal: 700,
            act: '調査中',
            existing: '－',
            how: '登録者名簿',
          },
        ],
      ],
    ],
  ],
  [
    '基本目標Ⅲ',
    '基本目標Ⅲ　生涯にわたる学びと文化・スポーツを支える',
    [
      [
        '施策１　生涯学習の推進',
        [
          {
            n: '公民館講座の受講者数（延べ）',
            about: '市内12公民館の主催講座',
            u: '人',
            now: 8600,
            nowYear: '令和3年度',
            goal: 12000,
            act: 10450,
            existing: 'B',
            how: '公民館事業報告',
          },
          {
            n: '市立図書館の市民1人当たり貸出冊数',
            about: '年間貸出冊数÷人口',
            u: '冊',
            now: 4.8,
            nowYear: '令和3年度',
            goal: 6.0,
            act: 5.1,
            existing: 'B',
            how: '図書館統計',
          },
          {
            n: '生涯学習ボランティア登録者数',
            about: '生涯学習人材バンクの登録者数',
            u: '人',
            now: 310,
            nowYear: '令和3年度',
            goal: 400,
            act: 288,
            existing: 'C',
            how: '登録者名簿',
          },
        ],
      ],
      [
        '施策２　文化芸術の振興',
        [
          {
            n: '文化会館の入館者数',
            about: '大ホール・小ホール・展示室の入館者数',
            u: '人',
            now: 98000,
            nowYear: '令和3年度',
            goal: 150000,
            act: 142300,
            existing: 'B',
            how: '指定管理者報告',
          },
          {
            n: '文化財公開施設の入館者数',
            about: '郷土資料館・歴史民俗館の入館者数',
            u: '人',
            now: 12400,
            nowYear: '令和3年度',
            goal: 18000,
            act: 19650,
            existing: 'A',
            how: '施設統計',
          },
          {
            n: '市民文化祭の出展・出演者数',
            about: '市民文化祭の参加者数',
            u: '人',
            now: 1850,
            nowYear: '令和3年度',
            goal: 2200,
            act: 1320,
            existing: 'B',
            how: '文化祭実行委員会報告',
          },
        ],
      ],
      [
        '施策３　スポーツの推進',
        [
          {
            n: '成人の週1回以上のスポーツ実施率',
            about: '市民意識調査による',
            u: '％',
            now: 42.3,
            nowYear: '令和3年度',
            goal: 65.0,
            act: 48.9,
            existing: 'C',
            how: '市民意識調査',
          },
          {
            n: '総合型地域スポーツクラブ会員数',
            about: '市内3クラブの会員数',
            u: '人',
            now: 1240,
            nowYear: '令和3年度',
            goal: 1600,
            act: 1096,
            existing: 'D',
            how: 'クラブ報告',
          },
          {
            n: '市営体育施設の利用者数',
            about: '市営体育施設14施設の延べ利用者数',
            u: '人',
            now: 385000,
            nowYear: '令和3年度',
            goal: 450000,
            act: 421800,
            existing: 'B',
            how: '施設統計',
          },
          {
            n: 'スポーツ少年団の団員数',
            about: '市スポーツ少年団本部の登録団員数',
            u: '人',
            now: 1680,
            nowYear: '令和3年度',
            goal: 1700,
            act: 1412,
            existing: 'B',
            how: '登録者名簿',
          },
        ],
      ],
    ],
  ],
];

/** A plan figure as the sheet writes it: 「50.0」 for a whole percentage, else with thousands separators. */
const planNum = (x: number, u: string) => (u === '％' && Number.isInteger(x) ? x.toFixed(1) : comma(x));

function planFact(sheet: string, x: PlanInd): ExpectedIndicator {
  const more = { direction: (x.down ? 'down' : 'up') as 'down' | 'up', ...(/^[A-D]$/.test(x.existing) ? { existing: x.existing } : {}) };
  const out =
    typeof x.act === 'number'
      ? ind(sheet, x.n, x.u, x.goal, x.act, more)
      : ind(sheet, x.n, x.u, x.goal, null, { ...more, actualStatus: x.act === '調査中' ? 'pending' : 'missing' });
  out.targetSource = 'final';
  return out;
}

const planBook: Holdout2Workbook = {
  name: 'h97-kyoiku-keikaku-shihyo',
  layout:
    '教育振興基本計画 点検・評価: 表紙 + three 基本目標 sheets of plan indicators with 施策 heading rows, 現況値 「50.0⏎（令和3年度）」, 目標値（R8）, 実績値 「75.0⏎（令和5年度）」, 目標の方向 増加/減少, written 評価 A–D, blank / 調査中 actuals; hidden グラフ用 sheet repeating the figures',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    cover.getColumn(1).width = 80;
    cover.getCell('A3').value = '第2期みなみ野市教育振興基本計画（令和4年度～令和8年度）';
    cover.getCell('A5').value = '令和6年度 教育委員会の点検・評価報告書　資料編';
    cover.getCell('A6').value = '（令和5年度の取組と成果指標の状況）';
    cover.getCell('A9').value = '評価の基準　A：目標値を達成　B：目標値の80％以上　C：目標値の60％以上80％未満　D：目標値の60％未満　－：実績なし';
    cover.getCell('A11').value = 'みなみ野市教育委員会';
    const graph: (string | number)[][] = [];
    for (const [sheetName, title, groups] of PLAN_SHEETS) {
      const ws = wb.addWorksheet(sheetName, {
        pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
      });
      ws.columns = [5, 34, 30, 7, 14, 12, 14, 10, 8, 20].map((width) => ({ width }));
      box(ws, 1, 1, 1, 10, `${title}　成果指標の状況（令和5年度実績）`);
      put(ws, 3, 1, ['No.', '成果指標', '指標の説明', '単位', '現況値\n（計画策定時）', '目標値\n（R8）', '実績値', '目標の方向', '評価', '把握方法']);
      for (const c of [5, 6]) ws.getCell(3, c).alignment = wrap;
      let r = 4;
      let no = 1;
      for (const [policy, inds] of groups) {
        box(ws, r, 1, r, 10, policy);
        r++;
        for (const x of inds) {
          const actText = typeof x.act === 'number' ? `${planNum(x.act, x.u)}\n（令和5年度）` : (x.act ?? undefined);
          put(ws, r, 1, [no++, x.n, x.about, x.u, `${planNum(x.now, x.u)}\n（${x.nowYear}）`, x.goal, actText, x.down ? '減少' : '増加', x.existing, x.how]);
          ws.getCell(r, 6).numFmt = Number.isInteger(x.goal) && x.u !== '％' ? '#,##0' : '0.0';
          for (const c of [2, 3, 5, 7]) ws.getCell(r, c).alignment = wrap;
          graph.push([sheetName, x.n, x.now, x.goal, typeof x.act === 'number' ? x.act : '']);
          r++;
        }
      }
      box(ws, r + 1, 1, r + 1, 10, '※評価は実績値を計画最終年度（令和8年度）の目標値と比べたもの（減少を目指す指標は目標値÷実績値）。');
    }
    const g = wb.addWorksheet('グラフ用', { state: 'hidden' });
    put(g, 1, 1, ['シート', '指標', '現況', '目標', '実績']);
    graph.forEach((row, i) => put(g, i + 2, 1, row));
  },
  expected: {
    file: 'h97-kyoiku-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: PLAN_SHEETS.flatMap(([sheet, , groups]) => groups.flatMap(([, inds]) => inds.map((x) => planFact(sheet, x)))),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policyBook, jigyoBook, kpiBook, planBook];
