/**
 * Hold-out 95, the four families, each writing how its figures were obtained beside them (指標の根拠まで書き込んだブック):
 * a 学校教育・生涯学習 施策評価シート whose indicator blocks carry 算出方法 and 出典 lines and 分子／分母 rows under 実績値／期待値;
 * an 環境部 事業実績 table with a 目標設定の考え方 column full of figures (「R2実績（1,820t）の1.1倍」) beside text targets and
 * actuals; a 総合戦略 KPI table with 増減（R5−R4）, 前年度比 and 達成率 formulas and a 合計特殊出生率 not yet final
 * (「※実績は翌年度9月に確定」); a 男女共同参画プラン table whose 令和５年度実績 spans 分子｜分母｜実績値.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const wrap = { wrapText: true, vertical: 'middle' as const };

function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number): void {
  ws.mergeCells(r1, c1, r2, c2);
  if (value !== undefined) ws.getCell(r1, c1).value = value;
  ws.getCell(r1, c1).alignment = wrap;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, stacked indicator blocks with 算出方法・出典 lines and 分子／分母 rows
// ---------------------------------------------------------------------------------------------------------------------------

type Cell = number | string | null;

interface Block {
  name: string;
  description: string;
  method: string;
  source: string;
  unit: string;
  way: '↑' | '↓';
  /** R2 (現状値) … R5 actuals; R6, R7 blank. */
  actuals: Cell[];
  /** R2 … R7 期待値 (R7 = 目標値). */
  expected: Cell[];
  numerator?: { label: string; values: Cell[] };
  denominator?: { label: string; values: Cell[] };
  note?: string;
  decimals: number;
}

function policySheet(
  wb: Workbook,
  sheet: string,
  head: { policy: string; measure: string; dept: string; rating?: string; last: string },
  blocks: Block[],
): void {
  const ws = wb.addWorksheet(sheet);
  ws.columns = [{ width: 18 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 13 }, { width: 11 }, { width: 14 }, { width: 26 }];
  merge(ws, 1, 1, 1, 9, '令和５年度　基本施策事後評価シート');
  merge(ws, 2, 1, 2, 9, '評価対象期間：令和５年度（令和５年４月１日～令和６年３月31日）');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 5, head.policy);
  put(ws, 3, 6, ['担当部等']);
  merge(ws, 3, 7, 3, 9, head.dept);
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 5, head.measure);
  put(ws, 4, 6, ['達成状況評価', head.rating ?? null, head.last, '※（　）は前年度の評価']);
  let r = 6;
  blocks.forEach((b, i) => {
    put(ws, r, 1, [`指標${'①②③④⑤⑥⑦⑧'[i]}`]);
    merge(ws, r, 2, r, 9, b.name);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 9, b.description);
    put(ws, r + 2, 1, ['算出方法']);
    merge(ws, r + 2, 2, r + 2, 9, b.method);
    put(ws, r + 3, 1, ['出典']);
    merge(ws, r + 3, 2, r + 3, 5, b.source);
    put(ws, r + 3, 6, ['単位', b.unit, '目指す方向', b.way === '↑' ? '↑（高い方が良い）' : '↓（低い方が良い）']);
    put(ws, r + 4, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', '備考']);
    merge(ws, r + 4, 8, r + 4, 9);
    put(ws, r + 5, 1, ['実績値', ...b.actuals]);
    put(ws, r + 6, 1, ['期待値\n※R7は目標値', ...b.expected]);
    let last = r + 6;
    for (const part of [b.numerator, b.denominator]) {
      if (!part) continue;
      last++;
      put(ws, last, 1, [part.label, ...part.values]);
      for (let c = 2; c <= 5; c++) ws.getCell(last, c).numFmt = '#,##0';
    }
    merge(ws, r + 5, 8, last, 9, b.note);
    for (let rr = r + 5; rr <= r + 6; rr++)
      for (let c = 2; c <= 7; c++)
        if (typeof ws.getCell(rr, c).value === 'number') ws.getCell(rr, c).numFmt = b.decimals ? `#,##0.${'0'.repeat(b.decimals)}` : '#,##0';
    ws.getCell(r + 4, 2).alignment = wrap;
    ws.getCell(r + 6, 1).alignment = wrap;
    r = last + 2;
  });
}

function blockFact(sheet: string, b: Block): ExpectedIndicator {
  const actual = b.actuals[3];
  const target = b.expected[3] as number;
  const direction = b.way === '↓' ? 'down' : 'up';
  if (typeof actual === 'number') return ind(sheet, b.name, b.unit, target, actual, { direction });
  return { ...ind(sheet, b.name, b.unit, target, null, { direction, actualStatus: 'pending' }), grade: null };
}

const GAKKO: Block[] = [
  {
    name: '全国学力・学習状況調査の平均正答率の全国比',
    description: '小学６年生・中学３年生の国語・算数（数学）の平均正答率を、全国平均正答率を100とした値で表したもの',
    method: '本市平均正答率÷全国平均正答率×100（小６・中３、２教科の平均）',
    source: '全国学力・学習状況調査（文部科学省、毎年４月実施）',
    unit: '％',
    way: '↑',
    actuals: ['－', 99.1, 100.4, 101.2],
    expected: ['－', 99.0, 99.5, 100.0, 100.5, 101.0],
    note: 'R2は調査中止のため、現状値はR元の98.6を用いる。',
    decimals: 1,
  },
  {
    name: '不登校児童生徒の出現率',
    description: '小・中学校で年間30日以上欠席した不登校児童生徒の、全児童生徒に占める割合',
    method: '不登校児童生徒数÷児童生徒数（５月１日現在）×100',
    source: '児童生徒の問題行動・不登校等生徒指導上の諸課題に関する調査',
    unit: '％',
    way: '↓',
    actuals: [1.52, 1.81, 2.1, 2.45],
    expected: ['－', 1.5, 1.45, 1.4, 1.35, 1.3],
    numerator: { label: '分子（不登校児童生徒数）', values: [152, 178, 203, 233] },
    denominator: { label: '分母（児童生徒数）', values: [9987, 9834, 9667, 9510] },
    note: '※R5実績は令和６年10月公表の調査結果による確定値',
    decimals: 2,
  },
  {
    name: '「授業の内容がよく分かる」と回答した児童生徒の割合',
    description: '授業の内容がよく分かると回答した小６・中３の児童生徒の割合',
    method: '「当てはまる」「どちらかといえば当てはまる」の回答数÷回答者数×100',
    source: '全国学力・学習状況調査 児童生徒質問紙（R2は市独自調査）',
    unit: '％',
    way: '↑',
    actuals: [80.5, 81.2, 83.0, 82.3],
    expected: ['－', 81.0, 82.5, 84.0, 85.5, 87.0],
    numerator: { label: '分子（肯定的回答数）', values: ['－', 1540, 1534, 1512] },
    denominator: { label: '分母（回答者数）', values: ['－', 1897, 1848, 1837] },
    decimals: 1,
  },
  {
    name: '学校図書館における児童生徒１人当たりの年間貸出冊数',
    description: '市立小・中学校の学校図書館の貸出冊数を児童生徒数で割った値',
    method: '学校図書館の年間貸出冊数÷児童生徒数（５月１日現在）',
    source: '学校図書館利用状況調査（市教育委員会）',
    unit: '冊',
    way: '↑',
    actuals: [35.2, 36.9, 37.5, 37.6],
    expected: ['－', 36.0, 37.0, 38.0, 39.0, 40.0],
    numerator: { label: '分子（年間貸出冊数）', values: [351542, 362875, 362513, 357576] },
    denominator: { label: '分母（児童生徒数）', values: [9987, 9834, 9667, 9510] },
    decimals: 1,
  },
  {
    name: '学校支援ボランティアの登録者数',
    description: '学習支援・読み聞かせ・見守り等に登録している地域ボランティアの人数（各年度３月末現在）',
    method: '各学校の登録者名簿の合計（重複登録は１人として計上）',
    source: '教育委員会調べ',
    unit: '人',
    way: '↑',
    actuals: [865, 902, 1048, 1214],
    expected: ['－', 900, 950, 1000, 1050, 1100],
    decimals: 0,
  },
  {
    name: '新体力テストの体力合計点',
    description: '小学５年生・中学２年生の男女別体力合計点の平均',
    method: '（小５男子＋小５女子＋中２男子＋中２女子）÷４',
    source: '全国体力・運動能力、運動習慣等調査（スポーツ庁）',
    unit: '点',
    way: '↑',
    actuals: [51.8, 51.2, 50.9, '集計中'],
    expected: ['－', 52.0, 52.5, 53.0, 53.5, 54.0],
    note: '※実績は翌年度９月に確定（市分析結果の公表後に記入）',
    decimals: 1,
  },
];

const SHOGAI: Block[] = [
  {
    name: '公民館講座の延べ参加者数',
    description: '中央公民館及び地区公民館で開催した主催講座の延べ参加者数',
    method: '各講座の参加者数（毎回の出席者数）の合計',
    source: '生涯学習課調べ',
    unit: '人',
    way: '↑',
    actuals: [9850, 12430, 16210, 18420],
    expected: ['－', 14000, 17000, 20000, 21000, 22000],
    note: 'R2・R3は感染症対策のため定員を半数に制限',
    decimals: 0,
  },
  {
    name: '市立図書館の市民１人当たり貸出冊数',
    description: '市立図書館（本館・分館２館）の個人貸出冊数を人口で割った値',
    method: '個人貸出冊数÷人口（各年度４月１日現在の住民基本台帳人口）',
    source: '図書館年報',
    unit: '冊',
    way: '↑',
    actuals: [4.6, 4.9, 4.7, 4.8],
    expected: ['－', 5.0, 5.1, 5.2, 5.3, 5.5],
    numerator: { label: '分子（個人貸出冊数）', values: [404791, 427851, 407311, 412896] },
    denominator: { label: '分母（人口）', values: [87998, 87316, 86662, 86020] },
    decimals: 1,
  },
  {
    name: '生涯学習活動を行っている市民の割合',
    description: '過去１年間に何らかの生涯学習活動を行った18歳以上の市民の割合',
    method: '「行った」と回答した人数÷回答者数×100',
    source: '市民意識調査（毎年７月実施、無作為抽出2,000人）',
    unit: '％',
    way: '↑',
    actuals: [38.5, 35.1, 34.6, 33.0],
    expected: ['－', 40.0, 42.0, 44.0, 46.0, 48.0],
    numerator: { label: '分子（「行った」回答数）', values: [401, 362, 351, 330] },
    denominator: { label: '分母（回答者数）', values: [1042, 1031, 1015, 1000] },
    decimals: 1,
  },
  {
    name: '美術館・郷土資料館の入館者数',
    description: '市立美術館及び郷土資料館の年間入館者数（企画展・常設展の合計）',
    method: '有料・無料入館者数の合計',
    source: '文化課調べ',
    unit: '人',
    way: '↑',
    actuals: [21480, 30115, 41870, 52310],
    expected: ['－', 35000, 40000, 45000, 50000, 55000],
    decimals: 0,
  },
];

const gakkoFacts = [...GAKKO.map((b) => blockFact('3-1', b))];
const shogaiFacts = [...SHOGAI.map((b) => blockFact('3-2', b))];

const schoolBlocks: Holdout2Workbook = {
  name: 'h95-fam-gakko-shisaku-blocks',
  layout:
    'A: two 施策評価シート (3-1 学校教育, 3-2 生涯学習) of stacked blocks with 指標の説明・算出方法・出典 lines, 単位 and 目指す方向 on one line, R2（現状値）〜R7 実績値／期待値 and 分子（…）／分母（…） rows under them; a 集計中 R5 noted 「※実績は翌年度９月に確定」; 3-1 rating empty, 3-2 written B',
  build(wb) {
    policySheet(
      wb,
      '3-1',
      { policy: '３　未来を担う人を育むまち', measure: '3-1　学校教育の充実', dept: '教育部（学校教育課・教育指導課）', last: '（B）' },
      GAKKO,
    );
    policySheet(
      wb,
      '3-2',
      { policy: '３　未来を担う人を育むまち', measure: '3-2　生涯学習と文化芸術の振興', dept: '教育部（生涯学習課・文化課）', rating: 'B', last: '（A）' },
      SHOGAI,
    );
  },
  expected: {
    file: 'h95-fam-gakko-shisaku-blocks.xlsx',
    fiscalYear: 2023,
    indicators: [...gakkoFacts, ...shogaiFacts],
    groups: [
      { sheet: '3-1', cell: 'G4', grade: rollUp(gakkoFacts.map((i) => i.grade)) },
      { sheet: '3-2', cell: 'G4', grade: rollUp(shogaiFacts.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績 with a 目標設定の考え方 column holding figures
// ---------------------------------------------------------------------------------------------------------------------------

interface Project {
  name: string;
  outline: string;
  reasoning: string;
  target: string;
  actual: string;
  rate: number | string;
  self: string;
  next: string;
  note?: string;
}

const KANKYO: Project[] = [
  {
    name: '資源回収団体奨励事業',
    outline: '子ども会・町内会等の資源回収団体に回収量に応じた奨励金（１kg当たり５円）を交付',
    reasoning: 'R2実績（1,820t）の1.1倍を目標とした。',
    target: '回収量　2,002t',
    actual: '回収量　1,745t',
    rate: 1745 / 2002,
    self: 'A',
    next: '継続',
  },
  {
    name: '生ごみ処理機器購入費補助金',
    outline: '家庭用生ごみ処理機器の購入費の２分の１（上限３万円）を補助',
    reasoning: '過去３か年の平均交付件数（48件）を踏まえ設定',
    target: '交付件数　50件',
    actual: '交付件数　62件',
    rate: 62 / 50,
    self: 'A',
    next: '継続',
  },
  {
    name: '家庭ごみ減量化推進事業',
    outline: 'ごみ分別アプリの配信、地区説明会の開催',
    reasoning: '一般廃棄物処理基本計画の目標（R7：500g）から逆算し、毎年度10gずつ削減',
    target: '１人１日当たり家庭系ごみ排出量　520g以下',
    actual: '538g',
    rate: 520 / 538,
    self: 'B',
    next: '拡充',
    note: '減少を目指す指標',
  },
  {
    name: '環境学習出前講座',
    outline: '小学校・地域団体への出前講座（地球温暖化・ごみ・水環境）',
    reasoning: 'R4実績（開催24回・参加者812人）を上回る水準',
    target: '開催回数　30回\n参加者数　900人',
    actual: '開催回数　27回\n参加者数　1,004人',
    rate: 27 / 30,
    self: 'B',
    next: '継続',
  },
  {
    name: '公共施設太陽光発電設備導入事業',
    outline: '小中学校・公民館の屋根に太陽光発電設備を設置',
    reasoning: 'R5～R7の３か年で計６施設（年２施設）',
    target: '導入施設数　２施設',
    actual: '導入施設数　２施設',
    rate: 1,
    self: 'A',
    next: '継続',
  },
  {
    name: '住宅用省エネ設備設置補助金',
    outline: '高効率給湯器・蓄電池等の設置費を補助',
    reasoning: '予算額（12,000千円）÷１件当たり平均補助額（80千円）＝150件',
    target: '補助件数　150件',
    actual: '補助件数　97件',
    rate: 97 / 150,
    self: 'C',
    next: '見直し',
  },
  {
    name: '不法投棄防止パトロール事業',
    outline: '監視員２名による週３回の巡回、監視カメラ８台の設置',
    reasoning: '前年度実績（不法投棄回収件数64件）から１割削減',
    target: '不法投棄回収件数　58件以下',
    actual: '71件',
    rate: 58 / 71,
    self: 'C',
    next: '継続',
    note: '減少を目指す指標',
  },
  {
    name: 'エコドライブ講習会開催事業',
    outline: '市内事業所の運転者向け講習会',
    reasoning: '市内事業所向けに年２回開催',
    target: '開催回数　２回',
    actual: '未実施',
    rate: '－',
    self: 'D',
    next: '見直し',
    note: '講師の確保ができず未実施',
  },
  {
    name: '河川水質調査事業',
    outline: '市内12河川20地点で年４回、BOD等を測定',
    reasoning: '県水質測定計画の測定地点（20地点）のうち、過去５年の平均達成地点数（18地点）を基に設定',
    target: '環境基準（BOD）達成地点の割合　90％',
    actual: '85.0％（17地点／20地点）',
    rate: 85 / 90,
    self: 'B',
    next: '継続',
  },
];

const kankyoJigyo: Holdout2Workbook = {
  name: 'h95-fam-kankyo-jigyo-konkyo',
  layout:
    'B: 環境部 事務事業実績評価調書, 事業名 with 概要 in one cell, a 目標設定の考え方 column of sentences with figures (「R2実績（1,820t）の1.1倍」「予算額（12,000千円）÷…＝150件」) before text 数値目標／実績値 under a merged 令和５年度, two measures in one cell, 以下 targets, 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    ws.columns = [{ width: 5 }, { width: 34 }, { width: 34 }, { width: 24 }, { width: 24 }, { width: 9 }, { width: 8 }, { width: 10 }, { width: 20 }];
    merge(ws, 1, 1, 1, 9, '令和５年度　事務事業実績評価調書（環境部）');
    put(ws, 2, 1, ['部名：環境部　　基本施策：4-2　循環型社会の形成と地球温暖化対策']);
    for (const [c, v] of [
      [1, 'No.'],
      [2, '事業名'],
      [3, '目標設定の考え方'],
      [6, '達成率'],
      [7, '自己評価'],
      [8, '今後の方向性'],
      [9, '備考'],
    ] as [number, string][])
      merge(ws, 4, c, 5, c, v);
    merge(ws, 4, 4, 4, 5, '令和５年度');
    put(ws, 5, 4, ['数値目標', '実績値']);
    KANKYO.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${p.name}\n（概要）${p.outline}`, p.reasoning, p.target, p.actual, p.rate, p.self, p.next, p.note]);
      for (let c = 2; c <= 5; c++) ws.getCell(r, c).alignment = wrap;
      if (typeof p.rate === 'number') {
        ws.getCell(r, 6).value = round(p.rate, 3);
        ws.getCell(r, 6).numFmt = '0.0%';
      }
    });
    const n = 6 + KANKYO.length + 1;
    put(ws, n, 1, ['※達成率＝実績値÷目標値×100。ごみ排出量・不法投棄件数など減少を目指す指標は目標値÷実績値×100。']);
    put(ws, n + 1, 1, ['※自己評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満又は未実施']);
  },
  expected: {
    file: 'h95-fam-kankyo-jigyo-konkyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '資源回収団体奨励事業', 't', 2002, 1745, { existing: 'A' }),
      ind('事業実績', '生ごみ処理機器購入費補助金', '件', 50, 62, { existing: 'A' }),
      ind('事業実績', '家庭ごみ減量化推進事業', 'g', 520, 538, { direction: 'down', existing: 'B' }),
      {
        sheet: '事業実績',
        name: '環境学習出前講座',
        measures: [
          { label: '開催回数', target: 30, actual: 27, unit: '回' },
          { label: '参加者数', target: 900, actual: 1004, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: gradeOf(30, 27),
      },
      ind('事業実績', '公共施設太陽光発電設備導入事業', '施設', 2, 2, { existing: 'A' }),
      ind('事業実績', '住宅用省エネ設備設置補助金', '件', 150, 97, { existing: 'C' }),
      ind('事業実績', '不法投棄防止パトロール事業', '件', 58, 71, { direction: 'down', existing: 'C' }),
      ind('事業実績', 'エコドライブ講習会開催事業', '回', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('事業実績', '河川水質調査事業', '％', 90, 85, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI table with 増減, 前年度比 and 達成率 formulas
// ---------------------------------------------------------------------------------------------------------------------------

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  base: number;
  targets: number[];
  /** R3, R4, R5. */
  actuals: (number | string)[];
  source: string;
  decimals: number;
}

const SOSEI: Kpi[] = [
  {
    goal: '１　安定した雇用を創出する',
    name: '新規創業者数',
    unit: '件',
    base: 18,
    targets: [20, 22, 24, 26, 28],
    actuals: [25, 21, 13],
    source: '創業支援等事業計画に基づく支援機関の実績報告（年度）',
    decimals: 0,
  },
  {
    goal: '１　安定した雇用を創出する',
    name: '市内企業への新規学卒者就職者数',
    unit: '人',
    base: 112,
    targets: [120, 125, 130, 135, 140],
    actuals: [118, 127, 104],
    source: 'ハローワーク管内新規学卒者の職業紹介状況（各年度３月末）',
    decimals: 0,
  },
  {
    goal: '２　新しいひとの流れをつくる',
    name: '観光入込客数',
    unit: '千人',
    base: 1512,
    targets: [1200, 1300, 1400, 1500, 1600],
    actuals: [845, 1102, 1356],
    source: '県観光客入込調査（暦年）',
    decimals: 0,
  },
  {
    goal: '２　新しいひとの流れをつくる',
    name: '移住相談件数',
    unit: '件',
    base: 124,
    targets: [150, 160, 170, 180, 200],
    actuals: [162, 171, 158],
    source: '移住定住相談窓口の受付記録（オンライン相談を含む）',
    decimals: 0,
  },
  {
    goal: '２　新しいひとの流れをつくる',
    name: 'ふるさと納税寄附額',
    unit: '百万円',
    base: 188,
    targets: [300, 350, 400, 450, 500],
    actuals: [412, 488, 536],
    source: 'ふるさと納税受入実績（総務省調査）',
    decimals: 0,
  },
  {
    goal: '３　結婚・出産・子育ての希望をかなえる',
    name: '合計特殊出生率',
    unit: '－',
    base: 1.46,
    targets: [1.48, 1.49, 1.5, 1.52, 1.55],
    actuals: [1.41, 1.37, '集計中'],
    source: '人口動態統計（県衛生統計年報）　※実績は翌年度９月に確定',
    decimals: 2,
  },
  {
    goal: '３　結婚・出産・子育ての希望をかなえる',
    name: '地域子育て支援拠点の利用者数',
    unit: '人',
    base: 27310,
    targets: [24000, 25000, 26000, 27000, 28000],
    actuals: [19850, 22410, 25020],
    source: '子育て支援センター等４か所の延べ利用者数',
    decimals: 0,
  },
  {
    goal: '４　安心して暮らせるまちをつくる',
    name: '空き家バンク成約件数',
    unit: '件',
    base: 8,
    targets: [10, 12, 14, 16, 18],
    actuals: [9, 15, 11],
    source: '空き家バンク登録物件の売買・賃貸契約件数（年度）',
    decimals: 0,
  },
  {
    goal: '４　安心して暮らせるまちをつくる',
    name: '自主防災組織の組織率',
    unit: '％',
    base: 78.2,
    targets: [80.0, 81.0, 82.0, 83.0, 85.0],
    actuals: [80.4, 81.6, 82.9],
    source: '自主防災組織に加入する世帯数÷全世帯数×100（各年度４月１日）',
    decimals: 1,
  },
];

const soseiKpi: Holdout2Workbook = {
  name: 'h95-fam-sosei-kpi-zogen',
  layout:
    'C: 総合戦略 KPI table, 目標値／実績値 rows per KPI under 基準値（R元）・R3〜R7（目標年度）, then 増減（R5−R4）, 前年度比 and 達成率 formula columns with cached values and a 出典・算出方法 column; 合計特殊出生率 集計中 (翌年度９月に確定)',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    ws.columns = [
      { width: 22 },
      { width: 30 },
      { width: 8 },
      { width: 8 },
      { width: 10 },
      ...Array.from({ length: 5 }, () => ({ width: 10 })),
      { width: 12 },
      { width: 10 },
      { width: 10 },
      { width: 44 },
    ];
    merge(ws, 1, 1, 1, 14, '第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況');
    merge(ws, 2, 1, 2, 14, '（令和５年度実績・令和６年８月　総合戦略推進会議にて検証）');
    for (const [c, v] of [
      [1, '基本目標'],
      [2, 'ＫＰＩ'],
      [3, '単位'],
      [4, '区分'],
      [5, '基準値\n（R元）'],
      [13, '達成率\n（R5）'],
      [14, '出典・算出方法'],
    ] as [number, string][])
      merge(ws, 4, c, 5, c, v);
    merge(ws, 4, 6, 4, 10, '年度別　目標値・実績値');
    put(ws, 5, 6, ['R3', 'R4', 'R5', 'R6', 'R7\n（目標年度）']);
    merge(ws, 4, 11, 4, 12, '実績の推移');
    put(ws, 5, 11, ['増減\n（R5−R4）', '前年度比']);
    let r = 6;
    let goalStart = 6;
    SOSEI.forEach((k, i) => {
      const fmt = k.decimals ? `#,##0.${'0'.repeat(k.decimals)}` : '#,##0';
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.unit);
      put(ws, r, 4, ['目標値', '－', ...k.targets]);
      put(ws, r + 1, 4, ['実績値', k.base, ...k.actuals]);
      for (let c = 5; c <= 10; c++) for (const rr of [r, r + 1]) if (typeof ws.getCell(rr, c).value === 'number') ws.getCell(rr, c).numFmt = fmt;
      const [, a4, a5] = k.actuals;
      if (typeof a5 === 'number' && typeof a4 === 'number') {
        ws.getCell(r + 1, 11).value = { formula: `H${r + 1}-G${r + 1}`, result: round(a5 - a4, k.decimals) };
        ws.getCell(r + 1, 11).numFmt = `+${fmt};▲${fmt};0`;
        ws.getCell(r + 1, 12).value = { formula: `H${r + 1}/G${r + 1}`, result: a5 / a4 };
        ws.getCell(r + 1, 12).numFmt = '0.0%';
        ws.getCell(r + 1, 13).value = { formula: `H${r + 1}/H${r}`, result: a5 / k.targets[2] };
        ws.getCell(r + 1, 13).numFmt = '0.0%';
      } else put(ws, r + 1, 11, ['－', '－', '－']);
      merge(ws, r, 14, r + 1, 14, k.source);
      const next = SOSEI[i + 1];
      if (!next || next.goal !== k.goal) {
        merge(ws, goalStart, 1, r + 1, 1, k.goal);
        goalStart = r + 2;
      }
      r += 2;
    });
    put(ws, r + 1, 1, ['※増減・前年度比は実績値の前年度との比較。達成率＝R5実績値÷R5目標値。']);
    put(ws, r + 2, 1, ['※観光入込客数は暦年の値（R5欄は令和５年１～12月）。']);
  },
  expected: {
    file: 'h95-fam-sosei-kpi-zogen.xlsx',
    fiscalYear: 2023,
    indicators: SOSEI.map((k) =>
      typeof k.actuals[2] === 'number'
        ? ind('KPI進捗', k.name, k.unit, k.targets[2], k.actuals[2])
        : { ...ind('KPI進捗', k.name, null, k.targets[2], null, { actualStatus: 'pending' }), grade: null },
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: plan indicators with 分子｜分母｜実績値 under 令和５年度実績
// ---------------------------------------------------------------------------------------------------------------------------

interface PlanRow {
  name: string;
  how: string;
  now: string;
  target: number;
  num: number | string;
  den: number | string;
  actual: number | string;
  unit: string;
  check: string;
  dept: string;
}

const DANJO: PlanRow[] = [
  {
    name: '審議会等委員に占める女性の割合',
    how: '女性委員数÷委員総数×100（地方自治法第202条の３に基づく審議会等、各年度４月１日現在）',
    now: '28.4\n（令和３年４月１日）',
    target: 40.0,
    num: 312,
    den: 905,
    actual: 34.5,
    unit: '％',
    check: '審議会等の女性登用状況調査',
    dept: '人権推進課',
  },
  {
    name: '市職員の管理職に占める女性の割合',
    how: '課長級以上の女性職員数÷課長級以上の職員数×100（各年度４月１日現在）',
    now: '12.1\n（令和３年４月１日）',
    target: 20.0,
    num: 19,
    den: 118,
    actual: 16.1,
    unit: '％',
    check: '女性活躍推進法に基づく公表',
    dept: '職員課',
  },
  {
    name: '男性職員の育児休業取得率',
    how: '当該年度に育児休業を取得した男性職員数÷当該年度に子が生まれた男性職員数×100',
    now: '7.7\n（令和２年度）',
    target: 50.0,
    num: 14,
    den: 26,
    actual: 53.8,
    unit: '％',
    check: '特定事業主行動計画の実施状況',
    dept: '職員課',
  },
  {
    name: '家族経営協定締結農家数',
    how: '家族経営協定を締結している農家の累計戸数（各年度末）',
    now: '41\n（令和２年度末）',
    target: 55,
    num: '－',
    den: '－',
    actual: 47,
    unit: '戸',
    check: '農業委員会調べ',
    dept: '農政課',
  },
  {
    name: '「男は仕事、女は家庭」という考え方に反対する市民の割合',
    how: '「反対」「どちらかといえば反対」の回答数÷回答者数×100',
    now: '58.3\n（令和元年度）',
    target: 70.0,
    num: 648,
    den: 1032,
    actual: 62.8,
    unit: '％',
    check: '男女共同参画に関する市民意識調査（令和５年度実施）',
    dept: '人権推進課',
  },
  {
    name: 'DV相談窓口を知っている市民の割合',
    how: '「知っている」の回答数÷回答者数×100',
    now: '41.2\n（令和元年度）',
    target: 60.0,
    num: 470,
    den: 1032,
    actual: 45.5,
    unit: '％',
    check: '男女共同参画に関する市民意識調査（令和５年度実施）',
    dept: '人権推進課',
  },
  {
    name: '女性起業セミナー受講者数',
    how: '令和４年度からの受講者の累計（計画期間中の累計、目標も累計）',
    now: '22\n（令和２年度単年）',
    target: 150,
    num: '－',
    den: '－',
    actual: 112,
    unit: '人',
    check: '商工観光課調べ',
    dept: '商工観光課',
  },
  {
    name: '自主防災組織の役員に占める女性の割合',
    how: '女性役員数÷役員総数×100',
    now: '5.2\n（令和３年度）',
    target: 15.0,
    num: '－',
    den: '－',
    actual: '調査中',
    unit: '％',
    check: '自主防災組織活動状況調査（毎年６月照会）',
    dept: '危機管理課',
  },
  {
    name: 'ワーク・ライフ・バランス推進事業所の認定数',
    how: '市の認定制度による認定事業所の累計数（各年度末）',
    now: '12\n（令和２年度末）',
    target: 40,
    num: '－',
    den: '－',
    actual: 29,
    unit: '事業所',
    check: '人権推進課調べ',
    dept: '人権推進課',
  },
];

const danjoPlan: Holdout2Workbook = {
  name: 'h95-fam-danjo-plan-bunshi',
  layout:
    'D: 男女共同参画プラン 成果指標, 指標の説明・算出方法, 現況（計画策定時）with its date in the cell, 目標（R8）, then 令和５年度実績 spanning 分子｜分母｜実績値 (the rate is the actual; 「－」 in 分子／分母 for counts), 単位, 現状把握の方法, 担当課; one 調査中',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    ws.columns = [
      { width: 5 },
      { width: 34 },
      { width: 40 },
      { width: 16 },
      { width: 10 },
      { width: 9 },
      { width: 9 },
      { width: 10 },
      { width: 8 },
      { width: 30 },
      { width: 12 },
    ];
    merge(ws, 1, 1, 1, 11, '第３次男女共同参画プラン　成果指標の進捗状況（令和５年度）');
    put(ws, 2, 1, ['計画期間：令和４年度～令和８年度（５年間）']);
    for (const [c, v] of [
      [1, 'No.'],
      [2, '指標'],
      [3, '指標の説明・算出方法'],
      [4, '現況\n（計画策定時）'],
      [5, '目標\n（R8）'],
      [9, '単位'],
      [10, '現状把握の方法'],
      [11, '担当課'],
    ] as [number, string][])
      merge(ws, 4, c, 5, c, v);
    merge(ws, 4, 6, 4, 8, '令和５年度実績');
    put(ws, 5, 6, ['分子', '分母', '実績値']);
    DANJO.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, p.name, p.how, p.now, p.target, p.num, p.den, p.actual, p.unit, p.check, p.dept]);
      ws.getCell(r, 3).alignment = wrap;
      ws.getCell(r, 4).alignment = wrap;
      for (const c of [6, 7]) ws.getCell(r, c).numFmt = '#,##0';
      if (p.unit === '％') for (const c of [5, 8]) ws.getCell(r, c).numFmt = '0.0';
    });
    put(ws, 6 + DANJO.length + 1, 1, ['※割合の指標は、分子÷分母×100を小数点第２位で四捨五入して実績値としている。']);
  },
  expected: {
    file: 'h95-fam-danjo-plan-bunshi.xlsx',
    fiscalYear: 2023,
    indicators: DANJO.map((p) =>
      typeof p.actual === 'number'
        ? { ...ind('成果指標', p.name, p.unit, p.target, p.actual), targetSource: 'final' }
        : { ...ind('成果指標', p.name, p.unit, p.target, null, { actualStatus: 'pending' }), targetSource: 'final', grade: null },
    ),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [schoolBlocks, kankyoJigyo, soseiKpi, danjoPlan];
