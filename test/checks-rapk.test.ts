/**
 * Periksa (core/checks.ts) on the RAPK and Pengukuran tables: Kode matched
 * exactly as "Buat Tabel RAPK" matches it (kunciKode), duplicate codes, a
 * non-positive bobot, percentage units written in words, and the end of the
 * RAPK table (a note below it is not an indicator).
 *
 * Each test asserts what the user sees: the rule's severity, the cell cited
 * and the message content.
 */
import { ATURAN, HasilPeriksa, KodeAturan, Temuan, periksa } from '../core/checks';
import { RAPK_KOLOM_TETAP, SHEET, rapkBlok } from '../core/layout';
import { bacaPk, kunciKode } from '../core/pk';
import { bacaRapk, mergeRapk, susunBarisRapk } from '../core/rapk';
import { CellInput } from '../core/values';
import { SheetSnapshot, WorkbookSnapshot, a1, getSheet, parseA1 } from '../core/workbook';
import { Ind, lembarPengukuran, lembarPk, lembarRapk } from './helpers/periksa-data';

// ---------------------------------------------------------------------------
// A small workbook: five indicators in three sasaran, no realisasi yet, no
// formulas; RAPK as "Buat Tabel RAPK" lays it out (header on row 4, data from
// row 5), PK and Pengukuran with their header on row 1.

const INDIKATOR: Ind[] = [
  { perspektif: 'Stakeholder Perspective', sasaran: 'Meningkatnya efektivitas pengawasan obat', kode: 'IK01', indikator: 'Persentase obat yang memenuhi syarat', iku: true, satuan: '%', polaritas: 'positif', target: 90, pola: 'tetap' },
  { perspektif: 'Stakeholder Perspective', sasaran: 'Meningkatnya efektivitas pengawasan obat', kode: 'IK02', indikator: 'Indeks kepuasan masyarakat', iku: false, satuan: 'indeks', polaritas: 'positif', target: 3.5, pola: 'akhir' },
  { perspektif: 'Internal Process Perspective', sasaran: 'Meningkatnya kualitas tata kelola', kode: 'IK03', indikator: 'Jumlah laporan pengawasan', iku: false, satuan: 'dokumen', polaritas: 'positif', target: 12, pola: 'kumulatif' },
  { perspektif: 'Internal Process Perspective', sasaran: 'Meningkatnya kualitas tata kelola', kode: 'IK04', indikator: 'Persentase rekomendasi yang ditindaklanjuti', iku: false, satuan: 'persen', polaritas: 'positif', target: 80, pola: 'tetap' },
  { perspektif: 'Learning and Growth Perspective', sasaran: 'Meningkatnya akuntabilitas kinerja', kode: 'IK05', indikator: 'Nilai AKIP', iku: true, satuan: 'nilai', polaritas: 'positif', target: 78, pola: 'akhir' },
];

const PK = SHEET.PK;
const RAPK = SHEET.RAPK;
const UKUR = SHEET.PENGUKURAN;
const [A_B6, B_B6] = rapkBlok('B6');

function buku(inds: Ind[] = INDIKATOR): WorkbookSnapshot {
  return { host: 'excel', sheets: [lembarPk(inds), lembarRapk(inds, { judul: true }), lembarPengukuran(inds)] };
}

// ---------------------------------------------------------------------------
// Editing and addressing

function lembar(wb: WorkbookSnapshot, nama: string): SheetSnapshot {
  const s = getSheet(wb, nama);
  if (!s) throw new Error(`sheet ${nama} tidak ada`);
  return s;
}

function ubah(wb: WorkbookSnapshot, nama: string, ref: string, v: CellInput): void {
  const s = lembar(wb, nama);
  const { row, col } = parseA1(ref);
  while (s.values.length <= row) s.values.push([]);
  s.values[row][col] = v;
}

function barisHeader(s: SheetSnapshot): number {
  return s.values.findIndex((row) => (row || []).includes('Kode'));
}

/** Address of a column (by header) on the row of an indicator code. */
function sel(wb: WorkbookSnapshot, nama: string, kode: string, kolom: string): string {
  const s = lembar(wb, nama);
  const h = barisHeader(s);
  const header = s.values[h].map((x) => String(x ?? ''));
  const c = header.indexOf(kolom);
  const k = header.indexOf('Kode');
  if (c < 0) throw new Error(`kolom ${kolom} tidak ada di ${nama}`);
  const r = s.values.findIndex((row, i) => i > h && row && row[k] === kode);
  if (r < 0) throw new Error(`kode ${kode} tidak ada di ${nama}`);
  return a1(r, c);
}

/** Append a copy of an indicator's row (with another Kode); answer its 1-based row number. */
function salinBaris(wb: WorkbookSnapshot, nama: string, kode: string, kodeBaru: string): number {
  const s = lembar(wb, nama);
  const h = barisHeader(s);
  const k = s.values[h].indexOf('Kode');
  const asal = s.values.find((row, i) => i > h && row && row[k] === kode);
  if (!asal) throw new Error(`kode ${kode} tidak ada di ${nama}`);
  const copy = [...asal];
  copy[k] = kodeBaru;
  s.values.push(copy);
  return s.values.length;
}

function kolomDi(wb: WorkbookSnapshot, nama: string, kolom: string): string {
  const s = lembar(wb, nama);
  const c = s.values[barisHeader(s)].indexOf(kolom);
  return a1(0, c).replace(/\d+$/, '');
}

function dengan(h: HasilPeriksa, kode: KodeAturan): Temuan[] {
  return h.temuan.filter((t) => t.kode === kode);
}

function di(h: HasilPeriksa, sheet: string, ref: string): Temuan[] {
  return h.temuan.filter((t) => t.sheet === sheet && t.sel === ref);
}

function daftar(h: HasilPeriksa): string[] {
  return h.temuan.map((t) => `${t.kode}@${t.sheet}!${t.sel} (${t.tingkat})`);
}

/** Exactly one finding of this rule at this cell, with the rule's severity and a fix. */
function satu(h: HasilPeriksa, kode: KodeAturan, sheet: string, ref: string, tingkat = ATURAN[kode].tingkat): Temuan {
  const found = h.temuan.filter((t) => t.kode === kode && t.sheet === sheet && t.sel === ref);
  if (found.length !== 1) throw new Error(`harap 1 temuan ${kode} di ${sheet}!${ref}, dapat ${found.length}; semua: ${JSON.stringify(daftar(h))}`);
  expect(found[0].tingkat).toBe(tingkat);
  expect(found[0].saran.length).toBeGreaterThan(10);
  return found[0];
}

// ---------------------------------------------------------------------------

describe('buku kerja kecil', () => {
  test('bersih: tanpa temuan', () => {
    expect(daftar(periksa(buku()))).toEqual([]);
  });
});

describe('1. Kode dicocokkan dengan kunciKode, sama seperti "Buat Tabel RAPK"', () => {
  // [Kode di PK, Kode di RAPK/Pengukuran]
  const PASANGAN: Array<[string, string]> = [
    ['IK  01', 'IK 01'], // spasi ganda di dalam kode
    ['IK 01', 'IK  01'],
    ['ik01', 'IK01'], // huruf kecil/besar
    ['IK01', ' ik01 '],
    ['I\u212A01', 'IK01'], // tanda Kelvin: huruf kecilnya "k" (kunciKode sama), huruf besarnya bukan "K"
    ['IKSS', 'IK\u00DF'], // ß: huruf besarnya "SS", tetapi kunciKode berbeda
  ];

  test.each(PASANGAN)('RAPK: PK %j dan RAPK %j', (kodePk, kodeRapk) => {
    const cocok = kunciKode(kodePk) === kunciKode(kodeRapk);
    const wb = buku();
    const refPk = sel(wb, PK, 'IK01', 'Kode');
    const refRapk = sel(wb, RAPK, 'IK01', 'Kode');
    ubah(wb, PK, refPk, kodePk);
    ubah(wb, RAPK, refRapk, kodeRapk);
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Kode'), kodePk);
    const h = periksa(wb);
    if (cocok) {
      expect(daftar(h)).toEqual([]);
    } else {
      expect(satu(h, 'rapk-kode-tidak-di-pk', RAPK, refRapk).pesan).toContain(`"${kodeRapk}"`);
      satu(h, 'pk-kode-tidak-di-rapk', PK, refPk);
    }
  });

  test.each(PASANGAN)('Pengukuran: PK %j dan Pengukuran %j (target yang berbeda hanya terlihat bila kodenya cocok)', (kodePk, kodeUkur) => {
    const cocok = kunciKode(kodePk) === kunciKode(kodeUkur);
    const wb = buku();
    ubah(wb, PK, sel(wb, PK, 'IK01', 'Kode'), kodePk);
    ubah(wb, RAPK, sel(wb, RAPK, 'IK01', 'Kode'), kodePk);
    const refT = sel(wb, UKUR, 'IK01', 'Target');
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Kode'), kodeUkur);
    ubah(wb, UKUR, refT, 85);
    const h = periksa(wb);
    if (cocok) {
      const t = satu(h, 'pengukuran-beda-pk', UKUR, refT);
      expect(t.pesan).toContain('85');
      expect(t.pesan).toContain('90');
    } else {
      expect(dengan(h, 'pengukuran-beda-pk')).toEqual([]);
    }
  });

  test.each(PASANGAN)('PK %j dan %j: Periksa melaporkan kode ganda tepat bila "Buat Tabel RAPK" menolaknya', (k1, k2) => {
    const wb = buku();
    ubah(wb, PK, sel(wb, PK, 'IK01', 'Kode'), k1);
    const ref = sel(wb, PK, 'IK02', 'Kode');
    ubah(wb, PK, ref, k2);
    const susun = susunBarisRapk(bacaPk(lembar(wb, PK)) as NonNullable<ReturnType<typeof bacaPk>>);
    const ganda = dengan(periksa(wb), 'kode-ganda');
    expect(ganda.length > 0).toBe(!susun.ok);
    if (!susun.ok) expect(ganda.map((t) => `${t.sheet}!${t.sel}`)).toEqual([`${PK}!${ref}`]);
  });

  test('kode ganda di PK: "IK  02" dan "ik 02" adalah kode yang sama', () => {
    const wb = buku();
    const pertama = sel(wb, PK, 'IK02', 'Kode');
    ubah(wb, PK, pertama, 'IK  02');
    const ref = sel(wb, PK, 'IK03', 'Kode');
    ubah(wb, PK, ref, 'ik 02');
    const t = satu(periksa(wb), 'kode-ganda', PK, ref);
    expect(t.tingkat).toBe('Kesalahan');
    expect(t.pesan).toContain(pertama);
    expect(t.pesan).toContain(ref);
  });
});

describe('2. Kode ganda di RAPK dan Pengukuran', () => {
  test('RAPK: salinan baris IK02 dengan kode "ik02" adalah Kesalahan yang menyebut kedua sel', () => {
    const wb = buku();
    const pertama = sel(wb, RAPK, 'IK02', 'Kode'); // D6
    const n = salinBaris(wb, RAPK, 'IK02', 'ik02'); // row 10
    const ref = `${kolomDi(wb, RAPK, 'Kode')}${n}`;
    const h = periksa(wb);
    const t = satu(h, 'kode-ganda', RAPK, ref);
    expect(t.tingkat).toBe('Kesalahan');
    expect(pertama).toBe('D6');
    expect(ref).toBe('D10');
    expect(t.pesan).toContain('"ik02"');
    expect(t.pesan).toContain('D6');
    expect(t.pesan).toContain('D10');
    expect(t.pesan).toContain('"Indeks kepuasan masyarakat"');
    expect(t.saran).toContain('RAPK Arsip');
    expect(t.saran).toMatch(/Hapus baris salinan 10 atau ganti kodenya di D10/);
    // only the copy is reported, not the original
    expect(dengan(h, 'kode-ganda').map((x) => `${x.sheet}!${x.sel}`)).toEqual(['RAPK!D10']);
  });

  test('RAPK: baris yang dilaporkan ganda adalah baris yang dipindahkan "Buat Tabel RAPK" ke RAPK Arsip', () => {
    const wb = buku();
    const n = salinBaris(wb, RAPK, 'IK04', 'IK04 ');
    const refA = `${kolomDi(wb, RAPK, A_B6)}${n}`;
    ubah(wb, RAPK, refA, 40); // the copy holds typed data
    ubah(wb, RAPK, `${kolomDi(wb, RAPK, B_B6)}${n}`, 50);
    const h = periksa(wb);
    expect(dengan(h, 'kode-ganda').map((t) => `${t.sheet}!${t.sel}`)).toEqual([`${RAPK}!D${n}`]);

    const susun = susunBarisRapk(bacaPk(lembar(wb, PK)) as NonNullable<ReturnType<typeof bacaPk>>);
    if (!susun.ok) throw new Error(susun.pesan);
    const gabung = mergeRapk(susun.baris, bacaRapk(lembar(wb, RAPK)));
    expect(gabung.arsip.map((a) => [a.lama.baris + 1, a.alasan])).toEqual([[n, 'Kode ganda di RAPK']]);
  });

  test('RAPK: kode lain (bukan ganda) tidak dilaporkan sebagai kode ganda', () => {
    const wb = buku();
    salinBaris(wb, RAPK, 'IK02', 'IK02a');
    const h = periksa(wb);
    expect(dengan(h, 'kode-ganda')).toEqual([]);
    satu(h, 'rapk-kode-tidak-di-pk', RAPK, 'D10');
  });

  test('Pengukuran: kode yang dipakai dua kali adalah Kesalahan yang menyebut kedua sel', () => {
    const wb = buku();
    const pertama = sel(wb, UKUR, 'IK04', 'Kode'); // D5
    const n = salinBaris(wb, UKUR, 'IK04', ' ik04');
    const ref = `${kolomDi(wb, UKUR, 'Kode')}${n}`;
    const h = periksa(wb);
    const t = satu(h, 'kode-ganda', UKUR, ref);
    expect(t.tingkat).toBe('Kesalahan');
    expect(t.pesan).toContain(pertama);
    expect(t.pesan).toContain(ref);
    expect(t.pesan).toContain('dua kali');
    expect(dengan(h, 'kode-ganda').map((x) => `${x.sheet}!${x.sel}`)).toEqual([`${UKUR}!${ref}`]);
  });

  test('Pengukuran: kode ganda yang berasal dari PK dilaporkan sekali, di PK', () => {
    const wb = buku();
    const refPk = sel(wb, PK, 'IK05', 'Kode');
    const refUkur = sel(wb, UKUR, 'IK05', 'Kode');
    ubah(wb, PK, refPk, 'IK04');
    ubah(wb, UKUR, refUkur, 'IK04'); // Pengukuran linked to the PK row by row
    ubah(wb, RAPK, sel(wb, RAPK, 'IK05', 'Kode'), 'IK04a');
    const h = periksa(wb);
    satu(h, 'kode-ganda', PK, refPk);
    expect(dengan(h, 'kode-ganda').map((x) => `${x.sheet}!${x.sel}`)).toEqual([`${PK}!${refPk}`]);
  });
});

describe('3. Bobot bukan angka positif di RAPK dan Pengukuran', () => {
  /** The small workbook with the Bobot of `kode` in sheet `nama` set to `v`: that cell, and what Periksa finds. */
  function denganBobot(nama: string, kode: string, v: CellInput): { ref: string; h: HasilPeriksa } {
    const wb = buku();
    const ref = sel(wb, nama, kode, 'Bobot');
    ubah(wb, nama, ref, v);
    return { ref, h: periksa(wb) };
  }

  const BEDA_RAPK = 'Info "RAPK tidak sama dengan PK"';
  const BEDA_UKUR = 'Peringatan "Pengukuran tidak sama dengan PK"';
  // [sheet, bobot, the finding it is not, Kode, bobot cell, the message cites, why]
  test.each([
    [RAPK, 0, BEDA_RAPK, 'IK01', 'I5', 'Bobot 0', 'harus lebih dari 0'],
    [RAPK, -1, BEDA_RAPK, 'IK01', 'I5', 'Bobot -1', 'harus lebih dari 0'],
    [RAPK, 'dua', BEDA_RAPK, 'IK01', 'I5', 'Bobot "dua"', 'bukan angka'],
    [UKUR, 0, BEDA_UKUR, 'IK03', 'H4', 'Bobot 0', 'harus lebih dari 0'],
  ] as Array<[string, CellInput, string, string, string, string, string]>)('%s: bobot %j adalah Kesalahan di sel bobot, bukan %s', (nama, v, _bukan, kode, harap, sebut, alasan) => {
    const { ref, h } = denganBobot(nama, kode, v);
    const t = satu(h, 'bobot-tidak-sah', nama, ref);
    expect(t.tingkat).toBe('Kesalahan');
    expect(ref).toBe(harap);
    expect(t.pesan).toContain(sebut);
    expect(t.pesan).toContain(alasan);
    expect(t.pesan).toContain(kode);
    expect(t.saran).toContain(harap);
    expect(t.saran).toContain('angka positif');
    expect(di(h, nama, ref).map((x) => x.kode)).toEqual(['bobot-tidak-sah']);
  });

  test('RAPK: bobot 0 pada kode yang tidak ada di PK tetap Kesalahan', () => {
    const wb = buku();
    ubah(wb, RAPK, sel(wb, RAPK, 'IK03', 'Kode'), 'IK99');
    const ref = sel(wb, RAPK, 'IK99', 'Bobot');
    ubah(wb, RAPK, ref, 0);
    const h = periksa(wb);
    expect(satu(h, 'bobot-tidak-sah', RAPK, ref).pesan).toContain('Bobot 0');
    satu(h, 'rapk-kode-tidak-di-pk', RAPK, sel(wb, RAPK, 'IK99', 'Kode'));
  });

  test('RAPK: bobot positif yang berbeda dengan PK tetap Info "RAPK tidak sama dengan PK"', () => {
    const { ref, h } = denganBobot(RAPK, 'IK01', 3);
    const t = satu(h, 'rapk-beda-pk', RAPK, ref);
    expect(t.tingkat).toBe('Info');
    expect(t.pesan).toContain('3');
    expect(t.pesan).toContain('2');
    expect(dengan(h, 'bobot-tidak-sah')).toEqual([]);
  });

  test('RAPK: bobot 0,5 (positif) bukan Kesalahan', () => {
    const { h } = denganBobot(RAPK, 'IK02', 0.5);
    expect(dengan(h, 'bobot-tidak-sah')).toEqual([]);
    expect(dengan(h, 'rapk-beda-pk')).toHaveLength(1);
  });

  test('Pengukuran: bobot 0 yang sama dengan bobot 0 di PK dilaporkan sekali, di PK', () => {
    const wb = buku();
    const refPk = sel(wb, PK, 'IK03', 'Bobot');
    const refUkur = sel(wb, UKUR, 'IK03', 'Bobot');
    ubah(wb, PK, refPk, 0);
    ubah(wb, UKUR, refUkur, 0);
    const h = periksa(wb);
    satu(h, 'bobot-tidak-sah', PK, refPk);
    expect(di(h, UKUR, refUkur)).toEqual([]);
  });

  test('Pengukuran: IKU dengan bobot kosong tetap Peringatan "Pengukuran tidak sama dengan PK"', () => {
    const { ref, h } = denganBobot(UKUR, 'IK05', null);
    expect(satu(h, 'pengukuran-beda-pk', UKUR, ref).tingkat).toBe('Peringatan');
    expect(dengan(h, 'bobot-tidak-sah')).toEqual([]);
  });
});

describe('4. Satuan persen ditulis dengan kata', () => {
  function denganSatuan(satuan: string): { wb: WorkbookSnapshot; ref: string } {
    const wb = buku();
    ubah(wb, PK, sel(wb, PK, 'IK04', 'Satuan'), satuan);
    ubah(wb, RAPK, sel(wb, RAPK, 'IK04', 'Satuan'), satuan);
    ubah(wb, UKUR, sel(wb, UKUR, 'IK04', 'Satuan'), satuan);
    const ref = sel(wb, RAPK, 'IK04', A_B6);
    ubah(wb, RAPK, ref, 60);
    ubah(wb, RAPK, sel(wb, RAPK, 'IK04', B_B6), 50);
    return { wb, ref };
  }

  test.each(['Persen (%)', 'persentase (%)', '% (persen)', 'Persentase', 'PERSEN', 'persen/tahun'])('satuan %j: a > b adalah Peringatan di sel pembilang', (satuan) => {
    const { wb, ref } = denganSatuan(satuan);
    const t = satu(periksa(wb), 'pembilang-lebih-besar', RAPK, ref);
    expect(t.tingkat).toBe('Peringatan');
    expect(t.pesan).toContain('60');
    expect(t.pesan).toContain('50');
    expect(t.pesan).toContain('120');
  });

  test.each(['per seribu penduduk', 'dipersenkan', 'orang', 'indeks'])('satuan %j bukan persen: a > b tidak dilaporkan', (satuan) => {
    const { wb } = denganSatuan(satuan);
    expect(dengan(periksa(wb), 'pembilang-lebih-besar')).toEqual([]);
  });

  test('satuan "Persen (%)": target PK 0,8 tampaknya pecahan', () => {
    const wb = buku();
    ubah(wb, PK, sel(wb, PK, 'IK04', 'Satuan'), 'Persen (%)');
    const ref = sel(wb, PK, 'IK04', 'Target');
    ubah(wb, PK, ref, 0.8);
    const t = satu(periksa(wb), 'target-pecahan', PK, ref);
    expect(t.pesan).toContain('0,8');
    expect(t.pesan).toContain('80%');
  });

  test('satuan "persentase (%)" dengan target label WTP: label tidak cocok dengan satuan', () => {
    const wb = buku();
    const ref = sel(wb, PK, 'IK02', 'Satuan');
    ubah(wb, PK, ref, 'persentase (%)');
    ubah(wb, PK, sel(wb, PK, 'IK02', 'Target'), 'WTP');
    const t = satu(periksa(wb), 'target-label-satuan', PK, ref);
    expect(t.pesan).toContain('"WTP"');
    expect(t.pesan).toContain('"persentase (%)"');
  });
});

describe('5. Hanya baris tabel RAPK yang diperiksa', () => {
  /** Data rows 5–9, then blank row 10. */
  function denganCatatan(isi: Record<string, CellInput>): WorkbookSnapshot {
    const wb = buku();
    const s = lembar(wb, RAPK);
    expect(s.values.length).toBe(9);
    s.values.push([]);
    for (const [ref, v] of Object.entries(isi)) ubah(wb, RAPK, ref, v);
    return wb;
  }

  test('catatan di bawah tabel (D11 "Catatan", E11 teks) bukan indikator', () => {
    const wb = denganCatatan({ D11: 'Catatan', E11: 'Realisasi TW I menunggu laporan unit' });
    const h = periksa(wb);
    expect(di(h, RAPK, 'D11')).toEqual([]);
    expect(daftar(h)).toEqual([]);
  });

  test('catatan hanya di kolom Kode (D11 "Catatan: realisasi TW I menunggu laporan unit") bukan indikator', () => {
    const wb = denganCatatan({ D11: 'Catatan: realisasi TW I menunggu laporan unit' });
    expect(daftar(periksa(wb))).toEqual([]);
  });

  test('catatan di bawah tabel di kolom Kriteria tidak dilaporkan sebagai kriteria yang tidak dikenal', () => {
    const wb = buku();
    const s = lembar(wb, RAPK);
    const cKrit = s.values[3].indexOf(rapkBlok('B12')[4]);
    s.values.push([]);
    ubah(wb, RAPK, 'D11', 'Keterangan:');
    ubah(wb, RAPK, a1(10, cKrit), 'Kriteria mengikuti Tabel 3 LAKIP');
    expect(daftar(periksa(wb))).toEqual([]);
  });

  test('baris indikator setelah baris kosong (No, Kode dan Indikator terisi) tetap diperiksa', () => {
    const wb = buku();
    const s = lembar(wb, RAPK);
    s.values.push([]);
    const isi = s.values[8].slice(); // IK05
    isi[0] = 6;
    isi[RAPK_KOLOM_TETAP.indexOf('Kode')] = 'IK06';
    isi[RAPK_KOLOM_TETAP.indexOf('Indikator')] = 'Indeks profesionalitas ASN';
    isi[RAPK_KOLOM_TETAP.indexOf('Bobot')] = 0;
    s.values.push(isi); // row 11
    const h = periksa(wb);
    satu(h, 'rapk-kode-tidak-di-pk', RAPK, 'D11');
    expect(satu(h, 'bobot-tidak-sah', RAPK, 'I11').pesan).toContain('IK06');
  });
});
