/**
 * UKPBJ (SOP 002/004, ../shared/docs/UKPBJ.md): the sheets, their columns and
 * the words the panel and the sheets use. One list per sheet; the readers,
 * the import and the views all take their headers from here.
 *
 *   Tujuan & Area      tujuan PBJ (Perpres 16/2018 Pasal 4) and the area strategis the UKPBJ picks
 *   Indikator UKPBJ    the manual indikator, the formula as data among its atribut
 *   Target             baseline and target per indicator, per period (pola as in the RAPK)
 *   Rencana Aksi       actions per indicator: PJ, jadwal, status, bukti
 *   Paket              the template data kinerja, one row per paket, keyed by Kode paket (Kode RUP before SPSE gives one)
 *   Kinerja Paket      computed per paket (SOP step 12)
 *   Paket per Indikator  computed per paket per indikator (SOP step 13): a, b or v, and whether it counts
 *   Capaian UKPBJ      computed per indikator for the periode laporan (step 13-14)
 *   Laporan UKPBJ      the report for the periode laporan (step 15)
 */

export const LEMBAR_UKPBJ = {
  TUJUAN: 'Tujuan & Area',
  INDIKATOR: 'Indikator UKPBJ',
  TARGET: 'Target',
  AKSI: 'Rencana Aksi',
  PAKET: 'Paket',
  KINERJA_PAKET: 'Kinerja Paket',
  PAKET_INDIKATOR: 'Paket per Indikator',
  CAPAIAN: 'Capaian UKPBJ',
  LAPORAN: 'Laporan UKPBJ',
} as const;

/** The sheets people type into ("Sisipkan templat UKPBJ" writes them). */
export const LEMBAR_ISIAN_UKPBJ = [LEMBAR_UKPBJ.TUJUAN, LEMBAR_UKPBJ.INDIKATOR, LEMBAR_UKPBJ.TARGET, LEMBAR_UKPBJ.AKSI, LEMBAR_UKPBJ.PAKET] as const;
/** The views Kinerja writes whole (never typed): each write replaces them. */
export const LEMBAR_TAMPILAN_UKPBJ = [LEMBAR_UKPBJ.KINERJA_PAKET, LEMBAR_UKPBJ.PAKET_INDIKATOR, LEMBAR_UKPBJ.LAPORAN] as const;

export const TOMBOL_UKPBJ = {
  templat: 'Sisipkan templat UKPBJ',
  impor: 'Impor paket',
  perbarui: 'Sisipkan templat UKPBJ',
} as const;

/** The sentence that marks a view as Kinerja's (and says not to type in it). */
export const PENANDA_TAMPILAN = 'Lembar ini dihitung oleh Kinerja';

// ---------------------------------------------------------------------------
// Paket: the template data kinerja (UKPBJ.md §4), with the SPSE/ISB/SiRUP field names each column reads on import.

export type JenisKolomPaket = 'kode' | 'teks' | 'angka' | 'tanggal' | 'daftar-kode';

export interface KolomPaket {
  h: string;
  jenis: JenisKolomPaket;
  /** Field names of SPSE/ISB, SiRUP, e-katalog and the LPSE web list that fill this column (lower case). */
  isb: string[];
  lebar: number;
  /** A short explanation (the note on the header cell). */
  ket?: string;
}

export const PAKET_KOLOM: readonly KolomPaket[] = [
  { h: 'Kode paket', jenis: 'kode', isb: ['kd_paket', 'kd_pkt_dce', 'kode_paket', 'kode', 'no_paket'], lebar: 100, ket: 'Kunci baris: kode paket SPSE (tetap sama saat tender ulang). Kosong selama paket baru ada di SiRUP: baris dikenali dari Kode RUP.' },
  { h: 'Nama paket', jenis: 'teks', isb: ['nama_paket', 'paket', 'rup_nama_pkt', 'nama_pkt'], lebar: 260 },
  { h: 'OPD', jenis: 'teks', isb: ['nama_satker', 'satuankerja', 'satuan_kerja', 'satker', 'opd'], lebar: 170 },
  { h: 'Metode pemilihan', jenis: 'teks', isb: ['mtd_pemilihan', 'metode_pengadaan', 'metode', 'metode_pemilihan'], lebar: 130 },
  { h: 'Jenis pengadaan', jenis: 'teks', isb: ['jenis_pengadaan', 'jenispengadaan', 'jenis_pekerjaan'], lebar: 120 },
  { h: 'Status', jenis: 'teks', isb: ['status_tender', 'status_nontender', 'status_pkt', 'status', 'tahapan', 'paket_status_str', 'status_pengiriman'], lebar: 95, ket: 'Selesai, Berlangsung, atau Gagal/Batal.' },
  { h: 'Area strategis', jenis: 'daftar-kode', isb: ['area_strategis'], lebar: 90, ket: 'Kode area strategis dari lembar Tujuan & Area (beberapa dipisah titik koma). Dipetakan UKPBJ (SOP langkah 10).' },
  { h: 'Pagu', jenis: 'angka', isb: ['pagu', 'total_pagu', 'pagu_rup'], lebar: 120 },
  { h: 'HPS', jenis: 'angka', isb: ['hps', 'nilai_hps'], lebar: 120 },
  { h: 'Nilai kontrak', jenis: 'angka', isb: ['nilai_kontrak', 'harga_final', 'total_harga', 'nilai_kontrak_lpse'], lebar: 120 },
  { h: 'Nilai PDN', jenis: 'angka', isb: ['nilai_pdn_kontrak', 'nilai_pdn'], lebar: 120, ket: 'Kosong berarti belum ada data (bukan 0).' },
  { h: 'Nilai UMK', jenis: 'angka', isb: ['nilai_umk_kontrak', 'nilai_umk'], lebar: 120, ket: 'Kosong berarti belum ada data (bukan 0).' },
  { h: 'Tgl pengumuman', jenis: 'tanggal', isb: ['tgl_pengumuman_tender', 'tgl_pengumuman_nontender', 'tgl_pengumuman', 'tgl_order'], lebar: 95 },
  { h: 'Tgl penetapan pemenang', jenis: 'tanggal', isb: ['tgl_penetapan_pemenang', 'tgl_selesai_nontender', 'tgl_penetapan'], lebar: 95 },
  { h: 'Tgl kontrak', jenis: 'tanggal', isb: ['tgl_kontrak', 'tgl_sppbj'], lebar: 95 },
  { h: 'Tgl rencana pemilihan', jenis: 'tanggal', isb: ['tgl_akhir_pemilihan', 'tgl_rencana_pemilihan', 'pemilihan'], lebar: 95, ket: 'Akhir jadwal pemilihan di RUP: batas "tepat waktu".' },
  { h: 'Tgl buat paket', jenis: 'tanggal', isb: ['tgl_buat_paket', 'tanggal_buat_paket'], lebar: 95 },
  { h: 'Kode RUP', jenis: 'daftar-kode', isb: ['kd_rup', 'kd_rup_paket', 'kode_rup', 'id_rup', 'rup_id', 'id'], lebar: 100, ket: 'Satu atau beberapa kode RUP (paket konsolidasi), dipisah titik koma.' },
  { h: 'Kode tender', jenis: 'kode', isb: ['kd_tender', 'kd_nontender', 'kode_tender', 'kd_lelang'], lebar: 95 },
  { h: 'Versi', jenis: 'angka', isb: ['versi_tender', 'versi_nontender', 'versi'], lebar: 50, ket: 'Versi tender; 2 atau lebih berarti tender ulang.' },
  { h: 'Kode tender sebelumnya', jenis: 'daftar-kode', isb: ['kd_tender_sebelumnya'], lebar: 110, ket: 'Diisi impor saat tender ulang: kode tender percobaan sebelumnya.' },
  { h: 'Keterangan', jenis: 'teks', isb: ['ket_ditutup', 'ket_diulang', 'keterangan'], lebar: 150, ket: 'Alasan ditutup/diulang. Batal karena anggaran dikenali dari kata "anggaran".' },
  { h: 'Nilai penawaran', jenis: 'angka', isb: ['nilai_penawaran'], lebar: 120 },
  { h: 'Nilai terkoreksi', jenis: 'angka', isb: ['nilai_terkoreksi'], lebar: 120 },
  { h: 'Nilai negosiasi', jenis: 'angka', isb: ['nilai_negosiasi'], lebar: 120 },
  { h: 'No kontrak', jenis: 'kode', isb: ['no_kontrak'], lebar: 110, ket: 'Terisi bila kontrak tercatat di e-Kontrak.' },
  { h: 'Penyedia', jenis: 'teks', isb: ['nama_penyedia', 'penyedia'], lebar: 150 },
  { h: 'Jumlah sanggah', jenis: 'angka', isb: ['jumlah_sanggah', 'sanggah'], lebar: 70, ket: 'Diketik: sanggah tidak ada di data ISB.' },
  { h: 'PJ kinerja', jenis: 'teks', isb: ['pj_kinerja'], lebar: 120 },
  { h: 'Tahun anggaran', jenis: 'angka', isb: ['tahun_anggaran', 'tahun', 'ta'], lebar: 60 },
  { h: 'K/L/PD', jenis: 'teks', isb: ['nama_klpd', 'kldi', 'instansi', 'k/l/pd'], lebar: 120 },
  { h: 'Kode satker', jenis: 'kode', isb: ['kd_satker_str', 'kd_satker', 'kode_satker'], lebar: 110 },
  { h: 'Sumber dana', jenis: 'teks', isb: ['sumber_dana', 'sumberdana'], lebar: 80 },
  { h: 'Sumber impor', jenis: 'teks', isb: [], lebar: 150, ket: 'Diisi Impor paket: data dan waktu impor terakhir baris ini.' },
];

export type HeaderPaket = (typeof PAKET_KOLOM)[number]['h'];

export const PAKET_HEADER = PAKET_KOLOM.map((k) => k.h);

/** Column index of each Paket header (in the template's order). */
export function indeksPaket(h: string): number {
  const i = PAKET_HEADER.indexOf(h);
  if (i < 0) throw new Error(`kolom Paket "${h}" tidak dikenal`);
  return i;
}

/** Words in the key column that mark a typed total row, not a paket. */
export const KATA_JUMLAH = ['jumlah', 'total', 'jumlah total', 'grand total', 'sub total', 'subtotal'] as const;

export const STATUS = { SELESAI: 'Selesai', BERLANGSUNG: 'Berlangsung', GAGAL: 'Gagal/Batal' } as const;

// ---------------------------------------------------------------------------
// Indikator UKPBJ: the manual indikator (UKPBJ.md §3), the formula as data in its last columns.

export const AGREGASI = ['RASIO_JUMLAH', 'PERSEN_HITUNG', 'RATA_RATA', 'MEDIAN', 'JUMLAH', 'NILAI_TUNGGAL'] as const;
export type Agregasi = (typeof AGREGASI)[number];

/** How each agregasi reads in the sheets (the rule shown beside every figure). */
export const TEKS_AGREGASI: Record<Agregasi, string> = {
  RASIO_JUMLAH: 'Σa / Σb × 100',
  PERSEN_HITUNG: 'jumlah paket ya / jumlah paket × 100',
  RATA_RATA: 'rata-rata per paket',
  MEDIAN: 'median per paket',
  JUMLAH: 'jumlah',
  NILAI_TUNGGAL: 'nilai tunggal (diketik di lembar Target)',
};

export const KOSONG_OPSI = ['dikecualikan', 'dihitung 0'] as const;

export const INDIKATOR_KOLOM = [
  'Kode',
  'Indikator',
  'Area pengukuran',
  'Tujuan PBJ',
  'Definisi',
  'Satuan',
  'Polaritas',
  'Sumber data',
  'Frekuensi',
  'PJ kinerja',
  'Agregasi',
  'Pembilang (a) / Nilai (v)',
  'Penyebut (b)',
  'Nilai kosong',
  'Status dihitung',
  'Metode pemilihan',
  'Jenis pengadaan',
  'Area strategis',
  'OPD',
  'Tanggal periode',
  'Catatan',
] as const;
export type HeaderIndikator = (typeof INDIKATOR_KOLOM)[number];

export const AREA_PENGUKURAN = ['Ketepatan Waktu', 'Penghematan Biaya', 'Kualitas', 'Tingkat Layanan', 'Tujuan PBJ', 'Sistem', 'Kelembagaan'];
export const FREKUENSI = ['bulanan', 'triwulan', 'semesteran', 'tahunan'];

// ---------------------------------------------------------------------------
// Tujuan & Area, Rencana Aksi

/** Perpres 16/2018 Pasal 4 as amended by Perpres 12/2021 (UKPBJ.md §2). */
export const TUJUAN_PBJ: ReadonlyArray<[string, string]> = [
  ['a', 'Menghasilkan barang/jasa yang tepat dari setiap uang yang dibelanjakan (kualitas, kuantitas, waktu, biaya, lokasi, penyedia)'],
  ['b', 'Meningkatkan penggunaan produk dalam negeri'],
  ['c', 'Meningkatkan peran serta Usaha Mikro, Usaha Kecil, dan Koperasi'],
  ['d', 'Meningkatkan peran pelaku usaha nasional'],
  ['e', 'Mendukung pelaksanaan penelitian dan pemanfaatan barang/jasa hasil penelitian'],
  ['f', 'Meningkatkan keikutsertaan industri kreatif'],
  ['g', 'Mewujudkan pemerataan ekonomi dan memberikan perluasan kesempatan berusaha'],
  ['h', 'Meningkatkan pengadaan berkelanjutan'],
];
export const TUJUAN_HEADER = ['Kode', 'Tujuan PBJ'] as const;
export const AREA_HEADER = ['Kode area', 'Area strategis', 'Tujuan PBJ', 'Keterangan'] as const;

export const AKSI_HEADER = ['Kode indikator', 'Rencana aksi', 'PJ', 'Jadwal', 'Status', 'Bukti', 'Catatan'] as const;
export const STATUS_AKSI = ['belum', 'proses', 'selesai'] as const;

// ---------------------------------------------------------------------------
// Pengaturan UKPBJ: settings appended to the Pengaturan sheet (label in column A, value in B).

export const SETELAN_UKPBJ = {
  judul: 'Pengaturan UKPBJ',
  batalAnggaran: 'Batal karena anggaran dihitung gagal',
  efisiensiWajar: 'Batas efisiensi wajar (%)',
  penawaranRendah: 'Penawaran rendah (% HPS)',
  standarHeader: ['Metode pemilihan', 'Standar waktu pemilihan (hari kalender)'] as const,
} as const;

/** The metode rows of the standar-waktu table (days are the UKPBJ's own: blank until typed). */
export const METODE_STANDAR = ['Tender', 'Tender Cepat', 'Seleksi', 'Pengadaan Langsung', 'Penunjukan Langsung', 'E-purchasing'] as const;
export const METODE_PEMILIHAN = [...METODE_STANDAR, 'Swakelola', 'Dikecualikan'] as const;
export const JENIS_PENGADAAN = ['Barang', 'Pekerjaan Konstruksi', 'Jasa Konsultansi', 'Jasa Lainnya'] as const;

/** Qualitative scale of the kematangan indicator (UKPBJ.md §3, Peraturan LKPP 10/2021). */
export const SKALA_KEMATANGAN: ReadonlyArray<[string, number]> = [
  ['Inisiasi', 1],
  ['Esensi', 2],
  ['Proaktif', 3],
  ['Strategis', 4],
  ['Unggul', 5],
];
export const NAMA_SKALA_KEMATANGAN = 'Kematangan UKPBJ';
