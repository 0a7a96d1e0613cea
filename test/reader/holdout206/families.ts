/** Hold-out 206, the four known families as a 地域交通・買い物支援 office writes them. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// A: 施策評価シート, indicator blocks stacked, 実績値 / 期待値 per year, 目指す方向, 施策の達成状況 cell left for the rating.
const A_SHEET = '5-3';
const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '移動販売車の巡回拠点数', 'か所', 48, 52),
  ind(A_SHEET, 'デマンド型乗合交通の年間利用者数', '人', 21000, 18240),
  ind(A_SHEET, '日常の買い物に不便を感じている高齢者の割合', '％', 22.0, 24.5, { direction: 'down' }),
  ind(A_SHEET, '運転免許自主返納者タクシー利用助成の利用件数', '件', 3600, 2050),
  ind(A_SHEET, '地域住民による買い物支援活動団体数', '団体', 12, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h206-a-kaimono-shisaku',
  layout: 'policy sheet, five indicator blocks stacked one under another, 目指す方向 ↑/↓ per block, R6 columns empty, one R5 actual 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 22, 10, 10, 10, 10, 10, 10, 10, 12, 16]);
    merge(ws, 1, 1, 1, 11, '第２次〇〇市総合計画　令和６年度 施策評価シート（評価対象年度：令和５年度）');
    put(ws, 3, 1, ['政策']);
    merge(ws, 3, 2, 3, 6, '5　誰もが安心して暮らし続けられる生活基盤づくり');
    merge(ws, 3, 7, 3, 8, '施策の達成状況');
    put(ws, 3, 10, ['（B）']);
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 6, '5-3　買い物弱者対策と生活交通の確保');
    merge(ws, 4, 7, 4, 8, '評価区分');
    merge(ws, 4, 9, 4, 11, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    put(ws, 5, 1, ['担当課']);
    merge(ws, 5, 2, 5, 6, '地域交通政策課（主）、商工観光課、高齢福祉課');
    merge(ws, 6, 1, 6, 11, '※施策の達成状況欄の（　）内は前年度の評価結果です。');
    box(ws, 3, 1, 5, 11);
    const blocks: [string, string, string, string, string, (number | string | null)[], (number | string | null)[], string][] = [
      [
        '指標①',
        '移動販売車の巡回拠点数',
        '市が運行を支援する移動販売車が定期的に立ち寄る拠点（集会所・店舗跡等）の数',
        'か所',
        '↑',
        [31, 38, 44, 52, null, null],
        [null, 36, 42, 48, 54, 60],
        '',
      ],
      [
        '指標②',
        'デマンド型乗合交通の年間利用者数',
        '市内４エリアで運行するデマンド型乗合交通の延べ利用者数（4月～3月）',
        '人',
        '↑',
        [14820, 15930, 17105, 18240, null, null],
        [null, 17000, 19000, 21000, 23000, 25000],
        '予約の取れない時間帯あり',
      ],
      [
        '指標③',
        '日常の買い物に不便を感じている高齢者の割合',
        '高齢者福祉アンケートで「不便」「やや不便」と回答した65歳以上の割合',
        '％',
        '↓',
        [27.3, 26.8, 25.1, 24.5, null, null],
        [null, 26.0, 24.0, 22.0, 20.0, 18.0],
        '数値が低いほど良い',
      ],
      [
        '指標④',
        '運転免許自主返納者タクシー利用助成の利用件数',
        '免許返納者に交付したタクシー利用券の利用件数（年度）',
        '件',
        '↑',
        [1210, 1486, 1733, 2050, null, null],
        [null, 2400, 3000, 3600, 4200, 4800],
        '',
      ],
      [
        '指標⑤',
        '地域住民による買い物支援活動団体数',
        '買い物送迎・買い物代行に取り組む自治会・NPO等の数（各年度末）',
        '団体',
        '↑',
        [5, 6, 8, '集計中', null, null],
        [null, 8, 10, 12, 14, 16],
        'R5は社協調査の集計中',
      ],
    ];
    let r = 8;
    for (const [no, name, desc, unit, dir, actuals, expects, note] of blocks) {
      put(ws, r, 1, [no]);
      merge(ws, r, 2, r, 5, name);
      put(ws, r, 6, ['単位', unit]);
      put(ws, r, 8, ['目指す方向', dir]);
      merge(ws, r, 10, r, 11, '備考');
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 9, desc);
      merge(ws, r + 1, 10, r + 4, 11, note || undefined);
      put(ws, r + 2, 2, [undefined, 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）']);
      put(ws, r + 3, 2, ['実績値', ...actuals]);
      put(ws, r + 4, 2, ['期待値\n※R7は目標値', ...expects]);
      wrap(ws, r + 2, 2, r + 4, 8);
      box(ws, r, 1, r + 4, 11);
      r += 6;
    }
    merge(ws, r, 1, r, 11, '達成状況の分析：移動販売の拠点は計画を上回ったが、デマンド交通は運転手不足により便数を増やせず期待値を下回った。');
  },
  expected: {
    file: 'h206-a-kaimono-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'I3', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

// B: 事業実績 table, targets and actuals as text, two measures in one cell, 未実施.
const B_SHEET = '事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h206-b-kaimono-jigyo',
  layout: 'project table, code + name + 【概要】 in one cell, targets/actuals as text with label and unit, two measures in one cell, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 42, 18, 8, 22, 22, 40, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　買い物支援・生活交通関係事業 実績一覧（資料２）');
    put(ws, 2, 7, ['担当：地域交通政策課・商工観光課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '令和5年度事業実施状況・成果・課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '3-2-1 移動販売車運行支援事業費補助金\n【概要】中山間地域を巡回する移動販売事業者に対し、車両購入費及び運行経費の一部を助成する。',
        '補助対象車両数 5台',
        'A',
        '補助対象車両数 6台',
        '補助対象車両数 7台',
        '新たに2事業者が参入し、北部・東部の空白集落を巡回ルートに追加した。',
        '拡充',
      ],
      [
        2,
        '3-2-2 買い物支援バス運行事業\n【概要】週2回、郊外団地と市街地のスーパーを結ぶ買い物支援バスを運行する。',
        '延べ利用者数 3,540人',
        'B',
        '延べ利用者数 4,800人',
        '延べ利用者数 3,912人',
        '利用は回復傾向にあるが、冬期の減便により目標に届かなかった。',
        '継続',
      ],
      [
        3,
        '3-2-3 ネットスーパー・宅配利用助成事業\n【概要】75歳以上の単身・夫婦世帯が宅配サービスを利用する際の配送料を助成する。',
        '助成件数 512件',
        'B',
        '助成件数 1,200件',
        '助成件数 684件',
        '周知不足のため申請が伸びず。民生委員を通じた案内を予定。',
        '見直し',
      ],
      [
        4,
        '3-2-4 買い物弱者実態調査事業\n【概要】買い物環境に関する地区別の実態調査を行い、支援策の検討資料とする。',
        '－',
        'D',
        '調査実施 1回',
        '未実施',
        '調査設計を見直したため、令和6年度に実施を延期した。',
        '継続',
      ],
      [
        5,
        '3-2-5 地域交通サポーター養成事業\n【概要】自家用有償旅客運送の運転ボランティアを養成する講座を開催する。',
        '養成講座 2回\n受講者 33人',
        'B',
        '養成講座 3回\n受講者 60人',
        '養成講座 3回\n受講者 41人',
        '受講者のうち18人が運転ボランティアに登録した。',
        '継続',
      ],
      [
        6,
        '3-2-6 高齢者おでかけ支援乗車券交付事業\n【概要】70歳以上の市民にバス・デマンド交通で使える乗車券を交付する。',
        '交付者数 2,310人',
        'A',
        '交付者数 2,400人',
        '交付者数 2,615人',
        '免許返納者への案内を強化し、交付者が増加した。',
        '継続',
      ],
      [
        7,
        '3-2-7 空き店舗活用生活必需品店舗出店支援事業\n【概要】食料品・日用品を扱う店舗が空き店舗に出店する際の改装費を助成する。',
        '出店支援 2件',
        'B',
        '出店支援 4件',
        '出店支援 3件',
        '1件は令和6年度へ繰越。',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：一部達成　D：未達成・未実施']);
  },
  expected: {
    file: 'h206-b-kaimono-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '移動販売車運行支援事業費補助金', '台', 6, 7, { existing: 'A' }),
      ind(B_SHEET, '買い物支援バス運行事業', '人', 4800, 3912, { existing: 'B' }),
      ind(B_SHEET, 'ネットスーパー・宅配利用助成事業', '件', 1200, 684, { existing: 'B' }),
      ind(B_SHEET, '買い物弱者実態調査事業', '回', 1, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '地域交通サポーター養成事業',
        measures: [
          { label: '養成講座', target: 3, actual: 3, unit: '回' },
          { label: '受講者', target: 60, actual: 41, unit: '人' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '高齢者おでかけ支援乗車券交付事業', '人', 2400, 2615, { existing: 'A' }),
      ind(B_SHEET, '空き店舗活用生活必需品店舗出店支援事業', '件', 4, 3, { existing: 'B' }),
    ],
    groups: [],
  },
};

// C: KPI × period columns (令和4年3月末 … 令和7年3月末), 目標値 and 実績値 rows, values with units, "-" where no target.
const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h206-c-kotsu-kpi',
  layout: 'KPI table, 目標値 / 実績値 row pair per KPI under period columns 令和4年3月末…令和7年3月末, values as "900 人", "-" target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 8, 14, 14, 14, 14, 26]);
    merge(ws, 1, 1, 1, 7, '地域再生計画「移動販売と生活交通の一体的な確保による中山間地域の暮らし再生計画」　重要業績評価指標（KPI）の達成状況');
    put(ws, 2, 1, ['評価時点：令和6年3月末（令和6年5月 効果検証会議資料）']);
    put(ws, 4, 1, ['KPI', '', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string[], string[], string][] = [
      ['移動販売の利用登録者数', ['500 人', '700 人', '900 人', '1,100 人'], ['566 人', '812 人', '1,024 人', ''], ''],
      ['コミュニティバスの年間利用者数', ['48,000 人', '50,000 人', '52,000 人', '54,000 人'], ['43,115 人', '45,902 人', '47,380 人', ''], '年度の延べ人数'],
      ['買い物支援拠点（ミニ店舗）の設置数', ['1 か所', '3 か所', '5 か所', '6 か所'], ['1 か所', '2 か所', '3 か所', ''], ''],
      ['乗合タクシー利用登録者数', ['900 人', '1,200 人', '1,500 人', '1,800 人'], ['874 人', '1,090 人', '1,212 人', ''], ''],
      ['移動販売事業者との見守り連携協定数', ['-', '-', '-', '-'], ['0 社', '1 社', '2 社', ''], '目標は設定していない'],
      ['交通空白地区の解消地区数', ['1 地区', '2 地区', '4 地区', '5 地区'], ['1 地区', '3 地区', '4 地区', ''], '累計'],
    ];
    let r = 5;
    for (const [name, targets, actuals, note] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals.map((a) => a || undefined)]);
      merge(ws, r, 7, r + 1, 7, note || undefined);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 7);
    put(ws, r + 1, 1, ['※実績値は各年3月末日現在（利用者数は当該年度の累計）。']);
  },
  expected: {
    file: 'h206-c-kotsu-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '移動販売の利用登録者数', '人', 900, 1024),
      ind(C_SHEET, 'コミュニティバスの年間利用者数', '人', 52000, 47380),
      ind(C_SHEET, '買い物支援拠点（ミニ店舗）の設置数', 'か所', 5, 3),
      ind(C_SHEET, '乗合タクシー利用登録者数', '人', 1500, 1212),
      ind(C_SHEET, '移動販売事業者との見守り連携協定数', '社', null, 2),
      ind(C_SHEET, '交通空白地区の解消地区数', '地区', 4, 4),
    ],
    groups: [],
  },
};

// D: plan indicators, 現況（計画策定時） with its year in the cell, 目標（R8）, 実績 with its year, 現状把握の方法.
const D_SHEET = '計画の指標';
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const planTable: Holdout2Workbook = {
  name: 'h206-d-kotsu-keikaku',
  layout: 'plan indicators, 現況 and 実績 with the year in the cell, one final 目標（R8）, a lower-is-better indicator said in 指標の説明, 調査中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [4, 30, 36, 8, 14, 12, 14, 26]);
    merge(ws, 1, 1, 1, 8, '〇〇市地域公共交通計画（令和4年度～令和8年度）　点検評価一覧（令和5年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '路線バス・デマンド交通の年間利用者数',
        '市内路線バス（市負担路線）とデマンド交通の延べ利用者数',
        '千人',
        '812\n（令和3年度）',
        850,
        '798\n（令和5年度）',
        '運行事業者の実績報告',
      ],
      [
        2,
        '移動販売・宅配サービスのカバー率',
        '移動販売の巡回拠点又は宅配サービスの配達圏内に住む高齢者世帯の割合',
        '％',
        '62.0\n（令和3年度）',
        80.0,
        '71.5\n（令和5年度）',
        '事業者ルート図と住民基本台帳による推計',
      ],
      [
        3,
        '公共交通に満足している市民の割合',
        '市民意識調査で「満足」「やや満足」と答えた市民の割合',
        '％',
        '31.4\n（令和3年度）',
        40.0,
        '42.3\n（令和5年度）',
        '市民意識調査',
      ],
      [
        4,
        '交通空白地域に居住する人口',
        'バス停・デマンド乗降場所から500m圏外に住む人口（減少を目指す指標）',
        '人',
        '3,420\n（令和3年度）',
        2500,
        '2,980\n（令和5年度）',
        'GISによる圏域分析',
      ],
      [
        5,
        '市民1人当たりの公共交通利用回数',
        '年間利用者数を人口で割った回数',
        '回',
        '8.6\n（令和3年度）',
        9.5,
        '7.4\n（令和5年度）',
        '利用者数÷住民基本台帳人口',
      ],
      [6, '買い物支援協力店舗数', '配達・送迎・移動販売に協力する市内小売店の数', '店舗', '18\n（令和3年度）', 30, '調査中', '商工会議所・商工会への照会'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 2, ['※実績欄の（　）は把握時点。目標はいずれも計画最終年度（令和8年度）の値。']);
  },
  expected: {
    file: 'h206-d-kotsu-keikaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D_SHEET, '路線バス・デマンド交通の年間利用者数', '千人', 850, 798)),
      fin(ind(D_SHEET, '移動販売・宅配サービスのカバー率', '％', 80.0, 71.5)),
      fin(ind(D_SHEET, '公共交通に満足している市民の割合', '％', 40.0, 42.3)),
      fin(ind(D_SHEET, '交通空白地域に居住する人口', '人', 2500, 2980, { direction: 'down' })),
      fin(ind(D_SHEET, '市民1人当たりの公共交通利用回数', '回', 9.5, 7.4)),
      fin(ind(D_SHEET, '買い物支援協力店舗数', '店舗', 30, null, { actualStatus: 'pending' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
