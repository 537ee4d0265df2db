/**
 * The monthly cycle in Google Sheets, through the BUILT bundle (dist/gas/Code.js
 * in a vm, `npm run build` first) over the recording SpreadsheetApp fake: the
 * whole example cycle (test/helpers/siklus-alur.ts) with the units typing in
 * the shared spreadsheet, Bagikan isian giving each unit's inputs to its Email
 * PJ only, and two collaborators clicking Gabungkan isian at once.
 */
import { bridgeDari } from '../gas-sheets/bridge-sheets';
import vm from 'vm';
import { Recorder, makeFakeSpreadsheet } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { penghitung } from './helpers/hitung-fake';
import { SERVER_FUNCS } from '../core/hostapi';
import { BACA, periksaSiklus } from '../core/jobs';
import { parseA1 } from '../core/workbook';
import { BARIS_HEADER } from '../core/templates';
import { bacaSnapshot } from '../gas-sheets/workbook-sheets';
import type { HostBridge, HasilSiklus } from '../sidebar/bridge';
import { alurSiklus, HostUji, Nilai, ORANG, cariSel, riwayat } from './helpers/siklus-alur';
import { UNIT, pkSiklus, selLabel, tulisModel } from './helpers/siklus-data';

type FakeSheets = ReturnType<typeof makeFakeSpreadsheet>;

export function hostSheets(opsi: { setelahPanggilan?: (name: string) => void } = {}): { h: HostUji; fake: FakeSheets; rec: Recorder; gas: Record<string, unknown>; siapkan: () => Promise<void> } {
  const rec = new Recorder();
  // eslint-disable-next-line prefer-const
  let fake: FakeSheets;
  const ev = penghitung(() => fake.sheets as never, () => fake.versi);
  fake = makeFakeSpreadsheet(rec, {}, { evaluate: ev as never, editor: [...Object.values(ORANG), 'lab@bpom.go.id'], setelahPanggilan: (n) => opsi.setelahPanggilan?.(n) });
  const gas = loadGas(fake.globals);
  fake.useDate(vm.runInContext('Date', gas as vm.Context));
  // As google.script.run: arguments and answers travel as JSON.
  const panggil = <T>(fn: string, ...args: unknown[]): Promise<T> => Promise.resolve(JSON.parse(JSON.stringify((gas[fn] as (...a: unknown[]) => T)(...JSON.parse(JSON.stringify(args))))) as T);
  // The sidebar's own mapping of bridge methods to server functions (gas-sheets/bridge-sheets.ts).
  const bridge: HostBridge = bridgeDari(panggil);
  const tulis = (sheet: string, row: number, col: number, v: Nilai): void => tulisModel(fake.sheet(sheet)!, row, col, v);
  const shown = (sheet: string): Nilai[][] => {
    const s = fake.sheet(sheet);
    if (!s) return [];
    return s.values.map((row, r) => row.map((v, c) => (s.formulas[r]?.[c] ? (ev(sheet, s.formulas[r][c], r, c) as Nilai) : v === '' ? null : (v as Nilai))));
  };
  const ketik = (siapa: string, sheet: string, sel: string, v: Nilai): void => {
    if (!fake.bolehEdit(siapa, sheet, sel)) throw new Error(`${siapa} tidak boleh mengubah ${sheet}!${sel}`);
    const { row, col } = parseA1(sel);
    tulis(sheet, row, col, v);
  };
  const h: HostUji = {
    nama: 'Google Sheets',
    bridge,
    grid: shown,
    namaLembar: () => fake.sheets.map((s) => s.name),
    ketik,
    // The owner may always edit a protected range: "pasted over it".
    paksa: (sheet, sel, v) => ketik('pemilik@bpom.go.id', sheet, sel, v),
    kembalikan: async (siapa, lembar, isi) => {
      for (const x of isi) ketik(siapa, lembar, x.sel, x.v);
    },
    terkunci: (siapa, sheet, sel) => !fake.bolehEdit(siapa, sheet, sel),
    periksa: async () => {
      const g = global as unknown as Record<string, unknown>;
      const lama = { SpreadsheetApp: g.SpreadsheetApp, Utilities: g.Utilities };
      Object.assign(g, { SpreadsheetApp: fake.SpreadsheetApp, Utilities: fake.Utilities });
      try {
        return periksaSiklus(bacaSnapshot(fake.SpreadsheetApp.getActiveSpreadsheet() as never, BACA.periksa));
      } finally {
        Object.assign(g, lama);
      }
    },
    ambilPakaiBerkas: false,
  };
  const siapkan = async (): Promise<void> => {
    expect((await bridge.sisipkanTemplat({ contoh: false })).ok).toBe(true);
    pkSiklus().forEach((row, i) => row.forEach((v, c) => tulis('PK', BARIS_HEADER + i, c, v)));
    tulis('Pengaturan', ...selLabel(fake.grid('Pengaturan'), 'Periode'), 'semester');
    tulis('Pengaturan', ...selLabel(fake.grid('Pengaturan'), 'Tahun'), 2026);
    expect((await bridge.buatRapk()).ok).toBe(true);
  };
  return { h, fake, rec, gas, siapkan };
}

describe('siklus bulanan di Google Sheets (bundel yang dibangun)', () => {
  test('3 unit, 2 periode: terlambat, konflik, angka tervalidasi diubah, koreksi, buka kunci', async () => {
    const { h, fake, siapkan } = hostSheets();
    await siapkan();
    await alurSiklus(h);
    // Range protections of the validated period, found again by their description; the logs only warn.
    const rapk = fake.sheet('RAPK')!.protections;
    expect(rapk.map((p) => p.description).every((d) => d.startsWith('Kinerja: Periode B6'))).toBe(true);
    expect(rapk.map((p) => p.range)).toHaveLength(3); // target, the five-column block, NPS
    expect(rapk.every((p) => p.editors.join() === 'pemilik@bpom.go.id' && !p.domainEdit)).toBe(true);
    for (const s of ['Riwayat', 'Berita Acara Validasi']) expect(fake.sheet(s)!.protections.map((p) => [p.jenis, p.warningOnly])).toEqual([['SHEET', true]]);
  });

  test('Bagikan isian: kolom isian unit hanya untuk Email PJ-nya dan pemilik; unit tanpa email terbuka bagi editor', async () => {
    const { h, fake, siapkan } = hostSheets();
    await siapkan();
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    const r = await h.bridge.bagikanIsian!();
    expect(r.ok).toBe(true);
    expect(r.pesan).toContain('uji@bpom.go.id, lab@bpom.go.id');
    expect(r.catatan.join(' ')).toContain(`${UNIT.C} tidak punya Email PJ`);
    const sel = cariSel(h.grid(`Isian – ${UNIT.B}`), 'IK03', 'Realisasi', 'B6');
    expect(fake.bolehEdit('uji@bpom.go.id', `Isian – ${UNIT.B}`, sel)).toBe(true);
    expect(fake.bolehEdit('lab@bpom.go.id', `Isian – ${UNIT.B}`, sel)).toBe(true);
    expect(fake.bolehEdit(ORANG.A, `Isian – ${UNIT.B}`, sel)).toBe(false);
    expect(fake.bolehEdit(ORANG.perencana, `Isian – ${UNIT.B}`, sel)).toBe(false);
    const selC = cariSel(h.grid(`Isian – ${UNIT.C}`), 'IK05', 'Realisasi', 'B6');
    expect(fake.bolehEdit(ORANG.A, `Isian – ${UNIT.C}`, selC)).toBe(true);
    // Clicking again changes nothing: the same protections are kept, none made twice.
    const jumlah = fake.sheets.reduce((n, s) => n + s.protections.length, 0);
    expect((await h.bridge.bagikanIsian!()).ok).toBe(true);
    expect(fake.sheets.reduce((n, s) => n + s.protections.length, 0)).toBe(jumlah);
  });

  test('Email PJ yang bukan alamat email: ditolak, menamai sel PK, tidak ada yang diubah', async () => {
    const { h, fake, siapkan } = hostSheets();
    await siapkan();
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    const pk = fake.sheet('PK')!;
    const c = pk.values[BARIS_HEADER].indexOf('Email PJ');
    pk.values[BARIS_HEADER + 1][c] = 'umum bpom';
    const sebelum = fake.sheets.reduce((n, s) => n + s.protections.length, 0);
    const r = await h.bridge.bagikanIsian!();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/Email PJ bukan alamat email: "umum" di PK!N5; "bpom" di PK!N5/);
    expect(fake.sheets.reduce((n, s) => n + s.protections.length, 0)).toBe(sebelum);
  });

  test('dua klik Gabungkan isian bersamaan (dua kolaborator): kunci dokumen, satu penggabungan', async () => {
    let kedua: HasilSiklus | null = null;
    let picu = false;
    const host = hostSheets({
      setelahPanggilan: (n) => {
        // While the first click reads the workbook, a collaborator clicks too.
        if (picu && n === 'Spreadsheet.getSheetByName') {
          picu = false;
          kedua = JSON.parse(JSON.stringify((host.gas[SERVER_FUNCS.gabungkanIsian] as () => HasilSiklus)()));
        }
      },
    });
    const { h, fake, siapkan } = host;
    await siapkan();
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    const sel = (kode: string): string => cariSel(h.grid(`Isian – ${UNIT.A}`), kode, 'Realisasi', 'B6');
    h.ketik(ORANG.A, `Isian – ${UNIT.A}`, sel('IK01'), 81);
    h.ketik(ORANG.A, `Isian – ${UNIT.A}`, sel('IK02'), 95);
    const kunciAwal = fake.lockLog.length;
    picu = true;
    const pertama = await h.bridge.gabungkanIsian!();
    expect(pertama.ok).toBe(true);
    expect(pertama.digabung).toBe(2);
    expect(kedua).not.toBeNull();
    expect(kedua!.ok).toBe(false);
    expect(kedua!.pesan).toMatch(/Pengguna lain sedang menjalankan Kinerja/);
    // First click takes the lock, the second finds it held, the first releases it.
    expect(fake.lockLog.slice(kunciAwal)).toEqual(['tryLock', 'tryLock', 'releaseLock']);
    // The collaborator clicks again once the first is done: nothing new, nothing written twice.
    const lagi = await h.bridge.gabungkanIsian!();
    expect(lagi.digabung).toBe(0);
    expect(riwayat(h).filter((r) => r.Jenis === 'Gabung')).toHaveLength(2);
  });
});

describe('proteksi milik orang lain di Google Sheets', () => {
  test('lembar isian yang sudah diproteksi pemiliknya sendiri: proteksinya tetap miliknya, Kinerja tidak mengambil alih', async () => {
    const { h, fake, siapkan } = hostSheets();
    await siapkan();
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    const s = fake.sheet(`Isian – ${UNIT.A}`)!;
    const p = s.protections.find((x) => x.jenis === 'SHEET')!;
    p.description = 'Dikunci Kepala Bagian';
    p.unprotected = [];
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    expect(s.protections.filter((x) => x.jenis === 'SHEET').map((x) => [x.description, x.unprotected])).toEqual([['Dikunci Kepala Bagian', []]]);
  });
});
