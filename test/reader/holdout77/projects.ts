/** Hold-out 77, part 2: 事業実績 tables (family B) with 当初目標/修正目標 and 累計/単年度 columns, and KPI tables (family C) with a 上方修正 row, 基準値 and 単位 columns, 見込 actuals and end-of-March periods. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const P1 = '事業実績';
const revisedText: Holdout2Workbook = {
  name: 'h77-projects-revised-text',
  layout:
    '西原市 推進事業の実績: 事業名と概要を1セルに、数値目標（R5）を当初目標/修正目標の2列（「－」は当初のまま）、目標・実績は「創業相談件数 100件」の文、未実施、自己評価',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['令和5年度　西原市産業振興計画　推進事業の実績']);
    put(ws, 1, 8, ['資料2']);
    put(ws, 3, 1, ['No.', '推進事業', '数値目標（R5）', undefined, 'R5実績値', '自己評価', '今後の方向性', '備考']);
    put(ws, 4, 3, ['当初目標', '修正目標']);
    for (const c of ['A', 'B', 'E', 'F', 'G', 'H']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('C3:D3');
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '(1) 創業支援事業\n創業希望者に対する相談対応とセミナーの開催',
        '創業相談件数 80件',
        '創業相談件数 100件',
        '創業相談件数 96件',
        'A',
        '継続',
        '上方修正',
      ],
      [2, '(2) 中小企業融資あっせん事業\n運転資金・設備資金の融資あっせんと利子補給', 'あっせん件数 40件', '－', 'あっせん件数 35件', 'B', '継続'],
      [3, '(3) 空き店舗活用支援事業\n中心市街地の空き店舗に出店する者への改装費補助', '補助件数 5件', '補助件数 8件', '補助件数 6件', 'B', '拡充', '上方修正'],
      [4, '(4) 販路開拓支援事業\n展示会・商談会への出展経費の補助', '展示会出展支援 12社', '－', '展示会出展支援 12社', 'A', '継続'],
      [
        5,
        '(5) 企業人材確保支援事業\n合同就職説明会の開催と若手人材の定着支援',
        '合同就職説明会参加者 150人',
        '合同就職説明会参加者 120人',
        '合同就職説明会参加者 118人',
        'A',
        '見直し',
        '会場変更により下方修正',
      ],
      [6, '(6) 事業承継支援事業\n専門家派遣による事業承継計画の策定支援', '専門家派遣 3回', '－', '未実施', 'D', '見直し', '申込みなし'],
      [7, '(7) 商店街イベント支援事業\n商店街が行う集客イベントへの補助', 'イベント来場者 8,000人', '－', 'イベント来場者 7,412人', 'B', '継続'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※修正目標は令和5年9月の計画見直しによる令和5年度の数値目標。修正目標が「－」の事業は当初目標のまま。']);
    put(ws, 14, 1, ['※自己評価　A：目標達成　B：概ね達成　C：やや不十分　D：不十分']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h77-projects-revised-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P1, '創業支援事業', '件', 100, 96, { existing: 'A' }),
      ind(P1, '中小企業融資あっせん事業', '件', 40, 35, { existing: 'B' }),
      ind(P1, '空き店舗活用支援事業', '件', 8, 6, { existing: 'B' }),
      ind(P1, '販路開拓支援事業', '社', 12, 12, { existing: 'A' }),
      ind(P1, '企業人材確保支援事業', '人', 120, 118, { existing: 'A' }),
      ind(P1, '事業承継支援事業', '回', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(P1, '商店街イベント支援事業', '人', 8000, 7412, { existing: 'B' }),
    ],
    groups: [],
  },
};

const P2 = '事務事業';
const cumulative: Holdout2Workbook = {
  name: 'h77-projects-cumulative',
  layout: '青葉市 事務事業評価 事業実績一覧: 単位の列、集計区分（累計/単年度）の列、R5実績値（単年度）と実績値累計（R3～R5）の2列が全行に、担当課評価',
  build(wb) {
    const ws = wb.addWorksheet(P2);
    put(ws, 1, 1, ['青葉市　令和5年度 事務事業評価　事業実績一覧']);
    put(ws, 2, 8, ['行政経営課']);
    put(ws, 4, 1, ['No.', '事務事業名', '活動指標', '単位', '集計区分', 'R5目標値', 'R5実績値\n（単年度）', '実績値累計\n（R3～R5）', '担当課評価']);
    const rows: (string | number)[][] = [
      [1, '住宅耐震化促進事業', '耐震改修補助件数', '件', '累計', 60, 18, 52, 'B'],
      [2, 'がん検診推進事業', 'がん検診受診者数', '人', '単年度', 9500, 9120, 27040, 'B'],
      [3, '空き家バンク事業', '空き家バンク成約件数', '件', '累計', 30, 11, 31, 'A'],
      [4, '健康ポイント事業', '健康ポイント参加者数', '人', '単年度', 1200, 1350, 3310, 'A'],
      [5, '緑化推進事業', '植樹本数', '本', '累計', 1500, 420, 1180, 'C'],
      [6, '子ども食堂支援事業', '子ども食堂の開設数', 'か所', '累計', 10, 2, 7, 'C'],
      [7, 'ごみ減量啓発事業', '出前講座の開催回数', '回', '単年度', 24, 15, 52, 'D'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※集計区分が「累計」の指標は、目標値・実績値とも計画期間（令和3年度～）の累計で比較する。「単年度」の指標は令和5年度のみの値で比較する。']);
    put(ws, 14, 1, ['※担当課評価　A：達成　B：概ね達成（80％以上）　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 22;
    ws.getColumn(3).width = 24;
  },
  expected: {
    file: 'h77-projects-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P2, '耐震改修補助件数', '件', 60, 52, { existing: 'B' }),
      ind(P2, 'がん検診受診者数', '人', 9500, 9120, { existing: 'B' }),
      ind(P2, '空き家バンク成約件数', '件', 30, 31, { existing: 'A' }),
      ind(P2, '健康ポイント参加者数', '人', 1200, 1350, { existing: 'A' }),
      ind(P2, '植樹本数', '本', 1500, 1180, { existing: 'C' }),
      ind(P2, '子ども食堂の開設数', 'か所', 10, 7, { existing: 'C' }),
      ind(P2, '出前講座の開催回数', '回', 24, 15, { existing: 'D' }),
    ],
    groups: [],
  },
};

const K1 = 'KPI';
interface Kpi {
  goal?: string;
  name: string;
  unit: string;
  /** R3 … R7. */
  targets: number[];
  /** R5 … R7 after the upward revision. */
  revised?: number[];
  /** R3 … R5. */
  actuals: number[];
}
const kpis: Kpi[] = [
  { goal: '1　しごとをつくる', name: 'UIJターンによる就業者数', unit: '人', targets: [30, 35, 40, 45, 50], actuals: [28, 41, 52] },
  { name: '企業誘致件数', unit: '件', targets: [1, 1, 2, 2, 2], revised: [3, 3, 3], actuals: [1, 2, 2] },
  { name: '新規就農者数', unit: '人', targets: [5, 5, 6, 6, 7], actuals: [4, 6, 5] },
  {
    goal: '2　人の流れをつくる',
    name: 'ふるさと納税寄附件数',
    unit: '件',
    targets: [5000, 6000, 7000, 8000, 9000],
    revised: [12000, 14000, 16000],
    actuals: [6210, 10480, 13055],
  },
  { name: '観光入込客数', unit: '千人', targets: [800, 850, 900, 950, 1000], actuals: [640, 790, 880] },
  {
    goal: '3　子育ての希望をかなえる',
    name: '子育て支援センター利用者数',
    unit: '人',
    targets: [18000, 19000, 20000, 21000, 22000],
    revised: [24000, 25000, 26000],
    actuals: [17200, 21350, 22860],
  },
];
const fmt = (v: number, unit: string) => `${v.toLocaleString('en-US')} ${unit}`;
const kpiRevised: Holdout2Workbook = {
  name: 'h77-kpi-revised-row',
  layout: '中野台市 総合戦略 KPI: KPIごとに目標値/目標値（上方修正後）/実績値の行 × R3〜R7年度、値は「40 人」の文、基本目標とKPIのセルを縦に結合',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['第2期中野台市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）']);
    put(ws, 2, 8, ['企画課']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', 'R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度', '備考']);
    let row = 5;
    let goalTop = 5;
    kpis.forEach((k, i) => {
      if (k.goal) {
        if (i > 0) ws.mergeCells(goalTop, 1, row - 1, 1);
        put(ws, row, 1, [k.goal]);
        goalTop = row;
      }
      const top = row;
      put(ws, row++, 2, [k.name, '目標値', ...k.targets.map((v) => fmt(v, k.unit))]);
      if (k.revised) put(ws, row++, 3, ['目標値（上方修正後）', '－', '－', ...k.revised.map((v) => fmt(v, k.unit))]);
      put(ws, row++, 3, ['実績値', ...k.actuals.map((v) => fmt(v, k.unit))]);
      if (k.revised) put(ws, top, 9, ['R5.3改訂']);
      ws.mergeCells(top, 2, row - 1, 2);
    });
    ws.mergeCells(goalTop, 1, row - 1, 1);
    put(ws, row + 1, 1, ['※令和5年3月の戦略改訂で目標値を上方修正したKPIは、「目標値（上方修正後）」の行の値を当該年度の目標値とする。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(3).width = 20;
  },
  expected: {
    file: 'h77-kpi-revised-row.xlsx',
    fiscalYear: 2023,
    indicators: kpis.map((k) => ind(K1, k.name, k.unit, k.revised ? k.revised[0] : k.targets[2], k.actuals[2])),
    groups: [],
  },
};

const K2 = 'KPI進捗';
const kpiBaseline: Holdout2Workbook = {
  name: 'h77-kpi-baseline-unit-col',
  layout:
    '東山市 総合戦略 KPI進捗管理表: 単位・方向の列、基準値（数値・時点）の2列が目標の左、令和4年度/令和5年度 × 目標/実績、R5実績に「（見込）」と「集計中」、基準値を下回る目標（増加方向）',
  build(wb) {
    const ws = wb.addWorksheet(K2);
    put(ws, 1, 1, ['東山市まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和5年度）']);
    put(ws, 2, 10, ['政策企画課']);
    put(ws, 4, 1, ['No.', '重要業績評価指標（KPI）', '単位', '方向', '基準値', undefined, '令和4年度', undefined, '令和5年度', undefined, '備考']);
    put(ws, 5, 5, ['数値', '時点', '目標', '実績', '目標', '実績']);
    for (const c of ['A', 'B', 'C', 'D', 'K']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('E4:F4');
    ws.mergeCells('G4:H4');
    ws.mergeCells('I4:J4');
    const rows: (string | number | undefined)[][] = [
      [1, '市内事業所の新規雇用者数', '人', '↑', 420, 'R元年度', 480, 455, 500, '512（見込）'],
      [2, '転出超過数', '人', '↓', 310, 'R元年度', 260, 284, 240, 266, '住民基本台帳による'],
      [3, '創業件数', '件', '↑', 12, 'R元年度', 15, 14, 16, '11（見込）'],
      [4, '移住相談件数', '件', '↑', 85, 'R2年度', 110, 132, 120, 141],
      [5, '婚活イベントによる成婚数', '組', '↑', 3, 'R元年度', 5, 4, 5, '集計中', '参加者への追跡調査中'],
      [6, '市民活動団体の登録数', '団体', '↑', 96, 'R2年度', 100, 98, 105, 101],
      [7, 'スポーツ少年団の団員数', '人', '↑', 980, 'R2年度', 920, 941, 900, 912, '少子化を踏まえ、減少幅の抑制を目標とする'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 14, 1, ['※方向　↑：増加（維持）を目指す　↓：減少を目指す']);
    put(ws, 15, 1, ['※（見込）は令和6年3月末時点の見込値。']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h77-kpi-baseline-unit-col.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K2, '市内事業所の新規雇用者数', '人', 500, 512, { actualStatus: 'provisional' }),
      ind(K2, '転出超過数', '人', 240, 266, { direction: 'down' }),
      ind(K2, '創業件数', '件', 16, 11, { actualStatus: 'provisional' }),
      ind(K2, '移住相談件数', '件', 120, 141),
      ind(K2, '婚活イベントによる成婚数', '組', 5, null, { actualStatus: 'pending' }),
      ind(K2, '市民活動団体の登録数', '団体', 105, 101),
      ind(K2, 'スポーツ少年団の団員数', '人', 900, 912),
    ],
    groups: [],
  },
};

const K3 = '重要業績評価指標';
interface EndKpi {
  name: string;
  unit: string;
  how: '累計' | '単年度';
  /** 令和5年3月末 … 令和8年3月末. */
  targets: number[];
  /** 令和5年3月末, 令和6年3月末 (as written). */
  actuals: (number | string)[];
}
const endKpis: EndKpi[] = [
  { name: '企業立地件数', unit: '件', how: '累計', targets: [2, 4, 6, 8], actuals: [2, 3] },
  { name: '新規就農者数', unit: '人', how: '単年度', targets: [6, 6, 7, 7], actuals: [5, 7] },
  { name: '移住者数', unit: '人', how: '累計', targets: [120, 260, 400, 550], actuals: [138, '２４１'] },
  { name: '観光客入込数', unit: '万人', how: '単年度', targets: [85, 90, 95, 100], actuals: [78.4, '８８．１'] },
  { name: '子育て世帯の転入数', unit: '世帯', how: '単年度', targets: [150, 160, 170, 180], actuals: [142, 118] },
  { name: '地域おこし協力隊の定住者数', unit: '人', how: '累計', targets: [3, 5, 7, 10], actuals: [2, 5] },
];
const kpiEndOfMarch: Holdout2Workbook = {
  name: 'h77-kpi-end-of-march-cumulative',
  layout:
    '南浜市 総合戦略 KPI: 目標値/実績値の2行 × 令和5年3月末〜令和8年3月末（最終）、単位と集計方法（累計/単年度）の列、全角数字の実績、「令和6年3月末現在」',
  build(wb) {
    const ws = wb.addWorksheet(K3);
    put(ws, 1, 1, ['第2期南浜市総合戦略　重要業績評価指標（KPI）の状況']);
    put(ws, 2, 1, ['（令和6年3月末現在）']);
    put(ws, 2, 7, ['地域創生課']);
    put(ws, 4, 1, ['KPI', '単位', '集計方法', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末\n（最終）']);
    endKpis.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [k.name, k.unit, k.how, '目標値', ...k.targets]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals]);
      for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 18, 1, ['※集計方法が「累計」のKPIは令和4年度からの累計値（目標値・実績値とも）。「単年度」のKPIは各年度の値。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h77-kpi-end-of-march-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K3, '企業立地件数', '件', 4, 3),
      ind(K3, '新規就農者数', '人', 6, 7),
      ind(K3, '移住者数', '人', 260, 241),
      ind(K3, '観光客入込数', '万人', 90, 88.1),
      ind(K3, '子育て世帯の転入数', '世帯', 160, 118),
      ind(K3, '地域おこし協力隊の定住者数', '人', 5, 5),
    ],
    groups: [],
  },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [revisedText, cumulative];
export const KPI_WORKBOOKS: Holdout2Workbook[] = [kpiRevised, kpiBaseline, kpiEndOfMarch];
