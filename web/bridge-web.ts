/**
 * The sidebar's HostBridge over the browser workbook: each job reads one
 * snapshot (BACA[job]), plans in core (rencanaJob / periksaBukuKerja) and
 * applies the plan as one step (one HyperFormula batch: one recalculation,
 * one Ctrl+Z), exactly as the Excel bridge does over Office.js. The
 * workbook's 'ubah' events reach the sidebar through onBukuBerubah (a stale
 * Periksa list says so; a job's result box is cleared).
 */
import type { HostBridge, HasilPeriksa } from '../sidebar/bridge';
import { BACA, BACA_SIKLUS, JobSiklus, OpsiSiklus, periksaBukuKerja, rencanaJob, rencanaSiklus, satuJobSekaligus, satuSekaligus } from '../core/jobs';
import type { HasilSiklus } from '../core/siklus/jenis';
import { metodeSiklus } from '../core/siklus';
import type { Plan } from '../core/workbook';
import type { BukuKerjaWeb } from './workbook-web';
import { bacaBukuKerja } from '../core/model/bukukerja';
import { susunLaporan } from '../core/laporan/susun';
import { pngGrafik } from './grafik';

/** The one sheet of "Buku kosong". */
export const LEMBAR_KOSONG = 'Lembar1';

/**
 * The user's time zone ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
 * for the times Kinerja writes (RAPK Arsip) and shows: the bridge hands it to
 * core with the current time once core takes it.
 */
export function zonaWaktu(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Jakarta';
  } catch {
    return 'Asia/Jakarta';
  }
}

/** Let the page paint the sidebar's "memproses" before the synchronous work starts. */
function jeda(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The templates go into a blank workbook: its one empty sheet ("Buku kosong")
 * has no purpose after that and goes in the same step, as Excel users delete
 * Sheet1. A sheet with anything in it stays.
 */
function tanpaLembarKosong(bk: BukuKerjaWeb, plan: Plan): Plan {
  const nama = bk.namaLembar();
  if (nama.length !== 1 || nama[0] !== LEMBAR_KOSONG) return plan;
  const id = bk.idLembar(LEMBAR_KOSONG) as number;
  const dim = bk.hf.getSheetDimensions(id);
  if (dim.width > 0 || dim.height > 0) return plan;
  if (!plan.ops.some((op) => op.op === 'addSheet')) return plan;
  return { ...plan, ops: [...plan.ops, { op: 'deleteSheet', sheet: LEMBAR_KOSONG }] };
}

/** A file handed to the browser's downloads (an anchor with a blob URL, as Unduh .xlsx does). */
export function unduhBerkas(bytes: Uint8Array, nama: string, jenis: string): void {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const url = URL.createObjectURL(new Blob([buffer], { type: jenis }));
  const a = document.createElement('a');
  a.href = url;
  a.download = nama;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A workbook's name as a file name (without the characters Windows refuses), or `cadangan`. */
export function namaAman(nama: string, cadangan: string): string {
  const bersih = nama.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return bersih || cadangan;
}

/** "Bab III <workbook>.docx". */
export function namaBab3(namaBuku: string): string {
  return `Bab III ${namaAman(namaBuku, 'Laporan Kinerja')}.docx`;
}

export function buatBridgeWeb(bk: BukuKerjaWeb, opts: { sekarang?: () => string; namaBuku?: () => string } = {}): HostBridge {
  const sekarang = opts.sekarang ?? (() => new Date().toISOString());
  // One guard for every job of this pane or page: a cycle job never runs beside Perbarui or Laporan.
  const sekaligus = satuSekaligus();
  const job = satuJobSekaligus(async (name, opsi) => {
    await jeda();
    const r = rencanaJob(name, bk.bacaSnapshot(BACA[name]), { ...opsi, sekarang: sekarang(), zonaMenit: -new Date().getTimezoneOffset() });
    if (r.plan) bk.terapkanRencana(name === 'templat' ? tanpaLembarKosong(bk, r.plan) : r.plan);
    return r.hasil;
  }, sekaligus);
  // ---- The monthly cycle: the same read, plan, apply (one step, one Ctrl+Z) per job.
  const siklus = (job: JobSiklus, opsi: OpsiSiklus = {}): Promise<HasilSiklus> =>
    sekaligus(async () => {
      await jeda();
      const r = rencanaSiklus(job, bk.bacaSnapshot(BACA_SIKLUS[job]), { ...opsi, sekarang: sekarang(), zonaMenit: -new Date().getTimezoneOffset() });
      if (r.plan) bk.terapkanRencana(r.plan);
      return r.hasil;
    });
  return {
    namaHost: 'Peramban',
    ...metodeSiklus(siklus),
    sisipkanTemplat: (o) => job('templat', { contoh: o.contoh }),
    buatRapk: () => job('rapk', {}),
    buatLaporan: () => job('laporan', {}),
    sisipkanUkpbj: (o) => job('ukpbj', { contoh: o.contoh }),
    imporPaket: (teks) => job('ukpbjImpor', { teks }),
    // The Word chapter: built from the views now (the same report object the Laporan sheet is written from);
    // the docx library is a chunk of its own, fetched at the first click.
    unduhBab3: async () => {
      await jeda();
      const s = susunLaporan(bacaBukuKerja(bk.bacaSnapshot(BACA.laporan)));
      if (!s.ok) return { ok: false, pesan: s.pesan, catatan: [] };
      const namaBuku = opts.namaBuku?.() ?? 'Laporan Kinerja';
      const { buatDocx } = await import(/* webpackChunkName: "docx" */ './laporan-docx');
      const bytes = await buatDocx(s.laporan, { lukis: pngGrafik, namaBuku });
      const nama = namaBab3(namaBuku);
      unduhBerkas(bytes, nama, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      return {
        ok: true,
        pesan: `${nama} diunduh: ringkasan, ${s.laporan.indikator.length} indikator dalam tabel capaian, NPS, anggaran dan perbandingan, dengan grafik.`,
        catatan: s.laporan.peringatan,
      };
    },
    periksa: async (): Promise<HasilPeriksa> => {
      await jeda();
      return periksaBukuKerja(bk.bacaSnapshot(BACA.periksa));
    },
    pilihSel: async (sheet, sel) => {
      bk.pilih(sheet, sel);
    },
    // Every 'ubah' (an edit in the grid, a job's plan, a loaded file, undo) makes a Periksa list stale;
    // 'pilih' (a selection, e.g. a clicked finding) does not.
    onBukuBerubah: (cb) =>
      bk.dengar((e) => {
        if (e.jenis === 'ubah') cb();
      }),
  };
}
