import { parseValue } from './values';
import { canonicalUnit, conversionFactor, unitAt, unitFromName, unitFromNumberFormat, writtenUnit } from './units';

describe('units as written and as compared', () => {
  test.each([
    ['箇所', '箇所'],
    ['ヶ所', 'ヶ所'],
    ['カ所', 'カ所'],
    [' か所 ', 'か所'],
    ['％', '%'],
    ['pt', 'ポイント'],
    ['ｋｍ', 'km'],
  ])('%s is reported as %s', (u, written) => {
    expect(writtenUnit(u)).toBe(written);
  });

  test('every spelling of か所 is one unit in comparisons', () => {
    for (const u of ['箇所', 'ヶ所', 'ヵ所', 'カ所', 'ケ所', '個所']) {
      expect(canonicalUnit(u)).toBe('か所');
      expect(conversionFactor(u, 'か所')).toBe(1);
      expect(conversionFactor('か所', u)).toBe(1);
    }
    expect(conversionFactor('箇所', '件')).toBeNull();
  });

  test('h and 時間 are one unit in comparisons (「11.6h」 under a 単位 of 時間: review rv50)', () => {
    expect(conversionFactor('h', '時間')).toBe(1);
    expect(conversionFactor('時間', 'h')).toBe(1);
    expect(conversionFactor('h', '分')).toBe(60);
    expect(conversionFactor('h', '件')).toBeNull();
  });

  test('a unit after the name keeps its spelling', () => {
    expect(unitFromName('地域サロン数（箇所）')).toBe('箇所');
    expect(unitFromName('公園数（ヶ所）')).toBe('ヶ所');
  });

  test('containers counted in twenty-foot equivalent units (TEU) are a unit', () => {
    expect(unitFromName('コンテナ取扱量（TEU）')).toBe('TEU');
    // Hours abbreviated, per year as written (人／年 stays 人/年).
    expect(unitFromName('削減実績時間（h／年）')).toBe('h/年');
    expect(unitFromName('面積（ha）')).toBe('ha');
    expect(unitFromName('河川の水質（BOD）')).toBeUndefined();
  });

  test('procedures counted (手続 / 手続き) are a unit after the name and after a figure; a kind of procedure in brackets is none', () => {
    expect(unitFromName('行政手続オンライン化数（手続）')).toBe('手続');
    expect(unitFromName('オンライン化した手続数（手続き）')).toBe('手続き');
    expect(parseValue('214手続')).toMatchObject({ status: 'value', value: 214, unit: '手続' });
    expect(conversionFactor('手続き', '手続')).toBe(1);
    expect(conversionFactor('手続', '件')).toBeNull();
    // The procedures a count is of, named in the bracket, are no unit; a 件 after a 手続 name stays the unit.
    expect(unitFromName('電子申請件数（行政手続）')).toBeUndefined();
    expect(unitFromName('電子申請件数（子育て関係手続）')).toBeUndefined();
    expect(unitFromName('手続件数（件）')).toBe('件');
  });

  test('a counter and 数 in the bracket is the count in that counter; a split by kind (…別) is no unit (review rv64)', () => {
    expect(unitFromName('行政手続オンライン化数（手続数）')).toBe('手続');
    expect(unitFromName('オンライン化手続数（手続き数）')).toBe('手続き');
    expect(conversionFactor(unitFromName('行政手続オンライン化数（手続数）'), parseValue('214手続').unit)).toBe(1);
    expect(unitFromName('相談件数（件数）')).toBe('件');
    expect(unitFromName('参加人数（人数）')).toBe('人');
    expect(unitFromName('避難所数（箇所数）')).toBe('箇所');
    expect(unitFromName('行政手続オンライン化数（手続別）')).toBeUndefined();
    expect(unitFromName('電子申請件数（手続別）')).toBeUndefined();
    expect(unitFromName('相談件数（月別）')).toBeUndefined();
    // Words closed by 数 that open with no counter stay no unit.
    expect(unitFromName('利用者数（延べ利用者数）')).toBeUndefined();
    expect(unitFromName('参加者数（実人数）')).toBeUndefined();
  });

  test('sections measured (区間) are a unit of their own, never 区; a ward (区) and 年間 keep their reading', () => {
    expect(parseValue('自動車騒音 12区間')).toMatchObject({ status: 'value', value: 12, unit: '区間' });
    expect(unitFromName('測定区間数（区間）')).toBe('区間');
    expect(parseValue('3区')).toMatchObject({ status: 'value', value: 3, unit: '区' });
    expect(parseValue('5区画')).toMatchObject({ status: 'value', value: 5, unit: '区画' });
    expect(parseValue('12年間')).toMatchObject({ value: 12, unit: '年' });
    expect(conversionFactor('区間', '区')).toBeNull();
  });

  test('minutes and seconds alone in the bracket are the unit; a 分 that is a part of something is none', () => {
    expect(unitFromName('窓口の平均待ち時間（分）')).toBe('分');
    expect(unitFromName('救急隊の現場到着時間（秒）')).toBe('秒');
    expect(unitFromName('市税収納率（現年分）')).toBeUndefined();
  });

  test('page views (PV) and unique users (UU) of a website are units', () => {
    expect(parseValue('閲覧数 120,000PV')).toMatchObject({ status: 'value', value: 120000, unit: 'PV' });
    expect(unitFromName('サイト閲覧数（千PV）')).toBe('千PV');
  });

  test('a volume in ㎥ (or 千㎥) is one unit, its power no second figure', () => {
    expect(parseValue('13.4千㎥')).toMatchObject({ status: 'value', value: 13.4, unit: '千m3' });
    expect(parseValue('堆積土除去量　30,000㎥')).toMatchObject({ value: 30000, unit: 'm3' });
    expect(unitFromName('県産材利用量（千㎥）')).toBe('千m3');
    expect(conversionFactor('千m3', 'm3')).toBe(1000);
    expect(parseValue('12㎡')).toMatchObject({ value: 12, unit: 'm2' });
  });

  test('an area in square kilometres (k㎡, ㎢, km2) is one unit, its power no second figure; km alone stays a length', () => {
    expect(parseValue('調査面積 2.41k㎡')).toMatchObject({ status: 'value', value: 2.41, unit: 'km2', label: '調査面積' });
    expect(parseValue('境界調査面積 ４．６k㎡')).toMatchObject({ status: 'value', value: 4.6, unit: 'km2' });
    expect(parseValue('2.41㎢')).toMatchObject({ status: 'value', value: 2.41, unit: 'km2' });
    expect(parseValue('3.5km²')).toMatchObject({ status: 'value', value: 3.5, unit: 'km2' });
    expect(unitFromName('一筆地調査面積（k㎡）')).toBe('km2');
    expect(unitFromName('市域面積（㎢）')).toBe('km2');
    expect(unitFromName('人口密度（人/km2）')).toBe('人/km2');
    expect(parseValue('2.0km')).toMatchObject({ status: 'value', value: 2, unit: 'km' });
    expect(unitFromName('整備延長（km）')).toBe('km');
    expect(conversionFactor('k㎡', 'km2')).toBe(1);
    expect(conversionFactor('km2', 'km')).toBeNull();
  });

  test('review rv69: km2 followed by a word is km and a count (「1.2km2路線」: 1.2 km, 2 路線), as before km2 was an area', () => {
    expect(parseValue('1.2km2路線')).toMatchObject({
      ambiguous: true,
      measures: [
        { value: 1.2, unit: 'km' },
        { value: 2, unit: '路線' },
      ],
    });
    expect(parseValue('面積 2.41k㎡（確定）')).toMatchObject({ value: 2.41, unit: 'km2' });
  });

  test('a power followed by more digits is no power: 「1.5km2025年度完了」 is 1.5 km with a year after it', () => {
    expect(unitAt('km2025年度完了')).toBe('km');
    expect(unitAt('m2025')).toBe('m');
    expect(parseValue('1.5km2025年度完了')).toMatchObject({ status: 'value', value: 1.5, unit: 'km', note: '2025年度' });
  });
});

test('a sign a number format writes before negative figures is no unit (「#,##0;"▲"#,##0」)', () => {
  expect(unitFromNumberFormat('#,##0;"▲"#,##0')).toBeUndefined();
  expect(unitFromNumberFormat('#,##0"千円";"▲"#,##0"千円"')).toBe('千円');
});
