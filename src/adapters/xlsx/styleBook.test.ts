import { StyleBook } from './styleBook';
import { countTags } from './xml';

const STYLES =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="10.5"/><color theme="1"/><name val="游ゴシック"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const section = (xml: string, tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)!;

describe('StyleBook', () => {
  test('appends styles after the existing ones, with counts that match', () => {
    const book = new StyleBook(STYLES);
    expect(book.xf('text')).toBe(0);
    const header = book.xf('header');
    const pct = book.xf('percent', '0.0%');
    expect(header).toBe(2);
    expect(pct).toBe(3);
    expect(book.xf('header')).toBe(header);
    const dxfs = book.gradeDxfs([{ grade: 'A', label: '順調', fill: 'C6EFCE', font: '006100' }]);
    expect(dxfs).toEqual([0]);
    const xml = book.toXml();
    for (const [tag, child] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
      ['numFmts', 'numFmt'],
      ['dxfs', 'dxf'],
    ]) {
      const m = section(xml, tag);
      expect(m[0]).toContain(`count="${countTags(m[1], child)}"`);
    }
    // The existing entries are untouched and come first.
    expect(section(xml, 'cellXfs')[1].startsWith('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14"')).toBe(true);
    // The header font keeps the workbook's face and size, bold.
    expect(section(xml, 'fonts')[1]).toContain('<font><b/><sz val="10.5"/><name val="游ゴシック"/></font>');
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    // numFmts opens the styleSheet; dxfs follows cellStyles.
    expect(xml.indexOf('<numFmts')).toBeLessThan(xml.indexOf('<fonts'));
    expect(xml.indexOf('<dxfs')).toBeGreaterThan(xml.indexOf('</cellStyles>'));
  });

  test('reuses a custom number format the workbook already has', () => {
    const book = new StyleBook(STYLES.replace('<fonts', '<numFmts count="1"><numFmt numFmtId="177" formatCode="0.0%"/></numFmts><fonts'));
    book.xf('percent', '0.0%');
    book.xf('number', '#,##0.0');
    const xml = book.toXml();
    expect(xml).toContain('numFmtId="177" fontId="0"');
    expect(xml).toContain('<numFmt numFmtId="178" formatCode="#,##0.0"/>');
  });
});
