/**
 * docProps/app.xml lists the workbook's sheets (TitlesOfParts) and how many there are of each kind
 * (HeadingPairs: "Worksheets" 6, "Named Ranges" 2, …). A sheet the patcher adds is listed there too.
 */
import { esc } from './xml';

const WORKSHEETS = new Set(['Worksheets', 'ワークシート']);

/**
 * app.xml with `name` listed as one more worksheet, after the workbook's other worksheets; null
 * when the part does not list sheets in the usual shape (it is optional and is then left as it is).
 */
export function withSheetListed(xml: string, name: string): string | null {
  const pairs = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  const titles = /(<TitlesOfParts>\s*<vt:vector\b[^>]*\bsize=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>\s*<\/TitlesOfParts>)/.exec(xml);
  if (!pairs || !titles) return null;
  // The pairs: a kind's name, then its count.
  const variants = [...pairs[1].matchAll(/<vt:variant>\s*<vt:(lpstr|i4)>([^<]*)<\/vt:\1>\s*<\/vt:variant>/g)];
  let before = 0;
  let countAt = -1;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    if (variants[i][1] !== 'lpstr' || variants[i + 1][1] !== 'i4') return null;
    if (WORKSHEETS.has(variants[i][2])) {
      countAt = i + 1;
      break;
    }
    before += Number(variants[i + 1][2]);
  }
  if (countAt < 0) return null;
  const count = Number(variants[countAt][2]);
  const entries = [...titles[4].matchAll(/<vt:lpstr>[^<]*<\/vt:lpstr>|<vt:lpstr\/>/g)];
  if (entries.length !== Number(titles[2]) || entries.length < before + count) return null;
  if (entries.slice(before, before + count).some((e) => e[0] === `<vt:lpstr>${esc(name)}</vt:lpstr>`)) return xml;
  // The new title goes after the last worksheet's (or first, when there is none yet).
  const at = before + count > 0 ? entries[before + count - 1].index! + entries[before + count - 1][0].length : (entries[before]?.index ?? titles[4].length);
  const list = titles[4].slice(0, at) + `<vt:lpstr>${esc(name)}</vt:lpstr>` + titles[4].slice(at);
  const counted = variants[countAt];
  const newPairs =
    pairs[1].slice(0, counted.index!) + counted[0].replace(`>${counted[2]}<`, `>${count + 1}<`) + pairs[1].slice(counted.index! + counted[0].length);
  const withTitles =
    xml.slice(0, titles.index) + titles[1] + String(entries.length + 1) + titles[3] + list + titles[5] + xml.slice(titles.index + titles[0].length);
  // HeadingPairs comes before TitlesOfParts: its offsets are still valid in withTitles.
  const p = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(withTitles)!;
  const end = p.index + p[0].lastIndexOf('</vt:vector>');
  return withTitles.slice(0, end - p[1].length) + newPairs + withTitles.slice(end);
}
