/**
 * Writes a plan into the original .xlsx package: the parts the plan does not touch (other sheets,
 * charts, drawings, pictures, macros' neighbours, custom XML) are copied as they are, changed
 * cells are patched in their sheet's XML, and EvalSheet's own sheets are added or replaced.
 * Faster than re-serialising the whole workbook, and nothing exceljs does not know is lost.
 */
import { parseA1 } from '../../engine/model/address';
import type { WritePlan } from '../../engine/model/plan';
import { Package, packed, readRels, REL, REL_NS, type Doc, type PackOptions, type Rel } from './opcPackage';
import { writeOwnSheets } from './ownSheets';
import { writeNotes } from './legacyNotes';
import { CellTooLong, StructureLocked, structureLocked, tooLong, WriteRefused } from './packageChecks';
import { isProtectedSheet, LockedCell, MAIN_NS, patchCells, type CellPatch } from './sheetXml';
import { StyleBook, unlockedXfs } from './styleBook';
import { attrLocal, attrs, resolveTarget, UnsupportedPart } from './xml';

export type { PackOptions } from './opcPackage';

/**
 * The plan written into a copy of the package. Throws UnsupportedPart for a shape it does not edit
 * (the caller may write the workbook another way), WriteRefused for an output that must not be
 * written at all (a locked cell of a protected sheet, a cell past Excel's length, a damaged part or
 * a relationship leaving the package that the copy would carry).
 */
export async function patchPackage(bytes: Uint8Array, plan: WritePlan, options: PackOptions = {}): Promise<Uint8Array> {
  try {
    return await writePackage(bytes, plan, options);
  } catch (e) {
    if (e instanceof CellTooLong) throw tooLong(e);
    throw e;
  }
}

/** Cells of a protected sheet may be written only where they are unlocked; the styles say which. */
async function lockCheck(pkg: Package, wbRels: Rel[], xml: string): Promise<((s: number) => boolean) | undefined> {
  if (!isProtectedSheet(xml)) return undefined;
  const stylesRel = wbRels.find((r) => r.type === REL.styles);
  const styles = stylesRel ? await pkg.text(resolveTarget('xl', stylesRel.target)) : null;
  const unlocked = styles ? unlockedXfs(styles) : [];
  return (s) => unlocked[s] === true;
}

async function openDoc(bytes: Uint8Array, plan: WritePlan): Promise<Doc> {
  const pkg = await Package.open(bytes);
  const rootRels = readRels(await pkg.need('_rels/.rels'));
  const officeDoc = rootRels.find((r) => r.type === REL.officeDocument);
  if (!officeDoc || resolveTarget('', officeDoc.target) !== 'xl/workbook.xml') throw new UnsupportedPart('ブック本体が xl/workbook.xml にありません');
  const workbookXml = await pkg.need('xl/workbook.xml');
  // A workbook whose structure is protected takes no new or replaced sheet (Excel would not let a person add one either).
  if (plan.sheets.length && structureLocked(workbookXml)) throw new StructureLocked(plan.sheets.map((s) => s.spec.name));
  const wbRelsXml = await pkg.need('xl/_rels/workbook.xml.rels');
  const contentTypes = await pkg.need('[Content_Types].xml');
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbookXml)?.[1];
  if (!/<workbook[\s>]/.test(workbookXml) || !relPrefix) throw new UnsupportedPart('xl/workbook.xml が見慣れない形です');
  const wbRels = readRels(wbRelsXml);
  const sheetsBlock = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml);
  if (!sheetsBlock) throw new UnsupportedPart('xl/workbook.xml にシートの一覧がありません');
  const sheets = [...sheetsBlock[1].matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = attrs(m[1]);
    const rel = wbRels.find((r) => r.id === attrLocal(a, 'id'));
    return { name: a.name, sheetId: Number(a.sheetId), path: rel ? resolveTarget('xl', rel.target) : null, xml: m[0] };
  });
  const stylesRel = wbRels.find((r) => r.type === REL.styles);
  const stylesPath = stylesRel ? resolveTarget('xl', stylesRel.target) : null;
  return { pkg, plan, rootRels, wbRels, relPrefix, sheets, stylesPath, workbookXml, wbRelsXml, contentTypes };
}

async function writePackage(bytes: Uint8Array, plan: WritePlan, options: PackOptions): Promise<Uint8Array> {
  const doc = await openDoc(bytes, plan);
  const cellStyles = await patchDepartmentCells(doc);
  if (plan.sheets.length) await writeOwnSheets(doc, cellStyles);
  else if (cellStyles?.changed) doc.pkg.put(doc.stylesPath!, cellStyles.toXml());
  if (plan.notes?.length) await writeNotes(doc, plan.notes);
  const { pkg } = doc;
  pkg.put('xl/workbook.xml', doc.workbookXml);
  pkg.put('xl/_rels/workbook.xml.rels', doc.wbRelsXml);
  pkg.put('[Content_Types].xml', doc.contentTypes);
  await pkg.check();
  return packed(pkg, options);
}

/**
 * 1. Cells in the department's sheets; a write with a number format restyles its cell (the rest of
 * its look kept). Returns the styles when a cell was restyled (the caller writes them).
 */
async function patchDepartmentCells(doc: Doc): Promise<StyleBook | null> {
  const { pkg, plan, wbRels } = doc;
  let cellStyles: StyleBook | null = null;
  if (plan.cells.some((w) => w.numberFormat)) {
    if (!doc.stylesPath) throw new UnsupportedPart('書式の部品（styles.xml）がありません');
    cellStyles = new StyleBook(await pkg.need(doc.stylesPath));
  }
  const bySheet = new Map<string, CellPatch[]>();
  for (const w of plan.cells) {
    const ref = parseA1(w.cell);
    if (!ref) throw new WriteRefused(`${w.sheet}!${w.cell}`, `セルの番地「${w.cell}」が正しくないため書き込めません（EvalSheet の誤りです。報告してください）`);
    const list = bySheet.get(w.sheet) ?? [];
    const fmt = w.numberFormat;
    list.push(
      fmt && cellStyles
        ? { row: ref.row, col: ref.col, value: w.value, restyle: (x) => cellStyles!.withNumberFormat(x, fmt) }
        : { row: ref.row, col: ref.col, value: w.value },
    );
    bySheet.set(w.sheet, list);
  }
  let dropCalcChain = false;
  for (const [name, patches] of bySheet) {
    const path = doc.sheets.find((x) => x.name === name)?.path;
    if (!path) throw new WriteRefused(`シート「${name}」`, 'このシートの部品がブックにないため書き込めません（EvalSheet の誤りです。報告してください）');
    const xml = await pkg.need(path);
    if (!/<worksheet[\s>]/.test(xml) || !xml.includes(MAIN_NS)) throw new UnsupportedPart(`シート「${name}」（${path}）が見慣れない形です`);
    // A protected sheet (sheet="1", "true" or "on") is written only in its unlocked cells; its
    // <sheetProtection> and every byte outside the written cells stay as they were.
    const isUnlocked = await lockCheck(pkg, wbRels, xml);
    let patched;
    try {
      patched = patchCells(xml, patches, { isUnlocked });
    } catch (e) {
      if (e instanceof LockedCell)
        throw new WriteRefused(
          `${name}!${e.cell}`,
          `シート「${name}」は保護されていて、セル ${e.cell} はロックされているため書き込めません（EvalSheet の誤りです。報告してください）`,
        );
      if (e instanceof CellTooLong) throw new CellTooLong(`${name}!${e.cell}`, e.length);
      if (e instanceof UnsupportedPart) throw new UnsupportedPart(`シート「${name}」：${e.message}`);
      throw e;
    }
    dropCalcChain ||= patched.replacedFormula;
    pkg.put(path, patched.xml);
  }
  const cc = dropCalcChain ? wbRels.find((r) => r.type === REL.calcChain) : undefined;
  if (cc) {
    // Excel rebuilds the calculation chain; a stale one that names a cell without a formula is "repaired".
    pkg.remove(resolveTarget('xl', cc.target));
    doc.wbRelsXml = doc.wbRelsXml.replace(cc.xml, '');
    doc.contentTypes = doc.contentTypes.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, '');
  }
  return cellStyles;
}
