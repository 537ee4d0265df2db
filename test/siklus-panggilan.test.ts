/**
 * Host calls of each job of the cycle, at 10 and at 1,000 indicators: the same
 * count (Excel context.sync() calls; Sheets SpreadsheetApp calls, each a server
 * round-trip, counted by the recording fake running the built bundle). The
 * figures are printed for the issue note.
 */
import zlib from 'zlib';
import vm from 'vm';
import { makeFakeExcel } from './helpers/fake-excel';
import { Recorder, makeFakeSpreadsheet } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { SERVER_FUNCS } from '../core/hostapi';
import { BARIS_HEADER } from '../core/templates';
import { parseA1 } from '../core/workbook';
import type { HasilOperasi, HasilSiklus } from '../sidebar/bridge';
import { Nilai, cariSel } from './helpers/siklus-alur';
import { UNIT, berkasKembali, pkSiklusBesar, selLabel, tulisModel } from './helpers/siklus-data';

const SEKARANG = '2026-07-03T03:00:00.000Z';
const JOB = ['Buat lembar isian', 'Bagikan isian', 'Ambil isian dari berkas', 'Gabungkan isian', 'pilih konflik', 'Status pengumpulan', 'Validasi periode', 'Koreksi', 'Buka kunci periode'] as const;
type Job = (typeof JOB)[number];

interface Langkah {
  hitung: () => number;
  /** The calls themselves (Sheets), to say what differs. */
  daftar?: () => string[];
  reset: () => void;
  jalan: Record<Job, (() => Promise<HasilSiklus>) | null>;
}

/** The same workbook at size n, ready: PK of n indicators, semester, RAPK; each unit's B6 figures typed in its isian sheet, IK0001 also in the RAPK (a conflict). */
async function siapkan(
  n: number,
  host: {
    bridge: { sisipkanTemplat(o: { contoh: boolean }): Promise<HasilOperasi>; buatRapk(): Promise<HasilOperasi>; buatLembarIsian?(): Promise<HasilSiklus> };
    tulis(sheet: string, row: number, col: number, v: Nilai): void;
    grid(sheet: string): Nilai[][];
  },
): Promise<void> {
  expect(await host.bridge.sisipkanTemplat({ contoh: false })).toMatchObject({ ok: true });
  pkSiklusBesar(n).forEach((row, i) => row.forEach((v, c) => host.tulis('PK', BARIS_HEADER + i, c, v)));
  host.tulis('Pengaturan', ...selLabel(host.grid('Pengaturan'), 'Periode'), 'semester');
  host.tulis('Pengaturan', ...selLabel(host.grid('Pengaturan'), 'Tahun'), 2026);
  expect(await host.bridge.buatRapk()).toMatchObject({ ok: true });
  const { row, col } = parseA1(cariSel(host.grid('RAPK'), 'IK0001', 'Realisasi B6'));
  host.tulis('RAPK', row, col, 70);
}

/** Type every B6 realisasi of a unit's isian sheet (rows of B6 only). */
function isiSemua(grid: Nilai[][], tulis: (row: number, col: number, v: Nilai) => void): void {
  const h = grid.findIndex((r) => r[0] === 'Kode');
  const cP = grid[h].indexOf('Periode');
  const cR = grid[h].indexOf('Realisasi');
  grid.forEach((r, i) => {
    if (i > h && r[cP] === 'B6') tulis(i, cR, 81);
  });
}

async function excel(n: number): Promise<Langkah> {
  // Formulas are not evaluated here (they show ""): counting calls needs the cells, not their results.
  const fx = makeFakeExcel({});
  const b = buatBridgeExcel(fx.Excel.run as never, { didukung: () => true, sekarang: () => SEKARANG, inflate: async (d) => new Uint8Array(zlib.inflateRawSync(d)) });
  const tulis = (sheet: string, row: number, col: number, v: Nilai): void => tulisModel(fx.sheet(sheet)!, row, col, v);
  const grid = (sheet: string): Nilai[][] => {
    const s = fx.sheet(sheet)!;
    return s.values.map((row) => row.map((v) => (v === '' ? null : (v as Nilai))));
  };
  await siapkan(n, { bridge: b, tulis, grid });
  let konflik: string[] = [];
  return {
    hitung: () => fx.syncs,
    reset: () => fx.resetSyncs(),
    jalan: {
      'Buat lembar isian': async () => {
        const r = await b.buatLembarIsian!();
        for (const u of [UNIT.A, UNIT.C]) isiSemua(grid(`Isian – ${u}`), (row, col, v) => tulis(`Isian – ${u}`, row, col, v));
        return r;
      },
      'Bagikan isian': null,
      'Ambil isian dari berkas': async () => {
        const nama = `Isian – ${UNIT.B}`;
        const g = grid(nama).map((r) => [...r]);
        isiSemua(g, (row, col, v) => (g[row][col] = v));
        const data = await berkasKembali(nama, g);
        fx.resetSyncs();
        return b.ambilIsianBerkas!({ nama: 'kembali.xlsx', data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer });
      },
      'Gabungkan isian': async () => {
        const r = await b.gabungkanIsian!();
        konflik = (r.konflik ?? []).map((k) => k.id);
        return r;
      },
      'pilih konflik': () => b.pilihKonflik!(konflik.map((id) => ({ id, pakai: 0 }))),
      'Status pengumpulan': () => b.statusPengumpulan!(),
      'Validasi periode': () => b.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua Tim' }] }),
      Koreksi: () => b.koreksi!({ kode: 'IK0002', periode: 'B6', nilai: 79, justifikasi: 'Salah ketik' }),
      'Buka kunci periode': () => b.bukaKunciPeriode!({ periode: 'B6', alasan: 'Pengujian hitungan panggilan' }),
    },
  };
}

function sheets(n: number): Promise<Langkah> {
  const rec = new Recorder();
  const fake = makeFakeSpreadsheet(rec, {});
  const gas = loadGas(fake.globals);
  fake.useDate(vm.runInContext('Date', gas as vm.Context));
  const call = <T>(fn: string, ...a: unknown[]): Promise<T> => Promise.resolve(JSON.parse(JSON.stringify((gas[fn] as (...x: unknown[]) => T)(...a))) as T);
  const tulis = (sheet: string, row: number, col: number, v: Nilai): void => tulisModel(fake.sheet(sheet)!, row, col, v);
  const grid = (sheet: string): Nilai[][] => fake.sheet(sheet)!.values.map((row) => row.map((v) => (v === '' ? null : (v as Nilai))));
  const bridge = { sisipkanTemplat: (o: { contoh: boolean }) => call<HasilOperasi>(SERVER_FUNCS.sisipkanTemplat, o), buatRapk: () => call<HasilOperasi>(SERVER_FUNCS.buatRapk) };
  let konflik: string[] = [];
  return siapkan(n, { bridge, tulis, grid }).then(() => ({
    hitung: () => rec.calls.length,
    daftar: () => [...rec.calls],
    reset: () => rec.reset(),
    jalan: {
      'Buat lembar isian': async () => {
        const r = await call<HasilSiklus>(SERVER_FUNCS.buatLembarIsian);
        for (const u of Object.values(UNIT)) isiSemua(grid(`Isian – ${u}`), (row, col, v) => tulis(`Isian – ${u}`, row, col, v));
        return r;
      },
      'Bagikan isian': () => call<HasilSiklus>(SERVER_FUNCS.bagikanIsian),
      'Ambil isian dari berkas': null,
      'Gabungkan isian': async () => {
        const r = await call<HasilSiklus>(SERVER_FUNCS.gabungkanIsian);
        konflik = (r.konflik ?? []).map((k) => k.id);
        return r;
      },
      'pilih konflik': () => call<HasilSiklus>(SERVER_FUNCS.pilihKonflik, konflik.map((id) => ({ id, pakai: 0 }))),
      'Status pengumpulan': () => call<HasilSiklus>(SERVER_FUNCS.statusPengumpulan),
      'Validasi periode': () => call<HasilSiklus>(SERVER_FUNCS.validasiPeriode, { periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua Tim' }] }),
      Koreksi: () => call<HasilSiklus>(SERVER_FUNCS.koreksi, { kode: 'IK0002', periode: 'B6', nilai: 79, justifikasi: 'Salah ketik' }),
      'Buka kunci periode': () => call<HasilSiklus>(SERVER_FUNCS.bukaKunciPeriode, { periode: 'B6', alasan: 'Pengujian hitungan panggilan' }),
    },
  }));
}

const panggilan: Record<string, string[]> = {};

async function ukur(buat: (n: number) => Promise<Langkah>, n: number): Promise<Record<string, number>> {
  const l = await buat(n);
  const out: Record<string, number> = {};
  for (const j of JOB) {
    const f = l.jalan[j];
    if (!f) continue;
    l.reset();
    const r = await f();
    expect([j, n, r.ok, r.pesan]).toEqual([j, n, true, r.pesan]);
    out[j] = l.hitung();
    if (l.daftar) panggilan[`${n}|${j}`] = l.daftar();
  }
  return out;
}

describe('panggilan host setiap pekerjaan siklus tidak bertambah dengan jumlah indikator', () => {
  test.each([
    ['Excel (context.sync)', excel],
    ['Google Sheets (panggilan SpreadsheetApp)', sheets],
  ])('%s: 10 dan 1.000 indikator', async (nama, buat) => {
    const kecil = await ukur(buat as (n: number) => Promise<Langkah>, 10);
    const besar = await ukur(buat as (n: number) => Promise<Langkah>, 1000);
    // eslint-disable-next-line no-console
    console.log(`${nama}\n${Object.keys(kecil).map((j) => `  ${j.padEnd(26)} ${String(kecil[j]).padStart(4)} ${String(besar[j]).padStart(6)}`).join('\n')}`);
    // Sheets: a new sheet has 1,000 rows; Riwayat (first Gabungkan: 1,000 rows) and the Berita Acara (1,000
    // indicators) pass them and are grown once, as Perbarui's RAPK is above 996 indicators. Nothing else differs.
    const tumbuh = nama.startsWith('Google') ? { 'Gabungkan isian': 1, 'Validasi periode': 1 } : {};
    for (const j of Object.keys(tumbuh)) {
      const lebih = [...panggilan[`1000|${j}`]];
      for (const c of panggilan[`10|${j}`]) lebih.splice(lebih.indexOf(c), 1);
      expect([j, lebih]).toEqual([j, ['Sheet.insertRowsAfter']]);
    }
    expect(besar).toEqual(Object.fromEntries(Object.entries(kecil).map(([j, x]) => [j, x + ((tumbuh as Record<string, number>)[j] ?? 0)])));
  }, 300_000);
});
