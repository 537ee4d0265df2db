/**
 * npm run bench: for 10, 100 and 1,000 indicators, the host calls and the
 * core time of each sidebar job in both hosts (Excel: context.sync() count on
 * office-addin-mock objects; Sheets: SpreadsheetApp calls on the recording
 * fake, through the built Code.js). Times are medians of several runs: this
 * machine is shared, so read them as orders of magnitude.
 */
import { performance } from 'perf_hooks';
import { makeFakeExcel } from '../test/helpers/fake-excel';
import { makeFakeSpreadsheet, Recorder } from '../test/helpers/fake-sheets';
import { loadGas } from '../test/helpers/bundles';
import { pkBesar } from '../test/helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { periksaBukuKerja, rencanaJob } from '../core/jobs';
import { SHEET } from '../core/layout';
import { WorkbookSnapshot, getSheet } from '../core/workbook';

const SIZES = [10, 100, 1000];
const RUNS = 5;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function snapshot(n: number, withRapk: boolean): WorkbookSnapshot {
  const wb: WorkbookSnapshot = { host: 'excel', sheets: [{ name: SHEET.PK, values: pkBesar(n) }] };
  if (withRapk) {
    const r = rencanaJob('rapk', wb, { sekarang: '2026-01-01' });
    const set = r.plan!.ops.find((o) => o.op === 'setValues' && o.sheet === SHEET.RAPK) as unknown as { values: never[][] };
    wb.sheets.push({ name: SHEET.RAPK, values: set.values, formulas: set.values.map((row: unknown[]) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : ''))) });
  }
  return wb;
}

function coreTime(fn: () => void): number {
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  for (const n of SIZES) {
    const fresh = snapshot(n, false);
    const withRapk = snapshot(n, true);
    const tRapk = coreTime(() => rencanaJob('rapk', fresh, { sekarang: '2026-01-01' }));
    const tRapkUlang = coreTime(() => rencanaJob('rapk', withRapk, { sekarang: '2026-01-01' }));
    const tPeriksa = coreTime(() => periksaBukuKerja(withRapk));

    const tTemplat = coreTime(() => rencanaJob('templat', fresh, { contoh: false, sekarang: '2026-01-01' }));
    // Periksa over all sheets: the templates beside a PK of n indicators and its RAPK.
    const semua = snapshot(n, true);
    const tpl = rencanaJob('templat', semua, { contoh: false, sekarang: '2026-01-01' }).plan!;
    for (const op of tpl.ops) {
      if (op.op === 'setValues' && !getSheet(semua, op.sheet)) semua.sheets.push({ name: op.sheet, values: op.values as never });
    }
    const tPeriksaSemua = coreTime(() => periksaBukuKerja(semua));

    type Job = 'templat' | 'rapk' | 'rapk-ulang' | 'periksa' | 'periksa-semua';
    const excel = async (job: Job): Promise<number> => {
      const fake = makeFakeExcel({ [SHEET.PK]: pkBesar(n) } as never);
      const bridge = buatBridgeExcel(fake.Excel.run as never);
      if (job === 'periksa-semua') await bridge.sisipkanTemplat({ contoh: false });
      if (job !== 'rapk' && job !== 'templat') await bridge.buatRapk();
      fake.resetSyncs();
      if (job.startsWith('periksa')) await bridge.periksa();
      else if (job === 'templat') await bridge.sisipkanTemplat({ contoh: false });
      else await bridge.buatRapk();
      return fake.syncs;
    };
    const sheets = (job: Job): number => {
      const rec = new Recorder();
      const fake = makeFakeSpreadsheet(rec, { [SHEET.PK]: pkBesar(n) } as never);
      const gas = loadGas({ SpreadsheetApp: fake.SpreadsheetApp, LockService: fake.LockService, HtmlService: fake.HtmlService });
      if (job === 'periksa-semua') (gas.kinerjaSisipkanTemplat as (o: unknown) => void)({ contoh: false });
      if (job !== 'rapk' && job !== 'templat') (gas.kinerjaBuatRapk as () => void)();
      rec.reset();
      if (job === 'templat') (gas.kinerjaSisipkanTemplat as (o: unknown) => void)({ contoh: false });
      else (gas[job.startsWith('periksa') ? 'kinerjaPeriksa' : 'kinerjaBuatRapk'] as () => void)();
      return rec.calls.length;
    };
    const baris = async (nama: string, job: Job, t: number): Promise<void> => {
      rows.push([String(n), nama, String(await excel(job)), String(sheets(job)), t.toFixed(1)]);
    };
    await baris('Sisipkan templat (PK ada)', 'templat', tTemplat);
    await baris('Buat Tabel RAPK (baru)', 'rapk', tRapk);
    await baris('Buat Tabel RAPK (ulang)', 'rapk-ulang', tRapkUlang);
    await baris('Periksa (PK + RAPK)', 'periksa', tPeriksa);
    await baris('Periksa (semua lembar)', 'periksa-semua', tPeriksaSemua);
  }
  const head = ['indikator', 'pekerjaan', 'Excel context.sync()', 'Sheets panggilan SpreadsheetApp', 'waktu core (ms, median)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
