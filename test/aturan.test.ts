/**
 * The rulings of issue 9 (DOMAIN.md), each with its acceptance example, through
 * the core registry, both shipped bundles (dist/excel/functions.js,
 * dist/gas/Code.js) and the browser workbook's HyperFormula engine; then the core pieces the workbook's native formulas must
 * match (satuanBerbeda, ambangKriteria, presets, targetPeriode), checked over
 * generated corpora where a rule is stated twice.
 */
import fc from 'fast-check';
import { callFunction, FUNCTIONS, OutMatrix } from '../core/functions';
import {
  ambangKriteria,
  bacaRentang,
  capaian,
  kriteria,
  periksaRentang,
  satuanBerbeda,
  SATUAN_FAKTOR,
  SATUAN_WAJAR_MAKS,
  SATUAN_WAJAR_MIN,
  targetPeriode,
  targetTriwulan,
  kolomPeriode,
  TOLERANSI_KRITERIA,
} from '../core/formulas';
import { KRITERIA_PERMENDAGRI_86, KRITERIA_TABEL3, PitaKriteria, PRESET_KRITERIA, presetKriteria } from '../core/settings';
import { ERROR_TEXT, KError, SATUAN_UMUM, formatAngka, isKError, parseCell } from '../core/values';
import { callGas, loadExcelFunctions, loadGas, Normal, normalExcel } from './helpers/bundles';
import { buatHyperFormula, nilaiLembar } from '../web/hyperformula-kinerja';

type Harap = number | string | { error: string; sebut?: string[] } | Normal[][];
/** [ruling, function, arguments, expected]: the expected value holds for core, Excel and Sheets. */
type Kasus = [aturan: string, fungsi: string, args: unknown[], harap: Harap];

const galat = (error: string, ...sebut: string[]): Harap => ({ error, sebut });

const KASUS: Kasus[] = [
  // 1. Range targets by polaritas
  ['rentang per polaritas', 'CAPAIAN', [6.5, '7–8', 'negatif'], ((14 - 6.5) / 7) * 100],
  ['rentang per polaritas', 'CAPAIAN', [9, '7–8', 'negatif'], 87.5],
  ['rentang per polaritas', 'CAPAIAN', [7.5, '7–8', 'negatif'], 100],
  ['rentang per polaritas', 'CAPAIAN', [92, '80–90'], (92 / 90) * 100],
  ['rentang per polaritas', 'CAPAIAN', [92, '80–90', 'positif'], (92 / 90) * 100],
  ['rentang per polaritas', 'CAPAIAN', [72, '80–90', 'positif'], 90],
  ['rentang per polaritas', 'CAPAIAN', [92, '80–90', 'rentang'], ((180 - 92) / 90) * 100],
  ['rentang per polaritas', 'CAPAIAN', [72, '80–90', 'rentang'], 90],
  ['rentang per polaritas', 'CAPAIAN', [200, '80–90', 'rentang'], 0],
  ['rentang per polaritas', 'CAPAIAN', [5, '7–8', 'negatif-rasio'], 140],
  ['rentang per polaritas', 'CAPAIAN', [10, '7–8', 'negatif-rasio'], 80],
  ['rentang per polaritas', 'CAPAIAN', [0, '7–8', 'negatif-rasio', 150], 150],
  ['rentang per polaritas', 'CAPAIAN', [0, '7–8', 'negatif-rasio'], galat('#DIV/0!', 'batas_atas')],
  // 2. TE is a ratio (seed 001: IE 1,08, TE 0,08 for 106,23 against 98,02)
  ['TE rasio', 'TINGKAT_EFISIENSI', [106.23, 98.02], 106.23 / 98.02 - 1],
  ['TE rasio', 'EFISIENSI', [106.23, 98.02], 106.23 / 98.02],
  ['TE rasio', 'TINGKAT_EFISIENSI', [90, 100], -0.1],
  // 3. A cap below 100 is an error naming it
  ['batas atas < 100', 'CAPAIAN', [80.62, 61, '', 1.2], galat('#VALUE!', 'batas_atas 1,2', 'ketik 120')],
  ['batas atas < 100', 'CAPAIAN', [80.62, 61, '', 99], galat('#VALUE!', 'batas_atas 99', 'di bawah 100')],
  ['batas atas < 100', 'CAPAIAN', [80.62, 61, '', '120%'], 120],
  ['batas atas < 100', 'CAPAIAN', [80.62, 61, '', 100], 100],
  // 4. Malformed ranges are errors; equal bounds are one number; negative bounds
  ['rentang rusak', 'CAPAIAN', [85, '80--90'], galat('#VALUE!', '"80--90"', 'dua tanda hubung')],
  ['rentang rusak', 'CAPAIAN', [85, '90-80'], galat('#VALUE!', '"90-80"', 'terbalik', '"80–90"')],
  ['rentang rusak', 'CAPAIAN', [85, '80-80'], (85 / 80) * 100],
  ['rentang rusak', 'CAPAIAN', [85, '80-80', 'negatif'], ((160 - 85) / 80) * 100],
  ['rentang rusak', 'CAPAIAN', [85, '80 s.d. 90'], 100],
  ['rentang rusak', 'CAPAIAN', [85, '80 - 90'], 100],
  ['rentang rusak', 'CAPAIAN', [0, '-5–5'], 100],
  ['rentang rusak', 'CAPAIAN', [7, '-5–5'], 140],
  ['rentang rusak', 'CAPAIAN', [-10, '-5–5'], galat('#VALUE!', 'batas bawah', 'negatif')],
  ['rentang rusak', 'CAPAIAN', [-7, '-10 s.d. -5', 'rentang'], 100],
  ['rentang rusak', 'CAPAIAN', [-7, '-10--5', 'rentang'], galat('#VALUE!', '"-10--5"', 'dua tanda hubung')],
  ['rentang rusak', 'TARGET_TW', ['80--90', 4, 'akhir'], galat('#VALUE!', '"80--90"')],
  // 5. No ±Infinity or NaN: an overflow is #NUM! with its reason
  ['tanpa tak terhingga', 'CAPAIAN', [1e306, 1e-3], galat('#NUM!', 'capaian terlalu besar')],
  ['tanpa tak terhingga', 'CAPAIAN', [1, 1e-307], galat('#NUM!', 'capaian terlalu besar')],
  ['tanpa tak terhingga', 'CAPAIAN', [5, 1e-307, 'negatif'], galat('#NUM!', 'capaian terlalu besar')],
  ['tanpa tak terhingga', 'CAPAIAN', [1e-307, 5, 'negatif-rasio'], galat('#NUM!', 'capaian terlalu besar')],
  ['tanpa tak terhingga', 'RASIO', [1e307, 1e-5], galat('#NUM!', 'terlalu besar')],
  ['tanpa tak terhingga', 'SERAPAN', [1e307, 1e-5], galat('#NUM!', 'terlalu besar')],
  ['tanpa tak terhingga', 'EFISIENSI', [1e306, 1e-5], galat('#NUM!', 'indeks efisiensi')],
  ['tanpa tak terhingga', 'TINGKAT_EFISIENSI', [1e306, 1e-5], galat('#NUM!', 'indeks efisiensi')],
  ['tanpa tak terhingga', 'KATEGORI_EFISIENSI', [1e306, 1e-5], galat('#NUM!', 'indeks efisiensi')],
  ['tanpa tak terhingga', 'NPS', [[[1e308], [1e308]], [[10], [1]]], galat('#NUM!', 'NPS')],
  ['tanpa tak terhingga', 'TARGET_TW', [1.5e308, 3, 'kumulatif'], galat('#NUM!', 'target periode')],
  ['tanpa tak terhingga', 'ANGKA', [1.5e308], 1.5e308],
  // 6. Units and rank words in a cell are read; anything else names the text
  ['satuan dalam sel', 'CAPAIAN', ['10,42 tahun', 10], 104.2],
  ['satuan dalam sel', 'CAPAIAN', ['12 dokumen', '12 dokumen'], 100],
  ['satuan dalam sel', 'CAPAIAN', ['Rangking 6', 5, 'negatif'], 80],
  ['satuan dalam sel', 'ANGKA', ['Peringkat 6'], 6],
  ['satuan dalam sel', 'ANGKA', ['Ranking ke-6'], 6],
  ['satuan dalam sel', 'ANGKA', ['99,44 persen'], 99.44],
  ['satuan dalam sel', 'ANGKA', ['10 juta'], galat('#VALUE!', '"10 juta"', '"juta" bukan satuan')],
  ['satuan dalam sel', 'CAPAIAN', ['12 dokumen rusak', 12], galat('#VALUE!', '"12 dokumen rusak"')],
  ['satuan dalam sel', 'CAPAIAN', ['Peringkat 6 dari 34', 5, 'negatif'], galat('#VALUE!', '"Peringkat 6 dari 34"')],
  // 7. The units guard flags only pairs that rescaling by 100 makes plausible
  ['satuan berbeda', 'CAPAIAN', [0.9944, 100], galat('#VALUE!', 'satuan berbeda', 'realisasi 0,9944', 'ketik realisasi 99,44')],
  ['satuan berbeda', 'CAPAIAN', [99.44, 1], galat('#VALUE!', 'satuan berbeda', 'target 1', 'ketik target 100')],
  ['satuan berbeda', 'CAPAIAN', [99.44, 1, 'negatif'], galat('#VALUE!', 'satuan berbeda', 'ketik target 100')],
  ['satuan berbeda', 'CAPAIAN', [0.01, 3, 'negatif'], ((6 - 0.01) / 3) * 100],
  ['satuan berbeda', 'CAPAIAN', [0.16, 0.19], (0.16 / 0.19) * 100],
  ['satuan berbeda', 'CAPAIAN', [25, 10, 'negatif'], 0],
  ['satuan berbeda', 'CAPAIAN', [0.85, '80-90'], galat('#VALUE!', 'satuan berbeda', 'ketik realisasi 85')],
  ['satuan berbeda', 'CAPAIAN', [85, '0,8-0,9', 'rentang'], galat('#VALUE!', 'satuan berbeda', 'ketik target 80–90')],
  // 8. Kriteria from named presets; no skala keeps BPOM Tabel 3
  ['preset kriteria', 'KRITERIA', [95, 'Permendagri'], 'Sangat Tinggi'],
  ['preset kriteria', 'KRITERIA', [184.75, 'Permendagri 86/2017'], 'Sangat Tinggi'],
  ['preset kriteria', 'KRITERIA', [90.5, 'permendagri 86'], 'Tinggi'],
  ['preset kriteria', 'KRITERIA', [76, 'PERMENDAGRI'], 'Tinggi'],
  ['preset kriteria', 'KRITERIA', [50.99, 'Permendagri'], 'Sangat Rendah'],
  ['preset kriteria', 'KRITERIA', [132.16], 'Tidak Dapat Disimpulkan'],
  ['preset kriteria', 'KRITERIA', [132.16, 'BPOM'], 'Tidak Dapat Disimpulkan'],
  ['preset kriteria', 'KRITERIA', [132.16, 'Permendagri'], 'Sangat Tinggi'],
  ['preset kriteria', 'KRITERIA', [106.37, 'BPOM Tabel 3'], 'Baik'],
  ['preset kriteria', 'KRITERIA', [95, 'Kemenkeu'], galat('#VALUE!', '"Kemenkeu"', 'Permendagri 86/2017')],
  ['preset kriteria', 'KRITERIA', [[[45], [70], [95]], 'Permendagri'], [['Sangat Rendah'], ['Sedang'], ['Sangat Tinggi']]],
  // 9. TARGET_TW is targetPeriode with n = 4
  ['periode', 'TARGET_TW', [[[100, 100, 100, 100]], [[1, 2, 3, 4]], 'kumulatif'], [[25, 50, 75, 100]]],
  ['periode', 'TARGET_TW', [54.3, 'B9', 'akhir'], ''],
];

/** A core answer in the shape the bundle helpers give. */
function normalCore(out: OutMatrix): Normal {
  const sel = (v: OutMatrix[number][number]): Normal =>
    v === null ? '' : isKError(v) ? { error: ERROR_TEXT[v.code], message: v.message } : (v as Normal);
  if (out.length === 1 && out[0].length === 1) return sel(out[0][0]);
  return out.map((row) => row.map(sel));
}

function excelArgs(name: string, args: unknown[]): unknown[] {
  const def = FUNCTIONS.find((f) => f.name === name)!;
  return def.params.map((_, i) => (i < args.length ? (Array.isArray(args[i]) ? args[i] : [[args[i]]]) : null));
}

/**
 * Compare one answer with what the ruling expects (numbers to `digit` places). Excel shows no message with
 * #DIV/0! and #NUM! (it cannot display one); where it carries a message, the
 * message must say the same.
 */
function cocokkan(dari: string, v: Normal, harap: Harap, digit = 9): void {
  if (typeof harap === 'number') {
    expect({ dari, tipe: typeof v }).toEqual({ dari, tipe: 'number' });
    expect(v as number).toBeCloseTo(harap, digit);
  } else if (typeof harap === 'string' || Array.isArray(harap)) {
    expect({ dari, v }).toEqual({ dari, v: harap });
  } else {
    const e = v as { error?: string; message?: string };
    expect({ dari, error: e.error }).toEqual({ dari, error: harap.error });
    const tanpaPesan = dari === 'excel' && (harap.error === '#DIV/0!' || harap.error === '#NUM!');
    if (!tanpaPesan) for (const s of harap.sebut ?? []) expect({ dari, pesan: e.message }).toEqual({ dari, pesan: expect.stringContaining(s) });
  }
}

describe('aturan issue 9: inti, Excel, Google Sheets dan browser menjawab sama', () => {
  const excel = loadExcelFunctions();
  const gas = loadGas();

  test.each(KASUS.map((k, i) => [`${i + 1}. ${k[0]}: ${k[1]}(${JSON.stringify(k[2]).slice(1, -1)})`, k]))('%s', (_l, k) => {
    const [, name, args, harap] = k as Kasus;
    cocokkan('inti', normalCore(callFunction(name, args)), harap);
    cocokkan('sheets', callGas(gas, name, args), harap);
    cocokkan('excel', normalExcel(excel.fns[name](...excelArgs(name, args))), harap);
  });

  test('browser (HyperFormula): setiap kasus sebagai rumus =KINERJA.…(…) memberi jawaban yang sama', () => {
    const literal = (v: unknown): string => {
      if (typeof v === 'number') return String(v);
      if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
      return `{${(v as unknown[][]).map((r) => r.map(literal).join(',')).join(';')}}`;
    };
    // One sheet per case: a range answer spills from A1.
    const lembar: Record<string, string[][]> = {};
    KASUS.forEach(([, name, args], i) => {
      lembar[`K${i + 1}`] = [[`=KINERJA.${name}(${args.map(literal).join(',')})`]];
    });
    const hf = buatHyperFormula(lembar);
    KASUS.forEach(([, , , harap], i) => {
      const v = nilaiLembar(hf, `K${i + 1}`) as unknown[][];
      const sel = (x: unknown): Normal => {
        if (x === null || x === undefined) return '';
        if (typeof x === 'object' && 'value' in (x as object)) {
          const e = x as { value: string; message: string };
          return { error: e.value, message: e.message };
        }
        return x as Normal;
      };
      const jawab: Normal = Array.isArray(harap) ? harap.map((r, a) => r.map((_, b) => sel(v[a]?.[b]))) : sel(v[0]?.[0]);
      // HyperFormula rounds every result to 10 decimal places (its precisionRounding).
      cocokkan(`browser K${i + 1}`, jawab, harap, 8);
    });
  });

  test('setiap aturan punya kasus', () => {
    const aturan = new Set(KASUS.map((k) => k[0]));
    expect([...aturan].sort()).toEqual(
      ['rentang per polaritas', 'TE rasio', 'batas atas < 100', 'rentang rusak', 'tanpa tak terhingga', 'satuan dalam sel', 'satuan berbeda', 'preset kriteria', 'periode'].sort(),
    );
  });
});

// ---------------------------------------------------------------------------
// Core pieces the native formulas must match

/** 10^x with x uniform in [lo, hi] (fc.double alone crowds its values near 0). */
const logSeragam = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: lo * 1000, max: hi * 1000 }).map((k) => 10 ** (k / 1000));
const angkaSedang = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const POLARITAS = ['positif', 'negatif', 'negatif-rasio'] as const;
/**
 * Pairs (R, T): half independent, half built from a ratio R/T spread log-uniformly
 * over 10^-6..10^4 (capaian 10^-4..10^6), so the guard's windows (0,2–5 and
 * 2 000–50 000) are well covered.
 */
const pasanganArb: fc.Arbitrary<[number, number]> = fc.oneof(
  fc.tuple(angkaSedang, angkaSedang),
  fc.tuple(logSeragam(-4, 5), logSeragam(-6, 4), fc.boolean()).map(([t, q, neg]): [number, number] => [(neg ? -1 : 1) * t * q, t]),
);

describe('satuanBerbeda: aturan tertutup yang dirender asli oleh lembar', () => {
  test('konstanta: 20, 500, 100', () => {
    expect([SATUAN_WAJAR_MIN, SATUAN_WAJAR_MAKS, SATUAN_FAKTOR]).toEqual([20, 500, 100]);
  });

  test('contoh DOMAIN: sisi yang tampak pecahan', () => {
    expect(satuanBerbeda(0.9944, 100)).toBe('realisasi');
    expect(satuanBerbeda(99.44, 1)).toBe('target');
    expect(satuanBerbeda(0.01, 3, 'negatif')).toBeNull();
    expect(satuanBerbeda(0.16, 0.19)).toBeNull();
    expect(satuanBerbeda(25, 10, 'negatif')).toBeNull();
    expect(satuanBerbeda(0.85, { bawah: 80, atas: 90 })).toBe('realisasi');
    expect(satuanBerbeda(5, 0)).toBeNull(); // target 0: capaian says #DIV/0! itself
  });

  test('positif dan negatif-rasio dengan satu angka: tepat bila c0 di [0,2; 5] atau [2 000; 50 000] (10 000 pasangan)', () => {
    const dekat = (c: number, b: number): boolean => Math.abs(c - b) <= 1e-9 * b;
    fc.assert(
      fc.property(pasanganArb, fc.constantFrom('positif', 'negatif-rasio'), ([r, t], p) => {
        if (t === 0 || (p === 'negatif-rasio' && r === 0)) return;
        const c0 = p === 'positif' ? (r / t) * 100 : (t / r) * 100;
        const batas = [0.2, 5, 2000, 50000, 20, 500];
        if (batas.some((b) => dekat(c0, b))) return; // the two forms round differently on the edge itself
        const rentangWajar = (c0 >= 0.2 && c0 <= 5) || (c0 >= 2000 && c0 <= 50000);
        if ((satuanBerbeda(r, t, p) !== null) !== rentangWajar) throw new Error(`satuanBerbeda(${r}, ${t}, ${p}) ≠ c0 ${c0} di jendela: ${rentangWajar}`);
      }),
      { numRuns: 10000 },
    );
  });

  test('capaian mengikuti penjaga: ditandai → #VALUE! satuan berbeda; tidak ditandai → tidak pernah "satuan berbeda" (10 000 pasangan)', () => {
    fc.assert(
      fc.property(pasanganArb, fc.constantFrom(...POLARITAS), ([r, t], p) => {
        const c = capaian(r, t, p);
        const pesan = isKError(c) && c.message.startsWith('satuan berbeda');
        const flag = satuanBerbeda(r, t, p) !== null;
        if (pesan !== flag) throw new Error(`capaian(${r}, ${t}, ${p}) = ${String(c)}, satuanBerbeda ${flag}`);
        if (!flag && typeof c === 'number') {
          // Not flagged: either the pair as typed is plausible, or no rescaling by 100 makes it so.
          const wajar = (x: number | null) => x !== null && x >= SATUAN_WAJAR_MIN && x <= SATUAN_WAJAR_MAKS;
          const rasio = (a: number, b: number) => (p === 'negatif-rasio' ? (a === 0 ? null : (b / a) * 100) : (a / b) * 100);
          if (!(wajar(c) || (!wajar(rasio(r * 100, t)) && !wajar(rasio(r, t * 100))))) throw new Error(`capaian(${r}, ${t}, ${p}) = ${c} tidak ditandai`);
        }
      }),
      { numRuns: 10000 },
    );
  });
});

describe('rentang: dibaca sekali, dinilai per polaritas', () => {
  test('batas sama = satu angka untuk positif, negatif, negatif-rasio (10 000 pasangan)', () => {
    fc.assert(
      fc.property(fc.oneof(angkaSedang, logSeragam(-3, 6)), logSeragam(-3, 6), fc.constantFrom(...POLARITAS), (r, a, p) => {
        const teks = `${formatAngka(a, 12)}–${formatAngka(a, 12)}`;
        const nilaiA = parseCell(formatAngka(a, 12));
        if (nilaiA.kind !== 'number') return;
        const satu = capaian(r, nilaiA.value, p);
        const pita = capaian(r, teks, p);
        const sama = typeof satu === 'number' ? Object.is(pita, satu) : isKError(satu) && isKError(pita) && satu.message === pita.message;
        if (!sama) throw new Error(`capaian(${r}, "${teks}", ${p}) = ${String(pita)}, dengan ${nilaiA.value}: ${String(satu)}`);
      }),
      { numRuns: 10000 },
    );
  });

  test('positif tidak turun dan di atas rentang > 100; negatif tidak naik dan di bawah rentang > 100; rentang ≤ 100, tepat 100 di dalam (10 000 kasus)', () => {
    const seratusan = (max: number) => fc.integer({ min: 0, max }).map((k) => k / 100);
    fc.assert(
      fc.property(seratusan(100000).filter((x) => x > 0), seratusan(100000).filter((x) => x > 0), seratusan(20000000), seratusan(20000000), (x, y, r1, r2) => {
        if (x === y) return;
        const [a, b] = [Math.min(x, y), Math.max(x, y)];
        const teks = `${formatAngka(a, 2)}–${formatAngka(b, 2)}`;
        const [lo, hi] = [Math.min(r1, r2), Math.max(r1, r2)];
        // A number, or null where the units guard refuses the pair (a band of 0,01–0,02 against 0,2).
        const nilai = (r: number, p: string): number | null => {
          const c = capaian(r, teks, p);
          if (typeof c === 'number') return c;
          if (isKError(c) && c.message.startsWith('satuan berbeda')) return null;
          throw new Error(`capaian(${r}, "${teks}", ${p}) = ${String(c)}`);
        };
        const salah: string[] = [];
        const [pLo, pHi, nLo, nHi, rLo] = [nilai(lo, 'positif'), nilai(hi, 'positif'), nilai(lo, 'negatif'), nilai(hi, 'negatif'), nilai(lo, 'rentang')];
        if (pLo !== null && pHi !== null && pHi < pLo) salah.push(`positif turun: ${lo}→${pLo}, ${hi}→${pHi}`);
        if (nLo !== null && nHi !== null && nHi > nLo) salah.push(`negatif naik: ${lo}→${nLo}, ${hi}→${nHi}`);
        if (pLo !== null && lo > b && !(pLo > 100)) salah.push(`positif di atas rentang tidak > 100: ${pLo}`);
        if (nLo !== null && lo < a && !(nLo > 100)) salah.push(`negatif di bawah rentang tidak > 100: ${nLo}`);
        if (rLo !== null && (rLo > 100 || (lo >= a && lo <= b && rLo !== 100))) salah.push(`rentang: ${lo} → ${rLo}`);
        if (salah.length) throw new Error(`${teks}: ${salah.join('; ')}`);
      }),
      { numRuns: 10000 },
    );
  });

  test.each([
    ['80–90', { bawah: 80, atas: 90 }],
    ['80-90', { bawah: 80, atas: 90 }],
    ['80 - 90', { bawah: 80, atas: 90 }],
    ['80 s.d. 90', { bawah: 80, atas: 90 }],
    ['80 s/d 90', { bawah: 80, atas: 90 }],
    ['80 sampai dengan 90', { bawah: 80, atas: 90 }],
    ['80%–90%', { bawah: 80, atas: 90 }],
    ['Rp1.000-Rp2.000', { bawah: 1000, atas: 2000 }],
    ['10–15 tahun', { bawah: 10, atas: 15 }],
    ['80–80', { bawah: 80, atas: 80 }],
    ['-5–5', { bawah: -5, atas: 5 }],
    ['-5-5', { bawah: -5, atas: 5 }],
    ['-10 s.d. -5', { bawah: -10, atas: -5 }],
    ['-10 – -5', { bawah: -10, atas: -5 }],
    ['-10 - -5', { bawah: -10, atas: -5 }],
  ])('"%s" dibaca sebagai rentang', (teks, r) => {
    expect(periksaRentang(teks)).toEqual(r);
  });

  test.each([
    ['80--90', 'dua tanda hubung'],
    ['80––90', 'dua tanda hubung'],
    ['-10--5', 'dua tanda hubung'],
    ['90-80', 'terbalik'],
    ['80 - -90', 'terbalik'],
    ['90 s.d. 80', 'terbalik'],
  ])('"%s" adalah galat yang menyebutnya (%s), bukan rentang lain', (teks, sebab) => {
    const r = periksaRentang(teks);
    expect(isKError(r)).toBe(true);
    expect((r as KError).message).toContain(`"${teks}"`);
    expect((r as KError).message).toContain(sebab);
    expect(bacaRentang(teks)).toBeNull();
  });

  test.each(['WTP', '2024-01-05', '1-2-3', '80', 'abc-def', '-5'])('"%s" bukan rentang', (teks) => {
    expect(periksaRentang(teks)).toBeNull();
  });
});

describe('kriteria: preset bernama dan ambang E_i', () => {
  test('preset sebagai data: nama, ejaan, pita, reviu target, keterangan Indonesia', () => {
    const bpom = presetKriteria('BPOM Tabel 3')!;
    const pd = presetKriteria('Permendagri 86/2017')!;
    expect(bpom.pita).toBe(KRITERIA_TABEL3);
    expect(pd.pita).toBe(KRITERIA_PERMENDAGRI_86);
    expect(bpom.reviuTarget).toEqual({ label: ['Tidak Dapat Disimpulkan'], batas: 120, termasuk: false });
    expect(pd.reviuTarget).toBeNull();
    // "Tidak Dapat Disimpulkan" belongs to the BPOM preset only.
    for (const p of PRESET_KRITERIA) expect(p.pita.some((b) => b.label === 'Tidak Dapat Disimpulkan')).toBe(p === bpom);
    for (const s of ['bpom', 'Tabel 3', 'permendagri', 'Permendagri 86', 'Permendagri No. 86 Tahun 2017', ' PERMENDAGRI  86/2017 ']) expect(presetKriteria(s)).not.toBeNull();
    expect(presetKriteria('Permendagri 54')).toBeNull();
    expect(presetKriteria('')).toBeNull();
    for (const p of PRESET_KRITERIA) expect(p.keterangan).toMatch(/ /);
  });

  test('Permendagri 86/2017: batas 91/76/66/51, di atas 100 tetap Sangat Tinggi', () => {
    const pd = KRITERIA_PERMENDAGRI_86;
    expect([90.5, 91, 184.75, 75.99, 76, 65.9, 66, 50.9, 51, -3].map((x) => kriteria(x, pd))).toEqual([
      'Tinggi', 'Sangat Tinggi', 'Sangat Tinggi', 'Sedang', 'Tinggi', 'Rendah', 'Sedang', 'Sangat Rendah', 'Rendah', 'Sangat Rendah',
    ]);
  });

  test('ambangKriteria: b − eps (termasuk), b + eps (ketat), eps = 1e-12 × max(1, |b|)', () => {
    expect(TOLERANSI_KRITERIA).toBe(1e-12);
    expect(ambangKriteria({ bawah: 120, termasukBawah: false, label: 'x' })).toBe(120 + 120e-12);
    expect(ambangKriteria({ bawah: 90, termasukBawah: true, label: 'x' })).toBe(90 - 90e-12);
    expect(ambangKriteria({ bawah: 0.5, termasukBawah: true, label: 'x' })).toBe(0.5 - 1e-12);
    expect(ambangKriteria({ bawah: -Infinity, termasukBawah: true, label: 'x' })).toBe(-Infinity);
    // x = E of the strict band is already in it (x ≥ E), one float below is not.
    const e = ambangKriteria(KRITERIA_TABEL3[5]);
    expect(kriteria(e)).toBe('Tidak Dapat Disimpulkan');
    expect(kriteria(e - 2e-14)).toBe('Sangat Baik');
  });

  /** An independent restatement: sort the E_i, binary-search the largest E_i ≤ x (later band on a tie). */
  function kriteriaRujukan(x: number, pita: PitaKriteria[]): string | null {
    const e = pita.map((b, i) => ({ e: ambangKriteria(b), i })).sort((p, q) => p.e - q.e || p.i - q.i);
    let lo = 0;
    let hi = e.length - 1;
    let ketemu = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (e[mid].e <= x) {
        ketemu = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ketemu < 0 ? null : pita[e[ketemu].i].label;
  }

  test('kriteria = pita dengan E_i terbesar ≤ x, juga tepat di E_i dan satu langkah di sekitarnya (10 000 skala × nilai)', () => {
    const pitaArb = fc
      .uniqueArray(fc.integer({ min: -200, max: 300 }), { minLength: 1, maxLength: 7 })
      .chain((bs) => fc.tuple(fc.constant(bs.sort((a, b) => a - b)), fc.array(fc.boolean(), { minLength: bs.length, maxLength: bs.length }), fc.boolean()))
      .map(([bs, ketat, terbuka]) => bs.map((b, i): PitaKriteria => ({ bawah: i === 0 && terbuka ? -Infinity : b, termasukBawah: !ketat[i], label: `P${i}` })));
    fc.assert(
      fc.property(pitaArb, fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 0, 1), fc.double({ min: -300, max: 400, noNaN: true }), (pita, j, geser, bebas) => {
        const b = pita[j % pita.length];
        const e = ambangKriteria(b);
        const xs = [bebas, ...(isFinite(e) ? [e, e + geser * Math.max(1, Math.abs(e)) * 2 ** -52] : [])];
        for (const x of xs) {
          const k = kriteria(x, pita);
          const r = kriteriaRujukan(x, pita);
          const sama = r === null ? isKError(k) && k.code === 'NA' : k === r;
          if (!sama) throw new Error(`kriteria(${x}) = ${String(k)}, rujukan ${r}, pita ${JSON.stringify(pita)}`);
        }
      }),
      { numRuns: 10000 },
    );
  });
});

describe('targetPeriode: pola dibagi atas n periode', () => {
  test('kumulatif T·k/n; tetap T; akhir hanya k = n (triwulan, bulanan, semester, tahunan)', () => {
    expect([1, 2, 3, 4].map((k) => targetPeriode(100, k, 4, 'kumulatif'))).toEqual([25, 50, 75, 100]);
    expect(Array.from({ length: 12 }, (_, i) => targetPeriode(120, i + 1, 12, 'kumulatif'))).toEqual(Array.from({ length: 12 }, (_, i) => ((i + 1) * 120) / 12));
    expect([1, 2].map((k) => targetPeriode(100, k, 2, 'kumulatif'))).toEqual([50, 100]);
    expect(targetPeriode(54.3, 1, 1, 'akhir')).toBe(54.3);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => targetPeriode(54.3, k, 12, 'akhir'))).toEqual([...Array(11).fill(null), 54.3]);
    expect([1, 2].map((k) => targetPeriode('WTP', k, 2, 'tetap'))).toEqual(['WTP', 'WTP']);
    expect(targetPeriode(100, 'B6', 12, 'kumulatif')).toBe(50);
    expect(targetPeriode(100, 'B6', 2, 'kumulatif')).toBe(50);
    expect(targetPeriode(100, 'Semester II', 2, 'kumulatif')).toBe(100);
    expect(targetPeriode(100, 'B12', 'tahunan', 'akhir')).toBe(100);
    expect(targetPeriode(100, 3, 'bulanan', 'kumulatif')).toBe(25);
    expect(kolomPeriode(4)).toEqual(['B3', 'B6', 'B9', 'B12']);
    expect(kolomPeriode(2)).toEqual(['B6', 'B12']);
    expect(kolomPeriode(1)).toEqual(['B12']);
    expect(kolomPeriode(12)).toEqual(Array.from({ length: 12 }, (_, i) => `B${i + 1}`));
  });

  test('periode di luar 1..n atau bulan yang bukan akhir periode → galat yang menyebutnya', () => {
    expect((targetPeriode(100, 5, 4) as KError).message).toBe('triwulan 5 harus 1, 2, 3 atau 4');
    expect((targetPeriode(100, 13, 12) as KError).message).toBe('bulan 13 harus 1–12');
    expect((targetPeriode(100, 'B4', 4) as KError).message).toContain('"B4"');
    expect((targetPeriode(100, 'B3', 2) as KError).message).toContain('semester "B3"');
    expect((targetPeriode(100, 1, 5) as KError).message).toContain('jumlah periode "5"');
  });

  test('targetTriwulan = targetPeriode dengan n = 4 (10 000 masukan)', () => {
    const sel = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('WTP', '80–90', '80--90', '', null, 'abc', '100%', '12 dokumen'));
    const q = fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom('TW II', 'B6', 'B9', 'IV', 'Triwulan 3', 'B4', ''));
    const pola = fc.constantFrom('akhir', 'tetap', 'kumulatif', '', null, 'bulanan');
    fc.assert(
      fc.property(sel, q, pola, (t, k, p) => {
        const [a, b] = [targetTriwulan(t, k, p), targetPeriode(t, k, 4, p)];
        const sama = isKError(a) ? isKError(b) && a.code === b.code && a.message === b.message : Object.is(a, b);
        if (!sama) throw new Error(`targetTriwulan(${String(t)}, ${String(k)}, ${String(p)}) = ${String(a)}, targetPeriode n=4: ${String(b)}`);
      }),
      { numRuns: 10000 },
    );
  });
});

describe('satuan dan peringkat di dalam sel', () => {
  test('angka + satuan umum dibaca sebagai angkanya (10 000 pasangan)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e9, noNaN: true })), fc.constantFrom(...SATUAN_UMUM), fc.constantFrom(' ', '', '  '), fc.boolean(), (x, satuan, spasi, besar) => {
        const angka = formatAngka(x, 2);
        const teks = `${angka}${spasi}${besar ? satuan.toUpperCase() : satuan}`;
        const polos = parseCell(angka);
        const p = parseCell(teks);
        if (p.kind !== 'number' || polos.kind !== 'number' || p.value !== polos.value) throw new Error(`"${teks}" dibaca ${JSON.stringify(p)}, "${angka}" ${JSON.stringify(polos)}`);
      }),
      { numRuns: 10000 },
    );
  });

  test('pengali bukan satuan: "10 juta", "5 miliar", "3 ribu" tetap teks', () => {
    for (const t of ['10 juta', '5 miliar', '3 ribu', '2 triliun']) expect(parseCell(t).kind).toBe('text');
  });

  test('satuan baris (argumen satuan) juga dibaca, termasuk yang berangka', () => {
    expect(parseCell('305 per 100.000 KH').kind).toBe('text');
    expect(parseCell('305 per 100.000 KH', 'per 100.000 KH')).toMatchObject({ kind: 'number', value: 305 });
    expect(parseCell('7 Laporan Keuangan', 'Laporan Keuangan')).toMatchObject({ kind: 'number', value: 7 });
    expect(parseCell('7 Laporan Keuangan')).toEqual({ kind: 'text', text: '7 Laporan Keuangan' });
    expect(parseCell('99,44 persen')).toMatchObject({ kind: 'number', value: 99.44, percent: true });
    expect(capaian('7 Laporan Keuangan', 7, null, null, undefined, 'Laporan Keuangan')).toBe(100);
    expect((capaian('7 Laporan Keuangan', 7) as KError).message).toContain('"7 Laporan Keuangan"');
  });

  test.each([
    ['Peringkat 6', 6],
    ['Rangking 6', 6],
    ['Ranking ke-6', 6],
    ['peringkat ke 6', 6],
    ['Peringkat ke- 12', 12],
    ['Urutan 3', 3],
  ])('"%s" → %d', (t, n) => {
    expect(parseCell(t)).toMatchObject({ kind: 'number', value: n, satuan: 'peringkat' });
  });

  test.each(['Peringkat', 'Peringkat enam', 'Peringkat 6 dari 34', 'Peringkat 6%', '6 besar'])('"%s" tetap teks', (t) => {
    expect(parseCell(t).kind).toBe('text');
  });
});
