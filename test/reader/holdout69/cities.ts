/** Hold-out 69, part 1: the four known families as six small and mid-size cities write them (two policy sheets, two project tables, a KPI table, a plan-indicator table). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

/** One tiled indicator block in the sample's shape (name row, period row, 実績値 row, 期待値 row, 備考 row) from (row, col). */
function tiledBlock(
  ws: Worksheet,
  row: number,
  col: number,
  no: string,
  name: string,
  desc: string,
  unit: string,
  actuals: Cell[],
  expected: Cell[],
  note?: string,
): void {
  const at = (r: number, c: number) => ws.getCell(row + r, col + c).address;
  put(ws, row, col, [`成果指標 ${no}`, name, undefined, undefined, '指標の説明', desc]);
  ws.mergeCells(`${at(0, 1)}:${at(0, 3)}`);
  ws.mergeCells(`${at(0, 5)}:${at(0, 8)}`);
  put(ws, row + 1, col, ['単位', undefined, 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）']);
  put(ws, row + 2, col, [unit, '実績値', ...actuals]);
  put(ws, row + 3, col, [undefined, '期待値\n※R7は目標値', undefined, ...expected]);
  ws.mergeCells(`${at(2, 0)}:${at(3, 0)}`);
  put(ws, row + 4, col, ['備　考', note ?? '']);
  ws.mergeCells(`${at(4, 1)}:${at(4, 8)}`);
}

const S1 = '2-3';
const tiledInds: ExpectedIndicator[] = [
  ind(S1, '地域包括支援センターへの相談件数', '件', 3600, 3412),
  ind(S1, '認知症サポーター養成者数', '人', 9000, 9120),
  ind(S1, '介護予防教室の参加者数', '人', 1400, 1520),
  ind(S1, '要介護認定率', '％', 18.2, 18.9, { direction: 'down' }),
  ind(S1, '健康ポイント事業の参加者数', '人', 1000, 610),
  ind(S1, '高齢者の通いの場の箇所数', 'か所', 54, 55),
];
const aobano: Holdout2Workbook = {
  name: 'h69-city-a-tiled',
  layout: 'あおば野市 施策評価シート: 指標ブロックを2列に並べる（実績値/期待値 × R2〜R7、R7は目標値）、達成状況欄と前年度評価、↓の指標は備考で',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['あおば野市総合計画 後期基本計画　令和６年度 施策評価シート　（評価対象期間：令和５年度）']);
    ws.mergeCells('A1:S1');
    put(ws, 3, 1, ['政　策', '2.健やかに暮らせるまち']);
    ws.mergeCells('B3:I3');
    put(ws, 3, 11, ['施策の達成状況']);
    ws.mergeCells('K3:M3');
    put(ws, 3, 15, ['（前年度：B）']);
    put(ws, 4, 1, ['施　策', '2-3.高齢者が安心して暮らせる地域づくり']);
    ws.mergeCells('B4:I4');
    put(ws, 4, 11, ['凡例', undefined, undefined, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.mergeCells('K4:M4');
    ws.mergeCells('N4:S4');
    put(ws, 5, 1, ['主管課', '長寿福祉課（関係課：健康づくり課）']);
    ws.mergeCells('B5:I5');
    tiledBlock(
      ws,
      8,
      1,
      '①',
      '地域包括支援センターへの相談件数',
      '市内4か所の地域包括支援センターが受けた相談の延べ件数',
      '件',
      [2980, 3105, 3260, '３，４１２'],
      [3200, 3400, 3600, 3800, 4000],
    );
    tiledBlock(
      ws,
      8,
      11,
      '②',
      '認知症サポーター養成者数',
      '認知症サポーター養成講座を受講した人数（平成20年度からの累計）',
      '人',
      [7420, 7980, 8510, 9120],
      [8000, 8500, 9000, 9500, 10000],
    );
    tiledBlock(
      ws,
      15,
      1,
      '③',
      '介護予防教室の参加者数',
      '介護予防教室に参加した高齢者の延べ人数',
      '人',
      [860, 1040, 1310, 1520],
      [1200, 1300, 1400, 1500, 1600],
      'R2は感染症対策のため定員を半減',
    );
    tiledBlock(
      ws,
      15,
      11,
      '④',
      '要介護認定率',
      '第1号被保険者に占める要介護・要支援認定者の割合',
      '％',
      [17.6, 17.9, 18.3, 18.9],
      [17.8, 18.0, 18.2, 18.4, 18.5],
      '※数値が低いほど良い指標（上昇の抑制を目指す）',
    );
    tiledBlock(
      ws,
      22,
      1,
      '⑤',
      '健康ポイント事業の参加者数',
      'あおば野健康ポイントに登録して活動した65歳以上の人数',
      '人',
      ['－', 320, 480, 610],
      [400, 700, 1000, 1200, 1400],
      'R3事業開始',
    );
    tiledBlock(
      ws,
      22,
      11,
      '⑥',
      '高齢者の通いの場の箇所数',
      '住民主体で週1回以上開催される通いの場の数（各年度末）',
      'か所',
      [42, 45, 51, 55],
      [46, 50, 54, 58, 62],
    );
    put(ws, 29, 1, ['達成状況の分析']);
    put(ws, 30, 1, ['・相談件数は増加しているが期待値には届かなかった。健康ポイント事業は周知不足により参加者が伸び悩んでいる。']);
    ws.mergeCells('A30:S30');
    ws.getColumn(1).width = 12;
    ws.getColumn(11).width = 12;
  },
  expected: {
    file: 'h69-city-a-tiled.xlsx',
    fiscalYear: 2023,
    indicators: tiledInds,
    groups: [{ sheet: S1, cell: 'N3', grade: rollUp(tiledInds.map((i) => i.grade)) }],
  },
};

const S2 = '施策4-2';
const stackedInds: ExpectedIndicator[] = [
  ind(S2, '創業支援による創業者数', '件', 26, 31),
  ind(S2, '市内事業所の従業者数', '人', 24300, 23870),
  ind(S2, '中心市街地の空き店舗率', '％', 12.5, 12.6, { direction: 'down' }),
  ind(S2, '企業立地件数', '件', 2, 1),
  ind(S2, 'ふるさと納税寄附額', '百万円', 550, 705),
];
const shirakaba: Holdout2Workbook = {
  name: 'h69-city-a-stacked',
  layout: 'しらかば市 施策評価シート: 指標ブロックを縦に積む（実績値/期待値/目標値 × 2020〜2025年度、西暦）、方向の欄 ↑↓、施策評価欄と（前年度：C）',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['しらかば市第5次総合計画　施策評価シート（2023年度（令和5年度）実績評価）']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['施策', '4-2　地域産業の活性化', undefined, undefined, undefined, '担当課', '産業振興課']);
    ws.mergeCells('B2:E2');
    put(ws, 4, 1, ['施策評価', undefined, '（前年度：C）']);
    put(ws, 5, 1, ['評価基準　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.mergeCells('A5:H5');
    const blocks: [string, string, string, Cell[], Cell[], number][] = [
      ['創業支援による創業者数', '件', '↑', [18, 22, 25, 31], [20, 23, 26, 28], 30],
      ['市内事業所の従業者数', '人', '↑', [24310, 24180, 24050, 23870], [24300, 24300, 24300, 24300], 24300],
      ['中心市街地の空き店舗率', '％', '↓', [14.2, 13.8, 13.1, 12.6], [13.5, 13.0, 12.5, 12.0], 11.5],
      ['企業立地件数', '件', '↑', [1, 2, 0, 1], [1, 2, 2, 2], 2],
      ['ふるさと納税寄附額', '百万円', '↑', [412, 538, 621, 705], [450, 500, 550, 600], 650],
    ];
    let r = 7;
    blocks.forEach(([name, unit, dir, act, exp, goal], i) => {
      put(ws, r, 1, [`指標${i + 1}`, name, undefined, undefined, undefined, '単位', unit, `方向 ${dir}`]);
      ws.mergeCells(`B${r}:E${r}`);
      put(ws, r + 1, 1, ['区分', '2020年度\n(現状値)', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度', '備考']);
      put(ws, r + 2, 1, ['実績値', ...act]);
      put(ws, r + 3, 1, ['期待値', undefined, ...exp]);
      put(ws, r + 4, 1, ['目標値', undefined, undefined, undefined, undefined, undefined, goal]);
      r += 6;
    });
    put(ws, r, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
    put(ws, r + 1, 1, ['※期待値は各年度の目安となる値、目標値は計画最終年度（2025年度）の値。']);
    put(ws, r + 3, 1, ['【施策の成果と課題】']);
    put(ws, r + 4, 1, ['創業者数・寄附額は順調に推移。企業立地は用地不足により期待値を下回った。']);
    ws.getColumn(1).width = 10;
    ws.getColumn(2).width = 14;
  },
  expected: {
    file: 'h69-city-a-stacked.xlsx',
    fiscalYear: 2023,
    indicators: stackedInds,
    groups: [{ sheet: S2, cell: 'B4', grade: rollUp(stackedInds.map((i) => i.grade)) }],
  },
};

const S3 = '事業実績';
const yamabiko: Holdout2Workbook = {
  name: 'h69-city-b-projects',
  layout:
    'やまびこ市 推進事業の実績: 事業（コード・名称・概要を1セル）× R4実績/自己評価/R5数値目標/R5実績（ラベル付きの文字列）、未実施、件と社、1セルに2つの測定',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['やまびこ市商工業振興計画　令和5年度 推進事業の実績']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 1, ['基本方針', '2 地域の商工業の活力づくり']);
    ws.mergeCells('B2:D2');
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '成果・課題・今後の方向性']);
    const rows: Cell[][] = [
      [
        1,
        '2-1-1 空き店舗活用支援事業補助金\n【概要】中心商店街の空き店舗に出店する者に改装費の一部を補助する。',
        '補助件数 4件',
        'B',
        '補助件数 6件',
        '補助件数 5件',
        '【今後の方向性】継続',
      ],
      [
        2,
        '2-1-2 創業塾開催事業\n【概要】商工会議所と連携し創業希望者向けの連続講座を開く。',
        '受講者数 18人',
        'A',
        '受講者数 20人',
        '受講者数 24人',
        '【今後の方向性】継続',
      ],
      [3, '2-1-3 商店街イベント支援事業', '支援件数 2件', 'D', '支援件数 3件', '未実施', '【今後の方向性】見直し（申請がなかった）'],
      [4, '2-1-4 プレミアム付商品券発行事業', '販売率 92.4%', 'B', '販売率 100%', '販売率 96.8%', '【今後の方向性】令和5年度で終了'],
      [5, '2-2-1 企業訪問事業', '訪問件数 104件', 'A', '訪問件数 120件', '訪問企業数 98社', '【今後の方向性】継続'],
      [6, '2-2-2 ものづくり人材育成事業', '', 'B', '参加者数 研修会:40人 見学会:25人', '参加者数 研修会:33人 見学会:27人', '【今後の方向性】継続'],
      [7, '2-2-3 中小企業融資利子補給事業', '新規融資件数 88件', 'B', '新規融資件数 100件', '新規融資件数 71件', '【今後の方向性】継続'],
      [8, '2-3-1 販路開拓支援事業補助金\n【概要】展示会への出展経費を補助する。', '交付件数 6件', 'A', '交付件数 8件', '交付件数 8件', '【今後の方向性】拡充'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 14, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている（担当課による評価）']);
    ws.getColumn(2).width = 44;
    ws.getColumn(5).width = 30;
    ws.getColumn(6).width = 30;
  },
  expected: {
    file: 'h69-city-b-projects.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '空き店舗活用支援事業補助金', '件', 6, 5, { existing: 'B' }),
      ind(S3, '創業塾開催事業', '人', 20, 24, { existing: 'A' }),
      ind(S3, '商店街イベント支援事業', '件', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S3, 'プレミアム付商品券発行事業', '%', 100, 96.8, { existing: 'B' }),
      ind(S3, '企業訪問事業', '件', 120, 98, { existing: 'A' }),
      {
        sheet: S3,
        name: 'ものづくり人材育成事業',
        measures: [
          { label: '研修会', target: 40, actual: 33, unit: '人' },
          { label: '見学会', target: 25, actual: 27, unit: '人' },
        ],
        existing: 'B',
        grade: 'B',
      },
      ind(S3, '中小企業融資利子補給事業', '件', 100, 71, { existing: 'B' }),
      ind(S3, '販路開拓支援事業補助金', '件', 8, 8, { existing: 'A' }),
    ],
    groups: [],
  },
};

const S4 = '事務事業評価';
const kawasemi: Holdout2Workbook = {
  name: 'h69-city-b-jimujigyo',
  layout:
    'かわせみ市 事務事業評価一覧（教育委員会）: 事業名・所管課・目標（ラベル付きの文字列）・実績（全角数字、「延べ」、（見込）、未実施）・評価 A〜D と凡例',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['令和5年度　かわせみ市教育委員会 事務事業評価一覧（令和5年度実施事業）']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 6, ['教育総務課']);
    put(ws, 4, 1, ['番号', '事業名', '所管課', '令和5年度 目標（指標・数値）', '令和5年度 実績', '評価', '今後の方向性']);
    const rows: Cell[][] = [
      ['5-1', '図書館ボランティア育成事業', '中央図書館', 'ボランティア登録者数 80人', '登録者数 ７２人', 'B', '継続'],
      ['5-2', '公民館講座開催事業', '生涯学習課', '講座開催数 120回', '118回', 'B', '継続'],
      ['5-3', '子ども読書活動推進事業', '中央図書館', '読み聞かせ会参加者数 延べ1,500人', '延べ1,612人', 'A', '拡充'],
      ['5-4', '文化財説明板整備事業', '文化財課', '説明板設置数 5基', '2基', 'C', '見直し'],
      ['5-5', '青少年海外交流事業', '生涯学習課', '派遣生徒数 16人', '未実施', 'D', '見直し（受入国の事情により派遣を見送り）'],
      ['5-6', '市民スポーツ大会開催事業', 'スポーツ課', '参加者数 2,000人', '2,140人（見込）', 'A', '継続'],
      ['5-7', '美術館企画展開催事業', '美術館', '企画展入館者数 15,000人', '11,380人', 'C', '継続'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 13, 1, ['評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満（達成率＝実績÷目標）']);
    put(ws, 14, 1, ['※5-6の実績は大会終了前（令和6年3月15日時点）の見込み。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(4).width = 34;
  },
  expected: {
    file: 'h69-city-b-jimujigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '図書館ボランティア育成事業', '人', 80, 72, { existing: 'B' }),
      ind(S4, '公民館講座開催事業', '回', 120, 118, { existing: 'B' }),
      ind(S4, '子ども読書活動推進事業', '人', 1500, 1612, { existing: 'A' }),
      ind(S4, '文化財説明板整備事業', '基', 5, 2, { existing: 'C' }),
      ind(S4, '青少年海外交流事業', '人', 16, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(S4, '市民スポーツ大会開催事業', '人', 2000, 2140, { existing: 'A', actualStatus: 'provisional' }),
      ind(S4, '美術館企画展開催事業', '人', 15000, 11380, { existing: 'C' }),
    ],
    groups: [],
  },
};

const S5 = 'KPI';
const hibari: Holdout2Workbook = {
  name: 'h69-city-c-kpi',
  layout: 'ひばりが丘市 創生総合戦略 KPI: KPIごとに目標値/実績値の2行 × 令和4年3月末〜令和7年3月末、「50 人」形式、「-」、評価は令和6年3月末時点',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['ひばりが丘市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 1, ['（令和5年度評価：令和6年3月末時点）']);
    ws.mergeCells('A2:G2');
    put(ws, 4, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, Cell[], Cell[], string?][] = [
      ['移住相談件数', ['120 件', '135 件', '150 件', '165 件'], ['98 件', '142 件', '171 件']],
      ['移住者数', ['60 人', '70 人', '80 人', '90 人'], ['52 人', '61 人', '64 人']],
      ['サテライトオフィス進出企業数', ['-', '2 社', '3 社', '4 社'], ['-', '1 社', '1 社'], '累計ではなく各年度の進出数'],
      ['空き家バンク成約件数', ['20 件', '22 件', '25 件', '28 件'], ['17 件', '21 件', '19 件']],
      ['子育て世帯の転入数', ['100 世帯', '110 世帯', '120 世帯', '130 世帯'], ['94 世帯', '106 世帯', '123 世帯']],
      ['観光入込客数', ['85 万人', '90 万人', '95 万人', '100 万人'], ['71.2 万人', '83.5 万人', '88.6 万人']],
    ];
    kpis.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [name, '目標値', ...targets, note]);
      put(ws, r + 1, 1, [undefined, '実績値', ...actuals]);
      ws.mergeCells(`A${r}:A${r + 1}`);
    });
    put(ws, 18, 1, ['※令和7年3月末の実績は次年度に記載。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h69-city-c-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '移住相談件数', '件', 150, 171),
      ind(S5, '移住者数', '人', 80, 64),
      ind(S5, 'サテライトオフィス進出企業数', '社', 3, 1),
      ind(S5, '空き家バンク成約件数', '件', 25, 19),
      ind(S5, '子育て世帯の転入数', '世帯', 120, 123),
      ind(S5, '観光入込客数', '万人', 95, 88.6),
    ],
    groups: [],
  },
};

const S6 = '計画の指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const mizuho: Holdout2Workbook = {
  name: 'h69-city-d-plan',
  layout:
    'みずほ台市 環境基本計画 点検評価: 指標（単位は括弧書き）・説明・現況（年度付き）・目標（R9）・実績（年度付き）・把握方法、少ないほど良い指標は説明に',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['みずほ台市環境基本計画　点検評価（計画の指標）　令和5年度実績']);
    ws.mergeCells('A1:G1');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: Cell[][] = [
      [
        1,
        '市民1人1日当たりのごみ排出量（g）',
        '家庭系・事業系ごみの総排出量を人口と日数で除した値（少ないほど良い）',
        '912\n（令和2年度）',
        850,
        '874\n（令和5年度）',
        '清掃事業概要',
      ],
      [2, 'リサイクル率（％）', '総排出量に占める資源化量の割合', '17.5\n（令和2年度）', 25.0, '19.2\n（令和5年度）', '清掃事業概要'],
      [
        3,
        '太陽光発電設備を設置した公共施設数（施設）',
        '市有施設のうち太陽光発電設備を設置した施設の数',
        '12\n（令和3年3月末）',
        30,
        '31\n（令和6年3月末現在）',
        '施設管理課調べ',
      ],
      [4, '環境学習講座の参加者数（人）', '市が主催する環境学習講座の延べ参加者数', '420\n（令和2年度）', 600, '538\n（令和5年度）', '実績による'],
      [5, '公用車の電動車導入率（％）', '公用車に占めるEV・PHV・HVの割合', '8.0\n（令和2年度末）', '50.0', '22.5\n（令和5年度末）', '管財課調べ'],
      [6, '緑のカーテン参加世帯数（世帯）', '緑のカーテン普及事業に参加した世帯数', '310\n（令和2年度）', 500, '455\n（令和5年度）', '参加申込による'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    ws.getColumn(2).width = 36;
    ws.getColumn(3).width = 40;
  },
  expected: {
    file: 'h69-city-d-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(S6, '市民1人1日当たりのごみ排出量', 'g', 850, 874, { direction: 'down' })),
      final(ind(S6, 'リサイクル率', '％', 25.0, 19.2)),
      final(ind(S6, '太陽光発電設備を設置した公共施設数', '施設', 30, 31)),
      final(ind(S6, '環境学習講座の参加者数', '人', 600, 538)),
      final(ind(S6, '公用車の電動車導入率', '％', 50.0, 22.5)),
      final(ind(S6, '緑のカーテン参加世帯数', '世帯', 500, 455)),
    ],
    groups: [],
  },
};

export const CITY_WORKBOOKS: Holdout2Workbook[] = [aobano, shirakaba, yamabiko, kawasemi, hibari, mizuho];
