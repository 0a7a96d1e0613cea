/**
 * Hold-out 34, sector plans (個別計画の進捗管理表): 子ども・子育て支援事業計画, 地域福祉計画, 環境基本計画,
 * 観光振興計画, 健康増進計画, 教育振興基本計画 — each laid out the way another city office would.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const title = (ws: Worksheet, cell: string, text: string) => {
  ws.getCell(cell).value = text;
  ws.getCell(cell).font = { bold: true, size: 14 };
};

/** 子ども・子育て支援事業計画: three rows per 事業 (量の見込み / 確保方策（目標） / 実績), year columns, the name merged down. */
const kosodate: Holdout2Workbook = {
  name: 'h34-01-kosodate-mikomi-kakuho',
  layout: '子ども・子育て支援事業計画: 量の見込み / 確保方策（目標） / 実績 rows per 事業 over R2–R6 columns, name merged over three rows, unit column',
  build(wb) {
    const ws = wb.addWorksheet('地域子ども・子育て支援事業');
    title(ws, 'A1', '第２期にこにこ市子ども・子育て支援事業計画　進捗状況（令和５年度実績）');
    ws.getCell('A2').value = '※評価は、確保方策（目標）に対する実績の割合により行う。量の見込みは参考値。';
    put(ws, 4, 1, ['事業名', '区分', '単位', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '備考']);
    const rows: [string, string, (number | string | null)[][], string?][] = [
      [
        '延長保育事業',
        '人',
        [
          [1210, 1230, 1240, 1250, 1260],
          [1250, 1280, 1300, 1300, 1320],
          [1096, 1133, '1,158', '1,184', null],
        ],
      ],
      [
        '放課後児童健全育成事業（放課後児童クラブ）',
        '人',
        [
          [1980, 2030, 2080, 2120, 2160],
          [2000, 2060, 2100, 2140, 2180],
          [1954, 2041, 2099, '2,187', null],
        ],
        '１クラブ新設',
      ],
      [
        '一時預かり事業（幼稚園型以外）',
        '人日',
        [
          [9500, 9600, 9700, 9800, 9900],
          [9800, 9800, 9800, 9800, 9800],
          [4210, 4876, 5120, '5,412', null],
        ],
        'コロナ禍以降利用減',
      ],
      [
        '病児保育事業',
        '人日',
        [
          [1400, 1420, 1440, 1460, 1480],
          [1460, 1460, 1460, 1460, 1460],
          [512, 744, 903, '1,020', null],
        ],
      ],
      [
        '地域子育て支援拠点事業',
        '箇所',
        [
          [7, 7, 8, 8, 8],
          [7, 8, 8, 8, 8],
          [7, 8, 8, 8, null],
        ],
      ],
    ];
    let r = 5;
    for (const [name, unit, vals, note] of rows) {
      ws.mergeCells(r, 1, r + 2, 1);
      ws.mergeCells(r, 3, r + 2, 3);
      ws.getCell(r, 1).value = name;
      ws.getCell(r, 3).value = unit;
      ['①量の見込み', '②確保方策（目標）', '③実績'].forEach((k, i) => put(ws, r + i, 2, [k, undefined, ...vals[i]]));
      if (note) ws.getCell(r + 2, 9).value = note;
      r += 3;
    }
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h34-01-kosodate-mikomi-kakuho.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('地域子ども・子育て支援事業', '延長保育事業', '人', 1300, 1184),
      ind('地域子ども・子育て支援事業', '放課後児童健全育成事業（放課後児童クラブ）', '人', 2140, 2187),
      ind('地域子ども・子育て支援事業', '一時預かり事業（幼稚園型以外）', '人日', 9800, 5412),
      ind('地域子ども・子育て支援事業', '病児保育事業', '人日', 1460, 1020),
      ind('地域子ども・子育て支援事業', '地域子育て支援拠点事業', '箇所', 8, 8),
    ],
    groups: [],
  },
};

/** 地域福祉計画: a 年度別推移 table (with a 見込み column past the evaluation year) and below it a separate 評価 table. */
const fukushi: Holdout2Workbook = {
  name: 'h34-02-fukushi-trend-and-eval',
  layout:
    '地域福祉計画: 年度別推移 table H30–R4 plus a 令和５年度（見込み） column, then a separate ２ 評価（令和４年度） table with 目標値・実績・達成率・評価',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    title(ws, 'A1', '第４次みどり野市地域福祉計画　成果指標の状況');
    ws.getCell('A3').value = '１　年度別推移';
    put(ws, 4, 1, ['指標', '単位', '平成30年度', '令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度（見込み）']);
    const trend: [string, string, number[]][] = [
      ['地域の支え合い活動に参加している市民の割合', '％', [27.4, 28.0, 24.1, 26.9, 31.5, 33.0]],
      ['民生委員・児童委員の相談支援件数', '件', [5420, 5611, 5902, 6010, 6215, 6300]],
      ['ボランティアセンター登録者数', '人', [1388, 1402, 1350, 1433, 1512, 1560]],
      ['生活困窮者自立相談支援の新規相談受付件数', '件', [188, 214, 402, 311, 262, 250]],
      ['避難行動要支援者の個別避難計画作成率', '％', [12.5, 20.3, 31.0, 44.8, 58.3, 70.0]],
    ];
    trend.forEach(([n, u, v], i) => put(ws, 5 + i, 1, [n, u, ...v]));
    ws.getCell('A11').value = '※令和５年度は見込み値';
    ws.getCell('A13').value = '２　評価（令和４年度）';
    put(ws, 14, 1, ['指標', '計画策定時（平成30年度）', '目標値（令和７年度）', '令和４年度実績', '達成率', '評価']);
    const ev: [string, string, string, string, string][] = [
      ['地域の支え合い活動に参加している市民の割合', '27.4％', '40.0％', '31.5％', 'C'],
      ['民生委員・児童委員の相談支援件数', '5,420件', '6,000件', '6,215件', 'A'],
      ['ボランティアセンター登録者数', '1,388人', '1,800人', '1,512人', 'B'],
      ['生活困窮者自立相談支援の新規相談受付件数', '188件', '300件', '262件', 'B'],
      ['避難行動要支援者の個別避難計画作成率', '12.5％', '100％', '58.3％', 'D'],
    ];
    const rates = ['78.8%', '103.6%', '84.0%', '87.3%', '58.3%'];
    ev.forEach(([n, b, t, a, g], i) => put(ws, 15 + i, 1, [n, b, t, a, rates[i], g]));
    ws.getCell('A21').value = '評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満';
    ws.getColumn(1).width = 44;
  },
  expected: {
    file: 'h34-02-fukushi-trend-and-eval.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('成果指標', '地域の支え合い活動に参加している市民の割合', '％', 40, 31.5, { existing: 'C' }),
      ind('成果指標', '民生委員・児童委員の相談支援件数', '件', 6000, 6215, { existing: 'A' }),
      ind('成果指標', 'ボランティアセンター登録者数', '人', 1800, 1512, { existing: 'B' }),
      ind('成果指標', '生活困窮者自立相談支援の新規相談受付件数', '件', 300, 262, { existing: 'B' }),
      ind('成果指標', '避難行動要支援者の個別避難計画作成率', '％', 100, 58.3, { existing: 'D' }),
    ],
    groups: [],
  },
};

/** 環境基本計画: 基準年度・基準値 columns, one target written only as a 削減率 from the base year, 目指す方向 column. */
const kankyo: Holdout2Workbook = {
  name: 'h34-03-kankyo-kijun-sakugen',
  layout: '環境基本計画: 基準年度 / 基準値 / 目標 columns, the GHG target only as 基準年度比46％削減, 目指す方向 増加/減少 column, units in their own column',
  build(wb) {
    const ws = wb.addWorksheet('環境指標');
    title(ws, 'B2', 'さくら川市環境基本計画（第３次）　環境指標の進捗状況');
    ws.getCell('B3').value = '対象年度：令和５年度';
    put(ws, 5, 2, ['環境指標', '単位', '基準年度', '基準値', '目標（令和12年度）', '令和５年度実績', '目指す方向', '備考']);
    const rows: (string | number)[][] = [
      ['市域の温室効果ガス排出量', '千t-CO2', '平成25年度', 1250, '基準年度比46％削減', 912, '減少', '国の削減目標に準拠'],
      ['市民１人１日当たりのごみ排出量', 'g', '令和元年度', 925, 850, 871, '減少', ''],
      ['ごみのリサイクル率', '％', '令和元年度', 18.2, 25, 19.6, '増加', ''],
      ['太陽光発電設備を導入した公共施設数', '施設', '令和元年度', 12, 30, 31, '増加', '累計'],
      ['市民１人当たりの都市公園面積', '㎡', '令和元年度', 9.8, 10.5, 10.1, '増加', ''],
      ['河川のBOD環境基準達成率', '％', '令和元年度', 83.3, 100, 100, '増加', '全12地点'],
    ];
    rows.forEach((v, i) => put(ws, 6 + i, 2, v));
    ws.getColumn(2).width = 38;
  },
  expected: {
    file: 'h34-03-kankyo-kijun-sakugen.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('環境指標', '市域の温室効果ガス排出量', '千t-CO2', 1250 * (1 - 0.46), 912, { direction: 'down' }),
      ind('環境指標', '市民１人１日当たりのごみ排出量', 'g', 850, 871, { direction: 'down' }),
      ind('環境指標', 'ごみのリサイクル率', '％', 25, 19.6),
      ind('環境指標', '太陽光発電設備を導入した公共施設数', '施設', 30, 31),
      ind('環境指標', '市民１人当たりの都市公園面積', '㎡', 10.5, 10.1),
      ind('環境指標', '河川のBOD環境基準達成率', '％', 100, 100),
    ],
    groups: [],
    guesses: ['target-from-baseline'],
  },
};

/** 観光振興計画: years as rows (2019年度…2023年度, 目標値（2027年度）), indicators as columns with units in the headings. */
const kanko: Holdout2Workbook = {
  name: 'h34-04-kanko-years-as-rows',
  layout:
    '観光振興計画: years as rows (2019年度–2023年度 then a spacer and 目標値（2027年度）), indicators as columns, units in headings, 2023 row as comma text',
  build(wb) {
    const ws = wb.addWorksheet('数値目標');
    title(ws, 'A1', 'うみかぜ市観光振興計画　数値目標の推移（2023年度評価）');
    put(ws, 3, 1, ['年度', '観光入込客数（千人）', '宿泊者数（人泊）', '観光消費額（百万円）', '外国人宿泊者数（人泊）', '観光案内所利用者数（人）']);
    put(ws, 4, 1, ['2019年度', 3105, 401220, 17240, 21880, 57420]);
    put(ws, 5, 1, ['2020年度', 1620, 198400, 7310, 1020, 22110]);
    put(ws, 6, 1, ['2021年度', 1884, 240300, 8120, 880, 28950]);
    put(ws, 7, 1, ['2022年度', 2450, 352100, 9870, 6420, 39870]);
    put(ws, 8, 1, ['2023年度', '2,874', '436,120', '10,990', '16,240', '48,100']);
    put(ws, 10, 1, ['目標値（2027年度）', 3200, 420000, 18500, 25000, 60000]);
    ws.getCell('A12').value = '出典：観光動態調査（各年度末集計）';
    ws.getColumn(1).width = 20;
  },
  expected: {
    file: 'h34-04-kanko-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('数値目標', '観光入込客数', '千人', 3200, 2874),
      ind('数値目標', '宿泊者数', '人泊', 420000, 436120),
      ind('数値目標', '観光消費額', '百万円', 18500, 10990),
      ind('数値目標', '外国人宿泊者数', '人泊', 25000, 16240),
      ind('数値目標', '観光案内所利用者数', '人', 60000, 48100),
    ],
    groups: [],
  },
};

const KENKO: [string, string, number, number, number, '増' | '減'][] = [
  ['肥満者（BMI25以上）の割合（40～60歳代）', '男性', 33.5, 28, 35.2, '減'],
  ['肥満者（BMI25以上）の割合（40～60歳代）', '女性', 21.4, 19, 18.7, '減'],
  ['１日の歩数が8,000歩以上の人の割合', '男性', 38.1, 45, 40.3, '増'],
  ['１日の歩数が8,000歩以上の人の割合', '女性', 30.2, 40, 29, '増'],
  ['20歳以上の者の喫煙率', '男性', 26.9, 20, 24.4, '減'],
  ['20歳以上の者の喫煙率', '女性', 7.1, 5, 6.3, '減'],
];

/** 健康増進計画: 男性/女性 sub-rows under a name merged over two rows, 分野 column, 方向 増/減, unit in a note above. */
const kenko: Holdout2Workbook = {
  name: 'h34-05-kenko-danjo-subrows',
  layout: '健康増進計画: 男性/女性 sub-rows under names merged over two rows, 分野 column, 方向 増/減, 単位：％ note, 評価年度 in its own row',
  build(wb) {
    const ws = wb.addWorksheet('評価指標');
    title(ws, 'A1', '健康やまびこ21（第３次）評価指標一覧');
    ws.getCell('A2').value = '評価年度：令和5年度';
    ws.getCell('G3').value = '（単位：％）';
    put(ws, 4, 1, ['分野', '指標', '区分', '策定時（R1）', '目標値（R11）', '現状値（R5）', '方向']);
    const fields = ['栄養・食生活', '身体活動・運動', '喫煙'];
    KENKO.forEach(([n, sex, b, t, a, d], i) => {
      const r = 5 + i;
      if (i % 2 === 0) {
        ws.mergeCells(r, 1, r + 1, 1);
        ws.mergeCells(r, 2, r + 1, 2);
        ws.mergeCells(r, 7, r + 1, 7);
        put(ws, r, 1, [fields[i / 2], n]);
        ws.getCell(r, 7).value = d;
      }
      put(ws, r, 3, [sex, b, t, a]);
    });
    put(ws, 11, 1, ['がん検診', '胃がん検診受診率', '－', 8.9, 15, 9.8, '増']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h34-05-kenko-danjo-subrows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...KENKO.map(([n, sex, , t, a, d]) => ind('評価指標', `${n}（${sex}）`, '％', t, a, { direction: d === '減' ? 'down' : 'up' })),
      ind('評価指標', '胃がん検診受診率', '％', 15, 9.8),
    ],
    groups: [],
  },
};

/** 教育振興基本計画: figures as text with units, a target "1.5％以下", 集計中, full-width grades in 評価. */
const kyoiku: Holdout2Workbook = {
  name: 'h34-06-kyoiku-tenken',
  layout:
    '教育振興基本計画 点検・評価: 基本方針/施策 columns merged down, values as text with units, target "1.5％以下" (down), 集計中, full-width Ａ–Ｄ in 評価',
  build(wb) {
    const ws = wb.addWorksheet('R5点検評価');
    title(ws, 'A1', 'ひかり台市教育振興基本計画　令和5年度 点検・評価シート');
    put(ws, 3, 1, ['基本方針', '施策', '成果指標', '基準値（年度）', '目標値（令和８年度）', '実績値（令和５年度）', '評価', '備考']);
    const rows: string[][] = [
      ['確かな学力の育成', '学力向上', '全国学力・学習状況調査で全国平均以上の教科の割合', '50.0%（R3）', '100%', '50.0%', 'Ｄ', '２教科中１教科'],
      ['', '', '「学校に行くのが楽しい」と答えた児童生徒の割合', '84.2%（R3）', '90.0%', '86.1%', 'Ｂ', ''],
      ['豊かな心の育成', '不登校対策', '不登校児童生徒の割合', '1.9%（R3）', '1.5%以下', '2.1%', 'Ｃ', '減少を目指す'],
      ['生涯学習の推進', '図書館', '市立図書館の市民１人当たり貸出冊数', '5.2冊（R3）', '6.0冊', '集計中', '', '８月公表予定'],
      ['', '公民館', '公民館講座の参加者数', '8,120人（R3）', '12,000人', '9,684人', 'Ｂ', ''],
      ['教育環境の整備', '学校施設', '学校施設のトイレ洋式化率', '62.0%（R3）', '80%', '81.5%', 'Ａ', ''],
    ];
    rows.forEach((v, i) =>
      put(
        ws,
        4 + i,
        1,
        v.map((x) => x || undefined),
      ),
    );
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:B5');
    ws.mergeCells('A7:A8');
    ws.getCell('A11').value = '評価　Ａ：目標達成　Ｂ：８割以上　Ｃ：６割以上　Ｄ：６割未満';
    ws.getColumn(3).width = 46;
  },
  expected: {
    file: 'h34-06-kyoiku-tenken.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('R5点検評価', '全国学力・学習状況調査で全国平均以上の教科の割合', '%', 100, 50, { existing: 'D' }),
      ind('R5点検評価', '「学校に行くのが楽しい」と答えた児童生徒の割合', '%', 90, 86.1, { existing: 'B' }),
      ind('R5点検評価', '不登校児童生徒の割合', '%', 1.5, 2.1, { direction: 'down', existing: 'C' }),
      ind('R5点検評価', '市立図書館の市民１人当たり貸出冊数', '冊', 6, null, { actualStatus: 'pending' }),
      ind('R5点検評価', '公民館講座の参加者数', '人', 12000, 9684, { existing: 'B' }),
      ind('R5点検評価', '学校施設のトイレ洋式化率', '%', 80, 81.5, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [kosodate, fukushi, kankyo, kanko, kenko, kyoiku];
