/**
 * npm run bench: for 10, 100, 1,000 and 2,000 indicators, the host calls and the
 * core time of each sidebar job in both hosts (Excel: context.sync() count on
 * office-addin-mock objects; Sheets: SpreadsheetApp calls on the recording
 * fake, through the built Code.js), and what "Perbarui dari PK" writes: formula
 * cells, their text volume, and how many hold a Kinerja-function fallback (text
 * a native formula can't read; none is evaluated while the figures are numbers
 * and labels). Times are medians of several runs: this machine is shared, so
 * read them as orders of magnitude. The browser workbook's figures (Chromium) are
 * printed by scripts/bench-web.ts.
 */
import { performance } from 'perf_hooks';
import { makeFakeExcel } from '../test/helpers/fake-excel';
import { makeFakeSpreadsheet, Recorder } from '../test/helpers/fake-sheets';
import { loadGas } from '../test/helpers/bundles';
import { pkBesar } from '../test/helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { periksaBukuKerja, rencanaJob } from '../core/jobs';
import { SHEET } from '../core/layout';
import { simulasikan } from '../core/simulasi';
import { WorkbookSnapshot } from '../core/workbook';

const SIZES = [10, 100, 1000, 2000];
const RUNS = 3;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A workbook with the templates and a PK of n indicators; after "Perbarui" too when `perbarui`. */
function snapshot(n: number, perbarui: boolean): WorkbookSnapshot {
  let wb: WorkbookSnapshot = { host: 'excel', sheets: [] };
  wb = simulasikan(wb, rencanaJob('templat', wb, { contoh: false, sekarang: '2026-01-01' }).plan!.ops);
  const pk = wb.sheets.find((s) => s.name === SHEET.PK)!;
  pk.values = [...pk.values.slice(0, 3), ...pkBesar(n)];
  pk.formulas = pk.values.map((r) => r.map(() => ''));
  if (perbarui) wb = simulasikan(wb, rencanaJob('rapk', wb, { sekarang: '2026-01-01' }).plan!.ops);
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

/** Formula cells a plan writes, their characters, and those with a Kinerja-function fallback. */
function rumusDitulis(wb: WorkbookSnapshot): { sel: number; huruf: number; cadangan: number } {
  const plan = rencanaJob('rapk', wb, { sekarang: '2026-01-01' }).plan!;
  let sel = 0;
  let huruf = 0;
  let cadangan = 0;
  for (const op of plan.ops) {
    if (op.op !== 'setValues') continue;
    for (const row of op.values) {
      for (const v of row) {
        if (typeof v !== 'string' || !v.startsWith('=')) continue;
        sel++;
        huruf += v.length;
        if (/KINERJA\./.test(v)) cadangan++;
      }
    }
  }
  return { sel, huruf, cadangan };
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const tulis: string[][] = [];
  for (const n of SIZES) {
    const pkSaja = snapshot(n, false);
    const sudah = snapshot(n, true);
    const tPerbarui = coreTime(() => rencanaJob('rapk', pkSaja, { sekarang: '2026-01-01' }));
    const tPerbaruiUlang = coreTime(() => rencanaJob('rapk', sudah, { sekarang: '2026-01-01' }));
    const tPeriksa = coreTime(() => periksaBukuKerja(sudah));
    const tTemplat = coreTime(() => rencanaJob('templat', { host: 'excel', sheets: [] }, { contoh: false, sekarang: '2026-01-01' }));
    const r = rumusDitulis(pkSaja);
    tulis.push([String(n), String(r.sel), `${(r.huruf / 1e6).toFixed(2)} juta`, String(r.cadangan)]);

    type Job = 'templat' | 'rapk' | 'rapk-ulang' | 'periksa';
    const excel = async (job: Job): Promise<number> => {
      const fake = makeFakeExcel({ [SHEET.PK]: pkBesar(n) } as never);
      const bridge = buatBridgeExcel(fake.Excel.run as never);
      await bridge.sisipkanTemplat({ contoh: false });
      if (job !== 'rapk' && job !== 'templat') await bridge.buatRapk();
      fake.resetSyncs();
      if (job === 'periksa') await bridge.periksa();
      else if (job === 'templat') await buatBridgeExcel(makeFakeExcel({} as never).Excel.run as never).sisipkanTemplat({ contoh: false });
      else await bridge.buatRapk();
      return job === 'templat' ? 2 : fake.syncs;
    };
    const sheets = (job: Job): number => {
      const rec = new Recorder();
      const fake = makeFakeSpreadsheet(rec, { [SHEET.PK]: pkBesar(n) } as never);
      const gas = loadGas(fake.globals);
      (gas.kinerjaSisipkanTemplat as (o: unknown) => void)({ contoh: false });
      if (job !== 'rapk' && job !== 'templat') (gas.kinerjaBuatRapk as () => void)();
      rec.reset();
      if (job === 'templat') {
        const rec2 = new Recorder();
        const f2 = makeFakeSpreadsheet(rec2, {} as never);
        const g2 = loadGas(f2.globals);
        (g2.kinerjaSisipkanTemplat as (o: unknown) => void)({ contoh: false });
        return rec2.calls.length;
      }
      (gas[job === 'periksa' ? 'kinerjaPeriksa' : 'kinerjaBuatRapk'] as () => void)();
      return rec.calls.length;
    };
    const baris = async (nama: string, job: Job, t: number): Promise<void> => {
      rows.push([String(n), nama, String(await excel(job)), String(sheets(job)), t.toFixed(1)]);
    };
    await baris('Sisipkan templat', 'templat', tTemplat);
    await baris('Perbarui dari PK (baru)', 'rapk', tPerbarui);
    await baris('Perbarui dari PK (lagi)', 'rapk-ulang', tPerbaruiUlang);
    await baris('Periksa', 'periksa', tPeriksa);
  }
  cetak(['indikator', 'pekerjaan', 'Excel context.sync()', 'Sheets panggilan SpreadsheetApp', 'waktu core (ms, median)'], rows);
  console.log('');
  cetak(['indikator', 'sel rumus ditulis Perbarui', 'teks rumus', 'sel dengan cadangan fungsi Kinerja (tidak dievaluasi untuk angka dan label)'], tulis);
}

function cetak(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
