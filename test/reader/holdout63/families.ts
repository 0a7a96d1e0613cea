/** Hold-out 63, part 1: the four known families in layouts of cities imagined afresh (policy sheets stacked and tiled, 事業実績 text, KPI per period, plan indicators). */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const P1 = '施策2-3';
const stackedGrades = ['B', 'A', 'B', 'B'];
const stacked: Holdout2Workbook = {
  name: 'h63-policy-stacked-notes',
  layout:
    '施策評価シート（縦積み）: B列から、指標ごとに 年度見出し・実績値・期待値 の3行、R2 が現状値、R7 が目標値、減少の方向は備考の注記だけ、評価欄は右上の結合セル',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 2, ['令和５年度　基本施策事後評価シート（評価対象年度：令和５年度）']);
    put(ws, 2, 2, ['基本方針', '２　健やかに暮らせるまち']);
    ws.mergeCells('C2:F2');
    put(ws, 3, 2, ['基本施策', '２－３　地域医療と健康づくりの推進', undefined, undefined, undefined, '達成状況', undefined, '（B）']);
    ws.mergeCells('C3:F3');
    ws.mergeCells('H3:H4');
    put(ws, 4, 2, ['担当部等', '保健福祉部']);
    const block = (
      top: number,
      no: string,
      name: string,
      unit: string,
      exp: (number | string | undefined)[],
      act: (number | string | undefined)[],
      note: string,
    ) => {
      put(ws, top, 2, [`指標${no}`, name, undefined, undefined, '単位', unit, undefined, '備考']);
      ws.mergeCells(`C${top}:E${top}`);
      put(ws, top + 1, 2, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', note]);
      put(ws, top + 2, 2, ['実績値', ...act]);
      put(ws, top + 3, 2, ['期待値\n※R7は目標値', ...exp]);
      ws.mergeCells(`I${top + 1}:I${top + 3}`);
    };
    block(6, '①', '特定健康診査の受診率', '％', ['－', 42.0, 44.0, 46.0, 48.0, 50.0], [39.8, 40.5, 41.9, 43.1], '');
    block(11, '②', 'がん検診の延べ受診者数', '人', ['－', 9200, 9400, 9600, 9800, 10000], [8850, 9310, 9520, 9790], '');
    block(16, '③', '健康づくり教室の参加者数', '人', ['－', 1500, 1600, 1700, 1800, 1900], [1210, 1380, 1550, 1460], '');
    block(21, '④', '救急搬送の平均所要時間', '分', ['－', 41.0, 40.5, 40.0, 39.5, 39.0], [42.3, 41.8, 41.2, 41.5], '※値が小さいほど良い指標');
    put(ws, 26, 2, ['達成状況分析']);
    put(ws, 27, 2, ['・特定健診は未受診者への個別勧奨により受診率が上昇したが、期待値には届かなかった。']);
    ws.getColumn(2).width = 14;
    ws.getColumn(3).width = 14;
    ws.getColumn(9).width = 22;
  },
  expected: {
    file: 'h63-policy-stacked-notes.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P1, '特定健康診査の受診率', '％', 46.0, 43.1),
      ind(P1, 'がん検診の延べ受診者数', '人', 9600, 9790),
      ind(P1, '健康づくり教室の参加者数', '人', 1700, 1460),
      ind(P1, '救急搬送の平均所要時間', '分', 40.0, 41.5, { direction: 'down' }),
    ],
    groups: [{ sheet: P1, cell: 'H3', grade: rollUp(stackedGrades) }],
  },
};

const P2 = '5-1';
const tiledGrades = ['A', 'C', 'B', 'A'];
const tiled: Holdout2Workbook = {
  name: 'h63-policy-tiled-final-only',
  layout:
    '施策評価シート（2列タイル）: 指標ブロックを左右に、見出しは「目標」「実績」、ある指標は R5 の目標が空欄で最終年度（R8）の目標値のみ、施策評価は最下段',
  build(wb) {
    const ws = wb.addWorksheet(P2);
    put(ws, 1, 1, ['施策評価シート　　対象年度：令和5年度']);
    put(ws, 2, 1, ['政策5　産業の活力あるまち　　施策5-1　農林業の振興', undefined, undefined, undefined, undefined, undefined, undefined, '所管：農林課']);
    ws.mergeCells('A2:G2');
    const tile = (top: number, left: number, no: string, name: string, unit: string, tgt: (number | undefined)[], act: (number | undefined)[]) => {
      put(ws, top, left, [`成果指標${no}`, name]);
      ws.mergeCells(top, left + 1, top, left + 5);
      put(ws, top + 1, left, ['単位：' + unit, 'R4', 'R5', 'R6', 'R7', 'R8（目標）']);
      put(ws, top + 2, left, ['目標', ...tgt]);
      put(ws, top + 3, left, ['実績', ...act]);
    };
    tile(4, 1, '1', '新規就農者数', '人', [6, 6, 7, 7, 8], [7, 8]);
    tile(4, 8, '2', '認定農業者数', '経営体', [210, 215, 220, 225, 230], [205, 162]);
    tile(9, 1, '3', '農産物直売所の販売額', '百万円', [undefined, undefined, undefined, undefined, 520], [455, 468]);
    tile(9, 8, '4', '森林整備面積', 'ha', [120, 125, 130, 135, 140], [131, 142]);
    put(ws, 14, 1, ['※指標3は中間年の目標を設定していないため、最終目標で評価する。']);
    put(ws, 16, 1, ['施策の評価', undefined, 'B', undefined, '前年度', 'B']);
    ws.mergeCells('A16:B16');
    put(ws, 17, 1, ['評価基準　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.getColumn(1).width = 16;
    ws.getColumn(8).width = 16;
  },
  expected: {
    file: 'h63-policy-tiled-final-only.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P2, '新規就農者数', '人', 6, 8),
      ind(P2, '認定農業者数', '経営体', 215, 162),
      fin(ind(P2, '農産物直売所の販売額', '百万円', 520, 468)),
      ind(P2, '森林整備面積', 'ha', 125, 142),
    ],
    groups: [{ sheet: P2, cell: 'C16', grade: rollUp(tiledGrades) }],
  },
};

const B1 = '事業実績';
const projText: Holdout2Workbook = {
  name: 'h63-project-text-prevyear',
  layout: '事業実績表（C列から）: R4年度実績の列が先、数値目標・実績は文字（「セミナー 4回」）、2つの数量を1セルに、未実施、件と社の食い違い、自己評価は右端',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 2, 3, ['令和5年度　商業振興計画　推進事業の実績']);
    put(ws, 3, 9, ['商工労働課']);
    put(ws, 5, 3, ['No.', '推進事業', '令和4年度実績', '令和5年度 数値目標', '令和5年度 実績', '成果・課題', '自己評価']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)空き店舗活用支援事業\n空き店舗への出店に要する改装費を補助',
        '補助件数 3件',
        '補助件数 5件',
        '補助件数 4件',
        '問合せは多いが改装費の上昇で見送りあり',
        'B',
      ],
      [2, '(2)商業者向けセミナー開催事業', 'セミナー 3回', 'セミナー 4回', 'セミナー 4回', 'オンライン併用で参加者増', 'A'],
      [3, '(3)キャッシュレス導入支援事業', '導入支援 18件', '導入支援 30社', '導入支援 21件', '', 'C'],
      [4, '(4)創業者ステップアップ支援事業', '相談 40件\n創業 6件', '相談:50件 創業:8件', '相談:56件 創業:5件', '創業に至る割合が低い', 'B'],
      [5, '(5)商店街イベント支援事業', 'イベント 2回', 'イベント 3回', '未実施', '担い手不足のため実施できず', 'D'],
      [6, '(6)買物弱者対策事業\n移動販売車の運行を支援', '運行日数 96日', '運行日数 120日', '運行日数 118日', '', 'A'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 3, r));
    put(ws, 13, 3, ['※自己評価は担当課によるもの（A：目標を達成　B：概ね達成　C：一部未達成　D：未達成）']);
    ws.getColumn(4).width = 36;
    for (const c of [5, 6, 7]) ws.getColumn(c).width = 18;
    ws.getColumn(8).width = 30;
  },
  expected: {
    file: 'h63-project-text-prevyear.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B1, '空き店舗活用支援事業', '件', 5, 4, { existing: 'B' }),
      ind(B1, '商業者向けセミナー開催事業', '回', 4, 4, { existing: 'A' }),
      ind(B1, 'キャッシュレス導入支援事業', '社', 30, 21, { existing: 'C' }),
      {
        sheet: B1,
        name: '創業者ステップアップ支援事業',
        measures: [
          { label: '相談', target: 50, actual: 56, unit: '件' },
          { label: '創業', target: 8, actual: 5, unit: '件' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B1, '商店街イベント支援事業', '回', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B1, '買物弱者対策事業', '日', 120, 118, { existing: 'A' }),
    ],
    groups: [],
  },
};

const K1 = 'KPI進捗';
const kpiMonthEnd: Holdout2Workbook = {
  name: 'h63-kpi-month-end',
  layout:
    'KPI 表: KPI ごとに目標値・実績値の2行、期間は「令和3年3月末」…「令和7年3月末」（令和6年3月末 = 令和5年度末）、値に単位（「50 人」「1,400,000人」）、目標なしは「－」、評価時点は表の上の注記',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['第2期総合戦略 重要業績評価指標（KPI）の達成状況']);
    put(ws, 2, 1, ['（令和6年3月末時点の実績により評価）']);
    put(ws, 4, 1, ['KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末']);
    const kpi = (row: number, name: string, t: string[], a: string[]) => {
      put(ws, row, 1, [name, '目標値', ...t]);
      put(ws, row + 1, 2, ['実績値', ...a]);
      ws.mergeCells(`A${row}:A${row + 1}`);
    };
    kpi(5, '観光入込客数', ['－', '1,200,000人', '1,300,000人', '1,400,000人', '1,500,000人'], ['983,400人', '1,120,500人', '1,332,800人', '1,381,600人']);
    kpi(7, '移住相談件数', ['－', '80 件', '90 件', '100 件', '110 件'], ['72 件', '95 件', '104 件', '121 件']);
    kpi(9, '子育て世代の転入者数', ['－', '400 人', '420 人', '440 人', '460 人'], ['388 人', '401 人', '396 人', '352 人']);
    kpi(11, 'ふるさと納税寄附件数', ['－', '8,000 件', '9,000 件', '10,000 件', '11,000 件'], ['7,420 件', '9,215 件', '11,380 件', '9,904 件']);
    kpi(13, '市内企業の新規雇用者数', ['－', '150 人', '150 人', '150 人', '150 人'], ['131 人', '162 人', '148 人', '149 人']);
    put(ws, 16, 1, ['※令和7年3月末の欄は計画最終年度の目標値。']);
    ws.getColumn(1).width = 26;
    for (let c = 3; c <= 7; c++) ws.getColumn(c).width = 13;
  },
  expected: {
    file: 'h63-kpi-month-end.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '観光入込客数', '人', 1400000, 1381600),
      ind(K1, '移住相談件数', '件', 100, 121),
      ind(K1, '子育て世代の転入者数', '人', 440, 352),
      ind(K1, 'ふるさと納税寄附件数', '件', 10000, 9904),
      ind(K1, '市内企業の新規雇用者数', '人', 150, 149),
    ],
    groups: [],
  },
};

const K2 = '数値目標';
const kpiFy: Holdout2Workbook = {
  name: 'h63-kpi-ad-years-later-filled',
  layout:
    'KPI 表（西暦年度）: 2022年度〜2024年度の「目標」「実績」を交互の列、2024年度の実績も一部記入済み、評価年度はタイトルの「2023年度」、合計の行、単位は見出しのみ',
  build(wb) {
    const ws = wb.addWorksheet(K2);
    put(ws, 1, 2, ['2023年度　スポーツ推進計画　数値目標の進捗']);
    put(ws, 2, 2, ['生涯スポーツ課（2024年6月時点）']);
    put(ws, 4, 2, ['指標', '2022年度', undefined, '2023年度', undefined, '2024年度', undefined]);
    ws.mergeCells('C4:D4');
    ws.mergeCells('E4:F4');
    ws.mergeCells('G4:H4');
    put(ws, 5, 2, [undefined, '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('B4:B5');
    const rows: (string | number | undefined)[][] = [
      ['総合体育館の利用者数（人）', 150000, 143200, 155000, 158900, 160000, 41200],
      ['市民プールの利用者数（人）', 60000, 52300, 62000, 55800, 64000, 12100],
      ['利用者合計（人）', 210000, 195500, 217000, 214700, 224000, 53300],
      ['スポーツ教室の開催数（回）', 90, 88, 95, 97, 100],
      ['成人の週1回以上のスポーツ実施率（％）', 55.0, 51.2, 58.0, 53.9, 61.0],
      ['スポーツ少年団の団員数（人）', 1250, 1190, 1250, 1105, 1250],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 2, r));
    put(ws, 13, 2, ['※2024年度の実績は第1四半期（4〜6月）の速報。']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h63-kpi-ad-years-later-filled.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K2, '総合体育館の利用者数', '人', 155000, 158900),
      ind(K2, '市民プールの利用者数', '人', 62000, 55800),
      ind(K2, 'スポーツ教室の開催数', '回', 95, 97),
      ind(K2, '成人の週1回以上のスポーツ実施率', '％', 58.0, 53.9),
      ind(K2, 'スポーツ少年団の団員数', '人', 1250, 1105),
    ],
    groups: [],
  },
};

const D1 = '点検評価';
const planWords: Holdout2Workbook = {
  name: 'h63-plan-words-reference-row',
  layout: '計画指標一覧: 現状値（年の注記つき）・目標値（R8）・実績（年の注記つき）・評価（語で：順調／やや遅れている…）、（参考）行、把握方法の列',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['みどり市教育振興基本計画　令和5年度点検評価一覧']);
    put(ws, 3, 1, ['施策', '指標', '現状値', '目標値\n（令和8年度）', '実績値', '評価', '把握方法']);
    const rows: (string | number | undefined)[][] = [
      [
        '1 確かな学力',
        '全国学力調査で平均正答率が全国平均以上の教科の割合（％）',
        '50.0\n（令和3年度）',
        100,
        '75.0\n（令和5年度）',
        'やや遅れている',
        '全国学力・学習状況調査',
      ],
      [undefined, '授業がよく分かると答えた児童生徒の割合（％）', '78.4\n（令和3年度）', 85.0, '83.1\n（令和5年度）', '概ね順調', '市独自アンケート'],
      [undefined, '（参考）市内小中学校の児童生徒数（人）', '6,812\n（令和3年度）', undefined, '6,540\n（令和5年度）', undefined, '学校基本調査'],
      ['2 豊かな心', '不登校児童生徒の出現率（％）\n※減少を目指す', '2.10\n（令和3年度）', 1.8, '2.45\n（令和5年度）', '遅れている', '問題行動等調査'],
      [undefined, '読書が好きと答えた児童生徒の割合（％）', '66.0\n（令和3年度）', 70.0, '71.2\n（令和5年度）', '順調', '市独自アンケート'],
      ['3 生涯学習', '公民館講座の延べ参加者数（人）', '18,450\n（令和3年度）', 22000, '21,930\n（令和5年度）', '順調', '公民館集計'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.mergeCells('A4:A6');
    ws.mergeCells('A7:A8');
    put(ws, 11, 1, ['※評価　順調：目標の達成が見込まれる　概ね順調　やや遅れている　遅れている']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h63-plan-words-reference-row.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D1, '全国学力調査で平均正答率が全国平均以上の教科の割合', '％', 100, 75.0, { existing: 'C' })),
      fin(ind(D1, '授業がよく分かると答えた児童生徒の割合', '％', 85.0, 83.1, { existing: 'B' })),
      fin(ind(D1, '不登校児童生徒の出現率', '％', 1.8, 2.45, { direction: 'down', existing: 'D' })),
      fin(ind(D1, '読書が好きと答えた児童生徒の割合', '％', 70.0, 71.2, { existing: 'A' })),
      fin(ind(D1, '公民館講座の延べ参加者数', '人', 22000, 21930, { existing: 'A' })),
    ],
    groups: [],
  },
};

const D2 = '計画指標';
const planNote: Holdout2Workbook = {
  name: 'h63-plan-direction-in-footnote',
  layout:
    '計画指標表（B列から、2段見出し「数値目標」の下に 基準値/目標値/R5実績）: 評価記号 ○△× の列、減少を目指す指標は表の下の注記（指標番号で）だけ、R4実績の列が先',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 2, ['第3次みどり市環境基本計画　計画指標の状況（令和5年度）']);
    put(ws, 3, 2, ['番号', '計画指標', '単位', '数値目標', undefined, '実績', undefined, '達成状況']);
    ws.mergeCells('E3:F3');
    ws.mergeCells('G3:H3');
    put(ws, 4, 5, ['基準値（R1）', '目標値（R7）', 'R4', 'R5']);
    for (const c of ['B', 'C', 'D', 'I']) ws.mergeCells(`${c}3:${c}4`);
    const rows: (string | number)[][] = [
      ['①', '家庭系ごみの排出量', 't', 14820, 13500, 14105, 13920, '△'],
      ['②', 'リサイクル率', '％', 17.5, 24.0, 19.8, 21.3, '△'],
      ['③', '公共施設のCO2排出量', 't-CO2', 9650, 7700, 8120, 7610, '○'],
      ['④', '環境保全活動への参加者数', '人', 2300, 3000, 2850, 3120, '○'],
      ['⑤', '不法投棄の通報件数', '件', 64, 40, 51, 58, '×'],
      ['⑥', '生ごみ処理機の購入補助件数', '件', 35, 60, 48, 44, '×'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 2, r));
    put(ws, 12, 2, ['※指標①③⑤は数値の減少を目指す指標。']);
    put(ws, 13, 2, ['※達成状況　○：目標を達成　△：基準値から改善　×：基準値から悪化または横ばい']);
    ws.getColumn(3).width = 30;
  },
  expected: {
    file: 'h63-plan-direction-in-footnote.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D2, '家庭系ごみの排出量', 't', 13500, 13920, { direction: 'down', existing: '△' })),
      fin(ind(D2, 'リサイクル率', '％', 24.0, 21.3, { existing: '△' })),
      fin(ind(D2, '公共施設のCO2排出量', 't-CO2', 7700, 7610, { direction: 'down', existing: '○' })),
      fin(ind(D2, '環境保全活動への参加者数', '人', 3000, 3120, { existing: '○' })),
      fin(ind(D2, '不法投棄の通報件数', '件', 40, 58, { direction: 'down', existing: '×' })),
      fin(ind(D2, '生ごみ処理機の購入補助件数', '件', 60, 44, { existing: '×' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [stacked, tiled, projText, kpiMonthEnd, kpiFy, planWords, planNote];
