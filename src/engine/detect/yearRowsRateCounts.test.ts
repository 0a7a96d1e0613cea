/** The counts a targeted rate is made of, left blank by the foot target row: statistics shown with it, no indicators. */
import { rateCounts, type CountedColumn } from './yearRowsRateCounts';

const counted = (columns: (CountedColumn & { target?: number })[]) => [...rateCounts(columns, (c) => c.target !== undefined)].map((c) => c.name).sort();

test('under one group heading with the rate, or named by the rate’s words: counts it is made of', () => {
  expect(
    counted([
      { col: 2, name: '学校数', group: 'B4' },
      { col: 3, name: '児童数', group: 'B4' },
      { col: 4, name: '不登校児童数', group: 'B4' },
      { col: 5, name: '不登校児童出現率', group: 'B4', target: 1.2 },
    ]),
  ).toEqual(['不登校児童数', '児童数', '学校数']);
  expect(
    counted([
      { col: 2, name: 'いじめ認知件数（件）（小学校）' },
      { col: 3, name: 'いじめ認知件数（件）（中学校）' },
      { col: 4, name: 'いじめ解消率（小学校）', target: 95 },
      { col: 5, name: 'いじめ解消率（中学校）', target: 95 },
    ]),
  ).toEqual(['いじめ認知件数（件）（中学校）', 'いじめ認知件数（件）（小学校）']);
});

test('the whole a 「うち…」 part counts is made into the rate too; another count beside it stays an indicator', () => {
  expect(
    counted([
      { col: 2, name: '教育支援センター\n通室児童生徒数（人）' },
      { col: 3, name: 'うち学校復帰・\n進学者数（人）' },
      { col: 4, name: '学校復帰・\n進学率（％）', target: 40 },
      { col: 5, name: 'スクールソーシャルワーカー支援件数（件）', target: 300 },
      { col: 6, name: '教育相談件数（件）' },
    ]),
  ).toEqual(['うち学校復帰・\n進学者数（人）', '教育支援センター\n通室児童生徒数（人）']);
});

test('a count the rate’s words do not name, or no targeted rate at all: none (review rv51’s 回収数 stays an indicator)', () => {
  expect(
    counted([
      { col: 2, name: '回収数（t）' },
      { col: 3, name: 'リサイクル率（％）', target: 25 },
    ]),
  ).toEqual([]);
  expect(
    counted([
      { col: 2, name: '相談件数' },
      { col: 3, name: '相談者数', target: 120 },
    ]),
  ).toEqual([]);
  expect(
    counted([
      { col: 2, name: '受診者数' },
      { col: 3, name: '受診率' },
    ]),
  ).toEqual([]);
});

test('another indicator naming the rate’s subject, or a long count under the rate’s group heading, stays an indicator (review rv57)', () => {
  expect(
    counted([
      { col: 2, name: 'いじめ解消率（％）', target: 95 },
      { col: 3, name: 'いじめ相談窓口の相談件数（件）' },
      { col: 4, name: 'いじめ認知件数（件）' },
    ]),
  ).toEqual(['いじめ認知件数（件）']);
  expect(
    counted([
      { col: 2, name: '特定健診受診率（％）', group: 'B4', target: 60 },
      { col: 3, name: '健康相談件数（件）', group: 'B4' },
      { col: 4, name: '健康教室参加者数（人）', group: 'B4' },
    ]),
  ).toEqual([]);
});
