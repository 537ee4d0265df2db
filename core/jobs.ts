/**
 * The sidebar's jobs as pure steps, shared by every host (the job id "rapk" is
 * the button "Perbarui dari PK": RAPK and every view, core/perbarui.ts):
 *   1. the host reads the sheets BACA[job] names (one snapshot),
 *   2. core plans (rencanaJob) or checks (periksaBukuKerja),
 *   3. the host applies the plan.
 * Hosts only translate; every decision is made here.
 */
import { SHEET } from './layout';
import { Plan, WorkbookSnapshot, WriteOp, getSheet } from './workbook';
import { cekRencana, pesanGalatHost } from './hosterrors';
import { planTemplat } from './templates';
import { BACA_UKPBJ, planImporPaket, planTemplatUkpbj } from './ukpbj/templat';
import { LEMBAR_UKPBJ } from './ukpbj/kolom';
import { planPerbarui } from './perbarui';
import { periksa, HasilPeriksa } from './periksa';
import { LEMBAR_LAPORAN, planLaporan } from './laporan/lembar';
import { simulasikan } from './simulasi';
import { bacaBukuKerja } from './model/bukukerja';
import { LEMBAR_SIKLUS } from './siklus/lembar';
import { bacaSiklus, periodeTerkunci } from './siklus/model';
import { cekRencanaSiklus, proteksiRapk } from './siklus/kunci';
import { JobSiklus, OpsiSiklus, rencanakanSiklus } from './siklus';
import type { HasilSiklus } from './siklus/jenis';

export type Job = 'templat' | 'rapk' | 'periksa' | 'laporan' | 'ukpbj' | 'ukpbjImpor';
/** The jobs that write a plan (Periksa only reads). */
export type JobTulis = 'templat' | 'rapk' | 'laporan' | 'ukpbj' | 'ukpbjImpor';

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
  /** Every sheet whose name starts with `name` (case ignored): the units' isian sheets. */
  awalan?: boolean;
}

const hanyaAda = (name: string): BacaLembar => ({ name, isi: false });

/** The cycle's logs: which periods are validated (Berita Acara) and unlocked again (Riwayat). */
const LOG_SIKLUS: BacaLembar[] = [
  { name: LEMBAR_SIKLUS.RIWAYAT, isi: true },
  { name: LEMBAR_SIKLUS.BA, isi: true },
];

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
    // Validated periods stay locked where the RAPK's columns move (core/siklus/kunci.ts).
    ...LOG_SIKLUS,
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
    // A validated figure that changed is a Kesalahan (core/siklus/aturan.ts).
    ...LOG_SIKLUS,
    // UKPBJ (core/periksa/ukpbj-*.ts): the paket, the indicators' formulas and the area codes.
    ...[LEMBAR_UKPBJ.PAKET, LEMBAR_UKPBJ.INDIKATOR, LEMBAR_UKPBJ.TUJUAN].map((name) => ({ name, isi: true })),
  ],
  // "Buat Laporan": the views' computed values (no formulas, no formats), and the Laporan sheet (is it Kinerja's?).
  // Capaian UKPBJ: the report carries its table where the workbook has one (core/laporan/ukpbj.ts).
  laporan: [SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, LEMBAR_LAPORAN, LEMBAR_UKPBJ.CAPAIAN].map((name) => ({ name, isi: true })),
  // "Sisipkan templat UKPBJ" (core/ukpbj/templat.ts): the typed UKPBJ sheets, Pengaturan, and its views (are they Kinerja's?).
  ukpbj: BACA_UKPBJ.map((name) => ({ name, isi: true })),
  // "Impor paket": the same, with the Paket sheet's formulas (kept where a changed row block passes over them).
  ukpbjImpor: BACA_UKPBJ.map((name) => ({ name, isi: true, rumus: name === LEMBAR_UKPBJ.PAKET })),
};

export interface OpsiJob {
  contoh?: boolean;
  /** "Impor paket": the export text pasted in the panel. */
  teks?: string;
  sekarang?: string;
  /** The host's offset from UTC in minutes (WIB +420), for the times it writes. */
  zonaMenit?: number;
}

/** Plan "Sisipkan templat", "Perbarui dari PK", "Buat Laporan" or "Sisipkan templat UKPBJ"; refuse (no plan) when it can't be applied whole. */
export function rencanaJob(job: JobTulis, wb: WorkbookSnapshot, opsi: OpsiJob = {}): { plan?: Plan; hasil: HasilOperasi } {
  const r =
    job === 'ukpbj'
      ? planTemplatUkpbj(wb, { contoh: Boolean(opsi.contoh), sekarang: opsi.sekarang })
      : job === 'ukpbjImpor'
      ? planImporPaket(wb, opsi.teks ?? '', { sekarang: opsi.sekarang })
      : job === 'templat'
      ? planTemplat(wb, { contoh: Boolean(opsi.contoh), sekarang: opsi.sekarang, zonaMenit: opsi.zonaMenit })
      : job === 'laporan'
        ? planLaporan(wb, { sekarang: opsi.sekarang, zonaMenit: opsi.zonaMenit })
        : planPerbarui(wb, { sekarang: opsi.sekarang, zonaMenit: opsi.zonaMenit });
  if (!r.ok) return { hasil: { ok: false, pesan: r.pesan, catatan: [] } };
  if (job === 'rapk') r.plan = pertahankanKunci(wb, r.plan);
  const masalah = job === 'rapk' ? cekRencanaSiklus(wb, r.plan) : cekRencana(wb, r.plan);
  if (masalah) return { hasil: { ok: false, pesan: `${masalah} Buku kerja tidak diubah.`, catatan: [] } };
  return { plan: r.plan, hasil: { ok: true, pesan: r.plan.ringkasan, catatan: r.plan.catatan } };
}

export const PESAN_SIBUK = 'Kinerja masih memproses permintaan sebelumnya. Tunggu sebentar.';

/** Runs one piece of work at a time; see satuSekaligus. */
export type Penjaga = <T extends HasilOperasi>(kerja: () => Promise<T>) => Promise<T>;

/**
 * A host's guard for the sidebar's jobs, all of them (templat, Perbarui, Laporan
 * and the monthly cycle's): a second click while any job runs is refused (the
 * task pane or page is one runtime, so it would write twice or read a workbook
 * half-written), and a host error becomes an Indonesian result instead of a
 * throw. (Sheets uses a document lock instead: collaborators are separate runtimes.)
 */
export function satuSekaligus(): Penjaga {
  let sibuk = false;
  return async <T extends HasilOperasi>(kerja: () => Promise<T>): Promise<T> => {
    if (sibuk) return { ok: false, pesan: PESAN_SIBUK, catatan: [] } as unknown as T;
    sibuk = true;
    try {
      return await kerja();
    } catch (e) {
      return { ok: false, pesan: pesanGalatHost(e), catatan: [] } as unknown as T;
    } finally {
      sibuk = false;
    }
  };
}

/** The plan jobs' runner under a guard (the bridge's one guard, shared with the cycle's jobs). */
export function satuJobSekaligus(
  jalankan: (job: JobTulis, opsi: OpsiJob) => Promise<HasilOperasi>,
  jaga: Penjaga = satuSekaligus(),
): (job: JobTulis, opsi: OpsiJob) => Promise<HasilOperasi> {
  return (job, opsi) => jaga(() => jalankan(job, opsi));
}

/** Periksa: the snapshot read once into the model, every rule of core/periksa/ over it. */
export function periksaBukuKerja(wb: WorkbookSnapshot): HasilPeriksa {
  return periksa(wb);
}

export type { HasilPeriksa };

// ---------------------------------------------------------------------------
// The monthly cycle (issue 10, core/siklus): collect, reconcile, validate, sign off.

/**
 * Perbarui after a validation: the locked periods stay locked on the RAPK as the
 * plan leaves it (rows added or moved, columns of another period setting). In
 * Excel the RAPK's protection is lifted for the plan and put back after it.
 */
function pertahankanKunci(wb: WorkbookSnapshot, plan: Plan): Plan {
  // A period is locked only by a Berita Acara: without that sheet there is nothing to keep (no second read of the workbook).
  if (!getSheet(wb, LEMBAR_SIKLUS.BA)) return plan;
  const m = bacaSiklus(wb);
  const kunci = periodeTerkunci(m);
  if (!kunci.length || !m.bk.rapk) return plan;
  const nama = m.bk.rapk.nama;
  const sesudah = bacaBukuKerja(simulasikan(wb, plan.ops)).rapk;
  const lama = proteksiRapk(m, kunci);
  const baru = proteksiRapk(m, kunci, sesudah);
  const excel = wb.host === 'excel';
  if (!excel && JSON.stringify(lama) === JSON.stringify(baru)) return plan;
  const buka: WriteOp[] = excel && getSheet(wb, nama)?.terlindung ? [{ op: 'bukaProteksi', sheet: nama }] : [];
  return { ...plan, ops: [...buka, ...plan.ops, { op: 'proteksi', sheet: sesudah?.nama ?? nama, proteksi: baru }] };
}

export type { JobSiklus, OpsiSiklus, HasilSiklus };

/** What each job of the cycle reads. */
const ISIAN: BacaLembar = { name: 'Isian', awalan: true, isi: true, rumus: true };
const INTI: BacaLembar[] = [
  { name: SHEET.PK, isi: true },
  { name: SHEET.RAPK, isi: true, rumus: true },
  { name: SHEET.PENGATURAN, isi: true },
  ...LOG_SIKLUS,
];
/** Status and Validasi also run Periksa: its sheets, with what it reads of each. */
const DENGAN_PERIKSA: BacaLembar[] = [...BACA.periksa, ISIAN];

export const BACA_SIKLUS: Record<JobSiklus, BacaLembar[]> = {
  isian: [...INTI, ISIAN],
  bagikan: [{ name: SHEET.PK, isi: true }, ISIAN],
  ambil: [...INTI, ISIAN],
  gabung: [...INTI, ISIAN],
  konflik: [...INTI, ISIAN],
  status: DENGAN_PERIKSA,
  validasi: DENGAN_PERIKSA,
  koreksi: INTI,
  bukaKunci: INTI,
};

/** Periksa as the cycle runs it: the same Periksa (the validated-figures rule is one of its rules). */
export const periksaSiklus = periksaBukuKerja;

/** Plan one job of the cycle; refuse (no plan) when it can't be applied whole. */
export function rencanaSiklus(job: JobSiklus, wb: WorkbookSnapshot, opsi: OpsiSiklus = {}): { plan?: Plan; hasil: HasilSiklus; sisipkan?: string[] } {
  const r = rencanakanSiklus(job, wb, opsi, periksaSiklus);
  if (!r.hasil.ok || r.ops.length === 0) return { hasil: r.hasil, sisipkan: r.sisipkan };
  const plan: Plan = { ops: r.ops, ringkasan: r.hasil.pesan, catatan: r.hasil.catatan };
  const masalah = cekRencanaSiklus(wb, plan);
  if (masalah) return { hasil: { ok: false, pesan: `${masalah} Buku kerja tidak diubah.`, catatan: [] } };
  return { plan, hasil: r.hasil, sisipkan: r.sisipkan };
}
