/**
 * The monthly cycle of SOP 000 part B and SOP 003 steps 3–5 inside the
 * workbook, as pure steps over a snapshot (the hosts read, core plans, the
 * hosts apply):
 *
 *   isian      Buat lembar isian        one sheet per unit (isian.ts)
 *   bagikan    Bagikan isian            Google Sheets: each unit's inputs for its people only
 *   ambil      Ambil isian dari berkas  a returned file's isian sheets (Excel, browser)
 *   gabung     Gabungkan isian          into the RAPK, conflicts for the user (gabung.ts)
 *   konflik    (the user's choices)     chosen figures written, or the RAPK's kept
 *   status     Status pengumpulan       per unit and period, and what blocks validation
 *   validasi   Validasi periode         Berita Acara with a fingerprint, the period locked
 *   koreksi    Koreksi                  in the next period, with a justification
 *   bukaKunci  Buka kunci periode       with a reason
 *
 * Every figure written and every decision goes to Riwayat (append-only).
 */
import type { HasilPeriksa } from '../checks';
import { WorkbookSnapshot, WriteOp } from '../workbook';
import { waktuLokal } from '../arsip';
import { bacaSiklus } from './model';
import { rencanaAmbilIsian, rencanaBagikan, rencanaBuatIsian } from './isian';
import { konflikTerbuka, rencanaGabung, rencanaPilihKonflik } from './gabung';
import { statusSiklus } from './status';
import { rencanaBukaKunci, rencanaKoreksi, rencanaValidasi } from './validasi';
import { HasilSiklus, OpsiBukaKunci, OpsiKoreksi, OpsiValidasi, PilihanKonflik } from './jenis';

export type JobSiklus = 'isian' | 'bagikan' | 'ambil' | 'gabung' | 'konflik' | 'status' | 'validasi' | 'koreksi' | 'bukaKunci';

export interface OpsiSiklus {
  sekarang?: string;
  zonaMenit?: number;
  validasi?: OpsiValidasi;
  koreksi?: OpsiKoreksi;
  bukaKunci?: OpsiBukaKunci;
  pilihan?: PilihanKonflik[];
  /** Ambil isian: the returned file's name and its sheet names. */
  berkas?: { nama: string; lembar: string[] };
}

export interface RencanaJobSiklus {
  ops: WriteOp[];
  hasil: HasilSiklus;
  /** Ambil isian: the file's sheets the host inserts after the plan. */
  sisipkan?: string[];
}

/** Plan one job of the cycle. `periksa` is Periksa's runner (core/jobs.ts), over the same snapshot. */
export function rencanakanSiklus(job: JobSiklus, wb: WorkbookSnapshot, opsi: OpsiSiklus, periksa: (wb: WorkbookSnapshot) => HasilPeriksa): RencanaJobSiklus {
  const m = bacaSiklus(wb);
  const sekarang = opsi.sekarang ?? new Date().toISOString();
  const w = { sekarang, zonaMenit: opsi.zonaMenit };
  const waktu = waktuLokal(sekarang, opsi.zonaMenit);
  switch (job) {
    case 'isian':
      return rencanaBuatIsian(m);
    case 'bagikan':
      return rencanaBagikan(m);
    case 'ambil': {
      const b = opsi.berkas ?? { nama: 'berkas', lembar: [] };
      return rencanaAmbilIsian(m, b.lembar, b.nama, waktu);
    }
    case 'gabung':
      return rencanaGabung(m, waktu);
    case 'konflik':
      return rencanaPilihKonflik(m, opsi.pilihan ?? [], waktu);
    case 'status': {
      const h = periksa(wb);
      const konflik = konflikTerbuka(m);
      const status = statusSiklus(m, h, (p) => konflik.filter((k) => k.periode === p).length);
      const terbuka = status.periode.filter((p) => p.keadaan === 'terbuka' || p.keadaan === 'dibuka');
      const siap = terbuka.filter((p) => p.penghalang.length === 0).map((p) => p.periode);
      const pesan = status.baris.length
        ? `Status ${terbuka.map((p) => p.periode).join(', ')}: ${status.baris.filter((b) => b.status === 'sudah lengkap').length} dari ${status.baris.length} unit-periode sudah lengkap.${siap.length ? ` Siap divalidasi: ${siap.join(', ')}.` : ''}`
        : 'Belum ada unit yang melapor pada periode terbuka (isi Penanggung jawab di PK dan buat lembar isian).';
      return { ops: [], hasil: { ok: true, pesan, catatan: [], status, konflik } };
    }
    case 'validasi': {
      const h = periksa(wb);
      const p = String(opsi.validasi?.periode ?? '').toUpperCase();
      return rencanaValidasi(m, opsi.validasi ?? { periode: '', validator: [] }, h, konflikTerbuka(m).filter((k) => k.periode === p).length, w);
    }
    case 'koreksi':
      return rencanaKoreksi(m, opsi.koreksi ?? { kode: '', periode: '', nilai: '', justifikasi: '' }, w);
    case 'bukaKunci':
      return rencanaBukaKunci(m, opsi.bukaKunci ?? { periode: '', alasan: '' }, w);
  }
}

export type { HasilSiklus, Konflik, PilihanKonflik, StatusSiklus, OpsiValidasi, OpsiKoreksi, OpsiBukaKunci, Validator } from './jenis';
export { KODE_VALIDASI, periksaValidasi } from './aturan';
export { TOMBOL } from './isian';

/**
 * The cycle's HostBridge methods over one host's job runner (Excel and the
 * browser; Sheets calls its server functions by name instead).
 */
export function metodeSiklus(siklus: (job: JobSiklus, opsi?: OpsiSiklus) => Promise<HasilSiklus>) {
  return {
    buatLembarIsian: () => siklus('isian'),
    gabungkanIsian: () => siklus('gabung'),
    pilihKonflik: (pilihan: PilihanKonflik[]) => siklus('konflik', { pilihan }),
    statusPengumpulan: () => siklus('status'),
    validasiPeriode: (validasi: OpsiValidasi) => siklus('validasi', { validasi }),
    koreksi: (koreksi: OpsiKoreksi) => siklus('koreksi', { koreksi }),
    bukaKunciPeriode: (bukaKunci: OpsiBukaKunci) => siklus('bukaKunci', { bukaKunci }),
  };
}
