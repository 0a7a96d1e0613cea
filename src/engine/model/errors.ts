/**
 * The one kind of exception the engine throws on purpose: a usage problem that stops the run
 * before anything is written (an unreadable period, invalid rules, a plan range outside the
 * years, no period to roll from, nothing to import). It is data like a finding: a code and its
 * params, rendered by whoever shows it (`renderUsage`); `.message` is the Japanese for Excel, so
 * a catch that only prints it keeps working.
 */
import type { UsageCode, UsageParams } from './usageParams';
import { renderUsage } from './usageText';

export type { UsageCode, UsageParams } from './usageParams';

export class UsageError<C extends UsageCode = UsageCode> extends Error {
  readonly code: C;
  readonly params: UsageParams[C];
  constructor(code: C, params: UsageParams[C]) {
    super(renderUsage<C>({ code, params }));
    this.code = code;
    this.params = params;
  }
}
