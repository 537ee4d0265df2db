/**
 * The monthly cycle in Excel (the Office.js adapter over office-addin-mock,
 * formulas evaluated as Excel would by HyperFormula): the whole example cycle
 * (test/helpers/siklus-alur.ts), isian sheets that travel by file and come back
 * through "Ambil isian dari berkas" (insertWorksheetsFromBase64), and the
 * protection calls Excel received.
 */
import zlib from 'zlib';
import { makeFakeExcel, selTerkunci } from './helpers/fake-excel';
import { penghitung } from './helpers/hitung-fake';
import { buatBridgeExcel, PESAN_API_1_13 } from '../addin-excel/bridge-excel';
import { bacaSnapshot } from '../addin-excel/workbook-excel';
import { BACA, periksaSiklus } from '../core/jobs';
import { parseA1 } from '../core/workbook';
import { BARIS_HEADER } from '../core/templates';
import { alurSiklus, HostUji, Nilai, cariSel, nilaiDi } from './helpers/siklus-alur';
import { berkasKembali, pkSiklus, selLabel, tulisModel } from './helpers/siklus-data';

const SEKARANG = '2026-07-03T03:00:00.000Z';

type FakeExcel = ReturnType<typeof makeFakeExcel>;

export async function hostExcel(opsi: { didukung?: (v: string) => boolean } = {}): Promise<{ h: HostUji; fx: FakeExcel }> {
  // eslint-disable-next-line prefer-const
  let fx: FakeExcel;
  const ev = penghitung(() => fx.model as never, () => fx.versi);
  fx = makeFakeExcel({}, { evaluate: ev as never });
  const bridge = buatBridgeExcel(fx.Excel.run as never, { didukung: opsi.didukung ?? (() => true), sekarang: () => SEKARANG, inflate: async (d) => new Uint8Array(zlib.inflateRawSync(d)) });
  expect((await bridge.sisipkanTemplat({ contoh: false })).ok).toBe(true);
  const tulis = (sheet: string, row: number, col: number, v: Nilai): void => tulisModel(fx.sheet(sheet)!, row, col, v);
  pkSiklus().forEach((row, i) => row.forEach((v, c) => tulis('PK', BARIS_HEADER + i, c, v)));
  tulis('Pengaturan', ...selLabel(fx.grid('Pengaturan'), 'Periode'), 'semester');
  tulis('Pengaturan', ...selLabel(fx.grid('Pengaturan'), 'Tahun'), 2026);
  expect((await bridge.buatRapk()).ok).toBe(true);
  const shown = (sheet: string): Nilai[][] => {
    const s = fx.sheet(sheet);
    if (!s) return [];
    return s.values.map((row, r) => row.map((v, c) => (s.formulas[r]?.[c] ? (ev(sheet, s.formulas[r][c], r, c) as Nilai) : v === '' ? null : (v as Nilai))));
  };
  const terkunci = (sheet: string, sel: string): boolean => {
    const s = fx.sheet(sheet)!;
    const { row, col } = parseA1(sel);
    return s.protected && selTerkunci(s, row, col);
  };
  const h: HostUji = {
    nama: 'Excel',
    bridge,
    grid: shown,
    namaLembar: () => fx.model.map((s) => s.name),
    ketik: (_siapa, sheet, sel, v) => {
      if (terkunci(sheet, sel)) throw new Error(`Sel ${sheet}!${sel} terlindungi.`);
      const { row, col } = parseA1(sel);
      tulis(sheet, row, col, v);
    },
    paksa: (sheet, sel, v) => {
      const { row, col } = parseA1(sel);
      tulis(sheet, row, col, v);
    },
    kembalikan: async (_siapa, lembar, isi) => {
      const g = shown(lembar).map((r) => [...r]);
      for (const x of isi) {
        const { row, col } = parseA1(x.sel);
        while (g.length <= row) g.push([]);
        g[row][col] = x.v;
      }
      const data = await berkasKembali(lembar, g);
      const r = await bridge.ambilIsianBerkas!({ nama: `${lembar}.xlsx`, data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer });
      expect(r.ok).toBe(true);
    },
    terkunci: (_siapa, sheet, sel) => terkunci(sheet, sel),
    periksa: async () => periksaSiklus(await bacaSnapshot(fx.context, BACA.periksa)),
    ambilPakaiBerkas: true,
  };
  return { h, fx };
}

describe('siklus bulanan di Excel', () => {
  test('3 unit, 2 periode: terlambat, konflik, angka tervalidasi diubah, koreksi, buka kunci', async () => {
    const { h, fx } = await hostExcel();
    await alurSiklus(h);
    // Only the isian sheets of the returned files came in (never their PK), four times.
    expect(fx.disisipkan).toEqual(['Isian – Tim Pengujian', 'Isian – Tim Inspeksi', 'Isian – Tim Pengujian', 'Isian – Tim Inspeksi']);
    // The protection Excel received for the validated periods: the RAPK protected, B6's columns locked, the rest of the sheet not.
    const rapk = fx.sheet('RAPK')!;
    expect(rapk.protected).toBe(true);
    expect(fx.proteksiLog).toContain('protect RAPK');
    expect(fx.proteksiLog.filter((x) => x.startsWith('locked RAPK!SEMUA=false')).length).toBeGreaterThan(0);
    const g = h.grid('RAPK');
    for (const kolom of ['Target B6', 'Pembilang (a) B6', 'Penyebut (b) B6', 'Realisasi B6', 'Capaian B6', 'Kriteria B6', 'NPS Sasaran B6']) {
      const { row, col } = parseA1(cariSel(g, 'IK04', kolom));
      expect([kolom, selTerkunci(rapk, row, col)]).toEqual([kolom, true]);
    }
    const b12 = parseA1(cariSel(g, 'IK04', 'Realisasi B12'));
    expect(selTerkunci(rapk, b12.row, b12.col)).toBe(false);
    // Riwayat and the Berita Acara are protected whole.
    for (const s of ['Riwayat', 'Berita Acara Validasi']) {
      expect(fx.sheet(s)!.protected).toBe(true);
      expect(selTerkunci(fx.sheet(s)!, 0, 0)).toBe(true);
    }
  });

  test('Perbarui dari PK setelah validasi: proteksi RAPK dilepas untuk rencana lalu dipasang lagi, periode tervalidasi tetap terkunci', async () => {
    const { h, fx } = await hostExcel();
    for (const k of ['IK01', 'IK02', 'IK03', 'IK04', 'IK05', 'IK06']) h.ketik('x', 'RAPK', cariSel(h.grid('RAPK'), k, 'Realisasi B6'), 80);
    expect((await h.bridge.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua' }] })).ok).toBe(true);
    expect(fx.sheet('RAPK')!.protected).toBe(true);
    // A seventh indicator joins the PK; Perbarui rewrites the protected RAPK.
    const pk = fx.sheet('PK')!;
    const baris = pk.values[BARIS_HEADER + 6].map((v) => v);
    baris[pk.values[BARIS_HEADER].indexOf('Kode')] = 'IK07';
    pk.values[BARIS_HEADER + 7] = baris;
    pk.formulas[BARIS_HEADER + 7] = baris.map(() => '');
    fx.proteksiLog.length = 0;
    const r = await h.bridge.buatRapk();
    expect(r.ok).toBe(true);
    expect(fx.proteksiLog[0]).toBe('unprotect RAPK');
    expect(fx.proteksiLog[fx.proteksiLog.length - 1]).toBe('protect RAPK');
    const g = h.grid('RAPK');
    for (const k of ['IK01', 'IK06', 'IK07']) expect(h.terkunci('x', 'RAPK', cariSel(g, k, 'Realisasi B6'))).toBe(true);
    expect(h.terkunci('x', 'RAPK', cariSel(g, 'IK07', 'Realisasi B12'))).toBe(false);
    expect(nilaiDi(g, cariSel(g, 'IK01', 'Realisasi B6'))).toBe(80);
    expect((await h.periksa()).temuan.filter((t) => t.kode === 'validasi-berubah')).toEqual([]);
  });

  test('Ambil isian dari berkas tanpa ExcelApi 1.13: pesan jelas, buku kerja tidak berubah', async () => {
    const { h, fx } = await hostExcel({ didukung: (v) => v !== '1.13' });
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    const sebelum = fx.model.map((s) => s.name);
    const data = await berkasKembali('Isian – Tim Pengujian', h.grid('Isian – Tim Pengujian'));
    const r = await h.bridge.ambilIsianBerkas!({ nama: 'kembali.xlsx', data: data.buffer as ArrayBuffer });
    expect(r).toEqual({ ok: false, pesan: PESAN_API_1_13, catatan: [] });
    expect(r.pesan).toMatch(/ExcelApi 1\.13/);
    expect(fx.model.map((s) => s.name)).toEqual(sebelum);
  });

  test('berkas yang bukan .xlsx: pesan bahasa Indonesia menamai berkasnya', async () => {
    const { h } = await hostExcel();
    const r = await h.bridge.ambilIsianBerkas!({ nama: 'catatan.txt', data: new TextEncoder().encode('bukan zip').buffer as ArrayBuffer });
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/^catatan\.txt: Berkas ini bukan buku kerja Excel/);
  });
});
