/**
 * What the pane hears of the workbook changing: index.tsx turns Excel's change events
 * (worksheets.onChanged / onAdded / onDeleted) into `notify()`; the App listens, so a Check result
 * read before the change is marked out of date. Nothing here touches Office.js.
 */
export interface WorkbookChanges {
  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function changeFeed(): WorkbookChanges & { notify(): void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify() {
      for (const l of [...listeners]) l();
    },
  };
}
