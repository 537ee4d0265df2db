/**
 * Pengaturan: every generated formula reads its cells, so one value they can't
 * use changes every capaian or kriteria at once. The model says what it could
 * not read (ModelPengaturan.masalah); here too what Kinerja reads but the
 * native formulas would not: a preset name spelled other than offered, a
 * "> n" bound written in a way the bands-in-force formula can't parse.
 */
import { PRESET_KRITERIA } from '../settings';
import { PRESET_SENDIRI } from '../layout';
import { bacaSkalaKualitatif } from '../formulas';
import { CellInput, formatAngka, isKError, kutip, parseCell, parseNumberText } from '../values';
import { a1 } from '../workbook';
import { bacaPreset } from '../model/pengaturan';
import { hampir } from './alat';
import { aturan } from './jenis';

/** How the native formulas compare a preset name: TRIM (inner runs of spaces one), case ignored. */
function bakuNatif(s: string): string {
  return s.trim().replace(/ +/g, ' ').toLowerCase();
}

/** The names the bands-in-force formula recognises (each preset's spellings, and the own table). */
const NAMA_NATIF = new Set([...PRESET_KRITERIA.flatMap((p) => p.ejaan), PRESET_SENDIRI].map(bakuNatif));

/**
 * What the bands-in-force formula makes of the text after ">" (lembar/pengaturan.ts
 * angkaTeks): digits with at most one decimal comma, or one dot that is a decimal
 * point unless three digits follow it after at most three digits (1.384 is a
 * thousand and more). Anything else it can't be sure to read alike on every host.
 */
export function angkaBatasNatif(s: string): number | null {
  const t = s.trim();
  const m = t.match(/^(-?)(\d+)(?:([.,])(\d+))?$/);
  if (!m) return null;
  const tanda = m[1] ? -1 : 1;
  const depan = Number(m[2]);
  if (!m[3]) return tanda * depan;
  const belakang = m[4];
  if (m[3] === '.' && belakang.length === 3 && m[2].length <= 3 && depan > 0) return tanda * Number(m[2] + belakang);
  return tanda * (depan + Number(belakang) / 10 ** belakang.length);
}

export const aturanPengaturan = aturan({
  nama: 'pengaturan',
  kode: {
    'pengaturan-tidak-sah': { tingkat: 'Kesalahan', judul: 'Nilai di lembar Pengaturan tidak dapat dipakai' },
    'preset-ejaan': { tingkat: 'Kesalahan', judul: 'Nama preset kriteria tidak persis seperti pilihan' },
    'kriteria-batas-natif': { tingkat: 'Kesalahan', judul: 'Batas "> n" tidak terbaca rumus lembar kerja' },
  },
  periksa(k, lapor) {
    const p = k.m.pengaturan;
    if (p.nama === null) return;
    const sheet = p.nama;
    for (const x of p.masalah) {
      lapor({ kode: 'pengaturan-tidak-sah', sheet, sel: a1(x.baris, x.kolom), pesan: `${x.pesan} Setiap lembar yang membaca sel ini ikut terpengaruh.`, saran: x.saran });
    }

    // The preset: read by Kinerja, but the bands-in-force formula only knows the listed spellings.
    const sp = p.setelan.presetKriteria;
    if (sp) {
      const dibaca = bacaPreset(sp.nilai);
      const v = parseCell(sp.nilai);
      const teks = v.kind === 'text' ? v.text : v.kind === 'number' ? v.text ?? formatAngka(v.value) : '';
      if (!isKError(dibaca) && v.kind !== 'blank' && !NAMA_NATIF.has(bakuNatif(teks))) {
        const nama = dibaca === 'sendiri' ? PRESET_SENDIRI : dibaca.nama;
        lapor({
          kode: 'preset-ejaan',
          sheet,
          sel: a1(sp.baris, 1),
          pesan: `Preset kriteria ditulis ${kutip(teks.trim())}: Kinerja membacanya sebagai "${nama}", tetapi rumus kriteria di lembar kerja hanya mengenali nama persis seperti di daftar pilihan, sehingga setiap kriteria menampilkan #N/A.`,
          saran: `Pilih "${nama}" dari daftar di ${a1(sp.baris, 1)} (atau ketik persis "${nama}").`,
        });
      }
    }

    // The own kriteria table, when it is in force.
    if (p.preset === 'sendiri') {
      const h = p.tabel.kriteria;
      if (p.kriteriaGalat) {
        const sel = h >= 0 ? a1(h + 1, 0) : a1(sp?.baris ?? 0, 1);
        lapor({
          kode: 'pengaturan-tidak-sah',
          sheet,
          sel,
          pesan: `Tabel kriteria sendiri tidak dapat dipakai: ${p.kriteriaGalat.message}. Selama Preset kriteria = "${PRESET_SENDIRI}", setiap kriteria di lembar kerja menampilkan galat.`,
          saran: `Perbaiki tabelnya (batas bawah berupa angka, naik dari atas ke bawah, kriteria terisi), atau pilih preset lain di ${sp ? a1(sp.baris, 1) : 'Preset kriteria'}.`,
        });
      }
      (p.kriteriaTabel ?? []).forEach((row, i) => {
        const b = row[0];
        if (typeof b !== 'string') return;
        const m = b.trim().match(/^>\s*(.+)$/);
        if (!m) return;
        const inti = parseNumberText(m[1]);
        if (!inti) return; // not read by Kinerja either: kriteriaGalat above
        const natif = angkaBatasNatif(m[1]);
        if (natif !== null && hampir(natif, inti.value)) return;
        const sel = a1(h + 1 + i, 0);
        lapor({
          kode: 'kriteria-batas-natif',
          sheet,
          sel,
          pesan: `Batas ${kutip(b.trim())} di ${sel} dibaca Kinerja sebagai "lebih dari ${formatAngka(inti.value)}", tetapi rumus pita kriteria di lembar kerja ${natif === null ? 'tidak dapat membacanya' : `membacanya ${formatAngka(natif)}`}, sehingga kriteria di lembar kerja salah atau galat.`,
          saran: `Ketik batasnya dengan angka biasa tanpa pemisah ribuan atau satuan, mis. "> ${formatAngka(inti.value).replace(/\./g, '')}".`,
        });
      });
    }

    // The scale table: strict, as CAPAIAN reads it.
    const st = p.skalaTabel;
    if (st) {
      const h = p.tabel.skala;
      for (let i = 0; i < st.length; i++) {
        const hasil = bacaSkalaKualitatif(st.slice(0, i + 1) as CellInput[][]);
        if (!isKError(hasil)) continue;
        lapor({
          kode: 'pengaturan-tidak-sah',
          sheet,
          sel: a1(h + 1 + i, 0),
          pesan: `Skala kualitatif baris ${h + 2 + i} tidak dapat dipakai: ${hasil.message.replace(/^skala kualitatif: /, '')}. Capaian berlabel (mis. WTP, AA) di lembar kerja menjadi galat.`,
          saran: `Perbaiki baris ${h + 2 + i}: Skala berisi nama skala, Label berisi kode (mis. WTP), Skor berisi angka.`,
        });
        break;
      }
      if (p.skalaLuar) {
        const l = p.skalaLuar;
        lapor({
          kode: 'pengaturan-tidak-sah',
          sheet,
          sel: a1(l.baris, l.kolom),
          pesan: `Baris ${l.baris + 1} berada di luar tabel skala kualitatif (baris ${h + 2}–${l.baris}): rumus CAPAIAN tidak membacanya, jadi label di baris ini tidak dikenal.`,
          saran: `Pindahkan isi baris ${l.baris + 1} ke baris kosong di dalam tabel (${h + 2}–${l.baris}), atau hapus baris skala yang tidak dipakai untuk memberi tempat.`,
        });
      }
    }
  },
});

