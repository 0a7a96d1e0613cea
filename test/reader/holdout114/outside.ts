/**
 * Hold-out 114, outside the four families (保健衛生・生活衛生): a 食品衛生監視指導計画 実施結果 by 業種 (監視計画数｜監視実施数｜
 * 実施率 with a 合計 row) and a 収去検査 table below it, a 犬・猫 pair of 目標｜実績 column groups with a 狂犬病予防 sheet of
 * years as rows, がん検診受診率 with years as rows, a 目標値 row and the 国の目標 for reference (and a 精密検査 sheet by 検診),
 * and an 環境衛生 立入検査 half-year report (上半期｜下半期｜年間) with a 参考 sheet of 感染症 届出 counts.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

function m(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

// ---------------------------------------------------------------------------------------------
// 5. 食品衛生監視指導計画 実施結果: 業種別 監視計画数｜監視実施数｜実施率 + 合計, then 収去検査 計画検体数｜実施検体数.

const GYOSHU: [string, number, number, number, number][] = [
  ['飲食店営業', 2140, 1070, 1012, 2],
  ['菓子製造業', 312, 312, 318, 0],
  ['食肉販売業', 98, 196, 201, 1],
  ['魚介類販売業', 124, 248, 187, 0],
  ['集団給食施設', 86, 172, 172, 0],
  ['大規模製造施設（HACCP導入確認）', 24, 48, 29, 1],
  ['そうざい製造業', 45, 90, 85, 0],
];
const SHUKYO: [string, number, number, number][] = [
  ['微生物検査', 300, 286, 3],
  ['理化学検査（食品添加物）', 150, 150, 0],
  ['残留農薬検査', 60, 41, 0],
];
const pct = (a: number, b: number) => Math.round((a / b) * 1000) / 10;

const S5 = '監視指導結果';
const shokuhin: Holdout2Workbook = {
  name: 'h114-shokuhin-kanshi',
  layout:
    'outside: 食品衛生監視指導計画 実施結果, 業種 × 施設数｜監視計画数（件）｜監視実施数（件）｜実施率（％）｜違反件数 with 合計 row, then 収去検査 計画検体数｜実施検体数｜実施率｜違反検体数｜違反率',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    m(ws, 'A1:G1', '令和５年度　〇〇市食品衛生監視指導計画　実施結果');
    ws.getCell('A3').value = '１　業種別監視指導の実施状況';
    put(ws, 4, 1, ['業種', '施設数\n（R6.3.31現在）', '監視計画数\n（件）', '監視実施数\n（件）', '実施率\n（％）', '違反件数\n（件）', '備考']);
    GYOSHU.forEach(([name, fac, plan, done, viol], i) => put(ws, 5 + i, 1, [name, fac, plan, done, pct(done, plan), viol]));
    ws.getCell(5, 7).value = '年2回監視（重点監視施設を除く）';
    ws.getCell(10, 7).value = 'HACCPに沿った衛生管理の実施状況を確認';
    const tr = 5 + GYOSHU.length;
    const sum = (k: 1 | 2 | 3 | 4) => GYOSHU.reduce((a, g) => a + g[k], 0);
    put(ws, tr, 1, ['合計', sum(1), sum(2), sum(3), pct(sum(3), sum(2)), sum(4)]);
    const s = tr + 3;
    ws.getCell(s - 1, 1).value = '２　収去検査の実施状況';
    put(ws, s, 1, ['区分', '計画検体数\n（検体）', '実施検体数\n（検体）', '実施率\n（％）', '違反検体数\n（検体）', '違反率\n（％）']);
    SHUKYO.forEach(([name, plan, done, viol], i) => put(ws, s + 1 + i, 1, [name, plan, done, pct(done, plan), viol, pct(viol, done)]));
    const st = s + 1 + SHUKYO.length;
    const ssum = (k: 1 | 2 | 3) => SHUKYO.reduce((a, g) => a + g[k], 0);
    put(ws, st, 1, ['合計', ssum(1), ssum(2), pct(ssum(2), ssum(1)), ssum(3), pct(ssum(3), ssum(2))]);
    ws.getCell(st + 2, 1).value = '※実施率＝監視実施数（実施検体数）÷監視計画数（計画検体数）。違反件数は行政指導を含む。';
  },
  expected: {
    file: 'h114-shokuhin-kanshi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...GYOSHU.map(([name, , plan, done]) => ind(S5, name, '件', plan, done)),
      ...SHUKYO.map(([name, plan, done]) => ind(S5, name, '検体', plan, done)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 6. 犬・猫 two column groups (目標｜実績 each), and a 狂犬病予防 sheet with years as rows and a 目標注射率 column.

const PAIRS: [string, number, number, number, number, boolean][] = [
  ['引取り数', 45, 38, 160, 171, true],
  ['返還数', 20, 17, 5, 2, false],
  ['譲渡数', 30, 33, 100, 92, false],
  ['殺処分数', 0, 0, 0, 5, true],
];
const RABIES: [string, number, number, number][] = [
  ['令和元年度', 9210, 6392, 72.0],
  ['令和2年度', 9105, 6100, 72.0],
  ['令和3年度', 9032, 6214, 73.0],
  ['令和4年度', 8950, 6184, 74.0],
  ['令和5年度', 8874, 6114, 75.0],
];
const S6A = '引取り・譲渡';
const S6B = '狂犬病予防';
const inuneko: Holdout2Workbook = {
  name: 'h114-inuneko-pairs',
  layout:
    'outside: 指標 × 犬（目標｜実績）・猫（目標｜実績） merged column groups, （単位：頭）, 目標の方向 減少／増加, 殺処分数 目標 0; second sheet 狂犬病予防 with 年度 as rows and a 目標注射率 column',
  build(wb) {
    const ws = wb.addWorksheet(S6A);
    m(ws, 'A1:F1', '令和5年度　犬猫の引取り・返還・譲渡等の状況（動物愛護管理推進計画 進行管理表）');
    ws.getCell('F2').value = '（単位：頭）';
    m(ws, 'A3:A4', '指標');
    m(ws, 'B3:C3', '犬');
    m(ws, 'D3:E3', '猫');
    m(ws, 'F3:F4', '目標の方向');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績']);
    PAIRS.forEach(([name, dt, da, ct, ca, down], i) => put(ws, 5 + i, 1, [name, dt, da, ct, ca, down ? '減少' : '増加']));
    ws.getCell('A10').value = '※殺処分数は、譲渡に適さない犬猫（重篤な疾病・攻撃性等）の処分を含む。目標は犬猫とも「0頭」。';

    const ws2 = wb.addWorksheet(S6B);
    m(ws2, 'A1:E1', '狂犬病予防注射の実施状況');
    put(ws2, 3, 1, ['年度', '登録頭数\n（頭）', '注射頭数\n（頭）', '狂犬病予防注射率\n（％）', '目標注射率\n（％）']);
    RABIES.forEach(([y, reg, inj, goal], i) => put(ws2, 4 + i, 1, [y, reg, inj, Math.round((inj / reg) * 1000) / 10, goal]));
    ws2.getCell('A10').value = '※注射率＝注射頭数÷登録頭数（各年度末現在）';
  },
  expected: {
    file: 'h114-inuneko-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...PAIRS.flatMap(([name, dt, da, ct, ca, down]): ExpectedIndicator[] => [
        ind(S6A, `${name}（犬）`, '頭', dt, da, { direction: down ? 'down' : 'up' }),
        ind(S6A, `${name}（猫）`, '頭', ct, ca, { direction: down ? 'down' : 'up' }),
      ]),
      ind(S6B, '狂犬病予防注射率', '％', 75.0, Math.round((6114 / 8874) * 1000) / 10),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 7. がん検診受診率: 年度 as rows (H30…R5（速報値）), 5 検診 as columns, 目標値（令和5年度） and （参考）国の目標値 rows;
//    精密検査受診率 by 検診 with R3｜R4｜R5｜目標値.

const KENSHIN = ['胃がん', '肺がん', '大腸がん', '子宮頸がん', '乳がん'];
const JUSHIN: [string, number[]][] = [
  ['平成30年度', [10.2, 8.0, 11.9, 16.8, 18.1]],
  ['令和元年度', [10.0, 7.8, 11.6, 16.4, 17.9]],
  ['令和2年度', [8.1, 6.2, 9.8, 14.9, 15.7]],
  ['令和3年度', [9.0, 6.8, 10.7, 15.6, 16.4]],
  ['令和4年度', [9.5, 7.0, 11.1, 16.1, 16.9]],
  ['令和5年度（速報値）', [9.8, 7.1, 11.4, 16.5, 17.2]],
];
const GOAL_R5 = [12.0, 10.0, 12.0, 16.0, 18.0];
const SEIMITSU: [number, number, number][] = [
  [82.5, 83.9, 84.2],
  [78.0, 80.1, 79.5],
  [70.4, 69.2, 68.7],
  [73.3, 70.5, 71.0],
  [92.0, 91.8, 93.4],
];
const S7A = 'がん検診受診率';
const S7B = '精密検査受診率';
const gan: Holdout2Workbook = {
  name: 'h114-gan-kenshin-suii',
  layout:
    'outside: がん検診受診率 with 年度 as rows (H30…「令和5年度（速報値）」), 検診 as columns, 目標値（令和5年度） and （参考）国の目標値 60 rows, 「国の算定方法による」 note; 精密検査受診率 sheet 検診 × R3｜R4｜R5｜目標値',
  build(wb) {
    const ws = wb.addWorksheet(S7A);
    m(ws, 'A1:F1', 'がん検診受診率の推移');
    ws.getCell('F2').value = '（単位：％）';
    put(ws, 3, 1, ['年度', ...KENSHIN.map((k) => `${k}検診受診率`)]);
    JUSHIN.forEach(([y, v], i) => put(ws, 4 + i, 1, [y, ...v]));
    put(ws, 10, 1, ['目標値（令和5年度）', ...GOAL_R5]);
    put(ws, 11, 1, ['（参考）国の目標値', 60, 60, 60, 60, 60]);
    ws.getCell('A13').value = '※受診率は国の算定方法による（40～69歳。子宮頸がんは20～69歳。胃がんは50～69歳で2年に1回の受診を前提に算定）。';
    ws.getCell('A14').value = '※国の目標値は第4期がん対策推進基本計画による（令和10年度までに60％）。';

    const ws2 = wb.addWorksheet(S7B);
    m(ws2, 'A1:F1', 'がん検診　精密検査受診率');
    ws2.getCell('F2').value = '（単位：％）';
    put(ws2, 3, 1, ['検診', '令和3年度', '令和4年度', '令和5年度', '目標値', '備考']);
    SEIMITSU.forEach((v, i) => put(ws2, 4 + i, 1, [`${KENSHIN[i]}精密検査受診率`, ...v, 90]));
    ws2.getCell(6, 6).value = '若年層の未受診が多い';
    ws2.getCell('A10').value = '※目標値は国の「がん検診事業の評価に関する委員会」の目標値（90％以上）による。';
  },
  expected: {
    file: 'h114-gan-kenshin-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...KENSHIN.map((k, i) => ind(S7A, `${k}検診受診率`, '％', GOAL_R5[i], JUSHIN[5][1][i], { actualStatus: 'provisional' })),
      ...KENSHIN.map((k, i) => ind(S7B, `${k}精密検査受診率`, '％', 90, SEIMITSU[i][2])),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 8. 環境衛生 立入検査: 上半期｜下半期 計画・実施, 年間 計画｜実施｜実施率, 合計 row; 参考 sheet of 感染症 届出 counts (no targets).

const SHISETSU: [string, number, number, number, number, number][] = [
  ['旅館・ホテル', 68, 20, 18, 20, 19],
  ['公衆浴場', 22, 11, 11, 11, 11],
  ['興行場', 9, 3, 2, 2, 1],
  ['理容所', 141, 25, 24, 25, 30],
  ['美容所', 287, 50, 31, 50, 35],
  ['クリーニング所', 54, 10, 9, 10, 8],
  ['遊泳用プール', 15, 15, 15, 0, 0],
  ['特定建築物', 112, 20, 12, 20, 14],
];
const S8 = '立入検査';
const kankyo: Holdout2Workbook = {
  name: 'h114-kankyo-hanki',
  layout:
    'outside: 環境衛生施設 立入検査, 施設の種類 × 施設数｜上半期（計画｜実施）｜下半期（計画｜実施）｜年間（計画｜実施｜実施率）, 合計 row, （単位：件）; 参考 sheet of 感染症 届出 counts by 暦年',
  build(wb) {
    const ws = wb.addWorksheet(S8);
    m(ws, 'A1:I1', '令和５年度　環境衛生関係営業施設等　立入検査実施状況（半期報告）');
    ws.getCell('I2').value = '（単位：件）';
    m(ws, 'A3:A4', '施設の種類');
    m(ws, 'B3:B4', '施設数');
    m(ws, 'C3:D3', '上半期（4月～9月）');
    m(ws, 'E3:F3', '下半期（10月～3月）');
    m(ws, 'G3:I3', '年間');
    put(ws, 4, 3, ['計画', '実施', '計画', '実施', '計画', '実施', '実施率（％）']);
    SHISETSU.forEach(([name, n, p1, d1, p2, d2], i) =>
      put(ws, 5 + i, 1, [name, n, p1, d1, p2, d2, p1 + p2, d1 + d2, Math.round(((d1 + d2) / (p1 + p2)) * 1000) / 10]),
    );
    const tr = 5 + SHISETSU.length;
    const s = (k: 1 | 2 | 3 | 4 | 5) => SHISETSU.reduce((a, x) => a + x[k], 0);
    put(ws, tr, 1, ['合計', s(1), s(2), s(3), s(4), s(5), s(2) + s(4), s(3) + s(5), Math.round(((s(3) + s(5)) / (s(2) + s(4))) * 1000) / 10]);
    ws.getCell(tr + 2, 1).value = '※遊泳用プールは営業期間（7月～8月）に全施設を立入。美容所は新規開設の増加により計画数に届かなかった。';

    const ws2 = wb.addWorksheet('参考_感染症届出');
    m(ws2, 'A1:D1', '（参考）感染症法に基づく届出件数（暦年）');
    put(ws2, 3, 1, ['類型', '疾病名', '令和4年', '令和5年']);
    const rows: [string, string, number, number][] = [
      ['二類', '結核', 14, 12],
      ['三類', '腸管出血性大腸菌感染症', 6, 9],
      ['四類', 'つつが虫病', 2, 1],
      ['四類', 'レジオネラ症', 3, 4],
      ['五類（全数）', '梅毒', 11, 17],
      ['五類（全数）', '百日咳', 1, 0],
    ];
    rows.forEach((r, i) => put(ws2, 4 + i, 1, r));
    ws2.getCell('A11').value = '※保健所管内の医療機関からの届出を集計。';
  },
  expected: {
    file: 'h114-kankyo-hanki.xlsx',
    fiscalYear: 2023,
    indicators: SHISETSU.map(([name, , p1, d1, p2, d2]) => ind(S8, name, '件', p1 + p2, d1 + d2)),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [shokuhin, inuneko, gan, kankyo];
