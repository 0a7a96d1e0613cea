/**
 * A worksheet's <legacyDrawing r:id> (the link to its VML, which draws its notes), put where the
 * schema's sequence wants it: after <drawing>, before <legacyDrawingHF>, <picture>, <oleObjects>,
 * <controls>, <webPublishItems>, <tableParts> and <extLst>. Only the worksheet's own children are
 * looked at (an <extLst> inside a conditional format is not one).
 */
import { REL_NS } from './opcPackage';

const AFTER = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

/** The worksheet's child elements after <sheetData>: name and start offset. */
function topLevel(xml: string): { name: string; at: number }[] {
  // From the end of <sheetData> (the cells are never scanned): <sheetData/> or </sheetData>.
  const open = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  const out: { name: string; at: number }[] = [];
  if (!open) return out;
  const close = open[1] ? -1 : xml.search(/<\/(?:\w+:)?sheetData>/);
  const start = open[1] ? open.index + open[0].length : close < 0 ? -1 : xml.indexOf('>', close) + 1;
  if (start <= 0) return out;
  let depth = 0;
  const tag = /<(\/?)((?:[\w.-]+:)?([\w.-]+))\b[^>]*?(\/?)>/g;
  tag.lastIndex = start;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1]) {
      depth--;
      if (depth < 0) break; // </worksheet>
      continue;
    }
    if (depth === 0) out.push({ name: m[3], at: m.index });
    if (!m[4]) depth++;
  }
  return out;
}

/** The worksheet with a <legacyDrawing> naming relationship `id`. */
export function withLegacyDrawing(xml: string, id: string): string {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const rPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(xml)?.[1];
  const element = rPrefix ? `<${prefix}legacyDrawing ${rPrefix}:id="${id}"/>` : `<${prefix}legacyDrawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
  const next = topLevel(xml).find((e) => AFTER.has(e.name));
  const at = next ? next.at : xml.lastIndexOf(`</${prefix}worksheet>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The worksheet without its <legacyDrawing>. */
export function withoutLegacyDrawing(xml: string): string {
  return xml.replace(/<(?:\w+:)?legacyDrawing\b[^>]*\/>|<(?:\w+:)?legacyDrawing\b[^>]*>\s*<\/(?:\w+:)?legacyDrawing>/, '');
}
