import { withLegacyDrawing, withoutLegacyDrawing } from './legacyDrawing';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

test('<legacyDrawing> goes after <drawing> and before <tableParts>, never into a conditional format’s <extLst>', () => {
  const xml =
    `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
    '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
    '<drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>';
  const out = withLegacyDrawing(xml, 'rId3');
  expect(out).toContain('<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/><tableParts');
  expect(withoutLegacyDrawing(out)).toBe(xml);
});

test('a sheet with nothing after its cells, a prefixed one and one without the relationships namespace', () => {
  expect(withLegacyDrawing(`<worksheet ${NS}><sheetData/></worksheet>`, 'rId1')).toBe(`<worksheet ${NS}><sheetData/><legacyDrawing r:id="rId1"/></worksheet>`);
  const prefixed = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData></x:sheetData><x:pageMargins/></x:worksheet>';
  expect(withLegacyDrawing(prefixed, 'rId1')).toBe(
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData></x:sheetData><x:pageMargins/>' +
      '<x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></x:worksheet>',
  );
});
