/** The bytes of a loaded workbook with a plan applied, keeping everything the plan does not own. */
import JSZip from 'jszip';
import type { WritePlan } from '../../engine/model/plan';
import { applyPlan } from './applyPlan';
import { InputError } from './errors';
import { isOn } from './fastSnapshot';
import type { LoadedWorkbook } from './openWorkbook';
import { CellTooLong, checkParts, StructureLocked, structureLocked, tooLong, WriteRefused } from './packageChecks';
import { patchPackage } from './patchPackage';
import { UnsupportedPart } from './xml';

export interface PlannedBytes {
  bytes: Uint8Array;
  /** false when the workbook had to be re-serialised by exceljs (only when nothing listed in `lost` was there, or the caller allowed it). */
  keptEverything: boolean;
  /** What the re-serialised workbook lost (charts, comments …); empty when the package was patched. */
  lost: string[];
}

export interface SaveOptions {
  /** The file's name, for messages (InputError names it). */
  fileName?: string;
  /**
   * Let exceljs write the whole workbook even when that loses parts it does not know (charts,
   * drawings, comments, custom properties …; listed in `lost`). Without it such a workbook is
   * refused. A sheet protection exceljs would drop is never given up.
   */
  allowLoss?: boolean;
}

/** Parts exceljs does not write back (or not as they were), by what a person calls them. */
const KINDS: [RegExp, string][] = [
  [/^xl\/charts\//, 'グラフ'],
  [/^xl\/drawings\/[^/]+\.(xml|vml)$|^xl\/media\//, '図形・画像'],
  [/^xl\/comments[^/]*\.xml$|^xl\/threadedComments\//, 'コメント'],
  [/^docProps\/custom\.xml$/, 'ユーザー設定のプロパティ（docProps/custom.xml）'],
  [/^xl\/pivot(Tables|Cache)\//, 'ピボットテーブル'],
  [/^xl\/vbaProject\.bin$/, 'マクロ'],
  [/^xl\/externalLinks\//, '外部ブックへのリンク'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, 'スライサー・タイムライン'],
  [/^xl\/(ctrlProps|activeX|embeddings)\//, 'コントロール・埋め込みオブジェクト'],
  [/^customXml\//, 'カスタムXML'],
];

/**
 * What exceljs would lose writing this package: kinds of parts, and the sheets whose protection it
 * would drop (it reads sheet protection only as sheet="1", a cell's unlock only as locked="0").
 */
async function exceljsLoses(bytes: Uint8Array): Promise<{ lost: string[]; protection: string[]; locked: boolean }> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const lost = KINDS.filter(([re]) => paths.some((p) => re.test(p))).map(([, what]) => what);
  const protection: string[] = [];
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const unlockedAsFalse = /<(?:\w+:)?protection\b[^<>]*\blocked="false"/.test(styles);
  for (const p of paths.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x))) {
    const xml = await zip.file(p)!.async('string');
    // The protection is outside the cells (found in one pass whatever the part holds).
    const start = xml.search(/<(?:\w+:)?sheetData\b/);
    const end = xml.lastIndexOf('sheetData>');
    const outside = start >= 0 && end > start ? xml.slice(0, start) + xml.slice(end) : xml;
    const m = /<(?:\w+:)?sheetProtection\b([^<>]*?)\/?>/.exec(outside);
    const sheet = m ? /\bsheet\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1] : undefined;
    if (isOn(sheet) && (sheet !== '1' || unlockedAsFalse)) protection.push(p);
  }
  return { lost, protection, locked: structureLocked((await zip.file('xl/workbook.xml')?.async('string')) ?? '') };
}

const RESAVE = 'Excelで開いて保存し直してから、もう一度実行してください。';

/** A package writer's refusal as the message naming the file. */
function refusal(e: WriteRefused, file: string): InputError {
  if (e instanceof StructureLocked)
    return new InputError(
      file,
      `${file}: ${e.why}。何も書き出していません。元のファイルは変更していません。Excelで「校閲」→「ブックの保護」を解除して保存してから、もう一度実行してください。`,
    );
  return new InputError(
    file,
    `${file}: 書き出すブックに ${e.part} をそのまま含められないため、何も書き出していません（${e.why}）。元のファイルは変更していません。${RESAVE}`,
  );
}

/**
 * Patches the original package; only when a part is in a shape the patcher does not edit (rare:
 * cells without addresses, a shared formula's master cell to overwrite, a prefixed styles part)
 * does it let exceljs write the whole workbook instead — and only when that loses nothing listed
 * in KINDS and no sheet protection, unless the caller allowed the loss.
 * @throws InputError naming the file when the output must not be written.
 */
export async function workbookWithPlan(loaded: LoadedWorkbook, plan: WritePlan, options: SaveOptions = {}): Promise<PlannedBytes> {
  const file = options.fileName ?? 'ブック';
  let why: string;
  try {
    return { bytes: await patchPackage(loaded.bytes, plan), keptEverything: true, lost: [] };
  } catch (e) {
    if (e instanceof WriteRefused) throw refusal(e, file);
    if (!(e instanceof UnsupportedPart)) throw e;
    why = e.message;
  }
  const { lost, protection, locked } = await exceljsLoses(loaded.bytes);
  if (locked && plan.sheets.length) throw refusal(new StructureLocked(plan.sheets.map((s) => s.spec.name)), file);
  const rewrite = `このブックは EvalSheet が元のまま書き込めない形のため（${why}）、ブック全体を書き直す必要があります`;
  if (protection.length)
    throw new InputError(
      file,
      `${file}: ${rewrite}が、書き直すとシートの保護（${protection.join('、')}）が保たれないため、何も書き出していません。元のファイルは変更していません。${RESAVE}`,
    );
  if (lost.length && !options.allowLoss)
    throw new InputError(
      file,
      `${file}: ${rewrite}が、書き直すと ${lost.join('、')} が失われるため、何も書き出していません。元のファイルは変更していません。${RESAVE}`,
    );
  const workbook = await loaded.exceljs();
  let bytes: Uint8Array;
  try {
    applyPlan(workbook, plan);
    bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    // What exceljs wrote is held to the same rule as the patcher's output.
    const zip = await JSZip.loadAsync(bytes);
    await checkParts(
      Object.keys(zip.files).filter((p) => !zip.files[p].dir),
      (p) => zip.file(p)!.async('string'),
    );
  } catch (e) {
    if (e instanceof WriteRefused) throw refusal(e, file);
    if (e instanceof CellTooLong) throw refusal(tooLong(e), file);
    throw e;
  }
  return { bytes, keptEverything: false, lost };
}
