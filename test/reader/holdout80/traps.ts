/** Hold-out 80, part 3: traps a careful clerk catches (％ stored as fractions beside typed ％ figures, 「前年度実績以上」 targets, 当初目標 beside 修正目標). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { fw } from './families';

const P = '健康・介護';
const fractions: Holdout2Workbook = {
  name: 'h80-trap-percent-fractions',
  layout: '村の健康・介護の指標: 単位は「％」の列、目標か実績の一方が 0.523 のような小数に ％ の表示形式、もう一方は 60.0 と打ち込み、目標の方向の列',
  build(wb) {
    const ws = wb.addWorksheet(P);
    put(ws, 1, 1, ['令和５年度　ひかり村 健康増進・介護予防の指標']);
    put(ws, 2, 1, ['担当課', '住民福祉課 保健係・地域包括支援センター']);
    put(ws, 4, 1, ['指標', '単位', '目標の方向', '令和４年度実績', '令和５年度目標', '令和５年度実績', '備考']);
    const rows: [string, string, string, number | string, number | string, number | string, string?][] = [
      ['特定健診受診率', '％', '増加', 0.498, 60.0, 0.523, '国保加入者（法定報告値）'],
      ['特定保健指導実施率', '％', '増加', 0.612, 0.6, 0.648],
      ['乳幼児健診受診率', '％', '増加', 96.4, 98.0, fw('97.1')],
      ['高齢者の通いの場への参加率', '％', '増加', 0.058, 0.08, 6.2, '65歳以上人口に占める参加者の割合'],
      ['介護予防教室の参加者数', '人', '増加', 431, 450, 472],
      ['要介護認定率', '％', '減少', 0.183, 0.185, 0.179, '第１号被保険者'],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (let c = 4; c <= 6; c++) {
        const cell = ws.getCell(5 + i, c);
        if (typeof cell.value === 'number' && cell.value < 1) cell.numFmt = c === 5 && cell.value * 100 === Math.round(cell.value * 100) ? '0%' : '0.0%';
      }
    });
    put(ws, 12, 1, ['※割合の指標は、それぞれの対象者に占める割合。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h80-trap-percent-fractions.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P, '特定健診受診率', '％', 60.0, 52.3),
      ind(P, '特定保健指導実施率', '％', 60, 64.8),
      ind(P, '乳幼児健診受診率', '％', 98.0, 97.1),
      ind(P, '高齢者の通いの場への参加率', '％', 8.0, 6.2),
      ind(P, '介護予防教室の参加者数', '人', 450, 472),
      ind(P, '要介護認定率', '％', 18.5, 17.9, { direction: 'down' }),
    ],
    groups: [],
  },
};

const L = '観光・商工';
const lastYear: Holdout2Workbook = {
  name: 'h80-trap-last-year-target',
  layout: '村の観光・商工の指標: 指標ごとに目標/実績の2行 × 令和３〜５年度、目標の行の一部が「前年度実績以上」、全角の実績、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(L);
    put(ws, 1, 1, ['ひかり村 観光振興・商工業の指標　令和５年度 評価']);
    put(ws, 2, 1, ['担当課：産業観光課']);
    put(ws, 4, 1, ['指標', '単位', '区分', '令和３年度', '令和４年度', '令和５年度']);
    const data: [string, string, (string | number)[], (string | number)[]][] = [
      ['観光入込客数', '人', ['前年度実績以上', '前年度実績以上', '前年度実績以上'], [41280, 52310, 55020]],
      ['道の駅ひかりの売上高', '千円', ['前年度実績以上', '前年度実績以上', '前年度実績以上'], [171030, 186420, fw('179,850')]],
      ['村内宿泊施設の宿泊者数', '人', [8000, 8500, 9000], [6120, 7480, 8212]],
      ['農林業体験プログラムの参加者数', '人', [600, 650, 700], [412, 598, '集計中']],
      ['ふるさと納税返礼品の登録数', '品', [40, 45, 50], [38, 47, fw('53')]],
    ];
    data.forEach(([name, unit, t, a], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [name, unit, '目標', ...t]);
      put(ws, r + 1, 3, ['実績', ...a]);
      ws.mergeCells(`A${r}:A${r + 1}`);
      ws.mergeCells(`B${r}:B${r + 1}`);
    });
    put(ws, 16, 1, ['※「前年度実績以上」は前年度の実績値を当該年度の目標とする。']);
    put(ws, 17, 1, ['※農林業体験プログラムの参加者数は受入農家からの報告を集計中。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h80-trap-last-year-target.xlsx',
    fiscalYear: 2023,
    // 「前年度実績以上」 is read from the 令和４年度 actual beside it. The builder expected a guess (as hold-out 58's 前年度比);
    // session 36 aligned it with hold-out 42's h42-c-kpi-relative-target, the same shape: where the sheet's own note defines the
    // words as last year's actual, the target is the sheet's statement, with no arithmetic of the reader's, so no guess.
    indicators: [
      ind(L, '観光入込客数', '人', 52310, 55020),
      ind(L, '道の駅ひかりの売上高', '千円', 186420, 179850),
      ind(L, '村内宿泊施設の宿泊者数', '人', 9000, 8212),
      ind(L, '農林業体験プログラムの参加者数', '人', 700, null, { actualStatus: 'pending' }),
      ind(L, 'ふるさと納税返礼品の登録数', '品', 50, 53),
    ],
    groups: [],
  },
};

const R = '過疎計画';
const revised: Holdout2Workbook = {
  name: 'h80-trap-revised-target',
  layout: '町の過疎地域持続的発展計画: 当初目標と修正目標（中間見直し）の2列、修正目標に「同左」、修正理由の列、部署の評価は修正目標による',
  build(wb) {
    const ws = wb.addWorksheet(R);
    put(ws, 1, 1, ['みどり町過疎地域持続的発展計画（令和３〜７年度）　令和５年度 成果目標の評価']);
    put(ws, 2, 1, ['所管：総務課 企画係（各指標の担当課は右端の列）']);
    put(ws, 4, 1, ['成果目標', '単位', '基準値（H30）', '令和５年度目標', undefined, '令和５年度実績', '評価', '修正理由', '担当課']);
    put(ws, 5, 4, ['当初目標', '修正目標']);
    for (const c of ['A', 'B', 'C', 'F', 'G', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    const rows: (string | number)[][] = [
      ['移住者数', '人', 48, 100, 60, 54, 'B', '住宅確保の見通しにより下方修正', '企画係'],
      ['空き家バンク成約件数', '件', 4, 10, 15, 12, 'B', '登録物件の増加により上方修正', '企画係'],
      ['地域おこし協力隊の定着率', '％', 40.0, 50.0, '同左', fw('42.9'), 'B', '', '企画係'],
      ['町営バス年間利用者数', '人', 28640, 30000, 22000, 23415, 'A', '感染症の影響を踏まえ下方修正', '総務課 交通係'],
      ['光回線の世帯カバー率', '％', 62.0, 90.0, 100.0, 100.0, 'A', '国の補助事業採択により上方修正', '総務課 情報係'],
      ['高齢者サロンの設置数', 'か所', 9, 20, 16, 11, 'C', '担い手不足により下方修正', '福祉課'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※令和４年度の中間見直しで目標を修正した。評価は修正目標により行う（「同左」は当初目標のまま）。']);
    put(ws, 14, 1, ['評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(1).width = 26;
  },
  expected: {
    file: 'h80-trap-revised-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R, '移住者数', '人', 60, 54, { existing: 'B' }),
      ind(R, '空き家バンク成約件数', '件', 15, 12, { existing: 'B' }),
      ind(R, '地域おこし協力隊の定着率', '％', 50.0, 42.9, { existing: 'B' }),
      ind(R, '町営バス年間利用者数', '人', 22000, 23415, { existing: 'A' }),
      ind(R, '光回線の世帯カバー率', '％', 100.0, 100.0, { existing: 'A' }),
      ind(R, '高齢者サロンの設置数', 'か所', 16, 11, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [fractions, lastYear, revised];
