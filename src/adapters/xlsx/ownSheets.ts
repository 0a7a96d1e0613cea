/**
 * EvalSheet's own sheets in a package: added after the others or replaced in place, rendered as
 * worksheet XML with their tables, styles and print names; app.xml lists the added ones.
 */
import { qualified } from '../../engine/model/address';
import type { SheetSpec } from '../../engine/model/plan';
import { withSheetListed } from './appProps';
import { CT, emptyRels, readRels, referencedElsewhere, REL, unusedId, type Doc, type Package, type Rel } from './opcPackage';
import { relTargetProblem } from './packageChecks';
import { renderSheet } from './renderSheet';
import { tableXml } from './sheetXml';
import { StyleBook } from './styleBook';
import { attrs, esc, relsPathOf, resolveTarget, UnsupportedPart } from './xml';

/** workbook.xml with more defined names (definedNames follows sheets, functionGroups and externalReferences). */
function withDefinedNames(workbookXml: string, names: string): string {
  if (workbookXml.includes('</definedNames>')) return workbookXml.replace('</definedNames>', `${names}</definedNames>`);
  const anchor = ['</externalReferences>', '</functionGroups>', '</sheets>'].find((t) => workbookXml.includes(t))!;
  const at = workbookXml.indexOf(anchor) + anchor.length;
  return workbookXml.slice(0, at) + `<definedNames>${names}</definedNames>` + workbookXml.slice(at);
}

/** The added sheets in docProps/app.xml's list of sheets (left alone when it lists them in another shape). */
async function listSheets(pkg: Package, rootRels: Rel[], added: string[]): Promise<void> {
  const rel = rootRels.find((r) => r.type.endsWith('/extended-properties'));
  if (!rel || !added.length) return;
  const path = resolveTarget('', rel.target);
  let xml = await pkg.text(path);
  for (const name of added) xml = xml === null ? null : withSheetListed(xml, name);
  if (xml !== null) pkg.put(path, xml);
}

/** The tables of the package (their ids and names, so new ones get fresh ones). */
interface Tables {
  heads: { path: string; head: string }[];
  ids: Map<string, number>;
  names: Set<string>;
}

async function tablesOf(doc: Doc): Promise<Tables> {
  const tableParts = doc.pkg.paths().filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const heads = await Promise.all(tableParts.map(async (p) => ({ path: p, head: /<table\b[^>]*>/.exec((await doc.pkg.text(p)) ?? '')?.[0] ?? '' })));
  // Ids of the tables that stay: a replaced sheet's table gives its id back, so the new one gets it again.
  const ids = new Map<string, number>();
  const names = new Set<string>();
  for (const t of heads) {
    const a = attrs(t.head.slice(6));
    ids.set(t.path, Number(a.id) || 0);
    if (a.name) names.add(a.name.toLowerCase());
  }
  for (const m of doc.workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]*)"/g)) names.add(m[1].toLowerCase());
  return { heads, ids, names };
}

/**
 * Drops what the old copy of an own sheet owned: its tables (and their names), its relationships —
 * only parts inside the package that nothing else refers to (a hostile old copy could name the
 * shared strings or another sheet as its own).
 */
async function dropOldCopy(doc: Doc, path: string, tables: Tables): Promise<void> {
  const { pkg } = doc;
  const oldRelsPath = relsPathOf(path);
  const oldRels = await pkg.text(oldRelsPath);
  if (oldRels === null) return;
  const keep = await referencedElsewhere(pkg, oldRelsPath);
  for (const r of readRels(oldRels)) {
    if (r.external || relTargetProblem(oldRelsPath, r.target, false)) continue;
    const target = resolveTarget(path.slice(0, path.lastIndexOf('/')), r.target);
    if (keep.has(target) || target === '[Content_Types].xml' || !pkg.has(target)) continue;
    if (r.type === REL.table) {
      const t = tables.heads.find((x) => x.path === target);
      const name = t ? attrs(t.head.slice(6)).name : undefined;
      if (name) tables.names.delete(name.toLowerCase());
      tables.ids.delete(target);
    }
    pkg.remove(target);
    doc.contentTypes = doc.contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
  }
  pkg.remove(oldRelsPath);
}

/** The sheet's place in workbook.xml: the existing one (its print names dropped), or a new one at the end. */
function placeSheet(doc: Doc, spec: SheetSpec, relIds: Set<string>): { path: string; index: number; added: boolean } {
  const state = spec.visibility && spec.visibility !== 'visible' ? ` state="${spec.visibility}"` : '';
  const existing = doc.sheets.find((s) => s.name === spec.name);
  if (existing?.path) {
    const index = doc.sheets.indexOf(existing);
    const newTag = existing.xml.replace(/\s+state="[^"]*"/, '').replace(/\s*\/?>$/, `${state}/>`);
    doc.workbookXml = doc.workbookXml.replace(existing.xml, newTag);
    doc.workbookXml = doc.workbookXml.replace(/<definedName\b([^>]*)>[^<]*<\/definedName>/g, (whole, a: string) => {
      const d = attrs(a);
      return (d.name === '_xlnm.Print_Titles' || d.name === '_xlnm.Print_Area') && d.localSheetId === String(index) ? '' : whole;
    });
    return { path: existing.path, index, added: false };
  }
  let n = 1;
  while (doc.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  const rid = unusedId(relIds, 'rId');
  relIds.add(rid);
  doc.wbRelsXml = doc.wbRelsXml.replace(
    '</Relationships>',
    `<Relationship Id="${rid}" Type="${REL.worksheet}" Target="worksheets/sheet${n}.xml"/></Relationships>`,
  );
  doc.contentTypes = doc.contentTypes.replace('</Types>', `<Override PartName="/${path}" ContentType="${CT.worksheet}"/></Types>`);
  const sheetId = Math.max(0, ...doc.sheets.map((s) => s.sheetId || 0)) + 1;
  const tag = `<sheet name="${esc(spec.name)}" sheetId="${sheetId}"${state} ${doc.relPrefix}:id="${rid}"/>`;
  doc.workbookXml = doc.workbookXml.replace('</sheets>', `${tag}</sheets>`);
  doc.sheets.push({ name: spec.name, sheetId, path, xml: tag });
  return { path, index: doc.sheets.length - 1, added: true };
}

/** The sheet's table part, named apart from every other table and defined name. */
function addTable(doc: Doc, sheetPath: string, table: NonNullable<ReturnType<typeof renderSheet>['table']>, tables: Tables): void {
  let name = table.name;
  for (let k = 2; tables.names.has(name.toLowerCase()); k++) name = `${table.name}${k}`;
  tables.names.add(name.toLowerCase());
  let k = 1;
  while (doc.pkg.has(`xl/tables/table${k}.xml`)) k++;
  const tablePath = `xl/tables/table${k}.xml`;
  const id = Math.max(0, ...tables.ids.values()) + 1;
  tables.ids.set(tablePath, id);
  doc.pkg.put(tablePath, tableXml(id, name, table.ref, table.columns));
  doc.contentTypes = doc.contentTypes.replace('</Types>', `<Override PartName="/${tablePath}" ContentType="${CT.table}"/></Types>`);
  doc.pkg.put(
    relsPathOf(sheetPath),
    emptyRels().replace('</Relationships>', `<Relationship Id="rId1" Type="${REL.table}" Target="../tables/table${k}.xml"/></Relationships>`),
  );
}

/** The print titles and areas of a sheet at `index`, as defined names. */
function printNames(spec: SheetSpec, index: number): string {
  const names: string[] = [];
  if (spec.print?.titleRows) {
    const [from, to] = spec.print.titleRows.split(':');
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(qualified(spec.name, `$${from}:$${to ?? from}`))}</definedName>`);
  }
  if (spec.print?.areas?.length) {
    const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    names.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${esc(spec.print.areas.map((a) => qualified(spec.name, absolute(a))).join(','))}</definedName>`,
    );
  }
  return names.join('');
}

/** 2. EvalSheet's own sheets, added or replaced in place, with their tables, styles and print names. */
export async function writeOwnSheets(doc: Doc, cellStyles: StyleBook | null): Promise<void> {
  const { pkg, plan } = doc;
  if (!doc.stylesPath) throw new UnsupportedPart('書式の部品（styles.xml）がありません');
  const styles = cellStyles ?? new StyleBook(await pkg.need(doc.stylesPath));
  const tables = await tablesOf(doc);
  const relIds = new Set(readRels(doc.wbRelsXml).map((r) => r.id));
  const added: string[] = [];
  for (const { spec } of plan.sheets) {
    const existing = doc.sheets.find((s) => s.name === spec.name);
    if (existing?.path) await dropOldCopy(doc, existing.path, tables);
    const place = placeSheet(doc, spec, relIds);
    if (place.added) added.push(spec.name);
    const rendered = renderSheet(spec, styles, plan.scale, 'rId1');
    pkg.put(place.path, rendered.xml);
    if (rendered.table) addTable(doc, place.path, rendered.table, tables);
    const names = printNames(spec, place.index);
    if (names) doc.workbookXml = withDefinedNames(doc.workbookXml, names);
  }
  if (styles.changed) pkg.put(doc.stylesPath, styles.toXml());
  await listSheets(pkg, doc.rootRels, added);
}
