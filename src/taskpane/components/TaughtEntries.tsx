/**
 * The entries of 読み取りを修正 already saved in 評価設定 (読み取りの指定), read through the host: each
 * with what it maps (name, target, actual cells, unit, period heading, grade cells), 「選択」 to
 * select its cells in Excel, and 「削除」 to take exactly its row out of 評価設定 (undoable; refused
 * when 評価設定 is protected). The list (useTaughtList, owned by TeachView) is read again when the
 * view opens, after a save and after a removal.
 */
import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { rangeA1 } from '../../engine/model/address';
import { lineOf, type TaughtEntry } from '../../engine/detect/taughtLayout';
import type { Locale } from '../i18n';
import { ErrorBar, errorText } from './shared';
import { teachTexts, type EntryField, type TeachTexts } from './teachTexts';

const SHOWN: EntryField[] = ['names', 'targets', 'actuals', 'unit', 'period', 'grade', 'baseline'];

/** The cells an entry names on its sheet (a unit or period written out, 「人」「令和5年度」, is no cell). */
export function entryCells(e: TaughtEntry): string[] {
  const cells: string[] = [];
  for (const f of SHOWN) {
    const line = e[f] ? lineOf(e[f]) : null;
    if (line && !cells.includes(rangeA1(line.range))) cells.push(rangeA1(line.range));
  }
  return cells;
}

/** What an entry maps, one phrase per field it gives: 「指標名のセル J4:J6（3件）、目標のセル B4:B6、単位 人」. */
export function describeEntry(e: TaughtEntry, tt: TeachTexts): string {
  const names = lineOf(e.names);
  return SHOWN.filter((f) => e[f])
    .map((f) => `${tt.entryField[f]} ${e[f]}${f === 'names' && names && 'count' in names ? tt.entryCount(names.count) : ''}`)
    .join(tt.separator);
}

type Outcome = { kind: 'removed'; entry: TaughtEntry; left: number } | { kind: 'protected' } | { kind: 'missing' };

/** The entries saved in 評価設定, read when the view opens and again by `reload` (after a save or a removal). */
export function useTaughtList(host: WorkbookHost) {
  const [entries, setEntries] = useState<TaughtEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    try {
      setEntries(await host.teach.list());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => {
    void reload();
  }, [host]);
  return { entries, error, reload };
}

export type TaughtList = ReturnType<typeof useTaughtList>;

function useRemoval(host: WorkbookHost, tt: TeachTexts, list: TaughtList) {
  /** The entry being removed (its row), if any. */
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const remove = async (entry: TaughtEntry) => {
    setBusy(entry.source ?? entry.names);
    setError(null);
    setOutcome(null);
    try {
      const r = await host.teach.remove(entry);
      // Read again before saying so: the list shown is 評価設定 as it is now.
      if (r.kind !== 'protected') await list.reload();
      setOutcome(r.kind === 'removed' ? { kind: 'removed', entry: r.entry, left: r.layout.entries.length } : { kind: r.kind });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const select = (e: TaughtEntry) => void host.selectCells(e.sheet, entryCells(e)).catch((x: unknown) => setError(errorText(x)));
  const message =
    outcome?.kind === 'removed'
      ? tt.removed(outcome.entry.sheet, outcome.entry.names, outcome.entry.source ?? '', outcome.left)
      : outcome?.kind === 'protected'
        ? tt.removeProtected
        : outcome?.kind === 'missing'
          ? tt.removeMissing
          : null;
  return { entries: list.entries, error: error ?? list.error, busy, outcome, message, remove, select };
}

export function TaughtEntries({ host, locale, list }: { host: WorkbookHost; locale: Locale; list: TaughtList }) {
  const tt = teachTexts(locale);
  const s = useRemoval(host, tt, list);
  return (
    <div data-testid="taught-entries" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <Text weight="semibold">{s.entries ? tt.listTitle(s.entries.length) : tt.listLoading}</Text>
      {s.entries?.length === 0 && <Text size={200}>{tt.listEmpty}</Text>}
      {!!s.entries?.length && (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {s.entries.map((e, k) => (
            <li key={e.source ?? k} data-testid="taught-entry" style={{ marginBottom: 6 }}>
              <Text weight="semibold" block>
                {tt.entrySheet(e.sheet, e.source ?? null)}
              </Text>
              <Text as="p" size={200} block style={{ margin: 0 }}>
                {describeEntry(e, tt)}
              </Text>
              <div style={{ display: 'flex', gap: 6 }}>
                <Button size="small" onClick={() => s.select(e)} aria-label={tt.selectEntry(e.sheet, e.names)}>
                  {tt.select}
                </Button>
                <Button size="small" onClick={() => void s.remove(e)} disabled={!!s.busy} aria-label={tt.removeEntry(e.sheet, e.names)}>
                  {s.busy === (e.source ?? e.names) ? tt.removing : tt.remove}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {s.message && (
        <MessageBar intent={s.outcome?.kind === 'removed' ? 'success' : 'warning'} data-testid="taught-removal">
          <MessageBarBody>{s.message}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={s.error} />
    </div>
  );
}
