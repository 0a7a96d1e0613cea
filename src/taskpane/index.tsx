/**
 * The task pane's entry: waits for Office, wires the Excel host into the React app.
 * The only file of the pane that names Office.js.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createExcelHost } from '../adapters/officejs/host';
import type { NewWorkbookApi } from '../adapters/officejs/newWorkbook';
import { App } from './components/App';
import { localeFor, messages } from './i18n';
import { workerReader } from './submissionReader';
import { changeFeed, type WorkbookChanges } from './workbookChanges';

declare const __BUILD_ID__: string;

function isDark(): boolean {
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const n = parseInt(bg.replace('#', ''), 16);
  const lum = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum < 128;
}

void Office.onReady(async (info) => {
  const root = createRoot(document.getElementById('root')!);
  const locale = localeFor(Office.context?.displayLanguage);
  const t = messages(locale);
  const fail = (text: string) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="warning">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  if (String(info.host) !== 'Excel') return fail(t.notInExcel);
  const isSetSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
  // 次の期間へ as a new workbook: the file's bytes (getFileAsync; the host checks CompressedFile 1.1) and Excel.createWorkbook.
  const doc = Office.context.document as unknown as NewWorkbookApi['document'] | undefined;
  const newWorkbook: NewWorkbookApi | undefined =
    typeof doc?.getFileAsync === 'function' && typeof Excel.createWorkbook === 'function'
      ? { document: doc, createWorkbook: (base64) => Excel.createWorkbook(base64) }
      : undefined;
  const hostWith = (changeTracking: boolean) =>
    createExcelHost({ run: Excel.run as never, isSetSupported, changeTracking, fileName: document.title, newWorkbook });
  let host;
  try {
    // Refused below ExcelApi 1.13, the manifest's minimum (the message says which Excel is needed).
    host = hostWith(true);
  } catch (e) {
    return fail((e as Error).message);
  }
  // Change events tell the host when the snapshot Check read is stale, and the pane that Check's result is out of date;
  // where they cannot be registered, every action reads again (and nothing is marked out of date).
  const h = host;
  const feed = changeFeed();
  const changed = async () => {
    h.invalidate();
    feed.notify();
  };
  let changes: WorkbookChanges | undefined = feed;
  try {
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(changed);
      context.workbook.worksheets.onAdded.add(changed);
      context.workbook.worksheets.onDeleted.add(changed);
      await context.sync();
    });
  } catch {
    host = hostWith(false);
    changes = undefined;
  }
  // The review's web worker: a bundle of its own beside taskpane.html (webpack entry review-worker).
  const reader = workerReader(() => new Worker(new URL(`review-worker.js?v=${__BUILD_ID__}`, document.baseURI)));
  root.render(<App host={host} reader={reader} locale={locale} dark={isDark()} changes={changes} />);
});
