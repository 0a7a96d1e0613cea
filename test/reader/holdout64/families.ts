/** Hold-out 64, part 1: the four families as six other cities lay them out (years across with 目標/実績 row pairs, 平成/令和 mixed, full-width text figures, a department's 達成率 column, an S/A/B/C scale, 見込 actuals). */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = { wrapText: true, vertical: 'top' as const };

// 1. 東浜市: KPI × years across (R3…R7), a 目標 row and a 実績 row per KPI, the KPI's cells merged over its two rows.
const S1 = 'KPI進捗';
const yearsAcross: Holdout2Workbook = {
  name: 'h64-kpi-years-across-pairs',
  layout:
    '創生総合戦略 KPI: 年度が横（基準値R1, R3〜R7）、KPI ごとに目標・実績の2行（基本目標・KPI・単位を縦に結合）、R6 は目標だけ、一部の実績が「1,305」の文字列',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第2期東浜市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和5年度）']);
    put(ws, 2, 9, ['東浜市 企画課（令和6年6月作成）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '単位', '区分', '基準値（R1）', 'R3', 'R4', 'R5', 'R6', 'R7（目標年度）', '備考']);
    const kpis: [string, string, number, (number | string)[], (number | string)[], string?][] = [
      ['新規創業件数', '件', 8, [10, 12, 14, 16, 18], [9, 13, 12]],
      ['観光入込客数', '千人', 870, [850, 900, 950, 1000, 1050], [610, 780, 968], 'R3はコロナの影響'],
      ['転入者数', '人', 1510, [1500, 1550, 1600, 1650, 1700], [1432, 1398, '1,305']],
      ['婚姻件数', '件', 436, [420, 420, 420, 420, 420], [388, 351, 322]],
      ['移住相談件数', '件', 121, [150, 170, 190, 210, 230], [162, 201, 233]],
      ['子育て支援に満足している市民の割合', '％', 43.8, [45.0, 47.5, 50.0, 52.5, 55.0], [44.1, 46.0, 38.2], 'R5は調査方法を変更（郵送→WEB）'],
    ];
    kpis.forEach(([name, unit, base, targets, actuals, note], i) => {
      const top = 5 + i * 2;
      put(ws, top, 2, [name, unit, '目標', base, ...targets]);
      put(ws, top + 1, 4, ['実績', undefined, ...actuals]);
      if (note) put(ws, top, 11, [note]);
      for (const c of ['B', 'C', 'E', 'K']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
    });
    put(ws, 5, 1, ['1 しごとをつくる']);
    ws.mergeCells('A5:A8');
    put(ws, 9, 1, ['2 ひとの流れをつくる']);
    ws.mergeCells('A9:A12');
    put(ws, 13, 1, ['3 結婚・出産・子育て']);
    ws.mergeCells('A13:A16');
    put(ws, 18, 1, ['※基準値は令和元年度の実績。R6の実績は令和7年度に記入する。']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h64-kpi-years-across-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '新規創業件数', '件', 14, 12),
      ind(S1, '観光入込客数', '千人', 950, 968),
      ind(S1, '転入者数', '人', 1600, 1305),
      ind(S1, '婚姻件数', '件', 420, 322),
      ind(S1, '移住相談件数', '件', 190, 233),
      ind(S1, '子育て支援に満足している市民の割合', '％', 50.0, 38.2),
    ],
    groups: [],
  },
};

// 2. 北山市: 総合計画の成果指標 (family D), 平成 and 令和 mixed, the year in the cell, one actual of the year before.
const S2 = '成果指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const heiseiReiwa: Holdout2Workbook = {
  name: 'h64-plan-heisei-reiwa',
  layout:
    '総合計画の成果指標: 計画期間 平成31年度〜令和7年度、現況（平成30年度／平成30年4月1日）、目標（令和7年度）だけ、実績のセルに年度（令和5年度／R6.3末現在／令和6年3月31日、1件だけ令和4年度）',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['第5次北山市総合計画 前期基本計画（計画期間：平成31年度～令和7年度）']);
    put(ws, 2, 1, ['令和５年度　成果指標の達成状況']);
    put(ws, 2, 8, ['北山市 政策推進課']);
    put(ws, 4, 1, ['No.', '施策', '指標名', '指標の説明', '単位', '現況値\n（H30）', '目標値\n（令和7年度）', '実績値', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1 子育て',
        '認定こども園・保育所の利用定員',
        '市内の認定こども園・保育所の利用定員の合計',
        '人',
        '1,120\n（平成30年度）',
        1300,
        '1,265\n（令和5年度）',
        '子育て支援課調べ',
      ],
      [
        2,
        '1-2 健康',
        '特定健診受診率',
        '国民健康保険被保険者の特定健診の受診率',
        '％',
        '38.5\n（平成30年度）',
        55.0,
        '47.2\n（令和4年度）',
        '法定報告（確定値は翌年度11月）',
      ],
      [
        3,
        '2-1 農業',
        '市民農園の利用区画数',
        '市が開設する市民農園で利用されている区画数',
        '区画',
        '96\n（平成30年度）',
        120,
        '118\n（令和5年度）',
        '農政課調べ',
      ],
      [
        4,
        '3-1 生涯学習',
        '地域公民館講座の参加者数',
        '地域公民館が主催する講座の延べ参加者数',
        '人',
        '5,620\n（平成30年度）',
        6000,
        '6,134\n（R6.3末現在）',
        '生涯学習課調べ',
      ],
      [
        5,
        '4-1 防災',
        '自主防災組織の結成率',
        '自主防災組織が結成されている自治会の割合',
        '％',
        '72.4\n（平成30年4月1日）',
        85.0,
        '80.2\n（令和6年3月31日）',
        '危機管理課調べ',
      ],
      [
        6,
        '4-2 住宅',
        '空き家バンク成約件数（累計）',
        '平成30年度からの空き家バンクの成約件数の累計',
        '件',
        '12\n（平成30年度）',
        60,
        '41\n（令和5年度）',
        '都市計画課調べ',
      ],
      [7, '5-1 道路', '市道の改良率', '市道の総延長に占める改良済延長の割合', '％', '61.3\n（平成30年度）', 64.0, '62.1\n（令和5年度）', '道路台帳'],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (const c of [6, 8]) ws.getCell(5 + i, c).alignment = wrap;
    });
    put(ws, 13, 1, ['※特定健診受診率は法定報告の確定値が翌年度11月となるため、令和4年度の数値を掲載している。']);
    ws.getColumn(3).width = 30;
    ws.getColumn(4).width = 36;
  },
  expected: {
    file: 'h64-plan-heisei-reiwa.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      final(ind(S2, '認定こども園・保育所の利用定員', '人', 1300, 1265)),
      final(ind(S2, '特定健診受診率', '％', 55.0, 47.2)),
      final(ind(S2, '市民農園の利用区画数', '区画', 120, 118)),
      final(ind(S2, '地域公民館講座の参加者数', '人', 6000, 6134)),
      final(ind(S2, '自主防災組織の結成率', '％', 85.0, 80.2)),
      final(ind(S2, '空き家バンク成約件数（累計）', '件', 60, 41)),
      final(ind(S2, '市道の改良率', '％', 64.0, 62.1)),
    ],
    groups: [],
  },
};

// 3. 南台市: 事業実績 (family B) all in full-width: 「１２３件」, labels in the target, two measures, 約, 未実施, Ｂ.
const S3 = '事業実績';
const fullwidth: Holdout2Workbook = {
  name: 'h64-project-fullwidth-text',
  layout:
    '事務事業実績: 全角数字と単位入りの文字列（「相談件数　１５０件」「１２３件」「約９８０人」）、2指標のセル、未実施、自己評価が全角 Ａ〜Ｄ、ちょうど80％',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['令和５年度　事務事業実績報告書（南台市 商工労働課）']);
    put(ws, 3, 1, ['Ｎｏ．', '推進事業', '令和４年度実績', '令和５年度数値目標', '令和５年度実績値', '自己評価', '今後の方向性', '備考']);
    const rows: (string | undefined)[][] = [
      ['１', '創業支援相談事業\n創業希望者への個別相談を実施', '１０８件', '相談件数　１５０件', '１２３件', 'Ｂ', '継続'],
      ['２', '中小企業融資あっせん事業\n市制度融資のあっせんと利子補給', '３８件', 'あっせん件数　４０件', '５２件', 'Ａ', '継続'],
      [
        '３',
        '就労支援セミナー開催事業\n求職者向けセミナーを年６回開催',
        '１，０５０人',
        '参加者数　１，２００人',
        '約９８０人',
        'Ｂ',
        '見直し',
        '一部オンライン開催のため概数',
      ],
      ['４', '企業合同説明会開催事業\n市内企業の合同説明会を開催', '２７社', '参加企業　３０社', '２４社', 'Ｂ', '継続'],
      [
        '５',
        '若年者インターンシップ支援事業\n市内企業での就業体験を支援',
        '受入企業：１０社　参加学生：３８人',
        '受入企業：１５社　参加学生：４５人',
        '受入企業：１２社　参加学生：５１人',
        'Ｂ',
        '拡充',
      ],
      ['６', '販路開拓展示会出展支援事業\n首都圏の展示会への共同出展', '６社', '出展支援　８社', '未実施', 'Ｄ', '見直し', '会場を確保できず'],
      ['７', '商店街空き店舗活用補助事業\n空き店舗への出店経費を補助', '３件', '新規出店　５件', '２件', 'Ｃ', '継続'],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      for (let c = 2; c <= 5; c++) ws.getCell(4 + i, c).alignment = wrap;
    });
    put(ws, 12, 1, ['※自己評価　Ａ：目標を達成　Ｂ：概ね達成　Ｃ：やや遅れ　Ｄ：遅れ・未実施']);
    ws.getColumn(2).width = 36;
  },
  expected: {
    file: 'h64-project-fullwidth-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '創業支援相談事業', '件', 150, 123, { existing: 'B' }),
      ind(S3, '中小企業融資あっせん事業', '件', 40, 52, { existing: 'A' }),
      ind(S3, '就労支援セミナー開催事業', '人', 1200, 980, { existing: 'B', actualStatus: 'approximate' }),
      ind(S3, '企業合同説明会開催事業', '社', 30, 24, { existing: 'B' }),
      {
        sheet: S3,
        name: '若年者インターンシップ支援事業',
        measures: [
          { label: '受入企業', target: 15, actual: 12, unit: '社' },
          { label: '参加学生', target: 45, actual: 51, unit: '人' },
        ],
        existing: 'B',
        grade: 'B',
      },
      ind(S3, '販路開拓展示会出展支援事業', '社', 8, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S3, '商店街空き店舗活用補助事業', '件', 5, 2, { existing: 'C' }),
    ],
    groups: [],
  },
};

// 4. 西川市: a 達成率 column the department computed (two of them wrong), a 評価 column that follows it, 減少 in 備考.
const S4 = '成果指標';
const rateColumn: Holdout2Workbook = {
  name: 'h64-dept-rate-column',
  layout: '行政評価の成果指標: 部署が計算した達成率（％書式）と評価の列、2件は達成率が誤り（減少指標を実績÷目標、桁の入れ違い 79.5→97.5）、減少の方向は備考に',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['令和５年度　西川市行政評価　成果指標の達成状況']);
    put(ws, 2, 8, ['行政改革推進課']);
    put(ws, 4, 1, ['施策', '成果指標', '単位', '基準値（R元）', '目標値（R5）', '実績値（R5）', '達成率', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['2-1', '図書館の貸出冊数', '冊', 405200, 450000, 438500, 0.974, 'B'],
      ['3-2', '市民1人1日当たりのごみ排出量', 'g', 934, 880, 905, 1.028, 'A', '減少を目指す指標'],
      ['1-3', '健康づくり教室の参加者数', '人', 2150, 2400, 1908, 0.975, 'B'],
      ['1-4', '地域包括支援センターの相談件数', '件', 2710, 3000, 3150, 1.05, 'A'],
      ['2-3', '文化財施設の入館者数', '人', 23400, 25000, 19800, 0.792, 'C'],
      ['4-1', '消防団員の充足率', '％', 91.2, 95.0, 89.3, 0.94, 'B'],
      ['3-4', '不法投棄の件数', '件', 61, 40, 52, 0.769, 'C', '減少を目指す指標'],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      ws.getCell(5 + i, 7).numFmt = '0.0%';
      for (const c of [4, 5, 6]) ws.getCell(5 + i, c).numFmt = i === 5 ? '0.0' : '#,##0';
    });
    put(ws, 13, 1, ['※達成率＝実績値÷目標値（減少を目指す指標は目標値÷実績値）']);
    put(ws, 14, 1, ['※評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h64-dept-rate-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '図書館の貸出冊数', '冊', 450000, 438500, { existing: 'B' }),
      ind(S4, '市民1人1日当たりのごみ排出量', 'g', 880, 905, { direction: 'down', existing: 'A' }),
      ind(S4, '健康づくり教室の参加者数', '人', 2400, 1908, { existing: 'B' }),
      ind(S4, '地域包括支援センターの相談件数', '件', 3000, 3150, { existing: 'A' }),
      ind(S4, '文化財施設の入館者数', '人', 25000, 19800, { existing: 'C' }),
      ind(S4, '消防団員の充足率', '％', 95.0, 89.3, { existing: 'B' }),
      ind(S4, '不法投棄の件数', '件', 40, 52, { direction: 'down', existing: 'C' }),
    ],
    groups: [],
  },
};

// 5. 中央台市: 施策評価シート (family A), blocks stacked, 実績値/期待値 (R7 目標値), its own S/A/B/C scale in a legend.
const S5 = '2-3';
const scaleSABC = (target: number, actual: number): string => {
  const rate = actual / target;
  return rate >= 1.1 ? 'S' : rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : 'C';
};
const sabc = (name: string, unit: string, target: number, actual: number, existing: string): ExpectedIndicator => ({
  ...ind(S5, name, unit, target, actual, { existing }),
  grade: scaleSABC(target, actual),
});
const policySABC: Holdout2Workbook = {
  name: 'h64-policy-sheet-sabc-scale',
  layout:
    '施策評価シート: 指標ブロックを縦に5つ（R2現状値〜R7、実績値・期待値 ※R7は目標値）、指標ごとの評価（R5）、S/A/B/C の独自基準（S＝110％以上）を凡例に、施策の評価欄なし',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['令和5年度　施策評価シート（評価対象期間：令和5年度）']);
    put(ws, 2, 1, ['基本目標', '2 健やかに暮らせるまち', undefined, undefined, '担当部等', '福祉部 地域福祉課']);
    put(ws, 3, 1, ['施策', '2-3 地域福祉の推進']);
    ws.mergeCells('B2:D2');
    ws.mergeCells('B3:D3');
    put(ws, 4, 1, [
      '【評価基準】S：目標を大きく上回る（達成率110％以上）　A：目標を達成（100％以上110％未満）　B：概ね達成（80％以上100％未満）　C：未達成（80％未満）',
    ]);
    const blocks: [string, string, (number | undefined)[], (number | undefined)[], string][] = [
      ['民生委員・児童委員の訪問活動件数', '件', [8420, 8610, 8900, 10250], [undefined, 8600, 8800, 9000, 9200, 9400], 'S'],
      ['地域サロンの設置数', 'か所', [39, 41, 44, 48], [undefined, 42, 45, 48, 51, 54], 'A'],
      ['福祉ボランティア登録者数', '人', [1210, 1150, 1176, 1188], [undefined, 1250, 1300, 1350, 1400, 1450], 'A'],
      ['成年後見制度の相談件数', '件', [96, 104, 118, 121], [undefined, 120, 140, 160, 180, 200], 'B'],
      ['避難行動要支援者の個別避難計画作成率', '％', [12.5, 21.0, 33.8, 44.3], [undefined, 20.0, 30.0, 40.0, 50.0, 60.0], 'A'],
    ];
    const marks = ['①', '②', '③', '④', '⑤'];
    blocks.forEach(([name, unit, actuals, expected, grade], i) => {
      const top = 6 + i * 5;
      put(ws, top, 1, [`成果指標${marks[i]}`, name, undefined, undefined, undefined, '単位', unit]);
      ws.mergeCells(`B${top}:E${top}`);
      put(ws, top + 1, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, top + 2, 1, ['実績値', ...actuals]);
      put(ws, top + 3, 1, ['期待値\n※R7は目標値', ...expected]);
      ws.getCell(top + 3, 1).alignment = wrap;
      put(ws, top + 4, 1, ['評価（R5）', grade]);
    });
    put(ws, 32, 1, ['【施策の成果と課題】']);
    put(ws, 33, 1, ['見守り活動は順調に拡大したが、ボランティアの担い手確保と成年後見制度の周知が課題である。']);
    ws.getColumn(1).width = 18;
  },
  expected: {
    file: 'h64-policy-sheet-sabc-scale.xlsx',
    fiscalYear: 2023,
    indicators: [
      sabc('民生委員・児童委員の訪問活動件数', '件', 9000, 10250, 'S'),
      sabc('地域サロンの設置数', 'か所', 48, 48, 'A'),
      sabc('福祉ボランティア登録者数', '人', 1350, 1188, 'A'),
      sabc('成年後見制度の相談件数', '件', 160, 121, 'B'),
      sabc('避難行動要支援者の個別避難計画作成率', '％', 40.0, 44.3, 'A'),
    ],
    groups: [],
  },
};

// 6. 港北市: 主要事業 (family B, numbers), 令和6年度, a 確定/見込 column, the previous year's actual beside.
const S6 = '主要事業';
const estimate: Holdout2Workbook = {
  name: 'h64-project-estimate-column',
  layout: '主要事業実績（令和6年度、令和7年2月作成）: R5実績・R6目標・R6実績・「確定／見込」の列、見込は3件、自己評価',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['令和６年度　主要事業実績調書（高齢福祉課）']);
    put(ws, 2, 8, ['令和7年2月作成']);
    put(ws, 4, 1, ['事業名', '成果指標', '単位', 'R5実績', 'R6目標', 'R6実績', '確定／見込', '自己評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['高齢者健康教室事業', '教室参加延べ人数', '人', 2310, 2500, 2620, '確定', 'A'],
      ['介護予防サポーター養成事業', '新規養成者数', '人', 45, 50, 38, '確定', 'C'],
      ['配食サービス事業', '配食数', '食', 18200, 19000, 17950, '見込', 'B'],
      ['緊急通報システム設置事業', '設置台数', '台', 310, 320, 296, '見込', 'B', '年度末の設置台数'],
      ['認知症カフェ運営支援事業', '開催回数', '回', 36, 48, 48, '確定', 'A'],
      ['移送サービス事業', '利用件数', '件', 1140, 1200, 1030, '見込', 'B'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※見込は令和7年1月末時点の実績に2月・3月分の見込を加えた数値。確定値は決算時に報告する。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h64-project-estimate-column.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S6, '教室参加延べ人数', '人', 2500, 2620, { existing: 'A' }),
      ind(S6, '新規養成者数', '人', 50, 38, { existing: 'C' }),
      ind(S6, '配食数', '食', 19000, 17950, { existing: 'B', actualStatus: 'provisional' }),
      ind(S6, '設置台数', '台', 320, 296, { existing: 'B', actualStatus: 'provisional' }),
      ind(S6, '開催回数', '回', 48, 48, { existing: 'A' }),
      ind(S6, '利用件数', '件', 1200, 1030, { existing: 'B', actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [yearsAcross, heiseiReiwa, fullwidth, rateColumn, policySABC, estimate];
