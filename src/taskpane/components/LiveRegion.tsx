/**
 * Screen-reader announcements: one polite live region for the whole pane (role="status"); a view
 * announces the outcome of what it ran (Check's counts, what Grade wrote, the workbook going out of
 * date) through `useAnnounce()`. The region is visually hidden; the same words are on screen.
 */
import { createContext, useCallback, useContext, useState } from 'react';

const AnnounceContext = createContext<(text: string) => void>(() => {});

export const AnnounceProvider = AnnounceContext.Provider;

/** The function that announces a text (a no-op outside the App). */
export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}

/** The live region's text and the function that changes it; a repeated text is announced again (a counter keys it). */
export function useAnnouncer() {
  const [said, setSaid] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setSaid((s) => ({ text, n: s.n + 1 })), []);
  return { said, announce };
}

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export function LiveRegion({ said }: { said: { text: string; n: number } }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-region" style={hidden}>
      <span key={said.n}>{said.text}</span>
    </div>
  );
}
