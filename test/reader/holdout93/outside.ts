/**
 * Hold-out 93, four workbooks outside the families in the year the new plans start: an 環境基本計画 最終評価 総括表 with a
 * cover sheet (計画期間), the city's own S〜D scale and a 達成／未達成 column; 事務事業評価 cards for 令和7年度 with the new
 * 実施計画's 令和8年度 目標 and 上半期実績 beside them; a 男女共同参画プラン with years as rows, the 第5次プラン's targets
 * below and the period only on the cover; an 教育振興基本計画 最終点検 in label｜value cards two across with the 第3期
 * plan's handling and R12 target in each card.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as Holdout93Workbook, ind, put } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';

const WRAP = { wrapText: true, vertical: 'middle' as const };

function merge(ws: Worksheet, range: string, value?: string | number): void {
  ws.mergeCells(range);
  if (value !== undefined) ws.getCell(range.split(':')[0]).value = value;
}

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

// ---------------------------------------------------------------------------------------------------------------------------
// 環境基本計画 最終評価 総括表: the city's S〜D bands stated on the sheet, 達成率 and 目標の達成 columns by the department

/** The sheet's own scale: S 120 %, A 100 %, B 80 %, C 50 %, D below. */
function envGrade(target: number, actual: number, direction: Direction): string {
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1.2 ? 'S' : rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.5 ? 'C' : 'D';
}

const ENV_ROWS: [string, string, string, Direction, number, number, number, string][] = [
  ['1 脱炭素社会の実現', '市の事務事業に伴う温室効果ガス排出量', 't-CO2', 'down', 12650, 9800, 10240, 'B'],
  ['', '電気自動車等の公用車導入台数', '台', 'up', 2, 20, 24, 'S'],
  ['', '住宅用太陽光発電設置件数（累計）', '件', 'up', 1820, 4000, 4980, 'S'],
  ['2 循環型社会の形成', '1人1日当たり家庭系ごみ排出量', 'g', 'down', 548, 480, 472, 'A'],
  ['', 'リサイクル率', '％', 'up', 21.4, 25.0, 19.8, 'C'],
  ['', '不法投棄の回収件数', '件', 'down', 96, 50, 112, 'D'],
  ['3 自然との共生', '河川のBOD環境基準達成率', '％', 'up', 87.5, 100, 100, 'A'],
  ['', '市民1人当たりの都市公園面積', '㎡', 'up', 10.8, 12.0, 11.4, 'B'],
  ['4 参加と協働', '環境学習講座の参加者数', '人', 'up', 980, 1500, 1212, 'A'],
  ['', '環境保全活動に参加したことのある市民の割合', '％', 'up', 22.6, 40.0, 17.5, 'D'],
];

const ENV = '総括表';
const envSummary: Holdout93Workbook = {
  name: 'h93-o-kankyo-final-summary',
  layout:
    '環境基本計画の最終評価の総括表と表紙（計画期間・評価対象年度・次期計画）、シートに書いた S〜D の帯（S 120％以上）、目指す方向（増加／減少）、部署の達成率・評価・「達成／未達成」・次期計画での扱いの列',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    widths(cover, [60]);
    put(cover, 3, 1, ['第２次みどり野市環境基本計画']);
    put(cover, 5, 1, ['最終評価報告書（総括表）']);
    put(cover, 8, 1, ['計画期間：平成28年度〜令和7年度（10年間）']);
    put(cover, 9, 1, ['評価対象年度：令和7年度（計画最終年度）']);
    put(cover, 10, 1, ['次期計画：第３次みどり野市環境基本計画（令和8年度〜令和17年度）']);
    put(cover, 13, 1, ['令和8年11月　みどり野市 市民生活部 環境政策課']);

    const ws = wb.addWorksheet(ENV);
    widths(ws, [5, 18, 36, 8, 9, 13, 13, 13, 9, 7, 10, 16]);
    merge(ws, 'A1:L1', '第２次環境基本計画　成果指標の最終評価（総括）');
    merge(ws, 'A2:L2', '【評価区分】S：達成率120％以上　A：100％以上120％未満　B：80％以上100％未満　C：50％以上80％未満　D：50％未満');
    merge(ws, 'A3:L3', '※達成率＝実績値÷目標値×100（減少を目指す指標は目標値÷実績値×100）');
    put(ws, 5, 1, [
      'No.',
      '基本目標',
      '指標',
      '単位',
      '目指す方向',
      '計画策定時\n（平成26年度）',
      '最終目標\n（令和7年度）',
      '実績値\n（令和7年度）',
      '達成率',
      '評価',
      '目標の達成',
      '次期計画での扱い',
    ]);
    ws.getRow(5).alignment = WRAP;
    let goalRow = 6;
    ENV_ROWS.forEach(([goal, name, unit, dir, base, target, actual, written], i) => {
      const r = 6 + i;
      const rate = dir === 'up' ? actual / target : target / actual;
      if (goal) goalRow = r;
      put(ws, r, 1, [i + 1, undefined, name, unit, dir === 'up' ? '増加' : '減少', base, target, actual]);
      ws.getCell(r, 9).value = Math.round(rate * 1000) / 1000;
      ws.getCell(r, 9).numFmt = '0.0%';
      put(ws, r, 10, [written, rate >= 1 ? '達成' : '未達成', i === 0 ? '継続（目標を見直し）' : i === 5 ? '廃止' : '継続']);
      const next = ENV_ROWS[i + 1];
      if (!next || next[0]) merge(ws, `B${goalRow}:B${r}`, ENV_ROWS[goalRow - 6][0]);
    });
    ws.getCell(17, 1).value = '※評価は担当課の自己評価を環境審議会で確認したもの。';
  },
  expected: {
    file: 'h93-o-kankyo-final-summary.xlsx',
    fiscalYear: 2025,
    indicators: ENV_ROWS.map(([, name, unit, direction, , target, actual, written]): ExpectedIndicator => ({
      sheet: ENV,
      name,
      unit,
      target,
      actual,
      direction,
      existing: written,
      grade: envGrade(target, actual, direction),
    })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one card per 事業: 令和6年度 実績｜令和7年度 目標・実績｜令和8年度 目標・上半期実績（9月末）｜令和7年度評価

interface CardRow {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  r6: number | string;
  r7t: number | string;
  r7a: number | string;
  r8t: number;
  r8h: number;
  grade: string;
}

interface Card {
  sheet: string;
  name: string;
  dept: string;
  category: string;
  outline: string;
  rows: CardRow[];
  next: string;
}

const CARDS: Card[] = [
  {
    sheet: '事業01',
    name: '子育て世代包括支援センター運営事業',
    dept: 'こども家庭課',
    category: '継続',
    outline: '妊娠期から子育て期まで切れ目なく相談支援を行う子育て世代包括支援センターを運営する。',
    rows: [
      { kind: '活動指標', name: '妊婦面談実施率', unit: '％', r6: 96.8, r7t: 100, r7a: 97.6, r8t: 100, r8h: 98.9, grade: 'B' },
      { kind: '成果指標', name: '産後ケア事業利用者数', unit: '人', r6: 104, r7t: 120, r7a: 138, r8t: 150, r8h: 81, grade: 'A' },
    ],
    next: '継続',
  },
  {
    sheet: '事業02',
    name: '地域公共交通確保維持事業',
    dept: '地域交通課',
    category: '見直し',
    outline: 'デマンドタクシーの運行により交通空白地域の移動手段を確保する。令和8年度からAI配車に移行。',
    rows: [
      { kind: '活動指標', name: 'デマンドタクシー運行日数', unit: '日', r6: 244, r7t: 245, r7a: 244, r8t: 245, r8h: 122, grade: 'A' },
      { kind: '成果指標', name: 'デマンドタクシー利用者数', unit: '人', r6: 15220, r7t: 18000, r7a: 14950, r8t: 16000, r8h: 7820, grade: 'B' },
    ],
    next: '見直し（AI配車への移行）',
  },
  {
    sheet: '事業03',
    name: '移住定住促進事業',
    dept: '企画政策課',
    category: '拡充',
    outline: '移住相談窓口の運営、移住体験住宅の提供、移住者住宅取得補助を行う。',
    rows: [
      { kind: '活動指標', name: '移住相談件数', unit: '件', r6: 318, r7t: 300, r7a: 362, r8t: 380, r8h: 201, grade: 'A' },
      { kind: '成果指標', name: '移住者数', unit: '人', r6: 131, r7t: 150, r7a: 108, r8t: 160, r8h: 71, grade: 'C' },
    ],
    next: '拡充',
  },
  {
    sheet: '事業04',
    name: '結婚新生活支援事業',
    dept: 'こども家庭課',
    category: '新規',
    outline: '新婚世帯の新居の家賃・引越費用を補助する（令和8年度新規事業）。',
    rows: [{ kind: '成果指標', name: '結婚新生活支援補助件数', unit: '件', r6: '－', r7t: '－', r7a: '－', r8t: 30, r8h: 12, grade: '－' }],
    next: '継続',
  },
];

const projectCards: Holdout93Workbook = {
  name: 'h93-o-jimujigyo-cards-half-year',
  layout:
    '事務事業評価シート4枚（1事業1シート）、指標の行に 令和6年度（実績）｜令和7年度（目標｜実績）｜令和8年度（目標｜上半期実績（9月末））｜令和7年度評価、実施計画上の区分（継続／見直し／拡充／新規）、令和8年度新規事業の「－」',
  build(wb) {
    for (const c of CARDS) {
      const ws = wb.addWorksheet(c.sheet);
      widths(ws, [12, 28, 7, 11, 10, 10, 10, 12, 11]);
      merge(ws, 'A1:I1', '令和８年度 事務事業評価シート（評価対象：令和７年度実施分／令和８年度上半期の進捗を併記）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 'B3:D3', c.name);
      put(ws, 3, 5, ['担当課']);
      merge(ws, 'F3:G3', c.dept);
      put(ws, 4, 1, ['実施計画上の区分', c.category]);
      put(ws, 4, 5, ['計画']);
      merge(ws, 'F4:I4', '第6次実施計画（令和8〜10年度）');
      put(ws, 5, 1, ['事業概要']);
      merge(ws, 'B5:I5', c.outline);
      for (const [col, h] of [
        ['A', '区分'],
        ['B', '指標名'],
        ['C', '単位'],
        ['I', '令和7年度\n評価'],
      ])
        merge(ws, `${col}7:${col}8`, h);
      put(ws, 7, 4, ['令和6年度']);
      merge(ws, 'E7:F7', '令和7年度');
      merge(ws, 'G7:H7', '令和8年度');
      put(ws, 8, 4, ['実績', '目標', '実績', '目標', '上半期実績\n（9月末）']);
      ws.getRow(7).alignment = WRAP;
      ws.getRow(8).alignment = WRAP;
      c.rows.forEach((x, i) => put(ws, 9 + i, 1, [x.kind, x.name, x.unit, x.r6, x.r7t, x.r7a, x.r8t, x.r8h, x.grade]));
      const end = 9 + c.rows.length + 1;
      put(ws, end, 1, ['今後の方向性', c.next]);
      put(ws, end + 1, 1, ['※評価　A：目標達成（100％以上）　B：80％以上　C：60％以上　D：60％未満']);
    }
  },
  expected: {
    file: 'h93-o-jimujigyo-cards-half-year.xlsx',
    fiscalYear: 2025,
    indicators: CARDS.flatMap((c) =>
      c.rows.map((x) =>
        typeof x.r7a === 'number' && typeof x.r7t === 'number'
          ? ind(c.sheet, x.name, x.unit, x.r7t, x.r7a, { existing: x.grade })
          : ind(c.sheet, x.name, x.unit, null, null, { actualStatus: 'not-applicable' }),
      ),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 男女共同参画プラン: years as rows (令和2年度（基準値）… 令和7年度, then the 第5次プラン's 令和8年度・令和12年度 目標), the
// period on the cover only

interface YearsCol {
  name: string;
  unit: string;
  /** R2 … R7 actuals. */
  actuals: (number | string)[];
  /** R3 … R7 targets. */
  targets: number[];
  /** 第5次プラン: R8, R12. */
  next: [number, number];
}

const DANJO: YearsCol[] = [
  {
    name: '審議会等委員に占める女性の割合',
    unit: '％',
    actuals: [31.5, 32.8, 34.1, 35.0, 35.9, 36.2],
    targets: [33.0, 35.0, 37.0, 38.5, 40.0],
    next: [41.0, 45.0],
  },
  {
    name: '市職員の管理職に占める女性の割合',
    unit: '％',
    actuals: [9.8, 10.4, 10.9, 11.2, 11.4, 11.6],
    targets: [11.0, 13.0, 15.0, 17.5, 20.0],
    next: [21.0, 25.0],
  },
  { name: '男性職員の育児休業取得率', unit: '％', actuals: [12.0, 18.5, 33.3, 52.6, 61.5, 68.8], targets: [20.0, 30.0, 40.0, 45.0, 50.0], next: [70.0, 85.0] },
  { name: '女性活躍推進企業認定数（累計）', unit: '社', actuals: [8, 11, 15, 19, 22, 24], targets: [12, 17, 22, 26, 30], next: [33, 45] },
  {
    name: '配偶者等からの暴力（DV）に関する相談窓口の認知度',
    unit: '％',
    actuals: [41.2, '－', 44.6, '－', 47.9, '－'],
    targets: [45.0, 48.0, 51.0, 53.0, 55.0],
    next: [56.0, 60.0],
  },
  { name: '男女共同参画セミナー参加者数', unit: '人', actuals: [188, 156, 231, 248, 271, 264], targets: [250, 270, 280, 290, 300], next: [300, 320] },
];

const DJ = '指標の推移';
const danjoYears: Holdout93Workbook = {
  name: 'h93-o-danjo-years-rows',
  layout:
    '男女共同参画プランの年度を行にした表（指標名を2列に結合、単位の行、目標｜実績）、令和2年度（基準値）〜令和7年度の下に「第5次プラン」の令和8年度・令和12年度の目標だけの行、評価対象年度は表紙だけ、隔年調査の「－」',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    widths(cover, [64]);
    put(cover, 3, 1, ['第４次みどり野市男女共同参画プラン']);
    put(cover, 4, 1, ['進捗状況報告書']);
    put(cover, 7, 1, ['計画期間：令和3年度〜令和7年度']);
    put(cover, 8, 1, ['評価対象年度：令和7年度（計画最終年度）']);
    put(cover, 9, 1, ['※第5次プラン（令和8年度〜令和12年度）の目標値を参考に掲載しています。']);
    put(cover, 12, 1, ['みどり野市 市民協働部 人権・男女共同参画課']);

    const ws = wb.addWorksheet(DJ);
    widths(ws, [18, ...DANJO.flatMap(() => [9, 9])]);
    merge(ws, 'A1:M1', '成果指標の推移（目標値・実績値）');
    merge(ws, 'A3:A5', '年度');
    DANJO.forEach((d, i) => {
      const c = 2 + 2 * i;
      ws.mergeCells(3, c, 3, c + 1);
      ws.getCell(3, c).value = d.name;
      ws.getCell(3, c).alignment = WRAP;
      ws.mergeCells(4, c, 4, c + 1);
      ws.getCell(4, c).value = d.unit;
      put(ws, 5, c, ['目標', '実績']);
    });
    ws.getRow(3).height = 48;
    const years = ['令和2年度\n（基準値）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
    years.forEach((y, k) => {
      const r = 6 + k;
      ws.getCell(r, 1).value = y;
      DANJO.forEach((d, i) => {
        const c = 2 + 2 * i;
        if (k > 0) ws.getCell(r, c).value = d.targets[k - 1];
        ws.getCell(r, c + 1).value = d.actuals[k];
      });
    });
    merge(ws, 'A12:M12', '― 第５次プラン（令和8年度〜令和12年度）の目標値 ―');
    ['令和8年度', '令和12年度'].forEach((y, k) => {
      ws.getCell(13 + k, 1).value = y;
      DANJO.forEach((d, i) => (ws.getCell(13 + k, 2 + 2 * i).value = d.next[k]));
    });
    ws.getCell(16, 1).value = '※配偶者等からの暴力（DV）に関する相談窓口の認知度は市民意識調査（隔年実施）による。令和7年度は調査を実施していない。';
    ws.getCell(17, 1).value = '※男性職員の育児休業取得率は市職員（男性）の当該年度の取得率。';
  },
  expected: {
    file: 'h93-o-danjo-years-rows.xlsx',
    fiscalYear: 2025,
    indicators: DANJO.map((d) =>
      typeof d.actuals[5] === 'number'
        ? ind(DJ, d.name, d.unit, d.targets[4], d.actuals[5] as number)
        : ind(DJ, d.name, d.unit, d.targets[4], null, { actualStatus: 'not-applicable' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 教育振興基本計画 最終点検: one label｜value card per indicator, two across

interface EduCard {
  no: string;
  name: string;
  unit: string;
  direction: Direction;
  base: number;
  target: number;
  actual: number;
  grade: string;
  next: string;
  nextTarget: number;
  comment: string;
}

const EDU: EduCard[] = [
  {
    no: '1-1',
    name: '小学6年生の国語の平均正答率の対全国比',
    unit: 'ポイント',
    direction: 'up',
    base: 97.2,
    target: 100.0,
    actual: 98.6,
    grade: 'B',
    next: '継続',
    nextTarget: 102.0,
    comment: '全国平均を100とした値。算数は全国平均を上回った。',
  },
  {
    no: '1-2',
    name: '「学校に行くのが楽しい」と回答した児童生徒の割合',
    unit: '％',
    direction: 'up',
    base: 85.1,
    target: 90.0,
    actual: 86.5,
    grade: 'B',
    next: '継続',
    nextTarget: 90.0,
    comment: '中学生で低下傾向。',
  },
  {
    no: '1-3',
    name: '不登校児童生徒の出現率',
    unit: '％',
    direction: 'down',
    base: 1.62,
    target: 1.5,
    actual: 2.31,
    grade: 'C',
    next: '見直し（支援につながっている割合に変更）',
    nextTarget: 95.0,
    comment: '全国的な増加傾向と同様に増加。',
  },
  {
    no: '2-1',
    name: '児童1人当たりの学校図書館年間貸出冊数',
    unit: '冊',
    direction: 'up',
    base: 52.3,
    target: 60.0,
    actual: 64.2,
    grade: 'A',
    next: '継続',
    nextTarget: 65.0,
    comment: '学校司書の全校配置の効果。',
  },
  {
    no: '2-2',
    name: '長寿命化改修を実施した学校数（累計）',
    unit: '校',
    direction: 'up',
    base: 1,
    target: 8,
    actual: 5,
    grade: 'C',
    next: '継続',
    nextTarget: 14,
    comment: '資材高騰により2校の工事を翌年度に延期。',
  },
  {
    no: '3-1',
    name: '地域学校協働本部を設置した学校数',
    unit: '校',
    direction: 'up',
    base: 9,
    target: 22,
    actual: 22,
    grade: 'A',
    next: '継続（全校設置を維持）',
    nextTarget: 22,
    comment: '全校で設置完了。',
  },
  {
    no: '3-2',
    name: 'ICTを活用して指導できる教員の割合',
    unit: '％',
    direction: 'up',
    base: 71.8,
    target: 90.0,
    actual: 84.7,
    grade: 'A',
    next: '継続',
    nextTarget: 95.0,
    comment: '研修の充実により着実に向上。',
  },
];

const EDS = '最終点検';
const eduCards: Holdout93Workbook = {
  name: 'h93-o-kyoiku-label-cards',
  layout:
    '教育振興基本計画の最終点検、指標ごとに「項目｜値」の縦のカードを2列に並べる（指標番号・指標名・単位・方向・基準値（令和2年度）・目標値（令和7年度）・実績値（令和7年度）・評価・第3期計画での取扱い・第3期計画の目標値（令和12年度）・所見）',
  build(wb) {
    const ws = wb.addWorksheet(EDS);
    widths(ws, [26, 16, 16, 3, 26, 16, 16]);
    merge(ws, 'A1:G1', '第２期みどり野市教育振興基本計画（令和3〜7年度）　成果指標の最終点検・評価');
    merge(
      ws,
      'A2:G2',
      '点検・評価の対象：令和7年度（計画最終年度）　評価　A：目標達成（100％以上）　B：概ね達成（80％以上）　C：一部達成（60％以上）　D：未達成（60％未満）',
    );
    ws.getCell('A2').alignment = WRAP;
    EDU.forEach((e, i) => {
      const r = 4 + Math.floor(i / 2) * 13;
      const c = i % 2 === 0 ? 1 : 5;
      const rows: [string, string | number][] = [
        ['指標番号', e.no],
        ['指標名', e.name],
        ['単位', e.unit],
        ['方向', e.direction === 'up' ? '増加' : '減少'],
        ['基準値（令和2年度）', e.base],
        ['目標値（令和7年度）', e.target],
        ['実績値（令和7年度）', e.actual],
        ['評価', e.grade],
        ['第3期計画での取扱い', e.next],
        ['第3期計画の目標値（令和12年度）', e.nextTarget],
        ['所見', e.comment],
      ];
      rows.forEach(([label, value], k) => {
        ws.getCell(r + k, c).value = label;
        ws.mergeCells(r + k, c + 1, r + k, c + 2);
        ws.getCell(r + k, c + 1).value = value;
        ws.getCell(r + k, c + 1).alignment = WRAP;
      });
    });
  },
  expected: {
    file: 'h93-o-kyoiku-label-cards.xlsx',
    fiscalYear: 2025,
    indicators: EDU.map((e) => ind(EDS, e.name, e.unit, e.target, e.actual, { direction: e.direction, existing: e.grade })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout93Workbook[] = [envSummary, projectCards, danjoYears, eduCards];
