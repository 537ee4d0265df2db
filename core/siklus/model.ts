/**
 * The monthly cycle read once from a snapshot: who reports what (PK
 * Penanggung jawab), what each unit typed in its isian sheet, what the RAPK
 * holds, the Riwayat log, the Berita Acara entries, and from those two which
 * periods are validated and locked.
 *
 * A period is locked while it has more Berita Acara entries than "Buka kunci"
 * rows in Riwayat: each validation appends one entry, each unlock one row, and
 * neither is ever removed, so the count needs no clock.
 */
import { CellInput, bakuTeks, isKError, parseCell } from '../values';
import { PolaTarget } from '../formulas';
import { SHEET } from '../layout';
import { kunciKode } from '../pk';
import { BukuKerja, bacaBukuKerja } from '../model/bukukerja';
import { BarisLama } from '../model/tabel';
import { Sel, barisTerakhir, cariLabel, nilaiDi, selDi, teks } from '../model/lembar';
import { cariHeaderTabel } from '../model/tabel';
import { petaKolom } from '../pk';
import { SheetSnapshot, WorkbookSnapshot, getSheet } from '../workbook';
import { JenisPeriode, namaPeriode } from '../periode';
import {
  BA_INDIKATOR_KOLOM,
  BA_JUDUL,
  BA_KOREKSI_KOLOM,
  BA_LABEL,
  BA_VALIDATOR_KOLOM,
  ISIAN_KOLOM,
  JENIS_RIWAYAT,
  JenisAngka,
  KOLOM_ISIAN_ANGKA,
  LABEL_UNIT,
  LEMBAR_SIKLUS,
  RE_NAMA_ISIAN,
  RIWAYAT_KOLOM,
  headerRapk,
  kunciUnit,
} from './lembar';
import { kanonik, sha256 } from './sidik';

export interface Unit {
  nama: string;
  kunci: string;
  /** E-mail addresses from Email PJ of its indicators (lower case, each once). */
  email: string[];
}

export interface IndikatorSiklus {
  kunci: string;
  kode: string;
  indikator: string;
  satuan: string;
  /** The unit (Penanggung jawab) as typed; "" when none. */
  pj: string;
  unitKunci: string;
  pola: PolaTarget | null;
  /** 0-based PK row. */
  pkBaris: number;
  /** The RAPK row of its Kode, when the RAPK has one. */
  rapk?: BarisLama;
}

export interface BarisIsian {
  /** 0-based sheet row. */
  baris: number;
  kunci: string;
  kode: string;
  periode: string;
  target: CellInput;
  angka: Record<JenisAngka, Sel>;
  keterangan: string;
  dataDukung: string;
}

export interface LembarIsian {
  nama: string;
  unit: string;
  unitKunci: string;
  headerRow: number;
  /** 0-based sheet column of each isian header found. */
  kolom: Partial<Record<(typeof ISIAN_KOLOM)[number], number>>;
  baris: BarisIsian[];
  /** First row after the data. */
  akhir: number;
  terlindung: boolean;
}

export interface EntriRiwayat {
  baris: number;
  waktu: string;
  jenis: string;
  sumber: string;
  lembar: string;
  sel: string;
  kode: string;
  kunci: string;
  periode: string;
  kolom: string;
  lama: CellInput;
  baru: CellInput;
  keterangan: string;
  dataDukung: string;
  rujukan: string;
}

export interface Validator {
  nama: string;
  nip: string;
  jabatan: string;
}

export interface BarisBA {
  baris: number;
  kode: string;
  kunci: string;
  indikator: string;
  satuan: string;
  pj: string;
  target: CellInput;
  realisasi: CellInput;
  capaian: CellInput;
  kriteria: CellInput;
}

export interface KoreksiBA {
  kode: string;
  periode: string;
  lama: CellInput;
  baru: CellInput;
  justifikasi: string;
}

export interface EntriBA {
  lembar: string;
  /** 0-based row of the title. */
  baris: number;
  nomor: string;
  periode: string;
  tanggal: string;
  /** The fingerprint printed, and its cell (0-based row; column B). */
  sidik: string;
  barisSidik: number;
  validator: Validator[];
  indikator: BarisBA[];
  koreksi: KoreksiBA[];
  /** 0-based column of each indicator-table header. */
  kolom: Partial<Record<(typeof BA_INDIKATOR_KOLOM)[number], number>>;
}

export interface ModelSiklus {
  bk: BukuKerja;
  snapshot: WorkbookSnapshot;
  jenisPeriode: JenisPeriode;
  /** The periods the RAPK holds (its headers). */
  periode: string[];
  /** Pengaturan's reporting period: the last one collected. */
  periodeLaporan: string;
  tahun: number | null;
  indikator: IndikatorSiklus[];
  perKunci: Map<string, IndikatorSiklus>;
  unit: Unit[];
  isian: LembarIsian[];
  riwayat: EntriRiwayat[];
  riwayatSheet?: SheetSnapshot;
  ba: EntriBA[];
  baSheet?: SheetSnapshot;
}

// ---------------------------------------------------------------------------

/** Addresses in an Email PJ cell: separated by commas, semicolons, spaces or new lines. */
export function bacaEmail(v: string): string[] {
  return v
    .split(/[\s,;]+/)
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x !== '');
}

/** A typed address that does not look like one (named in the message of Bagikan isian). */
export function emailTidakSah(e: string): boolean {
  return !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e);
}

function indikatorDari(bk: BukuKerja): { indikator: IndikatorSiklus[]; unit: Unit[] } {
  const rapkPer = new Map<string, BarisLama>();
  for (const row of bk.rapk?.rows ?? []) if (row.kunci && !rapkPer.has(row.kunci)) rapkPer.set(row.kunci, row);
  const indikator: IndikatorSiklus[] = [];
  const unit = new Map<string, Unit>();
  const sudah = new Set<string>();
  for (const b of bk.pk?.baris ?? []) {
    if (!b.kunci || sudah.has(b.kunci)) continue;
    sudah.add(b.kunci);
    const pj = (b.pj ?? '').trim().replace(/\s+/g, ' ');
    const uk = kunciUnit(pj);
    indikator.push({
      kunci: b.kunci,
      kode: b.kode,
      indikator: b.indikator,
      satuan: b.satuan,
      pj,
      unitKunci: uk,
      pola: isKError(b.urai.pola) ? null : b.urai.pola,
      pkBaris: b.baris,
      rapk: rapkPer.get(b.kunci),
    });
    if (!uk) continue;
    const u = unit.get(uk) ?? { nama: pj, kunci: uk, email: [] };
    for (const e of bacaEmail(b.emailPj ?? '')) if (!u.email.includes(e)) u.email.push(e);
    unit.set(uk, u);
  }
  return { indikator, unit: [...unit.values()] };
}

/** An isian sheet: its unit from the Penanggung jawab cell, its rows by header. */
export function bacaLembarIsian(sheet: SheetSnapshot): LembarIsian | null {
  const h = cariHeaderTabel(sheet.values, ['Kode', 'Periode', 'Realisasi']);
  if (h < 0) return null;
  const r = cariLabel(sheet, LABEL_UNIT);
  const unit = r >= 0 && r < h ? teks(nilaiDi(sheet, r, 1)).replace(/\s+/g, ' ') : '';
  const kolom = petaKolom(sheet.values[h] ?? [], ISIAN_KOLOM) as LembarIsian['kolom'];
  const baris: BarisIsian[] = [];
  let akhir = h + 1;
  const last = barisTerakhir(sheet);
  for (let i = h + 1; i <= last; i++) {
    const kode = teks(nilaiDi(sheet, i, kolom.Kode ?? 0));
    const periode = teks(nilaiDi(sheet, i, kolom.Periode ?? 3)).toUpperCase().replace(/\s+/g, '');
    if (!kode) continue;
    const sel = (k: (typeof ISIAN_KOLOM)[number]): Sel => (kolom[k] === undefined ? { nilai: null, rumus: '' } : selDi(sheet, i, kolom[k] as number));
    baris.push({
      baris: i,
      kunci: kunciKode(kode),
      kode,
      periode,
      target: sel('Target').nilai,
      angka: { pembilang: sel(KOLOM_ISIAN_ANGKA.pembilang), penyebut: sel(KOLOM_ISIAN_ANGKA.penyebut), realisasi: sel(KOLOM_ISIAN_ANGKA.realisasi) },
      keterangan: teks(sel('Keterangan').nilai),
      dataDukung: teks(sel('Data dukung (tautan)').nilai),
    });
    akhir = i + 1;
  }
  return { nama: sheet.name, unit, unitKunci: kunciUnit(unit), headerRow: h, kolom, baris, akhir, terlindung: Boolean(sheet.terlindung) };
}

export function bacaRiwayat(sheet: SheetSnapshot | undefined): EntriRiwayat[] {
  if (!sheet) return [];
  const h = cariHeaderTabel(sheet.values, ['Waktu', 'Jenis', 'Periode', 'Rujukan']);
  if (h < 0) return [];
  const k = petaKolom(sheet.values[h] ?? [], RIWAYAT_KOLOM);
  const out: EntriRiwayat[] = [];
  const last = barisTerakhir(sheet);
  for (let r = h + 1; r <= last; r++) {
    const v = (n: (typeof RIWAYAT_KOLOM)[number]): CellInput => (k[n] === undefined ? null : nilaiDi(sheet, r, k[n]));
    const jenis = teks(v('Jenis'));
    if (!jenis) continue;
    const kode = teks(v('Kode'));
    out.push({
      baris: r,
      waktu: teks(v('Waktu')),
      jenis,
      sumber: teks(v('Sumber')),
      lembar: teks(v('Lembar')),
      sel: teks(v('Sel')),
      kode,
      kunci: kunciKode(kode),
      periode: teks(v('Periode')).toUpperCase(),
      kolom: teks(v('Kolom')),
      lama: v('Nilai lama'),
      baru: v('Nilai baru'),
      keterangan: teks(v('Keterangan')),
      dataDukung: teks(v('Data dukung')),
      rujukan: teks(v('Rujukan')),
    });
  }
  return out;
}

/** The values a Berita Acara validated, one canonical line per indicator: what the fingerprint is of. */
export function teksSidik(periode: string, rows: ReadonlyArray<Pick<BarisBA, 'kode' | 'target' | 'realisasi' | 'capaian' | 'kriteria'>>): string {
  return [`periode|${periode}`, ...rows.map((r) => [bakuTeks(r.kode), kanonik(r.target), kanonik(r.realisasi), kanonik(r.capaian), kanonik(r.kriteria)].join('|'))].join('\n');
}

export function sidikBA(periode: string, rows: ReadonlyArray<Pick<BarisBA, 'kode' | 'target' | 'realisasi' | 'capaian' | 'kriteria'>>): string {
  return sha256(teksSidik(periode, rows));
}

/** Every Berita Acara block of the sheet, in order. */
export function bacaBA(sheet: SheetSnapshot | undefined): EntriBA[] {
  if (!sheet) return [];
  const last = barisTerakhir(sheet);
  const awal: number[] = [];
  for (let r = 0; r <= last; r++) if (bakuTeks(nilaiDi(sheet, r, 0)) === bakuTeks(BA_JUDUL)) awal.push(r);
  const cocok = (r: number, header: readonly string[]): boolean => header.every((x, c) => bakuTeks(nilaiDi(sheet, r, c)) === bakuTeks(x));
  return awal.map((r0, i) => {
    const r1 = i + 1 < awal.length ? awal[i + 1] : last + 1;
    const e: EntriBA = { lembar: sheet.name, baris: r0, nomor: '', periode: '', tanggal: '', sidik: '', barisSidik: -1, validator: [], indikator: [], koreksi: [], kolom: {} };
    let bagian: 'validator' | 'indikator' | 'koreksi' | null = null;
    for (let r = r0 + 1; r < r1; r++) {
      const a = teks(nilaiDi(sheet, r, 0));
      const la = bakuTeks(a);
      if (la === bakuTeks(BA_LABEL.nomor)) e.nomor = teks(nilaiDi(sheet, r, 1));
      else if (la === bakuTeks(BA_LABEL.periode)) e.periode = teks(nilaiDi(sheet, r, 1)).toUpperCase();
      else if (la === bakuTeks(BA_LABEL.tanggal)) e.tanggal = teks(nilaiDi(sheet, r, 1));
      else if (la === bakuTeks(BA_LABEL.sidik)) {
        e.sidik = teks(nilaiDi(sheet, r, 1)).toLowerCase();
        e.barisSidik = r;
        bagian = null;
      } else if (cocok(r, BA_VALIDATOR_KOLOM.slice(0, 4))) bagian = 'validator';
      else if (cocok(r, BA_INDIKATOR_KOLOM.slice(0, 3))) {
        bagian = 'indikator';
        e.kolom = petaKolom(sheet.values[r] ?? [], BA_INDIKATOR_KOLOM) as EntriBA['kolom'];
      } else if (cocok(r, BA_KOREKSI_KOLOM.slice(0, 3))) bagian = 'koreksi';
      else if (bagian && parseCell(nilaiDi(sheet, r, 0)).kind === 'number') {
        const v = (c: number): CellInput => nilaiDi(sheet, r, c);
        if (bagian === 'validator') e.validator.push({ nama: teks(v(1)), nip: teks(v(2)), jabatan: teks(v(3)) });
        else if (bagian === 'koreksi') e.koreksi.push({ kode: teks(v(1)), periode: teks(v(2)), lama: v(3), baru: v(4), justifikasi: teks(v(5)) });
        else {
          const k = e.kolom;
          const at = (n: (typeof BA_INDIKATOR_KOLOM)[number]): CellInput => (k[n] === undefined ? null : v(k[n] as number));
          const kode = teks(at('Kode'));
          e.indikator.push({
            baris: r,
            kode,
            kunci: kunciKode(kode),
            indikator: teks(at('Indikator')),
            satuan: teks(at('Satuan')),
            pj: teks(at('Penanggung jawab')),
            target: at('Target'),
            realisasi: at('Realisasi'),
            capaian: at('Capaian'),
            kriteria: at('Kriteria'),
          });
        }
      } else if (a) bagian = null;
    }
    return e;
  });
}

/** Read the cycle from a snapshot. */
/** The cycle's model of a snapshot; `bk` when the caller has read the workbook model already (Periksa). */
export function bacaSiklus(wb: WorkbookSnapshot, bk: BukuKerja = bacaBukuKerja(wb)): ModelSiklus {
  const { indikator, unit } = indikatorDari(bk);
  const isian = wb.sheets
    .filter((s) => RE_NAMA_ISIAN.test(s.name))
    .map(bacaLembarIsian)
    .filter((x): x is LembarIsian => x !== null);
  const riwayatSheet = getSheet(wb, LEMBAR_SIKLUS.RIWAYAT);
  const baSheet = getSheet(wb, LEMBAR_SIKLUS.BA);
  return {
    bk,
    snapshot: wb,
    jenisPeriode: bk.pengaturan.jenisPeriode,
    periode: bk.rapkPeriode,
    periodeLaporan: bk.pengaturan.periodeLaporan,
    tahun: bk.pengaturan.tahun,
    indikator,
    perKunci: new Map(indikator.map((i) => [i.kunci, i])),
    unit,
    isian,
    riwayat: bacaRiwayat(riwayatSheet),
    riwayatSheet,
    ba: bacaBA(baSheet),
    baSheet,
  };
}

// ---------------------------------------------------------------------------
// Facts derived from the model

/** The Berita Acara entries of a period, oldest first. */
export function baPeriode(m: ModelSiklus, periode: string): EntriBA[] {
  return m.ba.filter((e) => e.periode === periode);
}

/** The period is validated and locked now (more Berita Acara entries than unlocks). */
export function terkunci(m: ModelSiklus, periode: string): boolean {
  const buka = m.riwayat.filter((r) => r.jenis === JENIS_RIWAYAT.bukaKunci && r.periode === periode).length;
  return baPeriode(m, periode).length > buka;
}

/** The Berita Acara in force for a locked period (its last), or null. */
export function baBerlaku(m: ModelSiklus, periode: string): EntriBA | null {
  if (!terkunci(m, periode)) return null;
  const e = baPeriode(m, periode);
  return e[e.length - 1] ?? null;
}

export function periodeTerkunci(m: ModelSiklus): string[] {
  return m.periode.filter((p) => terkunci(m, p));
}

/** Periods collected now: not locked, up to Pengaturan's reporting period. */
export function periodeTerbuka(m: ModelSiklus): string[] {
  const batas = m.periode.indexOf(m.periodeLaporan);
  return m.periode.filter((p, i) => (batas < 0 || i <= batas) && !terkunci(m, p));
}

export function namaP(m: ModelSiklus, periode: string): string {
  return namaPeriode(m.jenisPeriode, periode);
}

/** A unit must report this indicator in this period: it has a target then (pola akhir: only the last period). */
export function wajibLapor(m: ModelSiklus, ind: IndikatorSiklus, periode: string): boolean {
  if (ind.pola === 'akhir') return periode === m.periode[m.periode.length - 1];
  return true;
}

/** The RAPK cell of a figure (its Sel and 0-based sheet address), when the RAPK has the row and the column. */
export function selRapk(m: ModelSiklus, ind: IndikatorSiklus, jenis: JenisAngka, periode: string): { sel: Sel; row: number; col: number } | null {
  const t = m.bk.rapk;
  if (!t || !ind.rapk) return null;
  const h = headerRapk(jenis, periode);
  const col = t.kolom[h];
  if (col === undefined) return null;
  return { sel: ind.rapk.sel[h] ?? { nilai: null, rumus: '' }, row: ind.rapk.baris, col };
}

/** What the RAPK holds typed for a figure (a formula is not a typed figure). */
export function typedRapk(s: Sel | undefined): CellInput {
  if (!s || s.rumus) return null;
  return parseCell(s.nilai).kind === 'blank' ? null : s.nilai;
}

/** The indicator has its figure for the period in the RAPK: a realisasi typed, or both a and b. */
export function adaAngka(m: ModelSiklus, ind: IndikatorSiklus, periode: string): boolean {
  const r = selRapk(m, ind, 'realisasi', periode);
  const a = selRapk(m, ind, 'pembilang', periode);
  const b = selRapk(m, ind, 'penyebut', periode);
  return typedRapk(r?.sel) !== null || (typedRapk(a?.sel) !== null && typedRapk(b?.sel) !== null);
}

/** Two figures are the same: numbers within 1e-9 (relative), texts as compared everywhere. */
export function samaAngka(a: CellInput, b: CellInput): boolean {
  const pa = parseCell(a);
  const pb = parseCell(b);
  if (pa.kind === 'blank' || pb.kind === 'blank') return pa.kind === pb.kind;
  if (pa.kind === 'number' && pb.kind === 'number') return Math.abs(pa.value - pb.value) <= 1e-9 * Math.max(1, Math.abs(pa.value), Math.abs(pb.value));
  if (pa.kind === 'error' || pb.kind === 'error') return kanonik(a) === kanonik(b);
  return bakuTeks(a) === bakuTeks(b);
}

export { SHEET };
