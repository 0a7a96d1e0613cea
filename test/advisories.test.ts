/** Nothing the product ships is inside a listed advisory range (npm audit cannot run here). */

const { check, shipped } = require('../scripts/check-advisories.js') as {
  check: () => { name: string; version: string }[];
  shipped: () => { name: string; version: string }[];
};
import semver from 'semver';
import advisories from '../security/advisories.json';

test('the shipped dependency tree is read (exceljs and its uuid among it)', () => {
  const tree = shipped();
  expect(tree.some((p) => p.name === 'exceljs')).toBe(true);
  expect(tree.some((p) => p.name === 'uuid')).toBe(true);
  // Dev-only packages are not part of what ships.
  expect(tree.some((p) => p.name === 'jest')).toBe(false);
});

test("exceljs's uuid 8.3.2 (inside the uuid advisory) would be caught: the ranges mean what they say", () => {
  const uuid = advisories.advisories.find((a) => a.package === 'uuid')!;
  expect(semver.satisfies('8.3.2', uuid.affected)).toBe(true);
  expect(semver.satisfies('11.1.1', uuid.affected)).toBe(false);
});

test('no shipped package is inside a listed advisory range', () => {
  expect(check()).toEqual([]);
});
