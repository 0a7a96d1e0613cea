/** Hold-out 81, part 2: one indicator per bordered card (stacked, some side by side) and a narrative sheet with its figures in a small table between paragraphs. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** Thin borders round every cell of a block (1-based rows and columns). */
function box(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  const thin = { style: 'thin' as const };
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
}

interface Card {
  name: string;
  unit: string;
  up: boolean;
  base: number;
  target: number;
  actuals: number[];
  note: string;
}

const C1 = '成果指標カード';
const A1 = (ws: Worksheet, top: number, left: number, c: Card) => {
  put(ws, top, left, ['指標名', c.name]);
  ws.mergeCells(top, left + 1, top, left + 5);
  put(ws, top + 1, left, ['単位', c.unit, '方向', c.up ? '↑ 増加を目指す' : '↓ 減少を目指す']);
  ws.mergeCells(top + 1, left + 3, top + 1, left + 5);
  put(ws, top + 2, left, ['基準値', c.base, '基準年度', '令和2年度']);
  put(ws, top + 3, left, ['目標値', c.target, '目標年度', '令和7年度']);
  put(ws, top + 4, left, ['年度別実績', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
  put(ws, top + 5, left + 1, c.actuals);
  ws.mergeCells(top + 4, left, top + 5, left);
  put(ws, top + 6, left, ['備考', c.note]);
  ws.mergeCells(top + 6, left + 1, top + 6, left + 5);
  box(ws, top, left, top + 6, left + 5);
};
const cards: { at: [number, number]; card: Card }[] = [
  {
    at: [4, 1],
    card: { name: '企業立地件数', unit: '件', up: true, base: 12, target: 20, actuals: [14, 15, 17], note: '工業団地への新規立地と増設の件数（累計ではない）' },
  },
  {
    at: [4, 8],
    card: {
      name: '創業支援による創業者数',
      unit: '人',
      up: true,
      base: 25,
      target: 40,
      actuals: [31, 36, 41],
      note: '創業支援事業計画に基づく支援を受けて創業した人数',
    },
  },
  {
    at: [12, 1],
    card: {
      name: '市内事業所の従業者数',
      unit: '人',
      up: true,
      base: 10796,
      target: 10100,
      actuals: [10612, 10521, 10450],
      note: '人口減少を踏まえ、減少幅を抑えることを目標とする（経済センサス等から推計）',
    },
  },
  {
    at: [20, 1],
    card: { name: '中心市街地の空き店舗率', unit: '％', up: false, base: 14.2, target: 10.0, actuals: [13.9, 13.1, 12.8], note: '商店街実態調査（毎年10月）' },
  },
  {
    at: [20, 8],
    card: { name: '観光入込客数', unit: '千人', up: true, base: 1250, target: 1600, actuals: [820, 940, 1020], note: '観光庁の共通基準による（暦年）' },
  },
  {
    at: [28, 1],
    card: { name: '農産物直売所の販売額', unit: '百万円', up: true, base: 480, target: 560, actuals: [402, 355, 320], note: '市内5か所の直売所の合計' },
  },
];
const cardStack: Holdout2Workbook = {
  name: 'h81-card-stack',
  layout:
    '成果指標カード: 1指標1枚の罫線ブロック（指標名/単位・方向/基準値/目標値（令和7年度）/年度別実績/備考）を縦に積み、2枚横並びの段と1枚だけの段、目標は最終年度のみ',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['令和5年度　基本施策4-2「商工業の振興」　成果指標カード']);
    put(ws, 2, 1, ['評価対象年度：令和5年度　　担当：商工労働課']);
    for (const { at, card } of cards) A1(ws, at[0], at[1], card);
    for (const c of [1, 8]) ws.getColumn(c).width = 12;
  },
  expected: {
    file: 'h81-card-stack.xlsx',
    fiscalYear: 2023,
    // No 令和5年度 target on a card: each actual is compared with the final 目標値 (令和7年度).
    indicators: cards.map(({ card: c }) => ({
      ...ind(C1, c.name, c.unit, c.target, c.actuals[2], { direction: c.up ? 'up' : 'down' }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

const C2 = '施策2-3';
interface YearCard {
  no: string;
  name: string;
  unit: string;
  up: boolean;
  targets: number[];
  actuals: (number | string)[];
  about: string;
  grade: string;
}
const yearCards: { at: [number, number]; card: YearCard }[] = [
  {
    at: [6, 1],
    card: {
      no: '成果指標①',
      name: '介護予防教室の参加者数',
      unit: '人',
      up: true,
      targets: [2000, 2200, 2400, 2600, 2800],
      actuals: [1650, 2050, 2310],
      about: '市が実施する介護予防教室の延べ参加者数',
      grade: 'B',
    },
  },
  {
    at: [6, 8],
    card: {
      no: '成果指標②',
      name: '認知症サポーター養成講座の受講者数（累計）',
      unit: '人',
      up: true,
      targets: [9000, 9800, 10600, 11400, 12200],
      actuals: [9120, 9950, 10720],
      about: '平成20年度からの累計',
      grade: 'A',
    },
  },
  {
    at: [15, 1],
    card: {
      no: '成果指標③',
      name: '要介護認定を受けていない高齢者の割合',
      unit: '％',
      up: true,
      targets: [82.0, 82.0, 82.0, 82.0, 82.0],
      actuals: [81.6, 81.2, 80.7],
      about: '65歳以上の人口に占める要介護・要支援認定を受けていない人の割合（各年度末）',
      grade: 'A',
    },
  },
  {
    at: [15, 8],
    card: {
      no: '成果指標④',
      name: '特別養護老人ホームの入所待機者数',
      unit: '人',
      up: false,
      targets: [120, 100, 80, 60, 40],
      actuals: [131, 118, 104],
      about: '各年度4月1日時点の在宅の待機者数',
      grade: 'C',
    },
  },
  {
    at: [24, 1],
    card: {
      no: '成果指標⑤',
      name: '高齢者の見守りネットワーク協力事業所数',
      unit: '事業所',
      up: true,
      targets: [150, 160, 170, 180, 190],
      actuals: [148, 155, '集計中'],
      about: '見守り協定を締結した事業所の数',
      grade: '－',
    },
  },
];
const A2 = (ws: Worksheet, top: number, left: number, c: YearCard) => {
  put(ws, top, left, [c.no, c.name]);
  ws.mergeCells(top, left + 1, top, left + 5);
  put(ws, top + 1, left, ['単位', c.unit, '方向', c.up ? '↑' : '↓']);
  put(ws, top + 2, left, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, top + 3, left, ['目標', ...c.targets]);
  put(ws, top + 4, left, ['実績', ...c.actuals]);
  put(ws, top + 5, left, ['指標の説明', c.about]);
  ws.mergeCells(top + 5, left + 1, top + 5, left + 5);
  put(ws, top + 6, left, ['担当課の評価（R5）', c.grade]);
  box(ws, top, left, top + 6, left + 5);
};
const yearGrades = ['B', 'A', 'B', 'C'];
const cardYearly: Holdout2Workbook = {
  name: 'h81-card-yearly',
  layout: '施策評価シート: 成果指標①〜⑤のカード（区分 R3〜R7 × 目標/実績、指標の説明、担当課の評価）を2枚ずつ横並び、⑤の実績は「集計中」、空の施策の達成状況欄',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    put(ws, 1, 1, ['令和5年度　施策評価シート']);
    put(ws, 2, 1, ['施策2-3　高齢者福祉の充実', undefined, undefined, undefined, undefined, undefined, undefined, '担当課：長寿福祉課']);
    put(ws, 4, 1, ['施策の達成状況', undefined, undefined, '（前年度：C）']);
    ws.mergeCells('B4:C4');
    box(ws, 4, 1, 4, 3);
    for (const { at, card } of yearCards) A2(ws, at[0], at[1], card);
    put(ws, 32, 1, ['評価　A：順調（達成率100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）']);
    put(ws, 33, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    for (const c of [1, 8]) ws.getColumn(c).width = 16;
  },
  expected: {
    file: 'h81-card-yearly.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C2, '介護予防教室の参加者数', '人', 2400, 2310, { existing: 'B' }),
      ind(C2, '認知症サポーター養成講座の受講者数（累計）', '人', 10600, 10720, { existing: 'A' }),
      // 80.7 ÷ 82.0 = 98.4 %: B; the department wrote A.
      ind(C2, '要介護認定を受けていない高齢者の割合', '％', 82.0, 80.7, { existing: 'A' }),
      ind(C2, '特別養護老人ホームの入所待機者数', '人', 80, 104, { direction: 'down', existing: 'C' }),
      ind(C2, '高齢者の見守りネットワーク協力事業所数', '事業所', 170, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: C2, cell: 'B4', grade: rollUp(yearGrades) }],
  },
};

const C3 = '施策評価';
const narrative: Holdout2Workbook = {
  name: 'h81-narrative',
  layout:
    '施策評価調書: 「１ 施策の目的」「２ 取組の状況」の文章（数値入り）の間に成果指標の小さな表、全角数字の実績、減少を目指す指標は注記、文章で次年度の目標、最後に施策の総合評価',
  build(wb) {
    const ws = wb.addWorksheet(C3);
    const para = (row: number, text: string) => {
      put(ws, row, 1, [text]);
      ws.mergeCells(row, 1, row, 6);
      ws.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
      ws.getRow(row).height = 48;
    };
    put(ws, 1, 1, ['令和5年度　施策評価調書']);
    put(ws, 2, 1, ['施策名：5-1　移住・定住の促進']);
    put(ws, 3, 1, ['担当課：地域振興課']);
    put(ws, 5, 1, ['１　施策の目的']);
    para(
      6,
      'UIJターンの推進と若者の定住を図るため、移住相談体制の充実、住まいの確保の支援、就業支援を一体的に進める。令和4年度の移住相談件数は412件であり、前年度から約1.2倍に増加した。',
    );
    put(ws, 8, 1, ['２　取組の状況']);
    para(
      9,
      '首都圏での移住フェアへの出展（年6回）、お試し住宅の運用（2棟）、空き家バンクの登録促進に取り組んだ。空き家バンクの新規登録物件は令和3年度の18件から令和5年度は41件に増えた。',
    );
    put(ws, 11, 1, ['３　成果指標の状況']);
    put(ws, 12, 1, ['成果指標', '単位', '基準値（R元）', '目標値（R5）', '実績値（R5）', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['移住相談件数', '件', 285, 450, '４６８'],
      ['移住支援制度を利用した移住者数', '人', 42, 80, 66],
      ['空き家バンクの成約件数', '件', 9, 25, '２７'],
      ['お試し住宅の利用組数', '組', '－', 30, 12, '令和2年度運用開始'],
      ['20〜39歳の転出超過数', '人', 318, 250, 296, '※減少を目指す指標'],
    ];
    rows.forEach((r, i) => put(ws, 13 + i, 1, r));
    box(ws, 12, 1, 17, 6);
    put(ws, 19, 1, ['４　評価と今後の方向性']);
    para(
      20,
      '移住相談件数と空き家バンクの成約件数は目標を上回った。一方、お試し住宅の利用は12組にとどまり、目標の30組の4割であった。令和6年度は移住相談件数の目標を500件に引き上げ、オンライン相談を拡充する。',
    );
    put(ws, 22, 1, ['施策の総合評価', 'B']);
    put(ws, 23, 1, ['（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h81-narrative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C3, '移住相談件数', '件', 450, 468),
      ind(C3, '移住支援制度を利用した移住者数', '人', 80, 66),
      ind(C3, '空き家バンクの成約件数', '件', 25, 27),
      ind(C3, 'お試し住宅の利用組数', '組', 30, 12),
      ind(C3, '20〜39歳の転出超過数', '人', 250, 296, { direction: 'down' }),
    ],
    groups: [{ sheet: C3, cell: 'B22', grade: rollUp(['A', 'B', 'A', 'D', 'B']) }],
  },
};

export const CARD_WORKBOOKS: Holdout2Workbook[] = [cardStack, cardYearly, narrative];
