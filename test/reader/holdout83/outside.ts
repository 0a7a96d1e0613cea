/** Hold-out 83, part 2: four documents outside the families (環境基本計画, 教育振興基本計画, 健康づくり, 文化・スポーツ施設). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// 環境基本計画: CO2 排出量 in 千t-CO2 with the target 「2013年度比△46％」 and an actual two years old, other targets for 令和12年度.
const E1 = '指標の進捗';
const kankyo: Holdout2Workbook = {
  name: 'h83-kankyo-co2-plan',
  layout:
    '環境基本計画の年次報告: 基準値（年度つき）・目標値（令和12年度）・令和5年度実績、CO2 排出量は千t-CO2 で目標「2013年度比△46％」・実績は2021年度の値（備考に2年遅れ）、減少/増加の列',
  build(wb) {
    const ws = wb.addWorksheet(E1);
    put(ws, 1, 1, ['第3次みずほ市環境基本計画　令和5年度 年次報告書　環境指標の進捗状況']);
    put(ws, 2, 7, ['環境政策課']);
    put(ws, 4, 1, ['No.', '環境指標', '単位', '基準値', '目標値\n（令和12年度）', '令和5年度実績', '目指す方向', '備考']);
    const rows: Cell[][] = [
      [
        1,
        '市域の温室効果ガス（CO2）排出量',
        '千t-CO2',
        '1,250\n（2013年度）',
        '2013年度比△46％',
        '1,012\n（2021年度）',
        '減少',
        '※国の統計の公表時期により、実績は2年前（2021年度）の値',
      ],
      [2, '市民1人1日当たりのごみ排出量', 'g', '912\n（令和元年度）', 850, 871, '減少'],
      [3, 'リサイクル率', '％', '17.8\n（令和元年度）', 25.0, 19.4, '増加'],
      [4, '太陽光発電設備を導入した公共施設数（累計）', '施設', '12\n（令和元年度）', 40, 27, '増加'],
      [5, '環境学習講座の参加者数', '人', '1,150\n（令和元年度）', 1500, 1620, '増加'],
      [6, '河川のBOD環境基準達成率', '％', '85.7\n（令和元年度）', 100, 100, '増加', '市内7地点'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※CO2排出量の目標は、国の地球温暖化対策計画に合わせ2030年度（令和12年度）に2013年度比46％削減。']);
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h83-kankyo-co2-plan.xlsx',
    fiscalYear: 2023,
    // 1,250 × (1 − 0.46) is arithmetic on the 基準値 cell, and the CO2 actual is the 2021年度 figure: both for a clerk to check.
    guesses: ['target-from-baseline', 'other-year'],
    indicators: [
      final(ind(E1, '市域の温室効果ガス（CO2）排出量', '千t-CO2', 675, 1012, { direction: 'down' })),
      final(ind(E1, '市民1人1日当たりのごみ排出量', 'g', 850, 871, { direction: 'down' })),
      final(ind(E1, 'リサイクル率', '％', 25.0, 19.4)),
      final(ind(E1, '太陽光発電設備を導入した公共施設数（累計）', '施設', 40, 27)),
      final(ind(E1, '環境学習講座の参加者数', '人', 1500, 1620)),
      final(ind(E1, '河川のBOD環境基準達成率', '％', 100, 100)),
    ],
    groups: [],
  },
};

// 学校教育: 全国学力・学習状況調査 as 全国平均比 in ポイント (「＋1.4」「△0.8」), a 自己評価 A–D, 「以下」 targets.
const S1 = '成果指標';
const gakko: Holdout2Workbook = {
  name: 'h83-gakko-zenkoku-hi',
  layout: '教育振興基本計画の成果指標: 全国学力・学習状況調査の全国平均比（ポイント、「＋1.4」「△0.8」と符号つきの文字）、「1.80以下」の目標、自己評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['みずほ市教育振興基本計画　令和5年度 成果指標の達成状況']);
    put(ws, 2, 7, ['教育委員会 学校教育課']);
    put(ws, 4, 1, ['基本目標', '成果指標', '単位', '基準値（令和元年度）', '令和5年度目標', '令和5年度実績', '自己評価', '備考']);
    const rows: Cell[][] = [
      ['1 確かな学力の育成', '全国学力・学習状況調査の全国平均比（小学校国語）', 'ポイント', '＋0.5', '＋1.0', '＋1.4', 'A', '平均正答率の全国平均との差'],
      [undefined, '全国学力・学習状況調査の全国平均比（小学校算数）', 'ポイント', '△0.3', '＋1.0', '＋0.9', 'A', '同上'],
      [undefined, '全国学力・学習状況調査の全国平均比（中学校国語）', 'ポイント', '＋0.2', '＋1.0', '△0.8', 'C', '同上'],
      [undefined, '全国学力・学習状況調査の全国平均比（中学校数学）', 'ポイント', '△1.5', '＋1.0', '＋0.7', 'B', '同上'],
      ['2 豊かな心の育成', '将来の夢や目標を持っている児童の割合（小学6年）', '％', 83.1, 85.0, 81.2, 'B', '全国学力・学習状況調査の質問紙'],
      [undefined, '不登校児童生徒の出現率', '％', 1.92, '1.80以下', 2.35, 'C', '小・中学校の合計'],
      ['3 読書活動の推進', '学校図書館の児童1人当たり年間貸出冊数', '冊', 52.6, 60, 63.4, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A8');
    ws.mergeCells('A9:A10');
    put(ws, 13, 1, ['※全国平均比は、本市の平均正答率から全国の平均正答率を引いた値（△はマイナス）。']);
    put(ws, 14, 1, ['自己評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h83-gakko-zenkoku-hi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '全国学力・学習状況調査の全国平均比（小学校国語）', 'ポイント', 1.0, 1.4, { existing: 'A' }),
      ind(S1, '全国学力・学習状況調査の全国平均比（小学校算数）', 'ポイント', 1.0, 0.9, { existing: 'A' }),
      ind(S1, '全国学力・学習状況調査の全国平均比（中学校国語）', 'ポイント', 1.0, -0.8, { existing: 'C' }),
      ind(S1, '全国学力・学習状況調査の全国平均比（中学校数学）', 'ポイント', 1.0, 0.7, { existing: 'B' }),
      ind(S1, '将来の夢や目標を持っている児童の割合（小学6年）', '％', 85.0, 81.2, { existing: 'B' }),
      ind(S1, '不登校児童生徒の出現率', '％', 1.8, 2.35, { direction: 'down', existing: 'C' }),
      ind(S1, '学校図書館の児童1人当たり年間貸出冊数', '冊', 60, 63.4, { existing: 'A' }),
    ],
    groups: [],
  },
};

// 健康づくり: each indicator on 男性 / 女性 / 全体 rows (the indicator merged down), targets only on the 全体 row.
const H1 = '進捗状況';
const kenko: Holdout2Workbook = {
  name: 'h83-kenko-sex-rows',
  layout: '健康づくり推進計画: 指標ごとに男性・女性・全体の3行（指標名・単位・方向は3行結合）、目標は全体の行だけ（男女は「－」）、1指標は全体の1行だけ',
  build(wb) {
    const ws = wb.addWorksheet(H1);
    put(ws, 1, 1, ['第2次みずほ市健康づくり推進計画　令和5年度 指標の進捗状況']);
    put(ws, 2, 8, ['健康推進課']);
    put(ws, 4, 1, ['指標', '区分', '単位', '策定時（令和元年度）', '令和4年度実績', '令和5年度目標', '令和5年度実績', '目指す方向']);
    const inds: [string, string, string, Cell[][], number][] = [
      // name, unit, direction, rows [策定時, R4, R5] for 男性・女性・全体, target (全体)
      [
        '特定健康診査の受診率',
        '％',
        '増加',
        [
          [36.5, 37.4, 38.2],
          [43.8, 44.9, 45.6],
          [40.3, 41.3, 42.1],
        ],
        45.0,
      ],
      [
        '成人の喫煙率',
        '％',
        '減少',
        [
          [27.9, 25.6, 24.8],
          [7.2, 6.5, 6.1],
          [16.8, 15.3, 14.9],
        ],
        13.0,
      ],
      [
        '運動習慣のある者の割合（20～64歳）',
        '％',
        '増加',
        [
          [24.1, 25.3, 26.0],
          [17.8, 18.6, 19.5],
          [20.9, 21.9, 22.6],
        ],
        30.0,
      ],
      [
        '肥満者（BMI25以上）の割合（40～74歳）',
        '％',
        '減少',
        [
          [32.0, 33.1, 33.4],
          [19.6, 20.0, 20.2],
          [25.5, 26.3, 26.5],
        ],
        25.0,
      ],
      [
        '1日の平均歩数（20～64歳）',
        '歩',
        '増加',
        [
          [7640, 7710, 7820],
          [6720, 6850, 6910],
          [7170, 7270, 7350],
        ],
        8000,
      ],
    ];
    let r = 5;
    const block = (name: string, unit: string, dir: string, rows: Cell[][], target: number, labels: string[]) => {
      rows.forEach((v, k) => {
        const last = k === rows.length - 1;
        put(ws, r + k, 2, [labels[k], undefined, v[0], v[1], last ? target : '－', v[2]]);
      });
      put(ws, r, 1, [name]);
      put(ws, r, 3, [unit]);
      put(ws, r, 8, [dir]);
      if (rows.length > 1) for (const c of ['A', 'C', 'H']) ws.mergeCells(`${c}${r}:${c}${r + rows.length - 1}`);
      r += rows.length;
    };
    for (const [name, unit, dir, rows, target] of inds.slice(0, 3)) block(name, unit, dir, rows, target, ['男性', '女性', '全体']);
    block('胃がん検診の受診率', '％', '増加', [[17.2, 19.8, 21.3]], 20.0, ['全体']);
    for (const [name, unit, dir, rows, target] of inds.slice(3)) block(name, unit, dir, rows, target, ['男性', '女性', '全体']);
    put(ws, r + 1, 1, ['※目標は市全体（男女計）の値について設定。男女別は参考値。']);
    put(ws, r + 2, 1, ['※出典：特定健康診査結果、市民健康意識調査（令和5年度）']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h83-kenko-sex-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(H1, '特定健康診査の受診率', '％', 45.0, 42.1),
      ind(H1, '成人の喫煙率', '％', 13.0, 14.9, { direction: 'down' }),
      ind(H1, '運動習慣のある者の割合（20～64歳）', '％', 30.0, 22.6),
      ind(H1, '胃がん検診の受診率', '％', 20.0, 21.3),
      ind(H1, '肥満者（BMI25以上）の割合（40～74歳）', '％', 25.0, 26.5, { direction: 'down' }),
      ind(H1, '1日の平均歩数（20～64歳）', '歩', 8000, 7350),
    ],
    groups: [],
  },
};

// 文化・スポーツ施設: 利用者数 per 施設 as rows under a section heading that names the indicator, the 合計 row carrying the target;
// the other indicators on a second sheet.
const B1 = '施設利用状況';
const B2 = 'その他の成果指標';
const culture: [string, number, number, number, string?][] = [
  ['市民会館', 82410, 95230, 101870],
  ['文化センター', 45120, 51880, 53040],
  ['美術館', 18230, 22410, 19880, '改修工事のため8月～10月休館'],
  ['郷土資料館', 6020, 6540, 6210],
];
const sports: [string, number, number, number, string?][] = [
  ['総合体育館', 121480, 133920, 142300],
  ['市民プール', 29870, 35110, 38650, '7月～9月の営業'],
  ['陸上競技場', 22150, 25630, 27480],
  ['武道館', 18840, 20310, 21140],
  ['市民球場', 10420, 11980, 12960],
];
const sum = (rows: [string, number, number, number, string?][], k: 1 | 2 | 3) => rows.reduce((a, r) => a + r[k], 0);
const bunka: Holdout2Workbook = {
  name: 'h83-bunka-facility-totals',
  layout:
    '文化・スポーツ施設の利用者数: 「成果指標1 文化施設の年間利用者数」の見出し行の下に施設ごとの行（目標は「－」）と合計の行（目標つき）、単位は表の上、ほかの指標は別シート',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和5年度　文化・スポーツ施設の利用状況（施策4-3 成果指標）']);
    put(ws, 2, 1, ['文化スポーツ課', undefined, undefined, undefined, undefined, '（単位：人）']);
    put(ws, 3, 1, ['成果指標／施設名', '令和3年度実績', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考']);
    let r = 4;
    const section = (title: string, rows: [string, number, number, number, string?][], target: number) => {
      put(ws, r, 1, [title]);
      ws.mergeCells(`A${r}:F${r}`);
      r++;
      for (const [name, r3, r4, r5, note] of rows) put(ws, r++, 1, [`　${name}`, r3, r4, '－', r5, note]);
      put(ws, r++, 1, ['合計', sum(rows, 1), sum(rows, 2), target, sum(rows, 3)]);
      r++;
    };
    section('成果指標1　文化施設の年間利用者数', culture, 190000);
    section('成果指標2　スポーツ施設の年間利用者数', sports, 240000);
    put(ws, r, 1, ['※各施設の利用者数は内訳（指定管理者の報告による）。成果指標は合計値で評価する。']);
    ws.getColumn(1).width = 36;
    const ws2 = wb.addWorksheet(B2);
    put(ws2, 1, 1, ['令和5年度　施策4-3 その他の成果指標']);
    put(ws2, 3, 1, ['成果指標', '単位', '令和5年度目標', '令和5年度実績', '備考']);
    const rows: Cell[][] = [
      ['市民文化祭の参加者数', '人', 6000, 5210, '出演・出展者を含む'],
      ['美術館企画展の開催数', '回', 6, 4, '改修工事による休館'],
      ['スポーツ教室の参加者数', '人', 3200, 3480],
      ['週1回以上スポーツをする成人の割合', '％', 55.0, 48.3, '市民意識調査'],
    ];
    rows.forEach((v, i) => put(ws2, 4 + i, 1, v));
    ws2.getColumn(1).width = 34;
  },
  expected: {
    file: 'h83-bunka-facility-totals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '文化施設の年間利用者数', '人', 190000, sum(culture, 3)),
      ind(B1, 'スポーツ施設の年間利用者数', '人', 240000, sum(sports, 3)),
      ind(B2, '市民文化祭の参加者数', '人', 6000, 5210),
      ind(B2, '美術館企画展の開催数', '回', 6, 4),
      ind(B2, 'スポーツ教室の参加者数', '人', 3200, 3480),
      ind(B2, '週1回以上スポーツをする成人の割合', '％', 55.0, 48.3),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [kankyo, gakko, kenko, bunka];
