/** src/app imports the engine and itself only: no adapter, command line, pane, Node module, exceljs or Office (the ESLint rule checks it too). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const here = __dirname;
const sources = readdirSync(here).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));

test.each(sources)('%s imports the engine and src/app only', (name) => {
  const code = readFileSync(path.join(here, name), 'utf8');
  const imports = [...code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  expect(imports.length).toBeGreaterThan(0);
  for (const i of imports) expect(i).toMatch(/^(\.\/[\w.]+|\.\.\/engine(\/[\w/]+)?)$/);
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  expect(withoutComments).not.toMatch(/\b(Excel|Office)\.\w|\bdocument\.|\bwindow\.|\bprocess\.|\brequire\(/);
});
