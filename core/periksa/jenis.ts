/**
 * What Periksa answers (the sidebar shows it as is) and what a rule is.
 *
 * A rule (one file under core/periksa/, like an ESLint rule) declares its codes,
 * each with one severity and a short Indonesian title, and checks the workbook
 * model: `periksa(k, lapor)`. The runner (index.ts) binds `lapor` to the rule,
 * so a rule can only report its own codes, and sorts the findings.
 */
import type { Konteks } from './konteks';

export type Tingkat = 'Kesalahan' | 'Peringatan' | 'Info';

export interface Temuan {
  sheet: string;
  /** A1 address of the cell, e.g. "J7". */
  sel: string;
  tingkat: Tingkat;
  /** Stable rule id (see ATURAN). */
  kode: string;
  /** The rule's short Indonesian title (ATURAN[kode].judul), what the sidebar shows; periksa() always sets it. */
  judul?: string;
  /** What is wrong, in Indonesian, naming the value. */
  pesan: string;
  /** How to fix it, in Indonesian. */
  saran: string;
}

export interface HasilPeriksa {
  temuan: Temuan[];
  jumlah: Record<Tingkat, number>;
  ringkasan: string;
}

export interface MetaKode {
  tingkat: Tingkat;
  judul: string;
}

/** One finding as a rule reports it: which of its codes (may be left out when it has one), where, what, how to fix. */
export interface Laporan<K extends string> {
  kode?: K;
  sheet: string;
  /** A1 address, e.g. "J7". */
  sel: string;
  pesan: string;
  saran: string;
}

export type Lapor<K extends string> = (t: Laporan<K>) => void;

export interface Aturan<K extends string = string> {
  /** The rule's name (its file's). */
  nama: string;
  kode: Readonly<Record<K, MetaKode>>;
  periksa(k: Konteks, lapor: Lapor<K>): void;
}

/** Declare a rule (keeps its code names as a type). */
export function aturan<K extends string>(a: Aturan<K>): Aturan<K> {
  return a;
}
