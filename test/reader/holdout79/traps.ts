/** Hold-out 79, part 3: traps (the target only in a note under the table with ％ stored as 0.xx and a 「－」 for a survey not held; 方向 words 抑制・改善・現状維持; the evaluated year before the latest year with figures and a 計 row over 地区 rows). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1 = '学校教育の指標';
const noteTarget: Holdout2Workbook = {
  name: 'h79-trap-note-target-fractions',
  layout: '学校教育ビジョン: 目標の列がなく目標値は表の下の注記（各指標とも80.0％）、割合は 0.xx を % 表示、隔年調査で令和5年度は「－」',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度　かえで市学校教育ビジョン　指標の状況']);
    put(ws, 2, 6, ['教育委員会 学校教育課']);
    put(ws, 4, 1, ['指標', '単位', '令和3年度', '令和4年度', '令和5年度', '調査名']);
    const rows: (string | number)[][] = [
      ['「授業がよく分かる」と答えた児童の割合', '％', 0.842, 0.851, 0.868, '市学習状況調査'],
      ['「授業がよく分かる」と答えた生徒の割合', '％', 0.736, 0.752, 0.771, '市学習状況調査'],
      ['「自分にはよいところがある」と答えた児童生徒の割合', '％', 0.781, 0.795, 0.812, '全国学力・学習状況調査'],
      ['学校図書館を週1回以上利用する児童の割合', '％', 0.55, 0.52, 0.47, '学校図書館調査'],
      ['「地域の行事に参加している」と答えた児童生徒の割合', '％', 0.61, 0.634, '－', '市生活アンケート（隔年）'],
      ['朝食を毎日食べる児童生徒の割合', '％', 0.912, 0.905, 0.897, '市生活習慣調査'],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      for (const c of [3, 4, 5]) if (typeof row[c - 1] === 'number') ws.getCell(5 + i, c).numFmt = '0.0%';
    });
    put(ws, 12, 1, ['※目標値：各指標とも、令和5年度の目標値は80.0％とする（学校教育ビジョン第4章）。']);
    put(ws, 13, 1, ['※「地域の行事に参加している」は隔年の調査のため、令和5年度は調査を実施していない。']);
    ws.getColumn(1).width = 48;
  },
  expected: {
    file: 'h79-trap-note-target-fractions.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '「授業がよく分かる」と答えた児童の割合', '％', 80.0, 86.8),
      ind(T1, '「授業がよく分かる」と答えた生徒の割合', '％', 80.0, 77.1),
      ind(T1, '「自分にはよいところがある」と答えた児童生徒の割合', '％', 80.0, 81.2),
      ind(T1, '学校図書館を週1回以上利用する児童の割合', '％', 80.0, 47.0),
      ind(T1, '「地域の行事に参加している」と答えた児童生徒の割合', '％', 80.0, null, { actualStatus: 'not-applicable' }),
      ind(T1, '朝食を毎日食べる児童生徒の割合', '％', 80.0, 89.7),
    ],
    groups: [],
  },
};

const T2 = '商工振興';
const words: Holdout2Workbook = {
  name: 'h79-trap-direction-words',
  layout: '商工振興計画: 方向の列が「増加」「抑制」「改善」「現状維持」で凡例は表の下、現状維持は基準値と同じ目標、部署の評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和5年度　みどり市商工振興計画　成果指標の評価']);
    put(ws, 2, 7, ['商工労働課']);
    put(ws, 4, 1, ['成果指標', '単位', '方向', '基準値（R3）', '令和5年度目標', '令和5年度実績', '評価']);
    const rows: (string | number)[][] = [
      ['創業支援による創業者数', '件', '増加', 18, 25, 27, 'A'],
      ['市内事業所の廃業件数', '件', '抑制', 64, 55, 61, 'B'],
      ['中心市街地の空き店舗率', '％', '改善', 14.8, 12.0, 13.1, 'B'],
      ['制度融資の平均審査日数', '日', '改善', 21, 15, 19, 'C'],
      ['工業団地の稼働率', '％', '現状維持', 96.5, 96.5, 95.1, 'A'],
      ['商工会議所の会員事業所数', '事業所', '現状維持', 1420, 1420, 1388, 'B'],
      ['販路開拓支援による商談成約件数', '件', '増加', 30, 40, 22, 'D'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 13, 1, ['【方向】増加：数値の増加を目指す　抑制：数値の減少を目指す　改善：数値の低下を目指す　現状維持：目標値（基準値）以上の水準を維持する']);
    put(ws, 14, 1, ['【評価】A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(1).width = 32;
  },
  expected: {
    file: 'h79-trap-direction-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2, '創業支援による創業者数', '件', 25, 27, { existing: 'A' }),
      ind(T2, '市内事業所の廃業件数', '件', 55, 61, { direction: 'down', existing: 'B' }),
      ind(T2, '中心市街地の空き店舗率', '％', 12.0, 13.1, { direction: 'down', existing: 'B' }),
      ind(T2, '制度融資の平均審査日数', '日', 15, 19, { direction: 'down', existing: 'C' }),
      ind(T2, '工業団地の稼働率', '％', 96.5, 95.1, { existing: 'A' }),
      ind(T2, '商工会議所の会員事業所数', '事業所', 1420, 1388, { existing: 'B' }),
      ind(T2, '販路開拓支援による商談成約件数', '件', 40, 22, { existing: 'D' }),
    ],
    groups: [],
  },
};

const T3 = '観光KPI';
const laterYear: Holdout2Workbook = {
  name: 'h79-trap-later-year-total-row',
  layout: '観光振興計画 KPI: 評価対象年度は令和5年度と明記、令和6年度の実績も記入済み、観光入込客数は地区別の内訳行と「計」の行（目標は計の行だけ）',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['やまなみ市観光振興計画　KPI 評価シート']);
    put(ws, 2, 1, ['評価対象年度：令和５年度　（令和6年度の実績は参考として記載）']);
    put(ws, 2, 9, ['観光課']);
    put(ws, 4, 1, ['指標', '内訳', '単位', '令和4年度', undefined, '令和5年度', undefined, '令和6年度']);
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}4:${c}5`);
    for (const [a, b] of [
      ['D', 'E'],
      ['F', 'G'],
      ['H', 'I'],
    ])
      ws.mergeCells(`${a}4:${b}4`);
    const rows: (string | number | undefined)[][] = [
      ['観光入込客数', '北部地区', '千人', undefined, 412, undefined, 455, undefined, 470],
      [undefined, '中部地区', '千人', undefined, 688, undefined, 731, undefined, 760],
      [undefined, '南部地区', '千人', undefined, 233, undefined, 260, undefined, 281],
      [undefined, '計', '千人', 1400, 1333, 1500, 1446, 1600, 1511],
      ['宿泊者数', undefined, '人泊', 180000, 171200, 190000, 183400, 200000, 205100],
      ['観光案内所の利用者数', undefined, '人', 22000, 19650, 24000, 17900, 26000, 25800],
      ['観光客満足度（「満足」と答えた割合）', undefined, '％', 80.0, 78.5, 82.0, 84.3, 83.0, 79.0],
      ['ふるさと納税寄附額', undefined, '百万円', 320, 305, 350, 412, 380, 298],
      ['外国人観光客数', undefined, '人', 6000, 2100, 8000, 4350, 10000, 11200],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    ws.mergeCells('A6:A9');
    put(ws, 16, 1, ['※観光入込客数の目標は3地区の計で設定。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h79-trap-later-year-total-row.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3, '観光入込客数', '千人', 1500, 1446),
      ind(T3, '宿泊者数', '人泊', 190000, 183400),
      ind(T3, '観光案内所の利用者数', '人', 24000, 17900),
      ind(T3, '観光客満足度（「満足」と答えた割合）', '％', 82.0, 84.3),
      ind(T3, 'ふるさと納税寄附額', '百万円', 350, 412),
      ind(T3, '外国人観光客数', '人', 8000, 4350),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [noteTarget, words, laterYear];
