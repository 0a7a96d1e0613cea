/** EvalSheet as a library: the engine and the .xlsx adapter. */
export * from './engine';
export * as xlsx from './adapters/xlsx';
