/**
 * Issue 9, "Periksa says the right thing": one cause, one finding, with advice
 * right for the row's polaritas and in Indonesian number style, following the
 * kriteria preset in force. Each case runs the whole of Periksa (every rule)
 * on the 2019 example in the browser engine, edited as a user would, with
 * "Perbarui dari PK" clicked where a user would click it.
 */
import { rapkBlok } from '../core/layout';
import { HasilPeriksa } from '../core/periksa';
import { periksaBukuKerja } from '../core/jobs';
import { BukuUji, PK, RAPK, UKUR, daftar, pesanRapi } from './helpers/periksa-data';

const R12 = rapkBlok('B12')[2];
const C12 = rapkBlok('B12')[3];

function periksa(b: BukuUji): HasilPeriksa {
  const h = periksaBukuKerja(b.snapshot());
  for (const t of h.temuan) expect(pesanRapi(t)).toEqual([]);
  return h;
}

/** The example's own findings: three capaian above 120 under BPOM Tabel 3. */
const REVIU = (b: BukuUji): string[] => ['IK04', 'IK05', 'IK15'].map((k) => `capaian-lebih-120@${RAPK}!${b.rapk(k, C12).sel}`);

describe('capaian di atas batas reviu: saran mengikuti polaritas', () => {
  test.each([
    ['negatif', 10, '190'],
    ['negatif-rasio', 50, '200'],
  ])('polaritas %s, realisasi %d terhadap target 100: "target terlalu tinggi", bukan "terlalu rendah"', (polaritas, realisasi, capaian) => {
    const b = BukuUji.contoh();
    b.ketik([b.pk('IK07', 'Polaritas'), polaritas]);
    b.perbarui();
    b.ketik([b.rapk('IK07', R12), realisasi]);
    const h = periksa(b);
    const t = h.temuan.filter((x) => x.sheet === RAPK && x.sel === b.rapk('IK07', C12).sel);
    expect(t.map((x) => x.kode)).toEqual(['capaian-lebih-120']);
    expect(t[0].pesan).toContain(capaian);
    expect(t[0].pesan).toContain(`polaritas ${polaritas}`);
    expect(t[0].saran).toContain('target 100 kemungkinan terlalu tinggi');
    expect(t[0].saran).not.toContain('terlalu rendah');
    expect(daftar(h.temuan).sort()).toEqual([...REVIU(b), `capaian-lebih-120@${RAPK}!${b.rapk('IK07', C12).sel}`].sort());
  });

  test('positif di atas 120 tetap "target kemungkinan terlalu rendah"', () => {
    const b = BukuUji.contoh();
    const t = periksa(b).temuan.find((x) => x.sel === b.rapk('IK04', C12).sel);
    expect(t?.saran).toContain('target 61 kemungkinan terlalu rendah');
  });

  test('Permendagri 86/2017 tidak punya pita "reviu target": tidak ada peringatan capaian di atas 120', () => {
    const b = BukuUji.contoh();
    b.ketik([b.setelan('Preset kriteria'), 'Permendagri 86/2017']);
    const h = periksa(b);
    expect(h.temuan).toEqual([]);
    expect(h.ringkasan).toBe('Tidak ada masalah: buku kerja bersih. Kriteria: Permendagri 86/2017.');
  });
});

describe('target 0: satu temuan, tanpa "Ketik 0"', () => {
  test('sebelum dan sesudah Perbarui: hanya target-kosong di PK, tidak ada saran mengetik 0', () => {
    const b = BukuUji.contoh();
    const sel = b.pk('IK11', 'Target');
    b.ketik([sel, 0]);
    // PK changed only: the RAPK still holds the old target, and nothing else is said.
    let h = periksa(b);
    expect(daftar(h.temuan).sort()).toEqual([`target-kosong@${PK}!${sel.sel}`, ...REVIU(b)].sort());
    expect(h.temuan.find((t) => t.kode === 'target-kosong')?.pesan).toContain('bernilai 0');
    // After the click the RAPK has target 0: its capaian shows #DIV/0!, computed as it must be, not a finding of its own.
    b.perbarui();
    expect(String(b.nilai(b.rapk('IK11', C12)))).toMatch(/^#DIV\/0!/);
    h = periksa(b);
    const ik11 = new Set([b.rapk('IK11', C12).sel, b.rapk('IK11', rapkBlok('B12')[4]).sel, b.rapk('IK11', 'Target B12').sel, b.ukur('IK11', 'Capaian').sel]);
    expect(h.temuan.filter((t) => t.pesan.includes('IK11') || ik11.has(t.sel)).map((t) => `${t.kode}@${t.sheet}!${t.sel}`)).toEqual([`target-kosong@${PK}!${sel.sel}`]);
    expect(h.temuan.some((t) => /[Kk]etik 0\b/.test(t.saran))).toBe(false);
  });
});

describe('kode ganda: satu temuan, tanpa perbandingan PK dengan RAPK yang keliru', () => {
  test('IK03 diberi kode IK01 setelah RAPK dibuat: hanya kode-ganda; Perbarui menolak PK ini', () => {
    const b = BukuUji.contoh();
    const sel = b.pk('IK03', 'Kode');
    b.ketik([sel, 'IK01']);
    const h = periksa(b);
    expect(daftar(h.temuan).sort()).toEqual([`kode-ganda@${PK}!${sel.sel}`, ...REVIU(b)].sort());
    expect(h.temuan.find((t) => t.kode === 'kode-ganda')?.pesan).toContain('D5');
    expect(() => b.perbarui()).toThrow(/dipakai dua kali/);
  });
});

describe('target persen', () => {
  test('"100%" diketik (tersimpan 1): satu temuan "Ketik 100", RAPK yang lama tidak dibandingkan', () => {
    const b = BukuUji.contoh();
    const sel = b.pk('IK07', 'Target');
    b.ketik([sel, '100%']);
    const h = periksa(b);
    expect(daftar(h.temuan).sort()).toEqual([`target-pecahan@${PK}!${sel.sel}`, ...REVIU(b)].sort());
    const t = h.temuan.find((x) => x.kode === 'target-pecahan');
    expect(t?.saran).toContain(`Ketik 100 di ${sel.sel}`);
  });

  test('100 diketik ulang di sel berformat persen (tampil 10.000%): Info bahwa nilainya benar, bukan "Ketik 10.000"', () => {
    const b = BukuUji.contoh();
    const sel = b.pk('IK07', 'Target');
    b.ketik([sel, '100%']);
    b.ketik([sel, 100]); // the cell keeps its percent format
    const h = periksa(b);
    expect(daftar(h.temuan).sort()).toEqual([`target-format-persen@${PK}!${sel.sel}`, ...REVIU(b)].sort());
    const t = h.temuan.find((x) => x.kode === 'target-format-persen')!;
    expect(t.tingkat).toBe('Info');
    expect(t.pesan).toContain('tampil 10.000%');
    expect(t.pesan).toContain('nilainya 100');
    expect(`${t.pesan} ${t.saran}`).not.toMatch(/Ketik 10\.000|ketik 10\.000/);
  });
});

describe('satuan berbeda mengikuti polaritas baris', () => {
  test('prevalensi 0,01 terhadap target 3 (negatif) dihitung 199,67; positif dengan angka yang sama dilaporkan', () => {
    const b = BukuUji.contoh();
    b.ketik([b.pk('IK07', 'Target'), 3], [b.pk('IK07', 'Polaritas'), 'negatif'], [b.pk('IK07', 'Satuan'), '%']);
    b.perbarui();
    b.ketik([b.rapk('IK07', R12), 0.01]);
    let h = periksa(b);
    expect(h.temuan.filter((t) => t.kode === 'satuan-berbeda')).toEqual([]);
    expect(b.nilai(b.rapk('IK07', C12))).toBeCloseTo(199.6667, 3);
    b.ketik([b.pk('IK07', 'Polaritas'), 'positif']);
    b.perbarui();
    h = periksa(b);
    const t = h.temuan.filter((x) => x.kode === 'satuan-berbeda');
    expect(daftar(t)).toEqual([`satuan-berbeda@${RAPK}!${b.rapk('IK07', R12).sel}`]);
    expect(t[0].pesan).toContain('0,01');
    expect(t[0].saran).toContain('Ketik realisasi 1 ');
  });
});

describe('preset kriteria yang berlaku disebut', () => {
  test('ringkasan menyebut preset; kriteria yang diketik dinilai dengan pita preset itu', () => {
    const b = BukuUji.contoh();
    expect(periksa(b).ringkasan).toBe('Tidak ada kesalahan; 3 peringatan. Kriteria: BPOM Tabel 3.');
    b.ketik([b.setelan('Preset kriteria'), 'Permendagri 86/2017']);
    const org = b.ringkasan('Organisasi', 2);
    expect(b.nilai(org)).toBe('Sangat Tinggi');
    b.ketik([org, 'Sangat Baik']);
    let h = periksa(b);
    expect(daftar(h.temuan)).toEqual([`kriteria-tidak-dikenal@${UKUR}!${org.sel}`]);
    expect(h.temuan[0].pesan).toContain('Permendagri 86/2017 (Sangat Rendah, Rendah, Sedang, Tinggi, Sangat Tinggi)');
    expect(h.ringkasan).toBe('Tidak ada kesalahan; 1 peringatan. Kriteria: Permendagri 86/2017.');
    b.ketik([org, 'Tinggi']);
    h = periksa(b);
    expect(daftar(h.temuan)).toEqual([`kriteria-berbeda@${UKUR}!${org.sel}`]);
    expect(h.temuan[0].pesan).toContain('NPS 106,37 termasuk "Sangat Tinggi" menurut Permendagri 86/2017');
  });
});
