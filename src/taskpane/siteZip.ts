/** The published site as a ZIP the pane offers for download: its files in one folder (公開用サイト/). */
import type { SiteFile } from '../engine/publish';

export const SITE_FOLDER = '公開用サイト';

export async function siteZip(files: Iterable<SiteFile>): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const folder = zip.folder(SITE_FOLDER)!;
  for (const f of files) folder.file(f.path, typeof f.content === 'string' ? f.content : [...f.content].join(''));
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
}
