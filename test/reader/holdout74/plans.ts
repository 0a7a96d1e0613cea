/** Hold-out 74, part 1: a 実施計画 progress list on the city's S〜D scale, a 施策評価 list with 市民満足度/重要度 reference columns, SDGs未来都市計画 KPIs with 2030 targets, and 地方創生推進交付金 効果検証 cards (one 事業 per sheet). */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** The city's own five-level scale written under the 実施計画 list: S ≥ 110 %, A ≥ 100 %, B ≥ 80 %, C ≥ 50 %, else D (未実施 D). */
function cityGrade(target: number, actual: number, direction: 'up' | 'down' = 'up'): string {
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1.1 ? 'S' : rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.5 ? 'C' : 'D';
}

function onCityScale(
  sheet: string,
  name: string,
  unit: string,
  target: number,
  actual: number | null,
  more: { direction?: 'up' | 'down'; existing: string; notImplemented?: boolean },
): ExpectedIndicator {
  const out = ind(sheet, name, unit, target, actual, {
    direction: more.direction,
    existing: more.existing,
    actualStatus: more.notImplemented ? 'not-implemented' : undefined,
  });
  out.grade = actual === null ? 'D' : cityGrade(target, actual, more.direction);
  return out;
}

const P1 = '進捗一覧';
const sabcd: Holdout2Workbook = {
  name: 'h74-jisshi-keikaku-sabcd',
  layout:
    '総合計画 実施計画（3か年）進捗一覧: 事業名と活動指標の列、R4実績・R5目標・R5実績・R6/R7目標、部署の達成率（丸めて表示）と S〜D の評価、市の基準と方向の注記は表の下',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['第2次みなと市総合計画　実施計画（令和5年度～令和7年度）　令和5年度 進捗状況一覧']);
    put(ws, 2, 11, ['企画政策課']);
    put(ws, 4, 1, [
      'No.',
      '施策',
      '実施計画事業',
      '活動指標',
      '単位',
      '令和4年度実績',
      '令和5年度目標',
      '令和5年度実績',
      '令和6年度目標',
      '令和7年度目標',
      '達成率（％）',
      '評価',
    ]);
    const rows: (string | number | undefined)[][] = [
      [1, '1-1', '健康ポイント事業', '健康ポイント参加者数', '人', 1820, 2500, 2499, 2800, 3000, 100.0, 'A'],
      [2, '1-2', '介護予防教室事業', '介護予防教室の延べ参加者数', '人', 4310, 4500, 5120, 4700, 5000, 113.8, 'S'],
      [3, '2-1', '通学路安全対策事業', '通学路の危険箇所の改善数', 'か所', 12, 15, 16, 15, 15, 106.7, 'A'],
      [4, '2-3', '空き家対策事業', '管理不全空き家の件数', '件', 148, 140, 152, 130, 120, 92.1, 'B'],
      [5, '3-2', '創業支援事業', '創業支援による創業者数', '人', 18, 25, 12, 28, 30, 48.0, 'D'],
      [6, '4-1', '図書館電子書籍導入事業', '電子書籍の貸出冊数', '冊', '－', 3000, '未実施', 5000, 8000, '－', 'D'],
      [7, '4-2', '文化ホール改修事業', '文化ホールの稼働率', '％', 51.2, 65.0, 47.3, 68.0, 70.0, 72.8, 'C'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['【評価基準】達成率＝令和5年度実績÷令和5年度目標']);
    put(ws, 14, 1, ['　S：110％以上　A：100％以上110％未満　B：80％以上100％未満　C：50％以上80％未満　D：50％未満又は未実施']);
    put(ws, 15, 1, ['※No.4「管理不全空き家の件数」は減少を目指す指標のため、達成率＝目標÷実績とする。']);
    put(ws, 16, 1, ['※達成率は小数点以下第2位を四捨五入して表示している。']);
    ws.getColumn(3).width = 22;
    ws.getColumn(4).width = 28;
  },
  expected: {
    file: 'h74-jisshi-keikaku-sabcd.xlsx',
    fiscalYear: 2023,
    indicators: [
      // 2,499 ÷ 2,500 = 99.96 %, shown as 100.0: on the city's bands unrounded, B (the department wrote A).
      onCityScale(P1, '健康ポイント参加者数', '人', 2500, 2499, { existing: 'A' }),
      onCityScale(P1, '介護予防教室の延べ参加者数', '人', 4500, 5120, { existing: 'S' }),
      onCityScale(P1, '通学路の危険箇所の改善数', 'か所', 15, 16, { existing: 'A' }),
      onCityScale(P1, '管理不全空き家の件数', '件', 140, 152, { direction: 'down', existing: 'B' }),
      onCityScale(P1, '創業支援による創業者数', '人', 25, 12, { existing: 'D' }),
      onCityScale(P1, '電子書籍の貸出冊数', '冊', 3000, null, { existing: 'D', notImplemented: true }),
      onCityScale(P1, '文化ホールの稼働率', '％', 65.0, 47.3, { existing: 'C' }),
    ],
    groups: [],
  },
};

const P2 = '施策評価';
const satisfaction: Holdout2Workbook = {
  name: 'h74-shisaku-manzokudo-reference',
  layout:
    '行政評価（施策評価）結果一覧: 令和6年度の評価書で令和5年度の実績、目指す方向の列（増やす/減らす）、実績の右に市民意識調査の満足度・重要度（参考、2段見出し）、部署の評価',
  build(wb) {
    const ws = wb.addWorksheet(P2);
    put(ws, 1, 1, ['令和6年度　みなと市行政評価　施策評価結果一覧（令和5年度の取組）']);
    put(ws, 2, 10, ['行政改革推進課']);
    put(ws, 4, 1, [
      '施策番号',
      '施策名',
      '成果指標',
      '単位',
      '目指す方向',
      '基準値（R元）',
      '目標値（R5）',
      '実績値（R5）',
      '市民意識調査（参考）',
      undefined,
      '施策評価',
    ]);
    put(ws, 5, 9, ['満足度', '重要度']);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('I4:J4');
    const rows: (string | number)[][] = [
      ['1-1', '子育て支援の充実', '保育所等の待機児童数', '人', '減らす', 12, 0, 3, 2.95, 4.32, 'C'],
      ['1-2', '地域で子育てを支える環境づくり', '地域子育て支援拠点の利用者数', '人', '増やす', 18200, 21000, 19870, 3.21, 3.88, 'B'],
      ['2-1', '健康づくりの推進', '特定健康診査の受診率', '％', '増やす', 38.5, 45.0, 41.3, 3.05, 4.1, 'B'],
      ['3-1', '交通安全の推進', '交通事故発生件数', '件', '減らす', 210, 180, 165, 3.3, 4.01, 'A'],
      ['4-2', '観光の振興', '観光入込客数', '千人', '増やす', 1450, 1600, 1180, 2.88, 3.2, 'C'],
      ['5-1', '市民活動の促進', '市民活動団体の登録数', '団体', '増やす', 96, 110, 112, 3.02, 3.15, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※満足度・重要度は令和5年度市民意識調査の結果（5点満点の平均点）で、施策の目標値ではない。']);
    put(ws, 14, 1, ['※施策評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 28;
    ws.getColumn(3).width = 28;
  },
  expected: {
    file: 'h74-shisaku-manzokudo-reference.xlsx',
    fiscalYear: 2023,
    indicators: [
      // 減らす with a target of 0: target ÷ actual = 0 ÷ 3 = 0 → D (the department wrote C).
      ind(P2, '保育所等の待機児童数', '人', 0, 3, { direction: 'down', existing: 'C' }),
      ind(P2, '地域子育て支援拠点の利用者数', '人', 21000, 19870, { existing: 'B' }),
      ind(P2, '特定健康診査の受診率', '％', 45.0, 41.3, { existing: 'B' }),
      ind(P2, '交通事故発生件数', '件', 180, 165, { direction: 'down', existing: 'A' }),
      ind(P2, '観光入込客数', '千人', 1600, 1180, { existing: 'C' }),
      ind(P2, '市民活動団体の登録数', '団体', 110, 112, { existing: 'A' }),
    ],
    groups: [],
  },
};

const P3 = 'KPI進捗';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const sdgs: Holdout2Workbook = {
  name: 'h74-sdgs-kpi-2030',
  layout:
    'SDGs未来都市計画 KPI: 三側面（経済・社会・環境）の結合セル、現状値に年の括弧、2030年の目標値だけ、2023年度実績に「－（隔年調査）」、減少を目指す KPI は表の下の注記',
  build(wb) {
    const ws = wb.addWorksheet(P3);
    put(ws, 1, 1, ['みなと市SDGs未来都市計画（2021～2030）　KPI進捗状況（2023年度）']);
    put(ws, 2, 6, ['SDGs推進室']);
    put(ws, 4, 1, ['三側面', 'KPI', '単位', '現状値', '2030年目標値', '2023年度実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['経済', '地元農産物直売所の販売額', '百万円', '412\n（2020年度）', 500, 468],
      [undefined, '再生可能エネルギーの導入量', 'kW', '18,500\n（2020年度）', 40000, '27,300'],
      ['社会', '地域活動に参加している市民の割合', '％', '31.2\n（2021年度）', 50.0, '－（隔年調査）', '前回調査（2022年度）33.8％'],
      [undefined, '健康寿命（女性）', '年', '83.1\n（2019年度）', 84.0, 83.6],
      [undefined, '子ども食堂の開設数', 'か所', '4\n（2020年度）', 15, 16],
      ['環境', '市域の温室効果ガス排出量', '千t-CO2', '1,240\n（2013年度）', 744, 1012],
      [undefined, '1人1日当たりのごみ排出量', 'g', '902\n（2020年度）', 850, 871],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A9');
    ws.mergeCells('A10:A11');
    put(ws, 13, 1, ['※「市域の温室効果ガス排出量」及び「1人1日当たりのごみ排出量」は、減少を目指すKPIである。']);
    put(ws, 14, 1, ['※市民意識調査は隔年（偶数年度）実施のため、2023年度の実績はない。']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h74-sdgs-kpi-2030.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(P3, '地元農産物直売所の販売額', '百万円', 500, 468)),
      final(ind(P3, '再生可能エネルギーの導入量', 'kW', 40000, 27300)),
      final(ind(P3, '地域活動に参加している市民の割合', '％', 50.0, null, { actualStatus: 'not-applicable' })),
      final(ind(P3, '健康寿命（女性）', '年', 84.0, 83.6)),
      final(ind(P3, '子ども食堂の開設数', 'か所', 15, 16)),
      final(ind(P3, '市域の温室効果ガス排出量', '千t-CO2', 744, 1012, { direction: 'down' })),
      final(ind(P3, '1人1日当たりのごみ排出量', 'g', 850, 871, { direction: 'down' })),
    ],
    groups: [],
  },
};

/** One 効果検証 card: 事業名, 期間, then KPI rows under a two-row heading (年度 over 目標値/実績値) after a 事業開始前 column. */
function card(
  wb: Parameters<Holdout2Workbook['build']>[0],
  sheet: string,
  head: { project: string; period: string; section: string; before: string },
  years: string[],
  kpis: (string | number | undefined)[][],
  notes: string[],
): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, ['地方創生推進交付金事業　効果検証シート（令和5年度実施分）']);
  put(ws, 3, 1, ['事業名', head.project]);
  put(ws, 4, 1, ['事業期間', head.period]);
  put(ws, 5, 1, ['担当課', head.section]);
  for (const r of [3, 4, 5]) ws.mergeCells(`B${r}:H${r}`);
  put(ws, 7, 1, ['No.', '重要業績評価指標（KPI）', '単位', `事業開始前\n（${head.before}）`]);
  years.forEach((y, i) => {
    put(ws, 7, 5 + 2 * i, [y]);
    put(ws, 8, 5 + 2 * i, ['目標値', '実績値']);
    ws.mergeCells(7, 5 + 2 * i, 7, 6 + 2 * i);
  });
  for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}7:${c}8`);
  kpis.forEach((k, i) => put(ws, 9 + i, 1, k));
  notes.forEach((n, i) => put(ws, 10 + kpis.length + i, 1, [n]));
  put(ws, 11 + kpis.length + notes.length, 1, ['【事業の効果】', '地方創生に相当程度効果があった']);
  ws.getColumn(2).width = 34;
}

const C1 = '事業1';
const C2 = '事業2';
const C3 = '事業3';
const cards: Holdout2Workbook = {
  name: 'h74-sousei-kofukin-cards',
  layout:
    '地方創生推進交付金 効果検証シート: 事業ごとに1シート、KPI①〜③、事業開始前の列のあと年度（2段見出し：目標値/実績値）、増加数の KPI と「削減率（大きいほど良い）」の注記、事業3は令和6年度まで（空欄）',
  build(wb) {
    card(
      wb,
      C1,
      { project: 'みなと市ワーケーション推進事業', period: '令和3年度～令和5年度', section: '観光交流課', before: '令和2年度' },
      ['令和3年度', '令和4年度', '令和5年度'],
      [
        ['KPI①', 'ワーケーション利用者数', '人', 120, 300, 285, 500, 472, 800, 910],
        ['KPI②', '市内宿泊施設の平日稼働率', '％', 38.5, 45.0, 41.0, 50.0, 46.3, 55.0, 48.2],
        ['KPI③', '移住相談件数', '件', 40, 80, 62, 120, 75, 150, 88],
      ],
      [],
    );
    card(
      wb,
      C2,
      { project: '創業・事業承継まるごと支援事業', period: '令和3年度～令和5年度', section: '商工振興課', before: '令和2年度' },
      ['令和3年度', '令和4年度', '令和5年度'],
      [
        ['KPI①', '創業支援件数', '件', 9, 14, 12, 17, 16, 20, 17],
        ['KPI②', '支援事業所の新規雇用者数', '人', 0, 10, 8, 20, 15, 30, 21],
      ],
      ['※KPI②の目標値・実績値は、事業開始前からの増加数（累計）である。'],
    );
    card(
      wb,
      C3,
      { project: 'スマート農業実装加速化事業', period: '令和4年度～令和6年度', section: '農政課', before: '令和3年度' },
      ['令和4年度', '令和5年度', '令和6年度'],
      [
        ['KPI①', 'スマート農業機械の導入経営体数', '経営体', 6, 15, 14, 25, 27, 35],
        ['KPI②', '農作業時間の削減率', '％', 0, 10.0, 8.2, 20.0, 14.5, 30.0],
        ['KPI③', '新規就農者数', '人', 3, 5, 5, 6, 4, 7],
      ],
      ['※KPI②は導入前と比べた農作業時間の削減率であり、数値が大きいほど良い。'],
    );
  },
  expected: {
    file: 'h74-sousei-kofukin-cards.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, 'ワーケーション利用者数', '人', 800, 910),
      ind(C1, '市内宿泊施設の平日稼働率', '％', 55.0, 48.2),
      ind(C1, '移住相談件数', '件', 150, 88),
      ind(C2, '創業支援件数', '件', 20, 17),
      ind(C2, '支援事業所の新規雇用者数', '人', 30, 21),
      ind(C3, 'スマート農業機械の導入経営体数', '経営体', 25, 27),
      ind(C3, '農作業時間の削減率', '％', 20.0, 14.5),
      ind(C3, '新規就農者数', '人', 6, 4),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [sabcd, satisfaction, sdgs, cards];
