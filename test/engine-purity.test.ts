/** The engine stays pure: no host, file system, DOM or UI library in src/engine. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const engine = path.resolve(__dirname, '..', 'src', 'engine');

test.each(files(engine).map((f) => [path.relative(engine, f), f]))('%s imports nothing impure', (_name, file) => {
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const i of imports) expect(i).toMatch(/^\.\.?\//);
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  expect(withoutComments).not.toMatch(/\b(Excel|Office)\.\w|\bdocument\.|\bwindow\.|\brequire\(/);
});
