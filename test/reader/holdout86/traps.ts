/** Hold-out 86, part 3: three traps (a 協定目標 and a 自主目標 side by side, a 株式会社 on the calendar year under a 千円 heading with a 円 row, a 前年度実績 column before the 計画値 with 対前年度比). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// 協定目標 (the city's, in the 基本協定書) beside the body's higher 自主目標 (its 事業計画書): the city grades against the 協定目標, as the note and the 達成率 heading say.
const T1 = '令和5年度';
const tRows: [string, string, number, number, number, string][] = [
  ['年間利用者数', '人', 40000, 45000, 42380, '◎'],
  ['宿泊者数', '人', 12000, 14500, 11520, '○'],
  ['体験プログラムの参加者数', '人', 6000, 8000, 6240, '◎'],
  ['利用者満足度', '％', 85.0, 90.0, 87.9, '◎'],
  ['宿泊棟の稼働率', '％', 50.0, 60.0, 41.3, '○'],
];
const kyotei: Holdout2Workbook = {
  name: 'h86-trap-kyotei-jishu',
  layout:
    '指定管理施設（自然の家）の事業評価: 「協定目標（基本協定書）」と「自主目標（事業計画書）」の2列が並び、達成率・評価 ◎○△× は協定目標に対するもの（注記）、シート名は「令和5年度」',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['みなと市立青少年自然の家　指定管理者事業評価（令和5年度）']);
    put(ws, 2, 1, ['指定管理者：NPO法人みなと自然学校', undefined, undefined, undefined, undefined, undefined, '生涯学習課']);
    put(ws, 4, 1, ['評価指標', '単位', '協定目標（基本協定書）', '自主目標（事業計画書）', '実績', '協定目標に対する達成率', '評価']);
    tRows.forEach(([name, unit, kyo, jishu, actual, mark], i) => {
      put(ws, 5 + i, 1, [name, unit, kyo, jishu, actual, actual / kyo, mark]);
      ws.getCell(5 + i, 6).numFmt = '0.0%';
    });
    put(ws, 11, 1, ['※自主目標は指定管理者が事業計画書で独自に設定した目標であり、市の評価は協定目標に対して行う。']);
    put(ws, 12, 1, ['評価　◎：達成率100％以上　○：80％以上　△：60％以上　×：60％未満']);
    ws.getColumn(1).width = 26;
  },
  expected: {
    file: 'h86-trap-kyotei-jishu.xlsx',
    fiscalYear: 2023,
    indicators: tRows.map(([name, unit, kyo, , actual, mark]) => ind(T1, name, unit, kyo, actual, { existing: mark })),
    groups: [],
  },
};

// A 第三セクター 株式会社 closing in December: the city's 「令和6年度 … （令和5年度決算分）」 sheet holds the body's 第28期 (2023年1月〜12月) against columns 2022年 / 2023年 / 2024年;
// 「（金額の単位：千円）」 at the head, but the 客単価 row's 単位 is 円; 経常利益 of the year before is 「△12,800」.
const T2 = '経営評価';
const kRows: [string, string, Cell, number, number, number, string, string?][] = [
  ['売上高', '千円', 612400, 650000, 671230, 680000, 'A'],
  ['経常利益', '千円', '△12,800', 5000, 8940, 10000, 'A'],
  ['宿泊施設の客室稼働率', '％', 58.2, 65.0, 63.4, 68.0, 'B'],
  ['日帰り入浴客数', '人', 182300, 200000, 176540, 200000, 'B'],
  ['宿泊客単価', '円', 14200, 15000, 15860, 16000, 'A'],
  ['市委託料への依存度', '％', 22.5, 20.0, 19.1, 18.0, 'A', '低減を目指す（売上高に占める市委託料の割合）'],
];
const kabushiki: Holdout2Workbook = {
  name: 'h86-trap-kk-calendar-year',
  layout:
    '第三セクター（株式会社、12月決算）の経営評価シート: 表題は「令和6年度…（令和5年度決算分）」、列は「2022年（第27期）実績」「2023年（第28期）目標・実績」「2024年（第29期）目標」、金額の単位は千円と注記しつつ客単価の行は円、前期の「△12,800」',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和6年度　外郭団体経営評価シート（令和5年度決算分）']);
    put(ws, 3, 1, ['団体名', '株式会社みなとリゾート（第三セクター）']);
    put(ws, 4, 1, ['市の出資比率', '51.0％', undefined, '所管課', '観光課']);
    put(ws, 5, 1, ['決算期', '12月（第28期：2023年1月1日〜2023年12月31日）']);
    put(ws, 7, 1, ['１　経営指標', undefined, undefined, undefined, undefined, undefined, '（金額の単位：千円）']);
    put(ws, 8, 1, ['経営指標', '単位', '2022年（第27期）', '2023年（第28期）', undefined, '2024年（第29期）', '評価', '備考']);
    put(ws, 9, 3, ['実績', '目標', '実績', '目標']);
    for (const c of ['A', 'B', 'G', 'H']) ws.mergeCells(`${c}8:${c}9`);
    ws.mergeCells('D8:E8');
    kRows.forEach((r, i) => {
      put(ws, 10 + i, 1, r);
      for (let c = 3; c <= 6; c++) if (typeof r[c - 1] === 'number' && r[1] !== '％') ws.getCell(10 + i, c).numFmt = '#,##0';
    });
    put(ws, 17, 1, ['評価（第28期の目標に対して）　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, 19, 1, ['２　所管課の意見', '宿泊部門は好調。日帰り入浴は燃料費高騰による営業時間短縮の影響で目標を下回った。']);
    ws.getColumn(1).width = 24;
  },
  expected: {
    file: 'h86-trap-kk-calendar-year.xlsx',
    fiscalYear: 2023,
    indicators: kRows.map(([name, unit, , target, actual, , grade, note]) =>
      ind(T2, name, unit, target, actual, { existing: grade, ...(note ? { direction: 'down' as const } : {}) }),
    ),
    groups: [],
  },
};

// A 広域連合's 介護保険事業計画 progress to its member towns: 「前年度（令和4年度）実績」 is the first figure column, then 計画値 and 実績値, 対計画比 and
// 対前年度比; one 計画値 is 「－」 (none set: no grade, not the 前年度 figure), one is 「前年度以上」 (the 前年度 figure, a guess a clerk checks).
const P1 = '事業計画進捗';
const pRows: [string, string, number, Cell, number, string?][] = [
  ['介護予防・日常生活支援総合事業の利用者数', '人', 1842, 2000, 1911],
  ['住民主体の通いの場の数', 'か所', 128, 140, 152],
  ['認知症初期集中支援チームの支援件数', '件', 64, '－', 71],
  ['ケアプラン点検の実施件数', '件', 310, '前年度以上', 296],
  ['要介護認定の申請から認定までの平均日数', '日', 38.6, 35.0, 37.2, '短縮を目指す'],
  ['在宅医療・介護連携研修会の参加者数', '人', 420, 500, 288],
];
const prevYear: Holdout2Workbook = {
  name: 'h86-trap-prev-year-column',
  layout:
    '広域連合（介護保険）の事業計画進捗: 最初の数値列が「前年度（令和4年度）実績」、次に令和5年度の計画値・実績値、対計画比と対前年度比（％書式）、計画値「－」（未設定）と「前年度以上」',
  build(wb) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['第9期介護保険事業計画　取組の進捗状況（構成市町村への報告）']);
    put(ws, 2, 1, ['みなみ広域連合 介護保険課', undefined, undefined, undefined, undefined, undefined, undefined, '令和6年9月']);
    put(ws, 4, 1, ['取組・指標', '単位', '前年度（令和4年度）実績', '令和5年度', undefined, '対計画比', '対前年度比', '備考']);
    put(ws, 5, 4, ['計画値', '実績値']);
    for (const c of ['A', 'B', 'C', 'F', 'G', 'H']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    pRows.forEach(([name, unit, prev, plan, actual, note], i) => {
      const r = 6 + i;
      const base = typeof plan === 'number' ? plan : plan === '前年度以上' ? prev : undefined;
      put(ws, r, 1, [name, unit, prev, plan, actual, base === undefined ? '－' : actual / base, actual / prev, note]);
      for (const c of [6, 7]) ws.getCell(r, c).numFmt = '0.0%';
    });
    put(ws, 13, 1, ['※計画値の「－」は計画で数値を設定していないもの。「前年度以上」の対計画比は前年度実績に対する比。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h86-trap-prev-year-column.xlsx',
    fiscalYear: 2023,
    // 「前年度以上」 takes the 前年度 figure (310) as the target: a clerk checks it (set 83's h83-trap-yoy-5pct).
    guesses: ['target-from-last-year'],
    indicators: [
      ind(P1, '介護予防・日常生活支援総合事業の利用者数', '人', 2000, 1911),
      ind(P1, '住民主体の通いの場の数', 'か所', 140, 152),
      ind(P1, '認知症初期集中支援チームの支援件数', '件', null, 71),
      ind(P1, 'ケアプラン点検の実施件数', '件', 310, 296),
      ind(P1, '要介護認定の申請から認定までの平均日数', '日', 35.0, 37.2, { direction: 'down' }),
      ind(P1, '在宅医療・介護連携研修会の参加者数', '人', 500, 288),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kyotei, kabushiki, prevYear];
