/**
 * Both hosts run the same scenarios against their fakes: Excel through the
 * Office.js port on office-addin-mock objects, Google Sheets through the BUILT
 * dist/gas/Code.js in a vm with a recording SpreadsheetApp fake. Host
 * round-trips are counted and must not grow with the number of indicators.
 */
import { makeFakeExcel } from './helpers/fake-excel';
import { FakeSpreadsheetOptions, makeFakeSpreadsheet, Recorder } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { pk2019, pkBesar, Row } from './helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { SHEET, rapkHeaders } from '../core/layout';
import { cariHeader } from '../core/pk';
import type { HasilOperasi, HasilPeriksa } from '../sidebar/bridge';

type Grid = Array<Array<string | number | boolean | null | Date>>;

/** A common face over both hosts for the scenarios. */
interface Host {
  nama: string;
  templat(contoh: boolean): Promise<HasilOperasi>;
  rapk(): Promise<HasilOperasi>;
  periksa(): Promise<HasilPeriksa>;
  pilih(sheet: string, sel: string): Promise<void>;
  grid(sheet: string): Grid;
  sheetNames(): string[];
  /** Type into a cell as the user would (value, not formula). */
  ketik(sheet: string, row: number, col: number, v: string | number): void;
  /** Host calls since the last reset: context.sync() in Excel, SpreadsheetApp calls in Sheets. */
  calls(): number;
  resetCalls(): void;
  selected(): { sheet: string; cell: string } | null;
}

function excelHost(initial: Record<string, Row[]> = {}, protectedSheets: string[] = []): Host {
  const fake = makeFakeExcel(initial as never);
  for (const p of protectedSheets) fake.sheet(p)!.protected = true;
  const bridge = buatBridgeExcel(fake.Excel.run as never);
  return {
    nama: 'Excel',
    templat: (contoh) => bridge.sisipkanTemplat({ contoh }),
    rapk: () => bridge.buatRapk(),
    periksa: () => bridge.periksa(),
    pilih: (s, c) => bridge.pilihSel(s, c),
    grid: (s) => fake.grid(s),
    sheetNames: () => fake.model.map((s) => s.name),
    ketik: (s, r, c, v) => {
      const sh = fake.sheet(s)!;
      while (sh.values.length <= r) sh.values.push([]);
      while (sh.formulas.length <= r) sh.formulas.push([]);
      sh.values[r][c] = v;
      sh.formulas[r][c] = '';
    },
    calls: () => fake.syncs,
    resetCalls: () => fake.resetSyncs(),
    selected: () => fake.selected,
  };
}

function sheetsHost(initial: Record<string, Row[]> = {}, opts: FakeSpreadsheetOptions = {}): Host & { rec: Recorder; fake: ReturnType<typeof makeFakeSpreadsheet>; gas: Record<string, unknown> } {
  const rec = new Recorder();
  const fake = makeFakeSpreadsheet(rec, initial as never, opts);
  const gas = loadGas(fake.globals);
  const call = <T>(fn: string, ...args: unknown[]): Promise<T> => Promise.resolve((gas[fn] as (...a: unknown[]) => T)(...args));
  return {
    nama: 'Sheets',
    rec,
    fake,
    gas,
    templat: (contoh) => call('kinerjaSisipkanTemplat', { contoh }),
    rapk: () => call('kinerjaBuatRapk'),
    periksa: () => call('kinerjaPeriksa'),
    pilih: (s, c) => call('kinerjaPilihSel', s, c),
    grid: (s) => fake.grid(s) as Grid,
    sheetNames: () => fake.sheets.map((s) => s.name),
    ketik: (s, r, c, v) => {
      const sh = fake.sheet(s)!;
      while (sh.values.length <= r) sh.values.push([]);
      while (sh.formulas.length <= r) sh.formulas.push([]);
      sh.values[r][c] = v;
      sh.formulas[r][c] = '';
    },
    calls: () => rec.calls.length,
    resetCalls: () => rec.reset(),
    selected: () => fake.active,
  };
}

const HOSTS: Array<[string, (initial?: Record<string, Row[]>) => Host]> = [
  ['Excel', (i) => excelHost(i)],
  ['Sheets', (i) => sheetsHost(i)],
];

function rapkTable(g: Grid): { header: number; rows: Grid; col: (h: string) => number } {
  const header = cariHeader(g as never, ['Kode', 'Indikator']);
  const hdr = g[header].map((x) => String(x ?? ''));
  const rows = g.slice(header + 1).filter((r) => r.some((v) => v !== '' && v !== null));
  return { header, rows, col: (h) => hdr.indexOf(h) };
}

describe.each(HOSTS)('%s: tiga pekerjaan panel pada tiruan host', (_nama, make) => {
  test('Sisipkan templat dengan contoh membuat lima lembar; mengulang tidak menimpa', async () => {
    const h = make();
    const r = await h.templat(true);
    expect(r.ok).toBe(true);
    for (const s of [SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN]) expect(h.sheetNames()).toContain(s);
    const pk = h.grid(SHEET.PK);
    expect(pk.flat()).toContain('IK17');
    const again = await h.templat(true);
    expect(again.ok).toBe(false);
    expect(again.pesan).toMatch(/sudah ada/i);
    expect(h.grid(SHEET.PK)).toEqual(pk);
  });

  test('Buat Tabel RAPK dari PK, lalu membuat ulang setelah PK berubah tanpa kehilangan isian', async () => {
    const h = make({ [SHEET.PK]: pk2019() });
    const r1 = await h.rapk();
    expect(r1.ok).toBe(true);
    expect(h.sheetNames().filter((s) => s === SHEET.RAPK)).toHaveLength(1);
    let t = rapkTable(h.grid(SHEET.RAPK));
    expect(t.rows).toHaveLength(17);
    expect(h.grid(SHEET.RAPK)[t.header]).toEqual(rapkHeaders());
    const kode = t.col('Kode');
    const iIK06 = t.rows.findIndex((r) => r[kode] === 'IK06');
    expect([t.col('Target B3'), t.col('Target B6'), t.col('Target B9'), t.col('Target B12')].map((c) => t.rows[iIK06][c])).toEqual([25, 50, 75, 100]);
    // The user types a and b for IK06 in B6, and a realisasi directly for IK13 in B12.
    const rowIK06 = t.header + 1 + iIK06;
    h.ketik(SHEET.RAPK, rowIK06, t.col('Pembilang (a) B6'), 45);
    h.ketik(SHEET.RAPK, rowIK06, t.col('Penyebut (b) B6'), 50);
    const rowIK13 = t.header + 1 + t.rows.findIndex((r) => r[kode] === 'IK13');
    h.ketik(SHEET.RAPK, rowIK13, t.col('Realisasi B12'), '78,9');
    // The PK changes: IK13 moves to the top, IK02 is removed, a new IK18 is added.
    const pk = pk2019();
    const moved = pk.splice(pk.findIndex((r) => r[3] === 'IK13'), 1)[0];
    pk.splice(1, 0, moved);
    pk.splice(pk.findIndex((r) => r[3] === 'IK02'), 1);
    pk.push([18, 'Learning and Growth Perspective', 'Sasaran baru', 'IK18', 'Indikator baru', 'Tidak', 1, '%', 'positif', 90, 'tetap', null]);
    const ext = make({ [SHEET.PK]: pk, [SHEET.RAPK]: h.grid(SHEET.RAPK) as Row[] });
    const r2 = await ext.rapk();
    expect(r2.ok).toBe(true);
    t = rapkTable(ext.grid(SHEET.RAPK));
    expect(t.rows.map((r) => r[kode])).toContain('IK18');
    expect(t.rows.map((r) => r[kode])).not.toContain('IK02');
    const n06 = t.rows.find((r) => r[kode] === 'IK06')!;
    expect([n06[t.col('Pembilang (a) B6')], n06[t.col('Penyebut (b) B6')]]).toEqual([45, 50]);
    expect(t.rows.find((r) => r[kode] === 'IK13')![t.col('Realisasi B12')]).toBe('78,9');
    expect(ext.sheetNames().filter((s) => s === SHEET.RAPK)).toHaveLength(1);
  });

  test('Periksa menemukan kesalahan yang ditanam, dan memilih selnya', async () => {
    const pk = pk2019();
    pk[5][9] = null; // target of IK05 removed (PK!J6)
    const h = make({ [SHEET.PK]: pk });
    const hasil = await h.periksa();
    const f = hasil.temuan.find((x) => x.sheet === SHEET.PK && x.sel === 'J6');
    expect(f).toBeDefined();
    expect(f!.tingkat).toBe('Kesalahan');
    expect(hasil.jumlah.Kesalahan).toBeGreaterThanOrEqual(1);
    await h.pilih(f!.sheet, f!.sel);
    expect(h.selected()).toEqual({ sheet: SHEET.PK, cell: 'J6' });
  });

  test('PK bersih: Periksa tidak melaporkan kesalahan', async () => {
    const h = make({ [SHEET.PK]: pk2019() });
    const hasil = await h.periksa();
    expect(hasil.jumlah.Kesalahan).toBe(0);
  });
});

describe('jumlah panggilan host tidak tumbuh dengan jumlah indikator', () => {
  const counts = async (make: () => Host, job: 'rapk' | 'periksa' | 'rapk-ulang'): Promise<number> => {
    const h = make();
    if (job === 'rapk-ulang') await h.rapk();
    h.resetCalls();
    const r = job === 'periksa' ? await h.periksa() : await h.rapk();
    expect('ok' in r ? r.ok : true).toBe(true);
    return h.calls();
  };

  test.each([
    ['rapk' as const],
    ['rapk-ulang' as const],
    ['periksa' as const],
  ])('Excel %s: context.sync() sama untuk 10 dan 1.000 indikator, paling banyak 3', async (job) => {
    const small = await counts(() => excelHost({ [SHEET.PK]: pkBesar(10) }), job);
    const big = await counts(() => excelHost({ [SHEET.PK]: pkBesar(1000) }), job);
    expect(big).toBe(small);
    expect(big).toBeLessThanOrEqual(3);
  });

  test.each([
    ['rapk-ulang' as const],
    ['periksa' as const],
  ])('Sheets %s: panggilan SpreadsheetApp sama untuk 10 dan 1.000 indikator, paling banyak 25', async (job) => {
    const small = await counts(() => sheetsHost({ [SHEET.PK]: pkBesar(10) }), job);
    const big = await counts(() => sheetsHost({ [SHEET.PK]: pkBesar(1000) }), job);
    expect(big).toBe(small);
    expect(big).toBeLessThanOrEqual(25);
  });

  test.each([
    ['rapk' as const],
    ['rapk-ulang' as const],
    ['periksa' as const],
  ])('dengan lembar templat (RAPK membaca Pengaturan): Sheets %s paling banyak 25, Excel paling banyak 3, 10 dan 1.000 indikator', async (job) => {
    const denganTemplat = async (make: () => Host): Promise<number> => {
      const h = make();
      expect((await h.templat(false)).ok).toBe(true);
      if (job === 'rapk-ulang') await h.rapk();
      h.resetCalls();
      const r = job === 'periksa' ? await h.periksa() : await h.rapk();
      expect('ok' in r ? r.ok : true).toBe(true);
      return h.calls();
    };
    for (const n of [10, 1000]) {
      expect(await denganTemplat(() => sheetsHost({ [SHEET.PK]: pkBesar(n) }))).toBeLessThanOrEqual(25);
      expect(await denganTemplat(() => excelHost({ [SHEET.PK]: pkBesar(n) }))).toBeLessThanOrEqual(3);
    }
    if (job !== 'rapk') {
      expect(await denganTemplat(() => sheetsHost({ [SHEET.PK]: pkBesar(1000) }))).toBe(await denganTemplat(() => sheetsHost({ [SHEET.PK]: pkBesar(10) })));
    }
  });

  test('Sheets rapk: paling banyak 25; di atas 996 indikator satu panggilan lagi (lembar baru hanya 1.000 baris), lalu tetap', async () => {
    // A new sheet has 1000 rows: a table longer than that needs one insertRowsAfter,
    // once, whatever its length after that (a step at the grid's edge, not growth).
    const small = await counts(() => sheetsHost({ [SHEET.PK]: pkBesar(10) }), 'rapk');
    const big = await counts(() => sheetsHost({ [SHEET.PK]: pkBesar(1000) }), 'rapk');
    const bigger = await counts(() => sheetsHost({ [SHEET.PK]: pkBesar(2500) }), 'rapk');
    expect(bigger).toBe(big);
    expect(big).toBe(small + 1);
    expect(big).toBeLessThanOrEqual(25);
  });
});

describe('galat host dalam bahasa Indonesia, buku kerja tetap seperti semula', () => {
  test('Excel: lembar RAPK terlindungi → pesan jelas, tidak ada yang ditulis', async () => {
    const h = excelHost({ [SHEET.PK]: pk2019(), [SHEET.RAPK]: [[null]] }, [SHEET.RAPK]);
    const before = h.grid(SHEET.RAPK);
    const r = await h.rapk();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/terlindungi/);
    expect(h.grid(SHEET.RAPK)).toEqual(before);
  });

  test('Sheets: lembar terlindungi melempar galat host → pesan Indonesia', async () => {
    const h = sheetsHost({ [SHEET.PK]: pk2019() }, { protectedSheets: [SHEET.PK] });
    const r = await h.templat(false);
    // PK exists already (skipped), the rest are new: writing never touches the protected PK.
    expect(r.ok).toBe(true);
    const h2 = sheetsHost({ [SHEET.PK]: pk2019(), [SHEET.RAPK]: [[null]] }, { protectedSheets: [SHEET.RAPK] });
    const r2 = await h2.rapk();
    expect(r2.ok).toBe(false);
    expect(r2.pesan).toMatch(/terlindungi|proteksi/i);

    // An RAPK made before the sheet was protected: regenerating needs no new rows, so the
    // refusal comes at the first write. Nothing was written: no "stopped half-way".
    const opts: { protectedSheets: string[] } = { protectedSheets: [] };
    const h3 = sheetsHost({ [SHEET.PK]: pk2019() }, opts);
    expect((await h3.rapk()).ok).toBe(true);
    opts.protectedSheets.push(SHEET.RAPK);
    const before3 = h3.grid(SHEET.RAPK);
    const r3 = await h3.rapk();
    expect(r3.ok).toBe(false);
    expect(r3.pesan).toMatch(/^Lembar terlindungi/);
    expect(r3.pesan).not.toMatch(/sebagian sudah tertulis/);
    expect(h3.grid(SHEET.RAPK)).toEqual(before3);
  });

  test('Sheets: dua kolaborator bersamaan → kunci dokumen, hanya satu lembar RAPK', async () => {
    const h = sheetsHost({ [SHEET.PK]: pk2019() });
    (h.fake.LockService as unknown as { _hold(): void })._hold();
    const r = await h.rapk();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/Pengguna lain/);
    expect(h.sheetNames()).not.toContain(SHEET.RAPK);
    expect(h.fake.lockLog).toContain('tryLock');
  });

  test('Excel: klik kedua saat pekerjaan berjalan tidak menulis dua kali', async () => {
    const fake = makeFakeExcel({ [SHEET.PK]: pk2019() } as never);
    const bridge = buatBridgeExcel(fake.Excel.run as never);
    const [a, b] = await Promise.all([bridge.buatRapk(), bridge.buatRapk()]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(fake.model.filter((s) => s.name === SHEET.RAPK)).toHaveLength(1);
  });
});

describe('bundel Sheets yang dibangun', () => {
  test('onOpen menambah menu, panel disajikan, fungsi server dipanggil dengan nama', async () => {
    const h = sheetsHost({ [SHEET.PK]: pk2019() });
    (h.gas.onOpen as () => void)();
    expect(h.fake.menus[0].name).toBe('Kinerja');
    (h.gas[h.fake.menus[0].items[0][1]] as () => void)();
    expect(h.fake.sidebars[0].file).toBe('Sidebar');
    for (const fn of ['kinerjaSisipkanTemplat', 'kinerjaBuatRapk', 'kinerjaPeriksa', 'kinerjaPilihSel']) expect(typeof h.gas[fn]).toBe('function');
  });
});
