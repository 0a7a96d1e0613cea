import { decodeText, parseCsv } from './csv';

test('quoted fields with commas, doubled quotes and line breaks; CRLF; blank lines dropped', () => {
  expect(parseCsv('番号,指標名,実績\r\n1,"相談件数, 窓口",744\r\n\r\n2,"""満足"" の割合","12\n3"\r\n')).toEqual([
    ['番号', '指標名', '実績'],
    ['1', '相談件数, 窓口', '744'],
    ['2', '"満足" の割合', '12\n3'],
  ]);
});

test('tab-separated exports', () => {
  expect(parseCsv('指標\t5月\n相談件数\t61')).toEqual([
    ['指標', '5月'],
    ['相談件数', '61'],
  ]);
});

test('UTF-8 with BOM, and Shift_JIS', () => {
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe9, 0x83, 0xa8]))).toEqual({ text: '部', encoding: 'utf-8' });
  // "企画部" in Shift_JIS.
  expect(decodeText(new Uint8Array([0x8a, 0xe9, 0x89, 0xe6, 0x95, 0x94]))).toEqual({ text: '企画部', encoding: 'shift_jis' });
});
