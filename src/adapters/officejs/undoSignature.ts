/**
 * Undo's signature: the undo record is signed with HMAC-SHA-256 (Web Crypto) under a random key
 * that never goes into the workbook. The key is kept in the add-in's own browser storage on this
 * computer (localStorage of the add-in's origin), under a random workbook id; the id is kept in the
 * workbook's add-in settings (Office.context.document.settings) and in the record. So:
 * - a record written or edited by hand has no valid signature (the key is not in the file);
 * - a record copied from another workbook names another workbook id than this workbook's settings;
 * - a workbook that comes from another computer (or whose key was cleared) has no key here.
 * In each case Undo refuses the record and changes nothing.
 */
import { HostError } from './errors';
import { signedText, type UndoRecord, type UndoRefusal, type UnsignedUndoRecord } from './undoRecord';

/** `Office.context.document.settings`: kept in the workbook, readable by anyone who has the file (the id is not a secret). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string }) => void): void;
}

/** `localStorage`: stays on this computer, never in the workbook. */
export interface KeyStore {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
}

export const WORKBOOK_ID_SETTING = 'EvalSheet.workbookId';
export const KEY_PREFIX = 'EvalSheet.undoKey.';

export interface UndoSigner {
  /** Adds the workbook id and the signature (makes the id and the key the first time). */
  sign(record: UnsignedUndoRecord): Promise<UndoRecord>;
  /** null when the record is this workbook's and its signature is right; else why not. */
  verify(record: UndoRecord): Promise<UndoRefusal | null>;
}

const ID = /^[0-9a-f]{32}$/;
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));

/** Keys whose storage failed (blocked, full): this session only. */
const sessionKeys = new Map<string, string>();

/** Where keys live outside a browser (Node, tests): this process only. */
const processKeys = new Map<string, string>();
const processStore: KeyStore = { getItem: (n) => processKeys.get(n) ?? null, setItem: (n, v) => void processKeys.set(n, v) };

function browserStorage(): KeyStore | null {
  try {
    const ls = (globalThis as { localStorage?: KeyStore }).localStorage;
    if (!ls) return null;
    ls.getItem(KEY_PREFIX); // throws where storage is blocked
    return ls;
  } catch {
    return null;
  }
}

/** Settings of a workbook opened outside Office (tests, a host without settings): this session only. */
function sessionSettings(): DocumentSettings {
  const m = new Map<string, unknown>();
  return { get: (n) => m.get(n) ?? null, set: (n, v) => void m.set(n, v), saveAsync: (cb) => cb?.({ status: 'succeeded' }) };
}

export interface SignerOptions {
  settings?: DocumentSettings | null;
  keys?: KeyStore | null;
  crypto?: Crypto;
}

export function undoSigner(o: SignerOptions = {}): UndoSigner {
  const settings = o.settings ?? sessionSettings();
  const keys = o.keys ?? browserStorage() ?? processStore;
  const crypto = o.crypto ?? globalThis.crypto;

  const readKey = (id: string): string | null => {
    let k: string | null = null;
    try {
      k = keys.getItem(KEY_PREFIX + id);
    } catch {
      k = null;
    }
    return k && /^[0-9a-f]{64}$/.test(k) ? k : (sessionKeys.get(id) ?? null);
  };
  const writeKey = (id: string, k: string) => {
    try {
      keys.setItem(KEY_PREFIX + id, k);
    } catch {
      // Storage full or blocked: the key lives for this session only (Undo works until the pane closes).
      sessionKeys.set(id, k);
    }
  };
  // Web Crypto is in every webview Office uses, on an https page; without it nothing is written (the record could not be signed).
  const needCrypto = () => {
    if (!crypto?.subtle || typeof TextEncoder !== 'function')
      throw new HostError(
        'unsupported',
        'この環境では Web Crypto（crypto.subtle）が使えないため、「元に戻す」の記録に署名できません。何も変更していません。作業ウィンドウが https で配置されているか確認してください。',
      );
  };
  const hmacKey = (k: string) => crypto.subtle.importKey('raw', fromHex(k), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const bytes = (text: string) => new TextEncoder().encode(text);

  async function workbookId(): Promise<string> {
    const id = settings.get(WORKBOOK_ID_SETTING);
    if (typeof id === 'string' && ID.test(id)) return id;
    const fresh = hex(crypto.getRandomValues(new Uint8Array(16)));
    settings.set(WORKBOOK_ID_SETTING, fresh);
    // Saved with the workbook from now on; if saving the settings fails, Undo still works in this session.
    await new Promise<void>((resolve) => {
      try {
        settings.saveAsync(() => resolve());
      } catch {
        resolve();
      }
    });
    return fresh;
  }

  return {
    async sign(record) {
      needCrypto();
      const id = await workbookId();
      let k = readKey(id);
      if (!k) {
        k = hex(crypto.getRandomValues(new Uint8Array(32)));
        writeKey(id, k);
      }
      const body = { version: 2 as const, workbookId: id, ...record };
      const sig = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(k), bytes(signedText(body))));
      return { ...body, sig: hex(sig) };
    },

    async verify(record) {
      needCrypto();
      const id = settings.get(WORKBOOK_ID_SETTING);
      if (typeof id !== 'string' || id !== record.workbookId) return 'other-workbook';
      const k = readKey(id);
      if (!k) return 'no-key';
      const ok = await crypto.subtle.verify('HMAC', await hmacKey(k), fromHex(record.sig), bytes(signedText(record)));
      return ok ? null : 'bad-signature';
    },
  };
}

/** `Office.context.document.settings` when running in Office (null elsewhere). */
export function officeSettings(): DocumentSettings | null {
  try {
    const s = (globalThis as { Office?: { context?: { document?: { settings?: DocumentSettings } } } }).Office?.context?.document?.settings;
    return s && typeof s.get === 'function' && typeof s.set === 'function' && typeof s.saveAsync === 'function' ? s : null;
  } catch {
    return null;
  }
}
