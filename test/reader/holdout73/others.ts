/** Hold-out 73, part 3: workbooks outside the four families, built with Excel features (a sheet 2015–2030 across with year headings as numbers under a "年度" format and frozen panes, protected one-project-per-sheet forms with notes on figures, a KPI actual that is a formula on a 集計 sheet beside text figures whose 達成率 formulas cached #VALUE!, 把握時点 dates as serials beside ◎○△× marks). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { fx, num } from './policy';

const colName = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : colName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

// ---------------------------------------------------------------------------------------------------------------------
const W1 = '進捗管理';
const YEARS = Array.from({ length: 16 }, (_, i) => 2015 + i);
const wideRows: { name: string; unit: string; dir: '増加' | '減少'; fmt: string; targets: number[]; actuals: number[] }[] = [
  {
    name: '市域の温室効果ガス排出量',
    unit: '千t-CO2',
    dir: '減少',
    fmt: '#,##0',
    targets: Array.from({ length: 11 }, (_, i) => 1020 - 22 * i),
    actuals: [1120, 1105, 1090, 1078, 1060, 1041, 1030, 1002, 968],
  },
  {
    name: '再生可能エネルギーの導入容量',
    unit: 'kW',
    dir: '増加',
    fmt: '#,##0',
    targets: Array.from({ length: 11 }, (_, i) => 8000 + 1000 * i),
    actuals: [3200, 4100, 5000, 5900, 6800, 7700, 9100, 10400, 11650],
  },
  {
    name: '路線バスの利用者数',
    unit: '千人',
    dir: '増加',
    fmt: '#,##0',
    targets: [2400, 2400, 2450, 2500, 2550, 2600, 2650, 2700, 2750, 2800, 2850],
    actuals: [2610, 2590, 2570, 2550, 2530, 1820, 1910, 2080, 2190],
  },
  {
    name: '市民1人当たりの都市公園面積',
    unit: '㎡',
    dir: '増加',
    fmt: '0.0',
    targets: [10.0, 10.2, 10.4, 10.6, 10.8, 11.0, 11.2, 11.4, 11.6, 11.8, 12.0],
    actuals: [9.1, 9.2, 9.4, 9.5, 9.6, 9.8, 9.9, 10.0, 10.1],
  },
  {
    name: '環境保全活動への参加者数',
    unit: '人',
    dir: '増加',
    fmt: '#,##0',
    targets: Array.from({ length: 11 }, (_, i) => 5000 + 200 * i),
    actuals: [4800, 5100, 5300, 5250, 5400, 1200, 2300, 3900, 4200],
  },
];
const wide: Holdout2Workbook = {
  name: 'h73-wide-years-2015-2030',
  layout:
    '環境基本計画の進捗管理表: 2015〜2030年度の16列（見出しは数値 2015 に表示形式 0"年度"）、目標は2020年度から毎年、実績は2015年度から、指標名・単位・方向を2行に結合、ウィンドウ枠の固定（D列・4行目まで）',
  build(wb) {
    const ws = wb.addWorksheet(W1);
    put(ws, 1, 1, ['第2次環境基本計画　成果指標 進捗管理表']);
    put(ws, 2, 1, ['評価対象年度：2023年度（令和5年度）', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '環境政策課']);
    put(ws, 4, 1, ['成果指標', '単位', '目指す方向', '区分']);
    YEARS.forEach((y, k) => num(ws, `${colName(5 + k)}4`, y, '0"年度"'));
    wideRows.forEach((r, i) => {
      const top = 5 + i * 2;
      put(ws, top, 1, [r.name, r.unit, r.dir, '目標']);
      put(ws, top + 1, 4, ['実績']);
      r.targets.forEach((v, k) => num(ws, `${colName(10 + k)}${top}`, v, r.fmt));
      r.actuals.forEach((v, k) => num(ws, `${colName(5 + k)}${top + 1}`, v, r.fmt));
      for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
    });
    put(ws, 16, 1, ['※目標は第2次計画（2020〜2030年度）の各年度の目標値。2019年度以前は第1次計画期間の実績。']);
    ws.views = [{ state: 'frozen', xSplit: 4, ySplit: 4 }];
    ws.getColumn(1).width = 30;
    for (let c = 5; c <= 20; c++) ws.getColumn(c).width = 10;
  },
  expected: {
    file: 'h73-wide-years-2015-2030.xlsx',
    fiscalYear: 2023,
    indicators: wideRows.map((r) => ind(W1, r.name, r.unit, r.targets[3], r.actuals[8], { direction: r.dir === '減少' ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
type FormRow = {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  fmt: string;
  r4: [number, number];
  r5: [number, number];
  r6: number;
  note?: string;
};
const forms: { sheet: string; project: string; section: string; purpose: string; rows: FormRow[] }[] = [
  {
    sheet: 'No.1',
    project: '防犯灯LED化事業',
    section: '防災安全課',
    purpose: '自治会管理の防犯灯をLED化し、夜間の安全と電気料金の削減を図る。',
    rows: [
      {
        kind: '活動指標',
        name: 'LED化した防犯灯の数',
        unit: '灯',
        fmt: '#,##0',
        r4: [400, 412],
        r5: [450, 455],
        r6: 450,
        note: '年度途中に自治会要望分 5灯を追加で実施。',
      },
      { kind: '成果指標', name: '防犯灯の明るさに満足している自治会の割合', unit: '％', fmt: '0.0', r4: [70.0, 68.5], r5: [75.0, 71.2], r6: 80.0 },
    ],
  },
  {
    sheet: 'No.2',
    project: '地域子育て支援拠点事業',
    section: 'こども家庭課',
    purpose: '子育てひろばを開設し、親子の交流と育児相談の場を提供する。',
    rows: [
      {
        kind: '活動指標',
        name: '子育てひろばの開設日数',
        unit: '日',
        fmt: '#,##0',
        r4: [290, 288],
        r5: [290, 286],
        r6: 290,
        note: '12月に施設改修のため4日間休館。',
      },
      { kind: '成果指標', name: '子育てひろばの延べ利用者数', unit: '人', fmt: '#,##0', r4: [17000, 16420], r5: [18000, 19450], r6: 19000 },
    ],
  },
  {
    sheet: 'No.3',
    project: '介護予防教室事業',
    section: '高齢福祉課',
    purpose: '高齢者の運動機能の維持・向上のため、地区ごとに介護予防教室を開催する。',
    rows: [
      {
        kind: '活動指標',
        name: '介護予防教室の開催回数',
        unit: '回',
        fmt: '#,##0',
        r4: [96, 90],
        r5: [96, 70],
        r6: 96,
        note: '講師の確保ができず、7月〜9月の26回を休止。',
      },
      { kind: '成果指標', name: '体力測定で改善がみられた参加者の割合', unit: '％', fmt: '0.0', r4: [55.0, 51.0], r5: [60.0, 52.3], r6: 60.0 },
    ],
  },
];
const protectedForms: Holdout2Workbook = {
  name: 'h73-protected-project-forms',
  layout:
    '事務事業評価シート（1事業1シート、3枚）: シート保護（入力セルだけロック解除）、活動指標・成果指標の目標/実績 × R4〜R6、指標名を2行に結合、実績にメモ（数字入り）、R6は目標だけ',
  build(wb) {
    for (const f of forms) {
      const ws = wb.addWorksheet(f.sheet);
      put(ws, 1, 1, ['令和5年度　事務事業評価シート']);
      put(ws, 3, 1, ['事業名', f.project]);
      put(ws, 4, 1, ['担当課', f.section]);
      put(ws, 5, 1, ['事業の目的', f.purpose]);
      for (const r of [3, 4, 5]) ws.mergeCells(`B${r}:G${r}`);
      put(ws, 7, 1, ['区分', '指標名', '単位', undefined, '令和4年度', '令和5年度', '令和6年度']);
      f.rows.forEach((r, i) => {
        const top = 8 + i * 2;
        put(ws, top, 1, [r.kind, r.name, r.unit, '目標']);
        put(ws, top + 1, 4, ['実績']);
        num(ws, `E${top}`, r.r4[0], r.fmt);
        num(ws, `E${top + 1}`, r.r4[1], r.fmt);
        num(ws, `F${top}`, r.r5[0], r.fmt);
        num(ws, `F${top + 1}`, r.r5[1], r.fmt);
        num(ws, `G${top}`, r.r6, r.fmt);
        for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
        for (const a of [`F${top + 1}`, `G${top + 1}`]) ws.getCell(a).protection = { locked: false };
        if (r.note) ws.getCell(`F${top + 1}`).note = r.note;
      });
      put(ws, 13, 1, ['今後の方向性', '継続']);
      put(ws, 14, 1, ['課題', '事業の周知と担い手の確保。']);
      ws.getColumn(2).width = 34;
      void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
    }
  },
  expected: {
    file: 'h73-protected-project-forms.xlsx',
    fiscalYear: 2023,
    indicators: forms.flatMap((f) => f.rows.map((r) => ind(f.sheet, r.name, r.unit, r.r5[0], r.r5[1]))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const K1 = 'KPI';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const MONTHLY: [number, number, number][] = [
  [12, 8, 2],
  [14, 9, 1],
  [11, 10, 3],
  [13, 7, 2],
  [9, 8, 1],
  [15, 11, 2],
  [14, 9, 3],
  [12, 8, 2],
  [10, 6, 1],
  [9, 7, 2],
  [11, 8, 2],
  [13, 9, 1],
];
const monthlyTotal = MONTHLY.reduce((s, m) => s + m[0] + m[1] + m[2], 0);
const aggregate: Holdout2Workbook = {
  name: 'h73-kpi-aggregate-sheet',
  layout:
    '地域福祉計画の KPI 実績: 相談件数の実績が「集計」シート（月別集計）の合計を参照する数式、％は小数で保存し 0.0% 表示、目標・実績が「 1,234 人 」のような空白入りの文字列で達成率の数式は #VALUE! をキャッシュ',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    const sum = wb.addWorksheet('集計');
    put(sum, 1, 1, ['生活困窮者自立相談　新規相談件数 月別集計（令和5年度）']);
    put(sum, 3, 1, ['月', '来所', '電話', '訪問', '計']);
    MONTHLY.forEach((m, i) => {
      put(sum, 4 + i, 1, [MONTHS[i], ...m]);
      sum.getCell(`E${4 + i}`).value = fx(`SUM(B${4 + i}:D${4 + i})`, m[0] + m[1] + m[2]);
    });
    put(sum, 16, 1, ['合計']);
    (['B', 'C', 'D'] as const).forEach(
      (c, k) =>
        (sum.getCell(`${c}16`).value = fx(
          `SUM(${c}4:${c}15)`,
          MONTHLY.reduce((s, m) => s + m[k], 0),
        )),
    );
    sum.getCell('E16').value = fx('SUM(E4:E15)', monthlyTotal);

    put(ws, 1, 1, ['令和5年度　第2期地域福祉計画　KPI 実績']);
    put(ws, 2, 7, ['社会福祉課']);
    put(ws, 4, 1, ['No.', 'KPI', '単位', '基準値（R1）', '令和5年度目標', '令和5年度実績', '達成率', '備考']);
    const rate = (row: number, t: number | null, a: number | null) =>
      num(ws, `G${row}`, t !== null && a !== null ? fx(`F${row}/E${row}`, a / t) : fx(`F${row}/E${row}`, { error: '#VALUE!' }), '0.0%');
    put(ws, 5, 1, [1, '生活困窮者自立相談の新規相談件数', '件', 210, 260]);
    num(ws, 'F5', fx('集計!E16', monthlyTotal), '#,##0');
    rate(5, 260, monthlyTotal);
    put(ws, 5, 8, ['月別の内訳は「集計」シート']);
    put(ws, 6, 1, [2, '自立支援プランの作成率', '％']);
    num(ws, 'D6', 0.35, '0.0%');
    num(ws, 'E6', 0.5, '0.0%');
    num(ws, 'F6', 0.462, '0.0%');
    rate(6, 0.5, 0.462);
    put(ws, 7, 1, [3, 'ボランティア登録者数', '人', '1,120', '\u3000 1,300 人', ' 1,234 人 ']);
    rate(7, null, null);
    put(ws, 8, 1, [4, '見守りネットワーク協力事業所数', '事業所', 85, 120, 118]);
    rate(8, 120, 118);
    put(ws, 9, 1, [5, '成年後見制度の利用相談件数', '件', 40, 60, ' ３８ 件']);
    rate(9, null, null);
    put(ws, 10, 1, [6, '福祉総合相談窓口の認知度', '％']);
    num(ws, 'D10', 0.284, '0.0%');
    num(ws, 'E10', 0.4, '0.0%');
    num(ws, 'F10', 0.331, '0.0%');
    rate(10, 0.4, 0.331);
    put(ws, 10, 8, ['市民意識調査（令和5年8月）']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h73-kpi-aggregate-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '生活困窮者自立相談の新規相談件数', '件', 260, monthlyTotal),
      ind(K1, '自立支援プランの作成率', '％', 50.0, 46.2),
      ind(K1, 'ボランティア登録者数', '人', 1300, 1234),
      ind(K1, '見守りネットワーク協力事業所数', '事業所', 120, 118),
      ind(K1, '成年後見制度の利用相談件数', '件', 60, 38),
      ind(K1, '福祉総合相談窓口の認知度', '％', 40.0, 33.1),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
const G1 = '進捗状況';
const planRows: {
  goal: string;
  name: string;
  unit: string;
  fmt: string;
  target: number;
  actual: number;
  at: [number, number, number];
  mark: string;
  note?: string;
}[] = [
  {
    goal: 'Ⅰ　あらゆる分野における女性の活躍',
    name: '審議会等委員に占める女性の割合',
    unit: '％',
    fmt: '0.0"%"',
    target: 35.0,
    actual: 32.5,
    at: [2024, 3, 31],
    mark: '○',
  },
  {
    goal: 'Ⅰ　あらゆる分野における女性の活躍',
    name: '市役所の管理職に占める女性の割合',
    unit: '％',
    fmt: '0.0"%"',
    target: 20.0,
    actual: 21.3,
    at: [2024, 3, 31],
    mark: '◎',
  },
  {
    goal: 'Ⅱ　男女共同参画の意識づくり',
    name: '男女共同参画セミナーの参加者数',
    unit: '人',
    fmt: '#,##0"人"',
    target: 300,
    actual: 174,
    at: [2024, 3, 31],
    mark: '×',
  },
  {
    goal: 'Ⅱ　男女共同参画の意識づくり',
    name: 'DV相談窓口の認知度',
    unit: '％',
    fmt: '0.0"%"',
    target: 60.0,
    actual: 47.8,
    at: [2023, 10, 1],
    mark: '△',
    note: '市民意識調査',
  },
  {
    goal: 'Ⅲ　働きやすい環境づくり',
    name: '女性のための就労支援講座の受講者数',
    unit: '人',
    fmt: '#,##0"人"',
    target: 80,
    actual: 86,
    at: [2024, 3, 31],
    mark: '◎',
  },
  { goal: 'Ⅲ　働きやすい環境づくり', name: '家族経営協定の締結数（累計）', unit: '件', fmt: '#,##0"件"', target: 45, actual: 41, at: [2024, 3, 31], mark: '○' },
];
const datesAndMarks: Holdout2Workbook = {
  name: 'h73-plan-dates-marks',
  layout:
    '男女共同参画プランの進捗状況: 基本目標のセルを2行に結合、把握時点は日付のシリアル値（yyyy/m/d）、数値は単位付きの表示形式（0.0"%"・#,##0"人"）、評価 ◎○△× と凡例、ウィンドウ枠の固定',
  build(wb) {
    const ws = wb.addWorksheet(G1);
    put(ws, 1, 1, ['第3次男女共同参画プラン　令和5年度 進捗状況']);
    put(ws, 2, 7, ['人権・男女共同参画課']);
    put(ws, 4, 1, ['基本目標', '指標', '単位', '令和5年度目標', '実績値', '把握時点', '評価', '備考']);
    planRows.forEach((r, i) => {
      const row = 5 + i;
      if (i % 2 === 0) put(ws, row, 1, [r.goal]);
      put(ws, row, 2, [r.name, r.unit]);
      num(ws, `D${row}`, r.target, r.fmt);
      num(ws, `E${row}`, r.actual, r.fmt);
      num(ws, `F${row}`, new Date(Date.UTC(r.at[0], r.at[1] - 1, r.at[2])), 'yyyy/m/d');
      put(ws, row, 7, [r.mark, r.note]);
    });
    for (const top of [5, 7, 9]) ws.mergeCells(`A${top}:A${top + 1}`);
    put(ws, 12, 1, ['評価　◎：目標達成　○：達成率80％以上　△：60％以上80％未満　×：60％未満']);
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 4 }];
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h73-plan-dates-marks.xlsx',
    fiscalYear: 2023,
    indicators: planRows.map((r) => ind(G1, r.name, r.unit, r.target, r.actual, { existing: r.mark })),
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [wide, protectedForms, aggregate, datesAndMarks];
