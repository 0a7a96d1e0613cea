/** 新規加盟店数（単年度） whose actuals are the yearly increases of 加盟店数（累計）: its falling targets state no way down. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const sheet = (total: CellValue[]) =>
  snap(
    '進捗管理',
    [
      ['地域通貨事業　進捗管理表'],
      ['評価対象年度：令和5年度'],
      [null],
      ['指標名', '単位', '令和3年度', null, '令和4年度', null, '令和5年度', null, '令和6年度', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績'],
      ['新規加盟店数（単年度）', '店', 150, 162, 100, 113, 80, 64, 60, 38],
      total,
    ],
    { merges: ['C4:D4', 'E4:F4', 'G4:H4', 'I4:J4', 'A4:A5', 'B4:B5'] },
  );

const guesses = (s: ReturnType<typeof sheet>) =>
  checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.direction, i.guesses.map((g) => g.reason)]);

test('yearly figures that add up into the 累計 beside them: no targets-falling guess', () => {
  expect(guesses(sheet(['加盟店数（累計）', '店', 150, 162, 250, 275, 330, 339, 390, 377]))).toEqual([
    ['新規加盟店数（単年度）', 'up', []],
    ['加盟店数（累計）', 'up', []],
  ]);
});

test('kept: a total that is not their running sum, or no cumulative line beside them', () => {
  expect(guesses(sheet(['加盟店数（累計）', '店', 150, 162, 250, 275, 330, 350, 390, 377]))[0][2]).toEqual(['targets-falling']);
  expect(guesses(sheet(['加盟店数', '店', 150, 162, 250, 275, 330, 339, 390, 377]))[0][2]).toEqual(['targets-falling']);
});

const landSheet = (part: CellValue[], total: CellValue[]) =>
  snap(
    '進捗管理',
    [
      ['農地保全事業　進捗管理表'],
      ['評価対象年度：令和5年度'],
      [null],
      ['指標名', '単位', '令和3年度', null, '令和4年度', null, '令和5年度', null, '令和6年度', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績'],
      part,
      total,
    ],
    { merges: ['C4:D4', 'E4:F4', 'G4:H4', 'I4:J4', 'A4:A5', 'B4:B5'] },
  );

test('review rv80 item 3: a total resolved down by what it counts, or a part counting an unwanted increase, keeps the targets-falling guess', () => {
  // 耕作放棄地面積（累計） is down by its subject, though no cell states it: the part's falling targets are an aim down.
  const abandoned = landSheet(
    ['耕作放棄地の新規発生面積（単年度）', 'ha', 12, 11.5, 10, 9.2, 8, 8.6, 6, null],
    ['耕作放棄地面積（累計）', 'ha', 232, 231.5, 242, 240.7, 250, 249.3, 256, null],
  );
  expect(guesses(abandoned)[0][2]).toContain('targets-falling');
  // 放置竹林面積（累計） resolves up, but 新規拡大 of 放置竹林 is a spread nobody wants.
  const bamboo = landSheet(
    ['放置竹林の新規拡大面積（単年度）', 'ha', 5, 5.4, 4, 3.9, 3, 3.6, 2, null],
    ['放置竹林面積（累計）', 'ha', 120, 120.4, 124, 124.3, 127, 127.9, 129, null],
  );
  expect(guesses(bamboo)[0][2]).toContain('targets-falling');
  // Undoing the unwanted thing is an addition the office wants: 耕作放棄地の解消面積 into its own 累計.
  const cleared = landSheet(
    ['耕作放棄地の解消面積（単年度）', 'ha', 12, 11.5, 10, 9.2, 8, 8.6, 6, null],
    ['耕作放棄地の解消面積（累計）', 'ha', 12, 11.5, 22, 20.7, 30, 29.3, 36, null],
  );
  expect(guesses(cleared)[0][2]).toEqual([]);
});
