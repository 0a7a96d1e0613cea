import { checkWorkbook } from '../actions/check';
import { headsNameAndOutline, nameWithoutOutline } from './nameOutlineColumn';
import { snap } from './testing';

test('a heading naming the name and the outline', () => {
  for (const h of ['事業名・概要', '推進事業（事業名・概要）', '事業名／事業概要', '名称及び内容', '取組名･内容']) expect(headsNameAndOutline(h)).toBe(true);
  for (const h of ['事業名', '指標名', '事業概要', '内容']) expect(headsNameAndOutline(h)).toBe(false);
});

test('the first line is the name under such a heading only', () => {
  expect(nameWithoutOutline('図書館運営事業\n蔵書の購入と貸出', () => '事業名・概要')).toBe('図書館運営事業');
  expect(nameWithoutOutline('図書館運営事業\n蔵書の購入と貸出', () => '事業名')).toBe('図書館運営事業\n蔵書の購入と貸出');
  expect(nameWithoutOutline('図書館運営事業', () => '事業名・概要')).toBe('図書館運営事業');
});

test('in a table under 「取組（名称・内容）」 the outline line is no part of the name', () => {
  const rows = [
    ['令和5年度　事業の実績'],
    ['No.', '取組\n（名称・内容）', '目標値', '実績値'],
    ['1', '図書館運営事業\n蔵書の購入と貸出サービス', '貸出冊数 90,000冊', '貸出冊数 88,200冊'],
    ['2', '読書推進事業\n読み聞かせ会の開催', '参加者 500人', '参加者 470人'],
  ];
  const names = checkWorkbook({ sheets: [snap('事業', rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);
  expect(names).toEqual([
    ['図書館運営事業', 90000, 88200],
    ['読書推進事業', 500, 470],
  ]);
});

test('tag, mark and number lines are no name; a wrapped tail stays with the name', () => {
  const h = () => '取組（名称・内容）';
  expect(nameWithoutOutline('【重点】\n創業支援事業\n創業塾の開催と開業資金の補助', h)).toBe('創業支援事業');
  expect(nameWithoutOutline('◎\n地域公共交通確保事業\nコミュニティバスの運行', h)).toBe('地域公共交通確保事業');
  expect(nameWithoutOutline('(3)\n読書推進事業\n読み聞かせ会', h)).toBe('読書推進事業');
  expect(nameWithoutOutline('地域子育て支援拠点\n運営事業', h)).toBe('地域子育て支援拠点運営事業');
  expect(nameWithoutOutline('図書館運営事業\n蔵書の購入事業', h)).toBe('図書館運営事業');
  expect(nameWithoutOutline('図書館運営\n蔵書の購入、貸出の事業', h)).toBe('図書館運営');
});

test('a column of names over outline sentences, with no heading saying so, gives the first lines as names', () => {
  const rows = [
    ['令和5年度 事業の実績'],
    ['事業名', '単位', '目標', '実績'],
    ['図書館運営事業\n蔵書の購入と貸出を行う。', '冊', 50000, 48100],
    ['読書推進事業\n読み聞かせ会の開催', '回', 24, 26],
    ['移動図書館事業\n市内の公民館を巡回する。', '回', 48, 45],
  ];
  const names = checkWorkbook({ sheets: [snap('事業', rows)] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['図書館運営事業', '読書推進事業', '移動図書館事業']);
  // One cell of a sentence is no column of outlines: a name wrapped by hand stays whole.
  const one = [rows[0], rows[1], rows[2], ['地域の見守り活動に参加\nしている市民の割合', '％', 40, 38]];
  expect(checkWorkbook({ sheets: [snap('事業', one)] }, {}).report.indicators.map((i) => i.name)[1]).toBe('地域の見守り活動に参加している市民の割合');
});
