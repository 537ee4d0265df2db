/**
 * "Buat Laporan": the Laporan sheet, written from the report (susun.ts) for
 * Pengaturan's periode laporan. It is Kinerja's and never typed: each click
 * replaces it whole (charts included), and a sheet called Laporan that is not
 * Kinerja's is refused, named. Its figures are values (numbers with number
 * formats, text with Indonesian numbers), copied from the views as the host
 * computed them; only the data of chart 3 (the indicator chosen in one cell)
 * are formulas over the sheet's own per-period table.
 *
 * The plan is one block of values, a fixed set of format ops per table, three
 * charts and a print setup: its host calls do not grow with the indicators.
 */
import { CellInput, parseCell } from '../values';
import { teksUkpbj } from './ukpbj';
import { FORMAT, WARNA_KRITERIA } from '../layout';
import { bacaBukuKerja } from '../model/bukukerja';
import { getSheet, opCetak, Plan, SheetSnapshot, SpecGrafik, WorkbookSnapshot, WriteOp, WriteValue, a1, a1Range, teksTulis } from '../workbook';
import { FormatSel } from '../workbook';
import { KOSONG, angkaTeks, kodeGalat, pecahBaris, potong } from './teks';
import { Laporan, TOMBOL_LAPORAN, susunLaporan } from './susun';
import { waktuLokal } from '../arsip';

export const LEMBAR_LAPORAN = 'Laporan';

/** The sentence that marks the sheet as Kinerja's (and says not to type in it). */
export const PENANDA_LAPORAN = 'Lembar ini dibuat oleh Kinerja (Buat Laporan)';

/** Columns A..H and their widths in pixels (landscape, fitted to one page wide). */
export const LEBAR_KOLOM_LAPORAN = [60, 250, 260, 130, 150, 110, 110, 150];
const W = LEBAR_KOLOM_LAPORAN.length;
/** Characters of one line of text (it overflows across the empty cells of its row). */
const HURUF_PER_BARIS = 150;
/** Rows kept free under a chart (at least its height at Excel's 20-pixel rows). */
const TINGGI_GRAFIK = 300;
const BARIS_GRAFIK = Math.ceil(TINGGI_GRAFIK / 20) + 1;

const HEADER: FormatSel = { bold: true, wrap: true, align: 'center', background: '#1F4E78', fontColor: '#FFFFFF' };
const KELOMPOK: FormatSel = { bold: true, background: '#DDEBF7' };

/** Is this sheet Kinerja's Laporan (its marker in the first rows), or empty? */
export function laporanMilikKita(sheet: SheetSnapshot): boolean {
  const isi = sheet.values.slice(0, 8).flat().filter((v) => v !== null && v !== undefined && String(v).trim() !== '');
  if (isi.length === 0 && sheet.values.every((row) => (row ?? []).every((v) => v === null || v === undefined || String(v).trim() === ''))) return true;
  return isi.some((v) => typeof v === 'string' && v.trim().startsWith(PENANDA_LAPORAN));
}

/** A view's value as the Laporan writes it: a number stays a number, blank says so, an error shows its code, text stays text. */
export function nilaiLaporan(v: CellInput): WriteValue {
  const p = parseCell(v);
  switch (p.kind) {
    case 'blank':
      return KOSONG;
    case 'error':
      return teksTulis(kodeGalat(v));
    case 'number':
      return typeof v === 'number' ? v : teksTulis(String(v).trim());
    case 'text':
      return teksTulis(p.text);
  }
}

const teks = (s: string): WriteValue => (s === '' ? null : teksTulis(s));

/** Rows, formats and charts of the sheet as they are written down. */
class Penulis {
  readonly nama: string;
  readonly rows: WriteValue[][] = [];
  readonly ops: WriteOp[] = [];
  readonly grafik: SpecGrafik[] = [];
  constructor(nama: string) {
    this.nama = nama;
  }
  get r(): number {
    return this.rows.length;
  }
  baris(...v: WriteValue[]): number {
    const row = [...v.slice(0, W)];
    while (row.length < W) row.push(null);
    this.rows.push(row);
    return this.rows.length - 1;
  }
  kosong(n = 1): void {
    for (let i = 0; i < n; i++) this.baris();
  }
  /** Text broken into lines (one cell each, column A, overflowing to the right). */
  paragraf(s: string, gaya?: FormatSel): void {
    for (const line of pecahBaris(s, HURUF_PER_BARIS)) {
      const r = this.baris(teks(line));
      if (gaya) this.format(r, 0, 1, 1, gaya);
    }
  }
  judul(s: string): void {
    const r = this.baris(teks(s));
    this.format(r, 0, 1, 1, { bold: true, fontColor: '#1F4E78' });
  }
  format(row: number, col: number, rows: number, cols: number, f: FormatSel): void {
    if (rows < 1 || cols < 1) return;
    this.ops.push({ op: 'format', sheet: this.nama, range: a1Range(row, col, rows, cols), ...f });
  }
  kriteria(row: number, col: number, rows: number): void {
    if (rows < 1) return;
    this.ops.push({ op: 'conditionalText', sheet: this.nama, range: a1Range(row, col, rows, 1), rules: Object.entries(WARNA_KRITERIA).map(([text, w]) => ({ text, ...w })) });
  }
  /** A table: its title, header row, then `isi` writes the data rows; formats per column over the data rows. */
  tabel(judul: string, header: string[], isi: () => void, kolom: Array<{ col: number; f: FormatSel }> = []): { header: number; awal: number; akhir: number } {
    this.judul(judul);
    const h = this.baris(...header.map(teks));
    this.format(h, 0, 1, header.length, HEADER);
    const awal = this.r;
    isi();
    const akhir = this.r;
    for (const k of kolom) this.format(awal, k.col, akhir - awal, 1, k.f);
    this.kosong();
    return { header: h, awal, akhir };
  }
}

export type HasilLaporan = { ok: true; plan: Plan; laporan: Laporan } | { ok: false; pesan: string };

export interface OpsiLaporan {
  sekarang?: string;
  zonaMenit?: number;
}

/** Plan "Buat Laporan" on a snapshot (BACA.laporan). */
export function planLaporan(wb: WorkbookSnapshot, opsi: OpsiLaporan = {}): HasilLaporan {
  const ada = getSheet(wb, LEMBAR_LAPORAN);
  if (ada && !laporanMilikKita(ada)) {
    const contoh = ada.values.slice(0, 8).flat().find((v) => v !== null && v !== undefined && String(v).trim() !== '');
    return {
      ok: false,
      pesan: `Lembar "${ada.name}" sudah ada dan bukan buatan Kinerja${contoh !== undefined ? ` (berisi "${potong(String(contoh), 40)}")` : ''}: Kinerja tidak menimpanya. Ganti nama lembar itu (mis. "${ada.name} lama"), lalu klik "${TOMBOL_LAPORAN}" lagi.`,
    };
  }
  const m = bacaBukuKerja(wb);
  const s = susunLaporan(m);
  if (!s.ok) return s;
  const l = s.laporan;
  const nama = ada?.name ?? LEMBAR_LAPORAN;
  const w = new Penulis(nama);
  const th = l.tahun !== null ? ` ${l.tahun}` : '';

  // Title, the period, and the marker.
  w.baris(teks(`LAPORAN KINERJA${th.toUpperCase()}: BAB III AKUNTABILITAS KINERJA`));
  w.format(0, 0, 1, 1, { bold: true, fontColor: '#1F4E78' });
  w.baris(teks(`Periode laporan: ${l.namaPeriode} (${l.periodeLaporan})${th ? ` · Tahun${th}` : ''} · Kriteria: ${l.preset.nama} · Dibuat ${waktuLokal(opsi.sekarang ?? new Date().toISOString(), opsi.zonaMenit)}`));
  w.paragraf(
    `${PENANDA_LAPORAN} dari lembar Pengukuran, Anggaran dan Efisiensi, Renstra dan RAPK, dan ditulis ulang setiap kali "${TOMBOL_LAPORAN}" diklik: jangan mengetik di sini. Ubah angkanya di RAPK, Anggaran dan Efisiensi atau Renstra, lalu klik "${TOMBOL_LAPORAN}" lagi.`,
    { fontColor: '#7F7F7F' },
  );
  for (const p of l.peringatan) w.paragraf(`⚠ ${p}`, { bold: true, fontColor: '#9C0006' });
  w.kosong();

  // I. Ringkasan.
  w.judul('I. RINGKASAN');
  const tRing = w.tabel(
    'Nilai Pencapaian Sasaran (NPS) organisasi dan perspektif',
    ['No', 'Uraian', 'Jumlah sasaran', 'NPS', 'Kriteria'],
    () => {
      const r = w.baris(null, teks('Organisasi'), l.sasaran.length, nilaiLaporan(l.organisasi.nps), nilaiLaporan(l.organisasi.kriteria));
      w.format(r, 0, 1, 5, KELOMPOK);
      for (const g of l.perspektif) w.baris(teks(g.huruf), teks(g.nama || '(tanpa perspektif)'), g.sasaran.length, nilaiLaporan(g.nps), nilaiLaporan(g.kriteria));
    },
    [
      { col: 2, f: { align: 'center' } },
      { col: 3, f: { numberFormat: FORMAT.persen } },
    ],
  );
  w.kriteria(tRing.awal, 4, tRing.akhir - tRing.awal);
  w.paragraf(l.teks.nps);
  w.kosong();
  const tSebaran = w.tabel(
    `Sebaran indikator menurut kriteria (${l.preset.nama})`,
    ['No', 'Kriteria', 'Rentang capaian', 'Jumlah indikator'],
    () => {
      l.sebaran.forEach((k, i) => w.baris(i + 1, teks(k.label), teks(k.rentang), k.indikator.length));
      if (l.belumAda.length) w.baris(l.sebaran.length + 1, teks('Belum ada realisasi'), null, l.belumAda.length);
      if (l.galat.length) w.baris(l.sebaran.length + (l.belumAda.length ? 2 : 1), teks('Capaian belum dapat dihitung'), null, l.galat.length);
      const r = w.baris(null, teks('Jumlah'), null, l.indikator.length);
      w.format(r, 0, 1, 4, KELOMPOK);
    },
    [{ col: 3, f: { align: 'center' } }],
  );
  w.kriteria(tSebaran.awal, 1, tSebaran.akhir - tSebaran.awal);
  w.paragraf(l.teks.sebaran);
  w.kosong();
  w.judul('Ringkasan Eksekutif');
  w.paragraf(l.teks.ringkasanEksekutif);
  if (l.teks.anggaran) w.paragraf(l.teks.anggaran);
  w.kosong();
  if (l.teks.saran.length) {
    w.judul('Saran');
    l.teks.saran.forEach((x, i) => w.paragraf(`${i + 1}. ${x}`));
    w.kosong();
  }

  // II. Tables.
  w.judul('II. CAPAIAN KINERJA');
  const tCap = w.tabel(
    `Tabel 1. Capaian Indikator Kinerja per sasaran (${l.namaPeriode}; bentuk Tabel 5 LAKIP)`,
    ['Kode', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'],
    () => {
      for (const g of l.perspektif) {
        const r = w.baris(null, teks(`${g.huruf}. ${g.nama || '(tanpa perspektif)'}`));
        w.format(r, 0, 1, W, KELOMPOK);
        for (const s2 of g.sasaran) {
          s2.indikator.forEach((x, i) =>
            w.baris(teksTulis(x.kode), i === 0 ? teks(`${s2.no}. ${s2.nama}`) : null, teks(x.nama), teks(x.satuan), nilaiLaporan(x.target), nilaiLaporan(x.realisasi), nilaiLaporan(x.capaian), nilaiLaporan(x.kriteria)),
          );
        }
      }
    },
    [
      { col: 1, f: { wrap: true } },
      { col: 2, f: { wrap: true } },
      { col: 6, f: { numberFormat: FORMAT.persen } },
    ],
  );
  w.kriteria(tCap.awal, 7, tCap.akhir - tCap.awal);
  const tNps = w.tabel(
    `Tabel 2. Nilai Pencapaian Sasaran per perspektif dan organisasi (bentuk Tabel 4 LAKIP)`,
    ['No', 'Perspektif / Sasaran', 'Jumlah indikator', 'NPS', 'Kriteria'],
    () => {
      for (const g of l.perspektif) {
        const r = w.baris(teks(g.huruf), teks(g.nama || '(tanpa perspektif)'), g.sasaran.reduce((a, x) => a + x.indikator.length, 0), nilaiLaporan(g.nps), nilaiLaporan(g.kriteria));
        w.format(r, 0, 1, 5, KELOMPOK);
        for (const s2 of g.sasaran) w.baris(s2.no, teks(s2.nama), s2.indikator.length, nilaiLaporan(s2.nps), nilaiLaporan(s2.kriteria));
      }
      const r = w.baris(null, teks('Organisasi'), l.indikator.length, nilaiLaporan(l.organisasi.nps), nilaiLaporan(l.organisasi.kriteria));
      w.format(r, 0, 1, 5, { ...KELOMPOK, background: '#BDD7EE' });
    },
    [
      { col: 1, f: { wrap: true } },
      { col: 2, f: { align: 'center' } },
      { col: 3, f: { numberFormat: FORMAT.persen } },
    ],
  );
  w.kriteria(tNps.awal, 4, tNps.akhir - tNps.awal);

  // Charts 1 and 2 side by side under Tabel 2 (their data are at the end of the sheet).
  const barisGrafik = w.r;
  w.kosong(BARIS_GRAFIK);

  if (l.anggaran) {
    const ag = l.anggaran;
    w.tabel(
      'Tabel 3. Pagu dan realisasi anggaran per sasaran (serapan)',
      ['No', 'Sasaran', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Porsi pagu (%)'],
      () => {
        for (const b of ag.baris) w.baris(b.no, teks(b.sasaran), nilaiLaporan(b.pagu), nilaiLaporan(b.realisasi), nilaiLaporan(b.serapan), b.porsi === null ? KOSONG : b.porsi);
        if (ag.jumlah) {
          const r = w.baris(null, teks('Jumlah'), nilaiLaporan(ag.jumlah.pagu), nilaiLaporan(ag.jumlah.realisasi), nilaiLaporan(ag.jumlah.serapan), 100);
          w.format(r, 0, 1, 6, KELOMPOK);
        }
      },
      [
        { col: 1, f: { wrap: true } },
        { col: 2, f: { numberFormat: FORMAT.rupiah } },
        { col: 3, f: { numberFormat: FORMAT.rupiah } },
        { col: 4, f: { numberFormat: FORMAT.persen } },
        { col: 5, f: { numberFormat: FORMAT.persen } },
      ],
    );
    w.tabel(
      'Tabel 4. Efisiensi per sasaran (bentuk Tabel 20 LAKIP: IE = capaian output / serapan, SE = 1, TE = (IE − SE) / SE)',
      ['No', 'Sasaran', 'Capaian output (%)', 'Serapan anggaran (%)', 'IE', 'TE', 'Kategori'],
      () => {
        for (const b of ag.baris) w.baris(b.no, teks(b.sasaran), nilaiLaporan(b.capaianOutput), nilaiLaporan(b.serapan), nilaiLaporan(b.ie), nilaiLaporan(b.te), nilaiLaporan(b.kategori));
      },
      [
        { col: 1, f: { wrap: true } },
        { col: 2, f: { numberFormat: FORMAT.persen } },
        { col: 3, f: { numberFormat: FORMAT.persen } },
        { col: 4, f: { numberFormat: FORMAT.persen } },
        { col: 5, f: { numberFormat: FORMAT.persen } },
      ],
    );
  }

  // III. Comparisons.
  w.judul('III. PERBANDINGAN');
  if (l.renstra) {
    const rs = l.renstra;
    const ini = rs.tahunIni;
    const lalu = ini !== null && rs.tahun.includes(ini - 1) ? ini - 1 : null;
    w.tabel(
      `Tabel 5. Realisasi tahun ini dibanding tahun lalu dan target akhir Renstra ${rs.tahunAwal}–${rs.tahunAkhir}`,
      ['Kode', 'Indikator', `Target ${rs.tahunAkhir} (akhir Renstra)`, `Realisasi ${lalu ?? 'tahun lalu'}`, `Realisasi ${ini ?? 'tahun ini'}`, 'Perubahan dari tahun lalu', 'Capaian terhadap target akhir Renstra (%)', 'Tahun realisasi terakhir'],
      () => {
        for (const b of rs.baris) {
          w.baris(
            teksTulis(b.kode),
            teks(b.nama),
            nilaiLaporan(b.targetAkhir),
            lalu === null ? KOSONG : nilaiLaporan(b.realisasi[lalu]),
            ini === null ? KOSONG : nilaiLaporan(b.realisasi[ini]),
            nilaiLaporan(b.perubahan),
            nilaiLaporan(b.capaianAkhir),
            nilaiLaporan(b.tahunTerakhir),
          );
        }
      },
      [
        { col: 1, f: { wrap: true } },
        { col: 6, f: { numberFormat: FORMAT.persen } },
      ],
    );
    w.paragraf(
      `Capaian terhadap target akhir Renstra memakai realisasi tahun terakhir yang ada (kolom terakhir). Perubahan dari tahun lalu diisi bila realisasi ${ini ?? 'tahun ini'} dan ${lalu ?? 'tahun lalu'} ada. "${KOSONG}" berarti tahun itu belum diisi di lembar Renstra (atau RAPK), bukan nol.`,
    );
    w.kosong();
    w.tabel(
      `Tabel 6. Tren realisasi per tahun Renstra ${rs.tahunAwal}–${rs.tahunAkhir}`,
      ['Kode', 'Indikator', ...rs.tahun.map((y) => `Realisasi ${y}`), 'Arah'],
      () => {
        for (const b of rs.baris) w.baris(teksTulis(b.kode), teks(b.nama), ...rs.tahun.map((y) => nilaiLaporan(b.realisasi[y])), teks(b.arah));
      },
      [{ col: 1, f: { wrap: true } }],
    );
  }

  let grafik3: { pilih: number; data: number; n: number } | null = null;
  let tPer: { awal: number; akhir: number } | null = null;
  if (l.periode && l.periode.indikator.length) {
    const per = l.periode;
    tPer = w.tabel(
      `Tabel 7. Target dan realisasi per periode (${per.nama.length} periode; dari lembar RAPK)`,
      ['Kode', 'Indikator', 'Periode', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'],
      () => {
        for (const x of per.indikator) {
          x.per.forEach((q, i) => w.baris(teksTulis(x.kode), i === 0 ? teks(x.nama) : null, teks(q.nama), nilaiLaporan(q.target), nilaiLaporan(q.realisasi), nilaiLaporan(q.capaian), nilaiLaporan(q.kriteria)));
        }
      },
      [
        { col: 1, f: { wrap: true } },
        { col: 5, f: { numberFormat: FORMAT.persen } },
      ],
    );
    w.kriteria(tPer.awal, 6, tPer.akhir - tPer.awal);
  }

  // IV. Kinerja pengadaan (UKPBJ): the Capaian UKPBJ sheet's table as that sheet computed it.
  if (l.ukpbj) {
    const u = l.ukpbj;
    w.kosong();
    w.judul('IV. KINERJA PENGADAAN BARANG/JASA (UKPBJ)');
    const tU = w.tabel(
      `Tabel 8. Capaian kinerja UKPBJ per indikator, kumulatif s.d. ${l.namaPeriode}${th} (dari lembar ${u.lembar})`,
      ['Kode', 'Indikator', 'n paket', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria', 'Rencana aksi'],
      () => {
        // n is blank for a single-value indicator (IKM, ITKP): not applicable, not "data belum ada".
        for (const x of u.indikator) w.baris(teksTulis(x.kode), teks(x.nama), x.n === null || x.n === '' ? null : nilaiLaporan(x.n), nilaiLaporan(x.target), nilaiLaporan(x.realisasi), nilaiLaporan(x.capaian), nilaiLaporan(x.kriteria), nilaiLaporan(x.rencanaAksi));
      },
      [
        { col: 1, f: { wrap: true } },
        { col: 5, f: { numberFormat: FORMAT.persen } },
      ],
    );
    w.kriteria(tU.awal, 6, tU.akhir - tU.awal);
    w.paragraf(teksUkpbj(u, TOMBOL_LAPORAN));
  }

  // The data the charts read (values; chart 3's follow the Kode typed in its cell).
  w.judul('Data grafik (dibaca oleh grafik di lembar ini; "#N/A" = data belum ada, tidak digambar sebagai nol)');
  const h1 = w.baris(teks('No'), teks('Sasaran'), teks('Capaian (NPS, %)'), teks('Target (100%)'));
  w.format(h1, 0, 1, 4, HEADER);
  const d1 = w.r;
  for (const s2 of l.sasaran) w.baris(s2.no, teks(`${s2.no}. ${potong(s2.nama, 32)}`), s2.npsAngka ?? '=NA()', 100);
  const n1 = w.r - d1;
  w.format(d1, 2, n1, 2, { numberFormat: FORMAT.persen });
  w.kosong();
  const h2 = w.baris(null, teks('Perspektif'), teks('NPS (%)'));
  w.format(h2, 0, 1, 3, HEADER);
  const d2 = w.r;
  for (const g of l.perspektif) w.baris(teks(g.huruf), teks(potong(g.nama || '(tanpa perspektif)', 32)), g.npsAngka ?? '=NA()');
  w.baris(null, teks('Organisasi'), l.organisasi.npsAngka ?? '=NA()');
  const n2 = w.r - d2;
  w.format(d2, 2, n2, 1, { numberFormat: FORMAT.persen });
  w.kosong();
  if (tPer && l.periode) {
    const per = l.periode;
    const pilihan = per.indikator.find((x) => x.iku) ?? per.indikator[0];
    const rPilih = w.baris(null, teks('Kode indikator grafik 3 (ketik Kode lain):'), teksTulis(pilihan.kode));
    w.format(rPilih, 1, 1, 1, { bold: true, align: 'right' });
    w.format(rPilih, 2, 1, 1, { bold: true, background: '#FFF9E6' });
    const pilih = a1(rPilih, 2).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
    const rng = (c: number): string => a1Range(tPer!.awal, c, tPer!.akhir - tPer!.awal, 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const cocok = `MATCH(${pilih},${rng(0)},0)`;
    w.rows[rPilih][3] = `=IFERROR(INDEX(${rng(1)},${cocok}),"Kode tidak ada di Tabel 7")`;
    const h3 = w.baris(null, teks('Periode'), teks('Target'), teks('Realisasi'));
    w.format(h3, 0, 1, 4, HEADER);
    const d3 = w.r;
    per.nama.forEach((q, k) => {
      const ambil = (c: number): string => `=IFERROR(IF(ISNUMBER(INDEX(${rng(c)},${cocok}+${k})),INDEX(${rng(c)},${cocok}+${k}),NA()),NA())`;
      w.baris(null, teks(q), ambil(3), ambil(4));
    });
    grafik3 = { pilih: rPilih, data: d3, n: per.nama.length };
    w.kosong(Math.max(1, BARIS_GRAFIK - per.nama.length - 1));
  }

  // Charts.
  const lebar = (dari: number, sampai: number): number => LEBAR_KOLOM_LAPORAN.slice(dari, sampai + 1).reduce((a, b) => a + b, 0) - 10;
  const rentang = (r: number, c: number, n: number): string => a1Range(r, c, Math.max(1, n), 1);
  w.grafik.push({
    nama: 'Kinerja_CapaianSasaran',
    jenis: 'kolomGaris',
    judul: `Grafik 1. Capaian per sasaran (NPS, %), ${l.namaPeriode}${th}`,
    kategori: rentang(d1, 1, n1),
    seri: [
      { nama: 'Capaian (NPS)', range: rentang(d1, 2, n1), jenis: 'kolom', warna: '#2E75B6' },
      { nama: 'Target (100%)', range: rentang(d1, 3, n1), jenis: 'garis', warna: '#C00000' },
    ],
    posisi: { sel: a1(barisGrafik, 0), lebar: lebar(0, 2), tinggi: TINGGI_GRAFIK },
    sumbuY: '%',
  });
  w.grafik.push({
    nama: 'Kinerja_NpsPerspektif',
    jenis: 'kolom',
    judul: `Grafik 2. NPS per perspektif dan organisasi, ${l.namaPeriode}${th}`,
    kategori: rentang(d2, 1, n2),
    seri: [{ nama: 'NPS', range: rentang(d2, 2, n2), jenis: 'kolom', warna: '#548235' }],
    posisi: { sel: a1(barisGrafik, 3), lebar: lebar(3, 7), tinggi: TINGGI_GRAFIK },
    sumbuY: '%',
  });
  if (grafik3) {
    w.grafik.push({
      nama: 'Kinerja_TargetRealisasi',
      jenis: 'garis',
      judul: `Grafik 3. Target dan realisasi per periode (indikator di sel ${a1(grafik3.pilih, 2)})`,
      kategori: rentang(grafik3.data, 1, grafik3.n),
      seri: [
        { nama: 'Target', range: rentang(grafik3.data, 2, grafik3.n), jenis: 'garis', warna: '#7F7F7F' },
        { nama: 'Realisasi', range: rentang(grafik3.data, 3, grafik3.n), jenis: 'garis', warna: '#2E75B6' },
      ],
      posisi: { sel: a1(grafik3.pilih, 4), lebar: lebar(4, 7), tinggi: TINGGI_GRAFIK },
    });
  }

  const ops: WriteOp[] = [];
  if (ada) ops.push({ op: 'deleteSheet', sheet: ada.name });
  ops.push({ op: 'addSheet', sheet: nama });
  ops.push({ op: 'setValues', sheet: nama, row: 0, col: 0, values: w.rows });
  ops.push(...w.ops);
  ops.push({ op: 'columnWidths', sheet: nama, widths: [...LEBAR_KOLOM_LAPORAN] });
  ops.push(opCetak(nama, 0, 1));
  for (const g of w.grafik) ops.push({ op: 'chart', sheet: nama, chart: g });
  ops.push({ op: 'activate', sheet: nama });
  ops.push({ op: 'select', sheet: nama, cell: 'A1' });

  const org = l.organisasi.npsAngka !== null ? `NPS organisasi ${angkaTeks(l.organisasi.npsAngka)} (${String(l.organisasi.kriteria ?? '')})` : 'NPS organisasi belum dapat dihitung';
  const ringkasan = `Lembar ${nama} ${ada ? 'ditulis ulang' : 'dibuat'}: ${l.namaPeriode}${th}, ${l.indikator.length} indikator, ${l.sasaran.length} sasaran; ${org}; ${w.grafik.length} grafik.`;
  const catatan = [...l.peringatan];
  return { ok: true, plan: { ops, ringkasan, catatan }, laporan: l };
}
