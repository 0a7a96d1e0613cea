import type { ImportOutcome } from './importActuals';
import { formatImport } from './importActuals';

const outcome = (band: number | null): ImportOutcome => ({
  result: { month: 5, written: [], unmatched: [], unreadable: [], missing: [], conflicts: [], findings: [] } as unknown as ImportOutcome['result'],
  ratings: [
    {
      sheet: '月次',
      name: '市民満足度',
      id: 'K-1',
      months: 2,
      yearToDate: 63.5,
      target: 65,
      targetSource: 'annual',
      attainment: 1,
      grade: 'A',
      band,
      missingMonths: [],
    },
  ],
});

test('a year to date counted as met by the tolerance band of 評価設定 says so, naming the band', () => {
  const text = formatImport(outcome(2), 'a.xlsx', 'b.csv', 'c.xlsx');
  expect(text).toContain('市民満足度：実績 63.5 / 目標 65（年間目標）  100.0% → A（設定された許容幅 ±2 以内のため目標どおりとみなしました）');
  expect(formatImport(outcome(null), 'a.xlsx', 'b.csv', 'c.xlsx')).not.toContain('許容幅');
});

test('an unmatched row of an export holding a very long text is quoted cut, with its length', () => {
  const o = outcome(null);
  (o.result as unknown as { unmatched: unknown[] }).unmatched = [{ line: 7, id: null, name: '長'.repeat(32767), value: '値'.repeat(5000) }];
  const line = formatImport(o, 'a.xlsx', 'b.csv', 'c.xlsx')
    .split('\n')
    .find((l) => l.includes('一致しない行（7行目）'))!;
  expect(line).toContain('…（全32,767文字）');
  expect(line).toContain('…（全5,000文字）」');
  expect(line.length).toBeLessThan(250);
});
