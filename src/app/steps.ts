/** The steps every use case shares: reading with progress, stopping when cancelled or when the plan changed since it was shown. */
import type { ApplyAction, ApplyOutcome, WorkbookPort, WorkbookSnapshot, WritePlan } from '../engine';

export interface Progress {
  stage: 'read' | 'evaluate' | 'write';
  /** 0..1 */
  fraction: number;
}

export type OnProgress = (p: Progress) => void;

/** Why a use case stopped without writing anything. */
export type StopReason = 'cancelled' | 'stale';

/**
 * A use case stopped before anything was written: `cancelled` (the AbortSignal fired) or `stale`
 * (the plan is no longer the one previewed: the workbook changed in between).
 */
export class Stopped extends Error {
  constructor(readonly reason: StopReason) {
    super(reason === 'cancelled' ? 'cancelled before anything was written' : 'the plan changed since it was previewed; nothing was written');
    this.name = 'Stopped';
  }
}

/** Reads the workbook (the port reports the read's progress, nothing when it gives a snapshot it already has). */
export function readWorkbook(port: Pick<WorkbookPort, 'read'>, onProgress?: OnProgress): Promise<WorkbookSnapshot> {
  return port.read(onProgress && ((fraction) => onProgress({ stage: 'read', fraction })));
}

/** @throws Stopped('cancelled') when the signal fired. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Stopped('cancelled');
}

/** @throws Stopped('stale') when a preview's fingerprint was given and the plan is no longer that one. */
export function stopIfStale(expected: string | undefined, fingerprint: string): void {
  if (expected !== undefined && expected !== fingerprint) throw new Stopped('stale');
}

/** Applies a plan, with the write stage's progress from 0 to 1 around it. */
export async function applyPlan<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  plan: WritePlan,
  action: ApplyAction,
  o: { signal?: AbortSignal; onProgress?: OnProgress } = {},
): Promise<O> {
  o.onProgress?.({ stage: 'write', fraction: 0 });
  const applied = await port.apply(plan, { action, signal: o.signal, onProgress: o.onProgress && ((fraction) => o.onProgress!({ stage: 'write', fraction })) });
  o.onProgress?.({ stage: 'write', fraction: 1 });
  return applied;
}
