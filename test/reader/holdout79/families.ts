/** Hold-out 79, part 1: the four known families as written by cities not yet seen (stacked indicator blocks, text targets with two measures, KPI rows with units in the cells, a plan table with year notes). */
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const A = '2-3';
const policyGrades = ['B', 'C', 'A', 'B', 'C'];
const policy: Holdout2Workbook = {
  name: 'h79-fam-policy-blocks',
  layout: '施策評価シート: 指標ブロックを縦に積む（指標①…⑤）、期間見出しは全角「Ｒ５」、単位と方向の欄、期待値が最終年度だけの指標、前年度評価の注記',
  build(wb) {
    const ws = wb.addWorksheet(A);
    put(ws, 1, 1, ['令和５年度　施策評価シート（評価対象期間：令和５年度）']);
    put(ws, 2, 1, ['基本方針', '2　健やかに暮らせるまち', undefined, '基本施策', '2-3　健康づくりの推進', undefined, '担当部', '健康福祉部']);
    put(ws, 4, 1, ['達成状況', undefined, undefined, '（前年度：B）']);
    ws.mergeCells('B4:C4');
    const blocks: [string, string, string, string, (number | string | undefined)[], (number | string | undefined)[], string?][] = [
      [
        '①',
        '特定健康診査受診率',
        '40〜74歳の国保被保険者のうち特定健診を受診した人の割合',
        '％',
        [38.5, 40.1, 42.0, 43.2],
        [undefined, 41.0, 43.0, 45.0, 47.0, 50.0],
      ],
      ['②', 'がん検診（胃がん）受診率', '対象者のうち胃がん検診を受診した人の割合', '％', [9.4, 8.8, 7.9, 8.1], [undefined, 10.0, 11.0, 12.0, 13.0, 14.0]],
      [
        '③',
        '健康づくり教室の延べ参加者数',
        '保健センターが開催する健康づくり教室の延べ参加者数',
        '人',
        [820, 1105, 1530, 1842],
        [undefined, 1200, 1400, 1600, 1800, 2000],
      ],
      ['④', '自殺死亡率（人口10万人当たり）', '人口10万人当たりの自殺者数（暦年）', '人', [18.9, 17.6, 17.1, 16.8], [undefined, 17.0, 16.0, 15.0, 14.0, 13.0]],
      [
        '⑤',
        '健康ポイント事業の参加者数',
        'スマートフォンアプリによる健康ポイント事業の登録者数',
        '人',
        ['－', 640, 1320, 2150],
        [undefined, undefined, undefined, undefined, undefined, 3000],
        '※期待値は設定せず、令和７年度の目標値のみ',
      ],
    ];
    let r = 6;
    for (const [no, name, desc, unit, actuals, expects, note] of blocks) {
      put(ws, r, 1, [`指標${no}`, name]);
      ws.mergeCells(r, 2, r, 7);
      put(ws, r + 1, 1, ['指標の説明', desc]);
      ws.mergeCells(r + 1, 2, r + 1, 7);
      put(ws, r + 2, 1, ['単位', unit, '方向', no === '④' ? '↓（減少を目指す）' : '↑（増加を目指す）']);
      put(ws, r + 3, 1, ['区分', 'Ｒ２（現状値）', 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６', 'Ｒ７（目標値）']);
      put(ws, r + 4, 1, ['実績値', ...actuals]);
      put(ws, r + 5, 1, ['期待値\n※Ｒ７は目標値', ...expects]);
      put(ws, r + 6, 1, ['備考', note ?? '']);
      r += 8;
    }
    put(ws, r, 1, ['【総合評価】']);
    put(ws, r + 1, 1, ['健診受診率は上昇傾向にあるが、がん検診の受診率が低迷しており、個別勧奨の強化が必要。']);
    ws.getColumn(1).width = 16;
    ws.getColumn(2).width = 16;
  },
  expected: {
    file: 'h79-fam-policy-blocks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A, '特定健康診査受診率', '％', 45.0, 43.2),
      ind(A, 'がん検診（胃がん）受診率', '％', 12.0, 8.1),
      ind(A, '健康づくり教室の延べ参加者数', '人', 1600, 1842),
      ind(A, '自殺死亡率（人口10万人当たり）', '人', 15.0, 16.8, { direction: 'down' }),
      final(ind(A, '健康ポイント事業の参加者数', '人', 3000, 2150)),
    ],
    groups: [{ sheet: A, cell: 'B4', grade: rollUp(policyGrades) }],
  },
};

const B = '事務事業評価';
const projects: Holdout2Workbook = {
  name: 'h79-fam-project-text',
  layout: '事務事業評価一覧: 目標・実績を文字で（「新規登録件数　20件」「３８品」）、2つの数値の事業（イベント／参加者）、未実施、自己評価と今後の方向性',
  build(wb) {
    const ws = wb.addWorksheet(B);
    put(ws, 1, 1, ['令和5年度　事務事業評価一覧（移住・定住関連事業）']);
    put(ws, 2, 7, ['あおば市企画課']);
    put(ws, 3, 1, ['No.', '事業名', '担当課', '令和5年度', undefined, '自己評価', '今後の方向性']);
    put(ws, 4, 4, ['数値目標', '実績']);
    ws.mergeCells('D3:E3');
    for (const c of ['A', 'B', 'C', 'F', 'G']) ws.mergeCells(`${c}3:${c}4`);
    const rows: (string | number)[][] = [
      [1, '空き家バンク運営事業', '都市計画課', '新規登録件数　20件', '新規登録件数　14件', 'C', '継続'],
      [2, '移住相談窓口運営事業', '企画課', '相談件数 150件', '相談件数 203件', 'A', '拡充'],
      [3, '地域おこし協力隊事業', '企画課', '隊員数 5人', '隊員数 3人', 'B', '継続'],
      [4, 'シティプロモーション事業', '広報課', 'SNSフォロワー数 8,000人', 'SNSフォロワー数 7,420人', 'B', '継続'],
      [5, '婚活支援事業', '企画課', 'イベント 6回\n参加者 120人', 'イベント 4回\n参加者 96人', 'B', '見直し'],
      [6, '移住体験住宅事業', '企画課', '利用組数 12組', '未実施', 'D', '見直し'],
      [7, 'ふるさと納税返礼品開発事業', '商工課', '新規返礼品数 30品', '新規返礼品数 ３８品', 'A', '継続'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 13, 1, ['※移住体験住宅事業は、施設改修工事の遅れにより令和5年度は実施できなかった。']);
    put(ws, 14, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：60％以上　D：60％未満・未実施']);
    ws.getColumn(2).width = 28;
    ws.getColumn(4).width = 24;
    ws.getColumn(5).width = 24;
  },
  expected: {
    file: 'h79-fam-project-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B, '空き家バンク運営事業', '件', 20, 14, { existing: 'C' }),
      ind(B, '移住相談窓口運営事業', '件', 150, 203, { existing: 'A' }),
      ind(B, '地域おこし協力隊事業', '人', 5, 3, { existing: 'B' }),
      ind(B, 'シティプロモーション事業', '人', 8000, 7420, { existing: 'B' }),
      {
        sheet: B,
        name: '婚活支援事業',
        measures: [
          { label: 'イベント', target: 6, actual: 4, unit: '回' },
          { label: '参加者', target: 120, actual: 96, unit: '人' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B, '移住体験住宅事業', '組', 12, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B, 'ふるさと納税返礼品開発事業', '品', 30, 38, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C = 'KPI';
const kpi: Holdout2Workbook = {
  name: 'h79-fam-kpi-units-in-cells',
  layout:
    '総合戦略 KPI: KPI ごとに目標値/実績値の2行 × 令和3〜6年度、単位をセルの数値に（「12 件」「900 千人」「32.0 %」）、目標のない年は「－」、最終年度の実績は空',
  build(wb) {
    const ws = wb.addWorksheet(C);
    put(ws, 1, 1, ['第2期ひがしの市まち・ひと・しごと創生総合戦略　KPI 進捗状況（令和5年度）']);
    put(ws, 3, 1, ['基本目標', '重要業績評価指標（KPI）', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度（最終）']);
    const kpis: [string, string, string[], string[]][] = [
      ['1 しごとをつくる', '新規創業者数', ['10 件', '10 件', '12 件', '12 件'], ['8 件', '11 件', '13 件']],
      ['1 しごとをつくる', '市内高校生の市内就職率', ['30.0 %', '31.0 %', '32.0 %', '33.0 %'], ['28.1 %', '29.4 %', '27.5 %']],
      ['2 ひとの流れをつくる', '観光交流人口', ['－', '850 千人', '900 千人', '950 千人'], ['612 千人', '798 千人', '871 千人']],
      ['2 ひとの流れをつくる', '移住支援制度を活用した移住者数', ['15 人', '20 人', '25 人', '30 人'], ['9 人', '14 人', '13 人']],
      ['3 結婚・出産・子育て', '出生数', ['420 人', '410 人', '400 人', '390 人'], ['401 人', '377 人', '352 人']],
    ];
    let r = 4;
    for (const [goal, name, targets, actuals] of kpis) {
      put(ws, r, 1, [goal, name, '目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      ws.mergeCells(`A${r}:A${r + 1}`);
      ws.mergeCells(`B${r}:B${r + 1}`);
      r += 2;
    }
    put(ws, r + 1, 1, ['※「－」は目標値を設定していない年度。令和6年度の実績は令和7年度に確定。']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h79-fam-kpi-units-in-cells.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C, '新規創業者数', '件', 12, 13),
      ind(C, '市内高校生の市内就職率', '%', 32.0, 27.5),
      ind(C, '観光交流人口', '千人', 900, 871),
      ind(C, '移住支援制度を活用した移住者数', '人', 25, 13),
      ind(C, '出生数', '人', 400, 352),
    ],
    groups: [],
  },
};

const D = '計画の指標';
const plan: Holdout2Workbook = {
  name: 'h79-fam-plan-year-notes',
  layout: '総合計画 点検評価一覧: 現況と実績のセルに年度の注記（「185\\n（令和3年度）」）、目標は最終年度（R9）、減少を目指す指標は説明に、「調査中」の実績',
  build(wb) {
    const ws = wb.addWorksheet(D);
    put(ws, 1, 1, ['第3次みなみ野市総合計画　令和5年度 点検評価一覧（基本方針3　活力ある農業）']);
    put(ws, 3, 1, ['基本施策', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['3-1', '市民農園の利用区画数', '市が開設する市民農園で利用されている区画数', '区画', '185\n（令和3年度）', 220, '201\n（令和5年度）', '農政課調べ'],
      ['3-1', '認定農業者数', '農業経営改善計画の認定を受けた農業者数', '人', '142\n（令和3年度）', 135, '138\n（令和5年度）', '農政課調べ'],
      ['3-2', '遊休農地面積', '利用されていない農地の面積（減少を目指す指標）', 'ha', '48.2\n（令和3年度）', 40.0, '45.6\n（令和5年度）', '農地利用状況調査'],
      ['3-2', '農産物直売所の販売額', '市内3か所の農産物直売所の年間販売額', '百万円', '312\n（令和3年度）', 360, '341\n（令和5年度）', '直売所からの報告'],
      ['3-3', '学校給食における地場産物の使用割合', '食材数ベースの割合', '％', '28.5\n（令和3年度）', 35.0, '調査中', '学校給食センター調べ'],
      ['3-3', '新規就農者数（累計）', '計画期間中に新たに就農した人数の累計', '人', '0\n（令和3年度）', 25, '11\n（令和5年度）', '農業委員会調べ'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    put(ws, 11, 1, ['※目標は計画の最終年度（令和9年度）の値。']);
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h79-fam-plan-year-notes.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D, '市民農園の利用区画数', '区画', 220, 201)),
      final(ind(D, '認定農業者数', '人', 135, 138)),
      final(ind(D, '遊休農地面積', 'ha', 40.0, 45.6, { direction: 'down' })),
      final(ind(D, '農産物直売所の販売額', '百万円', 360, 341)),
      final(ind(D, '学校給食における地場産物の使用割合', '％', 35.0, null, { actualStatus: 'pending' })),
      final(ind(D, '新規就農者数（累計）', '人', 25, 11)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
