/**
 * Excel custom functions: each registry function is associated under its
 * name; Excel shows it as KINERJA.<NAME> (namespace from the manifest).
 * functions.json is generated from the same registry at build time.
 */
import { FUNCTIONS, callFunction } from '../core/functions';
import { untukHost } from '../core/hostcall';
import { KError } from '../core/values';

/**
 * Excel shows a custom message only with #VALUE! and #N/A; #DIV/0! and #NUM!
 * take none (CustomFunctionsRuntime 1.3), so those carry the code alone and
 * the sidebar's Periksa explains the cell.
 */
export function excelError(e: KError): CustomFunctions.Error {
  const C = CustomFunctions.ErrorCode;
  switch (e.code) {
    case 'DIV0':
      return new CustomFunctions.Error(C.divisionByZero);
    case 'NUM':
      return new CustomFunctions.Error(C.invalidNumber);
    case 'NA':
      return new CustomFunctions.Error(C.notAvailable, e.message);
    default:
      return new CustomFunctions.Error(C.invalidValue, e.message);
  }
}

/** Run one registry function for Excel: always a matrix (result dimensionality "matrix"). */
export function jalankanUntukExcel(name: string, args: unknown[]): Array<Array<number | string | CustomFunctions.Error>> {
  return untukHost(callFunction(name, args), excelError);
}

export function daftarkanFungsi(): void {
  for (const def of FUNCTIONS) {
    CustomFunctions.associate(def.name, (...args: unknown[]) => jalankanUntukExcel(def.name, args));
  }
}

if (typeof CustomFunctions !== 'undefined') daftarkanFungsi();
