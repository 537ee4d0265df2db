/**
 * The UKPBJ sheets people type into, as "Sisipkan templat UKPBJ" writes them:
 * Tujuan & Area, Indikator UKPBJ (the presets), Rencana Aksi, Paket, and the
 * Pengaturan UKPBJ block appended to Pengaturan. Each is written only where
 * it is not there yet (core/ukpbj/templat.ts decides); their number of ops
 * is fixed, whatever the number of rows.
 */
import { FORMAT, SHEET } from '../layout';
import { SEMUA_PERIODE } from '../periode';
import { WriteOp, WriteValue, a1, a1Range, colName, opCetak, teksTulis } from '../workbook';
import {
  AGREGASI,
  AKSI_HEADER,
  AREA_HEADER,
  AREA_PENGUKURAN,
  FREKUENSI,
  INDIKATOR_KOLOM,
  JENIS_PENGADAAN,
  KOSONG_OPSI,
  LEMBAR_UKPBJ,
  METODE_PEMILIHAN,
  METODE_STANDAR,
  NAMA_SKALA_KEMATANGAN,
  PAKET_KOLOM,
  SETELAN_UKPBJ,
  SKALA_KEMATANGAN,
  STATUS,
  STATUS_AKSI,
  TOMBOL_UKPBJ,
  TUJUAN_HEADER,
  TUJUAN_PBJ,
} from '../ukpbj/kolom';
import { BESARAN, TANGGAL_PERIODE } from '../ukpbj/perpaket';
import { PRESET_INDIKATOR, barisPreset } from '../ukpbj/preset';
import { AKSI_CONTOH, AREA_CONTOH, STANDAR_CONTOH, TANDA_CONTOH, TARGET_CONTOH, barisPaketContoh } from '../ukpbj/contoh';
import { KAPASITAS_STANDAR } from '../ukpbj/model';

/** The frame of the typed sheets (0-based): title, help, header on row 4, data from row 5 (as the PK). */
export const BARIS_HEADER_UKPBJ = 3;
const DATA = BARIS_HEADER_UKPBJ + 1;
/** Rows prepared with formats and drop-downs (more may be typed or imported below; nothing caps them). */
export const BARIS_SIAP = { indikator: 60, aksi: 200, area: 40, paket: 1000 };

export const WARNA = {
  header: { background: '#1F4E78', fontColor: '#FFFFFF' },
  isian: '#FFF9E6',
  hitung: '#F2F2F2',
  contoh: '#FCE4D6',
} as const;

function blok(rows: number, cols: number): WriteValue[][] {
  return Array.from({ length: rows }, () => Array<WriteValue>(cols).fill(null));
}

const t = (s: string | null | undefined): WriteValue => (s ? teksTulis(s) : null);

function kepala(s: string, cols: number, judul: string, bantuan: string): { v: WriteValue[][]; ops: WriteOp[] } {
  const v = blok(DATA, cols);
  v[0][0] = judul;
  v[1][0] = bantuan;
  return {
    v,
    ops: [
      { op: 'format', sheet: s, range: 'A1', bold: true },
      { op: 'format', sheet: s, range: a1Range(BARIS_HEADER_UKPBJ, 0, 1, cols), bold: true, wrap: true, align: 'center', ...WARNA.header },
    ],
  };
}

// ---------------------------------------------------------------------------

export function lembarTujuan(contoh: boolean): WriteOp[] {
  const s = LEMBAR_UKPBJ.TUJUAN;
  const k = kepala(s, 4, 'Tujuan PBJ dan area strategis UKPBJ', 'SOP langkah 1 dan 10: tujuan pengadaan (Perpres 16/2018 Pasal 4, diubah Perpres 12/2021) dan area strategis yang dipilih UKPBJ. Kode area dipakai kolom Area strategis di lembar Paket dan saringan lingkup indikator.');
  const v = k.v;
  v[BARIS_HEADER_UKPBJ] = [...TUJUAN_HEADER, null, null];
  TUJUAN_PBJ.forEach(([kode, teks]) => v.push([kode, teks, null, null]));
  v.push([null, null, null, null]);
  const judulArea = v.length;
  v.push([contoh ? `Area strategis (${TANDA_CONTOH.toLowerCase()}: ganti dengan area UKPBJ Anda)` : 'Area strategis (isi kode dan nama area yang dipilih UKPBJ)', null, null, null]);
  const hArea = v.length;
  v.push([...AREA_HEADER]);
  const isi = contoh ? AREA_CONTOH.map((x) => [...x] as WriteValue[]) : [];
  for (let i = 0; i < BARIS_SIAP.area; i++) v.push(isi[i] ?? [null, null, null, null]);
  return [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...k.ops,
    { op: 'format', sheet: s, range: a1Range(DATA, 1, TUJUAN_PBJ.length, 1), wrap: true },
    { op: 'format', sheet: s, range: a1(judulArea, 0), bold: true, fontColor: '#1F4E78' },
    { op: 'format', sheet: s, range: a1Range(hArea, 0, 1, 4), bold: true, wrap: true, align: 'center', ...WARNA.header },
    { op: 'format', sheet: s, range: a1Range(hArea + 1, 0, BARIS_SIAP.area, 4), background: contoh ? WARNA.contoh : WARNA.isian },
    { op: 'format', sheet: s, range: a1Range(hArea + 1, 0, BARIS_SIAP.area, 1), numberFormat: '@' },
    { op: 'columnWidths', sheet: s, widths: [90, 520, 110, 220] },
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_UKPBJ + 1, cols: 0 },
    opCetak(s, BARIS_HEADER_UKPBJ),
  ];
}

// ---------------------------------------------------------------------------

export const LEBAR_INDIKATOR = [60, 230, 120, 70, 260, 60, 75, 170, 80, 110, 120, 160, 110, 100, 150, 230, 120, 100, 120, 150, 280];

export function lembarIndikator(): WriteOp[] {
  const s = LEMBAR_UKPBJ.INDIKATOR;
  const cols = INDIKATOR_KOLOM.length;
  const k = kepala(
    s,
    cols,
    'Indikator kinerja UKPBJ (manual indikator)',
    `Satu baris per indikator: atributnya, lalu rumusnya sebagai data (kolom K–T): besaran per paket dari lembar Kinerja Paket, agregasi, status dan lingkup yang dihitung ("kecuali …" untuk mengecualikan; beberapa nilai dipisah titik koma; kosong = semua), dan tanggal yang menempatkan paket di periode. Indikator di bawah adalah contoh umum: ubah, hapus atau tambah, lalu klik "${TOMBOL_UKPBJ.perbarui}".`,
  );
  const v = k.v;
  v[BARIS_HEADER_UKPBJ] = [...INDIKATOR_KOLOM];
  const isi = PRESET_INDIKATOR.map(barisPreset);
  for (let i = 0; i < BARIS_SIAP.indikator; i++) v.push(isi[i] ?? Array<WriteValue>(cols).fill(null));
  const c = (h: (typeof INDIKATOR_KOLOM)[number]): number => INDIKATOR_KOLOM.indexOf(h);
  const kol = (h: (typeof INDIKATOR_KOLOM)[number]): string => a1Range(DATA, c(h), BARIS_SIAP.indikator, 1);
  const formula = c('Agregasi');
  return [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...k.ops,
    // The formula block gets its own colour in the header: what Kinerja compiles.
    { op: 'format', sheet: s, range: a1Range(BARIS_HEADER_UKPBJ, formula, 1, c('Tanggal periode') - formula + 1), background: '#375623', fontColor: '#FFFFFF' },
    { op: 'format', sheet: s, range: a1Range(DATA, 0, BARIS_SIAP.indikator, cols), background: WARNA.isian },
    { op: 'format', sheet: s, range: a1Range(DATA, c('Indikator'), BARIS_SIAP.indikator, 1), wrap: true },
    { op: 'format', sheet: s, range: a1Range(DATA, c('Definisi'), BARIS_SIAP.indikator, 1), wrap: true },
    { op: 'format', sheet: s, range: a1Range(DATA, c('Catatan'), BARIS_SIAP.indikator, 1), wrap: true },
    { op: 'format', sheet: s, range: kol('Kode'), numberFormat: '@' },
    { op: 'validationList', sheet: s, range: kol('Area pengukuran'), values: AREA_PENGUKURAN },
    { op: 'validationList', sheet: s, range: kol('Tujuan PBJ'), values: TUJUAN_PBJ.map((x) => x[0]) },
    { op: 'validationList', sheet: s, range: kol('Satuan'), values: ['%', 'hari', 'indeks', 'nilai', 'level', 'paket', 'rupiah'] },
    { op: 'validationList', sheet: s, range: kol('Polaritas'), values: ['positif', 'negatif', 'negatif-rasio', 'rentang'] },
    { op: 'validationList', sheet: s, range: kol('Frekuensi'), values: FREKUENSI },
    { op: 'validationList', sheet: s, range: kol('Agregasi'), values: [...AGREGASI] },
    { op: 'validationList', sheet: s, range: kol('Pembilang (a) / Nilai (v)'), values: BESARAN.map((b) => b.nama) },
    { op: 'validationList', sheet: s, range: kol('Penyebut (b)'), values: BESARAN.filter((b) => !b.tanda).map((b) => b.nama) },
    { op: 'validationList', sheet: s, range: kol('Nilai kosong'), values: [...KOSONG_OPSI] },
    { op: 'validationList', sheet: s, range: kol('Tanggal periode'), values: [...TANGGAL_PERIODE] },
    { op: 'columnWidths', sheet: s, widths: LEBAR_INDIKATOR },
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_UKPBJ + 1, cols: c('Indikator') + 1 },
    opCetak(s, BARIS_HEADER_UKPBJ),
  ];
}

// ---------------------------------------------------------------------------

export function lembarAksi(contoh: boolean): WriteOp[] {
  const s = LEMBAR_UKPBJ.AKSI;
  const cols = AKSI_HEADER.length;
  const k = kepala(s, cols, contoh ? `Rencana aksi per indikator (${TANDA_CONTOH.toLowerCase()})` : 'Rencana aksi per indikator', 'SOP langkah 4 dan 11: satu baris per aksi. Kode indikator dari lembar Indikator UKPBJ; Jadwal = periode (B3, B6 …); Status belum / proses / selesai. Capaian UKPBJ dan Laporan UKPBJ menghitung status per indikator dari sini.');
  const v = k.v;
  v[BARIS_HEADER_UKPBJ] = [...AKSI_HEADER];
  const isi = contoh ? AKSI_CONTOH.map((x) => x.map((y) => (y === '' ? null : y)) as WriteValue[]) : [];
  for (let i = 0; i < BARIS_SIAP.aksi; i++) v.push([...(isi[i] ?? [null, null, null, null, null, null]), null]);
  const kol = (c: number): string => a1Range(DATA, c, BARIS_SIAP.aksi, 1);
  return [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...k.ops,
    { op: 'format', sheet: s, range: a1Range(DATA, 0, BARIS_SIAP.aksi, cols), background: WARNA.isian },
    { op: 'format', sheet: s, range: kol(1), wrap: true },
    { op: 'format', sheet: s, range: kol(0), numberFormat: '@' },
    { op: 'validationList', sheet: s, range: kol(0), values: PRESET_INDIKATOR.map((p) => String(p.Kode)) },
    { op: 'validationList', sheet: s, range: kol(3), values: SEMUA_PERIODE },
    { op: 'validationList', sheet: s, range: kol(4), values: [...STATUS_AKSI] },
    { op: 'columnWidths', sheet: s, widths: [90, 380, 170, 70, 80, 200, 200] },
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_UKPBJ + 1, cols: 0 },
    opCetak(s, BARIS_HEADER_UKPBJ),
  ];
}

// ---------------------------------------------------------------------------

export const JUDUL_PAKET = 'Paket pengadaan: template data kinerja';

/** Formats of the Paket table's data rows from `dari` for `n` rows (dates, Rupiah, codes as text). */
export function formatPaket(s: string, kolom: Record<string, number>, dari: number, n: number): WriteOp[] {
  const ops: WriteOp[] = [];
  const jenis = (j: string): number[] => PAKET_KOLOM.filter((k) => k.jenis === j && kolom[k.h] !== undefined).map((k) => kolom[k.h]);
  // Runs of adjacent columns of one kind: one op each.
  const runs = (cs: number[]): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const c of [...cs].sort((a, b) => a - b)) {
      const last = out[out.length - 1];
      if (last && last[0] + last[1] === c) last[1]++;
      else out.push([c, 1]);
    }
    return out;
  };
  for (const [c, w] of runs(jenis('tanggal'))) ops.push({ op: 'format', sheet: s, range: a1Range(dari, c, n, w), numberFormat: 'yyyy-mm-dd' });
  const uang = PAKET_KOLOM.filter((k) => k.jenis === 'angka' && !['Versi', 'Tahun anggaran', 'Jumlah sanggah'].includes(k.h) && kolom[k.h] !== undefined).map((k) => kolom[k.h]);
  for (const [c, w] of runs(uang)) ops.push({ op: 'format', sheet: s, range: a1Range(dari, c, n, w), numberFormat: FORMAT.rupiah });
  for (const [c, w] of runs([...jenis('kode'), ...jenis('daftar-kode')])) ops.push({ op: 'format', sheet: s, range: a1Range(dari, c, n, w), numberFormat: '@' });
  return ops;
}

export function lembarPaket(contoh: boolean, tahun: number): WriteOp[] {
  const s = LEMBAR_UKPBJ.PAKET;
  const cols = PAKET_KOLOM.length;
  const k = kepala(
    s,
    cols,
    contoh ? `${JUDUL_PAKET} (CONTOH REKAAN Kabupaten Contoh ${tahun}: ganti dengan data Anda)` : JUDUL_PAKET,
    `Satu baris per paket, dikenali dari Kode paket (atau Kode RUP sebelum SPSE memberi kode paket). Ketik, atau tempel ekspor SPSE/ISB, SiRUP atau daftar LPSE di panel lalu klik "${TOMBOL_UKPBJ.impor}": impor ulang memperbarui baris menurut kodenya, tidak menggandakan. Nilai kosong berarti belum ada data (bukan 0).`,
  );
  const v = k.v;
  v[BARIS_HEADER_UKPBJ] = PAKET_KOLOM.map((x) => x.h);
  const isi = contoh ? barisPaketContoh(tahun) : [];
  for (const row of isi) v.push(row.map((x, i) => (typeof x === 'string' && PAKET_KOLOM[i].jenis !== 'teks' ? teksTulis(x) : x)));
  const kolom = Object.fromEntries(PAKET_KOLOM.map((x, i) => [x.h, i]));
  const c = (h: string): number => kolom[h];
  const kol = (h: string): string => a1Range(DATA, c(h), BARIS_SIAP.paket, 1);
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...k.ops,
    { op: 'format', sheet: s, range: a1Range(DATA, 0, BARIS_SIAP.paket, cols), background: contoh ? WARNA.contoh : WARNA.isian },
    ...formatPaket(s, kolom, DATA, BARIS_SIAP.paket),
    { op: 'validationList', sheet: s, range: kol('Metode pemilihan'), values: [...METODE_PEMILIHAN] },
    { op: 'validationList', sheet: s, range: kol('Jenis pengadaan'), values: [...JENIS_PENGADAAN] },
    { op: 'validationList', sheet: s, range: kol('Status'), values: [STATUS.SELESAI, STATUS.BERLANGSUNG, STATUS.GAGAL] },
    { op: 'columnWidths', sheet: s, widths: PAKET_KOLOM.map((x) => x.lebar) },
    // Kode paket and Nama paket stay in view while the figures scroll.
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_UKPBJ + 1, cols: c('Nama paket') + 1 },
    opCetak(s, BARIS_HEADER_UKPBJ),
  ];
  for (const x of PAKET_KOLOM) if (x.ket) ops.push({ op: 'note', sheet: s, cell: a1(BARIS_HEADER_UKPBJ, c(x.h)), text: x.ket });
  if (contoh) ops.push({ op: 'format', sheet: s, range: 'A1', fontColor: '#C00000' });
  return ops;
}

// ---------------------------------------------------------------------------
// Pengaturan UKPBJ: a block under Pengaturan's last row

export interface TataSetelanUkpbj {
  batalAnggaran: number;
  efisiensiWajar: number;
  penawaranRendah: number;
  /** Header row of the standar-waktu table. */
  standar: number;
}

/** The block's rows from `mulai` (0-based), its layout and ops. */
export function blokSetelanUkpbj(nama: string, mulai: number, contoh: boolean): { ops: WriteOp[]; tata: TataSetelanUkpbj; akhir: number } {
  const r0 = mulai;
  const tata: TataSetelanUkpbj = { batalAnggaran: r0 + 1, efisiensiWajar: r0 + 2, penawaranRendah: r0 + 3, standar: r0 + 6 };
  const v: WriteValue[][] = [
    [SETELAN_UKPBJ.judul, null, null],
    [SETELAN_UKPBJ.batalAnggaran, 'Tidak', 'Tidak: paket gagal/batal yang keterangannya menyebut "anggaran" tidak dihitung gagal (bukan kegagalan pokja). Ya: dihitung.'],
    [SETELAN_UKPBJ.efisiensiWajar, 20, 'Efisiensi per paket di atas batas ini diperiksa (Periksa): kemungkinan penawaran di bawah 80 % HPS.'],
    [SETELAN_UKPBJ.penawaranRendah, 80, 'Penawaran di bawah persentase HPS ini: jaminan pelaksanaan dihitung dari HPS (Perpres 16/2018 Pasal 26).'],
    [null, null, null],
    [`Standar waktu pemilihan per metode: dipakai "tepat waktu" bila paket tidak punya jadwal pemilihan RUP. Angka ${contoh ? 'contoh di bawah rekaan' : 'diisi UKPBJ (tidak ada angka resmi yang dipakai Kinerja)'}.`, null, null],
    [...SETELAN_UKPBJ.standarHeader, null],
  ];
  for (let i = 0; i < KAPASITAS_STANDAR; i++) {
    const m = METODE_STANDAR[i] ?? null;
    v.push([m, m && contoh ? STANDAR_CONTOH[m] ?? null : null, null]);
  }
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: nama, row: r0, col: 0, values: v },
    { op: 'format', sheet: nama, range: a1(r0, 0), bold: true, fontColor: '#1F4E78' },
    { op: 'format', sheet: nama, range: a1Range(r0 + 1, 1, 3, 1), background: WARNA.isian, align: 'center' },
    { op: 'validationList', sheet: nama, range: a1(r0 + 1, 1), values: ['Tidak', 'Ya'] },
    { op: 'format', sheet: nama, range: a1Range(tata.standar, 0, 1, 2), bold: true, wrap: true, ...WARNA.header },
    { op: 'format', sheet: nama, range: a1Range(tata.standar + 1, 0, KAPASITAS_STANDAR, 2), background: WARNA.isian },
  ];
  return { ops, tata, akhir: tata.standar + 1 + KAPASITAS_STANDAR };
}

/** The cells the views read the settings from. */
export function refSetelanUkpbj(nama: string, tata: TataSetelanUkpbj): { batalAnggaran: string; standarMetode: string; standarHari: string } {
  const s = nama === SHEET.PENGATURAN ? nama : `'${nama.replace(/'/g, "''")}'`;
  const awal = tata.standar + 2;
  const akhir = tata.standar + 1 + KAPASITAS_STANDAR;
  return {
    batalAnggaran: `${s}!$B$${tata.batalAnggaran + 1}`,
    standarMetode: `${s}!$A$${awal}:$A$${akhir}`,
    standarHari: `${s}!$B$${awal}:$B$${akhir}`,
  };
}

/** The kematangan scale (Inisiasi … Unggul) as rows of Pengaturan's scale table (Skala, Label, Skor). */
export function barisSkalaKematangan(): WriteValue[][] {
  return SKALA_KEMATANGAN.map(([l, s], i) => [i === 0 ? NAMA_SKALA_KEMATANGAN : null, l, s]);
}

export { colName };

// ---------------------------------------------------------------------------
// Target: baseline and target per indicator (pola as in the RAPK), and the single values typed per month

export const TARGET_HEADER = ['Kode indikator', 'Indikator', 'Satuan', 'Baseline', 'Tahun baseline', 'Target', 'Pola target', ...Array.from({ length: 12 }, (_, i) => `Nilai B${i + 1}`), 'Catatan'] as const;
export const TARGET_KOLOM = Object.fromEntries(TARGET_HEADER.map((h, i) => [h, i])) as Record<(typeof TARGET_HEADER)[number], number>;

export function lembarTarget(contoh: boolean, tahun: number): WriteOp[] {
  const s = LEMBAR_UKPBJ.TARGET;
  const cols = TARGET_HEADER.length;
  const k = kepala(
    s,
    cols,
    'Baseline dan target indikator UKPBJ',
    'SOP langkah 3: baseline (tahun lalu) dan target tahunan per indikator. Pola target: tetap (target sama setiap periode), kumulatif (naik bertahap sampai B12), akhir (hanya di B12), seperti RAPK. Kolom Nilai B1–B12 hanya untuk indikator NILAI_TUNGGAL (survei, indeks, ITKP, kematangan): ketik nilai pada bulan hasilnya terbit.',
  );
  const v = k.v;
  v[BARIS_HEADER_UKPBJ] = [...TARGET_HEADER];
  const rows = PRESET_INDIKATOR.map((p) => {
    const r: WriteValue[] = Array<WriteValue>(cols).fill(null);
    const kode = String(p.Kode);
    r[0] = kode;
    r[1] = (p.Indikator as string) ?? null;
    r[2] = (p.Satuan as string) ?? null;
    const x = contoh ? TARGET_CONTOH[kode] : undefined;
    if (x) {
      r[3] = x.baseline;
      r[4] = tahun - 1;
      r[5] = x.target;
      r[6] = x.pola;
      for (const [q, nilai] of Object.entries(x.realisasi ?? {})) r[TARGET_KOLOM[`Nilai ${q}` as (typeof TARGET_HEADER)[number]]] = nilai;
    } else r[6] = 'tetap';
    return r;
  });
  for (let i = 0; i < BARIS_SIAP.indikator; i++) v.push(rows[i] ?? Array<WriteValue>(cols).fill(null));
  const kol = (c: number): string => a1Range(DATA, c, BARIS_SIAP.indikator, 1);
  return [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...k.ops,
    { op: 'format', sheet: s, range: a1Range(DATA, 0, BARIS_SIAP.indikator, cols), background: contoh ? WARNA.contoh : WARNA.isian },
    { op: 'format', sheet: s, range: kol(0), numberFormat: '@' },
    { op: 'format', sheet: s, range: kol(1), wrap: true },
    { op: 'validationList', sheet: s, range: kol(TARGET_KOLOM['Pola target']), values: ['tetap', 'kumulatif', 'akhir'] },
    { op: 'columnWidths', sheet: s, widths: [90, 260, 60, 80, 70, 80, 80, ...Array<number>(12).fill(62), 200] },
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_UKPBJ + 1, cols: 2 },
    opCetak(s, BARIS_HEADER_UKPBJ),
  ];
}
