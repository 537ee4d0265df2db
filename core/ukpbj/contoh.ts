/**
 * The example of "Sisipkan templat UKPBJ" (a made-up Kabupaten Contoh, marked
 * as such on every sheet it fills): 60 paket shaped like an ISB export, so the
 * views show numbers at once, with what real data holds (UKPBJ.md §0, §5):
 * a re-tender, paket still Berlangsung with planned dates in the future, a
 * failed and a budget-cancelled tender, PDN left blank for some contracts,
 * one contract value typed ×10, a consolidated paket with two Kode RUP,
 * e-purchasing orders without HPS, and targets, rencana aksi and single
 * values for the survey, kematangan and ITKP indicators.
 */
import { WriteValue } from '../workbook';
import { HeaderPaket, PAKET_HEADER } from './kolom';
import { serialTanggal } from './tanggal';

export const TANDA_CONTOH = 'Contoh rekaan Kinerja';

/** mulberry32: a small deterministic generator, so the example is the same on every host (the tests' generator too). */
export function acak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const OPD_CONTOH = ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Kesehatan', 'Dinas Pendidikan', 'RSUD Kabupaten Contoh', 'Dinas Perhubungan', 'Sekretariat Daerah'];

export const AREA_CONTOH: ReadonlyArray<[string, string, string, string]> = [
  ['A1', 'Infrastruktur jalan dan jembatan', 'a', 'Dinas PUPR'],
  ['A2', 'Layanan kesehatan', 'a; b', 'Dinas Kesehatan, RSUD'],
  ['A3', 'Pendidikan dasar', 'c', 'Dinas Pendidikan'],
  ['A4', 'Belanja barang operasional', 'b; c', 'Semua OPD'],
];

const AREA_OPD: Record<string, string> = {
  'Dinas Pekerjaan Umum dan Penataan Ruang': 'A1',
  'Dinas Kesehatan': 'A2',
  'RSUD Kabupaten Contoh': 'A2',
  'Dinas Pendidikan': 'A3',
  'Dinas Perhubungan': 'A1',
  'Sekretariat Daerah': 'A4',
};

type Rekaman = Partial<Record<HeaderPaket, WriteValue>>;

/** The example paket for `tahun`, as Paket rows (dates as serials). */
export function paketContoh(tahun: number): Rekaman[] {
  // The same paket whatever the year (only the dates move with it).
  const r = acak(20250301);
  const pilih = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const bulat = (x: number, ke = 1000): number => Math.round(x / ke) * ke;
  const out: Rekaman[] = [];
  for (let i = 0; i < 60; i++) {
    const opd = OPD_CONTOH[i % OPD_CONTOH.length];
    const konstruksi = opd.startsWith('Dinas Pekerjaan') || opd === 'Dinas Perhubungan';
    const katalog = i % 10 === 7;
    const nonTender = !katalog && i % 3 === 2;
    const metode = katalog ? 'E-purchasing' : nonTender ? pilih(['Pengadaan Langsung', 'Pengadaan Langsung', 'Penunjukan Langsung']) : konstruksi ? pilih(['Tender', 'Tender', 'Tender Cepat']) : pilih(['Tender', 'Seleksi', 'Tender']);
    const jenis = konstruksi ? 'Pekerjaan Konstruksi' : metode === 'Seleksi' ? 'Jasa Konsultansi' : pilih(['Barang', 'Barang', 'Jasa Lainnya']);
    const pagu = katalog ? bulat(50_000_000 + r() * 400_000_000) : nonTender ? bulat(50_000_000 + r() * 150_000_000) : bulat(300_000_000 + r() * 4_700_000_000, 1_000_000);
    const hps = katalog ? null : bulat(pagu * (0.9 + r() * 0.09));
    // Awards fall from February to December; ten paket are still running late in the year.
    const bulan = 2 + (i % 11);
    const umum = serialTanggal(tahun, bulan, 1 + Math.floor(r() * 20));
    const lama = nonTender || katalog ? 3 + Math.floor(r() * 10) : metode === 'Tender Cepat' ? 8 + Math.floor(r() * 8) : 20 + Math.floor(r() * 40);
    const tetap = umum + lama;
    const berlangsung = i >= 50;
    const kode = String(9_000_000 + 137 * i);
    const rec: Rekaman = {
      'Kode paket': kode,
      'Kode RUP': String(40_000_000 + 311 * i),
      'Kode tender': katalog ? null : String(10_000_000 + 29 * i),
      Versi: katalog ? null : 1,
      'Tahun anggaran': tahun,
      'Nama paket': `${katalog ? 'Belanja e-katalog' : konstruksi ? 'Rehabilitasi' : jenis === 'Jasa Konsultansi' ? 'Jasa konsultansi' : 'Pengadaan'} ${pilih(['jalan', 'gedung', 'alat', 'bahan', 'sarana', 'perlengkapan'])} ${opd.replace(/^Dinas |^RSUD /, '').toLowerCase()} paket ${i + 1}`,
      'K/L/PD': 'Kabupaten Contoh',
      'Kode satker': `1.0${(i % 6) + 1}.2.15.1.04.03.0000`,
      OPD: opd,
      'Jenis pengadaan': jenis,
      'Metode pemilihan': metode,
      'Sumber dana': 'APBD',
      'Area strategis': AREA_OPD[opd],
      Status: berlangsung ? 'Berlangsung' : 'Selesai',
      Pagu: pagu,
      HPS: hps,
      'Tgl rencana pemilihan': katalog ? null : tetap + (r() < 0.8 ? 10 : -5),
      'Tgl buat paket': umum - 7,
      'Tgl pengumuman': umum,
      'Tgl penetapan pemenang': tetap,
      'Sumber impor': TANDA_CONTOH,
    };
    if (!berlangsung) {
      const kontrak = katalog ? bulat(pagu * (0.85 + r() * 0.14)) : bulat((hps as number) * (0.8 + r() * 0.19));
      rec['Nilai penawaran'] = katalog ? null : bulat(kontrak * 1.01);
      rec['Nilai terkoreksi'] = katalog ? null : kontrak;
      rec['Nilai negosiasi'] = nonTender ? kontrak : null;
      rec['Nilai kontrak'] = kontrak;
      // PDN and UMK are recorded for about three contracts in five: the rest stay blank (not 0).
      if (i % 5 !== 1 && i % 5 !== 3) rec['Nilai PDN'] = bulat(kontrak * (0.4 + r() * 0.6));
      if (i % 5 !== 3) rec['Nilai UMK'] = nonTender || katalog ? kontrak : bulat(kontrak * r() * 0.5);
      rec['Tgl kontrak'] = tetap + 5 + Math.floor(r() * 10);
      rec['No kontrak'] = i % 4 === 0 ? null : `${kode}/SP/${tahun}`;
      rec.Penyedia = `CV ${pilih(['Maju', 'Sejahtera', 'Karya', 'Mandiri', 'Sentosa'])} ${pilih(['Jaya', 'Abadi', 'Utama'])}`;
      if (!katalog && !nonTender) rec['Jumlah sanggah'] = i % 7 === 0 ? 1 : 0;
    } else {
      // Still running: the award and contract dates are the planned ones (ISB's TenderSelesaiNilai lists them too).
      rec['Tgl penetapan pemenang'] = serialTanggal(tahun + 1, 1, 10 + (i % 10));
    }
    out.push(rec);
  }
  // Real data: a re-tender (same Kode paket, a new Kode tender, versi 2) …
  Object.assign(out[4], { Versi: 2, 'Kode tender sebelumnya': String(10_000_000 + 29 * 4), 'Kode tender': String(10_900_004) });
  // … a failed tender, and one cancelled because the budget was cut (UKPBJ.md §9 q5) …
  Object.assign(out[12], { Status: 'Gagal/Batal', 'Keterangan': 'Tidak ada peserta yang lulus evaluasi', 'Nilai kontrak': null, 'Nilai PDN': null, 'Nilai UMK': null, 'Tgl kontrak': null, 'No kontrak': null, 'Nilai terkoreksi': null, 'Nilai penawaran': null, Penyedia: null });
  Object.assign(out[24], { Status: 'Gagal/Batal', 'Keterangan': 'Dibatalkan karena efisiensi anggaran', 'Nilai kontrak': null, 'Nilai PDN': null, 'Nilai UMK': null, 'Tgl kontrak': null, 'No kontrak': null, 'Nilai terkoreksi': null, 'Nilai penawaran': null, Penyedia: null });
  // … a contract typed ×10 (UKPBJ.md §0.6) …
  out[9]['Nilai kontrak'] = (out[9]['Nilai kontrak'] as number) * 10;
  // … and a consolidated paket of two RUP.
  out[15]['Kode RUP'] = `${out[15]['Kode RUP']};${40_000_000 + 311 * 99}`;
  return out;
}

export function barisPaketContoh(tahun: number): WriteValue[][] {
  return paketContoh(tahun).map((p) => PAKET_HEADER.map((h) => {
    const v = p[h as HeaderPaket];
    return v === undefined ? null : v;
  }));
}

/** Baseline, target and pola per indicator, and the single values typed per period. */
export const TARGET_CONTOH: Record<string, { baseline: WriteValue; target: WriteValue; pola: string; realisasi?: Record<string, WriteValue> }> = {
  'EF-P': { baseline: 7.2, target: 8, pola: 'tetap' },
  'EF-H': { baseline: 6.1, target: 6, pola: 'tetap' },
  'EF-HR': { baseline: 8.6, target: 8, pola: 'tetap' },
  'WT-D': { baseline: 38, target: 35, pola: 'tetap' },
  'WT-T': { baseline: 70, target: 80, pola: 'tetap' },
  GG: { baseline: 16.3, target: 10, pola: 'tetap' },
  TU: { baseline: 12, target: 8, pola: 'tetap' },
  PDN: { baseline: 45.9, target: 95, pola: 'tetap' },
  UMK: { baseline: 38, target: 40, pola: 'tetap' },
  EK: { baseline: 60, target: 90, pola: 'kumulatif' },
  SG: { baseline: 12, target: 10, pola: 'tetap' },
  IKM: { baseline: 84.15, target: 88, pola: 'akhir', realisasi: { B6: 86.2, B12: 88.05 } },
  KMT: { baseline: 'Esensi', target: 'Proaktif', pola: 'akhir', realisasi: { B12: 'Esensi' } },
  ITKP: { baseline: 82.5, target: 90, pola: 'akhir', realisasi: { B12: 88.4 } },
};

/** A few actions per indicator. */
export const AKSI_CONTOH: ReadonlyArray<[string, string, string, string, string, string]> = [
  ['EF-H', 'Reviu HPS paket konstruksi di atas Rp1 miliar sebelum diumumkan', 'Kepala UKPBJ', 'B6', 'selesai', 'Notulen reviu HPS'],
  ['EF-H', 'Klinik penyusunan HPS untuk PPK', 'Tim Pengelolaan Kelembagaan', 'B9', 'proses', ''],
  ['WT-D', 'Jadwal pokja per kuartal agar tender tidak menumpuk', 'Kepala UKPBJ', 'B3', 'selesai', 'SK pembagian pokja'],
  ['WT-T', 'Sinkronkan jadwal pemilihan RUP dengan rencana pokja', 'PJ kinerja OPD', 'B6', 'proses', ''],
  ['GG', 'Pendampingan penyusunan spesifikasi teknis', 'Tim Pengelolaan Kelembagaan', 'B6', 'belum', ''],
  ['PDN', 'Isi nilai PDN setiap kontrak di e-Kontrak', 'PPK', 'B3', 'proses', 'Surat edaran'],
  ['UMK', 'Paket di bawah Rp15 miliar dicadangkan untuk usaha kecil', 'PA/KPA', 'B12', 'belum', ''],
  ['IKM', 'Survei kepuasan semester I dan II', 'Sekretariat UKPBJ', 'B12', 'proses', 'Kuesioner'],
];

/** Standar waktu pemilihan of the example (hari kalender: the example's own, not an official figure). */
export const STANDAR_CONTOH: Record<string, number> = { Tender: 45, 'Tender Cepat': 20, Seleksi: 60, 'Pengadaan Langsung': 14, 'Penunjukan Langsung': 14 };
