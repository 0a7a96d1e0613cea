/** Hold-out 75, part 2: plans for the town (防犯まちづくり計画, 生活排水処理基本計画, 地域医療計画, 空港・港湾の利用状況). */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const C1 = '成果指標';
const cards: [string, string, string, string, (number | undefined)[], (number | string | undefined)[]][] = [
  ['刑法犯認知件数', '件', '減少', '県警察統計（暦年）', [560, 540, 520, 500, 480], [571, 548, 503]],
  ['防犯灯のLED化率', '％', '増加', '防犯灯台帳（年度末）', [75.0, 80.0, 85.0, 95.0, 100.0], [76.4, 79.1, 81.2]],
  ['自主防犯パトロール団体数', '団体', '増加', '生活安全課調べ', [42, 44, 45, 46, 48], [41, 44, 43]],
  ['子ども110番の家の登録件数', '件', '増加', '生活安全課調べ（年度末）', [1100, 1150, 1200, 1250, 1300], [1062, 985, 930]],
  ['特殊詐欺の被害件数', '件', '減少', '県警察統計（暦年）', [14, 12, 10, 8, 6], [16, 19, 14]],
  ['治安が良いと感じる市民の割合', '％', '増加', '市民意識調査（毎年6月）', [60.0, 62.5, 65.0, 67.5, 70.0], [58.4, 61.0, '集計中']],
];
const cardGrades = ['A', 'B', 'B', 'C', 'C'];
const crime: Holdout2Workbook = {
  name: 'h75-crime-prevention-cards',
  layout:
    '防犯まちづくり計画: 指標カードを縦に6枚（指標n・名称／単位・目標の方向・出典／R3〜R7 の見出し／目標・実績の行）、空の達成状況評価欄と前年度評価、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['みなと市防犯まちづくり計画　成果指標の進捗（令和5年度）']);
    put(ws, 2, 6, ['生活安全課']);
    put(ws, 3, 1, ['達成状況評価', undefined, undefined, '（前年度：B）']);
    ws.mergeCells('B3:C3');
    let r = 5;
    cards.forEach(([name, unit, dir, source, targets, actuals], i) => {
      put(ws, r, 1, [`指標${i + 1}`, name]);
      ws.mergeCells(`B${r}:F${r}`);
      put(ws, r + 1, 1, ['単位', unit, '目標の方向', dir, '出典', source]);
      put(ws, r + 2, 1, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 3, 1, ['目標', ...targets]);
      put(ws, r + 4, 1, ['実績', ...actuals]);
      r += 6;
    });
    put(ws, r, 1, ['※刑法犯認知件数・特殊詐欺の被害件数は暦年（1月～12月）の件数。']);
    put(ws, r + 1, 1, ['※達成状況評価は、各指標の達成度（A：4点　B：3点　C：2点　D：1点）の平均による。']);
    ws.getColumn(1).width = 14;
    ws.getColumn(6).width = 26;
  },
  expected: {
    file: 'h75-crime-prevention-cards.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '刑法犯認知件数', '件', 520, 503, { direction: 'down' }),
      ind(C1, '防犯灯のLED化率', '％', 85.0, 81.2),
      ind(C1, '自主防犯パトロール団体数', '団体', 45, 43),
      ind(C1, '子ども110番の家の登録件数', '件', 1200, 930),
      ind(C1, '特殊詐欺の被害件数', '件', 10, 14, { direction: 'down' }),
      ind(C1, '治安が良いと感じる市民の割合', '％', 65.0, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: C1, cell: 'B3', grade: rollUp(cardGrades) }],
  },
};

const C2 = 'KPI';
const sewage: Holdout2Workbook = {
  name: 'h75-sewage-kpi',
  layout:
    '生活排水処理基本計画: 実績だけの年度の列（基準値 H30・R2〜令和５年度、全角の見出し）、右端に「目標値（R7）」、減少を目指す指標は注記の番号で、R2 の「－」、下に【参考】の行',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    put(ws, 1, 1, ['みなと市生活排水処理基本計画　指標の推移']);
    put(ws, 2, 1, ['評価年度：令和5年度（令和6年3月31日現在）', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '下水道課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '基準値（H30）', 'R2', 'R3', 'R4', '令和５年度', '目標値（R7）']);
    const rows: (string | number)[][] = [
      [1, '汚水処理人口普及率', '％', 82.4, 84.1, 85.0, 85.9, 86.7, 88.0],
      [2, '公共下水道の水洗化率', '％', 88.0, 89.2, 89.9, 90.5, 91.0, 91.0],
      [3, '合併処理浄化槽の設置基数（累計）', '基', 1820, 1990, 2075, 2150, 2231, 2600],
      [4, '公共下水道の整備面積（累計）', 'ha', 1210, 1236, 1250, 1262, 1270, 1300],
      [5, '単独処理浄化槽・くみ取り便槽の使用人口', '人', 12400, 10950, 10300, 9720, 9180, 6000],
      [6, '生活排水出前講座の参加者数', '人', 480, '－', 220, 310, 420, 500],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['【参考】', '行政区域内人口', '人', 81240, 80310, 79820, 79105, 78450]);
    put(ws, 14, 1, ['※No.5は減少を目指す指標。']);
    put(ws, 15, 1, ['※R2の出前講座は新型コロナウイルス感染症のため中止。']);
    ws.getColumn(2).width = 38;
  },
  expected: {
    file: 'h75-sewage-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(C2, '汚水処理人口普及率', '％', 88.0, 86.7)),
      fin(ind(C2, '公共下水道の水洗化率', '％', 91.0, 91.0)),
      fin(ind(C2, '合併処理浄化槽の設置基数（累計）', '基', 2600, 2231)),
      fin(ind(C2, '公共下水道の整備面積（累計）', 'ha', 1300, 1270)),
      fin(ind(C2, '単独処理浄化槽・くみ取り便槽の使用人口', '人', 6000, 9180, { direction: 'down' })),
      fin(ind(C2, '生活排水出前講座の参加者数', '人', 500, 420)),
    ],
    groups: [],
  },
};

const C3 = '点検評価';
const medical: Holdout2Workbook = {
  name: 'h75-regional-medical',
  layout:
    '地域医療計画の点検評価: 現況（計画策定時）と実績のセルに年の括弧（改行）、目指す方向（低下/短縮/増加）の列、目標（R8）だけ、医師数の実績は令和4年（隔年の統計）',
  build(wb) {
    const ws = wb.addWorksheet(C3);
    put(ws, 1, 1, ['第2次みなと市地域医療計画　評価指標の点検・評価（令和5年度）']);
    put(ws, 2, 7, ['地域医療課']);
    put(ws, 4, 1, ['指標', '指標の説明', '単位', '目指す方向', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['救急搬送の管外搬送率', '救急搬送人員のうち市外の医療機関へ搬送した割合', '％', '低下', '31.5\n（令和元年）', 25.0, '28.4\n（令和5年）', '消防年報'],
      ['救急車の現場到着所要時間', '119番通報から現場到着までの平均時間', '分', '短縮', '9.8\n（令和元年）', 8.5, '9.1\n（令和5年）', '消防年報'],
      ['在宅医療の訪問診療件数', '市内医療機関による訪問診療の年間件数', '件', '増加', '4,210\n（令和元年度）', 6000, '6,120\n（令和5年度）', '医師会調べ'],
      [
        '人口10万人当たり医師数',
        '市内の医療施設に従事する医師数',
        '人',
        '増加',
        '198.6\n（平成30年）',
        215.0,
        '206.3\n（令和4年）',
        '医師・歯科医師・薬剤師統計（2年ごと）',
      ],
      [
        'かかりつけ医を持つ市民の割合',
        '市民意識調査で「かかりつけ医がいる」と答えた割合',
        '％',
        '増加',
        '58.2\n（令和元年度）',
        70.0,
        '63.5\n（令和5年度）',
        '市民意識調査',
      ],
      ['救急医療電話相談の認知度', '「#7119」を知っている市民の割合', '％', '増加', '22.0\n（令和2年度）', 60.0, '34.6\n（令和5年度）', '市民意識調査'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let i = 5; i <= 10; i++) {
      ws.getCell(`E${i}`).alignment = { wrapText: true };
      ws.getCell(`G${i}`).alignment = { wrapText: true };
    }
    put(ws, 12, 1, ['※目標は計画最終年度（令和8年度）の値。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h75-regional-medical.xlsx',
    fiscalYear: 2023,
    // The 医師数 figure is the latest statistic (令和4年), a year before the evaluation period: read as written, a clerk notes it.
    guesses: ['other-year'],
    indicators: [
      fin(ind(C3, '救急搬送の管外搬送率', '％', 25.0, 28.4, { direction: 'down' })),
      fin(ind(C3, '救急車の現場到着所要時間', '分', 8.5, 9.1, { direction: 'down' })),
      fin(ind(C3, '在宅医療の訪問診療件数', '件', 6000, 6120)),
      fin(ind(C3, '人口10万人当たり医師数', '人', 215.0, 206.3)),
      fin(ind(C3, 'かかりつけ医を持つ市民の割合', '％', 70.0, 63.5)),
      fin(ind(C3, '救急医療電話相談の認知度', '％', 60.0, 34.6)),
    ],
    groups: [],
  },
};

const C4 = '利用状況';
const airport: Holdout2Workbook = {
  name: 'h75-airport-port-rows',
  layout:
    '空港・港湾の利用状況: 年度が行（H30〜R5 の実績）、指標が列で単位は見出しに（乗降客数（千人）・貨物量（千トン）・TEU）、目標の行は実績の下、最後に（参考）令和6年度上半期の行',
  build(wb) {
    const ws = wb.addWorksheet(C4);
    put(ws, 1, 1, ['みなと空港・みなと港の利用状況（令和5年度）']);
    put(ws, 2, 6, ['港湾空港課']);
    put(ws, 4, 1, ['年度', '空港乗降客数（千人）', '国際線乗降客数（千人）', '港湾取扱貨物量（千トン）', 'コンテナ取扱量（TEU）', 'クルーズ船寄港回数（回）']);
    const rows: (string | number)[][] = [
      ['平成30年度', 1182.4, 146.2, 8420, 21350, 18],
      ['令和元年度', 1150.8, 138.5, 8105, 20880, 15],
      ['令和2年度', 312.6, 0, 7240, 18200, 0],
      ['令和3年度', 498.1, 0, 7610, 19040, 0],
      ['令和4年度', 845.3, 12.4, 7980, 20110, 6],
      ['令和5年度', '1,068.7', 95.8, 8150, 21020, 14],
      ['目標（令和5年度）', 1000, 120, 8300, 22000, 12],
      ['（参考）令和6年度上半期', 560.2, 61.3, 4120, 10600, 9],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 14, 1, ['※空港乗降客数は国内線・国際線の合計。令和2・3年度は国際線が運休。']);
    put(ws, 15, 1, ['※TEU：20フィートコンテナ換算の個数。']);
    ws.getColumn(1).width = 24;
  },
  expected: {
    file: 'h75-airport-port-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C4, '空港乗降客数', '千人', 1000, 1068.7),
      ind(C4, '国際線乗降客数', '千人', 120, 95.8),
      ind(C4, '港湾取扱貨物量', '千トン', 8300, 8150),
      ind(C4, 'コンテナ取扱量', 'TEU', 22000, 21020),
      ind(C4, 'クルーズ船寄港回数', '回', 12, 14),
    ],
    groups: [],
  },
};

export const COMMUNITY_WORKBOOKS: Holdout2Workbook[] = [crime, sewage, medical, airport];
