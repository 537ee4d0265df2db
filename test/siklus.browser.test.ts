/**
 * The monthly cycle in the browser workbook through its UI (dist/web in
 * Debian's Chromium): the Kinerja panel's cycle card, the grid where a unit
 * types its isian, Buka .xlsx adding a unit's returned file, the conflict
 * decided with a radio button, the status panel, Validasi periode with the
 * validators typed in, a locked cell refused, Koreksi, the second period and
 * its Berita Acara. Screenshots: test-output/siklus-status.png (the status
 * panel) and test-output/siklus-berita-acara.png (the Berita Acara sheet).
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { BARIS_HEADER } from '../core/templates';
import { Halaman, OUT, alatGrid, bukaHalaman, describeBrowser } from './web-peramban';
import { berkasKembali, pkSiklus, UNIT } from './helpers/siklus-data';
import { bacaBA, sidikBA } from '../core/siklus/model';

let h: Halaman | undefined;
let page: Page;
const { tombol, bukaTab, ketik, pilih } = alatGrid(() => page);

/** Type into a cell that should refuse: the message under the formula bar, before any move clears it. */
async function ketikDitolak(r: number, c: number, isi: string): Promise<string> {
  await pilih(r, c);
  await page.keyboard.type(isi);
  return page.locator('.kw-bilah-galat').innerText();
}

const panel = () => page.locator('#kinerja-root');
const kartu = () => page.locator('[data-bagian="siklus"]');
/** Row and column of a cell of a table: by Kode (and Periode) and its header. */
const posisi = (sheet: string, kode: string, header: string, periode?: string): Promise<[number, number]> =>
  page.evaluate(
    ([s, k, hd, p]) => {
      const v = window.kinerjaWeb.bukuKerja.bacaSnapshot([s as string]).sheets[0].values;
      const hr = v.findIndex((r) => r.includes('Kode'));
      const c = v[hr].indexOf(hd as string);
      const cK = v[hr].indexOf('Kode');
      const cP = v[hr].indexOf('Periode');
      const r = v.findIndex((row, i) => i > hr && row[cK] === k && (!p || row[cP] === p));
      return [r, c] as [number, number];
    },
    [sheet, kode, header, periode ?? ''],
  );
const nilai = (sheet: string, r: number, c: number): Promise<unknown> => page.evaluate(([s, rr, cc]) => window.kinerjaWeb.bukuKerja.nilai(s as string, rr as number, cc as number), [sheet, r, c] as const);
const isianGrid = (sheet: string): Promise<Array<Array<unknown>>> => page.evaluate((s) => window.kinerjaWeb.bukuKerja.bacaSnapshot([s]).sheets[0].values, sheet);

/** A unit's returned file, chosen in Buka .xlsx (the page asks to add its isian sheets: yes). */
async function kembalikan(unit: string, isi: Array<[string, string, string, number]>): Promise<void> {
  const lembar = `Isian – ${unit}`;
  const g = (await isianGrid(lembar)).map((r) => [...r]) as Array<Array<string | number | null>>;
  for (const [kode, p, kolom, v] of isi) {
    const [r, c] = await posisi(lembar, kode, kolom, p);
    g[r][c] = v;
  }
  const data = await berkasKembali(lembar, g);
  await page.locator('#kw-berkas').setInputFiles({ name: `${lembar}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(data) });
  await page.waitForFunction((u) => (document.getElementById('kw-status')?.textContent ?? '').includes(`Isian – ${u}.xlsx`), unit);
}

async function klik(nama: string): Promise<string> {
  const b = kartu().getByRole('button', { name: nama, exact: true });
  await b.click();
  await page.waitForFunction(() => !document.querySelector('#kinerja-root[data-sibuk]'));
  return (await kartu().locator('.kj-kotak').first().innerText()).trim();
}

describeBrowser('siklus.browser.test.ts')('siklus bulanan di buku kerja peramban, lewat panel', () => {
  beforeAll(async () => {
    h = await bukaHalaman({ viewport: { width: 1600, height: 900 } });
    page = h.page;
    // Every question the page asks (add the isian sheets?) is answered yes.
    page.on('dialog', (d) => void d.accept());
  }, 180_000);
  afterAll(async () => {
    if (h) await h.tutup();
  });

  test('isian, gabung dengan konflik, status, validasi, sel terkunci, koreksi, Berita Acara', async () => {
    // A blank workbook, the templates, the PK of three units and the semester setting.
    await page.locator('#kw-kosong').click();
    await tombol('Sisipkan templat').click();
    await page.waitForFunction(() => window.kinerjaWeb.bukuKerja.namaLembar().includes('PK'));
    await page.evaluate(
      ([rows, hr]) => {
        const bk = window.kinerjaWeb.bukuKerja;
        bk.isiBlok('PK', hr as number, 0, rows as never);
        const v = bk.bacaSnapshot(['Pengaturan']).sheets[0].values;
        bk.isiSel('Pengaturan', v.findIndex((r) => r[0] === 'Periode'), 1, 'semester');
        bk.isiSel('Pengaturan', v.findIndex((r) => r[0] === 'Tahun'), 1, 2026);
      },
      [pkSiklus(), BARIS_HEADER] as const,
    );
    await tombol('Perbarui dari PK').click();
    await page.waitForFunction(() => window.kinerjaWeb.bukuKerja.namaLembar().includes('RAPK'));

    // The card's words are the SOP's steps.
    for (const w of ['Buat lembar isian', 'Gabungkan isian', 'Status pengumpulan']) await expect(kartu().getByRole('button', { name: w, exact: true }).isVisible()).resolves.toBe(true);
    expect(await kartu().getByRole('button', { name: 'Bagikan isian' }).count()).toBe(0);

    // The planner had typed IK03's figure; then the isian sheets are made.
    await bukaTab('RAPK');
    await ketik(...(await posisi('RAPK', 'IK03', 'Realisasi B6')), '88');
    expect(await klik('Buat lembar isian')).toContain('Isian – Tim Inspeksi');

    // Unit A types in its sheet; a given column refuses, saying why.
    const A = `Isian – ${UNIT.A}`;
    await bukaTab(A);
    await ketik(...(await posisi(A, 'IK01', 'Realisasi', 'B6')), '82');
    await ketik(...(await posisi(A, 'IK02', 'Realisasi', 'B6')), '90');
    const [rk, ck] = await posisi(A, 'IK01', 'Target', 'B6');
    expect(await ketikDitolak(rk, ck, '70')).toMatch(/terkunci\. Lembar isian: ketik hanya di kolom Realisasi/);
    expect(await page.locator('.kw-editor').count()).toBe(0);
    expect(await nilai(A, rk, ck)).toBe(80);

    // Unit B sends its sheet back; unit C is late.
    await kembalikan(UNIT.B, [['IK03', 'B6', 'Realisasi', 89], ['IK04', 'B6', 'Realisasi', 7]]);
    const g1 = await klik('Gabungkan isian');
    expect(g1).toContain('3 angka digabungkan');
    expect(g1).toContain('1 konflik');
    expect(await kartu().locator('.kj-konflik-satu').count()).toBe(1);
    expect(await kartu().innerText()).toContain(`Belum lengkap B6: ${UNIT.C}`);
    await kembalikan(UNIT.C, [['IK05', 'B6', 'Realisasi', 80], ['IK06', 'B6', 'Realisasi', 76]]);
    await klik('Gabungkan isian');
    // The conflict: the unit's 89 rather than the RAPK's 88.
    await kartu().locator('.kj-konflik-satu label', { hasText: 'Pakai isian' }).click();
    await kartu().getByRole('button', { name: 'Terapkan pilihan' }).click();
    await page.waitForFunction(() => (document.querySelector('[data-bagian="siklus"] .kj-kotak')?.textContent ?? '').includes('1 angka isian dipakai'));
    expect(await nilai('RAPK', ...(await posisi('RAPK', 'IK03', 'Realisasi B6')))).toBe(89);

    // The status panel.
    await klik('Status pengumpulan');
    const status = kartu();
    expect(await status.locator('.kj-tabel-status tbody tr').count()).toBe(3);
    expect(await status.locator('[data-periode="B6"]').innerText()).toContain('Siap divalidasi');
    expect(await status.locator('[data-periode="B12"]').innerText()).toContain('0 dari 2');
    await status.screenshot({ path: path.join(OUT, 'siklus-status.png') });

    // Validasi periode with two validators.
    await kartu().locator('summary').click();
    await kartu().getByLabel('Periode', { exact: true }).first().selectOption('B6');
    const baris = kartu().locator('.kj-validator-baris');
    await baris.nth(0).locator('[name=nama]').fill('Dra. Rina Kusuma, M.Si');
    await baris.nth(0).locator('[name=nip]').fill('197203151998032001');
    await baris.nth(0).locator('[name=jabatan]').fill('Ketua Tim Manajemen Kinerja');
    await kartu().getByRole('button', { name: 'Tambah validator' }).click();
    await baris.nth(1).locator('[name=nama]').fill('Budi Santoso, S.Farm');
    await baris.nth(1).locator('[name=nip]').fill('198506122010011004');
    await baris.nth(1).locator('[name=jabatan]').fill('Anggota Tim Manajemen Kinerja');
    await kartu().getByRole('button', { name: 'Validasi periode', exact: true }).click();
    await page.waitForFunction(() => (document.querySelector('.kj-lipat .kj-kotak')?.textContent ?? '').includes('divalidasi'));
    expect(await kartu().locator('.kj-lipat .kj-sidik').innerText()).toMatch(/BA-2026-B6-1 · Sidik jari [0-9a-f]{64}/);
    await kartu().locator('.kj-lipat').screenshot({ path: path.join(OUT, 'siklus-validasi.png') });

    // A validated cell refuses typing in the grid.
    await bukaTab('RAPK');
    const [r6, c6] = await posisi('RAPK', 'IK01', 'Realisasi B6');
    expect(await ketikDitolak(r6, c6, '85')).toMatch(/Periode B6 .* sudah divalidasi/);
    expect(await nilai('RAPK', r6, c6)).toBe(82);

    // Koreksi, recorded in B12.
    await kartu().getByLabel('Periode', { exact: true }).nth(1).selectOption('B6');
    await kartu().getByLabel('Indikator').selectOption('IK02');
    await kartu().getByLabel('Realisasi yang benar').fill('92');
    await kartu().getByLabel('Justifikasi (wajib)').fill('Dokumen RKT terlambat 2 hari (nota dinas 12/07).');
    await kartu().getByRole('button', { name: 'Koreksi', exact: true }).click();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.kj-lipat .kj-kotak')).some((k) => (k.textContent ?? '').includes('dicatat pada periode B12')));

    // B12: every unit reports, merged and validated; its Berita Acara lists the correction.
    expect(await klik('Buat lembar isian')).toContain('periode B12');
    await bukaTab(A);
    await ketik(...(await posisi(A, 'IK01', 'Realisasi', 'B12')), '85');
    await ketik(...(await posisi(A, 'IK02', 'Realisasi', 'B12')), '95');
    await kembalikan(UNIT.B, [['IK03', 'B12', 'Realisasi', 91], ['IK04', 'B12', 'Realisasi', 13]]);
    await kembalikan(UNIT.C, [['IK05', 'B12', 'Realisasi', 86], ['IK06', 'B12', 'Realisasi', 76]]);
    expect(await klik('Gabungkan isian')).toContain('6 angka digabungkan');
    await klik('Status pengumpulan');
    await kartu().getByLabel('Periode', { exact: true }).first().selectOption('B12');
    await kartu().getByRole('button', { name: 'Validasi periode', exact: true }).click();
    await page.waitForFunction(() => (document.querySelector('.kj-lipat .kj-kotak')?.textContent ?? '').includes('BA-2026-B12-1'));

    const ba = bacaBA({ name: 'Berita Acara Validasi', values: (await isianGrid('Berita Acara Validasi')) as never });
    expect(ba.map((e) => [e.nomor, e.validator.length, e.indikator.length, e.koreksi.length])).toEqual([
      ['BA-2026-B6-1', 2, 6, 0],
      ['BA-2026-B12-1', 2, 6, 1],
    ]);
    for (const e of ba) expect(sidikBA(e.periode, e.indikator)).toBe(e.sidik);
    await bukaTab('Berita Acara Validasi');
    await page.evaluate(() => window.kinerjaWeb.grid.pilih(0, 0));
    await page.locator('#kw-petak').screenshot({ path: path.join(OUT, 'siklus-berita-acara.png') });
    // The second block, with the correction of B6 recorded in B12.
    await page.locator('.kw-gulir').evaluate((e) => (e.scrollTop = 19 * 24));
    await page.waitForTimeout(200);
    await page.locator('#kw-petak').screenshot({ path: path.join(OUT, 'siklus-berita-acara-b12.png') });
    await panel().evaluate((e) => e.scrollTo(0, 0));
    expect(h!.galat).toEqual([]);
  }, 300_000);
});
