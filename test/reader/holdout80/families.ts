/** Hold-out 80, part 1: the four families as small towns write them (one sheet holding several tables, 課 names in a header block, 令和/平成 mixed, full-width digits, 見込, 「－」「―」「集計中」). */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** Half-width digits and punctuation as full-width (how a town's clerk types figures as text). */
export const fw = (s: string): string => s.replace(/[0-9.,%()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const A = '施策2-1';
const policyGrades = ['B', null, 'A', 'B', 'A'];
const policy: Holdout2Workbook = {
  name: 'h80-town-policy-sheet',
  layout: '町の施策評価シート: 見出しの欄に担当課・関係課、成果指標ブロック5つを縦に（H30現状値〜R7、実績値/期待値の2行）、全角の実績、「集計中」「－」「―」',
  build(wb) {
    const ws = wb.addWorksheet(A);
    put(ws, 1, 1, ['令和５年度　施策評価シート（みどり町）']);
    put(ws, 2, 1, ['基本目標', '２　健やかに安心して暮らせるまち']);
    put(ws, 3, 1, ['施策', '２－１　健康づくりの推進', undefined, undefined, '担当課', '保健福祉課（健康推進係）']);
    put(ws, 4, 1, ['関係課', '住民課、教育委員会 生涯学習課']);
    put(ws, 5, 1, ['施策の達成状況', undefined, undefined, '（前年度：Ｂ）']);
    ws.mergeCells('B2:D2');
    ws.mergeCells('B3:D3');
    ws.mergeCells('F3:H3');
    ws.mergeCells('B4:H4');
    ws.mergeCells('B5:C5');
    const blocks: [string, string, string, string, string, (string | number)[], (string | number)[]][] = [
      [
        '①',
        '特定健康診査受診率',
        '％',
        '増加',
        '国民健康保険加入者（40〜74歳）の受診率（法定報告値）',
        [38.5, 33.1, 36.0, 39.4, fw('41.2')],
        ['―', 40.0, 42.0, 44.0, 46.0, 48.0, 50.0],
      ],
      [
        '②',
        '胃がん検診受診率',
        '％',
        '増加',
        '40歳以上の町民のうち町の検診を受けた人の割合',
        [12.1, '－', 10.4, 11.8, '集計中'],
        ['―', 13.0, 13.5, 14.0, 14.5, 15.0, 15.5],
      ],
      [
        '③',
        '健康教室の参加者数',
        '人',
        '増加',
        '町が開催する健康教室・運動教室の延べ参加者数',
        [512, '－', 380, 548, fw('642')],
        ['―', 520, 540, 560, 600, 620, 650],
      ],
      [
        '④',
        '成人の喫煙率',
        '％',
        '減少',
        '町民健康意識調査で「吸っている」と答えた20歳以上の人の割合（低いほど良い）',
        [17.8, 17.0, 16.4, 15.9, 15.1],
        ['―', 16.5, 16.0, 15.0, 14.0, 13.0, 12.0],
      ],
      [
        '⑤',
        '健康ポイント事業の登録者数',
        '人',
        '増加',
        '健康ポイント事業（令和２年度開始）に登録した町民の数（累計）',
        ['―', 210, 395, 560, fw('731')],
        ['―', 200, 400, 550, 700, 850, 1000],
      ],
    ];
    let r = 7;
    for (const [no, name, unit, dir, desc, actuals, expects] of blocks) {
      put(ws, r, 1, [`成果指標${no}`, name, undefined, undefined, '単位', unit, '目標の方向', dir]);
      ws.mergeCells(`B${r}:D${r}`);
      put(ws, r + 1, 1, ['指標の説明', desc]);
      ws.mergeCells(`B${r + 1}:H${r + 1}`);
      put(ws, r + 2, 1, ['年度', 'H30（現状値）', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 3, 1, ['実績値', ...actuals]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...expects]);
      r += 6;
    }
    put(ws, r, 1, ['※「－」は新型コロナウイルス感染症の影響により事業を中止した年度。「―」は該当なし。']);
    put(ws, r + 1, 1, ['※胃がん検診受診率の令和５年度実績は、医療機関からの報告を集計中。']);
    put(ws, r + 3, 1, ['【施策の成果と課題】']);
    put(ws, r + 4, 1, ['健康教室はオンライン併用により参加者が増加した。がん検診は受診勧奨の強化が課題。']);
    ws.getColumn(1).width = 18;
    ws.getColumn(2).width = 16;
  },
  expected: {
    file: 'h80-town-policy-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(A, '特定健康診査受診率', '％', 46.0, 41.2),
      ind(A, '胃がん検診受診率', '％', 14.5, null, { actualStatus: 'pending' }),
      ind(A, '健康教室の参加者数', '人', 600, 642),
      ind(A, '成人の喫煙率', '％', 14.0, 15.1, { direction: 'down' }),
      ind(A, '健康ポイント事業の登録者数', '人', 700, 731),
    ],
    groups: [{ sheet: A, cell: 'B5', grade: rollUp(policyGrades) }],
  },
};

const B = '事業実績';
const projects: Holdout2Workbook = {
  name: 'h80-town-project-results',
  layout:
    '町の事務事業実績: 1枚に課ごとの表を2つ（【農林商工課】【教育委員会 生涯学習課】）、数値目標と実績が全角の文字、1つのセルに2つの数値、「集計中」「未実施」「－」の目標',
  build(wb) {
    const ws = wb.addWorksheet(B);
    put(ws, 1, 1, ['令和５年度　主要事務事業 実績報告書']);
    put(ws, 2, 5, ['みどり町 総務課 企画係とりまとめ']);
    const head = ['No.', '事業名', '事業の概要', '令和５年度 数値目標', '令和５年度 実績', '自己評価', '今後の方向性'];
    put(ws, 4, 1, ['【農林商工課】']);
    put(ws, 5, 1, head);
    const t1: (string | number)[][] = [
      [1, '創業支援事業', '創業相談・創業塾の開催、創業補助金の交付', `創業件数　${fw('3')}件`, `${fw('2')}件`, 'B', '継続'],
      [2, '特産品開発支援事業', '町の農産物を使った新商品の開発支援', `新商品開発数　${fw('2')}品`, `${fw('2')}品`, 'A', '継続'],
      [3, '有害鳥獣対策事業', '猟友会への捕獲委託、電気柵設置補助', `捕獲頭数　${fw('150')}頭`, `${fw('182')}頭`, 'A', '拡充'],
      [4, '農地集積推進事業', '担い手への農地の集積・集約化', `集積面積　${fw('10')}ha`, '集計中', '－', '継続'],
    ];
    t1.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 11, 1, ['【教育委員会 生涯学習課】']);
    put(ws, 12, 1, head);
    const t2: (string | number)[][] = [
      [
        1,
        '公民館講座開催事業',
        '中央公民館・地区公民館での教養・趣味講座',
        `講座数　${fw('20')}講座\n受講者数　${fw('300')}人`,
        `講座数　${fw('18')}講座\n受講者数　${fw('265')}人`,
        'B',
        '継続',
      ],
      [2, '読書推進事業', '町図書館の運営、ブックスタート', `貸出冊数　${fw('45,000')}冊`, `${fw('41,230')}冊`, 'B', '継続'],
      [3, '成人式開催事業', '二十歳を祝う会の開催', '－', `出席者　${fw('82')}人`, '－', '継続'],
      [4, '町民文化祭開催事業', '町民の作品展示・芸能発表', `出展数　${fw('50')}点`, '未実施', 'D', '見直し'],
    ];
    t2.forEach((row, i) => put(ws, 13 + i, 1, row));
    put(ws, 18, 1, ['※自己評価　A：目標達成　B：概ね達成（80％以上）　C：60％以上　D：60％未満・未実施']);
    put(ws, 19, 1, ['※農地集積推進事業の実績は農地中間管理機構の確定後に記入。町民文化祭は台風接近により中止。']);
    ws.getColumn(2).width = 22;
    ws.getColumn(3).width = 34;
    ws.getColumn(4).width = 24;
    ws.getColumn(5).width = 24;
  },
  expected: {
    file: 'h80-town-project-results.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B, '創業支援事業', '件', 3, 2, { existing: 'B' }),
      ind(B, '特産品開発支援事業', '品', 2, 2, { existing: 'A' }),
      ind(B, '有害鳥獣対策事業', '頭', 150, 182, { existing: 'A' }),
      ind(B, '農地集積推進事業', 'ha', 10, null, { actualStatus: 'pending' }),
      {
        sheet: B,
        name: '公民館講座開催事業',
        measures: [
          { label: '講座数', target: 20, actual: 18, unit: '講座' },
          { label: '受講者数', target: 300, actual: 265, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B, '読書推進事業', '冊', 45000, 41230, { existing: 'B' }),
      ind(B, '成人式開催事業', '人', null, 82),
      ind(B, '町民文化祭開催事業', '点', 50, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

const C = 'KPI';
/** Writes one KPI table: a 目標値 row and a 実績値 row per KPI under five 年度末 columns. */
function kpiTable(ws: Worksheet, top: number, title: string, dept: string, rows: [string, string, (string | number)[], (string | number)[]][]): number {
  put(ws, top, 1, [title, undefined, undefined, undefined, undefined, undefined, `担当：${dept}`]);
  put(ws, top + 1, 1, ['KPI', '単位', '区分', '平成31年3月末（基準）', '令和4年3月末', '令和5年3月末', '令和6年3月末（見込）']);
  let r = top + 2;
  for (const [name, unit, t, a] of rows) {
    put(ws, r, 1, [name, unit, '目標値', ...t]);
    put(ws, r + 1, 3, ['実績値', ...a]);
    ws.mergeCells(`A${r}:A${r + 1}`);
    ws.mergeCells(`B${r}:B${r + 1}`);
    r += 2;
  }
  return r;
}
const kpi: Holdout2Workbook = {
  name: 'h80-town-kpi-periods',
  layout: '町の総合戦略KPI: 基本目標ごとの表を縦に2つ（担当課は表の右上）、目標値/実績値の2行 × 平成31年3月末〜令和6年3月末（見込）、「－」の目標、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(C);
    put(ws, 1, 1, ['第２期 みどり町まち・ひと・しごと創生総合戦略　KPI進捗状況']);
    put(ws, 2, 1, ['（令和６年２月作成　令和６年３月末の実績は見込値）', undefined, undefined, undefined, undefined, undefined, '企画係']);
    const next = kpiTable(ws, 4, '【基本目標１】しごとをつくり、安心して働けるようにする', '農林商工課', [
      ['新規就農者数（累計）', '人', ['－', 8, 12, 16], [0, 6, 10, fw('13')]],
      ['町内事業所の新規雇用者数', '人', ['－', 25, 25, 25], [21, 19, 27, '集計中']],
      ['ふるさと納税寄附件数', '件', ['－', 2000, 2500, 3000], [850, 2210, 2630, '3,412']],
    ]);
    kpiTable(ws, next + 1, '【基本目標２】新しいひとの流れをつくる', '企画財政課', [
      ['転入者数', '人', ['－', 420, 420, 420], [388, 402, 415, 398]],
      ['空き家バンク登録件数', '件', ['－', 10, '－', '－'], [3, 8, 11, 12]],
      ['観光入込客数', '千人', ['－', 160, 170, 180], [172.3, 121.5, 148.0, fw('165.4')]],
    ]);
    put(ws, next + 11, 1, ['※空き家バンク登録件数は令和４年度の戦略改訂で目標を設定しないこととした（「－」）。']);
    put(ws, next + 12, 1, ['※町内事業所の新規雇用者数は雇用保険データの提供待ちのため集計中。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h80-town-kpi-periods.xlsx',
    fiscalYear: 2023,
    // No 評価対象期間 is written: the period is the latest column with actuals (令和６年３月末), the clerk's inference, as in the
    // 53 other workbooks of that shape (hold-outs 3, 39, 66 …). The builder expected no guess; aligned in session 36.
    guesses: ['period'],
    indicators: [
      ind(C, '新規就農者数（累計）', '人', 16, 13, { actualStatus: 'provisional' }),
      ind(C, '町内事業所の新規雇用者数', '人', 25, null, { actualStatus: 'pending' }),
      ind(C, 'ふるさと納税寄附件数', '件', 3000, 3412, { actualStatus: 'provisional' }),
      ind(C, '転入者数', '人', 420, 398, { actualStatus: 'provisional' }),
      ind(C, '空き家バンク登録件数', '件', null, 12, { actualStatus: 'provisional' }),
      ind(C, '観光入込客数', '千人', 180, 165.4, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const D = '計画の指標';
const plan: Holdout2Workbook = {
  name: 'h80-town-plan-indicators',
  layout:
    '町の総合計画 点検評価: 基本方針ごとの表を縦に2つ（担当課の列）、現況に平成の年の括弧、目標（R7）、実績に令和５年度の括弧、全角、「－」（隔年調査）と「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(D);
    put(ws, 1, 1, ['第６次みどり町総合計画　令和５年度 点検評価（計画の指標）']);
    put(ws, 2, 7, ['総務課 企画係']);
    const head = ['指標', '単位', '指標の説明', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法', '担当課'];
    put(ws, 4, 1, ['基本方針１　子育て・教育']);
    put(ws, 5, 1, head);
    const t1: (string | number)[][] = [
      [
        '子育て支援センター利用者数',
        '人',
        '年間の延べ利用者数',
        `${fw('3,120')}\n（平成30年度）`,
        3500,
        `${fw('3,280')}\n（令和５年度）`,
        '利用者名簿',
        '子育て支援課',
      ],
      [
        '放課後児童クラブの待機児童数',
        '人',
        '５月１日現在の待機児童数。少ないほど良い',
        `${fw('12')}\n（平成30年度）`,
        2,
        `${fw('3')}\n（令和５年度）`,
        '入会申請の集計',
        '子育て支援課',
      ],
      [
        '全国学力調査で全国平均以上の教科の割合',
        '％',
        '小６・中３の実施教科のうち全国平均以上の教科の割合',
        `${fw('50.0')}\n（平成30年度）`,
        75.0,
        '－',
        '全国学力・学習状況調査',
        '学校教育課',
      ],
    ];
    t1.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 10, 1, ['基本方針２　生活環境']);
    put(ws, 11, 1, head);
    const t2: (string | number)[][] = [
      [
        '町民１人１日当たりのごみ排出量',
        'g',
        '家庭系・事業系ごみの総量÷人口÷日数。削減を目指す',
        `${fw('812')}\n（平成30年度）`,
        780,
        `${fw('794')}\n（令和５年度）`,
        '一般廃棄物処理実態調査',
        '住民生活課',
      ],
      [
        '資源化率',
        '％',
        'ごみ総排出量に占める資源化量の割合',
        `${fw('21.4')}\n（平成30年度）`,
        25.0,
        `${fw('22.3')}\n（令和５年度）`,
        '一般廃棄物処理実態調査',
        '住民生活課',
      ],
      ['町営住宅の入居率', '％', '３月末現在の管理戸数に対する入居戸数の割合', `${fw('88.0')}\n（平成30年度）`, 95.0, '集計中', '住宅管理台帳', '建設課'],
      [
        '防犯灯のＬＥＤ化率',
        '％',
        '町管理の防犯灯のうちＬＥＤ灯の割合',
        `${fw('35.0')}\n（平成30年度）`,
        100,
        `${fw('100.0')}\n（令和５年度）`,
        '防犯灯台帳',
        '総務課',
      ],
    ];
    t2.forEach((row, i) => put(ws, 12 + i, 1, row));
    put(ws, 17, 1, ['※目標は計画最終年度（令和７年度）の値。']);
    put(ws, 18, 1, ['※全国学力調査の教科別比較は令和５年度の公表方法の変更により算出できないため「－」とした。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(3).width = 36;
  },
  expected: {
    file: 'h80-town-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(D, '子育て支援センター利用者数', '人', 3500, 3280)),
      fin(ind(D, '放課後児童クラブの待機児童数', '人', 2, 3, { direction: 'down' })),
      fin(ind(D, '全国学力調査で全国平均以上の教科の割合', '％', 75.0, null, { actualStatus: 'not-applicable' })),
      fin(ind(D, '町民１人１日当たりのごみ排出量', 'g', 780, 794, { direction: 'down' })),
      fin(ind(D, '資源化率', '％', 25.0, 22.3)),
      fin(ind(D, '町営住宅の入居率', '％', 95.0, null, { actualStatus: 'pending' })),
      fin(ind(D, '防犯灯のＬＥＤ化率', '％', 100, 100)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
