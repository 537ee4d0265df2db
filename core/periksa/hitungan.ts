/**
 * Cells Kinerja computes (where Perbarui writes a formula), in the RAPK, in
 * Pengukuran and its summary, and in Anggaran dan Efisiensi: each is held to
 * what its formula must show from the cells it reads as they are now
 * (hitung.ts). So a value typed over a formula, or a formula changed by hand,
 * is said at that cell, and the cells computed from it are not blamed again.
 *
 *   a value typed, equal to what the formula gives (or not judged)   nilai-menimpa-rumus
 *   capaian, kriteria, NPS, serapan, kategori typed or computed otherwise   …-berbeda
 *   a typed kriteria that is no band of the preset in force          kriteria-tidak-dikenal
 *   another computed cell whose formula gives something else         rumus-diubah
 *
 * Seed 001's own mistake is this rule's: its summary types "Sangat Baik" over
 * the organisation's kriteria of 106,37, which BPOM Tabel 3 puts in Baik.
 */
import { CellInput, CellOutput, KError, bakuTeks, isKError, kutip, parseCell } from '../values';
import { capaianDetail, kriteria } from '../formulas';
import { rapkBlok, rapkNpsHeader, rapkTargetHeader } from '../layout';
import { a1, sheetRef } from '../workbook';
import { TOMBOL_PERBARUI } from '../perbarui';
import { jenisKolomRapk } from '../lembar/rapk';
import { rumusBaku } from '../tabel';
import { hitungEfisiensi, hitungNps, hitungNpsOrganisasi, hitungRataKelompok, hitungSerapan, hitungTargetPeriode } from '../rumus';
import { Sel } from '../model/lembar';
import { BarisLama, TabelLama } from '../model/tabel';
import { TOLERANSI, cocok, sebut, tampil, tampilHarap, tampilHitung } from './alat';
import { ukurRapk } from './hitung';
import { Konteks, selBerumus } from './konteks';
import { aturan, Lapor } from './jenis';

type Jenis = 'capaian' | 'kriteria' | 'nps' | 'serapan' | 'kategori' | 'target' | 'lain';

interface SelHitung {
  sheet: string;
  baris: number;
  kolom: number;
  sel: Sel;
  jenis: Jenis;
  /** "Capaian B12 indikator IK01 ("…")". */
  apa: string;
  /** What the formula must show; undefined: not judged (only a typed value is said). */
  harap?: CellOutput;
  /** How it is computed, for the message ("R / T × 100 dengan realisasi 53,36 dan target 54,3"). */
  cara?: string;
  tol?: number;
  /** The formula Perbarui writes in this cell, when known: a formula still Kinerja's own is not "changed". */
  rumusKita?: string;
}

/** A cell's shown value as a formula reads it (an error text is that error). */
function nilai(v: CellInput): CellInput {
  const p = parseCell(v);
  return p.kind === 'error' ? p.error : v;
}

/** What a generated kriteria cell shows for x (rumusKriteria). */
function kriteriaDari(k: Konteks, x: CellInput): CellOutput {
  const p = parseCell(x);
  if (p.kind === 'blank') return null;
  if (p.kind === 'error') return p.error;
  if (p.kind !== 'number' || typeof x !== 'number') return new KError('VALUE', 'kriteria dari nilai yang bukan angka');
  return kriteria(p.value, k.aturan.kriteria);
}

const KODE_BEDA: Partial<Record<Jenis, 'capaian-berbeda' | 'kriteria-berbeda' | 'nps-berbeda' | 'serapan-berbeda' | 'kategori-berbeda'>> = {
  capaian: 'capaian-berbeda',
  kriteria: 'kriteria-berbeda',
  nps: 'nps-berbeda',
  serapan: 'serapan-berbeda',
  kategori: 'kategori-berbeda',
};

type KodeHitungan = 'nilai-menimpa-rumus' | 'rumus-diubah' | 'kriteria-tidak-dikenal' | NonNullable<(typeof KODE_BEDA)[Jenis]>;

function nilaiSel(k: Konteks, x: SelHitung, lapor: Lapor<KodeHitungan>, nol: Set<string>): void {
  const s = x.sel;
  const ketik = !s.rumus && parseCell(s.nilai).kind !== 'blank';
  if (!ketik && !s.rumus) return; // an empty computed cell: perbarui.ts (rumus-hilang)
  const sel = a1(x.baris, x.kolom);
  const dinilai = x.harap !== undefined;
  const beda = dinilai && !cocok(s.nilai, x.harap as CellOutput, x.tol ?? 0);
  const hasil = dinilai ? `${x.cara ? `${x.cara}${x.cara.endsWith('termasuk') ? ' ' : ' = '}` : ''}${tampilHarap(x.harap as CellOutput)}` : '';
  const pulihkan = `hapus nilai ketikan di ${sel} lalu klik "${TOMBOL_PERBARUI}" agar rumus Kinerja ditulis lagi (nilai ketikan disimpan di RAPK Arsip)`;
  if (ketik) {
    const p = parseCell(s.nilai);
    if (x.jenis === 'kriteria' && p.kind === 'text' && !k.pengaturanRusak.kriteria && !k.aturan.kriteria.some((b) => bakuTeks(b.label) === bakuTeks(p.text))) {
      lapor({
        kode: 'kriteria-tidak-dikenal',
        sheet: x.sheet,
        sel,
        pesan: `${x.apa} diketik ${kutip(p.text)}, yang bukan salah satu kriteria ${k.namaPreset} (${k.aturan.kriteria.map((b) => b.label).join(', ')}).`,
        saran: `Kriteria dihitung dari nilainya: ${pulihkan}. Preset kriteria dapat diubah di lembar Pengaturan.`,
      });
      return;
    }
    if (beda && x.jenis === 'target') return; // rapk-target.ts: a target against its pola
    const kodeBeda = KODE_BEDA[x.jenis];
    if (beda && kodeBeda) {
      const benar = tampilHarap(x.harap as CellOutput);
      lapor({
        kode: kodeBeda,
        sheet: x.sheet,
        sel,
        pesan: `${x.apa} diketik ${tampil(s.nilai)}, padahal ${hasil}${x.jenis === 'kriteria' ? ` menurut ${k.namaPreset}` : ''}.`,
        saran: `Ganti ${sel} dengan ${benar}, atau lebih baik ${pulihkan}: rumus ikut berubah bila datanya berubah.`,
      });
      return;
    }
    lapor({
      kode: 'nilai-menimpa-rumus',
      sheet: x.sheet,
      sel,
      pesan: `${x.apa} diketik ${tampil(s.nilai)} di tempat rumus Kinerja${beda ? `, padahal rumusnya memberi ${hasil}` : dinilai ? ` (sama dengan hasil rumusnya sekarang)` : ''}: nilai ketikan tidak ikut berubah bila datanya berubah.`,
      saran: `${pulihkan[0].toUpperCase()}${pulihkan.slice(1)}.`,
    });
    return;
  }
  if (!beda || nol.has(`${x.sheet.toLowerCase()}!${sel}`)) return; // the formula gives what it should, or kosong-nol.ts says why
  // A formula showing nothing is not judged: a host that has not computed it yet looks the same.
  if (parseCell(s.nilai).kind === 'blank') return;
  const kodeBeda = KODE_BEDA[x.jenis];
  const apa = /^[A-Z]{2}/.test(x.apa) ? x.apa : x.apa.charAt(0).toLowerCase() + x.apa.slice(1);
  const milikKita = x.rumusKita !== undefined && rumusBaku(s.rumus) === rumusBaku(x.rumusKita);
  lapor({
    kode: kodeBeda ?? 'rumus-diubah',
    sheet: x.sheet,
    sel,
    pesan: `Rumus ${milikKita ? 'Kinerja ' : ''}di ${sel} menghasilkan ${apa} ${tampil(s.nilai)}, padahal ${hasil}.`,
    saran: milikKita
      ? `Rumus di ${sel} masih rumus Kinerja, tetapi hasilnya berbeda dengan perhitungan Kinerja: periksa sel-sel yang dibacanya (mis. galat di baris lain), dan laporkan kasus ini ke pengelola Kinerja.`
      : `Rumus di ${sel} tampaknya diubah: klik "${TOMBOL_PERBARUI}" untuk menulis rumus Kinerja lagi (rumus Anda sendiri sebaiknya di kolom kanan tabel).`,
  });
}

/** The NPS of a sasaran's rows from their capaian column and Bobot, as shown. */
function npsKelompok(g: BarisLama[], kolomCapaian: string): CellOutput {
  return hitungNps(g.map((r) => nilai(r.sel[kolomCapaian]?.nilai ?? null)), g.map((r) => nilai(r.sel.Bobot?.nilai ?? null)));
}

/** Consecutive rows with the same Sasaran, as Perbarui groups them (the NPS formula sits on the first). */
function kelompokSasaran(tabel: TabelLama): Map<number, BarisLama[]> {
  const out = new Map<number, BarisLama[]>();
  let awal: BarisLama[] | null = null;
  let kunci: string | null = null;
  for (const row of tabel.rows) {
    const s = bakuTeks(row.sel.Sasaran?.nilai ?? null);
    if (awal && s === kunci) {
      awal.push(row);
      continue;
    }
    awal = [row];
    kunci = s;
    out.set(row.baris, awal);
  }
  return out;
}

function rapk(k: Konteks, tambah: (x: SelHitung) => void): void {
  const t = k.m.rapk;
  if (!t || !t.adaRumus) return;
  const periode = k.m.rapkPeriode;
  const kelompok = t.kolom.Sasaran !== undefined ? kelompokSasaran(t) : new Map<number, BarisLama[]>();
  const batas = k.m.pengaturan.setelan.batasAtas?.nilai ?? null;
  for (const row of k.rapkPerKunci.values()) {
    const h = k.harapRapk(row);
    const b = k.pkPerKunci.get(row.kunci);
    if (!h || !b) continue;
    const nama = sebut(row.kunciTeks, String(row.sel.Indikator?.nilai ?? '').trim());
    for (const { header, kolom: c, sel: s, rumus: v } of selBerumus(t, row, h)) {
      const jenisKolom = jenisKolomRapk(header);
      if (jenisKolom === 'isian') continue; // Realisasi: typed realisasi are the user's
      const x: SelHitung = { sheet: t.nama, baris: row.baris, kolom: c, sel: s, jenis: 'lain', apa: `${header} indikator ${nama}`, rumusKita: v };
      const q = header.replace(/^.* (B\d+)$/, '$1');
      const qi = periode.indexOf(q);
      if (jenisKolom === 'target') {
        if (b.urai.pola === 'kumulatif') continue; // a kumulatif target may be typed: rapk-target.ts
        x.jenis = 'target';
        if (qi >= 0) x.harap = hitungTargetPeriode(nilai(row.sel['Target tahunan']?.nilai ?? null), row.sel['Pola target']?.nilai ?? null, qi + 1, periode.length);
      } else if (qi >= 0 && header === rapkBlok(q)[3]) {
        x.jenis = 'capaian';
        // Its target not computed yet (a formula showing nothing where the pola gives one): not judged.
        const sT = row.sel[rapkTargetHeader(q)];
        const targetBelum = !!sT?.rumus && parseCell(sT.nilai).kind === 'blank' && hitungTargetPeriode(row.sel['Target tahunan']?.nilai ?? null, row.sel['Pola target']?.nilai ?? null, qi + 1, periode.length) !== null;
        if (!k.pengaturanRusak.batas && !targetBelum) {
          const u = ukurRapk(k, row, q);
          x.harap = u.capaian;
          x.tol = TOLERANSI;
          const d = capaianDetail(u.realisasi, u.target, u.jenis, batas, k.aturan);
          x.cara = `${d.rumus && !isKError(d.nilai) ? `${d.rumus} ` : ''}dengan realisasi ${tampil(u.realisasi)} dan target ${tampil(u.target)}`;
        }
      } else if (qi >= 0 && header === rapkBlok(q)[4]) {
        x.jenis = 'kriteria';
        const cap = row.sel[rapkBlok(q)[3]]?.nilai ?? null;
        if (!k.pengaturanRusak.kriteria) {
          x.harap = kriteriaDari(k, nilai(cap));
          x.cara = `capaian ${tampilHitung(cap)} termasuk`;
        }
      } else if (qi >= 0 && header === rapkNpsHeader(q)) {
        x.jenis = 'nps';
        const g = kelompok.get(row.baris);
        if (g) {
          x.harap = npsKelompok(g, rapkBlok(q)[3]);
          x.tol = TOLERANSI;
          x.cara = `Σ(bobot × capaian ${q}) / Σ bobot sasaran ${kutip(String(row.sel.Sasaran?.nilai ?? ''))}`;
        }
      }
      tambah(x);
    }
  }
}

function pengukuran(k: Konteks, tambah: (x: SelHitung) => void): void {
  const t = k.m.pengukuran;
  const r = k.m.rapk;
  if (!t || !t.adaRumus || k.tampilanLama('pengukuran')) return;
  const posisiRapk = new Map((r?.rows ?? []).map((x) => [x.baris, x]));
  const qi = k.m.rapkPeriode.indexOf(k.m.pengaturan.periodeLaporan);
  const q = qi >= 0 ? k.m.rapkPeriode[qi] : null;
  const kelompok = kelompokSasaran(t);
  const sumber: Record<string, (q: string) => string> = { Target: rapkTargetHeader, Realisasi: (x) => rapkBlok(x)[2], Capaian: (x) => rapkBlok(x)[3], Kriteria: (x) => rapkBlok(x)[4] };
  t.rows.forEach((row, i) => {
    const h = k.harapTampilan('pengukuran', row);
    if (!h) return;
    const nama = sebut(row.kunciTeks, String(row.sel.Indikator?.nilai ?? '').trim());
    // The RAPK row this one looks at (written at the same position), checked by its Kode.
    const rr = r ? posisiRapk.get(r.headerRow + 1 + i) : undefined;
    const kodeSama = rr !== undefined && String(rr.sel.Kode?.nilai ?? '').trim() === String(row.sel.Kode?.nilai ?? '').trim();
    for (const { header, kolom: c, sel: s, rumus: v } of selBerumus(t, row, h)) {
      const x: SelHitung = { sheet: t.nama, baris: row.baris, kolom: c, sel: s, jenis: 'lain', apa: `${header} indikator ${nama}`, rumusKita: v };
      const f = sumber[header];
      if (f && r) {
        x.jenis = header === 'Capaian' ? 'capaian' : header === 'Kriteria' ? 'kriteria' : 'lain';
        if (!kodeSama || q === null) x.harap = new KError('NA', 'baris RAPK pada posisi ini bukan indikator ini');
        else {
          const asal = rr!.sel[f(q)];
          if (asal) {
            x.harap = parseCell(asal.nilai).kind === 'blank' ? null : (nilai(asal.nilai) as CellOutput);
            x.cara = `${sheetRef(r.nama)}!${a1(rr!.baris, r.kolom[f(q)])} (${f(q)})`;
          }
        }
      } else if (header === 'NPS Sasaran') {
        x.jenis = 'nps';
        const g = kelompok.get(row.baris);
        if (g) {
          x.harap = npsKelompok(g, 'Capaian');
          x.tol = TOLERANSI;
          x.cara = `Σ(bobot × capaian) / Σ bobot sasaran ${kutip(String(row.sel.Sasaran?.nilai ?? ''))}`;
          x.apa = `NPS sasaran ${kutip(String(row.sel.Sasaran?.nilai ?? ''))}`;
        }
      } else if (header === 'Kriteria Sasaran') {
        x.jenis = 'kriteria';
        x.apa = `Kriteria sasaran ${kutip(String(row.sel.Sasaran?.nilai ?? ''))}`;
        const nps = row.sel['NPS Sasaran']?.nilai ?? null;
        if (!k.pengaturanRusak.kriteria) {
          x.harap = kriteriaDari(k, nilai(nps));
          x.cara = `NPS ${tampilHitung(nps)} termasuk`;
        }
      }
      tambah(x);
    }
  });

  // The summary: perspektif NPS = mean of its sasaran NPS; organisation = mean of perspektif NPS (weighted by Bobot).
  const ring = k.m.ringkasan;
  if (!ring) return;
  const label = t.rows.map((y) => nilai(y.sel.Perspektif?.nilai ?? null));
  const npsSasaran = t.rows.map((y) => nilai(y.sel['NPS Sasaran']?.nilai ?? null));
  const per = ring.rows.filter((y) => !y.organisasi);
  for (const y of ring.rows) {
    const apa = y.organisasi ? 'NPS organisasi' : `NPS perspektif ${kutip(y.label)}`;
    const tulis = k.harapRingkasan(y.baris);
    const rumusKita = (i: number): string | undefined => (typeof tulis?.[i] === 'string' && String(tulis[i]).startsWith('=') ? String(tulis[i]) : undefined);
    const nps: SelHitung = { sheet: t.nama, baris: y.baris, kolom: ring.kolomAwal + 1, sel: y.nps, jenis: 'nps', apa, tol: TOLERANSI, rumusKita: rumusKita(1) };
    if (y.organisasi) {
      const bobot = per.map((z) => z.bobot.nilai);
      nps.harap = hitungNpsOrganisasi(per.map((z) => z.label), per.map((z) => nilai(z.nps.nilai)), ring.adaBobot ? bobot : per.map(() => null));
      nps.cara = ring.adaBobot && bobot.some((z) => parseCell(z).kind !== 'blank') ? 'rata-rata NPS perspektif berbobot, Σ(bobot × NPS) / Σ bobot' : 'rata-rata NPS perspektif';
    } else if (y.label) {
      nps.harap = hitungRataKelompok(label, y.label, npsSasaran);
      nps.cara = 'rata-rata NPS sasarannya';
    }
    tambah(nps);
    const krit: SelHitung = { sheet: t.nama, baris: y.baris, kolom: ring.kolomAwal + 2, sel: y.kriteria, jenis: 'kriteria', apa: `Kriteria ${y.organisasi ? 'organisasi' : `perspektif ${kutip(y.label)}`}`, rumusKita: rumusKita(2) };
    if (!k.pengaturanRusak.kriteria) {
      krit.harap = kriteriaDari(k, nilai(y.nps.nilai));
      krit.cara = `NPS ${tampilHitung(y.nps.nilai)} termasuk`;
    }
    tambah(krit);
  }
}

function anggaran(k: Konteks, tambah: (x: SelHitung) => void): void {
  const t = k.m.anggaran;
  const uk = k.m.pengukuran;
  if (!t || !t.adaRumus) return;
  // A sasaran's NPS in Pengukuran: on the first row of its sasaran.
  const npsSasaran = new Map<string, Sel>();
  for (const row of uk?.rows ?? []) {
    const s = bakuTeks(row.sel.Sasaran?.nilai ?? null);
    if (!npsSasaran.has(s) && row.sel['NPS Sasaran']) npsSasaran.set(s, row.sel['NPS Sasaran']);
  }
  for (const row of t.rows) {
    const h = k.harapTampilan('anggaran', row);
    if (!h) continue;
    const nama = `sasaran ${kutip(row.kunciTeks)}`;
    const v = (header: string): CellInput => nilai(row.sel[header]?.nilai ?? null);
    for (const { header, kolom: c, sel: s, rumus: w } of selBerumus(t, row, h)) {
      const x: SelHitung = { sheet: t.nama, baris: row.baris, kolom: c, sel: s, jenis: 'lain', apa: `${header} ${nama}`, rumusKita: w };
      if (header === 'Serapan') {
        x.jenis = 'serapan';
        x.harap = hitungSerapan(v('Realisasi Anggaran'), v('Pagu'));
        x.tol = TOLERANSI;
        x.cara = `realisasi ${tampil(v('Realisasi Anggaran'))} / pagu ${tampil(v('Pagu'))} × 100`;
      } else if (header === 'Capaian Output') {
        const n = uk && !k.tampilanLama('pengukuran') ? npsSasaran.get(row.kunci) : undefined;
        if (n) {
          x.harap = parseCell(n.nilai).kind === 'blank' ? null : (nilai(n.nilai) as CellOutput);
          x.cara = `NPS sasaran di lembar ${uk!.nama}`;
          x.tol = TOLERANSI;
        }
      } else if (header === 'IE' || header === 'TE' || header === 'Kategori') {
        x.jenis = header === 'Kategori' ? 'kategori' : 'lain';
        x.harap = hitungEfisiensi(header === 'Kategori' ? 'kategori' : header, v('Capaian Output'), v('Serapan'));
        x.tol = 1e-6;
        x.cara = `${header === 'Kategori' ? 'kategori dari ' : ''}IE = capaian output ${tampilHitung(v('Capaian Output'))} / serapan ${tampilHitung(v('Serapan'))}${header === 'TE' ? ', TE = (IE − 1) / 1' : header === 'Kategori' ? ' (Efisien bila IE ≥ 1)' : ''}`;
      }
      tambah(x);
    }
  }
}

function renstra(k: Konteks, tambah: (x: SelHitung) => void): void {
  const t = k.m.renstra;
  if (!t || !t.adaRumus || k.tampilanLama('renstra')) return;
  for (const row of t.rows) {
    const h = k.harapTampilan('renstra', row);
    if (!h) continue;
    const nama = sebut(row.kunciTeks, String(row.sel.Indikator?.nilai ?? '').trim());
    // Only a value typed over a formula is said here (the comparisons read the typed years).
    for (const { header, kolom: c, sel: s } of selBerumus(t, row, h)) {
      tambah({ sheet: t.nama, baris: row.baris, kolom: c, sel: s, jenis: 'lain', apa: `${header} indikator ${nama}` });
    }
  }
}

export const aturanHitungan = aturan({
  nama: 'hitungan',
  kode: {
    'nilai-menimpa-rumus': { tingkat: 'Peringatan', judul: 'Nilai diketik di tempat rumus' },
    'rumus-diubah': { tingkat: 'Peringatan', judul: 'Hasil rumus berbeda dengan rumus Kinerja' },
    'capaian-berbeda': { tingkat: 'Kesalahan', judul: 'Capaian di sel berbeda dengan hasil hitung' },
    'kriteria-berbeda': { tingkat: 'Kesalahan', judul: 'Kriteria tidak sesuai nilai' },
    'kriteria-tidak-dikenal': { tingkat: 'Peringatan', judul: 'Kriteria bukan salah satu pita' },
    'nps-berbeda': { tingkat: 'Kesalahan', judul: 'NPS berbeda dengan hasil hitung' },
    'serapan-berbeda': { tingkat: 'Kesalahan', judul: 'Serapan berbeda dengan hasil hitung' },
    'kategori-berbeda': { tingkat: 'Kesalahan', judul: 'Kategori efisiensi tidak sesuai' },
  },
  periksa(k, lapor) {
    const nol = new Set(k.m.kosongJadiNol.map((x) => `${x.lembar.toLowerCase()}!${a1(x.baris, x.kolom)}`));
    const tambah = (x: SelHitung): void => nilaiSel(k, x, lapor as Lapor<KodeHitungan>, nol);
    rapk(k, tambah);
    pengukuran(k, tambah);
    anggaran(k, tambah);
    renstra(k, tambah);
  },
});

