/**
 * Hold-out 92, part 1: the four families as the offices of a city's welfare and health plans write them for the yearly
 * 進行管理 (a 施策評価シート of 健康づくり with stacked indicator blocks, a 地域支援事業 事業実績 with text targets and actuals, a
 * 自殺対策計画 KPI table per 年度, a 障害福祉計画 成果目標 plan-indicator table).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];

function wrap(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
}

// ---------------------------------------------------------------------------------------------------------------------
// 施策評価シート (健康づくり課): five indicator blocks stacked down the sheet, each with its name, 単位, 目指す方向 (↑ / ↓ with
// the legend under the blocks), a 年度 row R2（基準値）…R7（目標値）, 目標値 and 実績値 rows, 指標の説明 and 備考. The 施策's
// 達成状況評価 cell is still empty (to be rated), last year's grade 「（B）」 beside it. The R5 特定健診受診率 is a 速報値.
type Block = {
  name: string;
  unit: string;
  way: '↑' | '↓';
  base: number;
  /** R3…R7. */
  targets: number[];
  /** R3…R5. */
  actuals: number[];
  about: string;
  note: string;
  fmt: string;
};
const blocks: Block[] = [
  {
    name: '特定健康診査受診率',
    unit: '％',
    way: '↑',
    base: 38.6,
    targets: [42.0, 46.0, 50.0, 55.0, 60.0],
    actuals: [41.2, 43.8, 45.9],
    about: '40〜74歳の国民健康保険被保険者のうち特定健康診査を受診した者の割合（法定報告）',
    note: 'R5実績値は速報値（法定報告の確定値は令和6年11月に公表）',
    fmt: '0.0',
  },
  {
    name: '健康づくりポイント事業の参加者数',
    unit: '人',
    way: '↑',
    base: 1820,
    targets: [2500, 3000, 3500, 4000, 4500],
    actuals: [2140, 2960, 3612],
    about: '健（検）診の受診や運動教室への参加でポイントを貯める「けんこうマイレージ」の参加登録者数（年度末）',
    note: 'R5からスマートフォンアプリによる参加を開始',
    fmt: '#,##0',
  },
  {
    name: '特定健診受診者のうち喫煙者の割合',
    unit: '％',
    way: '↓',
    base: 14.9,
    targets: [14.5, 14.0, 13.5, 13.0, 12.5],
    actuals: [14.6, 14.3, 14.1],
    about: '特定健康診査の質問票で「現在、たばこを習慣的に吸っている」と回答した者の割合',
    note: '',
    fmt: '0.0',
  },
  {
    name: '運動習慣のある者の割合',
    unit: '％',
    way: '↑',
    base: 33.1,
    targets: [34.0, 35.0, 36.0, 37.0, 38.0],
    actuals: [32.4, 33.0, 33.5],
    about: '特定健康診査の質問票で「1回30分以上の軽く汗をかく運動を週2日以上、1年以上実施」と回答した者の割合',
    note: '',
    fmt: '0.0',
  },
  {
    name: 'がん検診受診率（大腸がん）',
    unit: '％',
    way: '↑',
    base: 9.8,
    targets: [10.5, 11.0, 11.5, 12.0, 12.5],
    actuals: [10.1, 10.6, 10.2],
    about: '市が実施する大腸がん検診の受診者数÷対象者数（40〜69歳）',
    note: 'R5は集団検診の会場を1か所減らした影響で受診者が減少',
    fmt: '0.0',
  },
];
const P1 = '施策3-2';
const policy: Holdout2Workbook = {
  name: 'h92-policy-kenko',
  layout:
    '健康づくりの施策評価シート: 指標ブロックを縦に5つ（成果指標①…、単位、目指す方向 ↑／↓ と下の凡例、R2（基準値）〜R7（目標値）の年度行、目標値・実績値の行、指標の説明・備考）、備考に「R5実績値は速報値」、達成状況評価は空欄で右に前年度の（B）',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['令和6年度　施策評価シート（令和5年度の取組）']);
    ws.mergeCells(1, 1, 1, 10);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 8, ['評価対象年度：令和5年度']);
    ws.mergeCells(2, 8, 2, 10);
    put(ws, 3, 1, ['政策', '3　健やかでいきいきと暮らせるまち', undefined, undefined, undefined, '主管課', '健康づくり課']);
    ws.mergeCells(3, 2, 3, 5);
    ws.mergeCells(3, 7, 3, 10);
    put(ws, 4, 1, ['施策', '3-2　健康づくりと疾病予防の推進', undefined, undefined, undefined, '関係課', '保険年金課、スポーツ振興課']);
    ws.mergeCells(4, 2, 4, 5);
    ws.mergeCells(4, 7, 4, 10);
    put(ws, 5, 1, ['施策の目指す姿', '市民一人ひとりが自らの健康に関心を持ち、健（検）診の受診や運動習慣などを通じて、生涯にわたり健康に暮らしている。']);
    ws.mergeCells(5, 2, 5, 10);
    put(ws, 7, 1, ['■ 成果指標']);
    blocks.forEach((b, i) => {
      const r = 8 + i * 6;
      put(ws, r, 1, [`成果指標${CIRCLED[i]}`, b.name, undefined, undefined, undefined, undefined, '単位', b.unit, '目指す方向', b.way]);
      ws.mergeCells(r, 2, r, 6);
      put(ws, r + 1, 1, ['年度', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
      wrap(ws, r + 1, 1, 7);
      put(ws, r + 2, 1, ['目標値', '－', ...b.targets]);
      put(ws, r + 3, 1, ['実績値', b.base, ...b.actuals]);
      for (let c = 2; c <= 7; c++) {
        ws.getCell(r + 2, c).numFmt = b.fmt;
        ws.getCell(r + 3, c).numFmt = b.fmt;
      }
      put(ws, r + 4, 1, ['指標の説明', b.about]);
      ws.mergeCells(r + 4, 2, r + 4, 10);
      put(ws, r + 5, 1, ['備考', b.note || undefined]);
      ws.mergeCells(r + 5, 2, r + 5, 10);
    });
    const after = 8 + blocks.length * 6;
    put(ws, after, 1, ['※目指す方向　↑：数値の増加を目指す指標　↓：数値の減少を目指す指標']);
    ws.mergeCells(after, 1, after, 10);
    put(ws, after + 2, 1, ['■ 施策の評価']);
    put(ws, after + 3, 1, ['達成状況評価', undefined, '（B）', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　※（　）内は前年度の評価']);
    ws.mergeCells(after + 3, 4, after + 3, 10);
    ws.getCell(after + 3, 2).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    put(ws, after + 4, 1, [
      '取組の成果',
      '健康づくりポイント事業はアプリ導入により参加者が大きく増加した。特定健診は未受診者へのAIを活用した受診勧奨により受診率が上昇した。',
    ]);
    ws.mergeCells(after + 4, 2, after + 4, 10);
    put(ws, after + 5, 1, ['課題', '働く世代の運動習慣の定着とがん検診の受診機会の確保が課題である。']);
    ws.mergeCells(after + 5, 2, after + 5, 10);
    put(ws, after + 6, 1, ['今後の方向性', '継続（がん検診は土日の集団検診を増やし受診機会を拡大する）']);
    ws.mergeCells(after + 6, 2, after + 6, 10);
    ws.getColumn(1).width = 14;
    for (let c = 2; c <= 7; c++) ws.getColumn(c).width = 11;
  },
  expected: {
    file: 'h92-policy-kenko.xlsx',
    fiscalYear: 2023,
    indicators: blocks.map((b, i) =>
      ind(P1, b.name, b.unit, b.targets[2], b.actuals[2], {
        direction: b.way === '↓' ? 'down' : 'up',
        actualStatus: i === 0 ? 'provisional' : undefined,
      }),
    ),
    // 8 + 5 × 6 = 38 (legend), 40 (heading), 41: 達成状況評価 | B41. Grades B A B B B → 3.2 → B.
    groups: [{ sheet: P1, cell: 'B41', grade: 'B' }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 地域支援事業の事業実績 (長寿福祉課): No. | 事業名 | 事業の概要 | 令和5年度 (目標 | 実績) | 自己評価 | 成果・課題 | 今後の方向性,
// three 事業区分 rows, targets and actuals written as text with their units, one 未実施 and one actual with a second figure in
// brackets.
type Jigyo = {
  name: string;
  about: string;
  target: string;
  actual: string;
  self: string;
  comment: string;
  way: string;
  fact: { unit: string; target: number; actual: number | null };
};
const sections: [string, Jigyo[]][] = [
  [
    '１　介護予防・日常生活支援総合事業',
    [
      {
        name: 'いきいき百歳体操普及事業',
        about: '住民が週1回集まって行う重りを使った体操の立ち上げと継続を支援する',
        target: '実施団体数　85団体',
        actual: '実施団体数　91団体',
        self: 'A',
        comment: '新たに6団体が立ち上がった。参加者の高齢化により休止する団体への支援が課題。',
        way: '継続',
        fact: { unit: '団体', target: 85, actual: 91 },
      },
      {
        name: 'まちかど介護予防教室',
        about: '地区の集会所で運動・口腔・栄養の教室を開催する',
        target: '年48回開催',
        actual: '52回開催\n（延べ参加者 1,034人）',
        self: 'A',
        comment: '口腔機能の回を新設し開催回数が増えた。',
        way: '継続',
        fact: { unit: '回', target: 48, actual: 52 },
      },
    ],
  ],
  [
    '２　包括的支援事業',
    [
      {
        name: '認知症サポーター養成事業',
        about: '認知症の人や家族を温かく見守る認知症サポーターを養成する講座を開催する',
        target: '受講者数　600人',
        actual: '受講者数　438人',
        self: 'B',
        comment: '小中学校での講座が3校減った。企業向けの講座を拡充する。',
        way: '拡充',
        fact: { unit: '人', target: 600, actual: 438 },
      },
      {
        name: '認知症初期集中支援推進事業',
        about: '医療・介護の専門職によるチームが認知症の人や家族を訪問し、初期の支援を集中的に行う',
        target: '支援対象者　24件',
        actual: '支援対象者　19件',
        self: 'B',
        comment: '地域包括支援センターからの相談経路を見直す。',
        way: '継続',
        fact: { unit: '件', target: 24, actual: 19 },
      },
      {
        name: '生活支援体制整備事業',
        about: '生活支援コーディネーターを配置し、日常生活圏域ごとに第2層協議体を設置する',
        target: '第2層協議体　8圏域で設置',
        actual: '第2層協議体　6圏域で設置',
        self: 'C',
        comment: '2圏域は準備会を開催した。令和6年度中の設置を目指す。',
        way: '継続',
        fact: { unit: '圏域', target: 8, actual: 6 },
      },
    ],
  ],
  [
    '３　任意事業',
    [
      {
        name: '家族介護者教室',
        about: '在宅で介護する家族を対象に介護の知識や技術を学ぶ教室を開催する',
        target: '年4回開催',
        actual: '未実施',
        self: 'D',
        comment: '委託先の講師が確保できず実施できなかった。令和6年度は直営で実施する。',
        way: '見直し',
        fact: { unit: '回', target: 4, actual: null },
      },
      {
        name: '配食サービス事業',
        about: 'ひとり暮らし高齢者等に栄養バランスのとれた食事を届け、あわせて安否を確認する',
        target: '利用者数　120人',
        actual: '利用者数　132人',
        self: 'A',
        comment: '配達時の安否確認で2件の救急搬送につながった。',
        way: '継続',
        fact: { unit: '人', target: 120, actual: 132 },
      },
      {
        name: '高齢者見守りネットワーク事業',
        about: '新聞販売店・金融機関などと協定を結び、異変に気付いたときに市へ連絡してもらう',
        target: '協力事業所　150事業所',
        actual: '協力事業所　157事業所',
        self: 'A',
        comment: '宅配事業者2社と新たに協定を締結した。',
        way: '継続',
        fact: { unit: '事業所', target: 150, actual: 157 },
      },
    ],
  ],
];
const J1 = '事業実績';
const jigyo: Holdout2Workbook = {
  name: 'h92-jigyo-chiikishien',
  layout:
    '地域支援事業の事業実績: No.・事業名・事業の概要・令和5年度（目標｜実績）の2段の見出し・自己評価・成果・課題・今後の方向性、事業区分の行が3つ、「実施団体数　85団体」「年48回開催」「52回開催（延べ参加者 1,034人）」「未実施」の文字の目標と実績、表の下に自己評価の凡例',
  build(wb) {
    const ws = wb.addWorksheet(J1);
    put(ws, 1, 1, ['令和5年度　高齢者福祉計画・介護保険事業計画　地域支援事業　事業実績']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['長寿福祉課　地域包括ケア推進係']);
    put(ws, 4, 1, ['No.', '事業名', '事業の概要', '令和5年度', undefined, '自己評価', '成果・課題', '今後の方向性']);
    put(ws, 5, 4, ['目標', '実績']);
    for (const c of [1, 2, 3, 6, 7, 8]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 4, 4, 5);
    wrap(ws, 4, 1, 8);
    wrap(ws, 5, 1, 8);
    let r = 6;
    let no = 0;
    for (const [title, rows] of sections) {
      put(ws, r, 1, [title]);
      ws.mergeCells(r, 1, r, 8);
      r++;
      for (const j of rows) {
        no++;
        put(ws, r, 1, [no, j.name, j.about, j.target, j.actual, j.self, j.comment, j.way]);
        for (const c of [3, 4, 5, 7]) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'top' };
        r++;
      }
    }
    put(ws, r + 1, 1, ['※自己評価　A：目標を達成した　B：目標をおおむね達成した　C：目標を下回った　D：目標を大きく下回った・実施できなかった']);
    ws.getColumn(2).width = 26;
    ws.getColumn(3).width = 40;
    ws.getColumn(4).width = 22;
    ws.getColumn(5).width = 22;
    ws.getColumn(7).width = 40;
  },
  expected: {
    file: 'h92-jigyo-chiikishien.xlsx',
    fiscalYear: 2023,
    indicators: sections.flatMap(([, rows]) =>
      rows.map((j) =>
        ind(J1, j.name, j.fact.unit, j.fact.target, j.fact.actual, {
          existing: j.self,
          actualStatus: j.fact.actual === null ? 'not-implemented' : undefined,
        }),
      ),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 自殺対策計画の KPI (保健センター): No. | 評価指標 | 単位 | 区分 (目標値 / 実績値) | 令和3年度（基準、列を非表示）| 令和4年度 …
// 令和8年度（目標） | 備考, two rows per KPI with the name merged down. 自殺死亡率 is a 減少 indicator (備考) in 人口10万対; a
// survey KPI has only the final target and 「－」 in 令和5年度, a year without the survey.
type Kpi = {
  name: string;
  unit: string;
  /** R3 (基準), R4 … R8. */
  targets: (number | string | undefined)[];
  actuals: (number | string | undefined)[];
  note: string;
  fmt: string;
};
const kpis: Kpi[] = [
  {
    name: '自殺死亡率',
    unit: '人口10万対',
    targets: ['－', 16.0, 15.2, 14.4, 13.6, 13.0],
    actuals: [18.4, 17.9, 16.5],
    note: '減少を目指す。実績は人口動態統計（暦年）の値',
    fmt: '0.0',
  },
  {
    name: 'ゲートキーパー養成研修の受講者数（累計）',
    unit: '人',
    targets: ['－', 1200, 1500, 1800, 2100, 2400],
    actuals: [905, 1164, 1487],
    note: '平成27年度からの累計',
    fmt: '#,##0',
  },
  {
    name: 'こころの健康出前講座の実施回数',
    unit: '回',
    targets: ['－', 20, 20, 20, 20, 20],
    actuals: [11, 18, 23],
    note: '事業所・地域団体からの依頼による',
    fmt: '0',
  },
  {
    name: '悩みを相談できる窓口を知っている市民の割合',
    unit: '％',
    targets: ['－', undefined, undefined, undefined, undefined, 60.0],
    actuals: ['－', 48.6, '－'],
    note: '市民意識調査（令和4年度・令和7年度に実施）',
    fmt: '0.0',
  },
  {
    name: 'SOSの出し方に関する教育を実施した学校数',
    unit: '校',
    targets: ['－', 10, 14, 18, 22, 26],
    actuals: [6, 9, 15],
    note: '市立小中学校26校',
    fmt: '0',
  },
];
const K1 = 'KPI';
const kpi: Holdout2Workbook = {
  name: 'h92-kpi-jisatsu',
  layout:
    '自殺対策計画のKPI: 評価指標・単位・区分（目標値／実績値）・令和3年度（基準、非表示の列）〜令和8年度の列、指標名を2行に結合、備考の「減少を目指す」、単位「人口10万対」、調査のない年の「－」と最終年度だけの目標',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['第2次いのち支える自殺対策計画　評価指標（KPI）の進捗状況']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['（令和5年度実績）　保健センター　精神保健係']);
    put(ws, 4, 1, [
      'No.',
      '評価指標',
      '単位',
      '区分',
      '令和3年度\n（基準）',
      '令和4年度',
      '令和5年度',
      '令和6年度',
      '令和7年度',
      '令和8年度\n（目標）',
      '備考',
    ]);
    wrap(ws, 4, 1, 11);
    kpis.forEach((k, i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, k.name, k.unit, '目標値', ...k.targets]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals]);
      put(ws, r, 11, [k.note]);
      for (const c of [1, 2, 3, 11]) ws.mergeCells(r, c, r + 1, c);
      for (let c = 5; c <= 10; c++) {
        ws.getCell(r, c).numFmt = k.fmt;
        ws.getCell(r + 1, c).numFmt = k.fmt;
      }
      ws.getCell(r, 2).alignment = { wrapText: true, vertical: 'middle' };
      ws.getCell(r, 11).alignment = { wrapText: true, vertical: 'middle' };
    });
    put(ws, 16, 1, ['※令和3年度は第1次計画の最終年度（基準値）。印刷時は非表示。']);
    ws.getColumn(5).hidden = true;
    ws.getColumn(2).width = 34;
    ws.getColumn(11).width = 30;
  },
  expected: {
    file: 'h92-kpi-jisatsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '自殺死亡率', '人口10万対', 15.2, 16.5, { direction: 'down' }),
      ind(K1, 'ゲートキーパー養成研修の受講者数（累計）', '人', 1500, 1487),
      ind(K1, 'こころの健康出前講座の実施回数', '回', 20, 23),
      ind(K1, '悩みを相談できる窓口を知っている市民の割合', '％', 60.0, null, { actualStatus: 'not-applicable' }),
      ind(K1, 'SOSの出し方に関する教育を実施した学校数', '校', 14, 15),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 障害福祉計画の成果目標 (障がい福祉課, 第7期 R6–R8, evaluated for 令和6年度): 番号 | 成果目標 (merged over its rows) | 指標 |
// 単位 | 現況（計画策定時） with its year in the cell | 目標（令和8年度） | 実績（令和6年度） | 進捗状況 in words | 備考.
type Seika = {
  goal: string;
  name: string;
  unit: string;
  base: string;
  target: number;
  actual: string;
  progress: string;
  note?: string;
  fact: { actual: number; existing: string; down?: boolean };
};
const seika: Seika[] = [
  {
    goal: '施設入所者の地域生活への移行',
    name: '地域生活移行者数（累計）',
    unit: '人',
    base: '－',
    target: 9,
    actual: '3\n（令和6年度末）',
    progress: '遅れている',
    note: '令和4年度末の施設入所者数の6％以上',
    fact: { actual: 3, existing: 'D' },
  },
  {
    goal: '施設入所者の地域生活への移行',
    name: '施設入所者数',
    unit: '人',
    base: '142\n（令和4年度末）',
    target: 134,
    actual: '139\n（令和6年度末）',
    progress: '概ね順調',
    note: '令和4年度末から5％以上削減',
    fact: { actual: 139, existing: 'B', down: true },
  },
  {
    goal: '福祉施設から一般就労への移行等',
    name: '一般就労への移行者数（年間）',
    unit: '人',
    base: '28\n（令和3年度）',
    target: 36,
    actual: '31\n（令和6年度）',
    progress: '概ね順調',
    fact: { actual: 31, existing: 'B' },
  },
  {
    goal: '福祉施設から一般就労への移行等',
    name: '就労移行支援事業の利用者数',
    unit: '人',
    base: '41\n（令和4年度）',
    target: 54,
    actual: '47\n（令和6年度）',
    progress: '概ね順調',
    fact: { actual: 47, existing: 'B' },
  },
  {
    goal: '地域生活支援の充実',
    name: '地域生活支援拠点等の整備数',
    unit: 'か所',
    base: '1\n（令和4年度末）',
    target: 1,
    actual: '1\n（令和6年度末）',
    progress: '順調',
    note: '面的整備（市内5法人）',
    fact: { actual: 1, existing: 'A' },
  },
  {
    goal: '相談支援体制の充実・強化',
    name: '基幹相談支援センターの設置数',
    unit: 'か所',
    base: '0\n（令和4年度末）',
    target: 1,
    actual: '0\n（令和6年度末）',
    progress: '遅れている',
    note: '令和7年度に委託先を選定予定',
    fact: { actual: 0, existing: 'D' },
  },
  {
    goal: '精神障害にも対応した地域包括ケアシステムの構築',
    name: '保健・医療・福祉関係者による協議の場の開催回数（年間）',
    unit: '回',
    base: '2\n（令和4年度）',
    target: 6,
    actual: '4\n（令和6年度）',
    progress: 'やや遅れている',
    fact: { actual: 4, existing: 'C' },
  },
];
const D1 = '成果目標';
const plan: Holdout2Workbook = {
  name: 'h92-plan-shogai',
  layout:
    '障害福祉計画の成果目標: 番号・成果目標（行をまたいで結合）・指標・単位・現況（計画策定時）「142⏎（令和4年度末）」・目標（令和8年度）・実績「139⏎（令和6年度末）」・進捗状況の言葉（順調〜遅れている）・備考の「5％以上削減」',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第7期障害福祉計画　成果目標の進捗状況（令和6年度）']);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['令和7年6月　障がい福祉課']);
    put(ws, 4, 1, ['番号', '成果目標', '指標', '単位', '現況\n（計画策定時）', '目標\n（令和8年度）', '実績', '進捗状況', '備考']);
    wrap(ws, 4, 1, 9);
    let first = 5;
    seika.forEach((s, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, s.goal, s.name, s.unit, s.base, s.target, s.actual, s.progress, s.note]);
      for (const c of [5, 7]) ws.getCell(r, c).alignment = { wrapText: true, horizontal: 'right' };
      const next = seika[i + 1];
      if (!next || next.goal !== s.goal) {
        if (r > first) ws.mergeCells(first, 2, r, 2);
        first = r + 1;
      }
    });
    put(ws, 13, 1, ['※進捗状況　順調：目標を達成、概ね順調：目標の8割以上、やや遅れている：6割以上、遅れている：6割未満']);
    ws.getColumn(2).width = 28;
    ws.getColumn(3).width = 36;
    ws.getColumn(9).width = 30;
  },
  expected: {
    file: 'h92-plan-shogai.xlsx',
    fiscalYear: 2024,
    indicators: seika.map((s) => ind(D1, s.name, s.unit, s.target, s.fact.actual, { existing: s.fact.existing, direction: s.fact.down ? 'down' : 'up' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, jigyo, kpi, plan];
