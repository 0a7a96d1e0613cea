/** A cell of labelled lines (「目標：120件⏎実績：98件」) holds both measures, whatever its column's heading says. */
import { checkWorkbook } from '../actions/check';
import { labelledLines } from './labelledLines';
import { snap } from './testing';

describe('labelledLines', () => {
  test('two lines, each a measure before a colon', () =>
    expect(labelledLines('目標：120件\n実績：98件')).toEqual([
      { role: 'target', text: '120件' },
      { role: 'actual', text: '98件' },
    ]));
  test('a line may date its own figure', () =>
    expect(labelledLines('実績（R4）: 98\n目標 : 120')?.[0]).toMatchObject({ role: 'actual', period: { fiscalYear: 2022 } }));
  test.each([
    ['目標：120件', 'one line'],
    ['目標：120件\n目標値：130件', 'two lines of one measure'],
    ['計画値：120\n目標：130', 'a plan and its target are one measure'],
    ['目標：120件\n相談員：3人', 'a line of no measure'],
    ['新規相談：105件\n継続：40件', 'no measure labels'],
    ['120件\n98件', 'no labels'],
  ])('%j is none (%s)', (text) => expect(labelledLines(text)).toBeNull());
});

describe('a table whose year column holds labelled lines', () => {
  const rows = [
    ['令和５年度　主要事業の実績'],
    [],
    ['事業名', '事業の内容', '前年度（R4）実績', '令和5年度\n目標・実績', '自己評価', '備考'],
    ['相談支援事業', '相談を受け、支援計画を作成する。', '105件', '目標：120件\n実績：98件', 'B'],
    ['教室開催事業', '公民館で教室を開催する。', '46回', '目標：48回\n実績：52回', 'A'],
    ['養成事業', '講座を開催する。', '18人', '目標：20人\n実績：未実施', 'D', '講師が確保できず未実施'],
    ['貸与事業', '装置を貸与する。', '142台', '目標：－\n実績：－', '－', '事業廃止'],
  ];

  test("reads each line as its measure of the heading's year, last year's column staying last year's", () => {
    const { report } = checkWorkbook({ sheets: [snap('事業実績', rows)] }, {});
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.actualStatus, i.cells.actual])).toEqual([
      ['相談支援事業', '件', 120, 98, 'value', 'D4'],
      ['教室開催事業', '回', 48, 52, 'value', 'D5'],
      ['養成事業', '人', 20, null, 'not-implemented', 'D6'],
      ['貸与事業', null, null, null, 'not-applicable', 'D7'],
    ]);
  });

  test('its header row is read as no form line (事業の内容 is no indicator)', () => {
    const { report } = checkWorkbook({ sheets: [snap('事業実績', rows)] }, {});
    expect(report.indicators.map((i) => i.name)).not.toContain('事業の内容');
  });
});
