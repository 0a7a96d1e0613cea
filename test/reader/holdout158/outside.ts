/**
 * Hold-out 158, four shapes outside the families that 公立大学・高等教育・産学連携 offices use: a 公立大学法人 業務実績報告書
 * (令和５事業年度) with its own Ⅳ～Ⅰ self-evaluation, a 地域連携センター table with 年度 as rows and 目標／実績 under each
 * measure (no evaluation period written), 事務事業評価シート one 事業 per sheet, and a 大学コンソーシアム table of 「目標／実績」
 * pairs in one cell per 年度.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 公立大学法人 業務実績報告書: 中期計画／年度計画 text, 評価指標 with 目標値 and 実績値, 自己評価 Ⅳ～Ⅰ.

const U_SHEET = '項目別実績';

const hojinJisseki: Holdout2Workbook = {
  name: 'koritsu-daigaku-hojin-gyomu-jisseki-r5',
  layout:
    'outside: 公立大学法人 業務実績報告書 令和５事業年度, 中期計画／年度計画 text merged over rows, 評価指標 目標値／実績値, 自己評価 Ⅳ～Ⅰ with its legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(U_SHEET);
    widths(ws, [5, 30, 30, 30, 8, 10, 10, 8, 30]);
    merge(ws, 1, 1, 1, 9, '公立大学法人○○市立大学　令和５事業年度　業務実績報告書（項目別自己評価）');
    merge(
      ws,
      2,
      1,
      2,
      9,
      '自己評価　Ⅳ：年度計画を上回って実施している　Ⅲ：年度計画を順調に実施している　Ⅱ：年度計画を十分に実施できていない　Ⅰ：年度計画を実施していない',
    );
    put(ws, 4, 1, ['No.', '中期計画', '年度計画', '評価指標', '単位', '目標値', '実績値', '自己評価', '判断理由']);
    merge(ws, 5, 2, 6, 2, '第１　教育に関する目標を達成するための措置\n（３）学生の進路支援を充実し、地域に有為な人材を輩出する。');
    merge(ws, 5, 3, 6, 3, 'キャリア支援センターと地元企業の連携により就職支援を行う。');
    merge(ws, 7, 2, 8, 2, '第２　研究に関する目標を達成するための措置\n（１）地域課題に応える研究を推進し、外部資金の獲得に努める。');
    put(ws, 7, 3, ['共同研究・受託研究の獲得を推進する。']);
    put(ws, 8, 3, ['研究成果の発信を強化する。']);
    put(ws, 9, 2, ['第３　地域貢献に関する目標を達成するための措置', '市民の生涯学習の機会を提供する。']);
    const rows: [number, string, string, number, number, string, string][] = [
      [1, '学部卒業生の就職率', '％', 98.0, 98.6, 'Ⅲ', '就職希望者に対する就職者の割合。前年度並みを維持した。'],
      [2, '県内就職率', '％', 40.0, 33.1, 'Ⅱ', '首都圏企業への就職が増え、目標を下回った。'],
      [3, '外部資金獲得件数（科研費・共同研究・受託研究）', '件', 120, 131, 'Ⅳ', '共同研究が前年度から15件増加した。'],
      [4, '教員一人当たり論文数', '本', 1.5, 1.3, 'Ⅱ', '査読付き論文に限る。'],
      [5, '公開講座の開催数', '講座', 25, 25, 'Ⅲ', '市との共催講座を含む。'],
    ];
    rows.forEach(([no, name, unit, t, a, g, why], i) => {
      put(ws, 5 + i, 1, [no]);
      put(ws, 5 + i, 4, [name, unit, t, a, g, why]);
    });
    wrap(ws, 4, 1, 9, 9);
    box(ws, 4, 1, 9, 9);
  },
  expected: {
    file: 'koritsu-daigaku-hojin-gyomu-jisseki-r5.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(U_SHEET, '学部卒業生の就職率', '％', 98.0, 98.6, { existing: 'Ⅲ' }),
      ind(U_SHEET, '県内就職率', '％', 40.0, 33.1, { existing: 'Ⅱ' }),
      ind(U_SHEET, '外部資金獲得件数（科研費・共同研究・受託研究）', '件', 120, 131, { existing: 'Ⅳ' }),
      ind(U_SHEET, '教員一人当たり論文数', '本', 1.5, 1.3, { existing: 'Ⅱ' }),
      ind(U_SHEET, '公開講座の開催数', '講座', 25, 25, { existing: 'Ⅲ' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 年度 as rows, 目標／実績 under each measure (unit in the heading); the latest 年度 has targets only; no period written.

const Y_SHEET = '外部資金・技術相談';

const yearsAsRows: Holdout2Workbook = {
  name: 'chiiki-renkei-center-nendo-suii',
  layout:
    'outside: 年度 as rows 令和元年度…令和５年度, 目標／実績 under 共同研究件数（件） etc., 令和５年度 targets only, no evaluation period written (a guess)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 8, '市立大学地域連携センター　共同研究・受託研究・技術相談件数の推移');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '共同研究件数（件）');
    merge(ws, 3, 4, 3, 5, '受託研究件数（件）');
    merge(ws, 3, 6, 3, 7, '技術相談件数（件）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | null)[][] = [
      ['令和元年度', 38, 35, 15, 14, 250, 241, null],
      ['令和２年度', 40, 29, 16, 12, 260, 198, 'コロナ禍により来訪相談を休止'],
      ['令和３年度', 42, 44, 18, 16, 280, 220, null],
      ['令和４年度', 45, 52, 20, 17, 300, 176, '相談はオンライン中心'],
      ['令和５年度', 48, null, 22, null, 320, null, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 3, 1, 4, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'chiiki-renkei-center-nendo-suii.xlsx',
    fiscalYear: 2022,
    indicators: [ind(Y_SHEET, '共同研究件数', '件', 45, 52), ind(Y_SHEET, '受託研究件数', '件', 20, 17), ind(Y_SHEET, '技術相談件数', '件', 300, 176)],
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet: label／value header, 活動指標 and 成果指標 with 令和４年度実績, 令和５年度目標／実績,
// 達成率 and 令和６年度目標, and a 事業費（千円） row that is no indicator.

interface Jigyo {
  sheet: string;
  purpose: string;
  content: string;
  rows: [string, string, string, number, number, number, string, number][];
  cost: [number, number];
  direction: string;
}

function jigyoSheet(wb: Workbook, j: Jigyo): void {
  const ws: Worksheet = wb.addWorksheet(j.sheet);
  widths(ws, [12, 34, 8, 12, 12, 12, 10, 12]);
  merge(ws, 1, 1, 1, 8, '令和５年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, j.sheet);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 8, '企画政策部　大学連携推進課');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, j.purpose);
  put(ws, 6, 1, ['事業の内容']);
  merge(ws, 6, 2, 6, 8, j.content);
  put(ws, 8, 1, ['区分', '指標名', '単位', '令和４年度\n実績', '令和５年度\n目標', '令和５年度\n実績', '達成率', '令和６年度\n目標']);
  j.rows.forEach((r, i) => put(ws, 9 + i, 1, r));
  put(ws, 12, 1, ['事業費', '（千円）', null, j.cost[0], null, j.cost[1]]);
  put(ws, 14, 1, ['今後の方向性']);
  merge(ws, 14, 2, 14, 8, j.direction);
  wrap(ws, 3, 1, 14, 8);
  box(ws, 3, 1, 6, 8);
  box(ws, 8, 1, 12, 8);
  box(ws, 14, 1, 14, 8);
}

const J1 = '大学連携推進事業';
const J2 = '学生定住促進事業';

const jimuJigyo: Holdout2Workbook = {
  name: 'r5-jimu-jigyo-daigaku-renkei',
  layout:
    'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 rows with 令和４年度実績, 令和５年度目標／実績, 達成率 text, 令和６年度目標, 事業費（千円）',
  build(wb: Workbook) {
    jigyoSheet(wb, {
      sheet: J1,
      purpose: '市内の大学と連携し、市民の学びの機会と地域課題の解決を図る。',
      content: '連携講座の開催、包括連携協定に基づく共同事業の実施',
      rows: [
        ['活動指標', '連携講座の開催回数', '回', 18, 20, 22, '110.0%', 22],
        ['成果指標', '講座参加者の満足度', '％', 83.5, 85.0, 81.4, '95.8%', 85.0],
      ],
      cost: [12340, 13105],
      direction: '継続',
    });
    jigyoSheet(wb, {
      sheet: J2,
      purpose: '大学生の市内企業への就職を促し、卒業後の市内定住につなげる。',
      content: '企業見学バスツアー、合同企業説明会、就職支援セミナーの開催',
      rows: [
        ['活動指標', '企業見学バスツアー参加学生数', '人', 164, 200, 118, '59.0%', 200],
        ['成果指標', '市内企業への就職内定者数', '人', 47, 60, 51, '85.0%', 65],
      ],
      cost: [4870, 5212],
      direction: '見直し（ツアー日程を授業期間外に変更）',
    });
  },
  expected: {
    file: 'r5-jimu-jigyo-daigaku-renkei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(J1, '連携講座の開催回数', '回', 20, 22),
      ind(J1, '講座参加者の満足度', '％', 85.0, 81.4),
      ind(J2, '企業見学バスツアー参加学生数', '人', 200, 118),
      ind(J2, '市内企業への就職内定者数', '人', 60, 51),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 大学コンソーシアム: 「目標／実績」 pairs in one cell per 年度, 令和７年度 target only, one 「300／集計中」.

const P_SHEET = '連携事業実績';

const consortiumPairs: Holdout2Workbook = {
  name: 'daigaku-consortium-mokuhyo-jisseki-r6',
  layout:
    'outside: 大学コンソーシアム 連携事業, 「150／128」 目標／実績 pairs per 年度 column, 令和７年度（目標） only, 「300／集計中」, 評価対象年度：令和６年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [5, 32, 8, 14, 14, 14, 12, 24]);
    merge(ws, 1, 1, 1, 8, '大学コンソーシアム○○　連携事業の目標と実績');
    put(ws, 2, 6, ['評価対象年度：令和６年度']);
    put(ws, 4, 1, [
      'No.',
      '指標',
      '単位',
      '令和４年度\n（目標／実績）',
      '令和５年度\n（目標／実績）',
      '令和６年度\n（目標／実績）',
      '令和７年度\n（目標）',
      '備考',
    ]);
    const rows: (string | number | null)[][] = [
      [1, '単位互換制度の履修者数', '人', '130／121', '140／133', '150／128', '160', '加盟５大学・短大'],
      [2, '合同企業説明会の参加企業数', '社', '70／64', '75／78', '80／86', '85', null],
      [3, '学生ボランティア派遣人数', '人', '260／231', '280／305', '300／集計中', '320', '3月派遣分を集計中'],
      [4, '留学生の市内就職者数', '人', '10／6', '12／8', '15／9', '18', '在留資格変更許可ベース'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 8, 8);
    box(ws, 4, 1, 8, 8);
  },
  expected: {
    file: 'daigaku-consortium-mokuhyo-jisseki-r6.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '単位互換制度の履修者数', '人', 150, 128),
      ind(P_SHEET, '合同企業説明会の参加企業数', '社', 80, 86),
      ind(P_SHEET, '学生ボランティア派遣人数', '人', 300, null, { actualStatus: 'pending' }),
      ind(P_SHEET, '留学生の市内就職者数', '人', 15, 9),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [hojinJisseki, yearsAsRows, jimuJigyo, consortiumPairs];
