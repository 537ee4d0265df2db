/**
 * What every host does with a registry answer, decided once here so Excel,
 * Sheets and the browser workbook cannot drift: a 1×1 answer is returned as
 * one value, blanks are "", errors become the host's error form.
 */
import { callFunction, OutMatrix } from './functions';
import { ERROR_TEXT, KError, isKError } from './values';

export type HostCell<E> = number | string | E;

/** Convert a registry answer for a host. `err` turns a KError into the host's error value. */
export function untukHost<E>(out: OutMatrix, err: (e: KError) => E): HostCell<E>[][] {
  return out.map((row) => row.map((v) => (v === null ? '' : isKError(v) ? err(v) : v)));
}

/** Text shown in a Sheets cell for an error inside a range answer: "#DIV/0! target kosong". */
export function teksGalat(e: KError): string {
  return `${ERROR_TEXT[e.code]} ${e.message}`;
}

/**
 * Google Sheets: a 1×1 error is thrown (the cell shows #ERROR! with the message);
 * inside a range an error is written as text so the other cells still show.
 */
export function jalankanUntukSheets(name: string, args: unknown[]): unknown {
  const out = callFunction(name, args);
  if (out.length === 1 && out[0].length === 1) {
    const v = out[0][0];
    if (isKError(v)) throw new Error(teksGalat(v));
    return v === null ? '' : v;
  }
  return untukHost(out, teksGalat);
}
