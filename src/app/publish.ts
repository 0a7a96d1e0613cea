/**
 * Publish: the site for residents from rated workbooks. Each workbook is read and checked (as `check`
 * does) and only what the site shows is kept (`publishedWorkbook`), so that many workbooks make a site
 * without holding their snapshots; then the site is built and rendered to files (paths inside the site
 * and their text). Writes nothing: the command line writes the files, the pane zips them.
 */
import type { WorkbookPort } from '../engine';
import { checkRead, type CheckOptions } from './check';
import {
  buildSite,
  publishedWorkbook,
  siteFileStream,
  type Site,
  type SiteFile,
  type SiteHeadings,
  type UnreadableWorkbook,
  type WorkbookPublication,
} from '../engine/publish';

/** As check's: `file` is the name the site gives the workbook (its file name). */
export type PublishReadOptions = CheckOptions;

/**
 * One workbook's part of the site.
 * @throws UsageError when the period or the rules given are wrong; Stopped when cancelled.
 */
export async function readForSite(port: Pick<WorkbookPort, 'read'>, o: PublishReadOptions): Promise<WorkbookPublication> {
  const { snapshot, result } = await checkRead(port, o);
  return publishedWorkbook(o.file, result, snapshot);
}

/**
 * The site of the workbooks read, listing those that could not be read; `headings` given override the workbooks'
 * 評価設定. The files are rendered as they are taken (`files` can be gone through once).
 */
export function siteFiles(
  workbooks: WorkbookPublication[],
  unreadable: UnreadableWorkbook[],
  headings: Partial<SiteHeadings> = {},
): { site: Site; files: Iterable<SiteFile> } {
  const site = buildSite(workbooks, unreadable, headings);
  return { site, files: siteFileStream(site) };
}
