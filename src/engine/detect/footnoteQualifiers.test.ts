/** A figure with a numbered footnote mark takes what its footnote says of it (速報値 → provisional); other marks leave the number as written. */
import { checkWorkbook } from '../actions/check';
import { figureMark, footnoteQualifier } from './footnoteQualifiers';
import { snap } from './testing';

const sheet = (notes: string[]) =>
  checkWorkbook(
    {
      sheets: [
        snap('KPI', [
          ['No.', 'KPI', '単位', 'R5目標', 'R5実績'],
          [1, 'マイナンバーカードの交付率', '％', 100, '98※2'],
          [2, 'キャッシュレス決済に対応した窓口数', '窓口', 25, '31※1'],
          [3, '電子申請の件数', '件', 12000, '14,233（※3）'],
          [],
          ...notes.map((n) => [n]),
        ]),
      ],
    },
    {},
  ).report;

test('the footnote of each mark says what the figure is: 速報値 provisional, 概数 approximate, a scope note nothing', () => {
  const report = sheet(['※1 支所・出張所の窓口を含む。', '※2 令和6年3月末時点の速報値（確定値は国の公表後に更新）。', '※3 概数']);
  expect(report.indicators.map((i) => [i.actual, i.actualStatus, i.grade])).toEqual([
    [98, 'provisional', 'B'],
    [31, 'value', 'A'],
    [14233, 'approximate', 'A'],
  ]);
  const said = report.findings.filter((f) => f.code === 'actual-provisional');
  expect(said.map((f) => f.cell)).toEqual(['E2', 'E4']);
  expect(said[0].message).toContain('A7');
});

test('a mark with no footnote, with two, or a footnote denying the word leaves the figure final', () => {
  expect(sheet([]).indicators.map((i) => i.actualStatus)).toEqual(['value', 'value', 'value']);
  expect(sheet(['※2 速報値', '※2 確定値']).indicators[0].actualStatus).toBe('value');
  expect(sheet(['※2 速報値ではなく確定値']).indicators[0].actualStatus).toBe('value');
});

test('only a numbered mark after a figure refers to a footnote', () => {
  expect(['98※2', '31 (※1)', '１，２００人※３', '45*2', '12注1', '98※', '※2 98', '受注件数'].map(figureMark)).toEqual([
    '※2',
    '※1',
    '※3',
    '*2',
    '注1',
    null,
    null,
    null,
  ]);
  expect(['※2 令和6年3月末時点の速報値', '注1 見込み', '※1 概算', '※1 窓口を含む'].map(footnoteQualifier)).toEqual([
    'provisional',
    'provisional',
    'approximate',
    undefined,
  ]);
});
