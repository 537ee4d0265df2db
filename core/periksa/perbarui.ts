/**
 * Stale sheets: the RAPK and the views no longer hold what "Perbarui dari PK"
 * would write now. Computed from the model with Perbarui's own row functions
 * (konteks.harapRapk / harapTampilan), not read from the banner. One finding
 * per cause, each advising the click:
 *
 *   the period setting is not the RAPK's            rapk-periode-beda
 *   PK Kodes not yet in the RAPK / RAPK Kodes gone  pk-kode-tidak-di-rapk, rapk-kode-tidak-di-pk
 *   the PK's order changed                          rapk-urutan-beda
 *   a copied PK field changed (per row)             rapk-beda-pk
 *   a view's rows or copied fields are not the RAPK's   tampilan-beda-rapk
 *   a cell where Perbarui writes a formula is empty     rumus-hilang
 *
 * A PK field that is itself wrong is reported at the PK (pk-*.ts): the RAPK
 * can't be right until the PK is, so it is not compared. A view is compared with
 * the RAPK it was written with, so a PK change is said once, at the RAPK.
 */
import { CellInput, batasiDaftar, bakuTeks, kutip } from '../values';
import { a1, sheetRef } from '../workbook';
import { SHEET } from '../layout';
import { TOMBOL_PERBARUI } from '../perbarui';
import { jenisKolomRapk } from '../lembar/rapk';
import { BarisLama, TabelLama } from '../model/tabel';
import { cocok, dariTulis, tampil } from './alat';
import { FieldPk, Harapan, Tampilan, selBerumus } from './konteks';
import { aturan } from './jenis';

const FIELD: Record<string, FieldPk> = {
  Polaritas: 'polaritas',
  'PK Polaritas': 'polaritas',
  'Pola target': 'pola',
  'PK Pola target': 'pola',
  Bobot: 'bobot',
  'PK Bobot': 'bobot',
  'Target tahunan': 'target',
  'PK Target': 'target',
  'PK Pagu': 'pagu',
};

/** The view columns Perbarui copies from the PK (it overwrites them without archiving). */
const TETAP_TAMPILAN: Record<Tampilan, readonly string[]> = {
  pengukuran: ['Perspektif', 'Sasaran', 'Indikator', 'Satuan', 'Polaritas', 'Bobot'],
  anggaran: ['Pagu'],
  renstra: ['Indikator', 'Satuan', 'Polaritas'],
};

function klik(lagi = ''): string {
  return `Klik "${TOMBOL_PERBARUI}"${lagi}: realisasi, pembilang dan penyebut yang sudah diketik tetap di tempatnya (dicocokkan menurut Kode).`;
}

/** The value Perbarui would write, as the message shows it. */
function tampilHarap(v: Harapan[string]): string {
  return tampil(dariTulis(v));
}

/** Sasaran keys of the RAPK's rows, one per run (as Perbarui writes Anggaran: one row per sasaran). */
function kunciSasaran(rapk: TabelLama): Array<{ kunci: string; nama: string }> {
  const out: Array<{ kunci: string; nama: string }> = [];
  for (const row of rapk.rows) {
    const s = String(row.sel.Sasaran?.nilai ?? '').trim();
    const nama = s || `(tanpa sasaran: ${row.kunciTeks})`;
    const kunci = bakuTeks(nama);
    if (out.length && out[out.length - 1].kunci === kunci) continue;
    out.push({ kunci, nama });
  }
  return out;
}

export const aturanPerbarui = aturan({
  nama: 'perbarui',
  kode: {
    'rapk-periode-beda': { tingkat: 'Peringatan', judul: 'Periode RAPK tidak sama dengan Pengaturan' },
    'pk-kode-tidak-di-rapk': { tingkat: 'Peringatan', judul: 'Indikator PK belum ada di RAPK' },
    'rapk-kode-tidak-di-pk': { tingkat: 'Peringatan', judul: 'Kode di RAPK tidak ada lagi di PK' },
    'rapk-urutan-beda': { tingkat: 'Peringatan', judul: 'Urutan RAPK tidak sama dengan PK' },
    'rapk-beda-pk': { tingkat: 'Peringatan', judul: 'RAPK tidak sama dengan PK' },
    'tampilan-beda-rapk': { tingkat: 'Peringatan', judul: 'Lembar tampilan tidak sesuai RAPK' },
    'rumus-hilang': { tingkat: 'Peringatan', judul: 'Sel hitung kosong tanpa rumus' },
  },
  periksa(k, lapor) {
    const { m, susun, pk } = k;
    const rapk = m.rapk;
    // Without a PK Perbarui accepts, or before the first click, there is nothing to compare.
    if (!pk || !susun || !rapk) return;
    const p = m.pengaturan;
    const cK = rapk.kolom.Kode;

    if (m.rapkPeriode.join() !== p.periode.join()) {
      const sp = p.setelan.periode;
      lapor({
        kode: 'rapk-periode-beda',
        sheet: sp && p.nama ? p.nama : rapk.nama,
        sel: sp && p.nama ? a1(sp.baris, 1) : a1(rapk.headerRow, rapk.kolomAwal),
        pesan: `Periode di Pengaturan ${p.jenisPeriode} (${p.periode.join(', ')}), tetapi tabel RAPK masih berkolom ${m.rapkPeriode.join(', ') || 'tanpa periode'}: RAPK, Pengukuran dan Renstra belum mengikuti pengaturan ini.`,
        saran: `Klik "${TOMBOL_PERBARUI}": isian periode yang masih ada tetap; isian periode yang tidak ada lagi disimpan di lembar "${SHEET.RAPK_ARSIP}".`,
      });
    }

    // Rows: added, gone, reordered.
    const diRapk = new Set(rapk.rows.map((r) => r.kunci));
    const baru = susun.baris.filter((b) => !diRapk.has(b.pk.kunci)).map((b) => b.pk);
    if (baru.length) {
      const b = baru[0];
      lapor({
        kode: 'pk-kode-tidak-di-rapk',
        sheet: pk.nama,
        sel: a1(b.baris, pk.tabel.kolom.kode ?? 0),
        pesan: `${baru.length === 1 ? `Indikator ${b.kode} (${kutip(b.indikator)}) ada` : `${baru.length} indikator (${batasiDaftar(baru.map((x) => x.kode))}) ada`} di PK tetapi belum ada di RAPK: realisasinya belum dapat diketik dan tidak masuk NPS mana pun.`,
        saran: klik(' untuk menambahkannya ke RAPK dan setiap lembar'),
      });
    }
    const sudah = new Set<string>();
    const keluar: BarisLama[] = [];
    for (const row of rapk.rows) {
      if (row.kunci && sudah.has(row.kunci)) continue; // a copied row: kode-ganda
      sudah.add(row.kunci);
      if (!row.kunci || !k.pkPerKunci.has(row.kunci)) keluar.push(row);
    }
    if (keluar.length) {
      const r = keluar[0];
      const sebut = (x: BarisLama): string => (x.kunciTeks ? x.kunciTeks : `baris ${x.baris + 1} (Kode kosong)`);
      lapor({
        kode: 'rapk-kode-tidak-di-pk',
        sheet: rapk.nama,
        sel: a1(r.baris, cK),
        pesan: `${keluar.length === 1 ? `Kode ${kutip(sebut(r))} (indikator ${kutip(String(r.sel.Indikator?.nilai ?? ''))}) ada` : `${keluar.length} baris (${batasiDaftar(keluar.map(sebut))}) ada`} di RAPK tetapi tidak ada di PK.`,
        saran: `Klik "${TOMBOL_PERBARUI}" untuk menyelaraskan RAPK dengan PK: baris yang tidak ada di PK dipindahkan beserta isiannya ke lembar "${SHEET.RAPK_ARSIP}" (dan kembali bila kodenya kembali ke PK). Bila kodenya salah ketik, perbaiki Kode di PK atau di RAPK.`,
      });
    }
    const urutRapk = rapk.rows.filter((r) => k.rapkPerKunci.get(r.kunci) === r);
    const urutPk = susun.baris.map((b) => b.pk.kunci).filter((x) => k.rapkPerKunci.has(x));
    const beda = urutRapk.findIndex((r, i) => r.kunci !== urutPk[i]);
    // Each row's "Cek PK" reads the PK row it was made from: a row moved in the PK is read at its old place.
    const pindah: Array<{ row: BarisLama; dulu: number; kini: number }> = [];
    for (const row of urutRapk) {
      const b = k.pkPerKunci.get(row.kunci);
      const ref = (row.sel['Cek PK']?.rumus ?? '').match(/ISERROR\(\s*(?:'(?:[^']|'')+'|[^!(),\s]+)!\$?[A-Za-z]{1,3}\$?(\d+)\s*\)/);
      if (b && ref && Number(ref[1]) !== b.baris + 1) pindah.push({ row, dulu: Number(ref[1]), kini: b.baris + 1 });
    }
    if (beda >= 0) {
      const r = urutRapk[beda];
      lapor({
        kode: 'rapk-urutan-beda',
        sheet: rapk.nama,
        sel: a1(r.baris, cK),
        pesan: `Urutan indikator di RAPK tidak sama dengan PK lagi: di baris ${r.baris + 1} ada ${r.kunciTeks}, padahal menurut PK di sini ${k.pkPerKunci.get(urutPk[beda])?.kode ?? urutPk[beda]}. Pengukuran dan NPS sasaran dikelompokkan menurut urutan ini.`,
        saran: klik(' untuk menyusun ulang RAPK dan setiap lembar mengikuti PK'),
      });
    } else if (pindah.length) {
      const x = pindah[0];
      lapor({
        kode: 'rapk-urutan-beda',
        sheet: rapk.nama,
        sel: a1(x.row.baris, cK),
        pesan: `Baris PK indikator ${x.row.kunciTeks} pindah (RAPK membacanya di baris ${x.dulu} lembar PK, sekarang di baris ${x.kini})${pindah.length > 1 ? `, juga ${batasiDaftar(pindah.slice(1).map((y) => y.row.kunciTeks))}` : ''}: kolom Cek PK dan judul RAPK menyatakan PK berubah. Urutan di RAPK tetap benar.`,
        saran: klik(' agar RAPK membaca setiap baris PK di tempatnya yang baru'),
      });
    }

    // Copied PK fields, per row.
    let rapkSegar = k.rapkSesuaiPk && !keluar.length && !baru.length;
    for (const row of k.rapkPerKunci.values()) {
      const h = k.harapRapk(row);
      const b = k.pkPerKunci.get(row.kunci);
      if (!h || !b) continue;
      const bedaKolom: string[] = [];
      let pertama = -1;
      for (const [header, v] of Object.entries(h)) {
        if (header === 'No' || jenisKolomRapk(header) !== 'tetap') continue;
        const c = rapk.kolom[header];
        const s = row.sel[header];
        if (c === undefined || !s) continue;
        const f = FIELD[header];
        if (f && k.bermasalahPk(b, f)) continue;
        // The Kode as written, case included (the row is found case-blind, but Cek PK and Perbarui write it exactly).
        const persis = (x: CellInput): string => String(x ?? '').trim().replace(/\s+/g, ' ');
        const sama = header === 'Kode' ? persis(s.nilai) === persis(dariTulis(v)) : cocok(s.nilai, v);
        if (sama) continue;
        if (pertama < 0) pertama = c;
        bedaKolom.push(`${header} di RAPK ${tampil(s.nilai)}, di PK ${tampilHarap(v)}`);
      }
      if (!bedaKolom.length) continue;
      rapkSegar = false;
      lapor({
        kode: 'rapk-beda-pk',
        sheet: rapk.nama,
        sel: a1(row.baris, pertama),
        pesan: `PK indikator ${row.kunciTeks} berubah sejak RAPK dibuat: ${bedaKolom.join('; ')}. Target, capaian dan NPS di RAPK dan setiap lembar masih memakai nilai lama.`,
        saran: klik(' untuk memperbarui RAPK dan setiap lembar dari PK'),
      });
    }

    // Views: the rows the RAPK has, and (while the RAPK is up to date) the PK fields they copy.
    const sasaran = kunciSasaran(rapk);
    const paguSalah = new Set(pk.baris.filter((x) => k.bermasalahPk(x, 'pagu')).map((x) => bakuTeks(x.sasaran || `(tanpa sasaran: ${x.kode})`)));
    const sesuai = new Set<Tampilan>();
    for (const t of ['pengukuran', 'anggaran', 'renstra'] as Tampilan[]) {
      const tabel = t === 'pengukuran' ? m.pengukuran : t === 'anggaran' ? m.anggaran : m.renstra;
      if (!tabel || k.tampilanLama(t)) continue;
      const nama = tabel.nama;
      const harapKunci = t === 'anggaran' ? sasaran.map((x) => x.kunci) : rapk.rows.map((r) => r.kunci);
      const ada = tabel.rows.map((r) => r.kunci);
      const i = harapKunci.findIndex((x, j) => ada[j] !== x);
      const kolomKunci = tabel.kolom[t === 'anggaran' ? 'Sasaran' : 'Kode'];
      if (i >= 0 || ada.length > harapKunci.length) {
        const j = i >= 0 ? i : harapKunci.length;
        const adaSet = new Set(ada);
        const harapSet = new Set(harapKunci);
        const hilang = harapKunci.filter((x) => !adaSet.has(x));
        const lebih = tabel.rows.filter((r) => !harapSet.has(r.kunci)).map((r) => r.kunciTeks || `baris ${r.baris + 1}`);
        const apa = t === 'anggaran' ? 'sasaran' : 'indikator';
        const sebutHilang = t === 'anggaran' ? hilang.map((x) => kutip(sasaran.find((s) => s.kunci === x)?.nama ?? x)) : hilang.map((x) => rapk.rows.find((r) => r.kunci === x)?.kunciTeks ?? x);
        const rinci = [hilang.length ? `belum memuat ${batasiDaftar(sebutHilang)}` : '', lebih.length ? `masih memuat ${batasiDaftar(lebih.map((x) => (t === 'anggaran' ? kutip(x) : x)))}` : '', !hilang.length && !lebih.length ? `urutan ${apa}nya berbeda` : ''].filter(Boolean);
        lapor({
          kode: 'tampilan-beda-rapk',
          sheet: nama,
          sel: j < tabel.rows.length ? a1(tabel.rows[j].baris, kolomKunci) : a1(tabel.headerRow, tabel.kolomAwal),
          pesan: `Lembar ${nama} tidak sesuai RAPK: ${rinci.join(', ')}. Angka di lembar ini dicari dari baris RAPK pada posisi yang sama, jadi sebagian menampilkan #N/A atau tidak ikut dihitung.`,
          saran: klik(` untuk menulis ulang ${nama} mengikuti RAPK`),
        });
        continue;
      }
      sesuai.add(t);
      if (!rapkSegar) continue;
      for (const row of tabel.rows) {
        const h = k.harapTampilan(t, row);
        if (!h) continue;
        const bedaKolom: string[] = [];
        let pertama = -1;
        for (const header of TETAP_TAMPILAN[t]) {
          const c = tabel.kolom[header];
          const s = row.sel[header];
          if (c === undefined || !s || !(header in h)) continue;
          // A PK cell that is itself wrong is said at the PK: the view can't be right until it is.
          const b = k.pkPerKunci.get(row.kunci);
          if (header === 'Bobot' && b && k.bermasalahPk(b, 'bobot')) continue;
          if (header === 'Polaritas' && b && k.bermasalahPk(b, 'polaritas')) continue;
          if (header === 'Pagu' && paguSalah.has(row.kunci)) continue;
          if (cocok(s.nilai, h[header])) continue;
          if (pertama < 0) pertama = c;
          bedaKolom.push(`${header} ${tampil(s.nilai)}, di PK ${tampilHarap(h[header])}`);
        }
        if (!bedaKolom.length) continue;
        lapor({
          kode: 'tampilan-beda-rapk',
          sheet: nama,
          sel: a1(row.baris, pertama),
          pesan: `Baris ${row.kunciTeks || row.baris + 1} di lembar ${nama} tidak sama dengan PK dan RAPK: ${bedaKolom.join('; ')}.${t === 'pengukuran' ? ' NPS di lembar ini dihitung dengan nilai itu.' : ''}`,
          saran: `Ubah nilainya di PK bila itu yang benar, lalu klik "${TOMBOL_PERBARUI}": kolom ini disalin dari PK, jadi ketikan di ${nama} akan ditimpa.`,
        });
      }
    }

    // Cells where Perbarui writes a formula, empty (a formula deleted, or a year switched in Pengaturan).
    const periksaHilang = (tabel: TabelLama, harap: (row: BarisLama) => Harapan | null, boleh: (row: BarisLama, header: string) => boolean): void => {
      if (!tabel.adaRumus) return;
      const hilang: string[] = [];
      let pertama: string | null = null;
      for (const row of tabel.rows) {
        const h = harap(row);
        if (!h) continue;
        for (const { header, kolom: c, sel: s } of selBerumus(tabel, row, h)) {
          if (!boleh(row, header) || s.rumus || !(s.nilai === null || s.nilai === undefined || s.nilai === '')) continue;
          pertama ??= a1(row.baris, c);
          hilang.push(a1(row.baris, c));
        }
      }
      if (!pertama) return;
      const tahun = p.tahun;
      const kolomTahun = tahun !== null && tabel === m.renstra && tabel.kolom[`Realisasi ${tahun}`] !== undefined && hilang.some((x) => x.replace(/\d+$/, '') === a1(0, tabel.kolom[`Realisasi ${tahun}`]).replace(/\d+$/, ''));
      lapor({
        kode: 'rumus-hilang',
        sheet: tabel.nama,
        sel: pertama,
        pesan: `${hilang.length === 1 ? `Sel ${pertama}` : `${hilang.length} sel (${batasiDaftar(hilang)})`} di ${sheetRef(tabel.nama)} kosong tanpa rumus, padahal Kinerja menghitungnya dengan rumus${kolomTahun ? `: Tahun di Pengaturan (${tahun}) berubah sejak lembar ini dibuat, jadi kolom Realisasi ${tahun} belum mengambil realisasi dari RAPK` : ''}.`,
        saran: `Klik "${TOMBOL_PERBARUI}" untuk menulis rumusnya lagi (isian Anda tetap).`,
      });
    };
    const pola = (row: BarisLama): string | null => {
      const b = k.pkPerKunci.get(row.kunci);
      return b && typeof b.urai.pola === 'string' ? b.urai.pola : null;
    };
    // Only where the rows are where Perbarui put them (else the cause above is said, and the click rewrites them).
    if (!rapkSegar) return;
    // RAPK: computed columns, and the targets of a non-kumulatif row (a kumulatif row's blank target is target-pola's).
    periksaHilang(rapk, k.harapRapk, (row, h) => jenisKolomRapk(h) === 'rumus' || (jenisKolomRapk(h) === 'target' && pola(row) !== 'kumulatif'));
    for (const t of sesuai) {
      const tabel = t === 'pengukuran' ? m.pengukuran : t === 'anggaran' ? m.anggaran : m.renstra;
      if (tabel) periksaHilang(tabel, (row) => k.harapTampilan(t, row), () => true);
    }
  },
});

