/**
 * The one registry of spreadsheet functions. Excel's functions.json and the
 * Apps Script JSDoc stubs are generated from this list at build time, and the
 * browser workbook (HyperFormula) registers the same list, so hosts can't drift.
 *
 * Every argument may be one value or a 2-D range. Element-wise functions
 * broadcast (range against range of the same shape, or against one value)
 * and answer in that shape; one bad cell never spoils the others.
 */
import { CellInput, CellOutput, KError, angkaHingga, isKError, kutip, parseCell } from './values';
import { DEFAULT_PENGATURAN, PRESET_KRITERIA, Pengaturan, PitaKriteria, presetKriteria } from './settings';
import {
  angka,
  bacaSkalaKriteria,
  bacaSkalaKualitatif,
  capaian,
  capaianPakaiSkala,
  efisiensi,
  kategoriEfisiensi,
  kriteria,
  nps,
  predikatAkip,
  rasio,
  serapan,
  targetTriwulan,
  tingkatEfisiensi,
} from './formulas';

export type Matrix = CellInput[][];
export type OutMatrix = CellOutput[][];

export interface ParamDef {
  name: string;
  /** Indonesian description shown by formula autocomplete. */
  description: string;
  optional?: boolean;
  /** JSDoc type for Apps Script autocomplete. */
  jsdocType: string;
}

export interface FunctionDef {
  name: string;
  description: string;
  params: ParamDef[];
  /** What the result is, in Indonesian (JSDoc @return). */
  returns: string;
  /** A one-line example shown in the README and the docs. */
  contoh: string;
  impl: (args: Matrix[]) => OutMatrix;
}

const P = {
  realisasi: { name: 'realisasi', description: 'Realisasi: angka, teks gaya Indonesia (54,3 atau 99,44%) atau label (WTP, AA); sel atau range.', jsdocType: 'number|string|Array<Array<number|string>>' },
  target: { name: 'target', description: 'Target: angka, rentang "a–b", atau label (WTP, AA); sel atau range.', jsdocType: 'number|string|Array<Array<number|string>>' },
};

/**
 * Normalise what a host passes for one argument into a rectangular matrix.
 * Rows shorter than the widest are filled with blanks, so no cell of the input
 * is ever dropped from the answer.
 */
export function toMatrix(v: unknown): Matrix {
  if (Array.isArray(v)) {
    if (v.length === 0) return [[null]];
    if (!v.every((row) => Array.isArray(row))) return [(v as unknown[]).map((c) => (Array.isArray(c) ? null : (c as CellInput)))];
    const rows = v as unknown[][];
    const lebar = Math.max(1, ...rows.map((row) => row.length));
    return rows.map((row) => Array.from({ length: lebar }, (_, c) => (c < row.length ? (row[c] as CellInput) : null)));
  }
  return [[v as CellInput]];
}

function shapeOf(m: Matrix): [number, number] {
  return [m.length, m[0]?.length ?? 0];
}

function isSingle(m: Matrix): boolean {
  return m.length === 1 && m[0].length === 1;
}

/** Element-wise over the first n arguments (broadcast); the rest are passed as tables. */
export function elementwise(n: number, fn: (cells: CellInput[], tables: Matrix[]) => CellOutput): (args: Matrix[]) => OutMatrix {
  return (args) => {
    const cellArgs = args.slice(0, n);
    const tables = args.slice(n);
    let shape: [number, number] = [1, 1];
    for (const m of cellArgs) {
      if (isSingle(m)) continue;
      const s = shapeOf(m);
      if (shape[0] === 1 && shape[1] === 1) shape = s;
      else if (s[0] !== shape[0] || s[1] !== shape[1]) {
        return [[new KError('VALUE', `ukuran range berbeda: ${shape[0]}×${shape[1]} dan ${s[0]}×${s[1]}; pakai range yang sama ukurannya atau satu sel`)]];
      }
    }
    const out: OutMatrix = [];
    for (let r = 0; r < shape[0]; r++) {
      const row: CellOutput[] = [];
      for (let c = 0; c < shape[1]; c++) {
        const cells = cellArgs.map((m) => (isSingle(m) ? m[0][0] : m[r][c]));
        let v: CellOutput;
        try {
          v = fn(cells, tables);
        } catch (e) {
          v = new KError('VALUE', `galat tak terduga: ${(e as Error).message}`);
        }
        row.push(v);
      }
      out.push(row);
    }
    return out;
  };
}

function flatten(m: Matrix): CellInput[] {
  const out: CellInput[] = [];
  for (const row of m) for (const c of row) out.push(c);
  return out;
}

function isOmitted(m: Matrix | undefined): boolean {
  return !m || (isSingle(m) && (m[0][0] === null || m[0][0] === undefined || m[0][0] === ''));
}

/** KRITERIA's skala: one cell naming a preset, or a 2-column table (batas bawah, label). */
function bacaSkalaAtauPreset(skala: Matrix): PitaKriteria[] | KError {
  if (isSingle(skala)) {
    const p = parseCell(skala[0][0]);
    if (p.kind === 'error') return p.error;
    const nama = p.kind === 'text' ? p.text : p.kind === 'number' ? (p.text ?? String(p.value)) : '';
    const preset = presetKriteria(nama);
    if (preset) return preset.pita;
    return new KError(
      'VALUE',
      `skala kriteria ${kutip(nama)} tidak dikenal: tulis nama preset (${PRESET_KRITERIA.map((x) => `"${x.nama}"`).join(', ')}) atau berikan range 2 kolom (batas bawah, label)`,
    );
  }
  if ((skala[0]?.length ?? 0) < 2) return new KError('VALUE', 'skala kriteria harus 2 kolom: batas bawah dan label (atau nama preset, mis. "Permendagri 86/2017")');
  return bacaSkalaKriteria(skala);
}

export const FUNCTIONS: FunctionDef[] = [
  {
    name: 'CAPAIAN',
    description: 'Capaian indikator dalam persen: realisasi dibanding target sesuai polaritas (positif, negatif, negatif-rasio, rentang), target satu angka, rentang "a–b" atau label kualitatif seperti WTP/AA.',
    params: [
      P.realisasi,
      P.target,
      {
        name: 'polaritas',
        description:
          'Opsional: "positif" (bawaan, R/T×100), "negatif" ((2T−R)/T×100), "negatif-rasio" (T/R×100) atau "rentang" (target "a–b", di dalam = 100, keluar ke mana pun lebih buruk). Target "a–b" dengan positif/negatif: di dalam = 100, di luar dihitung terhadap batas terdekat.',
        optional: true,
        jsdocType: 'string|Array<Array<string>>',
      },
      { name: 'batas_atas', description: 'Opsional: batas atas capaian, paling kecil 100 (mis. 120 atau 150). Kosong = tanpa batas.', optional: true, jsdocType: 'number|Array<Array<number>>' },
      {
        name: 'skala',
        description:
          'Opsional: range 3 kolom (Skala, Label, Skor) seperti tabel skala di lembar Pengaturan; label kualitatif dinilai dengan skor ini. Baris kosong diabaikan, Skala kosong = sama dengan baris di atasnya. Kosong = skala bawaan (Opini BPK TMP=1..WTP=4, Predikat AKIP D=1..AA=7).',
        optional: true,
        jsdocType: 'Array<Array<number|string>>',
      },
    ],
    returns: 'Capaian dalam poin persen (98,27 berarti 98,27%), tanpa pembulatan.',
    contoh: '=CAPAIAN(53,36; 54,3) → 98,27',
    impl: (args) => {
      const sel = args.slice(0, 4);
      const skalaM = args[4];
      if (isOmitted(skalaM)) return elementwise(4, ([r, t, p, b]) => capaian(r, t, p, b))(sel);
      // The table is read once per call, not per cell. A bad table spoils only the capaian that read labels.
      const skala =
        (skalaM[0]?.length ?? 0) < 3
          ? new KError('VALUE', `skala kualitatif harus 3 kolom: Skala, Label, Skor (range yang diberikan ${skalaM[0]?.length ?? 0} kolom)`)
          : bacaSkalaKualitatif(skalaM);
      const pengaturan: Pengaturan = isKError(skala) || skala.length === 0 ? DEFAULT_PENGATURAN : { ...DEFAULT_PENGATURAN, skala };
      return elementwise(4, ([r, t, p, b]) => (isKError(skala) && capaianPakaiSkala(r, t) ? skala : capaian(r, t, p, b, pengaturan)))(sel);
    },
  },
  {
    name: 'RASIO',
    description: 'Rasio pembilang (a) terhadap penyebut (b) dalam persen: a / b × 100.',
    params: [
      { name: 'pembilang', description: 'Pembilang (a): angka atau range.', jsdocType: 'number|Array<Array<number>>' },
      { name: 'penyebut', description: 'Penyebut (b): angka atau range; 0 atau kosong memberi #DIV/0!.', jsdocType: 'number|Array<Array<number>>' },
    ],
    returns: 'a / b × 100 dalam poin persen.',
    contoh: '=RASIO(45; 50) → 90',
    impl: elementwise(2, ([a, b]) => rasio(a, b)),
  },
  {
    name: 'NPS',
    description: 'Nilai Pencapaian Sasaran: rata-rata capaian berbobot, Σ(bobot × capaian) / Σ bobot, atas capaian yang tidak kosong.',
    params: [
      { name: 'capaian', description: 'Range capaian indikator sasaran (poin persen).', jsdocType: 'Array<Array<number>>' },
      { name: 'bobot', description: 'Opsional: range bobot sebesar range capaian (bawaan 1; IKU biasanya 2).', optional: true, jsdocType: 'Array<Array<number>>' },
    ],
    returns: 'NPS dalam poin persen.',
    contoh: '=NPS(H5:H6; G5:G6) → 98,85',
    impl: (args) => {
      const c = flatten(args[0]);
      const bobotM = args[1];
      if (isOmitted(bobotM)) return [[nps(c.map((x) => ({ capaian: x })))]];
      const b = flatten(bobotM);
      if (b.length !== c.length) {
        return [[new KError('VALUE', `range bobot (${b.length} sel) tidak sebesar range capaian (${c.length} sel)`)]];
      }
      return [[nps(c.map((x, i) => ({ capaian: x, bobot: b[i] })))]];
    },
  },
  {
    name: 'KRITERIA',
    description:
      'Kriteria capaian menurut skala: tanpa skala, Tabel 3 LAKIP BPOM (Sangat Kurang, Kurang, Cukup, Baik, Sangat Baik, Tidak Dapat Disimpulkan); atau nama preset ("Permendagri 86/2017": Sangat Rendah … Sangat Tinggi) atau skala Anda sendiri.',
    params: [
      { name: 'capaian', description: 'Capaian dalam poin persen: sel atau range.', jsdocType: 'number|Array<Array<number>>' },
      {
        name: 'skala',
        description: `Opsional: nama preset (${PRESET_KRITERIA.map((p) => `"${p.nama}"`).join(', ')}; juga "BPOM", "Permendagri") atau range 2 kolom (batas bawah, label), batas bawah naik dari atas ke bawah. Kosong = BPOM Tabel 3.`,
        optional: true,
        jsdocType: 'Array<Array<number|string>>',
      },
    ],
    returns: 'Label kriteria.',
    contoh: '=KRITERIA(106,37) → Baik',
    impl: (args) => {
      const skala = args[1];
      if (isOmitted(skala)) return elementwise(1, ([c]) => kriteria(c))(args.slice(0, 1));
      const pita = bacaSkalaAtauPreset(skala);
      if (isKError(pita)) return [[pita]];
      return elementwise(1, ([c]) => kriteria(c, pita))(args.slice(0, 1));
    },
  },
  {
    name: 'PREDIKAT_AKIP',
    description: 'Predikat AKIP dari nilai 0–100: AA ≥ 90, A ≥ 80, BB ≥ 70, B ≥ 60, CC ≥ 50, C ≥ 30, D < 30.',
    params: [{ name: 'nilai', description: 'Nilai evaluasi AKIP 0–100: sel atau range.', jsdocType: 'number|Array<Array<number>>' }],
    returns: 'AA, A, BB, B, CC, C atau D.',
    contoh: '=PREDIKAT_AKIP(78,35) → BB',
    impl: elementwise(1, ([n]) => predikatAkip(n)),
  },
  {
    name: 'SERAPAN',
    description: 'Serapan anggaran dalam persen: realisasi anggaran / pagu × 100.',
    params: [
      { name: 'realisasi_anggaran', description: 'Realisasi anggaran: angka atau teks rupiah (Rp1.384.303.000,-).', jsdocType: 'number|string|Array<Array<number|string>>' },
      { name: 'pagu', description: 'Pagu anggaran: angka atau teks rupiah.', jsdocType: 'number|string|Array<Array<number|string>>' },
    ],
    returns: 'Serapan dalam poin persen.',
    contoh: '=SERAPAN("Rp379.075.701.650"; "Rp386.738.331.000") → 98,02',
    impl: elementwise(2, ([r, p]) => serapan(r, p)),
  },
  {
    name: 'EFISIENSI',
    description: 'Indeks Efisiensi (IE) = capaian output / capaian input (input = serapan anggaran). Standar Efisiensi (SE) = 1.',
    params: [
      { name: 'capaian_output', description: 'Capaian output (poin persen).', jsdocType: 'number|Array<Array<number>>' },
      { name: 'capaian_input', description: 'Capaian input = serapan anggaran (poin persen).', jsdocType: 'number|Array<Array<number>>' },
    ],
    returns: 'IE (rasio, 1 = sesuai standar).',
    contoh: '=EFISIENSI(100; 98) → 1,0204',
    impl: elementwise(2, ([o, i]) => efisiensi(o, i)),
  },
  {
    name: 'TINGKAT_EFISIENSI',
    description: 'Tingkat Efisiensi (TE) = (IE − SE) / SE, rasio seperti IE (0,0204 berarti 2,04% di atas standar).',
    params: [
      { name: 'capaian_output', description: 'Capaian output (poin persen).', jsdocType: 'number|Array<Array<number>>' },
      { name: 'capaian_input', description: 'Capaian input = serapan anggaran (poin persen).', jsdocType: 'number|Array<Array<number>>' },
    ],
    returns: 'TE sebagai rasio (bukan poin persen).',
    contoh: '=TINGKAT_EFISIENSI(106,23; 98,02) → 0,0838',
    impl: elementwise(2, ([o, i]) => tingkatEfisiensi(o, i)),
  },
  {
    name: 'KATEGORI_EFISIENSI',
    description: 'Kategori efisiensi: "Efisien" bila IE ≥ SE (1), selain itu "Tidak Efisien".',
    params: [
      { name: 'capaian_output', description: 'Capaian output (poin persen).', jsdocType: 'number|Array<Array<number>>' },
      { name: 'capaian_input', description: 'Capaian input = serapan anggaran (poin persen).', jsdocType: 'number|Array<Array<number>>' },
    ],
    returns: '"Efisien" atau "Tidak Efisien".',
    contoh: '=KATEGORI_EFISIENSI(100; 98) → Efisien',
    impl: elementwise(2, ([o, i]) => kategoriEfisiensi(o, i)),
  },
  {
    name: 'TARGET_TW',
    description: 'Target triwulan dari target tahunan menurut pola: "akhir" (hanya B12), "tetap" (sama tiap triwulan) atau "kumulatif" (T/4, T/2, 3T/4, T; bawaan).',
    params: [
      { name: 'target_tahunan', description: 'Target tahunan (B12).', jsdocType: 'number|string|Array<Array<number|string>>' },
      { name: 'triwulan', description: 'Triwulan 1–4 (atau "TW II", "B6").', jsdocType: 'number|string|Array<Array<number|string>>' },
      { name: 'pola', description: 'Opsional: "akhir", "tetap" atau "kumulatif" (bawaan).', optional: true, jsdocType: 'string|Array<Array<string>>' },
    ],
    returns: 'Target triwulan; kosong bila triwulan itu tidak punya target.',
    contoh: '=TARGET_TW(100; 2; "kumulatif") → 50',
    impl: elementwise(3, ([t, q, p]) => targetTriwulan(t, q, p)),
  },
  {
    name: 'ANGKA',
    description: 'Angka dari teks bergaya Indonesia: "Rp1.384.303.000,-" → 1384303000, "54,3" → 54,3, "99,44%" → 99,44.',
    params: [{ name: 'teks', description: 'Teks angka: sel atau range.', jsdocType: 'string|number|Array<Array<string|number>>' }],
    returns: 'Angka.',
    contoh: '=ANGKA("Rp1.384.303.000,-") → 1384303000',
    impl: elementwise(1, ([t]) => angka(t)),
  },
];

export const FUNCTION_BY_NAME: Record<string, FunctionDef> = Object.fromEntries(FUNCTIONS.map((f) => [f.name, f]));

/** Call a registry function with whatever the host passed; always answers a matrix. */
export function callFunction(name: string, rawArgs: unknown[]): OutMatrix {
  const def = FUNCTION_BY_NAME[name];
  if (!def) return [[new KError('NA', `fungsi ${name} tidak dikenal`)]];
  const args = def.params.map((_, i) => toMatrix(rawArgs[i] === undefined ? null : rawArgs[i]));
  const wajib = def.params.filter((p) => !p.optional).length;
  const diisi = rawArgs.filter((a) => a !== undefined).length;
  if (diisi < wajib) {
    return [[new KError('VALUE', `${name} butuh ${wajib} argumen: ${def.params.filter((p) => !p.optional).map((p) => p.name).join(', ')}`)]];
  }
  let out: OutMatrix;
  try {
    out = def.impl(args);
  } catch (e) {
    return [[new KError('VALUE', `galat tak terduga di ${name}: ${(e as Error).message}`)]];
  }
  // The last guard of "no ±Infinity or NaN ever leaves a function": each formula says why first.
  return out.map((row) => row.map((v) => (typeof v === 'number' ? angkaHingga(v, `hasil ${name}`) : v)));
}
