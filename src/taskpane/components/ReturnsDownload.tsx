/**
 * After 一括チェック: the returns (差戻し) as a ZIP to download — a returned copy of each submission
 * with errors or warnings, its findings at its cells, in a folder per department (../returnsZip.ts).
 * Nothing is written into this workbook or into the chosen files.
 */
import { useEffect, useState } from 'react';
import { Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReturnOutcome } from '../../app/returns';
import type { Review } from '../../engine/actions/reviewModel';
import type { Messages } from '../i18n';
import { errorText, fileBytes } from './shared';

interface Made {
  url: string | null;
  outcomes: ReturnOutcome[];
}

export function ReturnsDownload({ review, files, display, t }: { review: Review; files: File[]; display: (f: File) => string; t: Messages }) {
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => void (made?.url && URL.revokeObjectURL(made.url)), [made]);
  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      // Loaded when asked for: the package writer stays out of the pane's first load.
      const { returnsZip } = await import('../returnsZip');
      const r = await returnsZip(
        review,
        files.map((f) => ({ display: display(f), bytes: () => fileBytes(f) })),
      );
      setMade({ url: r.zip ? URL.createObjectURL(r.zip) : null, outcomes: r.outcomes });
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  const written = made?.outcomes.filter((o) => o.output) ?? [];
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="returns">
      <Button onClick={() => void make()} disabled={busy}>
        {busy ? t.returnsMaking : t.returnsMake}
      </Button>
      {error && <Text role="alert">{error}</Text>}
      {made && !made.url && <Text data-testid="returns-none">{t.returnsNone}</Text>}
      {made?.url && (
        <MessageBar intent={written.length < made.outcomes.length ? 'warning' : 'success'}>
          <MessageBarBody data-testid="returns-made">
            {t.returnsMade(written.length, new Set(written.map((o) => o.department)).size)}{' '}
            <Link href={made.url} download={t.returnsZipName}>
              {t.returnsDownload}
            </Link>
            {made.outcomes
              .filter((o) => !o.output)
              .map((o) => (
                <Text key={o.file} block>
                  {t.returnsFailed(o.file, o.problem ?? '')}
                </Text>
              ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
