/**
 * "Perbarui dari PK" on the RAPK (job id "rapk", core/perbarui.ts): the first
 * click (targets per pola, native formulas in each host's form, the 2019 example
 * end to end), every later click after a kind of PK change (typed Pembilang,
 * Penyebut, Realisasi and kumulatif targets kept by Kode, removed indicators to
 * RAPK Arsip one cell per row, back when they return), the user's cells around
 * the table, refusals that name the cell, and a plan whose size does not grow
 * with the number of indicators.
 *
 * Most scenarios run in the browser workbook's engine (HyperFormula through
 * web/workbook-web.ts), so what a test reads is what a host shows: computed
 * targets, realisasi a/b × 100, capaian, NPS. Where only what was written
 * matters, core/simulasi.ts applies the plan (test/helpers/buku-uji.ts).
 */
import { INDIKATOR_2019, SASARAN_2019 } from '../core/contoh2019';
import { FUNCTIONS } from '../core/functions';
import { SHEET, TRIWULAN, WARNA_KRITERIA, rapkBlok, rapkHeaders, rapkKolom, rapkNpsHeader, rapkTargetHeader } from '../core/layout';
import { RAPK_JUDUL } from '../core/lembar/rapk';
import { JENIS_PERIODE, daftarPeriode } from '../core/periode';
import { planPerbarui } from '../core/perbarui';
import { CellInput } from '../core/values';
import { HostKind, Plan, SheetSnapshot, WriteOp, WriteValue, colIndex, colName, parseA1Range } from '../core/workbook';
import { Buku, KECIL, PkIsi, pk2019, pkBanyak } from './helpers/buku-uji';

const [A3, B3, R3, C3, K3] = rapkBlok('B3');
const [A6, B6, R6] = rapkBlok('B6');
const [A12, B12, R12, C12, K12] = rapkBlok('B12');
const T = (q: string): string => rapkTargetHeader(q);
const NPS = rapkNpsHeader;

/** What a cell shows, with a blank formula result ("") and an empty cell (null) alike. */
const tampil = (v: CellInput): CellInput => (v === '' || v === undefined ? null : v);
const galat = (v: CellInput): boolean => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v);

function setValuesOps(plan: Plan, sheet: string): Array<Extract<WriteOp, { op: 'setValues' }>> {
  return plan.ops.filter((o): o is Extract<WriteOp, { op: 'setValues' }> => o.op === 'setValues' && o.sheet === sheet);
}

function rapkDari(pk: PkIsi[], opsi: { mesin?: 'web' | 'sim'; host?: HostKind } = {}): Buku {
  const b = new Buku(pk, opsi);
  b.perbarui();
  return b;
}

/** Every typed figure of the RAPK (a value, not a formula, in a Pembilang, Penyebut, Realisasi or Target column): [kode, header, value]. */
function isianKetikan(b: Buku): Array<[string, string, CellInput]> {
  const s = b.lembar(SHEET.RAPK) as SheetSnapshot;
  const h = s.values.findIndex((row) => row.includes('Kode') && row.includes('Indikator'));
  const cKode = s.values[h].indexOf('Kode');
  const out: Array<[string, string, CellInput]> = [];
  s.values[h].forEach((hd, c) => {
    if (!/^(Pembilang \(a\)|Penyebut \(b\)|Realisasi|Target) B\d+$/.test(String(hd))) return;
    for (let r = h + 1; r < s.values.length; r++) {
      const v = s.values[r]?.[c];
      const f = s.formulas?.[r]?.[c];
      if (v !== null && v !== undefined && v !== '' && !f) out.push([String(s.values[r][cKode]), String(hd), v]);
    }
  });
  return out;
}

/** Each typed figure is at its Kode in the RAPK (still typed), or in RAPK Arsip with its Kode and column. */
function tidakAdaYangHilang(sebelum: Array<[string, string, CellInput]>, b: Buku): void {
  const arsip = b.arsip();
  for (const [kode, header, v] of sebelum) {
    let ada = false;
    try {
      const c = b.sel(kode, header);
      ada = c.nilai === v && c.rumus === '';
    } catch {
      ada = false;
    }
    if (!ada) ada = arsip.some((e) => e.Kunci === kode && e.Kolom === header && e.Nilai === v && e.Lembar === SHEET.RAPK);
    if (!ada) throw new Error(`isian ${kode} ${header} = ${String(v)} hilang`);
  }
}

// ---------------------------------------------------------------------------

describe('kolom RAPK', () => {
  test.each(JENIS_PERIODE)('%s: rapkKolom() menunjuk tepat ke judul kolom rapkHeaders()', (jenis) => {
    const q = daftarPeriode(jenis);
    const k = rapkKolom(q);
    const h = rapkHeaders(q);
    expect(k.jumlah).toBe(h.length);
    expect([h[k.kode], h[k.indikator], h[k.bobot], h[k.targetTahunan], h[k.cekPk]]).toEqual(['Kode', 'Indikator', 'Bobot', 'Target tahunan', 'Cek PK']);
    for (const p of q) {
      expect(h[k.target[p]]).toBe(rapkTargetHeader(p));
      expect([h[k.pembilang[p]], h[k.penyebut[p]], h[k.realisasi[p]], h[k.capaian[p]], h[k.kriteria[p]]]).toEqual(rapkBlok(p));
      expect(h[k.nps[p]]).toBe(rapkNpsHeader(p));
    }
    expect(new Set(h).size).toBe(h.length);
  });
});

describe('target per periode menurut pola (dihitung mesin spreadsheet)', () => {
  const rows: PkIsi[] = [
    { sasaran: 'S1', kode: 'K1', indikator: 'kumulatif', target: 100, pola: 'kumulatif' },
    { sasaran: 'S1', kode: 'K2', indikator: 'pola kosong = kumulatif', target: 100, pola: '' },
    { sasaran: 'S1', kode: 'K3', indikator: 'akhir', target: '54,3', pola: 'akhir' },
    { sasaran: 'S1', kode: 'K4', indikator: 'tetap', target: 87, pola: 'tetap' },
    { sasaran: 'S1', kode: 'K5', indikator: 'label tetap', target: 'WTP', pola: 'tetap' },
    { sasaran: 'S1', kode: 'K6', indikator: 'label akhir', target: 'WTP', pola: 'akhir' },
    { sasaran: 'S1', kode: 'K7', indikator: 'rentang tetap', target: '80–90', pola: 'tetap' },
    { sasaran: 'S1', kode: 'K8', indikator: 'label kumulatif', target: 'WTP', pola: 'kumulatif' },
    { sasaran: 'S1', kode: 'K9', indikator: 'pola salah', target: 100, pola: 'bulanan' },
  ];
  const b = rapkDari(rows);
  const targets = (kode: string): CellInput[] => TRIWULAN.map((q) => tampil(b.nilai(kode, T(q))));

  test('kumulatif 100 → 25 / 50 / 75 / 100; pola kosong berarti kumulatif dan ditulis begitu', () => {
    expect(targets('K1')).toEqual([25, 50, 75, 100]);
    expect(targets('K2')).toEqual([25, 50, 75, 100]);
    expect(b.nilai('K2', 'Pola target')).toBe('kumulatif');
  });
  test('akhir → kosong / kosong / kosong / T (teks "54,3" jadi angka)', () => {
    expect(targets('K3')).toEqual([null, null, null, 54.3]);
    expect(targets('K6')).toEqual([null, null, null, 'WTP']);
  });
  test('tetap → T di setiap triwulan, label dan rentang sebagai teks', () => {
    expect(targets('K4')).toEqual([87, 87, 87, 87]);
    expect(targets('K5')).toEqual(['WTP', 'WTP', 'WTP', 'WTP']);
    expect(targets('K7')).toEqual(['80–90', '80–90', '80–90', '80–90']);
  });
  test('kumulatif yang tak bisa dihitung dan pola tak dikenal: galat di sel, tidak pernah angka yang salah', () => {
    for (const kode of ['K8', 'K9']) {
      for (const v of targets(kode)) expect(galat(v)).toBe(true);
      // A realisasi typed against it shows an error too, not a capaian.
      b.ketik(kode, R12, 50);
      expect(galat(b.nilai(kode, C12))).toBe(true);
    }
  });
  test('target kumulatif terpakai oleh rumus capaian: realisasi 30 di B3 terhadap target 25 = 120', () => {
    b.ketik('K1', R3, 30);
    expect(b.nilai('K1', C3)).toBeCloseTo(120, 10);
  });
  test.each([
    ['bulanan', [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]],
    ['semester', [60, 120]],
    ['tahunan', [120]],
  ] as Array<[string, number[]]>)('periode %s: kumulatif 120 dibagi rata ke setiap periode', (jenis, harap) => {
    const c = rapkDari([{ sasaran: 'S', kode: 'A', indikator: 'a', target: 120, pola: 'kumulatif' }]);
    c.setel('Periode', jenis);
    c.perbarui();
    const q = daftarPeriode(jenis as never);
    expect(q.map((p) => c.nilai('A', T(p)))).toEqual(harap);
  });
});

describe('rumus asli dalam bentuk tiap host', () => {
  test.each([
    ['excel', 'KINERJA.'],
    ['web', 'KINERJA.'],
    ['sheets', ''],
  ] as Array<[HostKind, string]>)('%s: bahasa Inggris dan ",", fungsi Kinerja (cadangan untuk teks) dalam bentuk host', (host, ns) => {
    const b = rapkDari(KECIL, { mesin: 'sim', host });
    const semua = b
      .snapshot()
      .sheets.filter((s) => s.name !== SHEET.PK)
      .flatMap((s) => (s.formulas ?? []).flat())
      .filter((f): f is string => typeof f === 'string' && f.startsWith('='));
    expect(semua.length).toBeGreaterThan(100);
    // Outside text in quotes (a banner may say "…; …").
    const tanpaTeks = semua.map((f) => f.replace(/"(?:[^"]|"")*"/g, '""'));
    expect(tanpaTeks.filter((f) => f.includes(';'))).toEqual([]);
    for (const f of tanpaTeks) {
      for (const def of FUNCTIONS) {
        for (const call of f.match(new RegExp(`[A-Z_.]*\\b${def.name}\\(`, 'g')) ?? []) {
          if (call.endsWith(`.${def.name}(`) || call === `${def.name}(`) expect(call).toBe(`${ns}${def.name}(`);
        }
      }
    }
    if (host === 'sheets') expect(semua.some((f) => f.includes('KINERJA.'))).toBe(false);
  });

  test('Realisasi kosong sampai a dan b sama-sama diisi; lalu a / b × 100, capaian dan kriteria mengikuti', () => {
    const b = rapkDari(KECIL);
    expect(tampil(b.nilai('IK03', R3))).toBeNull();
    b.ketik('IK03', A3, 45);
    expect(tampil(b.nilai('IK03', R3))).toBeNull();
    b.ketik('IK03', B3, 50);
    expect(b.nilai('IK03', R3)).toBeCloseTo(90, 10);
    // Target B3 kumulatif 100 → 25: capaian 360, kriteria says so.
    expect(b.nilai('IK03', C3)).toBeCloseTo(360, 10);
    expect(b.nilai('IK03', K3)).toBe('Tidak Dapat Disimpulkan');
  });

  test('NPS Sasaran hanya di baris pertama sasarannya, atas indikator sasaran itu dengan bobotnya', () => {
    const b = rapkDari(KECIL);
    b.ketikBanyak([
      ['IK01', R12, 88], // target 80, IKU: bobot 2 → 110
      ['IK02', R12, 'WDP'], // WDP against WTP: 75
      ['IK03', R12, 90], // target 100 → 90
    ]);
    expect(b.nilai('IK01', NPS('B12'))).toBeCloseTo((2 * 110 + 75) / 3, 10);
    expect(b.sel('IK02', NPS('B12'))).toEqual({ nilai: null, rumus: '' });
    expect(b.nilai('IK03', NPS('B12'))).toBeCloseTo(90, 10);
    expect(tampil(b.nilai('IK05', NPS('B12')))).toBeNull();
  });
});

describe('contoh 2019: klik pertama pada PK saja', () => {
  const b = new Buku(pk2019());
  const plan = b.perbarui();
  const s = b.lembar(SHEET.RAPK) as SheetSnapshot;
  const k = rapkKolom();
  const baris = (kode: string): CellInput[] => s.values[b.cari(kode, 'Kode').r];

  test('ringkasan: 17 indikator, 12 sasaran; Pengaturan, RAPK dan ketiga lembar kerja dibuat', () => {
    expect(plan.ringkasan).toBe('RAPK dan lembar kerja dibuat: 17 indikator, 12 sasaran, periode triwulan (B3, B6, B9, B12); Pengukuran menampilkan Triwulan IV (s.d. Desember).');
    expect(plan.catatan).toEqual(['Lembar Pengaturan dibuat dengan pengaturan bawaan.']);
    const tambah = plan.ops.filter((o) => o.op === 'addSheet').map((o) => o.sheet);
    expect(tambah).toEqual([SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]);
    // Every sheet exists before any formula refers to it.
    expect(plan.ops.map((o) => o.op).lastIndexOf('addSheet')).toBeLessThan(plan.ops.findIndex((o) => o.op === 'setValues'));
  });
  test('judul, subjudul, spanduk (kosong selama PK sama), lalu judul kolom', () => {
    expect(s.values[0][0]).toBe(RAPK_JUDUL);
    expect(String(s.values[1][0])).toMatch(/Pembilang/);
    expect(tampil(s.values[2][0])).toBeNull();
    expect(s.formulas?.[2][0]).toMatch(/^=IF\(/);
    expect(s.values[3]).toEqual(rapkHeaders());
    expect(b.kode()).toEqual(INDIKATOR_2019.map((i) => i.kode));
  });
  test('kolom tetap disalin dari PK (Perspektif/Sasaran "sama dengan di atas" diisi), No berurutan, bobot IKU 2', () => {
    expect(baris('IK01').slice(0, 9)).toEqual([1, 'Customer Perspective', SASARAN_2019[0].nama, 'IK01', INDIKATOR_2019[0].indikator, 'nilai', 'positif', 'akhir', 2]);
    expect(baris('IK02').slice(0, 9)).toEqual([2, 'Customer Perspective', SASARAN_2019[0].nama, 'IK02', INDIKATOR_2019[1].indikator, 'opini', 'positif', 'akhir', 1]);
    expect(baris('IK17')[k.no]).toBe(17);
    expect(baris('IK09')[k.bobot]).toBe(2);
    expect(baris('IK16')[k.sasaran]).toBe(SASARAN_2019[10].nama);
  });
  test('target: IK06 kumulatif, IK07 tetap, IK01 akhir, IK02 WTP akhir', () => {
    const t = (kode: string): CellInput[] => TRIWULAN.map((q) => tampil(b.nilai(kode, T(q))));
    expect(t('IK06')).toEqual([25, 50, 75, 100]);
    expect(t('IK07')).toEqual([100, 100, 100, 100]);
    expect(t('IK01')).toEqual([null, null, null, 54.3]);
    expect(t('IK02')).toEqual([null, null, null, 'WTP']);
  });
  test('format: judul kolom tebal berlatar, bekukan judul dan kolom sampai Indikator, lebar kolom, warna kriteria', () => {
    const fmt = plan.ops.filter((o): o is Extract<WriteOp, { op: 'format' }> => o.op === 'format' && o.sheet === SHEET.RAPK);
    const header = fmt.find((o) => o.range === 'A4:AT4');
    expect(header).toMatchObject({ bold: true, wrap: true });
    expect(header?.background).toBeTruthy();
    expect(fmt.some((o) => o.range === 'R5:R21' && o.numberFormat === '0.00')).toBe(true);
    expect(fmt.some((o) => o.range === 'K5:N21' && o.numberFormat === '#,##0.00')).toBe(true);
    expect(plan.ops).toContainEqual({ op: 'freeze', sheet: SHEET.RAPK, rows: 4, cols: 5 });
    const w = plan.ops.find((o) => o.op === 'columnWidths' && o.sheet === SHEET.RAPK);
    expect(w && w.op === 'columnWidths' && w.widths.length).toBe(rapkHeaders().length);
    const cond = plan.ops.filter((o): o is Extract<WriteOp, { op: 'conditionalText' }> => o.op === 'conditionalText' && o.sheet === SHEET.RAPK);
    expect(cond.map((o) => o.range).slice(0, 4)).toEqual(['S5:S21', 'X5:X21', 'AC5:AC21', 'AH5:AH21']);
    expect(cond[0].rules.map((r) => r.text).sort()).toEqual(Object.keys(WARNA_KRITERIA).sort());
  });
  test('Realisasi 2019 diketik di B12 → NPS Sasaran B12 memberi Tabel 4, kriteria Tabel 3', () => {
    b.ketikBanyak(INDIKATOR_2019.map((i) => [i.kode, R12, i.realisasi] as [string, string, WriteValue]));
    for (const sasaran of SASARAN_2019) {
      const first = INDIKATOR_2019.find((i) => i.sasaranNo === sasaran.no) as { kode: string };
      expect(Math.round((b.nilai(first.kode, NPS('B12')) as number) * 100) / 100).toBeCloseTo(sasaran.npsTabel4, 2);
    }
    expect(b.nilai('IK04', K12)).toBe('Tidak Dapat Disimpulkan');
    expect(b.nilai('IK02', C12)).toBe(100);
    // B3 of an "akhir" indicator stays blank: no realisasi, no capaian.
    expect(tampil(b.nilai('IK01', C3))).toBeNull();
  });
  test('baris satu sasaran berdampingan walau di PK terpisah (urutan kemunculan pertama)', () => {
    const c = rapkDari([
      { sasaran: 'S1', kode: 'A', indikator: 'a', target: 10, pola: 'tetap' },
      { sasaran: 'S2', kode: 'B', indikator: 'b', target: 10, pola: 'tetap' },
      { sasaran: 'S1', kode: 'C', indikator: 'c', target: 10, pola: 'tetap' },
    ]);
    expect(c.kode()).toEqual(['A', 'C', 'B']);
    c.ketikBanyak([
      ['A', R3, 12],
      ['C', R3, 8],
      ['B', R3, 5],
    ]);
    expect(c.nilai('A', NPS('B3'))).toBeCloseTo(100, 10); // (120 + 80) / 2
    expect(c.nilai('B', NPS('B3'))).toBeCloseTo(50, 10);
    expect(c.sel('C', NPS('B3'))).toEqual({ nilai: null, rumus: '' });
  });
});

// ---------------------------------------------------------------------------
// Later clicks

describe('klik lagi setelah PK berubah', () => {
  const awal = (): Buku => {
    const b = rapkDari(KECIL);
    b.ketikBanyak([
      ['IK01', R12, 82.5], // typed realisasi
      ['IK02', R12, 'WTP'], // typed label
      ['IK03', A3, 45],
      ['IK03', B3, 50], // realisasi B3 by our formula = 90
      ['IK04', A3, 40],
      ['IK04', B3, 43],
      ['IK04', R3, 95], // typed over a/b: the user's override stays
      ['IK05', A12, 7],
    ]);
    return b;
  };
  const diketik = isianKetikan(awal());

  test('tanpa perubahan PK: semua isian tetap, Realisasi ketikan tetap nilai, rumus kita tetap rumus', () => {
    expect(diketik).toHaveLength(8);
    const b = awal();
    const plan = b.perbarui();
    expect(plan.ringkasan).toBe(
      'RAPK dan lembar kerja diperbarui (5 indikator, 3 sasaran, periode triwulan (B3, B6, B9, B12); Pengukuran menampilkan Triwulan IV (s.d. Desember)): 5 dipertahankan (8 isian realisasi/pembilang/penyebut tetap).',
    );
    expect(plan.ops.some((o) => o.op === 'addSheet')).toBe(false);
    expect(plan.ops.some((o) => o.op === 'columnWidths')).toBe(false);
    tidakAdaYangHilang(diketik, b);
    expect(b.sel('IK01', R12)).toEqual({ nilai: 82.5, rumus: '' });
    expect(b.sel('IK04', R3)).toEqual({ nilai: 95, rumus: '' });
    // IK03's realisasi showed 90 through our formula: it stays a formula (of its own row), not a frozen 90.
    expect(b.sel('IK03', R3)).toMatchObject({ nilai: 90, rumus: expect.stringMatching(/^=/) });
    b.ketik('IK03', A3, 40);
    expect(b.nilai('IK03', R3)).toBeCloseTo(80, 10);
  });

  test('indikator ditambah: baris baru di sasarannya, kosong; isian lain tetap dan rumus menunjuk barisnya sendiri', () => {
    const b = awal();
    const pk = [...KECIL.slice(0, 2), { sasaran: 'Sasaran A', kode: 'IK06', indikator: 'Baru', target: 10, pola: 'tetap' }, ...KECIL.slice(2)];
    b.gantiPk(pk);
    const plan = b.perbarui();
    expect(plan.ringkasan).toMatch(/: 1 indikator ditambah, 5 dipertahankan \(8 isian/);
    tidakAdaYangHilang(diketik, b);
    expect(b.kode()).toEqual(['IK01', 'IK02', 'IK06', 'IK03', 'IK04', 'IK05']);
    expect(b.sel('IK06', A3)).toEqual({ nilai: null, rumus: '' });
    expect(tampil(b.nilai('IK06', R3))).toBeNull();
    // IK03 moved down one row: its typed a/b moved with it, and its realisasi still reads them.
    expect(b.nilai('IK03', A3)).toBe(45);
    expect(b.nilai('IK03', R3)).toBeCloseTo(90, 10);
    // Sasaran A's NPS now counts IK06 too.
    b.ketik('IK06', R12, 5); // target 10 tetap → 50
    expect(b.nilai('IK01', NPS('B12'))).toBeCloseTo((2 * (82.5 / 80) * 100 + 100 + 50) / 4, 10);
  });

  test('indikator dihapus: isiannya sel demi sel ke RAPK Arsip (dibuat), yang kosong satu baris "tanpa isian"; tabel menyusut', () => {
    const b = awal();
    b.gantiPk(KECIL.filter((r) => r.kode !== 'IK04' && r.kode !== 'IK02'));
    const plan = b.perbarui('2024-07-01T09:30:00.000Z');
    expect(plan.ringkasan).toMatch(/2 dipindah ke RAPK Arsip/);
    expect(plan.catatan.some((c) => c.includes('RAPK Arsip') && c.includes('IK02') && c.includes('IK04'))).toBe(true);
    expect(plan.ops).toContainEqual({ op: 'addSheet', sheet: SHEET.RAPK_ARSIP });
    // The old table had 5 rows, the new one 3: rows 8..9 of the table's columns are cleared.
    expect(plan.ops).toContainEqual({ op: 'clear', sheet: SHEET.RAPK, range: 'A8:AT9' });
    tidakAdaYangHilang(diketik, b);
    const rapk = b.arsip().filter((e) => e.Lembar === SHEET.RAPK);
    expect(rapk.map((e) => [e.Diarsipkan, e.Kunci, e.Kolom, e.Nilai])).toEqual([
      ['2024-07-01 09:30 UTC', 'IK02', R12, 'WTP'],
      ['2024-07-01 09:30 UTC', 'IK04', A3, 40],
      ['2024-07-01 09:30 UTC', 'IK04', B3, 43],
      ['2024-07-01 09:30 UTC', 'IK04', R3, 95],
    ]);
    expect(rapk.every((e) => e.Alasan === 'Kode tidak ada lagi di PK')).toBe(true);
    expect(rapk.find((e) => e.Kunci === 'IK04')?.Nama).toBe('Pengaduan dijawab');
    expect(b.kode()).toEqual(['IK01', 'IK03', 'IK05']);
    const s = b.lembar(SHEET.RAPK) as SheetSnapshot;
    expect(s.values.slice(7).every((row) => row.slice(0, rapkHeaders().length).every((v) => v === null || v === ''))).toBe(true);
  });

  test('indikator tanpa ketikan juga dicatat di RAPK Arsip; arsip yang sudah ada ditambah di bawahnya, tanpa judul lagi', () => {
    const b = awal();
    b.ketik('IK05', A12, null);
    b.gantiPk(KECIL.filter((r) => r.kode !== 'IK05'));
    const plan1 = b.perbarui();
    expect(plan1.ringkasan).toMatch(/1 dipindah ke RAPK Arsip/);
    expect(plan1.catatan.join(' ')).toContain('IK05');
    expect(b.arsip().filter((e) => e.Lembar === SHEET.RAPK).map((e) => [e.Kunci, e.Alasan, e.Kolom])).toEqual([['IK05', 'Kode tidak ada lagi di PK, tanpa isian', null]]);
    // The views' rows of IK05 (and Sasaran C's in Anggaran) held nothing typed: logged as such, nothing else.
    expect(b.arsip().every((e) => e.Nilai === null && e.Rumus === null && /tanpa isian$/.test(String(e.Alasan)))).toBe(true);
    // A note of the user's under the archive stays; the next entries go below it.
    const n1 = b.arsip().length;
    b.ketikDi(SHEET.RAPK_ARSIP, `A${n1 + 3}`, 'catatan saya'); // after a blank row
    b.gantiPk(KECIL.filter((r) => r.kode !== 'IK05' && r.kode !== 'IK04'));
    const plan2 = b.perbarui();
    expect(plan2.ops.some((o) => o.op === 'addSheet' && o.sheet === SHEET.RAPK_ARSIP)).toBe(false);
    const tulis = setValuesOps(plan2, SHEET.RAPK_ARSIP);
    expect(tulis).toHaveLength(1);
    expect(tulis[0].row).toBe(n1 + 3);
    expect(b.di(SHEET.RAPK_ARSIP, `A${n1 + 3}`).nilai).toBe('catatan saya');
    expect(b.di(SHEET.RAPK_ARSIP, 'A1').nilai).toBe('Diarsipkan');
    expect(b.lembar(SHEET.RAPK_ARSIP)!.values.filter((r) => r[0] === 'Diarsipkan')).toHaveLength(1);
    expect(b.arsip().filter((e) => e.Lembar === SHEET.RAPK).map((e) => [e.Kunci, e.Kolom, e.Nilai])).toEqual([
      ['IK05', null, null],
      ['IK04', A3, 40],
      ['IK04', B3, 43],
      ['IK04', R3, 95],
    ]);
  });

  test('target berubah: target per periode baru, isian tetap, capaian mengikuti', () => {
    const b = awal();
    b.gantiPk(KECIL.map((r) => (r.kode === 'IK03' ? { ...r, target: 80 } : r.kode === 'IK04' ? { ...r, pola: 'akhir' } : r)));
    b.perbarui();
    tidakAdaYangHilang(diketik, b);
    expect(TRIWULAN.map((q) => b.nilai('IK03', T(q)))).toEqual([20, 40, 60, 80]);
    expect(TRIWULAN.map((q) => tampil(b.nilai('IK04', T(q))))).toEqual([null, null, null, 93]);
    expect(b.nilai('IK04', 'Pola target')).toBe('akhir');
    expect(b.nilai('IK03', C3)).toBeCloseTo(450, 10); // 90 / 20
  });

  test('baris diurutkan ulang di PK: isian mengikuti Kode, rumus menunjuk barisnya sendiri', () => {
    const b = awal();
    b.gantiPk([KECIL[4], KECIL[3], KECIL[2], KECIL[0], KECIL[1]].map((r) => ({ ...r, perspektif: 'Customer Perspective' })));
    b.perbarui();
    tidakAdaYangHilang(diketik, b);
    expect(b.kode()).toEqual(['IK05', 'IK04', 'IK03', 'IK01', 'IK02']);
    const s = b.lembar(SHEET.RAPK) as SheetSnapshot;
    expect(s.values.slice(4, 9).map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    expect(b.cari('IK01', R12).r).toBe(7);
    expect(b.sel('IK01', R12)).toEqual({ nilai: 82.5, rumus: '' });
    expect(b.sel('IK04', R3)).toEqual({ nilai: 95, rumus: '' });
    expect(b.nilai('IK03', R3)).toBeCloseTo(90, 10);
    expect(b.nilai('IK05', A12)).toBe(7);
    // Each capaian reads its own row: IK01 82,5 against 80.
    expect(b.nilai('IK01', C12)).toBeCloseTo(103.125, 10);
    expect(b.nilai('IK04', C3)).toBeCloseTo((95 / 93) * 100, 10);
  });

  test('sasaran berganti nama dan indikator pindah sasaran: kolom Sasaran dan NPS ikut, isian tetap', () => {
    const b = awal();
    b.gantiPk(KECIL.map((r) => (r.kode === 'IK01' || r.kode === 'IK02' ? { ...r, sasaran: 'Sasaran A (baru)' } : r.kode === 'IK05' ? { ...r, sasaran: 'Sasaran B' } : r)));
    const plan = b.perbarui();
    expect(plan.ringkasan).toContain('(5 indikator, 2 sasaran,');
    tidakAdaYangHilang(diketik, b);
    expect(b.nilai('IK02', 'Sasaran')).toBe('Sasaran A (baru)');
    expect(b.sel('IK05', NPS('B12'))).toEqual({ nilai: null, rumus: '' });
    b.ketikBanyak([
      ['IK03', R12, 50], // 50 / 100
      ['IK04', R12, 93], // 100
      ['IK05', R12, 71], // 100
    ]);
    expect(b.nilai('IK03', NPS('B12'))).toBeCloseTo(250 / 3, 10);
  });

  test('semua perubahan sekaligus (contoh 2019): tidak ada isian yang hilang', () => {
    const b = rapkDari(pk2019());
    b.ketikBanyak([
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
    const sebelum = isianKetikan(b);
    expect(sebelum).toHaveLength(10);
    const pk = pk2019()
      .filter((r) => r.kode !== 'IK10' && r.kode !== 'IK11')
      .map((r) => (r.kode === 'IK06' ? { ...r, target: 90 } : r))
      .reverse()
      .concat([{ sasaran: 'Sasaran baru', kode: 'IK18', indikator: 'Baru', target: 1 }]);
    // Reversed, rows lose their "same as above" sasaran: give every row its own.
    b.gantiPk(pk.map((r) => ({ ...r, sasaran: INDIKATOR_2019.find((i) => i.kode === r.kode)?.sasaran ?? r.sasaran })));
    const plan = b.perbarui();
    expect(plan.ringkasan).toMatch(/1 indikator ditambah, 2 dipindah ke RAPK Arsip, 15 dipertahankan \(9 isian/);
    tidakAdaYangHilang(sebelum, b);
    expect(b.nilai('IK06', R3)).toBe(100);
    expect(b.nilai('IK06', T('B3'))).toBe(22.5);
    expect(b.nilai('IK13', R12)).toBeCloseTo((30 / 38) * 100, 10);
  });

  test('rumus buatan pengguna di Pembilang dan Realisasi tetap rumusnya', () => {
    const b = awal();
    b.gantiLembar('Data Dukung', [['x', 12]]);
    b.ketikBanyak([
      ['IK05', A3, "='Data Dukung'!B1"],
      ['IK05', R6, '=AVERAGE(A1:A3)'],
    ]);
    b.perbarui();
    expect(b.sel('IK05', A3)).toEqual({ nilai: 12, rumus: "='Data Dukung'!B1" });
    expect(b.sel('IK05', R6).rumus).toBe('=AVERAGE(A1:A3)');
  });

  test('angka yang diketik di kolom Capaian diganti rumus; nilainya disimpan di RAPK Arsip dan catatan menyebutnya', () => {
    const b = awal();
    b.ketik('IK01', C3, 97.5);
    b.ketik('IK02', K12, 'Baik');
    b.ketik('IK03', NPS('B3'), 1234567.5);
    const plan = b.perbarui();
    expect(b.sel('IK01', C3).rumus).toMatch(/^=/);
    expect(tampil(b.nilai('IK01', C3))).toBeNull(); // no realisasi B3: no capaian
    expect(b.nilai('IK02', K12)).toBe('Baik'); // WTP against WTP, now computed
    expect(b.sel('IK02', K12).rumus).toMatch(/^=/);
    // The old values in Indonesian style, as a perencana reads them.
    const c = plan.catatan.find((x) => x.startsWith('Nilai ketikan di kolom hitung RAPK diganti rumus'));
    expect(c).toContain('RAPK!R5 "97,5"');
    expect(c).toContain('RAPK!AH6 "Baik"');
    expect(c).toContain('RAPK!AI7 "1.234.567,5"');
    expect(b.arsip().map((e) => [e.Kunci, e.Kolom, e.Nilai, e.Alasan])).toEqual([
      ['IK01', C3, 97.5, 'nilai ketikan di kolom hitung RAPK diganti rumus'],
      ['IK02', K12, 'Baik', 'nilai ketikan di kolom hitung RAPK diganti rumus'],
      ['IK03', NPS('B3'), 1234567.5, 'nilai ketikan di kolom hitung RAPK diganti rumus'],
    ]);
  });

  test('Kode dicocokkan tanpa peduli huruf besar/kecil dan spasi', () => {
    const b = awal();
    b.gantiPk(KECIL.map((r) => ({ ...r, kode: r.kode === 'IK01' ? ' ik01 ' : r.kode })));
    const plan = b.perbarui();
    expect(plan.ringkasan).toContain('5 dipertahankan (8 isian');
    expect(b.nilai('ik01', R12)).toBe(82.5);
  });
});

// ---------------------------------------------------------------------------

describe('data pengguna di luar tabel tidak tertimpa', () => {
  const LEBAR = rapkHeaders().length; // 46: A..AT

  test('isi di kanan tabel dan jauh di bawahnya tidak disentuh; tidak ada tulisan di kanan kolom AT', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'AU5', 'catatan kanan');
    b.ketikDi(SHEET.RAPK, 'AV2', 'kanan judul');
    b.ketikDi(SHEET.RAPK, 'B30', 'jauh di bawah');
    b.gantiPk([...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }, { sasaran: 'Sasaran C', kode: 'IK07', indikator: 'y', target: 1 }]);
    const plan = b.perbarui();
    for (const o of plan.ops.filter((x) => x.sheet === SHEET.RAPK)) {
      if (o.op === 'setValues') expect(o.col + o.values[0].length).toBeLessThanOrEqual(LEBAR);
      if (o.op === 'format' || o.op === 'clear' || o.op === 'conditionalText') {
        const r = parseA1Range(o.range);
        expect(r.col + r.cols).toBeLessThanOrEqual(LEBAR);
      }
    }
    expect([b.di(SHEET.RAPK, 'AU5').nilai, b.di(SHEET.RAPK, 'AV2').nilai, b.di(SHEET.RAPK, 'B30').nilai]).toEqual(['catatan kanan', 'kanan judul', 'jauh di bawah']);
  });

  test('tabel baru lebih panjang dan sel di bawah tabel berisi data → ditolak, sel disebut', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'D11', 'Catatan: data triwulan I belum final');
    // The old table ends on row 9; rows 10 and 11 are needed by two new indicators.
    const pk = [...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }, { sasaran: 'Sasaran C', kode: 'IK07', indikator: 'y', target: 1 }];
    b.gantiPk(pk);
    expect(b.tolak()).toContain('Sel RAPK!D11 di bawah tabel berisi data Anda; pindahkan dulu agar tidak tertimpa');
    // One indicator more only needs row 10: allowed, and D11 stays.
    b.gantiPk(pk.slice(0, 6));
    b.perbarui();
    expect(b.di(SHEET.RAPK, 'D11').nilai).toBe('Catatan: data triwulan I belum final');
  });

  test('catatan tepat di bawah tabel membatasi tabel lama: bukan baris RAPK, dan tabel yang memanjang ditolak', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'A10', 'Jumlah');
    b.perbarui(); // still 5 rows: "Jumlah" is not a row of the table, nothing is archived
    expect(b.arsip()).toEqual([]);
    b.gantiPk([...KECIL, { sasaran: 'S', kode: 'IK06', indikator: 'x', target: 1 }]);
    expect(b.tolak()).toContain('RAPK!A10');
  });

  test('kolom milik pengguna disisipkan di dalam tabel → ditolak, kolomnya disebut', () => {
    const b = rapkDari(KECIL);
    const bk = b.bk!;
    // Insert a column "Keterangan" before Target B3 (column K): everything from K shifts right.
    bk.hf.addColumns(bk.idLembar(SHEET.RAPK)!, [10, 1]);
    b.ketikDi(SHEET.RAPK, 'K4', 'Keterangan');
    b.ketikDi(SHEET.RAPK, 'K5', 'ket');
    const pesan = b.tolak();
    expect(pesan).toContain('RAPK!K4');
    expect(pesan).toContain('Keterangan');
  });

  test('baris disisipkan di atas judul: tabel ditulis di tempatnya, baris pengguna di atas tidak disentuh', () => {
    const b = rapkDari(KECIL);
    const bk = b.bk!;
    bk.hf.addRows(bk.idLembar(SHEET.RAPK)!, [0, 2]);
    b.ketikDi(SHEET.RAPK, 'A1', 'Satuan kerja: Sekretariat Utama');
    b.ketik('IK03', A3, 45);
    const plan = b.perbarui();
    const tulis = setValuesOps(plan, SHEET.RAPK)[0];
    expect(tulis.row).toBe(2); // the title rows moved down with the table
    expect(tulis.values[3]).toEqual(rapkHeaders());
    expect(plan.ops).toContainEqual({ op: 'freeze', sheet: SHEET.RAPK, rows: 6, cols: 5 });
    expect(b.di(SHEET.RAPK, 'A1').nilai).toBe('Satuan kerja: Sekretariat Utama');
    expect(b.nilai('IK03', A3)).toBe(45);
    // The views follow the RAPK where it is now.
    b.ketik('IK03', R12, 90);
    expect(b.nilai('IK03', 'Realisasi', SHEET.PENGUKURAN)).toBe(90);
  });

  test('judul diganti pengguna: teksnya dibiarkan, dan catatan mengatakannya', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'A1', 'RAPK Sekretariat Utama 2024');
    const plan = b.perbarui();
    expect(b.di(SHEET.RAPK, 'A1').nilai).toBe('RAPK Sekretariat Utama 2024');
    expect(plan.catatan).toContain('Baris judul di atas tabel RAPK berisi teks Anda: teks itu dibiarkan.');
  });
});

describe('penolakan (buku kerja tidak diubah)', () => {
  test('tanpa lembar PK', () => {
    expect(new Buku(null).tolak()).toBe('Lembar PK belum ada: klik Sisipkan templat dulu, isi indikator di lembar PK, lalu klik Perbarui dari PK.');
  });
  test('PK tanpa indikator', () => {
    expect(new Buku([]).tolak()).toMatch(/^Lembar PK belum berisi indikator/);
  });
  test('PK tanpa judul kolom Kode/Indikator', () => {
    expect(new Buku([['Sasaran', 'Target'], ['a', 1]]).tolak()).toMatch(/"Kode" dan "Indikator"/);
  });
  test('Kode ganda di PK: kedua sel disebut', () => {
    const rows = KECIL.concat([{ sasaran: 'S', kode: 'IK06', indikator: 'x' }, { sasaran: 'S', kode: ' ik03', indikator: 'y' }]);
    // IK03 lands on sheet row 7, its twin on row 9.
    const pk = [rows[0], rows[1], rows[3], rows[4], rows[2], rows[5], rows[6]];
    expect(new Buku(pk).tolak()).toMatch(/^Kode IK03 dipakai dua kali di PK \(D7 dan D9\)/);
  });
  test('Kode kosong pada baris berindikator: selnya disebut', () => {
    const pesan = new Buku([...KECIL.slice(0, 3), { sasaran: 'Sasaran B', kode: '', indikator: 'Tanpa kode', target: 5 }]).tolak();
    expect(pesan).toContain('PK!D6');
    expect(pesan).toContain('Tanpa kode');
  });
  test.each([SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA])('lembar %s berisi data lain tanpa tabelnya', (nama) => {
    const b = new Buku(KECIL);
    b.gantiLembar(nama, [['catatan rapat'], ['isi lain']]);
    expect(b.tolak()).toMatch(new RegExp(`^Lembar ${nama} sudah ada dan berisi data`));
  });
  test('lembar RAPK kosong dipakai, tidak dibuat ulang', () => {
    const b = new Buku(KECIL);
    b.gantiLembar(SHEET.RAPK, []);
    const plan = b.perbarui();
    expect(plan.ops.some((o) => o.op === 'addSheet' && o.sheet === SHEET.RAPK)).toBe(false);
    expect(plan.ringkasan).toMatch(/^RAPK dan lembar kerja dibuat: 5 indikator, 3 sasaran/);
  });
});

describe('ukuran rencana tidak tumbuh dengan jumlah indikator', () => {
  const jumlahOps = (plan: Plan): Record<string, number> => {
    const count: Record<string, number> = {};
    for (const o of plan.ops) count[o.op] = (count[o.op] ?? 0) + 1;
    return count;
  };
  test('klik pertama: 10, 1.000 dan 2.000 indikator memberi jumlah op yang sama, satu setValues per lembar dan blok', () => {
    const [a, b, c] = [10, 1000, 2000].map((n) => jumlahOps(new Buku(pkBanyak(n), { mesin: 'sim' }).perbarui()));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    // Pengaturan, RAPK, Pengukuran and its summary, Anggaran and its total, Renstra.
    expect(a.setValues).toBe(7);
    expect(a.addSheet).toBe(5);
  });
  test('klik lagi dengan arsip dan tabel menyusut: juga sama', () => {
    const ulang = (n: number): Plan => {
      const b = new Buku(pkBanyak(n), { mesin: 'sim' });
      b.perbarui();
      for (let i = 0; i < n / 2; i++) b.ketik(`IK${String(i + 1).padStart(4, '0')}`, A3, i);
      b.gantiPk(pkBanyak(n).slice(n / 5));
      return b.perbarui();
    };
    const a = jumlahOps(ulang(10));
    expect(jumlahOps(ulang(1000))).toEqual(a);
    expect(jumlahOps(ulang(2000))).toEqual(a);
    expect(a.addSheet).toBe(1); // RAPK Arsip
  });
});

describe('klik lagi: tidak ada isian yang tertukar, hilang atau diam-diam diganti', () => {
  const urutBaru = [KECIL[4], KECIL[3], KECIL[2], KECIL[0], KECIL[1]].map((r) => ({ ...r, perspektif: 'Customer Perspective' }));

  test('catatan di kanan tabel ikut barisnya saat PK diurutkan ulang', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'AU4', 'Keterangan');
    KECIL.forEach((r, i) => b.ketikDi(SHEET.RAPK, `AU${5 + i}`, `catatan untuk ${r.kode}`));
    b.gantiPk(urutBaru);
    const plan = b.perbarui();
    for (const r of KECIL) expect(b.nilai(r.kode as string, 'Keterangan')).toBe(`catatan untuk ${r.kode}`);
    expect(plan.catatan).toContain('Isian Anda di kanan tabel RAPK (kolom AU) ikut pindah bersama barisnya.');
  });

  test('isian yang diarsipkan ditulis ke RAPK Arsip sebelum tabel RAPK ditimpa (host tanpa transaksi)', () => {
    const b = rapkDari(KECIL);
    b.ketik('IK02', R12, 'WTP');
    b.gantiPk(KECIL.filter((r) => r.kode !== 'IK02'));
    const plan = b.perbarui();
    const iArsip = plan.ops.findIndex((o) => o.op === 'setValues' && o.sheet === SHEET.RAPK_ARSIP);
    const iRapk = plan.ops.findIndex((o) => (o.op === 'setValues' || o.op === 'clear') && o.sheet === SHEET.RAPK);
    expect(iArsip).toBeGreaterThanOrEqual(0);
    expect(iArsip).toBeLessThan(iRapk);
  });

  test('tanggal di kanan tabel (dari Sheets: "yyyy-mm-dd") ditulis lagi sebagai tanggal, teks mirip angka tetap teks', () => {
    const b = rapkDari(KECIL, { mesin: 'sim', host: 'sheets' });
    b.ketikDi(SHEET.RAPK, 'AU9', '2024-01-05');
    b.ketikDi(SHEET.RAPK, 'AV9', '007');
    b.gantiPk(urutBaru);
    const plan = b.perbarui();
    const lebih = setValuesOps(plan, SHEET.RAPK).find((o) => o.col === colIndex('AU'));
    expect(lebih?.row).toBe(3);
    expect(lebih?.values[1]).toEqual(['2024-01-05', "'007"]);
  });

  test('catatan di kanan baris yang dihapus dari PK ikut ke RAPK Arsip, tidak menempel di baris lain', () => {
    const b = rapkDari(KECIL);
    KECIL.forEach((r, i) => b.ketikDi(SHEET.RAPK, `AU${5 + i}`, `catatan untuk ${r.kode}`));
    const pk = KECIL.filter((r) => r.kode !== 'IK02');
    b.gantiPk(pk);
    const plan = b.perbarui();
    expect(plan.ringkasan).toContain('1 dipindah ke RAPK Arsip');
    for (const r of pk) expect(b.di(SHEET.RAPK, `AU${b.cari(r.kode as string, 'Kode').r + 1}`).nilai).toBe(`catatan untuk ${r.kode}`);
    // Row 9 (the old IK05 row) is no longer in the table: its note went up with IK05.
    expect(tampil(b.di(SHEET.RAPK, 'AU9').nilai)).toBeNull();
    expect(b.arsip().filter((e) => e.Nilai !== null).map((e) => [e.Lembar, e.Kunci, e.Kolom, e.Nilai])).toEqual([[SHEET.RAPK, 'IK02', 'Kolom AU', 'catatan untuk IK02']]);
  });

  test('catatan di bawah tabel setelah baris kosong bukan baris RAPK: tidak dihapus, tidak diarsipkan', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'D11', 'Catatan');
    b.ketikDi(SHEET.RAPK, 'E11', 'Data IK03 B3 menunggu verifikasi BPS');
    const plan = b.perbarui();
    expect(plan.catatan.join(' ')).not.toMatch(/Arsip/);
    expect([b.di(SHEET.RAPK, 'D11').nilai, b.di(SHEET.RAPK, 'E11').nilai]).toEqual(['Catatan', 'Data IK03 B3 menunggu verifikasi BPS']);
  });

  test('target per periode yang diketik (pola kumulatif) tetap; B12 mengikuti PK; klik kedua diam', () => {
    const b = rapkDari(KECIL);
    b.ketikBanyak([
      ['IK03', T('B3'), 10],
      ['IK03', T('B6'), 40],
      ['IK03', T('B9'), 70],
    ]);
    const pk = KECIL.map((r) => (r.kode === 'IK03' ? { ...r, target: 90 } : r));
    b.gantiPk(pk);
    b.perbarui();
    expect(TRIWULAN.map((q) => b.nilai('IK03', T(q)))).toEqual([10, 40, 70, 90]);
    // Clicking again without a PK change keeps them and says nothing more.
    expect(b.perbarui().catatan).toEqual([]);
    expect(TRIWULAN.map((q) => b.nilai('IK03', T(q)))).toEqual([10, 40, 70, 90]);
    // Targets we computed (IK04 tetap) still follow the PK.
    b.gantiPk(pk.map((r) => (r.kode === 'IK04' ? { ...r, target: 95 } : r)));
    b.perbarui();
    expect(TRIWULAN.map((q) => b.nilai('IK04', T(q)))).toEqual([95, 95, 95, 95]);
  });

  test('target per periode yang diketik untuk baris bukan kumulatif diganti rumus, nilainya ke RAPK Arsip', () => {
    const b = rapkDari(KECIL);
    b.ketik('IK04', T('B3'), 50); // tetap: the target is the PK's
    const plan = b.perbarui();
    expect(b.nilai('IK04', T('B3'))).toBe(93);
    expect(plan.catatan.join(' ')).toContain('RAPK!K8 "50"');
    expect(b.arsip().map((e) => [e.Kunci, e.Kolom, e.Nilai])).toEqual([['IK04', T('B3'), 50]]);
  });

  test('target kumulatif yang kami hitung berubah bersama target PK', () => {
    const b = rapkDari(KECIL);
    b.gantiPk(KECIL.map((r) => (r.kode === 'IK03' ? { ...r, target: 80 } : r)));
    b.perbarui();
    expect(TRIWULAN.map((q) => b.nilai('IK03', T(q)))).toEqual([20, 40, 60, 80]);
  });

  test('rumus Realisasi pengguna yang mirip rumus kami tetap rumus pengguna', () => {
    const b = rapkDari(KECIL);
    b.gantiLembar('Data', [[null, 3, 4]]);
    const rumus = '=IF(OR(Data!B1="",Data!C1=""),"",Data!B1/Data!C1*100)';
    b.ketik('IK05', R3, rumus);
    b.perbarui();
    expect(b.sel('IK05', R3)).toEqual({ nilai: 75, rumus });
  });

  test('rumus pengguna yang menunjuk barisnya sendiri ikut bergeser saat baris pindah', () => {
    const b = rapkDari(KECIL);
    expect(b.cari('IK05', R3).r + 1).toBe(9);
    b.ketikDi(SHEET.RAPK, 'AU9', 3);
    b.ketikBanyak([
      ['IK05', A3, '=AU9*2'],
      ['IK05', B3, 12],
      ['IK05', R3, '=O9*100/P9'],
    ]);
    b.gantiPk(urutBaru);
    b.perbarui();
    expect(b.cari('IK05', R3).r + 1).toBe(5);
    expect(b.sel('IK05', R3)).toEqual({ nilai: 50, rumus: '=O5*100/P5' });
    expect(b.sel('IK05', A3)).toEqual({ nilai: 6, rumus: '=AU5*2' });
  });

  test('indikator yang kembali ke PK mendapat lagi isiannya dari RAPK Arsip; indikator lain berkode sama tidak', () => {
    const tanpaIk03 = (): Buku => {
      const b = rapkDari(KECIL);
      b.ketikBanyak([
        ['IK02', R12, 'WTP'],
        ['IK03', A3, 5],
        ['IK03', B3, 10],
      ]);
      b.gantiPk(KECIL.filter((r) => r.kode !== 'IK03'));
      b.perbarui();
      expect(() => b.cari('IK03', A3)).toThrow();
      return b;
    };
    const b = tanpaIk03();
    b.gantiPk(KECIL);
    const plan = b.perbarui();
    expect(b.sel('IK03', A3)).toEqual({ nilai: 5, rumus: '' });
    expect(b.sel('IK03', B3)).toEqual({ nilai: 10, rumus: '' });
    expect(b.sel('IK03', R3)).toMatchObject({ nilai: 50, rumus: expect.stringMatching(/^=/) });
    expect(plan.ringkasan).toContain('1 indikator ditambah (1 dengan isian dari RAPK Arsip)');
    expect(plan.catatan.join(' ')).toContain('Isian dikembalikan dari RAPK Arsip untuk indikator yang kembali ke PK: IK03 (RAPK Arsip baris 3, 2024-04-02 08:00 UTC)');
    // A different indicator that reuses the code does not get the old figures.
    const c = tanpaIk03();
    c.gantiPk(KECIL.map((r) => (r.kode === 'IK03' ? { ...r, indikator: 'Indikator lain sama sekali' } : r)));
    const plan3 = c.perbarui();
    expect(c.sel('IK03', A3)).toEqual({ nilai: null, rumus: '' });
    expect(plan3.catatan.join(' ')).toContain('tidak dikembalikan: IK03');
  });

  test('Kode dengan spasi ganda dicocokkan sama seperti di Periksa', () => {
    const b = rapkDari(KECIL.map((r) => ({ ...r, kode: r.kode === 'IK01' ? 'IK 01' : r.kode })));
    b.ketik('IK 01', R12, 82);
    b.gantiPk(KECIL.map((r) => ({ ...r, kode: r.kode === 'IK01' ? 'IK  01' : r.kode })));
    expect(b.perbarui().ringkasan).toContain('5 dipertahankan (1 isian');
  });

  test('Kode yang mirip angka ditulis sebagai teks (dengan tanda petik), teks lain apa adanya', () => {
    const pk = [
      { perspektif: 'P', sasaran: 'S', kode: '01', indikator: 'a', target: 100, pola: 'tetap' },
      { sasaran: 'S', kode: '1.10', indikator: 'b', target: '1-10', pola: 'tetap' },
    ];
    const plan = new Buku(pk, { mesin: 'sim', host: 'sheets' }).perbarui();
    const v = setValuesOps(plan, SHEET.RAPK)[0].values;
    const k = rapkKolom();
    expect(v.slice(4).map((row) => [row[k.kode], row[k.indikator], row[k.targetTahunan]])).toEqual([
      ["'01", 'a', 100],
      ["'1.10", 'b', "'1-10"],
    ]);
    for (const nama of [SHEET.PENGUKURAN, SHEET.RENSTRA]) {
      const w = setValuesOps(plan, nama)[0].values;
      const h = w.findIndex((row) => row.includes('Kode'));
      expect(w.slice(h + 1, h + 3).map((row) => row[w[h].indexOf('Kode')])).toEqual(["'01", "'1.10"]);
    }
  });
});

describe('klik lagi: kasus tepi dari tinjauan kedua', () => {
  const urutBaru = [KECIL[4], KECIL[3], KECIL[2], KECIL[0], KECIL[1]].map((r) => ({ ...r, perspektif: 'Customer Perspective' }));

  test('target 100/100/100 diketik untuk baris kumulatif tetap milik pengguna walau mirip pola tetap', () => {
    const b = rapkDari(KECIL);
    b.ketikBanyak([
      ['IK03', T('B3'), 100],
      ['IK03', T('B6'), 100],
      ['IK03', T('B9'), 100],
    ]);
    b.perbarui();
    expect(TRIWULAN.map((q) => b.sel('IK03', T(q)))).toEqual([
      { nilai: 100, rumus: '' },
      { nilai: 100, rumus: '' },
      { nilai: 100, rumus: '' },
      { nilai: 100, rumus: expect.stringMatching(/^=/) },
    ]);
  });

  test('catatan tepat di bawah tabel (tanpa baris kosong, tanpa No) bukan baris RAPK: tidak dihapus', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'D10', 'Catatan');
    b.ketikDi(SHEET.RAPK, 'E10', 'Angka TW I sementara');
    b.perbarui();
    expect([b.di(SHEET.RAPK, 'D10').nilai, b.di(SHEET.RAPK, 'E10').nilai]).toEqual(['Catatan', 'Angka TW I sementara']);
    expect(b.arsip()).toEqual([]);
  });

  test('RAPK baru (lembar lama dihapus) tidak mengambil isian lama dari RAPK Arsip', () => {
    const b = rapkDari(KECIL);
    b.ketikBanyak([
      ['IK03', A3, 5],
      ['IK03', B3, 10],
    ]);
    b.gantiPk(KECIL.filter((r) => r.kode !== 'IK03'));
    b.perbarui();
    b.hapusLembar(SHEET.RAPK);
    b.gantiPk(KECIL);
    const plan = b.perbarui();
    expect(plan.ringkasan).toMatch(/^RAPK dan lembar kerja dibuat: 5 indikator, 3 sasaran/);
    expect(b.sel('IK03', A3)).toEqual({ nilai: null, rumus: '' });
  });

  test('rumus di kanan tabel yang merujuk beberapa baris: ditolak saat urutan berubah (sel disebut), boleh bila hanya ditambah di akhir', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'AU5', '=SUM(N5:N7)');
    b.gantiPk(urutBaru);
    const pesan = b.tolak();
    expect(pesan).toContain('RAPK!AU5 (N5:N7)');
    expect(pesan).toContain('Belum ada yang diubah');
    b.gantiPk([...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }]);
    b.perbarui();
    expect(b.di(SHEET.RAPK, 'AU5').rumus).toBe('=SUM(N5:N7)');
  });

  test('rumus pengguna yang merujuk baris indikator lain mengikuti indikator itu', () => {
    const b = rapkDari(KECIL);
    const r3 = b.cari('IK03', A3);
    b.ketik('IK03', A3, 21);
    b.ketik('IK05', A3, `=${colName(r3.c)}${r3.r + 1}*2`);
    b.gantiPk(urutBaru);
    b.perbarui();
    const baru3 = b.cari('IK03', A3);
    expect(b.sel('IK05', A3)).toEqual({ nilai: 42, rumus: `=${colName(baru3.c)}${baru3.r + 1}*2` });
  });

  test('sel di kanan tabel tepat di bawah baris terakhir tidak menghalangi bila baris hanya ditambah', () => {
    const b = rapkDari(KECIL);
    b.ketikDi(SHEET.RAPK, 'AU5', 'catatan IK01');
    b.ketikDi(SHEET.RAPK, 'AU10', 'catatan bawah kanan');
    b.gantiPk([...KECIL, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }]);
    b.perbarui();
    expect([b.di(SHEET.RAPK, 'AU5').nilai, b.di(SHEET.RAPK, 'AU10').nilai, b.di(SHEET.RAPK, 'D10').nilai]).toEqual(['catatan IK01', 'catatan bawah kanan', 'IK06']);
    // When the rows are also reordered, the notes move with them and that cell would be overwritten: refused, named.
    const c = rapkDari(KECIL);
    c.ketikDi(SHEET.RAPK, 'AU5', 'catatan IK01');
    c.ketikDi(SHEET.RAPK, 'AU10', 'catatan bawah kanan');
    c.gantiPk([...urutBaru, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'x', target: 1 }]);
    expect(c.tolak()).toContain('RAPK!AU10');
  });

  test('klik kedua tanpa perubahan PK tidak mengubah apa pun di lembar mana pun dan tidak berkomentar', () => {
    const b = rapkDari(KECIL);
    b.ketikBanyak([
      ['IK03', T('B3'), 10],
      ['IK03', A3, '=AU7*2'],
      ['IK01', R12, 82.5],
    ]);
    b.ketikDi(SHEET.RAPK, 'AU7', 4);
    b.ketikDi(SHEET.ANGGARAN, 'D5', 1000);
    b.gantiPk(urutBaru);
    b.perbarui();
    const pertama = b.snapshot();
    const plan = b.perbarui();
    expect(plan.catatan).toEqual([]);
    expect(b.snapshot()).toEqual(pertama);
  });
});

describe('rumus capaian RAPK mengikuti Pengaturan, di mana pun barisnya', () => {
  test('batas atas, rumus negatif dan preset kriteria dibaca langsung dari Pengaturan', () => {
    const b = rapkDari(KECIL);
    b.ketik('IK03', R12, 150); // target 100
    expect(b.nilai('IK03', C12)).toBe(150);
    expect(b.nilai('IK03', K12)).toBe('Tidak Dapat Disimpulkan');
    b.setel('Batas atas capaian', 120);
    expect(b.nilai('IK03', C12)).toBe(120);
    expect(b.nilai('IK03', K12)).toBe('Sangat Baik');
    b.setel('Preset kriteria', 'Permendagri 86/2017');
    expect(b.nilai('IK03', K12)).toBe('Sangat Tinggi');
    b.gantiPk(KECIL.map((r) => (r.kode === 'IK05' ? { ...r, polaritas: 'negatif' } : r)));
    b.perbarui();
    b.ketik('IK05', R12, 60); // target 71, lower is better
    expect(b.nilai('IK05', C12)).toBeCloseTo(((2 * 71 - 60) / 71) * 100, 10);
    b.setel('Rumus polaritas negatif', 'rasio');
    expect(b.nilai('IK05', C12)).toBeCloseTo((71 / 60) * 100, 10);
  });

  test('baris disisipkan di atas Pengaturan: setelan dicari menurut labelnya, rumus tetap membacanya', () => {
    const b = rapkDari(KECIL);
    const bk = b.bk!;
    bk.hf.addRows(bk.idLembar(SHEET.PENGATURAN)!, [0, 1]);
    b.ketikDi(SHEET.PENGATURAN, 'A1', 'Catatan saya');
    b.perbarui();
    b.setel('Batas atas capaian', 120);
    b.ketik('IK03', R12, 150);
    expect(b.nilai('IK03', C12)).toBe(120);
    expect(b.nilai('IK03', 'Capaian', SHEET.PENGUKURAN)).toBe(120);
  });

  test('lembar "Pengaturan" milik pengguna dengan susunan lain: isinya tetap, setelan ditambahkan di bawahnya', () => {
    const b = new Buku(KECIL);
    b.gantiLembar(SHEET.PENGATURAN, [['Pengaturan printer'], ['Kertas', 'A4']]);
    const plan = b.perbarui();
    expect(plan.catatan.join(' ')).toMatch(/Lembar Pengaturan dilengkapi \(di bawah isian Anda, tidak ada yang dipindah\)/);
    expect([b.di(SHEET.PENGATURAN, 'A1').nilai, b.di(SHEET.PENGATURAN, 'A2').nilai, b.di(SHEET.PENGATURAN, 'B2').nilai]).toEqual(['Pengaturan printer', 'Kertas', 'A4']);
    b.setel('Batas atas capaian', 120);
    b.ketik('IK03', R12, 150);
    expect(b.nilai('IK03', C12)).toBe(120);
  });
});
