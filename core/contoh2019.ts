/**
 * The 2019 example: PK and realisasi of BPOM's Sekretariat Utama (seed 001,
 * Tabel 1, 2 and 5). Used by "Sisipkan templat" with the example option, by
 * the golden tests and by the browser workbook that `npm start` opens.
 * Bobot: IKU weighs 2 (seed 001, III); DOMAIN.md lists which indicators are
 * weighted 2 in the multi-indicator sasaran (1 and 7).
 */

export interface ContohIndikator {
  perspektif: string;
  sasaranNo: number;
  sasaran: string;
  kode: string;
  indikator: string;
  iku: boolean;
  satuan: string;
  polaritas: string;
  target: number | string;
  pola: 'akhir' | 'tetap' | 'kumulatif';
  realisasi: number | string;
  /** Capaian printed in Tabel 5 (rounded to 2 decimals), for the golden test. */
  capaianTabel5: number;
}

export const PERSPEKTIF_2019 = ['Customer Perspective', 'Internal Process Perspective', 'Learning and Growth Perspective'];

const C = PERSPEKTIF_2019[0];
const I = PERSPEKTIF_2019[1];
const L = PERSPEKTIF_2019[2];

export const SASARAN_2019: Array<{ no: number; perspektif: string; nama: string; pagu: number; npsTabel4: number; kriteriaTabel4: string }> = [
  { no: 1, perspektif: C, nama: 'Meningkatnya capaian RB BPOM di lingkup Sekretariat Utama sesuai roadmap RB BPOM 2015-2019', pagu: 16153028000, npsTabel4: 98.85, kriteriaTabel4: 'Baik' },
  { no: 2, perspektif: C, nama: 'Terkelolanya sarana prasarana penunjang pengawasan BPOM dengan baik', pagu: 1384303000, npsTabel4: 107.58, kriteriaTabel4: 'Baik' },
  { no: 3, perspektif: C, nama: 'Meningkatnya kepuasan internal BPOM terhadap layanan dukungan manajemen', pagu: 230742468000 + 73034052000, npsTabel4: 132.16, kriteriaTabel4: 'Tidak Dapat Disimpulkan' },
  { no: 4, perspektif: C, nama: 'Meningkatnya kepercayaan/opini positif masyarakat terhadap BPOM', pagu: 11108529000, npsTabel4: 131.08, kriteriaTabel4: 'Tidak Dapat Disimpulkan' },
  { no: 5, perspektif: I, nama: 'Terlaksananya rencana aksi RB BPOM di lingkup Sekretariat Utama', pagu: 4402061000, npsTabel4: 99.44, kriteriaTabel4: 'Baik' },
  { no: 6, perspektif: I, nama: 'Tersedianya dokumen perencanaan, penganggaran, monitoring, evaluasi, laporan kinerja, dan laporan keuangan yang diselesaikan tepat waktu', pagu: 11924929000, npsTabel4: 100, kriteriaTabel4: 'Baik' },
  { no: 7, perspektif: I, nama: 'Meningkatnya pengelolaan Sumber daya BPOM', pagu: 10027133000, npsTabel4: 109.04, kriteriaTabel4: 'Baik' },
  { no: 8, perspektif: I, nama: 'Organisasi yang tepat fungsi, tepat proses, dan tepat ukuran', pagu: 2440253000, npsTabel4: 100, kriteriaTabel4: 'Baik' },
  { no: 9, perspektif: I, nama: 'Tersedianya peraturan Perundang-Undangan dan Advokasi hukum', pagu: 6532246000, npsTabel4: 100, kriteriaTabel4: 'Baik' },
  // Tabel 4 prints "Baik" for 111,13, but Tabel 3 puts 110 ≤ x ≤ 120 in Sangat Baik: Kinerja follows Tabel 3.
  { no: 10, perspektif: I, nama: 'Meningkatnya kerja sama BPOM', pagu: 6636140000, npsTabel4: 111.13, kriteriaTabel4: 'Baik' },
  { no: 11, perspektif: I, nama: 'Menguatnya pengelolaan hubungan masyarakat dan koordinasi dukungan manajemen', pagu: 7522198000, npsTabel4: 115.11, kriteriaTabel4: 'Sangat Baik' },
  { no: 12, perspektif: L, nama: 'Terwujudnya RB Sekretariat Utama BPOM sesuai roadmap RB BPOM 2015-2019', pagu: 4830991000, npsTabel4: 96.73, kriteriaTabel4: 'Baik' },
];

export const PERSPEKTIF_NPS_TABEL4: Record<string, number> = { [C]: 117.42, [I]: 104.96, [L]: 96.73 };
export const ORGANISASI_NPS_2019 = 106.37;

function ind(sasaranNo: number, kode: string, indikator: string, iku: boolean, satuan: string, target: number | string, pola: ContohIndikator['pola'], realisasi: number | string, capaianTabel5: number): ContohIndikator {
  const s = SASARAN_2019[sasaranNo - 1];
  return { perspektif: s.perspektif, sasaranNo, sasaran: s.nama, kode, indikator, iku, satuan, polaritas: 'positif', target, pola, realisasi, capaianTabel5 };
}

export const INDIKATOR_2019: ContohIndikator[] = [
  ind(1, 'IK01', 'Nilai RB BPOM komponen penilaian diluar program penguatan pengawasan', true, 'nilai', 54.3, 'akhir', 53.36, 98.27),
  ind(1, 'IK02', 'Opini BPK atas laporan keuangan BPOM', false, 'opini', 'WTP', 'akhir', 'WTP', 100),
  ind(2, 'IK03', 'Nilai Pengelolaan BMN BPOM', false, 'nilai', 72, 'akhir', 77.46, 107.58),
  ind(3, 'IK04', 'Indeks kepuasan internal BPOM terhadap layanan dukungan manajemen', false, 'indeks', 61, 'akhir', 80.62, 132.16),
  ind(4, 'IK05', 'Indeks Opini Publik BPOM', false, '%', 65, 'akhir', 85.2, 131.08),
  ind(5, 'IK06', 'Persentase realisasi rencana aksi RB BPOM di lingkup Sekretariat Utama', false, '%', 100, 'kumulatif', 99.44, 99.44),
  ind(6, 'IK07', 'Persentase dokumen perencanaan, penganggaran, monitoring, evaluasi, laporan kinerja dan laporan keuangan yang diselesaikan tepat waktu', false, '%', 100, 'tetap', 100, 100),
  ind(7, 'IK08', 'Persentase Satker yang mampu mengelola BMN dengan baik', false, '%', 89, 'akhir', 86.05, 96.68),
  ind(7, 'IK09', 'Persentase SDM BPOM yang memiliki kinerja berkriteria minimal baik', true, '%', 85, 'akhir', 97.93, 115.21),
  ind(8, 'IK10', 'Rasio tindak lanjut rekomendasi hasil evaluasi organisasi dan tata laksana terhadap total rekomendasi', false, '%', 100, 'tetap', 100, 100),
  ind(9, 'IK11', 'Persentase peraturan perundang-undangan yang disusun', false, '%', 100, 'kumulatif', 100, 100),
  ind(9, 'IK12', 'Persentase advokasi hukum yang diselesaikan', false, '%', 100, 'tetap', 100, 100),
  ind(10, 'IK13', 'Persentase kerja sama yang ditindaklanjuti secara efektif terhadap total kerja sama BPOM', false, '%', 71, 'tetap', 78.9, 111.13),
  ind(11, 'IK14', 'Persentase pemberitaan positif di media terhadap total pemberitaan tentang BPOM', false, '%', 87, 'tetap', 99.58, 114.46),
  ind(11, 'IK15', 'Tingkat keberhasilan koordinasi dalam layanan hubungan manajemen eselon 1', false, 'indeks', 61, 'akhir', 78.1, 128.03),
  ind(11, 'IK16', 'Persentase layanan pengaduan dan informasi yang dapat dijawab langsung', false, '%', 93, 'tetap', 95.65, 102.85),
  ind(12, 'IK17', 'Nilai AKIP Sekretariat Utama', false, 'nilai', 81, 'akhir', 78.35, 96.73),
];
