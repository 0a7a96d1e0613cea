/**
 * Hold-out set 117, four workbooks outside the families: 生徒指導の状況 with 年度 rows under 児童（小学校）｜生徒（中学校） column
 * groups and 学校数／児童数 context columns, a 事務事業評価シート per 事業 (部活動の地域移行, 学校施設の長寿命化, 給食センター),
 * the GIGAスクール 推進状況 with 小学校｜中学校 pairs under each year's 目標値／実績値, and 学校給食・食育 targets and actuals on
 * two sheets joined by 指標ID.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { band, box, fmt, merge, sheet, title, wrap } from './families';

// ---------------------------------------------------------------------------------------------------------------------
// 5. 生徒指導の状況: years as rows, 児童（小学校）｜生徒（中学校） groups with 学校数・児童数 beside the 不登校 figures, a 目標値 row.

const futoko: Holdout2Workbook = {
  name: 'h117-futoko-nendo-rows',
  layout:
    'years as rows (令和元年度…令和５年度) under 児童（小学校）｜生徒（中学校） groups with 学校数・児童数・不登校児童数 context, a 目標値（令和５年度） row for the 出現率 only (減少 in the note), いじめ解消率 小学校｜中学校 pairs, a second sheet of 教育相談',
  build(wb) {
    const ws = sheet(wb, '不登校・いじめ', [18, 9, 10, 11, 11, 9, 10, 11, 11]);
    title(ws, 1, 1, 9, '令和５年度　点検・評価資料（３）　生徒指導の状況');
    put(ws, 3, 1, ['１　不登校児童生徒の状況（年間30日以上欠席した者のうち不登校を理由とする者）']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 5, '児童（小学校）');
    merge(ws, 4, 6, 4, 9, '生徒（中学校）');
    put(ws, 5, 2, ['学校数', '児童数', '不登校児童数', '不登校児童出現率', '学校数', '生徒数', '不登校生徒数', '不登校生徒出現率']);
    put(ws, 6, 1, ['（単位）', '校', '人', '人', '％', '校', '人', '人', '％']);
    band(ws, 4, 1, 6, 9);
    const years = ['令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度'];
    const rows = [
      [19, 6612, 58, 0.88, 8, 3301, 132, 4.0],
      [19, 6540, 66, 1.01, 8, 3265, 141, 4.32],
      [18, 6455, 79, 1.22, 8, 3230, 165, 5.11],
      [18, 6350, 95, 1.5, 8, 3188, 180, 5.65],
      [18, 6245, 105, 1.68, 8, 3120, 191, 6.12],
    ];
    years.forEach((y, i) => put(ws, 7 + i, 1, [y, ...rows[i]]));
    put(ws, 12, 1, ['目標値（令和５年度）', undefined, undefined, undefined, 1.2, undefined, undefined, undefined, 5.0]);
    fmt(ws, 7, 3, 11, 3, '#,##0');
    fmt(ws, 7, 7, 11, 7, '#,##0');
    fmt(ws, 7, 5, 12, 5, '0.00');
    fmt(ws, 7, 9, 12, 9, '0.00');
    box(ws, 4, 1, 12, 9);
    put(ws, 13, 1, ['※出現率＝不登校児童（生徒）数÷児童（生徒）数×100。出現率は減少を目指す指標であり、目標値以下で達成とする。']);
    put(ws, 14, 1, ['※学校数・児童生徒数は各年度5月1日現在（学校基本調査）。']);

    put(ws, 16, 1, ['２　いじめの認知・解消の状況']);
    merge(ws, 17, 1, 18, 1, '年度');
    merge(ws, 17, 2, 17, 3, 'いじめ認知件数（件）');
    merge(ws, 17, 4, 17, 5, 'いじめ解消率（％）');
    put(ws, 18, 2, ['小学校', '中学校', '小学校', '中学校']);
    band(ws, 17, 1, 18, 5);
    const ijime = [
      [388, 120, 92.0, 94.2],
      [301, 96, 90.7, 95.8],
      [356, 104, 89.9, 93.3],
      [397, 110, 90.2, 96.4],
      [412, 98, 88.6, 97.1],
    ];
    years.forEach((y, i) => put(ws, 19 + i, 1, [y, ...ijime[i]]));
    put(ws, 24, 1, ['目標値（令和５年度）', undefined, undefined, 95.0, 95.0]);
    fmt(ws, 19, 4, 24, 5, '0.0');
    box(ws, 17, 1, 24, 5);
    put(ws, 25, 1, ['※解消率は当該年度に認知したいじめのうち、年度末時点で解消しているものの割合。']);

    const ws2 = sheet(wb, '教育相談', [18, 14, 14, 14, 16]);
    title(ws2, 1, 1, 5, '３　教育相談の状況');
    put(ws2, 3, 1, [
      '年度',
      '教育支援センター\n通室児童生徒数（人）',
      'うち学校復帰・\n進学者数（人）',
      '学校復帰・\n進学率（％）',
      'スクールソーシャル\nワーカー支援件数（件）',
    ]);
    band(ws2, 3, 1, 3, 5);
    ws2.getRow(3).height = 44;
    const soudan = [
      [31, 12, 38.7, 198],
      [35, 12, 34.3, 224],
      [38, 13, 34.2, 241],
      [40, 13, 32.5, 268],
      [44, 16, 36.4, 287],
    ];
    years.forEach((y, i) => put(ws2, 4 + i, 1, [y, ...soudan[i]]));
    put(ws2, 9, 1, ['目標値（令和５年度）', undefined, undefined, 40.0, 300]);
    fmt(ws2, 4, 4, 9, 4, '0.0');
    box(ws2, 3, 1, 9, 5);
  },
  expected: {
    file: 'h117-futoko-nendo-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('不登校・いじめ', '不登校児童出現率', '％', 1.2, 1.68, { direction: 'down' }),
      ind('不登校・いじめ', '不登校生徒出現率', '％', 5.0, 6.12, { direction: 'down' }),
      ind('不登校・いじめ', 'いじめ解消率（小学校）', '％', 95, 88.6),
      ind('不登校・いじめ', 'いじめ解消率（中学校）', '％', 95, 97.1),
      ind('教育相談', '学校復帰・進学率', '％', 40, 36.4),
      ind('教育相談', 'スクールソーシャルワーカー支援件数', '件', 300, 287),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 6. 事務事業評価シート, one sheet per 事業: label｜value header, 事業費 in 千円, an indicator table with 方向 and a written 達成度.

interface Card {
  sheet: string;
  jigyo: string;
  ka: string;
  shisaku: string;
  purpose: string;
  cost: [number, number, number];
  rows: { kind: string; name: string; unit: string; arrow: '↑' | '↓'; r5: number; t6: number; a6: number; t7: number; grade: string }[];
  next: string;
}

const cards: Card[] = [
  {
    sheet: '部活動地域移行',
    jigyo: '部活動地域移行推進事業',
    ka: '学校教育課・スポーツ振興課',
    shisaku: '2-3　持続可能な部活動の推進',
    purpose: '少子化の中でも生徒が継続してスポーツ・文化芸術活動に親しめるよう、休日の部活動を地域クラブ活動へ段階的に移行する。',
    cost: [4820, 12350, 15000],
    rows: [
      { kind: '活動指標', name: '地域クラブ活動の運営団体数', unit: '団体', arrow: '↑', r5: 2, t6: 5, a6: 4, t7: 8, grade: 'B' },
      { kind: '成果指標', name: '休日の部活動を地域移行した中学校の割合', unit: '％', arrow: '↑', r5: 12.5, t6: 50.0, a6: 37.5, t7: 100.0, grade: 'C' },
      { kind: '成果指標', name: '地域クラブ活動に参加する生徒数', unit: '人', arrow: '↑', r5: 85, t6: 300, a6: 312, t7: 500, grade: 'A' },
    ],
    next: '拡充',
  },
  {
    sheet: '学校施設長寿命化',
    jigyo: '学校施設長寿命化改修事業',
    ka: '教育総務課',
    shisaku: '2-1　学びを支える教育環境の充実',
    purpose: '学校施設長寿命化計画に基づき、築40年以上の校舎の改修を計画的に行い、安全で快適な学習環境を確保する。',
    cost: [486300, 612480, 598000],
    rows: [
      { kind: '活動指標', name: '長寿命化改修工事を実施した棟数', unit: '棟', arrow: '↑', r5: 3, t6: 4, a6: 4, t7: 4, grade: 'A' },
      { kind: '成果指標', name: '建築後40年以上経過した未改修校舎の割合', unit: '％', arrow: '↓', r5: 41.0, t6: 35.0, a6: 38.2, t7: 30.0, grade: 'A' },
    ],
    next: '継続',
  },
  {
    sheet: '学校給食センター',
    jigyo: '学校給食センター運営事業',
    ka: '学校給食センター',
    shisaku: '2-4　安全・安心でおいしい学校給食の提供',
    purpose: '安全・安心な学校給食を安定的に提供するとともに、地場産物を活用した食育を推進する。',
    cost: [318900, 324150, 330200],
    rows: [
      { kind: '活動指標', name: '給食提供日数', unit: '日', arrow: '↑', r5: 193, t6: 195, a6: 195, t7: 195, grade: 'A' },
      { kind: '成果指標', name: '学校給食の残食率', unit: '％', arrow: '↓', r5: 6.8, t6: 6.0, a6: 6.3, t7: 5.5, grade: 'B' },
      { kind: '成果指標', name: '学校給食における地場産物使用割合（金額ベース）', unit: '％', arrow: '↑', r5: 27.0, t6: 30.0, a6: 29.1, t7: 32.0, grade: 'A' },
    ],
    next: '継続',
  },
];

const jimuJigyo: Holdout2Workbook = {
  name: 'h117-jimujigyo-cards',
  layout:
    'one 事務事業評価シート per sheet (部活動地域移行, 学校施設長寿命化, 学校給食センター): 事業名｜担当課 label cells, 事業費（千円） 決算・予算 figures, an indicator table 区分｜指標名｜単位｜方向｜令和５年度実績｜令和６年度目標｜令和６年度実績｜令和７年度目標｜達成度',
  build(wb) {
    for (const c of cards) {
      const ws = sheet(wb, c.sheet, [12, 34, 8, 6, 12, 12, 12, 12, 8]);
      title(ws, 1, 1, 9, '令和６年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 4, c.jigyo);
      put(ws, 3, 5, ['担当課']);
      merge(ws, 3, 6, 3, 9, c.ka);
      put(ws, 4, 1, ['基本方針']);
      merge(ws, 4, 2, 4, 9, '２　安全・安心で質の高い教育環境の整備');
      put(ws, 5, 1, ['施策']);
      merge(ws, 5, 2, 5, 9, c.shisaku);
      put(ws, 6, 1, ['事業の目的']);
      merge(ws, 6, 2, 6, 9, c.purpose);
      ws.getRow(6).height = 36;
      put(ws, 7, 1, ['事業費（千円）', '令和５年度決算', c.cost[0], undefined, '令和６年度決算', c.cost[1], '令和７年度予算', c.cost[2]]);
      fmt(ws, 7, 3, 7, 8, '#,##0');
      band(ws, 3, 1, 7, 1);
      box(ws, 3, 1, 7, 9);
      put(ws, 9, 1, ['■ 指標']);
      put(ws, 10, 1, ['区分', '指標名', '単位', '方向', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '令和７年度\n目標', '達成度']);
      band(ws, 10, 1, 10, 9);
      ws.getRow(10).height = 32;
      c.rows.forEach((r, i) => put(ws, 11 + i, 1, [r.kind, r.name, r.unit, r.arrow, r.r5, r.t6, r.a6, r.t7, r.grade]));
      const last = 10 + c.rows.length;
      wrap(ws, 11, 2, last, 2);
      box(ws, 10, 1, last, 9);
      put(ws, last + 1, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
      put(ws, last + 2, 1, ['※達成度　A：目標達成（100％以上）　B：80％以上　C：60％以上　D：60％未満']);
      put(ws, last + 4, 1, ['今後の方向性', c.next]);
      put(ws, last + 5, 1, ['改善内容']);
      merge(ws, last + 5, 2, last + 7, 9, '');
      box(ws, last + 4, 1, last + 7, 9);
    }
  },
  expected: {
    file: 'h117-jimujigyo-cards.xlsx',
    fiscalYear: 2024,
    indicators: cards.flatMap((c) =>
      c.rows.map((r): ExpectedIndicator => ind(c.sheet, r.name, r.unit, r.t6, r.a6, { direction: r.arrow === '↓' ? 'down' : 'up', existing: r.grade })),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 7. GIGAスクール 推進状況: each indicator a row, 令和５年度実績｜令和６年度目標値｜令和６年度実績値 each split 小学校｜中学校.

const giga = [
  {
    name: '授業でICT機器を「ほぼ毎日」活用している児童生徒の割合',
    unit: '％',
    r5: [78.0, 70.2],
    t: [80.0, 80.0],
    a: [84.2, 76.5],
    src: '全国学力・学習状況調査',
  },
  { name: '端末を家庭に持ち帰って学習に活用した児童生徒の割合', unit: '％', r5: [35.2, 52.0], t: [50.0, 60.0], a: [38.9, 61.3], src: '市教育委員会調査' },
  {
    name: '情報モラル教育を年間指導計画に位置付けている学校の割合',
    unit: '％',
    r5: [94.4, 87.5],
    t: [100.0, 100.0],
    a: [100.0, 87.5],
    src: '市教育委員会調査',
  },
  { name: 'ICT支援員の1校当たり年間訪問回数', unit: '回', r5: [22, 20], t: [24, 24], a: [26, 22], src: 'ICT支援業務報告' },
  { name: 'ICT機器の活用に不安を感じる教員の割合', unit: '％', r5: [18.5, 24.0], t: [15.0, 20.0], a: [12.8, 21.6], src: '教員ICT活用アンケート' },
];

const gigaPairs: Holdout2Workbook = {
  name: 'h117-giga-pairs',
  layout:
    'GIGAスクール推進状況, FY2024: 令和５年度実績｜令和６年度目標値｜令和６年度実績値 each split 小学校｜中学校 under two heading rows, 学校数 in the subtitle, one 減少 indicator named by its No. in a note',
  build(wb) {
    const ws = sheet(wb, 'GIGAスクール', [5, 44, 6, 9, 9, 9, 9, 9, 9, 22]);
    title(ws, 1, 1, 10, '令和６年度　GIGAスクール構想の推進状況（教育委員会の点検・評価　参考資料）');
    put(ws, 2, 1, ['対象：市立小学校18校（児童6,180人）・中学校8校（生徒3,095人）　令和６年５月１日現在']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 4, 5, '令和５年度実績');
    merge(ws, 4, 6, 4, 7, '令和６年度目標値');
    merge(ws, 4, 8, 4, 9, '令和６年度実績値');
    merge(ws, 4, 10, 5, 10, '出典');
    put(ws, 5, 4, ['小学校', '中学校', '小学校', '中学校', '小学校', '中学校']);
    band(ws, 4, 1, 5, 10);
    giga.forEach((g, i) => put(ws, 6 + i, 1, [i + 1, g.name, g.unit, ...g.r5, ...g.t, ...g.a, g.src]));
    const last = 5 + giga.length;
    wrap(ws, 6, 2, last, 2);
    box(ws, 4, 1, last, 10);
    put(ws, last + 1, 1, ['※No.5は減少を目指す指標（目標値以下で達成）。その他は増加を目指す指標。']);
    put(ws, last + 2, 1, ['※令和６年度に１人１台端末の更新計画を策定（端末更新は令和７年度予定）。']);
  },
  expected: {
    file: 'h117-giga-pairs.xlsx',
    fiscalYear: 2024,
    indicators: giga.flatMap((g, i) =>
      (['小学校', '中学校'] as const).map((s, k) => ind('GIGAスクール', `${g.name}（${s}）`, g.unit, g.t[k], g.a[k], i === 4 ? { direction: 'down' } : {})),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 8. 学校給食・食育: targets on 指標一覧, actuals on 実績 under short names, joined by 指標ID; a third sheet of opinions.

const kyushoku = [
  {
    id: 'K-01',
    name: '学校給食における地場産物の使用割合（金額ベース）',
    short: '地場産物割合（金額）',
    unit: '％',
    arrow: '↑',
    base: 26.0,
    t5: 30.0,
    t7: 32.0,
    a: 32.4 as number | string,
    last: 29.6,
  },
  {
    id: 'K-02',
    name: '学校給食における国産食材の使用割合（金額ベース）',
    short: '国産食材割合（金額）',
    unit: '％',
    arrow: '↑',
    base: 87.0,
    t5: 90.0,
    t7: 92.0,
    a: 88.1,
    last: 88.4,
  },
  { id: 'K-03', name: '学校給食の残食率', short: '残食率', unit: '％', arrow: '↓', base: 6.9, t5: 6.0, t7: 5.5, a: 7.1, last: 6.6 },
  { id: 'K-04', name: '朝食を毎日食べる児童生徒の割合', short: '朝食摂取率', unit: '％', arrow: '↑', base: 85.5, t5: 90.0, t7: 92.0, a: '集計中', last: 86.2 },
  {
    id: 'K-05',
    name: '栄養教諭等による食に関する指導の実施回数',
    short: '食の指導回数',
    unit: '回',
    arrow: '↑',
    base: 310,
    t5: 360,
    t7: 400,
    a: 298,
    last: 331,
  },
  { id: 'K-06', name: '学校給食における異物混入件数', short: '異物混入', unit: '件', arrow: '↓', base: 5, t5: 0, t7: 0, a: 3, last: 4 },
  { id: 'K-07', name: '給食センター衛生管理点検の実施回数', short: '衛生点検', unit: '回', arrow: '↑', base: 12, t5: 12, t7: 12, a: 12, last: 12 },
];

const kyushokuSplit: Holdout2Workbook = {
  name: 'h117-kyushoku-split',
  layout:
    'split sheets: 指標一覧 (指標ID｜施策｜指標名｜単位｜方向｜基準値（R3）｜目標値（R5）｜目標値（R7）) and 実績 (指標ID｜略称｜令和５年度実績値｜令和４年度｜出典) joined by ID, one 集計中, a 目標 of 0件 for a ↓ indicator, an opinions sheet',
  build(wb) {
    const ws = sheet(wb, '指標一覧', [8, 22, 44, 6, 6, 12, 12, 12]);
    title(ws, 1, 1, 8, '令和５年度　学校給食・食育の推進に係る指標（点検・評価）');
    put(ws, 3, 1, ['指標ID', '施策', '指標名', '単位', '方向', '基準値\n（令和３年度）', '目標値\n（令和５年度）', '目標値\n（令和７年度）']);
    band(ws, 3, 1, 3, 8);
    ws.getRow(3).height = 32;
    merge(ws, 4, 2, 5, 2, '2-4-1　地産地消の推進');
    merge(ws, 6, 2, 8, 2, '2-4-2　食育の推進');
    merge(ws, 9, 2, 10, 2, '2-4-3　安全・安心な給食の提供');
    const order = [0, 1, 2, 3, 4, 5, 6];
    order.forEach((k, i) => {
      const x = kyushoku[k];
      put(ws, 4 + i, 1, [x.id]);
      put(ws, 4 + i, 3, [x.name, x.unit, x.arrow, x.base, x.t5, x.t7]);
    });
    wrap(ws, 4, 3, 10, 3);
    box(ws, 3, 1, 10, 8);
    put(ws, 11, 1, ['※方向　↑：数値の増加を目指す　↓：数値の減少を目指す（目標値以下で達成）']);

    const ws2 = sheet(wb, '実績', [8, 20, 14, 12, 36]);
    title(ws2, 1, 1, 5, '令和５年度　実績値');
    put(ws2, 3, 1, ['指標ID', '指標（略称）', '令和５年度\n実績値', '（参考）\n令和４年度', '出典・備考']);
    band(ws2, 3, 1, 3, 5);
    ws2.getRow(3).height = 32;
    const notes: Record<string, string> = {
      'K-01': '学校給食における地場産物・国産食材の使用状況調査',
      'K-02': '同上',
      'K-03': '給食センター残食量調査（年2回）の平均',
      'K-04': '市児童生徒生活実態調査（令和５年度調査分を集計中）',
      'K-05': '栄養教諭・学校栄養職員の活動記録',
      'K-06': '異物混入報告書（いずれも健康被害なし）',
      'K-07': '毎月1回実施',
    };
    // Rows in another order than 指標一覧, as the 実績 sheet is filled by section.
    const rows = ['K-03', 'K-01', 'K-02', 'K-06', 'K-07', 'K-05', 'K-04'];
    rows.forEach((id, i) => {
      const x = kyushoku.find((y) => y.id === id)!;
      put(ws2, 4 + i, 1, [x.id, x.short, x.a, x.last, notes[id]]);
    });
    box(ws2, 3, 1, 10, 5);

    const ws3 = sheet(wb, '学識経験者の意見', [100]);
    title(ws3, 1, 1, 1, '学識経験者の意見（学校給食・食育）', 12);
    put(ws3, 3, 1, [
      '地場産物の使用割合は目標を上回っており評価できる。一方、残食率は前年度より悪化しており、献立の工夫や食育との連携が求められる。異物混入は3件（いずれも健康被害なし）であり、目標の0件に向けて検品体制の一層の強化を期待する。',
    ]);
    wrap(ws3, 3, 1, 3, 1);
    ws3.getRow(3).height = 80;
  },
  expected: {
    file: 'h117-kyushoku-split.xlsx',
    fiscalYear: 2023,
    indicators: kyushoku.map((x) =>
      typeof x.a === 'number'
        ? ind('指標一覧', x.name, x.unit, x.t5, x.a, { direction: x.arrow === '↓' ? 'down' : 'up' })
        : ind('指標一覧', x.name, x.unit, x.t5, null, { actualStatus: 'pending' }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [futoko, jimuJigyo, gigaPairs, kyushokuSplit];
