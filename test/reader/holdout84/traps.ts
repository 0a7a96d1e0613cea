/**
 * Hold-out 84, part 3: four traps — a hidden 実績（速報） column beside the visible 実績 with 「再掲」 KPIs repeated under a second
 * 基本目標, targets in the (unlabelled) row below each indicator, a 評価 column of IF formulas that treats every indicator as
 * up, and full-width figures with 「約」 and 万 (「約１．５万人」「５万８，２１０冊」).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------
// 総合戦略 KPI: column G 「令和5年度実績（速報）」 is hidden (superseded working figures), column H 「令和5年度実績」 is the one
// shown; two KPIs appear again under another 基本目標 marked 「再掲（1-2）」 in a visible 再掲 column: one indicator each.
const R1 = 'KPI一覧';
type KpiRow = [string | undefined, string, string, string, Cell, Cell, Cell, Cell, string | undefined, string | undefined];
const kpiRows: KpiRow[] = [
  ['1 稼ぐ力を高め安心して働けるまち', '1-1', '企業誘致件数', '件', 2, 3, 3, 2, undefined, undefined],
  [undefined, '1-2', '新規就農者数', '人', 8, 10, 11, 11, undefined, undefined],
  [undefined, '1-3', '市内事業所の従業者数', '人', 24310, 24500, 24180, 24262, undefined, '経済センサス補間値'],
  ['2 新しいひとの流れをつくる', '2-1', '転入者数', '人', 3820, 4000, 3950, 3912, undefined, '住民基本台帳'],
  [undefined, '2-2', '移住相談窓口を通じた移住者数', '人', 21, 40, 38, 42, undefined, undefined],
  [undefined, '2-3', '新規就農者数', '人', 8, 10, 11, 11, '再掲（1-2）', undefined],
  ['3 結婚・出産・子育ての希望をかなえる', '3-1', '合計特殊出生率', '－', 1.41, 1.5, '－', '集計中', undefined, '人口動態統計の公表後に確定'],
  [undefined, '3-2', '子育て支援センターの利用者数', '人', 18400, 20000, 19120, 19650, undefined, undefined],
  ['4 安心して暮らし続けられるまち', '4-1', '地域おこし協力隊員の任期後の定住者数（累計）', '人', 5, 12, 10, 10, undefined, undefined],
  [undefined, '4-2', '転入者数', '人', 3820, 4000, 3950, 3912, '再掲（2-1）', undefined],
];
const hiddenRekei: Holdout2Workbook = {
  name: 'h84-trap-hidden-sokuho-rekei',
  layout:
    '総合戦略KPI実績一覧（令和5年度）: 非表示のG列「令和5年度実績（速報）」（確定値と異なる）、表示のH列「令和5年度実績」、再掲列に「再掲（1-2）」「再掲（2-1）」の行（同じ指標・同じ数値）、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(R1);
    put(ws, 1, 1, ['つばさ市 第2期まち・ひと・しごと創生総合戦略　KPI実績一覧（令和5年度）']);
    put(ws, 2, 1, ['令和6年6月　総合戦略推進会議資料', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '政策企画課']);
    put(ws, 4, 1, [
      '基本目標',
      'No.',
      '重要業績評価指標（KPI）',
      '単位',
      '基準値\n（令和元年度）',
      '令和5年度\n目標値',
      '令和5年度実績\n（速報）',
      '令和5年度\n実績',
      '再掲',
      '備考',
    ]);
    kpiRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    ws.mergeCells('A11:A12');
    ws.mergeCells('A13:A14');
    ws.getColumn(7).hidden = true;
    put(ws, 16, 1, ['※「再掲」欄に記載のあるKPIは、他の基本目標のKPIを再掲したもの。']);
    ws.getColumn(1).width = 26;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h84-trap-hidden-sokuho-rekei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R1, '企業誘致件数', '件', 3, 2),
      ind(R1, '新規就農者数', '人', 10, 11),
      ind(R1, '市内事業所の従業者数', '人', 24500, 24262),
      ind(R1, '転入者数', '人', 4000, 3912),
      ind(R1, '移住相談窓口を通じた移住者数', '人', 40, 42),
      ind(R1, '合計特殊出生率', null, 1.5, null, { actualStatus: 'pending' }),
      ind(R1, '子育て支援センターの利用者数', '人', 20000, 19650),
      ind(R1, '地域おこし協力隊員の任期後の定住者数（累計）', '人', 12, 10),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 上下水道ビジョン: each 業務指標 on two rows, the upper its 実績値 (令和3〜5年度), the lower — with no label, only a note
// 「（上段：実績値／下段：目標値）」 above the table — its 目標値 for the same years and 令和8年度（最終目標）.
const W2 = '進捗状況';
type WaterRow = [string, string, number[], Cell[], number[], number, string | undefined];
const waterRows: WaterRow[] = [
  ['水洗化率', '％', [95.2, 95.6], [96.1], [95.5, 96.0, 96.5], 98.0, undefined],
  ['基幹管路の耐震適合率', '％', [38.2, 40.1], [41.3], [39.0, 41.0, 43.0], 50.0, undefined],
  ['有収率', '％', [89.8, 90.3], [91.2], [90.0, 90.5, 91.0], 92.0, undefined],
  ['汚水管渠の改築延長（累計）', 'km', [4.2, 8.9], [12.1], [4.0, 8.0, 12.0], 24.0, undefined],
  ['不明水率', '％', [18.4, 17.9], [19.6], [18.0, 17.0, 16.0], 13.0, '削減を目指す。令和5年度は大雨の影響'],
  ['水道料金の収納率', '％', [98.9, 99.0], ['99.1（見込）'], [99.0, 99.0, 99.0], 99.0, '出納整理期間後に確定'],
];
const targetsBelow: Holdout2Workbook = {
  name: 'h84-trap-targets-row-below',
  layout:
    '上下水道ビジョン（後期実施計画）業務指標の進捗: 指標ごとに2行、上段が実績値・下段（指標名なし・ラベルなし）が目標値、注記「（上段：実績値／下段：目標値）」、令和8年度（最終目標）は下段のみ、「99.1（見込）」',
  build(wb) {
    const ws = wb.addWorksheet(W2);
    put(ws, 1, 1, ['しらかわ市上下水道ビジョン（後期実施計画）　業務指標の進捗状況（令和5年度）']);
    put(ws, 2, 1, ['上下水道局 経営企画課', undefined, undefined, undefined, undefined, undefined, '（上段：実績値／下段：目標値）']);
    put(ws, 4, 1, ['No.', '業務指標', '単位', '令和3年度', '令和4年度', '令和5年度', '令和8年度\n（最終目標）', '備考']);
    waterRows.forEach(([name, unit, past, now, targets, final, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, name, unit, ...past, ...now, undefined, note]);
      put(ws, r + 1, 4, [...targets, final]);
      ws.mergeCells(`A${r}:A${r + 1}`);
      ws.mergeCells(`H${r}:H${r + 1}`);
    });
    ws.getColumn(2).width = 30;
    ws.getColumn(8).width = 34;
  },
  expected: {
    file: 'h84-trap-targets-row-below.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W2, '水洗化率', '％', 96.5, 96.1),
      ind(W2, '基幹管路の耐震適合率', '％', 43.0, 41.3),
      ind(W2, '有収率', '％', 91.0, 91.2),
      ind(W2, '汚水管渠の改築延長（累計）', 'km', 12.0, 12.1),
      ind(W2, '不明水率', '％', 16.0, 19.6, { direction: 'down' }),
      ind(W2, '水道料金の収納率', '％', 99.0, 99.1, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 衛生組合 (一部事務組合) 一般廃棄物処理基本計画: 達成率 =実績÷目標 and 評価 =IF(…) formulas (cached results) for every row,
// although a 目標の方向 column says 減少 for four of them: the written grades are what the formulas show; the grades under the
// default rules follow the direction (target ÷ actual).
const G3 = '数値目標';
const wasteRows: [string, string, '減少' | '増加', number, number][] = [
  ['1人1日当たりごみ排出量', 'g', '減少', 880, 902],
  ['リサイクル率', '％', '増加', 22.0, 19.4],
  ['最終処分量', 't', '減少', 3200, 3650],
  ['資源物の集団回収量', 't', '増加', 1500, 1128],
  ['生ごみ処理機購入費補助件数', '件', '増加', 60, 34],
  ['不法投棄の通報件数', '件', '減少', 40, 58],
  ['事業系ごみ排出量', 't', '減少', 8400, 8120],
];
const bandOf = (rate: number) => (rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.6 ? 'C' : 'D');
const formulaGrades: Holdout2Workbook = {
  name: 'h84-trap-formula-grades',
  layout:
    '衛生組合（一部事務組合）の一般廃棄物処理基本計画 数値目標（令和5年度）: 達成率=実績÷目標・評価=IF式（結果あり）が全行に、目標の方向列で4行が「減少」（式は方向を見ない）',
  build(wb) {
    const ws = wb.addWorksheet(G3);
    put(ws, 1, 1, ['あけぼの地区衛生組合　一般廃棄物処理基本計画（後期：令和4年度～令和8年度）　数値目標の達成状況（令和5年度）']);
    put(ws, 2, 1, ['構成市町：あけぼの市・みさき町', undefined, undefined, undefined, undefined, undefined, undefined, '総務課 計画係']);
    put(ws, 4, 1, ['No.', '指標', '単位', '目標の方向', '令和5年度\n目標値', '令和5年度\n実績値', '達成率', '評価']);
    wasteRows.forEach(([name, unit, way, target, actual], i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, name, unit, way, target, actual]);
      ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: actual / target };
      ws.getCell(r, 7).numFmt = '0.0%';
      ws.getCell(r, 8).value = {
        formula: `IF(G${r}>=1,"A",IF(G${r}>=0.8,"B",IF(G${r}>=0.6,"C","D")))`,
        result: bandOf(actual / target),
      };
    });
    put(ws, 13, 1, ['評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h84-trap-formula-grades.xlsx',
    fiscalYear: 2023,
    indicators: wasteRows.map(([name, unit, way, target, actual]) =>
      ind(G3, name, unit, target, actual, { direction: way === '減少' ? 'down' : 'up', existing: bandOf(actual / target) }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 町の生涯学習・スポーツ推進計画 事業実績: every figure in full-width digits inside text, 「約」 before targets and actuals,
// 万 inside numbers (「６万冊」「５万８，２１０冊」「約１．５万人」), full-width grade letters, a name with full-width digits.
const Z4 = '事業実績';
const zenRows: [string, string, string, string, string][] = [
  ['体育施設管理運営事業', '町民体育館の年間利用者数', '２８，０００人', '約２６，５００人', 'Ｂ'],
  ['町民運動会開催事業', '町民運動会の参加者数', '約１，２００人', '１，３４６人', 'Ａ'],
  ['図書館運営事業', '図書館の年間貸出冊数', '６万冊', '５万８，２１０冊', 'Ｂ'],
  ['ふるさと祭り開催支援事業', 'ふるさと祭りの来場者数', '約１．５万人', '約１．３万人', 'Ｂ'],
  ['高齢者運動教室事業', '６５歳以上の運動教室参加者数（延べ）', '１，８００人', '２，０１４人', 'Ａ'],
  ['公民館講座事業', '公民館講座の受講者満足度', '９０．０％以上', '８７．３％', 'Ａ'],
  ['放課後子ども教室推進事業', '放課後子ども教室の開催回数', '年１２０回', '年９６回', 'Ｃ'],
];
const fullWidth: Holdout2Workbook = {
  name: 'h84-trap-fullwidth-yaku-man',
  layout:
    '町の生涯学習・スポーツ推進計画 令和５年度事業実績: 目標・実績とも全角数字の文字列、「約」付き（目標にも）、「６万冊」「５万８，２１０冊」「約１．５万人」、全角の自己評価Ａ〜Ｄ、指標名に「６５歳以上」',
  build(wb) {
    const ws = wb.addWorksheet(Z4);
    put(ws, 1, 1, ['あおば町 生涯学習・スポーツ推進計画（後期）　令和５年度 事業実績']);
    put(ws, 2, 1, ['教育委員会 生涯学習課', undefined, undefined, undefined, undefined, '令和６年５月作成']);
    put(ws, 4, 1, ['Ｎｏ．', '事業名', '指標', '目標（令和５年度）', '実績（令和５年度）', '自己評価', '今後の方向性']);
    zenRows.forEach((r, i) => put(ws, 5 + i, 1, [String.fromCharCode(0xff11 + i), ...r, '継続']));
    put(ws, 13, 1, ['自己評価　Ａ：目標を達成　Ｂ：概ね達成　Ｃ：やや不十分　Ｄ：不十分']);
    ws.getColumn(2).width = 28;
    ws.getColumn(3).width = 36;
  },
  expected: {
    file: 'h84-trap-fullwidth-yaku-man.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Z4, '町民体育館の年間利用者数', '人', 28000, 26500, { existing: 'B', actualStatus: 'approximate' }),
      ind(Z4, '町民運動会の参加者数', '人', 1200, 1346, { existing: 'A' }),
      ind(Z4, '図書館の年間貸出冊数', '冊', 60000, 58210, { existing: 'B' }),
      ind(Z4, 'ふるさと祭りの来場者数', '人', 15000, 13000, { existing: 'B', actualStatus: 'approximate' }),
      ind(Z4, '６５歳以上の運動教室参加者数（延べ）', '人', 1800, 2014, { existing: 'A' }),
      ind(Z4, '公民館講座の受講者満足度', '％', 90.0, 87.3, { existing: 'A' }),
      ind(Z4, '放課後子ども教室の開催回数', '回', 120, 96, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [hiddenRekei, targetsBelow, formulaGrades, fullWidth];
