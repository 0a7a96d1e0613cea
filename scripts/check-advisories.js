#!/usr/bin/env node
// Fails when a package the product ships is inside an advisory range listed in security/advisories.json.
// What ships: the command line's production tree (npm ls --omit=dev) and what webpack bundles into the
// task pane (dist/): package.json "paneDependencies" (react, react-dom, Fluent UI; devDependencies,
// since a command-line install does not need them) with everything they depend on, as installed.
// npm audit needs the registry's audit endpoint, which is not reachable here; this check runs
// offline, in CI and with `npm run check:advisories`. (`npm audit --omit=dev` covers the command
// line only: it does not see the pane's packages, which are devDependencies.)
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const semver = require('semver');

const root = path.resolve(__dirname, '..');

/** Every (name, version) of the command line's production tree, from npm's own view of node_modules. */
function commandLineTree() {
  let out;
  try {
    out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = e.stdout; // npm ls exits 1 on peer-dependency notes; its JSON is still complete
  }
  const found = new Map();
  const walk = (deps) => {
    for (const [name, d] of Object.entries(deps || {})) {
      if (d.version) found.set(`${name}@${d.version}`, { name, version: d.version });
      walk(d.dependencies);
    }
  };
  walk(JSON.parse(out).dependencies);
  return [...found.values()];
}

/** The folder of package `name` as Node resolves it from `from` (node_modules upwards), or null. */
function packageDir(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return null;
  }
}

/**
 * Every (name, version) the task pane's bundle can hold: each of package.json "paneDependencies"
 * and, transitively, its dependencies, optional dependencies and required peers, as installed.
 * A listed package that is not installed is an error (the check would otherwise pass by seeing nothing).
 */
function paneTree() {
  const { paneDependencies = [] } = require(path.join(root, 'package.json'));
  const found = new Map();
  const seen = new Set();
  const visit = (name, from, optional) => {
    const dir = packageDir(name, from);
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} (a dependency of the task pane, from ${path.relative(root, from) || '.'}) is not installed: run npm install`);
    }
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    found.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version });
    const peersOptional = pkg.peerDependenciesMeta || {};
    for (const dep of Object.keys(pkg.dependencies || {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies || {})) visit(dep, dir, true);
    for (const dep of Object.keys(pkg.peerDependencies || {})) visit(dep, dir, Boolean(peersOptional[dep] && peersOptional[dep].optional));
  };
  for (const name of paneDependencies) visit(name, root, false);
  return [...found.values()];
}

/** What ships: the command line's production tree and the pane's bundle, each (name, version) once. */
function shipped() {
  const all = new Map();
  for (const p of [...commandLineTree(), ...paneTree()]) all.set(`${p.name}@${p.version}`, p);
  return [...all.values()];
}

function check() {
  const { advisories } = require(path.join(root, 'security', 'advisories.json'));
  const hits = [];
  for (const p of shipped()) {
    for (const a of advisories) if (a.package === p.name && semver.satisfies(p.version, a.affected)) hits.push({ ...p, advisory: a });
  }
  return hits;
}

module.exports = { check, shipped, commandLineTree, paneTree };

if (require.main === module) {
  const hits = check();
  if (!hits.length) {
    console.log(
      `出荷する依存パッケージに、既知の脆弱性の範囲に入るものはありません（security/advisories.json、${require(path.join(root, 'security', 'advisories.json')).advisories.length}件と照合）。`,
    );
    process.exit(0);
  }
  for (const h of hits) console.error(`${h.name}@${h.version}: ${h.advisory.title}（影響する版：${h.advisory.affected}、${h.advisory.severity}）`);
  process.exit(1);
}
