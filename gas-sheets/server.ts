/**
 * Google Sheets (Apps Script) server side. Webpack bundles this file into
 * dist/gas/Code.js as the library object `KinerjaServer`; the build appends
 * real top-level functions (custom functions with @customfunction JSDoc from
 * the registry, triggers, and the sidebar's server functions) that call it.
 */
import { jalankanUntukSheets } from '../core/hostcall';
import { BACA, BACA_SIKLUS, HasilOperasi, HasilPeriksa, JobSiklus, JobTulis, OpsiJob, OpsiSiklus, periksaBukuKerja, rencanaJob, rencanaSiklus } from '../core/jobs';
import type { HasilSiklus, OpsiBukaKunci, OpsiKoreksi, OpsiValidasi, PilihanKonflik } from '../core/siklus/jenis';
import { pesanGalatHost } from '../core/hosterrors';
import { zonaMenit } from '../core/arsip';
import { CacheLembar, bacaSnapshot, terapkanRencana } from './workbook-sheets';

export const MENU = 'Kinerja';
export const SIDEBAR_JUDUL = 'Kinerja';
/** How long a second click (or a collaborator's) waits for the first to finish. */
export const TUNGGU_KUNCI_MS = 20_000;

/** Run one registry function as a Sheets custom function. */
export function jalankan(name: string, args: unknown[]): unknown {
  return jalankanUntukSheets(name, args);
}

export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu(MENU).addItem('Buka panel Kinerja', 'tampilkanSidebar').addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function tampilkanSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_JUDUL);
  SpreadsheetApp.getUi().showSidebar(html);
}

const SIBUK: HasilOperasi = {
  ok: false,
  pesan: 'Pengguna lain sedang menjalankan Kinerja di spreadsheet ini. Tunggu sebentar, lalu coba lagi.',
  catatan: [],
};

/** One writer at a time per document: two collaborators clicking together get one RAPK sheet. */
function denganKunci<T extends HasilOperasi>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(TUNGGU_KUNCI_MS)) return SIBUK as T;
  try {
    return fn();
  } catch (e) {
    return { ok: false, pesan: pesanGalatHost(e), catatan: [] } as HasilOperasi as T;
  } finally {
    lock.releaseLock();
  }
}

function jalankanJob(job: JobTulis, opsi: OpsiJob): HasilOperasi {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const cache: CacheLembar = new Map();
  const wb = bacaSnapshot(ss, BACA[job], cache);
  const zona = zonaMenit(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'Z'));
  const r = rencanaJob(job, wb, { ...opsi, sekarang: opsi.sekarang ?? new Date().toISOString(), zonaMenit: zona ?? undefined });
  if (r.plan) terapkanRencana(ss, r.plan, cache);
  return r.hasil;
}

/**
 * One job of the monthly cycle: read, plan, apply, under the document lock
 * (two collaborators clicking Gabungkan isian together make one merge: the
 * second waits, then finds nothing new). Status reads only, without the lock.
 */
function jalankanSiklus(job: JobSiklus, opsi: OpsiSiklus = {}): HasilSiklus {
  const kerja = (): HasilSiklus => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const cache: CacheLembar = new Map();
    const wb = bacaSnapshot(ss, BACA_SIKLUS[job], cache);
    const zona = zonaMenit(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'Z'));
    const r = rencanaSiklus(job, wb, { ...opsi, sekarang: new Date().toISOString(), zonaMenit: zona ?? undefined });
    if (r.plan) terapkanRencana(ss, r.plan, cache);
    return r.hasil;
  };
  if (job === 'status') {
    try {
      return kerja();
    } catch (e) {
      return { ok: false, pesan: pesanGalatHost(e), catatan: [] };
    }
  }
  return denganKunci(kerja);
}

/** Server functions the sidebar calls by name through google.script.run. */
export const server = {
  kinerjaSisipkanTemplat(opsi?: { contoh?: boolean }): HasilOperasi {
    return denganKunci(() => jalankanJob('templat', { contoh: Boolean(opsi && opsi.contoh) }));
  },
  kinerjaBuatRapk(): HasilOperasi {
    return denganKunci(() => jalankanJob('rapk', {}));
  },
  kinerjaPeriksa(): HasilPeriksa {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return periksaBukuKerja(bacaSnapshot(ss, BACA.periksa));
  },
  // ---- The monthly cycle
  kinerjaBuatLembarIsian(): HasilSiklus {
    return jalankanSiklus('isian');
  },
  kinerjaBagikanIsian(): HasilSiklus {
    return jalankanSiklus('bagikan');
  },
  kinerjaGabungkanIsian(): HasilSiklus {
    return jalankanSiklus('gabung');
  },
  kinerjaPilihKonflik(pilihan: PilihanKonflik[]): HasilSiklus {
    return jalankanSiklus('konflik', { pilihan: Array.isArray(pilihan) ? pilihan : [] });
  },
  kinerjaStatusPengumpulan(): HasilSiklus {
    return jalankanSiklus('status');
  },
  kinerjaValidasiPeriode(validasi: OpsiValidasi): HasilSiklus {
    return jalankanSiklus('validasi', { validasi });
  },
  kinerjaKoreksi(koreksi: OpsiKoreksi): HasilSiklus {
    return jalankanSiklus('koreksi', { koreksi });
  },
  kinerjaBukaKunciPeriode(bukaKunci: OpsiBukaKunci): HasilSiklus {
    return jalankanSiklus('bukaKunci', { bukaKunci });
  },
  kinerjaPilihSel(sheet: string, sel: string): void {
    const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
    if (!sh) throw new Error(`Lembar "${sheet}" tidak ditemukan`);
    sh.getRange(sel).activate();
  },
  /** "Buat Laporan" (the Laporan sheet and its charts; Sheets has no print-setup API: the README says what to choose when printing). */
  kinerjaBuatLaporan(): HasilOperasi {
    return denganKunci(() => jalankanJob('laporan', {}));
  },
  /** "Sisipkan templat UKPBJ" (core/ukpbj/templat.ts): the same job in every host. */
  kinerjaSisipkanUkpbj(opsi?: { contoh?: boolean }): HasilOperasi {
    return denganKunci(() => jalankanJob('ukpbj', { contoh: Boolean(opsi && opsi.contoh) }));
  },
  /** "Impor paket": the pasted export merged into Paket by key (core/ukpbj/impor.ts), then the UKPBJ views. */
  kinerjaImporPaket(teks: string): HasilOperasi {
    return denganKunci(() => jalankanJob('ukpbjImpor', { teks: typeof teks === 'string' ? teks : '' }));
  },
};
