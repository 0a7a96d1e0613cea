/**
 * Hold-out 62, documents outside the four families: an 外部評価委員会 資料 with 所管課評価 and 委員会評価 side by side,
 * a 指定管理者 モニタリング評価シート (利用状況 and 収支状況 tables), a 補助金 成果報告書 (one page per grantee, label/value
 * lines), a 男女共同参画計画 進捗状況一覧 (「増加」 and 「—」 targets, words of the standard scale), a 障害福祉計画 見込量
 * table (計画/実績 under each year), an 教育委員会の点検・評価 (S/A/B/C, a （参考）全国平均 column) and a 上下水道 経営指標
 * table (years as rows, a 単位 row, 類似団体平均 / 全国平均 rows, the 経営戦略 target row under the years).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const committee: Holdout2Workbook = {
  name: 'h62-committee-review',
  layout: '外部評価委員会 資料: 目標/実績/達成率 then 所管課評価 and 委員会評価 side by side, 委員の意見 text, table at B5',
  build(wb) {
    const ws = wb.addWorksheet('資料2');
    widths(ws, [6, 5, 20, 30, 7, 12, 12, 9, 10, 10, 44]);
    ws.getCell('A1').value = '資料２';
    put(ws, 2, 2, ['令和６年度 第２回 ○○市行政評価外部評価委員会　施策評価結果一覧（令和５年度実績）']);
    ws.mergeCells('B2:K2');
    put(ws, 3, 2, ['※達成率＝実績値÷目標値。委員会評価は令和６年８月２日開催の委員会における評価。']);
    ws.mergeCells('B3:K3');
    put(ws, 5, 2, ['No.', '施策名', '成果指標', '単位', '令和５年度\n目標値', '令和５年度\n実績値', '達成率', '所管課評価', '委員会評価', '委員の意見']);
    const rows: [number, string, string, string, number, number, string, string, string][] = [
      [1, '子育て支援の充実', 'ファミリー・サポート・センター会員数', '人', 1200, 1086, 'B', 'B', '提供会員の確保に向けた周知を強化されたい。'],
      [2, '健康づくりの推進', '特定健康診査受診率', '％', 45.0, 38.7, 'A', 'B', '目標に届いておらず、所管課のA評価は甘い。B評価が妥当。'],
      [3, '地域経済の活性化', '創業支援による創業件数', '件', 30, 34, 'A', 'A', '創業後の定着状況も把握されたい。'],
      [4, '移住・定住の促進', '移住相談件数', '件', 250, 148, 'C', 'D', '達成率が６割を下回っており、D評価とする。'],
      [5, '協働のまちづくり', '市民活動団体登録数', '団体', 160, 131, 'B', 'B', '休眠団体の整理による減少も含まれる。'],
    ];
    rows.forEach(([no, pol, name, unit, t, a, dept, com, op], i) => {
      const r = 6 + i;
      put(ws, r, 2, [no, pol, name, unit, t, a, a / t, dept, com, op]);
      ws.getCell(r, 8).numFmt = '0.0%';
    });
    put(ws, 12, 2, ['【評価基準】 A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    ws.mergeCells('B12:K12');
  },
  expected: {
    file: 'h62-committee-review.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('資料2', 'ファミリー・サポート・センター会員数', '人', 1200, 1086, { existing: 'B' }),
      ind('資料2', '特定健康診査受診率', '％', 45.0, 38.7, { existing: 'A' }),
      ind('資料2', '創業支援による創業件数', '件', 30, 34, { existing: 'A' }),
      ind('資料2', '移住相談件数', '件', 250, 148, { existing: 'C' }),
      ind('資料2', '市民活動団体登録数', '団体', 160, 131, { existing: 'B' }),
    ],
    groups: [],
  },
};

const monitoring: Holdout2Workbook = {
  name: 'h62-shitei-monitoring',
  layout: '指定管理者 モニタリング評価シート: label lines (指定期間 R3〜R7), 利用状況 table with 前年度実績, 収支状況 table in 千円',
  build(wb) {
    const ws = wb.addWorksheet('モニタリング評価シート');
    widths(ws, [3, 26, 8, 16, 12, 12, 10, 8, 40]);
    put(ws, 2, 2, ['令和５年度　指定管理者モニタリング評価シート']);
    ws.mergeCells('B2:I2');
    const labels: [string, string][] = [
      ['施設名', '○○市総合体育館'],
      ['指定管理者', '一般財団法人○○市スポーツ振興事業団'],
      ['指定期間', '令和３年４月１日～令和８年３月３１日'],
      ['評価対象期間', '令和５年４月１日～令和６年３月３１日'],
    ];
    labels.forEach(([l, v], i) => {
      put(ws, 4 + i, 2, [l, v]);
      ws.mergeCells(4 + i, 3, 4 + i, 6);
    });
    put(ws, 9, 2, ['１　利用状況等']);
    put(ws, 10, 2, ['項目', '単位', '目標値\n（事業計画）', '実績値', '前年度実績', '達成率', '評価', '備考']);
    const rows: [string, string, number, number, number, string, string][] = [
      ['年間利用者数', '人', 180000, 171426, 158904, 'B', '大規模大会の誘致により前年度比増'],
      ['個人利用者数', '人', 60000, 63210, 57880, 'A', ''],
      ['自主事業（教室）開催回数', '回', 120, 96, 110, 'B', '講師都合により一部中止'],
      ['利用者満足度', '％', 80, 86.5, 84.1, 'A', '利用者アンケートで「満足」「やや満足」と回答した割合（回答数412）'],
    ];
    rows.forEach(([n, u, t, a, prev, g, note], i) => {
      const r = 11 + i;
      put(ws, r, 2, [n, u, t, a, prev, a / t, g, note || undefined]);
      ws.getCell(r, 7).numFmt = '0.0%';
      ws.getCell(r, 4).numFmt = '#,##0';
      ws.getCell(r, 5).numFmt = '#,##0.#';
      ws.getCell(r, 6).numFmt = '#,##0.#';
    });
    put(ws, 16, 2, ['２　収支状況']);
    put(ws, 17, 2, ['区分', '単位', '事業計画', '実績', '前年度実績', '差引', undefined, '備考']);
    put(ws, 18, 2, ['収入（指定管理料）', '千円', 85000, 85000, 84200, 0]);
    put(ws, 19, 2, ['収入（利用料金）', '千円', 32000, 30514, 28760, -1486]);
    put(ws, 20, 2, ['支出合計', '千円', 117000, 116230, 113540, 770, undefined, '光熱水費の高騰']);
    put(ws, 21, 2, ['収支差額', '千円', 0, -716, -580, -716]);
    put(ws, 23, 2, ['３　総合所見', '利用者数は目標に届かなかったものの、前年度から増加しており、概ね適正な管理運営が行われている。']);
    ws.mergeCells('C23:I23');
  },
  expected: {
    file: 'h62-shitei-monitoring.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('モニタリング評価シート', '年間利用者数', '人', 180000, 171426, { existing: 'B' }),
      ind('モニタリング評価シート', '個人利用者数', '人', 60000, 63210, { existing: 'A' }),
      ind('モニタリング評価シート', '自主事業（教室）開催回数', '回', 120, 96, { existing: 'B' }),
      ind('モニタリング評価シート', '利用者満足度', '％', 80, 86.5, { existing: 'A' }),
    ],
    groups: [],
  },
};

const grantees: [string, string, string, [string, string, string, string][]][] = [
  [
    '様式第５号（１）',
    '○○地区まちづくり協議会',
    '空き家を活かした地域の居場所づくり事業',
    [
      ['ワークショップ参加者数', '150人', '173人', '延べ人数'],
      ['空き家活用の相談件数', '20件', '14件', ''],
    ],
  ],
  [
    '様式第５号（２）',
    'NPO法人○○川を美しくする会',
    '河川敷清掃・環境学習事業',
    [
      ['清掃活動の実施回数', '12回', '12回', '毎月第２日曜日'],
      ['清掃活動参加者数', '400人', '356人', '延べ人数。７月は大雨により中止'],
    ],
  ],
  [
    '様式第５号（３）',
    '○○子ども食堂運営委員会',
    '地域子ども食堂運営事業',
    [
      ['子ども食堂の開催回数', '24回', '22回', ''],
      ['子ども食堂の利用者数', '960人', '1,104人', '延べ人数（うち子ども712人）'],
    ],
  ],
];

const subsidy: Holdout2Workbook = {
  name: 'h62-subsidy-report',
  layout: '補助金 成果報告書: one sheet per grantee, label/value lines (成果指標（１）, 目標値, 実績値 with units in the value), 交付決定額 in 円',
  build(wb) {
    grantees.forEach(([sheet, org, project, measures], k) => {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [3, 20, 20, 20, 20]);
      ws.getCell('A1').value = '様式第５号（第１２条関係）';
      put(ws, 3, 2, ['令和５年度　○○市地域づくり活動支援補助金　成果報告書']);
      ws.mergeCells('B3:E3');
      const lines: [string, string][] = [
        ['団体名', org],
        ['事業名', project],
        ['補助金交付決定額', `${[300000, 180000, 250000][k].toLocaleString('en-US')}円`],
        ['事業実施期間', '令和５年５月１日～令和６年２月２９日'],
      ];
      lines.forEach(([l, v], i) => {
        put(ws, 5 + i, 2, [l, v]);
        ws.mergeCells(5 + i, 3, 5 + i, 5);
      });
      measures.forEach(([name, t, a, note], j) => {
        const r = 10 + j * 5;
        put(ws, r, 2, [`成果指標（${'１２'[j]}）`, name]);
        put(ws, r + 1, 2, ['目標値', t]);
        put(ws, r + 2, 2, ['実績値', a]);
        if (note) put(ws, r + 3, 2, ['備考', note]);
        for (let x = r; x <= r + 3; x++) ws.mergeCells(x, 3, x, 5);
      });
      put(ws, 21, 2, ['事業の成果及び課題', '地域住民の参加により、事業の目的はおおむね達成できた。次年度は担い手の確保に取り組む。']);
      ws.mergeCells('C21:E21');
    });
  },
  expected: {
    file: 'h62-subsidy-report.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('様式第５号（１）', 'ワークショップ参加者数', '人', 150, 173),
      ind('様式第５号（１）', '空き家活用の相談件数', '件', 20, 14),
      ind('様式第５号（２）', '清掃活動の実施回数', '回', 12, 12),
      ind('様式第５号（２）', '清掃活動参加者数', '人', 400, 356),
      ind('様式第５号（３）', '子ども食堂の開催回数', '回', 24, 22),
      ind('様式第５号（３）', '子ども食堂の利用者数', '人', 960, 1104),
    ],
    groups: [],
  },
};

const G = '進捗状況一覧';
const gender: Holdout2Workbook = {
  name: 'h62-gender-plan',
  layout: '男女共同参画計画 進捗状況一覧: 計画策定時 / 目標値（R7）/ R5実績, 「増加」 and 「—」 targets, 進捗状況 in the standard words, 基本目標 merged down',
  build(wb) {
    const ws = wb.addWorksheet(G);
    widths(ws, [22, 5, 36, 6, 14, 14, 12, 14, 14]);
    put(ws, 1, 1, ['第４次○○市男女共同参画推進計画　成果指標の進捗状況（令和５年度）']);
    ws.mergeCells('A1:I1');
    put(ws, 2, 1, ['計画期間：令和３年度～令和７年度']);
    put(ws, 4, 1, ['基本目標', 'No.', '指標名', '単位', '計画策定時\n（令和元年度）', '目標値\n（令和７年度）', '令和５年度\n実績', '進捗状況', '担当課']);
    const rows: [string, number, string, string, number, string | number, number, string, string][] = [
      ['Ⅰ あらゆる分野における男女共同参画の推進', 1, '審議会等委員に占める女性の割合', '％', 29.4, 40.0, 34.8, '概ね順調', '総務課'],
      ['', 2, '市職員の管理職に占める女性の割合', '％', 15.2, 25.0, 19.6, 'やや遅れている', '人事課'],
      ['', 3, '自治会長に占める女性の割合', '％', 3.1, '増加', 4.6, '順調', '市民協働課'],
      ['Ⅱ 働く場における男女共同参画の推進', 4, '男性職員の育児休業取得率', '％', 8.3, 30.0, 52.4, '順調', '人事課'],
      ['', 5, 'えるぼし認定企業数（市内）', '社', 2, '増加', 5, '順調', '商工観光課'],
      ['Ⅲ 安全・安心に暮らせる社会づくり', 6, 'DV相談件数', '件', 142, '—', 167, '—', '子ども家庭課'],
      ['', 7, 'デートDV防止講座の受講者数', '人', 320, 600, 655, '順調', '子ども家庭課'],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A9');
    ws.mergeCells('A10:A11');
    put(ws, 13, 1, ['※「増加」は計画策定時の値からの増加を目標とする指標。「—」は目標値を設定せず、実績の把握のみを行う指標。']);
    ws.mergeCells('A13:I13');
    put(ws, 14, 1, ['※進捗状況は、順調／概ね順調／やや遅れている／遅れている の４段階で担当課が評価。']);
    ws.mergeCells('A14:I14');
  },
  expected: {
    file: 'h62-gender-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(G, '審議会等委員に占める女性の割合', '％', 40.0, 34.8, { existing: 'B' })),
      fin(ind(G, '市職員の管理職に占める女性の割合', '％', 25.0, 19.6, { existing: 'C' })),
      ind(G, '自治会長に占める女性の割合', '％', null, 4.6, { existing: 'A' }),
      fin(ind(G, '男性職員の育児休業取得率', '％', 30.0, 52.4, { existing: 'A' })),
      ind(G, 'えるぼし認定企業数（市内）', '社', null, 5, { existing: 'A' }),
      ind(G, 'DV相談件数', '件', null, 167),
      fin(ind(G, 'デートDV防止講座の受講者数', '人', 600, 655, { existing: 'A' })),
    ],
    groups: [],
  },
};

const D = '第6期障害福祉計画';
const disability: Holdout2Workbook = {
  name: 'h62-disability-plan',
  layout: '障害福祉計画 見込量: 計画/実績 sub-columns under 令和３〜５年度, units like 時間/月 and 人日/月, table at B5 with a two-row heading',
  build(wb) {
    const ws = wb.addWorksheet(D);
    widths(ws, [3, 24, 10, 9, 9, 9, 9, 9, 9, 12]);
    put(ws, 2, 2, ['第６期○○市障害福祉計画（令和３年度～令和５年度）　障害福祉サービス等の見込量と実績']);
    ws.mergeCells('B2:J2');
    put(ws, 3, 2, ['評価対象年度：令和５年度']);
    put(ws, 5, 2, ['サービス種別', '単位', '令和３年度', undefined, '令和４年度', undefined, '令和５年度', undefined, '令和５年度\n達成率']);
    put(ws, 6, 4, ['計画', '実績', '計画', '実績', '計画', '実績']);
    ws.mergeCells('B5:B6');
    ws.mergeCells('C5:C6');
    ws.mergeCells('D5:E5');
    ws.mergeCells('F5:G5');
    ws.mergeCells('H5:I5');
    ws.mergeCells('J5:J6');
    const rows: [string, string, number[]][] = [
      ['居宅介護', '時間/月', [1850, 1702, 1900, 1815, 1950, 1884]],
      ['生活介護', '人/月', [310, 305, 315, 312, 320, 326]],
      ['就労継続支援（Ｂ型）', '人/月', [240, 251, 250, 268, 260, 279]],
      ['短期入所', '人日/月', [420, 233, 430, 268, 440, 297]],
      ['共同生活援助', '人/月', [95, 99, 100, 108, 105, 117]],
      ['計画相談支援', '人/月', [150, 138, 155, 141, 160, 129]],
    ];
    rows.forEach(([n, u, v], i) => {
      put(ws, 7 + i, 2, [n, u, ...v, v[5] / v[4]]);
      ws.getCell(7 + i, 10).numFmt = '0.0%';
    });
    put(ws, 14, 2, ['※実績は各年度の３月サービス提供分（月当たり）。短期入所は新型コロナウイルス感染症の影響により受入れを制限した事業所がある。']);
    ws.mergeCells('B14:J14');
  },
  expected: {
    file: 'h62-disability-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D, '居宅介護', '時間/月', 1950, 1884),
      ind(D, '生活介護', '人/月', 320, 326),
      ind(D, '就労継続支援（Ｂ型）', '人/月', 260, 279),
      ind(D, '短期入所', '人日/月', 440, 297),
      ind(D, '共同生活援助', '人/月', 105, 117),
      ind(D, '計画相談支援', '人/月', 160, 129),
    ],
    groups: [],
  },
};

const E = '点検・評価';
const education: Holdout2Workbook = {
  name: 'h62-education-check',
  layout: '教育委員会の点検・評価: two 施策 tables on one sheet, 評価 S/A/B/C, a （参考）全国平均 column right of 実績値, 学識経験者の意見 below',
  build(wb) {
    const ws = wb.addWorksheet(E);
    widths(ws, [4, 14, 14, 14, 7, 12, 12, 12, 14, 7]);
    put(ws, 1, 1, ['令和６年度　教育に関する事務の管理及び執行の状況の点検及び評価（令和５年度対象）']);
    ws.mergeCells('A1:J1');
    put(ws, 3, 1, [
      '【評価の基準】 S：目標を大きく上回った（達成率120％以上）　A：目標を達成した（100％以上）　B：概ね達成した（80％以上）　C：達成が不十分（80％未満）',
    ]);
    ws.mergeCells('A3:J3');
    const block = (top: number, title: string, rows: [string, string, number, number, number, number | string, string][]) => {
      put(ws, top, 1, [title]);
      ws.mergeCells(top, 1, top, 10);
      put(ws, top + 1, 2, [
        '指標名',
        undefined,
        undefined,
        '単位',
        '基準値\n（令和２年度）',
        '目標値\n（令和５年度）',
        '実績値\n（令和５年度）',
        '（参考）\n全国平均',
        '評価',
      ]);
      ws.mergeCells(top + 1, 2, top + 1, 4);
      rows.forEach((row, i) => {
        put(ws, top + 2 + i, 2, [row[0], undefined, undefined, ...row.slice(1)]);
        ws.mergeCells(top + 2 + i, 2, top + 2 + i, 4);
      });
    };
    block(5, '基本方針１　確かな学力と豊かな心の育成　／　施策（１）学力の向上', [
      ['授業の内容がよく分かると答えた児童生徒の割合', '％', 78.2, 82.0, 84.6, 80.1, 'A'],
      ['家庭で１日30分以上読書する児童の割合', '％', 32.5, 40.0, 33.8, 38.9, 'B'],
      ['英検３級相当以上の英語力を有する中学３年生の割合', '％', 41.0, 50.0, 52.7, 50.0, 'A'],
    ]);
    put(ws, 10, 2, ['※全国平均は、令和５年度全国学力・学習状況調査及び英語教育実施状況調査の値。']);
    block(12, '基本方針２　安全で快適な教育環境の整備　／　施策（２）学校施設・ICT環境の充実', [
      ['学校施設の長寿命化改修済棟数（累計）', '棟', 6, 12, 12, '—', 'A'],
      ['ICT支援員の学校訪問回数', '回', 480, 600, 758, '—', 'S'],
    ]);
    put(ws, 17, 1, ['【学識経験者の意見】']);
    put(ws, 18, 1, ['読書習慣の定着に課題が見られる。家庭との連携による取組の強化が望まれる。ICT支援員の活用は高く評価できる。']);
    ws.mergeCells('A18:J18');
  },
  expected: {
    file: 'h62-education-check.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(E, '授業の内容がよく分かると答えた児童生徒の割合', '％', 82.0, 84.6, { existing: 'A' }),
      ind(E, '家庭で１日30分以上読書する児童の割合', '％', 40.0, 33.8, { existing: 'B' }),
      ind(E, '英検３級相当以上の英語力を有する中学３年生の割合', '％', 50.0, 52.7, { existing: 'A' }),
      ind(E, '学校施設の長寿命化改修済棟数（累計）', '棟', 12, 12, { existing: 'A' }),
      ind(E, 'ICT支援員の学校訪問回数', '回', 600, 758, { existing: 'S' }),
    ],
    groups: [],
  },
};

const W = '経営指標';
const water: Holdout2Workbook = {
  name: 'h62-water-kpi',
  layout:
    '上下水道 経営指標: two tables with years as rows, a 単位 row under the names, 類似団体平均 / 全国平均 rows, the 経営戦略 目標値 row last, lower-is-better stated in a note',
  build(wb) {
    const ws = wb.addWorksheet(W);
    widths(ws, [3, 26, 12, 14, 12, 14, 12]);
    put(ws, 2, 2, ['○○市上下水道事業　経営指標の推移（令和５年度決算）']);
    ws.mergeCells('B2:G2');
    put(ws, 3, 2, ['経営戦略（令和３年度～令和１２年度）に定める目標値との比較']);
    const years = ['令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度'];
    put(ws, 5, 2, ['【水道事業】']);
    put(ws, 6, 2, ['年度', '有収率', '経常収支比率', '料金回収率', '管路経年化率', '給水原価']);
    put(ws, 7, 2, ['（単位）', '％', '％', '％', '％', '円/㎥']);
    const wv = [
      [86.2, 108.4, 98.1, 14.8, 182.4],
      [86.9, 110.2, 100.4, 16.1, 179.9],
      [87.4, 106.7, 96.2, 17.9, 185.6],
      [87.1, 103.5, 93.8, 19.6, 192.3],
      [88.3, 101.9, 92.5, 21.3, 198.7],
    ];
    years.forEach((y, i) => put(ws, 8 + i, 2, [y, ...wv[i]]));
    put(ws, 13, 2, ['類似団体平均（令和４年度）', 85.3, 108.9, 97.3, 19.4, 188.1]);
    put(ws, 14, 2, ['全国平均（令和４年度）', 89.8, 110.3, 100.1, 22.1, 175.2]);
    put(ws, 15, 2, ['経営戦略目標値（令和５年度）', 88.0, 105.0, 100.0, 25.0, 190.0]);
    put(ws, 17, 2, ['【下水道事業】']);
    put(ws, 18, 2, ['年度', '水洗化率', '経費回収率', '汚水処理原価']);
    put(ws, 19, 2, ['（単位）', '％', '％', '円/㎥']);
    const sv = [
      [88.4, 97.2, 158.2],
      [89.0, 95.8, 161.0],
      [89.6, 99.1, 155.4],
      [90.1, 94.3, 164.9],
      [90.7, 91.6, 170.3],
    ];
    years.forEach((y, i) => put(ws, 20 + i, 2, [y, ...sv[i]]));
    put(ws, 25, 2, ['類似団体平均（令和４年度）', 92.5, 96.8, 168.2]);
    put(ws, 26, 2, ['経営戦略目標値（令和５年度）', 92.0, 100.0, 160.0]);
    put(ws, 28, 2, ['※管路経年化率、給水原価及び汚水処理原価は、数値が低いほど良好であることを示す。']);
    put(ws, 29, 2, ['※類似団体平均及び全国平均は、総務省「経営比較分析表」（令和４年度決算）による。']);
    for (let r = 8; r <= 15; r++) for (let c = 3; c <= 7; c++) ws.getCell(r, c).numFmt = '0.0';
    for (let r = 20; r <= 26; r++) for (let c = 3; c <= 5; c++) ws.getCell(r, c).numFmt = '0.0';
  },
  expected: {
    file: 'h62-water-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W, '有収率', '％', 88.0, 88.3),
      ind(W, '経常収支比率', '％', 105.0, 101.9),
      ind(W, '料金回収率', '％', 100.0, 92.5),
      ind(W, '管路経年化率', '％', 25.0, 21.3, { direction: 'down' }),
      ind(W, '給水原価', '円/㎥', 190.0, 198.7, { direction: 'down' }),
      ind(W, '水洗化率', '％', 92.0, 90.7),
      ind(W, '経費回収率', '％', 100.0, 91.6),
      ind(W, '汚水処理原価', '円/㎥', 160.0, 170.3, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const DOCUMENT_WORKBOOKS: Holdout2Workbook[] = [committee, monitoring, subsidy, gender, disability, education, water];
