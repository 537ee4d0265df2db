/**
 * "Coba tanpa Excel": the browser workbook page. A grid over HyperFormula on
 * the left, the real Kinerja sidebar (the same code as in Excel and Sheets)
 * on the right, talking to the workbook through the web bridge.
 *
 * On load the page applies "Sisipkan templat" with the 2019 example (the
 * same plan Excel and Sheets get, in the browser's formula form) and opens
 * the Pengukuran sheet. ExcelJS is loaded only when a file is saved or opened.
 */
import { mountSidebar } from '../sidebar/sidebar';
import { BACA, rencanaJob } from '../core/jobs';
import { SHEET } from '../core/layout';
import { BARIS_DATA } from '../core/templates';
import { PENGUKURAN_KOLOM } from '../core/layout';
import { a1 } from '../core/workbook';
import { BukuKerjaWeb } from './workbook-web';
import { buatBridgeWeb } from './bridge-web';
import { GridKerja } from './grid';

declare const __KINERJA_VERSI__: string | undefined;

export interface KinerjaWeb {
  bukuKerja: BukuKerjaWeb;
  grid: GridKerja;
  /** Milliseconds from navigation start until the grid showed the example's values. */
  waktuSiap?: number;
  siap: boolean;
}

declare global {
  interface Window {
    kinerjaWeb: KinerjaWeb;
  }
}

const NAMA_BERKAS = 'kinerja.xlsx';

/** The 2019 example: five template sheets, Pengukuran open on the first realisasi. */
export function muatContoh(bk: BukuKerjaWeb): void {
  bk.kosongkan();
  const r = rencanaJob('templat', bk.bacaSnapshot(BACA.templat), { contoh: true, sekarang: new Date().toISOString() });
  if (!r.plan) throw new Error(r.hasil.pesan);
  bk.terapkanRencana(r.plan);
  bk.pilih(SHEET.PENGUKURAN, a1(BARIS_DATA, PENGUKURAN_KOLOM.indexOf('Realisasi')));
}

/** The message in the top bar (wraps; the whole text is also its tooltip, with `rincian` for support). */
function status(teks: string, galat = false, rincian?: string): void {
  const s = document.getElementById('kw-status');
  if (!s) return;
  s.textContent = teks;
  s.title = rincian ? `${teks}\n\nRincian teknis: ${rincian}` : teks;
  s.classList.toggle('kw-status-galat', galat);
  s.scrollTop = 0;
}

/** A new workbook with one empty sheet, for "Sisipkan templat" without the example. */
const LEMBAR_KOSONG = 'Lembar1';
function muatKosong(bk: BukuKerjaWeb): void {
  bk.muat([{ name: LEMBAR_KOSONG, isi: [] }]);
}

function pesan(e: unknown): string {
  const m = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  return m || 'kesalahan tidak diketahui';
}

function mulai(): void {
  const petak = document.getElementById('kw-petak') as HTMLElement;
  const panel = document.getElementById('kinerja-root') as HTMLElement;
  const bk = new BukuKerjaWeb();
  muatContoh(bk);
  const grid = new GridKerja(petak, bk);
  const versi = typeof __KINERJA_VERSI__ === 'string' ? __KINERJA_VERSI__ : undefined;
  mountSidebar(panel, buatBridgeWeb(bk), versi ? { versi } : {});

  // Changes since the last load: ask before throwing them away.
  let berubah = false;
  bk.dengar((e) => {
    if (e.jenis === 'ubah') berubah = e.sumber !== 'muat';
  });

  const unduh = document.getElementById('kw-unduh') as HTMLButtonElement;
  unduh.addEventListener('click', async () => {
    unduh.disabled = true;
    status('Menyiapkan berkas .xlsx…');
    try {
      const { eksporXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      const bytes = await eksporXlsx(bk);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = NAMA_BERKAS;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status(`Berkas ${NAMA_BERKAS} diunduh: ${bk.namaLembar().length} lembar, dengan rumus, format, daftar pilihan dan warna kriteria.`);
    } catch (e) {
      status(`Gagal membuat berkas .xlsx: ${pesan(e)}`, true);
    } finally {
      unduh.disabled = false;
    }
  });

  const berkas = document.getElementById('kw-berkas') as HTMLInputElement;
  berkas.addEventListener('change', async () => {
    const f = berkas.files?.[0];
    if (!f) return;
    if (berubah && !window.confirm(`Buka ${f.name}? Perubahan pada buku kerja sekarang akan hilang (unduh dulu bila perlu).`)) {
      berkas.value = '';
      return;
    }
    status(`Membuka ${f.name}…`);
    try {
      const { imporXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      const h = await imporXlsx(bk, await f.arrayBuffer());
      status(`${f.name} dibuka: ${h.lembar.length} lembar (${h.lembar.join(', ')}).${h.catatan.length ? ' ' + h.catatan.join(' ') : ''}`);
    } catch (e) {
      const rincian = e && typeof e === 'object' && 'rincian' in e ? String((e as { rincian: unknown }).rincian) : undefined;
      if (e && typeof e === 'object' && (e as Error).name === 'BukanXlsx') {
        status(`Berkas ${f.name} tidak dapat dibuka sebagai .xlsx (rusak atau bukan file Excel). Buku kerja tidak diubah.`, true, rincian);
      } else {
        status(`Berkas ${f.name} tidak dapat dibuka sebagai .xlsx: ${pesan(e).replace(/\.\s*$/, '')}. Buku kerja tidak diubah.`, true);
      }
    } finally {
      berkas.value = '';
    }
  });

  const kosong = document.getElementById('kw-kosong') as HTMLButtonElement;
  kosong.addEventListener('click', () => {
    if (berubah && !window.confirm('Mulai buku kerja kosong? Perubahan pada buku kerja sekarang akan hilang (unduh dulu bila perlu).')) return;
    muatKosong(bk);
    berubah = false;
    status(`Buku kerja kosong dibuat (lembar ${LEMBAR_KOSONG}). Klik "Sisipkan templat" di panel Kinerja untuk menambahkan lembar PK, Pengukuran dan lainnya.`);
  });

  const contoh = document.getElementById('kw-contoh') as HTMLButtonElement;
  contoh.addEventListener('click', () => {
    if (berubah && !window.confirm('Muat ulang contoh LAKIP 2019? Perubahan pada buku kerja sekarang akan hilang.')) return;
    muatContoh(bk);
    berubah = false;
    status('Contoh LAKIP 2019 dimuat ulang.');
  });

  window.kinerjaWeb = { bukuKerja: bk, grid, siap: true, waktuSiap: Math.round(performance.now()) };
  document.body.dataset.siap = 'ya';
  status('Contoh LAKIP 2019 (Sekretariat Utama BPOM) dimuat. Ketik realisasi di kolom Realisasi, atau pakai panel Kinerja di kanan.');
}

try {
  mulai();
} catch (e) {
  status(`Kinerja gagal dimuat: ${pesan(e)}`, true);
  throw e;
}
