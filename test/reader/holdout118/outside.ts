/**
 * Hold-out set 118, four workbooks outside the families: a 男女共同参画プラン 進捗状況調査票 with one sheet per 課, a 指標 sheet
 * whose actuals are formulas over a 審議会一覧, a 市民意識調査 table with 全体｜男性｜女性 per survey, and a 多文化共生 四半期別実績
 * with a SUM 年間実績 column.
 */
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';
import { merge, round1, widths, wrap } from './families';

// ---------------------------------------------------------------------------------------------------------------------------
// 男女共同参画プラン 進捗状況調査票, one sheet per 課.

interface Form {
  sheet: string;
  writer: string;
  ext: string;
  goal: string;
  direction: string;
  actions: [string, string, string, string][];
  indicators: { name: string; unit: string; base: number; target: number; r4: number; r5: number; grade: string; reason: string }[];
  issues: string;
}

const FORMS: Form[] = [
  {
    sheet: '人事課',
    writer: '佐藤',
    ext: '2214',
    goal: 'Ⅱ　あらゆる分野における女性の活躍推進',
    direction: '（２）市役所における女性職員の活躍推進とワーク・ライフ・バランスの実現',
    actions: [
      ['2-2-①', '女性職員のキャリア形成研修の実施', '係長級女性職員を対象にキャリアデザイン研修を実施（受講者22人）。', '実施'],
      ['2-2-②', '男性職員の育児休業取得の促進', '子の出生予定を把握した所属長による面談を徹底。取得者の体験談を庁内報に掲載。', '実施'],
      ['2-2-③', '時間外勤務の縮減', '20時一斉消灯を試行したが、繁忙期の部署で徹底できなかった。', '一部実施'],
    ],
    indicators: [
      { name: '市の管理職に占める女性の割合', unit: '％', base: 12.5, target: 25.0, r4: 17.1, r5: 18.9, grade: 'B', reason: '前年度から1.8ポイント上昇' },
      { name: '男性職員の育児休業取得率', unit: '％', base: 8.3, target: 85.0, r4: 47.6, r5: 63.2, grade: 'B', reason: '取得者は大幅に増加' },
      { name: '職員の年次有給休暇の平均取得日数', unit: '日', base: 10.2, target: 14.0, r4: 12.4, r5: 13.1, grade: 'B', reason: '' },
    ],
    issues: '管理職昇任を希望する女性職員が少ないため、早い段階からのキャリア形成支援が必要。',
  },
  {
    sheet: '子育て支援課',
    writer: '高橋',
    ext: '3105',
    goal: 'Ⅲ　家庭・地域における男女共同参画の推進',
    direction: '（１）男女がともに担う家事・育児・介護の推進',
    actions: [
      ['3-1-①', '父親向け育児講座の開催', '「パパの赤ちゃん講座」を土曜日に年6回開催。', '実施'],
      ['3-1-②', 'ファミリー・サポート・センター事業', '提供会員養成講座を2回開催。', '実施'],
    ],
    indicators: [
      { name: '父親向け育児講座の参加者数', unit: '人', base: 45, target: 100, r4: 88, r5: 104, grade: 'A', reason: '土曜開催により参加しやすくなった' },
      { name: 'ファミリー・サポート・センターの提供会員数', unit: '人', base: 212, target: 260, r4: 224, r5: 231, grade: 'B', reason: '' },
    ],
    issues: '提供会員の高齢化が進んでおり、若い世代の会員確保が課題。',
  },
  {
    sheet: '商工労働課',
    writer: '伊藤',
    ext: '4302',
    goal: 'Ⅱ　あらゆる分野における女性の活躍推進',
    direction: '（３）働く場における女性の活躍推進',
    actions: [
      ['2-3-①', '女性の創業支援', '創業塾に女性限定クラスを設け、個別相談を実施。', '実施'],
      ['2-3-②', '女性活躍推進企業の認定取得支援', '社会保険労務士による認定取得セミナーを1回開催。', '一部実施'],
    ],
    indicators: [
      { name: '女性の創業支援件数', unit: '件', base: 4, target: 10, r4: 5, r5: 6, grade: 'B', reason: '' },
      {
        name: 'えるぼし・くるみん等の認定を受けた市内企業数',
        unit: '社',
        base: 7,
        target: 20,
        r4: 9,
        r5: 11,
        grade: 'C',
        reason: '中小企業では認定取得の負担が大きい',
      },
    ],
    issues: '認定制度の周知と、申請手続の支援を強化する。',
  },
  {
    sheet: '危機管理課',
    writer: '渡辺',
    ext: '1120',
    goal: 'Ⅳ　安全・安心に暮らせる社会づくり',
    direction: '（３）男女共同参画の視点に立った防災対策の推進',
    actions: [
      ['4-3-①', '防災会議への女性委員の登用', '委員改選時に関係機関へ女性委員の推薦を依頼した。', '実施'],
      ['4-3-②', '女性防災リーダーの養成', '防災士資格取得費の助成対象を拡大。', '実施'],
    ],
    indicators: [
      { name: '防災会議委員に占める女性の割合', unit: '％', base: 6.3, target: 15.0, r4: 9.4, r5: 12.5, grade: 'B', reason: '32人中4人' },
      { name: '女性防災リーダーの養成数（累計）', unit: '人', base: 0, target: 60, r4: 24, r5: 38, grade: 'C', reason: '' },
    ],
    issues: '避難所運営マニュアルへの女性の視点の反映を進める。',
  },
];

const CHOSAHYO: Holdout2Workbook = {
  name: 'h118-danjo-chosahyo',
  layout:
    'outside: 男女共同参画プラン 進捗状況調査票, a 記入要領 sheet and one form per 課 (人事課, 子育て支援課, 商工労働課, 危機管理課): 課名／記入者 header, 「１ 取組の実施状況」 (実施／一部実施), then 「２ 指標の状況」 指標名｜単位｜現状値（R1）｜目標値（R8）｜実績値 R4年度｜R5年度｜担当課評価｜評価の理由',
  build(wb) {
    const guide = wb.addWorksheet('記入要領');
    widths(guide, [100]);
    [
      '第３次男女共同参画プラン　進捗状況調査　記入要領',
      '',
      '１　令和５年度（令和５年４月～令和６年３月）の取組の実施状況と指標の実績を、担当課のシートに記入してください。',
      '２　実施区分は「実施」「一部実施」「未実施」から選択してください。',
      '３　担当課評価は、目標値（R8）に向けた進捗を踏まえ、A～Dで記入してください。',
      '４　灰色のセルは市民協働課が記入します。',
    ].forEach((t, i) => (guide.getCell(i + 1, 1).value = t || null));
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 30, 8, 12, 12, 11, 11, 11, 26]);
      merge(ws, 1, 1, 1, 9, '第３次男女共同参画プラン　進捗状況調査票（令和５年度実績）');
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      merge(ws, 2, 1, 2, 9, '提出期限：令和６年５月１７日（金）　　提出先：市民協働課 男女共同参画推進係');
      put(ws, 3, 1, ['課名', f.sheet, undefined, '記入者', f.writer, '内線', f.ext]);
      put(ws, 4, 1, ['基本目標']);
      merge(ws, 4, 2, 4, 9, f.goal);
      put(ws, 5, 1, ['施策の方向']);
      merge(ws, 5, 2, 5, 9, f.direction);
      put(ws, 7, 1, ['１　取組の実施状況']);
      put(ws, 8, 1, ['取組番号']);
      merge(ws, 8, 2, 8, 3, '取組内容');
      merge(ws, 8, 4, 8, 8, '令和５年度の実施状況');
      put(ws, 8, 9, ['実施区分']);
      let r = 9;
      for (const a of f.actions) {
        put(ws, r, 1, [a[0]]);
        merge(ws, r, 2, r, 3, a[1]);
        merge(ws, r, 4, r, 8, a[2]);
        put(ws, r, 9, [a[3]]);
        r++;
      }
      wrap(ws, 8, 1, r - 1, 9);
      r++;
      put(ws, r, 1, ['２　指標の状況']);
      const h = r + 1;
      merge(ws, h, 1, h + 1, 2, '指標名');
      merge(ws, h, 3, h + 1, 3, '単位');
      merge(ws, h, 4, h + 1, 4, '現状値\n（R1）');
      merge(ws, h, 5, h + 1, 5, '目標値\n（R8）');
      merge(ws, h, 6, h, 7, '実績値');
      put(ws, h + 1, 6, ['R4年度', 'R5年度']);
      merge(ws, h, 8, h + 1, 8, '担当課評価\n（A～D）');
      merge(ws, h, 9, h + 1, 9, '評価の理由');
      r = h + 2;
      for (const x of f.indicators) {
        merge(ws, r, 1, r, 2, x.name);
        put(ws, r, 3, [x.unit, x.base, x.target, x.r4, x.r5, x.grade, x.reason || undefined]);
        r++;
      }
      wrap(ws, h, 1, r - 1, 9);
      put(ws, r, 1, ['※担当課評価　A：順調（目標達成の見込み）　B：概ね順調　C：やや遅れている　D：遅れている']);
      put(ws, r + 2, 1, ['３　課題と今後の取組']);
      merge(ws, r + 3, 1, r + 5, 9, f.issues);
      wrap(ws, r + 3, 1, r + 3, 1);
    }
  },
  expected: {
    file: 'h118-danjo-chosahyo.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) =>
      f.indicators.map((x) => {
        const e = ind(f.sheet, x.name, x.unit, x.target, x.r5, { existing: x.grade });
        e.targetSource = 'final';
        return e;
      }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 指標 sheet with formulas over a 審議会一覧.

const COUNCILS: [string, string, string, number, number, string?][] = [
  ['総合計画審議会', '企画政策課', '条例', 15, 6],
  ['男女共同参画審議会', '市民協働課', '条例', 12, 7],
  ['都市計画審議会', '都市計画課', '都市計画法・条例', 18, 4, '学識経験者・議員の充て職が多い'],
  ['防災会議', '危機管理課', '災害対策基本法・条例', 32, 5, '関係機関の長による充て職'],
  ['環境審議会', '環境政策課', '条例', 14, 5],
  ['地域福祉計画推進委員会', '福祉総務課', '要綱', 16, 8],
  ['国民健康保険運営協議会', '保険年金課', '国民健康保険法・条例', 10, 3],
  ['文化財保護審議会', '文化振興課', '条例', 8, 0, '女性委員なし'],
  ['多文化共生推進会議', '市民協働課', '要綱', 11, 5],
  ['人権施策推進審議会', '人権推進課', '条例', 10, 4],
  ['行政改革推進委員会', '行政経営課', '要綱', 9, 3],
];

const ratio = (w: number, n: number) => round1((w / n) * 100);
const members = COUNCILS.reduce((a, c) => a + c[3], 0);
const women = COUNCILS.reduce((a, c) => a + c[4], 0);
const councilRatio = ratio(women, members);
const atForty = round1((COUNCILS.filter((c) => ratio(c[4], c[3]) >= 40).length / COUNCILS.length) * 100);
const noWomen = COUNCILS.filter((c) => c[4] === 0).length;

const SHINGIKAI: Holdout2Workbook = {
  name: 'h118-shingikai',
  layout:
    'outside: a 指標 sheet 番号｜指標｜単位｜基準値（R2）｜目標値（R7）｜令和５年度実績｜達成率（％）｜算出方法・備考 whose 審議会 actuals are formulas (ROUND, COUNTIF) over a second sheet 審議会一覧 (委員総数｜うち女性｜女性比率 ROUND formula, a 合計 row), a 女性委員のいない審議会等の数 to bring to 0, a 「－」 biennial survey',
  build(wb) {
    const ws = wb.addWorksheet('指標');
    const list = wb.addWorksheet('審議会一覧');
    // 審議会一覧
    widths(list, [5, 26, 13, 20, 10, 10, 10, 28]);
    merge(list, 1, 1, 1, 8, '審議会等委員の女性登用状況一覧（令和６年３月31日現在）');
    list.getCell(1, 1).font = { bold: true, size: 13 };
    merge(list, 2, 1, 2, 8, '（地方自治法第202条の3に基づく附属機関及びこれに準ずる協議会等）');
    put(list, 3, 1, ['No.', '審議会等の名称', '所管課', '設置根拠', '委員総数\n（人）', 'うち女性\n（人）', '女性比率\n（％）', '備考']);
    COUNCILS.forEach((c, i) => {
      const r = 4 + i;
      put(list, r, 1, [i + 1, c[0], c[1], c[2], c[3], c[4]]);
      list.getCell(r, 7).value = { formula: `ROUND(F${r}/E${r}*100,1)`, result: ratio(c[4], c[3]) };
      list.getCell(r, 7).numFmt = '0.0';
      if (c[5]) list.getCell(r, 8).value = c[5];
    });
    const t = 4 + COUNCILS.length;
    const last = t - 1;
    merge(list, t, 1, t, 4, '合計');
    list.getCell(t, 5).value = { formula: `SUM(E4:E${last})`, result: members };
    list.getCell(t, 6).value = { formula: `SUM(F4:F${last})`, result: women };
    list.getCell(t, 7).value = { formula: `ROUND(F${t}/E${t}*100,1)`, result: councilRatio };
    list.getCell(t, 7).numFmt = '0.0';
    wrap(list, 3, 1, 3, 8);
    put(list, t + 2, 1, ['※女性比率は小数点以下第2位を四捨五入。プランの成果指標は「指標」シートを参照。']);

    // 指標
    widths(ws, [6, 38, 8, 11, 11, 12, 11, 36]);
    merge(ws, 1, 1, 1, 8, '第３次男女共同参画プラン　政策・方針決定過程への女性の参画に関する指標');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['令和５年度実績（令和６年３月31日現在）']);
    put(ws, 2, 8, ['市民協働課　男女共同参画推進係']);
    put(ws, 4, 1, ['番号', '指標', '単位', '基準値\n（R2）', '目標値\n（R7）', '令和５年度\n実績', '達成率\n（％）', '算出方法・備考']);
    const L = "'審議会一覧'";
    const rows: [string, string, number, number, { formula: string; result: number } | number | string, string][] = [
      ['審議会等における女性委員の割合', '％', 29.8, 40.0, { formula: `${L}!G${t}`, result: councilRatio }, '女性委員数÷委員総数（審議会一覧の合計）'],
      [
        '女性委員の割合が40％以上の審議会等の割合',
        '％',
        36.4,
        60.0,
        { formula: `ROUND(COUNTIF(${L}!G4:G${last},">=40")/COUNT(${L}!G4:G${last})*100,1)`, result: atForty },
        '女性比率40％以上の審議会等数÷審議会等数',
      ],
      ['女性委員のいない審議会等の数', '審議会', 2, 0, { formula: `COUNTIF(${L}!F4:F${last},0)`, result: noWomen }, '0を目指す（減少）'],
      ['市職員の係長級以上に占める女性の割合', '％', 24.1, 30.0, 27.4, '人事課調べ（令和6年3月31日現在）'],
      ['市内事業所の管理職に占める女性の割合', '％', 14.2, 20.0, '－', '事業所実態調査（隔年実施）。次回は令和6年度に実施'],
      ['自治会長に占める女性の割合', '％', 3.1, 10.0, 4.6, '自治会長259人中、女性12人（自治会連合会調べ）'],
    ];
    rows.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, x[0], x[1], x[2], x[3]]);
      ws.getCell(r, 6).value = x[4];
      const a = typeof x[4] === 'object' ? x[4].result : x[4];
      if (typeof a === 'number' && x[3] !== 0) ws.getCell(r, 7).value = { formula: `ROUND(F${r}/E${r}*100,1)`, result: round1((a / x[3]) * 100) };
      else ws.getCell(r, 7).value = '－';
      ws.getCell(r, 8).value = x[5];
    });
    wrap(ws, 4, 1, 4 + rows.length, 8);
    put(ws, 6 + rows.length, 1, ['※達成率＝実績÷目標値。番号3は目標値が0のため算出しない。']);
  },
  expected: {
    file: 'h118-shingikai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標', '審議会等における女性委員の割合', '％', 40, councilRatio),
      ind('指標', '女性委員の割合が40％以上の審議会等の割合', '％', 60, atForty),
      ind('指標', '女性委員のいない審議会等の数', '審議会', 0, noWomen, { direction: 'down' }),
      ind('指標', '市職員の係長級以上に占める女性の割合', '％', 30, 27.4),
      ind('指標', '市内事業所の管理職に占める女性の割合', '％', 20, null, { actualStatus: 'not-applicable' }),
      ind('指標', '自治会長に占める女性の割合', '％', 10, 4.6),
    ].map((e) => ({ ...e, targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 市民意識調査: 全体｜男性｜女性 per survey.

type Three = [number, number, number] | null;
const SURVEY: { name: string; before: Three; now: [number, number, number]; target: number; down?: boolean; note?: string }[] = [
  {
    name: '「男は仕事、女は家庭」という考え方に反対する人の割合',
    before: [62.1, 55.0, 68.3],
    now: [68.4, 61.9, 74.0],
    target: 75.0,
    note: '「反対」「どちらかといえば反対」の合計',
  },
  { name: '社会全体で男女の地位が平等になっていると感じる人の割合', before: [15.2, 21.7, 10.4], now: [17.9, 24.6, 12.3], target: 30.0 },
  { name: '家庭生活で男女の地位が平等になっていると感じる人の割合', before: [28.4, 35.1, 23.0], now: [31.5, 38.2, 26.0], target: 40.0 },
  {
    name: '「ワーク・ライフ・バランス」という言葉の認知度',
    before: [48.7, 50.2, 47.5],
    now: [63.2, 65.1, 61.6],
    target: 60.0,
    note: '「内容まで知っている」「聞いたことがある」の合計',
  },
  { name: 'DVの相談窓口を知っている人の割合', before: [41.0, 36.5, 44.8], now: [45.3, 40.2, 49.8], target: 60.0 },
  {
    name: '配偶者等から暴力を受けたことがある人の割合',
    before: [14.8, 7.2, 20.6],
    now: [13.1, 6.9, 18.4],
    target: 10.0,
    down: true,
    note: '身体的・精神的・経済的・性的暴力のいずれか',
  },
  { name: '「性的少数者（LGBTQ等）」という言葉を知っている人の割合', before: null, now: [81.6, 79.0, 83.7], target: 90.0, note: '前回調査では設問なし' },
  { name: '男性が育児休業を取得することに賛成する人の割合', before: [52.3, 47.9, 55.8], now: [70.5, 66.1, 74.2], target: 70.0 },
];

const ISHIKI: Holdout2Workbook = {
  name: 'h118-ishiki-chosa',
  layout:
    'outside: 市民意識調査 成果指標, two-row heading 前回調査（令和元年度）｜今回調査（令和５年度） each over 全体｜男性｜女性, then 目標値（令和８年度）, 目指す方向 ↑／↓, 「（単位：％）」 above the table, a new question with 「－」 last time, and a 回答者の属性 sheet',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 46, 8, 8, 8, 8, 8, 8, 11, 8, 28]);
    merge(ws, 1, 1, 1, 11, '男女共同参画に関する市民意識調査　プラン成果指標の推移');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(
      ws,
      2,
      1,
      2,
      11,
      '令和５年度調査（令和５年10月実施、市内在住の18歳以上3,000人を無作為抽出、回答者数1,124人（男性468人、女性629人、その他・無回答27人））',
    );
    put(ws, 3, 11, ['（単位：％）']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標（設問）');
    merge(ws, 4, 3, 4, 5, '前回調査（令和元年度）');
    merge(ws, 4, 6, 4, 8, '今回調査（令和５年度）');
    put(ws, 5, 3, ['全体', '男性', '女性', '全体', '男性', '女性']);
    merge(ws, 4, 9, 5, 9, '目標値\n（令和８年度）');
    merge(ws, 4, 10, 5, 10, '目指す\n方向');
    merge(ws, 4, 11, 5, 11, '備考');
    SURVEY.forEach((q, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, q.name, ...(q.before ?? ['－', '－', '－']), ...q.now, q.target, q.down ? '↓' : '↑', q.note]);
      for (let c = 3; c <= 9; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0';
    });
    wrap(ws, 4, 1, 5 + SURVEY.length, 11);
    const e = 7 + SURVEY.length;
    put(ws, e, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, e + 1, 1, ['※目標値は全体の値に対するもの。男性・女性の内訳は参考。']);

    const at = wb.addWorksheet('回答者の属性');
    widths(at, [14, 10, 10, 10, 10]);
    put(at, 1, 1, ['回答者の属性（令和５年度調査）']);
    put(at, 3, 1, ['年代', '男性', '女性', 'その他・無回答', '計']);
    const ages: [string, number, number, number][] = [
      ['18～29歳', 41, 62, 4],
      ['30歳代', 58, 88, 3],
      ['40歳代', 72, 101, 5],
      ['50歳代', 80, 112, 4],
      ['60歳代', 97, 126, 3],
      ['70歳以上', 120, 140, 8],
    ];
    ages.forEach((a, i) => {
      put(at, 4 + i, 1, [...a]);
      at.getCell(4 + i, 5).value = { formula: `SUM(B${4 + i}:D${4 + i})`, result: a[1] + a[2] + a[3] };
    });
    put(at, 10, 1, ['計', 468, 629, 27, 1124]);
  },
  expected: {
    file: 'h118-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: SURVEY.map((q) => {
      const e = ind('成果指標', q.name, '%', q.target, q.now[0], { direction: q.down ? 'down' : 'up' });
      e.targetSource = 'final';
      return e;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 多文化共生推進事業 四半期別実績.

const QUARTERS: { name: string; unit: string; target: number; q: (number | string)[]; year?: number; grade: string; note?: string }[] = [
  { name: '外国人総合相談窓口の相談件数', unit: '件', target: 1200, q: [284, 331, 297, 352], grade: 'A', note: '言語別内訳は別シート' },
  { name: '通訳・翻訳対応件数', unit: '件', target: 500, q: [96, 118, 102, 121], grade: 'B' },
  { name: '日本語教室の延べ参加者数', unit: '人', target: 2400, q: [512, 588, 547, 493], grade: 'B' },
  { name: 'やさしい日本語講座の受講者数', unit: '人', target: 150, q: [0, 42, 35, 20], grade: 'C', note: '市民向け2回、職員向け3回' },
  { name: '多言語生活ガイドブックの配布数', unit: '部', target: 1000, q: [310, 205, 180, 260], grade: 'A', note: '転入時に窓口で配布' },
  { name: '外国人住民向け防災訓練の参加者数', unit: '人', target: 80, q: ['－', '－', 54, '－'], grade: 'C', note: '10月に1回実施' },
  { name: '多言語ホームページの閲覧数', unit: '千件', target: 120, q: [28.4, 31.2, 27.9, 30.6], grade: 'A' },
  {
    name: '相談者の満足度',
    unit: '％',
    target: 90.0,
    q: [88.0, 91.5, 90.2, 92.4],
    year: 90.6,
    grade: 'A',
    note: '相談者アンケートで「満足」「やや満足」の割合。年間は年間の回答者数で算出',
  },
];

const yearOf = (x: (typeof QUARTERS)[number]) => x.year ?? round1(x.q.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0));

const SHIHANKI: Holdout2Workbook = {
  name: 'h118-tabunka-shihanki',
  layout:
    'outside: 多文化共生推進事業 四半期別実績（年間まとめ）, 年間目標 then 第1〜第4四半期（4～6月…）, a 年間実績 SUM formula (a typed annual rate for 満足度), 達成率 formula, 評価 A–D with its bands, 「－」 quarters, 千件 unit, and a 言語別相談件数 sheet',
  build(wb) {
    const ws = wb.addWorksheet('年間実績');
    widths(ws, [5, 34, 7, 10, 11, 11, 11, 11, 10, 9, 7, 34]);
    merge(ws, 1, 1, 1, 12, '令和６年度　多文化共生推進事業　四半期別実績（年間まとめ）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 9, ['国際交流課　令和７年４月15日作成']);
    put(ws, 4, 1, [
      'No.',
      '事業・指標',
      '単位',
      '年間目標',
      '第1四半期\n（4～6月）',
      '第2四半期\n（7～9月）',
      '第3四半期\n（10～12月）',
      '第4四半期\n（1～3月）',
      '年間実績',
      '達成率\n（％）',
      '評価',
      '備考',
    ]);
    QUARTERS.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.target, ...x.q]);
      const y = yearOf(x);
      ws.getCell(r, 9).value = x.year !== undefined ? x.year : { formula: `SUM(E${r}:H${r})`, result: y };
      ws.getCell(r, 10).value = { formula: `ROUND(I${r}/D${r}*100,1)`, result: round1((y / x.target) * 100) };
      put(ws, r, 11, [x.grade, x.note]);
    });
    wrap(ws, 4, 1, 4 + QUARTERS.length, 12);
    const e = 6 + QUARTERS.length;
    put(ws, e, 1, ['※評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, e + 1, 1, ['※「－」は当該四半期に事業を実施していないもの']);

    const lang = wb.addWorksheet('言語別相談件数');
    widths(lang, [16, 10, 10, 10, 10, 10]);
    put(lang, 1, 1, ['外国人総合相談窓口　言語別相談件数（令和６年度）']);
    put(lang, 3, 1, ['言語', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '計']);
    const rows: [string, number, number, number, number][] = [
      ['ベトナム語', 98, 112, 101, 121],
      ['中国語', 61, 70, 63, 74],
      ['英語', 38, 45, 40, 47],
      ['ネパール語', 31, 39, 35, 43],
      ['フィリピノ語', 24, 27, 25, 30],
      ['ポルトガル語', 12, 14, 13, 15],
      ['インドネシア語', 11, 13, 12, 12],
      ['その他', 9, 11, 8, 10],
    ];
    rows.forEach((x, i) => {
      put(lang, 4 + i, 1, [...x]);
      lang.getCell(4 + i, 6).value = { formula: `SUM(B${4 + i}:E${4 + i})`, result: x[1] + x[2] + x[3] + x[4] };
    });
    const t = 4 + rows.length;
    put(lang, t, 1, ['合計']);
    for (let c = 2; c <= 6; c++) {
      const col = String.fromCharCode(64 + c);
      lang.getCell(t, c).value = {
        formula: `SUM(${col}4:${col}${t - 1})`,
        result: rows.reduce((a, x) => a + (c < 6 ? (x[c - 1] as number) : x[1] + x[2] + x[3] + x[4]), 0),
      };
    }
  },
  expected: {
    file: 'h118-tabunka-shihanki.xlsx',
    fiscalYear: 2024,
    indicators: QUARTERS.map((x): ExpectedIndicator => ind('年間実績', x.name, x.unit, x.target, yearOf(x), { existing: x.grade })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [CHOSAHYO, SHINGIKAI, ISHIKI, SHIHANKI];
