/** Hold-out 107, four workbooks outside the families: housing, urban planning and building offices' own sheets. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { put, ind, type Holdout2Workbook } from '../holdout2/kit';

const SHEET_Y = '進捗管理';
const choju: Holdout2Workbook = {
  name: 'h107-shiei-chojuka',
  layout:
    'years as rows: 市営住宅等長寿命化計画 進捗管理, 年度 R3〜R7 down, a 計画｜実績 column pair per indicator (管理戸数 ↓縮減, 用途廃止・長寿命化型改善・建替 累計, 入居率, 計画修繕), 評価年度 stated, unit row （戸）',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_Y);
    put(ws, 1, 1, ['市営住宅等長寿命化計画（令和3年度〜令和12年度）　進捗管理表']);
    ws.mergeCells(1, 1, 1, 13);
    put(ws, 2, 1, ['評価年度：令和5年度', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '住宅課']);
    const heads = ['管理戸数', '用途廃止戸数（累計）', '長寿命化型改善戸数（累計）', '建替戸数（累計）', '計画修繕実施棟数', '入居率'];
    const units = ['戸', '戸', '戸', '戸', '棟', '％'];
    const ways = ['↓（縮減）', '↑', '↑', '↑', '↑', '↑'];
    put(ws, 4, 1, ['年度']);
    put(ws, 5, 1, ['単位']);
    put(ws, 6, 1, ['目指す方向']);
    heads.forEach((h, i) => {
      const c = 2 + i * 2;
      put(ws, 4, c, [h]);
      ws.mergeCells(4, c, 4, c + 1);
      put(ws, 5, c, [units[i]]);
      ws.mergeCells(5, c, 5, c + 1);
      put(ws, 6, c, [ways[i]]);
      ws.mergeCells(6, c, 6, c + 1);
      put(ws, 7, c, [i === 5 ? '目標' : '計画', '実績']);
    });
    const years: [string, (number | null)[]][] = [
      ['令和2年度（基準）', [null, 1512, null, 0, null, 0, null, 0, null, 8, null, 88.1]],
      ['令和3年度', [1490, 1498, 40, 22, 60, 58, 0, 0, 12, 12, 89.0, 87.0]],
      ['令和4年度', [1455, 1470, 80, 58, 120, 124, 20, 20, 12, 10, 89.5, 85.9]],
      ['令和5年度', [1420, 1446, 120, 96, 180, 186, 40, 40, 12, 9, 90.0, 86.9]],
      ['令和6年度', [1385, null, 160, null, 240, null, 60, null, 12, null, 90.0, null]],
      ['令和7年度', [1350, null, 200, null, 300, null, 80, null, 12, null, 90.0, null]],
    ];
    years.forEach(([y, v], i) => put(ws, 8 + i, 1, [y, ...v]));
    put(ws, 15, 1, ['※管理戸数は各年度末。用途廃止・改善・建替は令和3年度からの累計。入居率は政策空家を除く。']);
  },
  expected: {
    file: 'h107-shiei-chojuka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_Y, '管理戸数', '戸', 1420, 1446, { direction: 'down' }),
      ind(SHEET_Y, '用途廃止戸数（累計）', '戸', 120, 96),
      ind(SHEET_Y, '長寿命化型改善戸数（累計）', '戸', 180, 186),
      ind(SHEET_Y, '建替戸数（累計）', '戸', 40, 40),
      ind(SHEET_Y, '計画修繕実施棟数', '棟', 12, 9),
      ind(SHEET_Y, '入居率', '％', 90.0, 86.9),
    ],
    groups: [],
  },
};

interface Card {
  name: string;
  unit: string;
  base: number | string;
  target: number | string;
  actual: number | string;
  rate: string;
  grade: string;
}

function cards(ws: Worksheet, title: string, dept: string, list: Card[]): void {
  put(ws, 1, 1, ['令和5年度　空家等対策計画　取組評価シート']);
  ws.mergeCells(1, 1, 1, 4);
  put(ws, 3, 1, ['取組名', title]);
  ws.mergeCells(3, 2, 3, 4);
  put(ws, 4, 1, ['担当課', dept]);
  let r = 6;
  for (const c of list) {
    put(ws, r, 1, ['成果指標', c.name]);
    ws.mergeCells(r, 2, r, 4);
    put(ws, r + 1, 1, ['単位', c.unit]);
    put(ws, r + 2, 1, ['基準値（令和元年度）', c.base]);
    put(ws, r + 3, 1, ['目標値（令和5年度）', c.target]);
    put(ws, r + 4, 1, ['実績値（令和5年度）', c.actual]);
    put(ws, r + 5, 1, ['達成率', c.rate]);
    put(ws, r + 6, 1, ['評価', c.grade]);
    r += 8;
  }
  put(ws, r, 1, ['評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
}

const akiyaInds: ExpectedIndicator[] = [
  ind('取組1', '空き家相談会の開催回数', '回', 6, 6, { existing: 'A' }),
  ind('取組1', '空き家に関する相談件数', '件', 150, 128, { existing: 'B' }),
  ind('取組2', '空き家バンク成約件数（単年度）', '件', 20, 15, { existing: 'C' }),
  ind('取組2', '空き家バンク登録件数（累計）', '件', 260, 241, { existing: 'B' }),
  ind('取組3', '特定空家等の除却件数（累計）', '件', 36, 30, { existing: 'A' }),
  ind('取組3', '管理不全空き家の件数', '件', 180, 212, { direction: 'down', existing: 'B' }),
];

const akiya: Holdout2Workbook = {
  name: 'h107-akiya-cards',
  layout:
    'label-value cards: 空家等対策計画 取組評価シート, one sheet per 取組 (取組1〜3), each 成果指標 a stack of 単位／基準値／目標値（令和5年度）／実績値／達成率／評価 rows, 「1,234件」-style text, a 減少 indicator in its name',
  build(wb) {
    cards(wb.addWorksheet('取組1'), '1 空き家の発生抑制', '住宅課', [
      { name: '空き家相談会の開催回数', unit: '回', base: 4, target: 6, actual: 6, rate: '100.0%', grade: 'A' },
      { name: '空き家に関する相談件数', unit: '件', base: '96件', target: '150件', actual: '128件', rate: '85.3%', grade: 'B' },
    ]);
    cards(wb.addWorksheet('取組2'), '2 空き家の利活用の促進', '住宅課', [
      { name: '空き家バンク成約件数（単年度）', unit: '件', base: 9, target: 20, actual: 15, rate: '75.0%', grade: 'C' },
      { name: '空き家バンク登録件数（累計）', unit: '件', base: 118, target: 260, actual: 241, rate: '92.7%', grade: 'B' },
    ]);
    cards(wb.addWorksheet('取組3'), '3 管理不全空き家の解消', '建築指導課', [
      { name: '特定空家等の除却件数（累計）', unit: '件', base: 8, target: 36, actual: 30, rate: '83.3%', grade: 'A' },
      { name: '管理不全空き家の件数', unit: '件', base: 265, target: '180件（減少）', actual: '212件', rate: '84.9%', grade: 'B' },
    ]);
  },
  expected: { file: 'h107-akiya-cards.xlsx', fiscalYear: 2023, indicators: akiyaInds, groups: [] },
};

const SHEET_Q = 'R5業務目標';
const kakunin: Holdout2Workbook = {
  name: 'h107-kakunin-shihanki',
  layout:
    'quarters: 建築指導課 令和5年度業務目標, 年間目標 then 第1〜第4四半期 and 年度計・平均 columns, 評価の方向 「小さいほど良い」, a 目標 「－」 (目標設定なし)',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_Q);
    put(ws, 1, 1, ['令和5年度　建築指導課　業務目標と実績']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 3, 1, ['業務指標', '単位', '評価の方向', '年間目標', '実績']);
    ws.mergeCells(3, 5, 3, 9);
    put(ws, 3, 10, ['備考']);
    put(ws, 4, 5, ['第1四半期', '第2四半期', '第3四半期', '第4四半期', '年度計・平均']);
    for (const c of [1, 2, 3, 4, 10]) ws.mergeCells(3, c, 4, c);
    const rows: (string | number)[][] = [
      ['建築確認の平均処理日数', '日', '小さいほど良い', 7.0, 6.8, 7.5, 8.1, 7.2, 7.4, '市受付分・年度平均'],
      ['中間検査の平均処理日数', '日', '小さいほど良い', 3.0, 2.9, 2.7, 3.1, 2.5, 2.8, '年度平均'],
      ['完了検査の受検率', '％', '大きいほど良い', 95.0, 92.8, 93.5, 93.0, 93.4, 93.2, ''],
      ['違反建築物の是正指導件数', '件', '大きいほど良い', 40, 8, 12, 9, 13, 42, '年度計'],
      ['定期報告の提出率', '％', '大きいほど良い', 85.0, '－', '－', '－', 78.9, 78.9, '特定建築物（年1回）'],
      ['建築相談の対応件数', '件', '大きいほど良い', '－', 84, 97, 88, 87, 356, '目標設定なし'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? null : v)),
      ),
    );
  },
  expected: {
    file: 'h107-kakunin-shihanki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_Q, '建築確認の平均処理日数', '日', 7.0, 7.4, { direction: 'down' }),
      ind(SHEET_Q, '中間検査の平均処理日数', '日', 3.0, 2.8, { direction: 'down' }),
      ind(SHEET_Q, '完了検査の受検率', '％', 95.0, 93.2),
      ind(SHEET_Q, '違反建築物の是正指導件数', '件', 40, 42),
      ind(SHEET_Q, '定期報告の提出率', '％', 85.0, 78.9),
      ind(SHEET_Q, '建築相談の対応件数', '件', null, 356),
    ],
    groups: [],
  },
};

const parkInds: ExpectedIndicator[] = [
  ind('令和6年度実績', '特定道路のバリアフリー化率', '％', 72.0, 70.5),
  ind('令和6年度実績', '鉄道駅のバリアフリー化率（段差解消）', '％', 100.0, 100.0),
  ind('令和6年度実績', '市民一人当たりの都市公園面積', '㎡/人', 11.0, 10.82),
  ind('令和6年度実績', '都市公園の供用面積', 'ha', 152.0, 148.6),
  ind('令和6年度実績', '緑化協定の締結件数（累計）', '件', 25, 25),
  ind('令和6年度実績', 'ノンステップバスの導入率', '％', 70.0, null, { actualStatus: 'pending' }),
  ind('令和6年度実績', '公園愛護会の登録団体数', '団体', 60, 47),
];

const park: Holdout2Workbook = {
  name: 'h107-midori-bf-split',
  layout:
    'split sheets joined by No.: 緑の基本計画・バリアフリー基本構想, 目標設定 sheet (基準値, 令和6年度目標, 最終目標（令和10年度）) and 令和6年度実績 sheet (実績値 「148.6ha」, 「集計中」), rows in another order',
  build(wb) {
    const t = wb.addWorksheet('目標設定');
    put(t, 1, 1, ['緑の基本計画・バリアフリー基本構想　進行管理指標（目標設定）']);
    put(t, 3, 1, ['No.', '指標', '単位', '基準値（令和元年度）', '令和6年度目標', '最終目標（令和10年度）', '所管']);
    const targets: (string | number)[][] = [
      [1, '特定道路のバリアフリー化率', '％', 58.3, 72.0, 85.0, '道路課'],
      [2, '鉄道駅のバリアフリー化率（段差解消）', '％', 75.0, 100.0, 100.0, '都市計画課'],
      [3, 'ノンステップバスの導入率', '％', 52.1, 70.0, 80.0, '都市計画課'],
      [4, '市民一人当たりの都市公園面積', '㎡/人', 10.31, 11.0, 11.5, '公園緑地課'],
      [5, '都市公園の供用面積', 'ha', '141.2ha', '152.0ha', '160.0ha', '公園緑地課'],
      [6, '緑化協定の締結件数（累計）', '件', 14, 25, 32, '公園緑地課'],
      [7, '公園愛護会の登録団体数', '団体', 41, 60, 70, '公園緑地課'],
    ];
    targets.forEach((r, i) => put(t, 4 + i, 1, r));
    const a = wb.addWorksheet('令和6年度実績');
    put(a, 1, 1, ['令和6年度　進行管理指標の実績']);
    put(a, 3, 1, ['No.', '指標', '実績値', '備考']);
    const actuals: (string | number | null)[][] = [
      [4, '市民一人当たりの都市公園面積', 10.82, '令和7年3月31日現在'],
      [5, '都市公園の供用面積', '148.6ha', null],
      [1, '特定道路のバリアフリー化率', 70.5, null],
      [2, '鉄道駅のバリアフリー化率（段差解消）', 100.0, '全駅完了'],
      [3, 'ノンステップバスの導入率', '集計中', '事業者報告待ち'],
      [6, '緑化協定の締結件数（累計）', 25, null],
      [7, '公園愛護会の登録団体数', 47, '高齢化による解散3団体'],
    ];
    actuals.forEach((r, i) => put(a, 4 + i, 1, r));
  },
  expected: { file: 'h107-midori-bf-split.xlsx', fiscalYear: 2024, indicators: parkInds, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [choju, akiya, kakunin, park];
