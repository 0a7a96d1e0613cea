/** Hold-out 50, family A: policy sheets whose blocks carry traps (a revised 期待値 row, a precomputed 達成率 row, a fraction ％, a 備考 that says 以下 or 集計中, a hidden row of the former plan). */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Row = [string, (string | number | null)[]];
interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  rows: Row[];
  note: string;
  hidden?: number[];
  pct?: boolean;
}

/** One indicator block at (r, c): number and name, 説明, 単位, the period heading, its rows, 備考. */
function block(ws: Worksheet, r: number, c: number, periods: string[], b: Block): void {
  put(ws, r, c, [b.no, b.name]);
  ws.mergeCells(r, c + 1, r, c + periods.length);
  put(ws, r + 1, c, ['指標の説明', b.desc]);
  ws.mergeCells(r + 1, c + 1, r + 1, c + periods.length);
  put(ws, r + 2, c, ['単位', b.unit]);
  put(ws, r + 3, c, ['区分', ...periods]);
  b.rows.forEach(([label, vals], i) => {
    put(ws, r + 4 + i, c, [label, ...vals]);
    if (b.pct && !label.startsWith('達成率')) vals.forEach((v, j) => typeof v === 'number' && (ws.getCell(r + 4 + i, c + 1 + j).numFmt = '0.0%'));
    if (b.hidden?.includes(i)) ws.getRow(r + 4 + i).hidden = true;
  });
  put(ws, r + 4 + b.rows.length, c, ['備考', b.note]);
  ws.mergeCells(r + 4 + b.rows.length, c + 1, r + 4 + b.rows.length, c + periods.length);
}

function header(ws: Worksheet, title: string, period: string, lines: [string, string][]): void {
  put(ws, 1, 1, [title]);
  put(ws, 2, 1, [period]);
  lines.forEach(([k, v], i) => put(ws, 3 + i, 1, [k, v || undefined]));
}

// ---------------------------------------------------------------- 1: tiled blocks, revised 期待値, 達成率 row
const S1 = '施策4-2';
const P1 = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];
const EXP = '期待値\n※R7は目標値';
const B1: Block[] = [
  {
    no: '指標①',
    name: '放課後児童クラブの待機児童数',
    unit: '人',
    desc: '放課後児童クラブの待機児童数（各年度5月1日現在）。少ないほど良い指標。',
    rows: [
      ['実績値', [38, 31, 24, 19]],
      [EXP, [null, 30, 20, 15, 8, 0]],
      ['達成率（％）', [null, 96.8, 83.3, 78.9]],
    ],
    note: '施設整備が1年遅れたため、R5は期待値に届かなかった。',
  },
  {
    no: '指標②',
    name: '子育て支援センター利用者数',
    unit: '人',
    desc: '市内4か所の子育て支援センターの延べ利用者数',
    rows: [
      ['実績値', [18420, 21050, 24310, 26880]],
      [EXP, [null, 20000, 22000, 24000, 26000, 28000]],
      ['期待値（修正後）', [null, null, null, 27500, 28500, 30000]],
      ['達成率（％）', [null, 105.3, 110.5, 97.7]],
    ],
    note: 'R4実績が期待値を大きく上回ったため、R5以降の期待値を上方修正した（修正後の期待値で評価する）。',
  },
  {
    no: '指標③',
    name: '乳幼児健康診査の受診率',
    unit: '％',
    pct: true,
    desc: '1歳6か月児・3歳児健康診査の受診率の平均',
    rows: [
      ['実績値', [0.945, 0.951, 0.958, 0.962]],
      [EXP, [null, 0.95, 0.96, 0.97, 0.975, 0.98]],
      ['達成率（％）', [null, 100.1, 99.8, 99.2]],
    ],
    note: '',
  },
  {
    no: '指標④',
    name: 'ファミリー・サポート・センター提供会員数',
    unit: '人',
    desc: '年度末の提供会員の登録者数',
    rows: [
      ['実績値', [142, 150, 161, 173]],
      [EXP, [null, 150, 160, 170, 180, 190]],
      ['達成率（％）', [null, 100.0, 100.6, 101.8]],
    ],
    note: '（参考）依頼会員数 R5：412人',
  },
  {
    no: '指標⑤',
    name: '子育て世帯の転入超過数',
    unit: '世帯',
    desc: '0〜14歳の子がいる世帯の転入数から転出数を引いた数',
    rows: [
      ['実績値', ['△12', 5, 18, 22]],
      [EXP, [null, 0, 10, 20, 30, 40]],
      ['達成率（％）', [null, '－', 180.0, 110.0]],
    ],
    note: '△はマイナス（転出超過）',
  },
  {
    no: '指標⑥',
    name: 'ひとり親家庭の就労支援による就職者数',
    unit: '人',
    desc: '自立支援教育訓練給付等を利用して就職した人数（R3からの累計）',
    rows: [
      ['実績値', [null, 12, 27, 41]],
      [EXP, [null, null, null, null, null, 60]],
      ['達成率（％）', [null, null, null, null]],
    ],
    note: '期待値は最終年度（R7）のみ設定',
  },
];
const E1: ExpectedIndicator[] = [
  ind(S1, '放課後児童クラブの待機児童数', '人', 15, 19, { direction: 'down' }),
  ind(S1, '子育て支援センター利用者数', '人', 27500, 26880),
  ind(S1, '乳幼児健康診査の受診率', '％', 97, 96.2),
  ind(S1, 'ファミリー・サポート・センター提供会員数', '人', 170, 173),
  ind(S1, '子育て世帯の転入超過数', '世帯', 20, 22),
  { ...ind(S1, 'ひとり親家庭の就労支援による就職者数', '人', 60, 41), targetSource: 'final' },
];

export const POLICY_TILED: Holdout2Workbook = {
  name: 'h50-a-policy-revised-target',
  layout:
    'A: six blocks two across, a 期待値（修正後） row under the original, a department 達成率 row in each block, ％ as fractions, △ minus, a final-only 期待値',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    header(ws, '令和５年度　基本施策事後評価シート', '評価対象期間：令和５年度（令和5年4月1日～令和6年3月31日）', [
      ['基本方針', '4　安心して子どもを産み育てられるまち'],
      ['基本施策', '4-2　子育て支援の充実'],
      ['担当部等', '健康こども部　こども家庭課'],
      ['達成状況評価', ''],
    ]);
    put(ws, 6, 3, ['（C）']);
    put(ws, 6, 4, ['※（　）は前年度の評価']);
    B1.forEach((b, i) => block(ws, 8 + Math.floor(i / 2) * 11, i % 2 ? 9 : 1, P1, b));
    put(ws, 42, 1, ['※達成率は担当課で算出（低いほど良い指標は期待値÷実績値）。']);
    ws.getColumn(1).width = 16;
    ws.getColumn(9).width = 16;
  },
  expected: {
    file: 'h50-a-policy-revised-target.xlsx',
    fiscalYear: 2023,
    indicators: E1,
    groups: [{ sheet: S1, cell: 'B6', grade: rollUp(E1.map((e) => e.grade)) }],
  },
};

// ---------------------------------------------------------------- 2: stacked blocks, 以下 in 備考, 集計中 copy, hidden old plan
const S2 = '基本施策2-1';
const P2 = ['R3\n（現状値）', 'R4', 'R5', 'R6', 'R7', 'R8'];
const EXP2 = '期待値\n※R8は目標値';
const B2: Block[] = [
  {
    no: '成果指標①',
    name: '交通事故発生件数',
    unit: '件',
    desc: '市内で発生した人身交通事故の件数（暦年）',
    rows: [
      ['実績値', [342, 318, 297, 281]],
      [EXP2, [null, 320, 300, 280, 265, 250]],
    ],
    note: '目標は各年度の期待値「以下」に抑えること（R8：250件以下）。',
  },
  {
    no: '成果指標②',
    name: '交通安全教室の参加者数',
    unit: '人',
    desc: '保育所・小中学校・高齢者クラブで開催した交通安全教室の延べ参加者数',
    rows: [
      ['実績値', [4120, 5380, 6020, 6410]],
      ['期待値（前期計画）', [null, 4500, 4600, 4700, 4800, 4900]],
      [EXP2, [null, 5000, 5500, 6000, 6500, 7000]],
    ],
    hidden: [1],
    note: '',
  },
  {
    no: '成果指標③',
    name: '刑法犯認知件数',
    unit: '件',
    desc: '市内の刑法犯認知件数（暦年、警察署調べ）。減少を目指す。',
    rows: [
      ['実績値', [1388, 1305, 1204, 1204]],
      [EXP2, [null, 1300, 1250, 1200, 1150, 1100]],
    ],
    note: '※R6実績は警察署の統計が未公表のため集計中。R6欄にはR5実績を記載している。',
  },
  {
    no: '成果指標④',
    name: '防犯カメラの設置台数（累計）',
    unit: '台',
    desc: '市が設置・補助した防犯カメラの累計台数',
    rows: [
      ['実績値', [86, 112, 140, 171]],
      [EXP2, [null, 110, 140, 170, 200, 230]],
    ],
    note: '',
  },
  {
    no: '成果指標⑤',
    name: '自主防犯パトロール団体数',
    unit: '団体',
    desc: '青色回転灯パトロール等を行う自主防犯団体の数',
    rows: [
      ['実績値', [42, 41, 40, 38]],
      [EXP2, [null, 43, 44, 45, 46, 47]],
    ],
    note: '構成員の高齢化による解散が続いている。',
  },
];
const E2: ExpectedIndicator[] = [
  ind(S2, '交通事故発生件数', '件', 280, 281, { direction: 'down' }),
  ind(S2, '交通安全教室の参加者数', '人', 6000, 6410),
  ind(S2, '刑法犯認知件数', '件', 1200, null, { direction: 'down', actualStatus: 'pending' }),
  ind(S2, '防犯カメラの設置台数（累計）', '台', 170, 171),
  ind(S2, '自主防犯パトロール団体数', '団体', 45, 38),
];

export const POLICY_STACKED: Holdout2Workbook = {
  name: 'h50-a-policy-stacked-notes',
  layout:
    'A: five blocks stacked, 以下 only in a 備考, an R6 actual that the 備考 says is R5 copied (集計中), a hidden 前期計画 期待値 row, a budget table beside',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S2);
    header(ws, '基本施策事後評価シート（令和６年度評価）', '評価対象期間：令和６年度', [
      ['基本方針', '2　安全・安心に暮らせるまち'],
      ['基本施策', '2-1　交通安全・防犯対策の推進'],
      ['担当部等', '市民環境部　市民生活課'],
      ['達成状況評価', ''],
    ]);
    put(ws, 6, 3, ['（B）']);
    B2.forEach((b, i) => block(ws, 8 + i * 10, 1, P2, b));
    put(ws, 8, 10, ['＜参考＞関連事業費（単位：千円）']);
    put(ws, 9, 10, ['事業名', 'R5決算', 'R6決算']);
    put(ws, 10, 10, ['交通安全対策事業', 12480, 13120]);
    put(ws, 11, 10, ['防犯カメラ設置事業', 8650, 9340]);
    put(ws, 12, 10, ['防犯灯LED化事業', 21300, 18750]);
    put(ws, 58, 1, ['総合評価', '交通事故件数は減少傾向にあるが、自主防犯団体の減少が課題である。']);
    ws.getColumn(1).width = 18;
  },
  expected: {
    file: 'h50-a-policy-stacked-notes.xlsx',
    fiscalYear: 2024,
    indicators: E2,
    groups: [{ sheet: S2, cell: 'B6', grade: rollUp(E2.map((e) => e.grade)) }],
  },
};

export const POLICY_WORKBOOKS = [POLICY_TILED, POLICY_STACKED];
