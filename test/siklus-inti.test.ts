/**
 * The cycle's core, piece by piece: the fingerprint against Node's own SHA-256,
 * sheet names within Excel's rules, the .xlsx sheet list against ExcelJS,
 * base64 against Node's, the browser's locked blocks against its locked cells
 * (all over generated inputs); then in the browser engine: how Gabungkan reads
 * realisasi (typed or a / b), a locked period never written, rows an isian keeps
 * when it is made again, the Periksa rule (a Berita Acara edited, a capaian that
 * changed with Pengaturan), and Perbarui after a validation.
 */
import crypto from 'crypto';
import zlib from 'zlib';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { sha256, kanonik } from '../core/siklus/sidik';
import { namaLembarIsian, RE_NAMA_ISIAN } from '../core/siklus/lembar';
import { keBase64, namaLembarXlsx } from '../core/siklus/xlsx-nama';
import { TOMBOL } from '../core/siklus/isian';
import { TOMBOL_SIKLUS } from '../sidebar/siklus';
import { MetaLembar, metaKosong, proteksiKotak, proteksiSel } from '../web/workbook-web';
import { a1Range, parseA1 } from '../core/workbook';
import { BACA, periksaSiklus, rencanaJob } from '../core/jobs';
import { BARIS_HEADER } from '../core/templates';
import { hostWeb } from './helpers/siklus-host-web';
import { cariSel, nilaiDi } from './helpers/siklus-alur';
import { UNIT } from './helpers/siklus-data';
import type { HostUji } from './helpers/siklus-alur';
import type { BukuKerjaWeb } from '../web/workbook-web';

describe('sidik jari dan nama', () => {
  test('SHA-256 sama dengan crypto Node untuk 2.000 teks acak (Unicode penuh, panjang sampai 300)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256(s) === crypto.createHash('sha256').update(s, 'utf8').digest('hex')),
      { numRuns: 2000 },
    );
    // Block boundaries: 55, 56, 63, 64 bytes and more.
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) expect(sha256('a'.repeat(n))).toBe(crypto.createHash('sha256').update('a'.repeat(n)).digest('hex'));
  });

  test('angka kanonik: angka yang ditulis lalu dibaca host tetap sama (12 digit bermakna)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => kanonik(x) === kanonik(Number(String(x)))));
    expect(kanonik(98.27000000000001)).toBe(kanonik(98.27));
    expect(kanonik(98.27)).not.toBe(kanonik(98.28));
    expect(kanonik('  Sangat   Baik ')).toBe('Sangat Baik');
  });

  test('nama lembar isian: "Isian – …", paling banyak 31 karakter, tanpa karakter terlarang, tidak kembar', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 12 }), (units) => {
        const dipakai = new Set<string>();
        for (const u of units) {
          const n = namaLembarIsian(u, dipakai);
          if (n.length > 31 || /[[\]:*?/\\]/.test(n) || !RE_NAMA_ISIAN.test(n) || dipakai.has(n.toLowerCase())) return false;
          dipakai.add(n.toLowerCase());
        }
        return true;
      }),
      { numRuns: 500 },
    );
    expect(namaLembarIsian('Bagian Tata Usaha dan Rumah Tangga', new Set())).toBe('Isian – Bagian Tata Usaha dan R');
  });

  test('daftar lembar berkas .xlsx dibaca dari zip-nya sama dengan yang ditulis ExcelJS; base64 sama dengan Node', async () => {
    const nama = fc.string({ minLength: 1, maxLength: 28 }).map((s) => s.replace(/[[\]:*?/\\']/g, 'x').trim() || 'L');
    const sampel = fc.sample(fc.uniqueArray(nama, { minLength: 1, maxLength: 6, selector: (s) => s.toLowerCase() }), 40);
    for (const daftar of sampel) {
      const wb = new ExcelJS.Workbook();
      for (const n of daftar) wb.addWorksheet(n).getCell(1, 1).value = n;
      const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      expect(await namaLembarXlsx(data, async (d) => new Uint8Array(zlib.inflateRawSync(d)))).toEqual(daftar);
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => keBase64(b) === Buffer.from(b).toString('base64')));
  });

  test('kata tombol panel: satu daftar dengan pesan core, kata SOP', () => {
    expect(TOMBOL_SIKLUS).toBe(TOMBOL);
    expect(Object.values(TOMBOL)).toEqual(['Buat lembar isian', 'Bagikan isian', 'Ambil isian dari berkas', 'Gabungkan isian', 'Status pengumpulan', 'Validasi periode', 'Koreksi', 'Buka kunci periode']);
  });
});

describe('sel terkunci di buku kerja peramban', () => {
  test('sebuah blok terkunci tepat bila salah satu selnya terkunci (proteksi acak, 1.000 kasus)', () => {
    const kotak = fc.record({ row: fc.nat(12), col: fc.nat(8), rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 4 }) });
    const proteksi = fc.record({ cakupan: fc.constantFrom<'sel' | 'lembar'>('sel', 'lembar'), rentang: fc.array(kotak.map((k) => a1Range(k.row, k.col, k.rows, k.cols)), { maxLength: 3 }), alasan: fc.constant('uji') });
    fc.assert(
      fc.property(fc.array(proteksi, { maxLength: 3 }), kotak, (p, k) => {
        const m: MetaLembar = { ...metaKosong(), proteksi: p };
        let ada = false;
        for (let r = k.row; r < k.row + k.rows; r++) for (let c = k.col; c < k.col + k.cols; c++) if (proteksiSel(m, r, c)) ada = true;
        const x = proteksiKotak(m, k);
        if (x) {
          const { row, col } = parseA1(x.sel);
          if (!proteksiSel(m, row, col)) return false;
        }
        return ada === (x !== null);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The example workbook in the browser engine, its isian sheets made. */
async function siap(): Promise<{ h: HostUji; bk: BukuKerjaWeb; sel: (sheet: string, kode: string, header: string, p?: string) => string }> {
  const { h, bk } = await hostWeb();
  const sel = (sheet: string, kode: string, header: string, p?: string): string => cariSel(h.grid(sheet), kode, header, p);
  expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
  return { h, bk, sel };
}
const A = `Isian – ${UNIT.A}`;

describe('Gabungkan isian: realisasi diketik atau dari a / b', () => {
  test('RAPK 45 / 50 (= 90) dan isian 90: sama; isian 85: konflik pada Realisasi, RAPK tidak diubah', async () => {
    const { h, sel } = await siap();
    h.ketik('x', 'RAPK', sel('RAPK', 'IK01', 'Pembilang (a) B6'), 45);
    h.ketik('x', 'RAPK', sel('RAPK', 'IK01', 'Penyebut (b) B6'), 50);
    h.ketik('x', A, sel(A, 'IK01', 'Realisasi', 'B6'), 90);
    let g = await h.bridge.gabungkanIsian!();
    expect([g.digabung, g.konflik]).toEqual([0, []]);
    h.ketik('x', A, sel(A, 'IK01', 'Realisasi', 'B6'), 85);
    g = await h.bridge.gabungkanIsian!();
    expect(g.konflik?.map((k) => [k.kolom, k.nilaiRapk, k.pilihan[0].nilai])).toEqual([['Realisasi B6', '90', '85']]);
    expect(nilaiDi(h.grid('RAPK'), sel('RAPK', 'IK01', 'Realisasi B6'))).toBeCloseTo(90, 9);
  });

  test('isian a dan b dengan realisasi yang sama dengan a / b: a dan b ditulis, rumus RAPK menghitung realisasinya', async () => {
    const { h, bk, sel } = await siap();
    h.ketik('x', A, sel(A, 'IK02', 'Pembilang (a)', 'B6'), 9);
    h.ketik('x', A, sel(A, 'IK02', 'Penyebut (b)', 'B6'), 10);
    h.ketik('x', A, sel(A, 'IK02', 'Realisasi', 'B6'), 90);
    const g = await h.bridge.gabungkanIsian!();
    expect(g.digabung).toBe(2);
    const { row, col } = parseA1(sel('RAPK', 'IK02', 'Realisasi B6'));
    expect(bk.rumus('RAPK', row, col)).toMatch(/^=/);
  });

  test('periode yang sudah divalidasi tidak ditulis: bedanya disebut, arahkan ke Koreksi', async () => {
    const { h, sel } = await siap();
    for (const k of ['IK01', 'IK02', 'IK03', 'IK04', 'IK05', 'IK06']) h.ketik('x', 'RAPK', sel('RAPK', k, 'Realisasi B6'), 80);
    expect((await h.bridge.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua' }] })).ok).toBe(true);
    h.ketik('x', A, sel(A, 'IK01', 'Realisasi', 'B6'), 81);
    const g = await h.bridge.gabungkanIsian!();
    expect(g.digabung).toBe(0);
    expect(g.catatan.join(' ')).toMatch(/Koreksi.*IK01 Realisasi B6: RAPK 80, Bagian Umum \(Isian – Bagian Umum!F6\) 81\./);
    expect(nilaiDi(h.grid('RAPK'), sel('RAPK', 'IK01', 'Realisasi B6'))).toBe(80);
  });
});

describe('Buat lembar isian lagi', () => {
  test('baris periode yang sudah ditutup tetapi belum tercatat di RAPK tetap di lembar (tidak ada ketikan hilang)', async () => {
    const { h, sel } = await siap();
    // B6 validated from figures the planner typed; the unit types its own B6 figure afterwards.
    for (const k of ['IK01', 'IK02', 'IK03', 'IK04', 'IK05', 'IK06']) h.ketik('x', 'RAPK', sel('RAPK', k, 'Realisasi B6'), 80);
    expect((await h.bridge.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua' }] })).ok).toBe(true);
    h.ketik('x', A, sel(A, 'IK01', 'Realisasi', 'B6'), 77);
    const r = await h.bridge.buatLembarIsian!();
    expect(r.catatan.join(' ')).toMatch(/1 baris isian periode lain yang belum digabungkan tetap/);
    expect(nilaiDi(h.grid(A), sel(A, 'IK01', 'Realisasi', 'B6'))).toBe(77);
    expect(nilaiDi(h.grid(A), sel(A, 'IK01', 'Realisasi', 'B12'))).toBeNull();
  });
});

describe('aturan Periksa untuk angka tervalidasi', () => {
  async function tervalidasi(): Promise<{ h: HostUji; bk: BukuKerjaWeb; sel: (sheet: string, kode: string, header: string, p?: string) => string }> {
    const x = await siap();
    for (const k of ['IK01', 'IK02', 'IK03', 'IK04', 'IK05', 'IK06']) x.h.ketik('x', 'RAPK', x.sel('RAPK', k, 'Realisasi B6'), 80);
    expect((await x.h.bridge.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua' }] })).ok).toBe(true);
    return x;
  }

  test('angka di tabel Berita Acara diubah: sidik jarinya tidak cocok lagi', async () => {
    const { h, sel } = await tervalidasi();
    h.paksa('Berita Acara Validasi', sel('Berita Acara Validasi', 'IK03', 'Realisasi'), 95);
    const t = (await h.periksa()).temuan.filter((x) => x.kode === 'berita-acara-diubah');
    expect(t).toHaveLength(1);
    expect(t[0].pesan).toMatch(/BA-2026-B6-1/);
  });

  test('Pengaturan berubah (batas atas 100): capaian tervalidasi berubah, dilaporkan sebagai capaian, satu temuan per indikator', async () => {
    const { h, bk, sel } = await tervalidasi();
    const peng = bk.bacaSnapshot(['Pengaturan']).sheets[0].values;
    const r = peng.findIndex((row) => row[0] === 'Batas atas capaian');
    bk.isiSel('Pengaturan', r, 1, 100);
    const t = (await h.periksa()).temuan.filter((x) => x.kode === 'validasi-berubah');
    // IK01 (80 against 80 → 100), IK02 80/100, IK03 80/90, IK05 80/85 stay under 100; IK04 80/6 and IK06 80/75 were above it.
    expect(t.map((x) => x.sel)).toEqual([sel('RAPK', 'IK04', 'Capaian B6'), sel('RAPK', 'IK06', 'Capaian B6')]);
    expect(t[0].pesan).toMatch(/^Capaian IK04 periode B6 sudah divalidasi 1\.333,3333 .* sekarang 100\./);
  });

  test('Perbarui dari PK setelah validasi (PK diurutkan ulang): periode tervalidasi tetap terkunci di kolomnya', async () => {
    const { h, bk, sel } = await tervalidasi();
    // Move IK06's PK row to the top: the RAPK's rows follow the PK.
    bk.pindahBaris('PK', BARIS_HEADER + 6, 1, BARIS_HEADER + 1);
    const r = rencanaJob('rapk', bk.bacaSnapshot(BACA.rapk), { sekarang: '2026-07-04T00:00:00Z' });
    expect(r.hasil.ok).toBe(true);
    bk.terapkanRencana(r.plan!);
    for (const k of ['IK01', 'IK06']) expect(h.terkunci('x', 'RAPK', sel('RAPK', k, 'Realisasi B6'))).toBe(true);
    expect(h.terkunci('x', 'RAPK', sel('RAPK', 'IK06', 'Realisasi B12'))).toBe(false);
    expect((await h.periksa()).temuan.filter((x) => x.kode === 'validasi-berubah')).toEqual([]);
    expect(periksaSiklus(bk.bacaSnapshot(BACA.periksa)).temuan.filter((x) => x.tingkat === 'Kesalahan' && x.sheet === 'RAPK')).toEqual([]);
  });
});
