/** A table of what things cost (a 収支 block, or the projects' 決算額 beside their indicators) holds no indicators; money indicators stay. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];
const names = (values: Row[]) => checkWorkbook({ sheets: [snap('シート', values)] }, {}).report.indicators.map((i) => i.name);

const plan: Row[] = [
  ['指定管理者モニタリング評価シート（令和5年度）'],
  [],
  ['【1】事業計画の達成状況'],
  ['指標', '単位', '目標値', '実績値'],
  ['年間利用者数', '人', 85000, 88214],
  ['大ホールの稼働率', '％', 65, 58.2],
  [],
];
const accounts = (caption: string, heads: Row, rows: Row[]): Row[] => [...plan, [caption], heads, ...rows];
const money: Row[] = [
  ['指定管理料', null, 98000, 98000],
  ['利用料金収入', null, 42000, 39850],
  ['管理運営費', null, 140000, 136920],
];

test('the rows of a table captioned as a 収支 block in 千円 (計画 | 実績) are no indicators', () => {
  expect(names(accounts('【2】収支状況（単位：千円）', ['項目', '単位', '計画', '実績'], money))).toEqual(['年間利用者数', '大ホールの稼働率']);
  expect(names(accounts('歳入歳出決算（単位：円）', ['項目', '単位', '計画', '実績'], money))).toEqual(['年間利用者数', '大ホールの稼働率']);
});

test('a money block read against a 目標, or named as indicators, stays a table of indicators', () => {
  const targeted = names(accounts('【2】決算の状況（単位：千円）', ['項目', '単位', '目標', '実績'], money));
  expect(targeted).toContain('指定管理料');
  expect(names(accounts('【2】財政指標（単位：千円）', ['項目', '単位', '計画', '実績'], money))).toContain('管理運営費');
  expect(names(accounts('【2】収支状況（単位：千円）', ['指標名', '単位', '計画', '実績'], money))).toContain('管理運営費');
});

test('a money caption without a money unit, or a row counted in another unit, keeps the rows', () => {
  expect(names(accounts('【2】収支状況', ['項目', '単位', '計画', '実績'], money))).toContain('指定管理料');
  const counted = [...money, ['自主事業の開催数', '件', 24, 20]];
  expect(names(accounts('【2】事業費の状況（単位：千円）', ['項目', '単位', '計画', '実績'], counted))).toContain('自主事業の開催数');
});

test('money indicators (徴収額, 寄附額, 収納率) in a table of indicators in 千円 stay indicators', () => {
  const taxes: Row[] = [
    ['市税の徴収状況（単位：千円）'],
    ['指標', '単位', '目標値', '実績値'],
    ['市税の徴収額', '千円', 21500000, 21876000],
    ['ふるさと納税の寄附額', '千円', 300000, 412000],
    ['市税の収納率', '％', 98.5, 98.9],
  ];
  expect(names(taxes)).toEqual(['市税の徴収額', 'ふるさと納税の寄附額', '市税の収納率']);
  const income: Row[] = [['市税収入の状況（単位：千円）'], ['項目', '単位', '計画', '実績'], ['市税収入額', '千円', 21500000, 21876000]];
  expect(names(income)).toEqual(['市税収入額']);
});

const seika = (result: string | number): Row[] => [
  ['令和5年度　主要施策の成果に関する説明書'],
  ['（金額の単位：千円）'],
  ['事業名', '決算額', '特定財源', '事業の実績', '成果指標', '単位', '目標値', '実績値'],
  ['子育て支援センター運営事業', 45210, 12000, '相談件数 1,842件、子育て講座 36回開催', '子育て相談の利用者満足度', '％', 85, 88.3],
  ['有害鳥獣対策事業', 21380, 10690, result, '農作物の鳥獣被害額', '千円', '15,000以下', 18240],
  ['合計', 66590, 22690],
];

test('beside the indicators with targets, the projects listed with their 決算額 are no indicators', () => {
  expect(names(seika('ニホンジカ 412頭を捕獲'))).toEqual(['子育て相談の利用者満足度', '農作物の鳥獣被害額']);
});

test('a project line with a number in its own value column is read as before', () => {
  expect(names(seika(412))).toContain('有害鳥獣対策事業');
});

test('without a cost column, the side of project names is read as before', () => {
  const rows = seika('ニホンジカ 412頭を捕獲').map((r) => [r[0], r[3], ...r.slice(4)]);
  expect(names(rows)).toContain('子育て支援センター運営事業');
});

test('a table of money aimed at, savings made or revenue raised (計画 | 実績 in 千円), is of aims, read as indicators', () => {
  const savings = accounts(
    '【2】経費削減の効果額（単位：千円）',
    ['取組項目', '計画', '実績', '達成状況'],
    [
      ['事務の委託化による削減効果', 12000, 8000, null],
      ['公共施設の統廃合による削減効果', 30000, 31000, null],
    ],
  );
  expect(names(savings)).toContain('事務の委託化による削減効果');
  const revenue: Row[] = [
    ['【1】歳入確保の取組（単位：千円）'],
    ['取組', '計画', '実績', '評価'],
    ['ふるさと納税寄附額', 500000, 420000, null],
    ['未利用地の売却収入', 80000, 95000, null],
  ];
  expect(names(revenue)).toEqual(['ふるさと納税寄附額', '未利用地の売却収入']);
});
