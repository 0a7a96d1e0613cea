/**
 * EvalSheet's notes written into a package as legacy notes: the sheet's comments part
 * (xl/commentsN.xml, author EvalSheet) and its VML drawing (xl/drawings/vmlDrawingN.vml), with
 * their relationships, content types and the sheet's <legacyDrawing>, so Excel and LibreOffice both
 * show them. Only comments whose text starts with 【EvalSheet】 are ever replaced or removed; a
 * person's comment and its shape keep every byte. When a sheet's last comment goes, its comments
 * part goes too, and its VML part when no other shape is left in it.
 */
import { parseA1 } from '../../engine/model/address';
import { isEvalSheetNote, NOTE_AUTHOR, type NoteWrite } from '../../engine/model/cellNotes';
import { emptyRels, readRels, REL_NS, unusedId, type Doc, type Rel } from './opcPackage';
import { WriteRefused } from './packageChecks';
import { notesOf } from './sheetNotes';
import { hasShapes, idmapsOf, newVml, withNoteShapes, withoutNoteShapes } from './vmlNotes';
import { withLegacyDrawing, withoutLegacyDrawing } from './legacyDrawing';
import { attrs, esc, relsPathOf, resolveTarget, UnsupportedPart } from './xml';

const COMMENTS_REL = `${REL_NS}/comments`;
const VML_REL = `${REL_NS}/vmlDrawing`;
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_CT = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const COMMENT = /<comment\b([^>]*)>[\s\S]*?<\/comment>/g;

function newComments(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>'
  );
}

/** The comments part with the EvalSheet comments of `cells` taken out (a person's stay as they are). */
function withoutOwnComments(xml: string, cells: Set<string>): { xml: string; removed: string[] } {
  const removed: string[] = [];
  const out = xml.replace(COMMENT, (whole, a: string) => {
    const ref = (attrs(a).ref ?? '').replace(/\$/g, '').toUpperCase();
    const text = Object.values(notesOf(`<comments><commentList>${whole}</commentList></comments>`))[0] ?? '';
    if (!cells.has(ref) || !isEvalSheetNote(text)) return whole;
    removed.push(ref);
    return '';
  });
  return { xml: out, removed };
}

/** The comments part with an EvalSheet comment on each cell, its author added when missing. */
function withOwnComments(xml: string, notes: { cell: string; text: string }[]): string {
  if (!notes.length) return xml;
  let out = xml.replace(/<authors\s*\/>/, '<authors></authors>').replace(/<commentList\s*\/>/, '<commentList></commentList>');
  const authors = [...(/<authors>([\s\S]*?)<\/authors>/.exec(out)?.[1] ?? '').matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) => m[1]);
  let authorId = authors.indexOf(NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    out = out.replace('</authors>', `<author>${NOTE_AUTHOR}</author></authors>`);
  }
  const comments = notes
    .map((n) => `<comment ref="${n.cell}" authorId="${authorId}" shapeId="0"><text><t xml:space="preserve">${esc(n.text)}</t></text></comment>`)
    .join('');
  return out.replace('</commentList>', `${comments}</commentList>`);
}

/** The sheet's comments and VML relationships (the VML the sheet's <legacyDrawing> names, else the first). */
function notesRels(rels: Rel[], sheetXml: string): { comments?: Rel; vml?: Rel } {
  const local = rels.filter((r) => !r.external);
  const drawingId = /<(?:\w+:)?legacyDrawing\b([^>]*)\/?>/.exec(sheetXml);
  const id = drawingId ? Object.entries(attrs(drawingId[1])).find(([k]) => k.endsWith(':id'))?.[1] : undefined;
  return { comments: local.find((r) => r.type === COMMENTS_REL), vml: local.find((r) => r.id === id) ?? local.find((r) => r.type === VML_REL) };
}

/** An unused part name `${stem}${n}${ext}`. */
function freePart(doc: Doc, stem: string, ext: string): string {
  let n = 1;
  while (doc.pkg.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** The next VML id block after every one the package's VML parts use. */
async function nextIdmap(doc: Doc): Promise<number> {
  let max = 0;
  for (const p of doc.pkg.paths().filter((x) => /\.vml$/i.test(x))) max = Math.max(max, ...idmapsOf((await doc.pkg.text(p)) ?? ''));
  return max + 1;
}

interface SheetNotesParts {
  path: string;
  xml: string;
  relsPath: string;
  rels: string;
  commentsPath: string;
  comments: string;
  vmlPath: string;
  vml: string;
}

/** The sheet's parts, its comments and VML made (with their relationships and types) when it has none. */
async function openParts(doc: Doc, sheet: string): Promise<SheetNotesParts> {
  const path = doc.sheets.find((s) => s.name === sheet)?.path;
  if (!path) throw new WriteRefused(`シート「${sheet}」`, 'このシートの部品がブックにないため、メモを書き込めません（EvalSheet の誤りです。報告してください）');
  const dir = path.slice(0, path.lastIndexOf('/'));
  let xml = await doc.pkg.need(path);
  const relsPath = relsPathOf(path);
  let rels = (await doc.pkg.text(relsPath)) ?? emptyRels();
  const found = notesRels(readRels(rels), xml);
  const ids = new Set(readRels(rels).map((r) => r.id));
  const addRel = (type: string, target: string) => {
    const id = unusedId(ids, 'rId');
    ids.add(id);
    rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
    return id;
  };
  let commentsPath = found.comments ? resolveTarget(dir, found.comments.target) : '';
  let comments = commentsPath ? await doc.pkg.text(commentsPath) : null;
  if (comments === null) {
    commentsPath = freePart(doc, 'xl/comments', '.xml');
    comments = newComments();
    addRel(COMMENTS_REL, `../${commentsPath.slice(3)}`);
    doc.contentTypes = doc.contentTypes.replace('</Types>', `<Override PartName="/${commentsPath}" ContentType="${COMMENTS_CT}"/></Types>`);
  }
  let vmlPath = found.vml ? resolveTarget(dir, found.vml.target) : '';
  let vml = vmlPath ? await doc.pkg.text(vmlPath) : null;
  if (vml === null) {
    vmlPath = freePart(doc, 'xl/drawings/vmlDrawing', '.vml');
    vml = newVml(await nextIdmap(doc));
    const id = addRel(VML_REL, `../${vmlPath.slice(3)}`);
    xml = withLegacyDrawing(xml, id);
    if (!/<(?:\w+:)?Default\b[^>]*Extension="vml"/i.test(doc.contentTypes))
      doc.contentTypes = doc.contentTypes.replace('</Types>', `<Default Extension="vml" ContentType="${VML_CT}"/></Types>`);
  }
  if (!/<comments\b/.test(comments) || !/xmlns:x="urn:schemas-microsoft-com:office:excel"/.test(vml))
    throw new UnsupportedPart(`シート「${sheet}」のメモの部品が見慣れない形です`);
  return { path, xml, relsPath, rels, commentsPath, comments, vmlPath, vml };
}

/** Drops a part, its relationship from the sheet and its content type override. */
function dropPart(doc: Doc, p: SheetNotesParts, part: string): void {
  doc.pkg.remove(part);
  const dir = p.path.slice(0, p.path.lastIndexOf('/'));
  const rel = readRels(p.rels).find((r) => !r.external && resolveTarget(dir, r.target) === part);
  if (rel) p.rels = p.rels.replace(rel.xml, '');
  doc.contentTypes = doc.contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
}

/** Writes the parts back; those left without a comment or a shape are dropped. */
function saveParts(doc: Doc, p: SheetNotesParts): void {
  if (/<comment\b/.test(p.comments)) doc.pkg.put(p.commentsPath, p.comments);
  else dropPart(doc, p, p.commentsPath);
  if (hasShapes(p.vml)) doc.pkg.put(p.vmlPath, p.vml);
  else {
    dropPart(doc, p, p.vmlPath);
    p.xml = withoutLegacyDrawing(p.xml);
  }
  doc.pkg.put(p.path, p.xml);
  if (readRels(p.rels).length) doc.pkg.put(p.relsPath, p.rels);
  else if (doc.pkg.has(p.relsPath)) doc.pkg.remove(p.relsPath);
}

/** 3. EvalSheet's notes: per sheet, its old ones out where the plan removes or replaces them, the new ones in. */
export async function writeNotes(doc: Doc, notes: NoteWrite[]): Promise<void> {
  const bySheet = new Map<string, NoteWrite[]>();
  for (const n of notes) bySheet.set(n.sheet, [...(bySheet.get(n.sheet) ?? []), n]);
  for (const [sheet, writes] of bySheet) {
    const p = await openParts(doc, sheet);
    const taken = withoutOwnComments(p.comments, new Set(writes.map((w) => w.cell)));
    p.comments = taken.xml;
    p.vml = withoutNoteShapes(
      p.vml,
      taken.removed.map((c) => parseA1(c)!),
    );
    // A cell that still has a comment after that is a person's: it gets nothing.
    const person = new Set([...p.comments.matchAll(COMMENT)].map((m) => (attrs(m[1]).ref ?? '').replace(/\$/g, '').toUpperCase()));
    const added = writes.filter((w): w is NoteWrite & { text: string } => w.text !== null && !person.has(w.cell));
    p.comments = withOwnComments(p.comments, added);
    p.vml = withNoteShapes(
      p.vml,
      added.map((w) => ({ ...parseA1(w.cell)!, text: w.text })),
    );
    saveParts(doc, p);
  }
}
