/** Hold-out 77, part 3: 総合計画 plan-indicator tables (family D) with 中間目標 beside the 目標年度's target, a final target only with 見込 actuals, and a summary sheet repeating the 施策 sheets' indicators. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const D1 = '成果指標';
const planInterim: Holdout2Workbook = {
  name: 'h77-plan-interim-target',
  layout:
    '北川市 総合計画 成果指標: 基準値（令和元年度）・中間目標値（令和5年度）・目標値（令和9年度）・実績値（令和5年度）・評価、基準値を下回る目標（増加方向、注記）、減少を目指す指標は注記',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['北川市第2次総合計画後期基本計画　成果指標の達成状況（令和5年度）']);
    put(ws, 2, 7, ['企画財政課']);
    put(ws, 4, 1, [
      '施策',
      '成果指標',
      '単位',
      '基準値\n（令和元年度）',
      '中間目標値\n（令和5年度）',
      '目標値\n（令和9年度）',
      '実績値\n（令和5年度）',
      '評価',
    ]);
    const rows: (string | number)[][] = [
      ['1-1', '特定健康診査受診率', '％', 38.5, 50.0, 60.0, 46.2, 'B'],
      ['1-2', '介護予防教室の参加者数', '人', 2400, 3000, 3600, 3150, 'A'],
      ['2-1', '学校図書館の蔵書充足率', '％', 88.0, 95.0, 100.0, 96.3, 'A'],
      ['2-2', '市民1人当たりの年間ごみ排出量', 'kg', 352, 330, 310, 341, 'B'],
      ['3-1', '農産物直売所の販売額', '百万円', 412, 450, 500, 432, 'B'],
      ['3-2', '市営住宅の入居率', '％', 82.0, 90.0, 95.0, 79.8, 'C'],
      ['3-3', '市民バスの年間利用者数', '人', 86500, 80000, 75000, 81240, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※評価は中間目標値に対する達成率による。A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 14, 1, ['※市民1人当たりの年間ごみ排出量は減少を目指す指標（達成率＝中間目標値÷実績値）。']);
    put(ws, 15, 1, ['※市民バスの年間利用者数は人口減少を見込み基準値を下回る目標値としているが、増加が望ましい指標。']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h77-plan-interim-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D1, '特定健康診査受診率', '％', 50.0, 46.2, { existing: 'B' }),
      ind(D1, '介護予防教室の参加者数', '人', 3000, 3150, { existing: 'A' }),
      ind(D1, '学校図書館の蔵書充足率', '％', 95.0, 96.3, { existing: 'A' }),
      ind(D1, '市民1人当たりの年間ごみ排出量', 'kg', 330, 341, { direction: 'down', existing: 'B' }),
      ind(D1, '農産物直売所の販売額', '百万円', 450, 432, { existing: 'B' }),
      ind(D1, '市営住宅の入居率', '％', 90.0, 79.8, { existing: 'C' }),
      ind(D1, '市民バスの年間利用者数', '人', 80000, 81240, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** An indicator graded against the plan's final target (the year has no target of its own). */
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const D2 = '計画の指標';
const planFinal: Holdout2Workbook = {
  name: 'h77-plan-final-estimate',
  layout:
    '西原市 観光振興計画の指標: 単位の列、現況（計画策定時）に年度の注記「785\\n（令和2年度）」、目標（R8）だけ、実績に「（令和5年度見込）」の注記、集計中',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 1, ['西原市観光振興計画（令和4年度～令和8年度）　計画の指標の状況']);
    put(ws, 2, 1, ['令和5年度実績']);
    put(ws, 2, 6, ['商工観光課']);
    put(ws, 4, 1, ['指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['観光入込客数', '市内主要観光地点の入込客数の合計', '千人', '785\n（令和2年度）', 1200, '1,046\n（令和5年度）', '観光客入込数調査'],
      ['宿泊客数', '市内宿泊施設の延べ宿泊客数', '千人', '96\n（令和2年度）', 180, '152\n（令和5年度見込）', '宿泊施設への聞き取り'],
      ['観光消費額', '観光客の市内での消費額の総額', '億円', '42.5\n（令和2年度）', 80.0, '71.3\n（令和5年度見込）', '観光客アンケートによる推計'],
      [
        '観光ボランティアガイド案内件数',
        'ボランティアガイドが案内した団体・個人の件数',
        '件',
        '210\n（令和2年度）',
        600,
        '624\n（令和5年度）',
        'ガイド協会の実績報告',
      ],
      ['外国人観光客数', '市内宿泊施設の外国人延べ宿泊者数', '人', '1,250\n（令和元年度）', 8000, '4,310\n（令和5年度）', '宿泊施設への聞き取り'],
      ['観光ホームページのアクセス数', '市観光サイトの年間ページビュー数', '万件', '38.2\n（令和2年度）', 60.0, '集計中', 'アクセス解析'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※実績欄の「見込」は令和6年3月末時点の見込値。目標は計画最終年度（令和8年度）の値。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h77-plan-final-estimate.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D2, '観光入込客数', '千人', 1200, 1046)),
      final(ind(D2, '宿泊客数', '千人', 180, 152, { actualStatus: 'provisional' })),
      final(ind(D2, '観光消費額', '億円', 80.0, 71.3, { actualStatus: 'provisional' })),
      final(ind(D2, '観光ボランティアガイド案内件数', '件', 600, 624)),
      final(ind(D2, '外国人観光客数', '人', 8000, 4310)),
      final(ind(D2, '観光ホームページのアクセス数', '万件', 60.0, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

interface Item {
  name: string;
  unit: string;
  how: '累計' | '単年度';
  base: number;
  /** R3 … R7. */
  targets: number[];
  /** R3 … R5 as written. */
  actuals: (number | string)[];
}
const childcare: Item[] = [
  { name: '保育所等の待機児童数', unit: '人', how: '単年度', base: 18, targets: [14, 10, 5, 2, 0], actuals: [12, 7, 3] },
  {
    name: '子育て支援センターの延べ利用者数',
    unit: '人',
    how: '単年度',
    base: 14200,
    targets: [15000, 15500, 16000, 16500, 17000],
    actuals: [11820, 14960, 15210],
  },
  { name: 'ファミリー・サポート・センターの提供会員登録数', unit: '人', how: '累計', base: 180, targets: [200, 220, 240, 260, 280], actuals: [196, 214, 229] },
  { name: '放課後児童クラブの登録児童数', unit: '人', how: '単年度', base: 820, targets: [850, 880, 900, 920, 950], actuals: [861, 902, '915（見込）'] },
];
const health: Item[] = [
  { name: '特定保健指導の実施率', unit: '％', how: '単年度', base: 42.0, targets: [45.0, 48.0, 51.0, 54.0, 60.0], actuals: [44.1, 45.3, 46.0] },
  { name: '健康づくり教室の延べ参加者数', unit: '人', how: '単年度', base: 3200, targets: [3400, 3600, 3800, 4000, 4200], actuals: [2150, 2980, 3010] },
  { name: 'ゲートキーパー養成講座の修了者数', unit: '人', how: '累計', base: 150, targets: [250, 350, 450, 550, 650], actuals: [238, 371, 468] },
];
const DOWN_NOTE = '※保育所等の待機児童数は減少を目指す指標。';
const CUMULATIVE_NOTE = '※集計が「累計」の指標は令和3年度からの累計値（目標・実績とも）。';

function policySheet(ws: Worksheet, title: string, dept: string, items: Item[]): void {
  put(ws, 1, 1, [title]);
  put(ws, 2, 1, [`担当課：${dept}`]);
  put(ws, 4, 1, ['成果指標', '単位', '集計', '区分', 'R2（基準）', 'R3', 'R4', 'R5', 'R6', 'R7（最終目標）']);
  items.forEach((it, i) => {
    const r = 5 + i * 2;
    put(ws, r, 1, [it.name, it.unit, it.how, '目標', '－', ...it.targets]);
    put(ws, r + 1, 4, ['実績', it.base, ...it.actuals]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
  });
  const after = 6 + items.length * 2;
  put(ws, after, 1, [CUMULATIVE_NOTE]);
  put(ws, after + 1, 1, ['※R5の（見込）は令和6年3月末時点の見込み。']);
  if (items === childcare) put(ws, after + 2, 1, [DOWN_NOTE]);
  ws.getColumn(1).width = 40;
}

const D3a = '施策1';
const D3b = '施策2';
const planSummary: Holdout2Workbook = {
  name: 'h77-plan-summary-detail',
  layout:
    '青葉市 総合計画 成果指標: 一覧シート（基準値・R5目標値・R5実績値・最終目標値（R7））と施策別シート2枚（目標/実績 × R2〜R7）に同じ指標、集計（累計/単年度）の列、（見込）、減少を目指す指標は注記',
  build(wb) {
    const sum = wb.addWorksheet('成果指標一覧');
    put(sum, 1, 1, ['青葉市総合計画 前期基本計画　成果指標一覧（令和5年度実績）']);
    put(sum, 2, 9, ['企画政策課']);
    put(sum, 4, 1, ['No.', '施策', '成果指標', '単位', '集計', '基準値（R2）', 'R5目標値', 'R5実績値', '最終目標値（R7）', '備考']);
    const lines: [string, Item][] = [
      ...childcare.map((it): [string, Item] => ['1　子育て支援の充実', it]),
      ...health.map((it): [string, Item] => ['2　健康づくりの推進', it]),
    ];
    lines.forEach(([policy, it], i) =>
      put(sum, 5 + i, 1, [
        i + 1,
        i === 0 || i === childcare.length ? policy : undefined,
        it.name,
        it.unit,
        it.how,
        it.base,
        it.targets[2],
        it.actuals[2],
        it.targets[4],
        it.name.includes('待機') ? '減少を目指す' : undefined,
      ]),
    );
    sum.mergeCells(5, 2, 4 + childcare.length, 2);
    sum.mergeCells(5 + childcare.length, 2, 4 + lines.length, 2);
    put(sum, 13, 1, [CUMULATIVE_NOTE]);
    put(sum, 14, 1, [DOWN_NOTE]);
    put(sum, 15, 1, ['※年度ごとの目標・実績は施策別シート（施策1・施策2）を参照。']);
    sum.getColumn(3).width = 40;
    policySheet(wb.addWorksheet(D3a), '施策1　子育て支援の充実　成果指標の推移', 'こども課', childcare);
    policySheet(wb.addWorksheet(D3b), '施策2　健康づくりの推進　成果指標の推移', '健康推進課', health);
  },
  expected: {
    file: 'h77-plan-summary-detail.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D3a, '保育所等の待機児童数', '人', 5, 3, { direction: 'down' }),
      ind(D3a, '子育て支援センターの延べ利用者数', '人', 16000, 15210),
      ind(D3a, 'ファミリー・サポート・センターの提供会員登録数', '人', 240, 229),
      ind(D3a, '放課後児童クラブの登録児童数', '人', 900, 915, { actualStatus: 'provisional' }),
      ind(D3b, '特定保健指導の実施率', '％', 51.0, 46.0),
      ind(D3b, '健康づくり教室の延べ参加者数', '人', 3800, 3010),
      ind(D3b, 'ゲートキーパー養成講座の修了者数', '人', 450, 468),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [planInterim, planFinal, planSummary];
