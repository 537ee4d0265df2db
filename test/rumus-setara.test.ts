/**
 * One rule, two renderings: every kind of generated cell's native formula
 * (core/rumus.ts), evaluated by HyperFormula (the browser workbook's engine),
 * must give what core gives for the same inputs, over thousands of generated
 * cases each: band edges, blanks, zero, text, labels, errors, and very large
 * and very small values. Numbers within 1e-9, the same labels, an error where
 * core gives an error (same code), a blank where core gives a blank.
 *
 * The same formulas in LibreOffice are checked by test/libreoffice-setara.test.ts.
 */
import fc from 'fast-check';
import type { HyperFormula } from 'hyperformula';
import { buatHyperFormula } from '../web/hyperformula-kinerja';
import {
  KonteksRumus,
  RefPengaturan,
  hitungCapaian,
  hitungEfisiensi,
  hitungNps,
  hitungNpsOrganisasi,
  hitungRealisasiAb,
  hitungSerapan,
  hitungTargetPeriode,
  rumusAmbang,
  rumusCapaian,
  rumusEfisiensi,
  rumusKriteria,
  rumusNps,
  rumusNpsOrganisasi,
  rumusRealisasiAb,
  rumusSerapan,
  rumusTargetPeriode,
  JenisEfisiensi,
  BentukTarget,
  hitungRataKelompok,
  rumusRataKelompok,
  teksRentang,
  rumusPolaritasBerlaku,
  rumusBatasBerlaku,
} from '../core/rumus';
import { kriteria } from '../core/formulas';
import { KRITERIA_TABEL3, PitaKriteria } from '../core/settings';
import { CellInput, CellOutput, KError } from '../core/values';
import { Hasil, Nilai, angka, dariCore, dariHf, galat, isiSel, sama, tampilHasil, teksAneh } from './helpers/setara';

const N = Number(process.env.KINERJA_KASUS ?? 5000);
const SEED = 20261130;

// ---------------------------------------------------------------------------
// The settings sheet every case reads: a scale table as Pengaturan lays it out

const SKALA: CellInput[][] = [
  ['Opini BPK', 'TMP', 1],
  [null, 'TW', 2],
  [null, 'WDP', 3],
  [null, 'WTP', 4],
  ['Predikat AKIP', 'D', 1],
  [null, 'C', 2],
  [null, 'CC', 3],
  [null, 'B', 4],
  [null, 'BB', 5],
  [null, 'A', 6],
  [null, 'AA', 7],
  ['Indeks Nol', 'NOL', 0],
  [null, 'SATU', 1],
];
const BARIS_SKALA = 16;

function lembarPengaturan(): (string | number | boolean | null)[][] {
  const rows: (string | number | boolean | null)[][] = [['Skala', 'Label', 'Skor', 'Skala (berlaku)']];
  for (let i = 0; i < BARIS_SKALA; i++) {
    const r = SKALA[i] ?? [null, null, null];
    const n = i + 2;
    rows.push([isiSel(r[0] ?? null), isiSel(r[1] ?? null), isiSel(r[2] ?? null), i === 0 ? `=IF(A${n}<>"",TRIM(A${n}),"")` : `=IF(A${n}<>"",TRIM(A${n}),D${n - 1})`]);
  }
  return rows;
}

function refPengaturan(baris: number, kolomBatas: string, kolomNegatif: string): RefPengaturan {
  const akhir = BARIS_SKALA + 1;
  return {
    batasAtas: `$${kolomBatas}${baris}`,
    rumusNegatif: `$${kolomNegatif}${baris}`,
    skalaTabel: `P!$A$2:$C$${akhir}`,
    skalaLabel: `P!$B$2:$B$${akhir}`,
    skalaSkor: `P!$C$2:$C$${akhir}`,
    skalaNama: `P!$D$2:$D$${akhir}`,
    pitaAmbang: 'K!$D$1:$D$8',
    pitaLabel: 'K!$C$1:$C$8',
  };
}

function mesin(sheets: Record<string, (string | number | boolean | null)[][]>): HyperFormula {
  return buatHyperFormula({ P: lembarPengaturan(), K: [[null]], ...sheets });
}

interface Beda {
  kasus: string;
  harap: Hasil;
  dapat: Hasil;
  rumus?: string;
}

/** Compare every row; report the first few differences with their inputs. */
function bandingkan(hf: HyperFormula, sheet: string, kolom: number, harap: CellOutput[], kasus: (i: number) => string, rumus?: (i: number) => string): Beda[] {
  const id = hf.getSheetId(sheet) as number;
  const beda: Beda[] = [];
  harap.forEach((h, i) => {
    const a = dariCore(h);
    const b = dariHf(hf.getCellValue({ sheet: id, row: i, col: kolom }));
    if (!sama(a, b)) beda.push({ kasus: kasus(i), harap: a, dapat: b, rumus: rumus?.(i) });
  });
  return beda;
}

function laporkan(beda: Beda[]): string {
  return beda
    .slice(0, 8)
    .map((b) => `${b.kasus}: core ${tampilHasil(b.harap)}, rumus ${tampilHasil(b.dapat)}${b.rumus ? `\n    ${b.rumus}` : ''}`)
    .join('\n');
}

function sampel<T>(arb: fc.Arbitrary<T>, n: number, seed: number): T[] {
  return fc.sample(arb, { numRuns: n, seed });
}

const tampil = (v: Nilai): string => (v instanceof KError ? `#${v.code}` : JSON.stringify(v));

// ---------------------------------------------------------------------------
// Capaian

const label = fc.constantFrom('WTP', 'wtp', ' WDP ', 'TW', 'TMP', 'AA', 'A', 'BB', 'b', 'C', 'D', 'NOL', 'SATU', 'Wajar Tanpa Pengecualian');
const nilaiUmum: fc.Arbitrary<Nilai> = fc.oneof(
  { weight: 10, arbitrary: angka },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: label },
  { weight: 1, arbitrary: teksAneh },
  { weight: 1, arbitrary: galat },
);

interface KasusCapaian {
  r: Nilai;
  t: Nilai;
  /** The shape of formula Kinerja wrote for the row (usually its target's, sometimes another: a retyped target). */
  bentuk: BentukTarget;
  pol: Nilai;
  batas: Nilai;
  negatif: Nilai;
}

/** A range target as Kinerja writes it (Indonesian numbers) with the bounds it writes beside it. */
const rentang: fc.Arbitrary<{ t: string; lo: number; hi: number }> = fc
  .tuple(fc.integer({ min: -5000, max: 20000 }), fc.integer({ min: 0, max: 5000 }))
  .map(([a, w]) => {
    const lo = a / 100;
    const hi = (a + w) / 100;
    return { t: teksRentang(lo, hi), lo, hi };
  });

/** The formula shape Kinerja writes for a target as it reads it. */
function bentukDari(t: Nilai, r?: { t: string; lo: number; hi: number }): BentukTarget {
  if (r) return { jenis: 'rentang', teks: r.t, bawah: r.lo, atas: r.hi };
  if (typeof t === 'number') return { jenis: 'angka' };
  if (typeof t === 'string' && /^\s*(wtp|wdp|tw|tmp|aa|a|bb|b|cc|c|d|nol|satu)\s*$/i.test(t)) return { jenis: 'label' };
  return { jenis: 'lain' };
}

const kasusCapaian: fc.Arbitrary<KasusCapaian> = fc
  .record({
    r: nilaiUmum,
    t: fc.oneof({ weight: 8, arbitrary: nilaiUmum.map((t) => ({ t, bentuk: bentukDari(t) })) }, { weight: 3, arbitrary: rentang.map((x) => ({ t: x.t as Nilai, bentuk: bentukDari(x.t, x) })) }),
    /** Now and then the row's formula was written for another target than the one in the cell. */
    lain: fc.option(fc.oneof(fc.constant<BentukTarget>({ jenis: 'angka' }), fc.constant<BentukTarget>({ jenis: 'label' }), fc.constant<BentukTarget>({ jenis: 'lain' }), rentang.map((x) => bentukDari(x.t, x))), { freq: 6 }),
    pol: fc.constantFrom<Nilai>('positif', 'negatif', 'negatif-rasio', 'rentang', '', null, 'Negatif ', 'turun', 'naik-turun'),
    batas: fc.constantFrom<Nilai>(null, null, null, 100, 120, 150, 1.2, 0, '120', 'abc'),
    negatif: fc.constantFrom<Nilai>('selisih', 'rasio', ' rasio ', null),
  })
  .map(({ r, t, lain, pol, batas, negatif }) => ({ r, t: t.t, bentuk: lain ?? t.bentuk, pol, batas, negatif }));

test(`capaian: rumus asli = CAPAIAN core pada ${N} kasus (polaritas, rentang, label, batas, rumus negatif)`, () => {
  const kasus = sampel(kasusCapaian, N, SEED);
  // Columns: A realisasi, B target, C polaritas, D batas, E negatif, F rentang bawah, G rentang atas, H capaian.
  const baris = kasus.map((k, i) => {
    const n = i + 1;
    const ctx: KonteksRumus = { host: 'web', p: refPengaturan(n, 'D', 'E') };
    return [
      isiSel(k.r),
      isiSel(k.t),
      isiSel(k.pol),
      isiSel(k.batas),
      isiSel(k.negatif),
      rumusPolaritasBerlaku(ctx, `C${n}`),
      rumusBatasBerlaku(ctx, `D${n}`),
      rumusCapaian({ ...ctx, p: { ...ctx.p, batasAtas: `G${n}` } }, { realisasi: `A${n}`, target: `B${n}`, polaritasBerlaku: `F${n}`, polaritas: `C${n}` }, k.bentuk),
    ];
  });
  const hf = mesin({ U: baris });
  const harap = kasus.map((k) => hitungCapaian(k.r, k.t, k.pol, k.negatif, k.batas, SKALA));
  const beda = bandingkan(hf, 'U', 7, harap, (i) => {
    const k = kasus[i];
    const b = k.bentuk.jenis === 'rentang' ? `rentang ${k.bentuk.teks}` : k.bentuk.jenis;
    return `R ${tampil(k.r)} T ${tampil(k.t)} (rumus ${b}) pol ${tampil(k.pol)} batas ${tampil(k.batas)} negatif ${tampil(k.negatif)}`;
  });
  expect(laporkan(beda)).toBe('');
});

// ---------------------------------------------------------------------------
// Kriteria over preset and custom band tables

const PERMENDAGRI: PitaKriteria[] = [
  { bawah: -Infinity, termasukBawah: true, label: 'Sangat Rendah' },
  { bawah: 51, termasukBawah: true, label: 'Rendah' },
  { bawah: 66, termasukBawah: true, label: 'Sedang' },
  { bawah: 76, termasukBawah: true, label: 'Tinggi' },
  { bawah: 91, termasukBawah: true, label: 'Sangat Tinggi' },
];

const pitaAcak: fc.Arbitrary<PitaKriteria[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: -20, max: 250 }), { minLength: 2, maxLength: 8 }), fc.boolean(), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
  .map(([b, tanpaBawah, ketat]) => {
    const urut = [...b].sort((x, y) => x - y);
    return urut.map((x, i) => (i === 0 && tanpaBawah ? { bawah: -Infinity, termasukBawah: true, label: 'Pita 1' } : { bawah: x, termasukBawah: !ketat[i], label: `Pita ${i + 1}` }));
  });

test(`kriteria: rumus asli = kriteria() core pada ${N} kasus (Tabel 3, Permendagri, tabel acak; tepi pita)`, () => {
  const tabel = [KRITERIA_TABEL3, PERMENDAGRI, ...sampel(pitaAcak, 200, SEED)];
  const perTabel = Math.ceil(N / tabel.length);
  const pitaRows: (string | number | boolean | null)[][] = [];
  const uji: (string | number | boolean | null)[][] = [];
  const harap: CellOutput[] = [];
  const cerita: string[] = [];
  tabel.forEach((pita, j) => {
    const r0 = j * 8;
    for (let i = 0; i < 8; i++) {
      const p = pita[i];
      const n = r0 + i + 1;
      pitaRows.push(p ? [isFinite(p.bawah) ? p.bawah : null, !p.termasukBawah, p.label, `=IF(C${n}="","",${rumusAmbang(`A${n}`, `B${n}`)})`] : [null, null, null, null]);
    }
    const tepi = pita.filter((p) => isFinite(p.bawah)).flatMap((p) => [p.bawah, p.bawah + 1e-9, p.bawah - 1e-9, p.bawah + 1e-6]);
    const xs = sampel(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(tepi.length ? tepi : [0])) }, { weight: 3, arbitrary: angka }, { weight: 1, arbitrary: fc.constantFrom<Nilai>(null, 'abc', new KError('DIV0', 'x')) }), perTabel, SEED + j);
    for (const x of xs) {
      const n = uji.length + 1;
      const ref = refPengaturan(n, 'Z', 'Z');
      ref.pitaAmbang = `K!$D$${r0 + 1}:$D$${r0 + 8}`;
      ref.pitaLabel = `K!$C$${r0 + 1}:$C$${r0 + 8}`;
      uji.push([isiSel(x), rumusKriteria({ host: 'web', p: ref }, `A${n}`)]);
      harap.push(x === null ? null : kriteria(x, pita));
      cerita.push(`x ${tampil(x)} pita ${pita.map((p) => `${p.termasukBawah ? '≥' : '>'}${p.bawah} ${p.label}`).join(', ')}`);
    }
  });
  const hf = buatHyperFormula({ P: lembarPengaturan(), K: pitaRows, U: uji });
  expect(harap.length).toBeGreaterThanOrEqual(N);
  expect(laporkan(bandingkan(hf, 'U', 1, harap, (i) => cerita[i]))).toBe('');
});

// ---------------------------------------------------------------------------
// Realisasi from a and b, serapan, efisiensi

const nilaiAngka: fc.Arbitrary<Nilai> = fc.oneof({ weight: 10, arbitrary: angka }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: teksAneh }, { weight: 1, arbitrary: galat });

function ujiDuaArgumen(nama: string, rumus: (a: string, b: string) => string, hitung: (a: Nilai, b: Nilai) => CellOutput): void {
  test(`${nama}: rumus asli = core pada ${N} kasus`, () => {
    const kasus = sampel(fc.tuple(nilaiAngka, nilaiAngka), N, SEED + nama.length);
    const hf = mesin({ U: kasus.map(([a, b], i) => [isiSel(a), isiSel(b), rumus(`A${i + 1}`, `B${i + 1}`)]) });
    const harap = kasus.map(([a, b]) => hitung(a, b));
    expect(laporkan(bandingkan(hf, 'U', 2, harap, (i) => `${tampil(kasus[i][0])}, ${tampil(kasus[i][1])}`))).toBe('');
  });
}

const ctxWeb: KonteksRumus = { host: 'web', p: refPengaturan(1, 'Z', 'Z') };
ujiDuaArgumen('realisasi a / b × 100', (a, b) => rumusRealisasiAb(ctxWeb, a, b), hitungRealisasiAb);
ujiDuaArgumen('serapan', (a, b) => rumusSerapan(ctxWeb, a, b), hitungSerapan);
for (const j of ['IE', 'TE', 'kategori'] as JenisEfisiensi[]) {
  ujiDuaArgumen(`efisiensi ${j}`, (a, b) => rumusEfisiensi(ctxWeb, j, a, b), (a, b) => hitungEfisiensi(j, a, b));
}

// ---------------------------------------------------------------------------
// NPS with bobot, and the organisation NPS with perspective weights

const capaianSel: fc.Arbitrary<Nilai> = fc.oneof({ weight: 10, arbitrary: angka }, { weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('abc') }, { weight: 1, arbitrary: galat });
const bobotSel: fc.Arbitrary<Nilai> = fc.oneof({ weight: 12, arbitrary: fc.constantFrom<Nilai>(1, 2, 1, 3, 0.5) }, { weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom<Nilai>(0, -1, 'x') }, { weight: 1, arbitrary: galat });

test(`NPS sasaran: rumus asli = Σ(bobot × capaian) / Σ bobot core pada ${N} kelompok`, () => {
  const kelompok = sampel(fc.array(fc.tuple(capaianSel, bobotSel), { minLength: 1, maxLength: 8 }), N, SEED + 7);
  const rows: (string | number | boolean | null)[][] = [];
  const harap: CellOutput[] = [];
  const hasilDi: number[] = [];
  for (const g of kelompok) {
    const r0 = rows.length + 1;
    const r1 = r0 + g.length - 1;
    g.forEach(([c, w], i) => rows.push([isiSel(c), isiSel(w), i === 0 ? rumusNps(`A${r0}:A${r1}`, `B${r0}:B${r1}`) : null]));
    hasilDi.push(r0 - 1);
    harap.push(hitungNps(g.map((x) => x[0]), g.map((x) => x[1])));
  }
  const hf = mesin({ U: rows });
  const id = hf.getSheetId('U') as number;
  const beda = harap
    .map((h, i) => ({ h: dariCore(h), d: dariHf(hf.getCellValue({ sheet: id, row: hasilDi[i], col: 2 })), i }))
    .filter((x) => !sama(x.h, x.d))
    .map((x) => `${kelompok[x.i].map(([c, w]) => `${tampil(c)}×${tampil(w)}`).join('; ')}: core ${tampilHasil(x.h)}, rumus ${tampilHasil(x.d)}`);
  expect(beda.slice(0, 8).join('\n')).toBe('');
});

test(`NPS organisasi: bobot perspektif (kosong = sama rata, sebagian kosong = galat) pada ${Math.ceil(N / 5)} kasus`, () => {
  const per = fc.tuple(fc.constantFrom<Nilai>('Customer', 'Internal', null), fc.oneof(angka, fc.constant<Nilai>(null), galat), fc.oneof({ weight: 3, arbitrary: fc.constant<Nilai>(null) }, { weight: 3, arbitrary: fc.constantFrom<Nilai>(30, 25, 15, 1) }, { weight: 1, arbitrary: fc.constantFrom<Nilai>(0, 'x') }));
  const kasus = sampel(fc.array(per, { minLength: 4, maxLength: 4 }), Math.ceil(N / 5), SEED + 9);
  const rows: (string | number | boolean | null)[][] = [];
  for (const g of kasus) {
    const r0 = rows.length + 1;
    g.forEach(([l, n, w], i) => rows.push([isiSel(l), isiSel(n), isiSel(w), i === 0 ? rumusNpsOrganisasi(`A${r0}:A${r0 + 3}`, `B${r0}:B${r0 + 3}`, `C${r0}:C${r0 + 3}`) : null]));
  }
  const hf = mesin({ U: rows });
  const id = hf.getSheetId('U') as number;
  const beda: string[] = [];
  kasus.forEach((g, i) => {
    const h = dariCore(hitungNpsOrganisasi(g.map((x) => x[0]), g.map((x) => x[1]), g.map((x) => x[2])));
    const d = dariHf(hf.getCellValue({ sheet: id, row: i * 4, col: 3 }));
    if (!sama(h, d)) beda.push(`${g.map(([l, n, w]) => `${tampil(l)}:${tampil(n)}×${tampil(w)}`).join('; ')}: core ${tampilHasil(h)}, rumus ${tampilHasil(d)}`);
  });
  expect(beda.slice(0, 8).join('\n')).toBe('');
});

// ---------------------------------------------------------------------------
// Target per period: pola over each period setting

test(`target per periode: pola akhir/tetap/kumulatif atas triwulan, bulanan, semester, tahunan pada ${N} kasus`, () => {
  const target = fc.oneof(
    { weight: 6, arbitrary: angka.map((t) => ({ t: t as Nilai, lo: null as number | null })) },
    { weight: 2, arbitrary: label.map((t) => ({ t: t as Nilai, lo: null })) },
    { weight: 2, arbitrary: rentang.map((x) => ({ t: x.t as Nilai, lo: x.lo })) },
    { weight: 1, arbitrary: fc.constantFrom<Nilai>(null, 'abc').map((t) => ({ t, lo: null })) },
    { weight: 1, arbitrary: galat.map((t) => ({ t: t as Nilai, lo: null })) },
  );
  const periode = fc.constantFrom(4, 12, 2, 1).chain((n) => fc.integer({ min: 1, max: n }).map((k) => ({ k, n })));
  const kasus = sampel(fc.record({ t: target, pola: fc.constantFrom<Nilai>('akhir', 'tetap', 'kumulatif', ' tetap', 'Kumulatif', '', 'x'), p: periode }), N, SEED + 11);
  const rows = kasus.map((c, i) => {
    const n = i + 1;
    return [isiSel(c.t.t), isiSel(c.pola), rumusTargetPeriode(`A${n}`, `B${n}`, c.p.k, c.p.n)];
  });
  const hf = mesin({ U: rows });
  const harap = kasus.map((c) => hitungTargetPeriode(c.t.t, c.pola, c.p.k, c.p.n));
  expect(laporkan(bandingkan(hf, 'U', 2, harap, (i) => `T ${tampil(kasus[i].t.t)} pola ${tampil(kasus[i].pola)} ${kasus[i].p.k}/${kasus[i].p.n}`))).toBe('');
});

// ---------------------------------------------------------------------------
// The bands in force as Pengaturan computes them: the preset chosen, or the own table

import { planPengaturanBaru, refPengaturan as refDariTata } from '../core/lembar/pengaturan';
import { bacaPitaSendiri } from '../core/model/pengaturan';
import { PRESET_KRITERIA } from '../core/settings';
import { simulasikan } from '../core/simulasi';
import { isKError } from '../core/values';

test(`pita kriteria berlaku di Pengaturan (preset atau tabel sendiri) = kriteria() core pada ${N} kasus`, () => {
  const { ops, tata } = planPengaturanBaru({ tahun: 2026, host: 'web' });
  const sheet = simulasikan({ host: 'web', sheets: [] }, [{ op: 'addSheet', sheet: 'Pengaturan' }, ...ops]).sheets[0];
  const dasar = sheet.values.map((row, r) => row.map((v, c) => (sheet.formulas?.[r]?.[c] ? (sheet.formulas[r][c] as string) : isiSel(v ?? null))));
  const batas = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: -20, max: 250 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 250 }).map((x) => `> ${x}`) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `> ${a},${b}`) },
    { weight: 1, arbitrary: fc.constantFrom<Nilai>(null, '> 1.384', 'abc') },
  );
  const tabel = fc.array(fc.tuple(fc.option(batas, { freq: 8 }), fc.option(fc.constantFrom('A', 'B', 'C', 'D', 'E'), { freq: 8 })), { minLength: 1, maxLength: 8 });
  const kasus = sampel(fc.record({ preset: fc.constantFrom(...PRESET_KRITERIA.map((p) => p.nama), 'Tabel sendiri', 'BPOM', '', 'salah'), tabel: tabel.map((rows) => [...rows].sort((a, b) => (typeof a[0] === 'number' && typeof b[0] === 'number' ? a[0] - b[0] : 0))), xs: fc.array(fc.oneof(angka, fc.constantFrom(50, 51, 66, 70, 76, 90, 91, 110, 120, 120.5)), { minLength: 5, maxLength: 5 }) }), Math.ceil(N / 12), SEED + 21);
  const beda: string[] = [];
  let dinilai = 0;
  // Many Pengaturan sheets per engine (P0, P1 …), each with its own preset and table.
  const PER_MESIN = 40;
  for (let m0 = 0; m0 < kasus.length; m0 += PER_MESIN) {
    const kelompok = kasus.slice(m0, m0 + PER_MESIN);
    const sheets: Record<string, (string | number | boolean | null)[][]> = {};
    const U: (string | number | boolean | null)[][] = [];
    const harap: Array<{ h: Hasil; galatBoleh: boolean; cerita: string }> = [];
    kelompok.forEach((k, j) => {
      const nama = `P${j}`;
      const p = dasar.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(/Pengaturan!/g, `${nama}!`) : v)));
      p[tata.setelan.presetKriteria][1] = isiSel(k.preset);
      for (let i = 0; i < 8; i++) {
        const row = k.tabel[i];
        p[tata.kriteriaHeader + 1 + i][0] = row ? isiSel(row[0]) : null;
        p[tata.kriteriaHeader + 1 + i][1] = row ? isiSel(row[1]) : null;
      }
      sheets[nama] = p as (string | number | boolean | null)[][];
      const ref = refDariTata(nama, tata);
      // The table's own bounds are the edges that matter: x exactly there, and just around.
      const tepi = k.tabel.flatMap(([b]) => {
        const n = typeof b === 'number' ? b : typeof b === 'string' ? Number(b.replace(/^>\s*/, '').replace(',', '.')) : NaN;
        return isFinite(n) ? [n, n + 1e-9, n - 1e-9] : [];
      });
      const rows: CellInput[][] = Array.from({ length: 8 }, (_, i) => [k.tabel[i]?.[0] ?? null, k.tabel[i]?.[1] ?? null]);
      const preset = k.preset === '' ? PRESET_KRITERIA[0] : PRESET_KRITERIA.find((x) => x.nama === k.preset || (k.preset === 'BPOM' && x === PRESET_KRITERIA[0]));
      const pita = k.preset === 'Tabel sendiri' ? bacaPitaSendiri(rows) : preset ? preset.pita : new KError('NA', 'preset tidak dikenal');
      for (const x of [...k.xs, ...tepi]) {
        U.push([isiSel(x), rumusKriteria({ host: 'web', p: ref }, `A${U.length + 1}`)]);
        harap.push({
          h: dariCore(isKError(pita) ? (x === null ? null : pita) : kriteria(x, pita)),
          // Any error where core's table is unreadable (a native formula can't say which one).
          galatBoleh: isKError(pita),
          cerita: `preset ${k.preset} tabel ${JSON.stringify(k.tabel)} x ${tampil(x)}`,
        });
      }
    });
    const hf = buatHyperFormula({ ...sheets, U });
    const idU = hf.getSheetId('U') as number;
    harap.forEach((x, i) => {
      dinilai++;
      const dapat = dariHf(hf.getCellValue({ sheet: idU, row: i, col: 1 }));
      const cocok = x.galatBoleh ? dapat.jenis === 'galat' || x.h.jenis === 'kosong' : sama(x.h, dapat);
      if (!cocok) beda.push(`${x.cerita}: core ${tampilHasil(x.h)}, rumus ${tampilHasil(dapat)}`);
    });
  }
  expect(dinilai).toBeGreaterThanOrEqual(N);
  expect(beda.slice(0, 6).join('\n')).toBe('');
});

// ---------------------------------------------------------------------------
// Perspektif NPS: the mean of its sasaran NPS (others' errors must not reach it)

test(`NPS perspektif: rata-rata NPS sasarannya = core pada ${N} kasus (galat di perspektif lain tidak menular)`, () => {
  const baris = fc.tuple(fc.constantFrom<Nilai>('Pelanggan', 'Proses', 'Belajar', null), fc.oneof({ weight: 6, arbitrary: angka }, { weight: 2, arbitrary: fc.constant<Nilai>('') }, { weight: 1, arbitrary: fc.constant<Nilai>(null) }, { weight: 1, arbitrary: galat }));
  const kasus = sampel(fc.array(baris, { minLength: 1, maxLength: 10 }), Math.ceil(N / 2), SEED + 31);
  const rows: (string | number | boolean | null)[][] = [];
  const harap: Array<{ h: Hasil; cerita: string; r: number }> = [];
  for (const g of kasus) {
    const r0 = rows.length + 1;
    const r1 = r0 + g.length - 1;
    g.forEach(([l, x]) => rows.push([isiSel(l), isiSel(x), null]));
    for (const [j, nama] of ['Pelanggan', 'Proses', 'Belajar'].entries()) {
      const r = r0 - 1 + j;
      if (r > r1 - 1) break;
      rows[r][2] = isiSel(nama);
      rows[r][3] = rumusRataKelompok(`$A$${r0}:$A$${r1}`, `C${r + 1}`, `$B$${r0}:$B$${r1}`);
      harap.push({ h: dariCore(hitungRataKelompok(g.map((x) => x[0]), nama, g.map((x) => x[1]))), cerita: `${nama} dalam ${g.map(([l, x]) => `${tampil(l)}:${tampil(x)}`).join('; ')}`, r });
    }
  }
  const hf = mesin({ U: rows });
  const id = hf.getSheetId('U') as number;
  const beda = harap.filter((x) => !sama(x.h, dariHf(hf.getCellValue({ sheet: id, row: x.r, col: 3 })))).map((x) => `${x.cerita}: core ${tampilHasil(x.h)}, rumus ${tampilHasil(dariHf(hf.getCellValue({ sheet: id, row: x.r, col: 3 })))}`);
  expect(harap.length).toBeGreaterThanOrEqual(N);
  expect(beda.slice(0, 6).join('\n')).toBe('');
});
