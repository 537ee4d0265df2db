/**
 * "Perbarui" (the sidebar's one click, formerly "Buat Tabel RAPK"): bring the
 * RAPK and every view up to date with the PK and Pengaturan, together, in one
 * plan, each sized to the PK:
 *
 *   Pengaturan              completed where an earlier Kinerja left settings out
 *   RAPK                    the rows where realisasi, a and b are typed, per period
 *   Pengukuran              the reporting period, looked up in the RAPK by Kode
 *   Anggaran dan Efisiensi  per sasaran; budget realisasi typed there, by sasaran
 *   Renstra                 per indicator; the PK year's realisasi from the RAPK
 *
 * Every typed figure is kept with its key. What a sheet can no longer hold (an
 * indicator left the PK, a period left the setting, a value typed over a formula)
 * goes to RAPK Arsip first, and comes back when its key does. Realisasi an
 * earlier Kinerja had people type in Pengukuran or Renstra move to the RAPK.
 */
import { batasiDaftar, bakuTeks, formatAngka, kutip } from './values';
import { SHEET, rapkBlok, rapkHeaders } from './layout';
import { BukuKerja, bacaBukuKerja } from './model/bukukerja';
import { EntriArsip } from './model/arsip';
import { Sel, kosong } from './model/lembar';
import { susunPk } from './susun';
import { EntriBaru, planTabel } from './tabel';
import { planArsip, waktuLokal } from './arsip';
import { planPengaturan, refPengaturan, refSetelan } from './lembar/pengaturan';
import { barisRapk, jenisKolomRapk, specRapk } from './lembar/rapk';
import { barisPengukuran, realisasiKetikanLama, ringkasanPengukuran, specPengukuran } from './lembar/pengukuran';
import { akhirJumlahAnggaran, barisAnggaran, jumlahAnggaran, specAnggaran } from './lembar/anggaran';
import { RENSTRA_TAHUN, barisRenstra, realisasiTahunKetikan, specRenstra, tahunAwalRenstra } from './lembar/renstra';
import { namaPeriode } from './periode';
import { nilaiSalin } from './salin';
import { Plan, WorkbookSnapshot, WriteOp, WriteValue, a1, colName, sheetRef } from './workbook';
import { KonteksRumus } from './rumus';

export type HasilPerbarui = { ok: true; plan: Plan } | { ok: false; pesan: string };

export interface OpsiPerbarui {
  sekarang?: string;
  /** The host's offset from UTC in minutes, for the archive's times (WIB +420). */
  zonaMenit?: number;
  /** Typed figures to place (the 2019 example): RAPK cells by Kode key and header, Anggaran by sasaran, Renstra by Kode. */
  isian?: {
    rapk?: Map<string, Record<string, WriteValue>>;
    anggaran?: Map<string, Record<string, WriteValue>>;
    renstra?: Map<string, Record<string, WriteValue>>;
  };
  /** The year a new Pengaturan starts with. */
  tahun?: number;
  /** The button's name in messages. */
  tombol?: string;
}

export const TOMBOL_PERBARUI = 'Perbarui dari PK';

/** A value as a message shows it: a number in Indonesian style ("82,5"). */
function teksAngka(v: unknown): string {
  return typeof v === 'number' ? formatAngka(v) : String(v);
}

/** The newest archived typed cells of each key of one sheet, by header (a key that returns gets them back). */
function dariArsip(arsip: EntriArsip[], lembar: string, boleh: (h: string) => boolean): Map<string, { nama: string; isi: Record<string, WriteValue>; asal: string[] }> {
  const out = new Map<string, { nama: string; isi: Record<string, WriteValue>; asal: string[] }>();
  for (const e of arsip) {
    if (bakuTeks(e.lembar) !== bakuTeks(lembar) || !e.kunci || !boleh(e.kolom)) continue;
    const x = out.get(e.kunci) ?? { nama: e.nama, isi: {}, asal: [] };
    // Entries of another indicator under the same code restart the record.
    if (bakuTeks(x.nama) !== bakuTeks(e.nama)) {
      x.nama = e.nama;
      x.isi = {};
      x.asal = [];
    }
    x.isi[e.kolom] = e.rumus || nilaiSalin(e.nilai);
    x.asal.push(`baris ${e.baris + 1}${e.diarsipkan ? `, ${e.diarsipkan}` : ''}`);
    out.set(e.kunci, x);
  }
  return out;
}

export function planPerbarui(wb: WorkbookSnapshot, opsi: OpsiPerbarui = {}): HasilPerbarui {
  const m = bacaBukuKerja(wb);
  return planDariModel(m, opsi);
}

export function planDariModel(m: BukuKerja, opsi: OpsiPerbarui = {}): HasilPerbarui {
  const tombol = opsi.tombol ?? TOMBOL_PERBARUI;
  if (!m.pkSheet) return { ok: false, pesan: `Lembar PK belum ada: klik Sisipkan templat dulu, isi indikator di lembar PK, lalu klik ${tombol}.` };
  if (!m.pk) {
    return {
      ok: false,
      pesan: `Lembar ${m.pkSheet.name} tidak memuat baris judul kolom dengan "Kode" dan "Indikator" (dicari di 10 baris teratas). Sisipkan templat atau perbaiki judul kolomnya, lalu coba lagi.`,
    };
  }
  if (m.pk.baris.length === 0) return { ok: false, pesan: `Lembar ${m.pk.nama} belum berisi indikator: isi Kode dan Indikator minimal satu baris, lalu klik ${tombol}.` };
  const susun = susunPk(m.pk, tombol);
  if (!susun.ok) return susun;
  const n = susun.baris.length;
  const tahun = m.pengaturan.tahun ?? opsi.tahun ?? new Date(opsi.sekarang ?? Date.now()).getFullYear();

  // Pengaturan first: its cells are what every formula reads.
  const peng = planPengaturan(m.snapshot, m.pengaturan, { tahun, host: m.host });
  if (!peng.ok) return peng;
  const k: KonteksRumus = { host: m.host, p: refPengaturan(peng.nama, peng.tata) };
  const refPeriode = refSetelan(peng.nama, peng.tata, 'periode');
  const refPeriodeLaporan = refSetelan(peng.nama, peng.tata, 'periodeLaporan');
  const refPreset = refSetelan(peng.nama, peng.tata, 'presetKriteria');
  const refTahun = refSetelan(peng.nama, peng.tata, 'tahun');
  const periode = m.pengaturan.periode;
  const terakhir = periode[periode.length - 1];
  const catatan: string[] = [...peng.catatan];
  const arsip: EntriBaru[] = [];

  // Typed figures for the RAPK that no old row carries: back from the archive, moved from older sheets, the example.
  const isianRapk = new Map<string, Record<string, WriteValue>>();
  const taruh = (kunci: string, h: string, v: WriteValue): void => {
    const r = isianRapk.get(kunci) ?? {};
    if (r[h] === undefined) r[h] = v;
    isianRapk.set(kunci, r);
  };
  const diRapk = new Set((m.rapk?.rows ?? []).map((r) => r.kunci));
  const boleh = new Set(rapkHeaders(periode).filter((h) => jenisKolomRapk(h) === 'isian' || jenisKolomRapk(h) === 'target'));
  const pulih: string[] = [];
  const tidakPulih: string[] = [];
  if (m.rapk) {
    for (const [kunci, x] of dariArsip(m.arsip, SHEET.RAPK, (h) => boleh.has(h))) {
      const b = m.pk.baris.find((r) => r.kunci === kunci);
      if (!b || diRapk.has(kunci)) continue;
      if (bakuTeks(x.nama) !== bakuTeks(b.indikator)) {
        tidakPulih.push(`${b.kode} (${SHEET.RAPK_ARSIP}: indikatornya ${kutip(x.nama)})`);
        continue;
      }
      for (const [h, v] of Object.entries(x.isi)) taruh(kunci, h, v);
      pulih.push(`${b.kode} (${SHEET.RAPK_ARSIP} ${x.asal[x.asal.length - 1]})`);
    }
  }
  for (const [kunci, isi] of opsi.isian?.rapk ?? []) for (const [h, v] of Object.entries(isi)) taruh(kunci, h, v);
  // Realisasi an earlier Kinerja had typed in Pengukuran or in Renstra's current year: to the RAPK's last period.
  const pindah = [...realisasiKetikanLama(m.pengukuran).map((x) => ({ ...x, dari: SHEET.PENGUKURAN })), ...realisasiTahunKetikan(m.renstra, tahun).map((x) => ({ ...x, dari: SHEET.RENSTRA }))];
  const dipindah: string[] = [];
  const bentrok: string[] = [];
  const hR = rapkBlok(terakhir)[2];
  for (const x of pindah) {
    if (!m.pk.baris.some((b) => b.kunci === x.kunci)) continue;
    const ada = m.isian.get(x.kunci)?.get(terakhir)?.realisasi ?? null;
    const sudah = isianRapk.get(x.kunci)?.[hR];
    const nilai = nilaiSalin(x.sel.nilai);
    if ((ada && !kosong(ada.nilai)) || (sudah !== undefined && sudah !== null)) {
      const lain = ada && !kosong(ada.nilai) ? ada.nilai : sudah;
      if (String(lain).trim() !== String(x.sel.nilai).trim()) {
        bentrok.push(`${x.kunciTeks}: ${x.dari} ${kutip(teksAngka(x.sel.nilai))}, RAPK ${kutip(teksAngka(lain))}`);
        arsip.push({ alasan: `realisasi di ${x.dari} berbeda dengan RAPK ${terakhir} (RAPK dipakai)`, lembar: x.dari, kunciTeks: x.kunciTeks, nama: x.nama, kolom: 'Realisasi', sel: x.sel as Sel });
      }
      continue;
    }
    taruh(x.kunci, hR, nilai);
    dipindah.push(`${x.kunciTeks} (${x.dari})`);
  }
  if (dipindah.length) catatan.push(`Realisasi yang dulu diketik di lembar Pengukuran/Renstra dipindah ke RAPK kolom ${hR} (satu tempat untuk setiap angka): ${batasiDaftar(dipindah)}.`);
  if (bentrok.length) catatan.push(`Realisasi di Pengukuran/Renstra berbeda dengan RAPK ${terakhir}; RAPK dipakai, nilai lainnya disimpan di ${SHEET.RAPK_ARSIP}: ${batasiDaftar(bentrok)}.`);

  // RAPK
  const kRapk = { k, pk: m.pk, periode, jenisPeriode: m.pengaturan.jenisPeriode, refPeriode };
  const specR = specRapk(kRapk, n);
  const opsiBaris = { isianAwal: isianRapk, periodeLama: m.rapkPeriode, kolomLama: m.rapk?.kolom ?? {}, adaRumus: m.rapk?.adaRumus ?? true };
  const rowsR = barisRapk(kRapk, susun.baris, opsiBaris);
  const rapk = planTabel(m.rapkSheet, m.rapk, specR, rowsR, { asalKeluar: rowsR[0] ? { asal: rowsR[0].asal } : undefined });
  if (!rapk.ok) return rapk;
  const tempatR = rapk.tempat;
  const spanduk = `${sheetRef(tempatR.nama)}!$${colName(tempatR.kolomAwal)}$${tempatR.headerRow}`;
  const rapkLetak = { nama: tempatR.nama, headerRow: tempatR.headerRow, kolomAwal: tempatR.kolomAwal, n, periode };

  // Pengukuran and its summary.
  const kU = { k, rapk: rapkLetak, refPeriodeLaporan, refPreset, refSpanduk: spanduk };
  const ring = m.ringkasan;
  const bobotLama = new Map((ring?.rows ?? []).filter((x) => x.label && !x.organisasi).map((x) => [bakuTeks(x.label), x.bobot] as const));
  const uk = planTabel(m.pengukuranSheet, m.pengukuran, specPengukuran(kU), barisPengukuran(kU, susun.baris), { milikKitaSampai: ring?.akhir });
  if (!uk.ok) return uk;
  const ringkas = ringkasanPengukuran(kU, uk.tempat, susun, bobotLama);
  const cekBawah = (sheet: typeof m.pengukuranSheet, dari: number, sampai: number, lebar: number, kolomAwal: number, nama: string): string | null => {
    if (!sheet) return null;
    for (let r = dari; r < sampai; r++) for (let c = kolomAwal; c < kolomAwal + lebar; c++) {
      const v = sheet.values[r]?.[c];
      const f = sheet.formulas?.[r]?.[c];
      if ((v !== null && v !== undefined && v !== '') || (typeof f === 'string' && f.startsWith('='))) return `Sel ${sheetRef(nama)}!${a1(r, c)} di bawah tabel berisi data Anda; ringkasan NPS akan ditulis di sana. Pindahkan dulu, lalu coba lagi.`;
    }
    return null;
  };
  const kitaUk = Math.max(m.pengukuran?.akhir ?? 0, ring?.akhir ?? 0);
  const tabrakUk = cekBawah(m.pengukuranSheet, Math.max(kitaUk, uk.tempat.headerRow + 1 + n), ringkas.akhir, 6, uk.tempat.kolomAwal, uk.tempat.nama);
  if (tabrakUk) return { ok: false, pesan: tabrakUk };

  // Anggaran dan Efisiensi and its total.
  const kA = { k, pengukuran: { nama: uk.tempat.nama, headerRow: uk.tempat.headerRow, kolomAwal: uk.tempat.kolomAwal, n }, refSpanduk: spanduk };
  const rowsA = barisAnggaran(kA, susun.baris);
  for (const r of rowsA) {
    const awal = opsi.isian?.anggaran?.get(r.kunci);
    if (awal) r.isianAwal = awal;
  }
  const akhirJumlah = m.anggaran && m.anggaranSheet ? akhirJumlahAnggaran(m.anggaranSheet.values, m.anggaran.akhir, m.anggaran.kolom.Sasaran) : undefined;
  const ag = planTabel(m.anggaranSheet, m.anggaran, specAnggaran(kA), rowsA, { milikKitaSampai: akhirJumlah });
  if (!ag.ok) return ag;
  const jumlah = jumlahAnggaran(kA, ag.tempat);
  const tabrakAg = cekBawah(m.anggaranSheet, Math.max(akhirJumlah ?? 0, m.anggaran?.akhir ?? 0, ag.tempat.headerRow + 1 + rowsA.length), jumlah.akhir, 10, ag.tempat.kolomAwal, ag.tempat.nama);
  if (tabrakAg) return { ok: false, pesan: tabrakAg.replace('ringkasan NPS', 'baris Jumlah') };

  // Renstra.
  const tahunAwal = tahunAwalRenstra(m.renstraSheet, m.renstraTahun, tahun);
  const dalam = tahun >= tahunAwal && tahun < tahunAwal + RENSTRA_TAHUN;
  const kS = { k, tahunAwal, tahun: dalam ? tahun : null, rapk: rapkLetak, refPeriodeLaporan, refTahun, refSpanduk: spanduk, aturan: m.pengaturan.aturan };
  const rowsS = barisRenstra(kS, susun.baris, m.renstra, opsi.isian?.renstra);
  const rs = planTabel(m.renstraSheet, m.renstra, specRenstra(kS), rowsS);
  if (!rs.ok) return rs;

  for (const r of [rapk, uk, ag, rs]) {
    arsip.push(...r.arsip);
    catatan.push(...r.catatan);
  }
  if (pulih.length) catatan.push(`Isian dikembalikan dari ${SHEET.RAPK_ARSIP} untuk indikator yang kembali ke PK: ${batasiDaftar(pulih)}. Baris arsipnya tetap disimpan.`);
  if (tidakPulih.length) catatan.push(`${SHEET.RAPK_ARSIP} memuat isian lama berkode sama tetapi untuk indikator lain, jadi tidak dikembalikan: ${batasiDaftar(tidakPulih)}.`);
  const keluar = rapk.statistik.diarsipkan;
  if (keluar.length) catatan.push(`Indikator yang tidak ada lagi di PK dipindah ke lembar ${SHEET.RAPK_ARSIP} beserta isiannya: ${batasiDaftar(keluar, 50)}.`);
  if (m.rapk && m.rapkPeriode.join() !== periode.join()) {
    catatan.push(`Periode RAPK diubah menjadi ${m.pengaturan.jenisPeriode} (${periode.join(', ')}): isian periode yang masih ada tetap; isian periode lain disimpan di ${SHEET.RAPK_ARSIP}.`);
  }

  // All new sheets first (formulas refer across sheets), then the archive, then the rest in order.
  const semua = [...peng.ops, ...rapk.ops, ...uk.ops, ...ringkas.ops, ...ag.ops, ...jumlah.ops, ...rs.ops];
  const tambah = semua.filter((o) => o.op === 'addSheet');
  const waktu = waktuLokal(opsi.sekarang ?? new Date().toISOString(), opsi.zonaMenit);
  const arsipOps = planArsip(m.snapshot, arsip, waktu);
  const ops: WriteOp[] = [
    ...tambah,
    ...arsipOps.filter((o) => o.op === 'addSheet'),
    ...arsipOps.filter((o) => o.op !== 'addSheet'),
    ...semua.filter((o) => o.op !== 'addSheet' && o.op !== 'select'),
    { op: 'activate', sheet: tempatR.nama },
    ...rapk.ops.filter((o) => o.op === 'select'),
  ];

  const inti = `${n} indikator, ${susun.jumlahSasaran} sasaran, periode ${m.pengaturan.jenisPeriode} (${periode.join(', ')}); Pengukuran menampilkan ${namaPeriode(m.pengaturan.jenisPeriode, m.pengaturan.periodeLaporan)}`;
  let ringkasan: string;
  if (rapk.statistik.baru) {
    ringkasan = `RAPK dan lembar kerja dibuat: ${inti}.`;
  } else {
    const s = rapk.statistik;
    const bagian: string[] = [];
    if (s.ditambah.length) bagian.push(`${s.ditambah.length} indikator ditambah${pulih.length ? ` (${pulih.length} dengan isian dari ${SHEET.RAPK_ARSIP})` : ''}`);
    if (s.diarsipkan.length) bagian.push(`${s.diarsipkan.length} dipindah ke ${SHEET.RAPK_ARSIP}`);
    bagian.push(`${s.dipertahankan} dipertahankan (${s.isianTetap} isian realisasi/pembilang/penyebut tetap)`);
    ringkasan = `RAPK dan lembar kerja diperbarui (${inti}): ${bagian.join(', ')}.`;
  }
  return { ok: true, plan: { ops, ringkasan, catatan } };
}

export type { BukuKerja };
