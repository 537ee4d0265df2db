/**
 * One rule, two renderings, for UKPBJ: every cell of Kinerja Paket, Paket per
 * Indikator and the n, n dikecualikan and realisasi of Capaian UKPBJ, as
 * HyperFormula computes the native formulas "Sisipkan templat UKPBJ" writes,
 * must equal core's compile (core/ukpbj/hitung.ts) of the same workbook, over
 * generated Paket sheets: blanks, text where a number or date belongs, typed
 * totals, rows keyed by Kode RUP only, every status and metode, the ×10 typo,
 * budget cancellations, and every periode laporan.
 */
import fc from 'fast-check';
import { BukuKerjaWeb } from '../web/workbook-web';
import { BACA_UKPBJ, planTemplatUkpbj } from '../core/ukpbj/templat';
import { LEMBAR_UKPBJ, PAKET_KOLOM } from '../core/ukpbj/kolom';
import { bacaUkpbj } from '../core/ukpbj/model';
import { kompilasi, kompilasiKelompok } from '../core/ukpbj/hitung';
import { kelompokLaporan } from '../core/ukpbj/templat';
import { LAPORAN_KELOMPOK_HEADER, TEKS_MEDIAN_KELOMPOK } from '../core/lembar/ukpbj-laporan';
import { KP_KOLOM } from '../core/ukpbj/perpaket';
import { BARIS_HEADER_KP } from '../core/lembar/ukpbj-paket';
import { BARIS_HEADER_PPI, CAPAIAN_HEADER, BARIS_HEADER_CAPAIAN, KOLOM_AWAL_BLOK, indikatorBlok } from '../core/lembar/ukpbj-hitung';
import { BARIS_HEADER_UKPBJ } from '../core/lembar/ukpbj-isian';
import { bacaModelPengaturan } from '../core/model/pengaturan';
import { CellInput, CellOutput, errorFromText } from '../core/values';
import { WorkbookSnapshot, WriteValue, getSheet } from '../core/workbook';
import { Hasil, dariCore, sama, tampilHasil } from './helpers/setara';
import { SHEET } from '../core/layout';

const RUNS = Number(process.env.KINERJA_KASUS_UKPBJ ?? 25);
const TAHUN = 2026;

const keHasil = (v: CellInput): Hasil => {
  if (typeof v === 'string') {
    const e = errorFromText(v);
    if (e) return { jenis: 'galat', kode: e.code };
  }
  return dariCore((v ?? null) as CellOutput);
};

const uang = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5_000_000_000 }).map((x) => x as WriteValue) },
  { weight: 2, arbitrary: fc.constant(null as WriteValue) },
  { weight: 1, arbitrary: fc.constant(0 as WriteValue) },
  { weight: 1, arbitrary: fc.constantFrom<WriteValue>('abc', 'n/a', '-') },
);
const tanggal = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 45900, max: 46450 }).map((x) => x as WriteValue) },
  // A few dates many rows share, so bounds meet exactly (tepat waktu on its last day, a period's last day).
  { weight: 3, arbitrary: fc.constantFrom<WriteValue>(46022, 46023, 46053, 46112, 46203, 46387, 46388) },
  { weight: 2, arbitrary: fc.constant(null as WriteValue) },
  { weight: 1, arbitrary: fc.constantFrom<WriteValue>('besok', 'belum') },
);

/** One Paket row: values by header. */
const baris = fc
  .record({
    kode: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 99999 }).map(String) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('Jumlah') }),
    rup: fc.oneof(fc.integer({ min: 1, max: 9999 }).map(String), fc.constant(''), fc.constant('11;12')),
    metode: fc.constantFrom('Tender', 'Tender Cepat', 'Seleksi', 'Pengadaan Langsung', 'E-purchasing', 'Swakelola', '', 'tender'),
    jenis: fc.constantFrom('Barang', 'Pekerjaan Konstruksi', 'Jasa Lainnya', ''),
    status: fc.constantFrom('Selesai', 'Selesai', 'Selesai', 'Berlangsung', 'Gagal/Batal', 'Batal', '', 'Selesai '),
    area: fc.constantFrom('A1', 'A2; A1', 'a1', '', 'A3'),
    opd: fc.constantFrom('Dinas PUPR', 'Dinas Kesehatan', ''),
    pagu: uang,
    hps: uang,
    kontrak: uang,
    pdn: uang,
    umk: uang,
    umum: tanggal,
    tetap: tanggal,
    tglKontrak: tanggal,
    rencana: tanggal,
    versi: fc.constantFrom<WriteValue>(1, 2, null, 'dua'),
    ket: fc.constantFrom<WriteValue>(null, 'batal karena anggaran', 'tidak ada peserta'),
    noKontrak: fc.constantFrom<WriteValue>(null, 'SP-1'),
    sanggah: fc.constantFrom<WriteValue>(null, 0, 1, 2, 'ya'),
  })
  .map((x): Record<string, WriteValue> => ({
    'Kode paket': x.kode || null,
    'Kode RUP': x.rup || null,
    'Nama paket': `Paket ${x.kode}`,
    'Metode pemilihan': x.metode || null,
    'Jenis pengadaan': x.jenis || null,
    Status: x.status || null,
    'Area strategis': x.area || null,
    OPD: x.opd || null,
    Pagu: x.pagu,
    HPS: x.hps,
    'Nilai kontrak': x.kontrak,
    'Nilai PDN': x.pdn,
    'Nilai UMK': x.umk,
    'Tgl pengumuman': x.umum,
    'Tgl penetapan pemenang': x.tetap,
    'Tgl kontrak': x.tglKontrak,
    'Tgl rencana pemilihan': x.rencana,
    Versi: x.versi,
    Keterangan: x.ket,
    'No kontrak': x.noKontrak,
    'Jumlah sanggah': x.sanggah,
  }));

const kasus = fc.record({
  rows: fc.array(baris, { minLength: 5, maxLength: 40 }),
  periode: fc.integer({ min: 1, max: 12 }),
  standar: fc.array(fc.oneof(fc.integer({ min: 1, max: 90 }).map((x) => x as WriteValue), fc.constant(null as WriteValue)), { minLength: 6, maxLength: 6 }),
  batalAnggaran: fc.constantFrom<WriteValue>('Tidak', 'Ya', null),
});

const hitungan = { isi: 0, ya: 0, angkaCapaian: 0, kelompok: 0 };

function bandingkan(wb: WorkbookSnapshot, galat: string[]): void {
  const mp = bacaModelPengaturan(wb);
  const m = bacaUkpbj(wb);
  const h = kompilasi(m, mp.tahun, mp.periodeLaporan);
  const kp = getSheet(wb, LEMBAR_UKPBJ.KINERJA_PAKET);
  const ppi = getSheet(wb, LEMBAR_UKPBJ.PAKET_INDIKATOR);
  const cap = getSheet(wb, LEMBAR_UKPBJ.CAPAIAN);
  const cek = (di: string, hf: CellInput, core: CellOutput): void => {
    const a = keHasil(hf);
    const b = dariCore(core);
    if (!sama(a, b)) galat.push(`${di}: lembar ${tampilHasil(a)}, core ${tampilHasil(b)}`);
    if (b.jenis !== 'kosong') hitungan.isi++;
    if (core === 'Ya') hitungan.ya++;
    if (di.startsWith('Capaian') && di.endsWith('realisasi') && b.jenis === 'angka') hitungan.angkaCapaian++;
  };
  h.kp.forEach((row, i) => {
    KP_KOLOM.forEach((k, c) => {
      if (k === 'No') return;
      cek(`KP baris ${i + 1} ${k}`, kp?.values[BARIS_HEADER_KP + 1 + i]?.[c] ?? null, row[k]);
    });
  });
  const blok = indikatorBlok(m.indikator?.rows ?? []);
  blok.forEach((b, j) => {
    const x = h.indikator.find((y) => y.ind.kode === b.kode);
    x?.blok.forEach((bl, i) => {
      const r = ppi?.values[BARIS_HEADER_PPI + 1 + i] ?? [];
      const c = KOLOM_AWAL_BLOK + 3 * j;
      cek(`PPI ${b.kode} baris ${i + 1} ikut`, r[c] ?? null, bl.ikut);
      cek(`PPI ${b.kode} baris ${i + 1} a`, r[c + 1] ?? null, bl.a);
      cek(`PPI ${b.kode} baris ${i + 1} b`, r[c + 2] ?? null, bl.b);
    });
    const cr = cap?.values.find((r, i) => i > BARIS_HEADER_CAPAIAN && r?.[0] === b.kode) ?? [];
    cek(`Capaian ${b.kode} n`, cr[CAPAIAN_HEADER.indexOf('n dihitung')] ?? null, x?.agregat?.n ?? null);
    cek(`Capaian ${b.kode} n dikecualikan`, cr[CAPAIAN_HEADER.indexOf('n dikecualikan')] ?? null, x?.agregat?.nKecuali ?? null);
    cek(`Capaian ${b.kode} realisasi`, cr[CAPAIAN_HEADER.indexOf('Realisasi')] ?? null, x?.agregat?.realisasi ?? null);
  });
  // Laporan UKPBJ: each indicator per area strategis and per OPD.
  const lap = getSheet(wb, LEMBAR_UKPBJ.LAPORAN);
  const kel = kelompokLaporan(m);
  expect(kel.filter((g) => g.jenis === 'area').length).toBe(3);
  for (const g of kel) {
    for (const b of blok) {
      const rows = (lap?.values ?? []).filter((r) => r?.[0] === g.label && r?.[1] === b.kode);
      expect(rows.length).toBe(1);
      const r = rows[0];
      const hasil = kompilasiKelompok(h, g.jenis, g.nilai, b.kode);
      const nKol = LAPORAN_KELOMPOK_HEADER.indexOf('n dihitung');
      const rKol = LAPORAN_KELOMPOK_HEADER.indexOf('Realisasi');
      if (hasil === 'median') cek(`Laporan ${g.label} ${b.kode} realisasi`, r[rKol] ?? null, TEKS_MEDIAN_KELOMPOK);
      else {
        cek(`Laporan ${g.label} ${b.kode} n`, r[nKol] ?? null, hasil?.n ?? null);
        cek(`Laporan ${g.label} ${b.kode} realisasi`, r[rKol] ?? null, hasil?.realisasi ?? null);
        if (typeof hasil?.realisasi === 'number') hitungan.kelompok++;
      }
    }
  }
}

const TAMBAHAN: WriteValue[][] = [
  ['NK', 'Nilai kontrak A1 (Σ)', null, null, null, 'rupiah', 'positif', null, null, null, 'JUMLAH', 'Nilai kontrak', null, 'dihitung 0', 'Selesai', 'kecuali Swakelola', null, 'A1', 'Dinas PUPR', 'Tgl kontrak', null],
  ['ALL', 'Semua paket', null, null, null, '%', 'positif', null, null, null, 'PERSEN_HITUNG', 'Paket', null, null, null, null, null, null, null, null, null],
  ['MP', 'Median efisiensi pagu', null, null, null, '%', 'positif', null, null, null, 'MEDIAN', 'Efisiensi pagu (Rp)', 'Pagu', 'dihitung 0', 'Selesai; Berlangsung', null, 'Barang; Jasa Lainnya', null, null, 'Tgl pengumuman', null],
];

test(`Kinerja Paket, Paket per Indikator, Capaian UKPBJ dan Laporan UKPBJ (rumus bawaan di HyperFormula) sama dengan core, ${RUNS} buku kerja acak`, () => {
  let sel = 0;
  fc.assert(
    fc.property(kasus, (k) => {
      const bk = new BukuKerjaWeb();
      const r0 = planTemplatUkpbj(bk.bacaSnapshot(BACA_UKPBJ), { sekarang: `${TAHUN}-06-01T00:00:00Z` });
      if (!r0.ok) throw new Error(r0.pesan);
      bk.terapkanRencana(r0.plan);
      const snap0 = bk.bacaSnapshot(BACA_UKPBJ);
      const m0 = bacaUkpbj(snap0);
      const mp0 = bacaModelPengaturan(snap0);
      const peng = getSheet(snap0, SHEET.PENGATURAN);
      const cariLabel = (label: string): number => (peng?.values ?? []).findIndex((r) => r?.[0] === label);
      const tujuan = getSheet(snap0, LEMBAR_UKPBJ.TUJUAN);
      const barisArea = (tujuan?.values ?? []).findIndex((r) => r?.[0] === 'Kode area');
      const ops = [
        { op: 'setValues' as const, sheet: LEMBAR_UKPBJ.PAKET, row: BARIS_HEADER_UKPBJ + 1, col: 0, values: k.rows.map((x) => PAKET_KOLOM.map((c) => x[c.h] ?? null)) },
        { op: 'setValues' as const, sheet: LEMBAR_UKPBJ.INDIKATOR, row: BARIS_HEADER_UKPBJ + 1 + 14, col: 0, values: TAMBAHAN },
        { op: 'setValues' as const, sheet: SHEET.PENGATURAN, row: mp0.setelan.periode?.baris as number, col: 1, values: [['bulanan']] },
        { op: 'setValues' as const, sheet: SHEET.PENGATURAN, row: mp0.setelan.periodeLaporan?.baris as number, col: 1, values: [[`B${k.periode}`]] },
        { op: 'setValues' as const, sheet: SHEET.PENGATURAN, row: m0.setelan.baris.standar + 1, col: 1, values: k.standar.map((x) => [x]) },
        { op: 'setValues' as const, sheet: SHEET.PENGATURAN, row: cariLabel('Batal karena anggaran dihitung gagal'), col: 1, values: [[k.batalAnggaran]] },
        { op: 'setValues' as const, sheet: LEMBAR_UKPBJ.TUJUAN, row: barisArea + 1, col: 0, values: [['A1', 'Jalan'], ['A2', 'Kesehatan'], ['a3', 'Pendidikan']] },
      ];
      bk.terapkanRencana({ ops, ringkasan: '', catatan: [] });
      const r1 = planTemplatUkpbj(bk.bacaSnapshot(BACA_UKPBJ), { sekarang: `${TAHUN}-06-01T00:00:00Z` });
      if (!r1.ok) throw new Error(r1.pesan);
      bk.terapkanRencana(r1.plan);
      const wb = bk.bacaSnapshot(bk.namaLembar());
      expect(bacaModelPengaturan(wb).periodeLaporan).toBe(`B${k.periode}`);
      const galat: string[] = [];
      bandingkan(wb, galat);
      sel += k.rows.length;
      expect(galat.slice(0, 10)).toEqual([]);
    }),
    { numRuns: RUNS, seed: 20261130 },
  );
  expect(sel).toBeGreaterThan(RUNS * 5);
  // The corpus reaches the figures: cells with a value, paket counted, indicators with a number.
  expect(hitungan.isi).toBeGreaterThan(RUNS * 200);
  expect(hitungan.ya).toBeGreaterThan(RUNS * 3);
  expect(hitungan.angkaCapaian).toBeGreaterThan(RUNS * 2);
  expect(hitungan.kelompok).toBeGreaterThan(RUNS * 2);
});
