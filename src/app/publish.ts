/**
 * Publish: the site for residents from rated workbooks. Each workbook is read and checked (as `check`
 * does) and only what the site shows is kept (`publishedWorkbook`), so that many workbooks make a site
 * without holding their snapshots; then the site is built and rendered to files (paths inside the site
 * and their text). Writes nothing: the command line writes the files, the pane zips them.
 */
import { checkWorkbook, type TaughtLayout, type WorkbookPort } from '../engine';
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
import { readWorkbook, stopIfCancelled, type OnProgress } from './steps';

export interface PublishReadOptions {
  /** The name the site gives the workbook (its file name). */
  file: string;
  period?: string | null;
  rules?: unknown;
  layout?: TaughtLayout | null;
  onProgress?: OnProgress;
  signal?: AbortSignal;
}

/**
 * One workbook's part of the site.
 * @throws UsageError when the period or the rules given are wrong; Stopped when cancelled.
 */
export async function readForSite(port: Pick<WorkbookPort, 'read'>, o: PublishReadOptions): Promise<WorkbookPublication> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  o.onProgress?.({ stage: 'evaluate', fraction: 1 });
  const result = checkWorkbook(snapshot, { file: o.file, period: o.period ?? null, rules: o.rules, layout: o.layout });
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
