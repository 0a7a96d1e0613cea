/**
 * The shared sample workbooks (../shared/samples) against their facts.json. A user's clone has
 * no ../shared: then these tests are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const samples = path.resolve(__dirname, '..', '..', 'shared', 'samples');
const present = existsSync(path.join(samples, 'facts.json'));
if (!present) {
  console.warn(`../shared/samples がないため、共有サンプルのテストを省略します（${samples}）。`);
  test.skip(`shared samples: ../shared/samples is absent (${samples}); skipped`, () => undefined);
}

interface Fact {
  file: string;
  fiscalYear?: number;
  indicators: Record<string, unknown>[];
  groups: { sheet: string; cell: string; grade: string }[];
}

if (present)
  describe('shared samples: `evalsheet check … --json` reports every fact', () => {
    const facts: Fact[] = JSON.parse(readFileSync(path.join(samples, 'facts.json'), 'utf8'));
    const bin = path.resolve(__dirname, '..', 'bin', 'evalsheet.js');
    let reports: Record<string, { period: { fiscalYear: number } | null; indicators: Record<string, unknown>[]; groups: Record<string, unknown>[] }> = {};
    beforeAll(() => {
      const files = facts.map((f) => path.join(samples, f.file));
      const r = spawnSync(process.execPath, [bin, 'check', ...files, '--json'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      const list = JSON.parse(r.stdout) as { file: string }[];
      reports = Object.fromEntries(list.map((x) => [x.file, x])) as unknown as typeof reports;
    });
    for (const fact of facts) {
      describe(fact.file, () => {
        if (fact.fiscalYear) test('evaluation period', () => expect(reports[fact.file].period?.fiscalYear).toBe(fact.fiscalYear));
        for (const ind of fact.indicators) {
          test(`${ind.name}`, () => {
            const r = reports[fact.file].indicators.find((i) => i.name === ind.name && i.sheet === ind.sheet);
            expect(r).toBeDefined();
            const expected: Record<string, unknown> = {};
            for (const k of ['unit', 'target', 'actual', 'direction', 'grade', 'targetSource', 'actualStatus']) if (k in ind) expected[k] = ind[k];
            if ('existing' in ind) expected.existingGrade = ind.existing;
            if (ind.measures) expected.measures = (ind.measures as object[]).map((m) => expect.objectContaining(m));
            expect(r).toMatchObject(expected);
          });
        }
        for (const g of fact.groups) test(`group ${g.sheet}!${g.cell}`, () => expect(reports[fact.file].groups).toContainEqual(expect.objectContaining(g)));
        test('no indicator beyond the facts', () =>
          expect(reports[fact.file].indicators.map((i) => i.name).sort()).toEqual(fact.indicators.map((i) => i.name).sort()));
      });
    }
  });
