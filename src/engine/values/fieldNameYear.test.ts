import { fieldNameYear } from './fieldNameYear';
import { classifyLabel } from './labels';

describe('an export’s column name with its year joined by an underscore', () => {
  test('the year part dates the column, before or after the word, a bare year or an era year', () => {
    expect(fieldNameYear('実績_2023')).toMatchObject({ word: '実績', period: { fiscalYear: 2023, kind: 'fiscal' } });
    expect(fieldNameYear('2024_目標')).toMatchObject({ word: '目標', period: { fiscalYear: 2024 } });
    expect(fieldNameYear('R05_実績値')).toMatchObject({ word: '実績値', period: { fiscalYear: 2023 } });
    expect(fieldNameYear('評価＿２０２３')).toMatchObject({ word: '評価', period: { fiscalYear: 2023 } });
  });

  test('no underscore, more than two parts, no year part, two years or a year with more words is no such name', () => {
    for (const t of ['実績2023', '実績_2023_確定', '実績_値', '2022_2023', '実績_2023年3月', '_2023', '指標_コード']) expect(fieldNameYear(t)).toBeNull();
  });

  test('the label reads its word part with the year as its period: actual, grade; a name stays no label', () => {
    expect(classifyLabel('実績_2023')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
    expect(classifyLabel('評価_2023')).toMatchObject({ role: 'grade', period: { fiscalYear: 2023 } });
    expect(classifyLabel('目標値_R06')).toMatchObject({ role: 'target', period: { fiscalYear: 2024 } });
    expect(classifyLabel('指標名_2023')).toBeNull();
    expect(classifyLabel('備考_2023')).toBeNull();
  });
});
