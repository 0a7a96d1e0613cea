import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compoundFile, ENCRYPTED_XLSX_STREAMS, XLS_STREAMS } from '../../../test/helpers/compoundFile';
import { compoundFileNames, compoundKind } from './compoundFile';

describe('compound file directory', () => {
  test('names in directory order, over several directory sectors in any order', () => {
    const many = Array.from({ length: 30 }, (_, i) => `Stream${i}`);
    for (const shift of [9, 12] as const) {
      for (const scatter of [false, true]) {
        expect(compoundFileNames(compoundFile(many, { shift, scatter }))).toEqual(['Root Entry', ...many]);
      }
    }
  });

  test('an encrypted .xlsx, an .xls (BIFF8 and BIFF5), a Word document, something else', () => {
    expect(compoundKind(compoundFile(ENCRYPTED_XLSX_STREAMS))).toBe('encrypted-ooxml');
    expect(compoundKind(compoundFile(XLS_STREAMS))).toBe('xls');
    expect(compoundKind(compoundFile(['Book']))).toBe('xls');
    expect(compoundKind(compoundFile(['WordDocument', '1Table']))).toBe('doc');
    expect(compoundKind(compoundFile(['Contents']))).toBe('unknown');
  });

  test('garbage, truncation and loops give null or unknown, never a hang or a throw', () => {
    const good = compoundFile(XLS_STREAMS);
    expect(compoundFileNames(good.subarray(0, 12))).toBeNull();
    expect(compoundFileNames(good.subarray(0, 600))).toBeNull();
    // The directory chain points at itself.
    const loop = Buffer.from(compoundFile(XLS_STREAMS));
    loop.writeUInt32LE(1, 512 + 4);
    expect(compoundFileNames(loop)).toEqual(['Root Entry', ...XLS_STREAMS]);
    // Far sector numbers, a huge FAT count and a DIFAT chain into itself.
    const wild = Buffer.from(compoundFile(XLS_STREAMS));
    wild.writeUInt32LE(0xfffffff0, 0x2c);
    wild.writeUInt32LE(1, 0x44);
    wild.writeUInt32LE(0x7fffffff, 0x30);
    expect(compoundFileNames(wild)).toBeNull();
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      const junk = Buffer.from(good);
      for (let i = 8; i < junk.length; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        if (seed % 5 === 0) junk[i] = seed >>> 24;
      }
      expect(['xls', 'unknown', 'encrypted-ooxml', 'doc', 'ppt']).toContain(compoundKind(junk));
    }
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);
  (soffice ? test : test.skip)(
    'an .xls written by LibreOffice',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'evalsheet-cfb-'));
      try {
        writeFileSync(path.join(dir, 't.csv'), 'a,b\n1,2\n');
        execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xls', '--outdir', dir, path.join(dir, 't.csv')], {
          stdio: 'ignore',
          timeout: 120000,
        });
        expect(compoundKind(new Uint8Array(readFileSync(path.join(dir, 't.xls'))))).toBe('xls');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150000,
  );
});
