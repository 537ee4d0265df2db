/**
 * Both hosts run the same scenarios against their fakes: Excel through the
 * Office.js port on office-addin-mock objects, Google Sheets through the BUILT
 * dist/gas/Code.js in a vm with a recording SpreadsheetApp fake. The fakes keep
 * formulas without computing them: what a host would show is computed by
 * loading the written sheets into the browser workbook's engine (HyperFormula).
 * Host round-trips per click are counted exactly at 10, 1,000 and 2,000
 * indicators ("Perbarui dari PK" reads PK, RAPK, RAPK Arsip, Pengaturan,
 * Pengukuran, Anggaran and Renstra, and writes all of them).
 */
import { makeFakeExcel } from './helpers/fake-excel';
import { FakeSpreadsheetOptions, makeFakeSpreadsheet, Recorder } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { pk2019, pkBesar, Row } from './helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { SHEET, rapkBlok, rapkHeaders } from '../core/layout';
import { cariHeader } from '../core/pk';
import { BukuKerjaWeb } from '../web/workbook-web';
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
  /** The user retypes the PK (rows, header first). */
  gantiPk(rows: Row[]): void;
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
    gantiPk: (rows) => {
      const sh = fake.sheet(SHEET.PK)!;
      sh.values = rows.map((r) => r.map((v) => (v === null ? '' : v)));
      sh.formulas = rows.map((r) => r.map(() => ''));
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
    gantiPk: (rows) => {
      const sh = fake.sheet(SHEET.PK)!;
      sh.values = rows.map((r) => r.map((v) => (v === null ? '' : v)));
      sh.formulas = rows.map((r) => r.map(() => ''));
      sh.maxRows = Math.max(sh.maxRows, rows.length);
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

/** What the host would show: every sheet the fake holds, loaded into a spreadsheet engine and computed. */
function dihitung(h: Host): BukuKerjaWeb {
  const bk = new BukuKerjaWeb();
  bk.muat(h.sheetNames().map((name) => ({ name, isi: h.grid(name).map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v === '' ? null : v))) })));
  return bk;
}

/** A cell of a computed sheet, by Kode and header. */
function nilaiDi(bk: BukuKerjaWeb, sheet: string, kode: string, header: string): unknown {
  const s = bk.bacaSnapshot([sheet]).sheets[0];
  const hr = s.values.findIndex((r) => r.includes('Kode') && r.includes(header));
  const r = s.values.findIndex((x, i) => i > hr && x[s.values[hr].indexOf('Kode')] === kode);
  return s.values[r]?.[s.values[hr].indexOf(header)];
}

function rapkTable(g: Grid): { header: number; rows: Grid; col: (h: string) => number } {
  const header = cariHeader(g as never, ['Kode', 'Indikator']);
  const hdr = g[header].map((x) => String(x ?? ''));
  const rows = g.slice(header + 1).filter((r) => r.some((v) => v !== '' && v !== null));
  return { header, rows, col: (h) => hdr.indexOf(h) };
}

describe.each(HOSTS)('%s: tiga pekerjaan panel pada tiruan host', (_nama, make) => {
  test('Sisipkan templat dengan contoh membuat PK, Pengaturan, RAPK dan ketiga lembar kerja; hasilnya Tabel 4; mengulang tidak menimpa', async () => {
    const h = make();
    const r = await h.templat(true);
    expect(r.ok).toBe(true);
    expect([...h.sheetNames()].sort()).toEqual([SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA].sort());
    const bk = dihitung(h);
    const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0].values;
    const org = uk.find((x) => x.includes('Organisasi'))!;
    expect(Math.round((org[org.indexOf('Organisasi') + 1] as number) * 100) / 100).toBe(106.37);
    const pk = h.grid(SHEET.PK);
    expect(pk.flat()).toContain('IK17');
    const again = await h.templat(true);
    expect(again.ok).toBe(false);
    expect(again.pesan).toMatch(/sudah ada/i);
    expect(h.grid(SHEET.PK)).toEqual(pk);
  });

  test('Perbarui dari PK, lalu klik lagi setelah PK berubah tanpa kehilangan isian', async () => {
    const h = make({ [SHEET.PK]: pk2019() });
    const r1 = await h.rapk();
    expect(r1.ok).toBe(true);
    expect([...h.sheetNames()].sort()).toEqual([SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA].sort());
    let t = rapkTable(h.grid(SHEET.RAPK));
    expect(t.rows).toHaveLength(17);
    expect(h.grid(SHEET.RAPK)[t.header]).toEqual(rapkHeaders());
    const kode = t.col('Kode');
    const iIK06 = t.rows.findIndex((r) => r[kode] === 'IK06');
    expect(['Target B3', 'Target B6', 'Target B9', 'Target B12'].map((x) => nilaiDi(dihitung(h), SHEET.RAPK, 'IK06', x))).toEqual([25, 50, 75, 100]);
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
    h.gantiPk(pk);
    const r2 = await h.rapk();
    expect(r2.ok).toBe(true);
    expect(r2.pesan).toMatch(/1 indikator ditambah, 1 dipindah ke RAPK Arsip, 16 dipertahankan \(3 isian/);
    t = rapkTable(h.grid(SHEET.RAPK));
    expect(t.rows.map((r) => r[kode])).toContain('IK18');
    expect(t.rows.map((r) => r[kode])).not.toContain('IK02');
    const n06 = t.rows.find((r) => r[kode] === 'IK06')!;
    expect([n06[t.col('Pembilang (a) B6')], n06[t.col('Penyebut (b) B6')]]).toEqual([45, 50]);
    expect(t.rows.find((r) => r[kode] === 'IK13')![t.col(rapkBlok('B12')[2])]).toBe('78,9');
    expect(h.sheetNames().filter((s) => s === SHEET.RAPK)).toHaveLength(1);
    expect(h.sheetNames()).toContain(SHEET.RAPK_ARSIP);
    // What the host shows: each view reads its own Kode's figures after the reorder.
    const bk = dihitung(h);
    expect(nilaiDi(bk, SHEET.RAPK, 'IK06', rapkBlok('B6')[2])).toBe(90);
    expect(nilaiDi(bk, SHEET.PENGUKURAN, 'IK13', 'Realisasi')).toBe('78,9');
    expect(Math.round((nilaiDi(bk, SHEET.PENGUKURAN, 'IK13', 'Capaian') as number) * 100) / 100).toBe(111.13);
    expect(nilaiDi(bk, SHEET.PENGUKURAN, 'IK13', 'Kode')).toBe('IK13');
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

describe('panggilan host per klik: tetap, berapa pun jumlah indikatornya', () => {
  type Pekerjaan = 'rapk' | 'rapk-ulang' | 'periksa' | 'periksa-penuh';
  /** Host calls of one job on a PK of n indicators (after Sisipkan templat when asked, after a first click for rapk-ulang). */
  const hitung = async (make: () => Host, job: Pekerjaan, templat: boolean): Promise<number> => {
    const h = make();
    if (templat) expect((await h.templat(false)).ok).toBe(true);
    if (job === 'rapk-ulang' || job === 'periksa-penuh') expect((await h.rapk()).ok).toBe(true);
    h.resetCalls();
    const r = job.startsWith('periksa') ? await h.periksa() : await h.rapk();
    expect('ok' in r ? r.ok : true).toBe(true);
    return h.calls();
  };
  const N = [10, 1000, 2000];

  // Sheets: SpreadsheetApp calls. A first click inserts five sheets; a new sheet has 1,000 rows, so a
  // RAPK, Pengukuran and Renstra longer than that each need one insertRowsAfter, once (a step at the
  // grid's edge, then flat). A later click reads seven sheets and writes them in place: the same count.
  // Two of the calls look for the cycle's Riwayat and Berita Acara Validasi (a validated period's
  // columns stay locked through Perbarui), absent here. A new RAPK sets its column widths in one call
  // per run of equal widths: each period's wider Kriteria column makes two more runs (8 with four periods).
  test.each<[Pekerjaan, boolean, number[]]>([
    ['rapk', false, [132, 135, 135]],
    ['rapk-ulang', false, [96, 96, 96]],
    ['rapk', true, [115, 118, 118]],
    ['rapk-ulang', true, [96, 96, 96]],
  ])('Sheets %s (templat lebih dulu: %s): panggilan SpreadsheetApp pada 10, 1.000, 2.000 indikator = %j', async (job, templat, harap) => {
    const got: number[] = [];
    for (const n of N) got.push(await hitung(() => sheetsHost({ [SHEET.PK]: pkBesar(n) }), job, templat));
    expect(got).toEqual(harap);
  });

  // Excel: context.sync(). Reading is two syncs (which sheets exist, then all of them in one batch) and
  // applying the plan one more, whatever the number of sheets or rows, as long as one request stays under
  // Excel on the web's ~5 MB cap: the adapter splits a plan at 4 MB of text (BATAS_PAYLOAD), and the native
  // RAPK formulas are about 9 KB per indicator, so 1,000 indicators take 4 more syncs and 2,000 take 8 more.
  test.each<[Pekerjaan, boolean, number[]]>([
    ['rapk', false, [3, 7, 11]],
    ['rapk-ulang', false, [3, 7, 11]],
    ['rapk', true, [3, 7, 11]],
    ['rapk-ulang', true, [3, 7, 11]],
  ])('Excel %s (templat lebih dulu: %s): context.sync() pada 10, 1.000, 2.000 indikator = %j', async (job, templat, harap) => {
    const got: number[] = [];
    for (const n of N) got.push(await hitung(() => excelHost({ [SHEET.PK]: pkBesar(n) }), job, templat));
    expect(got).toEqual(harap);
  });

  // Periksa reads every sheet it checks in one go: Excel two syncs; Sheets one getSheetByName per sheet
  // (PK, Pengaturan, RAPK, RAPK Arsip, the views, Riwayat, Berita Acara, and UKPBJ's Paket, Indikator UKPBJ
  // and Tujuan & Area) and one read of each that exists.
  // 'periksa-penuh' is Periksa after Perbarui dari PK (every sheet there, as the README's table counts).
  test.each<[Pekerjaan, boolean, number, number]>([
    ['periksa', false, 2, 15],
    ['periksa', true, 2, 16],
    ['periksa-penuh', true, 2, 28],
  ])('%s (templat lebih dulu: %s): sama untuk 10, 1.000 dan 2.000 indikator; Excel %i, Sheets %i', async (job, templat, excel, sheets) => {
    for (const [make, harap] of [
      [(n: number) => () => excelHost({ [SHEET.PK]: pkBesar(n) }), excel],
      [(n: number) => () => sheetsHost({ [SHEET.PK]: pkBesar(n) }), sheets],
    ] as Array<[(n: number) => () => Host, number]>) {
      const got: number[] = [];
      for (const n of N) got.push(await hitung(make(n), job, templat));
      expect(got).toEqual([harap, harap, harap]);
    }
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

    // An RAPK made before the sheet was protected. Sheets' snapshot does not say which sheet is
    // protected, and a click writes Pengaturan (its formats) before the RAPK: the refusal comes
    // half-way. The message says so once, without also claiming nothing changed; the RAPK is as it
    // was, and a click once the sheet is open again finishes the job.
    const opts: { protectedSheets: string[] } = { protectedSheets: [] };
    const h3 = sheetsHost({ [SHEET.PK]: pk2019() }, opts);
    expect((await h3.rapk()).ok).toBe(true);
    opts.protectedSheets.push(SHEET.RAPK);
    const before3 = h3.grid(SHEET.RAPK);
    const r3 = await h3.rapk();
    expect(r3.ok).toBe(false);
    expect(r3.pesan).toBe(
      'Lembar terlindungi: buka proteksinya dulu, lalu coba lagi. Pekerjaan berhenti di tengah jalan: sebagian sudah tertulis. Klik lagi untuk menyelesaikannya; isian Anda tetap (baris yang dipindahkan ada di RAPK Arsip).',
    );
    expect(h3.grid(SHEET.RAPK)).toEqual(before3);
    opts.protectedSheets.pop();
    expect((await h3.rapk()).ok).toBe(true);
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
