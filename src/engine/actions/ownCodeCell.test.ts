import { Grid } from '../detect/grid';
import { snap } from '../detect/testing';
import { isOwnCode } from './ownCodeCell';

const grid = new Grid(
  snap('抽出', [
    ['指標コード', '指標名', '年度', '区分', '数値', 'コード2'],
    ['1104', '利用者数', 'R04', '実績値', 1046, '1104'],
    [1104, '利用者数', 'R05', '目標値', 1200, null],
    ['１１０５', '会員数', 'R05', '目標値', 900, null],
  ]),
);

describe('an indicator’s own code on its row', () => {
  test('a cell left of the name holding the indicator’s ID, as text or as a number, full-width or not, is its code', () => {
    expect(isOwnCode(grid, 2, 1, 2, '1104')).toBe(true);
    expect(isOwnCode(grid, 3, 1, 2, '1104')).toBe(true);
    expect(isOwnCode(grid, 4, 1, 2, '1105')).toBe(true);
  });

  test('another indicator’s code, a figure, a cell right of the name or an indicator without an ID is no own code', () => {
    expect(isOwnCode(grid, 4, 1, 2, '1104')).toBe(false);
    expect(isOwnCode(grid, 2, 5, 2, '1104')).toBe(false);
    expect(isOwnCode(grid, 2, 6, 2, '1104')).toBe(false);
    expect(isOwnCode(grid, 2, 1, 2, null)).toBe(false);
  });
});
