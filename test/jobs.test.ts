/**
 * The guard every single-runtime host (Excel task pane, browser page) puts
 * around a job: a second click while the first runs is refused in
 * Indonesian, and a host exception becomes a result the sidebar can show.
 */
import { HasilOperasi, PESAN_SIBUK, satuJobSekaligus } from '../core/jobs';

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
