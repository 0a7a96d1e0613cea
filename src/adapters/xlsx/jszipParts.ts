/** A package's parts read through JSZip, within the limits (the fast reader's default, in the browser and in Node). */
import JSZip from 'jszip';
import { LIMITS, PackageTooLarge } from './limits';
import type { PartReader } from './zipReader';

interface JsZipStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): JsZipStream;
  on(event: 'error', f: (e: Error) => void): JsZipStream;
  on(event: 'end', f: () => void): JsZipStream;
  pause(): JsZipStream;
  resume(): JsZipStream;
}

/**
 * The parts through JSZip (browser and Node; the command line passes Node's native reader
 * instead), inflated as a stream and stopped past the limits, so that a zip bomb never gets its memory.
 */
export async function openZipJs(bytes: Uint8Array): Promise<PartReader> {
  const zip = await JSZip.loadAsync(bytes);
  if (Object.keys(zip.files).length > LIMITS.entries) throw new PackageTooLarge('', LIMITS.entries, Object.keys(zip.files).length, 'entries');
  let total = 0;
  const read: PartReader = (p: string) => {
    const file = zip.file(p);
    if (!file) return Promise.resolve(null);
    return new Promise<string>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      // internalStream is JSZip's documented streaming read (StreamHelper); its typings omit it.
      const stream = (file as unknown as { internalStream(type: 'uint8array'): JsZipStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          size += chunk.length;
          total += chunk.length;
          if (size > LIMITS.partBytes || total > LIMITS.totalBytes) {
            stream.pause();
            reject(size > LIMITS.partBytes ? new PackageTooLarge(p, LIMITS.partBytes, null) : new PackageTooLarge('', LIMITS.totalBytes, total));
          } else chunks.push(chunk);
        })
        .on('error', reject)
        .on('end', () => {
          const all = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) {
            all.set(c, at);
            at += c.length;
          }
          resolve(new TextDecoder().decode(all));
        })
        .resume();
    });
  };
  read.names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  return read;
}
