/** The errors of the fake Excel: what Office.js throws (a RichApi.Error with a code), with Excel's own messages. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** A change to a protected sheet. */
export function protectedSheetError(sheet: string): FakeExcelError {
  return new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${sheet})`);
}

/** A property read before it was loaded and synced. */
export function notLoadedError(name: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
