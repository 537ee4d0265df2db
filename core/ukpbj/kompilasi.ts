/**
 * The formula in the indicator's atribut (SOP step 13), compiled.
 *
 * An indicator's formula is data on the Indikator UKPBJ sheet: a per-paket
 * quantity (Pembilang a / Nilai v, and Penyebut b: names of Kinerja Paket
 * columns, perpaket.ts BESARAN), a scope (Metode, Jenis, Area strategis, OPD:
 * lists, "kecuali …" to exclude), the statuses counted, the date field that
 * places a paket in the period, what a blank value means, and the agregasi.
 *
 * Per paket per indikator (the Paket per Indikator view) it becomes three
 * native cells on the paket's row:
 *   ikut   "Ya", or why the paket does not count: out of scope, its status,
 *          outside the period, a check (kontrak > pagu …), a value missing or
 *          unreadable. Null is not zero: a blank value excludes the paket,
 *          unless the indicator says "dihitung 0".
 *   a, b   the quantities the agregasi adds up, only where ikut = "Ya"
 *          (blank otherwise), so that SUM, MEDIAN and AVERAGE over the column
 *          need no condition: MEDIAN(IF(…)) would need array entry in Excel
 *          2016, ARRAYFORMULA in Sheets and Ctrl+Shift+Enter in LibreOffice,
 *          and without it gives a wrong number, not an error.
 * Per indikator (Capaian UKPBJ) the agregasi over those columns:
 *   RASIO_JUMLAH   Σa / Σb × 100
 *   PERSEN_HITUNG  Σ(a ≠ 0) / n × 100 (b = 1 per paket)
 *   RATA_RATA      Σ(a / b × 100) / n, or Σv / n without b
 *   MEDIAN         median of a / b × 100, or of v
 *   JUMLAH         Σv
 *   NILAI_TUNGGAL  typed per period in the Target sheet (survey, index, ITKP, kematangan)
 * with n (counted) and n dikecualikan (in scope but not counted) beside it.
 * Each rendering has its `hitung*` twin; test/ukpbj-setara.test.ts holds them equal.
 */
import { CellInput, CellOutput, KError, isKError } from '../values';
import { teksRumus } from '../rumus';
import { Agregasi, AGREGASI, KOSONG_OPSI } from './kolom';
import { Besaran, HeaderKp, TANGGAL_PERIODE, cariBesaran, galatPertama, kosongSel, rumusMemuat, teksSel, trimSel } from './perpaket';

/** A scope filter as typed: "Tender; Seleksi", "kecuali E-purchasing", blank = every paket. */
export interface Saringan {
  /** The items as typed (trimmed), in order. */
  nilai: string[];
  kecuali: boolean;
  /** As typed (trimmed), for messages and the stale check. */
  teks: string;
}

export interface SpecIndikator {
  kode: string;
  nama: string;
  agregasi: Agregasi;
  a: Besaran | null;
  b: Besaran | null;
  kosongNol: boolean;
  status: Saringan;
  metode: Saringan;
  jenis: Saringan;
  area: Saringan;
  opd: Saringan;
  /** The KP date column placing a paket in the period; null = no period filter. */
  tanggal: HeaderKp | null;
}

export function bacaSaringan(v: CellInput): Saringan {
  const teks = trimSel(teksSel(v === undefined ? null : v));
  let isi = teks;
  let kecuali = false;
  const m = isi.match(/^(kecuali|bukan|selain)\s+(.*)$/i);
  if (m) {
    kecuali = true;
    isi = m[2];
  }
  const nilai = isi
    .split(';')
    .map((x) => trimSel(x))
    .filter((x) => x !== '');
  return { nilai, kecuali: kecuali && nilai.length > 0, teks };
}

/** The agregasi a cell names (case and spaces ignored; "Σa/Σb", "median" …), or null. */
export function bacaAgregasi(v: CellInput): Agregasi | null {
  const t = trimSel(teksSel(v ?? null)).toUpperCase().replace(/[\s-]+/g, '_');
  if ((AGREGASI as readonly string[]).includes(t)) return t as Agregasi;
  const alias: Record<string, Agregasi> = {
    RASIO: 'RASIO_JUMLAH', 'ΣA/ΣB': 'RASIO_JUMLAH', PERSEN: 'PERSEN_HITUNG', PERSENTASE: 'PERSEN_HITUNG', HITUNG: 'PERSEN_HITUNG',
    RATA: 'RATA_RATA', RATARATA: 'RATA_RATA', MEAN: 'RATA_RATA', MEDIAN: 'MEDIAN', SUM: 'JUMLAH', TUNGGAL: 'NILAI_TUNGGAL',
  };
  return alias[t] ?? null;
}

export function bacaTanggalPeriode(v: CellInput): HeaderKp | null | 'tidak-dikenal' {
  const t = trimSel(teksSel(v ?? null)).toLowerCase();
  if (t === '') return null;
  const h = TANGGAL_PERIODE.find((x) => x.toLowerCase() === t || x.toLowerCase().replace(/^tgl /, 'tanggal ') === t);
  return h ?? 'tidak-dikenal';
}

export function bacaKosongNol(v: CellInput): boolean {
  return trimSel(teksSel(v ?? null)).toLowerCase() === KOSONG_OPSI[1];
}

export { cariBesaran };

/** Whether an agregasi reads per-paket values (all but NILAI_TUNGGAL). */
export function perPaket(ag: Agregasi): boolean {
  return ag !== 'NILAI_TUNGGAL';
}

/** Whether b is used: Σa/Σb, and the per-paket percentage a / b × 100 of RATA_RATA and MEDIAN. */
export function pakaiPenyebut(s: SpecIndikator): boolean {
  return s.b !== null && (s.agregasi === 'RASIO_JUMLAH' || s.agregasi === 'RATA_RATA' || s.agregasi === 'MEDIAN');
}

// ---------------------------------------------------------------------------
// Per paket per indikator: native

export interface RefBarisIndikator {
  /** The Kinerja Paket cell of a header on the paket's row (another sheet). */
  kp(h: HeaderKp): string;
  /** This block's ikut cell on the row (for a and b). */
  ikut: string;
  /** First and last day of the reporting period (absolute cells; dates are whole days). */
  awal: string;
  sampai: string;
}

const tampilKosong = (x: string): string => `IF(${x}="","kosong",${x})`;

/** The condition that a paket is OUT of this filter (null: no filter). */
function rumusDiLuar(s: Saringan, nilai: string, area: boolean): string | null {
  if (s.nilai.length === 0) return null;
  const cocok = s.nilai.map((x) => (area ? rumusMemuat(nilai, teksRumus(`;${x.replace(/ /g, '').toUpperCase()};`)) : `${nilai}=${teksRumus(x)}`));
  const ada = cocok.length === 1 ? cocok[0] : `OR(${cocok.join(',')})`;
  return s.kecuali ? ada : `NOT(${ada})`;
}

/** The exclusion checks of the quantities the indicator reads (a's, then b's), once each. */
export function kolomKecuali(s: SpecIndikator): HeaderKp[] {
  const out: HeaderKp[] = [];
  for (const x of [s.a, pakaiPenyebut(s) ? s.b : null]) for (const k of x?.kecuali ?? []) if (!out.includes(k)) out.push(k);
  return out;
}

/** =IF(no paket,"",reason or "Ya"). */
export function rumusIkut(s: SpecIndikator, r: RefBarisIndikator): string {
  const langkah: Array<[string, string]> = [];
  const M = r.kp('Metode pemilihan');
  const J = r.kp('Jenis pengadaan');
  const O = r.kp('OPD');
  const S = r.kp('Status');
  const A = r.kp('Area (kunci)');
  const dl = (x: Saringan, nilai: string, area = false): string | null => rumusDiLuar(x, nilai, area);
  const lingkup: Array<[string | null, string]> = [
    [dl(s.metode, M), `"di luar lingkup: metode "&${tampilKosong(M)}`],
    [dl(s.jenis, J), `"di luar lingkup: jenis "&${tampilKosong(J)}`],
    [dl(s.area, A, true), `"di luar lingkup: area "&${tampilKosong(r.kp('Area strategis'))}`],
    [dl(s.opd, O), `"di luar lingkup: OPD "&${tampilKosong(O)}`],
    [dl(s.status, S), `"status "&${tampilKosong(S)}`],
  ];
  for (const [c, alasan] of lingkup) if (c) langkah.push([c, alasan]);
  if (s.tanggal) {
    const D = r.kp(s.tanggal);
    const nama = s.tanggal;
    langkah.push([`ISERROR(${D})`, teksRumus(`tanggal tidak terbaca: ${nama}`)]);
    langkah.push([`${D}=""`, teksRumus(`tanggal kosong: ${nama}`)]);
    langkah.push([`${D}<${r.awal}`, teksRumus(`di luar periode: ${nama} sebelum tahun laporan`)]);
    langkah.push([`${D}>${r.sampai}`, teksRumus(`di luar periode: ${nama} setelah periode laporan`)]);
  }
  for (const k of kolomKecuali(s)) langkah.push([`${r.kp(k)}<>""`, r.kp(k)]);
  const nilai = (x: Besaran | null): void => {
    if (!x || x.kolom === null) return;
    const X = r.kp(x.kolom);
    langkah.push([`ISERROR(${X})`, teksRumus(`nilai tidak terbaca: ${x.nama}`)]);
    if (!s.kosongNol) langkah.push([`${X}=""`, teksRumus(`nilai kosong: ${x.nama}`)]);
  };
  nilai(s.a);
  if (pakaiPenyebut(s)) {
    nilai(s.b);
    if (s.agregasi !== 'RASIO_JUMLAH' && s.b && s.b.kolom !== null) {
      const X = r.kp(s.b.kolom);
      langkah.push([s.kosongNol ? `OR(${X}="",${X}=0)` : `${X}=0`, teksRumus(`penyebut 0: ${s.b.nama}`)]);
    }
  }
  let f = '"Ya"';
  for (let i = langkah.length - 1; i >= 0; i--) f = `IF(${langkah[i][0]},${langkah[i][1]},${f})`;
  return `=IF(${r.kp('Kode paket')}="","",${f})`;
}

/** The value of a quantity on the row, blank read as 0 where the indicator says so. */
function rNilai(s: SpecIndikator, x: Besaran | null, r: RefBarisIndikator): string {
  if (!x || x.kolom === null) return '1';
  const X = r.kp(x.kolom);
  return s.kosongNol ? `IF(${X}="",0,${X})` : X;
}

export function rumusA(s: SpecIndikator, r: RefBarisIndikator): string {
  const a = rNilai(s, s.a, r);
  let v: string;
  if (s.agregasi === 'PERSEN_HITUNG') v = `IF(${a}<>0,1,0)`;
  else if ((s.agregasi === 'RATA_RATA' || s.agregasi === 'MEDIAN') && pakaiPenyebut(s)) v = `${a}/${rNilai(s, s.b, r)}*100`;
  else v = a;
  return `=IF(${r.ikut}="Ya",${v},"")`;
}

export function rumusB(s: SpecIndikator, r: RefBarisIndikator): string {
  if (s.agregasi === 'PERSEN_HITUNG') return `=IF(${r.ikut}="Ya",1,"")`;
  if (!pakaiPenyebut(s)) return '=""';
  return `=IF(${r.ikut}="Ya",${rNilai(s, s.b, r)},"")`;
}

// ---------------------------------------------------------------------------
// Per paket per indikator: core

export interface HasilBlok {
  a: CellOutput;
  b: CellOutput;
  ikut: CellOutput;
}

function luar(s: Saringan, nilai: CellOutput, area: boolean): boolean {
  if (s.nilai.length === 0) return false;
  const v = teksSel(nilai);
  const ada = s.nilai.some((x) => (area ? v.includes(`;${x.replace(/ /g, '').toUpperCase()};`) : v.toLowerCase() === x.toLowerCase()));
  return s.kecuali ? ada : !ada;
}

/** The three cells of one paket for one indicator, as the host shows them. */
export function hitungBlok(s: SpecIndikator, kp: (h: HeaderKp) => CellOutput, awal: CellOutput, sampai: CellOutput): HasilBlok {
  const kosong: HasilBlok = { a: null, b: null, ikut: null };
  const kode = kp('Kode paket');
  if (isKError(kode)) return { a: kode, b: kode, ikut: kode };
  if (kosongSel(kode)) return kosong;
  const ikut = hitungIkut(s, kp, awal, sampai);
  if (isKError(ikut)) return { a: ikut, b: ikut, ikut };
  if (ikut !== 'Ya') return { a: null, b: null, ikut };
  const nilai = (x: Besaran | null): number => {
    if (!x || x.kolom === null) return 1;
    const v = kp(x.kolom);
    return kosongSel(v) ? 0 : (v as number);
  };
  const va = nilai(s.a);
  let a: number;
  let b: CellOutput = null;
  if (s.agregasi === 'PERSEN_HITUNG') {
    a = va !== 0 ? 1 : 0;
    b = 1;
  } else if ((s.agregasi === 'RATA_RATA' || s.agregasi === 'MEDIAN') && pakaiPenyebut(s)) {
    const vb = nilai(s.b);
    a = (va / vb) * 100;
    b = vb;
  } else {
    a = va;
    if (pakaiPenyebut(s)) b = nilai(s.b);
  }
  return { a, b, ikut };
}

function hitungIkut(s: SpecIndikator, kp: (h: HeaderKp) => CellOutput, awal: CellOutput, sampai: CellOutput): CellOutput {
  const tampil = (x: CellOutput): string => (kosongSel(x) ? 'kosong' : teksSel(x));
  if (luar(s.metode, kp('Metode pemilihan'), false)) return `di luar lingkup: metode ${tampil(kp('Metode pemilihan'))}`;
  if (luar(s.jenis, kp('Jenis pengadaan'), false)) return `di luar lingkup: jenis ${tampil(kp('Jenis pengadaan'))}`;
  if (luar(s.area, kp('Area (kunci)'), true)) return `di luar lingkup: area ${tampil(kp('Area strategis'))}`;
  if (luar(s.opd, kp('OPD'), false)) return `di luar lingkup: OPD ${tampil(kp('OPD'))}`;
  if (luar(s.status, kp('Status'), false)) return `status ${tampil(kp('Status'))}`;
  if (s.tanggal) {
    const d = kp(s.tanggal);
    if (isKError(d)) return `tanggal tidak terbaca: ${s.tanggal}`;
    if (kosongSel(d)) return `tanggal kosong: ${s.tanggal}`;
    if (isKError(awal)) return awal;
    if ((d as number) < (awal as number)) return `di luar periode: ${s.tanggal} sebelum tahun laporan`;
    if (isKError(sampai)) return sampai;
    if ((d as number) > (sampai as number)) return `di luar periode: ${s.tanggal} setelah periode laporan`;
  }
  for (const k of kolomKecuali(s)) {
    const e = kp(k);
    if (isKError(e)) return e;
    if (!kosongSel(e)) return e;
  }
  const periksaNilai = (x: Besaran | null): string | null => {
    if (!x || x.kolom === null) return null;
    const v = kp(x.kolom);
    if (isKError(v)) return `nilai tidak terbaca: ${x.nama}`;
    if (!s.kosongNol && kosongSel(v)) return `nilai kosong: ${x.nama}`;
    return null;
  };
  const ga = periksaNilai(s.a);
  if (ga) return ga;
  if (pakaiPenyebut(s)) {
    const gb = periksaNilai(s.b);
    if (gb) return gb;
    if (s.agregasi !== 'RASIO_JUMLAH' && s.b && s.b.kolom !== null) {
      const v = kp(s.b.kolom);
      if (v === 0 || (s.kosongNol && kosongSel(v))) return `penyebut 0: ${s.b.nama}`;
    }
  }
  return 'Ya';
}

// ---------------------------------------------------------------------------
// The period: from the first day of Pengaturan's Tahun up to the end of the periode laporan's month

/** The month of a periode laporan code (B1..B12; blank = 12), natively: nested IFs (no array constants). */
export function rumusBulanLaporan(pl: string): string {
  const p = `UPPER(TRIM(${pl}&""))`;
  let s = 'NA()';
  for (let b = 12; b >= 1; b--) s = `IF(${p}="B${b}",${b},${s})`;
  return `IF(TRIM(${pl}&"")="",12,${s})`;
}

export function hitungBulanLaporan(pl: CellInput): number | KError {
  const t = trimSel(teksSel(pl ?? null)).toUpperCase();
  if (t === '') return 12;
  const m = t.match(/^B(\d{1,2})$/);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && String(Number(m[1])) === m[1]) return Number(m[1]);
  return new KError('NA', `periode laporan ${t} tidak dikenal`);
}

/** First day of the year (a number of at least 1900), else #VALUE!. */
export function rumusAwalPeriode(tahun: string): string {
  return `IF(AND(ISNUMBER(${tahun}),${tahun}>=1900,${tahun}<=9999),DATE(INT(${tahun}),1,1),"#"*1)`;
}

/** The period's last day: DATE(tahun, bulan + 1, 0). */
export function rumusAkhirPeriode(tahun: string, bulan: string): string {
  return `IF(AND(ISNUMBER(${tahun}),${tahun}>=1900,${tahun}<=9999),DATE(INT(${tahun}),${bulan}+1,1)-1,"#"*1)`;
}

export function hitungPeriode(tahun: CellInput, pl: CellInput): { awal: CellOutput; sampai: CellOutput } {
  const ok = typeof tahun === 'number' && tahun >= 1900 && tahun <= 9999;
  const bulan = hitungBulanLaporan(pl);
  const serial = (y: number, m: number): number => Math.round((Date.UTC(y, m - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const salah = new KError('VALUE', 'Tahun di Pengaturan kosong atau bukan tahun');
  return {
    awal: ok ? serial(Math.floor(tahun as number), 1) : salah,
    sampai: ok ? (isKError(bulan) ? bulan : serial(Math.floor(tahun as number), bulan + 1) - 1) : salah,
  };
}

// ---------------------------------------------------------------------------
// Per indikator: native, over the block's columns (ranges of the same rows)

export interface RefBlok {
  a: string;
  b: string;
  ikut: string;
}

export function rumusN(x: RefBlok): string {
  return `=SUMPRODUCT(--(${x.ikut}="Ya"))`;
}

export function rumusNKecuali(x: RefBlok, n: string): string {
  return `=SUMPRODUCT(--(LEN(${x.ikut})>0))-${n}-SUMPRODUCT(--(LEFT(${x.ikut},15)="di luar lingkup"))`;
}

export function rumusRealisasi(ag: Agregasi, x: RefBlok, n: string): string {
  switch (ag) {
    case 'RASIO_JUMLAH':
    case 'PERSEN_HITUNG':
      return `=IF(${n}=0,"",IF(SUM(${x.b})=0,1/0,SUM(${x.a})/SUM(${x.b})*100))`;
    case 'RATA_RATA':
      return `=IF(${n}=0,"",SUM(${x.a})/${n})`;
    case 'MEDIAN':
      return `=IF(${n}=0,"",MEDIAN(${x.a}))`;
    case 'JUMLAH':
      return `=IF(${n}=0,"",SUM(${x.a}))`;
    case 'NILAI_TUNGGAL':
      throw new Error('NILAI_TUNGGAL dibaca dari lembar Target');
  }
}

// ---------------------------------------------------------------------------
// Per indikator: core

export interface HasilAgregat {
  n: CellOutput;
  nKecuali: CellOutput;
  realisasi: CellOutput;
}

function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The per-indikator figures from the block's cells (as the host shows them), in row order. */
export function hitungAgregat(ag: Agregasi, blok: HasilBlok[]): HasilAgregat {
  const ikut = blok.map((x) => x.ikut);
  const g = galatPertama(...ikut);
  if (g) return { n: g, nKecuali: g, realisasi: g };
  const n = ikut.filter((x) => typeof x === 'string' && x.toLowerCase() === 'ya').length;
  const isi = ikut.filter((x) => !kosongSel(x)).length;
  const lingkup = ikut.filter((x) => typeof x === 'string' && x.slice(0, 15).toLowerCase() === 'di luar lingkup').length;
  const nKecuali = isi - n - lingkup;
  if (n === 0) return { n, nKecuali, realisasi: null };
  const ga = galatPertama(...blok.map((x) => x.a));
  const angka = (xs: CellOutput[]): number[] => xs.filter((x): x is number => typeof x === 'number');
  const jumlah = (xs: CellOutput[]): number => angka(xs).reduce((s, x) => s + x, 0);
  const as = blok.map((x) => x.a);
  let realisasi: CellOutput;
  switch (ag) {
    case 'RASIO_JUMLAH':
    case 'PERSEN_HITUNG': {
      const gb = galatPertama(...blok.map((x) => x.b));
      if (gb) return { n, nKecuali, realisasi: gb };
      const sb = jumlah(blok.map((x) => x.b));
      if (sb === 0) return { n, nKecuali, realisasi: new KError('DIV0', 'jumlah penyebut 0') };
      if (ga) return { n, nKecuali, realisasi: ga };
      realisasi = (jumlah(as) / sb) * 100;
      break;
    }
    case 'RATA_RATA':
      if (ga) return { n, nKecuali, realisasi: ga };
      realisasi = jumlah(as) / n;
      break;
    case 'MEDIAN':
      if (ga) return { n, nKecuali, realisasi: ga };
      realisasi = median(angka(as));
      break;
    case 'JUMLAH':
      if (ga) return { n, nKecuali, realisasi: ga };
      realisasi = jumlah(as);
      break;
    case 'NILAI_TUNGGAL':
      throw new Error('NILAI_TUNGGAL dibaca dari lembar Target');
  }
  return { n, nKecuali, realisasi: isFinite(realisasi as number) ? realisasi : new KError('NUM', 'di luar jangkauan angka') };
}

// ---------------------------------------------------------------------------
// The rule in words (shown beside every figure)

function teksSaringan(label: string, s: Saringan): string | null {
  if (!s.nilai.length) return null;
  return `${label} ${s.kecuali ? 'kecuali ' : ''}${s.nilai.join(', ')}`;
}

export function teksAturan(s: SpecIndikator): string {
  const nm = (x: Besaran | null): string => x?.nama ?? '?';
  let inti: string;
  switch (s.agregasi) {
    case 'RASIO_JUMLAH':
      inti = `Σ ${nm(s.a)} / Σ ${nm(s.b)} × 100`;
      break;
    case 'PERSEN_HITUNG':
      inti = `paket dengan ${nm(s.a)} / jumlah paket × 100`;
      break;
    case 'RATA_RATA':
      inti = pakaiPenyebut(s) ? `rata-rata per paket (${nm(s.a)} / ${nm(s.b)} × 100)` : `rata-rata ${nm(s.a)} per paket`;
      break;
    case 'MEDIAN':
      inti = pakaiPenyebut(s) ? `median per paket (${nm(s.a)} / ${nm(s.b)} × 100)` : `median ${nm(s.a)} per paket`;
      break;
    case 'JUMLAH':
      inti = `Σ ${nm(s.a)}`;
      break;
    case 'NILAI_TUNGGAL':
      return 'nilai tunggal per periode (diketik di lembar Target)';
  }
  const bagian = [
    inti,
    teksSaringan('status', s.status),
    teksSaringan('metode', s.metode),
    teksSaringan('jenis', s.jenis),
    teksSaringan('area', s.area),
    teksSaringan('OPD', s.opd),
    s.tanggal ? `periode menurut ${s.tanggal}` : 'tanpa saringan periode',
    s.kosongNol ? 'nilai kosong dihitung 0' : 'nilai kosong dikecualikan',
  ].filter((x): x is string => x !== null);
  return bagian.join('; ');
}

export function teksAgregasiValid(): string {
  return AGREGASI.join(', ');
}
