/**
 * The shared context every rule reads (ESLint's SourceCode, in our words): the
 * workbook model, read once by bacaBukuKerja, and the facts several rules need,
 * computed once from it. A fact comes from the model, never from what another
 * rule reported: a PK target that cannot be used is `bermasalahPk(b, 'target')`,
 * whether or not the PK rule has run.
 *
 * "What Perbarui would write" for a row comes from the very functions Perbarui
 * uses (core/lembar/*: barisRapk, barisPengukuran, barisAnggaran, barisRenstra),
 * called at the row's current position.
 */
import { bakuTeks, isKError } from '../values';
import { Pengaturan, PresetKriteria } from '../settings';
import { HostKind, WriteValue } from '../workbook';
import { ANGGARAN_KOLOM, PENGUKURAN_KOLOM, PRESET_SENDIRI, SHEET, rapkHeaders } from '../layout';
import { BukuKerja } from '../model/bukukerja';
import { BarisPk, ModelPk } from '../model/pk';
import { BarisLama, TabelLama } from '../model/tabel';
import { KUNCI_SETELAN, KunciSetelan } from '../model/pengaturan';
import { Susunan, susunPk } from '../susun';
import { KonteksRumus } from '../rumus';
import { TataPengaturan, refPengaturan, refSetelan } from '../lembar/pengaturan';
import { barisRapk } from '../lembar/rapk';
import { barisPengukuran, realisasiKetikanLama, ringkasanPengukuran } from '../lembar/pengukuran';
import { barisAnggaran } from '../lembar/anggaran';
import { RENSTRA_TAHUN, barisRenstra, headerRenstra, realisasiTahunKetikan } from '../lembar/renstra';
import { BarisRencana } from '../tabel';
import { formatPersen, satuanPersen } from './alat';

export type FieldPk = 'target' | 'polaritas' | 'pola' | 'bobot' | 'pagu';

/** The cells Perbarui would write on one row of a generated table, by header. */
export type Harapan = Record<string, WriteValue>;

/** Which tables a view sheet is checked against. */
export type Tampilan = 'pengukuran' | 'anggaran' | 'renstra';

export interface Konteks {
  m: BukuKerja;
  host: HostKind;
  /** The rules Kinerja computes with: bands in force, scales, cap, negatif rule. */
  aturan: Pengaturan;
  preset: PresetKriteria | 'sendiri';
  /** The preset's name as the sheet offers it ("BPOM Tabel 3", "Tabel sendiri"). */
  namaPreset: string;
  /** From which capaian the target is to be reviewed (the preset's "Tidak Dapat Disimpulkan"), or null. */
  reviu: { batas: number; termasuk: boolean; label: string } | null;

  pk: ModelPk | null;
  /** The first PK row of each Kode key. */
  pkPerKunci: Map<string, BarisPk>;
  /** Kode keys the PK uses more than once. */
  pkGanda: Set<string>;
  /** The PK in the order Perbarui writes it; null when Perbarui would refuse the PK (a blank or duplicate Kode). */
  susun: Susunan | null;
  /** The PK cell of this field is itself wrong (a PK rule reports it): nothing built from it can be right. */
  bermasalahPk(b: BarisPk, f: FieldPk): boolean;
  /** The PK target looks like a fraction of 100: by its percent format, by its satuan, or shown ×100 by a percent format. */
  targetPecahan(b: BarisPk): 'format' | 'satuan' | 'format-besar' | null;

  /** Pengaturan cells that change every formula at once and are reported there. */
  pengaturanRusak: { batas: boolean; kriteria: boolean };

  /** The RAPK's rows whose Kode is in the PK (the first of each). */
  rapkPerKunci: Map<string, BarisLama>;
  /** The RAPK holds exactly the PK's Kodes, in Perbarui's order, with the period setting's columns. */
  rapkSesuaiPk: boolean;
  /** What Perbarui would write on this RAPK row (null: its Kode is not in the PK, or Perbarui would refuse). */
  harapRapk(row: BarisLama): Harapan | null;
  /** Same, for a view's row. */
  harapTampilan(t: Tampilan, row: BarisLama): Harapan | null;
  /** The view was written by an earlier Kinerja: realisasi typed in it (Perbarui moves them to the RAPK). */
  tampilanLama(t: Tampilan): boolean;
  /** What Perbarui would write on a row of the summary below Pengukuran (Perspektif, NPS, Kriteria, Bobot), by sheet row. */
  harapRingkasan(baris: number): WriteValue[] | null;
}

/** Settings rows as the formulas would reference them (only the formula text depends on it). */
function tataDari(m: BukuKerja): TataPengaturan {
  const setelan = {} as Record<KunciSetelan, number>;
  for (const k of KUNCI_SETELAN) setelan[k] = m.pengaturan.setelan[k]?.baris ?? 0;
  const t = m.pengaturan.tabel;
  return { setelan, kriteriaHeader: Math.max(0, t.kriteria), skalaHeader: Math.max(0, t.skala), pitaHeader: Math.max(0, t.pita) };
}

function peta(rows: BarisRencana[]): Map<string, BarisRencana> {
  return new Map(rows.map((r) => [r.kunci, r]));
}

function sebagaiHarapan(headers: readonly string[], v: WriteValue[]): Harapan {
  const out: Harapan = {};
  headers.forEach((h, i) => (out[h] = v[i] ?? null));
  return out;
}

export function buatKonteks(m: BukuKerja): Konteks {
  const p = m.pengaturan;
  const preset = p.preset;
  const namaPreset = preset === 'sendiri' ? PRESET_SENDIRI : preset.nama;
  let reviu: Konteks['reviu'] = null;
  if (preset !== 'sendiri' && preset.reviuTarget) {
    reviu = { batas: preset.reviuTarget.batas, termasuk: preset.reviuTarget.termasuk, label: preset.reviuTarget.label[0] };
  } else if (preset === 'sendiri') {
    // An own table with a "Tidak Dapat Disimpulkan" band: review from its bound, as Tabel 3 does.
    const tdd = p.aturan.kriteria.find((b) => bakuTeks(b.label) === 'tidak dapat disimpulkan');
    if (tdd && isFinite(tdd.bawah)) reviu = { batas: tdd.bawah, termasuk: tdd.termasukBawah, label: tdd.label };
  }

  const pk = m.pk;
  const pkPerKunci = new Map<string, BarisPk>();
  const pkGanda = new Set<string>();
  for (const b of pk?.baris ?? []) {
    if (!b.kunci) continue;
    if (pkPerKunci.has(b.kunci)) pkGanda.add(b.kunci);
    else pkPerKunci.set(b.kunci, b);
  }
  const s = pk && pk.baris.length ? susunPk(pk) : null;
  const susun = s && s.ok ? s : null;

  const targetPecahan = (b: BarisPk): 'format' | 'satuan' | 'format-besar' | null => {
    const t = b.urai.target;
    if (t.jenis !== 'angka' || t.persen || t.nilai === 0) return null;
    if (formatPersen(b.formatTarget)) return Math.abs(t.nilai) <= 1 ? 'format' : 'format-besar';
    if (satuanPersen(b.satuan) && t.nilai > 0 && t.nilai <= 1) return 'satuan';
    return null;
  };

  const bermasalahPk = (b: BarisPk, f: FieldPk): boolean => {
    const u = b.urai;
    switch (f) {
      case 'target': {
        const t = u.target;
        if (t.jenis === 'kosong' || t.jenis === 'teks' || t.jenis === 'galat' || (t.jenis === 'angka' && t.nilai === 0)) return true;
        // 100 % typed into the PK holds 1: the PK rule says "ketik 100"; until then nothing built from it is right.
        if (targetPecahan(b) === 'format') return true;
        if (u.polaritas === 'rentang' && t.jenis !== 'rentang') return true;
        return u.pola === 'kumulatif' && (t.jenis === 'label' || t.jenis === 'rentang');
      }
      case 'polaritas':
        return isKError(u.polaritas);
      case 'pola':
        return isKError(u.pola);
      case 'bobot':
        return isKError(u.bobot);
      case 'pagu':
        return isKError(u.pagu) || (typeof u.pagu === 'number' && u.pagu < 0);
    }
  };
  const masalahDi = (k: KunciSetelan): boolean => m.pengaturan.masalah.some((x) => x.baris === p.setelan[k]?.baris && x.kolom === 1);
  const pengaturanRusak = {
    batas: masalahDi('batasAtas'),
    kriteria: masalahDi('presetKriteria') || (preset === 'sendiri' && p.kriteriaGalat !== null),
  };

  const rapk = m.rapk;
  const rapkPerKunci = new Map<string, BarisLama>();
  for (const row of rapk?.rows ?? []) if (row.kunci && pkPerKunci.has(row.kunci) && !rapkPerKunci.has(row.kunci)) rapkPerKunci.set(row.kunci, row);
  const rapkSesuaiPk =
    !!rapk &&
    !!susun &&
    rapk.rows.length === susun.baris.length &&
    rapk.rows.every((row, i) => row.kunci === susun.baris[i].pk.kunci) &&
    m.rapkPeriode.join() === p.periode.join();

  // What Perbarui writes, from its own functions (formula text only matters for which cells hold one).
  const namaP = p.nama ?? SHEET.PENGATURAN;
  const tata = tataDari(m);
  const k: KonteksRumus = { host: m.host, p: refPengaturan(namaP, tata) };
  const ref = (x: KunciSetelan): string => refSetelan(namaP, tata, x);
  const n = susun?.baris.length ?? 0;
  const rapkLetak = { nama: rapk?.nama ?? SHEET.RAPK, headerRow: rapk?.headerRow ?? 3, kolomAwal: rapk?.kolomAwal ?? 0, n, periode: p.periode };
  let rencanaRapk: Map<string, BarisRencana> | null = null;
  const rencana: Partial<Record<Tampilan, Map<string, BarisRencana>>> = {};
  const headerRapk = rapkHeaders(p.periode);
  const tahun = p.tahun;
  const tahunAwal = m.renstraTahunAwal;
  const dalam = tahun !== null && tahunAwal !== null && tahun >= tahunAwal && tahun < tahunAwal + RENSTRA_TAHUN;

  // Each row's cells are built once (their formula text is long), whichever rule asks first.
  const simpan = new Map<string, Map<BarisLama, Harapan | null>>();
  const sekali = (lembar: string, row: BarisLama, buat: () => Harapan | null): Harapan | null => {
    let x = simpan.get(lembar);
    if (!x) simpan.set(lembar, (x = new Map()));
    if (!x.has(row)) x.set(row, buat());
    return x.get(row) as Harapan | null;
  };
  const harapRapk = (row: BarisLama): Harapan | null => {
    if (!susun || !pk || !rapk || !pkPerKunci.has(row.kunci)) return null;
    rencanaRapk ??= peta(barisRapk({ k, pk, periode: p.periode, jenisPeriode: p.jenisPeriode, refPeriode: ref('periode') }, susun.baris, { periodeLama: m.rapkPeriode, kolomLama: rapk.kolom, adaRumus: rapk.adaRumus }));
    const b = rencanaRapk.get(row.kunci);
    return b ? sekali('rapk', row, () => sebagaiHarapan(headerRapk, b.isi(row.baris, rapk.kolomAwal))) : null;
  };
  const tabelTampilan = (t: Tampilan): TabelLama | null => (t === 'pengukuran' ? m.pengukuran : t === 'anggaran' ? m.anggaran : m.renstra);
  const harapTampilan = (t: Tampilan, row: BarisLama): Harapan | null => {
    const tabel = tabelTampilan(t);
    if (!susun || !tabel) return null;
    let r = rencana[t];
    if (!r) {
      const uk = m.pengukuran;
      if (t === 'pengukuran') {
        r = peta(barisPengukuran({ k, rapk: rapkLetak, refPeriodeLaporan: ref('periodeLaporan'), refPreset: ref('presetKriteria'), refSpanduk: '""' }, susun.baris));
      } else if (t === 'anggaran') {
        const letak = { nama: uk?.nama ?? SHEET.PENGUKURAN, headerRow: uk?.headerRow ?? 3, kolomAwal: uk?.kolomAwal ?? 0, n };
        r = peta(barisAnggaran({ k, pengukuran: letak, refSpanduk: '""' }, susun.baris));
      } else {
        if (tahunAwal === null) return null;
        const kS = { k, tahunAwal, tahun: dalam ? tahun : null, rapk: rapkLetak, refPeriodeLaporan: ref('periodeLaporan'), refTahun: ref('tahun'), refSpanduk: '""', aturan: p.aturan };
        r = peta(barisRenstra(kS, susun.baris, m.renstra));
      }
      rencana[t] = r;
    }
    const b = r.get(row.kunci);
    if (!b) return null;
    const headers = t === 'pengukuran' ? PENGUKURAN_KOLOM : t === 'anggaran' ? ANGGARAN_KOLOM : headerRenstra(tahunAwal as number);
    return sekali(t, row, () => sebagaiHarapan(headers, b.isi(row.baris, tabel.kolomAwal)));
  };
  let ringkasan: Map<number, WriteValue[]> | null = null;
  const harapRingkasan = (baris: number): WriteValue[] | null => {
    const uk = m.pengukuran;
    if (!susun || !uk) return null;
    if (!ringkasan) {
      ringkasan = new Map();
      const kU = { k, rapk: rapkLetak, refPeriodeLaporan: ref('periodeLaporan'), refPreset: ref('presetKriteria'), refSpanduk: '""' };
      const tempat = { nama: uk.nama, headerRow: uk.headerRow, kolomAwal: uk.kolomAwal, n: susun.baris.length, baru: false, barisJudul: null };
      const op = ringkasanPengukuran(kU, tempat, susun, new Map()).ops.find((o) => o.op === 'setValues');
      if (op && op.op === 'setValues') op.values.forEach((row, i) => ringkasan!.set(op.row + i, row));
    }
    return ringkasan.get(baris) ?? null;
  };
  const lama: Partial<Record<Tampilan, boolean>> = {};
  const tampilanLama = (t: Tampilan): boolean => {
    lama[t] ??= t === 'pengukuran' ? realisasiKetikanLama(m.pengukuran).length > 0 : t === 'renstra' ? realisasiTahunKetikan(m.renstra, dalam ? tahun : null).length > 0 : false;
    return lama[t] as boolean;
  };

  return {
    m,
    host: m.host,
    aturan: p.aturan,
    preset,
    namaPreset,
    reviu,
    pk,
    pkPerKunci,
    pkGanda,
    susun,
    bermasalahPk,
    targetPecahan,
    pengaturanRusak,
    rapkPerKunci,
    rapkSesuaiPk,
    harapRapk,
    harapTampilan,
    tampilanLama,
    harapRingkasan,
  };
}

/** The cells of a row where Perbarui writes a formula (and the table has the column): header, column, cell, formula. */
export function* selBerumus(t: TabelLama, row: BarisLama, h: Harapan): Generator<{ header: string; kolom: number; sel: BarisLama['sel'][string]; rumus: string }> {
  for (const [header, v] of Object.entries(h)) {
    const kolom = t.kolom[header];
    const sel = row.sel[header];
    if (kolom === undefined || !sel || typeof v !== 'string' || !v.startsWith('=')) continue;
    yield { header, kolom, sel, rumus: v };
  }
}
