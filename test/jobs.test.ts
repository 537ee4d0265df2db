/**
 * The guard every single-runtime host (Excel task pane, browser page) puts
 * around a job: a second click while the first runs is refused in
 * Indonesian, and a host exception becomes a result the sidebar can show.
 */
import { HasilOperasi, PESAN_SIBUK, satuJobSekaligus } from '../core/jobs';
import { pesanGalatHost } from '../core/hosterrors';

const OK: HasilOperasi = { ok: true, pesan: 'RAPK dibuat.', catatan: [] };

test('a second click while a job runs is refused; the first still finishes; then a new one runs', async () => {
  let selesai: (h: HasilOperasi) => void = () => undefined;
  const dijalankan: string[] = [];
  const job = satuJobSekaligus((name) => {
    dijalankan.push(name);
    return new Promise<HasilOperasi>((resolve) => (selesai = resolve));
  });
  const pertama = job('rapk', {});
  const kedua = await job('rapk', {});
  expect(kedua).toEqual({ ok: false, pesan: PESAN_SIBUK, catatan: [] });
  expect(dijalankan).toEqual(['rapk']);
  selesai(OK);
  await expect(pertama).resolves.toEqual(OK);
  const ketiga = job('templat', { contoh: true });
  selesai(OK);
  await expect(ketiga).resolves.toEqual(OK);
  expect(dijalankan).toEqual(['rapk', 'templat']);
});

test('a host exception (protected sheet) becomes an Indonesian result, and the guard is released', async () => {
  let lempar = true;
  const job = satuJobSekaligus(async () => {
    if (lempar) throw Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' });
    return OK;
  });
  const h = await job('rapk', {});
  expect(h.ok).toBe(false);
  expect(h.pesan).toMatch(/^Lembar terlindungi: buka proteksinya dulu/);
  lempar = false;
  await expect(job('rapk', {})).resolves.toEqual(OK);
});

describe('host exceptions in plain Indonesian (pesanGalatHost)', () => {
  test.each([
    ['Exceeded maximum execution time', /batas waktu \(6 menit\)/],
    ['Service Spreadsheets timed out while accessing document with id 1abc.', /Layanan Google Sheets sedang tidak menjawab/],
    ['The coordinates of the range are outside the dimensions of the sheet.', /Lembar terlalu kecil/],
    ['Lock timed out waiting', /Pengguna lain sedang menjalankan Kinerja/],
    ['This range would exceed the maximum of 10000000 cells', /batas jumlah baris atau sel/],
    ['You are trying to edit a protected cell or object.', /terlindungi/],
  ])('%s', (msg, pola) => {
    const p = pesanGalatHost(new Error(msg));
    expect(p).toMatch(pola);
    expect(p).not.toMatch(/^Terjadi kesalahan/);
  });
});

test('one guard per pane: a cycle job clicked while Perbarui dari PK runs is refused, and Perbarui still finishes whole', async () => {
  const { BukuKerjaWeb } = await import('../web/workbook-web');
  const { buatBridgeWeb } = await import('../web/bridge-web');
  const bk = new BukuKerjaWeb();
  const bridge = buatBridgeWeb(bk, { sekarang: () => '2026-11-30T08:00:00.000Z' });
  expect((await bridge.sisipkanTemplat({ contoh: true })).ok).toBe(true);
  const perbarui = bridge.buatRapk();
  // Clicked before Perbarui's write: one runtime, so it must wait its turn, not run beside it.
  const isian = await bridge.buatLembarIsian!();
  expect(isian).toEqual({ ok: false, pesan: PESAN_SIBUK, catatan: [] });
  const laporan = await bridge.buatLaporan();
  expect(laporan.pesan).toBe(PESAN_SIBUK);
  expect((await perbarui).ok).toBe(true);
  // Released: the next click runs.
  expect((await bridge.buatLaporan()).pesan).not.toBe(PESAN_SIBUK);
});
