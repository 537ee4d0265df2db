/**
 * Host calls of the UKPBJ jobs, as for every other job (README's table): Sisipkan
 * templat UKPBJ and Impor paket take a fixed number of Excel syncs and
 * SpreadsheetApp calls whatever the number of paket. Counted on the fakes
 * (the Excel fake counts context.sync(); the Sheets fake records every
 * SpreadsheetApp call of the built Code.js).
 */
import { makeFakeExcel } from './helpers/fake-excel';
import { makeFakeSpreadsheet, Recorder } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { buatData } from './helpers/ukpbj-data';
import type { HasilOperasi } from '../sidebar/bridge';

type Langkah = { templat: () => Promise<HasilOperasi>; impor: (teks: string) => Promise<HasilOperasi>; hitung: () => number; nol: () => void };

function excel(): Langkah {
  const fake = makeFakeExcel({} as never);
  const b = buatBridgeExcel(fake.Excel.run as never) as unknown as { sisipkanUkpbj: (o: { contoh: boolean }) => Promise<HasilOperasi>; imporPaket: (t: string) => Promise<HasilOperasi> };
  return { templat: () => b.sisipkanUkpbj({ contoh: false }), impor: (t) => b.imporPaket(t), hitung: () => fake.syncs, nol: () => fake.resetSyncs() };
}

function sheets(): Langkah {
  const rec = new Recorder();
  const fake = makeFakeSpreadsheet(rec, {} as never);
  const gas = loadGas(fake.globals) as Record<string, (...a: unknown[]) => HasilOperasi>;
  return {
    templat: async () => gas.kinerjaSisipkanUkpbj({ contoh: false }),
    impor: async (t) => gas.kinerjaImporPaket(t),
    hitung: () => rec.calls.length,
    nol: () => rec.reset(),
  };
}

/** [Sisipkan templat UKPBJ, first Impor paket, the same Impor again] on n paket. */
async function ukur(buat: () => Langkah, n: number): Promise<number[]> {
  const h = buat();
  const teks = JSON.stringify(buatData(n, 7).rekaman);
  const out: number[] = [];
  h.nol();
  expect((await h.templat()).ok).toBe(true);
  out.push(h.hitung());
  for (let i = 0; i < 2; i++) {
    h.nol();
    const r = await h.impor(teks);
    expect([r.ok, r.pesan]).toEqual([true, r.pesan]);
    out.push(h.hitung());
  }
  return out;
}

// Sheets: the same count at 50 and 600 paket. The template's 314 calls write ten sheets (134 of them
// column widths, one per run of equal widths; 28 notes; 22 drop-downs); an import reads Paket and the
// settings, writes the changed block and rewrites the views; a second import has no rows to add.
test('Sheets SpreadsheetApp: Sisipkan templat UKPBJ, Impor paket, Impor lagi: sama untuk 50 dan 600 paket', async () => {
  const kecil = await ukur(sheets, 50);
  const besar = await ukur(sheets, 600);
  expect([kecil, besar]).toEqual([
    [314, 173, 168],
    [314, 173, 168],
  ]);
}, 300_000);

// Excel: 2 syncs for the template, 3 for an import, plus the 4 MB split every large plan gets (Excel on the
// web caps one request at about 5 MB): the plan for 600 paket goes in three parts instead of one.
test('Excel context.sync(): Sisipkan templat UKPBJ 2, Impor paket 3 (50 paket) dan 5 (600 paket, rencana dipecah per 4 MB)', async () => {
  expect([await ukur(excel, 50), await ukur(excel, 600)]).toEqual([
    [2, 3, 3],
    [2, 5, 5],
  ]);
}, 300_000);
