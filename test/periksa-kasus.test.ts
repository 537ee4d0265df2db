/**
 * Periksa as a whole (every rule), cases carried over from the old checks
 * tests to the new workbook: the 2019 example, Kode matched as Perbarui matches
 * it, percent units written in words, the end of the RAPK table, the order of
 * findings, odd cells from a host, and a hand-typed formula over an empty cell
 * said once.
 */
import { rapkBlok } from '../core/layout';
import { kunciKode } from '../core/pk';
import { HasilPeriksa, periksa } from '../core/periksa';
import { aturanRapkIsian } from '../core/periksa/rapk-isian';
import { periksaBukuKerja } from '../core/jobs';
import { BukuUji, PK, RAPK, UKUR, ANGG, alamat, daftar, lembarSnap, periksaSatu, pesanRapi } from './helpers/periksa-data';

let buku: BukuUji | null = null;
const b0 = (): BukuUji => (buku ??= BukuUji.contoh());
const C12 = rapkBlok('B12')[3];
const [A6, B6] = rapkBlok('B6');
const REVIU = (b: BukuUji): string[] => ['IK04', 'IK05', 'IK15'].map((k) => `capaian-lebih-120@${RAPK}!${b.rapk(k, C12).sel}`);

function semua(b: BukuUji, wb = b.snapshot()): HasilPeriksa {
  const h = periksaBukuKerja(wb);
  for (const t of h.temuan) expect(pesanRapi(t)).toEqual([]);
  return h;
}

describe('contoh 2019', () => {
  test('tanpa kesalahan: tiga peringatan capaian di atas 120 (132,16; 131,08; 128,03), di RAPK B12', () => {
    const b = b0();
    const h = semua(b);
    expect(h.jumlah).toEqual({ Kesalahan: 0, Peringatan: 3, Info: 0 });
    expect(daftar(h.temuan)).toEqual(REVIU(b));
    expect(h.temuan.map((t) => t.pesan.match(/\d+,\d\d/)?.[0])).toEqual(['132,16', '131,08', '128,03']);
    expect(h.ringkasan).toBe('Tidak ada kesalahan; 3 peringatan. Kriteria: BPOM Tabel 3.');
  });

  test('setiap judul temuan = judul aturannya', () => {
    for (const t of semua(b0()).temuan) expect(t.judul).toBe('Capaian melewati batas reviu target');
  });
});

describe('Kode dicocokkan dengan kunciKode, seperti Perbarui', () => {
  // [Kode di PK, Kode di RAPK dan setiap lembar]
  const PASANGAN: Array<[string, string]> = [
    ['IK  01', 'IK 01'], // spasi ganda di dalam kode
    ['ik01', 'IK01'], // huruf kecil/besar: baris yang sama, tetapi Perbarui menulis ulang kodenya
    ['IK01', ' IK01 '],
    ['I\u212A01', 'IK01'], // tanda Kelvin: huruf kecilnya "k" (kunciKode sama)
    ['IKSS', 'IK\u00DF'], // ß: huruf besarnya "SS", tetapi kunciKode berbeda
  ];
  test.each(PASANGAN)('PK %j, RAPK %j', (kodePk, kodeRapk) => {
    const b = b0();
    const wb = b.dengan([
      [b.pk('IK01', 'Kode'), kodePk],
      [b.rapk('IK01', 'Kode'), kodeRapk],
      [b.ukur('IK01', 'Kode'), kodeRapk],
      [b.renstra('IK01', 'Kode'), kodeRapk],
    ]);
    const basi = daftar(semua(b, wb).temuan).filter((x) => /^(rapk-|pk-kode|tampilan-)/.test(x));
    const sama = kunciKode(kodePk) === kunciKode(kodeRapk);
    const persis = kodePk.trim().replace(/\s+/g, ' ') === kodeRapk.trim().replace(/\s+/g, ' ');
    if (!sama) expect(basi).toEqual([`pk-kode-tidak-di-rapk@${PK}!D5`, `rapk-kode-tidak-di-pk@${RAPK}!D5`]);
    else if (!persis) expect(basi).toEqual([`rapk-beda-pk@${RAPK}!D5`]); // the same row; its Kode as written changes
    else expect(basi).toEqual([]);
  });
});

describe('satuan persen ditulis dengan kata', () => {
  const dengan = (satuan: string) => {
    const b = b0();
    return b.dengan([[b.rapk('IK04', 'Satuan'), satuan], [b.rapk('IK04', A6), 60], [b.rapk('IK04', B6), 50]]);
  };
  test.each(['Persen (%)', 'persentase (%)', '% (persen)', 'Persentase', 'PERSEN', 'persen/tahun'])('satuan %j: a > b adalah Peringatan di sel pembilang', (satuan) => {
    expect(daftar(periksaSatu(aturanRapkIsian, dengan(satuan)))).toEqual([`pembilang-lebih-besar@${RAPK}!${b0().rapk('IK04', A6).sel}`]);
  });
  test.each(['per seribu penduduk', 'dipersenkan', 'orang', 'indeks'])('satuan %j bukan persen: a > b tidak dilaporkan', (satuan) => {
    expect(daftar(periksaSatu(aturanRapkIsian, dengan(satuan)))).toEqual([]);
  });
});

describe('hanya baris tabel RAPK yang diperiksa', () => {
  test('catatan di bawah tabel (Kode "Catatan", teks di Indikator dan di kolom Kriteria) bukan indikator', () => {
    const b = b0();
    const r = b.header(RAPK) + 19; // one blank row under the table's 17 rows
    const c = (h: string) => ({ sheet: RAPK, row: r, col: b.kolom(RAPK, h), sel: '' });
    const wb = b.dengan([
      [c('Kode'), 'Catatan'],
      [c('Indikator'), 'Realisasi TW I menunggu laporan unit'],
      [c(rapkBlok('B12')[4]), 'Kriteria mengikuti Tabel 3 LAKIP'],
    ]);
    expect(daftar(semua(b, wb).temuan)).toEqual(REVIU(b));
  });
});

describe('urutan temuan', () => {
  test('PK, RAPK, Pengukuran, Anggaran dan Efisiensi, lalu baris dan kolom', () => {
    const b = b0();
    const wb = b.dengan([
      [b.anggaran(1, 'Realisasi Anggaran'), 'banyak'],
      [b.ukur('IK03', 'Kriteria'), 'Bagus'],
      [b.ukur('IK01', 'Kriteria'), 'Bagus'],
      [b.rapk('IK01', 'Target B6'), 1],
      [b.pk('IK03', 'Pagu'), 'abc'],
      [b.pk('IK01', 'Pagu'), 'abc'],
    ]);
    wb.sheets.reverse();
    wb.sheets.unshift({ name: 'Catatan', values: [['bebas']] });
    const h = semua(b, wb);
    expect(h.temuan.map((t) => `${t.sheet}!${t.sel}`)).toEqual([
      `${PK}!${b.pk('IK01', 'Pagu').sel}`,
      `${PK}!${b.pk('IK03', 'Pagu').sel}`,
      `${RAPK}!${b.rapk('IK01', 'Target B6').sel}`,
      ...REVIU(b).map((x) => x.replace(/^[^@]+@/, '')),
      `${UKUR}!${b.ukur('IK01', 'Kriteria').sel}`,
      `${UKUR}!${b.ukur('IK03', 'Kriteria').sel}`,
      `${ANGG}!${b.anggaran(1, 'Realisasi Anggaran').sel}`,
    ]);
    expect(h.jumlah).toEqual({ Kesalahan: 3, Peringatan: 6, Info: 0 });
    expect(h.ringkasan).toBe('3 kesalahan, 6 peringatan. Kriteria: BPOM Tabel 3.');
  });
});

describe('masukan aneh', () => {
  test('nama indikator berbahaya lewat sebagai teks biasa', () => {
    const b = b0();
    const nama = '<img src=x onerror=alert(1)>';
    const wb = b.dengan([[b.pk('IK01', 'Indikator'), nama], [b.pk('IK01', 'Target'), null]]);
    const t = semua(b, wb).temuan.find((x) => x.kode === 'target-kosong');
    expect(t?.pesan).toContain(nama);
  });

  test('sel rusak dari host (undefined, Date, boolean, baris pendek), tanpa rumus: tidak membuat crash', () => {
    const b = b0();
    const wb = b.dengan([]);
    lembarSnap(wb, PK).values.push([undefined, true, new Date(2019, 0, 3), 'IK50'], []);
    delete lembarSnap(wb, UKUR).formulas;
    delete lembarSnap(wb, RAPK).numberFormats;
    expect(() => periksa(wb)).not.toThrow();
    const kosong = periksa({ host: 'sheets', sheets: [] });
    expect(daftar(kosong.temuan)).toEqual([`pk-tidak-ada@${PK}!A1`]);
    expect(kosong.ringkasan).toBe('Tidak ada kesalahan; 1 info. Kriteria: BPOM Tabel 3.');
  });
});

describe('host yang belum menghitung rumus (seperti tiruan host di tes adapter)', () => {
  test('setiap sel berumus tampil kosong: tidak ada temuan palsu; nilai ketikan tetap dinilai', () => {
    const b = b0();
    const kosongkan = (wb: ReturnType<BukuUji['snapshot']>): void => {
      for (const s of wb.sheets) s.formulas?.forEach((row, r) => row?.forEach((f, c) => f && (s.values[r][c] = '')));
    };
    expect(daftar(semua(b, b.dengan([], kosongkan)).temuan)).toEqual([]);
    const wb = b.dengan([[b.rapk('IK01', C12), 99]], kosongkan);
    expect(daftar(semua(b, wb).temuan)).toEqual([`nilai-menimpa-rumus@${RAPK}!${b.rapk('IK01', C12).sel}`]);
  });
});

describe('rumus ketikan atas sel kosong (Excel desktop): satu temuan', () => {
  test('CAPAIAN atas Pembilang yang kosong, tampil 0: hanya kosong-jadi-nol di sel rumus itu', () => {
    const b = b0();
    const a = alamat(RAPK, 'AU5');
    b.ketik([a, '=KINERJA.CAPAIAN(O5,J5)']);
    const wb = b.dengan([], (w) => {
      const s = lembarSnap(w, RAPK);
      while (s.values[a.row].length <= a.col) s.values[a.row].push(null);
      while ((s.formulas as string[][])[a.row].length <= a.col) (s.formulas as string[][])[a.row].push('');
      s.values[a.row][a.col] = 0;
      (s.formulas as string[][])[a.row][a.col] = '=KINERJA.CAPAIAN(O5,J5)';
    });
    b.ketik([a, null]);
    const h = semua(b, wb);
    expect(daftar(h.temuan).sort()).toEqual([`kosong-jadi-nol@${RAPK}!AU5`, ...REVIU(b)].sort());
    expect(h.temuan.find((t) => t.kode === 'kosong-jadi-nol')?.saran).toContain('=IF(O5="","",KINERJA.CAPAIAN(O5,J5))');
  });
});
