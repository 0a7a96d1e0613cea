/**
 * Nothing the product ships is inside a listed advisory range (npm audit cannot run here). What ships:
 * the command line's production tree and what the task pane bundles (package.json paneDependencies).
 */

type Package = { name: string; version: string };
const { check, shipped, commandLineTree, paneTree } = require('../scripts/check-advisories.js') as {
  check: () => Package[];
  shipped: () => Package[];
  commandLineTree: () => Package[];
  paneTree: () => Package[];
};
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import advisories from '../security/advisories.json';

test('the shipped dependency tree is read (exceljs and its uuid among it)', () => {
  const tree = shipped();
  expect(tree.some((p) => p.name === 'exceljs')).toBe(true);
  expect(tree.some((p) => p.name === 'uuid')).toBe(true);
  // Dev-only packages are not part of what ships.
  expect(tree.some((p) => p.name === 'jest')).toBe(false);
});

test("the pane's bundle counts as shipped: React and Fluent UI (devDependencies, not installed for the command line), not jest", () => {
  const names = (tree: Package[]) => new Set(tree.map((p) => p.name));
  const all = names(shipped());
  const pane = names(paneTree());
  const commandLine = names(commandLineTree());
  for (const name of ['react', 'react-dom', '@fluentui/react-components', '@fluentui/react-icons']) {
    expect([name, all.has(name), pane.has(name), commandLine.has(name)]).toEqual([name, true, true, false]);
  }
  // What Fluent UI itself depends on is followed too (its styling engine is bundled with it).
  expect(pane.has('@griffel/core')).toBe(true);
  for (const name of ['jest', 'typescript', 'webpack', '@testing-library/react']) expect([name, all.has(name)]).toEqual([name, false]);
});

test("exceljs's uuid 8.3.2 (inside the uuid advisory) would be caught: the ranges mean what they say", () => {
  const uuid = advisories.advisories.find((a) => a.package === 'uuid')!;
  expect(semver.satisfies('8.3.2', uuid.affected)).toBe(true);
  expect(semver.satisfies('11.1.1', uuid.affected)).toBe(false);
});

test('no shipped package is inside a listed advisory range', () => {
  expect(check()).toEqual([]);
});

test('paneDependencies names every package the product source imports that the command line does not ship', () => {
  const pkg = require('../package.json') as { dependencies: Record<string, string>; paneDependencies: string[] };
  const listed = new Set([...Object.keys(pkg.dependencies), ...pkg.paneDependencies]);
  const imported = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fake-excel') walk(file); // test support, not bundled
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        // `… from 'x';` ending a line, `import('x')`, `require('x')`
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bfrom '([^'.][^']*)';?$|\b(?:import|require)\('([^'.][^']*)'\)/gm)) {
          const name = m[1] ?? m[2];
          if (!name.startsWith('node:')) imported.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]);
        }
      }
    }
  };
  walk(path.resolve(__dirname, '../src')); // the pane bundles src/taskpane and what it imports from src/engine, src/adapters …
  expect(imported).toContain('react');
  expect([...imported].filter((name) => !listed.has(name))).toEqual([]);
});
