/**
 * "Sisipkan templat": the five working sheets as one plan of block writes.
 *
 *   PK                      typed by the user (or the 2019 example)
 *   Pengukuran              linked to PK row by row; Realisasi typed; Capaian,
 *                           Kriteria, Rumus, NPS and the summary are live formulas
 *   Anggaran dan Efisiensi  one row per sasaran (found from Pengukuran); Realisasi typed
 *   Renstra                 target and realisasi per year of the 5-year plan
 *   Pengaturan              batas atas, rumus negatif, kriteria table, scales
 *
 * Every sheet has the same frame: title (row 1), a line of help (row 2), the
 * header (row 4) and data from row 5. Formulas are written in the host's form
 * (KINERJA.CAPAIAN in Excel and the browser, CAPAIAN in Sheets), with English
 * names and "," between arguments; each host shows them in the user's locale.
 *
 * The plan never touches an existing sheet, and its number of operations does
 * not depend on the number of rows: one setValues per sheet, a fixed number of
 * format operations.
 */
import { DEFAULT_PENGATURAN, KRITERIA_TABEL3, Pengaturan, PitaKriteria, SkalaKualitatif } from './settings';
import { CellInput, formatAngka, isKError, parseCell } from './values';
import { bacaSkalaKriteria, bacaSkalaKualitatif, STANDAR_EFISIENSI } from './formulas';
import {
  ANGGARAN_KOLOM,
  DAFTAR,
  FORMAT,
  LABEL_ORGANISASI,
  PENGATURAN,
  PENGUKURAN_KOLOM,
  PENGUKURAN_RINGKASAN_KOLOM,
  RENSTRA_KOLOM_TETAP,
  SHEET,
  WARNA_KRITERIA,
} from './layout';
import { PK_KOLOM } from './pk';
import { INDIKATOR_2019, SASARAN_2019 } from './contoh2019';
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
  getSheet,
  namaFungsi,
  sheetRef,
} from './workbook';

// ---------------------------------------------------------------------------
// The frame shared by every sheet (0-based rows)

/** Row of the header (row 4 in the sheet). */
export const BARIS_HEADER = 3;
/** First data row (row 5 in the sheet). */
export const BARIS_DATA = 4;
/** Data rows prepared in PK, Pengukuran, Anggaran and Renstra. */
export const JUMLAH_BARIS = 50;
/** Last data row, 0-based. */
const BARIS_AKHIR = BARIS_DATA + JUMLAH_BARIS - 1;
/** 1-based sheet rows of the data block, for formulas. */
const R1 = BARIS_DATA + 1;
const RN = BARIS_AKHIR + 1;

/**
 * Pengukuran: the summary block below the table. Columns A–C hold Perspektif,
 * NPS and Kriteria (as before weights existed); D holds each perspektif's bobot,
 * typed by the user. All blank = equal weights (the plain mean, as LAKIP 2019).
 */
export const PENGUKURAN_RINGKASAN = {
  judul: BARIS_AKHIR + 2,
  header: BARIS_AKHIR + 3,
  /** First perspektif row; DAFTAR.perspektif.length rows, then the Organisasi row. */
  awal: BARIS_AKHIR + 4,
  jumlahPerspektif: DAFTAR.perspektif.length,
  organisasi: BARIS_AKHIR + 4 + DAFTAR.perspektif.length,
  /** Column of the perspektif bobot (0-based). */
  kolomBobot: PENGUKURAN_RINGKASAN_KOLOM.indexOf('Bobot'),
};

/** The rule of the perspektif bobot, as the sheet states it. */
export const CATATAN_BOBOT_PERSPEKTIF = 'Bobot perspektif: kosong = sama rata; isi mis. 30/25/15/30 (isi semua perspektif atau kosongkan semua).';

/** Anggaran: the total row below the table. */
export const ANGGARAN_JUMLAH = BARIS_AKHIR + 2;

/** Renstra: the first year sits in B2; five years of Target/Realisasi from column E. */
export const RENSTRA = {
  barisTahun: 1,
  kolomTahun: 1,
  tahunAwal: 2020,
  jumlahTahun: 5,
  kolomTahunPertama: RENSTRA_KOLOM_TETAP.length,
  labelTahun: 'Tahun awal Renstra',
  ringkasan: ['Tahun realisasi terakhir', 'Realisasi terakhir', 'Realisasi tahun sebelumnya', 'Capaian terhadap target akhir Renstra', 'Perubahan dari tahun lalu'] as const,
};

/** Pengaturan: label in column A, value in column B, from row 5. */
export const LABEL_MODE_KRITERIA = 'Kriteria di lembar kerja';
export const PENGATURAN_TATA = {
  header: BARIS_HEADER,
  batasAtas: 4,
  rumusNegatif: 5,
  modeKriteria: 6,
  kriteriaJudul: 8,
  kriteriaHeader: 9,
  kriteriaAwal: 10,
  kriteriaBaris: 8,
  kriteriaCatatan: 18,
  skalaJudul: 20,
  skalaHeader: 21,
  skalaAwal: 22,
  skalaBaris: 16,
};
const PENGATURAN_AKHIR = PENGATURAN_TATA.skalaAwal + PENGATURAN_TATA.skalaBaris + 1;

const WARNA_HEADER = { background: '#1F4E78', fontColor: '#FFFFFF' };
const WARNA_ISIAN = '#FFF9E6';
const WARNA_BAGIAN = '#DDEBF7';

// ---------------------------------------------------------------------------
// Small builders

type Grid = WriteValue[][];

function grid(rows: number, cols: number): Grid {
  return Array.from({ length: rows }, () => Array<WriteValue>(cols).fill(null));
}

/** A whole column of the data block: "K5:K54". */
function kolomData(col: number): string {
  return a1Range(BARIS_DATA, col, JUMLAH_BARIS, 1);
}

/** Absolute whole column of the data block: "$C$5:$C$54" (optionally on another sheet). */
function kolomAbs(col: number, sheet?: string): string {
  const c = colName(col);
  return `${sheet ? sheetRef(sheet) + '!' : ''}$${c}$${R1}:$${c}$${RN}`;
}

/** A column with fixed rows but relative column: "C$5:C$54". */
function kolomBaris(col: number): string {
  const c = colName(col);
  return `${c}$${R1}:${c}$${RN}`;
}

function pk(col: number, row1: number): string {
  return `${sheetRef(SHEET.PK)}!${colName(col)}${row1}`;
}

function headerOps(sheet: string, cols: number, widths: number[]): WriteOp[] {
  return [
    { op: 'format', sheet, range: 'A1', bold: true },
    { op: 'format', sheet, range: a1Range(BARIS_HEADER, 0, 1, cols), bold: true, wrap: true, align: 'center', ...WARNA_HEADER },
    { op: 'columnWidths', sheet, widths },
    { op: 'freeze', sheet, rows: BARIS_HEADER + 1, cols: 0 },
  ];
}

const ATURAN_KRITERIA = Object.entries(WARNA_KRITERIA).map(([text, w]) => ({ text, ...w }));
const ATURAN_EFISIENSI = [
  { text: 'Efisien', ...WARNA_KRITERIA['Baik'] },
  { text: 'Tidak Efisien', ...WARNA_KRITERIA['Sangat Kurang'] },
];

/** Column index of a header in a list. */
function kol<T extends readonly string[]>(list: T, name: T[number]): number {
  const i = list.indexOf(name);
  if (i < 0) throw new Error(`kolom ${name} tidak ada`);
  return i;
}

// PK columns
const PKC = {
  no: kol(PK_KOLOM, 'No'),
  perspektif: kol(PK_KOLOM, 'Perspektif'),
  sasaran: kol(PK_KOLOM, 'Sasaran'),
  kode: kol(PK_KOLOM, 'Kode'),
  indikator: kol(PK_KOLOM, 'Indikator'),
  iku: kol(PK_KOLOM, 'IKU'),
  bobot: kol(PK_KOLOM, 'Bobot'),
  satuan: kol(PK_KOLOM, 'Satuan'),
  polaritas: kol(PK_KOLOM, 'Polaritas'),
  target: kol(PK_KOLOM, 'Target'),
  pola: kol(PK_KOLOM, 'Pola target'),
  pagu: kol(PK_KOLOM, 'Pagu'),
};

// Pengukuran columns
const UK = {
  no: kol(PENGUKURAN_KOLOM, 'No'),
  perspektif: kol(PENGUKURAN_KOLOM, 'Perspektif'),
  sasaran: kol(PENGUKURAN_KOLOM, 'Sasaran'),
  kode: kol(PENGUKURAN_KOLOM, 'Kode'),
  indikator: kol(PENGUKURAN_KOLOM, 'Indikator'),
  satuan: kol(PENGUKURAN_KOLOM, 'Satuan'),
  polaritas: kol(PENGUKURAN_KOLOM, 'Polaritas'),
  bobot: kol(PENGUKURAN_KOLOM, 'Bobot'),
  target: kol(PENGUKURAN_KOLOM, 'Target'),
  realisasi: kol(PENGUKURAN_KOLOM, 'Realisasi'),
  capaian: kol(PENGUKURAN_KOLOM, 'Capaian'),
  kriteria: kol(PENGUKURAN_KOLOM, 'Kriteria'),
  rumus: kol(PENGUKURAN_KOLOM, 'Rumus'),
  nps: kol(PENGUKURAN_KOLOM, 'NPS Sasaran'),
  kriteriaSasaran: kol(PENGUKURAN_KOLOM, 'Kriteria Sasaran'),
};

// Anggaran columns
const AG = {
  no: kol(ANGGARAN_KOLOM, 'No'),
  sasaran: kol(ANGGARAN_KOLOM, 'Sasaran'),
  pagu: kol(ANGGARAN_KOLOM, 'Pagu'),
  realisasi: kol(ANGGARAN_KOLOM, 'Realisasi Anggaran'),
  serapan: kol(ANGGARAN_KOLOM, 'Serapan'),
  output: kol(ANGGARAN_KOLOM, 'Capaian Output'),
  ie: kol(ANGGARAN_KOLOM, 'IE'),
  se: kol(ANGGARAN_KOLOM, 'SE'),
  te: kol(ANGGARAN_KOLOM, 'TE'),
  kategori: kol(ANGGARAN_KOLOM, 'Kategori'),
};

// ---------------------------------------------------------------------------
// Formula context: host form and whether the Pengaturan sheet may be referenced

export interface Konteks {
  host: HostKind;
  /** Formulas read batas atas, rumus negatif and the kriteria mode from Pengaturan. */
  pengaturan: boolean;
  /** CAPAIAN reads its qualitative scales from Pengaturan's skala table (skala argument). */
  skala: boolean;
}

function fn(k: Konteks, name: string): string {
  return namaFungsi(k.host, name);
}

function refPengaturan(row: number, col = 1): string {
  return `${sheetRef(SHEET.PENGATURAN)}!$${colName(col)}$${row + 1}`;
}

const REF_KRITERIA_TABEL = (): string =>
  `${sheetRef(SHEET.PENGATURAN)}!$A$${PENGATURAN_TATA.kriteriaAwal + 1}:$B$${PENGATURAN_TATA.kriteriaAwal + PENGATURAN_TATA.kriteriaBaris}`;

/** Pengaturan's skala rows (Skala, Label, Skor), the skala argument of CAPAIAN: "Pengaturan!$A$23:$C$38". */
export const REF_SKALA_TABEL = (): string =>
  `${sheetRef(SHEET.PENGATURAN)}!$A$${PENGATURAN_TATA.skalaAwal + 1}:$C$${PENGATURAN_TATA.skalaAwal + PENGATURAN_TATA.skalaBaris}`;

/** CAPAIAN(realisasi, target, polaritas[, batas[, skala]]) honouring Pengaturan's negatif rule, cap and scales. */
/**
 * The sheet formula's test "this polaritas is negatif" for Pengaturan's rasio rule:
 * the word itself, spaces around it ignored ("=" ignores case in every host). Other
 * spellings CAPAIAN accepts (turun, negative ...) keep the selisih formula, and
 * Periksa computes them the same way (checks.ts, pengaturanBaris).
 */
function polNegatif(pol: string): string {
  return `TRIM(${pol})="negatif"`;
}

/**
 * The rules a template formula applies for this polaritas cell: Pengaturan's rasio
 * rule only where the cell says "negatif" itself (polNegatif), selisih otherwise.
 * Periksa recomputes with it, so it and the sheet cannot disagree.
 */
export function pengaturanUntukPolaritas(peng: Pengaturan, polaritas: CellInput): Pengaturan {
  return peng.rumusNegatif === 'rasio' && teks(polaritas).toLowerCase() !== 'negatif' ? { ...peng, rumusNegatif: 'selisih' } : peng;
}

function polNegatifRasio(pol: string): string {
  return `TRIM(${pol})="negatif-rasio"`;
}

/** Pengaturan's "Rumus polaritas negatif" says rasio (spaces around it ignored, as Periksa does). */
function negatifRasio(): string {
  return `TRIM(${refPengaturan(PENGATURAN_TATA.rumusNegatif)})="rasio"`;
}

export function rumusCapaian(k: Konteks, r: string, t: string, pol: string): string {
  if (!k.pengaturan) return `${fn(k, 'CAPAIAN')}(${r},${t},${pol})`;
  const skala = k.skala ? `,${REF_SKALA_TABEL()}` : '';
  return `${fn(k, 'CAPAIAN')}(${r},${t},IF(AND(${polNegatif(pol)},${negatifRasio()}),"negatif-rasio",${pol}),${refPengaturan(PENGATURAN_TATA.batasAtas)}${skala})`;
}

/** KRITERIA(x): Tabel 3 exactly, or Pengaturan's table when its mode says "tabel". */
export function rumusKriteria(k: Konteks, x: string): string {
  if (!k.pengaturan) return `${fn(k, 'KRITERIA')}(${x})`;
  return `IF(${refPengaturan(PENGATURAN_TATA.modeKriteria)}="tabel",${fn(k, 'KRITERIA')}(${x},${REF_KRITERIA_TABEL()}),${fn(k, 'KRITERIA')}(${x}))`;
}

/**
 * Blank input → blank without calling the function. The functions answer blank
 * for blank input anyway; the guard saves Sheets a server call per empty row.
 */
function kosongAtau(x: string, rumus: string): string {
  return `=IF(${x}="","",${rumus})`;
}

/** An error value with an Indonesian message, made by the registry from error text. */
function rumusGalat(k: Konteks, pesan: string): string {
  return `${fn(k, 'ANGKA')}("#VALUE! ${pesan}")`;
}

// ---------------------------------------------------------------------------
// PK

function lembarPk(contoh: boolean): { values: Grid; ops: WriteOp[] } {
  const s = SHEET.PK;
  const cols = PK_KOLOM.length;
  const v = grid(BARIS_AKHIR + 1, cols);
  v[0][0] = contoh
    ? 'Perjanjian Kinerja (PK): contoh Sekretariat Utama BPOM 2019 (LAKIP 2019, Tabel 1 dan 2)'
    : 'Perjanjian Kinerja (PK)';
  v[1][0] =
    'Satu baris per indikator; indikator satu sasaran ditulis berurutan. Perspektif dan Sasaran boleh dikosongkan bila sama dengan baris di atasnya. Bobot kosong = 2 untuk IKU, 1 untuk lainnya. Pagu ditulis pada baris pertama tiap sasaran.';
  PK_KOLOM.forEach((h, c) => (v[BARIS_HEADER][c] = h));
  for (let i = 0; i < JUMLAH_BARIS; i++) {
    const n = BARIS_DATA + i + 1;
    const d = colName(PKC.kode);
    const e = colName(PKC.indikator);
    v[BARIS_DATA + i][PKC.no] = `=IF(AND(${d}${n}="",${e}${n}=""),"",ROW()-ROW(${colName(PKC.no)}$${BARIS_HEADER + 1}))`;
  }
  if (contoh) {
    const sudah = new Set<number>();
    INDIKATOR_2019.forEach((ind, i) => {
      const row = v[BARIS_DATA + i];
      row[PKC.perspektif] = ind.perspektif;
      row[PKC.sasaran] = ind.sasaran;
      row[PKC.kode] = ind.kode;
      row[PKC.indikator] = ind.indikator;
      row[PKC.iku] = ind.iku ? 'Ya' : 'Tidak';
      row[PKC.bobot] = ind.iku ? 2 : 1;
      row[PKC.satuan] = ind.satuan;
      row[PKC.polaritas] = ind.polaritas;
      row[PKC.target] = ind.target;
      row[PKC.pola] = ind.pola;
      if (!sudah.has(ind.sasaranNo)) {
        sudah.add(ind.sasaranNo);
        row[PKC.pagu] = SASARAN_2019[ind.sasaranNo - 1].pagu;
      }
    });
  }
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...headerOps(s, cols, [40, 170, 280, 60, 320, 55, 55, 70, 90, 80, 90, 130]),
    { op: 'format', sheet: s, range: kolomData(PKC.pagu), numberFormat: FORMAT.rupiah },
    // Kode is text: "01" or "1.10" typed here stays as typed (RAPK and Periksa match rows by it).
    { op: 'format', sheet: s, range: kolomData(PKC.kode), numberFormat: '@' },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, PKC.sasaran, JUMLAH_BARIS, 3), wrap: true },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, PKC.perspektif, JUMLAH_BARIS, PKC.pagu - PKC.perspektif + 1), background: WARNA_ISIAN },
    { op: 'validationList', sheet: s, range: kolomData(PKC.perspektif), values: DAFTAR.perspektif },
    { op: 'validationList', sheet: s, range: kolomData(PKC.iku), values: DAFTAR.iku },
    { op: 'validationList', sheet: s, range: kolomData(PKC.satuan), values: DAFTAR.satuan },
    { op: 'validationList', sheet: s, range: kolomData(PKC.polaritas), values: DAFTAR.polaritas },
    { op: 'validationList', sheet: s, range: kolomData(PKC.pola), values: DAFTAR.pola },
  ];
  return { values: v, ops };
}

// ---------------------------------------------------------------------------
// Pengukuran

function lembarPengukuran(k: Konteks, contohRealisasi: boolean): { values: Grid; ops: WriteOp[] } {
  const s = SHEET.PENGUKURAN;
  const cols = PENGUKURAN_KOLOM.length;
  const v = grid(PENGUKURAN_RINGKASAN.organisasi + 1, cols);
  v[0][0] = 'Pengukuran Kinerja: capaian indikator, NPS sasaran, perspektif dan organisasi';
  v[1][0] = `Ketik Realisasi (kolom ${colName(UK.realisasi)}). Kolom lain diambil dari lembar PK atau dihitung: Capaian = ${fn(k, 'CAPAIAN')}, Kriteria menurut Tabel 3 LAKIP, NPS = Σ(bobot × capaian) / Σ bobot.`;
  PENGUKURAN_KOLOM.forEach((h, c) => (v[BARIS_HEADER][c] = h));

  const C = (col: number): string => colName(col);
  const capAbs = kolomBaris(UK.capaian);
  const bobotAbs = kolomBaris(UK.bobot);
  const sasAbs = kolomBaris(UK.sasaran);
  const perAbs = kolomBaris(UK.perspektif);
  const npsAbs = kolomBaris(UK.nps);

  for (let i = 0; i < JUMLAH_BARIS; i++) {
    const n = BARIS_DATA + i + 1;
    const row = v[BARIS_DATA + i];
    const kosong = `AND(${pk(PKC.kode, n)}="",${pk(PKC.indikator, n)}="")`;
    const tautan = (pkCol: number): string => `=IF(${pk(pkCol, n)}="","",${pk(pkCol, n)})`;
    /**
     * Perspektif and Sasaran: blank in the PK means "same as the row above". TRIM: a
     * stray space ("Customer Perspective ") must not make a second group in the summary.
     */
    const warisan = (pkCol: number, ukCol: number): string =>
      i === 0
        ? `=IF(${kosong},"",TRIM(${pk(pkCol, n)}))`
        : `=IF(${kosong},"",IF(TRIM(${pk(pkCol, n)})="",${C(ukCol)}${n - 1},TRIM(${pk(pkCol, n)})))`;
    const ref = (col: number): string => `${C(col)}${n}`;

    row[UK.no] = `=IF(${kosong},"",${pk(PKC.no, n)})`;
    row[UK.perspektif] = warisan(PKC.perspektif, UK.perspektif);
    row[UK.sasaran] = warisan(PKC.sasaran, UK.sasaran);
    row[UK.kode] = tautan(PKC.kode);
    row[UK.indikator] = tautan(PKC.indikator);
    row[UK.satuan] = tautan(PKC.satuan);
    row[UK.polaritas] = tautan(PKC.polaritas);
    const iku = pk(PKC.iku, n);
    row[UK.bobot] = `=IF(${kosong},"",IF(${pk(PKC.bobot, n)}="",IF(OR(${iku}="Ya",${iku}="Y",${iku}="IKU",${iku}=1,${iku}=TRUE()),2,1),${pk(PKC.bobot, n)}))`;
    row[UK.target] = tautan(PKC.target);
    row[UK.realisasi] = null;
    row[UK.capaian] = kosongAtau(ref(UK.realisasi), rumusCapaian(k, ref(UK.realisasi), ref(UK.target), ref(UK.polaritas)));
    row[UK.kriteria] = kosongAtau(ref(UK.capaian), rumusKriteria(k, ref(UK.capaian)));
    row[UK.rumus] = rumusTeks(k, ref(UK.realisasi), ref(UK.target), ref(UK.polaritas), ref(UK.capaian));

    // NPS on the first row of each sasaran: Σ(bobot × capaian) / Σ bobot over its indicators with a capaian.
    const sama = `--(${sasAbs}=${ref(UK.sasaran)})`;
    const pembagi = `SUMPRODUCT(${sama},--ISNUMBER(${capAbs}),${bobotAbs})`;
    const pembilang = `SUMPRODUCT(${sama},${bobotAbs},IFERROR(${capAbs},0))`;
    const galat = `SUMPRODUCT(${sama},--ISERROR(${capAbs}))>0`;
    const pertama = `SUMPRODUCT(--(${C(UK.sasaran)}$${R1}:${ref(UK.sasaran)}=${ref(UK.sasaran)}))>1`;
    row[UK.nps] =
      `=IF(${ref(UK.sasaran)}="","",IF(${pertama},"",IF(${galat},${rumusGalat(k, 'ada capaian indikator sasaran ini yang galat: lihat kolom Capaian')},` +
      `IF(${pembagi}=0,"",${pembilang}/${pembagi}))))`;
    row[UK.kriteriaSasaran] = kosongAtau(ref(UK.nps), rumusKriteria(k, ref(UK.nps)));
  }

  if (contohRealisasi) {
    INDIKATOR_2019.forEach((ind, i) => (v[BARIS_DATA + i][UK.realisasi] = ind.realisasi));
  }

  // Summary: one row per perspektif (found in order from the table), then the organisation.
  const R = PENGUKURAN_RINGKASAN;
  v[R.judul][0] = `Ringkasan: NPS perspektif = rata-rata NPS sasarannya; NPS organisasi = rata-rata NPS perspektif, berbobot menurut kolom ${colName(R.kolomBobot)}. ${CATATAN_BOBOT_PERSPEKTIF}`;
  PENGUKURAN_RINGKASAN_KOLOM.forEach((h, c) => (v[R.header][c] = h));
  for (let j = 0; j < R.jumlahPerspektif; j++) {
    const n = R.awal + j + 1;
    const row = v[R.awal + j];
    if (j === 0) {
      row[0] = `=IF(${C(UK.perspektif)}${R1}="","",${C(UK.perspektif)}${R1})`;
    } else {
      const prev = `A${n - 1}`;
      row[0] = `=IF(${prev}="","",IFERROR(INDEX(${kolomAbs(UK.perspektif)},MATCH(${prev},${kolomAbs(UK.perspektif)},0)+COUNTIF(${kolomAbs(UK.perspektif)},${prev})),""))`;
    }
    const sama = `--(${perAbs}=A${n})`;
    const jumlah = `SUMPRODUCT(${sama},--ISNUMBER(${npsAbs}))`;
    row[1] =
      `=IF(A${n}="","",IF(SUMPRODUCT(${sama},--ISERROR(${npsAbs}))>0,${rumusGalat(k, 'ada NPS sasaran perspektif ini yang galat')},` +
      `IF(${jumlah}=0,"",SUMPRODUCT(${sama},IFERROR(${npsAbs},0))/${jumlah})))`;
    row[2] = kosongAtau(`B${n}`, rumusKriteria(k, `B${n}`));
  }
  const org = v[R.organisasi];
  org[0] = LABEL_ORGANISASI;
  // Σ(bobot × NPS perspektif) / Σ bobot. NPS counts a blank bobot as 1, so all blank = equal weights;
  // once any bobot is typed, a listed perspektif with a blank bobot is an error (not a silent 1 against 30).
  const label = a1Range(R.awal, 0, R.jumlahPerspektif, 1);
  const npsPers = a1Range(R.awal, 1, R.jumlahPerspektif, 1);
  const bobotPers = a1Range(R.awal, R.kolomBobot, R.jumlahPerspektif, 1);
  const campur = `AND(SUMPRODUCT(--(${bobotPers}<>""))>0,SUMPRODUCT(--(${label}<>""),--(${bobotPers}=""))>0)`;
  org[1] =
    `=IF(${campur},${rumusGalat(k, 'bobot perspektif: isi bobot setiap perspektif, atau kosongkan semuanya (sama rata)')},` +
    `${fn(k, 'NPS')}(${npsPers},${bobotPers}))`;
  org[2] = kosongAtau(`B${R.organisasi + 1}`, rumusKriteria(k, `B${R.organisasi + 1}`));

  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...headerOps(s, cols, [40, 150, 260, 60, 300, 60, 75, 55, 70, 80, 80, 150, 230, 85, 150]),
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, UK.perspektif, JUMLAH_BARIS, 4), wrap: true },
    { op: 'format', sheet: s, range: kolomData(UK.realisasi), background: WARNA_ISIAN },
    { op: 'format', sheet: s, range: kolomData(UK.capaian), numberFormat: FORMAT.persen },
    { op: 'format', sheet: s, range: kolomData(UK.nps), numberFormat: FORMAT.persen, bold: true },
    { op: 'format', sheet: s, range: a1(R.judul, 0), bold: true },
    { op: 'format', sheet: s, range: a1Range(R.header, 0, 1, PENGUKURAN_RINGKASAN_KOLOM.length), bold: true, ...WARNA_HEADER },
    { op: 'format', sheet: s, range: a1Range(R.awal, 1, R.jumlahPerspektif + 1, 1), numberFormat: FORMAT.persen },
    { op: 'format', sheet: s, range: a1Range(R.awal, R.kolomBobot, R.jumlahPerspektif, 1), background: WARNA_ISIAN, align: 'center' },
    { op: 'format', sheet: s, range: a1Range(R.organisasi, 0, 1, 3), bold: true, background: WARNA_BAGIAN },
    { op: 'conditionalText', sheet: s, range: kolomData(UK.kriteria), rules: ATURAN_KRITERIA },
    { op: 'conditionalText', sheet: s, range: kolomData(UK.kriteriaSasaran), rules: ATURAN_KRITERIA },
    { op: 'conditionalText', sheet: s, range: a1Range(R.awal, 2, R.jumlahPerspektif + 1, 1), rules: ATURAN_KRITERIA },
    {
      op: 'note',
      sheet: s,
      cell: a1(BARIS_HEADER, UK.capaian),
      text: `Capaian (poin persen): positif R / T × 100, negatif (2T − R) / T × 100 minimal 0 (atau T / R × 100 menurut Pengaturan), label kualitatif skor(R) / skor(T) × 100${k.skala ? ' (skor dari tabel skala di lembar Pengaturan)' : ''}. Realisasi kosong = capaian kosong.`,
    },
    {
      op: 'note',
      sheet: s,
      cell: a1(BARIS_HEADER, UK.nps),
      text: 'NPS sasaran = Σ(bobot × capaian) / Σ bobot atas indikator sasaran itu yang sudah punya capaian (IKU berbobot 2). Ditulis pada baris pertama tiap sasaran.',
    },
    {
      op: 'note',
      sheet: s,
      cell: a1(R.header, R.kolomBobot),
      text: `${CATATAN_BOBOT_PERSPEKTIF} NPS organisasi = Σ(bobot × NPS perspektif) / Σ bobot; perspektif tanpa NPS tidak ikut. Bila sebagian bobot diisi, perspektif yang bobotnya kosong membuat NPS organisasi #VALUE!. Bobot harus angka lebih dari 0.`,
    },
  ];
  return { values: v, ops };
}

/** A native formula that names the rule CAPAIAN applied, so a reviewer can trace the number. */
function rumusTeks(k: Konteks, r: string, t: string, pol: string, cap: string): string {
  const angka = (x: string): string => `IF(ISNUMBER(${x}),TRUE(),ISNUMBER(${fn(k, 'ANGKA')}(${x})))`;
  const rasio = k.pengaturan ? `OR(${polNegatifRasio(pol)},AND(${polNegatif(pol)},${negatifRasio()}))` : polNegatifRasio(pol);
  const numerik = `IF(${rasio},"T / R × 100",IF(${polNegatif(pol)},"(2T − R) / T × 100, minimal 0","R / T × 100"))`;
  const inti =
    `IF(${angka(r)},IF(${angka(t)},${numerik},"rentang a–b: di dalam = 100, di bawah R / a × 100, di atas (2b − R) / b × 100"),` +
    `"skor(R) / skor(T) × 100 (skala kualitatif)")`;
  const batas = k.pengaturan
    ? `&IF(${refPengaturan(PENGATURAN_TATA.batasAtas)}="","",", batas atas "&${refPengaturan(PENGATURAN_TATA.batasAtas)})`
    : '';
  return `=IF(OR(${r}="",ISERROR(${cap})),"",${inti}${batas})`;
}

// ---------------------------------------------------------------------------
// Anggaran dan Efisiensi

function lembarAnggaran(k: Konteks): { values: Grid; ops: WriteOp[] } {
  const s = SHEET.ANGGARAN;
  const cols = ANGGARAN_KOLOM.length;
  const v = grid(ANGGARAN_JUMLAH + 1, cols);
  v[0][0] = 'Anggaran dan Efisiensi per sasaran';
  v[1][0] = `Ketik Realisasi Anggaran (kolom ${colName(AG.realisasi)}). Sasaran dan Pagu diambil dari PK, Capaian Output dari NPS sasaran di lembar Pengukuran. IE = capaian output / serapan, SE = ${STANDAR_EFISIENSI}, TE = (IE − SE) / SE.`;
  ANGGARAN_KOLOM.forEach((h, c) => (v[BARIS_HEADER][c] = h));
  const uk = SHEET.PENGUKURAN;
  const sasUk = kolomAbs(UK.sasaran, uk);
  const C = (col: number, n: number): string => `${colName(col)}${n}`;
  for (let i = 0; i < JUMLAH_BARIS; i++) {
    const n = BARIS_DATA + i + 1;
    const row = v[BARIS_DATA + i];
    const sas = C(AG.sasaran, n);
    if (i === 0) {
      const first = `${sheetRef(uk)}!${colName(UK.sasaran)}${R1}`;
      row[AG.sasaran] = `=IF(${first}="","",${first})`;
    } else {
      // The next sasaran: the row after the last indicator of the previous one (indicators of a sasaran are adjacent).
      const prev = C(AG.sasaran, n - 1);
      row[AG.sasaran] = `=IF(${prev}="","",IFERROR(INDEX(${sasUk},MATCH(${prev},${sasUk},0)+COUNTIF(${sasUk},${prev})),""))`;
    }
    const baris = `MATCH(${sas},${sasUk},0)`;
    row[AG.no] = `=IF(${sas}="","",ROW()-ROW(${colName(AG.no)}$${BARIS_HEADER + 1}))`;
    row[AG.pagu] = `=IF(${sas}="","",${fn(k, 'ANGKA')}(INDEX(${kolomAbs(PKC.pagu, SHEET.PK)},${baris})))`;
    row[AG.realisasi] = null;
    row[AG.serapan] = kosongAtau(C(AG.realisasi, n), `${fn(k, 'SERAPAN')}(${C(AG.realisasi, n)},${C(AG.pagu, n)})`);
    row[AG.output] = `=IF(${sas}="","",INDEX(${kolomAbs(UK.nps, uk)},${baris}))`;
    const adaSerapan = `${C(AG.serapan, n)}=""`;
    row[AG.ie] = `=IF(${adaSerapan},"",${fn(k, 'EFISIENSI')}(${C(AG.output, n)},${C(AG.serapan, n)}))`;
    row[AG.se] = `=IF(${sas}="","",${STANDAR_EFISIENSI})`;
    row[AG.te] = `=IF(${adaSerapan},"",${fn(k, 'TINGKAT_EFISIENSI')}(${C(AG.output, n)},${C(AG.serapan, n)}))`;
    row[AG.kategori] = `=IF(${adaSerapan},"",${fn(k, 'KATEGORI_EFISIENSI')}(${C(AG.output, n)},${C(AG.serapan, n)}))`;
  }
  const j = v[ANGGARAN_JUMLAH];
  const nj = ANGGARAN_JUMLAH + 1;
  j[AG.sasaran] = 'Jumlah';
  j[AG.pagu] = `=SUM(${kolomData(AG.pagu)})`;
  j[AG.realisasi] = `=IF(COUNT(${kolomData(AG.realisasi)})=0,"",SUM(${kolomData(AG.realisasi)}))`;
  j[AG.serapan] = kosongAtau(C(AG.realisasi, nj), `${fn(k, 'SERAPAN')}(${C(AG.realisasi, nj)},${C(AG.pagu, nj)})`);

  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...headerOps(s, cols, [40, 320, 140, 140, 75, 90, 70, 45, 70, 110]),
    { op: 'format', sheet: s, range: kolomData(AG.sasaran), wrap: true },
    { op: 'format', sheet: s, range: kolomData(AG.realisasi), background: WARNA_ISIAN },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, AG.pagu, ANGGARAN_JUMLAH - BARIS_DATA + 1, 2), numberFormat: FORMAT.rupiah },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, AG.serapan, ANGGARAN_JUMLAH - BARIS_DATA + 1, 2), numberFormat: FORMAT.persen },
    { op: 'format', sheet: s, range: kolomData(AG.ie), numberFormat: '0.0000' },
    { op: 'format', sheet: s, range: kolomData(AG.te), numberFormat: FORMAT.persen },
    { op: 'format', sheet: s, range: a1Range(ANGGARAN_JUMLAH, 0, 1, cols), bold: true, background: WARNA_BAGIAN },
    { op: 'conditionalText', sheet: s, range: kolomData(AG.kategori), rules: ATURAN_EFISIENSI },
  ];
  return { values: v, ops };
}

// ---------------------------------------------------------------------------
// Renstra

export function renstraHeader(tahun: number): string[] {
  const h: string[] = [...RENSTRA_KOLOM_TETAP];
  for (let y = 0; y < RENSTRA.jumlahTahun; y++) h.push(`Target ${tahun + y}`, `Realisasi ${tahun + y}`);
  return [...h, ...RENSTRA.ringkasan];
}

function lembarRenstra(k: Konteks, contoh: boolean): { values: Grid; ops: WriteOp[] } {
  const s = SHEET.RENSTRA;
  const tahunAwal = contoh ? 2015 : RENSTRA.tahunAwal;
  const jumlahKolom = renstraHeader(tahunAwal).length;
  const v = grid(BARIS_AKHIR + 1, jumlahKolom);
  const tahunRef = `$${colName(RENSTRA.kolomTahun)}$${RENSTRA.barisTahun + 1}`;
  v[0][0] = contoh
    ? 'Renstra: target dan realisasi per tahun (contoh: Renstra 2015–2019, tahun 2019 dari LAKIP 2019)'
    : 'Renstra: target dan realisasi per tahun';
  v[RENSTRA.barisTahun][0] = RENSTRA.labelTahun;
  v[RENSTRA.barisTahun][RENSTRA.kolomTahun] = tahunAwal;
  v[RENSTRA.barisTahun][2] = 'Ubah tahun awal: judul kolom ikut berubah. Ketik target dan realisasi tiap tahun.';
  // Header: fixed columns, then formulas so the years follow the first year typed in B2.
  RENSTRA_KOLOM_TETAP.forEach((h, c) => (v[BARIS_HEADER][c] = h));
  const k0 = RENSTRA.kolomTahunPertama;
  for (let y = 0; y < RENSTRA.jumlahTahun; y++) {
    const th = y === 0 ? tahunRef : `(${tahunRef}+${y})`;
    v[BARIS_HEADER][k0 + 2 * y] = `="Target "&${th}`;
    v[BARIS_HEADER][k0 + 2 * y + 1] = `="Realisasi "&${th}`;
  }
  const kr = k0 + 2 * RENSTRA.jumlahTahun;
  RENSTRA.ringkasan.forEach((h, i) => (v[BARIS_HEADER][kr + i] = h));
  const [cTahun, cAkhir, cSebelum] = [kr, kr + 1, kr + 2].map(colName);
  const blokAwal = colName(k0);
  const blokAkhir = colName(k0 + 2 * RENSTRA.jumlahTahun - 1);
  const targetAkhir = colName(k0 + 2 * (RENSTRA.jumlahTahun - 1));
  const pol = colName(kol(RENSTRA_KOLOM_TETAP, 'Polaritas'));
  for (let i = 0; i < JUMLAH_BARIS; i++) {
    const n = BARIS_DATA + i + 1;
    const row = v[BARIS_DATA + i];
    // Year of the latest realisasi typed: nested IFs work in every host.
    let tahun = '""';
    for (let y = 0; y < RENSTRA.jumlahTahun; y++) {
      const real = `${colName(k0 + 2 * y + 1)}${n}`;
      tahun = `IF(${real}<>"",${y === 0 ? tahunRef : `${tahunRef}+${y}`},${tahun})`;
    }
    const blok = `$${blokAwal}${n}:$${blokAkhir}${n}`;
    const pos = `2*(${cTahun}${n}-${tahunRef})`;
    row[kr] = `=${tahun}`;
    row[kr + 1] = `=IF(${cTahun}${n}="","",INDEX(${blok},1,${pos}+2))`;
    row[kr + 2] = `=IF(OR(${cTahun}${n}="",${cTahun}${n}=${tahunRef}),"",IF(INDEX(${blok},1,${pos})="","",INDEX(${blok},1,${pos})))`;
    row[kr + 3] = kosongAtau(`${cAkhir}${n}`, rumusCapaian(k, `${cAkhir}${n}`, `${targetAkhir}${n}`, `${pol}${n}`));
    row[kr + 4] = `=IF(OR(${cAkhir}${n}="",${cSebelum}${n}=""),"",IFERROR(${fn(k, 'ANGKA')}(${cAkhir}${n})-${fn(k, 'ANGKA')}(${cSebelum}${n}),""))`;
  }
  if (contoh) {
    INDIKATOR_2019.forEach((ind, i) => {
      const row = v[BARIS_DATA + i];
      row[0] = ind.kode;
      row[1] = ind.indikator;
      row[2] = ind.satuan;
      row[3] = ind.polaritas;
      row[k0 + 2 * (RENSTRA.jumlahTahun - 1)] = ind.target;
      row[k0 + 2 * (RENSTRA.jumlahTahun - 1) + 1] = ind.realisasi;
    });
  }
  const widths = [60, 300, 70, 80, ...Array(2 * RENSTRA.jumlahTahun).fill(85), 90, 90, 90, 110, 100];
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...headerOps(s, jumlahKolom, widths),
    { op: 'format', sheet: s, range: a1Range(RENSTRA.barisTahun, 0, 1, 2), bold: true },
    { op: 'format', sheet: s, range: a1(RENSTRA.barisTahun, RENSTRA.kolomTahun), background: WARNA_ISIAN, numberFormat: FORMAT.bilangan },
    { op: 'format', sheet: s, range: kolomData(1), wrap: true },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, 0, JUMLAH_BARIS, kr), background: WARNA_ISIAN },
    { op: 'format', sheet: s, range: kolomData(kr), numberFormat: FORMAT.bilangan },
    { op: 'format', sheet: s, range: kolomData(kr + 3), numberFormat: FORMAT.persen },
    { op: 'validationList', sheet: s, range: kolomData(3), values: DAFTAR.polaritas },
  ];
  return { values: v, ops };
}

// ---------------------------------------------------------------------------
// Pengaturan

function lembarPengaturan(): { values: Grid; ops: WriteOp[] } {
  const s = SHEET.PENGATURAN;
  const T = PENGATURAN_TATA;
  const v = grid(PENGATURAN_AKHIR + 1, 3);
  v[0][0] = 'Pengaturan Kinerja';
  v[1][0] = 'Ubah kolom Nilai. Rumus di lembar Pengukuran, Anggaran dan Renstra membaca sel-sel ini; Periksa juga memakainya.';
  v[T.header] = ['Pengaturan', 'Nilai', 'Keterangan'];
  v[T.batasAtas] = [PENGATURAN.batasAtas, null, 'Kosong = tanpa batas (seperti LAKIP 2019). Isi mis. 120 atau 150 untuk membatasi setiap capaian.'];
  v[T.rumusNegatif] = [PENGATURAN.rumusNegatif, 'selisih', 'selisih: (2T − R) / T × 100, minimal 0 (PermenPANRB 6/2022). rasio: T / R × 100.'];
  v[T.modeKriteria] = [
    LABEL_MODE_KRITERIA,
    'bawaan',
    'bawaan: Tabel 3 LAKIP persis (120 masih Sangat Baik, di atas 120 Tidak Dapat Disimpulkan). tabel: pakai tabel kriteria di bawah.',
  ];
  v[T.kriteriaJudul][0] = 'Tabel kriteria (dipakai bila "Kriteria di lembar kerja" = tabel; juga argumen skala fungsi KRITERIA)';
  v[T.kriteriaHeader] = [...PENGATURAN.kriteriaHeader];
  KRITERIA_TABEL3.forEach((p, i) => {
    const bawah = !isFinite(p.bawah) ? null : p.termasukBawah ? p.bawah : `> ${formatAngka(p.bawah)}`;
    v[T.kriteriaAwal + i] = [bawah, p.label, WARNA_KRITERIA[p.label]?.background ?? null];
  });
  v[T.kriteriaCatatan][0] =
    'Catatan: batas bawah berarti capaian ≥ batas; "> 120" berarti lebih dari 120 (Tabel 3: capaian tepat 120 masih Sangat Baik); batas pertama kosong berarti −∞. Kolom Warna hanya keterangan.';
  v[T.skalaJudul][0] = 'Skala kualitatif: capaian label = skor realisasi / skor target × 100';
  v[T.skalaHeader] = [...PENGATURAN.skalaHeader];
  let r = T.skalaAwal;
  for (const sk of DEFAULT_PENGATURAN.skala) for (const l of sk.label) v[r++] = [sk.nama, l.kode, l.skor];
  v[PENGATURAN_AKHIR][0] =
    `Fungsi CAPAIAN di lembar Pengukuran dan Renstra membaca tabel ini (baris ${T.skalaAwal + 1}–${T.skalaAwal + T.skalaBaris}, argumen skala); Periksa juga. Skala kosong = sama dengan baris di atasnya; baris kosong diabaikan; label tidak peka huruf besar. Bawaan: Opini BPK TMP=1..WTP=4, Predikat AKIP D=1..AA=7.`;

  const kriteriaRange = a1Range(T.kriteriaAwal, 0, T.kriteriaBaris, 3);
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    ...headerOps(s, 3, [190, 120, 560]),
    { op: 'format', sheet: s, range: a1Range(T.batasAtas, 1, 3, 1), background: WARNA_ISIAN, align: 'center' },
    { op: 'format', sheet: s, range: a1(T.kriteriaJudul, 0), bold: true },
    { op: 'format', sheet: s, range: a1Range(T.kriteriaHeader, 0, 1, 3), bold: true, ...WARNA_HEADER },
    { op: 'format', sheet: s, range: kriteriaRange, background: WARNA_ISIAN },
    { op: 'format', sheet: s, range: a1(T.skalaJudul, 0), bold: true },
    { op: 'format', sheet: s, range: a1Range(T.skalaHeader, 0, 1, 3), bold: true, ...WARNA_HEADER },
    { op: 'format', sheet: s, range: a1Range(T.skalaAwal, 0, T.skalaBaris, 3), background: WARNA_ISIAN },
    { op: 'validationList', sheet: s, range: a1(T.rumusNegatif, 1), values: ['selisih', 'rasio'] },
    { op: 'validationList', sheet: s, range: a1(T.modeKriteria, 1), values: ['bawaan', 'tabel'] },
    { op: 'conditionalText', sheet: s, range: a1Range(T.kriteriaAwal, 1, T.kriteriaBaris, 1), rules: ATURAN_KRITERIA },
  ];
  return { values: v, ops };
}

// ---------------------------------------------------------------------------
// The plan

function teks(v: CellInput): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function samaTeks(a: CellInput, b: string): boolean {
  return teks(a).toLowerCase() === b.toLowerCase();
}

/** An existing sheet laid out as this template lays it out (only checkable when the snapshot holds values). */
function tataCocok(sheet: SheetSnapshot, header: readonly string[]): boolean {
  const row = sheet.values[BARIS_HEADER];
  return !!row && header.every((h, c) => samaTeks(row[c], h));
}

/** The existing Pengaturan has the skala table where the template puts it (rows Skala, Label, Skor). */
export function skalaCocok(sheet: SheetSnapshot): boolean {
  const h = sheet.values[PENGATURAN_TATA.skalaHeader];
  return PENGATURAN.skalaHeader.every((x, c) => samaTeks(h?.[c], x));
}

export function pengaturanCocok(sheet: SheetSnapshot): boolean {
  const T = PENGATURAN_TATA;
  const v = sheet.values;
  return (
    samaTeks(v[T.batasAtas]?.[0], PENGATURAN.batasAtas) &&
    samaTeks(v[T.rumusNegatif]?.[0], PENGATURAN.rumusNegatif) &&
    samaTeks(v[T.modeKriteria]?.[0], LABEL_MODE_KRITERIA) &&
    PENGATURAN.kriteriaHeader.every((h, c) => samaTeks(v[T.kriteriaHeader]?.[c], h))
  );
}

/**
 * How formulas written into an existing workbook (the RAPK table) may use
 * Pengaturan: only when the sheet is there and laid out as the template lays
 * it out, so a reference never reads some other sheet's cells.
 */
export function konteksRumus(wb: WorkbookSnapshot): Konteks {
  const at = getSheet(wb, SHEET.PENGATURAN);
  const pengaturan = !!at && pengaturanCocok(at);
  return { host: wb.host, pengaturan, skala: pengaturan && !!at && skalaCocok(at) };
}

/** The sheet names the template creates, in order. */
export const LEMBAR_TEMPLAT = [SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN] as const;

export type HasilTemplat = { ok: true; plan: Plan } | { ok: false; pesan: string };

/**
 * Plan "Sisipkan templat". Sheets that already exist are left as they are and
 * reported in `catatan`; when all five exist the answer is ok:false.
 */
export function planTemplat(wb: WorkbookSnapshot, opts: { contoh: boolean }): HasilTemplat {
  const urutan = LEMBAR_TEMPLAT;
  const ada = new Map<string, SheetSnapshot>();
  for (const name of urutan) {
    const sh = getSheet(wb, name);
    if (sh) ada.set(name, sh);
  }
  const baru = urutan.filter((n) => !ada.has(n));
  if (baru.length === 0) {
    return {
      ok: false,
      pesan: `Semua lembar templat sudah ada (${urutan.join(', ')}). Tidak ada yang diubah. Untuk templat baru, ganti nama atau hapus salah satu lembar itu dulu.`,
    };
  }
  const catatan: string[] = [];
  for (const name of ada.keys()) catatan.push(`Lembar ${name} sudah ada: dibiarkan.`);

  // Which existing sheets the new formulas may rely on.
  const pkAda = ada.get(SHEET.PK);
  const ukAda = ada.get(SHEET.PENGUKURAN);
  const atAda = ada.get(SHEET.PENGATURAN);
  // A Pengaturan made now is the template's; one already there, only if laid out as it.
  const k: Konteks = atAda ? konteksRumus(wb) : { host: wb.host, pengaturan: true, skala: true };
  const butuhPk = baru.includes(SHEET.PENGUKURAN) || baru.includes(SHEET.ANGGARAN);
  if (pkAda && butuhPk && !tataCocok(pkAda, PK_KOLOM)) {
    catatan.push(
      `Rumus lembar baru merujuk ke PK!A${R1}:${colName(PK_KOLOM.length - 1)}${RN} dengan susunan templat (judul di baris ${BARIS_HEADER + 1}: ${PK_KOLOM.join(', ')}). Pastikan lembar PK Anda memakai susunan itu.`,
    );
  }
  if (ukAda && baru.includes(SHEET.ANGGARAN) && !tataCocok(ukAda, PENGUKURAN_KOLOM)) {
    catatan.push(
      `Lembar Anggaran dan Efisiensi membaca Sasaran dan NPS Sasaran dari lembar Pengukuran (kolom ${colName(UK.sasaran)} dan ${colName(UK.nps)}, baris ${R1}–${RN}). Pastikan lembar Pengukuran Anda memakai susunan templat.`,
    );
  }
  if (atAda && !k.pengaturan && baru.some((n) => n !== SHEET.PENGATURAN)) {
    catatan.push('Lembar Pengaturan yang ada tidak bersusunan templat: rumus baru memakai aturan bawaan (tanpa batas atas, rumus negatif selisih, kriteria Tabel 3).');
  }
  const contoh = opts.contoh && !pkAda;
  if (opts.contoh && pkAda) catatan.push('Contoh LAKIP 2019 tidak diisi karena lembar PK sudah ada (contoh hanya cocok dengan PK contoh).');

  const ops: WriteOp[] = baru.map((sheet) => ({ op: 'addSheet', sheet }));
  for (const name of baru) {
    switch (name) {
      case SHEET.PK:
        ops.push(...lembarPk(contoh).ops);
        break;
      case SHEET.PENGUKURAN:
        ops.push(...lembarPengukuran(k, contoh).ops);
        break;
      case SHEET.ANGGARAN:
        ops.push(...lembarAnggaran(k).ops);
        break;
      case SHEET.RENSTRA:
        ops.push(...lembarRenstra(k, contoh).ops);
        break;
      case SHEET.PENGATURAN:
        ops.push(...lembarPengaturan().ops);
        break;
    }
  }
  const pertama = baru[0];
  ops.push({ op: 'activate', sheet: pertama });
  ops.push({ op: 'select', sheet: pertama, cell: a1(BARIS_DATA, 1) });

  const ringkasan =
    `Templat disisipkan: lembar ${baru.join(', ')}` +
    (contoh ? ' (berisi contoh LAKIP Sekretariat Utama BPOM 2019).' : '. Isi lembar PK, lalu ketik realisasi di lembar Pengukuran.');
  return { ok: true, plan: { ops, ringkasan, catatan } };
}

// ---------------------------------------------------------------------------
// Reading Pengaturan back

function cariBaris(values: CellInput[][], label: string): number {
  return values.findIndex((row) => samaTeks(row?.[0], label));
}

function cariHeaderTabel(values: CellInput[][], header: readonly string[]): number {
  return values.findIndex((row) => !!row && header.every((h, c) => samaTeks(row[c], h)));
}

/** Rows after a header until the first row whose first three cells are blank. */
function barisTabel(values: CellInput[][], header: number): CellInput[][] {
  const out: CellInput[][] = [];
  for (let r = header + 1; r < values.length; r++) {
    const row = values[r] || [];
    if ([0, 1, 2].every((c) => parseCell(row[c] ?? null).kind === 'blank')) break;
    out.push(row);
  }
  return out;
}

function bacaBatasAtas(v: CellInput): number | null {
  const p = parseCell(v);
  if (p.kind === 'number' && p.value > 0) return p.value;
  return DEFAULT_PENGATURAN.batasAtas;
}

/**
 * The skala table as CAPAIAN's skala argument reads it (one parser for both),
 * except that unreadable rows are skipped rather than failing: Periksa still
 * runs, and the sheet's CAPAIAN shows the #VALUE! naming the bad row.
 */
function bacaSkala(rows: CellInput[][]): SkalaKualitatif[] | null {
  const skala = bacaSkalaKualitatif(rows, true);
  if (isKError(skala) || skala.length === 0) return null;
  return skala;
}

/**
 * Read the Pengaturan sheet back into a Pengaturan. Missing or unreadable
 * parts fall back to DEFAULT_PENGATURAN. The kriteria table is used only when
 * "Kriteria di lembar kerja" says "tabel", as the sheet formulas do; otherwise
 * Tabel 3 with its exact ruling (x = 120 is Sangat Baik).
 */
export function bacaPengaturan(wb: WorkbookSnapshot): Pengaturan {
  const sheet = getSheet(wb, SHEET.PENGATURAN);
  if (!sheet || !sheet.values?.length) return DEFAULT_PENGATURAN;
  const values = sheet.values;
  const nilai = (label: string): CellInput => {
    const r = cariBaris(values, label);
    return r < 0 ? null : values[r]?.[1] ?? null;
  };
  const batasAtas = bacaBatasAtas(nilai(PENGATURAN.batasAtas));
  const rumusNegatif: Pengaturan['rumusNegatif'] = samaTeks(nilai(PENGATURAN.rumusNegatif), 'rasio') ? 'rasio' : DEFAULT_PENGATURAN.rumusNegatif;

  let kriteria: PitaKriteria[] = DEFAULT_PENGATURAN.kriteria;
  if (samaTeks(nilai(LABEL_MODE_KRITERIA), 'tabel')) {
    const h = cariHeaderTabel(values, PENGATURAN.kriteriaHeader);
    if (h >= 0) {
      const pita = bacaSkalaKriteria(barisTabel(values, h).map((row) => [row[0] ?? null, row[1] ?? null]));
      if (!isKError(pita)) kriteria = pita;
    }
  }

  let skala = DEFAULT_PENGATURAN.skala;
  const hs = cariHeaderTabel(values, PENGATURAN.skalaHeader);
  // Where the template put the table, read exactly the rows its CAPAIAN formulas read (blank rows skipped).
  const rows = hs === PENGATURAN_TATA.skalaHeader ? values.slice(PENGATURAN_TATA.skalaAwal, PENGATURAN_TATA.skalaAwal + PENGATURAN_TATA.skalaBaris) : hs >= 0 ? barisTabel(values, hs) : [];
  if (hs >= 0) skala = bacaSkala(rows.map((row) => row ?? [])) ?? skala;

  return { skala, kriteria, batasAtas, rumusNegatif };
}
