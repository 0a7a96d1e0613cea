/** The native zip reader and writer against JSZip: stored and deflated parts, parts written in chunks, damage. */
import JSZip from 'jszip';
import { openZipNative } from './zipReader';
import { writeZip } from './zipWriter';

const enc = new TextEncoder();

test('reads what JSZip wrote, stored or deflated, and tells a missing part from an empty one', async () => {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook>令和6年度</workbook>', { compression: 'DEFLATE' });
  zip.file('docProps/app.xml', 'stored text', { compression: 'STORE' });
  zip.file('empty.xml', '');
  const read = await openZipNative(await zip.generateAsync({ type: 'uint8array' }));
  expect(await read('xl/workbook.xml')).toBe('<workbook>令和6年度</workbook>');
  expect(await read('XL/Workbook.xml')).toBe('<workbook>令和6年度</workbook>');
  expect(await read('docProps/app.xml')).toBe('stored text');
  expect(await read('empty.xml')).toBe('');
  expect(await read('xl/missing.xml')).toBeNull();
});

test('a part written in chunks is deflated as it comes and reads back whole, by JSZip and by the native reader', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c><c t="inlineStr"><is><t>指標${i}</t></is></c></row>`);
  const bytes = await writeZip(
    [
      { name: 'a.xml', data: enc.encode('<a/>') },
      { name: 'big.xml', data: () => rows.map((r) => enc.encode(r)) },
    ],
    1,
  );
  const viaJszip = await JSZip.loadAsync(bytes);
  expect(await viaJszip.file('big.xml')!.async('string')).toBe(rows.join(''));
  expect(await viaJszip.file('a.xml')!.async('string')).toBe('<a/>');
  const read = await openZipNative(bytes);
  expect(await read('big.xml')).toBe(rows.join(''));
});

test('a file that is not a zip, or a cut one, is an error (the caller falls back to exceljs)', async () => {
  await expect(openZipNative(enc.encode('just text, not a package'))).rejects.toThrow(/not a zip/);
  const zip = new JSZip();
  zip.file('a.xml', 'x'.repeat(1000));
  const whole = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  await expect(openZipNative(whole.subarray(0, whole.length - 30))).rejects.toThrow();
});
