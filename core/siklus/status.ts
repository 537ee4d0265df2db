/**
 * "Status pengumpulan": per unit and open period, sudah lengkap / sebagian /
 * belum (the unit's indicators that have their figure in the RAPK, of those it
 * reports that period), and per period what stops "Validasi periode".
 */
import type { HasilPeriksa, Temuan } from '../checks';
import { parseCell } from '../values';
import { parseA1 } from '../workbook';
import { RAPK_KOLOM_BANTU, rapkBlok, rapkNpsHeader, rapkTargetHeader } from '../layout';
import { JENIS_ANGKA, JENIS_RIWAYAT, LEMBAR_SIKLUS } from './lembar';
import { ModelSiklus, adaAngka, baBerlaku, baPeriode, namaP, periodeTerbuka, samaAngka, selRapk, terkunci, typedRapk, wajibLapor } from './model';
import { BarisStatus, StatusPeriode, StatusSiklus } from './jenis';
import { tampil } from './riwayat';
import { TOMBOL } from './isian';

/** The status rows of the open periods; `ditulis` holds "kunci|periode|jenis" figures a plan is about to write. */
export function hitungStatus(m: ModelSiklus, ditulis: Set<string> = new Set()): BarisStatus[] {
  const out: BarisStatus[] = [];
  for (const p of periodeTerbuka(m)) {
    for (const u of m.unit) {
      const inds = m.indikator.filter((i) => i.unitKunci === u.kunci && i.rapk && wajibLapor(m, i, p));
      if (!inds.length) continue;
      const kurang: string[] = [];
      let ada = 0;
      for (const i of inds) {
        const t = (j: string): boolean => ditulis.has(`${i.kunci}|${p}|${j}`);
        if (adaAngka(m, i, p) || t('realisasi') || (t('pembilang') && t('penyebut'))) ada++;
        else kurang.push(i.kode);
      }
      let belumDigabung = 0;
      for (const l of m.isian) {
        if (l.unitKunci !== u.kunci) continue;
        for (const row of l.baris) {
          if (row.periode !== p) continue;
          const ind = m.perKunci.get(row.kunci);
          if (!ind) continue;
          for (const j of JENIS_ANGKA) {
            const v = row.angka[j].nilai;
            if (parseCell(v).kind === 'blank' || ditulis.has(`${row.kunci}|${p}|${j}`)) continue;
            const r = selRapk(m, ind, j, p);
            if (!r || !samaAngka(typedRapk(r.sel), v)) belumDigabung++;
          }
        }
      }
      out.push({ unit: u.nama, periode: p, status: ada === inds.length ? 'sudah lengkap' : ada === 0 ? 'belum' : 'sebagian', ada, wajib: inds.length, kurang, belumDigabung });
    }
  }
  return out;
}

/**
 * Is this finding about the data of that period? PK and Pengaturan (every
 * period reads them), the RAPK's own columns and helper columns and that
 * period's columns, and the cycle's sheets for that period; not other periods'
 * columns nor the views (Pengukuran and the rest show Periode laporan).
 */
export function temuanPeriode(m: ModelSiklus, t: Temuan, periode: string): boolean {
  const s = t.sheet.toLowerCase();
  const pk = (m.bk.pk?.nama ?? 'PK').toLowerCase();
  if (s === pk || s === (m.bk.pengaturan.nama ?? 'Pengaturan').toLowerCase()) return true;
  if (s === LEMBAR_SIKLUS.BA.toLowerCase() || s === LEMBAR_SIKLUS.RIWAYAT.toLowerCase()) return t.pesan.includes(periode);
  const rapk = m.bk.rapk;
  if (!rapk || s !== rapk.nama.toLowerCase()) return false;
  let col: number;
  try {
    col = parseA1(t.sel).col;
  } catch {
    return true;
  }
  const milik = (p: string): string[] => [rapkTargetHeader(p), ...rapkBlok(p), rapkNpsHeader(p)];
  const header = Object.entries(rapk.kolom).find(([, c]) => c === col)?.[0];
  if (!header) return true;
  if ((RAPK_KOLOM_BANTU as readonly string[]).includes(header)) return true;
  if (milik(periode).includes(header)) return true;
  return !m.periode.some((p) => p !== periode && milik(p).includes(header));
}

/** The Kesalahan of Periksa in a period's data. */
export function kesalahanPeriode(m: ModelSiklus, h: HasilPeriksa, periode: string): Temuan[] {
  return h.temuan.filter((t) => t.tingkat === 'Kesalahan' && temuanPeriode(m, t, periode));
}

/** What stops "Validasi periode" for this period (empty: nothing). */
export function penghalang(m: ModelSiklus, periode: string, h: HasilPeriksa, konflik: number): string[] {
  const out: string[] = [];
  if (terkunci(m, periode)) {
    out.push(`Periode ${periode} sudah divalidasi (Berita Acara ${baBerlaku(m, periode)?.nomor ?? ''}). Untuk memvalidasi ulang, klik "${TOMBOL.bukaKunci}" dulu.`);
    return out;
  }
  const st = hitungStatus(m).filter((b) => b.periode === periode);
  for (const b of st) {
    if (b.status !== 'sudah lengkap') out.push(`${b.unit}: ${b.ada} dari ${b.wajib} indikator ada angkanya (kurang ${b.kurang.join(', ')}).`);
    if (b.belumDigabung) out.push(`${b.unit}: ${b.belumDigabung} angka di lembar isian belum masuk RAPK: klik "${TOMBOL.gabung}".`);
  }
  if (konflik) out.push(`${konflik} konflik isian belum diputuskan: klik "${TOMBOL.gabung}".`);
  const k = kesalahanPeriode(m, h, periode);
  if (k.length) out.push(`Periksa menemukan ${k.length} kesalahan pada data periode ini.`);
  return out;
}

/** The whole status for the sidebar. */
export function statusSiklus(m: ModelSiklus, h: HasilPeriksa, konflikPer: (p: string) => number): StatusSiklus {
  const batas = m.periode.indexOf(m.periodeLaporan);
  const terbuka = new Set(periodeTerbuka(m));
  const periode: StatusPeriode[] = m.periode.map((p, i) => {
    const ba = baBerlaku(m, p);
    const keadaan: StatusPeriode['keadaan'] = ba ? 'divalidasi' : terbuka.has(p) ? (baPeriode(m, p).length ? 'dibuka' : 'terbuka') : batas >= 0 && i > batas ? 'nanti' : 'terbuka';
    return {
      periode: p,
      nama: namaP(m, p),
      keadaan,
      nomorBA: ba?.nomor,
      sidik: ba?.sidik,
      penghalang: keadaan === 'nanti' ? [`Sesudah periode laporan (${m.periodeLaporan}) di Pengaturan.`] : penghalang(m, p, h, konflikPer(p)),
    };
  });
  const koreksi = m.riwayat
    .filter((e) => e.jenis === JENIS_RIWAYAT.koreksi)
    .map((e) => ({ kode: e.kode, periode: e.periode, dicatatPada: e.rujukan, lama: tampil(e.lama), baru: tampil(e.baru), justifikasi: e.keterangan }));
  return {
    periode,
    baris: hitungStatus(m),
    unit: m.unit.map((u) => ({ nama: u.nama, lembar: m.isian.filter((l) => l.unitKunci === u.kunci).map((l) => l.nama), email: u.email })),
    indikator: m.indikator.map((i) => ({ kode: i.kode, indikator: i.indikator, pj: i.pj })),
    koreksi,
    tanpaPj: m.indikator.filter((i) => !i.pj).map((i) => i.kode),
  };
}
