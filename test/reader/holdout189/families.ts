/** Hold-out 189, the four known families as a 地域福祉・孤独孤立対策 office writes them. */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// A: 施策評価シート, indicator blocks stacked down the sheet, 目指す方向 per block, 期待値 per year (R8 is 目標値).
const A_SHEET = '2-3';
const aInds: ExpectedIndicator[] = [
  ind(A_SHEET, '地域見守り協定締結事業者数', '事業者', 46, 52),
  ind(A_SHEET, '通いの場（ふれあい・いきいきサロン）の箇所数', 'か所', 114, 108),
  ind(A_SHEET, '孤独感が「しばしばある・常にある」と回答した市民の割合', '％', 6.2, 7.9, { direction: 'down' }),
  { ...ind(A_SHEET, '民生委員・児童委員の定数充足率', '％', 100, 93.5), targetSource: 'final' },
];

const policySheet: Holdout2Workbook = {
  name: 'h189-koritsu-shisaku-hyoka',
  layout:
    '施策評価シート: four indicator blocks stacked, 目指す方向 arrows, a survey indicator with 期待値 only in even years, one indicator with only the R8 目標値',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 12, 9, 9, 9, 9, 9, 9, 9, 12, 12, 8]);
    merge(ws, 1, 1, 1, 12, '○○市総合計画後期基本計画　令和７年度 施策評価シート（評価対象期間：令和６年度）');
    put(ws, 3, 1, ['政策', '2 健康・福祉']);
    merge(ws, 3, 2, 3, 6);
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 6, '2-3 孤独・孤立を生まない、地域で支え合うまちづくり');
    put(ws, 5, 1, ['担当課']);
    merge(ws, 5, 2, 5, 6, '福祉総務課（主）、地域包括ケア推進課、生活支援課');
    merge(ws, 3, 8, 4, 9, '施策の達成状況');
    merge(ws, 3, 10, 4, 10);
    put(ws, 3, 11, ['前年度']);
    put(ws, 4, 11, ['（C）']);
    merge(ws, 5, 8, 5, 12, 'A 順調／B 概ね順調／C やや遅れている／D 遅れている');
    box(ws, 3, 1, 5, 6);
    box(ws, 3, 8, 5, 12);
    merge(
      ws,
      6,
      1,
      6,
      12,
      '施策の目的：ひとり暮らし高齢者や生きづらさを抱える人が地域の中で孤立することなく、見守りと支え合いの中で安心して暮らせるようにする。',
    );
    ws.getRow(6).height = 30;

    const blocks: {
      no: string;
      name: string;
      desc: string;
      dir: string;
      unit: string;
      actual: (number | string | null)[];
      expect: (number | string | null)[];
      note: string;
    }[] = [
      {
        no: '指標①',
        name: '地域見守り協定締結事業者数',
        desc: '新聞販売店・宅配事業者・金融機関等と締結した見守り協定の事業者数（累計）',
        dir: '↑ 増やす',
        unit: '事業者',
        actual: [31, 35, 40, 44, 52, null, null],
        expect: [null, 34, 38, 42, 46, 50, 54],
        note: 'R6は生協・郵便局の支店単位での締結が進み、期待値を上回った。',
      },
      {
        no: '指標②',
        name: '通いの場（ふれあい・いきいきサロン）の箇所数',
        desc: '社会福祉協議会に登録された住民主体の通いの場・サロンの数（各年度末）',
        dir: '↑ 増やす',
        unit: 'か所',
        actual: [98, 86, 95, 103, 108, null, null],
        expect: [null, 102, 106, 110, 114, 118, 122],
        note: 'コロナ禍で休止したサロンの再開は進んだが、担い手の高齢化により2か所が解散した。',
      },
      {
        no: '指標③',
        name: '孤独感が「しばしばある・常にある」と回答した市民の割合',
        desc: '市民意識調査（隔年実施）で孤独感を「しばしばある・常にある」と回答した人の割合',
        dir: '↓ 減らす',
        unit: '％',
        actual: [6.8, '－', 7.4, '－', 7.9, null, null],
        expect: [null, '－', 6.6, '－', 6.2, '－', 5.5],
        note: '調査は偶数年度に実施。物価高騰等の影響もあり、若年層・中年層で上昇した。',
      },
      {
        no: '指標④',
        name: '民生委員・児童委員の定数充足率',
        desc: '民生委員・児童委員の委嘱数 ÷ 定数（各年度12月1日現在）',
        dir: '↑ 増やす',
        unit: '％',
        actual: [96.8, 95.1, 91.2, 92.0, 93.5, null, null],
        expect: [null, null, null, null, null, null, 100.0],
        note: '期待値は設定せず、計画最終年度（R8）の目標値のみ設定。R4.12の一斉改選で欠員が増加した。',
      },
    ];
    let r = 8;
    for (const b of blocks) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 8, b.name);
      put(ws, r, 9, ['目指す方向']);
      put(ws, r, 10, [b.dir]);
      put(ws, r, 11, ['単位']);
      put(ws, r, 12, [b.unit]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 12, b.desc);
      put(ws, r + 2, 1, ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
      put(ws, r + 3, 1, ['実績値', ...b.actual.map((v) => v ?? undefined)]);
      put(ws, r + 4, 1, ['期待値\n※R8は目標値', ...b.expect.map((v) => v ?? undefined)]);
      put(ws, r + 5, 1, ['備考']);
      merge(ws, r + 5, 2, r + 5, 12, b.note);
      wrap(ws, r + 2, 1, r + 4, 8);
      box(ws, r, 1, r + 5, 12);
      ws.getRow(r + 4).height = 28;
      r += 7;
    }
    ws.getCell(r, 1).value = '※期待値：計画最終年度（R8）の目標値に向けて各年度に見込む値。';
  },
  expected: {
    file: 'h189-koritsu-shisaku-hyoka.xlsx',
    fiscalYear: 2024,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'J3', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

// B: 事業実績, targets and actuals written as text with a label, two measures in one cell, 未実施.
const B_SHEET = '事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h189-mimamori-jigyo-jisseki',
  layout: '事業実績: code, name and 概要 in one cell, 数値目標 and 実績値 as labelled text, two measures in one cell, 未実施, generous 自己評価',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 14, 20, 22, 22, 8, 10, 30]);
    put(ws, 1, 1, ['資料２']);
    merge(ws, 2, 1, 2, 9, '令和６年度 地域福祉計画 推進事業実績一覧（基本目標２ 孤独・孤立を防ぐ見守り・支え合い）');
    put(ws, 3, 8, ['（令和7年5月末現在）']);
    put(ws, 4, 1, [
      'No.',
      '推進事業\n（コード・事業名・概要）',
      '担当課',
      'R5年度実績値',
      'R6年度数値目標',
      'R6年度実績値',
      '自己評価',
      '今後の\n方向性',
      '成果・課題',
    ]);
    wrap(ws, 4, 1, 4, 9);
    const rows: (string | number)[][] = [
      [
        1,
        '【2-1-01】孤独・孤立相談ダイヤル運営事業\n悩みや不安を抱える市民からの電話・SNS相談に応じ、必要な支援機関につなぐ。',
        '福祉総務課',
        '相談件数 312件',
        '相談件数 360件',
        '相談件数 401件',
        'A',
        '継続',
        'SNS相談の開始により10～30代からの相談が増加した。',
      ],
      [
        2,
        '【2-1-02】配食サービスによる見守り事業\nひとり暮らし高齢者等に夕食を届け、手渡しによる安否確認を行う。',
        '高齢福祉課',
        '延べ配食数 18,420食',
        '延べ配食数 20,000食',
        '延べ配食数 17,650食',
        'B',
        '継続',
        '委託事業者の撤退により一部地区で週5日から週3日に縮小。',
      ],
      [
        3,
        '【2-2-01】民生委員・児童委員活動支援事業\n民生委員・児童委員協議会の運営を支援し、委員研修を実施する。',
        '福祉総務課',
        '研修会参加者：228人\n新任委員研修：35人',
        '研修会参加者：250人\n新任委員研修：40人',
        '研修会参加者：231人\n新任委員研修：22人',
        'B',
        '見直し',
        '新任研修は欠員補充が進まず対象者が少なかった。',
      ],
      [
        4,
        '【2-2-02】孤独・孤立対策官民連携プラットフォーム設置事業\nNPO・社協・企業等による連携の場を設け、情報共有と支援の調整を行う。',
        '福祉総務課',
        '－',
        '連絡会議開催 2回',
        '未実施',
        'D',
        '見直し',
        '構成団体との調整が整わず、R7年度に設置予定。',
      ],
      [
        5,
        '【2-3-01】緊急通報装置貸与事業\nひとり暮らし高齢者等に緊急通報装置を貸与し、24時間の見守りを行う。',
        '高齢福祉課',
        '設置台数 455台',
        '設置台数 480台',
        '設置台数 462台',
        'A',
        '継続',
        '携帯型端末の導入で新規申込は増加した。',
      ],
      [
        6,
        '【2-3-02】地域サロン立ち上げ支援補助金\n住民主体のサロン・居場所の立ち上げ経費を補助する（上限10万円）。',
        '地域包括ケア推進課',
        '交付団体数 4団体',
        '交付団体数 6団体',
        '交付団体数 3団体',
        'C',
        '拡充',
        '担い手不足で申請が伸びず。R7は運営費補助を新設予定。',
      ],
      [
        7,
        '【2-3-03】ひきこもり居場所づくり事業（フリースペース）\nひきこもり状態にある人が安心して過ごせる居場所を週2回開設する。',
        '生活支援課',
        '延べ利用者数 380人',
        '延べ利用者数 420人',
        '延べ利用者数 455人',
        'A',
        '継続',
        '家族会との連携により新規利用者が9人増えた。',
      ],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 5, 1, 11, 9);
    box(ws, 4, 1, 11, 9);
    put(ws, 13, 2, ['※自己評価　A：目標を達成　B：概ね達成（8割以上）　C：一部達成（6割以上）　D：未達成・未実施']);
  },
  expected: {
    file: 'h189-mimamori-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '孤独・孤立相談ダイヤル運営事業', '件', 360, 401, { existing: 'A' }),
      ind(B_SHEET, '配食サービスによる見守り事業', '食', 20000, 17650, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '民生委員・児童委員活動支援事業',
        measures: [
          { label: '研修会参加者', target: 250, actual: 231, unit: '人' },
          { label: '新任委員研修', target: 40, actual: 22, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'D',
      },
      ind(B_SHEET, '孤独・孤立対策官民連携プラットフォーム設置事業', '回', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '緊急通報装置貸与事業', '台', 480, 462, { existing: 'A' }),
      ind(B_SHEET, '地域サロン立ち上げ支援補助金', '団体', 6, 3, { existing: 'C' }),
      ind(B_SHEET, 'ひきこもり居場所づくり事業（フリースペース）', '人', 420, 455, { existing: 'A' }),
    ],
    groups: [],
  },
};

// C: 地方創生 KPI table, a 目標値 row and a 実績値 row per KPI, period columns 令和4年3月末 … 令和8年3月末.
const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h189-kpi-mimamori',
  layout:
    'KPI table: KPI name merged over its 目標値/実績値 rows, period columns as 年3月末, values with units, "-" where no target; the evaluated period stated in the title',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [4, 34, 8, 13, 13, 13, 13, 13, 20]);
    merge(ws, 1, 1, 1, 9, '第２期○○市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和7年3月末時点の実績）');
    put(ws, 2, 1, ['基本目標４　誰もが地域で支え合い、孤立しないまちをつくる']);
    put(ws, 4, 1, ['No.', 'KPI（重要業績評価指標）', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '担当課']);
    const kpis: { name: string; t: string[]; a: string[]; dept: string }[] = [
      {
        name: '見守りネットワーク登録世帯数',
        t: ['1,200 世帯', '1,350 世帯', '1,500 世帯', '1,650 世帯', '1,800 世帯'],
        a: ['1,185 世帯', '1,362 世帯', '1,441 世帯', '1,702 世帯', ''],
        dept: '高齢福祉課',
      },
      {
        name: '地域の見守り活動に参加する住民ボランティア数',
        t: ['420 人', '440 人', '460 人', '480 人', '500 人'],
        a: ['398 人', '405 人', '417 人', '389 人', ''],
        dept: '地域包括ケア推進課',
      },
      {
        name: '孤独・孤立に関する相談窓口の認知度',
        t: ['-', '-', '30.0 ％', '35.0 ％', '40.0 ％'],
        a: ['-', '22.4 ％', '26.1 ％', '27.3 ％', ''],
        dept: '福祉総務課',
      },
      {
        name: '民生委員・児童委員による高齢者見守り訪問件数',
        t: ['2,400 件', '2,400 件', '2,400 件', '2,400 件', '2,400 件'],
        a: ['2,180 件', '2,350 件', '2,512 件', '2,295 件', ''],
        dept: '福祉総務課',
      },
    ];
    kpis.forEach((k, i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 9, r + 1, 9, k.dept);
      put(ws, r, 3, ['目標値', ...k.t.map((v) => v || undefined)]);
      put(ws, r + 1, 3, ['実績値', ...k.a.map((v) => v || undefined)]);
    });
    box(ws, 4, 1, 12, 9);
    put(ws, 14, 2, ['※認知度は市民意識調査（毎年度1月実施）による。令和4年3月末は調査未実施。']);
  },
  expected: {
    file: 'h189-kpi-mimamori.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '見守りネットワーク登録世帯数', '世帯', 1650, 1702),
      ind(C_SHEET, '地域の見守り活動に参加する住民ボランティア数', '人', 480, 389),
      ind(C_SHEET, '孤独・孤立に関する相談窓口の認知度', '％', 35, 27.3),
      ind(C_SHEET, '民生委員・児童委員による高齢者見守り訪問件数', '件', 2400, 2295),
    ],
    groups: [],
  },
};

// D: plan-indicator table, 現況 with its year, 目標（R8）, 実績 with its year, 現状把握の方法.
const D_SHEET = '計画の指標';
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const planTable: Holdout2Workbook = {
  name: 'h189-chiiki-fukushi-keikaku-shihyo',
  layout:
    'plan indicators: 現況 and 実績 with their year in the cell, 目標（R8）, a 単位 column, a lower-is-better indicator said so in 指標の説明, 集計中, a new indicator with 現況 "－"',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [4, 30, 36, 8, 14, 10, 14, 24]);
    merge(ws, 1, 1, 1, 8, '第４期○○市地域福祉計画（令和4年度～令和8年度）　成果指標の点検評価（令和６年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '民生委員・児童委員の充足率', '委嘱数 ÷ 定数（12月1日現在）', '％', '97.2\n（令和3年12月）', 100, '93.8\n（令和6年12月）', '福祉総務課調べ'],
      [
        2,
        '地域サロン（通いの場）参加者数',
        'サロン・通いの場の年間参加実人数',
        '人',
        '1,820\n（令和2年度）',
        2400,
        '2,115\n（令和6年度）',
        '社会福祉協議会実績報告',
      ],
      [
        3,
        'ひとり暮らし高齢者等の安否確認登録者数',
        '見守りネットワークに登録し、定期的な安否確認を受けている人数',
        '人',
        '640\n（令和2年度）',
        900,
        '912\n（令和6年度）',
        '高齢福祉課調べ',
      ],
      [
        4,
        '閉じこもり傾向のある高齢者の割合',
        '外出が週1回未満と回答した65歳以上の割合。低いほど良い（減少を目指す）。',
        '％',
        '24.6\n（令和元年度）',
        20.0,
        '22.1\n（令和6年度）',
        '介護予防・日常生活圏域ニーズ調査',
      ],
      [
        5,
        'ボランティアセンター登録者数',
        '市ボランティアセンターに登録している個人ボランティアの数',
        '人',
        '3,105\n（令和2年度）',
        3500,
        '集計中',
        '社会福祉協議会実績報告',
      ],
      [
        6,
        '孤独・孤立対策ネットワーク参加団体数',
        '官民連携プラットフォームに参加するNPO・事業者・支援機関の数（新規指標）',
        '団体',
        '－',
        40,
        '18\n（令和6年度）',
        '福祉総務課調べ',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
    put(ws, 11, 2, ['※ボランティアセンター登録者数は、社会福祉協議会の決算確定後（7月）に確定する。']);
  },
  expected: {
    file: 'h189-chiiki-fukushi-keikaku-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      fin(ind(D_SHEET, '民生委員・児童委員の充足率', '％', 100, 93.8)),
      fin(ind(D_SHEET, '地域サロン（通いの場）参加者数', '人', 2400, 2115)),
      fin(ind(D_SHEET, 'ひとり暮らし高齢者等の安否確認登録者数', '人', 900, 912)),
      fin(ind(D_SHEET, '閉じこもり傾向のある高齢者の割合', '％', 20, 22.1, { direction: 'down' })),
      fin(ind(D_SHEET, 'ボランティアセンター登録者数', '人', 3500, null, { actualStatus: 'pending' })),
      fin(ind(D_SHEET, '孤独・孤立対策ネットワーク参加団体数', '団体', 40, 18)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
