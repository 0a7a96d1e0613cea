/**
 * Hold-out 90, part 1: the four families as statutory and national-programme reports (教育委員会の事務の点検及び評価 with
 * 施策評価シート blocks, 過疎地域持続的発展計画の事業実績 with text targets and actuals, まち・ひと・しごと創生総合戦略 KPI per
 * period with 基本目標 rows, 国土強靱化地域計画の重要業績指標 with years written in the cells).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const wrap = (ws: Worksheet, row: number, col: number) => {
  ws.getCell(row, col).alignment = { wrapText: true, vertical: 'top' };
};

// ---------------------------------------------------------------------------------------------------------------------
// 教育委員会の事務の点検及び評価（地教行法第26条）: one sheet per 基本方針, 施策 blocks stacked down it; each block has the 施策's
// indicators as 目標値 / 実績値 row pairs over R3…R7 (R5 evaluated), the 施策's own 達成状況 cell, and 学識経験者の意見.
type Shihyo = { name: string; unit: string; base: number; targets: number[]; actuals: number[]; down?: boolean };
type Shisaku = { code: string; name: string; ka: string; summary: string; items: Shihyo[]; written: string; seika: string; iken: string; note?: string };
const TENKEN: Shisaku[] = [
  {
    code: '1-1',
    name: '確かな学力の育成',
    ka: '学校教育課',
    summary: '学習指導要領に基づく授業改善とICTの活用により、児童生徒一人一人に確かな学力を身に付けさせる。',
    items: [
      {
        name: '全国学力・学習状況調査の平均正答率が全国平均を上回る教科の割合',
        unit: '％',
        base: 50.0,
        targets: [60.0, 65.0, 70.0, 75.0, 80.0],
        actuals: [50.0, 75.0, 62.5],
      },
      { name: '「授業がよくわかる」と回答した児童生徒の割合', unit: '％', base: 78.4, targets: [80.0, 81.0, 82.0, 83.0, 85.0], actuals: [79.1, 80.6, 83.0] },
      { name: '不登校児童生徒の出現率', unit: '％', base: 1.62, targets: [1.55, 1.5, 1.45, 1.4, 1.35], actuals: [1.88, 2.21, 2.47], down: true },
    ],
    written: 'B',
    seika:
      '一人1台端末を活用した授業が定着し、「授業がよくわかる」と回答した児童生徒の割合は目標を上回った。一方、不登校児童生徒は増加が続いており、校内教育支援センターの設置を進める必要がある。',
    iken: '学力面では概ね順調に推移していると評価できる。不登校児童生徒の出現率が2.47％と前年度から上昇しており、学校以外の多様な学びの場の確保と、関係機関との連携を一層進められたい。（○○大学教育学部　教授）',
    note: '※不登校児童生徒の出現率は、減少を目指す指標です。',
  },
  {
    code: '1-2',
    name: '生涯学習とスポーツの推進',
    ka: '生涯学習課・スポーツ振興課',
    summary: '公民館・図書館・体育施設を拠点として、市民が生涯にわたり学び、スポーツに親しむ機会を充実する。',
    items: [
      { name: '公民館講座の延べ参加者数', unit: '人', base: 18420, targets: [12000, 15000, 18000, 19000, 20000], actuals: [9870, 14215, 17306] },
      { name: '市立図書館の個人貸出冊数', unit: '冊', base: 612300, targets: [600000, 610000, 620000, 630000, 640000], actuals: [598214, 603880, 621455] },
      { name: '成人の週1回以上のスポーツ実施率', unit: '％', base: 48.2, targets: [52.0, 54.0, 56.0, 58.0, 60.0], actuals: [50.3, 51.8, 52.9] },
    ],
    written: 'B',
    seika: '公民館講座の参加者数はコロナ禍前の水準に戻りつつある。図書館の電子書籍サービスの利用が伸び、貸出冊数は目標を達成した。',
    iken: '講座のオンライン配信など参加しやすい工夫が成果につながっている。スポーツ実施率は伸び悩んでおり、働く世代が取り組みやすい事業の検討を望む。（○○大学スポーツ科学部　准教授）',
  },
];
const YEARS5 = ['R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度（目標）'];
const TK = '基本方針1';
const tenkenExpected: ExpectedIndicator[] = [];
const tenkenGroups: { sheet: string; cell: string; grade: string | null }[] = [];
for (const s of TENKEN) {
  const inds = s.items.map((it) => ind(TK, it.name, it.unit, it.targets[2], it.actuals[2], it.down ? { direction: 'down' } : {}));
  tenkenExpected.push(...inds);
  tenkenGroups.push({ sheet: TK, cell: '', grade: rollUp(inds.map((i) => i.grade)) });
}
const tenken: Holdout2Workbook = {
  name: 'h90-kyoiku-tenken-hyoka',
  layout:
    '教育委員会の事務の点検及び評価報告書（令和5年度対象）: 基本方針シートに施策評価シートのブロックを縦に2つ、指標ごとに目標値・実績値の2行×R3〜R7年度、基準値（R元）、施策の達成状況セル、取組の成果と課題・学識経験者の意見の文章、減少を目指す指標はブロック下の注記',
  build(wb) {
    const ws = wb.addWorksheet(TK);
    put(ws, 1, 1, ['令和6年度　教育委員会の事務の点検及び評価報告書（令和5年度対象）']);
    put(ws, 2, 1, ['基本方針1　確かな学力と豊かな心を育み、生涯にわたって学び続けるまち']);
    let r = 4;
    TENKEN.forEach((s) => {
      put(ws, r, 1, ['施策', `${s.code}　${s.name}`, undefined, undefined, undefined, undefined, undefined, '担当課', s.ka]);
      ws.mergeCells(r, 2, r, 7);
      ws.mergeCells(r, 9, r, 10);
      put(ws, r + 1, 1, ['施策の概要', s.summary]);
      ws.mergeCells(r + 1, 2, r + 1, 10);
      wrap(ws, r + 1, 2);
      put(ws, r + 2, 1, ['指標', '単位', '区分', '基準値（R元）', ...YEARS5, '備考']);
      let row = r + 3;
      for (const it of s.items) {
        put(ws, row, 1, [it.name, it.unit, '目標値', undefined, ...it.targets]);
        put(ws, row + 1, 3, ['実績値', it.base, ...it.actuals]);
        ws.mergeCells(row, 1, row + 1, 1);
        ws.mergeCells(row, 2, row + 1, 2);
        wrap(ws, row, 1);
        if (it.unit === '％')
          for (let c = 4; c <= 9; c++) {
            ws.getCell(row, c).numFmt = it.base < 10 ? '0.00' : '0.0';
            ws.getCell(row + 1, c).numFmt = it.base < 10 ? '0.00' : '0.0';
          }
        else
          for (let c = 4; c <= 9; c++) {
            ws.getCell(row, c).numFmt = '#,##0';
            ws.getCell(row + 1, c).numFmt = '#,##0';
          }
        row += 2;
      }
      if (s.note) put(ws, row++, 1, [s.note]);
      row++;
      put(ws, row, 1, ['施策の達成状況', undefined, s.written, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
      ws.mergeCells(row, 1, row, 2);
      ws.mergeCells(row, 4, row, 10);
      put(ws, row + 1, 1, ['取組の成果と課題', undefined, s.seika]);
      ws.mergeCells(row + 1, 1, row + 1, 2);
      ws.mergeCells(row + 1, 3, row + 1, 10);
      wrap(ws, row + 1, 3);
      ws.getRow(row + 1).height = 48;
      put(ws, row + 2, 1, ['学識経験者の意見', undefined, s.iken]);
      ws.mergeCells(row + 2, 1, row + 2, 2);
      ws.mergeCells(row + 2, 3, row + 2, 10);
      wrap(ws, row + 2, 3);
      ws.getRow(row + 2).height = 60;
      r = row + 5;
    });
    ws.getColumn(1).width = 40;
    ws.getColumn(4).width = 13;
    for (let c = 5; c <= 9; c++) ws.getColumn(c).width = 12;
  },
  expected: {
    file: 'h90-kyoiku-tenken-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: tenkenExpected,
    groups: tenkenGroups,
  },
};
// The group cells are where build() writes the 施策の達成状況; they are fixed by the layout, so compute them the same way here.
(() => {
  let r = 4;
  TENKEN.forEach((s, k) => {
    let row = r + 3 + s.items.length * 2;
    if (s.note) row++;
    row++;
    tenkenGroups[k].cell = `C${row}`;
    r = row + 5;
  });
})();

// ---------------------------------------------------------------------------------------------------------------------
// 過疎地域持続的発展計画 事業実績: one row per 事業 under merged 持続的発展施策区分 cells, 目標 and 実績 for R5 as text with a
// label and unit (「年3回」「延べ120人」「成約10件」「更新延長 1.2km」), 事業費, the department's 評価 and 今後の方向性.
type Kaso = [string, string, string, string, string, number, string, string | undefined, string, number, number | null, 'ni'?];
const KASO_KUBUN: [string, Kaso[]][] = [
  [
    '1　移住・定住・地域間交流の促進、人材育成',
    [
      ['お試し移住体験事業', '移住希望者向け体験ツアーの開催', '年3回', '年3回', '継続', 1820, 'A', '参加者延べ41人', '回', 3, 3],
      ['空き家バンク活用事業', '空き家の登録・改修費補助', '成約10件', '成約7件', '継続', 6500, 'B', undefined, '件', 10, 7],
      ['地域おこし協力隊推進事業', '協力隊員の募集・活動支援', '隊員6人', '隊員5人', '継続', 24300, 'B', '1人は年度途中で退任', '人', 6, 5],
    ],
  ],
  [
    '2　産業の振興',
    [
      ['農産物直売所販路拡大支援事業', '直売所の出荷者確保と販路拡大', '出荷者数 85人', '出荷者数 88人', '継続', 2400, 'A', undefined, '人', 85, 88],
      ['鳥獣被害防止柵設置事業', '侵入防止柵の設置', '設置延長 3,000ｍ', '未実施', '継続', 0, 'D', '資材高騰のため令和6年度に延期', 'ｍ', 3000, null, 'ni'],
    ],
  ],
  [
    '3　交通施設の整備、交通手段の確保',
    [['買い物支援バス運行事業', '中山間地域と中心部を結ぶ買い物支援バス', '年96便', '年88便', '見直し', 5180, 'B', '運転手不足により8便運休', '便', 96, 88]],
  ],
  [
    '4　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進',
    [['高齢者サロン運営支援事業', '地区サロンの運営費補助', '延べ1,200人', '延べ1,356人', '継続', 1150, 'A', undefined, '人', 1200, 1356]],
  ],
  ['5　教育の振興', [['小規模校遠隔合同授業事業', '小規模校間のオンライン合同授業', '延べ120人', '延べ97人', '拡充', 3260, 'B', undefined, '人', 120, 97]]],
  ['6　集落の整備', [['集落支援員配置事業', '集落点検・話し合いの支援', '4人', '4人', '継続', 14800, 'A', undefined, '人', 4, 4]]],
  [
    '7　生活環境の整備',
    [['簡易水道配水管更新事業', '老朽配水管の布設替え', '更新延長 1.2km', '更新延長 0.8km', '継続', 58400, 'C', '入札不調により一部翌年度へ', 'km', 1.2, 0.8]],
  ],
];
const KS = '事業実績';
const kaso: Holdout2Workbook = {
  name: 'h90-kaso-jigyo-jisseki',
  layout:
    '過疎地域持続的発展計画（令和3〜7年度）の令和5年度事業実績: 持続的発展施策区分を縦に結合、1行1事業、「令和5年度」の下に目標・実績（「年3回」「延べ120人」「成約10件」「設置延長 3,000ｍ」の文字）、事業費（千円）、評価（担当課）、今後の方向性、備考、未実施の1事業',
  build(wb) {
    const ws = wb.addWorksheet(KS);
    put(ws, 1, 1, ['○○市過疎地域持続的発展計画（令和3年度～令和7年度）　令和5年度事業実績']);
    put(ws, 2, 1, ['企画政策課　令和6年7月']);
    put(ws, 4, 1, ['持続的発展施策区分', '事業名', '事業内容', '事業主体', '令和5年度', undefined, '事業費（千円）', '評価', '今後の方向性', '備考']);
    put(ws, 5, 5, ['目標', '実績']);
    ws.mergeCells('E4:F4');
    for (const c of [1, 2, 3, 4, 7, 8, 9, 10]) ws.mergeCells(4, c, 5, c);
    let r = 6;
    for (const [kubun, rows] of KASO_KUBUN) {
      put(ws, r, 1, [kubun]);
      if (rows.length > 1) ws.mergeCells(r, 1, r + rows.length - 1, 1);
      wrap(ws, r, 1);
      for (const [name, naiyo, t, a, hoko, hi, grade, biko] of rows) {
        put(ws, r, 2, [name, naiyo, '市', t, a, hi, grade, hoko, biko]);
        ws.getCell(r, 7).numFmt = '#,##0';
        r++;
      }
    }
    put(ws, r + 1, 1, ['※評価　A：目標を達成　B：概ね達成（8割以上）　C：一部達成（6割以上）　D：未達成・未実施']);
    ws.getColumn(1).width = 26;
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 30;
    ws.getColumn(5).width = 18;
    ws.getColumn(6).width = 18;
    ws.getColumn(10).width = 30;
  },
  expected: {
    file: 'h90-kaso-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: KASO_KUBUN.flatMap(([, rows]) =>
      rows.map(([name, , , , , , grade, , unit, target, actual, ni]) =>
        ind(KS, name, unit, target, actual, ni ? { existing: grade, actualStatus: 'not-implemented' } : { existing: grade }),
      ),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 第2期まち・ひと・しごと創生総合戦略: 基本目標 heading rows, under each a 数値目標 row and KPI rows; 目標 / 実績 column pairs
// per 年度 (R3…R6, R6 = final, its 実績 blank), 基準値（R元）, 備考 with 減少を目指す / 待機児童ゼロの維持.
type Kpi = { kubun: '数値目標' | 'KPI'; name: string; unit: string; base: number; pairs: [number, number][]; final: number; biko?: string; down?: boolean };
const SOUSEI: [string, Kpi[]][] = [
  [
    '基本目標1　地域の稼ぐ力を高め、安定した雇用を創出する',
    [
      {
        kubun: '数値目標',
        name: '市内事業所の従業者数',
        unit: '人',
        base: 41250,
        pairs: [
          [41300, 41118],
          [41400, 41502],
          [41500, 41276],
        ],
        final: 41600,
        biko: '経済センサス等から推計',
      },
      {
        kubun: 'KPI',
        name: '企業立地件数',
        unit: '件',
        base: 2,
        pairs: [
          [3, 2],
          [3, 4],
          [3, 3],
        ],
        final: 3,
        biko: '各年度の件数',
      },
      {
        kubun: 'KPI',
        name: '創業支援事業による創業件数',
        unit: '件',
        base: 18,
        pairs: [
          [20, 17],
          [22, 24],
          [24, 19],
        ],
        final: 26,
      },
    ],
  ],
  [
    '基本目標2　新しい人の流れをつくる',
    [
      {
        kubun: '数値目標',
        name: '転出超過数',
        unit: '人',
        base: 245,
        pairs: [
          [220, 264],
          [200, 231],
          [180, 198],
        ],
        final: 160,
        biko: '減少を目指す（住民基本台帳）',
        down: true,
      },
      {
        kubun: 'KPI',
        name: '移住相談件数',
        unit: '件',
        base: 85,
        pairs: [
          [100, 132],
          [110, 158],
          [120, 141],
        ],
        final: 130,
      },
      {
        kubun: 'KPI',
        name: '観光入込客数',
        unit: '千人',
        base: 1820,
        pairs: [
          [1300, 1125],
          [1500, 1486],
          [1700, 1612],
        ],
        final: 1900,
      },
    ],
  ],
  [
    '基本目標3　結婚・出産・子育ての希望をかなえる',
    [
      {
        kubun: '数値目標',
        name: '出生数',
        unit: '人',
        base: 648,
        pairs: [
          [640, 598],
          [630, 566],
          [620, 541],
        ],
        final: 610,
      },
      {
        kubun: 'KPI',
        name: '地域子育て支援拠点の利用者数',
        unit: '人',
        base: 32400,
        pairs: [
          [28000, 24310],
          [30000, 29877],
          [32000, 33105],
        ],
        final: 34000,
      },
      {
        kubun: 'KPI',
        name: '保育所等待機児童数',
        unit: '人',
        base: 12,
        pairs: [
          [8, 6],
          [4, 3],
          [0, 0],
        ],
        final: 0,
        biko: '待機児童ゼロの達成・維持',
        down: true,
      },
    ],
  ],
  [
    '基本目標4　安心して暮らせる魅力的な地域をつくる',
    [
      {
        kubun: '数値目標',
        name: '「住み続けたい」と思う市民の割合',
        unit: '％',
        base: 76.5,
        pairs: [
          [78.0, 77.2],
          [79.0, 78.8],
          [80.0, 80.4],
        ],
        final: 81.0,
        biko: '市民意識調査',
      },
      {
        kubun: 'KPI',
        name: '自主防災組織の組織率',
        unit: '％',
        base: 82.1,
        pairs: [
          [84.0, 83.5],
          [86.0, 85.2],
          [88.0, 86.9],
        ],
        final: 90.0,
      },
      {
        kubun: 'KPI',
        name: 'コミュニティバスの年間利用者数',
        unit: '人',
        base: 186000,
        pairs: [
          [150000, 138420],
          [160000, 152330],
          [170000, 161980],
        ],
        final: 180000,
      },
    ],
  ],
];
const SK = '総合戦略KPI';
const sousei: Holdout2Workbook = {
  name: 'h90-sousei-kpi-periods',
  layout:
    '第2期まち・ひと・しごと創生総合戦略の数値目標・KPI進捗（令和5年度）: 基本目標の見出し行、その下に区分「数値目標」の行とKPIの行、基準値（R元）、R3〜R6年度ごとに目標・実績の列の組（R6は最終年度で実績空欄）、備考に「減少を目指す」「待機児童ゼロの達成・維持」',
  build(wb) {
    const ws = wb.addWorksheet(SK);
    put(ws, 1, 1, ['第2期○○市まち・ひと・しごと創生総合戦略　数値目標及び重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['令和5年度実績（令和6年8月　地方創生推進会議資料）']);
    put(ws, 4, 1, [
      'No.',
      '区分',
      '指標',
      '単位',
      '基準値（R元）',
      'R3年度',
      undefined,
      'R4年度',
      undefined,
      'R5年度',
      undefined,
      'R6年度（最終）',
      undefined,
      '備考',
    ]);
    put(ws, 5, 6, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [1, 2, 3, 4, 5, 14]) ws.mergeCells(4, c, 5, c);
    for (const c of [6, 8, 10, 12]) ws.mergeCells(4, c, 4, c + 1);
    let r = 6;
    let no = 1;
    for (const [goal, rows] of SOUSEI) {
      put(ws, r, 1, [goal]);
      ws.mergeCells(r, 1, r, 14);
      ws.getCell(r, 1).font = { bold: true };
      r++;
      for (const k of rows) {
        put(ws, r, 1, [k.kubun === 'KPI' ? no++ : undefined, k.kubun, k.name, k.unit, k.base, ...k.pairs.flat(), k.final, undefined, k.biko]);
        for (let c = 5; c <= 13; c++) ws.getCell(r, c).numFmt = k.unit === '％' ? '0.0' : '#,##0';
        r++;
      }
    }
    put(ws, r + 1, 1, ['※R3・R4年度の観光入込客数・コミュニティバス利用者数の目標は、新型コロナウイルス感染症の影響を踏まえ令和3年度に修正した値']);
    ws.getColumn(3).width = 36;
  },
  expected: {
    file: 'h90-sousei-kpi-periods.xlsx',
    fiscalYear: 2023,
    indicators: SOUSEI.flatMap(([, rows]) => rows.map((k) => ind(SK, k.name, k.unit, k.pairs[2][0], k.pairs[2][1], k.down ? { direction: 'down' } : {}))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 国土強靱化地域計画 重要業績指標: one row per KPI under merged 事前に備えるべき目標, 現状値 and 目標値 with their year in the cell
// (「85.3％（H30）」「95％（R7）」), 実績値（R6年度末） as text; one 実績 carries (R5) with a 備考 saying why (read as written, flagged).
type Kyo = [string, string, string, string, string | undefined, string, number, number];
const KYOJINKA: [string, Kyo[]][] = [
  [
    '1　直接死を最大限防ぐ',
    [
      ['住宅の耐震化率', '85.3％（H30）', '95％（R7）', '90.2％', undefined, '％', 95, 90.2],
      ['緊急輸送道路上の橋梁の耐震化率', '72.0％（R2）', '100％（R7）', '88.0％', undefined, '％', 100, 88.0],
      ['防災ラジオの配布世帯数', '1,240世帯（R2）', '3,000世帯（R7）', '2,130世帯', undefined, '世帯', 3000, 2130],
    ],
  ],
  [
    '2　救助・救急、医療活動等が迅速に行われる',
    [
      ['マンホールトイレを整備した指定避難所数', '3か所（R2）', '12か所（R7）', '8か所', undefined, 'か所', 12, 8],
      ['防災メール登録者数', '8,420人（R2.3末）', '15,000人（R7）', '15,210人（R7.3末）', undefined, '人', 15000, 15210],
    ],
  ],
  ['3　必要不可欠な行政機能を確保する', [['業務継続計画（BCP）に基づく訓練の実施回数', '0回（R2）', '年2回（R7）', '年2回', undefined, '回', 2, 2]]],
  [
    '4　ライフライン等の被害を最小限に留める',
    [
      ['上水道基幹管路の耐震適合率', '31.2％（R元）', '40.0％（R7）', '35.6％（R5）', 'R6年度末の値は8月確定のため、R5年度末の値を記載', '％', 40, 35.6],
      ['自主防災組織の活動カバー率', '88.0％（R2）', '95.0％（R7）', '92.3％', undefined, '％', 95, 92.3],
    ],
  ],
];
const KY = '重要業績指標';
const kyojinka: Holdout2Workbook = {
  name: 'h90-kyojinka-kpi',
  layout:
    '国土強靱化地域計画（令和3〜7年度）の重要業績指標の進捗（令和6年度末）: 事前に備えるべき目標を縦に結合、現状値・目標値は年の注記つきの文字（「85.3％（H30）」「100％（R7）」「8,420人（R2.3末）」）、実績値（R6年度末）の文字、1指標だけ実績に（R5）と備考（前年度末の値）',
  build(wb) {
    const ws = wb.addWorksheet(KY);
    put(ws, 1, 1, ['○○市国土強靱化地域計画　重要業績指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['計画期間：令和3年度～令和7年度　　令和7年6月　危機管理課']);
    put(ws, 4, 1, ['No.', '事前に備えるべき目標', '重要業績指標（KPI）', '現状値（計画策定時）', '目標値', '実績値（R6年度末）', '担当課', '備考']);
    let r = 5;
    let no = 1;
    const ka = ['建築住宅課', '道路課', '危機管理課', '危機管理課', '危機管理課', '総務課', '水道課', '危機管理課'];
    for (const [goal, rows] of KYOJINKA) {
      put(ws, r, 2, [goal]);
      if (rows.length > 1) ws.mergeCells(r, 2, r + rows.length - 1, 2);
      wrap(ws, r, 2);
      for (const [name, base, target, actual, biko] of rows) {
        put(ws, r, 1, [no, undefined, name, base, target, actual, ka[no - 1], biko]);
        no++;
        r++;
      }
    }
    ws.getColumn(2).width = 28;
    ws.getColumn(3).width = 40;
    for (const c of [4, 5, 6]) ws.getColumn(c).width = 18;
    ws.getColumn(8).width = 40;
  },
  expected: {
    file: 'h90-kyojinka-kpi.xlsx',
    fiscalYear: 2024,
    indicators: KYOJINKA.flatMap(([, rows]) => rows.map(([name, , , , , unit, target, actual]) => ind(KY, name, unit, target, actual))),
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [tenken, kaso, sousei, kyojinka];
