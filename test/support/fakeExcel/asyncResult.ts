/** Office's `AsyncResult` as the fake's callbacks receive it (file, settings). */
export interface FakeAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error: { code: number; name: string; message: string } | null;
}

export const ok = <T>(value: T): FakeAsyncResult<T> => ({ status: 'succeeded', value, error: null });

export const fail = <T>(code: number, name: string, message: string): FakeAsyncResult<T> => ({
  status: 'failed',
  value: undefined as T,
  error: { code, name, message },
});
