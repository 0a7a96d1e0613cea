/**
 * Issue 14, item 11: the pane's pages had no Content-Security-Policy. The policy as webpack writes
 * it (for office.js from Microsoft's CDN and from the add-in's own server) and the help page's own.
 * The built pages and the policy in force in Chromium are checked in taskpane.e2e.test.ts.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const config = require(path.join(ROOT, 'webpack.config.js')) as ((env: object, argv: object) => Promise<{ devtool: unknown }>) & {
  contentSecurityPolicy: (o: { localOffice: boolean }) => string;
};

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v] as const),
  );

test.each([false, true])(
  'the pane’s policy (office.js from its own server: %s): scripts only from the add-in and office.js, no eval, no network, no plugins',
  (localOffice) => {
    const csp = directives(config.contentSecurityPolicy({ localOffice }));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(localOffice ? ["'self'"] : ["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    // Only styles may be inline (Fluent UI's Griffel and office.js insert <style> elements).
    expect([...csp].filter(([, v]) => v.includes("'unsafe-inline'")).map(([k]) => k)).toEqual(['style-src']);
    // frame-ancestors is ignored in a meta tag: it is not there to suggest otherwise.
    expect(csp.has('frame-ancestors')).toBe(false);
  },
);

test('the task pane page puts the policy before any script', async () => {
  const html = await fs.readFile(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
  const meta = html.search(/<meta http-equiv="Content-Security-Policy"/);
  expect(meta).toBeGreaterThan(0);
  expect(meta).toBeLessThan(html.search(/<script/));
});

test('the help page: no script, nothing loaded, its one style allowed by its hash', async () => {
  const html = await fs.readFile(path.join(ROOT, 'src/taskpane/help.html'), 'utf8');
  const csp = directives(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
  expect(csp.get('style-src')).toEqual([`'sha256-${createHash('sha256').update(style).digest('base64')}'`]);
  expect(html).not.toMatch(/<script|\sstyle=/i);
});

test('the production build uses no eval source maps', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-csp-'));
  try {
    // dev: the policy does not depend on the base URL, and a deployment build without ADDIN_BASE_URL is refused.
    const production = await config({ outDir: out, dev: true }, { mode: 'production' });
    expect(String(production.devtool)).not.toMatch(/eval/);
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
  // Development (webpack serve) too: plain source maps.
  const source = await fs.readFile(path.join(ROOT, 'webpack.config.js'), 'utf8');
  expect(/devtool:[^\n]*/.exec(source)![0]).not.toMatch(/eval/);
});
