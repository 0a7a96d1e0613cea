/**
 * Hold-out 20, the form- and block-shaped workbooks: a 総合戦略 効果検証シート (two 基本目標 blocks, each a 数値目標
 * table and a KPI table, figures as text with units), an 教育振興基本計画 点検・評価 sheet with years down in
 * blocks (two stacked, one beside), 指定管理 monitoring forms on two sheets, a 施策評価表 exported from a system
 * (目標/実績 row pairs, a 施策の達成度 cell to fill) and a 決算 主要施策の成果 説明書 (blocks with 決算額 lines).
 */
import type { Worksheet } from 'exceljs';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

function merge(ws: Worksheet, range: string, value: string): void {
  ws.mergeCells(range);
  ws.getCell(range.split(':')[0]).value = value;
}

const S2 = '効果検証シート';
const kpiHead = (label: string) => [label, '基準値（H30）', '目標値（R6）', 'R4実績', 'R5実績', '評価', '備考'];
const sousei: Holdout2Workbook = {
  name: 'h20-sousei-kouka-kensho',
  layout:
    'まち・ひと・しごと創生総合戦略 効果検証シート: 対象年度 line, two 基本目標 headings each followed by a 【数値目標】 and a 【重要業績評価指標（KPI）】 table, figures as text with commas and units (176.4万人), R4/R5 actuals against the final 目標値（R6）, a （見込み） actual, a 集計中 actual with － in 評価',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    merge(ws, 'A1:H1', 'さくら市まち・ひと・しごと創生総合戦略　効果検証シート');
    put(ws, 2, 1, ['対象年度：令和５年度（2023年度）']);
    merge(ws, 'A4:H4', '基本目標１　しごとをつくり、安心して働けるようにする');
    put(ws, 5, 1, ['【数値目標】']);
    put(ws, 6, 2, kpiHead('指標'));
    put(ws, 7, 2, ['市内事業所の従業者数', '21,840人', '22,500人', '22,010人', '22,190人', 'B', '経済センサス等から推計']);
    put(ws, 9, 1, ['【重要業績評価指標（KPI）】']);
    put(ws, 10, 2, kpiHead('KPI'));
    put(ws, 11, 2, ['新規創業者数', '8件', '15件', '11件', '14件', 'B']);
    put(ws, 12, 2, ['企業立地件数', '2件', '10件', '6件', '7件', 'A', '大型案件１件を含む']);
    put(ws, 13, 2, ['新規就農者数', '5人', '30人', '21人', '22人（見込み）', 'C', 'R6.3末時点の見込み']);
    merge(ws, 'A15:H15', '基本目標２　新しいひとの流れをつくる');
    put(ws, 16, 1, ['【数値目標】']);
    put(ws, 17, 2, kpiHead('指標'));
    put(ws, 18, 2, ['観光入込客数', '182万人', '200万人', '168.2万人', '176.4万人', 'B', '暦年']);
    put(ws, 20, 1, ['【重要業績評価指標（KPI）】']);
    put(ws, 21, 2, kpiHead('KPI'));
    put(ws, 22, 2, ['移住相談件数', '45件', '120件', '98件', '131件', 'A']);
    put(ws, 23, 2, ['ふるさと納税寄附件数', '3,200件', '10,000件', '8,450件', '9,120件', 'B']);
    put(ws, 24, 2, ['空き家バンク成約件数', '12件', '60件', '41件', '集計中', '－', '６月確定']);
  },
  expected: {
    file: 'h20-sousei-kouka-kensho.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '市内事業所の従業者数', '人', 22500, 22190, { existing: 'B' }),
      ind(S2, '新規創業者数', '件', 15, 14, { existing: 'B' }),
      ind(S2, '企業立地件数', '件', 10, 7, { existing: 'A' }),
      ind(S2, '新規就農者数', '人', 30, 22, { existing: 'C', actualStatus: 'provisional' }),
      ind(S2, '観光入込客数', '万人', 200, 176.4, { existing: 'B' }),
      ind(S2, '移住相談件数', '件', 120, 131, { existing: 'A' }),
      ind(S2, 'ふるさと納税寄附件数', '件', 10000, 9120, { existing: 'B' }),
      ind(S2, '空き家バンク成約件数', '件', 60, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const S4 = '基本目標２';
/** One indicator block, years down: a heading row, 年度/目標値/実績値/備考, then 令和２…６年度. */
function yearBlock(ws: Worksheet, row: number, col: number, heading: string, rows: (string | number | undefined)[][]): void {
  ws.mergeCells(row, col, row, col + 3);
  ws.getCell(row, col).value = heading;
  put(ws, row + 1, col, ['年度', '目標値', '実績値', '備考']);
  rows.forEach((r, i) => put(ws, row + 2 + i, col, r));
}
const kyouiku: Holdout2Workbook = {
  name: 'h20-kyouiku-years-down-blocks',
  layout:
    '教育振興基本計画 点検・評価シート: each 指標 a block with years down (令和２年度…令和６年度 rows, 目標値/実績値/備考 columns), unit in the block heading "（％）", two blocks stacked in A:D and one beside in G:J, a 減少を目指す note in a heading, a "198,500（速報値）" actual',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    merge(ws, 'A1:J1', 'さくら市教育振興基本計画　点検・評価シート（対象年度：令和５年度）');
    merge(ws, 'A3:J3', '基本目標２　確かな学力と豊かな心の育成');
    yearBlock(ws, 5, 1, '指標１　授業の内容がよく分かると答えた児童生徒の割合（％）', [
      ['令和２年度', '－', 78.4, '基準値'],
      ['令和３年度', 80.0, 79.1],
      ['令和４年度', 81.0, 80.2],
      ['令和５年度', 82.0, 80.9],
      ['令和６年度', 83.0, undefined, '最終目標'],
    ]);
    yearBlock(ws, 14, 1, '指標２　不登校児童生徒の割合（％）　※減少を目指す指標', [
      ['令和２年度', '－', 1.62, '基準値'],
      ['令和３年度', 1.6, 1.88],
      ['令和４年度', 1.7, 2.11],
      ['令和５年度', 1.8, 2.35],
      ['令和６年度', 1.8, undefined, '最終目標'],
    ]);
    yearBlock(ws, 5, 7, '指標３　市立図書館の児童書貸出冊数（冊）', [
      ['令和２年度', '－', '176,230', '基準値'],
      ['令和３年度', '190,000', '185,410'],
      ['令和４年度', '200,000', '193,002'],
      ['令和５年度', '210,000', '198,500（速報値）', '３月分は速報値'],
      ['令和６年度', '220,000', undefined, '最終目標'],
    ]);
  },
  expected: {
    file: 'h20-kyouiku-years-down-blocks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '授業の内容がよく分かると答えた児童生徒の割合', '％', 82, 80.9),
      ind(S4, '不登校児童生徒の割合', '％', 1.8, 2.35, { direction: 'down' }),
      ind(S4, '市立図書館の児童書貸出冊数', '冊', 210000, 198500, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

/** A 指定管理 monitoring form for one facility; returns nothing, writes the sheet. */
function monitoringSheet(ws: Worksheet, facility: string, manager: string, rows: [string, string, string, string, string | undefined][]): void {
  merge(ws, 'A1:E1', '指定管理者モニタリング評価シート');
  put(ws, 3, 1, ['施設名']);
  merge(ws, 'B3:E3', facility);
  put(ws, 4, 1, ['指定管理者']);
  merge(ws, 'B4:E4', manager);
  put(ws, 5, 1, ['評価対象年度']);
  merge(ws, 'B5:E5', '令和５年度（令和５年４月１日～令和６年３月31日）');
  put(ws, 7, 1, ['１　成果指標の達成状況']);
  put(ws, 8, 1, ['成果指標', '目標値', '実績値', '達成率', '所見']);
  rows.forEach((r, i) => put(ws, 9 + i, 1, r));
  const after = 9 + rows.length + 1;
  put(ws, after, 1, ['２　管理運営の状況']);
  put(ws, after + 1, 1, ['施設の維持管理', '適正に実施されている。', undefined, undefined, undefined]);
  put(ws, after + 2, 1, ['利用者への対応', '概ね良好。苦情への対応記録も整備されている。']);
}
const SG = '市民体育館';
const SB = '文化ホール';
const shiteiKanri: Holdout2Workbook = {
  name: 'h20-shitei-kanri-monitoring',
  layout:
    '指定管理者モニタリング評価シート, one sheet per facility: label/value header (施設名, 指定管理者, 評価対象年度 with its date span), a 成果指標 table with figures as text with units ("98,000人", "75.0%"), a "10件以下" target, then a 管理運営の状況 text table',
  build(wb) {
    monitoringSheet(wb.addWorksheet(SG), 'さくら市民体育館', 'さくらスポーツ振興共同事業体', [
      ['年間利用者数', '98,000人', '101,352人', '103.4%', '大会誘致が奏功'],
      ['施設稼働率', '75.0%', '71.8%', '95.7%', '平日昼間の稼働が低い'],
      ['自主事業の参加者数', '3,000人', '2,140人', '71.3%', '教室の一部中止'],
      ['利用者満足度', '85%', '88.6%', '104.2%', 'アンケート回答412件'],
    ]);
    monitoringSheet(wb.addWorksheet(SB), 'さくら市文化ホール', '公益財団法人さくら市文化振興財団', [
      ['年間来館者数', '65,000人', '52,870人', '81.3%', '改修工事で２か月休館'],
      ['ホール稼働率', '60%', '63.5%', '105.8%', undefined],
      ['自主文化事業の開催件数', '24件', '24件', '100.0%', undefined],
      ['苦情件数', '10件以下', '4件', '－', '目標達成'],
    ]);
  },
  expected: {
    file: 'h20-shitei-kanri-monitoring.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SG, '年間利用者数', '人', 98000, 101352),
      ind(SG, '施設稼働率', '%', 75, 71.8),
      ind(SG, '自主事業の参加者数', '人', 3000, 2140),
      ind(SG, '利用者満足度', '%', 85, 88.6),
      ind(SB, '年間来館者数', '人', 65000, 52870),
      ind(SB, 'ホール稼働率', '%', 60, 63.5),
      ind(SB, '自主文化事業の開催件数', '件', 24, 24),
      ind(SB, '苦情件数', '件', 10, 4, { direction: 'down' }),
    ],
    groups: [],
  },
};

const S8 = '施策評価表';
/** [name, unit, direction mark, targets H30…R7, actuals H30…R7 (undefined: none yet)] */
type PolicyRow = [string, string, '↑' | '↓', (number | string)[], (number | undefined)[]];
const POLICY: PolicyRow[] = [
  ['特定健康診査受診率', '％', '↑', [38.5, 42.0, 45.0, 48.0, 51.0, 54.0], [38.5, 36.2, 40.1, 43.7]],
  ['胃がん検診受診率', '％', '↑', [8.1, 10.0, 12.5, 15.0, 17.5, 20.0], [8.1, 7.2, 8.8, 9.8]],
  ['休日当番医の受診者数', '人', '↑', [3650, 3900, 4050, 4200, 4350, 4500], [3650, 4102, 4388, 4530]],
  ['救急搬送時の現場滞在時間', '分', '↓', [22.4, 21.5, 21.0, 20.0, 19.5, 19.0], [22.4, 23.1, 22.0, 21.5]],
];
const policyGrades = POLICY.map(([, , dir, t, a]) => gradeOf(t[3] as number, a[3] ?? null, dir === '↓' ? 'down' : 'up'));
const shisakuSystem: Holdout2Workbook = {
  name: 'h20-shisaku-hyoka-system',
  layout:
    '行政評価 施策評価表 from an evaluation system: label/value header (政策, 施策, 主管課), a blank 施策の達成度 cell with last year\'s "（B）" beside, a 成果指標 grid with a 目標/実績 row pair per indicator (name, 単位, 方向 merged down), years 基準値(H30) R3…R7(目標) across',
  build(wb) {
    const ws = wb.addWorksheet(S8);
    merge(ws, 'A1:K1', '施策評価表（令和５年度実績）');
    put(ws, 3, 1, ['政策']);
    merge(ws, 'B3:E3', '3　健康で安心して暮らせるまち');
    put(ws, 4, 1, ['施策']);
    merge(ws, 'B4:E4', '3-2　地域医療体制の充実');
    put(ws, 5, 1, ['主管課']);
    merge(ws, 'B5:E5', '健康推進課');
    put(ws, 4, 7, ['施策の達成度', undefined, '前年度', '（B）']);
    put(ws, 5, 7, ['（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
    put(ws, 7, 1, ['■成果指標']);
    put(ws, 8, 1, ['指標名', '単位', '方向', '区分', '基準値(H30)', 'R3', 'R4', 'R5', 'R6', 'R7(目標)']);
    POLICY.forEach(([name, unit, dir, t, a], i) => {
      const r = 9 + 2 * i;
      for (let c = 1; c <= 3; c++) ws.mergeCells(r, c, r + 1, c);
      put(ws, r, 1, [name, unit, dir, '目標', ...t]);
      put(ws, r + 1, 4, ['実績', ...a]);
    });
    put(ws, 18, 1, ['※方向：↑は値が大きいほど良い、↓は値が小さいほど良い。基準値の目標欄は基準値を再掲']);
  },
  expected: {
    file: 'h20-shisaku-hyoka-system.xlsx',
    fiscalYear: 2023,
    indicators: POLICY.map(([name, unit, dir, t, a]) => ind(S8, name, unit, t[3] as number, a[3] ?? null, { direction: dir === '↓' ? 'down' : 'up' })),
    groups: [{ sheet: S8, cell: 'H4', grade: rollUp(policyGrades) }],
  },
};

const S9 = '主要施策の成果';
const kessan: Holdout2Workbook = {
  name: 'h20-kessan-shuyou-seika',
  layout:
    '決算 主要な施策の成果に関する説明書: 款/項 heading, one block per project (（１）name with 決算額 xx千円 beside it, 【事業の概要】 text, 【成果指標】 table 指標/令和４年度実績/令和５年度目標/令和５年度実績/単位/備考), blank rows between blocks, a 未実施 actual',
  build(wb) {
    const ws = wb.addWorksheet(S9);
    merge(ws, 'A1:F1', '令和５年度　主要な施策の成果に関する説明書');
    put(ws, 3, 1, ['第３款　民生費　／　第２項　児童福祉費']);
    const head = ['指標', '令和４年度実績', '令和５年度目標', '令和５年度実績', '単位', '備考'];
    const block = (row: number, title: string, cost: string, summary: string, rows: (string | number | undefined)[][]) => {
      put(ws, row, 1, [title]);
      put(ws, row, 5, [`決算額　${cost}千円`]);
      put(ws, row + 1, 1, ['【事業の概要】']);
      merge(ws, `A${row + 2}:F${row + 2}`, summary);
      put(ws, row + 3, 1, ['【成果指標】']);
      put(ws, row + 4, 1, head);
      rows.forEach((r, i) => put(ws, row + 5 + i, 1, r));
    };
    block(5, '（１）ファミリー・サポート・センター事業', '8,412', '子育ての援助を受けたい人と行いたい人の相互援助活動を調整した。', [
      ['援助活動件数', 2812, 3000, 3145, '件'],
      ['提供会員数', 204, 230, 211, '人', '養成講座２回開催'],
    ]);
    block(14, '（２）病児・病後児保育事業', '15,630', '病気の児童を医療機関併設の施設で一時的に保育した。', [
      ['利用延べ人数', 1105, 1400, 962, '人', '感染症流行期の受入制限'],
    ]);
    block(22, '（３）児童館運営事業', '41,220', '児童館３館を運営し、放課後の居場所づくりを行った。', [
      ['児童館来館者数', 58420, 62000, 60115, '人'],
      ['放課後子ども教室の実施回数', 180, 200, '未実施', '回', '会場の改修工事のため休止'],
    ]);
  },
  expected: {
    file: 'h20-kessan-shuyou-seika.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S9, '援助活動件数', '件', 3000, 3145),
      ind(S9, '提供会員数', '人', 230, 211),
      ind(S9, '利用延べ人数', '人', 1400, 962),
      ind(S9, '児童館来館者数', '人', 62000, 60115),
      ind(S9, '放課後子ども教室の実施回数', '回', 200, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [sousei, kyouiku, shiteiKanri, shisakuSystem, kessan];
