import {
  capaian,
  capaianDetail,
  rasio,
  serapan,
  efisiensi,
  tingkatEfisiensi,
  kategoriEfisiensi,
  kriteria,
  predikatAkip,
  targetTriwulan,
  angka,
  nps,
  bacaSkalaKriteria,
  bacaSkalaKualitatif,
  cariLabel,
} from '../core/formulas';
import { DEFAULT_PENGATURAN } from '../core/settings';
import { KError, isKError } from '../core/values';
import { callFunction } from '../core/functions';

function err(v: unknown): KError {
  expect(isKError(v)).toBe(true);
  return v as KError;
}

describe('CAPAIAN: polaritas positif (bawaan)', () => {
  test('53,36 terhadap 54,3 = 98,27 (tanpa pembulatan)', () => {
    expect(capaian(53.36, 54.3)).toBeCloseTo(98.2688766, 6);
    expect(capaian('53,36', '54,3')).toBeCloseTo(98.2688766, 6);
    expect(capaian('53,36', '54,3', 'positif')).toBeCloseTo(98.2688766, 6);
  });
  test('teks persen di keduanya: 99,44% terhadap 100% = 99,44', () => {
    expect(capaian('99,44%', '100%')).toBeCloseTo(99.44, 10);
    expect(capaian('99,44', '100%')).toBeCloseTo(99.44, 10);
  });
  test('tanpa batas atas secara bawaan (seed 001: 132,16)', () => {
    expect(capaian(80.62, 61)).toBeCloseTo(132.1639, 3);
  });
  test('batas_atas memotong hasil', () => {
    expect(capaian(80.62, 61, null, 120)).toBe(120);
    expect(capaian(53.36, 54.3, null, 120)).toBeCloseTo(98.2689, 3);
    expect(err(capaian(1, 2, null, 0)).code).toBe('VALUE');
  });
  test('rumus disebutkan agar dapat ditelusuri', () => {
    expect(capaianDetail(53.36, 54.3).rumus).toBe('R / T × 100');
    expect(capaianDetail(80.62, 61, null, 120).rumus).toContain('dibatasi 120');
  });
});

describe('CAPAIAN: polaritas negatif', () => {
  test('(2T − R) / T × 100', () => {
    expect(capaian(8, 10, 'negatif')).toBeCloseTo(120, 10);
    expect(capaian(12, 10, 'negatif')).toBeCloseTo(80, 10);
    expect(capaian(10, 10, 'Negatif')).toBeCloseTo(100, 10);
  });
  test('tidak di bawah 0', () => {
    expect(capaian(25, 10, 'negatif')).toBe(0);
  });
  test('pengaturan "rasio" membuat negatif = T / R', () => {
    const p = { ...DEFAULT_PENGATURAN, rumusNegatif: 'rasio' as const };
    expect(capaian(8, 10, 'negatif', null, p)).toBeCloseTo(125, 10);
  });
});

describe('CAPAIAN: polaritas negatif-rasio', () => {
  test('T / R × 100', () => {
    expect(capaian(8, 10, 'negatif-rasio')).toBeCloseTo(125, 10);
  });
  test('R = 0 tidak membuat crash: #DIV/0! dengan penjelasan, atau batas atas bila diisi', () => {
    const e = err(capaian(0, 10, 'negatif-rasio'));
    expect(e.code).toBe('DIV0');
    expect(e.message).toContain('batas_atas');
    expect(capaian(0, 10, 'negatif-rasio', 150)).toBe(150);
  });
});

describe('CAPAIAN: target rentang "a–b"', () => {
  test.each([
    // polaritas kosong = positif: di atas rentang dihargai (R / b), di bawah R / a
    ['80–90', 85, null, 100],
    ['80-90', 80, null, 100],
    ['80 - 90', 90, null, 100],
    ['80 s.d. 90', 72, null, 90],
    ['80–90', 99, null, 110],
    ['80–90', 92, 'positif', (92 / 90) * 100],
    ['1.000–2.000', 1500, null, 100],
    // rentang: keluar ke mana pun lebih buruk, di atas (2b − R) / b, minimal 0
    ['80–90', 72, 'rentang', 90],
    ['80–90', 99, 'rentang', 90],
    ['80–90', 200, 'rentang', 0],
    // negatif: makin rendah makin baik, terhadap batas terdekat
    ['7–8', 6.5, 'negatif', ((14 - 6.5) / 7) * 100],
    ['7–8', 9, 'negatif', 87.5],
    ['7–8', 7.5, 'negatif', 100],
  ])('target %s, realisasi %d, polaritas %s → %d', (t, r, p, c) => {
    expect(capaian(r, t, p)).toBeCloseTo(c as number, 10);
  });
  test('realisasi teks terhadap rentang = galat yang menyebut teksnya', () => {
    expect(err(capaian('baik', '80–90')).message).toContain('"baik"');
  });
  test('polaritas rentang tanpa target rentang = galat', () => {
    expect(err(capaian(5, 10, 'rentang')).message).toContain('rentang');
  });
});

describe('CAPAIAN: kualitatif', () => {
  test('WTP terhadap WTP = 100; WDP terhadap WTP = 75', () => {
    expect(capaian('WTP', 'WTP')).toBe(100);
    expect(capaian('WDP', 'WTP')).toBe(75);
  });
  test('label tidak peka huruf besar, bentuk panjang diterima', () => {
    expect(capaian('wajar tanpa pengecualian', 'WTP')).toBe(100);
    expect(capaian('Wajar Dengan Pengecualian', 'wtp')).toBe(75);
    expect(capaian('tidak wajar', 'WTP')).toBe(50);
  });
  test('predikat AKIP: BB terhadap A = 5/6', () => {
    expect(capaian('BB', 'A')).toBeCloseTo((5 / 6) * 100, 10);
    expect(capaian('aa', 'A')).toBeCloseTo((7 / 6) * 100, 10);
  });
  test('skala berbeda atau label lawan angka = galat yang jelas', () => {
    expect(err(capaian('WTP', 'A')).message).toContain('skala berbeda');
    expect(err(capaian('WTP', 80)).message).toContain('sama-sama');
  });
  test('skala adalah pengaturan, bukan konstanta', () => {
    const p = {
      ...DEFAULT_PENGATURAN,
      skala: [{ nama: 'Mutu', label: [{ kode: 'Rendah', skor: 1, alias: [] }, { kode: 'Tinggi', skor: 4, alias: [] }] }],
    };
    expect(capaian('Rendah', 'Tinggi', null, null, p)).toBe(25);
    expect(isKError(capaian('WTP', 'WTP', null, null, p))).toBe(true);
  });
});

describe('CAPAIAN: argumen skala (tabel Skala, Label, Skor seperti lembar Pengaturan)', () => {
  /** The default scales as the Pengaturan sheet writes them. */
  const bawaan = (): Array<Array<string | number | null>> => [
    ['Opini BPK', 'TMP', 1],
    ['Opini BPK', 'TW', 2],
    ['Opini BPK', 'WDP', 3],
    ['Opini BPK', 'WTP', 4],
    ['Predikat AKIP', 'D', 1],
    ['Predikat AKIP', 'C', 2],
    ['Predikat AKIP', 'CC', 3],
    ['Predikat AKIP', 'B', 4],
    ['Predikat AKIP', 'BB', 5],
    ['Predikat AKIP', 'A', 6],
    ['Predikat AKIP', 'AA', 7],
    [null, null, null],
  ];
  const cap = (r: unknown, t: unknown, skala: unknown, p: unknown = null, b: unknown = null) => callFunction('CAPAIAN', [r, t, p, b, skala])[0][0];

  test('tanpa skala: skala bawaan, hasil tidak berubah', () => {
    expect(callFunction('CAPAIAN', ['WDP', 'WTP'])).toEqual([[75]]);
    expect(callFunction('CAPAIAN', ['WDP', 'WTP', null, null, null])).toEqual([[75]]);
    expect(callFunction('CAPAIAN', ['WDP', 'WTP', null, null, [[null]]])).toEqual([[75]]);
    expect(cap('WDP', 'WTP', bawaan())).toBe(75);
    expect(cap('BB', 'A', bawaan())).toBeCloseTo((5 / 6) * 100, 10);
  });

  test('skor yang diubah mengubah capaian', () => {
    const t = bawaan();
    t[2][2] = 3.5; // WDP = 3,5
    expect(cap('WDP', 'WTP', t)).toBe(87.5);
    expect(cap('wdp', 'wtp', t)).toBe(87.5); // label tidak peka huruf besar
    expect(capaian('WDP', 'WTP')).toBe(75); // bawaan tidak tersentuh
    t[4][2] = '2'; // D = "2" (teks angka dibaca sebagai angka)
    expect(cap('D', 'C', t)).toBe(100);
  });

  test('bentuk panjang bawaan tetap dikenal bila kode labelnya sama', () => {
    const t = bawaan();
    t[2][2] = 3.5;
    expect(cap('Wajar Dengan Pengecualian', 'Wajar Tanpa Pengecualian', t)).toBe(87.5);
    // Also under another scale name, and when a long form is typed as the label.
    expect(cap('wajar dengan pengecualian', 'WTP', [['Opini', 'WDP', 2], ['Opini', 'WTP', 4]])).toBe(50);
    expect(cap('WDP', 'WTP', [['Opini', 'Wajar Dengan Pengecualian', 2], ['Opini', 'WTP', 4]])).toBe(50);
  });

  test('skala sendiri: baris kosong diabaikan, Skala kosong = baris di atasnya, baris judul dilewati', () => {
    const t = [
      ['Skala', 'Label', 'Skor'],
      ['Mutu', 'Rendah', 1],
      [null, null, null],
      [null, 'Sedang', 2],
      ['', 'Tinggi', 4],
    ];
    expect(cap('Sedang', 'Tinggi', t)).toBe(50);
    expect(cap('rendah', 'TINGGI', t)).toBe(25);
    // The table replaces the default scales, as Pengaturan does for Periksa.
    expect(err(cap('WTP', 'WTP', t)).message).toBe('realisasi "WTP" bukan angka dan bukan label yang dikenal (mis. Tinggi)');
    // Numbers, bands and the other arguments work as before.
    expect(cap(53.36, 54.3, t)).toBeCloseTo(98.2688766, 6);
    expect(cap(72, '80–90', t)).toBeCloseTo(90, 10);
    expect(cap('Tinggi', 'Rendah', t, null, 150)).toBe(150);
    expect(cap('Rendah', 'Tinggi', t, 'negatif')).toBe(175);
  });

  test('range realisasi dan target tetap disiarkan; skala tidak disiarkan', () => {
    const t = bawaan();
    t[3][2] = 5; // WTP = 5
    expect(callFunction('CAPAIAN', [[['WTP'], ['WDP'], [45]], [['WTP'], ['WTP'], [50]], null, null, t])).toEqual([[100], [60], [90]]);
  });

  test('skor bukan angka → #VALUE! yang menyebut nilainya; capaian angka tidak terganggu', () => {
    const t = bawaan();
    t[3][2] = 'empat';
    const e = err(cap('WDP', 'WTP', t));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('skala kualitatif: skor "empat" untuk label "WTP" (skala "Opini BPK") bukan angka');
    expect(cap(45, 50, t)).toBe(90);
    expect(cap(72, '80–90', t)).toBeCloseTo(90, 10);
    expect(cap(null, 'WTP', t)).toBeNull();
    t[3][2] = null;
    expect(err(cap('WDP', 'WTP', t)).message).toBe('skala kualitatif: skor label "WTP" (skala "Opini BPK") kosong');
  });

  test('label ganda dengan skor berbeda → #VALUE!; ganda dengan skor sama boleh', () => {
    const t = [...bawaan(), ['opini bpk', 'wtp', 5]];
    expect(err(cap('WDP', 'WTP', t)).message).toBe('skala kualitatif: label "wtp" (skala "opini bpk") tertulis dua kali dengan skor berbeda (4 dan 5)');
    expect(cap('WDP', 'WTP', [...bawaan(), ['Opini BPK', 'WTP', 4]])).toBe(75);
  });

  test('label realisasi dan target dari skala berbeda → #VALUE! yang menyebut keduanya', () => {
    expect(err(cap('WTP', 'A', bawaan())).message).toBe('label dari skala berbeda: realisasi WTP (Opini BPK) dan target A (Predikat AKIP)');
    const t = [['Mutu', 'Rendah', 1], ['Mutu', 'Tinggi', 2], ['Akreditasi', 'Unggul', 3]];
    expect(err(cap('Tinggi', 'Unggul', t)).message).toBe('label dari skala berbeda: realisasi Tinggi (Mutu) dan target Unggul (Akreditasi)');
  });

  test('bentuk tabel yang salah → #VALUE! yang jelas', () => {
    expect(err(cap('WDP', 'WTP', [['WDP', 3], ['WTP', 4]])).message).toBe('skala kualitatif harus 3 kolom: Skala, Label, Skor (range yang diberikan 2 kolom)');
    expect(err(cap('WDP', 'WTP', [[null, 'WDP', 3]])).message).toBe('skala kualitatif: baris 1: nama skala kosong untuk label "WDP"; isi kolom Skala');
    expect(err(cap('WDP', 'WTP', [['Opini', null, 3]])).message).toBe('skala kualitatif: baris 1 (skala "Opini"): label kosong untuk skor "3"');
  });

  test('bacaSkalaKualitatif: longgar melewati baris buruk; tabel kosong = []', () => {
    expect(bacaSkalaKualitatif([[null, null, null]])).toEqual([]);
    const s = bacaSkalaKualitatif([['Opini BPK', 'WDP', 'tiga'], [null, 'WTP', 4]], true);
    expect(s).toEqual([{ nama: 'Opini BPK', label: [{ kode: 'WTP', skor: 4, alias: ['Wajar Tanpa Pengecualian', 'Wajar Tanpa Pengecualian (WTP)'] }] }]);
  });

  test('kode label menang atas bentuk panjang', () => {
    const p = { ...DEFAULT_PENGATURAN, skala: bacaSkalaKualitatif([['Opini', 'TMP', 1], ['Opini', 'Disclaimer', 0.5]]) as typeof DEFAULT_PENGATURAN.skala };
    expect(cariLabel('Disclaimer', p)!.label.skor).toBe(0.5);
    expect(cariLabel('Tidak Memberikan Pendapat', p)!.label.skor).toBe(1);
  });
});

describe('CAPAIAN: kosong, nol, teks tak dikenal, satuan', () => {
  test('realisasi kosong → kosong (bukan 0 %)', () => {
    expect(capaian(null, 54.3)).toBeNull();
    expect(capaian('', 54.3)).toBeNull();
    expect(capaian('  ', 0)).toBeNull();
  });
  test('target kosong atau 0 → #DIV/0!', () => {
    expect(err(capaian(5, null)).code).toBe('DIV0');
    expect(err(capaian(5, '')).code).toBe('DIV0');
    expect(err(capaian(5, 0)).code).toBe('DIV0');
    expect(err(capaian(5, '0,0')).code).toBe('DIV0');
  });
  test('teks yang bukan angka atau label → #VALUE! yang menyebut teksnya', () => {
    const e = err(capaian('sembilan puluh', 54.3));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('"sembilan puluh"');
    expect(err(capaian(5, 'n/a')).message).toContain('"n/a"');
  });
  test('polaritas tak dikenal menyebut teksnya', () => {
    expect(err(capaian(5, 10, 'naik turun')).message).toContain('"naik turun"');
  });
  test('target 1 (100 % terformat) lawan realisasi 99,44 → galat satuan, bukan 9944', () => {
    const e = err(capaian(99.44, 1));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('satuan berbeda');
    expect(err(capaian(0.9944, 100)).message).toContain('satuan berbeda');
  });
  test('satuan berbeda juga jauh dari 100 %: 45 atau 250 lawan target 1, realisasi 0,3 lawan target 80, negatif 99,44 lawan 1', () => {
    for (const [r, t, p] of [[45, 1, null], [250, 1, null], ['45%', 1, null], [0.3, 80, null], [99.44, 1, 'negatif']] as const) {
      expect({ r, t, pesan: err(capaian(r, t, p)).message.slice(0, 15) }).toEqual({ r, t, pesan: 'satuan berbeda:' });
    }
  });
  test('target rentang juga dicek satuannya: 0,85 lawan "80-90", 85 lawan "0,8-0,9"', () => {
    expect(err(capaian(0.85, '80-90')).message).toContain('satuan berbeda');
    expect(err(capaian(85, '0,8-0,9')).message).toContain('satuan berbeda');
    expect(capaian(0.85, '0,8-0,9')).toBe(100);
  });
  test('negatif: angka kecil yang sah tetap dihitung (0,02 lawan 10 = 199,8), juga 25 lawan 10 (0)', () => {
    expect(capaian(0.02, 10, 'negatif')).toBeCloseTo(199.8, 10);
    expect(capaian(25, 10, 'negatif')).toBe(0);
  });
  test('target rentang di dalam = 100 untuk setiap polaritas', () => {
    for (const p of ['negatif', 'rentang', 'positif', 'negatif-rasio', null]) expect(capaian(50, '40-60', p)).toBe(100);
  });
  test('angka kecil yang sah tetap dihitung (1 dokumen dari target 5)', () => {
    expect(capaian(3, 1)).toBeCloseTo(300, 10); // 3 dokumen dari target 1
    expect(capaian(12, 1)).toBeCloseTo(1200, 10);
    expect(capaian(1, 5)).toBeCloseTo(20, 10);
    expect(capaian(0.9, 1)).toBeCloseTo(90, 10);
  });
  test('galat dari sel lain diteruskan', () => {
    expect(err(capaian('#DIV/0! pagu 0', 5)).code).toBe('DIV0');
  });
});

describe('RASIO, SERAPAN, efisiensi', () => {
  test('rasio a / b × 100', () => {
    expect(rasio(45, 50)).toBeCloseTo(90, 10);
    expect(err(rasio(45, 0)).code).toBe('DIV0');
    expect(err(rasio(45, null)).code).toBe('DIV0');
    expect(rasio(null, 50)).toBeNull();
    expect(err(rasio('empat', 50)).message).toContain('"empat"');
  });
  test('serapan dari teks rupiah', () => {
    expect(serapan('Rp379.075.701.650,-', 'Rp386.738.331.000,-')).toBeCloseTo(98.0187, 3);
    expect(err(serapan(5, 0)).message).toContain('pagu');
  });
  test('IE, TE, kategori (SE = 1)', () => {
    expect(efisiensi(100, 98)).toBeCloseTo(1.020408, 5);
    expect(tingkatEfisiensi(100, 98)).toBeCloseTo(0.020408, 5);
    expect(kategoriEfisiensi(100, 98)).toBe('Efisien');
    expect(kategoriEfisiensi(98, 98)).toBe('Efisien');
    expect(kategoriEfisiensi(90, 98)).toBe('Tidak Efisien');
    expect(tingkatEfisiensi(90, 100)).toBeCloseTo(-0.1, 10);
    expect(err(efisiensi(100, 0)).code).toBe('DIV0');
    expect(efisiensi(null, 98)).toBeNull();
  });
});

describe('KRITERIA (Tabel 3, x = 120 Sangat Baik)', () => {
  test.each([
    [0, 'Sangat Kurang'],
    [49.999, 'Sangat Kurang'],
    [50, 'Kurang'],
    [69.99, 'Kurang'],
    [70, 'Cukup'],
    [89.999, 'Cukup'],
    [90, 'Baik'],
    [106.37, 'Baik'],
    [109.9999, 'Baik'],
    [110, 'Sangat Baik'],
    [111.13, 'Sangat Baik'],
    [120, 'Sangat Baik'],
    [120.0001, 'Tidak Dapat Disimpulkan'],
    [132.16, 'Tidak Dapat Disimpulkan'],
    [-5, 'Sangat Kurang'],
  ])('%d → %s', (x, label) => {
    expect(kriteria(x)).toBe(label);
  });
  test('derau titik-mengambang bukan nilai: 86,4 / 72 × 100 tepat 120 → Sangat Baik', () => {
    expect(kriteria(capaian(86.4, 72))).toBe('Sangat Baik');
    expect(kriteria(capaian(49.98, 99.96))).toBe('Kurang');
  });
  test('menilai nilai tanpa pembulatan: 109,996 tetap Baik; 120,0000001 sudah di atas 120', () => {
    expect(kriteria(109.996)).toBe('Baik');
    expect(kriteria(120.0000001)).toBe('Tidak Dapat Disimpulkan');
    expect(kriteria(49.99999999)).toBe('Sangat Kurang');
  });
  test('skala sendiri dengan "> 120": tepat 120 masih Sangat Baik, seperti Tabel 3; "> 105" untuk Melampaui', () => {
    const tabel3 = [[null, 'Sangat Kurang'], [50, 'Kurang'], [70, 'Cukup'], [90, 'Baik'], [110, 'Sangat Baik'], ['> 120', 'Tidak Dapat Disimpulkan']];
    expect(callFunction('KRITERIA', [[[120]], tabel3])).toEqual([['Sangat Baik']]);
    expect(callFunction('KRITERIA', [[[120.01]], tabel3])).toEqual([['Tidak Dapat Disimpulkan']]);
    const lain = [[null, 'Kritis'], [60, 'Perlu Perhatian'], [80, 'Mendekati Target'], [95, 'Tercapai'], ['>105', 'Melampaui']];
    expect(callFunction('KRITERIA', [[[105], [105.5]], lain])).toEqual([['Tercapai'], ['Melampaui']]);
    expect(err(bacaSkalaKriteria([[null, 'A'], ['lebih 5', 'B']])).message).toContain('"> 120"');
  });
  test('kosong → kosong; teks → galat', () => {
    expect(kriteria(null)).toBeNull();
    expect(err(kriteria('bagus')).message).toContain('"bagus"');
  });
  test('skala sendiri (2 kolom: batas bawah, label)', () => {
    const pita = bacaSkalaKriteria([
      [null, 'Kritis'],
      [60, 'Perlu Perhatian'],
      [80, 'Mendekati Target'],
      [95, 'Tercapai'],
      [105, 'Melampaui'],
    ]);
    expect(isKError(pita)).toBe(false);
    if (!isKError(pita)) {
      expect(kriteria(59, pita)).toBe('Kritis');
      expect(kriteria(80, pita)).toBe('Mendekati Target');
      expect(kriteria(104.9, pita)).toBe('Tercapai');
      expect(kriteria(130, pita)).toBe('Melampaui');
    }
  });
  test('skala yang tidak naik ditolak dengan pesan', () => {
    const pita = bacaSkalaKriteria([
      [50, 'A'],
      [40, 'B'],
    ]);
    expect(err(pita).message).toContain('naik');
  });
  test('capaian di bawah batas terendah skala sendiri → #N/A', () => {
    const pita = bacaSkalaKriteria([[50, 'Cukup'], [90, 'Baik']]);
    if (!isKError(pita)) expect(err(kriteria(10, pita)).code).toBe('NA');
  });
});

describe('PREDIKAT_AKIP', () => {
  test('derau titik-mengambang bukan nilai: (0,3 + 0,6) × 100 adalah 90 → AA', () => {
    expect((0.3 + 0.6) * 100).toBeLessThan(90);
    expect(predikatAkip((0.3 + 0.6) * 100)).toBe('AA');
  });
  test.each([
    [90, 'AA'],
    [100, 'AA'],
    [89.99, 'A'],
    [80, 'A'],
    [70, 'BB'],
    [60, 'B'],
    [50, 'CC'],
    [30, 'C'],
    [29.99, 'D'],
    [0, 'D'],
    ['78,35', 'BB'],
  ])('%s → %s', (n, p) => {
    expect(predikatAkip(n)).toBe(p);
  });
  test('di luar 0–100 → galat', () => {
    expect(err(predikatAkip(101)).message).toContain('0–100');
  });
});

describe('TARGET_TW: teks target', () => {
  test('label dan rentang diteruskan apa adanya; teks lain ditolak dengan namanya', () => {
    expect(targetTriwulan('WTP', 2, 'tetap')).toBe('WTP');
    expect(targetTriwulan('80–90', 4, 'akhir')).toBe('80–90');
    expect(err(targetTriwulan('abc', 2, 'tetap')).message).toContain('"abc"');
    expect(err(targetTriwulan('abc', 4, 'akhir')).message).toContain('"abc"');
  });
});

describe('TARGET_TW', () => {
  test('kumulatif: T/4, T/2, 3T/4, T', () => {
    expect([1, 2, 3, 4].map((q) => targetTriwulan(100, q, 'kumulatif'))).toEqual([25, 50, 75, 100]);
  });
  test('akhir: hanya B12', () => {
    expect([1, 2, 3, 4].map((q) => targetTriwulan(54.3, q, 'akhir'))).toEqual([null, null, null, 54.3]);
  });
  test('tetap: sama tiap triwulan, juga untuk label', () => {
    expect([1, 2, 3, 4].map((q) => targetTriwulan('100%', q, 'tetap'))).toEqual([100, 100, 100, 100]);
    expect(targetTriwulan('WTP', 2, 'tetap')).toBe('WTP');
  });
  test('triwulan boleh "TW II" atau "B6"', () => {
    expect(targetTriwulan(100, 'TW II', 'kumulatif')).toBe(50);
    expect(targetTriwulan(100, 'B9', 'kumulatif')).toBe(75);
  });
  test('kumulatif atas label dan triwulan 5 → galat yang jelas', () => {
    expect(err(targetTriwulan('WTP', 2, 'kumulatif')).message).toContain('"WTP"');
    expect(isKError(targetTriwulan(100, 5))).toBe(true);
    expect(err(targetTriwulan(100, 1, 'bulanan')).message).toContain('"bulanan"');
  });
});

describe('ANGKA', () => {
  test('teks Indonesia jadi angka', () => {
    expect(angka('Rp1.384.303.000,-')).toBe(1384303000);
    expect(angka('54,3')).toBe(54.3);
    expect(angka('99,44%')).toBe(99.44);
    expect(angka('')).toBeNull();
    expect(err(angka('WTP')).message).toContain('"WTP"');
  });
  test('satu tanda minus saja: (5), -5, Rp-5 → −5; "(-5)" dan "--5" ditolak, bukan dibalik jadi 5', () => {
    expect(angka('(5)')).toBe(-5);
    expect(angka('-Rp5')).toBe(-5);
    expect(angka('Rp-5')).toBe(-5);
    expect(err(angka('(-5)')).message).toContain('"(-5)"');
    expect(err(angka('--5')).message).toContain('"--5"');
  });
});

describe('NPS', () => {
  test('Σ(bobot × capaian) / Σ bobot, bukan / n', () => {
    expect(nps([{ capaian: 98.2688766 }, { capaian: 100 }])).toBeCloseTo(99.134, 3);
    expect(nps([{ capaian: 98.2688766, bobot: 2 }, { capaian: 100, bobot: 1 }])).toBeCloseTo(98.846, 3);
  });
  test('capaian kosong dilewati; semua kosong → kosong', () => {
    expect(nps([{ capaian: 90 }, { capaian: null }, { capaian: '' }])).toBe(90);
    expect(nps([{ capaian: null }])).toBeNull();
  });
  test('bobot tidak positif atau capaian teks → galat yang menyebut barisnya', () => {
    expect(err(nps([{ capaian: 90, bobot: 0 }])).message).toContain('baris 1');
    expect(err(nps([{ capaian: 90 }, { capaian: 'x' }])).message).toContain('baris 2');
  });
});

describe('registry: satu nilai atau range, bentuk jawaban sama', () => {
  test('range lawan range: kolom dijawab kolom, satu sel buruk tidak merusak yang lain', () => {
    const out = callFunction('CAPAIAN', [[[53.36], ['x'], [null], [77.46]], [[54.3], [10], [5], [72]]]);
    expect(out.length).toBe(4);
    expect(out[0][0]).toBeCloseTo(98.2689, 3);
    expect(isKError(out[1][0])).toBe(true);
    expect(out[2][0]).toBeNull();
    expect(out[3][0]).toBeCloseTo(107.5833, 3);
  });
  test('range lawan satu nilai disiarkan', () => {
    const out = callFunction('CAPAIAN', [[[50, 100]], 100]);
    expect(out).toEqual([[50, 100]]);
  });
  test('ukuran range berbeda → satu galat yang jelas', () => {
    const out = callFunction('RASIO', [[[1], [2]], [[1], [2], [3]]]);
    expect(err(out[0][0]).message).toContain('ukuran range berbeda');
  });
  test('NPS dengan range bobot; KRITERIA dengan skala range', () => {
    expect(callFunction('NPS', [[[98.2688766], [100]], [[2], [1]]])[0][0]).toBeCloseTo(98.85, 2);
    expect(callFunction('KRITERIA', [[[59], [99]], [[null, 'Kritis'], [60, 'Oke']]])).toEqual([['Kritis'], ['Oke']]);
  });
  test('argumen wajib tidak diisi → galat yang menyebut argumennya', () => {
    expect(err(callFunction('CAPAIAN', [5])[0][0]).message).toContain('realisasi, target');
  });
});
