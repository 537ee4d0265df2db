/**
 * The one thing the sidebar knows about its host. Excel (Office.js), Google
 * Sheets (google.script.run) and the browser demo each implement HostBridge;
 * the sidebar UI (sidebar.ts) is written once against it.
 *
 * Temuan and HasilPeriksa are structurally identical to what core/checks.ts
 * exports; HasilOperasi to core/jobs.ts. They are repeated here as plain
 * interfaces so the sidebar bundle never pulls in core.
 */

export type Tingkat = 'Kesalahan' | 'Peringatan' | 'Info';

/** One finding of "Periksa": which cell, how bad, what is wrong, how to fix it. */
export interface Temuan {
  sheet: string;
  /** A1 address inside the sheet, e.g. "J7" or "J7:J9". */
  sel: string;
  tingkat: Tingkat;
  /** Stable rule code, e.g. "TARGET_KOSONG". */
  kode: string;
  pesan: string;
  saran: string;
}

export interface HasilPeriksa {
  temuan: Temuan[];
  jumlah: Record<Tingkat, number>;
  ringkasan: string;
}

/** Result of "Sisipkan templat" and "Buat Tabel RAPK". */
export interface HasilOperasi {
  ok: boolean;
  pesan: string;
  catatan: string[];
}

export interface HostBridge {
  /** "Excel", "Google Sheets", "Peramban". */
  namaHost: string;
  sisipkanTemplat(opts: { contoh: boolean }): Promise<HasilOperasi>;
  buatRapk(): Promise<HasilOperasi>;
  periksa(): Promise<HasilPeriksa>;
  /** Activate the sheet and select the cell (or range). */
  pilihSel(sheet: string, sel: string): Promise<void>;
}
