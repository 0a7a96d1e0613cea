/**
 * The smallest valid .xlsx (one empty sheet, the default style), written as text: the start of every
 * new workbook the package writer makes (the review's). It is what exceljs writes for an empty
 * workbook, less the theme and the document properties, so that the command line need not load exceljs
 * (a third of a second) only to make an empty package that the plan then fills.
 */
import { esc } from './xml';
import { writeZip } from './zipWriter';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const CONTENT_TYPES =
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
  `</Types>`;

const ROOT_RELS = `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS =
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `</Relationships>`;

const SHEET =
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:A1"/><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const STYLES =
  `<styleSheet xmlns="${MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

const workbook = (sheetName: string) =>
  `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets><sheet sheetId="1" name="${esc(sheetName)}" state="visible" r:id="rId3"/></sheets>` +
  `<calcPr calcId="171027"/></workbook>`;

/** The package of an empty workbook whose one sheet is `sheetName`. */
export function seedPackage(sheetName: string): Promise<Uint8Array> {
  const part = (name: string, xml: string) => ({ name, data: new TextEncoder().encode(DECL + xml) });
  return writeZip([
    part('[Content_Types].xml', CONTENT_TYPES),
    part('_rels/.rels', ROOT_RELS),
    part('xl/workbook.xml', workbook(sheetName)),
    part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    part('xl/worksheets/sheet1.xml', SHEET),
    part('xl/styles.xml', STYLES),
  ]);
}
