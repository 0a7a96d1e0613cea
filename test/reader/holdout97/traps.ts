/**
 * Hold-out 97, three large workbooks that invite a silent wrong reading: an 一覧 (一次集計) whose figures for two indicators
 * disagree with the projects' own sheets, which it says are authoritative (「個票を正とします」); a 42-indicator 成果指標一覧 whose
 * two header rows are repeated in the middle of the sheet at each page break (once under a 「（つづき）」 title); and 16 project
 * cards where two pairs of projects share an indicator name (相談件数, 延べ利用者数) and three projects have no 目標 (blank,
 * 「－」, 「目標設定なし」).
 */
import type { Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, v: string | number | null): void {
  if (v !== null) ws.getCell(r1, c1).value = v;
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
}

const wrap = { wrapText: true, vertical: 'middle' as const };
const round = (x: number, dec: number) => Math.round(x * 10 ** dec) / 10 ** dec;
const rateOf = (t: number, a: number, down?: boolean) => (down ? (a === 0 ? 1 : t / a) : a / t);

/* ------------------------------------------------------------------------------------------------------------------------------
 * 9. 個票 (0301 … 0314) + 一覧 (一次集計) with two rows copied wrong; the 一覧 says the 個票 are authoritative.
 * ---------------------------------------------------------------------------------------------------------------------------- */

/** [指標名, 単位, 令和4年度実績, 令和5年度目標, 令和5年度実績, 評価 (written), down?] */
type Row9 = [string, string, number, number, number, string, boolean?];

interface Project9 {
  no: string;
  name: string;
  section: string;
  policy: string;
  act: Row9;
  out: Row9;
  way: string;
}

const P9: Project9[] = [
  {
    no: '0301',
    name: '企業誘致推進事業',
    section: '企業立地課',
    policy: '3-1 企業誘致と雇用の創出',
    act: ['企業訪問件数', '件', 148, 150, 162, 'A'],
    out: ['新規立地企業数', '社', 2, 3, 2, 'C'],
    way: '継続',
  },
  {
    no: '0302',
    name: '工業団地整備事業',
    section: '企業立地課',
    policy: '3-1 企業誘致と雇用の創出',
    act: ['造成工事の進捗率', '％', 35.0, 70.0, 68.5, 'A'],
    out: ['分譲済み区画数（累計）', '区画', 3, 6, 5, 'B'],
    way: '継続',
  },
  {
    no: '0303',
    name: '中心市街地活性化事業',
    section: '商工振興課',
    policy: '3-2 商業の振興',
    act: ['イベント開催回数', '回', 10, 12, 12, 'A'],
    out: ['中心商店街の歩行者通行量（休日）', '人', 6820, 7500, 7140, 'B'],
    way: '継続',
  },
  {
    no: '0304',
    name: '商店街空き店舗活用事業',
    section: '商工振興課',
    policy: '3-2 商業の振興',
    act: ['出店補助件数', '件', 5, 6, 3, 'D'],
    out: ['空き店舗率', '％', 14.2, 12.0, 13.6, 'B', true],
    way: '改善',
  },
  {
    no: '0305',
    name: '観光案内所運営事業',
    section: '観光課',
    policy: '3-3 観光の振興',
    act: ['案内所開所日数', '日', 358, 360, 359, 'A'],
    out: ['観光案内所利用者数', '人', 1180, 1400, 1420, 'A'],
    way: '継続',
  },
  {
    no: '0306',
    name: 'インバウンド推進事業',
    section: '観光課',
    policy: '3-3 観光の振興',
    act: ['海外旅行博への出展回数', '回', 1, 3, 3, 'A'],
    out: ['外国人宿泊者数', '人', 2410, 5000, 4380, 'B'],
    way: '拡充',
  },
  {
    no: '0307',
    name: '農産物ブランド化推進事業',
    section: '農業振興課',
    policy: '3-4 農林業の振興',
    act: ['ブランド認証品目数', '品目', 12, 15, 14, 'B'],
    out: ['ブランド認証品の販売額', '千円', 186400, 200000, 214800, 'A'],
    way: '継続',
  },
  {
    no: '0308',
    name: '森林環境整備事業',
    section: '林務課',
    policy: '3-4 農林業の振興',
    act: ['間伐実施面積', 'ha', 152.0, 180.0, 141.6, 'C'],
    out: ['森林経営計画の認定面積', 'ha', 4820, 5200, 5010, 'B'],
    way: '継続',
  },
  {
    no: '0309',
    name: '中小企業人材育成支援事業',
    section: '商工振興課',
    policy: '3-2 商業の振興',
    act: ['研修補助件数', '件', 34, 40, 29, 'B'],
    out: ['研修受講者数', '人', 210, 250, 198, 'C'],
    way: '見直し',
  },
  {
    no: '0310',
    name: '市営駐車場管理事業',
    section: '都市計画課',
    policy: '3-5 都市機能の充実',
    act: ['駐車場稼働日数', '日', 365, 366, 366, 'A'],
    out: ['駐車場利用台数', '台', 98400, 105000, 101250, 'B'],
    way: '継続',
  },
  {
    no: '0311',
    name: '都市公園維持管理事業',
    section: '都市計画課',
    policy: '3-5 都市機能の充実',
    act: ['公園愛護会による清掃活動回数', '回', 18, 24, 21, 'B'],
    out: ['公園愛護会の結成数', '団体', 31, 35, 33, 'B'],
    way: '継続',
  },
  {
    no: '0312',
    name: '住宅リフォーム支援事業',
    section: '建築課',
    policy: '3-5 都市機能の充実',
    act: ['リフォーム補助件数', '件', 86, 100, 112, 'A'],
    out: ['補助対象工事費の総額', '千円', 198000, 230000, 251600, 'A'],
    way: '継続',
  },
  {
    no: '0313',
    name: '景観形成推進事業',
    section: '都市計画課',
    policy: '3-5 都市機能の充実',
    act: ['景観アドバイザー派遣件数', '件', 4, 6, 2, 'D'],
    out: ['景観重点地区の指定数', '地区', 1, 2, 1, 'D'],
    way: '改善',
  },
  {
    no: '0314',
    name: '地籍調査事業',
    section: '建設管理課',
    policy: '3-5 都市機能の充実',
    act: ['地籍調査実施面積', 'k㎡', 2.1, 2.4, 2.4, 'A'],
    out: ['地籍調査の進捗率', '％', 41.2, 44.0, 43.8, 'B'],
    way: '継続',
  },
];

/** The 一覧's copies that differ from the 個票: 0305's 成果指標 actual (1,240 for 1,420) and 0311's 活動指標 target (the old 20 for 24). */
const ICHIRAN_DIFFS: Record<string, { row: 'act' | 'out'; t?: number; a?: number; grade: string }> = {
  '0305': { row: 'out', a: 1240, grade: 'B' },
  '0311': { row: 'act', t: 20, grade: 'A' },
};

const fmtFor = (x: number, u: string) => (u === '％' || !Number.isInteger(x) ? (Number.isInteger(x * 10) ? '#,##0.0' : '#,##0.00') : '#,##0');

const ichiranBook: Holdout2Workbook = {
  name: 'h97-trap-ichiran-kohyo-sai',
  layout:
    '一覧 (一次集計 令和6年5月10日時点) of 28 indicators first, then 14 個票 sheets 0301…0314 (区分 | 指標名 | 単位 | R4実績 | R5目標 | R5実績 | 達成率 | 評価); the 一覧 has 0305 成果指標 実績 1,240 where the 個票 says 1,420 and 0311 活動指標 目標 20 where the 個票 says 24, and notes 「数値は各事業の個票を正とします」',
  build(wb) {
    const list = wb.addWorksheet('一覧', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, printTitlesRow: '4:4' } });
    list.columns = [8, 26, 10, 30, 8, 12, 12, 10, 8].map((width) => ({ width }));
    box(list, 1, 1, 1, 9, '令和5年度 事務事業評価　指標一覧（産業・都市分野）');
    box(list, 2, 1, 2, 9, '（一次集計：令和6年5月10日時点）　※数値は各事業の個票（事業番号のシート）を正とします。');
    put(list, 4, 1, ['事業番号', '事業名', '区分', '指標名', '単位', '令和5年度目標', '令和5年度実績', '達成率', '評価']);
    let r = 5;
    for (const p of P9) {
      for (const key of ['act', 'out'] as const) {
        const [n, u, , t0, a0, g0, down] = p[key];
        const diff = ICHIRAN_DIFFS[p.no]?.row === key ? ICHIRAN_DIFFS[p.no] : undefined;
        const t = diff?.t ?? t0;
        const a = diff?.a ?? a0;
        put(list, r, 1, [p.no, p.name, key === 'act' ? '活動指標' : '成果指標', n, u, t, a, round(rateOf(t, a, down), 4), diff?.grade ?? g0]);
        list.getCell(r, 6).numFmt = fmtFor(t, u);
        list.getCell(r, 7).numFmt = fmtFor(a, u);
        list.getCell(r, 8).numFmt = '0.0%';
        r++;
      }
    }
    box(list, r + 1, 1, r + 1, 9, '※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満（減少を目指す指標の達成率は目標÷実績）');
    for (const p of P9) {
      const ws = wb.addWorksheet(p.no, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
      ws.columns = [10, 32, 8, 12, 12, 12, 10, 8].map((width) => ({ width }));
      box(ws, 1, 1, 1, 8, '令和5年度　事務事業評価表（個票）');
      ws.getCell('G2').value = '作成日';
      ws.getCell('H2').value = '令和6年6月3日';
      put(ws, 3, 1, ['事業番号', p.no, '事業名']);
      box(ws, 3, 4, 3, 8, p.name);
      ws.getCell('A4').value = '担当課';
      ws.getCell('B4').value = p.section;
      ws.getCell('C4').value = '施策';
      box(ws, 4, 4, 4, 8, p.policy);
      box(ws, 6, 1, 6, 8, '■ 指標の状況');
      put(ws, 7, 1, ['区分', '指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率', '評価']);
      for (const c of [4, 5, 6]) ws.getCell(7, c).alignment = wrap;
      (['act', 'out'] as const).forEach((key, k) => {
        const [n, u, prev, t, a, g] = p[key];
        const rr = 8 + k;
        put(ws, rr, 1, [key === 'act' ? '活動指標' : '成果指標', n, u, prev, t, a]);
        for (const c of [4, 5, 6]) ws.getCell(rr, c).numFmt = fmtFor(ws.getCell(rr, c).value as number, u);
        const down = p[key][6];
        ws.getCell(rr, 7).value = { formula: down ? `IFERROR(E${rr}/F${rr},"")` : `IFERROR(F${rr}/E${rr},"")`, result: round(rateOf(t, a, down), 4) };
        ws.getCell(rr, 7).numFmt = '0.0%';
        ws.getCell(rr, 8).value = g;
      });
      const downs = [p.act, p.out].filter((x) => x[6]).map((x) => `「${x[0]}」は減少を目指す指標。`);
      box(
        ws,
        10,
        1,
        10,
        8,
        `評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満（減少を目指す指標は目標÷実績）${downs.length ? `　※${downs.join('')}` : ''}`,
      );
      box(ws, 12, 1, 12, 8, '■ 総合評価');
      ws.getCell('A13').value = '成果と課題';
      box(ws, 13, 2, 15, 8, null);
      ws.getCell('A16').value = '今後の方向性';
      ws.getCell('B16').value = p.way;
    }
  },
  expected: {
    file: 'h97-trap-ichiran-kohyo-sai.xlsx',
    fiscalYear: 2023,
    indicators: P9.flatMap((p) =>
      (['act', 'out'] as const).map((key) => {
        const [n, u, , t, a, g, down] = p[key];
        return ind(p.no, n, u, t, a, { direction: down ? 'down' : 'up', existing: g });
      }),
    ),
    groups: [],
  },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 10. 成果指標一覧 of 42 indicators on one sheet, six 施策 groups, the two header rows repeated at each page break.
 * ---------------------------------------------------------------------------------------------------------------------------- */

/** [成果指標, 単位, ↑/↓, 基準値（R2）, 令和5年度目標, 令和5年度実績 (or a word), 評価 (written), 最終目標（R7）, 担当課] */
type Row10 = [string, string, '↑' | '↓', number, number, number | string, string, number, string];

const GROUPS10: [string, Row10[]][] = [
  [
    '施策１　子どもを育む環境づくり',
    [
      ['出生数', '人', '↑', 142, 150, 128, 'B', 155, '住民課'],
      ['保育所待機児童数', '人', '↓', 4, 0, 0, 'A', 0, 'こども課'],
      ['子育て支援センター利用者数', '人', '↑', 6200, 7000, 7480, 'A', 7500, 'こども課'],
      ['放課後子ども教室の実施日数', '日', '↑', 120, 150, 146, 'A', 160, '教育総務課'],
      ['全国学力調査の平均正答率（全国比）', 'ポイント', '↑', 98.5, 100.0, 99.1, 'B', 101.0, '学校教育課'],
      ['不登校児童生徒数', '人', '↓', 18, 15, 21, 'C', 12, '学校教育課'],
      ['学校給食の地場産物使用率', '％', '↑', 38.2, 42.0, 44.5, 'A', 45.0, '学校教育課'],
    ],
  ],
  [
    '施策２　健康で安心して暮らせるまちづくり',
    [
      ['特定健診受診率', '％', '↑', 45.1, 55.0, 52.3, 'B', 60.0, '保健福祉課'],
      ['胃がん検診受診率', '％', '↑', 14.2, 18.0, 13.6, 'C', 20.0, '保健福祉課'],
      ['要介護認定率', '％', '↓', 18.4, 18.5, 18.9, 'B', 18.5, '保健福祉課'],
      ['通いの場の参加者数', '人', '↑', 420, 600, 585, 'B', 700, '保健福祉課'],
      ['認知症サポーター数（累計）', '人', '↑', 2150, 2800, 2910, 'A', 3200, '保健福祉課'],
      ['障がい者の一般就労移行者数', '人', '↑', 2, 3, 1, 'D', 4, '保健福祉課'],
      ['就労により自立した生活保護世帯数', '世帯', '↑', 3, 5, 4, 'B', 6, '保健福祉課'],
    ],
  ],
  [
    '施策３　活力ある産業の振興',
    [
      ['農業産出額', '千万円', '↑', 642, 680, 655, 'B', 700, '産業振興課'],
      ['新規就農者数', '人', '↑', 3, 4, 4, 'A', 5, '産業振興課'],
      ['町内事業所数', '事業所', '↑', 1120, 1130, 1098, 'B', 1140, '産業振興課'],
      ['創業件数', '件', '↑', 4, 6, 7, 'A', 8, '産業振興課'],
      ['観光入込客数', '千人', '↑', 620, 800, 742, 'B', 900, '産業振興課'],
      ['道の駅の売上額', '百万円', '↑', 385, 420, 436, 'A', 450, '産業振興課'],
      ['ふるさと納税寄附額', '百万円', '↑', 310, 400, 288, 'C', 450, '企画課'],
      ['町内で働く就業者の割合', '％', '↑', 62.1, 63.0, '－', '－', 64.0, '企画課'],
    ],
  ],
  [
    '施策４　安全で快適な生活環境の確保',
    [
      ['交通事故件数', '件', '↓', 48, 42, 39, 'A', 38, '総務課'],
      ['火災発生件数', '件', '↓', 12, 10, 14, 'C', 8, '消防本部'],
      ['自主防災組織の活動率', '％', '↑', 62.0, 75.0, 71.4, 'B', 80.0, '総務課'],
      ['1人1日当たりのごみ排出量', 'g', '↓', 845, 820, 836, 'B', 800, '住民課'],
      ['資源化率', '％', '↑', 21.3, 24.0, 22.8, 'B', 26.0, '住民課'],
      ['水道有収率', '％', '↑', 84.5, 88.0, 86.2, 'B', 90.0, '上下水道課'],
      ['汚水処理人口普及率', '％', '↑', 88.0, 91.0, 90.6, 'A', 93.0, '上下水道課'],
    ],
  ],
  [
    '施策５　便利な都市基盤と交通',
    [
      ['町道舗装補修延長（累計）', 'km', '↑', 4.2, 12.0, 11.4, 'B', 18.0, '建設課'],
      ['町営バス利用者数', '人', '↑', 38500, 42000, 36200, 'B', 45000, '企画課'],
      ['デマンドタクシー利用者数', '人', '↑', 5400, 7000, 7310, 'A', 8000, '企画課'],
      ['空き家バンク登録件数', '件', '↑', 18, 30, 26, 'B', 40, '企画課'],
      ['移住者数', '人', '↑', 42, 60, '集計中', '－', 70, '企画課'],
      ['橋りょう修繕完了数（累計）', '橋', '↑', 6, 14, 14, 'A', 20, '建設課'],
    ],
  ],
  [
    '施策６　協働と健全な行財政運営',
    [
      ['自治会加入率', '％', '↑', 81.2, 82.0, 79.8, 'B', 82.0, '総務課'],
      ['まちづくり活動団体数', '団体', '↑', 26, 32, 30, 'B', 35, '企画課'],
      ['町ホームページのアクセス数', '件', '↑', 420000, 500000, 538000, 'A', 550000, '総務課'],
      ['電子申請の利用件数', '件', '↑', 1200, 3000, 3420, 'A', 4000, '総務課'],
      ['経常収支比率', '％', '↓', 89.6, 90.0, 91.8, 'B', 90.0, '財政課'],
      ['町税収納率', '％', '↑', 98.2, 98.5, 98.7, 'A', 98.8, '税務課'],
      ['女性管理職の割合', '％', '↑', 12.5, 20.0, 17.4, 'C', 25.0, '総務課'],
    ],
  ],
];

function header10(ws: Worksheet, r: number): void {
  box(ws, r, 1, r + 1, 1, 'No.');
  box(ws, r, 2, r + 1, 2, '成果指標');
  box(ws, r, 3, r + 1, 3, '単位');
  box(ws, r, 4, r + 1, 4, '方向');
  ws.getCell(r, 5).value = '基準値';
  ws.getCell(r + 1, 5).value = '（R2）';
  box(ws, r, 6, r, 9, '令和5年度');
  put(ws, r + 1, 6, ['目標値', '実績値', '達成率', '評価']);
  ws.getCell(r, 10).value = '最終目標';
  ws.getCell(r + 1, 10).value = '（R7）';
  box(ws, r, 11, r + 1, 11, '担当課');
}

function fact10(row: Row10): ExpectedIndicator {
  const [n, u, dir, , t, a, g] = row;
  const more = { direction: (dir === '↓' ? 'down' : 'up') as Direction, ...(/^[A-D]$/.test(g) ? { existing: g } : {}) };
  if (typeof a === 'number') return ind('成果指標一覧', n, u, t, a, more);
  return ind('成果指標一覧', n, u, t, null, { ...more, actualStatus: a === '集計中' ? 'pending' : 'not-applicable' });
}

const midHeaderBook: Holdout2Workbook = {
  name: 'h97-trap-kpi-midheader',
  layout:
    'one 成果指標一覧 sheet of 42 indicators in six 施策 groups over three printed pages; the two merged header rows (No. | 成果指標 | 単位 | 方向 | 基準値（R2） | 令和5年度 目標値／実績値／達成率／評価 | 最終目標（R7） | 担当課) are pasted again at each page break, the third time under 「成果指標一覧（つづき）」; 「－」 and 集計中 actuals',
  build(wb) {
    const ws = wb.addWorksheet('成果指標一覧', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.columns = [5, 34, 8, 6, 10, 10, 10, 9, 6, 10, 12].map((width) => ({ width }));
    box(ws, 1, 1, 1, 11, 'みなみ野町総合計画 後期基本計画　成果指標一覧（令和5年度実績）');
    box(ws, 2, 1, 2, 11, '方向　↑：増加を目指す　↓：減少を目指す　／　評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満　－：評価不能');
    header10(ws, 3);
    let r = 5;
    let no = 1;
    GROUPS10.forEach(([policy, rows], gi) => {
      if (gi === 2 || gi === 4) {
        ws.getRow(r - 1).addPageBreak();
        if (gi === 4) {
          box(ws, r, 1, r, 11, 'みなみ野町総合計画 後期基本計画　成果指標一覧（つづき）');
          r++;
        }
        header10(ws, r);
        r += 2;
      }
      box(ws, r, 1, r, 11, policy);
      r++;
      for (const row of rows) {
        const [n, u, dir, base, t, a, g, t7, section] = row;
        put(ws, r, 1, [no++, n, u, dir, base, t, a, undefined, g, t7, section]);
        if (typeof a === 'number') {
          ws.getCell(r, 8).value = {
            formula: dir === '↓' ? `IF(G${r}=0,1,F${r}/G${r})` : `G${r}/F${r}`,
            result: round(rateOf(t, a, dir === '↓'), 4),
          };
          ws.getCell(r, 8).numFmt = '0.0%';
        } else ws.getCell(r, 8).value = '－';
        for (const c of [5, 6, 7, 10]) {
          const v = ws.getCell(r, c).value;
          if (typeof v === 'number') ws.getCell(r, c).numFmt = u === '％' || u === 'ポイント' || u === 'km' ? '#,##0.0' : '#,##0';
        }
        r++;
      }
    });
    box(ws, r + 1, 1, r + 1, 11, '※「－」は調査を行わなかった年度（国勢調査の年のみ把握）。集計中のものは確定後に評価します。');
  },
  expected: {
    file: 'h97-trap-kpi-midheader.xlsx',
    fiscalYear: 2023,
    indicators: GROUPS10.flatMap(([, rows]) => rows.map(fact10)),
    groups: [],
  },
};

/* ------------------------------------------------------------------------------------------------------------------------------
 * 11. 事務事業評価表 cards 事業01 … 事業16: same-named indicators on different sheets, three projects without 目標.
 * ---------------------------------------------------------------------------------------------------------------------------- */

/** [指標名, 単位, 目標 (a number, or as written when there is none: '' blank, '－', '目標設定なし'), 実績, down?] */
type Row11 = [string, string, number | string, number, boolean?];

interface Card {
  name: string;
  section: string;
  basis: string;
  about: string;
  act: Row11;
  out: Row11;
  cost: [number, number];
  way: string;
}

const CARDS: Card[] = [
  {
    name: '防犯灯維持管理事業',
    section: '市民安全課',
    basis: '市防犯灯設置要綱',
    about: '自治会が管理する防犯灯のLED化と電気料を補助する。',
    act: ['防犯灯LED化灯数', '灯', 300, 312],
    out: ['夜間の犯罪認知件数', '件', 60, 54, true],
    cost: [21400, 22850],
    way: '継続',
  },
  {
    name: '地域防犯パトロール支援事業',
    section: '市民安全課',
    basis: '市安全安心まちづくり条例',
    about: '青色回転灯パトロール車による地域の自主防犯活動を支援する。',
    act: ['青色防犯パトロール実施回数', '回', 480, 455],
    out: ['刑法犯認知件数', '件', 420, 447, true],
    cost: [1820, 1790],
    way: '継続',
  },
  {
    name: '消費生活相談事業',
    section: '市民安全課',
    basis: '消費者安全法',
    about: '消費生活センターで消費生活相談員が相談に応じ、あっせんを行う。',
    act: ['相談件数', '件', 1200, 1086],
    out: ['あっせん解決率', '％', 90.0, 92.4],
    cost: [14630, 14920],
    way: '継続',
  },
  {
    name: '男女共同参画推進事業',
    section: '人権推進課',
    basis: '男女共同参画社会基本法',
    about: '男女共同参画に関する啓発講座を開催し、審議会等への女性の登用を進める。',
    act: ['啓発講座の開催回数', '回', 8, 8],
    out: ['審議会等の女性委員の割合', '％', 35.0, 31.6],
    cost: [960, 1040],
    way: '継続',
  },
  {
    name: '人権啓発事業',
    section: '人権推進課',
    basis: '人権教育及び人権啓発の推進に関する法律',
    about: '人権講演会と街頭啓発を行う。',
    act: ['人権講演会参加者数', '人', '', 640],
    out: ['人権が尊重されていると感じる市民の割合', '％', '', 58.2],
    cost: [1350, 1410],
    way: '継続',
  },
  {
    name: '地域活動支援センター事業',
    section: '障がい福祉課',
    basis: '障害者総合支援法',
    about: '障がいのある人に創作的活動や交流の場を提供する。',
    act: ['開所日数', '日', 245, 243],
    out: ['延べ利用者数', '人', 5200, 5630],
    cost: [18200, 18760],
    way: '継続',
  },
  {
    name: '手話奉仕員養成事業',
    section: '障がい福祉課',
    basis: '障害者総合支援法',
    about: '手話奉仕員養成講座（入門・基礎）を開催する。',
    act: ['養成講座の開催回数', '回', 40, 40],
    out: ['手話奉仕員登録者数', '人', 45, 38],
    cost: [2240, 2310],
    way: '継続',
  },
  {
    name: '生活困窮者自立相談支援事業',
    section: '福祉総務課',
    basis: '生活困窮者自立支援法',
    about: '生活に困窮する人の相談に応じ、就労等の支援プランを作成する。',
    act: ['新規相談受付件数', '件', 300, 342],
    out: ['就労・増収者数', '人', 40, 22],
    cost: [26500, 27120],
    way: '改善',
  },
  {
    name: 'ひきこもり支援事業',
    section: '福祉総務課',
    basis: '市ひきこもり支援事業実施要綱',
    about: 'ひきこもり状態にある人と家族の相談・居場所づくりを行う（令和5年度新規）。',
    act: ['家族教室の開催回数', '回', '－', 6],
    out: ['支援につながった人数', '人', '－', 14],
    cost: [0, 3860],
    way: '拡充',
  },
  {
    name: '民生委員活動支援事業',
    section: '福祉総務課',
    basis: '民生委員法',
    about: '民生委員・児童委員の活動費を交付し、研修を行う。',
    act: ['民生委員の定数充足率', '％', 100.0, 96.4],
    out: ['民生委員の相談・支援件数', '件', 8000, 7420],
    cost: [24100, 24380],
    way: '継続',
  },
  {
    name: '女性のための相談事業',
    section: '人権推進課',
    basis: '困難な問題を抱える女性への支援に関する法律',
    about: '女性相談員が夫婦・家族・DV等の相談に応じる。',
    act: ['相談件数', '件', 150, 172],
    out: ['相談後に関係機関につないだ割合', '％', 30.0, 27.9],
    cost: [3920, 4080],
    way: '継続',
  },
  {
    name: 'ひとり親家庭自立支援事業',
    section: 'こども家庭課',
    basis: '母子及び父子並びに寡婦福祉法',
    about: '自立支援プログラムの策定と資格取得のための給付金を支給する。',
    act: ['自立支援プログラム策定件数', '件', 20, 12],
    out: ['資格取得者数', '人', 10, 8],
    cost: [9850, 10320],
    way: '継続',
  },
  {
    name: '子ども食堂ネットワーク事業',
    section: 'こども家庭課',
    basis: '市子どもの居場所づくり推進要綱',
    about: '子ども食堂の運営団体のネットワーク化と情報交換を支援する。',
    act: ['ネットワーク会議の開催回数', '回', '目標設定なし', 4],
    out: ['市内の子ども食堂の数', 'か所', '目標設定なし', 17],
    cost: [420, 480],
    way: '継続',
  },
  {
    name: 'つどいの広場事業',
    section: 'こども家庭課',
    basis: '子ども・子育て支援法',
    about: '乳幼児と保護者が気軽に集い交流できる広場を開設する。',
    act: ['開設日数', '日', 288, 288],
    out: ['延べ利用者数', '人', 9600, 8150],
    cost: [12600, 12840],
    way: '継続',
  },
  {
    name: '児童館運営事業',
    section: 'こども家庭課',
    basis: '児童福祉法',
    about: '市内4か所の児童館を運営し、遊びと行事の場を提供する。',
    act: ['行事の開催回数', '回', 96, 104],
    out: ['児童館の利用者数（延べ）', '人', 32000, 25870],
    cost: [38400, 39150],
    way: '見直し',
  },
  {
    name: '青少年相談事業',
    section: 'こども家庭課',
    basis: '市青少年育成センター設置条例',
    about: '青少年育成センターで街頭補導と青少年・保護者の相談を行う。',
    act: ['街頭補導活動回数', '回', 120, 118],
    out: ['相談員による継続支援件数', '件', 60, 71],
    cost: [7650, 7720],
    way: '継続',
  },
];

const cardSheet = (i: number) => `事業${String(i + 1).padStart(2, '0')}`;

function fact11(sheet: string, row: Row11): ExpectedIndicator {
  const [n, u, t, a, down] = row;
  return ind(sheet, n, u, typeof t === 'number' ? t : null, a, { direction: down ? 'down' : 'up' });
}

const sameNameBook: Holdout2Workbook = {
  name: 'h97-trap-doumei-mokuhyo-nashi',
  layout:
    '一覧 (事業名・成果指標・目標・実績, the same figures) + 16 事務事業評価表 cards 事業01…事業16 (１ 活動指標 / ２ 成果指標 each a small table 指標名 | 単位 | 令和5年度目標 | 令和5年度実績 | 達成率, then 事業費 決算 columns); 相談件数 on 事業03 and 事業11, 延べ利用者数 on 事業06 and 事業14 with other figures; no 目標 on 事業05 (blank), 事業09 (「－」), 事業13 (「目標設定なし」); hidden 入力補助 sheet',
  build(wb) {
    const list = wb.addWorksheet('一覧');
    list.columns = [8, 28, 14, 34, 8, 12, 12, 10].map((width) => ({ width }));
    box(list, 1, 1, 1, 8, '令和5年度 事務事業評価　一覧（市民福祉分野）');
    put(list, 3, 1, ['シート', '事業名', '所管課', '成果指標', '単位', '目標', '実績', '今後の方向性']);
    CARDS.forEach((c, i) => {
      const [n, u, t, a] = c.out;
      put(list, 4 + i, 1, [cardSheet(i), c.name, c.section, n, u, typeof t === 'number' ? t : '－', a, c.way]);
    });
    box(list, 21, 1, 21, 8, '※活動指標は各事業のシートを参照。');
    CARDS.forEach((c, i) => {
      const ws = wb.addWorksheet(cardSheet(i), { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true } });
      ws.columns = [14, 22, 8, 14, 14, 10].map((width) => ({ width }));
      box(ws, 1, 1, 1, 6, '令和5年度　事務事業評価表');
      ws.getCell('E2').value = '事業番号';
      ws.getCell('F2').value = String(i + 1).padStart(2, '0');
      ws.getCell('A3').value = '事業名';
      box(ws, 3, 2, 3, 6, c.name);
      ws.getCell('A4').value = '所管課';
      box(ws, 4, 2, 4, 3, c.section);
      ws.getCell('D4').value = '根拠法令等';
      box(ws, 4, 5, 4, 6, c.basis);
      ws.getCell('A5').value = '事業の概要';
      box(ws, 5, 2, 5, 6, c.about);
      ws.getCell('B5').alignment = wrap;
      const table = (r: number, title: string, row: Row11) => {
        box(ws, r, 1, r, 6, title);
        box(ws, r + 1, 1, r + 1, 2, '指標名');
        put(ws, r + 1, 3, ['単位', '令和5年度目標', '令和5年度実績', '達成率']);
        const [n, u, t, a, down] = row;
        box(ws, r + 2, 1, r + 2, 2, n);
        ws.getCell(r + 2, 3).value = u;
        if (t !== '') ws.getCell(r + 2, 4).value = t;
        ws.getCell(r + 2, 5).value = a;
        for (const col of [4, 5]) ws.getCell(r + 2, col).numFmt = u === '％' ? '0.0' : '#,##0';
        ws.getCell(r + 2, 6).value =
          typeof t === 'number'
            ? { formula: down ? `IFERROR(D${r + 2}/E${r + 2},"")` : `IFERROR(E${r + 2}/D${r + 2},"")`, result: round(rateOf(t, a, down), 4) }
            : '－';
        ws.getCell(r + 2, 6).numFmt = '0.0%';
      };
      table(7, '１　活動指標（どれだけ実施したか）', c.act);
      table(11, '２　成果指標（どのような効果があったか）', c.out);
      if (c.out[4]) box(ws, 14, 1, 14, 6, '※成果指標は減少を目指す指標（達成率＝目標÷実績）');
      box(ws, 15, 1, 15, 6, '３　事業費（単位：千円）');
      box(ws, 16, 1, 16, 2, '区分');
      put(ws, 16, 3, [undefined, '令和4年度決算', '令和5年度決算']);
      box(ws, 17, 1, 17, 2, '総事業費');
      put(ws, 17, 4, [c.cost[0], c.cost[1]]);
      box(ws, 18, 1, 18, 2, 'うち一般財源');
      put(ws, 18, 4, [Math.round(c.cost[0] * 0.55), Math.round(c.cost[1] * 0.55)]);
      for (const rr of [17, 18]) for (const col of [4, 5]) ws.getCell(rr, col).numFmt = '#,##0';
      ws.getCell('A20').value = '４　今後の方向性';
      ws.getCell('C20').value = c.way;
      box(ws, 21, 1, 23, 6, null);
    });
    const helper = wb.addWorksheet('入力補助', { state: 'hidden' });
    ['拡充', '継続', '改善', '見直し', '縮小', '廃止'].forEach((v, j) => (helper.getCell(1 + j, 1).value = v));
    ['市民安全課', '人権推進課', '障がい福祉課', '福祉総務課', 'こども家庭課'].forEach((v, j) => (helper.getCell(1 + j, 2).value = v));
  },
  expected: {
    file: 'h97-trap-doumei-mokuhyo-nashi.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.flatMap((c, i) => [fact11(cardSheet(i), c.act), fact11(cardSheet(i), c.out)]),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ichiranBook, midHeaderBook, sameNameBook];
