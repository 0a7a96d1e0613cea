import { checkWorkbook } from '../actions/check';
import { Grid } from './grid';
import { repeatsHeader } from './repeatedHeader';
import { snap } from './testing';

const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('実績', rows, { merges })] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null]);

describe('a row repeating the table’s headings starts another table', () => {
  test('a breakdown table under the indicators, headed with the same columns but a word the reader does not know, adds no indicator', () => {
    const rows = [
      ['令和5年度 主要指標'],
      ['指標', '単位', '目標値', '上期', '下期', '実績値'],
      ['利用者数', '人', 2400, 1300, 1200, 2500],
      ['参加者数', '人', 600, 200, 250, 450],
      [],
      ['施設別の内訳'],
      ['施設', '単位', null, '上期', '下期', '実績値'],
      ['駅前施設', '人', null, 800, 700, 1500],
      ['温泉街施設', '人', null, 500, 500, 1000],
    ];
    expect(read(rows)).toEqual([
      ['利用者数', 2400, 2500],
      ['参加者数', 600, 450],
    ]);
  });

  test('headings merged down over two header rows are no repetition: the rows under them are read', () => {
    const rows = [
      ['令和5年度 主要指標'],
      ['指標', '単位', '目標値', '半期別実績', null, '年間実績'],
      [null, null, null, '上期', '下期', null],
      ['利用者数', '人', 2400, 1300, 1200, 2500],
    ];
    expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'])).toEqual([['利用者数', 2400, 2500]]);
  });

  test('a body row with a figure equal to nothing in the header is read as before', () => {
    const rows = [['令和5年度 主要指標'], ['指標', '単位', '目標値', '実績値'], ['利用者数', '人', 2400, 2500], ['単位数', '単位', 30, 28]];
    expect(read(rows)).toEqual([
      ['利用者数', 2400, 2500],
      ['単位数', 30, 28],
    ]);
  });
});

// repeatsHeader keeps each table's band headings normalised between the rows it is asked about (keyed on the columns'
// array): its answers stay those of a fresh look at the band, also when the same columns are asked with another band or grid.
describe('the band headings kept between rows', () => {
  const grid = () =>
    new Grid(
      snap('表', [
        ['指標', '単位', '年間目標', '４月', '５月'],
        ['来館者数', '人', 1200, 100, 110],
        ['案内所', '単位', '', '4月', '5月'],
        ['窓口', '件', '', 30, 31],
        ['指標', '単位', '', '６月', '７月'],
      ]),
    );
  const cols = [1, 2, 3, 4, 5];

  test('a row repeating most of the band headings in the same columns is another header; a body row is not', () => {
    const g = grid();
    const band = [1];
    // Asked row by row with the same columns' array, as a table asks: the kept headings give the same answers.
    expect([2, 3, 4, 5].map((r) => repeatsHeader(g, band, r, cols))).toEqual([false, true, false, false]);
    expect(repeatsHeader(g, band, 3, cols)).toBe(true);
  });

  test('the same columns asked with another band or grid read that band, not the headings kept for the first', () => {
    const g = grid();
    // Row 3 repeats 単位 | 4月 | 5月 of row 1 (full-width digits folded): a header. Row 5's headings share only 単位 with it.
    expect(repeatsHeader(g, [1], 3, cols)).toBe(true);
    expect(repeatsHeader(g, [5], 3, cols)).toBe(false);
    expect(repeatsHeader(g, [1], 3, cols)).toBe(true);
    // Another sheet whose header has none of those words: its own headings are read, not those kept for the first grid.
    const other = new Grid(
      snap('表', [
        ['名称', '区分', '', '上期', '下期'],
        ['案内所', '単位', '', '4月', '5月'],
      ]),
    );
    expect(repeatsHeader(other, [1], 2, cols)).toBe(false);
    // A row is never its own repetition.
    expect(repeatsHeader(g, [3], 3, cols)).toBe(false);
  });
});

// repeatsHeader stops looking at a row once even the columns left could not make it a repetition; its answer is the one a
// look at every column gives: at least two headings repeated, and more than half of the row's texts.
describe('a row told apart before its last columns', () => {
  const band = [1];
  const cols = [1, 2, 3, 4, 5, 6];
  const ask = (row: (string | number | null)[]) =>
    repeatsHeader(new Grid(snap('表', [['指標', '単位', '目標値', '上期', '下期', '実績値'], row])), band, 2, cols);

  test('repetitions in the last columns still count after texts that repeat nothing', () => {
    // Two texts that repeat nothing, then four headings: 4 of 6.
    expect(ask(['施設', '区分', '目標値', '上期', '下期', '実績値'])).toBe(true);
    // Three that repeat nothing, then three: half of the texts is not more than half.
    expect(ask(['施設', '区分', '計画', '上期', '下期', '実績値'])).toBe(false);
    // A blank first, then two that repeat nothing and three that do: 3 of 5 texts is more than half (a stop one column early
    // would count the blank as a text and answer no).
    expect(ask([null, '区分', '計画', '上期', '下期', '実績値'])).toBe(true);
    // Blanks are no texts: two repetitions of two texts.
    expect(ask([null, null, null, null, '下期', '実績値'])).toBe(true);
    // One repetition alone is never a header.
    expect(ask([null, null, null, null, null, '実績値'])).toBe(false);
  });
});
