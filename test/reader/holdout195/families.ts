/** Hold-out 195, the four known families as a 自転車活用推進 / サイクルツーリズム / シェアサイクル office writes them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート, indicator blocks stacked down the sheet
const A_SHEET = '5-3';

interface Block {
  no: string;
  name: string;
  desc: string;
  dir: string;
  unit: string;
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '成果指標①',
    name: 'シェアサイクル年間利用回数',
    desc: '市シェアサイクル「まちチャリ」の年間（４月～３月）の延べ利用回数（運営事業者報告）',
    dir: '↑',
    unit: '回',
    actuals: [98540, 121300, 158760, 196420, null, null],
    expects: [null, 110000, 140000, 170000, 200000, 230000],
    note: 'R6.4に中心市街地へポート８か所を増設。観光シーズンの利用が好調。',
  },
  {
    no: '成果指標②',
    name: '通勤・通学で自転車を利用する市民の割合',
    desc: '市民意識調査で「通勤・通学に主に自転車を利用している」と回答した人の割合',
    dir: '↑',
    unit: '％',
    actuals: [7.4, '－', 7.9, 8.1, null, null],
    expects: [null, '－', '－', '－', '－', 12.0],
    note: '市民意識調査はR4未実施（隔年実施→R5から毎年実施）。期待値は設定せず最終目標値のみ。',
  },
  {
    no: '成果指標③',
    name: '自転車が関係する交通事故件数',
    desc: '市内で発生した自転車が関係する人身事故の件数（警察署資料）',
    dir: '↓',
    unit: '件',
    actuals: [268, 251, 244, 236, null, null],
    expects: [null, 255, 240, 225, 210, 200],
    note: '高校生の通学時の事故が全体の約３割を占める。',
  },
  {
    no: '成果指標④',
    name: '自転車通行空間の整備延長（累計）',
    desc: '矢羽根型路面表示・自転車専用通行帯等により整備した延長の累計',
    dir: '↑',
    unit: 'km',
    actuals: [18.2, 24.5, 31.0, 38.6, null, null],
    expects: [null, 24.0, 30.0, 40.0, 48.0, 55.0],
    note: '県道区間（2.1km）は県の工事工程によりR7へ繰越し。',
  },
  {
    no: '成果指標⑤',
    name: 'サイクルポート設置数',
    desc: 'シェアサイクルのサイクルポート（貸出・返却拠点）の設置か所数（年度末時点）',
    dir: '↑',
    unit: 'か所',
    actuals: [32, 41, 46, 49, null, null],
    expects: [null, 40, 50, 60, 70, 80],
    note: '民有地への設置協力が得られず、一部計画を見直し。',
  },
];

function drawBlock(ws: Worksheet, r: number, b: Block): void {
  put(ws, r, 1, [b.no]);
  merge(ws, r, 2, r, 5, b.name);
  put(ws, r, 6, ['指標の説明']);
  merge(ws, r, 7, r, 10, b.desc);
  put(ws, r, 11, ['目指す方向']);
  put(ws, r, 12, [b.dir === '↑' ? '↑（増やす）' : '↓（減らす）']);
  put(ws, r + 1, 1, ['単位', '', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7', 'R8']);
  put(ws, r + 2, 1, [b.unit, '実績値', ...b.actuals]);
  put(ws, r + 3, 1, [b.unit, '期待値\n※R8は目標値', ...b.expects]);
  put(ws, r + 4, 1, ['備　考']);
  merge(ws, r + 4, 2, r + 4, 12, b.note);
  box(ws, r, 1, r + 4, 12);
  wrap(ws, r, 1, r + 3, 12);
  ws.getRow(r).height = 36;
}

const aGrades = [
  ind(A_SHEET, 'シェアサイクル年間利用回数', '回', 170000, 196420),
  { ...ind(A_SHEET, '通勤・通学で自転車を利用する市民の割合', '％', 12.0, 8.1), targetSource: 'final' },
  ind(A_SHEET, '自転車が関係する交通事故件数', '件', 225, 236, { direction: 'down' }),
  ind(A_SHEET, '自転車通行空間の整備延長（累計）', 'km', 40.0, 38.6),
  ind(A_SHEET, 'サイクルポート設置数', 'か所', 60, 49),
];

const policySheet: Holdout2Workbook = {
  name: 'h195-shisaku-jitensha',
  layout: 'policy sheet, five indicator blocks stacked one under another, a 目指す方向 cell per block (one ↓), one 期待値 row of only "－" and the R8 目標値',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [11, 14, 10, 10, 10, 12, 10, 10, 10, 10, 11, 12]);
    merge(ws, 1, 1, 1, 12, '緑ヶ丘市総合計画後期基本計画　令和７年度施策評価シート　（評価対象：令和６年度）');
    put(ws, 3, 1, ['政策']);
    merge(ws, 3, 2, 3, 7, '5　環境と調和した持続可能なまちづくり');
    merge(ws, 3, 8, 3, 10, '施策の達成状況');
    put(ws, 3, 12, ['（B）']);
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 7, '5-3　自転車を活用したまちづくりの推進');
    merge(ws, 4, 8, 4, 12, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）内は前年度');
    put(ws, 5, 1, ['主管課']);
    merge(ws, 5, 2, 5, 7, '都市整備部 交通政策課（関係課：観光振興課、市民安全課）');
    box(ws, 3, 1, 5, 12);
    wrap(ws, 3, 1, 5, 12);
    put(ws, 7, 1, ['１　成果指標の状況']);
    A_BLOCKS.forEach((b, i) => drawBlock(ws, 8 + i * 6, b));
    const end = 8 + A_BLOCKS.length * 6;
    put(ws, end, 1, ['２　達成状況の分析']);
    merge(
      ws,
      end + 1,
      1,
      end + 3,
      12,
      '・シェアサイクルは利用回数が期待値を大きく上回ったが、ポート設置は用地確保が課題。\n・自転車通行空間は計画どおり整備が進んでいるが、県道区間の繰越しがあった。\n・自転車事故は減少傾向にあるものの期待値には届いていない。',
    );
    put(ws, end + 5, 1, ['※期待値：各年度の目標とする値。R8欄は計画の最終目標値。']);
  },
  expected: {
    file: 'h195-shisaku-jitensha.xlsx',
    fiscalYear: 2024,
    indicators: aGrades,
    groups: [{ sheet: A_SHEET, cell: 'K3', grade: rollUp(aGrades.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 table
const B_SHEET = '資料2 事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h195-jigyo-jisseki',
  layout: 'project table, targets and actuals as labelled text, a two-measure cell, 未実施, a 以下 target (lower is better), an R4 actual column',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 34, 16, 18, 18, 8, 30, 9, 14]);
    merge(ws, 1, 1, 1, 9, '令和５年度　緑ヶ丘市自転車活用推進計画　推進事業実績');
    put(ws, 2, 9, ['資料２']);
    put(ws, 3, 1, [
      'No.',
      '推進事業\n（事業名・概要）',
      'R4年度\n実績値',
      'R5年度\n数値目標',
      'R5年度\n実績値',
      '自己\n評価',
      '成果・課題',
      '今後の\n方向性',
      '担当課',
    ]);
    const rows: (string | number)[][] = [
      [
        1,
        '1-(1) シェアサイクル運営事業\n中心市街地及び主要駅周辺にサイクルポートを設置し、シェアサイクルを運営する。',
        'ポート数 52か所',
        'ポート数 60か所',
        'ポート数 63か所',
        'A',
        '商業施設との協定により駅南地区に増設。',
        '拡充',
        '交通政策課',
      ],
      [
        2,
        '1-(2) 自転車安全利用講習会開催事業\n小中学校・高校・高齢者団体を対象に自転車の交通ルール講習を行う。',
        '開催回数 31回\n受講者数 1,650人',
        '開催回数 40回\n受講者数 2,400人',
        '開催回数 36回\n受講者数 1,780人',
        'B',
        '高校での開催が学校行事と重なり受講者数が伸びなかった。',
        '継続',
        '市民安全課',
      ],
      [
        3,
        '1-(3) 自転車ヘルメット購入費補助事業\n自転車乗車用ヘルメットの購入費の一部（上限2,000円）を補助する。',
        '－',
        '補助件数 800件',
        '補助件数 1,136件',
        'A',
        '努力義務化（R5.4）により申請が増加。',
        '継続',
        '市民安全課',
      ],
      [
        4,
        '2-(1) サイクルツーリズムモデルルート造成事業\n市内の観光資源を巡るモデルルートを造成し、マップ・案内看板を整備する。',
        '－',
        'モデルルート 3ルート',
        '未実施',
        'D',
        '関係団体との調整に時間を要し、次年度に延期。',
        '見直し',
        '観光振興課',
      ],
      [
        5,
        '3-(1) 自転車通勤推進事業所認定事業\n従業員の自転車通勤を推進する事業所を認定し、市HPで紹介する。',
        '認定事業所 12社',
        '認定事業所 25社',
        '認定事業所 18社',
        'B',
        '商工会議所を通じて周知したが、申請は伸び悩んだ。',
        '継続',
        '交通政策課',
      ],
      [
        6,
        '3-(2) 駅前放置自転車対策事業\n駅周辺の放置自転車の警告・撤去及び啓発を行う。',
        '放置自転車台数 171台',
        '放置自転車台数 120台以下',
        '放置自転車台数 146台',
        'C',
        '放置台数は減少しているが目標には届かず。',
        '継続',
        '道路管理課',
      ],
      [
        7,
        '2-(2) 観光レンタサイクル貸出事業（観光協会委託）\n観光案内所でクロスバイク・電動アシスト自転車を貸し出す。',
        '貸出件数 3,850件',
        '貸出件数 4,500件',
        '貸出件数 4,212件',
        'A',
        'インバウンド利用が回復。',
        '拡充',
        '観光振興課',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      ws.getRow(4 + i).height = 48;
    });
    box(ws, 3, 1, 3 + rows.length, 9);
    wrap(ws, 3, 1, 3 + rows.length, 9);
    put(ws, 5 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：一部達成（60％以上）　D：未達成・未実施']);
    put(ws, 6 + rows.length, 1, ['※今後の方向性　拡充／継続／見直し／縮小／廃止／終了']);
  },
  expected: {
    file: 'h195-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'シェアサイクル運営事業', 'か所', 60, 63, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '自転車安全利用講習会開催事業',
        measures: [
          { label: '開催回数', target: 40, actual: 36, unit: '回' },
          { label: '受講者数', target: 2400, actual: 1780, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '自転車ヘルメット購入費補助事業', '件', 800, 1136, { existing: 'A' }),
      ind(B_SHEET, 'サイクルツーリズムモデルルート造成事業', 'ルート', 3, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '自転車通勤推進事業所認定事業', '社', 25, 18, { existing: 'B' }),
      ind(B_SHEET, '駅前放置自転車対策事業', '台', 120, 146, { direction: 'down', existing: 'C' }),
      ind(B_SHEET, '観光レンタサイクル貸出事業（観光協会委託）', '件', 4500, 4212, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI × period columns
const C_SHEET = 'KPI進捗';

const kpiTable: Holdout2Workbook = {
  name: 'h195-kpi-cycletourism',
  layout: 'KPI table, 目標値/実績値 rows per KPI under 令和N年3月末 columns, the final column a target only, one actual 集計中, values partly "2,050 人" text',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 8, 14, 14, 14, 14, 14, 26]);
    merge(ws, 1, 1, 1, 8, '第２期緑ヶ丘市まち・ひと・しごと創生総合戦略　基本目標２「自転車で人を呼び込む」　重要業績評価指標（KPI）');
    put(ws, 2, 1, ['（令和６年度実績評価／令和７年５月　地方創生推進会議資料）']);
    put(ws, 4, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末\n（最終）', '備考']);
    const kpis: [string, (string | number)[], (string | number)[], string][] = [
      [
        'サイクリングイベント参加者数',
        ['1,200 人', '1,500 人', '1,800 人', '2,000 人', '2,200 人'],
        ['640 人', '1,320 人', '1,910 人', '2,050 人'],
        'ツール・ド・みどりヶ丘ほか',
      ],
      ['サイクルラック設置協力店舗数', ['-', '20 店舗', '30 店舗', '40 店舗', '50 店舗'], ['12 店舗', '22 店舗', '29 店舗', '35 店舗'], '飲食店・宿泊施設等'],
      [
        '観光レンタサイクル利用者数',
        ['3,000 人', '3,300 人', '3,600 人', '3,900 人', '4,200 人'],
        ['2,480 人', '2,910 人', '3,150 人', '2,980 人'],
        'R6は夏季の猛暑日が多く減少',
      ],
      [
        '県外からのサイクリスト来訪者数（推計）',
        ['-', '-', '12 千人', '14 千人', '16 千人'],
        ['-', '9.8 千人', '11.3 千人', '集計中'],
        '観光動態調査（R7.7公表予定）',
      ],
      ['サイクルガイド育成数（累計）', ['10 人', '20 人', '30 人', '40 人', '50 人'], ['8 人', '15 人', '27 人', '31 人'], '認定講習修了者'],
    ];
    kpis.forEach(([name, t, a, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...t]);
      put(ws, r + 1, 2, ['実績値', ...a]);
      merge(ws, r, 8, r + 1, 8, note);
    });
    box(ws, 4, 1, 4 + kpis.length * 2, 8);
    wrap(ws, 4, 1, 4, 8);
    put(ws, 6 + kpis.length * 2, 1, ['※「-」は目標値未設定または実績なし。令和7年3月末欄が令和６年度の実績。']);
  },
  expected: {
    file: 'h195-kpi-cycletourism.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, 'サイクリングイベント参加者数', '人', 2000, 2050),
      ind(C_SHEET, 'サイクルラック設置協力店舗数', '店舗', 40, 35),
      ind(C_SHEET, '観光レンタサイクル利用者数', '人', 3900, 2980),
      ind(C_SHEET, '県外からのサイクリスト来訪者数（推計）', '千人', 14, null, { actualStatus: 'pending' }),
      ind(C_SHEET, 'サイクルガイド育成数（累計）', '人', 40, 31),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: plan indicators
const D_SHEET = '計画の指標';

const planTable: Holdout2Workbook = {
  name: 'h195-keikaku-shihyo',
  layout:
    'plan-indicator table, 現況 and 実績 with their years in the cell, 目標（R8）, a 単位 column, a lower-is-better row marked in its description, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [18, 28, 34, 8, 14, 12, 14, 26]);
    merge(ws, 1, 1, 1, 8, '緑ヶ丘市自転車活用推進計画（令和４年度～令和８年度）　計画の指標の点検評価（令和６年度）');
    put(ws, 3, 1, ['基本方針', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '1 自転車通行空間の形成',
        '自転車分担率',
        '通勤・通学等の全トリップに占める自転車の割合',
        '％',
        '6.8\n（平成30年）',
        9.0,
        '7.6\n（令和6年度）',
        '市民交通行動調査',
      ],
      [
        '',
        '自転車ネットワーク整備延長',
        '自転車ネットワーク計画路線のうち整備済みの延長',
        'km',
        '12.4\n（令和2年度）',
        60.0,
        '41.2\n（令和6年度）',
        '道路管理課調べ',
      ],
      [
        '2 シェアサイクルの普及',
        'シェアサイクル1台1日当たり利用回数',
        '年間利用回数÷（平均配置台数×365日）',
        '回',
        '0.62\n（令和2年度）',
        1.0,
        '0.91\n（令和6年度）',
        '運営事業者報告',
      ],
      [
        '3 安全で快適な自転車利用',
        '自転車乗車中の死傷者数',
        '自転車乗車中の交通事故による死傷者数（減少を目指す指標）',
        '人',
        '312\n（令和2年）',
        250,
        '238\n（令和6年）',
        '県警交通事故統計（暦年）',
      ],
      [
        '',
        '自転車乗車用ヘルメット着用率',
        '街頭調査による自転車利用者のヘルメット着用率',
        '％',
        '11.2\n（令和4年度）',
        50.0,
        '27.4\n（令和6年度）',
        '街頭調査（年2回平均）',
      ],
      [
        '',
        '自転車安全教室の受講者数',
        '市・警察署・交通安全協会が実施する安全教室の受講者数',
        '人',
        '3,120\n（令和2年度）',
        4000,
        '集計中',
        '関係機関報告（R7.6取りまとめ）',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 4 + i, 1, r);
      ws.getRow(4 + i).height = 36;
    });
    merge(ws, 4, 1, 5, 1);
    merge(ws, 7, 1, 9, 1);
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※目標は計画最終年度（令和８年度）の値。実績の（　）は把握時点。']);
  },
  expected: {
    file: 'h195-keikaku-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '自転車分担率', '％', 9.0, 7.6), targetSource: 'final' },
      { ...ind(D_SHEET, '自転車ネットワーク整備延長', 'km', 60.0, 41.2), targetSource: 'final' },
      { ...ind(D_SHEET, 'シェアサイクル1台1日当たり利用回数', '回', 1.0, 0.91), targetSource: 'final' },
      { ...ind(D_SHEET, '自転車乗車中の死傷者数', '人', 250, 238, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '自転車乗車用ヘルメット着用率', '％', 50.0, 27.4), targetSource: 'final' },
      { ...ind(D_SHEET, '自転車安全教室の受講者数', '人', 4000, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
