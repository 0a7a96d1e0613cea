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

describe('a bare ※ after a figure', () => {
  const bare = (notes: string[]) =>
    checkWorkbook(
      {
        sheets: [
          snap('受診率', [
            ['健（検）診名', '単位', '令和5年度', '市の目標値（令和5年度）'],
            ['特定健康診査', '％', 45.1, 50],
            ['特定保健指導', '％', '27.4※', 30],
            ['胃がん検診', '％', 9.2, 12],
            [],
            ...notes.map((n) => [n]),
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => i.actualStatus);

  test('follows the one bare-※ note of the sheet saying what figures are, whatever other ※ notes say', () => {
    expect(bare(['※令和6年5月末時点の速報値（法定報告により確定）。', '※受診率は地域保健・健康増進事業報告の算定方法による。'])).toEqual([
      'value',
      'provisional',
      'value',
    ]);
  });

  test('is not followed to two such notes, to a note of another fiscal year, or to a numbered note', () => {
    expect(bare(['※令和6年5月末時点の速報値。', '※見込値を含む。'])).toEqual(['value', 'value', 'value']);
    expect(bare(['※令和4年度の数値は速報値。'])).toEqual(['value', 'value', 'value']);
    expect(bare(['※1 速報値'])).toEqual(['value', 'value', 'value']);
  });
});

test('a bare ※ does not follow a note naming another indicator, nor one about the targets', () => {
  const rows = (note: string) => [
    ['令和5年度 観光振興'],
    ['指標名', '単位', '目標値（R5）', '実績値（R5）'],
    ['観光入込客数', '万人', 300, '280※'],
    ['宿泊者数', '万人', 50, 46],
    ['※調査地点を1か所追加'],
    [note],
  ];
  const status = (note: string) => checkWorkbook({ sheets: [snap('観光', rows(note))] }, {}).report.indicators.map((i) => [i.name, i.actual, i.actualStatus]);
  expect(status('※宿泊者数は市内宿泊施設へのアンケートによる概数')[0]).toEqual(['観光入込客数', 280, 'value']);
  expect(status('※目標値は国の見込みを参考に設定')[0]).toEqual(['観光入込客数', 280, 'value']);
});
