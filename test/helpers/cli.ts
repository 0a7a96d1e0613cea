/** Runs the command in-process, collecting what it prints; help in Japanese whatever the locale of the test run (test/cliHelp.test.ts covers the locale). */
import { run } from '../../src/cli/main';

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, 'ja');
  return { code, out: out.join('\n'), err: err.join('\n') };
}
