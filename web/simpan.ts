/**
 * Autosave of the browser workbook in this browser's IndexedDB (idb-keyval):
 * after every change, a short moment later, the whole workbook (cells as
 * typed, formats, widths, lists, the selection and where each sheet was
 * scrolled) is written under one key; on reload it is read back. Nothing
 * leaves the machine: IndexedDB is the browser's own storage for this page.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { LembarMuat, Pilihan } from './workbook-web';
import type { TampilanLembar } from './grid';

/** What is kept; `versi` changes when the shape does (an older shape is not read). */
export interface Simpanan {
  versi: 1;
  /** The workbook's name (the download is called after it). */
  nama: string;
  /** When it was written (ISO). */
  disimpan: string;
  lembar: LembarMuat[];
  pilihan: Pilihan | null;
  tampilan?: Record<string, TampilanLembar>;
}

const KUNCI = 'buku-kerja';
let toko: UseStore | null = null;

function tokoKinerja(): UseStore {
  if (!toko) toko = createStore('kinerja', 'simpanan');
  return toko;
}

/** The workbook saved earlier in this browser, or undefined. */
export async function bacaSimpanan(): Promise<Simpanan | undefined> {
  const s = await get<Simpanan>(KUNCI, tokoKinerja());
  if (!s || s.versi !== 1 || !Array.isArray(s.lembar)) return undefined;
  return s;
}

export async function tulisSimpanan(s: Simpanan): Promise<void> {
  await set(KUNCI, s, tokoKinerja());
}

export async function hapusSimpanan(): Promise<void> {
  await del(KUNCI, tokoKinerja());
}

/**
 * Write at most one save at a time, the latest state: a change during a
 * write is saved right after it. `ambil` reads the state when the write
 * starts (not when the change happened), so nothing typed in between is lost.
 */
export class PenyimpanOtomatis {
  private jadwal: ReturnType<typeof setTimeout> | null = null;
  private sedang: Promise<void> | null = null;
  private lagi = false;

  constructor(
    private readonly ambil: () => Simpanan,
    private readonly kabar: (k: { jenis: 'menyimpan' } | { jenis: 'tersimpan'; waktu: Date } | { jenis: 'gagal'; pesan: string }) => void,
    private readonly jeda = 250,
  ) {}

  /** Something changed: save soon. */
  ubah(): void {
    if (this.jadwal) clearTimeout(this.jadwal);
    this.jadwal = setTimeout(() => {
      this.jadwal = null;
      void this.simpan();
    }, this.jeda);
  }

  /** Save now what is pending (when the page is hidden or closed). */
  segera(): void {
    if (!this.jadwal) return;
    clearTimeout(this.jadwal);
    this.jadwal = null;
    void this.simpan();
  }

  /** Forget a pending save (the saved workbook is being thrown away). */
  batal(): void {
    if (this.jadwal) clearTimeout(this.jadwal);
    this.jadwal = null;
  }

  /** Resolves when no save is pending or running. */
  async selesai(): Promise<void> {
    while (this.jadwal || this.sedang) {
      if (this.jadwal) this.segera();
      await this.sedang;
    }
  }

  private async simpan(): Promise<void> {
    if (this.sedang) {
      this.lagi = true;
      return;
    }
    this.kabar({ jenis: 'menyimpan' });
    const tugas = (async () => {
      try {
        const s = this.ambil();
        await tulisSimpanan(s);
        this.kabar({ jenis: 'tersimpan', waktu: new Date(s.disimpan) });
      } catch (e) {
        const m = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
        this.kabar({ jenis: 'gagal', pesan: m });
      }
    })();
    this.sedang = tugas;
    await tugas;
    this.sedang = null;
    if (this.lagi) {
      this.lagi = false;
      await this.simpan();
    }
  }
}
