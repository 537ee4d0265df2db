/**
 * Small tools the rules share: how a value reads in a message (Indonesian
 * number style), and how a cell's value is compared with what Kinerja computes.
 */
import { CellInput, CellOutput, ERROR_TEXT, bakuTeks, formatAngka, isKError, kutip, parseCell } from '../values';
import { WriteValue } from '../workbook';
import { Pengaturan } from '../settings';

/**
 * A cell's value as a message shows it: numbers Indonesian-style, text quoted,
 * blank as "kosong", an error as its code (a host's own error text is English).
 */
export function tampil(v: CellInput): string {
  const p = parseCell(v);
  switch (p.kind) {
    case 'blank':
      return 'kosong';
    case 'number':
      return p.text !== undefined ? kutip(p.text.trim()) : formatAngka(p.value);
    case 'text':
      return kutip(p.text);
    case 'error':
      return ERROR_TEXT[p.error.code];
  }
}

/** A computed value as the sheets show it: a number with two decimals, anything else as tampil(). */
export function tampilHitung(v: CellInput): string {
  return typeof v === 'number' ? dua(v) : tampil(v);
}

/** A computed number with two decimals, as the sheets show capaian and NPS: 106,37. */
export function dua(x: number): string {
  return formatAngka(x, 2);
}

/** "IK01 ("Nilai RB ...")" or whichever of the two is present. */
export function sebut(kode: string, indikator: string): string {
  if (kode && indikator) return `${kode} (${kutip(indikator)})`;
  if (kode) return kode;
  if (indikator) return kutip(indikator);
  return 'tanpa kode';
}

/**
 * The satuan is a percentage: it holds "%" or the word "persen"/"persentase"
 * ("%", "Persen (%)", "persentase (%)", "% (persen)"), but not a word that merely
 * starts with "per" ("per seribu") or holds "persen" inside it ("dipersenkan").
 */
export function satuanPersen(satuan: string): boolean {
  if (satuan.includes('%')) return true;
  return satuan
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .some((w) => w === 'persen' || w === 'persentase');
}

/** A number format that shows a percent (the value is a fraction of 1): "0%", "0.00%", but not "0.00\" %\"". */
export function formatPersen(format: string | undefined): boolean {
  if (typeof format !== 'string') return false;
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

export function hampir(x: number, y: number, tol = 1e-9): boolean {
  return Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));
}

/** What Kinerja writes, as a host reads it back: text written with a leading apostrophe is that text. */
export function dariTulis(v: WriteValue | CellOutput | CellInput): CellInput {
  if (typeof v === 'string' && v.startsWith("'")) return v.slice(1);
  return v as CellInput;
}

/**
 * A cell shows `tampak`; Kinerja computes (or would write) `harap`. Blank matches
 * blank, a number a number within `tol` (absolute, percent points) or 1e-9
 * relative, text the same text (case and spaces ignored), an error any error
 * (a native formula can't carry Kinerja's message).
 */
export function cocok(tampak: CellInput, harap: WriteValue | CellOutput | CellInput, tol = 0): boolean {
  const a = parseCell(tampak);
  const b = parseCell(dariTulis(harap));
  if (a.kind === 'blank' || b.kind === 'blank') return a.kind === b.kind;
  if (a.kind === 'error' || b.kind === 'error') return a.kind === b.kind;
  if (a.kind === 'number' && b.kind === 'number') return Math.abs(a.value - b.value) <= tol || hampir(a.value, b.value);
  const ta = a.kind === 'text' ? a.text : a.text ?? String(a.value);
  const tb = b.kind === 'text' ? b.text : b.text ?? String(b.value);
  return bakuTeks(ta) === bakuTeks(tb);
}

/** An expected value for a message ("99,44", "\"Baik\"", "kosong", "#DIV/0!"). */
export function tampilHarap(v: CellOutput): string {
  if (isKError(v)) return `${ERROR_TEXT[v.code]} (${v.message})`;
  if (typeof v === 'number') return dua(v);
  return tampil(v);
}

/** Tolerance for comparing a shown capaian, NPS or serapan with a recomputed one (percent points). */
export const TOLERANSI = 0.005;

/** The labels of the scales in use, for advice ("TMP/TW/WDP/WTP; D/C/CC/B/BB/A/AA"). */
export function contohLabel(aturan: Pengaturan): string {
  return aturan.skala.map((s) => s.label.map((l) => l.kode).join('/')).join('; ');
}
