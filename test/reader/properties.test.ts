/**
 * Properties of the reader: the same indicators transposed (years as rows), moved elsewhere on
 * the sheet, or split across a 目標値 and a 実績値 sheet give the same facts as the plain table,
 * and those facts are the ones a clerk reads. Not yet true ones run as test.failing.
 */
import { KNOWN_FAILING_PROPERTIES } from './knownFailing';
import { PROPERTY_SEEDS, propertyRun, VARIANTS } from './properties';

describe('the same indicators laid out otherwise give the same facts', () => {
  for (const seed of PROPERTY_SEEDS) {
    const name = `plain (seed ${seed})`;
    (KNOWN_FAILING_PROPERTIES.has(name) ? test.failing : test)(`the plain table is read as a clerk reads it: ${name}`, async () => {
      const { base, expected } = await propertyRun(seed, 'moved');
      expect(base).toEqual(expected);
    });
  }

  for (const variant of VARIANTS)
    for (const seed of PROPERTY_SEEDS) {
      const name = `${variant} (seed ${seed})`;
      (KNOWN_FAILING_PROPERTIES.has(name) ? test.failing : test)(name, async () => {
        const run = await propertyRun(seed, variant);
        expect(run.variant).toEqual(run.base);
        expect(run.variant).toEqual(run.expected);
      });
    }
});
