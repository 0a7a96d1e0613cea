/** The figures a result written as prose states for its year in the target's unit. */
import { resultTextFigures } from './resultTextFigures';

const values = (text: string, unit: string, year = 2023) => resultTextFigures(text, unit, year).map((f) => [f.value, f.unit]);

test('the year’s figure in the target’s unit; last year’s in brackets and another unit’s figure are not', () => {
  expect(values('・通いの場立ち上げ補助を７団体に交付した。\n・令和５年度末の通いの場は 98か所 となった（令和４年度末 92か所）。', 'か所')).toEqual([
    [98, 'か所'],
  ]);
});

test('a part in a うち bracket is not the figure; a labelled figure in brackets with no year is', () => {
  expect(values('令和５年度の支援対象者は 17人（うち医療・介護サービスにつながった者 14人）。', '人')).toEqual([[17, '人']]);
  expect(values('居宅介護支援事業所 12事業所を対象にケアプラン点検を行った（点検件数 66件）。', '件')).toEqual([[66, '件']]);
});

test('units of one count compare (箇所 with か所, 名 with 人), with thousands separators', () => {
  expect(values('設置数は１２箇所となった。', 'か所')).toEqual([[12, 'か所']]);
  expect(values('延べ 1,046名が受講した。', '人')).toEqual([[1046, '名']]);
});

test('a target, a plan, last year, a change, a date or a month is no figure of the year', () => {
  expect(values('目標60件に対し、', '件')).toEqual([]);
  expect(values('前年度は52件であった。', '件')).toEqual([]);
  expect(values('相談件数は+6件となった。', '件')).toEqual([]);
  expect(values('相談は6件増加した。', '件')).toEqual([]);
  expect(values('令和5年3月31日に開催した。', '回')).toEqual([]);
  expect(values('令和６年度に 70件 を予定。', '件')).toEqual([]);
});

test('several figures of the year are all given (the caller decides): two counts written in one result', () => {
  expect(values('上半期 20件、下半期 26件 を点検した。', '件')).toEqual([
    [20, '件'],
    [26, '件'],
  ]);
});

test('rv60: given the name, only figures of its measure; a frequency or a mid-year date is none', () => {
  const named = (text: string, unit: string, name: string) => resultTextFigures(text, unit, 2023, name).map((f) => f.value);
  expect(named('・定員 600人 に対し、参加者は 480人 。', '人', '介護予防教室参加者数')).toEqual([480]);
  expect(named('・運営ボランティアは 35人 。', '人', '介護予防教室参加者数')).toEqual([]);
  expect(named('・98か所 となった。', 'か所', '通いの場の箇所数')).toEqual([98]);
  expect(values('月１回開催した。', '回')).toEqual([]);
  expect(values('９月末時点の通いの場は 96か所。', 'か所')).toEqual([]);
  expect(values('令和６年３月末現在の通いの場は 98か所。', 'か所')).toEqual([[98, 'か所']]);
});
