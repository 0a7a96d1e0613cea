/** Hold-out 58, part 1: practical documents outside the four families (創生総合戦略, 水道ビジョン PI, 農業委員会, 地域公共交通, 生涯学習, 自殺対策). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const S1 = '基本目標1';
const sousei: Holdout2Workbook = {
  name: 'h58-sousei-strategy',
  layout: '創生総合戦略: 基本目標の数値目標（最終目標のみ）と施策ごとの KPI 表を縦に、評価の文字、凡例の注記',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第2期みなと市まち・ひと・しごと創生総合戦略　令和5年度 進捗状況']);
    put(ws, 2, 1, ['基本目標1　安定した雇用を創出する', undefined, undefined, undefined, undefined, '担当課：商工観光課']);
    put(ws, 4, 1, ['【数値目標】']);
    put(ws, 5, 1, ['数値目標', undefined, '単位', '基準値（R1）', '目標値（R6）', 'R5実績', '評価']);
    ws.mergeCells('A5:B5');
    put(ws, 6, 1, ['市内事業所の従業者数', undefined, '人', 18420, 19000, 18760, 'B']);
    ws.mergeCells('A6:B6');
    put(ws, 7, 1, ['新規創業件数（年間）', undefined, '件', 12, 20, 21, 'A']);
    ws.mergeCells('A7:B7');
    put(ws, 9, 1, ['【重要業績評価指標（KPI）】']);
    put(ws, 10, 1, ['具体的な施策', 'KPI', '単位', '基準値（R1）', 'R5目標', 'R5実績', '評価']);
    put(ws, 11, 1, ['①地場産業の振興', '企業立地件数（累計）', '件', 3, 8, 7, 'B']);
    put(ws, 12, 2, ['設備投資補助件数', '件', 15, 20, 14, 'C']);
    ws.mergeCells('A11:A12');
    put(ws, 13, 1, ['②創業支援', '創業セミナー受講者数', '人', 45, 60, 62, 'A']);
    put(ws, 14, 1, ['③就労支援', '市内高校生の市内就職率', '％', 28.5, 32.0, 25.1, 'C']);
    put(ws, 15, 2, ['UIJターン就職者数', '人', 8, 15, 9, 'C']);
    ws.mergeCells('A14:A15');
    put(ws, 17, 1, ['評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 18, 1, ['※基準値は令和元年度の数値。数値目標の目標値は計画最終年度（令和6年度）の値。']);
    ws.getColumn(1).width = 28;
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h58-sousei-strategy.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(S1, '市内事業所の従業者数', '人', 19000, 18760, { existing: 'B' })),
      fin(ind(S1, '新規創業件数（年間）', '件', 20, 21, { existing: 'A' })),
      ind(S1, '企業立地件数（累計）', '件', 8, 7, { existing: 'B' }),
      ind(S1, '設備投資補助件数', '件', 20, 14, { existing: 'C' }),
      ind(S1, '創業セミナー受講者数', '人', 60, 62, { existing: 'A' }),
      ind(S1, '市内高校生の市内就職率', '％', 32.0, 25.1, { existing: 'C' }),
      ind(S1, 'UIJターン就職者数', '人', 15, 9, { existing: 'C' }),
    ],
    groups: [],
  },
};

const S2 = '業務指標（PI）';
const water: Holdout2Workbook = {
  name: 'h58-water-vision-pi',
  layout: '水道事業ビジョン: PI番号の列、望ましい方向 ↑↓ の列、過年度実績2列の後に当年度の目標・実績、区分の結合',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度　みなと市水道事業ビジョン　進捗管理表']);
    put(ws, 2, 8, ['上下水道局 経営企画課']);
    put(ws, 4, 1, ['区分', 'PI番号', '業務指標', '単位', '望ましい方向', '令和3年度', '令和4年度', '令和5年度', undefined, '備考']);
    put(ws, 5, 8, ['目標', '実績']);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('H4:I4');
    const rows: (string | number | undefined)[][] = [
      ['安全', 'A204', '直結給水率', '％', '↑', 12.4, 13.1, 14.0, 13.8],
      ['強靭', 'B602', '浄水施設の耐震化率', '％', '↑', 35.0, 35.0, 50.0, 35.0, '第2浄水場の更新工事はR7完了予定'],
      [undefined, 'B604', '配水池の耐震化率', '％', '↑', 61.2, 68.4, 72.0, 72.6],
      [undefined, 'B504', '管路の更新率', '％', '↑', 0.62, 0.71, 1.0, 0.58, '入札不調2件'],
      ['持続', 'B110', '漏水率', '％', '↓', 4.1, 3.8, 3.0, 3.4],
      [undefined, 'C102', '経常収支比率', '％', '↑', 108.2, 104.5, 105.0, 101.3],
      [undefined, 'C113', '料金回収率', '％', '↑', 98.6, 96.1, 100.0, 94.8],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    ws.mergeCells('A7:A9');
    ws.mergeCells('A10:A12');
    put(ws, 14, 1, ['※望ましい方向　↑：値が大きいほど良い　↓：値が小さいほど良い']);
    put(ws, 15, 1, ['※PI番号は水道事業ガイドライン（JWWA Q 100）による。令和3・4年度は決算値。']);
    ws.getColumn(3).width = 22;
  },
  expected: {
    file: 'h58-water-vision-pi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '直結給水率', '％', 14.0, 13.8),
      ind(S2, '浄水施設の耐震化率', '％', 50.0, 35.0),
      ind(S2, '配水池の耐震化率', '％', 72.0, 72.6),
      ind(S2, '管路の更新率', '％', 1.0, 0.58),
      ind(S2, '漏水率', '％', 3.0, 3.4, { direction: 'down' }),
      ind(S2, '経常収支比率', '％', 105.0, 101.3),
      ind(S2, '料金回収率', '％', 100.0, 94.8),
    ],
    groups: [],
  },
};

const S3 = '点検・評価';
const agri: Holdout2Workbook = {
  name: 'h58-agri-committee',
  layout: '農業委員会の活動の点検・評価: 上に管内の概況表（指標でない）、活動ごとの目標・実績・達成状況（％）、評価対象期間は注記の日付',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['農業委員会の活動の点検・評価（案）']);
    put(ws, 2, 1, ['みなと市農業委員会', undefined, undefined, undefined, undefined, '評価対象期間：令和5年4月1日～令和6年3月31日']);
    put(ws, 4, 1, ['Ⅰ 農業委員会の状況']);
    put(ws, 5, 1, ['区分', '農家数（戸）', '農地面積（ha）', '農業委員数（人）', '推進委員数（人）']);
    put(ws, 6, 1, ['令和6年3月31日現在', 1842, 2350, 14, 19]);
    put(ws, 8, 1, ['Ⅱ 活動の目標及び実績']);
    put(ws, 9, 1, ['活動', '指標', '単位', '目標', '実績', '達成状況（％）']);
    put(ws, 10, 1, ['1 担い手への農地の集積・集約化', '新規集積面積', 'ha', 45, 38.2, 84.9]);
    put(ws, 11, 1, ['2 遊休農地に関する措置', '遊休農地の解消面積', 'ha', 6.0, 6.3, 105.0]);
    put(ws, 12, 2, ['利用状況調査の実施率', '％', 100, 100, 100.0]);
    ws.mergeCells('A11:A12');
    put(ws, 13, 1, ['3 新規参入の促進', '新規参入者数', '経営体', 5, 2, 40.0]);
    put(ws, 14, 1, ['4 違反転用への適正な対応', '違反転用の是正件数', '件', 3, 3, 100.0]);
    put(ws, 15, 1, ['5 農地法等に基づく事務', '標準処理期間内の処理率', '％', 100, 98.5, 98.5]);
    put(ws, 17, 1, ['（注）達成状況＝実績÷目標×100']);
    put(ws, 18, 1, ['Ⅲ 地域の農業者等からの主な要望・意見']);
    put(ws, 19, 1, ['・遊休農地の草刈りについて、所有者への指導を強化してほしい。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 24;
  },
  expected: {
    file: 'h58-agri-committee.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '新規集積面積', 'ha', 45, 38.2),
      ind(S3, '遊休農地の解消面積', 'ha', 6.0, 6.3),
      ind(S3, '利用状況調査の実施率', '％', 100, 100),
      ind(S3, '新規参入者数', '経営体', 5, 2),
      ind(S3, '違反転用の是正件数', '件', 3, 3),
      ind(S3, '標準処理期間内の処理率', '％', 100, 98.5),
    ],
    groups: [],
  },
};

const S4 = '評価指標';
const transit: Holdout2Workbook = {
  name: 'h58-transit-plan',
  layout: '地域公共交通計画: 基準値（R3）・目標値（R9）と実績値を R4・R5 の2列（2段の見出し）、「170以下」の目標、下に参考の人口表',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['みなと市地域公共交通計画　評価指標の達成状況（令和5年度）']);
    put(ws, 2, 7, ['都市計画課 交通政策係']);
    put(ws, 4, 1, ['No', '評価指標', '単位', '基準値', '目標値', '実績値', undefined, '備考']);
    put(ws, 5, 4, ['（R3）', '（R9）', 'R4', 'R5']);
    for (const c of ['A', 'B', 'C', 'H']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('F4:G4');
    const rows: (string | number | undefined)[][] = [
      [1, '市内路線バスの年間利用者数', '千人', 1248, 1350, 1196, 1274],
      [2, 'デマンド交通の年間利用者数', '人', 8420, 12000, 9880, 10615, '運行区域をR5.10に拡大'],
      [3, '路線バスの収支率', '％', 38.2, 45.0, 36.5, 40.1],
      [4, '公共交通に対する市の財政負担額', '百万円', 182, '170以下', 195, 188],
      [5, '公共交通に満足している市民の割合', '％', 31.5, 40.0, 33.0, 34.8, '市民意識調査'],
      [6, '交通空白地域の人口カバー率', '％', 92.1, 95.0, 93.4, 95.2],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※目標値は計画最終年度（令和9年度）の値']);
    put(ws, 15, 1, ['【参考】', '市の人口（各年度末）', '人', 79820, undefined, 79105, 78450]);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h58-transit-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(S4, '市内路線バスの年間利用者数', '千人', 1350, 1274)),
      fin(ind(S4, 'デマンド交通の年間利用者数', '人', 12000, 10615)),
      fin(ind(S4, '路線バスの収支率', '％', 45.0, 40.1)),
      fin(ind(S4, '公共交通に対する市の財政負担額', '百万円', 170, 188, { direction: 'down' })),
      fin(ind(S4, '公共交通に満足している市民の割合', '％', 40.0, 34.8)),
      fin(ind(S4, '交通空白地域の人口カバー率', '％', 95.0, 95.2)),
    ],
    groups: [],
  },
};

const S5 = '成果指標';
const learning: Holdout2Workbook = {
  name: 'h58-lifelong-learning',
  layout: '生涯学習推進計画: 指標ごとに目標/実績の2行、R4〜R7 の列（R6・R7 は目標だけ）、基本目標・指標名・単位を2行に結合、担当課の列',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['第3次みなと市生涯学習推進計画　成果指標の進捗状況']);
    put(ws, 2, 1, ['（評価対象：令和5年度）', undefined, undefined, undefined, undefined, undefined, undefined, '生涯学習課']);
    put(ws, 4, 1, ['基本目標', '成果指標', '単位', '区分', 'R4', 'R5', 'R6', 'R7', '担当課']);
    const data: [string, string, string, number[], number[], string][] = [
      ['学ぶ', '公民館講座の延べ受講者数', '人', [9000, 9500, 10000, 10500], [8612, 9204], '生涯学習課'],
      ['学ぶ', '市民一人当たりの図書貸出冊数', '冊', [5.2, 5.4, 5.6, 5.8], [5.0, 5.1], '図書館'],
      ['生かす', '生涯学習ボランティア登録者数', '人', [320, 340, 360, 380], [298, 352], '生涯学習課'],
      ['つながる', '地域学校協働活動の実施校数', '校', [8, 10, 12, 14], [8, 9], '学校教育課'],
      ['つながる', '生涯学習に取り組んでいる市民の割合', '％', [50.0, 52.0, 54.0, 56.0], [44.2, 43.9], '生涯学習課'],
    ];
    data.forEach(([goal, name, unit, t, a, dept], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [goal, name, unit, '目標', ...t, dept]);
      put(ws, r + 1, 4, ['実績', ...a]);
      for (const c of ['B', 'C', 'I']) ws.mergeCells(`${c}${r}:${c}${r + 1}`);
    });
    ws.mergeCells('A5:A8');
    ws.mergeCells('A11:A14');
    put(ws, 16, 1, ['※生涯学習に取り組んでいる市民の割合は市民意識調査（毎年6月実施）による。']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h58-lifelong-learning.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '公民館講座の延べ受講者数', '人', 9500, 9204),
      ind(S5, '市民一人当たりの図書貸出冊数', '冊', 5.4, 5.1),
      ind(S5, '生涯学習ボランティア登録者数', '人', 340, 352),
      ind(S5, '地域学校協働活動の実施校数', '校', 10, 9),
      ind(S5, '生涯学習に取り組んでいる市民の割合', '％', 52.0, 43.9),
    ],
    groups: [],
  },
};

const S6 = '評価指標';
const suicide: Holdout2Workbook = {
  name: 'h58-suicide-plan',
  layout: '自殺対策計画: 目標の方向（減少/増加）の列、計画策定時の値に年の括弧、目標値（令和9年度）だけ、令和5年度実績',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['みなと市いのち支える自殺対策計画（第2次）　令和5年度 取組状況']);
    put(ws, 2, 6, ['健康推進課']);
    put(ws, 4, 1, ['評価指標', '単位', '目標の方向', '計画策定時', '目標値（令和9年度）', '令和5年度実績', '備考']);
    const rows: (string | number)[][] = [
      ['自殺死亡率', '人口10万人当たり', '減少', '18.9（H30）', 13.2, 16.4, '人口動態統計（暦年）'],
      ['自殺者数', '人', '減少', '15（H30）', 10, 12, '人口動態統計（暦年）'],
      ['ゲートキーパー養成講座の受講者数（累計）', '人', '増加', '420（H30）', 1200, 910],
      ['こころの相談窓口を知っている市民の割合', '％', '増加', '38.0（R1）', 60.0, 47.5, '市民意識調査'],
      ['自殺対策に関する職員研修の受講率', '％', '増加', '55.0（R1）', 100.0, 100.0],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※自殺死亡率は人口10万人当たりの自殺者数。']);
    put(ws, 12, 1, ['※目標値は計画最終年度の値。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h58-suicide-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(S6, '自殺死亡率', '人口10万人当たり', 13.2, 16.4, { direction: 'down' })),
      fin(ind(S6, '自殺者数', '人', 10, 12, { direction: 'down' })),
      fin(ind(S6, 'ゲートキーパー養成講座の受講者数（累計）', '人', 1200, 910)),
      fin(ind(S6, 'こころの相談窓口を知っている市民の割合', '％', 60.0, 47.5)),
      fin(ind(S6, '自殺対策に関する職員研修の受講率', '％', 100.0, 100.0)),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [sousei, water, agri, transit, learning, suicide];
