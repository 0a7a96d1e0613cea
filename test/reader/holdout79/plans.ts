/** Hold-out 79, part 2: plans outside the families (障害福祉計画の見込量, 地域福祉計画 with ◎○△×, 橋梁長寿命化 with years as rows, 消防 with 西暦 and full-width figures). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S1 = '見込量と実績';
const service: Holdout2Workbook = {
  name: 'h79-plan-disability-services',
  layout: '障害福祉計画: サービス種別ごとの見込量と実績、区分の見出し行（訪問系…）、単位「時間/月」「人日/月」、達成率の列は 0.xx を % 表示',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第6期あさひ市障害福祉計画　令和5年度 障害福祉サービス見込量の達成状況']);
    put(ws, 2, 6, ['障害福祉課']);
    put(ws, 4, 1, ['サービス種別', '単位', '令和5年度', undefined, '達成率', '備考']);
    put(ws, 5, 3, ['見込量', '実績']);
    ws.mergeCells('C4:D4');
    for (const c of ['A', 'B', 'E', 'F']) ws.mergeCells(`${c}4:${c}5`);
    const rows: (string | number | undefined)[][] = [
      ['【訪問系サービス】'],
      ['居宅介護', '時間/月', 2400, 2186],
      ['【日中活動系サービス】'],
      ['生活介護', '人/月', 310, 318],
      ['就労継続支援（B型）', '人/月', 260, 281, undefined, '新規事業所の開設'],
      ['短期入所', '人日/月', 180, 122, undefined, '受入れ事業所の休止'],
      ['【居住系サービス】'],
      ['共同生活援助', '人/月', 95, 104],
      ['【相談支援】'],
      ['計画相談支援', '人/月', 150, 117],
    ];
    rows.forEach((row, i) => {
      const r = 6 + i;
      put(ws, r, 1, row);
      if (row.length === 1) ws.mergeCells(`A${r}:F${r}`);
      else {
        ws.getCell(r, 5).value = Math.round(((row[3] as number) / (row[2] as number)) * 1000) / 1000;
        ws.getCell(r, 5).numFmt = '0.0%';
      }
    });
    put(ws, 17, 1, ['※実績は令和6年3月サービス提供分（月の利用量）。達成率＝実績÷見込量。']);
    ws.getColumn(1).width = 24;
  },
  expected: {
    file: 'h79-plan-disability-services.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '居宅介護', '時間/月', 2400, 2186),
      ind(S1, '生活介護', '人/月', 310, 318),
      ind(S1, '就労継続支援（B型）', '人/月', 260, 281),
      ind(S1, '短期入所', '人日/月', 180, 122),
      ind(S1, '共同生活援助', '人/月', 95, 104),
      ind(S1, '計画相談支援', '人/月', 150, 117),
    ],
    groups: [],
  },
};

const S2 = '評価指標';
const welfare: Holdout2Workbook = {
  name: 'h79-plan-community-welfare',
  layout: '地域福祉計画: 基本目標ごとの見出し行（結合）、策定時（R2）・目標（R5）・実績（R5）、評価は ◎○△× で凡例は表の下',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度　こまち市地域福祉計画　進捗評価']);
    put(ws, 2, 6, ['社会福祉課・社会福祉協議会']);
    put(ws, 4, 1, ['評価指標', '単位', '策定時（R2）', '目標（R5）', '実績（R5）', '評価']);
    const rows: (string | number)[][] = [
      ['基本目標１　支え合いの地域づくり'],
      ['地域の支え合い活動に参加している市民の割合', '％', 24.6, 30.0, 27.8, '○'],
      ['ふれあいサロンの設置数', 'か所', 38, 45, 47, '◎'],
      ['民生委員・児童委員の充足率', '％', 92.1, 100, 94.7, '○'],
      ['基本目標２　安心して暮らせる仕組みづくり'],
      ['生活困窮者自立相談支援の新規相談件数', '件', 210, 250, 176, '△'],
      ['成年後見制度の利用者数', '人', 64, 80, 45, '×'],
      ['避難行動要支援者の個別避難計画作成率', '％', 12.5, 40.0, 33.6, '○'],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      if (row.length === 1) ws.mergeCells(`A${5 + i}:F${5 + i}`);
    });
    put(ws, 14, 1, ['評価　◎：目標達成　○：達成率80％以上　△：60％以上80％未満　×：60％未満']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h79-plan-community-welfare.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '地域の支え合い活動に参加している市民の割合', '％', 30.0, 27.8, { existing: '○' }),
      ind(S2, 'ふれあいサロンの設置数', 'か所', 45, 47, { existing: '◎' }),
      ind(S2, '民生委員・児童委員の充足率', '％', 100, 94.7, { existing: '○' }),
      ind(S2, '生活困窮者自立相談支援の新規相談件数', '件', 250, 176, { existing: '△' }),
      ind(S2, '成年後見制度の利用者数', '人', 80, 45, { existing: '×' }),
      ind(S2, '避難行動要支援者の個別避難計画作成率', '％', 40.0, 33.6, { existing: '○' }),
    ],
    groups: [],
  },
};

const S3 = '進捗管理';
const bridge: Holdout2Workbook = {
  name: 'h79-plan-bridge-years-rows',
  layout:
    '橋梁長寿命化・舗装修繕計画: 年度が行（令和3〜7年度）、指標が列で計画/実績の2列、単位は見出しに「（橋）」、減少を目指す指標は注記、令和6年度以降は計画だけ',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['ながはま市橋梁長寿命化修繕計画・舗装修繕計画　進捗管理表（令和5年度末）']);
    put(ws, 2, 10, ['道路維持課']);
    put(ws, 4, 1, [
      '年度',
      '橋梁点検実施数（橋）',
      undefined,
      '修繕着手橋梁数（橋）',
      undefined,
      '健全度Ⅲ判定の橋梁数（橋）',
      undefined,
      '舗装修繕延長（km）',
      undefined,
      '道路照明LED化灯数（灯）',
    ]);
    put(ws, 5, 2, ['計画', '実績', '計画', '実績', '計画', '実績', '計画', '実績', '計画', '実績']);
    ws.mergeCells('A4:A5');
    for (const [a, b] of [
      ['B', 'C'],
      ['D', 'E'],
      ['F', 'G'],
      ['H', 'I'],
      ['J', 'K'],
    ])
      ws.mergeCells(`${a}4:${b}4`);
    const rows: (string | number | undefined)[][] = [
      ['令和3年度', 58, 58, 6, 6, 27, 27, 4.0, 4.2, 500, 512],
      ['令和4年度', 60, 59, 7, 6, 24, 25, 4.5, 4.1, 550, 560],
      ['令和5年度', 62, 62, 8, 5, 21, 24, 4.5, 3.8, 600, 655],
      ['令和6年度', 60, undefined, 8, undefined, 18, undefined, 5.0, undefined, 600],
      ['令和7年度', 58, undefined, 9, undefined, 15, undefined, 5.0, undefined, 650],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 12, 1, ['※健全度Ⅲ（早期措置段階）判定の橋梁数は、修繕の進捗により減少を目指す指標。']);
    put(ws, 13, 1, ['※令和5年度の修繕着手は、入札不調により3橋が翌年度に繰越し。']);
    ws.getColumn(1).width = 12;
  },
  expected: {
    file: 'h79-plan-bridge-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '橋梁点検実施数', '橋', 62, 62),
      ind(S3, '修繕着手橋梁数', '橋', 8, 5),
      ind(S3, '健全度Ⅲ判定の橋梁数', '橋', 21, 24, { direction: 'down' }),
      ind(S3, '舗装修繕延長', 'km', 4.5, 3.8),
      ind(S3, '道路照明LED化灯数', '灯', 600, 655),
    ],
    groups: [],
  },
};

const S4 = '成果指標';
const fire: Holdout2Workbook = {
  name: 'h79-plan-fire-ems-seireki',
  layout: '消防本部 業務計画: 西暦の年度（2022年度実績・2023年度目標/実績）、目指す方向 ↑↓、数値の一部が全角文字列（「８．９」「３，０１２」）、備考',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['かわせ市消防本部　業務計画 成果指標（2023年度実績）']);
    put(ws, 3, 1, ['成果指標', '単位', '目指す方向', '2022年度', '2023年度', undefined, '備考']);
    put(ws, 4, 4, ['実績', '目標', '実績']);
    ws.mergeCells('E3:F3');
    for (const c of ['A', 'B', 'C', 'G']) ws.mergeCells(`${c}3:${c}4`);
    const rows: (string | number)[][] = [
      ['救急車の現場到着所要時間（平均）', '分', '↓', 9.1, 8.5, '８．９'],
      ['火災件数', '件', '↓', 38, 35, 29],
      ['救命講習の受講者数', '人', '↑', 2850, 3200, '３，０１２'],
      ['住宅用火災警報器の設置率', '％', '↑', 81.0, 85.0, 82.3, '6月1日時点の抽出調査'],
      ['消防団員の充足率', '％', '↑', 88.4, 95.0, 86.9],
      ['市民による応急手当の実施率', '％', '↑', 52.3, 60.0, 47.0, '心肺停止傷病者のうち'],
      ['防火対象物の立入検査実施件数', '件', '↑', 410, 450, 246],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 13, 1, ['※目指す方向　↑：数値の増加を目指す　↓：数値の減少を目指す']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h79-plan-fire-ems-seireki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '救急車の現場到着所要時間（平均）', '分', 8.5, 8.9, { direction: 'down' }),
      ind(S4, '火災件数', '件', 35, 29, { direction: 'down' }),
      ind(S4, '救命講習の受講者数', '人', 3200, 3012),
      ind(S4, '住宅用火災警報器の設置率', '％', 85.0, 82.3),
      ind(S4, '消防団員の充足率', '％', 95.0, 86.9),
      ind(S4, '市民による応急手当の実施率', '％', 60.0, 47.0),
      ind(S4, '防火対象物の立入検査実施件数', '件', 450, 246),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [service, welfare, bridge, fire];
