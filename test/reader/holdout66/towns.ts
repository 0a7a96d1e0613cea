/**
 * Hold-out 66, part 1: the four known families as 町村 and 政令市の区 lay them out (a village's stacked policy sheet with last
 * year's and this year's evaluation side by side, a ward's tiled sheet with 実績値/期待値/目標値 rows in 西暦, a town's project
 * table with comments in the 自己評価 cell, a ward's KPI table with a 全市平均 column and no stated year, a village's plan
 * indicators with 目標年度 per row, ＋/－ changes, a 県平均 column and a name wrapped over two rows, a town's table with this
 * year's evaluation left of last year's).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
const V1 = '2-1';
const villageGrades = ['B', 'A', 'B', null, 'B'];

function villageBlock(ws: Worksheet, top: number, no: string, name: string, unit: string, desc: string, actual: Cell[], expect: Cell[], note: string) {
  put(ws, top, 1, [`指標${no}`, name, undefined, undefined, undefined, '単位', unit]);
  ws.mergeCells(top, 2, top, 5);
  put(ws, top + 1, 1, ['指標の説明', desc]);
  ws.mergeCells(top + 1, 2, top + 1, 9);
  put(ws, top + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, top + 3, 1, ['実績値', ...actual]);
  put(ws, top + 4, 1, ['期待値\n※R7は目標値', ...expect]);
  put(ws, top + 5, 1, ['備考', note]);
  ws.mergeCells(top + 5, 2, top + 5, 9);
}

const village: Holdout2Workbook = {
  name: 'h66-village-policy-two-evaluations',
  layout:
    '村の施策評価シート: 指標ブロックを縦に1列、前年度評価（令和４年度）「B」と今年度評価（令和５年度）の空欄が並ぶ、隔年調査の「－（隔年調査）」、低いほど良い指標は説明に',
  build(wb) {
    const ws = wb.addWorksheet(V1);
    put(ws, 1, 1, ['令和５年度実績　みどり村総合計画　施策評価シート']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['基本目標', '２　健やかに暮らせる村づくり']);
    ws.mergeCells('B3:I3');
    put(ws, 4, 1, ['施策', '２－１　生涯を通じた健康づくりの推進', undefined, undefined, undefined, undefined, '担当課', '保健福祉課']);
    ws.mergeCells('B4:F4');
    ws.mergeCells('H4:I4');
    put(ws, 6, 1, ['施策の達成状況', '前年度評価（令和４年度）', undefined, undefined, '今年度評価（令和５年度）']);
    put(ws, 7, 2, ['B']);
    ws.mergeCells('A6:A7');
    ws.mergeCells('B6:D6');
    ws.mergeCells('E6:G6');
    ws.mergeCells('B7:D7');
    ws.mergeCells('E7:G7');
    put(ws, 8, 1, ['※達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている（各指標の達成度の平均による）']);
    villageBlock(
      ws,
      10,
      '①',
      '特定健康診査の受診率',
      '％',
      '国民健康保険加入者（40～74歳）のうち特定健康診査を受診した人の割合',
      [38.5, 40.1, 42.3, 44.0],
      [undefined, 41.0, 43.0, 45.0, 47.0, 50.0],
      '法定報告値',
    );
    villageBlock(
      ws,
      17,
      '②',
      '胃がん検診の受診率',
      '％',
      '40歳以上の村民のうち胃がん検診を受診した人の割合',
      [12.0, 12.8, 13.5, 15.2],
      [undefined, 13.0, 14.0, 15.0, 16.0, 17.0],
      '',
    );
    villageBlock(
      ws,
      24,
      '③',
      '健康づくり教室の参加者数',
      '人',
      '村が開催する健康づくり教室・運動教室の延べ参加者数',
      [210, 265, 340, 318],
      [undefined, 300, 350, 380, 400, 420],
      'R2は感染症対策のため定員を縮小',
    );
    villageBlock(
      ws,
      31,
      '④',
      '自分は健康だと感じる村民の割合',
      '％',
      '村民健康意識調査で「健康である」「まあ健康である」と答えた人の割合',
      [68.2, '－（隔年調査）', 70.5, '－（隔年調査）'],
      [undefined, 69.0, 70.0, 71.0, 73.0, 75.0],
      '村民健康意識調査は隔年で実施（次回は令和６年度）',
    );
    villageBlock(
      ws,
      38,
      '⑤',
      'メタボリックシンドローム該当者の割合',
      '％',
      '特定健康診査受診者のうちメタボリックシンドローム該当者の割合（低いほど良い指標）',
      [20.1, 19.8, 19.2, 18.9],
      [undefined, 19.5, 19.0, 18.5, 18.0, 17.5],
      '',
    );
    put(ws, 45, 1, ['【評価の理由】']);
    put(ws, 46, 1, ['がん検診は個別通知の効果で受診率が伸びたが、特定健診は目標にわずかに届かなかった。']);
    put(ws, 47, 1, ['【今後の方向性】']);
    put(ws, 48, 1, ['未受診者への電話勧奨を継続し、健康づくり教室は平日夜間の開催を検討する。']);
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h66-village-policy-two-evaluations.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(V1, '特定健康診査の受診率', '％', 45.0, 44.0),
      ind(V1, '胃がん検診の受診率', '％', 15.0, 15.2),
      ind(V1, '健康づくり教室の参加者数', '人', 380, 318),
      ind(V1, '自分は健康だと感じる村民の割合', '％', 71.0, null, { actualStatus: 'not-applicable' }),
      ind(V1, 'メタボリックシンドローム該当者の割合', '％', 18.5, 18.9, { direction: 'down' }),
    ],
    groups: [{ sheet: V1, cell: 'E7', grade: rollUp(villageGrades) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
const W1 = '区運営方針評価';
const wardGrades = ['B', 'A', null, 'B', 'A', 'B'];

function wardBlock(
  ws: Worksheet,
  top: number,
  left: number,
  no: number,
  name: string,
  desc: string,
  unit: string,
  actual: Cell[],
  expect: Cell[],
  goal: number,
  note = '',
) {
  put(ws, top, left, [`指標${no}`, name]);
  ws.mergeCells(top, left + 1, top, left + 6);
  put(ws, top + 1, left, ['指標の説明', desc]);
  ws.mergeCells(top + 1, left + 1, top + 1, left + 6);
  put(ws, top + 2, left, ['単位', unit]);
  put(ws, top + 3, left, ['区分', '2020年度\n（現状値）', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度']);
  put(ws, top + 4, left, ['実績値', ...actual]);
  put(ws, top + 5, left, ['期待値', ...expect]);
  put(ws, top + 6, left, ['目標値', undefined, undefined, undefined, undefined, undefined, goal]);
  put(ws, top + 7, left, ['備考', note]);
  ws.mergeCells(top + 7, left + 1, top + 7, left + 6);
}

const ward: Holdout2Workbook = {
  name: 'h66-ward-policy-tiled-ad-years',
  layout:
    '政令市の区の運営方針 自己評価シート: 指標ブロックを2列に並べ、実績値・期待値・目標値の3行、年度は西暦（2023年度＝令和５年度）、「調査なし」、期待値のない指標は備考で目標値により評価',
  build(wb) {
    const ws = wb.addWorksheet(W1);
    put(ws, 1, 1, ['令和５年度　東区運営方針　自己評価シート（みなと市東区役所）']);
    ws.mergeCells('A1:P1');
    put(ws, 3, 1, ['区の目標', '安全・安心で住み続けたいまち　東区']);
    ws.mergeCells('B3:G3');
    put(ws, 3, 10, ['区の自己評価', undefined, undefined, undefined, '（前年度：A）']);
    ws.mergeCells('J3:K3');
    ws.mergeCells('L3:M3');
    put(ws, 4, 1, ['担当', '区政推進課・地域協働課']);
    ws.mergeCells('B4:G4');
    wardBlock(
      ws,
      6,
      1,
      1,
      '区民まつりの来場者数',
      '東区民まつり（2日間）の来場者数（主催者発表）',
      '人',
      ['－（中止）', 8200, 21500, 34800],
      [undefined, 10000, 25000, 35000, 38000],
      40000,
    );
    wardBlock(
      ws,
      6,
      9,
      2,
      '区の防災訓練への参加者数',
      '区総合防災訓練・地域防災訓練の参加者数の合計',
      '人',
      [1850, 2100, 2640, 3020],
      [undefined, 2200, 2500, 2800, 3000],
      3200,
    );
    wardBlock(
      ws,
      15,
      1,
      3,
      '地域活動に参加している区民の割合',
      '区民意識調査で「地域活動に参加している」と答えた人の割合',
      '％',
      [28.4, '調査なし', 30.1, '調査なし'],
      [undefined, 30.0, 30.0, 31.0, 32.0],
      33.0,
      '区民意識調査は隔年（偶数年度）に実施',
    );
    wardBlock(
      ws,
      15,
      9,
      4,
      '区役所窓口の平均待ち時間',
      '繁忙期（3月・4月）の転入届等の平均待ち時間（短いほど良い）',
      '分',
      [24, 22, 19, 17],
      [],
      15,
      '期待値は設定せず、2025年度の目標値により評価する。',
    );
    wardBlock(
      ws,
      24,
      1,
      5,
      '子育てサロンの延べ利用者数',
      '区内の子育てサロン（8か所）の延べ利用者数',
      '人',
      [3400, 4100, 4800, 5600],
      [undefined, 4000, 4600, 5200, 5800],
      6000,
    );
    wardBlock(
      ws,
      24,
      9,
      6,
      '駅周辺の放置自転車の台数',
      '区内5駅周辺の放置自転車の台数（10月調査、少ないほど良い）',
      '台',
      [180, 150, 120, 130],
      [undefined, 160, 140, 120, 100],
      80,
    );
    put(ws, 33, 1, ['※評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.getColumn(1).width = 12;
    ws.getColumn(9).width = 12;
  },
  expected: {
    file: 'h66-ward-policy-tiled-ad-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W1, '区民まつりの来場者数', '人', 35000, 34800),
      ind(W1, '区の防災訓練への参加者数', '人', 2800, 3020),
      ind(W1, '地域活動に参加している区民の割合', '％', 31.0, null, { actualStatus: 'not-applicable' }),
      fin(ind(W1, '区役所窓口の平均待ち時間', '分', 15, 17, { direction: 'down' })),
      ind(W1, '子育てサロンの延べ利用者数', '人', 5200, 5600),
      ind(W1, '駅周辺の放置自転車の台数', '台', 120, 130, { direction: 'down' }),
    ],
    groups: [{ sheet: W1, cell: 'L3', grade: rollUp(wardGrades) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
const P1 = '事業実績';
const townProjects: Holdout2Workbook = {
  name: 'h66-town-project-comment-grades',
  layout:
    '町の創生総合戦略 推進事業実績: 数値目標・実績を文字で（「成約件数 10件以上」「6,230万円」）、自己評価のセルに評価と一言（「B　登録物件が不足」）、未実施、2つの指標のセル',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['令和５年度　やまびこ町第２期まち・ひと・しごと創生総合戦略　推進事業実績']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 6, ['企画財政課まとめ']);
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・課題、今後の方向性']);
    const rows: Cell[][] = [
      [
        1,
        '【1-1】移住体験住宅運営事業\n【概要】移住希望者に町営の体験住宅を1週間から1か月貸し出す。',
        '利用組数 14組',
        'A：問い合わせが増え目標を上回った',
        '利用組数 15組',
        '利用組数 18組',
        '【今後の方向性】継続',
      ],
      [
        2,
        '【1-2】空き家バンク事業\n【概要】空き家の登録と移住希望者への紹介。',
        '成約件数 6件',
        'B　登録物件が不足し目標に届かず',
        '成約件数 10件以上',
        '成約件数 8件',
        '【課題】所有者への登録の働きかけ',
      ],
      [
        3,
        '【2-1】町内就職促進事業\n【概要】高校生向けの町内企業説明会。',
        '参加生徒数 104人',
        'D：会場の改修工事のため開催できなかった',
        '参加生徒数 120人',
        '未実施',
        '【今後の方向性】令和６年度は役場庁舎で開催',
      ],
      [
        4,
        '【2-2】創業支援事業\n【概要】創業セミナーの開催と創業補助金の交付。',
        '創業件数 2件',
        'C　相談は多いが創業に至らない',
        '創業件数 5件',
        '創業件数 3件',
        '【今後の方向性】継続',
      ],
      [
        5,
        '【3-1】婚活支援事業\n【概要】出会いイベントの開催。',
        '参加者 38人',
        'C',
        '参加者 60人',
        '参加者 41人',
        '【今後の方向性】見直し（近隣町と共同開催）',
      ],
      [6, '【3-2】子育て応援給付事業', '給付件数 76件', 'A', '給付件数 80件', '給付件数 85件', '【今後の方向性】継続'],
      [
        7,
        '【3-3】健診受診勧奨事業',
        '',
        'B　がん検診の受診者が伸び悩んだ',
        '受診者数 特定健診:600人 がん検診:350人',
        '受診者数 特定健診:588人 がん検診:262人',
        '【今後の方向性】継続',
      ],
      [8, '【4-1】ふるさと納税推進事業', '寄附額 4,120万円', 'A　返礼品の拡充が奏功', '寄附額 5,000万円', '寄附額 6,230万円', '【今後の方向性】拡充'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 14, 1, ['※自己評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満・未実施（担当課が記入）']);
    ws.getColumn(2).width = 40;
    ws.getColumn(4).width = 30;
  },
  expected: {
    file: 'h66-town-project-comment-grades.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P1, '移住体験住宅運営事業', '組', 15, 18, { existing: 'A' }),
      ind(P1, '空き家バンク事業', '件', 10, 8, { existing: 'B' }),
      ind(P1, '町内就職促進事業', '人', 120, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(P1, '創業支援事業', '件', 5, 3, { existing: 'C' }),
      ind(P1, '婚活支援事業', '人', 60, 41, { existing: 'C' }),
      ind(P1, '子育て応援給付事業', '件', 80, 85, { existing: 'A' }),
      {
        sheet: P1,
        name: '健診受診勧奨事業',
        measures: [
          { label: '特定健診', target: 600, actual: 588, unit: '人' },
          { label: 'がん検診', target: 350, actual: 262, unit: '人' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(P1, 'ふるさと納税推進事業', '万円', 5000, 6230, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
const K1 = 'KPI推移';
const wardKpi: Holdout2Workbook = {
  name: 'h66-ward-kpi-city-average',
  layout:
    '政令市の区の KPI 推移表: 目標値・実績値の2行 × 令和3〜6年度（令和6年度は目標のみ）、評価年度の記載なし（作成日は令和6年7月）、「（参考）全市平均（令和5年度）」の列、「70％以上」、集計中',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['西区　地域課題に関する成果指標（KPI）の推移']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 6, ['令和6年7月　西区役所 地域力推進課']);
    put(ws, 4, 1, ['KPI', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '（参考）全市平均\n（令和5年度）', '備考']);
    const kpis: [string, Cell[], Cell[], Cell, Cell][] = [
      ['西区内の子ども食堂の数', ['8 か所', '10 か所', '12 か所', '14 か所'], ['7 か所', '10 か所', '13 か所'], '－', ''],
      ['地域包括支援センターへの相談件数', ['2,400 件', '2,500 件', '2,600 件', '2,700 件'], ['2,310 件', '2,480 件', '2,390 件'], '2,850 件', ''],
      ['自主防災組織の訓練実施率', ['60％以上', '65％以上', '70％以上', '75％以上'], ['58.2 ％', '66.0 ％', '64.5 ％'], '68.3 ％', ''],
      ['区内の交通事故件数', ['420 件', '400 件', '380 件', '360 件'], ['431 件', '405 件', '372 件'], '465 件', '減少を目指す指標'],
      ['区民活動センターの利用率', ['55 ％', '58 ％', '60 ％', '62 ％'], ['41.2 ％', '48.9 ％', '52.7 ％'], '54.1 ％', ''],
      ['健康ポイント事業の参加者数', ['1,000 人', '1,500 人', '2,000 人', '2,500 人'], ['820 人', '1,310 人', '集計中'], '－', '令和5年度は8月確定'],
    ];
    kpis.forEach(([name, target, actual, ref, note], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [name, '目標値', ...target, undefined, note]);
      put(ws, r + 1, 2, ['実績値', ...actual, undefined, ref]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 8, r + 1, 8);
    });
    ws.getColumn(1).width = 32;
  },
  expected: {
    file: 'h66-ward-kpi-city-average.xlsx',
    fiscalYear: 2023,
    // No year is written: the latest year with actuals (令和5年度) is the clerk's inference.
    guesses: ['period'],
    indicators: [
      ind(K1, '西区内の子ども食堂の数', 'か所', 12, 13),
      ind(K1, '地域包括支援センターへの相談件数', '件', 2600, 2390),
      ind(K1, '自主防災組織の訓練実施率', '％', 70, 64.5),
      ind(K1, '区内の交通事故件数', '件', 380, 372, { direction: 'down' }),
      ind(K1, '区民活動センターの利用率', '％', 60, 52.7),
      ind(K1, '健康ポイント事業の参加者数', '人', 2000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
const D1 = '成果指標';
const villagePlan: Holdout2Workbook = {
  name: 'h66-village-plan-target-years',
  layout:
    '村の総合計画 成果指標の達成状況: 目標年度が行ごとに違う（令和7〜12年度）、現況値に年度、「現況値からの増減」＋/－、（参考）県平均、指標名が2行に折り返し単位は2行目、「60.0以上」',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['うぐいす村第６次総合計画　成果指標の達成状況（令和５年度）']);
    ws.mergeCells('A1:J1');
    put(ws, 2, 9, ['総務企画課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '現況値（策定時）', '目標値', '目標年度', '実績値（令和5年度）', '現況値からの増減', '（参考）県平均', '把握方法']);
    put(ws, 5, 1, [1, '村営バスの年間利用者数', '人', '8,420\n（令和2年度）', 9000, '令和7年度', 8655, '＋235', undefined, '運行実績']);
    put(ws, 6, 1, [2, '新規就農者数（累計）', '人', '0\n（令和2年度）', 12, '令和8年度', 7, '＋7', undefined, '農林振興係の実績']);
    put(ws, 7, 1, [3, '地域の行事や活動に参加している', undefined, '62.0\n（令和元年度）', 70.0, '令和7年度', 66.4, '＋4.4', 58.9, '村民アンケート']);
    put(ws, 8, 2, ['村民の割合', '％']);
    ws.mergeCells('A7:A8');
    put(ws, 9, 1, [4, '特定健康診査の受診率', '％', '45.3\n（令和2年度）', '60.0以上', '令和11年度', 52.1, '＋6.8', 41.6, '法定報告']);
    put(ws, 10, 1, [5, 'ごみの1人1日当たり排出量', 'g', '712\n（令和2年度）', 650, '令和12年度', 688, '－24', 905, '一般廃棄物処理実態調査']);
    put(ws, 11, 1, [6, '観光入込客数', '千人', '185\n（令和元年度）', 200, '令和7年度', 162, '－23', undefined, '観光客入込数調査']);
    put(ws, 12, 1, [7, '空き家バンクの登録件数（累計）', '件', '3\n（令和2年度）', 20, '令和8年度', 14, '＋11', undefined, '実績による']);
    put(ws, 14, 1, ['※ごみの1人1日当たり排出量は、減少を目指す指標。']);
    put(ws, 15, 1, ['※「現況値からの増減」は実績値－現況値。県平均は県公表の最新値。']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h66-village-plan-target-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D1, '村営バスの年間利用者数', '人', 9000, 8655)),
      fin(ind(D1, '新規就農者数（累計）', '人', 12, 7)),
      fin(ind(D1, '地域の行事や活動に参加している村民の割合', '％', 70.0, 66.4)),
      fin(ind(D1, '特定健康診査の受診率', '％', 60.0, 52.1)),
      fin(ind(D1, 'ごみの1人1日当たり排出量', 'g', 650, 688, { direction: 'down' })),
      fin(ind(D1, '観光入込客数', '千人', 200, 162)),
      fin(ind(D1, '空き家バンクの登録件数（累計）', '件', 20, 14)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
const E1 = '重点事業評価';
const townTwoYears: Holdout2Workbook = {
  name: 'h66-town-this-year-left',
  layout: '町の重点事業評価表: 今年度評価（令和５年度）の目標・実績・評価が左、前年度評価（令和４年度）が右、値は単位つきの文字、「30件以下」、担当課コメント',
  build(wb) {
    const ws = wb.addWorksheet(E1);
    put(ws, 1, 1, ['令和５年度　ひばり町 重点事業の評価表']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['事業名', '成果指標', '今年度評価（令和５年度）', undefined, undefined, '前年度評価（令和４年度）', undefined, undefined, '担当課コメント']);
    put(ws, 4, 3, ['目標', '実績', '評価', '目標', '実績', '評価']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:E3');
    ws.mergeCells('F3:H3');
    ws.mergeCells('I3:I4');
    const rows: Cell[][] = [
      ['健康づくり推進事業', '健康相談の利用者数', '450人', '472人', 'A', '430人', '401人', 'B', '保健師の地区巡回を増やした'],
      ['高齢者見守り事業', '見守り協力事業所数', '40事業所', '36事業所', 'B', '35事業所', '35事業所', 'A', '新聞販売店等に協力を依頼中'],
      ['図書館運営事業', '図書の貸出冊数', '52,000冊', '41,380冊', 'C', '50,000冊', '44,120冊', 'B', '移動図書館車の故障で巡回を休止した'],
      ['町営温泉施設管理事業', '温泉施設の入館者数', '65,000人', '67,900人', 'A', '60,000人', '58,300人', 'B', '町外からの利用が回復'],
      ['子育て支援事業', '一時預かりの延べ利用者数', '900人', '512人', 'D', '850人', '790人', 'B', '保育士の欠員で受入れを制限した'],
      ['除雪対策事業', '除雪に関する苦情件数', '30件以下', '22件', 'A', '35件以下', '41件', 'C', '出動基準の見直しの効果'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(1).width = 22;
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h66-town-this-year-left.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(E1, '健康相談の利用者数', '人', 450, 472, { existing: 'A' }),
      ind(E1, '見守り協力事業所数', '事業所', 40, 36, { existing: 'B' }),
      ind(E1, '図書の貸出冊数', '冊', 52000, 41380, { existing: 'C' }),
      ind(E1, '温泉施設の入館者数', '人', 65000, 67900, { existing: 'A' }),
      ind(E1, '一時預かりの延べ利用者数', '人', 900, 512, { existing: 'D' }),
      ind(E1, '除雪に関する苦情件数', '件', 30, 22, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

export const TOWN_WORKBOOKS: Holdout2Workbook[] = [village, ward, townProjects, wardKpi, villagePlan, townTwoYears];
