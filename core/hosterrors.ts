/**
 * Host errors in plain Indonesian, and a pre-flight check of a plan against
 * the snapshot so that a plan which would fail half-way is refused before
 * anything is written (neither Office.js batches nor SpreadsheetApp calls
 * are transactions).
 */
import { HostKind, Plan, WorkbookSnapshot, jangkauanOp } from './workbook';

/** Limits of each host (rows × columns of one sheet). */
export const BATAS_HOST: Record<HostKind, { baris: number; kolom: number; sel: number }> = {
  excel: { baris: 1_048_576, kolom: 16_384, sel: Infinity },
  sheets: { baris: 10_000_000, kolom: 18_278, sel: 10_000_000 },
  web: { baris: 100_000, kolom: 1_000, sel: 5_000_000 },
};

const NAMA_TERLARANG = /[\[\]:*?/\\]/;

/** Null when the plan can be applied; otherwise why not, in Indonesian. */
export function cekRencana(wb: WorkbookSnapshot, plan: Plan): string | null {
  const batas = BATAS_HOST[wb.host];
  const ada = new Set(wb.sheets.map((s) => s.name.toLowerCase()));
  const terlindung = new Set(wb.sheets.filter((s) => s.terlindung).map((s) => s.name.toLowerCase()));
  for (const op of plan.ops) {
    const key = op.sheet.toLowerCase();
    switch (op.op) {
      case 'addSheet':
        if (ada.has(key)) return `Nama lembar "${op.sheet}" sudah dipakai. Ganti nama lembar itu dulu, lalu coba lagi.`;
        if (op.sheet.length > 31 || NAMA_TERLARANG.test(op.sheet)) return `Nama lembar "${op.sheet}" tidak sah (maks. 31 karakter, tanpa [ ] : * ? / \\).`;
        ada.add(key);
        continue;
      case 'renameSheet':
        if (ada.has(op.to.toLowerCase())) return `Nama lembar "${op.to}" sudah dipakai.`;
        ada.delete(key);
        ada.add(op.to.toLowerCase());
        break;
      case 'deleteSheet':
        ada.delete(key);
        break;
      default:
        break;
    }
    if (op.op !== 'select' && op.op !== 'activate' && terlindung.has(key)) {
      return `Lembar "${op.sheet}" terlindungi (protected). Buka proteksinya dulu (Tinjau → Buka Proteksi Lembar), lalu coba lagi.`;
    }
    if (op.op === 'setValues' || op.op === 'format' || op.op === 'clear' || op.op === 'validationList' || op.op === 'conditionalText') {
      const j = jangkauanOp(op);
      if (j.baris > batas.baris || j.kolom > batas.kolom) {
        return op.op === 'setValues'
          ? `Terlalu banyak baris untuk lembar "${op.sheet}": ${j.baris} baris × ${j.kolom} kolom melebihi batas ${batas.baris} × ${batas.kolom}.`
          : `Rentang ${op.range} di lembar "${op.sheet}" melebihi batas lembar.`;
      }
    }
  }
  return null;
}

/** Said when a host failed after some cells were written (neither host has transactions). */
export const PESAN_SEBAGIAN =
  'Pekerjaan berhenti di tengah jalan: sebagian sudah tertulis. Klik lagi untuk menyelesaikannya; isian Anda tetap (baris yang dipindahkan ada di RAPK Arsip).';

/** Mark an exception thrown after cells were written, so the message says the job stopped half-way. */
export function tandaiSebagianTertulis(e: unknown): void {
  if (e && typeof e === 'object') (e as { sebagianTertulis?: boolean }).sebagianTertulis = true;
}

/** A host exception as plain Indonesian for the sidebar (with PESAN_SEBAGIAN when it came half-way). */
export function pesanGalatHost(e: unknown): string {
  const sebagian = !!e && typeof e === 'object' && (e as { sebagianTertulis?: boolean }).sebagianTertulis === true;
  const pesan = pesanGalatDasar(e);
  // Half-way, "the workbook was not changed" is no longer true.
  return sebagian ? `${pesan.replace(/ Buku kerja tidak diubah(; coba lagi)?\./, '')} ${PESAN_SEBAGIAN}` : pesan;
}

function pesanGalatDasar(e: unknown): string {
  const err = e as { code?: string; message?: string; name?: string };
  const code = String(err?.code ?? '');
  const msg = String(err?.message ?? e ?? '');
  const low = msg.toLowerCase();
  if (code === 'ItemAlreadyExists' || /already exists|sudah ada|already in use/.test(low)) return 'Nama lembar sudah dipakai. Ganti nama lembar itu dulu, lalu coba lagi.';
  if (code === 'AccessDenied' || /protect|dilindungi|terlindung/.test(low)) return 'Lembar terlindungi: buka proteksinya dulu, lalu coba lagi. Buku kerja tidak diubah.';
  if (code === 'RequestPayloadSizeLimitExceeded' || /payload|too large|terlalu besar/.test(low)) return 'Data terlalu besar untuk dikirim sekaligus. Kurangi jumlah baris, lalu coba lagi.';
  if (/lock|kunci|timed out waiting/.test(low)) return 'Pengguna lain sedang menjalankan Kinerja di spreadsheet ini. Tunggu sebentar, lalu coba lagi.';
  if (/outside the dimensions of the sheet|coordinates of the range/.test(low)) {
    return 'Lembar terlalu kecil untuk tabel ini (di luar batas baris/kolom lembar). Buku kerja tidak diubah; coba lagi.';
  }
  if (/exceeded maximum execution time|execution time/.test(low)) {
    return 'Google Apps Script menghentikan pekerjaan karena melewati batas waktu (6 menit). Klik lagi: pekerjaan ini aman diulang. Bila terus terjadi, kurangi jumlah baris.';
  }
  if (/service .*timed out|service error|service unavailable|server error|try again later/.test(low)) {
    return 'Layanan Google Sheets sedang tidak menjawab. Tunggu sebentar, lalu klik lagi: pekerjaan ini aman diulang.';
  }
  if (/exceed|maximum|melebihi|limit/.test(low)) return 'Buku kerja mencapai batas jumlah baris atau sel. Kurangi data, lalu coba lagi.';
  if (/permission|izin|authorization/.test(low)) return 'Kinerja tidak punya izin mengubah spreadsheet ini. Minta akses edit ke pemiliknya.';
  return `Terjadi kesalahan: ${msg || 'tidak diketahui'}`;
}

