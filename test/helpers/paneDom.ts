/**
 * What the task pane's tests under jsdom need that jsdom lacks and browsers (Office's webviews)
 * have: TextDecoder / TextEncoder, Web Crypto (the undo record is signed), ResizeObserver (Fluent's
 * tab indicator and message bar). Imported for its effect, before the pane is rendered.
 */
import { webcrypto } from 'node:crypto';
import { TextDecoder as TextDecoderNode, TextEncoder as TextEncoderNode } from 'node:util';

(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= TextDecoderNode;
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= TextEncoderNode;
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
