/**
 * The one thing the sidebar knows about its host. Excel (Office.js), Google
 * Sheets (google.script.run) and the browser demo each implement HostBridge;
 * the sidebar UI (sidebar.ts) is written once against it.
 *
 * The result types come from core as types only (erased at build time), so the
 * sidebar bundle pulls in no core code and the shapes cannot drift.
 */
import type { HasilPeriksa } from '../core/checks';
import type { HasilOperasi } from '../core/jobs';

export type { Tingkat, Temuan, HasilPeriksa } from '../core/checks';
export type { HasilOperasi } from '../core/jobs';
export type { HasilSiklus, Konflik, PilihanKonflik, StatusSiklus, Validator, OpsiValidasi, OpsiKoreksi, OpsiBukaKunci } from '../core/siklus/jenis';
import type { HasilSiklus, OpsiBukaKunci, OpsiKoreksi, OpsiValidasi, PilihanKonflik } from '../core/siklus/jenis';

export interface HostBridge {
  /** "Excel", "Google Sheets", "Peramban". */
  namaHost: string;
  sisipkanTemplat(opts: { contoh: boolean }): Promise<HasilOperasi>;
  buatRapk(): Promise<HasilOperasi>;
  periksa(): Promise<HasilPeriksa>;
  /** Activate the sheet and select the cell (or range). */
  pilihSel(sheet: string, sel: string): Promise<void>;
  // --- The Laporan (issue 11) ---
  /** "Buat Laporan": write the Laporan sheet for Pengaturan's periode laporan. */
  buatLaporan(): Promise<HasilOperasi>;
  /**
   * Optional: "Unduh Bab III (.docx)", the report as a Word chapter, downloaded
   * by the pane. Hosts whose pane cannot download a file leave it out (the
   * sidebar then says where to get it).
   */
  unduhBab3?(): Promise<HasilOperasi>;
  /** "Sisipkan templat UKPBJ" (issue 13): the UKPBJ sheets where missing, then its computed views (again on each click). Optional: a host without it shows no UKPBJ card. */
  sisipkanUkpbj?(opts: { contoh: boolean }): Promise<HasilOperasi>;
  /** "Impor paket": an SPSE/ISB or SiRUP export (JSON, CSV, or cells copied from a spreadsheet) merged into Paket by key. */
  imporPaket?(teks: string): Promise<HasilOperasi>;
  /**
   * Optional: call cb whenever the workbook's cells or sheets change (by the
   * user, another author, or a job), so the sidebar can say a Periksa list is
   * stale. Returns the unsubscribe. Hosts without a push channel (Google
   * Sheets' google.script.run) leave it out.
   */
  onBukuBerubah?(cb: () => void): () => void;

  // ---- The monthly cycle (core/siklus). Optional: a host without them shows no cycle card.
  /** Buat lembar isian. */
  buatLembarIsian?(): Promise<HasilSiklus>;
  /** Bagikan isian (Google Sheets only). */
  bagikanIsian?(): Promise<HasilSiklus>;
  /** Ambil isian dari berkas (Excel only): the returned workbook's bytes. */
  ambilIsianBerkas?(berkas: { nama: string; data: ArrayBuffer }): Promise<HasilSiklus>;
  gabungkanIsian?(): Promise<HasilSiklus>;
  /** The user's choices for the conflicts Gabungkan isian listed. */
  pilihKonflik?(pilihan: PilihanKonflik[]): Promise<HasilSiklus>;
  statusPengumpulan?(): Promise<HasilSiklus>;
  validasiPeriode?(opsi: OpsiValidasi): Promise<HasilSiklus>;
  koreksi?(opsi: OpsiKoreksi): Promise<HasilSiklus>;
  bukaKunciPeriode?(opsi: OpsiBukaKunci): Promise<HasilSiklus>;
}
