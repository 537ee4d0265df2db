/**
 * Checking a workbook (DOMAIN.md "What checking must catch"): a pure function
 * from a workbook snapshot to findings. Each finding cites one cell, says in
 * Indonesian what is wrong (naming the value) and how to fix it.
 *
 * Tables are found by their header row (layout.ts), never by fixed addresses.
 * Capaian, kriteria and NPS are recomputed from the data with the formulas of
 * formulas.ts; what a cell displays is compared with it, never trusted.
 *
 * Every pass is linear in the number of rows: lookups go through maps.
 */
import { CellInput, ERROR_TEXT, KError, Parsed, bakuTeks, batasiDaftar, formatAngka, isKError, kutip, parseCell } from './values';
import {
  LabelDitemukan,
  PolaTarget,
  bacaPola,
  bacaPolaritas,
  bacaRentang,
  bacaSkalaKriteria,
  bacaSkalaKualitatif,
  capaianDetail,
  cariLabel,
  kategoriEfisiensi,
  kriteria,
  nps,
  rataRata,
  galatSatuanBerbeda,
  jenisRumus,
  satuanBerbeda,
  serapan,
} from './formulas';
import { DEFAULT_PENGATURAN, Pengaturan } from './settings';
import { HostKind, SheetSnapshot, WorkbookSnapshot, a1, getSheet, namaFungsi } from './workbook';
import { PkRow, bacaPk, bobotEfektif, cariHeader, kunciKode, petaKolom } from './pk';
import { bacaRapk } from './rapk-lama';
import { LABEL_MODE_KRITERIA, PENGATURAN_TATA, pengaturanCocok, pengaturanUntukPolaritas, skalaCocok } from './templates-lama';
import {
  ANGGARAN_KOLOM,
  LABEL_ORGANISASI,
  PENGATURAN,
  PENGUKURAN_KOLOM,
  PENGUKURAN_RINGKASAN_KOLOM,
  SHEET,
  TRIWULAN,
  Triwulan,
  rapkBlok,
  rapkHeaders,
  rapkNpsHeader,
  rapkTargetHeader,
} from './layout';

// ---------------------------------------------------------------------------
// Public API

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

/**
 * Every rule: its stable code, its severity (one code, one severity) and a
 * short Indonesian title (for a legend or a filter in the UI).
 */
export const ATURAN = {
  // Workbook and tables
  'pk-tidak-ada': { tingkat: 'Info', judul: 'Sheet PK belum ada' },
  'tabel-tanpa-header': { tingkat: 'Kesalahan', judul: 'Baris judul tabel tidak ditemukan' },
  'kolom-tidak-ada': { tingkat: 'Kesalahan', judul: 'Kolom wajib tidak ada' },
  'pk-kosong': { tingkat: 'Info', judul: 'PK belum berisi indikator' },
  // PK
  'kode-kosong': { tingkat: 'Kesalahan', judul: 'Kode indikator kosong' },
  'indikator-kosong': { tingkat: 'Peringatan', judul: 'Nama indikator kosong' },
  'kode-ganda': { tingkat: 'Kesalahan', judul: 'Kode indikator ganda' },
  'sasaran-tanpa-indikator': { tingkat: 'Kesalahan', judul: 'Sasaran tanpa indikator' },
  'target-kosong': { tingkat: 'Kesalahan', judul: 'Target kosong atau 0' },
  'target-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Target bukan angka, rentang atau label' },
  'target-pecahan': { tingkat: 'Peringatan', judul: 'Target persen tersimpan sebagai pecahan' },
  'target-label-satuan': { tingkat: 'Peringatan', judul: 'Label target tidak cocok dengan satuan' },
  'bobot-tidak-sah': { tingkat: 'Kesalahan', judul: 'Bobot bukan angka positif' },
  'polaritas-tidak-dikenal': { tingkat: 'Kesalahan', judul: 'Polaritas tidak dikenal' },
  'polaritas-rentang': { tingkat: 'Kesalahan', judul: 'Polaritas rentang tanpa target rentang' },
  'target-rentang-polaritas': { tingkat: 'Peringatan', judul: 'Target rentang dengan polaritas positif/negatif' },
  'pola-tidak-dikenal': { tingkat: 'Kesalahan', judul: 'Pola target tidak dikenal' },
  'pola-target-bukan-angka': { tingkat: 'Kesalahan', judul: 'Pola kumulatif dengan target bukan angka' },
  'pagu-tidak-sah': { tingkat: 'Kesalahan', judul: 'Pagu bukan angka' },
  // RAPK
  'rapk-kode-tidak-di-pk': { tingkat: 'Info', judul: 'Kode di RAPK tidak ada di PK' },
  'pk-kode-tidak-di-rapk': { tingkat: 'Info', judul: 'Kode di PK belum ada di RAPK' },
  'rapk-beda-pk': { tingkat: 'Info', judul: 'RAPK tidak sama dengan PK' },
  'target-b12-beda': { tingkat: 'Peringatan', judul: 'Target B12 berbeda dengan target PK' },
  'target-pola': { tingkat: 'Peringatan', judul: 'Target triwulan bertentangan dengan pola' },
  'target-kumulatif-diketik': { tingkat: 'Info', judul: 'Target kumulatif diketik per triwulan' },
  'pembilang-lebih-besar': { tingkat: 'Peringatan', judul: 'Pembilang (a) lebih besar dari penyebut (b)' },
  'penyebut-nol': { tingkat: 'Kesalahan', judul: 'Penyebut (b) 0 atau kosong' },
  'ab-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Pembilang/penyebut bukan angka' },
  'realisasi-beda-ab': { tingkat: 'Peringatan', judul: 'Realisasi berbeda dengan a / b × 100' },
  // RAPK and Pengukuran
  'realisasi-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Realisasi bukan angka atau label' },
  'skala-berbeda': { tingkat: 'Kesalahan', judul: 'Realisasi dan target pada skala berbeda' },
  'satuan-berbeda': { tingkat: 'Kesalahan', judul: 'Realisasi dan target dalam satuan berbeda' },
  'capaian-galat': { tingkat: 'Kesalahan', judul: 'Capaian tidak dapat dihitung' },
  'capaian-berbeda': { tingkat: 'Kesalahan', judul: 'Capaian di sel berbeda dengan hasil hitung' },
  'capaian-lebih-120': { tingkat: 'Peringatan', judul: 'Capaian di atas 120: reviu target' },
  'kriteria-berbeda': { tingkat: 'Kesalahan', judul: 'Kriteria tidak sesuai nilai' },
  'kriteria-tidak-dikenal': { tingkat: 'Peringatan', judul: 'Kriteria bukan salah satu pita' },
  'nps-berbeda': { tingkat: 'Kesalahan', judul: 'NPS berbeda dengan hasil hitung' },
  'pengukuran-beda-pk': { tingkat: 'Peringatan', judul: 'Pengukuran tidak sama dengan PK' },
  // Anggaran dan Efisiensi
  'anggaran-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Pagu/realisasi anggaran bukan angka' },
  'anggaran-negatif': { tingkat: 'Kesalahan', judul: 'Pagu/realisasi anggaran negatif' },
  'pagu-kosong': { tingkat: 'Kesalahan', judul: 'Pagu kosong atau 0 padahal ada realisasi' },
  'anggaran-lebih-pagu': { tingkat: 'Kesalahan', judul: 'Realisasi anggaran melebihi pagu' },
  'serapan-berbeda': { tingkat: 'Kesalahan', judul: 'Serapan berbeda dengan hasil hitung' },
  'kategori-berbeda': { tingkat: 'Kesalahan', judul: 'Kategori efisiensi tidak sesuai' },
  // Pengaturan
  'pengaturan-tidak-sah': { tingkat: 'Kesalahan', judul: 'Nilai di lembar Pengaturan tidak dapat dipakai' },
} as const satisfies Record<string, { tingkat: Tingkat; judul: string }>;

export type KodeAturan = keyof typeof ATURAN;

/** Tolerance for comparing a shown value with a recomputed one (percent points). */
const TOLERANSI = 0.005;

// ---------------------------------------------------------------------------
// Small helpers

function teks(v: CellInput): string {
  if (v === null || v === undefined) return '';
  if (isKError(v)) return '';
  return String(v).trim();
}

const norm = bakuTeks;

/** A value as a message shows it: numbers Indonesian-style, text quoted, blank as "kosong". */
function tampil(v: CellInput): string {
  const p = parseCell(v);
  switch (p.kind) {
    case 'blank':
      return 'kosong';
    case 'number':
      return p.text !== undefined ? kutip(p.text.trim()) : formatAngka(p.value);
    case 'text':
      return kutip(p.text);
    case 'error':
      return `${ERROR_TEXT[p.error.code]} (${p.error.message})`;
  }
}

function dua(x: number): string {
  return formatAngka(x, 2);
}

/** "IK01 ("Nilai RB ...")" or whichever of the two is present. */
function sebut(kode: string, indikator: string): string {
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
function isPersen(satuan: string): boolean {
  if (satuan.includes('%')) return true;
  return satuan
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .some((w) => w === 'persen' || w === 'persentase');
}

class Lembar {
  constructor(readonly s: SheetSnapshot) {}
  get nama(): string {
    return this.s.name;
  }
  get baris(): number {
    return this.s.values.length;
  }
  v(r: number, c: number | undefined): CellInput {
    if (c === undefined || c < 0) return null;
    const row = this.s.values[r];
    if (!row) return null;
    const x = row[c];
    return x === undefined ? null : x;
  }
  p(r: number, c: number | undefined): Parsed {
    return parseCell(this.v(r, c));
  }
  t(r: number, c: number | undefined): string {
    return teks(this.v(r, c));
  }
  /** The cell holds a formula (its value is a result, not something typed). */
  rumus(r: number, c: number | undefined): boolean {
    if (c === undefined || !this.s.formulas) return false;
    const f = this.s.formulas[r]?.[c];
    return typeof f === 'string' && f.trim().startsWith('=');
  }
  /** The cell's number format shows a percent (the value is a fraction). */
  formatPersen(r: number, c: number | undefined): boolean {
    if (c === undefined || !this.s.numberFormats) return false;
    const f = this.s.numberFormats[r]?.[c];
    if (typeof f !== 'string') return false;
    return /%/.test(f.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
  }
  kosong(): boolean {
    return this.s.values.every((row) => !row || row.every((x) => parseCell(x).kind === 'blank'));
  }
}

/** What a target or realisasi cell holds. */
type Jenis =
  | { jenis: 'kosong' }
  | { jenis: 'angka'; nilai: number; persen: boolean }
  | { jenis: 'rentang'; bawah: number; atas: number; teks: string }
  | { jenis: 'label'; label: LabelDitemukan; teks: string }
  | { jenis: 'teks'; teks: string }
  | { jenis: 'galat'; galat: KError };

function jenisNilai(v: CellInput, pengaturan: Pengaturan, rentangBoleh: boolean): Jenis {
  const p = parseCell(v);
  switch (p.kind) {
    case 'blank':
      return { jenis: 'kosong' };
    case 'error':
      return { jenis: 'galat', galat: p.error };
    case 'number':
      return { jenis: 'angka', nilai: p.value, persen: p.percent };
    case 'text': {
      if (rentangBoleh) {
        const r = bacaRentang(p.text);
        if (r) return { jenis: 'rentang', bawah: r.bawah, atas: r.atas, teks: p.text };
      }
      const l = cariLabel(p.text, pengaturan);
      if (l) return { jenis: 'label', label: l, teks: p.text };
      return { jenis: 'teks', teks: p.text };
    }
  }
}

function hampir(x: number, y: number, tol = 1e-9): boolean {
  return Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Two cells hold the same target/realisasi (blank and 0 count as the same: a reference to a blank cell gives 0). */
function samaNilai(a: CellInput, b: CellInput, pengaturan: Pengaturan): boolean {
  const ja = jenisNilai(a, pengaturan, true);
  const jb = jenisNilai(b, pengaturan, true);
  const nol = (j: Jenis): boolean => j.jenis === 'kosong' || (j.jenis === 'angka' && j.nilai === 0);
  if (nol(ja) && nol(jb)) return true;
  switch (ja.jenis) {
    case 'angka':
      return jb.jenis === 'angka' && hampir(ja.nilai, jb.nilai);
    case 'rentang':
      return jb.jenis === 'rentang' && hampir(ja.bawah, jb.bawah) && hampir(ja.atas, jb.atas);
    case 'label':
      return jb.jenis === 'label' && ja.label.skala === jb.label.skala && ja.label.label.kode === jb.label.label.kode;
    case 'teks':
      return jb.jenis === 'teks' && norm(ja.teks) === norm(jb.teks);
    case 'galat':
      return jb.jenis === 'galat' && ja.galat.code === jb.galat.code;
    case 'kosong':
      return false;
  }
}

function samaPolaritas(a: CellInput, b: CellInput): boolean {
  const pa = bacaPolaritas(parseCell(a));
  const pb = bacaPolaritas(parseCell(b));
  if (isKError(pa) || isKError(pb)) return norm(teks(a)) === norm(teks(b));
  return pa === pb;
}

function samaPola(a: CellInput, b: CellInput): boolean {
  const pa = bacaPola(parseCell(a));
  const pb = bacaPola(parseCell(b));
  if (isKError(pa) || isKError(pb)) return norm(teks(a)) === norm(teks(b));
  return pa === pb;
}

/** Bobot as a number, or null when it is not a positive number. Blank → fallback. */
function angkaBobot(v: CellInput, fallback: number): number | null {
  const p = parseCell(v);
  if (p.kind === 'blank') return fallback;
  if (p.kind === 'number' && p.value > 0) return p.value;
  return null;
}

/** Two bobot cells hold the same value (number or text). */
function samaBobot(a: CellInput, b: CellInput): boolean {
  const pa = parseCell(a);
  const pb = parseCell(b);
  if (pa.kind === 'number' && pb.kind === 'number') return hampir(pa.value, pb.value);
  return pa.kind === pb.kind && norm(teks(a)) === norm(teks(b));
}

/** "Bobot 0 indikator IK01 (...) di RAPK harus lebih dari 0." */
function pesanBobot(v: CellInput, nama: string, di: string): string {
  const p = parseCell(v);
  return `Bobot ${tampil(v)} indikator ${nama} di ${di} ${p.kind === 'number' ? 'harus lebih dari 0' : 'bukan angka'}: NPS sasaran = Σ(bobot × capaian) / Σ bobot tidak dapat dihitung dengan bobot ini.`;
}

function saranBobot(sel: string, pkRow: PkRow | undefined, di: string): string {
  const pkSah = pkRow !== undefined && angkaBobot(bobotEfektif(pkRow), 1) !== null;
  const dariPk = pkSah ? ` (bobot indikator ini di PK: ${tampil(bobotEfektif(pkRow as PkRow))})` : '';
  const buat = di === 'RAPK' ? (pkSah ? ', atau klik "Buat Tabel RAPK" untuk menyalin bobot dari PK' : '; bila bobot di PK juga salah, perbaiki PK lalu klik "Buat Tabel RAPK"') : '';
  return `Isi ${sel} dengan angka positif (biasanya 1, atau 2 untuk IKU)${dariPk}${buat}.`;
}

// ---------------------------------------------------------------------------
// Context

interface TemuanInternal extends Temuan {
  baris: number;
  kolom: number;
  urut: number;
}

class Konteks {
  readonly temuan: TemuanInternal[] = [];
  private readonly dilaporkan = new Set<string>();
  readonly labelKriteria: Map<string, string>;
  /** Capaian above this is "Tidak Dapat Disimpulkan": review the target. */
  readonly batasReviu: number;
  readonly adaPitaTdd: boolean;

  constructor(readonly pengaturan: Pengaturan, readonly host: HostKind) {
    this.labelKriteria = new Map(pengaturan.kriteria.map((b) => [norm(b.label), b.label]));
    const tdd = pengaturan.kriteria.find((b) => norm(b.label) === 'tidak dapat disimpulkan');
    this.adaPitaTdd = Boolean(tdd);
    this.batasReviu = tdd && isFinite(tdd.bawah) ? tdd.bawah : 120;
  }

  tambah(kode: KodeAturan, sheet: string, baris: number, kolom: number, pesan: string, saran: string): void {
    this.dilaporkan.add(`${sheet}\u0000${baris}\u0000${kolom}`);
    this.temuan.push({
      sheet,
      sel: a1(baris, Math.max(0, kolom)),
      tingkat: ATURAN[kode].tingkat,
      kode,
      judul: ATURAN[kode].judul,
      pesan,
      saran,
      baris,
      kolom: Math.max(0, kolom),
      urut: this.temuan.length,
    });
  }

  /** A finding already cites this cell (to avoid two findings for one cause). */
  sudah(sheet: string, baris: number, kolom: number): boolean {
    return this.dilaporkan.has(`${sheet}\u0000${baris}\u0000${kolom}`);
  }

  fungsi(nama: string): string {
    return namaFungsi(this.host, nama);
  }

  kriteriaDikenal(s: string): string | undefined {
    return this.labelKriteria.get(norm(s));
  }

  daftarKriteria(): string {
    return this.pengaturan.kriteria.map((b) => b.label).join(', ');
  }

  contohLabel(): string {
    return this.pengaturan.skala.map((s) => s.label.map((l) => l.kode).join('/')).join('; ');
  }
}

// ---------------------------------------------------------------------------
// PK

interface InfoPk {
  /** The PK sheet exists and its header was found. */
  ada: boolean;
  byKode: Map<string, PkRow>;
  /** Codes whose PK target or polaritas is already reported: don't repeat the cause elsewhere. */
  bermasalah: Set<string>;
  /** Codes the PK itself uses twice (reported there). */
  ganda: Set<string>;
  nama: string;
  kolomKode?: number;
}

function periksaPk(ctx: Konteks, wb: WorkbookSnapshot): InfoPk {
  const info: InfoPk = { ada: false, byKode: new Map(), bermasalah: new Set(), ganda: new Set(), nama: SHEET.PK };
  const s = getSheet(wb, SHEET.PK);
  if (!s) {
    ctx.tambah(
      'pk-tidak-ada',
      SHEET.PK,
      0,
      0,
      'Sheet "PK" (Perjanjian Kinerja) tidak ditemukan, sehingga target, kode dan bobot indikator tidak dapat dicocokkan.',
      'Klik "Sisipkan templat" untuk membuat sheet PK, lalu isi sasaran, indikator dan targetnya; atau ganti nama sheet Perjanjian Kinerja Anda menjadi "PK".',
    );
    return info;
  }
  const L = new Lembar(s);
  info.nama = s.name;
  const tabel = bacaPk(s);
  if (!tabel) {
    if (!L.kosong()) {
      ctx.tambah(
        'tabel-tanpa-header',
        s.name,
        0,
        0,
        `Sheet ${kutip(s.name)} tidak memiliki baris judul dengan kolom "Kode" dan "Indikator" (dicari di 10 baris pertama).`,
        'Tulis baris judul PK (No, Perspektif, Sasaran, Kode, Indikator, IKU, Bobot, Satuan, Polaritas, Target, Pola target, Pagu) atau klik "Sisipkan templat".',
      );
    } else {
      ctx.tambah('pk-kosong', s.name, 0, 0, `Sheet ${kutip(s.name)} masih kosong.`, 'Klik "Sisipkan templat" lalu isi sasaran, indikator dan target Perjanjian Kinerja.');
    }
    return info;
  }
  info.ada = true;
  const k = tabel.kolom;
  info.kolomKode = k.kode;
  const h = tabel.headerRow;
  if (k.target === undefined) {
    ctx.tambah(
      'kolom-tidak-ada',
      s.name,
      h,
      0,
      `Baris judul PK (baris ${h + 1}) tidak memiliki kolom "Target".`,
      'Tambahkan kolom berjudul "Target" dan isi target tahunan setiap indikator.',
    );
  }
  if (tabel.rows.length === 0) {
    ctx.tambah('pk-kosong', s.name, h + 1, k.kode ?? 0, 'Tabel PK belum berisi indikator.', 'Isi Kode, Indikator dan Target setiap indikator di bawah baris judul.');
  }

  // A sasaran with no indicator: Sasaran filled on a row with no Kode/Indikator,
  // and no other row gives that sasaran an indicator.
  if (k.sasaran !== undefined) {
    const pertama = new Map<string, { baris: number; teks: string }>();
    const punya = new Set<string>();
    let cur = '';
    for (let r = h + 1; r < L.baris; r++) {
      const sas = L.t(r, k.sasaran);
      if (sas) {
        cur = norm(sas);
        if (!pertama.has(cur)) pertama.set(cur, { baris: r, teks: sas });
      }
      if (cur && (L.t(r, k.kode) || L.t(r, k.indikator))) punya.add(cur);
    }
    for (const [key, x] of pertama) {
      if (punya.has(key)) continue;
      ctx.tambah(
        'sasaran-tanpa-indikator',
        s.name,
        x.baris,
        k.sasaran,
        `Sasaran ${kutip(x.teks)} tidak memiliki indikator: NPS sasaran ini tidak dapat dihitung.`,
        'Isi Kode dan Indikator pada baris sasaran ini (atau baris di bawahnya dengan kolom Sasaran dikosongkan), atau hapus sasaran ini bila tidak dipakai.',
      );
    }
  }

  const kolomTarget = k.target;
  for (let i = 0; i < tabel.rows.length; i++) {
    const row = tabel.rows[i];
    const r = row.baris;
    const nama = sebut(row.kode, row.indikator);
    const kodeN = kunciKode(row.kode);

    // Kode and indikator
    if (!row.kode) {
      ctx.tambah(
        'kode-kosong',
        s.name,
        r,
        k.kode ?? 0,
        `Indikator ${kutip(row.indikator)} tidak memiliki Kode.`,
        `Isi kode unik di ${a1(r, k.kode ?? 0)} (mis. IK${String(i + 1).padStart(2, '0')}): RAPK dan Pengukuran mencocokkan baris menurut kode, sehingga realisasi yang sudah diketik bisa hilang saat tabel dibuat ulang.`,
      );
    } else if (!row.indikator) {
      ctx.tambah(
        'indikator-kosong',
        s.name,
        r,
        k.indikator ?? 0,
        `Kode ${row.kode} tidak memiliki nama indikator.`,
        `Tulis nama indikator di ${a1(r, k.indikator ?? 0)}, atau hapus kode ${row.kode} bila barisnya tidak dipakai.`,
      );
    }
    if (kodeN) {
      const lain = info.byKode.get(kodeN);
      if (lain) {
        info.ganda.add(kodeN);
        const kk = k.kode ?? 0;
        ctx.tambah(
          'kode-ganda',
          s.name,
          r,
          kk,
          `Kode ${kutip(row.kode)} di ${a1(r, kk)} sudah dipakai di ${a1(lain.baris, kk)} (indikator ${kutip(lain.indikator)}).`,
          `Beri kode yang berbeda pada ${a1(r, kk)}: setiap indikator butuh kode unik agar RAPK dan Pengukuran mencocokkan baris yang benar.`,
        );
      } else {
        info.byKode.set(kodeN, row);
      }
    }

    // Target
    let targetBermasalah = false;
    const j = jenisNilai(row.target, ctx.pengaturan, true);
    if (kolomTarget !== undefined) {
      const sel = a1(r, kolomTarget);
      switch (j.jenis) {
        case 'kosong':
          targetBermasalah = true;
          ctx.tambah(
            'target-kosong',
            s.name,
            r,
            kolomTarget,
            `Target indikator ${nama} kosong.`,
            `Isi target tahunan di ${sel} sesuai Perjanjian Kinerja: tanpa target, capaian tidak dapat dihitung (#DIV/0!).`,
          );
          break;
        case 'galat':
          targetBermasalah = true;
          ctx.tambah(
            'target-tidak-terbaca',
            s.name,
            r,
            kolomTarget,
            `Target indikator ${nama} berisi galat ${tampil(row.target)}.`,
            `Perbaiki rumus atau sel sumber di ${sel}, atau ketik target sebagai angka.`,
          );
          break;
        case 'teks':
          targetBermasalah = true;
          ctx.tambah(
            'target-tidak-terbaca',
            s.name,
            r,
            kolomTarget,
            `Target ${kutip(j.teks)} indikator ${nama} bukan angka, bukan rentang "a–b" dan bukan label yang dikenal.`,
            `Ketik di ${sel} sebuah angka (mis. 54,3), rentang (mis. 80–90) atau label skala (${ctx.contohLabel()}).`,
          );
          break;
        case 'angka':
          if (j.nilai === 0) {
            targetBermasalah = true;
            ctx.tambah(
              'target-kosong',
              s.name,
              r,
              kolomTarget,
              `Target indikator ${nama} bernilai 0.`,
              `Isi target yang sebenarnya (lebih dari 0) di ${sel}: capaian = realisasi / target × 100 tidak dapat dibagi 0.`,
            );
          } else if (!j.persen && L.formatPersen(r, kolomTarget)) {
            ctx.tambah(
              'target-pecahan',
              s.name,
              r,
              kolomTarget,
              `Target indikator ${nama} di ${sel} berformat persen: tampil ${formatAngka(j.nilai * 100)}% tetapi nilainya ${formatAngka(j.nilai)}, sedangkan realisasi dihitung dalam poin persen.`,
              `Ketik ${formatAngka(j.nilai * 100)} (tanpa tanda %) di ${sel} dan ubah format selnya menjadi angka biasa, agar target dan realisasi dalam satuan yang sama.`,
            );
          } else if (!j.persen && isPersen(row.satuan) && j.nilai > 0 && j.nilai <= 1) {
            ctx.tambah(
              'target-pecahan',
              s.name,
              r,
              kolomTarget,
              `Target ${formatAngka(j.nilai)} indikator ${nama} bersatuan % tampaknya pecahan (${formatAngka(j.nilai * 100)}%): sel mungkin berisi angka berformat persen.`,
              `Bila maksudnya ${formatAngka(j.nilai * 100)}%, ketik ${formatAngka(j.nilai * 100)} di ${sel} dengan format angka biasa; bila memang ${formatAngka(j.nilai)}%, abaikan peringatan ini.`,
            );
          }
          break;
        case 'label': {
          const sat = norm(row.satuan);
          const skala = norm(j.label.skala.nama);
          const numerik = ['%', 'persen', 'persentase', 'indeks', 'dokumen', 'orang', 'laporan', 'rupiah'];
          const satuanSkala = sat.includes('opini') ? 'opini' : sat.includes('predikat') ? 'predikat' : null;
          if (numerik.includes(sat) || isPersen(row.satuan) || (satuanSkala !== null && !skala.includes(satuanSkala))) {
            const kc = k.satuan ?? kolomTarget;
            ctx.tambah(
              'target-label-satuan',
              s.name,
              r,
              kc,
              `Target ${kutip(j.teks)} indikator ${nama} adalah label ${j.label.skala.nama}, tetapi satuannya ${kutip(row.satuan)}.`,
              `Samakan satuan dan target: satuan "${j.label.skala.nama === 'Opini BPK' ? 'opini' : 'predikat'}" untuk label ${j.label.skala.nama}, atau ketik target berupa angka bila satuannya ${kutip(row.satuan)}.`,
            );
          }
          break;
        }
        case 'rentang':
          break;
      }
    }

    // Polaritas
    const kp = k.polaritas;
    const pol = bacaPolaritas(parseCell(row.polaritas));
    if (isKError(pol)) {
      targetBermasalah = true;
      ctx.tambah(
        'polaritas-tidak-dikenal',
        s.name,
        r,
        kp ?? 0,
        `Polaritas ${tampil(row.polaritas)} indikator ${nama} tidak dikenal.`,
        `Isi ${a1(r, kp ?? 0)} dengan "positif" (makin tinggi makin baik), "negatif" (makin rendah makin baik), "negatif-rasio" atau "rentang"; kosong berarti positif.`,
      );
    } else if (pol === 'rentang' && j.jenis !== 'rentang' && j.jenis !== 'kosong') {
      targetBermasalah = true;
      ctx.tambah(
        'polaritas-rentang',
        s.name,
        r,
        kp ?? 0,
        `Polaritas "rentang" indikator ${nama} butuh target berbentuk "a–b", tetapi targetnya ${tampil(row.target)}.`,
        `Ketik target sebagai rentang (mis. 80–90) di ${kolomTarget !== undefined ? a1(r, kolomTarget) : 'kolom Target'}, atau ubah polaritas menjadi "positif"/"negatif".`,
      );
    } else if (j.jenis === 'rentang' && pol !== 'rentang' && parseCell(row.polaritas).kind !== 'blank') {
      ctx.tambah(
        'target-rentang-polaritas',
        s.name,
        r,
        kp ?? 0,
        `Target indikator ${nama} berupa rentang ${kutip(j.teks)}, sehingga polaritas ${tampil(row.polaritas)} diabaikan: capaian dihitung dengan rumus rentang.`,
        `Ubah polaritas di ${a1(r, kp ?? 0)} menjadi "rentang" (atau kosongkan); bila yang dimaksud memang ${teks(row.polaritas)}, ketik target sebagai satu angka.`,
      );
    }
    if (targetBermasalah && kodeN) info.bermasalah.add(kodeN);

    // Pola target
    const kpola = k.pola;
    const pola = bacaPola(parseCell(row.pola));
    if (isKError(pola)) {
      ctx.tambah(
        'pola-tidak-dikenal',
        s.name,
        r,
        kpola ?? 0,
        `Pola target ${tampil(row.pola)} indikator ${nama} tidak dikenal.`,
        `Isi ${a1(r, kpola ?? 0)} dengan "akhir" (diukur pada akhir tahun), "tetap" (sama setiap triwulan) atau "kumulatif" (T/4, T/2, 3T/4, T).`,
      );
    } else if (pola === 'kumulatif' && (j.jenis === 'label' || j.jenis === 'rentang')) {
      if (kodeN) info.bermasalah.add(kodeN);
      const kosong = parseCell(row.pola).kind === 'blank';
      ctx.tambah(
        'pola-target-bukan-angka',
        s.name,
        r,
        kpola ?? kolomTarget ?? 0,
        `Pola target ${kosong ? 'kosong (berarti kumulatif)' : '"kumulatif"'} indikator ${nama} butuh target angka, tetapi targetnya ${kutip(j.teks)}: target triwulan RAPK tidak dapat dibagi.`,
        `Isi pola target di ${a1(r, kpola ?? kolomTarget ?? 0)} dengan "akhir" (diukur pada akhir tahun) atau "tetap".`,
      );
    }

    // Bobot
    const kb = k.bobot;
    const pb = parseCell(row.bobot);
    if (pb.kind !== 'blank' && !(pb.kind === 'number' && pb.value > 0)) {
      ctx.tambah(
        'bobot-tidak-sah',
        s.name,
        r,
        kb ?? 0,
        `Bobot ${tampil(row.bobot)} indikator ${nama} ${pb.kind === 'number' ? 'harus lebih dari 0' : 'bukan angka'}.`,
        `Isi ${a1(r, kb ?? 0)} dengan angka positif (biasanya 1, atau 2 untuk IKU), atau kosongkan agar dipakai bobot bawaan.`,
      );
    }

    // Pagu
    const kpg = k.pagu;
    const pp = parseCell(row.pagu);
    if (pp.kind === 'text' || pp.kind === 'error' || (pp.kind === 'number' && pp.value < 0)) {
      ctx.tambah(
        'pagu-tidak-sah',
        s.name,
        r,
        kpg ?? 0,
        `Pagu ${tampil(row.pagu)} pada indikator ${nama} ${pp.kind === 'number' ? 'negatif' : 'bukan angka'}.`,
        `Ketik pagu dalam rupiah di ${a1(r, kpg ?? 0)}, mis. 1.384.303.000 atau Rp1.384.303.000,-.`,
      );
    }
  }
  return info;
}

// ---------------------------------------------------------------------------
// One indicator measurement (a Pengukuran row or a RAPK quarter)

interface Pengukuran {
  L: Lembar;
  r: number;
  nama: string;
  /** " B6" in RAPK, "" in Pengukuran. */
  q: string;
  R: CellInput;
  cR?: number;
  T: CellInput;
  cT?: number;
  P: CellInput;
  cP?: number;
  cCap?: number;
  cKrit?: number;
  /** The target/polaritas are the PK's own and reported there: skip them silently when invalid. */
  targetDiurus: boolean;
  polDiurus: boolean;
  /** Report a blank target even when realisasi is blank (Pengukuran without PK). */
  wajibTarget: boolean;
  /** The PK reports a problem with this indicator's target/polaritas. */
  pkBermasalah: boolean;
  /** The realisasi is a formula over a and b already reported (b = 0, a not a number): don't repeat its error. */
  realisasiDiurus?: boolean;
  saranTargetKosong?: () => string;
  /** The settings this sheet's formulas really use (RAPK written without Pengaturan: the defaults). */
  peng?: Pengaturan;
}

/** Check one realisasi against its target; answer the recomputed capaian (number), null or an error. */
function ukur(ctx: Konteks, x: Pengukuran): number | null | KError {
  const { L, r } = x;
  const sh = L.nama;
  const peng = x.peng ?? ctx.pengaturan;
  const jR = jenisNilai(x.R, peng, false);
  const jT = jenisNilai(x.T, peng, true);
  const cR = x.cR ?? x.cT ?? 0;
  const cT = x.cT ?? x.cR ?? 0;
  const selT = a1(r, cT);

  // Realisasi
  if (jR.jenis === 'galat') {
    if (x.realisasiDiurus) return new KError('VALUE', 'realisasi galat');
    ctx.tambah(
      'realisasi-tidak-terbaca',
      sh,
      r,
      cR,
      `Realisasi${x.q} indikator ${x.nama} berisi galat ${tampil(x.R)}.`,
      L.rumus(r, x.cR)
        ? `Perbaiki sel sumber rumus di ${a1(r, cR)} (mis. penyebut 0 atau realisasi di RAPK), atau ketik realisasi sebagai angka.`
        : `Ketik realisasi sebagai angka atau label di ${a1(r, cR)}.`,
    );
    return new KError('VALUE', 'realisasi galat');
  }
  if (jR.jenis === 'teks') {
    ctx.tambah(
      'realisasi-tidak-terbaca',
      sh,
      r,
      cR,
      `Realisasi${x.q} ${kutip(jR.teks)} indikator ${x.nama} bukan angka dan bukan label yang dikenal.`,
      `Ketik di ${a1(r, cR)} angka (mis. 53,36; untuk indikator persen ketik 99,44 tanpa tanda %) atau label skala (${ctx.contohLabel()}); keterangan tulis di kolom lain atau di catatan sel.`,
    );
    return new KError('VALUE', 'realisasi tidak terbaca');
  }

  // Target (in RAPK only where a realisasi needs it: B3..B9 of pola akhir stay blank)
  let targetSah = true;
  const perlu = x.wajibTarget || jR.jenis !== 'kosong';
  if (jT.jenis === 'kosong' || (jT.jenis === 'angka' && jT.nilai === 0)) {
    targetSah = false;
    if (!x.targetDiurus && perlu && !ctx.sudah(sh, r, cT)) {
      ctx.tambah(
        'target-kosong',
        sh,
        r,
        cT,
        jR.jenis !== 'kosong'
          ? `Realisasi${x.q} indikator ${x.nama} diisi ${tampil(x.R)}, tetapi Target${x.q} ${jT.jenis === 'kosong' ? 'kosong' : 'bernilai 0'}.`
          : `Target${x.q} indikator ${x.nama} ${jT.jenis === 'kosong' ? 'kosong' : 'bernilai 0'}.`,
        x.saranTargetKosong?.() ?? `Isi target di ${selT} (lebih dari 0): capaian = realisasi / target × 100 tidak dapat dibagi 0.`,
      );
    }
  } else if (jT.jenis === 'galat' || jT.jenis === 'teks') {
    targetSah = false;
    if (!x.targetDiurus && perlu && !x.pkBermasalah && !ctx.sudah(sh, r, cT)) {
      ctx.tambah(
        'target-tidak-terbaca',
        sh,
        r,
        cT,
        `Target${x.q} ${tampil(x.T)} indikator ${x.nama} bukan angka, bukan rentang "a–b" dan bukan label yang dikenal.`,
        `Ketik di ${selT} sebuah angka, rentang (mis. 80–90) atau label skala (${ctx.contohLabel()}).`,
      );
    }
  }

  // Polaritas
  const pol = bacaPolaritas(parseCell(x.P));
  if (isKError(pol)) {
    if (!x.polDiurus) {
      ctx.tambah(
        'polaritas-tidak-dikenal',
        sh,
        r,
        x.cP ?? cT,
        `Polaritas ${tampil(x.P)} indikator ${x.nama} tidak dikenal.`,
        `Isi ${a1(r, x.cP ?? cT)} dengan "positif", "negatif", "negatif-rasio" atau "rentang"; kosong berarti positif.`,
      );
    }
    return new KError('VALUE', 'polaritas tidak dikenal');
  }
  if (jR.jenis === 'kosong') return null;
  // The sheet shows an error here (#DIV/0! or #VALUE!): the NPS above it can't be computed either.
  if (!targetSah) return new KError('DIV0', 'target tidak sah');

  // Scale and unit of realisasi against target
  const selR = a1(r, cR);
  if (jR.jenis === 'label' || jT.jenis === 'label') {
    if (jR.jenis === 'label' && jT.jenis === 'label') {
      if (jR.label.skala !== jT.label.skala) {
        ctx.tambah(
          'skala-berbeda',
          sh,
          r,
          cR,
          `Realisasi${x.q} ${kutip(jR.teks)} (${jR.label.skala.nama}) dan target ${kutip(jT.teks)} (${jT.label.skala.nama}) indikator ${x.nama} berasal dari skala berbeda.`,
          `Ketik realisasi di ${selR} dengan label skala ${jT.label.skala.nama} (${jT.label.skala.label.map((l) => l.kode).join(', ')}).`,
        );
        return new KError('VALUE', 'skala berbeda');
      }
    } else {
      const rTxt = jR.jenis === 'label' ? `label ${kutip(jR.teks)}` : `angka ${tampil(x.R)}`;
      const tTxt = jT.jenis === 'label' ? `label ${kutip(jT.teks)}` : jT.jenis === 'rentang' ? `rentang ${kutip(jT.teks)}` : `angka ${tampil(x.T)}`;
      ctx.tambah(
        'skala-berbeda',
        sh,
        r,
        cR,
        `Realisasi${x.q} indikator ${x.nama} berupa ${rTxt}, sedangkan target berupa ${tTxt}: keduanya tidak dapat dibandingkan.`,
        jT.jenis === 'label'
          ? `Ketik realisasi di ${selR} dengan label skala ${jT.label.skala.nama} (${jT.label.skala.label.map((l) => l.kode).join(', ')}).`
          : `Ketik realisasi di ${selR} sebagai angka dalam satuan yang sama dengan target.`,
      );
      return new KError('VALUE', 'skala berbeda');
    }
  } else if (jR.jenis === 'angka' && jT.jenis === 'angka') {
    const jenis = jenisRumus(pol, pengaturanUntukPolaritas(peng, x.P));
    const beda = galatSatuanBerbeda(jR.nilai, jT.nilai, jenis);
    if (beda) {
      const tPecahan = satuanBerbeda(jR.nilai, jT.nilai, jenis) === 'target';
      ctx.tambah(
        'satuan-berbeda',
        sh,
        r,
        tPecahan ? cT : cR,
        `Realisasi${x.q} ${tampil(x.R)} dan target ${tampil(x.T)} indikator ${x.nama} dalam satuan berbeda: ${beda.message.replace(/^satuan berbeda: /, '')}.`,
        tPecahan
          ? `Ketik target ${formatAngka(jT.nilai * 100)} (tanpa %) di ${selT} dengan format angka biasa, atau ketik realisasi sebagai pecahan juga.`
          : `Ketik realisasi ${formatAngka(jR.nilai * 100)} (tanpa %) di ${selR} dengan format angka biasa, atau ketik target sebagai pecahan juga.`,
      );
      return beda;
    }
  }

  // Pengaturan's rasio rule reaches the sheet formulas only where the polaritas cell says
  // "negatif" itself (templates.ts polNegatif); other spellings stay on selisih there, so here too.
  const hasil = capaianDetail(x.R, x.T, x.P, null, pengaturanUntukPolaritas(peng, x.P));
  const C = hasil.nilai;
  const cCap = x.cCap ?? cR;
  if (isKError(C)) {
    if (!x.pkBermasalah && !ctx.sudah(sh, r, cCap)) {
      ctx.tambah(
        'capaian-galat',
        sh,
        r,
        cCap,
        `Capaian${x.q} indikator ${x.nama} tidak dapat dihitung dari realisasi ${tampil(x.R)} dan target ${tampil(x.T)}: ${C.message}.`,
        'Perbaiki realisasi, target atau polaritas indikator ini sesuai keterangan di atas (batas atas capaian dapat diatur di sheet Pengaturan).',
      );
    }
    return C;
  }
  if (typeof C !== 'number') return null;

  // The capaian cell against the recomputed capaian
  if (x.cCap !== undefined) {
    const shown = L.p(r, x.cCap);
    const selC = a1(r, x.cCap);
    const rumus = L.rumus(r, x.cCap);
    let beda = false;
    let pecahan = false;
    if (shown.kind === 'number') {
      beda = Math.abs(shown.value - C) > TOLERANSI;
      pecahan = beda && Math.abs(shown.value * 100 - C) <= TOLERANSI;
    } else if (shown.kind === 'text') {
      beda = true;
    }
    if (beda) {
      const tertulis = tampil(L.v(r, x.cCap));
      const hitung = `${hasil.rumus} dengan realisasi ${tampil(x.R)} dan target ${tampil(x.T)} = ${dua(C)}`;
      ctx.tambah(
        'capaian-berbeda',
        sh,
        r,
        x.cCap,
        rumus
          ? `Rumus di ${selC} menghasilkan capaian${x.q} ${tertulis} untuk indikator ${x.nama}, padahal ${hitung}${pecahan ? ' (sel tampaknya berisi pecahan berformat persen)' : ''}.`
          : `Capaian${x.q} indikator ${x.nama} diketik ${tertulis}, padahal ${hitung}${pecahan ? ' (nilai tampaknya pecahan berformat persen)' : ''}.`,
        rumus
          ? `Rumus di ${selC} tampaknya diubah: kembalikan rumus ${ctx.fungsi('CAPAIAN')}(realisasi, target, polaritas) atau buat ulang tabelnya.`
          : `Ganti ${selC} dengan ${dua(C)}, atau lebih baik pakai rumus ${ctx.fungsi('CAPAIAN')}(realisasi, target, polaritas) agar ikut berubah bila datanya berubah.`,
      );
    }
  }

  // Above the band where nothing can be concluded: review the target
  if (C > ctx.batasReviu) {
    ctx.tambah(
      'capaian-lebih-120',
      sh,
      r,
      cCap,
      `Capaian${x.q} indikator ${x.nama} ${dua(C)} (realisasi ${tampil(x.R)}, target ${tampil(x.T)}) di atas ${formatAngka(ctx.batasReviu)}${ctx.adaPitaTdd ? ': kriteria "Tidak Dapat Disimpulkan"' : ''}.`,
      `Reviu target indikator ini (LAKIP 2019, Saran 1): target ${tampil(x.T)} kemungkinan terlalu rendah. Periksa juga realisasinya; bila instansi memakai batas atas capaian, isi di sheet Pengaturan.`,
    );
  }

  // A typed kriteria against the kriteria of the recomputed capaian
  if (x.cKrit !== undefined && !L.rumus(r, x.cKrit)) {
    const kt = L.p(r, x.cKrit);
    if (kt.kind === 'text') {
      const dikenal = ctx.kriteriaDikenal(kt.text);
      const benar = kriteria(C, peng.kriteria);
      if (dikenal && typeof benar === 'string' && norm(dikenal) !== norm(benar)) {
        ctx.tambah(
          'kriteria-berbeda',
          sh,
          r,
          x.cKrit,
          `Kriteria${x.q} indikator ${x.nama} diketik ${kutip(kt.text)}, padahal capaian ${dua(C)} termasuk "${benar}".`,
          `Ganti ${a1(r, x.cKrit)} dengan "${benar}", atau pakai rumus ${ctx.fungsi('KRITERIA')}(capaian) agar ikut berubah.`,
        );
      }
    }
  }
  return C;
}

/** Kriteria typed anywhere in a "Kriteria*" column must be one of the bands. */
function sapuKriteria(ctx: Konteks, L: Lembar, kolom: number[], dari: number, sampai: number): void {
  for (const c of kolom) {
    for (let r = dari; r < sampai; r++) {
      const p = L.p(r, c);
      if (p.kind === 'blank' || p.kind === 'error') continue;
      const t = p.kind === 'text' ? p.text : p.text ?? formatAngka(p.value);
      if (p.kind === 'text' && ctx.kriteriaDikenal(p.text)) continue;
      ctx.tambah(
        'kriteria-tidak-dikenal',
        L.nama,
        r,
        c,
        `Kriteria ${kutip(t)} di ${a1(r, c)} bukan salah satu kriteria yang berlaku (${ctx.daftarKriteria()}).`,
        `Ganti dengan salah satu kriteria tersebut, atau pakai rumus ${ctx.fungsi('KRITERIA')}(capaian). Skala kriteria dapat diubah di sheet Pengaturan.`,
      );
    }
  }
}

function kolomKriteria(header: CellInput[]): number[] {
  const out: number[] = [];
  header.forEach((h, c) => {
    if (norm(teks(h)).startsWith('kriteria')) out.push(c);
  });
  return out;
}

interface Kelompok {
  nama: string;
  perspektif: string;
  rows: number[];
  items: Array<{ capaian: number | null | KError; bobot: number | null }>;
}

/** NPS of a group from recomputed capaian: null when nothing to average, undefined when not computable. */
function npsKelompok(g: Kelompok): number | null | undefined {
  if (g.items.some((i) => isKError(i.capaian) || i.bobot === null)) return undefined;
  const v = nps(g.items.map((i) => ({ capaian: i.capaian as number | null, bobot: i.bobot })));
  if (isKError(v)) return undefined;
  return typeof v === 'number' ? v : null;
}

/**
 * Compare a shown NPS with the recomputed one. `hulu` picks, among the findings
 * already made on this sheet, those this NPS is computed from (a capaian typed
 * over its formula, a sasaran NPS): a formula fed by them is not "changed", it
 * follows them, and the advice says to fix them instead.
 */
function cekNps(ctx: Konteks, L: Lembar, r: number, c: number, hitung: number, apa: string, cara: string, hulu?: (t: TemuanInternal) => boolean): void {
  const p = L.p(r, c);
  if (p.kind === 'blank' || p.kind === 'error') return;
  const rumus = L.rumus(r, c);
  if (p.kind === 'number' && Math.abs(p.value - hitung) <= TOLERANSI) return;
  const pecahan = p.kind === 'number' && Math.abs(p.value * 100 - hitung) <= TOLERANSI;
  const sebab = rumus && hulu ? [...new Set(ctx.temuan.filter((t) => t.sheet === L.nama && (t.kode === 'capaian-berbeda' || t.kode === 'nps-berbeda') && hulu(t)).map((t) => t.sel))] : [];
  ctx.tambah(
    'nps-berbeda',
    L.nama,
    r,
    c,
    `${apa} di ${a1(r, c)} ${rumus ? 'hasil rumusnya' : 'tertulis'} ${tampil(L.v(r, c))}, padahal hasil hitung ${cara} = ${dua(hitung)}${pecahan ? ' (sel tampaknya berisi pecahan berformat persen)' : ''}.`,
    sebab.length
      ? `Rumus di ${a1(r, c)} mengikuti ${batasiDaftar(sebab, 5)}, yang berbeda dengan hasil hitung (lihat temuan di sana). Perbaiki sel itu dulu, lalu klik Periksa ulang.`
      : rumus
        ? `Rumus di ${a1(r, c)} tampaknya diubah: kembalikan rumus dari templat (nilai yang benar ${dua(hitung)}).`
        : `Ganti ${a1(r, c)} dengan ${dua(hitung)}, atau pakai rumus ${ctx.fungsi('NPS')} agar ikut berubah.`,
  );
}

/** Compare a typed kriteria (of an NPS) with the band of the value. */
function cekKriteriaNilai(ctx: Konteks, L: Lembar, r: number, c: number | undefined, nilai: number | null | undefined, apa: string): void {
  if (c === undefined || nilai === null || nilai === undefined) return;
  if (L.rumus(r, c)) return;
  const p = L.p(r, c);
  if (p.kind !== 'text') return;
  const dikenal = ctx.kriteriaDikenal(p.text);
  if (!dikenal) return;
  const benar = kriteria(nilai, ctx.pengaturan.kriteria);
  if (typeof benar !== 'string' || norm(benar) === norm(dikenal)) return;
  ctx.tambah(
    'kriteria-berbeda',
    L.nama,
    r,
    c,
    `Kriteria ${apa} diketik ${kutip(p.text)}, padahal nilai ${dua(nilai)} termasuk "${benar}" menurut skala kriteria yang berlaku.`,
    `Ganti ${a1(r, c)} dengan "${benar}", atau pakai rumus ${ctx.fungsi('KRITERIA')} agar ikut berubah.`,
  );
}

function cariTabel(ctx: Konteks, s: SheetSnapshot, wajib: string[], judul: string): number | null {
  const h = cariHeader(s.values, wajib);
  if (h >= 0) return h;
  const L = new Lembar(s);
  if (!L.kosong()) {
    ctx.tambah(
      'tabel-tanpa-header',
      s.name,
      0,
      0,
      `Sheet ${kutip(s.name)} tidak memiliki baris judul dengan kolom ${wajib.map((w) => `"${w}"`).join(' dan ')} (dicari di 10 baris pertama), sehingga tidak dapat diperiksa.`,
      `Kembalikan baris judul tabel ${judul}, atau buat ulang tabelnya dari sidebar Kinerja.`,
    );
  }
  return null;
}

// ---------------------------------------------------------------------------
// RAPK

function periksaRapk(ctx: Konteks, wb: WorkbookSnapshot, pk: InfoPk): void {
  const s = getSheet(wb, SHEET.RAPK);
  if (!s) return;
  const h = cariTabel(ctx, s, ['Kode', 'Indikator'], 'RAPK');
  if (h === null) return;
  const L = new Lembar(s);
  const header = s.values[h] || [];
  const K = petaKolom(header, rapkHeaders());
  const cKode = K['Kode'];
  const cInd = K['Indikator'];
  const cSas = K['Sasaran'];
  const cSat = K['Satuan'];
  const cPol = K['Polaritas'];
  const cPola = K['Pola target'];
  const cBobot = K['Bobot'];
  const cTarget = (q: Triwulan): number | undefined => K[rapkTargetHeader(q)];
  const blok = (q: Triwulan): Array<number | undefined> => rapkBlok(q).map((n) => K[n]);
  const sh = s.name;
  // The capaian formulas say which rules they follow: written with Pengaturan's cells
  // (a template Pengaturan was there) they follow it wherever its rows went; written
  // without (no template Pengaturan then), they follow the built-in rules.
  const rumusCapaian = TRIWULAN.flatMap((q) => {
    const c = K[rapkBlok(q)[3]];
    return c === undefined ? [] : (s.formulas ?? []).map((row) => String(row?.[c] ?? '')).filter((f) => f.trim().startsWith('='));
  });
  const peng = rumusCapaian.length > 0 && !rumusCapaian.some((f) => /pengaturan/i.test(f)) ? DEFAULT_PENGATURAN : ctx.pengaturan;

  // Only the table's own rows (as "Buat Tabel RAPK" reads them): a note typed
  // below the table is not an indicator.
  const tabel = bacaRapk(s);
  const akhir = tabel && tabel.headerRow === h ? tabel.akhir : L.baris;

  /** First row of each Kode, by kunciKode (as "Buat Tabel RAPK" matches rows). */
  const kodeRapk = new Map<string, { baris: number; kode: string; indikator: string }>();
  const kelompok = new Map<string, Kelompok[]>(); // per sasaran, one Kelompok per quarter
  const urutKelompok: string[] = [];
  let sasaran = '';

  for (let r = h + 1; r < akhir; r++) {
    const kode = L.t(r, cKode);
    const ind = L.t(r, cInd);
    const sas = L.t(r, cSas);
    if (sas) sasaran = sas;
    if (!kode && !ind) continue;
    const nama = sebut(kode, ind);
    const kodeN = kunciKode(kode);
    const pkRow = kodeN ? pk.byKode.get(kodeN) : undefined;
    if (kodeN) {
      const lain = kodeRapk.get(kodeN);
      if (lain) {
        const kk = cKode ?? 0;
        ctx.tambah(
          'kode-ganda',
          sh,
          r,
          kk,
          `Kode ${kutip(kode)} di ${a1(r, kk)} sudah dipakai di ${a1(lain.baris, kk)} (indikator ${kutip(lain.indikator)}): RAPK memuat indikator ini dua kali.`,
          `Hapus baris salinan ${r + 1} atau ganti kodenya di ${a1(r, kk)}. Baris RAPK dicocokkan dengan PK menurut Kode: pada "Buat Tabel RAPK" berikutnya hanya baris ${lain.baris + 1} yang dipertahankan, sedangkan salinan di baris ${r + 1} dipindahkan ke sheet "RAPK Arsip" (atau dibuang bila belum berisi isian). Pindahkan dulu isian yang masih diperlukan ke baris ${lain.baris + 1}.`,
        );
      } else {
        kodeRapk.set(kodeN, { baris: r, kode, indikator: ind });
      }
    }
    if (pk.ada && kodeN && !pkRow) {
      ctx.tambah(
        'rapk-kode-tidak-di-pk',
        sh,
        r,
        cKode ?? 0,
        `Kode ${kutip(kode)} (indikator ${kutip(ind)}) ada di RAPK tetapi tidak ada di PK.`,
        'Klik "Buat Tabel RAPK" untuk menyelaraskan RAPK dengan PK (baris yang tidak ada di PK disimpan di sheet "RAPK Arsip"), atau perbaiki kodenya.',
      );
    }

    const satuan = cSat !== undefined && L.t(r, cSat) ? L.t(r, cSat) : pkRow?.satuan ?? '';
    const P = cPol !== undefined ? L.v(r, cPol) : pkRow?.polaritas ?? null;
    const polaV = cPola !== undefined ? L.v(r, cPola) : pkRow?.pola ?? null;
    const bobotPk = pkRow ? angkaBobot(bobotEfektif(pkRow), 1) : 1;
    const bobotSel = L.v(r, cBobot);
    const bobotDiisi = cBobot !== undefined && parseCell(bobotSel).kind !== 'blank';
    const bobot = bobotDiisi ? angkaBobot(bobotSel, 1) : bobotPk;
    if (bobotDiisi && bobot === null) {
      ctx.tambah('bobot-tidak-sah', sh, r, cBobot ?? 0, pesanBobot(bobotSel, nama, 'RAPK'), saranBobot(a1(r, cBobot ?? 0), pkRow, 'RAPK'));
    }

    // Fields copied from PK
    if (pkRow) {
      const beda = (c: number | undefined, judul: string, rapkV: CellInput, pkV: CellInput, sama: boolean): void => {
        if (c === undefined || sama) return;
        ctx.tambah(
          'rapk-beda-pk',
          sh,
          r,
          c,
          `${judul} indikator ${nama} di RAPK ${tampil(rapkV)}, di PK ${tampil(pkV)}.`,
          'Klik "Buat Tabel RAPK" untuk memperbarui RAPK dari PK; realisasi, pembilang dan penyebut yang sudah diketik tetap disimpan.',
        );
      };
      beda(cSat, 'Satuan', L.v(r, cSat), pkRow.satuan, norm(L.t(r, cSat)) === norm(pkRow.satuan));
      beda(cPol, 'Polaritas', L.v(r, cPol), pkRow.polaritas, samaPolaritas(L.v(r, cPol), pkRow.polaritas));
      beda(cPola, 'Pola target', L.v(r, cPola), pkRow.pola, samaPola(L.v(r, cPola), pkRow.pola));
      // (a bobot that is not a positive number is reported above, or in the PK)
      if (bobotDiisi && bobot !== null && bobotPk !== null) {
        beda(cBobot, 'Bobot', bobotSel, bobotEfektif(pkRow), hampir(bobot, bobotPk));
      }
    }

    // Quarterly targets against the annual target and the pola
    const T: Record<Triwulan, CellInput> = { B3: null, B6: null, B9: null, B12: null };
    for (const q of TRIWULAN) T[q] = L.v(r, cTarget(q));
    const c12 = cTarget('B12');
    // (when the PK target itself is wrong, that is reported in PK and the RAPK can't be right)
    if (pkRow && c12 !== undefined && !pk.bermasalah.has(kodeN) && !samaNilai(T.B12, pkRow.target, peng)) {
      ctx.tambah(
        'target-b12-beda',
        sh,
        r,
        c12,
        `Target B12 indikator ${nama} ${tampil(T.B12)} berbeda dengan target tahunan di PK ${tampil(pkRow.target)}.`,
        `Target akhir tahun (B12) harus sama dengan target PK: klik "Buat Tabel RAPK" atau ketik ${tampil(pkRow.target)} di ${a1(r, c12)}.`,
      );
    }
    const Tann = pkRow ? pkRow.target : T.B12;
    const pola = bacaPola(parseCell(polaV));
    if (isKError(pola)) {
      if (!pkRow || !samaPola(polaV, pkRow.pola)) {
        ctx.tambah(
          'pola-tidak-dikenal',
          sh,
          r,
          cPola ?? 0,
          `Pola target ${tampil(polaV)} indikator ${nama} tidak dikenal.`,
          'Isi pola target dengan "akhir", "tetap" atau "kumulatif" (sebaiknya di PK, lalu klik "Buat Tabel RAPK").',
        );
      }
    } else {
      cekPola(ctx, L, r, nama, pola, T, Tann, cTarget, pkRow !== undefined);
    }

    // Quarters
    const targetPkBermasalah = kodeN ? pk.bermasalah.has(kodeN) : false;
    const polDiurus = pkRow !== undefined && samaPolaritas(P, pkRow.polaritas);
    const key = norm(sasaran);
    if (!kelompok.has(key)) {
      kelompok.set(key, TRIWULAN.map(() => ({ nama: sasaran, perspektif: '', rows: [], items: [] })));
      urutKelompok.push(key);
    }
    const gs = kelompok.get(key) as Kelompok[];
    TRIWULAN.forEach((q, qi) => {
      const [ca, cb, cR, cCap, cKrit] = blok(q);
      const cT = cTarget(q);
      const a = L.p(r, ca);
      const b = L.p(r, cb);
      let abBermasalah = false;
      for (const [p, c, judul] of [
        [a, ca, 'Pembilang (a)'],
        [b, cb, 'Penyebut (b)'],
      ] as Array<[Parsed, number | undefined, string]>) {
        if (c === undefined) continue;
        if (p.kind === 'text' || p.kind === 'error') {
          abBermasalah = true;
          ctx.tambah(
            'ab-tidak-terbaca',
            sh,
            r,
            c,
            `${judul} ${q} indikator ${nama} ${tampil(L.v(r, c))} bukan angka.`,
            `Ketik jumlah (angka) di ${a1(r, c)}, mis. 45 atau 1.250.`,
          );
        }
      }
      let hitungAB: number | null = null;
      if (a.kind === 'number' && cb !== undefined) {
        if (b.kind === 'blank' || (b.kind === 'number' && b.value === 0)) {
          abBermasalah = true;
          ctx.tambah(
            'penyebut-nol',
            sh,
            r,
            cb,
            `Penyebut (b) ${q} indikator ${nama} ${b.kind === 'blank' ? 'kosong' : 'bernilai 0'}, padahal pembilang (a) diisi ${tampil(L.v(r, ca))}: a / b tidak dapat dihitung.`,
            `Isi penyebut (jumlah seluruhnya, lebih dari 0) di ${a1(r, cb)}, atau kosongkan pembilang bila realisasi diketik langsung.`,
          );
        } else if (b.kind === 'number') {
          hitungAB = (a.value / b.value) * 100;
          if (isPersen(satuan) && a.value > b.value && b.value > 0) {
            ctx.tambah(
              'pembilang-lebih-besar',
              sh,
              r,
              ca ?? 0,
              `Pembilang (a) ${q} indikator ${nama} ${tampil(L.v(r, ca))} lebih besar dari penyebut (b) ${tampil(L.v(r, cb))}: persentase ${dua(hitungAB)}% melebihi 100%.`,
              `Periksa kedua angka: pembilang adalah bagian dari penyebut (mis. 45 dari 50), jadi a tidak boleh lebih dari b untuk indikator persentase. Mungkin a dan b tertukar.`,
            );
          }
        }
      }
      const Rv = L.v(r, cR);
      const pR = parseCell(Rv);
      if (cR !== undefined && hitungAB !== null && pR.kind === 'number' && !L.rumus(r, cR) && Math.abs(pR.value - hitungAB) > TOLERANSI) {
        const pecahan = Math.abs(pR.value * 100 - hitungAB) <= TOLERANSI;
        ctx.tambah(
          'realisasi-beda-ab',
          sh,
          r,
          cR,
          `Realisasi ${q} indikator ${nama} diketik ${tampil(Rv)}, padahal a / b × 100 = ${tampil(L.v(r, ca))} / ${tampil(L.v(r, cb))} × 100 = ${dua(hitungAB)}${pecahan ? ' (realisasi tampaknya pecahan berformat persen)' : ''}.`,
          `Ketik ${dua(hitungAB)} di ${a1(r, cR)} (atau kosongkan agar dihitung dari a dan b), atau perbaiki pembilang/penyebut bila realisasi ${tampil(Rv)} yang benar.`,
        );
      }
      const R: CellInput = pR.kind !== 'blank' ? Rv : hitungAB;
      const targetDiurus = pkRow !== undefined && samaNilai(T[q], pkRow.target, peng);
      const C = ukur(ctx, {
        peng,
        L,
        r,
        nama,
        q: ` ${q}`,
        R,
        cR,
        T: T[q],
        cT,
        P,
        cP: cPol,
        cCap,
        cKrit,
        targetDiurus,
        polDiurus,
        wajibTarget: false,
        pkBermasalah: targetPkBermasalah,
        realisasiDiurus: abBermasalah && L.rumus(r, cR),
        saranTargetKosong: () =>
          !isKError(pola) && pola === 'akhir' && q !== 'B12'
            ? `Pola target "akhir": indikator diukur pada akhir tahun. Kosongkan realisasi ${q}, atau isi Target ${q} di ${cT !== undefined ? a1(r, cT) : 'kolom target'} dan ubah pola target.`
            : `Isi Target ${q} di ${cT !== undefined ? a1(r, cT) : 'kolom target'} (klik "Buat Tabel RAPK" untuk mengisinya dari PK sesuai pola target).`,
      });
      gs[qi].rows.push(r);
      gs[qi].items.push({ capaian: C, bobot });
    });
  }

  // NPS per sasaran per quarter
  TRIWULAN.forEach((q, qi) => {
    const cN = K[rapkNpsHeader(q)];
    if (cN === undefined) return;
    for (const key of urutKelompok) {
      if (!key) continue;
      const g = (kelompok.get(key) as Kelompok[])[qi];
      const v = npsKelompok(g);
      if (v === null || v === undefined) continue;
      const cCapQ = K[rapkBlok(q)[3]];
      const hulu = (t: TemuanInternal): boolean => t.kolom === cCapQ && g.rows.includes(t.baris);
      for (const r of g.rows) cekNps(ctx, L, r, cN, v, `NPS Sasaran ${q} ${kutip(g.nama)}`, 'Σ(bobot × capaian) / Σ bobot', hulu);
    }
  });

  sapuKriteria(ctx, L, kolomKriteria(header), h + 1, akhir);

  // PK indicators missing from the RAPK
  if (pk.ada) {
    for (const [kodeN, row] of pk.byKode) {
      if (kodeRapk.has(kodeN)) continue;
      ctx.tambah(
        'pk-kode-tidak-di-rapk',
        pk.nama,
        row.baris,
        pk.kolomKode ?? 0,
        `Indikator ${sebut(row.kode, row.indikator)} ada di PK tetapi belum ada di RAPK.`,
        'Klik "Buat Tabel RAPK" untuk menambahkannya; realisasi yang sudah diketik di RAPK tetap disimpan.',
      );
    }
  }
}

function cekPola(
  ctx: Konteks,
  L: Lembar,
  r: number,
  nama: string,
  pola: PolaTarget,
  T: Record<Triwulan, CellInput>,
  Tann: CellInput,
  cTarget: (q: Triwulan) => number | undefined,
  dariPk: boolean,
): void {
  const peng = ctx.pengaturan;
  const sh = L.nama;
  const asal = dariPk ? 'target tahunan PK' : 'target B12';
  const saranBuat = 'Klik "Buat Tabel RAPK" untuk mengisi target triwulan sesuai pola, atau ubah pola target di PK.';
  const awal: Triwulan[] = ['B3', 'B6', 'B9'];
  if (pola === 'akhir') {
    for (const q of awal) {
      const c = cTarget(q);
      if (c === undefined || parseCell(T[q]).kind === 'blank') continue;
      ctx.tambah(
        'target-pola',
        sh,
        r,
        c,
        `Pola target indikator ${nama} "akhir" (diukur pada akhir tahun), tetapi Target ${q} diisi ${tampil(T[q])}.`,
        `Kosongkan ${a1(r, c)}, atau ubah pola target menjadi "tetap" atau "kumulatif" bila indikator memang diukur setiap triwulan.`,
      );
    }
    return;
  }
  if (pola === 'tetap') {
    if (jenisNilai(Tann, peng, true).jenis === 'kosong') return;
    for (const q of awal) {
      const c = cTarget(q);
      if (c === undefined || samaNilai(T[q], Tann, peng)) continue;
      ctx.tambah(
        'target-pola',
        sh,
        r,
        c,
        `Pola target indikator ${nama} "tetap", jadi Target ${q} harus sama dengan ${asal} ${tampil(Tann)}, tetapi berisi ${tampil(T[q])}.`,
        `Ketik ${tampil(Tann)} di ${a1(r, c)}. ${saranBuat}`,
      );
    }
    return;
  }
  // kumulatif
  const jt = jenisNilai(Tann, peng, true);
  if (jt.jenis !== 'angka' || jt.nilai === 0) return;
  const total = jt.nilai;
  let sebelum = 0;
  awal.forEach((q, i) => {
    const c = cTarget(q);
    if (c === undefined) return;
    const harus = (total * (i + 1)) / 4;
    const jq = jenisNilai(T[q], peng, true);
    if (jq.jenis === 'angka' && Math.abs(jq.nilai - harus) <= TOLERANSI) {
      sebelum = jq.nilai;
      return;
    }
    const pembagian = `${['T/4', 'T/2', '3T/4'][i]} = ${formatAngka(harus)}`;
    if (jq.jenis === 'angka') {
      const naik = total > 0 ? jq.nilai >= sebelum && jq.nilai <= total : jq.nilai <= sebelum && jq.nilai >= total;
      if (naik) {
        ctx.tambah(
          'target-kumulatif-diketik',
          sh,
          r,
          c,
          `Target ${q} indikator ${nama} ${tampil(T[q])} berbeda dari pembagian rata pola kumulatif (${pembagian} dari ${asal} ${tampil(Tann)}).`,
          `Boleh bila target per triwulan memang direncanakan demikian; bila tidak, ketik ${formatAngka(harus)} di ${a1(r, c)}.`,
        );
        sebelum = jq.nilai;
        return;
      }
    }
    ctx.tambah(
      'target-pola',
      sh,
      r,
      c,
      jq.jenis === 'kosong'
        ? `Pola target indikator ${nama} "kumulatif", tetapi Target ${q} kosong (seharusnya ${pembagian}).`
        : `Target ${q} indikator ${nama} ${tampil(T[q])} bertentangan dengan pola kumulatif: seharusnya ${pembagian} dari ${asal} ${tampil(Tann)}, dan target kumulatif tidak boleh menurun atau melewati target tahunan.`,
      `Ketik ${formatAngka(harus)} di ${a1(r, c)}. ${saranBuat}`,
    );
    if (jq.jenis === 'angka') sebelum = jq.nilai;
  });
}

// ---------------------------------------------------------------------------
// Pengukuran

/** The summary table (Perspektif | NPS | Kriteria as three adjacent headers). */
function cariRingkasan(L: Lembar, mulai: number): { baris: number; kolom: number } | null {
  const [a, b, c] = PENGUKURAN_RINGKASAN_KOLOM.map((x) => x.toLowerCase());
  for (let r = mulai; r < L.baris; r++) {
    const row = L.s.values[r] || [];
    for (let k = 0; k + 2 < row.length; k++) {
      if (norm(teks(row[k])) === a && norm(teks(row[k + 1])) === b && norm(teks(row[k + 2])) === c) return { baris: r, kolom: k };
    }
  }
  return null;
}

/**
 * The perspektif bobot of the summary (its "Bobot" column, when there is one),
 * by perspektif. The rule the organisation NPS formula follows: all blank =
 * equal weights; otherwise every listed perspektif needs a positive number.
 * A bad or missing bobot is reported at its cell and leaves `sah` false (the
 * formula shows #VALUE!, so there is nothing to compare).
 */
function bobotPerspektif(ctx: Konteks, L: Lembar, ring: { baris: number; kolom: number }): { sah: boolean; nilai: Map<string, number> } {
  const nilai = new Map<string, number>();
  const header = L.s.values[ring.baris] || [];
  const cB = header.findIndex((x, c) => c > ring.kolom + 2 && norm(teks(x)) === 'bobot');
  if (cB < 0) return { sah: true, nilai };
  const kosong: Array<{ r: number; label: string }> = [];
  let sah = true;
  let adaBobot = false;
  for (let r = ring.baris + 1; r < L.baris; r++) {
    const label = L.t(r, ring.kolom);
    const v = L.v(r, cB);
    // The sheet's formula counts any cell that is not "" as a typed bobot (a lone space too).
    const adaIsi = v !== null && v !== undefined && v !== '';
    if (label && norm(label) === norm(LABEL_ORGANISASI)) continue;
    // (A lone space is reported on its own below; clearing it is the whole fix.)
    if (adaIsi && !(typeof v === 'string' && v.trim() === '')) adaBobot = true;
    // A bobot beside a row without a perspektif weighs nothing (its NPS is blank), but it
    // still counts as "some bobot typed" for the rule below, as in the sheet's formula.
    if (!label) continue;
    const p = parseCell(v);
    if (p.kind === 'blank' && adaIsi) {
      sah = false;
      ctx.tambah(
        'bobot-tidak-sah',
        L.nama,
        r,
        cB,
        `Bobot perspektif ${kutip(label)} di ${a1(r, cB)} berisi spasi saja: rumus NPS organisasi menganggapnya terisi, sehingga menampilkan #VALUE!.`,
        `Kosongkan ${a1(r, cB)} benar-benar (hapus isinya), atau isi dengan angka positif.`,
      );
    } else if (p.kind === 'blank') {
      kosong.push({ r, label });
    } else if (p.kind === 'number' && p.value > 0) {
      nilai.set(norm(label), p.value);
    } else {
      sah = false;
      ctx.tambah(
        'bobot-tidak-sah',
        L.nama,
        r,
        cB,
        `Bobot perspektif ${kutip(label)} di ${a1(r, cB)} ${tampil(v)} ${p.kind === 'number' ? 'harus lebih dari 0' : 'bukan angka'}: NPS organisasi = Σ(bobot × NPS perspektif) / Σ bobot tidak dapat dihitung dengan bobot ini.`,
        `Isi ${a1(r, cB)} dengan angka positif (mis. 30/25/15/30 untuk keempat perspektif), atau kosongkan semua bobot perspektif agar NPS organisasi = rata-rata biasa.`,
      );
    }
  }
  if (adaBobot) {
    for (const k of kosong) {
      sah = false;
      ctx.tambah(
        'bobot-tidak-sah',
        L.nama,
        k.r,
        cB,
        `Bobot perspektif ${kutip(k.label)} di ${a1(k.r, cB)} kosong, padahal ada bobot yang diisi di kolom itu: NPS organisasi tidak dihitung (rumusnya menampilkan #VALUE!).`,
        `Isi ${a1(k.r, cB)} dengan bobot perspektif ini, atau kosongkan semua bobot perspektif (kosong semua = sama rata).`,
      );
    }
  }
  return { sah, nilai };
}

function periksaPengukuran(ctx: Konteks, wb: WorkbookSnapshot, pk: InfoPk): void {
  const s = getSheet(wb, SHEET.PENGUKURAN);
  if (!s) return;
  const h = cariTabel(ctx, s, ['Kode', 'Indikator'], 'Pengukuran');
  if (h === null) return;
  const L = new Lembar(s);
  const sh = s.name;
  const peng = ctx.pengaturan;
  const header = s.values[h] || [];
  const K = petaKolom(header, PENGUKURAN_KOLOM);
  const cKode = K['Kode'];
  const cInd = K['Indikator'];
  const cPers = K['Perspektif'];
  const cSas = K['Sasaran'];
  const cSat = K['Satuan'];
  const cPol = K['Polaritas'];
  const cBobot = K['Bobot'];
  const cT = K['Target'];
  const cR = K['Realisasi'];
  const cCap = K['Capaian'];
  const cKrit = K['Kriteria'];
  const cNps = K['NPS Sasaran'];
  const cKritSas = K['Kriteria Sasaran'];

  if (cR === undefined) {
    ctx.tambah(
      'kolom-tidak-ada',
      sh,
      h,
      0,
      `Baris judul Pengukuran (baris ${h + 1}) tidak memiliki kolom "Realisasi".`,
      'Tambahkan kolom berjudul "Realisasi" (atau buat ulang sheet Pengukuran dengan "Sisipkan templat").',
    );
    return;
  }

  const ring = cariRingkasan(L, h + 1);
  const akhir = ring && ring.baris > h ? ring.baris : L.baris;

  const kelompok = new Map<string, Kelompok>();
  const urutSasaran: string[] = [];
  const perspektif = new Map<string, { nama: string; sasaran: string[] }>();
  let pers = '';
  let sas = '';

  /** First row of each Kode (kunciKode). */
  const kodeUkur = new Map<string, { baris: number; indikator: string }>();

  for (let r = h + 1; r < akhir; r++) {
    const kode = L.t(r, cKode);
    const ind = L.t(r, cInd);
    if (L.t(r, cPers)) pers = L.t(r, cPers);
    if (L.t(r, cSas)) sas = L.t(r, cSas);
    if (!kode && !ind) continue;
    const nama = sebut(kode, ind);
    const kodeN = kunciKode(kode);
    const pkRow = kodeN ? pk.byKode.get(kodeN) : undefined;

    // A code used twice (unless the PK itself does, reported there: the rows are linked to it)
    if (kodeN) {
      const lain = kodeUkur.get(kodeN);
      if (!lain) {
        kodeUkur.set(kodeN, { baris: r, indikator: ind });
      } else if (!pk.ganda.has(kodeN)) {
        const kk = cKode ?? 0;
        ctx.tambah(
          'kode-ganda',
          sh,
          r,
          kk,
          `Kode ${kutip(kode)} di ${a1(r, kk)} sudah dipakai di ${a1(lain.baris, kk)} (indikator ${kutip(lain.indikator)}): Pengukuran memuat indikator ini dua kali, sehingga capaiannya dihitung dua kali dalam NPS sasaran.`,
          `Hapus baris salinan ${r + 1} atau ganti kodenya di ${a1(r, kk)} agar sama dengan indikator PK yang dimaksud: Pengukuran dicocokkan dengan PK menurut Kode.`,
        );
      }
    }

    const T = cT !== undefined ? L.v(r, cT) : pkRow?.target ?? null;
    const P = cPol !== undefined ? L.v(r, cPol) : pkRow?.polaritas ?? null;
    const bobotPk = pkRow ? angkaBobot(bobotEfektif(pkRow), 1) : 1;
    const bobotSel = cBobot !== undefined ? L.v(r, cBobot) : null;
    const bobotDiisi = cBobot !== undefined && parseCell(bobotSel).kind !== 'blank';
    const bobot = bobotDiisi ? angkaBobot(bobotSel, 1) : bobotPk;
    // Not a positive number: an error, unless it is the PK's own invalid bobot (reported in PK).
    if (bobotDiisi && bobot === null && !(pkRow && bobotPk === null && samaBobot(bobotSel, bobotEfektif(pkRow)))) {
      ctx.tambah('bobot-tidak-sah', sh, r, cBobot ?? 0, pesanBobot(bobotSel, nama, 'Pengukuran'), saranBobot(a1(r, cBobot ?? 0), pkRow, 'Pengukuran'));
    }

    if (pkRow) {
      const beda = (c: number | undefined, judul: string, v: CellInput, pkV: CellInput, sama: boolean, saran: string): void => {
        if (c === undefined || sama) return;
        ctx.tambah('pengukuran-beda-pk', sh, r, c, `${judul} indikator ${nama} di Pengukuran ${tampil(v)}, di PK ${tampil(pkV)}.`, saran);
      };
      const saranPk = `Samakan dengan PK (sebaiknya dengan rumus yang merujuk sel PK), atau perbaiki PK bila PK yang salah.`;
      beda(cT, 'Target', T, pkRow.target, samaNilai(T, pkRow.target, peng), saranPk);
      beda(cPol, 'Polaritas', P, pkRow.polaritas, samaPolaritas(P, pkRow.polaritas), saranPk);
      beda(cSat, 'Satuan', L.v(r, cSat), pkRow.satuan, norm(L.t(r, cSat)) === norm(pkRow.satuan), saranPk);
      // Compared only when both are positive numbers (blank here counts 1, as the NPS formula does)
      const b = angkaBobot(bobotSel, 1);
      if (cBobot !== undefined && b !== null && bobotPk !== null) {
        const sama = hampir(b, bobotPk);
        beda(
          cBobot,
          'Bobot',
          bobotSel,
          bobotEfektif(pkRow),
          sama,
          pkRow.iku && parseCell(bobotSel).kind === 'blank'
            ? `Indikator ini IKU (bobot 2 di PK), sedangkan bobot kosong dihitung 1 oleh rumus NPS: ketik ${tampil(bobotEfektif(pkRow))} di ${a1(r, cBobot)}.`
            : saranPk,
        );
      }
    }

    const C = ukur(ctx, {
      L,
      r,
      nama,
      q: '',
      R: L.v(r, cR),
      cR,
      T,
      cT,
      P,
      cP: cPol,
      cCap,
      cKrit,
      targetDiurus: pkRow !== undefined,
      polDiurus: pkRow !== undefined,
      wajibTarget: true,
      pkBermasalah: kodeN ? pk.bermasalah.has(kodeN) || (pkRow !== undefined && !samaNilai(T, pkRow.target, peng)) : false,
    });

    const key = norm(sas);
    let g = kelompok.get(key);
    if (!g) {
      g = { nama: sas, perspektif: pers, rows: [], items: [] };
      kelompok.set(key, g);
      urutSasaran.push(key);
      const pk2 = norm(pers);
      let pp = perspektif.get(pk2);
      if (!pp) {
        pp = { nama: pers, sasaran: [] };
        perspektif.set(pk2, pp);
      }
      if (key) pp.sasaran.push(key);
    }
    g.rows.push(r);
    g.items.push({ capaian: C, bobot });
  }

  // NPS and kriteria per sasaran
  const npsSasaran = new Map<string, number | null | undefined>();
  for (const key of urutSasaran) {
    const g = kelompok.get(key) as Kelompok;
    const v = npsKelompok(g);
    npsSasaran.set(key, v);
    if (!key) continue;
    for (const r of g.rows) {
      if (cNps !== undefined && typeof v === 'number') {
        cekNps(ctx, L, r, cNps, v, `NPS Sasaran ${kutip(g.nama)}`, 'Σ(bobot × capaian) / Σ bobot', (t) => t.kolom !== cNps && g.rows.includes(t.baris));
      }
      if (cKritSas !== undefined) {
        let nilai: number | null | undefined = v;
        if (nilai === undefined || nilai === null) {
          const shown = L.p(r, cNps);
          nilai = shown.kind === 'number' ? shown.value : null;
        }
        cekKriteriaNilai(ctx, L, r, cKritSas, nilai, `sasaran ${kutip(g.nama)}`);
      }
    }
  }

  const kolomK = kolomKriteria(header);
  sapuKriteria(ctx, L, kolomK, h + 1, akhir);

  if (!ring) return;
  // Summary per perspektif and for the organisation
  const npsPerspektif = new Map<string, number | undefined>();
  for (const [key, p] of perspektif) {
    if (!key) continue;
    const vals = p.sasaran.map((k) => npsSasaran.get(k));
    if (vals.some((v) => v === undefined)) {
      npsPerspektif.set(key, undefined);
      continue;
    }
    const v = rataRata(vals.filter((x): x is number => typeof x === 'number'));
    npsPerspektif.set(key, typeof v === 'number' ? v : undefined);
  }
  const cLabel = ring.kolom;
  const cN = ring.kolom + 1;
  const cK = ring.kolom + 2;
  const bobot = bobotPerspektif(ctx, L, ring);
  const semua = [...npsPerspektif.entries()];
  let npsOrg: number | undefined;
  if (bobot.sah && semua.length > 0 && semua.every(([, v]) => typeof v === 'number')) {
    // All blank: equal weights. Otherwise each perspektif weighs the bobot beside its summary row.
    const w = bobot.nilai.size === 0 ? semua.map(() => 1) : semua.map(([key]) => bobot.nilai.get(key));
    if (w.every((x) => x !== undefined)) {
      const v = rataRata(
        semua.map(([, x]) => x as number),
        w as number[],
      );
      npsOrg = typeof v === 'number' ? v : undefined;
    }
  }
  const caraOrg = bobot.nilai.size === 0 ? 'rata-rata NPS perspektif' : 'rata-rata NPS perspektif berbobot, Σ(bobot × NPS) / Σ bobot';
  for (let r = ring.baris + 1; r < L.baris; r++) {
    const label = L.t(r, cLabel);
    if (!label) continue;
    const org = norm(label) === norm(LABEL_ORGANISASI);
    const hitung = org ? npsOrg : npsPerspektif.get(norm(label));
    const apa = org ? 'NPS organisasi' : `NPS perspektif ${kutip(label)}`;
    if (typeof hitung === 'number') {
      // What feeds it: a perspektif row, the capaian and NPS of its own sasaran rows; the
      // organisation, everything above it (the sasaran rows and the perspektif rows).
      const barisSendiri = new Set((perspektif.get(norm(label))?.sasaran ?? []).flatMap((k) => kelompok.get(k)?.rows ?? []));
      cekNps(ctx, L, r, cN, hitung, apa, org ? caraOrg : 'rata-rata NPS sasarannya', (t) => (org ? t.baris < r : barisSendiri.has(t.baris)));
    }
    let nilai: number | null | undefined = hitung;
    if (typeof nilai !== 'number') {
      const shown = L.p(r, cN);
      nilai = shown.kind === 'number' ? shown.value : null;
    }
    cekKriteriaNilai(ctx, L, r, cK, nilai, org ? 'organisasi' : `perspektif ${kutip(label)}`);
  }
  sapuKriteria(ctx, L, [cK], ring.baris + 1, L.baris);
}

// ---------------------------------------------------------------------------
// Anggaran dan Efisiensi

function periksaAnggaran(ctx: Konteks, wb: WorkbookSnapshot): void {
  const s = getSheet(wb, SHEET.ANGGARAN);
  if (!s) return;
  const h = cariTabel(ctx, s, ['Sasaran', 'Pagu'], 'Anggaran dan Efisiensi');
  if (h === null) return;
  const L = new Lembar(s);
  const sh = s.name;
  const K = petaKolom(s.values[h] || [], ANGGARAN_KOLOM);
  const cSas = K['Sasaran'];
  const cPagu = K['Pagu'];
  const cReal = K['Realisasi Anggaran'];
  const cSer = K['Serapan'];
  const cOut = K['Capaian Output'];
  const cKat = K['Kategori'];
  if (cReal === undefined) {
    ctx.tambah(
      'kolom-tidak-ada',
      sh,
      h,
      0,
      `Baris judul Anggaran dan Efisiensi (baris ${h + 1}) tidak memiliki kolom "Realisasi Anggaran".`,
      'Tambahkan kolom berjudul "Realisasi Anggaran" (atau buat ulang sheet dengan "Sisipkan templat").',
    );
    return;
  }
  for (let r = h + 1; r < L.baris; r++) {
    const sas = L.t(r, cSas);
    const pg = L.p(r, cPagu);
    const re = L.p(r, cReal);
    if (!sas && pg.kind === 'blank' && re.kind === 'blank') continue;
    const nama = sas ? `sasaran ${kutip(sas)}` : `baris ${r + 1}`;
    let bermasalah = false;
    for (const [p, c, judul] of [
      [pg, cPagu, 'Pagu'],
      [re, cReal, 'Realisasi anggaran'],
    ] as Array<[Parsed, number, string]>) {
      if (p.kind === 'text' || p.kind === 'error') {
        bermasalah = true;
        ctx.tambah(
          'anggaran-tidak-terbaca',
          sh,
          r,
          c,
          `${judul} ${nama} ${tampil(L.v(r, c))} bukan angka rupiah.`,
          `Ketik angka rupiah di ${a1(r, c)}, mis. 1.384.303.000 atau Rp1.384.303.000,-.`,
        );
      } else if (p.kind === 'number' && p.value < 0) {
        bermasalah = true;
        ctx.tambah('anggaran-negatif', sh, r, c, `${judul} ${nama} ${tampil(L.v(r, c))} negatif.`, `Ketik jumlah rupiah positif di ${a1(r, c)}.`);
      }
    }
    if (bermasalah || re.kind !== 'number') continue;
    if (pg.kind === 'blank' || (pg.kind === 'number' && pg.value === 0)) {
      ctx.tambah(
        'pagu-kosong',
        sh,
        r,
        cPagu,
        `Pagu ${nama} ${pg.kind === 'blank' ? 'kosong' : 'bernilai 0'}, padahal realisasi anggaran ${tampil(L.v(r, cReal))}: serapan tidak dapat dihitung.`,
        `Isi pagu (DIPA) sasaran ini di ${a1(r, cPagu)}.`,
      );
      continue;
    }
    if (pg.kind !== 'number') continue;
    if (re.value > pg.value) {
      ctx.tambah(
        'anggaran-lebih-pagu',
        sh,
        r,
        cReal,
        `Realisasi anggaran ${nama} ${tampil(L.v(r, cReal))} melebihi pagu ${tampil(L.v(r, cPagu))} (serapan ${dua((re.value / pg.value) * 100)}%).`,
        `Periksa angka di ${a1(r, cReal)} dan ${a1(r, cPagu)}: realisasi tidak boleh melebihi pagu. Mungkin salah ketik digit, atau pagu belum memuat revisi DIPA.`,
      );
    }
    const ser = serapan(re.value, pg.value);
    if (typeof ser !== 'number') continue;
    if (cSer !== undefined) {
      const p = L.p(r, cSer);
      if (p.kind === 'number' && Math.abs(p.value - ser) > TOLERANSI) {
        const pecahan = Math.abs(p.value * 100 - ser) <= TOLERANSI;
        const rumus = L.rumus(r, cSer);
        ctx.tambah(
          'serapan-berbeda',
          sh,
          r,
          cSer,
          `Serapan ${nama} ${rumus ? 'hasil rumusnya' : 'tertulis'} ${tampil(L.v(r, cSer))}, padahal realisasi / pagu × 100 = ${dua(ser)}${pecahan ? ' (sel tampaknya berisi pecahan berformat persen)' : ''}.`,
          rumus
            ? `Rumus di ${a1(r, cSer)} tampaknya diubah: kembalikan rumus ${ctx.fungsi('SERAPAN')}(realisasi, pagu).`
            : `Ganti ${a1(r, cSer)} dengan ${dua(ser)}, atau pakai rumus ${ctx.fungsi('SERAPAN')}(realisasi, pagu).`,
        );
      }
    }
    if (cKat !== undefined && cOut !== undefined && !L.rumus(r, cKat)) {
      const kat = L.p(r, cKat);
      const benar = kategoriEfisiensi(L.v(r, cOut), ser);
      if (kat.kind === 'text' && typeof benar === 'string' && norm(kat.text) !== norm(benar)) {
        ctx.tambah(
          'kategori-berbeda',
          sh,
          r,
          cKat,
          `Kategori efisiensi ${nama} diketik ${kutip(kat.text)}, padahal IE = capaian output ${tampil(L.v(r, cOut))} / serapan ${dua(ser)} = ${formatAngka(
            (parseCell(L.v(r, cOut)) as { value: number }).value / ser,
            4,
          )} sehingga kategorinya "${benar}" (Efisien bila IE ≥ 1).`,
          `Ganti ${a1(r, cKat)} dengan "${benar}", atau pakai rumus ${ctx.fungsi('KATEGORI_EFISIENSI')}.`,
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Entry point

const URUTAN_SHEET = [SHEET.PK, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.PENGATURAN].map((s) => s.toLowerCase());

/**
 * The template's Pengaturan sheet: the sheet formulas read its cells directly,
 * so a value they can't use changes every capaian or kriteria at once (a text
 * batas atas makes every CAPAIAN an error; an unknown rumus negatif silently
 * means "selisih"). Each such cell is reported where it is.
 */
function periksaPengaturan(ctx: Konteks, wb: WorkbookSnapshot): void {
  const s = getSheet(wb, SHEET.PENGATURAN);
  if (!s || !pengaturanCocok(s)) return;
  const T = PENGATURAN_TATA;
  const sh = s.name;
  const v = (r: number, c: number): CellInput => s.values[r]?.[c] ?? null;

  const batas = parseCell(v(T.batasAtas, 1));
  if (batas.kind !== 'blank' && !(batas.kind === 'number' && batas.value > 0)) {
    ctx.tambah(
      'pengaturan-tidak-sah',
      sh,
      T.batasAtas,
      1,
      `${PENGATURAN.batasAtas} ${tampil(v(T.batasAtas, 1))} bukan angka positif: setiap capaian di lembar Pengukuran, RAPK dan Renstra yang membaca sel ini menjadi galat.`,
      `Isi ${a1(T.batasAtas, 1)} dengan angka seperti 120 atau 150, atau kosongkan untuk tanpa batas (seperti LAKIP 2019).`,
    );
  } else if (batas.kind === 'number' && batas.value < 100) {
    // "120%" typed in a cell is stored as 1,2: every capaian would be cut to 1,2 (Sangat Kurang).
    ctx.tambah(
      'pengaturan-tidak-sah',
      sh,
      T.batasAtas,
      1,
      `${PENGATURAN.batasAtas} ${dua(batas.value)} di bawah 100: setiap capaian dipotong menjadi ${dua(batas.value)} poin persen, sehingga semua kriteria "Sangat Kurang". Mungkin diketik sebagai persen (120% tersimpan 1,2).`,
      `Ketik batas atas dalam poin persen tanpa tanda %, mis. 120, di ${a1(T.batasAtas, 1)}, atau kosongkan untuk tanpa batas.`,
    );
  }
  const pilihan = (r: number, label: string, boleh: string[], bawaan: string): void => {
    const x = teks(v(r, 1)).toLowerCase();
    if (x === '' || boleh.includes(x)) return;
    ctx.tambah(
      'pengaturan-tidak-sah',
      sh,
      r,
      1,
      `${label} ${tampil(v(r, 1))} tidak dikenal: rumus lembar kerja memakai "${bawaan}", padahal mungkin bukan itu yang Anda maksud.`,
      `Pilih ${boleh.map((b) => `"${b}"`).join(' atau ')} di ${a1(r, 1)} (daftar pilihan).`,
    );
  };
  pilihan(T.rumusNegatif, PENGATURAN.rumusNegatif, ['selisih', 'rasio'], 'selisih');
  pilihan(T.modeKriteria, LABEL_MODE_KRITERIA, ['bawaan', 'tabel'], 'bawaan');

  if (teks(v(T.modeKriteria, 1)).toLowerCase() === 'tabel') {
    const rows = Array.from({ length: T.kriteriaBaris }, (_, i) => [v(T.kriteriaAwal + i, 0), v(T.kriteriaAwal + i, 1)]);
    const pita = bacaSkalaKriteria(rows);
    if (isKError(pita)) {
      ctx.tambah(
        'pengaturan-tidak-sah',
        sh,
        T.kriteriaAwal,
        0,
        `Tabel kriteria di ${a1(T.kriteriaAwal, 0)}:${a1(T.kriteriaAwal + T.kriteriaBaris - 1, 1)} tidak dapat dipakai: ${pita.message}. Kriteria di semua lembar menjadi galat selama "${LABEL_MODE_KRITERIA}" = tabel.`,
        `Perbaiki tabelnya (batas bawah berupa angka, naik dari atas ke bawah, label terisi), atau pilih "bawaan" di ${a1(T.modeKriteria, 1)}.`,
      );
    }
  }

  if (skalaCocok(s)) {
    // The row right under the table looks like part of it, but CAPAIAN reads only the table's rows.
    const luar = T.skalaAwal + T.skalaBaris;
    const c0 = [0, 1, 2].find((c) => parseCell(v(luar, c)).kind !== 'blank');
    if (c0 !== undefined) {
      ctx.tambah(
        'pengaturan-tidak-sah',
        sh,
        luar,
        c0,
        `Baris ${luar + 1} berada di luar tabel skala kualitatif (baris ${T.skalaAwal + 1}–${luar}): rumus CAPAIAN tidak membacanya, jadi label di baris ini tidak dikenal.`,
        `Pindahkan isi baris ${luar + 1} ke baris kosong di dalam tabel (${T.skalaAwal + 1}–${luar}), atau hapus baris skala yang tidak dipakai untuk memberi tempat.`,
      );
    }
    const rows = Array.from({ length: T.skalaBaris }, (_, i) => [0, 1, 2].map((c) => v(T.skalaAwal + i, c)));
    // The first row from which the table no longer reads names the cell.
    for (let i = 0; i < rows.length; i++) {
      const hasil = bacaSkalaKualitatif(rows.slice(0, i + 1));
      if (!isKError(hasil)) continue;
      ctx.tambah(
        'pengaturan-tidak-sah',
        sh,
        T.skalaAwal + i,
        0,
        `Skala kualitatif baris ${T.skalaAwal + i + 1} tidak dapat dipakai: ${hasil.message.replace(/^skala kualitatif: /, '')}. Capaian berlabel (mis. WTP, AA) di lembar kerja menjadi galat.`,
        `Perbaiki baris ${T.skalaAwal + i + 1}: Skala berisi nama skala, Label berisi kode (mis. WTP), Skor berisi angka.`,
      );
      break;
    }
  }
}

function ringkas(jumlah: Record<Tingkat, number>): string {
  const total = jumlah.Kesalahan + jumlah.Peringatan + jumlah.Info;
  if (total === 0) return 'Tidak ada masalah: buku kerja bersih.';
  const bagian: string[] = [];
  if (jumlah.Kesalahan) bagian.push(`${jumlah.Kesalahan} kesalahan`);
  if (jumlah.Peringatan) bagian.push(`${jumlah.Peringatan} peringatan`);
  if (jumlah.Info) bagian.push(`${jumlah.Info} info`);
  if (jumlah.Kesalahan === 0) return `Tidak ada kesalahan; ${bagian.join(', ')}.`;
  return bagian.join(', ');
}

/** Check a workbook: findings sorted by sheet (PK, RAPK, Pengukuran, Anggaran dan Efisiensi, others), row, column. */
export function periksa(wb: WorkbookSnapshot, pengaturan: Pengaturan = DEFAULT_PENGATURAN): HasilPeriksa {
  const ctx = new Konteks(pengaturan, wb.host);
  const pk = periksaPk(ctx, wb);
  periksaRapk(ctx, wb, pk);
  periksaPengukuran(ctx, wb, pk);
  periksaAnggaran(ctx, wb);
  periksaPengaturan(ctx, wb);

  const urut = (nama: string): number => {
    const i = URUTAN_SHEET.indexOf(nama.toLowerCase());
    return i < 0 ? URUTAN_SHEET.length : i;
  };
  const sorted = ctx.temuan.slice().sort((a, b) => {
    const sa = urut(a.sheet);
    const sb = urut(b.sheet);
    if (sa !== sb) return sa - sb;
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    if (a.baris !== b.baris) return a.baris - b.baris;
    if (a.kolom !== b.kolom) return a.kolom - b.kolom;
    return a.urut - b.urut;
  });
  const temuan: Temuan[] = sorted.map(({ sheet, sel, tingkat, kode, judul, pesan, saran }) => ({ sheet, sel, tingkat, kode, judul, pesan, saran }));
  const jumlah: Record<Tingkat, number> = { Kesalahan: 0, Peringatan: 0, Info: 0 };
  for (const t of temuan) jumlah[t.tingkat]++;
  return { temuan, jumlah, ringkasan: ringkas(jumlah) };
}
