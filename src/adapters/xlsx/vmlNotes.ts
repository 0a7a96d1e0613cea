/**
 * The VML drawing part of a sheet's legacy notes (xl/drawings/vmlDrawingN.vml): one hidden text-box
 * shape per note, anchored beside its cell. Excel and LibreOffice show a note only when its shape is
 * there. Shapes of other kinds (form controls) are never touched.
 */
import { displayWidth } from '../../engine/sheets/layout';

const SHAPE = /<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g;
const NOTE_TYPE = '_x0000_t202';

/** The text-box shape type every note shape refers to. */
const SHAPETYPE =
  `<v:shapetype id="${NOTE_TYPE}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A VML part for a sheet's notes, its shape ids in block `idmap` (ids idmap×1024 + 1 …). */
export function newVml(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPETYPE}</xml>`
  );
}

/** The id blocks (o:idmap data) a VML part uses. */
export function idmapsOf(vml: string): number[] {
  const m = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(vml);
  return m
    ? m[1]
        .split(/[\s,]+/)
        .map(Number)
        .filter(Number.isFinite)
    : [];
}

/** The note shape's cell (0-based row and column), or null for a shape of another kind. */
function noteCell(shape: string): { row: number; col: number } | null {
  if (!/<x:ClientData\b[^>]*ObjectType="Note"/.test(shape)) return null;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return row && col ? { row: Number(row[1]), col: Number(col[1]) } : null;
}

/** The VML without the note shapes of `cells` (1-based rows and columns). */
export function withoutNoteShapes(vml: string, cells: { row: number; col: number }[]): string {
  const gone = new Set(cells.map((c) => `${c.row - 1},${c.col - 1}`));
  return vml.replace(SHAPE, (shape) => {
    const at = noteCell(shape);
    return at && gone.has(`${at.row},${at.col}`) ? '' : shape;
  });
}

/** True when the VML still draws a shape (a note of a person's, a control). */
export function hasShapes(vml: string): boolean {
  return /<v:shape\b/.test(vml);
}

/** How many rows tall a note's box is: its lines at about 36 digit widths each, 3 to 24 rows. */
function boxRows(text: string): number {
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / 36)), 0);
  return Math.min(24, Math.max(3, lines + 1));
}

function noteShape(id: number, row: number, col: number, text: string, z: number): string {
  const r0 = row - 1;
  const c0 = col - 1;
  const anchor = `${c0 + 1}, 15, ${Math.max(0, r0 - 1)}, 10, ${c0 + 5}, 15, ${Math.max(0, r0 - 1) + boxRows(text)}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#${NOTE_TYPE}" style="position:absolute;margin-left:0;margin-top:0;width:220pt;height:80pt;z-index:${z};visibility:hidden" ` +
    'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${r0}</x:Row><x:Column>${c0}</x:Column></x:ClientData></v:shape>`
  );
}

/** The VML with a hidden note shape for each cell (1-based), ids after the part's highest in its block. */
export function withNoteShapes(vml: string, notes: { row: number; col: number; text: string }[]): string {
  if (!notes.length) return vml;
  const ids = [...vml.matchAll(/\bid="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  const block = (idmapsOf(vml)[0] ?? 1) * 1024;
  let id = Math.max(block, ...ids);
  let z = (vml.match(/<v:shape\b/g) ?? []).length;
  // The note shape type goes after the id map, or first in a part without one.
  const withType = vml.includes(`id="${NOTE_TYPE}"`)
    ? vml
    : vml.includes('</o:shapelayout>')
      ? vml.replace('</o:shapelayout>', `</o:shapelayout>${SHAPETYPE}`)
      : vml.replace(/<xml\b[^>]*>/, (open) => `${open}${SHAPETYPE}`);
  const shapes = notes.map((n) => noteShape(++id, n.row, n.col, n.text, ++z)).join('');
  const at = withType.lastIndexOf('</xml>');
  if (at < 0) throw new Error('VML part without its end');
  return withType.slice(0, at) + shapes + withType.slice(at);
}
