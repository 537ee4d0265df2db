/**
 * "Coba tanpa Excel": the browser workbook page. A grid over HyperFormula on
 * the left, the real Kinerja sidebar (the same code as in Excel and Sheets)
 * on the right, talking to the workbook through the web bridge.
 *
 * On load the page opens the workbook autosaved in this browser, or else
 * applies "Sisipkan templat" with the 2019 example (the same plan Excel and
 * Sheets get, in the browser's formula form) and opens the RAPK on the first
 * realisasi of B12, where figures are typed (Pengukuran is a view of it).
 * Every change is saved in the browser (IndexedDB) a moment
 * later; a line under the buttons says when. ExcelJS is loaded only when a
 * file is saved or opened.
 */
import { mountSidebar } from '../sidebar/sidebar';
import { BACA, rencanaJob } from '../core/jobs';
import { SHEET, rapkKolom } from '../core/layout';
import { BARIS_DATA } from '../core/templates';
import { TOMBOL_PERBARUI } from '../core/perbarui';
import { a1 } from '../core/workbook';
import { BukuKerjaWeb } from './workbook-web';
import { LEMBAR_KOSONG, buatBridgeWeb, namaAman, unduhBerkas, zonaWaktu } from './bridge-web';
import { pngGrafik } from './grafik';
import { GridKerja } from './grid';
import { PenyimpanOtomatis, Simpanan, bacaSimpanan, hapusSimpanan } from './simpan';

declare const __KINERJA_VERSI__: string | undefined;

export interface KinerjaWeb {
  bukuKerja: BukuKerjaWeb;
  grid: GridKerja;
  /** Milliseconds from navigation start until the grid showed the workbook. */
  waktuSiap?: number;
  siap: boolean;
  /** The workbook's name: the download is called after it. */
  namaBuku(): string;
  /** Resolves when the latest change is saved in the browser. */
  tersimpan(): Promise<void>;
}

declare global {
  interface Window {
    kinerjaWeb: KinerjaWeb;
  }
}

const NAMA_CONTOH = 'Contoh LAKIP 2019';
const NAMA_KOSONG = 'Buku kerja Kinerja';

/** The 2019 example: the templates and the views, the RAPK open on the first realisasi of B12 (where figures are typed). */
export function muatContoh(bk: BukuKerjaWeb): void {
  bk.kosongkan();
  const r = rencanaJob('templat', bk.bacaSnapshot(BACA.templat), { contoh: true, sekarang: new Date().toISOString() });
  if (!r.plan) throw new Error(r.hasil.pesan);
  bk.terapkanRencana(r.plan);
  // Opening the example is not a step to undo.
  bk.lupakanRiwayat();
  bk.pilih(SHEET.RAPK, a1(BARIS_DATA, rapkKolom().realisasi.B12));
}

/** The first screen of the example: the RAPK's B12 block (what is typed and what it gives), beside the frozen Kode and Indikator. */
function tampilanContoh(grid: GridKerja): void {
  const k = rapkKolom();
  grid.tampilkanKolom(BARIS_DATA, k.pembilang.B12, k.kriteria.B12);
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

/** A new workbook with one empty sheet; Sisipkan templat then replaces it with the template sheets. */
function muatKosong(bk: BukuKerjaWeb): void {
  bk.muat([{ name: LEMBAR_KOSONG, isi: [] }]);
}

function pesan(e: unknown): string {
  const m = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  return m || 'kesalahan tidak diketahui';
}

/** A file name from the workbook's name (without characters Windows refuses). */
export function namaBerkas(nama: string): string {
  return `${namaAman(nama, 'kinerja')}.xlsx`;
}

/** "14.03 WIB": a time the Indonesian way, in the user's own zone. */
function jam(d: Date): string {
  try {
    return d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: zonaWaktu(), timeZoneName: 'short' });
  } catch {
    return d.toLocaleTimeString('id-ID');
  }
}

async function mulai(): Promise<void> {
  const petak = document.getElementById('kw-petak') as HTMLElement;
  const panel = document.getElementById('kinerja-root') as HTMLElement;
  const garisSimpan = document.getElementById('kw-simpan') as HTMLElement;
  const bk = new BukuKerjaWeb();
  let namaBuku = NAMA_CONTOH;

  // The workbook saved in this browser, else the example.
  let dipulihkan: Simpanan | undefined;
  let galatBaca = '';
  try {
    dipulihkan = await bacaSimpanan();
  } catch (e) {
    galatBaca = pesan(e);
  }
  if (dipulihkan) {
    try {
      bk.muat(dipulihkan.lembar, dipulihkan.pilihan ?? undefined);
      namaBuku = dipulihkan.nama || NAMA_KOSONG;
    } catch (e) {
      galatBaca = pesan(e);
      dipulihkan = undefined;
    }
  }
  if (!dipulihkan) muatContoh(bk);
  const grid = new GridKerja(petak, bk);
  grid.slotBawah.append(garisSimpan);
  if (dipulihkan?.tampilan) grid.pulihkanTampilan(dipulihkan.tampilan);
  else if (!dipulihkan) tampilanContoh(grid);

  const versi = typeof __KINERJA_VERSI__ === 'string' ? __KINERJA_VERSI__ : undefined;
  const bridge = buatBridgeWeb(bk, { namaBuku: () => namaBuku });
  let lepasPanel = mountSidebar(panel, bridge, { ...(versi ? { versi } : {}), statusIkutBuku: true });
  /** Another workbook: a fresh panel (no findings or results of the one before). */
  const panelBaru = (): void => {
    lepasPanel();
    lepasPanel = mountSidebar(panel, bridge, { ...(versi ? { versi } : {}), statusIkutBuku: true });
  };
  const judul = (): void => {
    document.title = `${namaBuku} — Kinerja`;
  };
  judul();

  // Autosave: every change (and where the user is) a moment later.
  const tulisGaris = (teks: string, galat = false): void => {
    const t = garisSimpan.querySelector('.kw-simpan-teks') as HTMLElement;
    t.textContent = teks;
    t.title = `${teks} Buku kerja disimpan di penyimpanan peramban ini (IndexedDB) setiap kali berubah dan dibuka lagi saat halaman dimuat ulang; tidak ada yang dikirim ke luar komputer ini.`;
    garisSimpan.classList.toggle('kw-status-galat', galat);
  };
  const penyimpan = new PenyimpanOtomatis(
    () => ({ versi: 1, nama: namaBuku, disimpan: new Date().toISOString(), ...bk.simpanan(), tampilan: grid.tampilanSemua() }),
    (k) => {
      if (k.jenis === 'menyimpan') tulisGaris('Menyimpan di peramban ini…');
      else if (k.jenis === 'tersimpan') tulisGaris(`Tersimpan di peramban ini pukul ${jam(k.waktu)}`);
      else tulisGaris(`Tidak dapat menyimpan otomatis di peramban ini (${k.pesan}). Unduh .xlsx agar pekerjaan tidak hilang.`, true);
    },
  );
  if (dipulihkan) tulisGaris(`Dibuka dari simpanan peramban (pukul ${jam(new Date(dipulihkan.disimpan))})`);
  else if (galatBaca) tulisGaris(`Simpanan di peramban ini tidak dapat dibaca (${galatBaca}); contoh LAKIP 2019 dibuka.`, true);
  else tulisGaris('Disimpan otomatis di peramban ini');

  // Changes since the last load: ask before throwing them away (a workbook restored from the browser is the user's work).
  let berubah = !!dipulihkan;
  let pilihTertunda = false;
  bk.dengar((e) => {
    if (e.jenis === 'ubah') {
      berubah = e.sumber !== 'muat';
      penyimpan.ubah();
    } else if (!pilihTertunda) {
      // Where the user is goes along with the next save; a move alone is saved a little later.
      pilihTertunda = true;
      setTimeout(() => {
        pilihTertunda = false;
        penyimpan.ubah();
      }, 1000);
    }
  });
  const simpanSegera = (): void => penyimpan.segera();
  window.addEventListener('pagehide', simpanSegera);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') simpanSegera();
  });
  if (!dipulihkan) penyimpan.ubah();

  const mulaiBaru = garisSimpan.querySelector('.kw-mulai-baru') as HTMLButtonElement;
  mulaiBaru.addEventListener('click', async () => {
    if (!window.confirm('Mulai baru? Buku kerja yang tersimpan di peramban ini dihapus dan contoh LAKIP 2019 dibuka (unduh .xlsx dulu bila perlu).')) return;
    penyimpan.batal();
    await penyimpan.selesai();
    try {
      await hapusSimpanan();
    } catch {
      // Nothing saved, or storage unavailable: starting over still works.
    }
    namaBuku = NAMA_CONTOH;
    muatContoh(bk);
    tampilanContoh(grid);
    panelBaru();
    judul();
    berubah = false;
    status('Mulai baru: simpanan dihapus, contoh LAKIP 2019 dibuka.');
  });

  const unduh = document.getElementById('kw-unduh') as HTMLButtonElement;
  unduh.addEventListener('click', async () => {
    unduh.disabled = true;
    const berkas = namaBerkas(namaBuku);
    status('Menyiapkan berkas .xlsx…');
    try {
      const { eksporXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      // Charts go in as pictures (ExcelJS writes no charts), drawn as they show now.
      const bytes = await eksporXlsx(bk, (g, d) => pngGrafik(g, d));
      unduhBerkas(bytes, berkas, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      status(`Berkas ${berkas} diunduh: ${bk.namaLembar().length} lembar, dengan rumus, format, daftar pilihan, warna kriteria, grafik (sebagai gambar) dan pengaturan cetak.`);
    } catch (e) {
      status(`Gagal membuat berkas .xlsx: ${pesan(e)}`, true);
    } finally {
      unduh.disabled = false;
    }
  });

  // "Unduh Bab III (.docx)": the report as a Word chapter (the docx library is fetched at the first click).
  const bab3 = document.createElement('button');
  bab3.type = 'button';
  bab3.id = 'kw-bab3';
  bab3.className = 'kw-tombol';
  bab3.textContent = 'Unduh Bab III (.docx)';
  bab3.title = 'Unduh Bab III Akuntabilitas Kinerja (Word): ringkasan, tabel, grafik dan perbandingan dari lembar kerja ini';
  unduh.after(bab3);
  bab3.addEventListener('click', async () => {
    bab3.disabled = true;
    status('Menyiapkan Bab III (.docx)…');
    try {
      const h = await (bridge.unduhBab3 as () => Promise<{ ok: boolean; pesan: string }>)();
      status(h.pesan, !h.ok);
    } catch (e) {
      status(`Gagal membuat Bab III (.docx): ${pesan(e)}`, true);
    } finally {
      bab3.disabled = false;
    }
  });

  const berkas = document.getElementById('kw-berkas') as HTMLInputElement;
  berkas.addEventListener('change', async () => {
    const f = berkas.files?.[0];
    if (!f) return;
    // A unit's returned isian file: its isian sheets can join the open workbook instead of replacing it.
    if (bk.idLembar('PK') !== undefined && /\.xlsx$/i.test(f.name)) {
      try {
        const { bacaXlsx, lembarIsianDi, tambahIsianXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
        const data = await f.arrayBuffer();
        const isian = lembarIsianDi((await bacaXlsx(data)).lembar).map((l) => l.name);
        if (isian.length && window.confirm(`${f.name} berisi lembar isian (${isian.join(', ')}). Tambahkan lembar itu ke buku kerja yang terbuka?\n\nOK: tambahkan (buku kerja ini tetap). Batal: buka berkas sebagai buku kerja baru.`)) {
          const h = await tambahIsianXlsx(bk, data, f.name);
          status(h.ok ? `${h.pesan}${h.catatan.length ? ' ' + h.catatan.join(' ') : ''}` : h.pesan, !h.ok);
          berkas.value = '';
          return;
        }
      } catch {
        // Not readable here: the usual path below says why.
      }
    }
    if (berubah && !window.confirm(`Buka ${f.name}? Perubahan pada buku kerja sekarang akan hilang (unduh dulu bila perlu).`)) {
      berkas.value = '';
      return;
    }
    status(`Membuka ${f.name}…`);
    try {
      const { imporXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      const h = await imporXlsx(bk, await f.arrayBuffer());
      namaBuku = f.name.replace(/\.xlsx$/i, '') || NAMA_KOSONG;
      panelBaru();
      judul();
      penyimpan.ubah();
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
    namaBuku = NAMA_KOSONG;
    panelBaru();
    judul();
    berubah = false;
    status(`Buku kerja kosong dibuat (lembar ${LEMBAR_KOSONG}). Klik "Sisipkan templat" di panel Kinerja untuk menambahkan lembar PK dan Pengaturan; setelah PK diisi, "${TOMBOL_PERBARUI}" membuat RAPK, Pengukuran, Anggaran dan Renstra.`);
  });

  const contoh = document.getElementById('kw-contoh') as HTMLButtonElement;
  contoh.addEventListener('click', () => {
    if (berubah && !window.confirm('Muat ulang contoh LAKIP 2019? Perubahan pada buku kerja sekarang akan hilang.')) return;
    muatContoh(bk);
    tampilanContoh(grid);
    namaBuku = NAMA_CONTOH;
    panelBaru();
    judul();
    berubah = false;
    status('Contoh LAKIP 2019 dimuat ulang.');
  });

  window.kinerjaWeb = {
    bukuKerja: bk,
    grid,
    siap: true,
    waktuSiap: Math.round(performance.now()),
    namaBuku: () => namaBuku,
    tersimpan: () => penyimpan.selesai(),
  };
  document.body.dataset.siap = 'ya';
  status(
    dipulihkan
      ? `${namaBuku} dibuka kembali dari peramban ini, seperti saat ditinggalkan.`
      : 'Contoh LAKIP 2019 (Sekretariat Utama BPOM) dimuat. Ketik realisasi di lembar RAPK (kolom Realisasi B12); Pengukuran, Anggaran dan Renstra mengikutinya. Panel Kinerja ada di kanan.',
  );
}

mulai().catch((e) => {
  status(`Kinerja gagal dimuat: ${pesan(e)}`, true);
  throw e;
});
