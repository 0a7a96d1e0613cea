/**
 * The task pane's web worker for 提出ブック一括チェック: reads and checks one submitted file per
 * message, off the pane's thread, and posts back the report (never the workbook).
 */
import { checkSubmission, failure } from '../adapters/xlsx/submission';

interface Request {
  id: number;
  file: File;
  /** The name shown in the review (the file's name, or its path inside a chosen folder). */
  display: string;
  period: string | null;
}

const scope = self as unknown as { onmessage: (ev: MessageEvent<Request>) => void; postMessage: (m: unknown) => void };

scope.onmessage = async (ev) => {
  const { id, file, display, period } = ev.data;
  let result;
  try {
    result = await checkSubmission(new Uint8Array(await file.arrayBuffer()), display, { period });
  } catch (e) {
    result = failure(e, display);
  }
  scope.postMessage({ id, ...result });
};
