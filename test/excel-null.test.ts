/**
 * Sheets that do not exist, as Office.js documents them and no kinder: of a
 * getItemOrNullObject result only `isNullObject` is promised (set at the next
 * sync). The Excel fake throws on anything else read from a null object and
 * fails a sync that loads through a missing sheet; the adapter must ask
 * `isNullObject` first, without a sync per sheet.
 */
import { makeFakeExcel } from './helpers/fake-excel';
import { pk2019, pkBesar } from './helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { bacaSnapshot } from '../addin-excel/workbook-excel';
import { BACA } from '../core/jobs';
import { SHEET } from '../core/layout';

const LIMA = [SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN];

describe('tiruan Excel: objek null seketat dokumentasi Office.js', () => {
  test('lembar yang tidak ada: isNullObject baru ada setelah sync; properti lain dan metodenya melempar galat', async () => {
    const fx = makeFakeExcel({ [SHEET.PK]: [['Kode'], ['IK01']] });
    const hilang = fx.context.workbook.worksheets.getItemOrNullObject('Tidak Ada');
    const ada = fx.context.workbook.worksheets.getItemOrNullObject(SHEET.PK);
    expect(() => hilang.isNullObject).toThrow(/sync/);
    await fx.context.sync();
    expect(hilang.isNullObject).toBe(true);
    expect(ada.isNullObject).toBe(false);
    expect(() => hilang.name).toThrow(/objek null/);
    expect(() => hilang.protection).toThrow(/objek null/);
    expect(() => hilang.getUsedRangeOrNullObject(true)).toThrow(/objek null/);
    ada.load('name');
    await fx.context.sync();
    expect(ada.name).toBe(SHEET.PK);
  });

  test('memuat nama lembar null lalu membacanya tetap melempar galat', async () => {
    const fx = makeFakeExcel();
    const ws = fx.context.workbook.worksheets.getItemOrNullObject(SHEET.PK);
    ws.load('name');
    await fx.context.sync();
    expect(() => ws.name).toThrow(/objek null/);
  });

  test('memuat protection atau rentang terpakai lembar yang tidak ada menggagalkan sync', async () => {
    for (const muat of [
      (ws: Excel.Worksheet) => ws.protection.load('protected'),
      (ws: Excel.Worksheet) => ws.getUsedRangeOrNullObject(true).load('values'),
    ]) {
      const fx = makeFakeExcel();
      muat(fx.context.workbook.worksheets.getItemOrNullObject(SHEET.RAPK));
      await expect(fx.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    }
  });

  test('rentang terpakai lembar kosong adalah objek null: values tidak boleh dibaca', async () => {
    const fx = makeFakeExcel({ Kosong: [] });
    const used = fx.context.workbook.worksheets.getItem('Kosong').getUsedRangeOrNullObject(true);
    used.load('values');
    await fx.context.sync();
    expect(used.isNullObject).toBe(true);
    expect(() => used.values).toThrow(/objek null/);
  });

  test('cara baca lama (semua dimuat dalam batch yang sama dengan getItemOrNullObject) gagal di buku kerja baru', async () => {
    const fx = makeFakeExcel();
    for (const { name } of BACA.templat) {
      const ws = fx.context.workbook.worksheets.getItemOrNullObject(name);
      ws.load('name');
      ws.protection.load('protected');
    }
    await expect(fx.context.sync()).rejects.toThrow(/tidak ada/);
  });
});

describe('adapter Excel: isNullObject dulu, lalu satu batch untuk lembar yang ada', () => {
  test('Sisipkan templat di buku kerja baru: lima lembar, dua sync (baca, tulis)', async () => {
    const fx = makeFakeExcel();
    const r = await buatBridgeExcel(fx.Excel.run as never).sisipkanTemplat({ contoh: true });
    expect(r.ok).toBe(true);
    expect(fx.model.map((s) => s.name)).toEqual(expect.arrayContaining(LIMA));
    expect(fx.syncs).toBe(2);
  });

  test('snapshot: lembar yang ada dengan nama aslinya, proteksi dan isinya; yang tidak ada dilewati', async () => {
    const fx = makeFakeExcel({ pk: [['Kode'], ['IK01']], [SHEET.RAPK]: [[null]] });
    fx.sheet(SHEET.RAPK)!.protected = true;
    const snap = await bacaSnapshot(fx.context, BACA.rapk);
    expect(snap.sheets.map((s) => [s.name, s.terlindung, s.values])).toEqual([
      ['pk', false, [['Kode'], ['IK01']]],
      [SHEET.RAPK, true, []],
    ]);
    expect(fx.syncs).toBe(2);
  });

  /** context.sync() calls of one job, after the workbook was prepared. */
  const syncs = async (siapkan: Record<string, unknown[][]>, sebelum: Array<'templat' | 'rapk'>, job: 'templat' | 'rapk' | 'periksa'): Promise<number> => {
    const fx = makeFakeExcel(siapkan as never);
    const b = buatBridgeExcel(fx.Excel.run as never);
    for (const s of sebelum) expect((s === 'templat' ? await b.sisipkanTemplat({ contoh: false }) : await b.buatRapk()).ok).toBe(true);
    fx.resetSyncs();
    const r = job === 'templat' ? await b.sisipkanTemplat({ contoh: false }) : job === 'rapk' ? await b.buatRapk() : await b.periksa();
    if ('ok' in r) expect(r.ok).toBe(true);
    return fx.syncs;
  };

  test.each([
    ['Sisipkan templat, buku kerja baru', 2, {}, [], 'templat'],
    ['Sisipkan templat, PK sudah ada', 3, { [SHEET.PK]: pk2019() }, [], 'templat'],
    ['Buat Tabel RAPK, lembar baru', 3, { [SHEET.PK]: pk2019() }, [], 'rapk'],
    ['Buat Tabel RAPK, lagi, dengan templat', 3, { [SHEET.PK]: pk2019() }, ['templat', 'rapk'], 'rapk'],
    ['Periksa, hanya PK', 2, { [SHEET.PK]: pk2019() }, [], 'periksa'],
    ['Periksa, semua lembar', 2, { [SHEET.PK]: pk2019() }, ['templat', 'rapk'], 'periksa'],
    ['Periksa, tak satu pun lembarnya ada', 1, { Lain: [['x']] }, [], 'periksa'],
  ] as const)('%s: %i sync', async (_judul, harap, siapkan, sebelum, job) => {
    expect(await syncs(siapkan as never, [...sebelum], job)).toBe(harap);
  });

  test('jumlah sync tidak tumbuh dengan jumlah lembar maupun indikator', async () => {
    const hasil = [];
    for (const n of [10, 1000]) {
      hasil.push(await syncs({ [SHEET.PK]: pkBesar(n) }, [], 'periksa'));
      hasil.push(await syncs({ [SHEET.PK]: pkBesar(n) }, ['templat', 'rapk'], 'periksa'));
    }
    expect(hasil).toEqual([2, 2, 2, 2]);
  });
});
