#!/usr/bin/env node
// Fails when a package the product ships (npm ls --omit=dev) is inside an advisory range listed in
// security/advisories.json. npm audit needs the registry's audit endpoint, which is not reachable
// here; this check runs offline, in CI and with `npm run check:advisories`.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const semver = require('semver');

const root = path.resolve(__dirname, '..');

/** Every (name, version) of the production tree, from npm's own view of node_modules. */
function shipped() {
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

function check() {
  const { advisories } = require(path.join(root, 'security', 'advisories.json'));
  const hits = [];
  for (const p of shipped()) {
    for (const a of advisories) if (a.package === p.name && semver.satisfies(p.version, a.affected)) hits.push({ ...p, advisory: a });
  }
  return hits;
}

module.exports = { check, shipped };

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
