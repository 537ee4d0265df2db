/**
 * The sidebar's jobs as pure steps, shared by every host (the job id "rapk" is
 * the button "Perbarui dari PK": RAPK and every view, core/perbarui.ts):
 *   1. the host reads the sheets BACA[job] names (one snapshot),
 *   2. core plans (rencanaJob) or checks (periksaBukuKerja),
 *   3. the host applies the plan.
 * Hosts only translate; every decision is made here.
 */
import { SHEET } from './layout';
import { Plan, WorkbookSnapshot } from './workbook';
import { cekRencana, pesanGalatHost } from './hosterrors';
import { planTemplat } from './templates';
import { planPerbarui } from './perbarui';
import { periksa, HasilPeriksa } from './periksa';
import { LEMBAR_LAPORAN, planLaporan } from './laporan/lembar';

export type Job = 'templat' | 'rapk' | 'periksa' | 'laporan';
/** The jobs that write a plan (Periksa only reads). */
export type JobTulis = 'templat' | 'rapk' | 'laporan';

export interface HasilOperasi {
  ok: boolean;
  pesan: string;
  catatan: string[];
}

/**
 * What a job reads of one sheet: its existence only, its values, and where it
 * matters its formulas (typed vs computed) and number formats (100 % typed as 1).
 * Each extra thing is one more host call per sheet in Sheets, so ask only for what the job uses.
 */
export interface BacaLembar {
  name: string;
  isi: boolean;
  rumus?: boolean;
  format?: boolean;
}

const hanyaAda = (name: string): BacaLembar => ({ name, isi: false });

/** Which sheets each job reads. */
export const BACA: Record<Job, BacaLembar[]> = {
  // Existence only: the template never touches a sheet that is there.
  templat: [SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.RAPK_ARSIP].map(hanyaAda),
  rapk: [
    { name: SHEET.PK, isi: true },
    // Formulas tell typed figures from computed ones; formats travel with cells that move.
    { name: SHEET.RAPK, isi: true, rumus: true, format: true },
    { name: SHEET.RAPK_ARSIP, isi: true },
    { name: SHEET.PENGATURAN, isi: true },
    { name: SHEET.PENGUKURAN, isi: true, rumus: true },
    { name: SHEET.ANGGARAN, isi: true, rumus: true },
    { name: SHEET.RENSTRA, isi: true, rumus: true },
  ],
  // Formats: a percent typed as 100 % is 1 in the PK. Formulas: a value typed over a computed
  // cell, and a hand-typed formula over an empty cell, in every generated sheet.
  periksa: [
    { name: SHEET.PK, isi: true, format: true },
    { name: SHEET.RAPK, isi: true, rumus: true },
    { name: SHEET.PENGUKURAN, isi: true, rumus: true },
    { name: SHEET.ANGGARAN, isi: true, rumus: true },
    { name: SHEET.RENSTRA, isi: true, rumus: true },
    { name: SHEET.PENGATURAN, isi: true },
  ],
  // "Buat Laporan": the views' computed values (no formulas, no formats), and the Laporan sheet (is it Kinerja's?).
  laporan: [SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, LEMBAR_LAPORAN].map((name) => ({ name, isi: true })),
};

export interface OpsiJob {
  contoh?: boolean;
  sekarang?: string;
  /** The host's offset from UTC in minutes (WIB +420), for the times it writes. */
  zonaMenit?: number;
}

/** Plan "Sisipkan templat", "Perbarui dari PK" or "Buat Laporan"; refuse (no plan) when it can't be applied whole. */
export function rencanaJob(job: JobTulis, wb: WorkbookSnapshot, opsi: OpsiJob = {}): { plan?: Plan; hasil: HasilOperasi } {
  const r =
    job === 'templat'
      ? planTemplat(wb, { contoh: Boolean(opsi.contoh), sekarang: opsi.sekarang, zonaMenit: opsi.zonaMenit })
      : job === 'laporan'
        ? planLaporan(wb, { sekarang: opsi.sekarang, zonaMenit: opsi.zonaMenit })
        : planPerbarui(wb, { sekarang: opsi.sekarang, zonaMenit: opsi.zonaMenit });
  if (!r.ok) return { hasil: { ok: false, pesan: r.pesan, catatan: [] } };
  const masalah = cekRencana(wb, r.plan);
  if (masalah) return { hasil: { ok: false, pesan: `${masalah} Buku kerja tidak diubah.`, catatan: [] } };
  return { plan: r.plan, hasil: { ok: true, pesan: r.plan.ringkasan, catatan: r.plan.catatan } };
}

export const PESAN_SIBUK = 'Kinerja masih memproses permintaan sebelumnya. Tunggu sebentar.';

/**
 * A host's job runner, made safe for the sidebar: a second click while a job
 * runs is refused (the task pane or page is one runtime, so it would write
 * twice), and a host error becomes an Indonesian result instead of a throw.
 * (Sheets uses a document lock instead: collaborators are separate runtimes.)
 */
export function satuJobSekaligus(
  jalankan: (job: JobTulis, opsi: OpsiJob) => Promise<HasilOperasi>,
): (job: JobTulis, opsi: OpsiJob) => Promise<HasilOperasi> {
  let sibuk = false;
  return async (job, opsi) => {
    if (sibuk) return { ok: false, pesan: PESAN_SIBUK, catatan: [] };
    sibuk = true;
    try {
      return await jalankan(job, opsi);
    } catch (e) {
      return { ok: false, pesan: pesanGalatHost(e), catatan: [] };
    } finally {
      sibuk = false;
    }
  };
}

/** Periksa: the snapshot read once into the model, every rule of core/periksa/ over it. */
export function periksaBukuKerja(wb: WorkbookSnapshot): HasilPeriksa {
  return periksa(wb);
}

export type { HasilPeriksa };
