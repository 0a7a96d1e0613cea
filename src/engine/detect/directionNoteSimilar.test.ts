import { checkWorkbook } from '../actions/check';
import { similarlyNamed, subjectOf } from './directionNoteSimilar';
import { snap } from './testing';
import type { RawIndicator } from './types';

const ind = (name: string) => ({ name }) as RawIndicator;

describe('subjectOf: the words a note speaks of', () => {
  test.each([
    ['※朝食欠食率は低いほど良い。', '朝食欠食率'],
    ['待機児童数については少ないほど良い', '待機児童数'],
    ['低いほど良い', null],
  ])('%s', (text, subject) => expect(subjectOf(text)).toBe(subject));
});

describe('similarlyNamed: the one indicator a note about direction names by a paraphrase', () => {
  const sheet = [ind('朝食を欠食する中学生の割合'), ind('食育推進ボランティア数'), ind('運動習慣のある市民の割合')];

  test('an abbreviation (its characters in the name in order, 率 for 割合) is read with no guess', () => {
    const found = similarlyNamed('※朝食欠食率は低いほど良い。', sheet);
    expect(found?.ind.name).toBe('朝食を欠食する中学生の割合');
    expect(found?.abbreviation).toBe(true);
  });

  test('a paraphrase sharing most of its characters with one name, out of order: read, as a guess', () => {
    const found = similarlyNamed('欠食朝食率は少ないほど良い', sheet);
    expect(found?.ind.name).toBe('朝食を欠食する中学生の割合');
    expect(found?.abbreviation).toBe(false);
  });

  test.each([
    ['a note saying higher is better', '朝食欠食率は高いほど良い'],
    ['a subject sharing few characters with any name', '肥満児童の割合は低いほど良い'],
    ['a subject too short to match', '食率は低いほど良い'],
  ])('%s names none', (_, note) => expect(similarlyNamed(note, sheet)).toBeNull());

  test('a subject close to two names names neither', () =>
    expect(similarlyNamed('欠食率は低いほど良い', [ind('朝食を欠食する中学生の割合'), ind('朝食を欠食する小学生の割合')])).toBeNull());
});

describe('similarlyNamed: the subject must name the indicator’s measure', () => {
  const school = [ind('不登校児童生徒への支援件数'), ind('教育支援センターの利用者数')];

  test.each(['※不登校児童生徒数は、減少を目標とする。', '※不登校児童生徒数は、減少を目指す。', '不登校児童生徒数は少ないほど良い'])(
    'a subject counting something else than the name’s measure (%s) names none',
    (note) => expect(similarlyNamed(note, school)).toBeNull(),
  );

  test('a subject sharing only the measure’s closing word (排出量) is a guess, never read silently', () => {
    const found = similarlyNamed('※CO2排出量は少ないほど良い。', [ind('市域の温室効果ガス排出量'), ind('環境学習講座の参加者数')]);
    expect(found?.ind.name).toBe('市域の温室効果ガス排出量');
    expect(found?.abbreviation).toBe(false);
  });
});

describe('a note under a table naming an indicator by a paraphrase', () => {
  const report = (note: string) =>
    checkWorkbook(
      {
        sheets: [
          snap('計画', [
            ['令和5年度 評価'],
            ['指標', '単位', '目標値', '実績値'],
            ['朝食を欠食する中学生の割合', '％', 5, 6.8],
            ['食育推進ボランティア数', '人', 150, 138],
            [note],
          ]),
        ],
      },
      {},
    ).report;

  test('an abbreviation: the indicator is read as lower is better, with no reading-uncertain finding', () => {
    const r = report('※朝食欠食率は低いほど良い。');
    expect(r.indicators.map((i) => i.direction)).toEqual(['down', 'up']);
    expect(r.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });

  test('a paraphrase out of order: read as lower is better, and a reading-uncertain finding names the note and the name', () => {
    const r = report('※欠食朝食率は低いほど良い。');
    expect(r.indicators.map((i) => i.direction)).toEqual(['down', 'up']);
    const guesses = r.findings.filter((f) => f.code === 'reading-uncertain').map((f) => [f.cell, (f.params as { cells?: string[] }).cells]);
    expect(guesses).toEqual([['A5', ['A5', 'A3']]]);
  });
});
