/**
 * "Buat Tabel RAPK": first generation (pola targets, formulas in each host's form,
 * the 2019 example end to end), regeneration after every kind of PK change (typed
 * Pembilang/Penyebut/Realisasi kept, removed rows to RAPK Arsip), refusals, and
 * the plan size not growing with the number of indicators.
 *
 * Plans are applied to the snapshot by a small in-test host (`terapkan`) that
 * evaluates the written formulas with core's own function registry, so a
 * regenerated table is read back the way a real host hands it over: formula
 * cells carry both their formula and their computed value.
 */
import { INDIKATOR_2019, SASARAN_2019 } from '../core/contoh2019';
import { callFunction } from '../core/functions';
import { PK_KOLOM } from '../core/pk';
import { SHEET, TRIWULAN, WARNA_KRITERIA, rapkBlok, rapkHeaders, rapkNpsHeader, rapkTargetHeader } from '../core/layout';
import { ARSIP_HEADER, HasilRapk, RAPK_JUDUL, bacaRapk, planRapk, rapkKolom } from '../core/rapk';
import { bacaPengaturan, planTemplat } from '../core/templates';
import { periksa } from '../core/checks';
import { CellInput, isKError } from '../core/values';
import { HostKind, Plan, SheetSnapshot, WorkbookSnapshot, WriteOp, WriteValue, colIndex, colName, parseA1, parseA1Range } from '../core/workbook';

// ---------------------------------------------------------------------------
// Building snapshots

interface PkIsi {
  perspektif?: string;
  sasaran?: string;
  kode?: string;
  indikator?: string;
  iku?: boolean;
  bobot?: CellInput;
  satuan?: string;
  polaritas?: string;
  target?: CellInput;
  pola?: string;
}

/** A PK sheet: one title row, the PK_KOLOM header on row 2, indicators from row 3. */
function lembarPk(rows: PkIsi[]): SheetSnapshot {
  const values: CellInput[][] = [['Perjanjian Kinerja Tahun 2019'], [...PK_KOLOM]];
  rows.forEach((r, i) =>
    values.push([i + 1, r.perspektif ?? '', r.sasaran ?? '', r.kode ?? '', r.indikator ?? '', r.iku ? 'Ya' : 'Tidak', r.bobot ?? '', r.satuan ?? '%', r.polaritas ?? 'positif', r.target ?? '', r.pola ?? '', '']),
  );
  return { name: SHEET.PK, values, formulas: values.map((row) => row.map(() => '')) };
}

/** The 2019 PK, with Perspektif and Sasaran left blank on repeated rows (merged cells, as users type them). */
function pk2019(): PkIsi[] {
  return INDIKATOR_2019.map((ind, i) => {
    const prev = INDIKATOR_2019[i - 1];
    return {
      perspektif: prev && prev.perspektif === ind.perspektif ? '' : ind.perspektif,
      sasaran: prev && prev.sasaran === ind.sasaran ? '' : ind.sasaran,
      kode: ind.kode,
      indikator: ind.indikator,
      iku: ind.iku,
      satuan: ind.satuan,
      polaritas: ind.polaritas,
      target: ind.target,
      pola: ind.pola,
    };
  });
}

/** n indicators, 3 per sasaran. */
function pkBanyak(n: number): PkIsi[] {
  return Array.from({ length: n }, (_, i) => ({
    perspektif: 'Internal Process Perspective',
    sasaran: `Sasaran ${Math.floor(i / 3) + 1}`,
    kode: `IK${String(i + 1).padStart(4, '0')}`,
    indikator: `Indikator ${i + 1}`,
    target: 100,
    pola: ['akhir', 'tetap', 'kumulatif'][i % 3],
  }));
}

const KECIL: PkIsi[] = [
  { perspektif: 'Customer Perspective', sasaran: 'Sasaran A', kode: 'IK01', indikator: 'Indeks kepuasan', iku: true, satuan: 'indeks', target: 80, pola: 'akhir' },
  { sasaran: 'Sasaran A', kode: 'IK02', indikator: 'Opini BPK', satuan: 'opini', target: 'WTP', pola: 'akhir' },
  { sasaran: 'Sasaran B', kode: 'IK03', indikator: 'Dokumen tepat waktu', target: 100, pola: 'kumulatif' },
  { sasaran: 'Sasaran B', kode: 'IK04', indikator: 'Pengaduan dijawab', target: 93, pola: 'tetap' },
  { sasaran: 'Sasaran C', kode: 'IK05', indikator: 'Kerja sama efektif', target: 71, pola: 'tetap' },
];

function buku(host: HostKind, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { host, sheets };
}

function gantiPk(wb: WorkbookSnapshot, rows: PkIsi[]): WorkbookSnapshot {
  return { host: wb.host, sheets: [lembarPk(rows), ...wb.sheets.filter((s) => s.name !== SHEET.PK)] };
}

function rencana(wb: WorkbookSnapshot, sekarang = '2024-04-02T08:00:00.000Z'): Plan {
  const r = planRapk(wb, { sekarang });
  if (!r.ok) throw new Error(`planRapk menolak: ${r.pesan}`);
  return r.plan;
}

function tolak(r: HasilRapk): string {
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.pesan;
}

// ---------------------------------------------------------------------------
// A small host: applies a plan to a snapshot and evaluates the formulas it wrote

type Lembar = { name: string; values: CellInput[][]; formulas: string[][] };

function salin(wb: WorkbookSnapshot): { host: HostKind; sheets: Lembar[] } {
  return {
    host: wb.host,
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => r.slice()),
      formulas: s.values.map((r, i) => r.map((_, c) => s.formulas?.[i]?.[c] || '')),
    })),
  };
}

function taruh(s: Lembar, r: number, c: number, v: WriteValue): void {
  while (s.values.length <= r) s.values.push([]);
  while (s.formulas.length <= r) s.formulas.push([]);
  while (s.values[r].length <= c) s.values[r].push(null);
  while (s.formulas[r].length <= c) s.formulas[r].push('');
  if (typeof v === 'string' && v.startsWith('=')) {
    s.formulas[r][c] = v;
    s.values[r][c] = null;
  } else if (typeof v === 'string' && v.startsWith("'")) {
    // As Excel, Sheets and HyperFormula do: a leading apostrophe keeps the rest as text and is not stored.
    s.formulas[r][c] = '';
    s.values[r][c] = v.slice(1);
  } else {
    s.formulas[r][c] = '';
    s.values[r][c] = v;
  }
}

function nilai(s: Lembar, r: number, c: number, depth = 0): CellInput {
  const f = s.formulas[r]?.[c];
  if (!f) return s.values[r]?.[c] ?? null;
  if (depth > 20) throw new Error('rumus melingkar');
  return hitungRumus(s, f, depth + 1);
}

function argumen(s: Lembar, arg: string, depth: number): CellInput[][] {
  if (arg.includes(':')) {
    const b = parseA1Range(arg);
    return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => nilai(s, b.row + i, b.col + j, depth)));
  }
  const p = parseA1(arg);
  return [[nilai(s, p.row, p.col, depth)]];
}

/** Evaluate the formulas RAPK writes (either host's form) with core's function registry. */
function hitungRumus(s: Lembar, f: string, depth: number): CellInput {
  const kosong = (v: CellInput): boolean => v === null || v === undefined || v === '';
  let m = f.match(/^=IF\(OR\((\w+)="",(\w+)=""\),"",(?:KINERJA\.)?RASIO\((\w+),(\w+)\)\)$/);
  if (m) {
    const [a, b] = [argumen(s, m[1], depth)[0][0], argumen(s, m[2], depth)[0][0]];
    if (kosong(a) || kosong(b)) return '';
    return tampilHost(callFunction('RASIO', [a, b])[0][0]);
  }
  m = f.match(/^=(?:KINERJA\.)?([A-Z_]+)\((.*)\)$/);
  if (!m || !['CAPAIAN', 'KRITERIA', 'NPS', 'RASIO'].includes(m[1])) return null; // a user's own formula
  const args = m[2].split(',').map((a) => argumen(s, a.trim(), depth));
  return tampilHost(callFunction(m[1], args)[0][0]);
}

/** What a host shows: blank as "", errors as their text. */
function tampilHost(v: unknown): CellInput {
  if (v === null || v === undefined) return '';
  if (isKError(v)) return v.toString();
  return v as CellInput;
}

function hitungUlang(wb: { host: HostKind; sheets: Lembar[] }): WorkbookSnapshot {
  for (const s of wb.sheets) {
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) s.values[r][c] = hitungRumus(s, f, 0);
      }),
    );
  }
  return wb;
}

function terapkan(wb: WorkbookSnapshot, plan: Plan): WorkbookSnapshot {
  const out = salin(wb);
  const lembar = (name: string): Lembar => {
    const s = out.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`lembar ${name} tidak ada`);
    return s;
  };
  for (const op of plan.ops) {
    if (op.op === 'addSheet') {
      if (out.sheets.some((x) => x.name.toLowerCase() === op.sheet.toLowerCase())) throw new Error(`lembar ${op.sheet} sudah ada`);
      out.sheets.push({ name: op.sheet, values: [], formulas: [] });
    } else if (op.op === 'clear') {
      const b = parseA1Range(op.range);
      for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) taruh(lembar(op.sheet), r, c, null);
    } else if (op.op === 'setValues') {
      op.values.forEach((row, i) => row.forEach((v, j) => taruh(lembar(op.sheet), op.row + i, op.col + j, v)));
    }
  }
  return hitungUlang(out);
}

/** Find a RAPK cell by Kode and header, independently of core/rapk's reader. */
function cari(wb: WorkbookSnapshot, kode: string, header: string, sheet: string = SHEET.RAPK): { r: number; c: number } {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`lembar ${sheet} tidak ada`);
  const h = s.values.findIndex((row) => row.includes('Kode') && row.includes('Indikator'));
  const cKode = s.values[h].indexOf('Kode');
  const c = s.values[h].indexOf(header);
  const rows = s.values.map((row, i) => (i > h && row[cKode] === kode ? i : -1)).filter((i) => i >= 0);
  if (rows.length !== 1 || c < 0) throw new Error(`${kode}/${header}: ${rows.length} baris`);
  return { r: rows[0], c };
}

function sel(wb: WorkbookSnapshot, kode: string, header: string): { nilai: CellInput; rumus: string } {
  const s = wb.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
  const { r, c } = cari(wb, kode, header);
  return { nilai: s.values[r][c], rumus: s.formulas?.[r]?.[c] || '' };
}

/** The user types into a RAPK cell (replacing whatever was there, formula included). */
function ketik(wb: WorkbookSnapshot, isian: Array<[string, string, CellInput]>): WorkbookSnapshot {
  const out = salin(wb);
  const s = out.sheets.find((x) => x.name === SHEET.RAPK) as Lembar;
  for (const [kode, header, v] of isian) {
    const { r, c } = cari(wb, kode, header);
    taruh(s, r, c, v as WriteValue);
  }
  return hitungUlang(out);
}

function ketikDi(wb: WorkbookSnapshot, sheet: string, ref: string, v: CellInput): WorkbookSnapshot {
  const out = salin(wb);
  const p = parseA1(ref);
  taruh(out.sheets.find((x) => x.name === sheet) as Lembar, p.row, p.col, v as WriteValue);
  return hitungUlang(out);
}

function setValuesOps(plan: Plan, sheet: string): Array<Extract<WriteOp, { op: 'setValues' }>> {
  return plan.ops.filter((o): o is Extract<WriteOp, { op: 'setValues' }> => o.op === 'setValues' && o.sheet === sheet);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const [A3, B3, R3] = rapkBlok('B3');
const [A6, B6, R6] = rapkBlok('B6');
const [A12, B12, R12] = rapkBlok('B12');

/** A first RAPK from a PK, applied. */
function rapkAwal(rows: PkIsi[], host: HostKind = 'excel'): WorkbookSnapshot {
  const wb = buku(host, lembarPk(rows));
  return terapkan(wb, rencana(wb));
}

// ---------------------------------------------------------------------------

describe('kolom RAPK', () => {
  test('rapkKolom() menunjuk tepat ke judul kolom rapkHeaders()', () => {
    const k = rapkKolom();
    const h = rapkHeaders();
    expect(k.jumlah).toBe(h.length);
    expect(h[k.kode]).toBe('Kode');
    expect(h[k.indikator]).toBe('Indikator');
    expect(h[k.bobot]).toBe('Bobot');
    for (const q of TRIWULAN) {
      expect(h[k.target[q]]).toBe(rapkTargetHeader(q));
      expect([h[k.pembilang[q]], h[k.penyebut[q]], h[k.realisasi[q]], h[k.capaian[q]], h[k.kriteria[q]]]).toEqual(rapkBlok(q));
      expect(h[k.nps[q]]).toBe(rapkNpsHeader(q));
    }
  });
});

describe('target triwulan menurut pola', () => {
  const rows: PkIsi[] = [
    { sasaran: 'S1', kode: 'K1', indikator: 'kumulatif', target: 100, pola: 'kumulatif' },
    { sasaran: 'S1', kode: 'K2', indikator: 'pola kosong = kumulatif', target: '100%', pola: '' },
    { sasaran: 'S1', kode: 'K3', indikator: 'akhir', target: '54,3', pola: 'akhir' },
    { sasaran: 'S1', kode: 'K4', indikator: 'tetap', target: 87, pola: 'tetap' },
    { sasaran: 'S1', kode: 'K5', indikator: 'label tetap', target: 'WTP', pola: 'tetap' },
    { sasaran: 'S1', kode: 'K6', indikator: 'label akhir', target: 'WTP', pola: 'akhir' },
    { sasaran: 'S1', kode: 'K7', indikator: 'rentang tetap', target: '80–90', pola: 'tetap' },
    { sasaran: 'S1', kode: 'K8', indikator: 'label kumulatif', target: 'WTP', pola: 'kumulatif' },
    { sasaran: 'S1', kode: 'K9', indikator: 'pola salah', target: 100, pola: 'bulanan' },
  ];
  const wb = buku('excel', lembarPk(rows));
  const plan = rencana(wb);
  const out = terapkan(wb, plan);
  const targets = (kode: string): CellInput[] => TRIWULAN.map((q) => sel(out, kode, rapkTargetHeader(q)).nilai);

  test('kumulatif 100 → 25 / 50 / 75 / 100; pola kosong berarti kumulatif dan ditulis begitu', () => {
    expect(targets('K1')).toEqual([25, 50, 75, 100]);
    expect(targets('K2')).toEqual([25, 50, 75, 100]);
    expect(sel(out, 'K2', 'Pola target').nilai).toBe('kumulatif');
  });
  test('akhir → kosong / kosong / kosong / T (teks "54,3" jadi angka)', () => {
    expect(targets('K3')).toEqual([null, null, null, 54.3]);
    expect(targets('K6')).toEqual([null, null, null, 'WTP']);
  });
  test('tetap → T di setiap triwulan, label dan rentang disalin sebagai teks', () => {
    expect(targets('K4')).toEqual([87, 87, 87, 87]);
    expect(targets('K5')).toEqual(['WTP', 'WTP', 'WTP', 'WTP']);
    expect(targets('K7')).toEqual(['80–90', '80–90', '80–90', '80–90']);
  });
  test('kumulatif yang tak bisa dihitung → kosong, dan catatan menyebut sel PK-nya', () => {
    expect(targets('K8')).toEqual([null, null, null, null]);
    // K8 is the 8th indicator: sheet row 10, Target is column J.
    expect(plan.catatan.some((c) => c.includes('PK!J10') && c.includes('K8') && /kumulatif/.test(c))).toBe(true);
  });
  test('pola tak dikenal → target kosong, catatan menyebut sel Pola target', () => {
    expect(targets('K9')).toEqual([null, null, null, null]);
    expect(plan.catatan.some((c) => c.includes('PK!K11') && c.includes('bulanan'))).toBe(true);
  });
  test('target kumulatif terpakai oleh rumus capaian: realisasi 30 di B3 terhadap target 25 = 120', () => {
    const t = ketik(out, [['K1', R3, 30]]);
    expect(sel(t, 'K1', rapkBlok('B3')[3]).nilai).toBeCloseTo(120, 10);
  });
});

describe('rumus dalam bentuk tiap host', () => {
  // Header on row 4 (A1 row), first indicator on row 5; columns: G Polaritas, I Bobot,
  // J..M Target B3..B12, N..R block B3, AC..AG block B12, AH..AK NPS.
  const rows = KECIL;
  test.each([
    ['excel', 'KINERJA.'],
    ['web', 'KINERJA.'],
    ['sheets', ''],
  ] as Array<[HostKind, string]>)('%s', (host, ns) => {
    const out = rapkAwal(rows, host);
    expect(sel(out, 'IK01', R3).rumus).toBe(`=IF(OR(N5="",O5=""),"",${ns}RASIO(N5,O5))`);
    expect(sel(out, 'IK01', rapkBlok('B3')[3]).rumus).toBe(`=${ns}CAPAIAN(P5,J5,G5)`);
    expect(sel(out, 'IK01', rapkBlok('B3')[4]).rumus).toBe(`=${ns}KRITERIA(Q5)`);
    expect(sel(out, 'IK02', R12).rumus).toBe(`=IF(OR(AC6="",AD6=""),"",${ns}RASIO(AC6,AD6))`);
    expect(sel(out, 'IK02', rapkBlok('B12')[3]).rumus).toBe(`=${ns}CAPAIAN(AE6,M6,G6)`);
    // NPS on the first row of each sasaran, over that sasaran's rows; blank on the others.
    expect(sel(out, 'IK01', rapkNpsHeader('B3')).rumus).toBe(`=${ns}NPS(Q5:Q6,I5:I6)`);
    expect(sel(out, 'IK01', rapkNpsHeader('B12')).rumus).toBe(`=${ns}NPS(AF5:AF6,I5:I6)`);
    expect(sel(out, 'IK02', rapkNpsHeader('B3'))).toEqual({ nilai: null, rumus: '' });
    expect(sel(out, 'IK03', rapkNpsHeader('B6')).rumus).toBe(`=${ns}NPS(V7:V8,I7:I8)`);
    expect(sel(out, 'IK05', rapkNpsHeader('B9')).rumus).toBe(`=${ns}NPS(AA9:AA9,I9:I9)`);
    // English names and "," only: an Indonesian ";" would break the formula in the file.
    const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    const semua = (s.formulas ?? []).flat().filter((f): f is string => Boolean(f));
    expect(semua.length).toBe(5 * 4 * 3 + 3 * 4);
    expect(semua.some((f) => f.includes(';'))).toBe(false);
    if (host === 'sheets') expect(semua.some((f) => f.includes('KINERJA.'))).toBe(false);
  });
  test('Realisasi kosong sampai a dan b sama-sama diisi; lalu a / b × 100', () => {
    const out = rapkAwal(KECIL);
    expect(sel(out, 'IK03', R3).nilai).toBe('');
    const t1 = ketik(out, [['IK03', A3, 45]]);
    expect(sel(t1, 'IK03', R3).nilai).toBe('');
    const t2 = ketik(t1, [['IK03', B3, 50]]);
    expect(sel(t2, 'IK03', R3).nilai).toBeCloseTo(90, 10);
    // target B3 kumulatif 100 → 25: capaian 360, kriteria flags it.
    expect(sel(t2, 'IK03', rapkBlok('B3')[3]).nilai).toBeCloseTo(360, 10);
    expect(sel(t2, 'IK03', rapkBlok('B3')[4]).nilai).toBe('Tidak Dapat Disimpulkan');
  });
});

describe('contoh 2019: RAPK pertama kali', () => {
  const wb = buku('excel', lembarPk(pk2019()));
  const plan = rencana(wb);
  const out = terapkan(wb, plan);
  const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
  const k = rapkKolom();

  test('ringkasan: 17 indikator, 12 sasaran; lembar RAPK dibuat', () => {
    expect(plan.ringkasan).toBe('RAPK dibuat: 17 indikator, 12 sasaran.');
    expect(plan.ops[0]).toEqual({ op: 'addSheet', sheet: SHEET.RAPK });
    expect(plan.catatan).toEqual([]);
  });
  test('judul, subjudul, baris kosong, lalu judul kolom; ditemukan lagi oleh bacaRapk', () => {
    expect(s.values[0][0]).toBe(RAPK_JUDUL);
    expect(String(s.values[1][0])).toMatch(/Pembilang/);
    expect(s.values[2].every((v) => v === null)).toBe(true);
    expect(s.values[3]).toEqual(rapkHeaders());
    const t = bacaRapk(s);
    expect(t?.headerRow).toBe(3);
    expect(t?.rows.map((r) => r.kode)).toEqual(INDIKATOR_2019.map((i) => i.kode));
  });
  test('kolom tetap disalin dari PK (Perspektif/Sasaran "sama dengan di atas" diisi), No berurutan, bobot IKU 2', () => {
    const row = (kode: string): CellInput[] => s.values[cari(out, kode, 'Kode').r];
    expect(row('IK01').slice(0, 9)).toEqual([1, 'Customer Perspective', SASARAN_2019[0].nama, 'IK01', INDIKATOR_2019[0].indikator, 'nilai', 'positif', 'akhir', 2]);
    expect(row('IK02').slice(0, 9)).toEqual([2, 'Customer Perspective', SASARAN_2019[0].nama, 'IK02', INDIKATOR_2019[1].indikator, 'opini', 'positif', 'akhir', 1]);
    expect(row('IK17')[k.no]).toBe(17);
    expect(row('IK09')[k.bobot]).toBe(2);
    expect(row('IK16')[k.sasaran]).toBe(SASARAN_2019[10].nama);
  });
  test('target: IK06 kumulatif, IK07 tetap, IK01 akhir, IK02 WTP akhir', () => {
    const t = (kode: string): CellInput[] => TRIWULAN.map((q) => sel(out, kode, rapkTargetHeader(q)).nilai);
    expect(t('IK06')).toEqual([25, 50, 75, 100]);
    expect(t('IK07')).toEqual([100, 100, 100, 100]);
    expect(t('IK01')).toEqual([null, null, null, 54.3]);
    expect(t('IK02')).toEqual([null, null, null, 'WTP']);
  });
  test('Realisasi 2019 diketik di B12 → rumus NPS Sasaran B12 memberi Tabel 4, kriteria Tabel 3', () => {
    const isi = ketik(out, INDIKATOR_2019.map((i) => [i.kode, R12, i.realisasi] as [string, string, CellInput]));
    for (const sasaran of SASARAN_2019) {
      const first = INDIKATOR_2019.find((i) => i.sasaranNo === sasaran.no) as { kode: string };
      const v = sel(isi, first.kode, rapkNpsHeader('B12')).nilai;
      expect(round2(v as number)).toBeCloseTo(sasaran.npsTabel4, 2);
    }
    expect(sel(isi, 'IK04', rapkBlok('B12')[4]).nilai).toBe('Tidak Dapat Disimpulkan');
    expect(sel(isi, 'IK02', rapkBlok('B12')[3]).nilai).toBe(100);
    // B3 of an "akhir" indicator stays blank: no realisasi, no capaian.
    expect(sel(isi, 'IK01', rapkBlok('B3')[3]).nilai).toBe('');
  });
  test('format: judul kolom tebal berlatar, bekukan judul dan kolom sampai Indikator, lebar kolom, warna kriteria', () => {
    const fmt = plan.ops.filter((o): o is Extract<WriteOp, { op: 'format' }> => o.op === 'format');
    const header = fmt.find((o) => o.range === 'A4:AK4');
    expect(header).toMatchObject({ bold: true, wrap: true });
    expect(header?.background).toBeTruthy();
    expect(fmt.some((o) => o.range === 'Q5:Q21' && o.numberFormat === '0.00')).toBe(true);
    expect(fmt.some((o) => o.range === 'J5:M21' && o.numberFormat === '#,##0.00')).toBe(true);
    expect(plan.ops).toContainEqual({ op: 'freeze', sheet: SHEET.RAPK, rows: 4, cols: 5 });
    const w = plan.ops.find((o) => o.op === 'columnWidths');
    expect(w && w.op === 'columnWidths' && w.widths.length).toBe(37);
    const cond = plan.ops.filter((o): o is Extract<WriteOp, { op: 'conditionalText' }> => o.op === 'conditionalText');
    expect(cond.map((o) => o.range)).toEqual(['R5:R21', 'W5:W21', 'AB5:AB21', 'AG5:AG21']);
    expect(cond[0].rules.map((r) => r.text).sort()).toEqual(Object.keys(WARNA_KRITERIA).sort());
  });
  test('baris satu sasaran berdampingan walau di PK terpisah (urutan kemunculan pertama)', () => {
    const rows: PkIsi[] = [
      { sasaran: 'S1', kode: 'A', indikator: 'a', target: 1 },
      { sasaran: 'S2', kode: 'B', indikator: 'b', target: 1 },
      { sasaran: 'S1', kode: 'C', indikator: 'c', target: 1 },
    ];
    const o = rapkAwal(rows);
    const r = o.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect(r.values.slice(4, 7).map((row) => row[3])).toEqual(['A', 'C', 'B']);
    expect(sel(o, 'A', rapkNpsHeader('B3')).rumus).toBe('=KINERJA.NPS(Q5:Q6,I5:I6)');
    expect(sel(o, 'B', rapkNpsHeader('B3')).rumus).toBe('=KINERJA.NPS(Q7:Q7,I7:I7)');
  });
});

// ---------------------------------------------------------------------------
// Regeneration

/** Every typed a / b / Realisasi of the RAPK: [kode, header, value]. */
function isianKetikan(wb: WorkbookSnapshot): Array<[string, string, CellInput]> {
  const s = wb.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
  const h = s.values.findIndex((row) => row.includes('Kode') && row.includes('Indikator'));
  const cKode = s.values[h].indexOf('Kode');
  const headers = TRIWULAN.flatMap((q) => rapkBlok(q).slice(0, 3));
  const out: Array<[string, string, CellInput]> = [];
  for (let r = h + 1; r < s.values.length; r++) {
    for (const hd of headers) {
      const c = s.values[h].indexOf(hd);
      const v = s.values[r]?.[c];
      const f = s.formulas?.[r]?.[c];
      if (v !== null && v !== undefined && v !== '' && !f) out.push([String(s.values[r][cKode]), hd, v]);
    }
  }
  return out;
}

/** Each typed value is either at its Kode in the new RAPK (still typed) or in the arsip with its Kode. */
function tidakAdaYangHilang(sebelum: Array<[string, string, CellInput]>, sesudah: WorkbookSnapshot): void {
  const arsip = sesudah.sheets.find((x) => x.name === SHEET.RAPK_ARSIP);
  for (const [kode, header, v] of sebelum) {
    let ada = false;
    try {
      const c = sel(sesudah, kode, header);
      ada = c.nilai === v && c.rumus === '';
    } catch {
      ada = false;
    }
    if (!ada && arsip) {
      const h = arsip.values.findIndex((row) => row[0] === 'Diarsipkan');
      const cK = arsip.values[h].indexOf('Kode');
      const cH = arsip.values[h].indexOf(header);
      ada = arsip.values.some((row, i) => i > h && row[cK] === kode && row[cH] === v);
    }
    if (!ada) throw new Error(`isian ${kode} ${header} = ${String(v)} hilang`);
  }
}

describe('membuat ulang setelah PK berubah', () => {
  const awal = ketik(rapkAwal(KECIL), [
    ['IK01', R12, 82.5], // typed realisasi
    ['IK02', R12, 'WTP'], // typed label
    ['IK03', A3, 45],
    ['IK03', B3, 50], // realisasi B3 by our formula = 90
    ['IK04', A3, 40],
    ['IK04', B3, 43],
    ['IK04', R3, 95], // typed over a/b: user's override stays
    ['IK05', A12, 7],
  ]);
  const diketik = isianKetikan(awal);

  test('tanpa perubahan PK: semua isian tetap, Realisasi ketikan tetap nilai, rumus kita tetap rumus', () => {
    expect(diketik).toHaveLength(8);
    const plan = rencana(awal);
    expect(plan.ringkasan).toBe('RAPK diperbarui (5 indikator, 3 sasaran): 5 dipertahankan (8 isian realisasi/pembilang/penyebut tetap).');
    expect(plan.ops.some((o) => o.op === 'addSheet')).toBe(false);
    const out = terapkan(awal, plan);
    tidakAdaYangHilang(diketik, out);
    expect(sel(out, 'IK01', R12)).toEqual({ nilai: 82.5, rumus: '' });
    expect(sel(out, 'IK04', R3)).toEqual({ nilai: 95, rumus: '' });
    // IK03's realisasi showed 90 through our formula: it stays a formula, not a frozen 90.
    expect(sel(out, 'IK03', R3)).toEqual({ nilai: 90, rumus: '=IF(OR(N7="",O7=""),"",KINERJA.RASIO(N7,O7))' });
    expect(plan.ops.some((o) => o.op === 'columnWidths')).toBe(false);
  });

  test('indikator ditambah: baris baru di sasarannya, kosong; isian lain tetap', () => {
    const pk = [...KECIL.slice(0, 2), { sasaran: 'Sasaran A', kode: 'IK06', indikator: 'Baru', target: 10, pola: 'tetap' }, ...KECIL.slice(2)];
    const plan = rencana(gantiPk(awal, pk));
    expect(plan.ringkasan).toMatch(/^RAPK diperbarui \(6 indikator, 3 sasaran\): 1 ditambah, 5 dipertahankan \(8 isian/);
    const out = terapkan(gantiPk(awal, pk), plan);
    tidakAdaYangHilang(diketik, out);
    const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect(s.values.slice(4, 10).map((r) => r[3])).toEqual(['IK01', 'IK02', 'IK06', 'IK03', 'IK04', 'IK05']);
    expect(sel(out, 'IK06', A3).nilai).toBeNull();
    expect(sel(out, 'IK06', R3).rumus).toBe('=IF(OR(N7="",O7=""),"",KINERJA.RASIO(N7,O7))');
    expect(sel(out, 'IK01', rapkNpsHeader('B3')).rumus).toBe('=KINERJA.NPS(Q5:Q7,I5:I7)');
    // IK03 moved down one row: its typed a/b moved with it and its formulas point to its own row.
    expect(sel(out, 'IK03', A3).nilai).toBe(45);
    expect(sel(out, 'IK03', R3)).toEqual({ nilai: 90, rumus: '=IF(OR(N8="",O8=""),"",KINERJA.RASIO(N8,O8))' });
  });

  test('indikator dihapus: yang berisi ketikan pindah ke RAPK Arsip (dibuat), yang kosong dihapus; tabel menyusut', () => {
    const kosongIk = ketik(awal, []);
    const pk = KECIL.filter((r) => r.kode !== 'IK04' && r.kode !== 'IK02').concat([]);
    // IK02 had a typed realisasi, IK04 typed a/b/realisasi: both to the arsip.
    const wb = gantiPk(kosongIk, pk);
    const plan = rencana(wb, '2024-07-01T09:30:00.000Z');
    expect(plan.ringkasan).toMatch(/2 dipindah ke RAPK Arsip/);
    expect(plan.catatan.some((c) => c.includes('RAPK Arsip') && c.includes('IK02') && c.includes('IK04'))).toBe(true);
    expect(plan.ops).toContainEqual({ op: 'addSheet', sheet: SHEET.RAPK_ARSIP });
    // The old table had 5 rows, the new one 3: rows 8..9 of the table columns are cleared.
    expect(plan.ops).toContainEqual({ op: 'clear', sheet: SHEET.RAPK, range: 'A8:AK9' });
    const out = terapkan(wb, plan);
    tidakAdaYangHilang(diketik, out);
    const arsip = out.sheets.find((x) => x.name === SHEET.RAPK_ARSIP) as SheetSnapshot;
    expect(arsip.values[0]).toEqual(ARSIP_HEADER);
    expect(arsip.values.slice(1).map((r) => [r[0], r[ARSIP_HEADER.indexOf('Kode')]])).toEqual([
      ['2024-07-01 09:30 UTC', 'IK02'],
      ['2024-07-01 09:30 UTC', 'IK04'],
    ]);
    const ik04 = arsip.values[2];
    expect(ik04[ARSIP_HEADER.indexOf(A3)]).toBe(40);
    expect(ik04[ARSIP_HEADER.indexOf(R3)]).toBe(95);
    expect(ik04[ARSIP_HEADER.indexOf('Indikator')]).toBe('Pengaduan dijawab');
    const rapk = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect(rapk.values.slice(4).filter((r) => r.some((v) => v !== null && v !== '')).map((r) => r[3])).toEqual(['IK01', 'IK03', 'IK05']);
  });

  test('indikator tanpa ketikan juga disimpan di RAPK Arsip, tidak dihapus; arsip yang sudah ada ditambah di bawahnya', () => {
    const tanpaIk05 = KECIL.filter((r) => r.kode !== 'IK05');
    const b = ketik(awal, [['IK05', A12, null]]);
    const plan1 = rencana(gantiPk(b, tanpaIk05));
    expect(plan1.ringkasan).toMatch(/1 dipindah ke RAPK Arsip/);
    expect(plan1.ringkasan).not.toMatch(/dihapus/);
    expect(plan1.catatan.join(' ')).toContain('IK05 (Kode tidak ada lagi di PK, tanpa isian)');
    const arsip1 = setValuesOps(plan1, SHEET.RAPK_ARSIP)[0].values;
    expect(arsip1[1][ARSIP_HEADER.indexOf('Kode')]).toBe('IK05');

    // An arsip already holding one row (and a user's note below it).
    const lama: CellInput[][] = [ARSIP_HEADER.slice(), ['2024-01-01', 'Kode tidak ada lagi di PK', 1, 'x', 'y', 'IK99'], [], ['catatan saya']];
    const wb = { host: awal.host, sheets: [...gantiPk(awal, KECIL.slice(0, 4)).sheets, { name: SHEET.RAPK_ARSIP, values: lama }] };
    const plan2 = rencana(wb);
    expect(plan2.ops.some((o) => o.op === 'addSheet' && o.sheet === SHEET.RAPK_ARSIP)).toBe(false);
    const tulis = setValuesOps(plan2, SHEET.RAPK_ARSIP);
    expect(tulis).toHaveLength(1);
    expect(tulis[0].row).toBe(4); // below the user's note, header not repeated
    expect(tulis[0].values).toHaveLength(1);
    expect(tulis[0].values[0][ARSIP_HEADER.indexOf('Kode')]).toBe('IK05');
    expect(tulis[0].values[0][ARSIP_HEADER.indexOf(A12)]).toBe(7);
  });

  test('target berubah: target baru, isian tetap, catatan menyebut perubahannya', () => {
    const pk = KECIL.map((r) => (r.kode === 'IK03' ? { ...r, target: 80 } : r.kode === 'IK04' ? { ...r, pola: 'akhir' } : r));
    const plan = rencana(gantiPk(awal, pk));
    const out = terapkan(gantiPk(awal, pk), plan);
    tidakAdaYangHilang(diketik, out);
    expect(TRIWULAN.map((q) => sel(out, 'IK03', rapkTargetHeader(q)).nilai)).toEqual([20, 40, 60, 80]);
    expect(TRIWULAN.map((q) => sel(out, 'IK04', rapkTargetHeader(q)).nilai)).toEqual([null, null, null, 93]);
    expect(sel(out, 'IK04', 'Pola target').nilai).toBe('akhir');
    // Capaian follows the new target: 90 / 20.
    expect(sel(out, 'IK03', rapkBlok('B3')[3]).nilai).toBeCloseTo(450, 10);
    const c = plan.catatan.find((x) => x.startsWith('Target triwulan berubah'));
    expect(c).toContain('IK03 (B3 25 → 20; B6 50 → 40; B9 75 → 60; B12 100 → 80)');
    expect(c).toContain('IK04 (B3 93 → (kosong)');
  });

  test('baris diurutkan ulang di PK: isian mengikuti Kode, rumus menunjuk barisnya sendiri', () => {
    const pk = [KECIL[4], KECIL[3], KECIL[2], KECIL[0], KECIL[1]].map((r) => ({ ...r, perspektif: 'Customer Perspective' }));
    const out = terapkan(gantiPk(awal, pk), rencana(gantiPk(awal, pk)));
    tidakAdaYangHilang(diketik, out);
    const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect(s.values.slice(4, 9).map((r) => r[3])).toEqual(['IK05', 'IK04', 'IK03', 'IK01', 'IK02']);
    expect(s.values.slice(4, 9).map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    expect(cari(out, 'IK01', R12).r).toBe(7);
    expect(sel(out, 'IK01', R12)).toEqual({ nilai: 82.5, rumus: '' });
    expect(sel(out, 'IK04', R3)).toEqual({ nilai: 95, rumus: '' });
    expect(sel(out, 'IK03', R3)).toEqual({ nilai: 90, rumus: '=IF(OR(N7="",O7=""),"",KINERJA.RASIO(N7,O7))' });
    expect(sel(out, 'IK05', A12).nilai).toBe(7);
    expect(sel(out, 'IK05', rapkBlok('B12')[3]).rumus).toBe('=KINERJA.CAPAIAN(AE5,M5,G5)');
  });

  test('sasaran berganti nama dan indikator pindah sasaran: kolom Sasaran dan NPS ikut, isian tetap', () => {
    const pk = KECIL.map((r) =>
      r.kode === 'IK01' || r.kode === 'IK02' ? { ...r, sasaran: 'Sasaran A (baru)' } : r.kode === 'IK05' ? { ...r, sasaran: 'Sasaran B' } : r,
    );
    const plan = rencana(gantiPk(awal, pk));
    expect(plan.ringkasan).toContain('(5 indikator, 2 sasaran)');
    const out = terapkan(gantiPk(awal, pk), plan);
    tidakAdaYangHilang(diketik, out);
    expect(sel(out, 'IK02', 'Sasaran').nilai).toBe('Sasaran A (baru)');
    expect(sel(out, 'IK03', rapkNpsHeader('B12')).rumus).toBe('=KINERJA.NPS(AF7:AF9,I7:I9)');
    expect(sel(out, 'IK05', rapkNpsHeader('B12'))).toEqual({ nilai: null, rumus: '' });
    expect(sel(out, 'IK05', A12).nilai).toBe(7);
  });

  test('semua perubahan sekaligus, di Google Sheets: tidak ada isian yang hilang', () => {
    const sh = ketik(rapkAwal(pk2019(), 'sheets'), [
      ['IK01', R12, 53.36],
      ['IK02', R12, 'WTP'],
      ['IK06', A3, 24],
      ['IK06', B3, 24],
      ['IK07', A6, 10],
      ['IK07', B6, 10],
      ['IK10', R3, 100],
      ['IK13', A12, 30],
      ['IK13', B12, 38],
      ['IK17', R12, 78.35],
    ]);
    const sebelum = isianKetikan(sh);
    expect(sebelum).toHaveLength(10);
    const pk = pk2019()
      .filter((r) => r.kode !== 'IK10' && r.kode !== 'IK11')
      .map((r) => (r.kode === 'IK06' ? { ...r, target: 90 } : r))
      .reverse()
      .concat([{ sasaran: 'Sasaran baru', kode: 'IK18', indikator: 'Baru', target: 1 }]);
    // Reversed, rows lose their "same as above" sasaran: give every row its own.
    const lengkap = pk.map((r) => ({ ...r, sasaran: INDIKATOR_2019.find((i) => i.kode === r.kode)?.sasaran ?? r.sasaran }));
    const wb = gantiPk(sh, lengkap);
    const plan = rencana(wb);
    expect(plan.ringkasan).toMatch(/1 ditambah, 2 dipindah ke RAPK Arsip, 15 dipertahankan \(9 isian/);
    const out = terapkan(wb, plan);
    tidakAdaYangHilang(sebelum, out);
    expect(sel(out, 'IK06', R3).rumus).toMatch(/^=IF\(OR\(N\d+="",O\d+=""\),"",RASIO\(N\d+,O\d+\)\)$/);
    expect(sel(out, 'IK06', R3).nilai).toBe(100);
  });

  test('rumus buatan pengguna di Pembilang dan Realisasi tetap rumusnya', () => {
    const b = ketik(awal, [
      ['IK05', A3, "='Data Dukung'!B2"],
      ['IK05', R6, '=AVERAGE(X1:X3)'],
    ]);
    const out = terapkan(b, rencana(b));
    expect(sel(out, 'IK05', A3).rumus).toBe("='Data Dukung'!B2");
    expect(sel(out, 'IK05', R6).rumus).toBe('=AVERAGE(X1:X3)');
  });

  test('angka yang diketik di kolom Capaian diganti rumus, dan catatan menyebut nilai lamanya', () => {
    const b = ketik(awal, [['IK01', rapkBlok('B3')[3], 97.5]]);
    const plan = rencana(b);
    const out = terapkan(b, plan);
    expect(sel(out, 'IK01', rapkBlok('B3')[3]).rumus).toBe('=KINERJA.CAPAIAN(P5,J5,G5)');
    expect(plan.catatan.some((c) => c.includes('RAPK!Q5 "97,5"'))).toBe(true);
  });

  test('Kode dicocokkan tanpa peduli huruf besar/kecil dan spasi', () => {
    const pk = KECIL.map((r) => ({ ...r, kode: r.kode === 'IK01' ? ' ik01 ' : r.kode }));
    const plan = rencana(gantiPk(awal, pk));
    expect(plan.ringkasan).toContain('5 dipertahankan (8 isian');
    const out = terapkan(gantiPk(awal, pk), plan);
    expect(sel(out, 'ik01', R12).nilai).toBe(82.5);
  });
});

describe('data pengguna di luar tabel tidak tertimpa', () => {
  const awal = rapkAwal(KECIL);

  test('isi di kanan tabel dan jauh di bawahnya tidak disentuh; tidak ada tulisan di kanan kolom AK', () => {
    let b = ketikDi(awal, SHEET.RAPK, 'AL5', 'catatan kanan');
    b = ketikDi(b, SHEET.RAPK, 'AM2', 'kanan judul');
    b = ketikDi(b, SHEET.RAPK, 'B30', 'jauh di bawah');
    const pk = [...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }, { sasaran: 'Sasaran C', kode: 'IK07', indikator: 'y', target: 1 }];
    const plan = rencana(gantiPk(b, pk));
    for (const o of plan.ops.filter((x) => x.sheet === SHEET.RAPK)) {
      if (o.op === 'setValues') expect(o.col + o.values[0].length).toBeLessThanOrEqual(37);
      if (o.op === 'format' || o.op === 'clear' || o.op === 'conditionalText') {
        const r = parseA1Range(o.range);
        expect(r.col + r.cols).toBeLessThanOrEqual(37);
      }
    }
    const out = terapkan(gantiPk(b, pk), plan);
    const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect(s.values[4][colIndex('AL')]).toBe('catatan kanan');
    expect(s.values[1][colIndex('AM')]).toBe('kanan judul');
    expect(s.values[29][1]).toBe('jauh di bawah');
  });

  test('tabel baru lebih panjang dan sel di bawah tabel berisi data → ditolak, sel disebut', () => {
    const b = ketikDi(awal, SHEET.RAPK, 'D11', 'Catatan: data triwulan I belum final');
    // The old table ends on row 9; rows 10 and 11 are needed by two new indicators.
    const pk = [...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }, { sasaran: 'Sasaran C', kode: 'IK07', indikator: 'y', target: 1 }];
    const pesan = tolak(planRapk(gantiPk(b, pk)));
    expect(pesan).toContain('Sel RAPK!D11 di bawah tabel berisi data Anda; pindahkan dulu agar tidak tertimpa');
    // One indicator more only needs row 10: allowed, and D11 stays.
    const pk1 = pk.slice(0, 6);
    const out = terapkan(gantiPk(b, pk1), rencana(gantiPk(b, pk1)));
    expect((out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot).values[10][3]).toBe('Catatan: data triwulan I belum final');
  });

  test('catatan tepat di bawah tabel membatasi tabel lama: tidak dianggap baris RAPK', () => {
    const b = ketikDi(awal, SHEET.RAPK, 'A10', 'Jumlah');
    const t = bacaRapk(b.sheets.find((x) => x.name === SHEET.RAPK));
    expect(t?.akhir).toBe(9);
    const pesan = tolak(planRapk(gantiPk(b, [...KECIL, { sasaran: 'S', kode: 'IK06', indikator: 'x', target: 1 }])));
    expect(pesan).toContain('RAPK!A10');
  });

  test('kolom milik pengguna disisipkan di dalam tabel → ditolak, kolomnya disebut', () => {
    const b = salin(awal);
    const s = b.sheets.find((x) => x.name === SHEET.RAPK) as Lembar;
    // Insert a column "Keterangan" before Target B3 (column J): everything from J shifts right.
    s.values.forEach((row, r) => row.splice(9, 0, r === 3 ? 'Keterangan' : r > 3 ? 'ket' : null));
    s.formulas.forEach((row) => row.splice(9, 0, ''));
    const pesan = tolak(planRapk(b));
    expect(pesan).toContain('RAPK!J4');
    expect(pesan).toContain('Keterangan');
  });

  test('baris disisipkan di atas judul: tabel ditulis di tempatnya, baris pengguna di atas tidak disentuh', () => {
    const b = salin(awal);
    const s = b.sheets.find((x) => x.name === SHEET.RAPK) as Lembar;
    s.values.unshift(['Satuan kerja: Sekretariat Utama'], []);
    s.formulas.unshift([''], []);
    const plan = rencana(b);
    const tulis = setValuesOps(plan, SHEET.RAPK)[0];
    expect(tulis.row).toBe(2); // title rows moved down with the table
    expect(tulis.values[3]).toEqual(rapkHeaders());
    expect(plan.ops).toContainEqual({ op: 'freeze', sheet: SHEET.RAPK, rows: 6, cols: 5 });
    const out = terapkan(b, plan);
    expect(out.sheets.find((x) => x.name === SHEET.RAPK)?.values[0][0]).toBe('Satuan kerja: Sekretariat Utama');
  });

  test('judul diganti pengguna: baris judul tidak ditulis ulang', () => {
    const b = ketikDi(awal, SHEET.RAPK, 'A1', 'RAPK Sekretariat Utama 2024');
    const plan = rencana(b);
    expect(setValuesOps(plan, SHEET.RAPK)[0].row).toBe(3);
    const out = terapkan(b, plan);
    expect(out.sheets.find((x) => x.name === SHEET.RAPK)?.values[0][0]).toBe('RAPK Sekretariat Utama 2024');
  });
});

describe('penolakan', () => {
  test('tanpa lembar PK', () => {
    expect(tolak(planRapk(buku('excel')))).toBe('Lembar PK belum ada: klik Sisipkan templat dulu, isi indikator di lembar PK, lalu klik Buat Tabel RAPK.');
  });
  test('PK tanpa indikator', () => {
    expect(tolak(planRapk(buku('sheets', lembarPk([]))))).toMatch(/belum berisi indikator/);
  });
  test('PK tanpa judul kolom Kode/Indikator', () => {
    expect(tolak(planRapk(buku('excel', { name: 'PK', values: [['Sasaran', 'Target'], ['a', 1]] })))).toMatch(/"Kode" dan "Indikator"/);
  });
  test('Kode ganda di PK: kedua sel disebut', () => {
    const rows = KECIL.concat([{ sasaran: 'S', kode: 'IK06', indikator: 'x' }, { sasaran: 'S', kode: ' ik03', indikator: 'y' }]);
    // IK03 is on sheet row 5; the 7th indicator is on row 9. Rearrange so they land on 7 and 9.
    const pk = [rows[0], rows[1], rows[3], rows[4], rows[2], rows[5], rows[6]];
    expect(tolak(planRapk(buku('excel', lembarPk(pk))))).toMatch(/^Kode IK03 dipakai dua kali di PK \(D7 dan D9\)/);
  });
  test('Kode kosong pada baris berindikator: selnya disebut', () => {
    const pk = [...KECIL.slice(0, 3), { sasaran: 'Sasaran B', kode: '', indikator: 'Tanpa kode', target: 5 }];
    const pesan = tolak(planRapk(buku('excel', lembarPk(pk))));
    expect(pesan).toContain('PK!D6');
    expect(pesan).toContain('Tanpa kode');
  });
  test('lembar RAPK berisi data lain tanpa tabel RAPK', () => {
    const wb = buku('excel', lembarPk(KECIL), { name: 'RAPK', values: [['catatan rapat'], ['isi lain']] });
    expect(tolak(planRapk(wb))).toMatch(/^Lembar RAPK sudah ada dan berisi data/);
  });
  test('lembar RAPK kosong dipakai, tidak dibuat ulang', () => {
    const plan = rencana(buku('excel', lembarPk(KECIL), { name: 'RAPK', values: [] }));
    expect(plan.ops.some((o) => o.op === 'addSheet')).toBe(false);
    expect(plan.ringkasan).toBe('RAPK dibuat: 5 indikator, 3 sasaran.');
  });
});

describe('ukuran rencana tidak tumbuh dengan jumlah indikator', () => {
  const jumlahOps = (wb: WorkbookSnapshot): Record<string, number> => {
    const count: Record<string, number> = {};
    for (const o of rencana(wb).ops) count[o.op] = (count[o.op] ?? 0) + 1;
    return count;
  };
  test('pertama kali: 10 dan 1000 indikator memberi jumlah op yang sama, satu setValues', () => {
    const a = jumlahOps(buku('excel', lembarPk(pkBanyak(10))));
    const b = jumlahOps(buku('excel', lembarPk(pkBanyak(1000))));
    expect(a).toEqual(b);
    expect(a.setValues).toBe(1);
  });
  test('membuat ulang dengan arsip dan tabel menyusut: juga sama', () => {
    const ulang = (n: number): WorkbookSnapshot => {
      const awal = rapkAwal(pkBanyak(n));
      const isi = ketik(awal, Array.from({ length: n / 2 }, (_, i) => [`IK${String(i + 1).padStart(4, '0')}`, A3, i] as [string, string, CellInput]));
      return gantiPk(isi, pkBanyak(n).slice(n / 5));
    };
    const a = jumlahOps(ulang(10));
    const b = jumlahOps(ulang(1000));
    expect(a).toEqual(b);
    expect(a.clear).toBe(1);
    expect(a.setValues).toBe(2);
  });
});

describe('membuat ulang: tidak ada isian yang tertukar, hilang atau diam-diam diganti', () => {
  const urutBaru = [KECIL[4], KECIL[3], KECIL[2], KECIL[0], KECIL[1]].map((r) => ({ ...r, perspektif: 'Customer Perspective' }));
  const arsipDari = (wb: WorkbookSnapshot): SheetSnapshot => wb.sheets.find((x) => x.name === SHEET.RAPK_ARSIP) as SheetSnapshot;

  test('catatan di kanan tabel ikut barisnya saat PK diurutkan ulang', () => {
    let b = ketikDi(rapkAwal(KECIL), SHEET.RAPK, 'AL4', 'Keterangan');
    KECIL.forEach((r, i) => (b = ketikDi(b, SHEET.RAPK, `AL${5 + i}`, `catatan untuk ${r.kode}`)));
    const plan = rencana(gantiPk(b, urutBaru));
    const out = terapkan(gantiPk(b, urutBaru), plan);
    for (const r of KECIL) {
      const { r: baris } = cari(out, r.kode as string, 'Kode');
      expect(out.sheets.find((x) => x.name === SHEET.RAPK)?.values[baris][colIndex('AL')]).toBe(`catatan untuk ${r.kode}`);
    }
    expect(plan.catatan.join(' ')).toContain('Isian Anda di kanan tabel (kolom AL) ikut pindah bersama baris indikatornya');
  });

  test('baris yang diarsipkan ditulis ke RAPK Arsip sebelum tabel RAPK ditimpa (host tanpa transaksi)', () => {
    const b = ketik(rapkAwal(KECIL), [['IK02', R12, 'WTP']]);
    const plan = rencana(gantiPk(b, KECIL.filter((r) => r.kode !== 'IK02')));
    const iArsip = plan.ops.findIndex((o) => o.op === 'setValues' && o.sheet === SHEET.RAPK_ARSIP);
    const iRapk = plan.ops.findIndex((o) => (o.op === 'setValues' || o.op === 'clear') && o.sheet === SHEET.RAPK);
    expect(iArsip).toBeGreaterThanOrEqual(0);
    expect(iArsip).toBeLessThan(iRapk);
  });

  test('tanggal di kanan tabel (dari Sheets: "yyyy-mm-dd") ditulis lagi sebagai tanggal, teks mirip angka tetap teks', () => {
    let b = ketikDi(rapkAwal(KECIL, 'sheets'), SHEET.RAPK, 'AL9', '2024-01-05');
    b = ketikDi(b, SHEET.RAPK, 'AM9', '007');
    const plan = rencana(gantiPk(b, urutBaru));
    const lebih = setValuesOps(plan, SHEET.RAPK).find((o) => o.col === colIndex('AL'));
    expect(lebih?.row).toBe(4);
    expect(lebih?.values[0]).toEqual(['2024-01-05', "'007"]);
  });

  test('catatan di kanan baris yang dihapus dari PK ikut ke RAPK Arsip, tidak menempel di baris lain', () => {
    let b = rapkAwal(KECIL);
    KECIL.forEach((r, i) => (b = ketikDi(b, SHEET.RAPK, `AL${5 + i}`, `catatan untuk ${r.kode}`)));
    const pk = KECIL.filter((r) => r.kode !== 'IK02');
    const plan = rencana(gantiPk(b, pk));
    expect(plan.ringkasan).toContain('1 dipindah ke RAPK Arsip');
    const out = terapkan(gantiPk(b, pk), plan);
    for (const r of pk) {
      const { r: baris } = cari(out, r.kode as string, 'Kode');
      expect(out.sheets.find((x) => x.name === SHEET.RAPK)?.values[baris][colIndex('AL')]).toBe(`catatan untuk ${r.kode}`);
    }
    // Row 9 (the old IK05 row) is no longer in the table: its note went up with IK05.
    expect(out.sheets.find((x) => x.name === SHEET.RAPK)?.values[8]?.[colIndex('AL')] ?? null).toBeNull();
    const arsip = arsipDari(out);
    const kolomCatatan = arsip.values[0].indexOf('Kolom AL');
    expect(kolomCatatan).toBe(ARSIP_HEADER.length);
    expect(arsip.values[1][kolomCatatan]).toBe('catatan untuk IK02');
  });

  test('catatan di bawah tabel setelah baris kosong bukan baris RAPK: tidak dihapus', () => {
    let b = ketikDi(rapkAwal(KECIL), SHEET.RAPK, 'D11', 'Catatan');
    b = ketikDi(b, SHEET.RAPK, 'E11', 'Data IK03 B3 menunggu verifikasi BPS');
    expect(bacaRapk(b.sheets.find((x) => x.name === SHEET.RAPK))?.rows.map((r) => r.kode)).toEqual(['IK01', 'IK02', 'IK03', 'IK04', 'IK05']);
    const plan = rencana(b);
    expect(plan.catatan.join(' ')).not.toContain('Dihapus');
    const out = terapkan(b, plan);
    const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect([s.values[10][3], s.values[10][4]]).toEqual(['Catatan', 'Data IK03 B3 menunggu verifikasi BPS']);
  });

  test('target triwulan yang diketik (pola kumulatif) tetap; B12 mengikuti PK dan catatan menyebutnya', () => {
    const b = ketik(rapkAwal(KECIL), [
      ['IK03', 'Target B3', 10],
      ['IK03', 'Target B6', 40],
      ['IK03', 'Target B9', 70],
    ]);
    const pk = KECIL.map((r) => (r.kode === 'IK03' ? { ...r, target: 90 } : r));
    const plan = rencana(gantiPk(b, pk));
    const out = terapkan(gantiPk(b, pk), plan);
    expect(TRIWULAN.map((q) => sel(out, 'IK03', rapkTargetHeader(q)).nilai)).toEqual([10, 40, 70, 90]);
    expect(plan.catatan.join(' ')).toContain('target triwulan yang Anda ketik (pola kumulatif) tetap dipakai dan B12 mengikuti PK: IK03 (B3 10; B6 40; B9 70)');
    // Clicking again without a PK change keeps them and says nothing more.
    const lagi = rencana(gantiPk(out, pk));
    expect(lagi.catatan).toEqual([]);
    expect(TRIWULAN.map((q) => sel(terapkan(gantiPk(out, pk), lagi), 'IK03', rapkTargetHeader(q)).nilai)).toEqual([10, 40, 70, 90]);
    // Targets we computed (IK04 tetap, IK01 akhir) still follow the PK.
    const pk2 = pk.map((r) => (r.kode === 'IK04' ? { ...r, target: 95 } : r));
    const out2 = terapkan(gantiPk(out, pk2), rencana(gantiPk(out, pk2)));
    expect(TRIWULAN.map((q) => sel(out2, 'IK04', rapkTargetHeader(q)).nilai)).toEqual([95, 95, 95, 95]);
  });

  test('target kumulatif yang kami hitung berubah bersama target PK', () => {
    const b = rapkAwal(KECIL);
    const pk = KECIL.map((r) => (r.kode === 'IK03' ? { ...r, target: 80 } : r));
    const out = terapkan(gantiPk(b, pk), rencana(gantiPk(b, pk)));
    expect(TRIWULAN.map((q) => sel(out, 'IK03', rapkTargetHeader(q)).nilai)).toEqual([20, 40, 60, 80]);
  });

  test('rumus Realisasi pengguna yang mirip rumus kami tetap rumus pengguna', () => {
    const rumus = '=IF(OR(Data!B2="",Data!C2=""),"",KINERJA.RASIO(Data!B2,Data!C2))';
    const b = ketik(rapkAwal(KECIL), [['IK05', R3, rumus]]);
    const out = terapkan(b, rencana(b));
    expect(sel(out, 'IK05', R3).rumus).toBe(rumus);
  });

  test('rumus pengguna yang menunjuk barisnya sendiri ikut bergeser saat baris pindah', () => {
    const awal = rapkAwal(KECIL);
    const r5 = cari(awal, 'IK05', R3).r + 1; // row 9
    const b = ketik(awal, [
      ['IK05', A3, `=AL${r5}*2`],
      ['IK05', R3, `=N${r5}*100/O${r5}`],
    ]);
    const out = terapkan(gantiPk(b, urutBaru), rencana(gantiPk(b, urutBaru)));
    const baru = cari(out, 'IK05', R3).r + 1; // row 5
    expect(baru).toBe(5);
    expect(sel(out, 'IK05', R3).rumus).toBe('=N5*100/O5');
    expect(sel(out, 'IK05', A3).rumus).toBe('=AL5*2');
  });

  test('indikator yang kembali ke PK mendapat lagi isiannya dari RAPK Arsip', () => {
    const b = ketik(rapkAwal(KECIL), [
      ['IK02', R12, 'WTP'],
      ['IK03', A3, 5],
      ['IK03', B3, 10],
    ]);
    const tanpa = KECIL.filter((r) => r.kode !== 'IK03');
    const out1 = terapkan(gantiPk(b, tanpa), rencana(gantiPk(b, tanpa)));
    expect(() => cari(out1, 'IK03', A3)).toThrow();
    const plan = rencana(gantiPk(out1, KECIL));
    const out2 = terapkan(gantiPk(out1, KECIL), plan);
    expect(sel(out2, 'IK03', A3).nilai).toBe(5);
    expect(sel(out2, 'IK03', B3).nilai).toBe(10);
    expect(sel(out2, 'IK03', R3)).toEqual({ nilai: 50, rumus: expect.stringMatching(/RASIO/) });
    expect(plan.catatan.join(' ')).toContain('Isian dikembalikan dari RAPK Arsip untuk indikator yang kembali ke PK: IK03 (RAPK Arsip baris 2, diarsipkan 2024-04-02)');
    // A different indicator that reuses the code does not get the old figures.
    const lain = KECIL.map((r) => (r.kode === 'IK03' ? { ...r, indikator: 'Indikator lain sama sekali' } : r));
    const plan3 = rencana(gantiPk(out1, lain));
    const out3 = terapkan(gantiPk(out1, lain), plan3);
    expect(sel(out3, 'IK03', A3).nilai).toBeNull();
    expect(plan3.catatan.join(' ')).toContain('tidak dikembalikan: IK03');
  });

  test('Kode dengan spasi ganda dicocokkan sama seperti di Periksa', () => {
    const b = ketik(rapkAwal(KECIL.map((r) => ({ ...r, kode: r.kode === 'IK01' ? 'IK 01' : r.kode }))), [['IK 01', R12, 82]]);
    const pk = KECIL.map((r) => ({ ...r, kode: r.kode === 'IK01' ? 'IK  01' : r.kode }));
    const plan = rencana(gantiPk(b, pk));
    expect(plan.ringkasan).toContain('5 dipertahankan (1 isian');
  });

  test('Kode yang mirip angka ditulis sebagai teks (dengan tanda petik), teks lain apa adanya', () => {
    const pk = [
      { perspektif: 'P', sasaran: 'S', kode: '01', indikator: 'a', target: 100, pola: 'tetap' },
      { sasaran: 'S', kode: '1.10', indikator: 'b', target: '1-10', pola: 'tetap' },
    ];
    const v = setValuesOps(rencana(buku('sheets', lembarPk(pk))), SHEET.RAPK)[0].values;
    const k = rapkKolom();
    expect(v.slice(4).map((row) => [row[k.kode], row[k.indikator], row[k.target.B3]])).toEqual([
      ["'01", 'a', 100],
      ["'1.10", 'b', "'1-10"],
    ]);
  });
});

describe('membuat ulang: kasus tepi dari tinjauan kedua', () => {
  const urutBaru = [KECIL[4], KECIL[3], KECIL[2], KECIL[0], KECIL[1]].map((r) => ({ ...r, perspektif: 'Customer Perspective' }));

  test('target 100/100/100 diketik untuk baris kumulatif tetap milik pengguna walau mirip pola tetap', () => {
    const b = ketik(rapkAwal(KECIL), [
      ['IK03', 'Target B3', 100],
      ['IK03', 'Target B6', 100],
      ['IK03', 'Target B9', 100],
    ]);
    const out = terapkan(b, rencana(b));
    expect(TRIWULAN.map((q) => sel(out, 'IK03', rapkTargetHeader(q)).nilai)).toEqual([100, 100, 100, 100]);
  });

  test('catatan tepat di bawah tabel (tanpa baris kosong, tanpa No) bukan baris RAPK: tidak dihapus', () => {
    let b = ketikDi(rapkAwal(KECIL), SHEET.RAPK, 'D10', 'Catatan');
    b = ketikDi(b, SHEET.RAPK, 'E10', 'Angka TW I sementara');
    const plan = rencana(b);
    expect(plan.catatan.join(' ')).not.toContain('Dihapus');
    const s = terapkan(b, plan).sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect([s.values[9][3], s.values[9][4]]).toEqual(['Catatan', 'Angka TW I sementara']);
  });

  test('RAPK baru (lembar lama dihapus) tidak mengambil isian lama dari RAPK Arsip', () => {
    const b = ketik(rapkAwal(KECIL), [['IK03', A3, 5], ['IK03', B3, 10]]);
    const tanpa = KECIL.filter((r) => r.kode !== 'IK03');
    const out1 = terapkan(gantiPk(b, tanpa), rencana(gantiPk(b, tanpa)));
    const tahunBaru = { host: out1.host, sheets: gantiPk(out1, KECIL).sheets.filter((x) => x.name !== SHEET.RAPK) };
    const plan = rencana(tahunBaru);
    expect(plan.ringkasan).toBe('RAPK dibuat: 5 indikator, 3 sasaran.');
    expect(sel(terapkan(tahunBaru, plan), 'IK03', A3).nilai).toBeNull();
  });

  test('ringkasan menyebut isian yang dipulihkan dari RAPK Arsip', () => {
    const b = ketik(rapkAwal(KECIL), [['IK03', A3, 5]]);
    const tanpa = KECIL.filter((r) => r.kode !== 'IK03');
    const out1 = terapkan(gantiPk(b, tanpa), rencana(gantiPk(b, tanpa)));
    expect(rencana(gantiPk(out1, KECIL)).ringkasan).toContain('1 ditambah (1 dengan isian dari RAPK Arsip)');
  });

  test('rumus di kanan tabel yang merujuk beberapa baris: ditolak saat urutan berubah (sel disebut), boleh bila hanya ditambah di akhir', () => {
    const b = ketikDi(rapkAwal(KECIL), SHEET.RAPK, 'AL5', '=SUM(M5:M7)');
    const pesan = tolak(planRapk(gantiPk(b, urutBaru)));
    expect(pesan).toContain('RAPK!AL5 (M5:M7)');
    expect(pesan).toContain('Belum ada yang diubah');
    const tambah = [...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }];
    expect(planRapk(gantiPk(b, tambah)).ok).toBe(true);
  });

  test('rumus pengguna yang merujuk baris indikator lain mengikuti indikator itu', () => {
    const awal = rapkAwal(KECIL);
    const r3 = cari(awal, 'IK03', A3);
    const b = ketik(awal, [['IK05', A3, `=${colName(r3.c)}${r3.r + 1}*2`]]);
    const out = terapkan(gantiPk(b, urutBaru), rencana(gantiPk(b, urutBaru)));
    const baru3 = cari(out, 'IK03', A3);
    expect(sel(out, 'IK05', A3).rumus).toBe(`=${colName(baru3.c)}${baru3.r + 1}*2`);
  });

  test('sel di kanan tabel tepat di bawah baris terakhir tidak menghalangi bila baris hanya ditambah', () => {
    let b = ketikDi(rapkAwal(KECIL), SHEET.RAPK, 'AL5', 'catatan IK01');
    b = ketikDi(b, SHEET.RAPK, 'AL10', 'catatan bawah kanan');
    const tambah = [...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }];
    const out = terapkan(gantiPk(b, tambah), rencana(gantiPk(b, tambah)));
    const s = out.sheets.find((x) => x.name === SHEET.RAPK) as SheetSnapshot;
    expect([s.values[4][colIndex('AL')], s.values[9][colIndex('AL')], s.values[9][3]]).toEqual(['catatan IK01', 'catatan bawah kanan', 'IK06']);
  });

  test('klik kedua tanpa perubahan PK tidak mengubah apa pun dan tidak berkomentar', () => {
    let b = ketik(rapkAwal(KECIL), [
      ['IK03', 'Target B3', 10],
      ['IK03', A3, '=AL7*2'],
      ['IK01', R12, 82.5],
    ]);
    b = ketikDi(b, SHEET.RAPK, 'AL7', 4);
    const pertama = terapkan(gantiPk(b, urutBaru), rencana(gantiPk(b, urutBaru)));
    const plan = rencana(pertama);
    expect(plan.catatan).toEqual([]);
    const kedua = terapkan(pertama, plan);
    const isi = (wb: WorkbookSnapshot): unknown => wb.sheets.find((x) => x.name === SHEET.RAPK);
    expect(isi(kedua)).toEqual(isi(pertama));
  });
});

describe('rumus capaian RAPK mengikuti Pengaturan bila lembarnya templat', () => {
  const rumusCapaianIK01 = (wb: WorkbookSnapshot): string => {
    const v = setValuesOps(rencana(wb), SHEET.RAPK)[0].values;
    return String(v[4][rapkKolom().capaian.B12]);
  };
  test('Pengaturan templat: batas atas, rumus negatif dan skala dibaca dari sana (bentuk Sheets)', () => {
    const wb = buku('sheets', lembarPk(KECIL));
    const t = planTemplat(wb, { contoh: false });
    if (!t.ok) throw new Error(t.pesan);
    const f = rumusCapaianIK01(terapkan(wb, t.plan));
    expect(f).toMatch(/^=CAPAIAN\(AE5,M5,IF\(AND\(TRIM\(G5\)="negatif",TRIM\(Pengaturan!\$B\$\d+\)="rasio"\),"negatif-rasio",G5\),Pengaturan!\$B\$\d+,Pengaturan!\$A\$\d+:\$C\$\d+\)$/);
  });
  test('lembar "Pengaturan" milik pengguna dengan susunan lain: rumus bawaan, tidak merujuk selnya', () => {
    const lain: SheetSnapshot = { name: SHEET.PENGATURAN, values: [['Pengaturan printer'], ['Kertas', 'A4']] };
    expect(rumusCapaianIK01(buku('excel', lembarPk(KECIL), lain))).toBe('=KINERJA.CAPAIAN(AE5,M5,G5)');
    expect(rumusCapaianIK01(buku('excel', lembarPk(KECIL)))).toBe('=KINERJA.CAPAIAN(AE5,M5,G5)');
  });
});

describe('Pengaturan yang bukan susunan templat', () => {
  test('RAPK memakai aturan bawaan dan mengatakannya; Periksa menilai RAPK dengan aturan yang sama', () => {
    const wb0 = buku('excel', lembarPk(KECIL));
    const t = planTemplat(wb0, { contoh: false });
    if (!t.ok) throw new Error(t.pesan);
    const denganAtur = terapkan(wb0, t.plan);
    const atur = denganAtur.sheets.find((x) => x.name === SHEET.PENGATURAN) as SheetSnapshot;
    // The user inserted a row at the top, and set a cap of 120 (now one row lower).
    const geser: SheetSnapshot = { ...atur, values: [['Catatan saya'], ...atur.values.map((r) => r.slice())], formulas: undefined };
    const rBatas = geser.values.findIndex((r) => r[0] === 'Batas atas capaian');
    geser.values[rBatas][1] = 120;
    const wb = { host: denganAtur.host, sheets: [...denganAtur.sheets.filter((x) => x.name !== SHEET.PENGATURAN), geser] };
    const plan = rencana(wb);
    expect(plan.catatan.join(' ')).toContain('tidak bersusunan templat');
    let out = terapkan(wb, plan);
    expect(sel(out, 'IK03', rapkBlok('B12')[3]).rumus).toBe('=KINERJA.CAPAIAN(AE7,M7,G7)');
    out = ketik(out, [['IK03', R12, 150]]);
    expect(sel(out, 'IK03', rapkBlok('B12')[3]).nilai).toBe(150);
    const h = periksa(out, bacaPengaturan(out));
    expect(h.temuan.filter((x) => x.sheet === SHEET.RAPK && x.kode === 'capaian-berbeda')).toEqual([]);
  });
});
