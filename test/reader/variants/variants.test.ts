import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { fullWidth, halfWidth, moveAddress, moveFormula, spacedHeading, VARIANTS, westernEraLetter, westernYear, wrapBracket } from './variants';

const variant = (name: string) => VARIANTS.find((v) => v.name === name)!;

const book = (): WorkbookSnapshot => ({
  sheets: [
    {
      name: '施策評価',
      visibility: 'visible',
      protected: false,
      top: 1,
      left: 1,
      values: [
        ['令和5年度 施策評価', null],
        ['目標値（令和7年度）', 12345],
        ['単位', 2023],
      ],
      formulas: [
        [null, null],
        [null, '=SUM(B$5:$C7)'],
        [null, null],
      ],
      numberFormats: [
        [null, null],
        [null, '#,##0'],
        [null, 'General'],
      ],
      merges: ['A1:B1'],
      notes: { B2: '見込み' },
      hiddenRows: [3],
    },
  ],
});

describe('variants of a workbook a clerk reads the same', () => {
  test('addresses, ranges and formulas move with the sheet; quoted text does not', () => {
    expect(moveAddress('A1:C3', 2, 1)).toBe('B3:D5');
    expect(moveFormula('=SUM(B$5:$C7)+Sheet2!A1&"A1"', 2, 1)).toBe('=SUM(C$7:$D9)+Sheet2!B3&"A1"');
    expect(moveFormula('=LOG10(A2)', 1, 0)).toBe('=LOG10(A3)');
    expect(moveFormula("='R5実績'!B3+R5", 1, 1)).toBe("='R5実績'!C4+S6");
    const moved = variant('margin').apply(book()).sheets[0];
    expect([moved.top, moved.left, moved.merges, moved.notes, moved.hiddenRows]).toEqual([3, 2, ['B3:C3'], { C4: '見込み' }, [5]]);
    expect(variant('margin').cell('C4')).toBe('D6');
  });

  test('text is rewritten, numbers are not', () => {
    expect(fullWidth('令和5年度(98.5%)')).toBe('令和５年度（９８.５％）');
    expect(halfWidth('令和５年度（９８％）①㎡')).toBe('令和5年度(98%)①㎡');
    expect(spacedHeading('単位')).toBe('単　位');
    expect(spacedHeading('単位当たり費用')).toBe('単位当たり費用');
    expect(westernEraLetter('令和元年度と令和５年度')).toBe('R1年度とR5年度');
    expect(westernYear('平成30年度比・令和5年度')).toBe('2018年度比・2023年度');
    expect(wrapBracket('目標値（令和7年度）')).toBe('目標値\n（令和7年度）');
    expect(wrapBracket('実績値\n（令和5年度）')).toBe('実績値（令和5年度）');
    expect(wrapBracket('健康寿命（男性）')).toBe('健康寿命（男性）');
    const zen = variant('zenkaku').apply(book()).sheets[0].values;
    expect(zen[1]).toEqual(['目標値（令和７年度）', 12345]);
  });

  test('text numbers leave years, formulas and dates alone', () => {
    const wb = book();
    wb.sheets[0].formulas![1][1] = null;
    wb.sheets[0].values.push(['日付', 45000]);
    wb.sheets[0].numberFormats!.push([null, 'yyyy/m/d']);
    const values = variant('textnum').apply(wb).sheets[0].values;
    expect(values.map((r) => r[1])).toEqual([null, '12,345', 2023, 45000]);
  });

  test('added sheets: instructions first, the hidden lists last', () => {
    expect(
      variant('cover')
        .apply(book())
        .sheets.map((s) => s.name),
    ).toEqual(['記入要領', '施策評価']);
    const lists = variant('lists').apply(book()).sheets;
    expect(lists.map((s) => [s.name, s.visibility])).toEqual([
      ['施策評価', 'visible'],
      ['リスト', 'hidden'],
    ]);
  });
});
