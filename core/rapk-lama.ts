/**
 * "Buat Tabel RAPK": the PK sheet -> the RAPK table (Rencana Aksi Perjanjian
 * Kinerja), and the merge that keeps what the user typed when the table is
 * generated again after the PK changed (DOMAIN.md, "RAPK").
 *
 * Layout (first creation): a title row, a subtitle row, a blank row, the header
 * row rapkHeaders(), then one row per PK indicator. Rows of one sasaran are
 * contiguous (sasaran in PK order of first appearance, indicators in PK order).
 *
 *   fixed columns     values copied from PK (No is a running number, Bobot = bobotEfektif)
 *   Target B3..B12    values computed here with targetTriwulan (pola: akhir, tetap, kumulatif)
 *   per quarter       Pembilang (a), Penyebut (b): typed by the user
 *                     Realisasi: =IF(OR(a="",b=""),"",RASIO(a,b)) unless the user typed one
 *                     Capaian:   =CAPAIAN(realisasi, target of the quarter, polaritas)
 *                     Kriteria:  =KRITERIA(capaian)
 *   NPS Sasaran       =NPS(capaian range of the sasaran, bobot range), first row of each sasaran
 *
 * Regenerating matches old rows to PK indicators by Kode (kunciKode: trimmed, spaces
 * collapsed, case-insensitive, as Periksa does) and keeps every typed Pembilang,
 * Penyebut and Realisasi (a typed Realisasi stays a value; a formula of the user's
 * stays a formula, its references to its own row moved with the row). Quarterly
 * targets the user typed for a kumulatif indicator stay. Cells the user keeps right
 * of the table move with their row. Old rows whose Kode left the PK, typed in or
 * not, go to "RAPK Arsip" (never deleted), and typed figures come back from it when
 * the indicator returns to the PK. Text that a host would read as a number (Kode "01") is written
 * so it stays text. The plan writes the table block (title rows, header, data rows;
 * the RAPK columns) and the cells right of it only when rows move, and refuses
 * rather than overwrite anything the user put elsewhere.
 */
import { CellInput, KError, RE_TANGGAL, bakuTeks, batasiDaftar, formatAngka, isKError, kutip, parseCell } from './values';
import { bacaPola, rasio, targetTriwulan } from './formulas';
import { PkRow, PkTable, bacaPk, bobotEfektif, cariHeader, kunciKode, petaKolom } from './pk';
import { Konteks, konteksRumus, rumusCapaian, rumusKriteria } from './templates-lama';
import {
  FORMAT,
  RAPK_KOLOM_TETAP,
  SHEET,
  TRIWULAN,
  Triwulan,
  WARNA_KRITERIA,
  rapkBlok,
  rapkHeaders,
  rapkNpsHeader,
  rapkTargetHeader,
} from './layout';
import {
  HostKind,
  Plan,
  SheetSnapshot,
  WorkbookSnapshot,
  WriteOp,
  WriteValue,
  a1,
  a1Range,
  colName,
  PetaBaris,
  getSheet,
  namaFungsi,
  petakanRumus,
  sheetRef,
  teksTulis,
} from './workbook';

// ---------------------------------------------------------------------------
// Public constants and the column map

export const RAPK_JUDUL = 'Rencana Aksi Perjanjian Kinerja (RAPK)';
export const RAPK_SUBJUDUL =
  'Dibuat dari lembar PK. Ketik Pembilang (a) dan Penyebut (b), atau ketik Realisasi langsung; Target, Capaian, Kriteria dan NPS dihitung. ' +
  'Setelah PK berubah, klik Buat Tabel RAPK lagi: isian Anda tetap.';
/** Rows above the header when the table is first created (title, subtitle, blank). */
export const RAPK_BARIS_JUDUL = 3;

/** Header of the "RAPK Arsip" sheet: when and why a row was kept aside, then the RAPK columns. */
export const ARSIP_HEADER: string[] = ['Diarsipkan', 'Alasan', ...rapkHeaders()];

/** 0-based column of each RAPK header, relative to the table's first column ("No"). */
export interface KolomRapk {
  no: number;
  perspektif: number;
  sasaran: number;
  kode: number;
  indikator: number;
  satuan: number;
  polaritas: number;
  pola: number;
  bobot: number;
  target: Record<Triwulan, number>;
  pembilang: Record<Triwulan, number>;
  penyebut: Record<Triwulan, number>;
  realisasi: Record<Triwulan, number>;
  capaian: Record<Triwulan, number>;
  kriteria: Record<Triwulan, number>;
  nps: Record<Triwulan, number>;
  /** Number of columns of the table. */
  jumlah: number;
}

/** The column map, derived from rapkHeaders() so the two cannot drift. */
export function rapkKolom(): KolomRapk {
  const h = rapkHeaders();
  const at = (name: string): number => {
    const i = h.indexOf(name);
    if (i < 0) throw new Error(`kolom RAPK "${name}" tidak ada di rapkHeaders()`);
    return i;
  };
  const perQ = (f: (q: Triwulan) => string): Record<Triwulan, number> =>
    Object.fromEntries(TRIWULAN.map((q) => [q, at(f(q))])) as Record<Triwulan, number>;
  const [no, perspektif, sasaran, kode, indikator, satuan, polaritas, pola, bobot] = RAPK_KOLOM_TETAP.map(at);
  return {
    no,
    perspektif,
    sasaran,
    kode,
    indikator,
    satuan,
    polaritas,
    pola,
    bobot,
    target: perQ(rapkTargetHeader),
    pembilang: perQ((q) => rapkBlok(q)[0]),
    penyebut: perQ((q) => rapkBlok(q)[1]),
    realisasi: perQ((q) => rapkBlok(q)[2]),
    capaian: perQ((q) => rapkBlok(q)[3]),
    kriteria: perQ((q) => rapkBlok(q)[4]),
    nps: perQ(rapkNpsHeader),
    jumlah: h.length,
  };
}

/** What "Buat Tabel RAPK" answers: a plan to apply, or why nothing may be written. */
export type HasilRapk = { ok: true; plan: Plan } | { ok: false; pesan: string };

// ---------------------------------------------------------------------------
// Small cell helpers

function teks(v: CellInput): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

function kosong(v: CellInput): boolean {
  return parseCell(v).kind === 'blank';
}

/** A cell read back from a host as something we can write again. */
export function keNilaiTulis(v: CellInput): WriteValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isKError(v)) return v.toString();
  const p = parseCell(v);
  return p.kind === 'error' ? p.error.toString() : String(v);
}

function tampil(v: CellInput): string {
  const p = parseCell(v);
  if (p.kind === 'number') return formatAngka(p.value);
  if (p.kind === 'text') return p.text;
  if (p.kind === 'error') return p.error.toString();
  return '(kosong)';
}

function samaNilai(a: CellInput, b: CellInput): boolean {
  const pa = parseCell(a);
  const pb = parseCell(b);
  if (pa.kind === 'blank' || pb.kind === 'blank') return pa.kind === pb.kind;
  if (pa.kind === 'number' && pb.kind === 'number') return Math.abs(pa.value - pb.value) <= 1e-9 * Math.max(1, Math.abs(pa.value));
  if (pa.kind === 'text' && pb.kind === 'text') return pa.text.toLowerCase() === pb.text.toLowerCase();
  return false;
}

/** A formula as compared with ours: no spaces, no "$", no namespace, upper case. */
function rumusBaku(f: string): string {
  return f
    .replace(/\s+/g, '')
    .replace(/\$/g, '')
    .toUpperCase()
    .replace(/(_XLDUDF_KINERJA_|KINERJA\.)/g, '');
}

/** Our own Realisasi formula for a row whose a and b sit at these cells (any host's form). */
function rumusRealisasiKita(a: string, b: string): string {
  return rumusBaku(`=IF(OR(${a}="",${b}=""),"",RASIO(${a},${b}))`);
}

// ---------------------------------------------------------------------------
// Reading an existing RAPK table

export interface SelLama {
  nilai: CellInput;
  /** The formula text when the cell holds a formula, else "". */
  rumus: string;
}

export interface BarisRapkLama {
  /** 0-based sheet row. */
  baris: number;
  kode: string;
  /** The row's cells by RAPK header text (only headers found in the sheet). */
  sel: Record<string, SelLama>;
  /** 0-based sheet column of each header in `sel` (to recognise our own formulas). */
  kolom: Record<string, number>;
  /** The user's cells right of the table on this row (index 0 = first column after it). */
  lebih: SelLama[];
}

export interface RapkLama {
  /** The sheet's name as the workbook spells it. */
  nama: string;
  headerRow: number;
  /** 0-based sheet column where the table starts (the "No" column). */
  kolomAwal: number;
  /** 0-based sheet column of each RAPK header found, by header text. */
  kolom: Record<string, number>;
  /** First sheet row after the table's last row (exclusive end). */
  akhir: number;
  rows: BarisRapkLama[];
  /** The snapshot carried formulas (so typed and computed cells can be told apart). */
  adaRumus: boolean;
  /** How many columns right of the table hold something on the table's rows (they move with their row). */
  lebarLebih: number;
}

function rumusDi(sheet: SheetSnapshot, r: number, c: number): string {
  const f = sheet.formulas?.[r]?.[c];
  return typeof f === 'string' && f.trim().startsWith('=') ? f.trim() : '';
}

function nilaiDi(sheet: SheetSnapshot, r: number, c: number): CellInput {
  return sheet.values[r]?.[c] ?? null;
}

function adaIsi(sheet: SheetSnapshot, r: number, c: number): boolean {
  return !kosong(nilaiDi(sheet, r, c)) || rumusDi(sheet, r, c) !== '';
}

/**
 * Read the RAPK table of a sheet: header found by cariHeader(['Kode','Indikator']),
 * columns by header text. The table runs from the header down through the last row
 * that looks like one of its rows (a running No with a Kode or an Indikator; a Kode
 * with an Indikator where the No column is gone). It stops at a row of something
 * else, and after a blank row it goes on only at a row with all three of No, Kode
 * and Indikator: a note typed under the table (say "Catatan" in Kode, the text in
 * Indikator) is the user's, not an RAPK row.
 */
export function bacaRapk(sheet: SheetSnapshot | undefined): RapkLama | null {
  if (!sheet) return null;
  const headerRow = cariHeader(sheet.values, ['Kode', 'Indikator']);
  if (headerRow < 0) return null;
  const headers = rapkHeaders();
  const kolom = petaKolom(sheet.values[headerRow] || [], headers);
  const kolomAwal = kolom.No ?? Math.max(0, kolom.Kode - rapkKolom().kode);
  const lebar = headers.length;
  const cNo = kolom.No;
  const cKode = kolom.Kode;
  const cInd = kolom.Indikator;

  /** A table row, and whether it has all three of No, Kode and Indikator. */
  const barisTabel = (r: number): { tabel: boolean; lengkap: boolean } => {
    const kode = !kosong(nilaiDi(sheet, r, cKode));
    const ind = !kosong(nilaiDi(sheet, r, cInd));
    const no = cNo !== undefined && parseCell(nilaiDi(sheet, r, cNo)).kind === 'number';
    // Every row we write has its running No: where the table has that column, a row
    // without one (a note typed right under the table) is not ours.
    return { tabel: cNo !== undefined ? no && (kode || ind) : kode && ind, lengkap: no && kode && ind };
  };
  const barisKosong = (r: number): boolean => {
    for (let c = kolomAwal; c < kolomAwal + lebar; c++) if (adaIsi(sheet, r, c)) return false;
    for (const c of Object.values(kolom)) if (adaIsi(sheet, r, c)) return false;
    return true;
  };

  const awalLebih = kolomAwal + lebar;
  const lebarBaris = (r: number): number => Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);

  const rows: BarisRapkLama[] = [];
  let akhir = headerRow + 1;
  let lewatKosong = false;
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const ciri = barisTabel(r);
    if (ciri.tabel && (!lewatKosong || ciri.lengkap)) {
      const sel: Record<string, SelLama> = {};
      for (const [h, c] of Object.entries(kolom)) sel[h] = { nilai: nilaiDi(sheet, r, c), rumus: rumusDi(sheet, r, c) };
      // The user's cells right of the table, up to the last one holding something.
      let ujung = lebarBaris(r);
      while (ujung > awalLebih && !adaIsi(sheet, r, ujung - 1)) ujung--;
      const lebih: SelLama[] = [];
      for (let c = awalLebih; c < ujung; c++) lebih.push({ nilai: nilaiDi(sheet, r, c), rumus: rumusDi(sheet, r, c) });
      rows.push({ baris: r, kode: teks(nilaiDi(sheet, r, cKode)), sel, kolom, lebih });
      akhir = r + 1;
      lewatKosong = false;
    } else if (barisKosong(r)) {
      lewatKosong = true;
    } else {
      break;
    }
  }
  const lebarLebih = rows.reduce((m, row) => Math.max(m, row.lebih.length), 0);
  return { nama: sheet.name, headerRow, kolomAwal, kolom, akhir, rows, adaRumus: Array.isArray(sheet.formulas), lebarLebih };
}

// ---------------------------------------------------------------------------
// PK -> ordered RAPK rows

export interface BarisRapkBaru {
  pk: PkRow;
  /** Kode as matched: trimmed, lower case. */
  kunci: string;
  /** Index of the row's sasaran group (0-based, in PK order of first appearance). */
  kelompok: number;
  /** First row of its sasaran in the RAPK (the row that carries the NPS formulas). */
  awalKelompok: boolean;
  /** Rows in its sasaran group. */
  ukuranKelompok: number;
  target: Record<Triwulan, WriteValue>;
  /** Pola target in effect ("kumulatif" when the PK leaves it blank); the PK text when unknown. */
  pola: WriteValue;
}

export type HasilSusun =
  | { ok: true; baris: BarisRapkBaru[]; jumlahSasaran: number; catatan: string[] }
  | { ok: false; pesan: string };

/**
 * Order the PK indicators for the RAPK (sasaran groups contiguous) and compute their
 * quarterly targets. Refuses a blank or duplicate Kode, naming the PK cells.
 */
export function susunBarisRapk(pk: PkTable, namaPk: string = SHEET.PK): HasilSusun {
  const ref = sheetRef(namaPk);
  /** "D7" for a PK cell (the Kode column always exists: bacaPk needs it). */
  const sel = (r: PkRow, f: keyof PkTable['kolom']): string => {
    const c = pk.kolom[f];
    return c === undefined ? `baris ${r.baris + 1}` : a1(r.baris, c);
  };
  /** "PK!J8", or "PK baris 8" when the PK has no such column. */
  const selPk = (r: PkRow, f: keyof PkTable['kolom']): string => {
    const c = pk.kolom[f];
    return c === undefined ? `${ref} baris ${r.baris + 1}` : `${ref}!${a1(r.baris, c)}`;
  };

  const pertama = new Map<string, PkRow[]>();
  for (const r of pk.rows) {
    if (!r.kode) {
      return {
        ok: false,
        pesan: `Kode kosong di ${selPk(r, 'kode')} (indikator ${kutip(r.indikator)}): isi kode yang unik (mis. IK${String(pk.rows.length + 1).padStart(2, '0')}), lalu klik Buat Tabel RAPK lagi.`,
      };
    }
    const k = kunciKode(r.kode);
    pertama.set(k, [...(pertama.get(k) ?? []), r]);
  }
  for (const rows of pertama.values()) {
    if (rows.length > 1) {
      const cells = rows.map((r) => sel(r, 'kode'));
      const daftar = `${cells.slice(0, -1).join(', ')} dan ${cells[cells.length - 1]}`;
      const kali = rows.length === 2 ? 'dua' : String(rows.length);
      return {
        ok: false,
        pesan: `Kode ${rows[0].kode} dipakai ${kali} kali di ${ref} (${daftar}): isian RAPK dicocokkan menurut Kode, jadi setiap indikator butuh kode yang unik. Ganti kodenya, lalu klik Buat Tabel RAPK lagi.`,
      };
    }
  }

  // Sasaran groups in order of first appearance.
  const kelompok = new Map<string, PkRow[]>();
  for (const r of pk.rows) {
    const k = bakuTeks(r.sasaran);
    kelompok.set(k, [...(kelompok.get(k) ?? []), r]);
  }

  const catatan: string[] = [];
  const baris: BarisRapkBaru[] = [];
  let g = 0;
  for (const rows of kelompok.values()) {
    rows.forEach((r, i) => {
      const polaP = bacaPola(parseCell(r.pola));
      const target = {} as Record<Triwulan, WriteValue>;
      let galat: KError | null = null;
      for (let qi = 0; qi < TRIWULAN.length; qi++) {
        const t = targetTriwulan(r.target, qi + 1, r.pola);
        if (isKError(t)) galat = galat ?? t;
        target[TRIWULAN[qi]] = isKError(t) ? null : t;
      }
      if (galat) {
        const diTarget = parseCell(r.target).kind === 'error';
        const diPola = isKError(polaP) && !diTarget;
        const cell = diPola ? `Pola target ${selPk(r, 'pola')}` : `Target ${selPk(r, 'target')}`;
        const saran = diPola
          ? 'isi pola "akhir", "tetap" atau "kumulatif"'
          : diTarget
            ? 'perbaiki sel target'
            : 'ganti pola target menjadi "tetap" atau "akhir", atau isi target berupa angka';
        catatan.push(`${cell} (${r.kode}): ${galat.message}. Target triwulan dikosongkan; ${saran}, lalu klik Buat Tabel RAPK lagi.`);
      } else if (kosong(r.target)) {
        catatan.push(`Target ${selPk(r, 'target')} (${r.kode}) kosong: target triwulan dikosongkan.`);
      }
      baris.push({
        pk: r,
        kunci: kunciKode(r.kode),
        kelompok: g,
        awalKelompok: i === 0,
        ukuranKelompok: rows.length,
        target,
        pola: isKError(polaP) ? keNilaiTulis(r.pola) : polaP,
      });
    });
    g++;
  }
  return { ok: true, baris, jumlahSasaran: kelompok.size, catatan };
}

// ---------------------------------------------------------------------------
// Merge with the existing table

/** What the user typed in one quarter of one row; null = nothing typed. */
export interface IsianTriwulan {
  pembilang: WriteValue;
  penyebut: WriteValue;
  /** A typed Realisasi value, or a formula of the user's own (ours is regenerated). */
  realisasi: WriteValue;
}

export interface BarisGabung extends BarisRapkBaru {
  /** The matched old row, or null for an indicator new to the RAPK. */
  lama: BarisRapkLama | null;
  isian: Record<Triwulan, IsianTriwulan>;
  /** Quarterly targets the user typed (pola kumulatif "typed per quarter"), kept over the computed ones. */
  targetKetik: Partial<Record<Triwulan, WriteValue>>;
}

export interface BarisArsip {
  lama: BarisRapkLama;
  alasan: string;
}

export interface HasilGabung {
  baris: BarisGabung[];
  /** Old rows that can't stay in the RAPK (Kode left the PK, blank or used twice): kept in RAPK Arsip. */
  arsip: BarisArsip[];
  /** Kode of indicators new to the RAPK. */
  ditambah: string[];
  /** Of those, how many got their figures back from RAPK Arsip. */
  dipulihkan: number;
  /** Matched rows. */
  dipertahankan: number;
  /** Typed Pembilang/Penyebut/Realisasi cells carried over. */
  jumlahIsian: number;
  catatan: string[];
}

/**
 * A cell read back, written again as the same thing: text stays text (teksTulis),
 * a number a number. A date reaches core as "yyyy-mm-dd" or "yyyy-mm-dd hh:mm:ss"
 * (the Sheets adapter turns a Date into that, in the spreadsheet's time zone) and
 * is written so the host reads it as a date again.
 */
function nilaiSalin(v: CellInput): WriteValue {
  const w = keNilaiTulis(v);
  if (typeof w !== 'string' || typeof v !== 'string' || RE_TANGGAL.test(w)) return w;
  return teksTulis(w);
}

/** A typed cell as it is written back: a formula as a formula, else nilaiSalin. */
function isianSel(s: SelLama | undefined): WriteValue {
  if (!s) return null;
  if (s.rumus) return s.rumus;
  if (kosong(s.nilai)) return null;
  return nilaiSalin(s.nilai);
}

/** The typed a, b and Realisasi of one old row, per quarter. */
export function isianLama(row: BarisRapkLama, adaRumus = true): Record<Triwulan, IsianTriwulan> {
  const out = {} as Record<Triwulan, IsianTriwulan>;
  for (const q of TRIWULAN) {
    const [hA, hB, hR] = rapkBlok(q);
    const pembilang = isianSel(row.sel[hA]);
    const penyebut = isianSel(row.sel[hB]);
    let realisasi: WriteValue = null;
    const sr = row.sel[hR];
    if (sr) {
      if (sr.rumus) {
        const cA = row.kolom[hA];
        const cB = row.kolom[hB];
        const kita = cA !== undefined && cB !== undefined && rumusBaku(sr.rumus) === rumusRealisasiKita(a1(row.baris, cA), a1(row.baris, cB));
        realisasi = kita ? null : sr.rumus;
      } else if (!kosong(sr.nilai)) {
        realisasi = isianSel(sr);
        if (!adaRumus && pembilang !== null && penyebut !== null) {
          // No formulas in the snapshot: a value equal to what our formula shows is ours.
          const hitung = rasio(row.sel[hA]?.nilai, row.sel[hB]?.nilai);
          const p = parseCell(sr.nilai);
          if (samaNilai(hitung as CellInput, sr.nilai) || p.kind === 'error') realisasi = null;
        }
      }
    }
    out[q] = { pembilang, penyebut, realisasi };
  }
  return out;
}

function jumlahIsian(isian: Record<Triwulan, IsianTriwulan>): number {
  let n = 0;
  for (const q of TRIWULAN) for (const v of Object.values(isian[q])) if (v !== null) n++;
  return n;
}

function adaLebih(row: BarisRapkLama): boolean {
  return row.lebih.some((x) => x.rumus !== '' || !kosong(x.nilai));
}

/**
 * The quarterly targets of an old row that the user typed rather than we
 * computed: a formula, or values that fit no pola of the row's own B12 (we
 * write T/4, T/2, 3T/4, T; T, T, T, T; or –, –, –, T). Null when they are ours.
 * Only the first three quarters are returned: B12 always follows the PK.
 */
function targetKetikan(old: BarisRapkLama): Partial<Record<Triwulan, WriteValue>> | null {
  const sel = TRIWULAN.map((q) => old.sel[rapkTargetHeader(q)]);
  if (sel.some((x) => x === undefined)) return null;
  const ada = sel.slice(0, -1).some((x) => x.rumus !== '' || !kosong(x.nilai));
  if (!ada) return null;
  if (!sel.some((x) => x.rumus !== '')) {
    const T = sel[sel.length - 1].nilai;
    // What we wrote follows the pola the row itself shows (100/100/100 typed for a
    // kumulatif row is the user's, though it looks like "tetap").
    const polaBaris = bacaPola(parseCell(old.sel['Pola target']?.nilai ?? null));
    const polaDicoba = isKError(polaBaris) || kosong(old.sel['Pola target']?.nilai ?? null) ? ['akhir', 'tetap', 'kumulatif'] : [polaBaris];
    for (const pola of polaDicoba) {
      const cocok = TRIWULAN.every((_, qi) => {
        const t = targetTriwulan(T, qi + 1, pola);
        return !isKError(t) && samaNilai(t as CellInput, sel[qi].nilai);
      });
      if (cocok) return null;
    }
  }
  const out: Partial<Record<Triwulan, WriteValue>> = {};
  TRIWULAN.slice(0, -1).forEach((q, qi) => (out[q] = isianSel(sel[qi])));
  return out;
}

/** Rows of the "RAPK Arsip" sheet, read like RAPK rows (values only), for indicators that come back. */
export function bacaArsip(sheet: SheetSnapshot | undefined): Array<BarisRapkLama & { diarsipkan: string }> {
  if (!sheet) return [];
  const h = cariHeader(sheet.values, ['Diarsipkan', 'Kode']);
  if (h < 0) return [];
  const kolom = petaKolom(sheet.values[h] || [], ARSIP_HEADER);
  if (kolom.Kode === undefined) return [];
  const out: Array<BarisRapkLama & { diarsipkan: string }> = [];
  for (let r = h + 1; r < sheet.values.length; r++) {
    const kode = teks(nilaiDi(sheet, r, kolom.Kode));
    if (!kode) continue;
    const sel: Record<string, SelLama> = {};
    for (const [nama, c] of Object.entries(kolom)) sel[nama] = { nilai: nilaiDi(sheet, r, c), rumus: '' };
    out.push({ baris: r, kode, sel, kolom, lebih: [], diarsipkan: teks(nilaiDi(sheet, r, kolom.Diarsipkan)).slice(0, 10) });
  }
  return out;
}

const ISIAN_KOSONG = (): Record<Triwulan, IsianTriwulan> =>
  Object.fromEntries(TRIWULAN.map((q) => [q, { pembilang: null, penyebut: null, realisasi: null }])) as Record<Triwulan, IsianTriwulan>;

/**
 * Match the new rows to the old table by Kode and carry over what was typed.
 * Pure: the caller turns the result into writes.
 */
export function mergeRapk(
  baru: BarisRapkBaru[],
  lama: RapkLama | null,
  arsipLama: Array<BarisRapkLama & { diarsipkan: string }> = [],
): HasilGabung {
  const byKode = new Map<string, BarisRapkLama>();
  const arsip: BarisArsip[] = [];
  const adaRumus = lama?.adaRumus ?? true;
  const kodeBaru = new Set(baru.map((b) => b.kunci));
  for (const row of lama?.rows ?? []) {
    const k = kunciKode(row.kode);
    const punyaIsian = jumlahIsian(isianLama(row, adaRumus)) > 0 || adaLebih(row);
    let alasan: string | null = null;
    if (!k) alasan = 'Kode kosong di RAPK';
    else if (byKode.has(k)) alasan = 'Kode ganda di RAPK';
    else if (!kodeBaru.has(k)) alasan = 'Kode tidak ada lagi di PK';
    if (alasan === null) {
      byKode.set(k, row);
      continue;
    }
    // Every row that leaves the table is kept aside, typed or not (the issue: "kept aside and reported, not deleted").
    arsip.push({ lama: row, alasan: punyaIsian ? alasan : `${alasan}, tanpa isian` });
  }

  const baris: BarisGabung[] = [];
  const ditambah: string[] = [];
  let dipertahankan = 0;
  let total = 0;
  const berubah: string[] = [];
  const ketikan: string[] = [];
  const pulih: string[] = [];
  const tidakPulih: string[] = [];
  // The newest archived row of each Kode (the archive is appended to, so the last one).
  const diArsip = new Map<string, BarisRapkLama & { diarsipkan: string }>();
  for (const a of arsipLama) diArsip.set(kunciKode(a.kode), a);
  const samaIndikator = (a: BarisRapkLama, b: BarisRapkBaru): boolean => bakuTeks(a.sel.Indikator?.nilai) === bakuTeks(b.pk.indikator);
  for (const b of baru) {
    const old = byKode.get(b.kunci) ?? null;
    if (!old) {
      if (lama) ditambah.push(b.pk.kode);
      const a = diArsip.get(b.kunci);
      let isian = ISIAN_KOSONG();
      if (a && jumlahIsian(isianLama(a, false)) > 0) {
        if (samaIndikator(a, b)) {
          isian = isianLama(a, false);
          pulih.push(`${b.pk.kode} (${SHEET.RAPK_ARSIP} baris ${a.baris + 1}${a.diarsipkan ? `, diarsipkan ${a.diarsipkan}` : ''})`);
        } else {
          tidakPulih.push(`${b.pk.kode} (${SHEET.RAPK_ARSIP} baris ${a.baris + 1}: indikatornya ${kutip(teks(a.sel.Indikator?.nilai))})`);
        }
      }
      baris.push({ ...b, lama: null, isian, targetKetik: {} });
      continue;
    }
    dipertahankan++;
    const isian = isianLama(old, adaRumus);
    total += jumlahIsian(isian);
    const targetKetik = b.pola === 'kumulatif' ? targetKetikan(old) ?? {} : {};
    const b12Lama = old.sel[rapkTargetHeader('B12')]?.nilai ?? null;
    if (Object.keys(targetKetik).length && !samaNilai(b12Lama, b.target.B12)) {
      ketikan.push(`${b.pk.kode} (${TRIWULAN.slice(0, -1).map((q) => `${q} ${tampil(old.sel[rapkTargetHeader(q)].nilai)}`).join('; ')})`);
    }
    const beda = TRIWULAN.filter((q) => {
      const s = old.sel[rapkTargetHeader(q)];
      return s !== undefined && !(q in targetKetik) && !samaNilai(s.nilai, b.target[q]);
    }).map((q) => `${q} ${tampil(old.sel[rapkTargetHeader(q)].nilai)} → ${tampil(b.target[q])}`);
    if (beda.length) berubah.push(`${b.pk.kode} (${beda.join('; ')})`);
    baris.push({ ...b, lama: old, isian, targetKetik });
  }

  const catatan: string[] = [];
  if (berubah.length) catatan.push(`Target triwulan berubah mengikuti PK: ${batasiDaftar(berubah)}.`);
  if (ketikan.length) {
    catatan.push(
      `Target tahunan di PK berubah; target triwulan yang Anda ketik (pola kumulatif) tetap dipakai dan B12 mengikuti PK: ${batasiDaftar(ketikan)}. Periksa akan mengingatkan bila tidak lagi cocok dengan target tahunan.`,
    );
  }
  if (pulih.length) catatan.push(`Isian dikembalikan dari ${SHEET.RAPK_ARSIP} untuk indikator yang kembali ke PK: ${batasiDaftar(pulih)}. Baris arsipnya tetap disimpan.`);
  if (tidakPulih.length) {
    catatan.push(`${SHEET.RAPK_ARSIP} memuat isian lama berkode sama tetapi untuk indikator lain, jadi tidak dikembalikan: ${batasiDaftar(tidakPulih)}.`);
  }
  return { baris, arsip, ditambah, dipulihkan: pulih.length, dipertahankan, jumlahIsian: total, catatan };
}

// ---------------------------------------------------------------------------
// Writing the table

/**
 * The formulas of one RAPK row in the host's form (English names, "," separators).
 * Capaian and kriteria follow Pengaturan (batas atas, rumus negatif, scales, kriteria
 * table) exactly as the Pengukuran sheet does, when the workbook has a template
 * Pengaturan sheet; otherwise the built-in rules.
 */
export function rumusRapk(
  host: HostKind,
  baris: number,
  kolomAwal: number,
  q: Triwulan,
  kr: Konteks = { host, pengaturan: false, skala: false },
): { realisasi: string; capaian: string; kriteria: string } {
  const k = rapkKolom();
  const ref = (c: number): string => a1(baris, kolomAwal + c);
  const a = ref(k.pembilang[q]);
  const b = ref(k.penyebut[q]);
  const konteks: Konteks = { ...kr, host };
  return {
    realisasi: `=IF(OR(${a}="",${b}=""),"",${namaFungsi(host, 'RASIO')}(${a},${b}))`,
    capaian: `=${rumusCapaian(konteks, ref(k.realisasi[q]), ref(k.target[q]), ref(k.polaritas))}`,
    kriteria: `=${rumusKriteria(konteks, ref(k.capaian[q]))}`,
  };
}

/** =NPS(capaian range, bobot range) over rows [dari, sampai] of one sasaran. */
export function rumusNps(host: HostKind, dari: number, sampai: number, kolomAwal: number, q: Triwulan): string {
  const k = rapkKolom();
  const rng = (c: number): string => `${a1(dari, kolomAwal + c)}:${a1(sampai, kolomAwal + c)}`;
  return `=${namaFungsi(host, 'NPS')}(${rng(k.capaian[q])},${rng(k.bobot)})`;
}

/** A formula of the user's, carried from the old cell (0-based row, column) to its new place. */
type Pindah = (rumus: string, baris: number, kolom: number) => string;

function barisData(host: HostKind, rows: BarisGabung[], barisAwal: number, kolomAwal: number, pindah: Pindah, kr: Konteks): WriteValue[][] {
  const k = rapkKolom();
  const tt = (x: string): WriteValue => (x ? teksTulis(x) : null);
  const tv = (x: WriteValue): WriteValue => (typeof x === 'string' && !x.startsWith('=') ? teksTulis(x) : x);
  return rows.map((b, i) => {
    const r = barisAwal + i;
    // A formula of the user's moves with its row: its references follow the rows they point at.
    const g = (x: WriteValue, h: string): WriteValue =>
      typeof x === 'string' && x.startsWith('=') && b.lama ? pindah(x, b.lama.baris, b.lama.kolom[h] ?? 0) : x;
    const v: WriteValue[] = Array(k.jumlah).fill(null);
    v[k.no] = i + 1;
    v[k.perspektif] = tt(b.pk.perspektif);
    v[k.sasaran] = tt(b.pk.sasaran);
    v[k.kode] = teksTulis(b.pk.kode);
    v[k.indikator] = tt(b.pk.indikator);
    v[k.satuan] = tt(b.pk.satuan);
    v[k.polaritas] = keNilaiTulis(b.pk.polaritas);
    v[k.pola] = b.pola;
    v[k.bobot] = keNilaiTulis(bobotEfektif(b.pk));
    for (const q of TRIWULAN) {
      const f = rumusRapk(host, r, kolomAwal, q, kr);
      const is = b.isian[q];
      const [hA, hB, hR] = rapkBlok(q);
      v[k.target[q]] = q in b.targetKetik ? g(b.targetKetik[q] as WriteValue, rapkTargetHeader(q)) : tv(b.target[q]);
      v[k.pembilang[q]] = g(is.pembilang, hA);
      v[k.penyebut[q]] = g(is.penyebut, hB);
      v[k.realisasi[q]] = is.realisasi === null ? f.realisasi : g(is.realisasi, hR);
      v[k.capaian[q]] = f.capaian;
      v[k.kriteria[q]] = f.kriteria;
      v[k.nps[q]] = b.awalKelompok ? rumusNps(host, r, r + b.ukuranKelompok - 1, kolomAwal, q) : null;
    }
    return v;
  });
}

/**
 * Column widths in pixels for a new table, in four runs of equal width: Sheets
 * sets widths one run per call, so fewer runs keep "Buat Tabel RAPK" within
 * its budget of host calls.
 */
function lebarKolom(): number[] {
  const k = rapkKolom();
  const w: number[] = Array(k.jumlah).fill(92);
  w[k.no] = 40;
  w[k.perspektif] = 150;
  w[k.sasaran] = 150;
  w[k.kode] = 150;
  w[k.indikator] = 260;
  return w;
}

const WARNA_HEADER = { background: '#DDEBF7', fontColor: '#1F3864' };
const WARNA_ISIAN = '#FFF9E6';

/**
 * The number formats of the cells right of the table follow their values (a date
 * stays a date): where the snapshot carries formats, one op per run of rows in a
 * column whose new format differs from the one the cell has now.
 */
function formatIkutPindah(
  sheet: SheetSnapshot | undefined,
  rows: BarisGabung[],
  dari: number,
  sampai: number,
  awal: number,
  lebar: number,
  nama: string,
): WriteOp[] {
  if (!sheet?.numberFormats) return [];
  const ops: WriteOp[] = [];
  for (let i = 0; i < lebar; i++) {
    const c = awal + i;
    const runs: Array<{ r0: number; n: number; format: string }> = [];
    let run: { r0: number; n: number; format: string } | undefined;
    for (let r = dari; r < sampai; r++) {
      const old = rows[r - dari]?.lama;
      const mau = old ? sheet.numberFormats[old.baris]?.[c] : undefined;
      if (mau === undefined || mau === (sheet.numberFormats[r]?.[c] ?? 'General')) {
        run = undefined;
      } else if (run && run.format === mau) {
        run.n++;
      } else {
        run = { r0: r, n: 1, format: mau };
        runs.push(run);
      }
    }
    for (const x of runs) ops.push({ op: 'format', sheet: nama, range: a1Range(x.r0, c, x.n, 1), numberFormat: x.format });
  }
  return ops;
}

/** Format ops for a table whose header is at headerRow with n data rows: a constant number of ops. */
function formatTabel(nama: string, headerRow: number, n: number, kolomAwal: number, barisJudul: number | null, baru: boolean): WriteOp[] {
  const k = rapkKolom();
  const d0 = headerRow + 1;
  const kol = (c: number, cols = 1): string => a1Range(d0, kolomAwal + c, n, cols);
  const ops: WriteOp[] = [];
  // Title and header look as they did when the table was made (and as the user may
  // since have changed them): only a new table gets them.
  if (baru) {
    if (barisJudul !== null) ops.push({ op: 'format', sheet: nama, range: a1(barisJudul, kolomAwal), bold: true });
    ops.push({ op: 'format', sheet: nama, range: a1Range(headerRow, kolomAwal, 1, k.jumlah), bold: true, wrap: true, ...WARNA_HEADER });
  }
  ops.push({ op: 'format', sheet: nama, range: kol(k.perspektif, k.indikator - k.perspektif + 1), wrap: true });
  ops.push({ op: 'format', sheet: nama, range: kol(k.target.B3, TRIWULAN.length), numberFormat: FORMAT.angka });
  for (const q of TRIWULAN) {
    // Pembilang, Penyebut, Realisasi are adjacent: the input cells of the quarter.
    ops.push({ op: 'format', sheet: nama, range: kol(k.pembilang[q], 3), numberFormat: FORMAT.angka, background: WARNA_ISIAN });
    ops.push({ op: 'format', sheet: nama, range: kol(k.capaian[q]), numberFormat: FORMAT.persen });
    ops.push({ op: 'format', sheet: nama, range: kol(k.kriteria[q]), wrap: true });
  }
  ops.push({ op: 'format', sheet: nama, range: kol(k.nps.B3, TRIWULAN.length), numberFormat: FORMAT.persen });
  const rules = Object.entries(WARNA_KRITERIA).map(([text, w]) => ({ text, ...w }));
  for (const q of TRIWULAN) ops.push({ op: 'conditionalText', sheet: nama, range: kol(k.kriteria[q]), rules });
  return ops;
}

function sheetKosong(sheet: SheetSnapshot): boolean {
  for (let r = 0; r < sheet.values.length; r++) {
    const len = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < len; c++) if (adaIsi(sheet, r, c)) return false;
  }
  return true;
}

/** Last row (0-based) holding anything, or -1. */
function barisTerakhir(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const len = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < len; c++) if (adaIsi(sheet, r, c)) return r;
  }
  return -1;
}

/** "2026-11-26T12:35:06.807Z" as a person reads it in the archive: "2026-11-26 12:35 UTC" (kept as text). */
function waktuArsip(sekarang: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(sekarang);
  return teksTulis(m ? `${m[1]} ${m[2]} UTC` : sekarang);
}

/**
 * Rows kept aside in "RAPK Arsip": when, why, the RAPK columns, then the user's
 * cells that stood right of the table on that row (headed by their old column).
 */
function planArsip(wb: WorkbookSnapshot, arsip: BarisArsip[], sekarang: string, judulLebih: string[] = []): WriteOp[] {
  if (arsip.length === 0) return [];
  const headers = rapkHeaders();
  const lebar = arsip.reduce((m, a) => Math.max(m, a.lama.lebih.length), 0);
  const waktu = waktuArsip(sekarang);
  const rows: WriteValue[][] = arsip.map((a) => [
    waktu,
    a.alasan,
    ...headers.map((h) => nilaiSalin(a.lama.sel[h]?.nilai ?? null)),
    ...Array.from({ length: lebar }, (_, i) => nilaiSalin(a.lama.lebih[i]?.nilai ?? null)),
  ]);
  const headerArsip: WriteValue[] = [...ARSIP_HEADER, ...Array.from({ length: lebar }, (_, i) => judulLebih[i] ?? null)];
  const sheet = getSheet(wb, SHEET.RAPK_ARSIP);
  const ops: WriteOp[] = [];
  let nama: string = SHEET.RAPK_ARSIP;
  let start = 0;
  let denganHeader = true;
  if (!sheet) {
    ops.push({ op: 'addSheet', sheet: nama });
  } else {
    nama = sheet.name;
    const last = barisTerakhir(sheet);
    const h = cariHeader(sheet.values, ['Diarsipkan', 'Kode']);
    const cocok = h >= 0 && ARSIP_HEADER.every((x, c) => teks(sheet.values[h]?.[c]).toLowerCase() === x.toLowerCase());
    if (last < 0) start = 0;
    else if (cocok) {
      start = last + 1;
      denganHeader = false;
    } else start = last + 2;
  }
  const block = denganHeader ? [headerArsip, ...rows] : rows;
  ops.push({ op: 'setValues', sheet: nama, row: start, col: 0, values: block });
  if (denganHeader) ops.push({ op: 'format', sheet: nama, range: a1Range(start, 0, 1, ARSIP_HEADER.length), bold: true, ...WARNA_HEADER });
  return ops;
}

// ---------------------------------------------------------------------------
// The operation

/**
 * Plan "Buat Tabel RAPK". Refuses (ok: false, nothing written) when the PK can't be
 * read, a Kode is blank or used twice, or the table would overwrite the user's data.
 */
export function planRapk(wb: WorkbookSnapshot, opts: { sekarang?: string } = {}): HasilRapk {
  const pkSheet = getSheet(wb, SHEET.PK);
  if (!pkSheet) return { ok: false, pesan: 'Lembar PK belum ada: klik Sisipkan templat dulu, isi indikator di lembar PK, lalu klik Buat Tabel RAPK.' };
  const pk = bacaPk(pkSheet);
  if (!pk) {
    return {
      ok: false,
      pesan: `Lembar ${pkSheet.name} tidak memuat baris judul kolom dengan "Kode" dan "Indikator" (dicari di 10 baris teratas). Sisipkan templat atau perbaiki judul kolomnya, lalu coba lagi.`,
    };
  }
  if (pk.rows.length === 0) {
    return { ok: false, pesan: `Lembar ${pkSheet.name} belum berisi indikator: isi Kode dan Indikator minimal satu baris, lalu klik Buat Tabel RAPK lagi.` };
  }
  const susun = susunBarisRapk(pk, pkSheet.name);
  if (!susun.ok) return susun;

  const k = rapkKolom();
  const rapkSheet = getSheet(wb, SHEET.RAPK);
  const nama = rapkSheet?.name ?? SHEET.RAPK;
  const ref = sheetRef(nama);
  const lama = bacaRapk(rapkSheet);
  if (rapkSheet && !lama && !sheetKosong(rapkSheet)) {
    return {
      ok: false,
      pesan: `Lembar ${nama} sudah ada dan berisi data, tetapi tabel RAPK (baris judul kolom dengan "Kode" dan "Indikator") tidak ditemukan di 10 baris teratas. Ganti nama lembar itu atau kosongkan, lalu coba lagi.`,
    };
  }

  const n = susun.baris.length;
  const baru = !lama;
  const headerRow = lama ? lama.headerRow : RAPK_BARIS_JUDUL;
  const kolomAwal = lama ? lama.kolomAwal : 0;
  const akhirLama = lama ? lama.akhir : headerRow + 1;
  const akhirBaru = headerRow + 1 + n;
  const kolomTerakhir = colName(kolomAwal + k.jumlah - 1);

  if (lama) {
    // Every column the table will write must be a RAPK column (or empty).
    const dikenal = new Set(rapkHeaders().map((h) => h.toLowerCase()));
    const sampai = Math.max(akhirLama, akhirBaru);
    for (let c = kolomAwal; c < kolomAwal + k.jumlah; c++) {
      const h = teks(rapkSheet?.values[headerRow]?.[c]);
      if (h && dikenal.has(bakuTeks(h))) continue;
      if (h) {
        return {
          ok: false,
          pesan: `Kolom ${ref}!${a1(headerRow, c)} ${kutip(h)} ada di dalam tabel RAPK; pindahkan kolom itu ke kanan tabel (setelah kolom ${kolomTerakhir}) agar tidak tertimpa, lalu coba lagi.`,
        };
      }
      for (let r = headerRow + 1; r < sampai; r++) {
        if (rapkSheet && adaIsi(rapkSheet, r, c)) {
          return {
            ok: false,
            pesan: `Sel ${ref}!${a1(r, c)} di kolom tanpa judul di dalam tabel RAPK berisi data Anda; pindahkan dulu ke kanan tabel (setelah kolom ${kolomTerakhir}) agar tidak tertimpa.`,
          };
        }
      }
    }
  }
  if (rapkSheet && akhirBaru > akhirLama) {
    for (let r = akhirLama; r < akhirBaru; r++) {
      for (let c = kolomAwal; c < kolomAwal + k.jumlah; c++) {
        if (adaIsi(rapkSheet, r, c)) {
          return {
            ok: false,
            pesan: `Sel ${ref}!${a1(r, c)} di bawah tabel berisi data Anda; pindahkan dulu agar tidak tertimpa (tabel RAPK baru butuh baris ${headerRow + 2}–${akhirBaru}, kolom ${colName(kolomAwal)}–${kolomTerakhir}).`,
          };
        }
      }
    }
  }

  // The user's cells right of the table move with their row when rows move.
  const W = lama?.lebarLebih ?? 0;
  const awalLebih = kolomAwal + k.jumlah;
  const sampaiLebih = Math.max(akhirLama, akhirBaru);
  // An archived row only comes back into a table being regenerated (a new RAPK may be a new year's).
  const gabung = mergeRapk(susun.baris, lama, lama ? bacaArsip(getSheet(wb, SHEET.RAPK_ARSIP)) : []);
  // Rows only appended: every cell right of the table is still beside its row.
  const posisiBerubah = gabung.baris.some((b, i) => b.lama && b.lama.baris !== headerRow + 1 + i) || gabung.arsip.some((a) => adaLebih(a.lama));
  if (lama && rapkSheet && W > 0 && posisiBerubah) {
    const barisLama = new Set(lama.rows.map((r) => r.baris));
    for (let r = headerRow + 1; r < sampaiLebih; r++) {
      if (barisLama.has(r)) continue;
      for (let c = awalLebih; c < awalLebih + W; c++) {
        if (adaIsi(rapkSheet, r, c)) {
          return {
            ok: false,
            pesan: `Sel ${ref}!${a1(r, c)} di kanan tabel RAPK berisi data Anda pada baris tanpa indikator; isian di kanan tabel ikut pindah bersama baris indikatornya, jadi sel ini bisa tertimpa. Pindahkan dulu (mis. ke bawah baris ${sampaiLebih}), lalu coba lagi.`,
          };
        }
      }
    }
  }

  // Where each old table row went: formulas of the user's that we carry follow it.
  const peta = new Map<number, number | null>();
  for (const row of lama?.rows ?? []) peta.set(row.baris, null);
  gabung.baris.forEach((b, i) => b.lama && peta.set(b.lama.baris, headerRow + 1 + i));
  const petaBaris: PetaBaris = (r) => peta.get(r);
  const takBisaPindah: string[] = [];
  const pindah: Pindah = (rumus, baris, kolom) => {
    const p = petakanRumus(rumus, petaBaris, nama);
    if (p.galat) takBisaPindah.push(`${ref}!${a1(baris, kolom)} (${p.galat})`);
    return p.rumus;
  };
  const judulLebih = Array.from({ length: W }, (_, i) => {
    const h = rapkSheet ? teks(nilaiDi(rapkSheet, headerRow, awalLebih + i)) : '';
    return h ? `${h} (kolom ${colName(awalLebih + i)})` : `Kolom ${colName(awalLebih + i)}`;
  });

  // Title rows: written on a new table; on an old one only where they are still ours or empty.
  const judul: WriteValue[][] = [
    [RAPK_JUDUL, ...Array(k.jumlah - 1).fill(null)],
    [RAPK_SUBJUDUL, ...Array(k.jumlah - 1).fill(null)],
    Array(k.jumlah).fill(null),
  ];
  let tulisJudul = baru;
  if (lama && rapkSheet && headerRow >= RAPK_BARIS_JUDUL) {
    const r0 = headerRow - RAPK_BARIS_JUDUL;
    tulisJudul = judul.every((row, i) =>
      row.every((v, j) => {
        const c = kolomAwal + j;
        if (rumusDi(rapkSheet, r0 + i, c)) return false;
        const lamaV = nilaiDi(rapkSheet, r0 + i, c);
        return kosong(lamaV) || (v !== null && teks(lamaV) === v);
      }),
    );
  }
  const header: WriteValue[] = rapkHeaders();
  const kr = konteksRumus(wb);
  const data = barisData(wb.host, gabung.baris, headerRow + 1, kolomAwal, pindah, kr);
  const blok = [...(tulisJudul ? judul : []), header, ...data];
  const barisBlok = tulisJudul ? headerRow - RAPK_BARIS_JUDUL : headerRow;

  const ops: WriteOp[] = [];
  if (!rapkSheet) ops.push({ op: 'addSheet', sheet: nama });
  // Rows kept aside are written before the table is overwritten: if the host fails
  // half-way (neither host has transactions), their figures are already safe.
  ops.push(...planArsip(wb, gabung.arsip, opts.sekarang ?? new Date().toISOString(), judulLebih));
  if (akhirLama > akhirBaru) {
    ops.push({ op: 'clear', sheet: nama, range: a1Range(akhirBaru, kolomAwal, akhirLama - akhirBaru, k.jumlah) });
  }
  ops.push({ op: 'setValues', sheet: nama, row: barisBlok, col: kolomAwal, values: blok });
  if (W > 0 && posisiBerubah) {
    const lebih: WriteValue[][] = [];
    for (let r = headerRow + 1; r < sampaiLebih; r++) {
      const b = gabung.baris[r - headerRow - 1];
      const old = b?.lama;
      lebih.push(
        Array.from({ length: W }, (_, i) => {
          const x = old?.lebih[i];
          if (!x) return null;
          if (x.rumus) return pindah(x.rumus, old.baris, awalLebih + i);
          return kosong(x.nilai) ? null : nilaiSalin(x.nilai);
        }),
      );
    }
    ops.push({ op: 'setValues', sheet: nama, row: headerRow + 1, col: awalLebih, values: lebih });
    ops.push(...formatIkutPindah(rapkSheet, gabung.baris, headerRow + 1, sampaiLebih, awalLebih, W, nama));
  }
  if (takBisaPindah.length) {
    return {
      ok: false,
      pesan: `Baris RAPK perlu disusun ulang mengikuti PK, tetapi rumus Anda di ${batasiDaftar(takBisaPindah)} merujuk beberapa baris tabel sekaligus, dan baris-baris itu tidak lagi berurutan. Rumus itu tidak bisa dipindahkan tanpa menunjuk indikator lain. Ganti dengan nilainya atau rujuk tiap sel sendiri, lalu klik Buat Tabel RAPK lagi. Belum ada yang diubah.`,
    };
  }
  ops.push(...formatTabel(nama, headerRow, n, kolomAwal, tulisJudul ? barisBlok : null, baru));
  if (baru) ops.push({ op: 'columnWidths', sheet: nama, widths: lebarKolom() });
  ops.push({ op: 'freeze', sheet: nama, rows: headerRow + 1, cols: kolomAwal + k.indikator + 1 });
  ops.push({ op: 'select', sheet: nama, cell: a1(headerRow + 1, kolomAwal + k.pembilang.B3) });

  // Typed values in computed columns are replaced by formulas: say so, with the old value.
  const diganti: string[] = [];
  if (lama?.adaRumus) {
    const hitungan = TRIWULAN.flatMap((q) => [rapkBlok(q)[3], rapkBlok(q)[4], rapkNpsHeader(q)]);
    for (const b of gabung.baris) {
      if (!b.lama) continue;
      for (const h of hitungan) {
        const s = b.lama.sel[h];
        if (s && !s.rumus && !kosong(s.nilai)) diganti.push(`${ref}!${a1(b.lama.baris, lama.kolom[h])} ${kutip(tampil(s.nilai))}`);
      }
    }
  }

  const catatan = [...susun.catatan, ...gabung.catatan];
  if (!kr.pengaturan && getSheet(wb, SHEET.PENGATURAN)) {
    catatan.push(
      `Lembar ${SHEET.PENGATURAN} tidak bersusunan templat (mis. ada baris yang disisipkan atau dihapus), jadi rumus Capaian dan Kriteria RAPK memakai aturan bawaan: tanpa batas atas, rumus negatif selisih, kriteria Tabel 3, skala bawaan. Kembalikan susunannya (atau hapus lembar itu lalu Sisipkan templat) agar RAPK mengikuti Pengaturan.`,
    );
  }
  if (diganti.length) catatan.push(`Nilai ketikan di kolom Capaian/Kriteria/NPS diganti rumus (nilai lama): ${batasiDaftar(diganti)}.`);
  if (gabung.arsip.length) {
    const daftar = gabung.arsip.map((a) => `${a.lama.kode || `baris ${a.lama.baris + 1}`} (${a.alasan})`);
    catatan.push(`Dipindah ke lembar ${SHEET.RAPK_ARSIP} beserta isiannya: ${batasiDaftar(daftar, 50)}.`);
  }
  if (W > 0 && posisiBerubah) {
    catatan.push(
      `Isian Anda di kanan tabel (kolom ${colName(awalLebih)}${W > 1 ? `–${colName(awalLebih + W - 1)}` : ''}) ikut pindah bersama baris indikatornya${gabung.arsip.some((a) => adaLebih(a.lama)) ? `; milik baris yang diarsipkan ikut ke ${SHEET.RAPK_ARSIP}` : ''}.`,
    );
  }
  if (!tulisJudul && lama && !baru && headerRow >= RAPK_BARIS_JUDUL) {
    catatan.push(`Baris judul di atas tabel ${nama} berisi teks Anda, jadi tidak ditulis ulang.`);
  }

  const inti = `${n} indikator, ${susun.jumlahSasaran} sasaran`;
  let ringkasan: string;
  if (baru) {
    ringkasan = `RAPK dibuat: ${inti}.`;
  } else {
    const bagian: string[] = [];
    if (gabung.ditambah.length) {
      bagian.push(`${gabung.ditambah.length} ditambah${gabung.dipulihkan ? ` (${gabung.dipulihkan} dengan isian dari ${SHEET.RAPK_ARSIP})` : ''}`);
    }
    if (gabung.arsip.length) bagian.push(`${gabung.arsip.length} dipindah ke ${SHEET.RAPK_ARSIP}`);
    bagian.push(`${gabung.dipertahankan} dipertahankan (${gabung.jumlahIsian} isian realisasi/pembilang/penyebut tetap)`);
    ringkasan = `RAPK diperbarui (${inti}): ${bagian.join(', ')}.`;
  }
  return { ok: true, plan: { ops, ringkasan, catatan } };
}
