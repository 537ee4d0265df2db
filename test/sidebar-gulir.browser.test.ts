/**
 * The Periksa list in a short pane, in Chromium:
 *  - the header (Periksa ulang, counters, filter) stays in view when a long
 *    list is scrolled to its last finding, in a 320 × 700 task pane and in the
 *    browser demo (dist/web) at 1024 × 700;
 *  - a change in the workbook after a Periksa (bridge.onBukuBerubah) shows
 *    "Buku kerja berubah sejak diperiksa" and keeps the list;
 *  - the rule's title (judul) wraps instead of being cut in a 300 px pane.
 * The task-pane cases use a harness written here (a fake HostBridge with
 * onBukuBerubah that the test fires); the demo runs the real web bridge.
 * Screenshots: test-output/sidebar-gulir-*.png.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type http from 'http';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Temuan } from '../sidebar/bridge';
import { ATURAN } from '../core/checks';
import { BARIS_DATA } from '../core/templates';
import { INDIKATOR_2019 } from '../core/contoh2019';
import { PK_KOLOM } from '../core/pk';
import { bundelHarness } from './helpers/bundel-harness';

const CHROMIUM = '/usr/bin/chromium';
const ADA_CHROMIUM = fs.existsSync(CHROMIUM);
const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'test-output');
const describeBrowser = ADA_CHROMIUM ? describe : describe.skip;
const USANG = 'Buku kerja berubah sejak diperiksa — klik Periksa ulang.';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serve } = require('../scripts/serve') as { serve: (o: { root: string; port?: number; routes?: Record<string, string> }) => Promise<{ server: http.Server; url: string }> };

// ---------------------------------------------------------------------------
// 40 findings over three sheets, with the longest rule titles there are.

const judulTerpanjang = Object.entries(ATURAN as Record<string, { tingkat: Temuan['tingkat']; judul: string }>)
  .sort((a, b) => b[1].judul.length - a[1].judul.length)
  .slice(0, 8);
const SHEETS = ['PK', 'Pengukuran', 'Anggaran dan Efisiensi'];
const TEMUAN: Temuan[] = Array.from({ length: 40 }, (_, i) => {
  const [kode, a] = judulTerpanjang[i % judulTerpanjang.length];
  return {
    sheet: SHEETS[Math.floor(i / 14)],
    sel: `J${5 + (i % 14)}`,
    tingkat: a.tingkat,
    kode,
    judul: a.judul,
    pesan: `Temuan nomor ${i + 1}: indikator IK${String(i + 1).padStart(2, '0')} ("Persentase layanan pengaduan dan informasi yang dapat ditindaklanjuti") perlu diperiksa.`,
    saran: 'Perbaiki nilai di sel ini, lalu klik Periksa ulang.',
  };
});
const HASIL = {
  temuan: TEMUAN,
  jumlah: {
    Kesalahan: TEMUAN.filter((x) => x.tingkat === 'Kesalahan').length,
    Peringatan: TEMUAN.filter((x) => x.tingkat === 'Peringatan').length,
    Info: TEMUAN.filter((x) => x.tingkat === 'Info').length,
  },
  ringkasan: '',
};

// The harness: plain JS importing the real sidebar; the test drives window.__k.
const HARNESS = (sidebar: string): string => `
import { mountSidebar } from ${JSON.stringify(sidebar)};
const q = new URLSearchParams(location.search);
const pendengar = new Set();
const k = (window.__k = { hasil: null, jeda: 0, dengar: 0, lepas: 0, ubahSaatPeriksa: false, gagalPeriksa: '' });
window.__ubah = () => pendengar.forEach((f) => f());
const tunggu = (v) => new Promise((res) => setTimeout(() => res(JSON.parse(JSON.stringify(v))), k.jeda));
const bridge = {
  namaHost: 'Excel',
  sisipkanTemplat: () => tunggu({ ok: true, pesan: 'Templat disisipkan.', catatan: [] }),
  buatRapk: () => { window.__ubah(); return tunggu({ ok: true, pesan: 'RAPK dan lembar kerja diperbarui.', catatan: [] }); },
  periksa: () => {
    if (k.ubahSaatPeriksa) setTimeout(() => window.__ubah(), 0);
    if (k.gagalPeriksa) { const m = k.gagalPeriksa; k.gagalPeriksa = ''; return new Promise((_, rej) => setTimeout(() => rej(new Error(m)), k.jeda)); }
    return tunggu(k.hasil);
  },
  pilihSel: () => tunggu(null),
};
if (!q.has('tanpa')) {
  bridge.onBukuBerubah = (cb) => {
    k.dengar++;
    pendengar.add(cb);
    return () => { k.lepas++; pendengar.delete(cb); };
  };
}
window.__lepasSidebar = mountSidebar(document.getElementById('kinerja-root'), bridge, { versi: '0.1.0' });
window.__siap = true;
`;

const HTML = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kinerja</title><link rel="icon" href="data:,"><style>html,body{margin:0;padding:0;background:#f7f7f7}</style></head>
<body><main id="kinerja-root">Memuat Kinerja…</main><script src="harness.js"></script></body></html>`;

async function bundel(dir: string): Promise<void> {
  const entry = path.join(dir, 'harness.js');
  fs.writeFileSync(entry, HARNESS(path.join(ROOT, 'sidebar', 'sidebar.ts')));
  fs.writeFileSync(path.join(dir, 'index.html'), HTML);
  await bundelHarness(entry, path.join(dir, 'out'));
  fs.copyFileSync(path.join(dir, 'index.html'), path.join(dir, 'out', 'index.html'));
}

/** The element's box lies within the viewport (or within the scrolling panel `dalam`). */
async function terlihat(page: Page, lok: Locator, dalam?: string): Promise<boolean> {
  const k = await lok.boundingBox();
  if (!k) return false;
  const batas = dalam
    ? await page.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }, dalam)
    : { x: 0, y: 0, ...page.viewportSize()! };
  return k.y >= batas.y - 0.5 && k.y + k.height <= batas.y + batas.height + 0.5 && k.x >= batas.x - 0.5 && k.x + k.width <= batas.x + batas.width + 0.5;
}

/** Nothing of `atas` covers `bawah` (the sticky header must not hide the focused finding). */
async function tidakTertutup(atas: Locator, bawah: Locator): Promise<boolean> {
  const a = await atas.boundingBox();
  const b = await bawah.boundingBox();
  return !!a && !!b && b.y >= a.y + a.height - 0.5;
}

let browser: Browser | undefined;
let tmp = '';
const servers: http.Server[] = [];

describeBrowser('daftar Periksa yang panjang di panel pendek', () => {
  jest.setTimeout(120_000);
  let base = '';

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-gulir-'));
    await bundel(tmp);
    const s = await serve({ root: path.join(tmp, 'out'), port: 0, routes: { '/': '.' } });
    servers.push(s.server);
    base = s.url;
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 120_000);

  afterAll(async () => {
    if (browser) await browser.close();
    for (const s of servers) await new Promise((r) => s.close(r));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function buka(lebar: number, tinggi: number, query = ''): Promise<{ page: Page; galat: string[] }> {
    const page = await browser!.newPage({ viewport: { width: lebar, height: tinggi } });
    const galat: string[] = [];
    page.on('pageerror', (e) => galat.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    await page.goto(base + query);
    await page.waitForFunction(() => (window as unknown as { __siap?: boolean }).__siap === true);
    await page.evaluate((h) => ((window as unknown as { __k: { hasil: unknown } }).__k.hasil = h), HASIL);
    return { page, galat };
  }
  const ubah = (page: Page) => page.evaluate(() => (window as unknown as { __ubah: () => void }).__ubah());
  const k = (page: Page) => page.evaluate(() => (window as unknown as { __k: Record<string, unknown> }).__k);

  test('320 × 700: setelah digulir ke temuan terakhir, Periksa ulang, jumlah dan saringan tetap terlihat', async () => {
    const { page, galat } = await buka(320, 700);
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const kartu = page.locator('[data-bagian="periksa"]');
    await kartu.locator('.kj-temuan').nth(39).waitFor();

    const terakhir = kartu.locator('.kj-temuan').last();
    await terakhir.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    expect(await terlihat(page, terakhir)).toBe(true);
    for (const k of ['Kesalahan', 'Peringatan', 'Info']) expect(await terlihat(page, kartu.locator(`.kj-lencana[data-tingkat="${k}"]`))).toBe(true);
    expect(await terlihat(page, page.getByRole('button', { name: 'Periksa ulang', exact: true }))).toBe(true);
    expect(await tidakTertutup(kartu.locator('.kj-lekat'), terakhir)).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'sidebar-gulir-320.png') });

    // The filter works from down there and stays in view with its "Tampilkan semua".
    await kartu.locator('.kj-lencana[data-tingkat="Peringatan"]').click();
    await expect(kartu.locator('.kj-lencana[data-tingkat="Peringatan"]').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await terlihat(page, page.getByRole('button', { name: 'Tampilkan semua' }))).toBe(true);
    await page.getByRole('button', { name: 'Tampilkan semua' }).click();
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(40);

    // Keyboard: Shift+Tab back up the list; the focused finding is never hidden under the header.
    await kartu.locator('.kj-temuan').last().focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      const fokus = kartu.locator('.kj-temuan:focus');
      expect(await fokus.count()).toBe(1);
      expect(await tidakTertutup(kartu.locator('.kj-lekat'), fokus)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(galat).toEqual([]);
    await page.close();
  });

  test('300 px: judul aturan tampil utuh (dibungkus, tidak dipotong), kode aturan hanya sebagai tooltip', async () => {
    const { page, galat } = await buka(300, 700);
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const kartu = page.locator('[data-bagian="periksa"]');
    await kartu.locator('.kj-temuan').nth(39).waitFor();
    const judul = kartu.locator('.kj-judul');
    await expect(judul.count()).resolves.toBe(40);
    const ukuran = await judul.evaluateAll((els) =>
      els.map((e) => {
        const b = e.closest('.kj-temuan')!.getBoundingClientRect();
        const r = e.getBoundingClientRect();
        return { teks: e.textContent, title: e.getAttribute('title'), luber: e.scrollWidth > e.clientWidth, dalam: r.left >= b.left && r.right <= b.right, ellipsis: getComputedStyle(e).textOverflow };
      }),
    );
    for (const u of ukuran) {
      expect(u.luber).toBe(false);
      expect(u.dalam).toBe(true);
      expect(u.ellipsis).not.toBe('ellipsis');
    }
    expect(new Set(ukuran.map((u) => u.teks))).toEqual(new Set(judulTerpanjang.map(([, a]) => a.judul)));
    expect(new Set(ukuran.map((u) => u.title))).toEqual(new Set(judulTerpanjang.map(([kode]) => kode)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await kartu.locator('.kj-temuan').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'sidebar-gulir-judul-300.png') });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('buku kerja berubah setelah Periksa: pemberitahuan tampil, daftar tetap; Periksa ulang menghapusnya', async () => {
    const { page, galat } = await buka(320, 700);
    const kartu = page.locator('[data-bagian="periksa"]');
    // Nothing is listened to before the first Periksa; a change then means nothing.
    expect((await k(page)).dengar).toBe(0);
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    await kartu.locator('.kj-temuan').nth(39).waitFor();
    expect((await k(page)).dengar).toBe(1);
    await expect(kartu.locator('.kj-usang').count()).resolves.toBe(0);

    // Scrolled down with a finding selected: the notice appears in the sticky header; list, scroll and selection stay.
    await kartu.locator('.kj-temuan').nth(30).click();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const y = await page.evaluate(() => window.scrollY);
    await ubah(page);
    const catatan = kartu.locator('.kj-usang');
    await catatan.waitFor();
    await expect(catatan.innerText()).resolves.toBe(USANG);
    await expect(catatan.locator('xpath=..').getAttribute('role')).resolves.toBe('status');
    expect(await terlihat(page, catatan)).toBe(true);
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(40);
    await expect(kartu.locator('.kj-temuan[aria-current="true"]').count()).resolves.toBe(1);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThan(80);
    await page.screenshot({ path: path.join(OUT, 'sidebar-gulir-usang.png') });
    // More changes: still one notice.
    await ubah(page);
    await ubah(page);
    await expect(catatan.count()).resolves.toBe(1);

    // Periksa ulang: fresh list, no notice; still one subscription.
    await page.getByRole('button', { name: 'Periksa ulang', exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('[data-bagian="periksa"] .kj-hasil[aria-busy="true"]') && !document.querySelector('.kj-usang'));
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(40);
    expect((await k(page)).dengar).toBe(1);

    // A job of the sidebar that writes (Perbarui dari PK) makes the list stale too.
    await page.getByRole('button', { name: 'Perbarui dari PK' }).click();
    await page.locator('[data-bagian="rapk"] .kj-ok').waitFor();
    await catatan.waitFor();

    // A change while Periksa runs may be missing from its result: the new list is marked stale.
    await page.evaluate(() => Object.assign((window as unknown as { __k: object }).__k, { jeda: 150, ubahSaatPeriksa: true }));
    await page.getByRole('button', { name: 'Periksa ulang', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-bagian="periksa"] .kj-hasil')!.getAttribute('aria-busy') === 'false');
    await expect(catatan.innerText()).resolves.toBe(USANG);
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(40);

    // A Periksa that fails drops the list, and with it the notice; a change then shows nothing.
    await page.evaluate(() => Object.assign((window as unknown as { __k: object }).__k, { jeda: 0, ubahSaatPeriksa: false, gagalPeriksa: 'Lembar "PK" tidak dapat dibaca.' }));
    await page.getByRole('button', { name: 'Periksa ulang', exact: true }).click();
    await kartu.locator('.kj-galat').waitFor();
    await expect(kartu.locator('.kj-usang').count()).resolves.toBe(0);
    await expect(kartu.locator('.kj-lencana').count()).resolves.toBe(0);
    await ubah(page);
    await page.waitForTimeout(50);
    await expect(kartu.locator('.kj-usang').count()).resolves.toBe(0);

    // Unmounting unsubscribes.
    await page.evaluate(() => (window as unknown as { __lepasSidebar: () => void }).__lepasSidebar());
    expect((await k(page)).lepas).toBe(1);
    expect(galat).toEqual([]);
    await page.close();
  });

  test('host tanpa onBukuBerubah (Google Sheets): Periksa tetap jalan, tanpa pemberitahuan', async () => {
    const { page, galat } = await buka(320, 700, '?tanpa=1');
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    await page.locator('.kj-temuan').nth(39).waitFor();
    await ubah(page); // nobody listens
    await page.getByRole('button', { name: 'Perbarui dari PK' }).click();
    await page.locator('[data-bagian="rapk"] .kj-ok').waitFor();
    await expect(page.locator('.kj-usang').count()).resolves.toBe(0);
    expect(galat).toEqual([]);
    await page.close();
  });

  test('demo peramban (dist/web) 1024 × 700: kepala daftar tetap terlihat, dan suntingan menandai daftar usang', async () => {
    const webDir = path.join(ROOT, 'dist', 'web');
    if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('dist/web tidak ada: jalankan `npm run build` dulu.');
    const s = await serve({ root: webDir, port: 0, routes: { '/': '.' } });
    servers.push(s.server);
    const page = await browser!.newPage({ viewport: { width: 1024, height: 700 } });
    const galat: string[] = [];
    page.on('pageerror', (e) => galat.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    await page.goto(s.url);
    await page.waitForFunction(() => document.body.dataset.siap === 'ya', undefined, { timeout: 60_000 });
    // Empty every PK target: one Kesalahan per indicator.
    const kolomTarget = PK_KOLOM.indexOf('Target');
    await page.evaluate(
      ([baris, n, c]) => {
        const bk = (window as unknown as { kinerjaWeb: { bukuKerja: { isiSel(s: string, r: number, c: number, v: unknown): void } } }).kinerjaWeb.bukuKerja;
        for (let i = 0; i < n; i++) bk.isiSel('PK', baris + i, c, null);
      },
      [BARIS_DATA, INDIKATOR_2019.length, kolomTarget] as const,
    );
    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const kartu = page.locator('[data-bagian="periksa"]');
    await kartu.locator('.kj-temuan').first().waitFor();
    const n = await kartu.locator('.kj-temuan').count();
    expect(n).toBeGreaterThanOrEqual(INDIKATOR_2019.length);
    await expect(kartu.locator('.kj-judul', { hasText: 'Target kosong atau 0' }).count()).resolves.toBeGreaterThanOrEqual(INDIKATOR_2019.length);

    // Scroll the panel to the last finding and click it.
    const terakhir = kartu.locator('.kj-temuan').last();
    await page.evaluate(() => {
      const p = document.querySelector('.kw-panel')!;
      p.scrollTop = p.scrollHeight;
    });
    expect(await page.evaluate(() => document.querySelector('.kw-panel')!.scrollTop)).toBeGreaterThan(1000);
    await terakhir.click();
    expect(await terlihat(page, terakhir, '.kw-panel')).toBe(true);
    for (const k of ['Kesalahan', 'Peringatan', 'Info']) expect(await terlihat(page, kartu.locator(`.kj-lencana[data-tingkat="${k}"]`), '.kw-panel')).toBe(true);
    expect(await terlihat(page, page.getByRole('button', { name: 'Periksa ulang', exact: true }), '.kw-panel')).toBe(true);
    await expect(kartu.locator('.kj-usang').count()).resolves.toBe(0); // selecting a cell is no change
    await page.screenshot({ path: path.join(OUT, 'sidebar-gulir-web-1024.png') });

    // Type a target into the grid, on the cell a finding selected (IK17's empty PK target): the list
    // is now stale, says so, and stays; Periksa ulang no longer lists that cell.
    const ik17 = kartu.locator('.kj-temuan', { has: page.locator('.kj-alamat', { hasText: new RegExp(`^PK!J${BARIS_DATA + INDIKATOR_2019.length}$`) }) }).first();
    await ik17.click();
    await page.locator('.kw-gulir').focus(); // the grid, on the cell the finding selected
    await page.keyboard.type('65');
    await page.keyboard.press('Enter');
    const catatan = kartu.locator('.kj-usang');
    await catatan.waitFor();
    await expect(catatan.innerText()).resolves.toBe(USANG);
    expect(await terlihat(page, catatan, '.kw-panel')).toBe(true);
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(n);
    await page.screenshot({ path: path.join(OUT, 'sidebar-gulir-web-usang.png') });

    const alamat = await ik17.locator('.kj-alamat').innerText();
    expect(alamat).toBe(`PK!J${BARIS_DATA + INDIKATOR_2019.length}`);
    await page.getByRole('button', { name: 'Periksa ulang', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-bagian="periksa"] .kj-hasil')!.getAttribute('aria-busy') === 'false' && !document.querySelector('.kj-usang'));
    await expect(kartu.locator('.kj-alamat').allInnerTexts()).resolves.not.toContain(alamat);
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBeGreaterThan(0);
    expect(galat).toEqual([]);
    await page.close();
  });
});
