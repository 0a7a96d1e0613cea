/** Hold-out 35, more of the four known families: plan indicators with a (参考) table, a policy sheet beside last year's copy, a revised-target project table. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** A plan indicator: the sheet writes no unit of its own (as the family's sample), so no unit fact. */
function planInd(name: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}): ExpectedIndicator {
  const { unit: _unit, ...rest } = ind('成果指標', name, null, target, actual, more);
  return rest;
}

const oshu: Holdout2Workbook = {
  name: 'h35-plan-indicators-reference-table',
  layout: 'D: 指標 / 説明 / 現況 with year / 目標（R8） / 実績 with year / 達成率, 減少 only in the description, a （参考）県の指標 table below',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    put(ws, 1, 1, ['第２次総合計画後期基本計画　成果指標の状況（市民環境部）']);
    put(ws, 3, 1, ['指標', '指標の説明', '現況（計画策定時）', '目標（R8）', '実績', '達成率', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['市民農園の利用区画数', '市が開設する市民農園の年度末利用区画数', '112\n（令和2年度）', 150, '138\n（令和5年度）', '92.0%', '担当課調べ'],
      [
        'ごみの1人1日当たり排出量',
        '家庭系ごみの市民1人1日当たり排出量（g）。排出量の減少を目指す。',
        '892\n（令和元年度）',
        850,
        '871\n（令和5年度）',
        '97.6%',
        '清掃事業概要',
      ],
      ['図書館の年間貸出冊数', '市立図書館3館の年間貸出冊数', '512,300\n（令和2年度）', '530,000', '548,112\n（令和5年度）', '103.4%', '図書館年報'],
      ['特定健康診査受診率', '国民健康保険加入者の特定健診受診率（％）', '41.2%\n（令和元年度）', '60.0%', '集計中', '－', '法定報告'],
      ['地域おこし協力隊員数', '年度末時点の隊員数', '6\n（令和2年度）', 15, '9\n（令和5年度）', '60.0%', '担当課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 11, 1, ['（参考）岩手県の同種指標（県総合計画）']);
    put(ws, 12, 1, ['指標', '指標の説明', '現況', '目標（R8）', '実績', '達成率']);
    put(ws, 13, 1, ['特定健康診査受診率（県平均）', '県内市町村国保の平均', '43.5%\n（令和元年度）', '60.0%', '47.9%\n（令和5年度）', '79.8%']);
    put(ws, 14, 1, ['図書館の年間貸出冊数（県立図書館）', '県立図書館の年間貸出冊数', '601,000\n（令和2年度）', '620,000', '588,400\n（令和5年度）', '94.9%']);
  },
  expected: {
    file: 'h35-plan-indicators-reference-table.xlsx',
    indicators: [
      planInd('市民農園の利用区画数', 150, 138),
      planInd('ごみの1人1日当たり排出量', 850, 871, { direction: 'down' }),
      planInd('図書館の年間貸出冊数', 530000, 548112),
      planInd('特定健康診査受診率', 60, null, { actualStatus: 'pending' }),
      planInd('地域おこし協力隊員数', 15, 9),
    ],
    groups: [],
  },
};

type Block = { no: string; name: string; about: string; unit: string; actual: (number | string)[]; expect: number[] };

/** One tiled block (8 columns from col): 指標 ①, 説明, 単位, R2(現状値)…R7 headings, 実績値 and 期待値 rows. */
function tile(ws: Worksheet, r: number, col: number, b: Block) {
  put(ws, r, col, [b.no, b.name]);
  ws.mergeCells(r, col + 1, r, col + 6);
  put(ws, r + 1, col, ['指標の説明', b.about]);
  ws.mergeCells(r + 1, col + 1, r + 1, col + 6);
  put(ws, r + 2, col, ['単位', b.unit]);
  put(ws, r + 3, col, ['区分', 'R2\n(現状値)', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, col, ['実績値', ...b.actual]);
  put(ws, r + 5, col, ['期待値\n※R7は目標値', undefined, ...b.expect]);
}

function policySheet(ws: Worksheet, era: string, lastGrade: string, written: string | undefined, blocks: Block[]) {
  put(ws, 1, 1, [`${era}　施策評価シート　（評価対象期間：${era}）`]);
  ws.mergeCells('A1:P1');
  put(ws, 2, 1, ['基本方針', '１　子どもを産み育てやすいまち']);
  put(ws, 3, 1, ['基本施策', '１－２　子育て支援の充実']);
  put(ws, 3, 12, ['達成状況評価', written, lastGrade]);
  put(ws, 4, 1, ['担当部等', '保健福祉部　こども家庭課']);
  blocks.forEach((b, i) => tile(ws, 6 + Math.floor(i / 2) * 7, i % 2 ? 10 : 1, b));
}

const kitakamiThis: Block[] = [
  {
    no: '指標 ①',
    name: '子育て支援センター利用者数',
    about: '市内3か所の子育て支援センターの延べ利用者数',
    unit: '人',
    actual: [15230, 18900, 21040, 22880, 22150],
    expect: [19000, 21000, 23000, 24000, 25000],
  },
  {
    no: '指標 ②',
    name: '放課後児童クラブ待機児童数',
    about: '5月1日現在の待機児童数。待機児童の減少を目指す。',
    unit: '人',
    actual: [31, 25, 19, 12, 14],
    expect: [26, 20, 15, 10, 0],
  },
  {
    no: '指標 ③',
    name: '乳幼児健康診査受診率',
    about: '1歳6か月児・3歳児健診の平均受診率',
    unit: '％',
    actual: [95.1, 96.0, 96.4, 97.8, 97.2],
    expect: [96.0, 96.5, 97.0, 98.0, 98.5],
  },
  {
    no: '指標 ④',
    name: 'ファミリー・サポート・センター会員数',
    about: '年度末の会員数（依頼・提供・両方）',
    unit: '人',
    actual: [702, 745, 801, 866, 935],
    expect: [750, 800, 850, 900, 950],
  },
];
const kitakamiLast: Block[] = kitakamiThis.map((b) => ({ ...b, actual: [...b.actual.slice(0, 4)] }));

const kitakami: Holdout2Workbook = {
  name: 'h35-policy-tiled-last-year-sheet',
  layout: 'A: policy sheet tiled two across (R2 現状値…R7, 実績値 / 期待値 rows) and a copy for last year on another sheet, ％ as 98.0 with unit ％',
  build(wb) {
    policySheet(wb.addWorksheet('1-2'), '令和６年度', '（Ｃ）', undefined, kitakamiThis);
    policySheet(wb.addWorksheet('1-2（前年度）'), '令和５年度', '（Ｂ）', 'Ｃ', kitakamiLast);
  },
  expected: {
    file: 'h35-policy-tiled-last-year-sheet.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('1-2', '子育て支援センター利用者数', '人', 24000, 22150),
      ind('1-2', '放課後児童クラブ待機児童数', '人', 10, 14, { direction: 'down' }),
      ind('1-2', '乳幼児健康診査受診率', '％', 98, 97.2),
      ind('1-2', 'ファミリー・サポート・センター会員数', '人', 900, 935),
    ],
    groups: [{ sheet: '1-2', cell: 'M3', grade: rollUp(['B', 'C', 'B', 'A']) }],
  },
};

const ichinoseki: Holdout2Workbook = {
  name: 'h35-project-revised-targets',
  layout: 'B: 当初目標 and 修正目標 columns (a note says grade against 修正目標), two measures in one cell, a hidden stale 速報 column',
  build(wb) {
    const ws = wb.addWorksheet('推進事業評価');
    put(ws, 1, 1, ['令和６年度　若者定着推進事業　評価調書']);
    put(ws, 2, 1, ['※目標値は令和６年９月に見直しました。評価は修正目標に対して行います。']);
    put(ws, 4, 1, ['No.', '推進事業', '当初目標（R6）', '修正目標（R6）', '実績（R6）', '実績（速報・旧）', '自己評価', '備考']);
    put(ws, 5, 1, [1, 'インターンシップ受入支援事業', '受入企業 20社', '受入企業 15社', '受入企業 16社', '受入企業 11社', 'A']);
    put(ws, 6, 1, [2, 'UIターン就職相談事業', '相談：60件　就職：20人', '相談：50件　就職：15人', '相談：47件　就職：10人', '相談：30件　就職：6人', 'B']);
    put(ws, 7, 1, [3, '高校生向け企業説明会', '参加者 300人', '参加者 300人', '参加者 288人', '参加者 250人', 'B']);
    put(ws, 8, 1, [4, '奨学金返還支援補助金', '交付 40人', '交付 30人', '交付 33人', '交付 21人', 'A']);
    put(ws, 9, 1, [5, '若者交流イベント開催事業', '3回', '2回', '未実施', '未実施', 'D', '会場改修のため中止']);
    ws.getColumn(6).hidden = true;
  },
  expected: {
    file: 'h35-project-revised-targets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('推進事業評価', 'インターンシップ受入支援事業', '社', 15, 16, { existing: 'A' }),
      {
        sheet: '推進事業評価',
        name: 'UIターン就職相談事業',
        measures: [
          { label: '相談', target: 50, actual: 47, unit: '件' },
          { label: '就職', target: 15, actual: 10, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('推進事業評価', '高校生向け企業説明会', '人', 300, 288, { existing: 'B' }),
      ind('推進事業評価', '奨学金返還支援補助金', '人', 30, 33, { existing: 'A' }),
      ind('推進事業評価', '若者交流イベント開催事業', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS_2: Holdout2Workbook[] = [oshu, kitakami, ichinoseki];
