import type { SheetSnapshot } from '../model/snapshot';
import { addDirectionNotes } from './directionNotes';
import { Grid } from './grid';
import type { RawIndicator } from './types';

function sheet(values: (string | number | null)[][], notes?: Record<string, string>): SheetSnapshot {
  return { name: 'S', visibility: 'visible', protected: false, top: 1, left: 1, values, merges: [], ...(notes ? { notes } : {}) };
}

function indicator(name: string, row: number, more: Partial<RawIndicator> = {}): RawIndicator {
  return {
    sheet: 'S',
    layout: 'table',
    row,
    id: null,
    name,
    nameCell: `A${row}`,
    wordsForDirection: name,
    cumulative: false,
    repeated: false,
    actuals: [],
    targets: [],
    baselines: [],
    ...more,
  };
}

function read(snap: SheetSnapshot, inds: RawIndicator[]): string[] {
  addDirectionNotes(snap, new Grid(snap), inds);
  return inds.map((i) => i.wordsForDirection);
}

const TABLE: (string | number | null)[][] = [
  ['指標', '単位', '目標', '実績', '備考'],
  ['認知症サポーター養成数', '人', 1100, 1045, null],
  ['特別養護老人ホーム待機者数', '人', 90, 96, null],
];

test('a note on the name or the unit cell joins the words for direction', () => {
  const snap = sheet(TABLE, { A3: '少ないほど良い', B2: '多いほど良い', C1: '令和5年度' });
  const got = read(snap, [indicator('認知症サポーター養成数', 2, { unitCell: 'B2' }), indicator('特別養護老人ホーム待機者数', 3)]);
  expect(got).toEqual(['認知症サポーター養成数\n多いほど良い', '特別養護老人ホーム待機者数\n少ないほど良い']);
});

test('a remark naming exactly one indicator by the end of its name joins its words', () => {
  const snap = sheet([...TABLE.slice(0, 1), ['待機者数は少ないほど良い'], ...TABLE.slice(1)].map((r) => [...r]));
  const got = read(snap, [indicator('認知症サポーター養成数', 3), indicator('特別養護老人ホーム待機者数', 4)]);
  expect(got[1]).toBe('特別養護老人ホーム待機者数\n待機者数は少ないほど良い');
  expect(got[0]).toBe('認知症サポーター養成数');
});

test('a remark naming none joins the one indicator on its row; a heading that does not compare joins nothing', () => {
  const rows = TABLE.map((r) => [...r]);
  rows[2][4] = '地域医療課（少ないほど良い）';
  rows.push(['ごみ排出量の削減']);
  const got = read(sheet(rows), [indicator('認知症サポーター養成数', 2), indicator('特別養護老人ホーム待機者数', 3), indicator('ごみ排出量', 5)]);
  expect(got[0]).toBe('認知症サポーター養成数');
  expect(got[1]).toMatch(/^特別養護老人ホーム待機者数\n地域医療課.少ないほど良い.$/);
  expect(got[2]).toBe('ごみ排出量');
});

const SAFETY: (string | number | null)[][] = [
  ['指標', '目標', '実績'],
  ['交通事故発生件数', 350, 361],
  ['火災発生件数', 12, 9],
  ['見守り協力事業所数', 160, 171],
  ['自転車盗難件数', 180, null],
];
const safety = () => SAFETY.map((r, i) => indicator(String(r[0]), i + 1)).slice(1);

test('a remark listing several indicators joins the words of each it names at a place of its own', () => {
  const snap = sheet([...SAFETY, [], ['※交通事故発生件数及び自転車盗難件数は、少ないほど良い指標である。']]);
  const got = read(snap, safety());
  expect(got.map((w) => w.includes('少ないほど良い'))).toEqual([true, false, false, true]);
});

test('a name found only inside a longer one named (発生件数 in 交通事故発生件数) is not named; two names at one place name neither', () => {
  const one = read(sheet([...SAFETY, [], ['※交通事故発生件数は少ないほど良い']]), safety());
  expect(one.map((w) => w.includes('少ないほど良い'))).toEqual([true, false, false, false]);
  const both = read(sheet([...SAFETY, [], ['※発生件数は少ないほど良い']]), safety());
  expect(both.map((w) => w.includes('少ないほど良い'))).toEqual([false, false, false, false]);
});

test('a remark naming the whole measure several names share (殺処分数 of 犬の殺処分数, 猫の殺処分数) names each', () => {
  const rows = [['指標', '目標', '実績'], ['犬の殺処分数', 0, 0], ['猫の殺処分数', 0, 4], ['犬猫の譲渡数', 120, 134], [], ['※殺処分数は少ないほど良い指標。']];
  const got = read(
    sheet(rows),
    rows.slice(1, 4).map((r, i) => indicator(String(r[0]), i + 2)),
  );
  expect(got.map((w) => w.includes('少ないほど良い'))).toEqual([true, true, false]);
});

test('a remark about every indicator joins the words of all but those its exception names', () => {
  const every = read(sheet([['※本表の指標は、いずれも少ないほど良い指標です（ただし「見守り協力事業所数」を除く）。'], ...SAFETY]), safety());
  expect(every.map((w) => w.includes('少ないほど良い'))).toEqual([true, true, false, true]);
  const but = read(sheet([...SAFETY, ['※見守り協力事業所数以外は、少ないほど良い指標です。']]), safety());
  expect(but.map((w) => w.includes('少ないほど良い'))).toEqual([true, true, false, true]);
  const none = read(sheet([['※件数は少ないほど良い'], ...SAFETY]), safety());
  expect(none.map((w) => w.includes('少ないほど良い'))).toEqual([false, false, false, false]);
});

test('a sentence excepting one by name speaks of every other whose measure it names, one several names share too', () => {
  const rows = [
    ['項目', '目標', '実績'],
    ['電気使用量', 38500, 37920],
    ['水道使用量', 300, 335],
    ['庁舎可燃ごみ排出量', 145, 198],
    ['グリーン購入率', 100, 96],
  ];
  const inds = () => rows.slice(1).map((r, i) => indicator(String(r[0]), i + 2));
  const got = read(sheet([['※グリーン購入率を除き、使用量・排出量の削減を目標とする。'], ...rows]), inds());
  expect(got.map((w) => w.includes('削減を目標'))).toEqual([true, true, true, false]);
  const plain = read(sheet([['※使用量の削減を目標とする。'], ...rows]), inds());
  expect(plain.map((w) => w.includes('削減を目標'))).toEqual([false, false, false, false]);
});

test('a footnote writing out the attainment’s formula says no way of an indicator it happens to name', () => {
  const rows = [
    ['指標', '目標', '実績'],
    ['自動車騒音の環境基準達成率', 95, 96.4],
    ['公害苦情の受付件数', 120, 138],
  ];
  const got = read(
    sheet([...rows, [], ['※達成率＝実績値÷目標値×100（減少を目指す指標は目標値÷実績値×100）']]),
    rows.slice(1).map((r, i) => indicator(String(r[0]), i + 2)),
  );
  expect(got).toEqual(['自動車騒音の環境基準達成率', '公害苦情の受付件数']);
});

test('sentence by sentence: an indicator a later sentence names with the other way is left out of 「いずれも」', () => {
  const got = read(sheet([['※いずれも少ないほど良い指標です。ただし見守り協力事業所数は多いほど良い指標です。'], ...SAFETY]), safety());
  expect(got.map((w) => w.includes('いずれも少ないほど良い'))).toEqual([true, true, false, true]);
  expect(got[2]).not.toMatch(/少ないほど/);
});

test('a note of a few sentences is read whole; an aim stated as such (減少を目指す) is a remark too', () => {
  const long =
    '※本表に掲げる指標は、いずれも市内で発生した事故や犯罪等の件数を表すものであり、数値が少ないほど良い指標です（ただし「見守り協力事業所数」を除く）。';
  expect(long.length).toBeGreaterThan(60);
  const got = read(sheet([...SAFETY, [], [long]]), safety());
  expect(got.map((w) => w.includes('少ないほど良い'))).toEqual([true, true, false, true]);
  const aim = read(sheet([...SAFETY, [], ['※自転車盗難件数は減少を目指す指標です。']]), safety());
  expect(aim.map((w) => w.includes('減少を目指す'))).toEqual([false, false, false, true]);
});

test('「いずれも」 under a table speaks of that table, not of the one stacked above it; above every table, of all', () => {
  const rows = [['市民活動指標'], ['指標', '目標', '実績'], ['ボランティア登録者数', 500, 520], [], [], ['指標', '目標', '実績'], ...SAFETY.slice(1)];
  const inds = () => [indicator('ボランティア登録者数', 3), ...SAFETY.slice(1).map((r, i) => indicator(String(r[0]), 7 + i))];
  const under = read(sheet([...rows, ['※上表の指標は、いずれも少ないほど良い指標です。']]), inds());
  expect(under.map((w) => w.includes('少ないほど良い'))).toEqual([false, true, true, true, true]);
  const top = read(
    sheet([['※いずれも少ないほど良い指標です。'], ...rows]),
    inds().map((i) => ({ ...i, row: i.row + 1 })),
  );
  expect(top.map((w) => w.includes('少ないほど良い'))).toEqual([true, true, true, true, true]);
});

test('a remark pointing up (「※上表の指標は…」) speaks of the table above, even standing right over the next table’s header', () => {
  const rows = [
    ['指標', '目標', '実績'],
    ['ボランティア登録者数', 500, 520],
    ['市民活動団体数', 80, 82],
    [],
    [],
    ['※上表の指標は、いずれも少ないほど良い指標です。'],
    ['２　安全'],
    ['指標', '目標', '実績'],
    ...SAFETY.slice(1),
  ];
  const inds = [indicator('ボランティア登録者数', 2), indicator('市民活動団体数', 3), ...SAFETY.slice(1).map((r, i) => indicator(String(r[0]), 9 + i))];
  const got = read(sheet(rows), inds);
  expect(got.map((w) => w.includes('少ないほど良い'))).toEqual([true, true, false, false, false, false]);
  // Not pointing up, the same remark right over a header captions the table below it.
  const plain = read(
    sheet(rows.map((r) => (String(r[0]).startsWith('※') ? ['※いずれも少ないほど良い指標です。'] : r))),
    inds.map((i) => ({ ...i, wordsForDirection: i.name })),
  );
  expect(plain.map((w) => w.includes('少ないほど良い'))).toEqual([false, false, true, true, true, true]);
});

test('a remark naming indicators by their numbers (「指標1-2、2-1は…」) joins the words of those numbered so, not of 1-1 or 2-10', () => {
  const rows: (string | number | null)[][] = [
    ['番号', '指標', '単位', '目標', '実績'],
    ['1-1', '自転車駐車場の利用台数', '台', 500, 480],
    ['1-2', '放置自転車の撤去台数', '台', 120, 130],
    ['2-1', '交通事故の件数', '件', 300, 310],
    ['2-10', '交通安全教室の開催回数', '回', 40, 41],
    ['※指標1-2、2-1は数値が小さいほど良い指標です。'],
  ];
  const inds = [1, 2, 3, 4].map((k) => indicator(String(rows[k][1]), k + 1, { id: String(rows[k][0]) }));
  const got = read(sheet(rows), inds);
  expect(got.map((w) => w.includes('小さいほど良い'))).toEqual([false, true, true, false]);
});

test('an aim noted on a block’s name line (「※減少を目指す指標」) is that block’s, and of no block on other lines', () => {
  const snap = sheet([
    ['①-1', '拠点の利用者数', null, '※減少を目指す指標'],
    ['区分', 'R5'],
    ['目標値', 20],
    ['実績値', 18],
    ['②-1', '講座の参加者数'],
    ['区分', 'R5'],
    ['目標値', 300],
    ['実績値', 310],
  ]);
  const inds = [indicator('拠点の利用者数', 3, { nameCell: 'B1' }), indicator('講座の参加者数', 7, { nameCell: 'B5' })];
  const [first, second] = read(snap, inds);
  expect(first).toContain('減少を目指す');
  expect(second).toBe('講座の参加者数');
});

test('an aim on a line holding two blocks’ names speaks of neither', () => {
  const snap = sheet([['指標①', '利用者数', '指標②', '参加者数', '※減少を目指す指標']]);
  const inds = [indicator('利用者数', 3, { nameCell: 'B1' }), indicator('参加者数', 3, { nameCell: 'D1' })];
  expect(read(snap, inds)).toEqual(['利用者数', '参加者数']);
});

test('an aim stated as the target (「…は、減少を目標とする。」) is a remark of the indicator it names; 「増加を目標とする」 says nothing', () => {
  const down = read(sheet([...TABLE, [], ['※特別養護老人ホーム待機者数は、減少を目標とする。']]), [
    indicator('認知症サポーター養成数', 2),
    indicator('特別養護老人ホーム待機者数', 3),
  ]);
  expect(down.map((w) => w.includes('減少を目標とする'))).toEqual([false, true]);
  const up = read(sheet([...TABLE, [], ['※認知症サポーター養成数は、増加を目標とする。']]), [
    indicator('認知症サポーター養成数', 2),
    indicator('特別養護老人ホーム待機者数', 3),
  ]);
  expect(up).toEqual(['認知症サポーター養成数', '特別養護老人ホーム待機者数']);
});

test('a target stated as keeping a level, with a decrease only its circumstance (「児童数の減少を踏まえ、…維持を目標と」), is no remark', () => {
  const got = read(sheet([...TABLE, [], ['※特別養護老人ホーム待機者数は児童数の減少を踏まえ、基準値程度の維持を目標としています。']]), [
    indicator('認知症サポーター養成数', 2),
    indicator('特別養護老人ホーム待機者数', 3),
  ]);
  expect(got).toEqual(['認知症サポーター養成数', '特別養護老人ホーム待機者数']);
});
