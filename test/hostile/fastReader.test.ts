/** The direct reader on every hostile class: refused ones throw its own errors quickly; read ones are read quickly. */
import { promises as fs } from 'node:fs';
import { fastSnapshot } from '../../src/adapters/xlsx/fastSnapshot';
import { DamagedPart, PackageTooLarge } from '../../src/adapters/xlsx/limits';
import { openZipNative } from '../../src/adapters/xlsx/zipReader';
import { tempDir } from '../helpers/workbooks';
import { hostileCases } from '../support/samples/hostileWorkbooks';

const packaged = hostileCases.filter((c) => !/FIFO|dev\/zero|only a text|cut-off/.test(c.name));

describe.each([
  ['native zip reader', openZipNative],
  ['JSZip reader', undefined],
])('%s', (_, openZip) => {
  test.each(packaged.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = await tempDir();
    const bytes = new Uint8Array(await fs.readFile(await c.make(dir)));
    const started = Date.now();
    const read = fastSnapshot(bytes, openZip);
    if (c.expect === 'refuse') {
      const err = await read.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeTruthy();
      expect(err instanceof DamagedPart || err instanceof PackageTooLarge).toBe(true);
    } else {
      expect((await read).sheets.length).toBeGreaterThan(0);
    }
    expect(Date.now() - started).toBeLessThan(10000);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
