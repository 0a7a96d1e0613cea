/**
 * Hold-out 106, three traps: a 消防力 table whose 整備指針の必要数 and 条例定数 sit beside the 整備目標 (only the 整備目標 is a
 * target), a 救急 indicator sheet whose 生存率 are 集計中 for the year (the year before has a figure) with a later 速報 column and
 * 【参考】 counts below, and a 目標管理シート whose 達成率 divides the actual by the target even where fewer is better and whose
 * targets say 「前年度実績以上」.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet) =>
  ws.eachRow((row) =>
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'middle' };
    }),
  );

// ---------------------------------------------------------------------------------------------
// 消防力の状況: 必要数・条例定数 are 参考; the 整備目標（令和5年度） is the target

const SR = '消防力';
const force: [string, string, number | string, number | string, number, number | string, string][] = [
  // 区分, 単位, 必要数, 条例定数, 現有数, 整備目標, 備考
  ['消防職員数', '人', 168, 152, 147, 150, '再任用職員を含む'],
  ['消防団員数', '人', '－', 560, 468, 500, '基本団員'],
  ['機能別消防団員数', '人', '－', 60, 34, 40, '大規模災害団員・学生団員'],
  ['消防ポンプ自動車', '台', 12, '－', 12, 12, ''],
  ['救急自動車（非常用を含む）', '台', 9, '－', 8, 9, '令和6年度に1台増車予定'],
  ['消防水利（消火栓・防火水槽）', '基', 2450, '－', 2198, 2250, ''],
  ['救急救命士数', '人', '－', '－', 42, 45, '運用救命士'],
  ['女性消防団員数', '人', '－', '－', 21, '－', '目標は設定していない'],
];

const shoboryoku: Holdout2Workbook = {
  name: 'h106-shoboryoku-teisu',
  layout:
    '消防力の状況と整備目標、区分｜単位｜整備指針に基づく必要数｜条例定数｜現有数（令和6年3月31日現在）｜充足率｜整備目標（令和5年度）、注記で必要数・定数は参考、目標「－」の行',
  build(wb) {
    const ws = wb.addWorksheet(SR);
    put(ws, 1, 1, ['令和５年度　消防力の状況と整備目標の達成状況']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 6, ['〇〇市消防本部 総務課']);
    put(ws, 4, 1, [
      '区分',
      '単位',
      '整備指針に基づく\n必要数',
      '条例定数',
      '現有数\n（令和6年3月31日現在）',
      '充足率\n（現有数÷必要数又は定数）',
      '整備目標\n（令和5年度）',
      '備考',
    ]);
    force.forEach((f, i) => {
      const [name, unit, need, teisu, now, target, note] = f;
      const base = typeof need === 'number' ? need : typeof teisu === 'number' ? teisu : null;
      put(ws, 5 + i, 1, [name, unit, need, teisu, now, base === null ? '－' : now / base, target, note]);
      if (base !== null) ws.getCell(5 + i, 6).numFmt = '0.0%';
    });
    put(ws, 14, 1, ['※「整備指針に基づく必要数」及び「条例定数」は参考として掲載している。達成状況は、整備目標に対する現有数により評価する。']);
    ws.mergeCells(14, 1, 14, 8);
    put(ws, 15, 1, ['※充足率は消防力の整備指針に基づく必要数（消防団員は条例定数）に対する割合。']);
    ws.mergeCells(15, 1, 15, 8);
    ws.getColumn(1).width = 30;
    wrap(ws);
  },
  expected: {
    file: 'h106-shoboryoku-teisu.xlsx',
    fiscalYear: 2023,
    indicators: force.map(([name, unit, , , now, target]) => ind(SR, name, unit, typeof target === 'number' ? target : null, now)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 救急の成果指標: 生存率・社会復帰率 集計中 for 令和5年度 (暦年, confirmed a year late), a 令和6年度（速報） column, 【参考】 counts

const KE = '救急指標';
const mmss = (m: number, s: number) => `${m}分${String(s).padStart(2, '0')}秒`;
type Cell = number | string;
const kyumei: [string, string, '↑' | '↓', Cell, Cell, Cell, Cell, Cell, string, string][] = [
  // 指標, 単位, 方向, R3, R4, R5, R6速報, R5目標, 評価, 備考
  [
    '心肺機能停止傷病者の1か月後生存率',
    '％',
    '↑',
    10.8,
    12.1,
    '集計中',
    '',
    13.0,
    '－',
    '暦年集計。令和5年分は「救急・救助の現況」公表後（令和6年12月頃）に確定',
  ],
  ['一般市民が目撃した心原性心肺機能停止傷病者の1か月後社会復帰率', '％', '↑', 8.2, 9.5, '集計中', '', 10.0, '－', '同上'],
  ['現場到着所要時間（平均）', '分', '↓', mmss(8, 24), mmss(8, 48), mmss(8, 36), mmss(8, 18), mmss(8, 30), 'B', '119番入電から現場到着まで'],
  ['住宅用火災警報器設置率', '％', '↑', 80.8, 81.6, 82.1, 83.5, 84.0, 'B', '各年度6月1日現在の調査'],
  ['救急搬送人員に占める軽症者の割合', '％', '↓', 50.3, 49.9, 46.8, '', 45.0, 'A', ''],
  ['救命講習受講者数', '人', '↑', 1150, 1640, 1932, '', 1800, 'A', ''],
  ['公共施設AEDの24時間使用可能率', '％', '↑', 55.0, 63.5, 72.0, '', 80.0, 'B', 'コンビニエンスストア等への移設を含む'],
];

const kyumeiTrap: Holdout2Workbook = {
  name: 'h106-kyumei-shukeichu',
  layout:
    '救急の成果指標評価表（評価対象：令和5年度）、R3〜R5実績の右に令和6年度（速報）列、生存率・社会復帰率の令和5年度は「集計中」（前年の数値あり）、時間は「8分36秒」、下に【参考】出動件数の表',
  build(wb) {
    const ws = wb.addWorksheet(KE);
    put(ws, 1, 1, ['救急業務の成果指標 評価表（評価対象：令和5年度）']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 2, 1, ['方向　↑：高いほど良い　↓：低いほど良い　　評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.mergeCells(2, 1, 2, 10);
    put(ws, 4, 1, ['成果指標', '単位', '方向', '実績値', undefined, undefined, '令和6年度\n（速報）', '令和5年度\n目標値', '評価', '備考']);
    put(ws, 5, 4, ['令和3年度', '令和4年度', '令和5年度']);
    ws.mergeCells(4, 4, 4, 6);
    for (const c of [1, 2, 3, 7, 8, 9, 10]) ws.mergeCells(4, c, 5, c);
    kyumei.forEach((k, i) => put(ws, 6 + i, 1, k));
    put(ws, 15, 1, ['【参考】救急出動の状況（目標値は設定していません）']);
    ws.mergeCells(15, 1, 15, 6);
    put(ws, 16, 1, ['区分', '単位', '', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（速報）']);
    put(ws, 17, 1, ['救急出動件数', '件', '', 6504, 7265, 7581, 7712]);
    put(ws, 18, 1, ['搬送人員', '人', '', 6011, 6702, 6954, 7068]);
    put(ws, 19, 1, ['不搬送件数', '件', '', 493, 563, 627, 644]);
    ws.getColumn(1).width = 44;
    ws.getColumn(10).width = 40;
    wrap(ws);
  },
  expected: {
    file: 'h106-kyumei-shukeichu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KE, '心肺機能停止傷病者の1か月後生存率', '％', 13.0, null, { actualStatus: 'pending' }),
      ind(KE, '一般市民が目撃した心原性心肺機能停止傷病者の1か月後社会復帰率', '％', 10.0, null, { actualStatus: 'pending' }),
      ind(KE, '現場到着所要時間（平均）', '分', 8.5, 8.6, { direction: 'down', existing: 'B' }),
      ind(KE, '住宅用火災警報器設置率', '％', 84.0, 82.1, { existing: 'B' }),
      ind(KE, '救急搬送人員に占める軽症者の割合', '％', 45.0, 46.8, { direction: 'down', existing: 'A' }),
      ind(KE, '救命講習受講者数', '人', 1800, 1932, { existing: 'A' }),
      ind(KE, '公共施設AEDの24時間使用可能率', '％', 80.0, 72.0, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 目標管理シート: 達成率 = 実績÷目標 even for fewer-is-better; 「前年度実績以上」「前年度比10％増」 targets

type Mbo = [string, string, string, number, number | string, number, string, string, ('up' | 'down')?, number?];
const kiki: Mbo[] = [
  // 重点取組, 成果指標, 単位, R4実績, R5目標, R5実績, 自己評価, 備考, direction, target read
  ['防災訓練の充実', '総合防災訓練参加者数', '人', 6420, '前年度実績以上', 7015, 'A', '', 'up', 6420],
  ['避難所運営体制の強化', '避難所開設・運営訓練の実施回数', '回', 12, 15, 14, 'B', ''],
  ['応援・受援体制の整備', '災害時応援協定の締結数（累計）', '件', 58, 62, 63, 'A', ''],
  ['地域防災力の向上', '自主防災組織の結成率', '％', 86.1, 89.0, 86.9, 'B', ''],
  ['情報伝達の強化', '防災メール登録者数', '人', 12880, '前年度比10％増', 14105, 'A', '目標14,168人', 'up', 14168],
  ['要配慮者対策', '福祉避難所の指定数', 'か所', 18, 20, 21, 'A', ''],
];
const keibo: Mbo[] = [
  ['火災被害の軽減', '火災による死傷者数', '人', 9, 6, 8, 'A', '減少を目指す', 'down'],
  ['火災被害の軽減', '延焼火災件数', '件', 7, 5, 4, 'B', '減少を目指す', 'down'],
  ['救急体制の充実', '救急隊の現場到着時間（平均）', '分', 8.8, 8.5, 8.7, 'A', '短縮を目指す', 'down'],
  ['消防団との連携', '消防団の出動訓練実施回数', '回', 36, '前年度実績以上', 34, 'B', '', 'up', 36],
  ['査察体制の強化', '防火対象物の立入検査実施率', '％', 88.0, 90.0, 90.5, 'A', ''],
];

function mboSheet(ws: Worksheet, ka: string, list: Mbo[]): void {
  put(ws, 1, 1, [`令和５年度　${ka}　重点取組 目標管理シート`]);
  ws.mergeCells(1, 1, 1, 9);
  put(ws, 3, 1, ['重点取組', '成果指標', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率\n（実績÷目標）', '自己評価', '備考']);
  list.forEach((m, i) => {
    const r = 4 + i;
    const t = typeof m[4] === 'number' ? m[4] : (m[9] as number);
    put(ws, r, 1, [m[0], m[1], m[2], m[3], m[4], m[5], m[5] / t, m[6], m[7]]);
    ws.getCell(r, 7).numFmt = '0.0%';
  });
  put(ws, 5 + list.length, 1, ['自己評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
  ws.mergeCells(5 + list.length, 1, 5 + list.length, 9);
  ws.getColumn(2).width = 32;
  wrap(ws);
}

const factsOf = (sheet: string, list: Mbo[]) =>
  list.map((m) => {
    const target = typeof m[4] === 'number' ? m[4] : (m[9] as number);
    return ind(sheet, m[1], m[2], target, m[5], { direction: m[8] ?? 'up', existing: m[6] });
  });

const mbo: Holdout2Workbook = {
  name: 'h106-mokuhyo-kanri',
  layout:
    '目標管理シート二枚（危機管理課・警防課）、令和4年度実績｜令和5年度目標｜実績｜達成率（実績÷目標、減少を目指す指標も同じ式）｜自己評価、目標「前年度実績以上」「前年度比10％増」',
  build(wb) {
    mboSheet(wb.addWorksheet('危機管理課'), '総務部 危機管理課', kiki);
    mboSheet(wb.addWorksheet('警防課'), '消防本部 警防課', keibo);
  },
  expected: {
    file: 'h106-mokuhyo-kanri.xlsx',
    fiscalYear: 2023,
    indicators: [...factsOf('危機管理課', kiki), ...factsOf('警防課', keibo)],
    groups: [],
    guesses: ['target-from-last-year'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [shoboryoku, kyumeiTrap, mbo];
