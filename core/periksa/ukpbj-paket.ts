/**
 * UKPBJ checks on the Paket sheet (UKPBJ.md §7): what real SPSE/ISB exports and
 * typed rows get wrong. Each finding cites the Paket cell, names the values and
 * says how to fix it. One cause, one finding: a kontrak above pagu is not also
 * reported above HPS, nor as a negative efficiency; a text cell is reported as
 * unreadable and left out of every comparison.
 */
import { CellInput, batasiDaftar, formatAngka, kutip } from '../values';
import { a1 } from '../workbook';
import { LEMBAR_UKPBJ, PAKET_KOLOM, SETELAN_UKPBJ } from '../ukpbj/kolom';
import { BarisPaket, ModelUkpbj, TabelPaket, bacaUkpbj, daftarRup } from '../ukpbj/model';
import { bakuStatus } from '../ukpbj/impor';
import { teksTanggal } from '../ukpbj/tanggal';
import { tampil } from './alat';
import { aturan } from './jenis';
import type { Konteks } from './konteks';

/** The UKPBJ model of the workbook Periksa reads (one read per Periksa run). */
const cache = new WeakMap<object, ModelUkpbj>();
export function modelUkpbj(k: Konteks): ModelUkpbj {
  let m = cache.get(k.m.snapshot);
  if (!m) {
    m = bacaUkpbj(k.m.snapshot);
    cache.set(k.m.snapshot, m);
  }
  return m;
}

const rp = (x: number): string => `Rp${formatAngka(x, 2)}`;

/** The day Periksa runs, as a serial (dates in the future are checked against it). */
export function hariIni(): number {
  const d = new Date();
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const ANGKA = PAKET_KOLOM.filter((k) => k.jenis === 'angka').map((k) => k.h);
const TANGGAL = PAKET_KOLOM.filter((k) => k.jenis === 'tanggal').map((k) => k.h);

export const aturanUkpbjPaket = aturan({
  nama: 'ukpbj-paket',
  kode: {
    'paket-nilai-tak-terbaca': { tingkat: 'Kesalahan', judul: 'Nilai atau tanggal paket tidak terbaca' },
    'kontrak-di-atas-pagu': { tingkat: 'Kesalahan', judul: 'Nilai kontrak di atas pagu' },
    'kontrak-di-atas-hps': { tingkat: 'Peringatan', judul: 'Nilai kontrak di atas HPS' },
    'hps-di-atas-pagu': { tingkat: 'Kesalahan', judul: 'HPS di atas pagu' },
    'pdn-umk-di-atas-kontrak': { tingkat: 'Kesalahan', judul: 'Nilai PDN atau UMK di atas nilai kontrak' },
    'tanggal-paket-terbalik': { tingkat: 'Kesalahan', judul: 'Tanggal paket tidak berurutan' },
    'tanggal-paket-masa-depan': { tingkat: 'Peringatan', judul: 'Paket selesai bertanggal di masa depan' },
    'selesai-tanpa-kontrak': { tingkat: 'Peringatan', judul: 'Paket selesai tanpa nilai kontrak' },
    'kode-paket-ganda': { tingkat: 'Kesalahan', judul: 'Kode paket dipakai dua baris' },
    'kode-rup-ganda': { tingkat: 'Peringatan', judul: 'Kode RUP dipakai dua paket' },
    'paket-tanpa-area': { tingkat: 'Peringatan', judul: 'Paket belum dipetakan ke area strategis' },
    'area-tidak-dikenal': { tingkat: 'Peringatan', judul: 'Area strategis paket tidak ada di Tujuan & Area' },
    'efisiensi-terlalu-tinggi': { tingkat: 'Peringatan', judul: 'Efisiensi paket di atas batas wajar' },
    'jumlah-paket-tidak-sama': { tingkat: 'Kesalahan', judul: 'Baris jumlah berbeda dari jumlah barisnya' },
  },
  periksa(k, lapor) {
    const m = modelUkpbj(k);
    const p = m.paket;
    if (!p) return;
    const S = p.nama;
    const sel = (b: BarisPaket, h: string): string => a1(b.baris, p.kolom[h]);
    const ada = (h: string): boolean => p.kolom[h] !== undefined;
    const nilai = (b: BarisPaket, h: string): CellInput => (ada(h) ? b.sel[h]?.nilai ?? null : null);
    const kosong = (v: CellInput): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
    /** A number the views compute with; null for blank or for text (reported once below). */
    const angka = (b: BarisPaket, h: string): number | null => {
      const v = nilai(b, h);
      return typeof v === 'number' ? v : null;
    };
    const paket = p.rows.filter((b) => b.kunci !== null);
    const tanpaKode = (b: BarisPaket): string => b.kode || `RUP ${b.rup.join(';')}`;

    for (const b of paket) {
      const nama = tanpaKode(b);
      // Text where a number or date belongs: the views show #VALUE! there.
      for (const h of [...ANGKA, ...TANGGAL]) {
        const v = nilai(b, h);
        if (ada(h) && !kosong(v) && typeof v !== 'number') {
          const tgl = TANGGAL.includes(h);
          lapor({
            kode: 'paket-nilai-tak-terbaca',
            sheet: S,
            sel: sel(b, h),
            pesan: `${h} paket ${nama} berisi ${tampil(v)}, bukan ${tgl ? 'tanggal' : 'angka'}: Kinerja Paket menampilkan #VALUE! dan paket ini tidak dihitung di indikator yang memakainya.`,
            saran: tgl ? 'Ketik tanggalnya (mis. 2025-02-11), atau impor ulang dari ekspor SPSE: Impor paket membaca 2025-02-11 10:00:00, 11/02/2025 dan 11 Februari 2025.' : 'Ketik angkanya tanpa teks (Rupiah boleh dengan titik ribuan), atau kosongkan bila belum ada data.',
          });
        }
      }
      const pagu = angka(b, 'Pagu');
      const hps = angka(b, 'HPS');
      const kontrak = angka(b, 'Nilai kontrak');
      if (kontrak !== null && pagu !== null && kontrak > pagu) {
        const x10 = kontrak / 10 <= pagu && kontrak / 10 >= pagu * 0.5;
        lapor({
          kode: 'kontrak-di-atas-pagu',
          sheet: S,
          sel: sel(b, 'Nilai kontrak'),
          pesan: `Nilai kontrak paket ${nama} ${rp(kontrak)} di atas pagu ${rp(pagu)}${x10 ? `: sepersepuluhnya (${rp(kontrak / 10)}) masuk akal, kemungkinan salah ketik ×10` : ''}. Paket ini dikecualikan dari efisiensi, PDN dan UMK sampai diperbaiki.`,
          saran: 'Cocokkan dengan e-Kontrak atau SPSE (nilai negosiasi/kontrak), lalu perbaiki nilai kontrak atau pagunya.',
        });
      } else if (kontrak !== null && hps !== null && kontrak > hps) {
        lapor({
          kode: 'kontrak-di-atas-hps',
          sheet: S,
          sel: sel(b, 'Nilai kontrak'),
          pesan: `Nilai kontrak paket ${nama} ${rp(kontrak)} di atas HPS ${rp(hps)}: HPS adalah batas tertinggi penawaran yang sah, jadi efisiensi HPS paket ini negatif.`,
          saran: 'Periksa apakah HPS atau nilai kontrak salah ketik, atau apakah kontrak diubah (adendum) setelah penetapan.',
        });
      }
      if (hps !== null && pagu !== null && hps > pagu) {
        lapor({
          kode: 'hps-di-atas-pagu',
          sheet: S,
          sel: sel(b, 'HPS'),
          pesan: `HPS paket ${nama} ${rp(hps)} di atas pagu ${rp(pagu)}.`,
          saran: 'HPS tidak boleh melebihi pagu anggaran: periksa kedua angka di SPSE/SiRUP.',
        });
      }
      for (const h of ['Nilai PDN', 'Nilai UMK']) {
        const v = angka(b, h);
        if (v !== null && kontrak !== null && v > kontrak && !(pagu !== null && kontrak > pagu)) {
          lapor({
            kode: 'pdn-umk-di-atas-kontrak',
            sheet: S,
            sel: sel(b, h),
            pesan: `${h} paket ${nama} ${rp(v)} di atas nilai kontrak ${rp(kontrak)}.`,
            saran: `${h} adalah bagian dari nilai kontrak: perbaiki angkanya, atau kosongkan bila belum diketahui (kosong bukan 0).`,
          });
        }
      }
      const umum = angka(b, 'Tgl pengumuman');
      const tetap = angka(b, 'Tgl penetapan pemenang');
      const tglK = angka(b, 'Tgl kontrak');
      if (umum !== null && tetap !== null && Math.floor(tetap) < Math.floor(umum)) {
        lapor({
          kode: 'tanggal-paket-terbalik',
          sheet: S,
          sel: sel(b, 'Tgl penetapan pemenang'),
          pesan: `Tgl penetapan pemenang paket ${nama} (${teksTanggal(tetap)}) sebelum tgl pengumuman (${teksTanggal(umum)}): durasi pemilihannya negatif.`,
          saran: 'Periksa kedua tanggal di SPSE; paket ini dikecualikan dari indikator waktu sampai diperbaiki.',
        });
      } else if (tetap !== null && tglK !== null && Math.floor(tglK) < Math.floor(tetap)) {
        lapor({
          kode: 'tanggal-paket-terbalik',
          sheet: S,
          sel: sel(b, 'Tgl kontrak'),
          pesan: `Tgl kontrak paket ${nama} (${teksTanggal(tglK)}) sebelum tgl penetapan pemenang (${teksTanggal(tetap)}).`,
          saran: 'Kontrak ditandatangani setelah pemenang ditetapkan: periksa kedua tanggal.',
        });
      }
      const status = bakuStatus(String(nilai(b, 'Status') ?? ''));
      if (status === 'Selesai') {
        const kini = hariIni();
        const depan = (['Tgl penetapan pemenang', 'Tgl kontrak'] as const).find((h) => {
          const v = angka(b, h);
          return v !== null && Math.floor(v) > kini;
        });
        if (depan) {
          lapor({
            kode: 'tanggal-paket-masa-depan',
            sheet: S,
            sel: sel(b, depan),
            pesan: `Paket ${nama} berstatus Selesai, tetapi ${depan} ${teksTanggal(angka(b, depan) as number)} belum tiba: tanggal itu tanggal rencana (ekspor TenderSelesaiNilai juga memuat tender yang masih berlangsung).`,
            saran: 'Ubah Status menjadi Berlangsung, atau ketik tanggal yang sebenarnya.',
          });
        }
        if (ada('Nilai kontrak') && kosong(nilai(b, 'Nilai kontrak'))) {
          lapor({
            kode: 'selesai-tanpa-kontrak',
            sheet: S,
            sel: sel(b, 'Nilai kontrak'),
            pesan: `Paket ${nama} berstatus Selesai tetapi nilai kontraknya kosong: paket ini tidak ikut efisiensi, PDN dan UMK.`,
            saran: 'Isi nilai kontrak dari e-Kontrak/SPSE, atau periksa statusnya (Berlangsung atau Gagal/Batal).',
          });
        }
      }
      // Efficiency against HPS above the setting (bids under 80 % of HPS need a larger jaminan pelaksanaan).
      if (kontrak !== null && hps !== null && hps > 0 && kontrak <= hps && !(pagu !== null && (kontrak > pagu || hps > pagu))) {
        const ef = ((hps - kontrak) / hps) * 100;
        const rendah = m.setelan.penawaranRendah;
        if (ef > m.setelan.efisiensiWajar || kontrak < (hps * rendah) / 100) {
          lapor({
            kode: 'efisiensi-terlalu-tinggi',
            sheet: S,
            sel: sel(b, 'Nilai kontrak'),
            pesan: `Efisiensi HPS paket ${nama} ${formatAngka(ef, 2)} % (kontrak ${rp(kontrak)}, ${formatAngka((kontrak / hps) * 100, 2)} % dari HPS ${rp(hps)}): di atas batas wajar ${formatAngka(m.setelan.efisiensiWajar)} % atau di bawah ${formatAngka(rendah)} % HPS. Penawaran di bawah 80 % HPS perlu klarifikasi dan jaminan pelaksanaan dari HPS (Perpres 16/2018 Pasal 26), atau nilainya salah ketik.`,
            saran: `Periksa nilai kontrak dan HPS; kedua batas diubah di Pengaturan ("${SETELAN_UKPBJ.efisiensiWajar}", "${SETELAN_UKPBJ.penawaranRendah}").`,
          });
        }
      }
    }

    // One key, one row: duplicate Kode paket, and a Kode RUP of two paket.
    const kunci = new Map<string, BarisPaket>();
    const rup = new Map<string, BarisPaket>();
    for (const b of paket) {
      if (b.kode) {
        const k0 = kunci.get(b.kunci as string);
        if (k0) {
          lapor({
            kode: 'kode-paket-ganda',
            sheet: S,
            sel: sel(b, 'Kode paket'),
            pesan: `Kode paket ${kutip(b.kode)} juga ada di baris ${k0.baris + 1}: paketnya terhitung dua kali di setiap indikator.`,
            saran: 'Hapus baris rangkap (gabungkan isinya ke satu baris), atau perbaiki kodenya. Impor paket memperbarui baris menurut kode, tidak menggandakan.',
          });
          continue;
        }
        kunci.set(b.kunci as string, b);
      }
      for (const r of b.rup) {
        const r0 = rup.get(r);
        if (r0 && r0 !== b) {
          lapor({
            kode: 'kode-rup-ganda',
            sheet: S,
            sel: sel(b, 'Kode RUP'),
            pesan: `Kode RUP ${r} paket ${tanpaKode(b)} juga dipakai paket ${tanpaKode(r0)} (baris ${r0.baris + 1}).`,
            saran: 'Satu rencana (RUP) menjadi satu paket; paket konsolidasi memuat beberapa Kode RUP dipisah titik koma. Periksa apakah kedua baris paket yang sama.',
          });
          break;
        }
        if (!r0) rup.set(r, b);
      }
    }

    // Area strategis: mapped (SOP step 10), and one of Tujuan & Area's codes.
    if (ada('Area strategis') && paket.length) {
      const tanpa = paket.filter((b) => kosong(nilai(b, 'Area strategis')));
      if (tanpa.length) {
        lapor({
          kode: 'paket-tanpa-area',
          sheet: S,
          sel: sel(tanpa[0], 'Area strategis'),
          pesan: `${tanpa.length} dari ${paket.length} paket belum punya area strategis (baris ${batasiDaftar(tanpa.map((b) => String(b.baris + 1)))}): indikator yang disaring menurut area tidak menghitungnya.`,
          saran: `Isi kode area dari lembar ${LEMBAR_UKPBJ.TUJUAN} (beberapa dipisah titik koma), SOP langkah 10.`,
        });
      }
      const kenal = new Set(m.area.map((a) => a.kode.toLowerCase()));
      if (kenal.size) {
        for (const b of paket) {
          const asing = daftarRup(nilai(b, 'Area strategis')).filter((x) => !kenal.has(x));
          if (asing.length) {
            lapor({
              kode: 'area-tidak-dikenal',
              sheet: S,
              sel: sel(b, 'Area strategis'),
              pesan: `Area strategis ${kutip(asing.join(';').toUpperCase())} paket ${tanpaKode(b)} tidak ada di lembar ${LEMBAR_UKPBJ.TUJUAN} (${batasiDaftar(m.area.map((a) => a.kode))}).`,
              saran: `Pakai kode area dari lembar ${LEMBAR_UKPBJ.TUJUAN}, atau tambahkan area itu di sana.`,
            });
          }
        }
      }
    }
    periksaJumlah(p, S, lapor);
  },
});

/** A typed "Jumlah"/"Total" row: each money column equals the sum of the paket rows above it (since the previous total). */
function periksaJumlah(p: TabelPaket, S: string, lapor: (t: { kode: 'jumlah-paket-tidak-sama'; sheet: string; sel: string; pesan: string; saran: string }) => void): void {
  let dari = 0;
  p.rows.forEach((b, i) => {
    if (!b.jumlah) return;
    const atas = p.rows.slice(dari, i).filter((x) => !x.jumlah && x.kunci !== null);
    dari = i + 1;
    for (const h of ['Pagu', 'HPS', 'Nilai kontrak', 'Nilai PDN', 'Nilai UMK']) {
      const c = p.kolom[h];
      const v = c === undefined ? null : b.sel[h]?.nilai;
      if (typeof v !== 'number') continue;
      const jumlah = atas.reduce((s, x) => s + (typeof x.sel[h]?.nilai === 'number' ? (x.sel[h].nilai as number) : 0), 0);
      if (Math.abs(jumlah - v) > 0.5) {
        lapor({
          kode: 'jumlah-paket-tidak-sama',
          sheet: S,
          sel: a1(b.baris, c as number),
          pesan: `Baris jumlah menulis ${h} Rp${formatAngka(v, 2)}, padahal ${atas.length} paket di atasnya berjumlah Rp${formatAngka(jumlah, 2)} (selisih Rp${formatAngka(v - jumlah, 2)}).`,
          saran: 'Hitung ulang jumlahnya (=SUM atas barisnya), atau hapus baris jumlah: Kinerja menjumlah sendiri di lembar hitung.',
        });
      }
    }
  });
}
