import { parseBracketGrade, parseGrade, parseValue } from './values';

const scale = [
  { grade: 'A', label: '順調' },
  { grade: 'B', label: '概ね順調' },
  { grade: 'C', label: 'やや遅れている' },
  { grade: 'D', label: '遅れている' },
];

describe('parseValue', () => {
  test.each([
    ['交付決定事業所数 32社', { status: 'value', value: 32, unit: '社', label: '交付決定事業所数' }],
    ['参加者数 計233名', { status: 'value', value: 233, unit: '名', label: '参加者数' }],
    ['１，３１３．５', { status: 'value', value: 1313.5 }],
    ['1,884', { status: 'value', value: 1884 }],
    ['85％', { status: 'value', value: 85, unit: '%' }],
    ['12.5%', { status: 'value', value: 12.5, unit: '%' }],
    ['▲5', { status: 'value', value: -5 }],
    ['△3.2%', { status: 'value', value: -3.2, unit: '%' }],
    ['1億2,345万円', { status: 'value', value: 123450000, unit: '円' }],
    ['4億1千万円', { status: 'value', value: 410000000, unit: '円' }],
    ['1万2千人', { status: 'value', value: 12000, unit: '人' }],
    ['16億円', { status: 'value', value: 16, unit: '億円' }],
    ['50 人', { status: 'value', value: 50, unit: '人' }],
    ['3か所', { status: 'value', value: 3, unit: 'か所' }],
    ['3ヶ所', { status: 'value', value: 3, unit: 'ヶ所' }],
    ['－', { status: 'not-applicable' }],
    ['―', { status: 'not-applicable' }],
    ['-', { status: 'not-applicable' }],
    ['—', { status: 'not-applicable' }],
    ['該当なし', { status: 'not-applicable' }],
    ['未設定', { status: 'no-target' }],
    ['目標なし', { status: 'no-target' }],
    ['集計中', { status: 'pending' }],
    ['調査中', { status: 'pending' }],
    ['（集計中）', { status: 'pending' }],
    ['(該当なし)', { status: 'not-applicable' }],
    ['（備考）', { status: 'text' }],
    ['未実施', { status: 'not-implemented' }],
    ['未着手', { status: 'not-implemented' }],
    ['未調査', { status: 'missing' }],
    ['未把握', { status: 'missing' }],
    ['#DIV/0!', { status: 'error' }],
    ['#N/A', { status: 'error' }],
    ['#VALUE!', { status: 'error' }],
    ['現況調査の実施', { status: 'text' }],
    ['▲', { status: 'text' }],
    ['', { status: 'missing' }],
    ['   ', { status: 'missing' }],
  ])('%j', (raw, expected) => {
    expect(parseValue(raw)).toMatchObject(expected);
  });

  test('year notes in the cell are notes, not numbers', () => {
    expect(parseValue('785\n（令和2年）')).toMatchObject({ status: 'value', value: 785, notePeriod: { fiscalYear: 2020, kind: 'calendar' } });
    expect(parseValue('29（令和4年3月末現在）')).toMatchObject({ value: 29, notePeriod: { fiscalYear: 2021, kind: 'month' } });
    expect(parseValue('47.4 (R3.4末現在)')).toMatchObject({ value: 47.4, notePeriod: { fiscalYear: 2021 } });
    expect(parseValue('1885\n（令和4年度※令和3年）')).toMatchObject({ value: 1885, notePeriod: { fiscalYear: 2022 } });
  });

  test('beside a pending or not-implemented word, the date its figure is to be published or the work put off to is no year of a figure', () => {
    for (const raw of ['集計中（R6秋公表予定）', '調査中（令和7年3月判明見込み）', '集計中\n※令和6年度確定予定']) {
      const p = parseValue(raw);
      expect(p.status).toBe('pending');
      expect(p).not.toHaveProperty('notePeriod');
    }
    expect(parseValue('未実施（講師の都合により令和６年度に延期）')).toMatchObject({ status: 'not-implemented' });
    expect(parseValue('未実施（講師の都合により令和６年度に延期）')).not.toHaveProperty('notePeriod');
    expect(parseValue('集計中（令和4年度分）')).toMatchObject({ status: 'pending', notePeriod: { fiscalYear: 2022 } });
    expect(parseValue('48.5（R6公表予定）')).toMatchObject({ value: 48.5, notePeriod: { fiscalYear: 2024 } });
  });

  test('a footnote mark ※1 glued to a word or a figure is no figure of the cell', () => {
    expect(parseValue('集計中※1')).toMatchObject({ status: 'pending' });
    expect(parseValue('調査中※２')).toMatchObject({ status: 'pending' });
    expect(parseValue('1,234※1')).toMatchObject({ status: 'value', value: 1234 });
    // A note after ※ that says more than a number is still read as a note (「（36人）」 alone is the figure).
    expect(parseValue('※ 36人')).toMatchObject({ status: 'value', value: 36 });
  });

  test('a status word before a bracketed reason with a number in it is the cell’s value; the number is no figure', () => {
    expect(parseValue('未実施\n（台風第10号接近のため中止）')).toMatchObject({ status: 'not-implemented' });
    expect(parseValue('集計中（3施設分未報告）')).toMatchObject({ status: 'pending' });
    expect(parseValue('該当なし。（対象2件とも辞退）')).toMatchObject({ status: 'not-applicable' });
    // A figure only in the brackets, with no word outside, or a word that is no status: the figure is the cell's.
    expect(parseValue('（36人）')).toMatchObject({ status: 'value', value: 36 });
    expect(parseValue('参加者（36人）')).toMatchObject({ status: 'value', value: 36 });
  });

  test('several labelled measures in one cell', () => {
    const p = parseValue('交付対象人数 新規高卒者:52人 若者等:19人');
    expect(p.status).toBe('value');
    expect(p.value).toBeUndefined();
    expect(p.label).toBe('交付対象人数');
    expect(p.measures).toEqual([
      { label: '新規高卒者', value: 52, unit: '人' },
      { label: '若者等', value: 19, unit: '人' },
    ]);
    expect(parseValue('勉強会：15人　見学会：13人').measures?.map((m) => m.label)).toEqual(['勉強会', '見学会']);
  });

  test('measures marked ①② are labelled measures, the marks not numbers (on one line or two)', () => {
    expect(parseValue('①勉強会:30人 ②見学会:18人').measures).toEqual([
      { label: '勉強会', value: 30, unit: '人', mark: '①' },
      { label: '見学会', value: 18, unit: '人', mark: '②' },
    ]);
    expect(parseValue('①新規高卒者:36人\n②若者等:39人').measures?.map((m) => [m.label, m.value])).toEqual([
      ['新規高卒者', 36],
      ['若者等', 39],
    ]);
    // Marks alone are the labels.
    expect(parseValue('①30人 ②18人').measures?.map((m) => [m.label, m.value])).toEqual([
      ['①', 30],
      ['②', 18],
    ]);
    expect(parseValue('①交付件数 62件')).toMatchObject({ value: 62, label: '交付件数', unit: '件' });
  });

  test('a unit word after the only number is its unit, even one not in the list (経営体)', () => {
    expect(parseValue('492 経営体')).toMatchObject({ value: 492, unit: '経営体' });
    expect(parseValue('12団地')).toMatchObject({ value: 12, unit: '団地' });
    expect(parseValue('12 済').unit).toBeUndefined();
    expect(parseValue('30 見込み').unit).toBeUndefined();
  });

  test.each([
    ['659（見込み）', 659, 'provisional'],
    ['659(見込値)', 659, 'provisional'],
    ['1,831（速報値）', 1831, 'provisional'],
    ['暫定 120件', 120, 'provisional'],
    ['120件※未確定', 120, 'provisional'],
    ['約277', 277, 'approximate'],
    ['約 1,200人', 1200, 'approximate'],
    ['1,200人（概数）', 1200, 'approximate'],
    ['30件以上', 30, 'approximate'],
    ['5人未満', 5, 'approximate'],
    ['約1,200（見込み）', 1200, 'provisional'],
  ])('%j is %d, not final (%s)', (raw, value, qualifier) => {
    expect(parseValue(raw)).toMatchObject({ status: 'value', value, qualifier });
  });

  test('final figures and words that only look like qualifiers have none', () => {
    for (const raw of ['659', '1,050件', '65歳以上人口 1,234人', '785（令和2年）', '交付件数 62件']) expect(parseValue(raw).qualifier).toBeUndefined();
    expect(parseValue('未確定')).toMatchObject({ status: 'pending' });
    expect(parseValue('①勉強会:24人 ②見学会:11人（見込み）')).toMatchObject({ qualifier: 'provisional', measures: [{ label: '勉強会' }, { label: '見学会' }] });
  });

  test('several unlabelled numbers are ambiguous, not silently one of them', () => {
    expect(parseValue('36人 25人')).toMatchObject({ status: 'value', ambiguous: true });
  });

  test('digits broken by single stray spaces (PDF extraction) are one number when the cell holds nothing else', () => {
    expect(parseValue('1 250')).toMatchObject({ status: 'value', value: 1250 });
    expect(parseValue('5 0 0')).toMatchObject({ status: 'value', value: 500 });
    expect(parseValue('６ ６.４')).toMatchObject({ status: 'value', value: 66.4 });
    expect(parseValue('1 2,345')).toMatchObject({ status: 'value', value: 12345 });
    expect(parseValue('1 250').ambiguous).toBeUndefined();
    for (const raw of ['36人 25人', '1  250', '1 250人 3', 'R5 1 250']) expect(parseValue(raw).value).not.toBe(1250);
  });

  test('a hyphen joining words is not a minus', () => {
    expect(parseValue('区分A-10件').value).toBe(10);
    expect(parseValue('-5').value).toBe(-5);
  });

  test('a word alone saying none at all (皆減, 皆無, ゼロ) is the number 0, not a non-value; words merely containing them are not', () => {
    for (const raw of ['皆減', '皆 減', '皆無', 'ゼロ', '皆減を目指す', '皆減（目標は0件）'])
      expect(parseValue(raw)).toMatchObject({ status: 'value', value: 0 });
    expect(parseValue('皆減（0件）')).toMatchObject({ status: 'value', value: 0, unit: '件' });
    expect(parseValue('ゼロカーボン推進').status).toBe('text');
    expect(parseValue('該当なし').status).toBe('not-applicable');
  });

  test('numbers use their format: percent and units in the format', () => {
    expect(parseValue(0.85, '0%')).toMatchObject({ value: 85, unit: '%' });
    expect(parseValue(0.855, '0.0%')).toMatchObject({ value: 85.5, unit: '%' });
    expect(parseValue(12, '#,##0"件"')).toMatchObject({ value: 12, unit: '件' });
    expect(parseValue(12, '0\\人')).toMatchObject({ value: 12, unit: '人' });
    expect(parseValue(12, null)).toEqual({ status: 'value', value: 12, text: '12' });
  });
});

describe('parseGrade', () => {
  test.each([
    ['A', 'A'],
    ['Ａ', 'A'],
    [' b ', 'B'],
    ['A（順調）', 'A'],
    ['C:やや遅れている', 'C'],
    ['概ね順調', 'B'],
    ['遅れている', 'D'],
  ])('%j → %s', (raw, grade) => {
    expect(parseGrade(raw, scale)?.grade).toBe(grade);
  });
  test('off the scale', () => {
    expect(parseGrade('E', scale)).toEqual({ grade: null, text: 'E' });
    expect(parseGrade('未実施', scale)?.grade).toBeNull();
    expect(parseGrade('', scale)).toBeNull();
    expect(parseGrade(null, scale)).toBeNull();
  });
});

test('a parsed cell is one of four kinds: one number, labelled numbers, numbers not told apart, no number', () => {
  const kind = (raw: string) => {
    const p = parseValue(raw);
    if (p.status !== 'value') return ['none', p.status];
    if (p.ambiguous) return ['ambiguous', p.measures.length];
    if (p.measures) return ['labelled', p.measures.map((m) => m.label).join('/')];
    return ['one', p.value];
  };
  expect(kind('1,050件')).toEqual(['one', 1050]);
  expect(kind('新規高卒者:52人 若者等:19人')).toEqual(['labelled', '新規高卒者/若者等']);
  expect(kind('36人 25人')).toEqual(['ambiguous', 2]);
  expect(kind('集計中')).toEqual(['none', 'pending']);
  expect(kind('785（令和2年）')).toEqual(['one', 785]);
});

describe('a value cell with its period before the number', () => {
  test.each([
    ['R7 100件', 100, '件'],
    ['R7　1,000', 1000, undefined],
    ['FY2025 30', 30, undefined],
    ['令和7年度　50社', 50, '社'],
  ])('%s is the number of that period', (text, value, unit) => {
    const v = parseValue(text);
    expect(v.status).toBe('value');
    expect(v.status === 'value' && !('ambiguous' in v && v.ambiguous) ? [v.value, v.unit, v.notePeriod?.fiscalYear] : null).toEqual([value, unit, 2025]);
  });
});

test('last year’s grade in brackets, bare or labelled as last year’s: （B）, （前年度：B）, （前年度評価 B）', () => {
  for (const raw of ['（B）', '（前年度：B）', '（前年度評価：Ｂ）', '(前回 B)']) expect(parseBracketGrade(raw, scale)).toBe('B');
  expect(parseBracketGrade('（前年度：集計中）', scale)).toBeNull();
  expect(parseBracketGrade('B', scale)).toBeNull();
});

test('a note with another year’s figure beside the text’s figure dates that figure, not the text’s', () => {
  expect(parseValue('120（R4: 98）')).toMatchObject({ value: 120 });
  expect(parseValue('120（R4: 98）').notePeriod).toBeUndefined();
  expect(parseValue('4,512\n（R4：4,380）')).toMatchObject({ value: 4512 });
  expect(parseValue('4,512\n（R4：4,380）').notePeriod).toBeUndefined();
  expect(parseValue('R5: 88（R4: 104）')).toMatchObject({ value: 88, notePeriod: { fiscalYear: 2023 } });
  // A note naming only a year dates the figure.
  expect(parseValue('10,412（令和３年）')).toMatchObject({ value: 10412, notePeriod: { fiscalYear: 2021 } });
});

test('a status word before a bracketed figure is that figure; before a bracketed reason it is the status (review rv43)', () => {
  expect(parseValue('未実施（台風第10号接近のため中止）').status).toBe('not-implemented');
  expect(parseValue('なし（0件）')).toMatchObject({ status: 'value', value: 0 });
  expect(parseValue('集計中（速報値 58）')).toMatchObject({ status: 'value', value: 58 });
});

test('a status word before a bracket whose figures are months or days (when the rest comes) stays the status, never the month', () => {
  expect(parseValue('集計中（3月分未確定）').status).toBe('pending');
  expect(parseValue('調査中（10月公表予定）').status).toBe('pending');
  expect(parseValue('未確定（3月分集計中）').status).toBe('pending');
  // A count in the bracket is still the figure, and a figure outside keeps its bracketed month as a note.
  expect(parseValue('集計中（速報値 58）')).toMatchObject({ status: 'value', value: 58 });
  expect(parseValue('58（3月分）')).toMatchObject({ status: 'value', value: 58 });
});

test('a label ending in a word’s 約 (成約, 契約) keeps it; a 約 standing alone before the number is the approximate mark', () => {
  expect(parseValue('登録 40件 成約 20件').measures?.map((q) => q.label)).toEqual(['登録', '成約']);
  expect(parseValue('登録:46件 成約:15件').measures?.map((q) => q.label)).toEqual(['登録', '成約']);
  expect(parseValue('参加者約 200人')).toMatchObject({ value: 200, label: '参加者', qualifier: 'approximate' });
});
