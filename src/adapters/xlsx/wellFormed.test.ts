import { SaxesParser } from 'saxes';
import { xmlProblem } from './wellFormed';

/** saxes (the parser exceljs uses) as the reference: does it accept the text? */
function saxesAccepts(xml: string): boolean {
  const p = new SaxesParser({ xmlns: true });
  let ok = true;
  p.on('error', () => {
    ok = false;
  });
  try {
    p.write(xml).close();
  } catch {
    ok = false;
  }
  return ok;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const good = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &#x3042;</t></is></c></row></sheetData></worksheet>`,
  `<a ${NS}><b r:id="x" v='1 > 0'/><!-- a <comment> --><![CDATA[<x>&]]></a>`,
  '\uFEFF<a/>',
  '<a:b xmlns:a="urn:x"><a:c/></a:b>\n',
];

const bad: [string, RegExp][] = [
  ['<a><b></a>', /合いません/],
  ['<a><b>', /閉じていません/],
  ['<a/><b/>', /二つ以上/],
  ['<a x="1" x="2"/>', /重複/],
  ['<a x=1/>', /引用符/],
  ['<a>&nbsp;</a>', /文字参照/],
  ['<a>&#0;</a>', /使えない文字/],
  ['<a>\u0001</a>', /制御文字/],
  ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', /DTD/],
  ['<r:a/>', /宣言されていません/],
  ['<a x="<"/>', /</],
  ['<a', /閉じていない/],
  ['', /空/],
  ['text only', /ルート要素/],
  ['<a></a>tail', /外に文字/],
];

test('well-formed parts are accepted, as saxes accepts them', () => {
  for (const xml of good) {
    expect([xml, xmlProblem(xml)]).toEqual([xml, null]);
    expect(saxesAccepts(xml.replace(/^\uFEFF/, ''))).toBe(true);
  }
});

test('parts no reader can parse are named with why, in Japanese (saxes refuses them too)', () => {
  for (const [xml, why] of bad) {
    expect([xml, xmlProblem(xml)]).toEqual([xml, expect.stringMatching(why)]);
    if (xml) expect([xml, saxesAccepts(xml)]).toEqual([xml, false]);
  }
});

test('linear time on hostile text: 200,000 unclosed tags, 100,000 attributes, a megabyte of ampersands', () => {
  const started = Date.now();
  expect(xmlProblem('<a>' + '<b>'.repeat(200_000))).toMatch(/閉じていません/);
  expect(xmlProblem(`<a ${Array.from({ length: 100_000 }, (_, i) => `x${i}="1"`).join(' ')}/>`)).toBeNull();
  expect(xmlProblem(`<a>${'&amp;'.repeat(200_000)}&</a>`)).toMatch(/文字参照/);
  expect(Date.now() - started).toBeLessThan(3000);
});
