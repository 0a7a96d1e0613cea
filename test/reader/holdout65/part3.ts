/** Hold-out 65, part 3: 主要施策の成果説明書 (決算額 千円・活動の件数の文・合計行), 地域福祉計画 (「増加」「維持」の目標), 西暦が表題のセルだけのシート (非表示の廃止指標の行), 脚注で番号の指標の方向を示すシート. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
/** An indicator whose target says neither more nor less (「維持」): no direction to state. */
const noDirection = (i: ExpectedIndicator): ExpectedIndicator => {
  const out = { ...i };
  delete out.direction;
  return out;
};

const P = '主要施策の成果';
const seika: Holdout2Workbook = {
  name: 'h65-shuyo-shisaku-seika',
  layout:
    '主要施策の成果説明書: 款・事業名・決算額（千円）・財源の列、「事業の実績」に件数や人数の文、成果指標の目標・実績、「15,000以下」の目標、「集計中」、決算額の合計行',
  build(wb) {
    const ws = wb.addWorksheet(P);
    put(ws, 1, 1, ['令和5年度　主要施策の成果に関する説明書']);
    put(ws, 2, 1, ['（金額の単位：千円）', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '財政課']);
    put(ws, 4, 1, ['款', '事業名', '決算額', '特定財源', '事業の実績', '成果指標', '単位', '目標値', '実績値']);
    const rows: (string | number | undefined)[][] = [
      ['民生費', '子育て支援センター運営事業', 45210, 12000, '相談件数 1,842件、子育て講座 36回開催', '子育て相談の利用者満足度', '％', 85.0, 88.3],
      [undefined, '高齢者見守りネットワーク事業', 8760, 2190, '協力事業者との協定締結 8社（累計62社）', '見守り協定締結事業者数（累計）', '社', 70, 62],
      ['衛生費', 'がん検診推進事業', 63450, 15800, '各種がん検診 延べ9,812人受診', '大腸がん検診の受診率', '％', 12.0, 9.1],
      ['農林水産業費', '有害鳥獣対策事業', 21380, 10690, 'ニホンジカ 412頭、イノシシ 156頭を捕獲', '農作物の鳥獣被害額', '千円', '15,000以下', 18240],
      ['商工費', '観光プロモーション事業', 18900, undefined, 'SNS発信 240回、旅行博出展 3回', '観光入込客数', '千人', 1250, 1302],
      ['土木費', '橋りょう長寿命化事業', 152600, 98000, '定期点検 45橋、修繕工事 6橋', '修繕計画に対する修繕完了率', '％', 30.0, 26.7],
      ['教育費', '英語教育推進事業', 31050, undefined, 'ALT 8人を配置、英語キャンプ 2回開催', '英検3級以上相当の中学3年生の割合', '％', 50.0, '集計中'],
      ['合計', undefined, 341350, 138680],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    ws.mergeCells('A5:A6');
    put(ws, 14, 1, ['※特定財源は国県支出金・地方債・その他の合計。']);
    put(ws, 15, 1, ['※英検3級以上相当の割合は、国の英語教育実施状況調査の公表（令和6年6月予定）後に確定。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(5).width = 36;
    ws.getColumn(6).width = 34;
  },
  expected: {
    file: 'h65-shuyo-shisaku-seika.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P, '子育て相談の利用者満足度', '％', 85.0, 88.3),
      ind(P, '見守り協定締結事業者数（累計）', '社', 70, 62),
      ind(P, '大腸がん検診の受診率', '％', 12.0, 9.1),
      ind(P, '農作物の鳥獣被害額', '千円', 15000, 18240, { direction: 'down' }),
      ind(P, '観光入込客数', '千人', 1250, 1302),
      ind(P, '修繕計画に対する修繕完了率', '％', 30.0, 26.7),
      ind(P, '英検3級以上相当の中学3年生の割合', '％', 50.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const W = '進捗管理';
const fukushi: Holdout2Workbook = {
  name: 'h65-chiiki-fukushi',
  layout: '地域福祉計画: 基本目標の結合、策定時（R3）・目標（R8）・R4・R5 の列、目標に「増加」「維持」（数値なし）、目標は最終年度',
  build(wb) {
    const ws = wb.addWorksheet(W);
    put(ws, 1, 1, ['第4期みなと市地域福祉計画　評価指標の進捗状況（令和5年度）']);
    put(ws, 2, 8, ['地域福祉課']);
    put(ws, 4, 1, ['基本目標', '評価指標', '単位', '策定時（R3）', '目標（R8）', 'R4実績', 'R5実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['1 支え合う地域づくり', '民生委員・児童委員の充足率', '％', 94.2, 100, 95.0, 96.7],
      [undefined, '地域の支え合い活動に参加している市民の割合', '％', 22.5, '増加', 24.1, 23.8, '市民意識調査'],
      [undefined, 'ふれあい・いきいきサロンの設置数', 'か所', 48, 60, 51, 55],
      ['2 相談・支援体制の充実', '生活支援コーディネーターの配置数', '人', 3, '維持', 3, 3, '日常生活圏域ごとに1人'],
      [undefined, '成年後見制度の利用支援件数', '件', 12, 20, 15, 22],
      ['3 担い手の育成', 'ボランティアセンターの登録者数', '人', 1120, 1500, 1086, 1050],
      [undefined, '避難行動要支援者の個別避難計画の作成率', '％', 15.0, 100, 28.5, 41.2],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A9');
    ws.mergeCells('A10:A11');
    put(ws, 13, 1, ['※目標は計画最終年度（令和8年度）の値。「増加」「維持」は数値を定めず方向のみを示す目標。']);
    ws.getColumn(2).width = 44;
  },
  expected: {
    file: 'h65-chiiki-fukushi.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(W, '民生委員・児童委員の充足率', '％', 100, 96.7)),
      ind(W, '地域の支え合い活動に参加している市民の割合', '％', null, 23.8),
      fin(ind(W, 'ふれあい・いきいきサロンの設置数', 'か所', 60, 55)),
      noDirection(ind(W, '生活支援コーディネーターの配置数', '人', null, 3)),
      fin(ind(W, '成年後見制度の利用支援件数', '件', 20, 22)),
      fin(ind(W, 'ボランティアセンターの登録者数', '人', 1500, 1050)),
      fin(ind(W, '避難行動要支援者の個別避難計画の作成率', '％', 100, 41.2)),
    ],
    groups: [],
  },
};

const C = 'KPI';
const seireki: Holdout2Workbook = {
  name: 'h65-seireki-title-only',
  layout:
    '西暦の年度が表題のセル（2023年度）だけ、見出しは「目標値」「実績値」（年なし）、基準値（2019年度）、値に「13,480人」や全角数字、廃止した指標の行を非表示',
  build(wb) {
    const ws = wb.addWorksheet(C);
    put(ws, 1, 1, ['2023年度　みなと市シティプロモーション推進指針　KPI実績報告']);
    put(ws, 2, 6, ['秘書広報課']);
    put(ws, 4, 1, ['KPI', '単位', '基準値（2019年度）', '目標値', '実績値', '達成率', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['市公式SNSのフォロワー数', '人', '5,200人', '12,000人', '13,480人', '112.3%', 'X・Instagram・LINEの合計'],
      ['市ホームページの年間閲覧数', '千PV', 2150, 2800, 2512, '89.7%'],
      ['PR動画の再生回数', '回', 10000, '－', undefined, '－', '2022年度で廃止（SNSフォロワー数に統合）'],
      ['ふるさと納税の寄附額', '百万円', '３２０', '６００', '５４８', '91.3%'],
      ['市の魅力を発信する市民サポーター数', '人', 80, 200, 118, '59.0%'],
      ['メディア掲載件数', '件', 45, 60, 58, '96.7%'],
      ['市に愛着を感じる市民の割合', '％', 68.5, 75.0, 71.2, '94.9%', '市民意識調査'],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    ws.getRow(7).hidden = true;
    put(ws, 13, 1, ['※達成率＝実績値÷目標値']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h65-seireki-title-only.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C, '市公式SNSのフォロワー数', '人', 12000, 13480),
      ind(C, '市ホームページの年間閲覧数', '千PV', 2800, 2512),
      ind(C, 'ふるさと納税の寄附額', '百万円', 600, 548),
      ind(C, '市の魅力を発信する市民サポーター数', '人', 200, 118),
      ind(C, 'メディア掲載件数', '件', 60, 58),
      ind(C, '市に愛着を感じる市民の割合', '％', 75.0, 71.2),
    ],
    groups: [],
  },
};

const F = '指標の状況';
const footnote: Holdout2Workbook = {
  name: 'h65-footnote-directions',
  layout:
    '安全・安心まちづくり計画: No. の列、方向は脚注だけ（「No.2、No.5及びNo.7は数値が小さいほど良い指標」）、内訳の「うち」行（目標なし）、部署の評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(F);
    put(ws, 1, 1, ['令和5年度　みなと市安全・安心まちづくり推進計画　指標の状況']);
    put(ws, 2, 6, ['危機管理課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', 'R5目標', 'R5実績', '評価']);
    const rows: (string | number | undefined)[][] = [
      [1, '自主防災組織の活動率', '％', 80.0, 76.4, 'B'],
      [2, '交通事故の発生件数', '件', 250, 268, 'B'],
      [undefined, '（うち高齢者が関係する事故）', '件', '－', 98, '－'],
      [3, '防災メール登録者数', '人', 15000, 16210, 'A'],
      [4, '防犯教室の開催回数', '回', 40, 22, 'C'],
      [5, '刑法犯認知件数', '件', 380, 352, 'A'],
      [6, '消防団員の充足率', '％', 95.0, 88.2, 'B'],
      [7, '火災の発生件数', '件', 20, 27, 'C'],
      [8, '救命講習の受講者数', '人', 2400, 2010, 'B'],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    put(ws, 15, 1, ['※No.2、No.5及びNo.7は、数値が小さいほど良い指標です（達成率＝目標÷実績）。']);
    put(ws, 16, 1, ['※評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h65-footnote-directions.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F, '自主防災組織の活動率', '％', 80.0, 76.4, { existing: 'B' }),
      ind(F, '交通事故の発生件数', '件', 250, 268, { direction: 'down', existing: 'B' }),
      ind(F, '防災メール登録者数', '人', 15000, 16210, { existing: 'A' }),
      ind(F, '防犯教室の開催回数', '回', 40, 22, { existing: 'C' }),
      ind(F, '刑法犯認知件数', '件', 380, 352, { direction: 'down', existing: 'A' }),
      ind(F, '消防団員の充足率', '％', 95.0, 88.2, { existing: 'B' }),
      ind(F, '火災の発生件数', '件', 20, 27, { direction: 'down', existing: 'C' }),
      ind(F, '救命講習の受講者数', '人', 2400, 2010, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const PART3: Holdout2Workbook[] = [seika, fukushi, seireki, footnote];
