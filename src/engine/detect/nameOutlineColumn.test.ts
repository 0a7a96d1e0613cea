import { checkWorkbook } from '../actions/check';
import { headsNameAndOutline, nameWithoutOutline } from './nameOutlineColumn';
import { snap } from './testing';

test('a heading naming the name and the outline', () => {
  for (const h of ['事業名・概要', '推進事業（事業名・概要）', '事業名／事業概要', '名称及び内容', '取組名･内容', '事業名\n（概要）', '事業名(事業概要)'])
    expect(headsNameAndOutline(h)).toBe(true);
  for (const h of ['事業名', '指標名', '事業概要', '内容', '事業名（再掲）', '概要（事業名）']) expect(headsNameAndOutline(h)).toBe(false);
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

test('under 「事業名・概要」 beside a No. column of serial numbers, the first lines are the names, not the numbers', () => {
  const rows = [
    ['令和5年度事業実績'],
    ['No.', '施策', '事業名・概要', '令和5年度\n数値目標', '令和5年度\n実績値', '自己評価'],
    [1, '安定した水の供給', '基幹管路更新事業\n老朽化した導水管を計画的に更新する。', '更新延長 3.5km', '更新延長 3.12km', 'B'],
    [2, null, '漏水調査事業\n配水管路の漏水調査を行う。', '調査延長 120km', '調査延長 134km', 'A'],
    // No figure in the value columns: its outline sentence (。) makes no sentence row of it, the name line is a name.
    [3, null, '台帳システム更新事業\n台帳システムを更新し管路情報を一元化する。', 'システム更新', '未実施（令和6年度に延期）', 'D'],
    [],
    ['自己評価　A：計画どおり実施　B：概ね計画どおり　C：やや遅れ　D：遅れ・未実施'],
  ];
  const read = checkWorkbook({ sheets: [snap('事業', rows, { merges: ['B3:B5'] })] }, {}).report.indicators.map((i) => [
    i.name,
    i.target,
    i.actual,
    i.actualStatus,
  ]);
  expect(read).toEqual([
    ['基幹管路更新事業', 3.5, 3.12, 'value'],
    ['漏水調査事業', 120, 134, 'value'],
    ['台帳システム更新事業', null, null, 'not-implemented'],
  ]);
});

test('a single-line sentence in the name column with no figure is still no indicator under 「事業名・概要」', () => {
  const rows = [
    ['No.', '事業名・概要', '目標', '実績'],
    [1, '図書館運営事業\n蔵書の購入と貸出を行う。', 50000, 48100],
    [2, '読書推進事業\n読み聞かせ会を開催する。', 24, 26],
    [null, '上記のほか、移動図書館の運行を継続した。', null, '実施'],
  ];
  const names = checkWorkbook({ sheets: [snap('事業', rows)] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['図書館運営事業', '読書推進事業']);
});

test('「指標名（内容）」 heads names wrapped by hand, not names with outlines (review rv43)', () => {
  const rows = [
    ['令和6年度　成果指標'],
    ['指標名（内容）', '単位', '目標値', '実績値'],
    ['市民1人1日当たりの\nごみ排出量', 'g', 850, 900],
    ['刑法犯\n認知件数', '件', 1000, 1100],
  ];
  const names = checkWorkbook({ sheets: [snap('施策', rows)] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['市民1人1日当たりのごみ排出量', '刑法犯認知件数']);
});

test('a code on its own line over the name (「1-(1)⏎空き家バンク運営事業⏎【概要】…。」) numbers the row: the name is the line under it', () => {
  const h = () => '推進事業';
  const outlined = () => true;
  expect(nameWithoutOutline('1-(2)\n空き家改修支援補助金\n【概要】改修費用の1/2を補助する。', h, outlined)).toBe('空き家改修支援補助金');
  expect(nameWithoutOutline('2-(1)\n移住体験ツアー事業\n【概要】ツアーを実施する。', h, outlined)).toBe('移住体験ツアー事業');
});

test('review rv80: in a column of projects over their 概要, a line ending in an aim (…の削減) stays with the name', () => {
  expect(
    nameWithoutOutline(
      'ごみ減量化推進事業\n家庭系ごみ排出量の削減',
      () => '推進事業',
      undefined,
      () => true,
    ),
  ).toBe('ごみ減量化推進事業\n家庭系ごみ排出量の削減');
  expect(
    nameWithoutOutline(
      'ごみ減量化推進事業\n生ごみ処理機の購入費を補助',
      () => '推進事業',
      undefined,
      () => true,
    ),
  ).toBe('ごみ減量化推進事業');
});

test('review rv80 guard: an aim on no measured quantity (…の技術向上) is a 概要 as before', () => {
  expect(
    nameWithoutOutline(
      '排水設備工事指定店講習会\n指定工事店の技術向上',
      () => '事業',
      undefined,
      () => true,
    ),
  ).toBe('排水設備工事指定店講習会');
});
