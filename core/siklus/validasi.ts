/**
 * "Validasi periode" (SOP 000 B.3; SOP 003 steps 4–5): when Periksa finds no
 * Kesalahan in a period's data and every unit has reported, the validators
 * sign a Berita Acara Pernyataan Validasi Data Kinerja — periode, tanggal, the
 * validators, and per indicator the validated target, realisasi, capaian and
 * kriteria, with a fingerprint (SHA-256) of those values — and the period's
 * RAPK cells are locked.
 *
 * "Koreksi" (SOP 000 B.7): a mistake found in a validated period is corrected
 * in the next period, with a required justification; Riwayat records it, the
 * next Berita Acara lists it, and the Berita Acara of the period keeps the
 * original. "Buka kunci periode": only with a reason, recorded in Riwayat.
 */
import type { HasilPeriksa } from '../checks';
import { CellInput, isKError, kutip, parseCell } from '../values';
import { WriteOp, WriteValue, a1, a1Range, teksTulis } from '../workbook';
import { keNilaiTulis } from '../salin';
import { waktuLokal } from '../arsip';
import { rapkBlok, rapkTargetHeader } from '../layout';
import { kunciKode } from '../pk';
import { barisTerakhir } from '../model/lembar';
import {
  BA_INDIKATOR_KOLOM,
  BA_JUDUL,
  BA_KOREKSI_JUDUL,
  BA_KOREKSI_KOLOM,
  BA_LABEL,
  BA_LEBAR,
  BA_VALIDATOR_KOLOM,
  JENIS_RIWAYAT,
  LEMBAR_SIKLUS,
} from './lembar';
import { BarisBA, ModelSiklus, Validator, baBerlaku, baPeriode, namaP, periodeTerkunci, samaAngka, selRapk, sidikBA, terkunci } from './model';
import { PROTEKSI_LOG, bungkusProteksi, proteksiRapk } from './kunci';
import { RencanaSiklus, TOMBOL } from './isian';
import { tambahRiwayat, tampil } from './riwayat';
import { kesalahanPeriode, penghalang } from './status';
import { OpsiBukaKunci, OpsiKoreksi, OpsiValidasi } from './jenis';

const gagal = (pesan: string, catatan: string[] = []): RencanaSiklus => ({ ops: [], hasil: { ok: false, pesan, catatan } });

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "Senin, 30 November 2026" where the user is. */
export function tanggalPanjang(sekarang: string, zonaMenit: number | undefined): string {
  const t = Date.parse(sekarang);
  if (isNaN(t)) return sekarang;
  const d = new Date(t + (zonaMenit ?? 0) * 60_000);
  return `${HARI[d.getUTCDay()]}, ${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export interface OpsiWaktuSiklus {
  sekarang: string;
  zonaMenit?: number;
}

/** Validators as typed in the sidebar: name and jabatan required; a NIP, when given, is 18 digits (spaces allowed). */
export function periksaValidator(v: Validator[] | undefined): { validator: Validator[]; galat: string | null } {
  const list = (v ?? []).map((x) => ({ nama: String(x?.nama ?? '').trim(), nip: String(x?.nip ?? '').trim(), jabatan: String(x?.jabatan ?? '').trim() })).filter((x) => x.nama || x.nip || x.jabatan);
  if (list.length === 0) return { validator: [], galat: 'Isi paling sedikit satu validator: nama, NIP dan jabatan.' };
  for (const [i, x] of list.entries()) {
    const no = `Validator ${i + 1}`;
    if (!x.nama) return { validator: list, galat: `${no}: nama belum diisi.` };
    if (!x.jabatan) return { validator: list, galat: `${no} (${x.nama}): jabatan belum diisi.` };
    if (x.nip && !/^\d{18}$/.test(x.nip.replace(/[\s.]/g, ''))) return { validator: list, galat: `${no} (${x.nama}): NIP ${kutip(x.nip)} bukan 18 angka.` };
  }
  return { validator: list.map((x) => ({ ...x, nip: x.nip.replace(/[\s.]/g, '') })), galat: null };
}

function nilaiBA(v: CellInput): WriteValue {
  const p = parseCell(v);
  if (p.kind === 'blank') return null;
  if (typeof v === 'number') return v;
  if (isKError(v)) return keNilaiTulis(v);
  return teksTulis(String(v));
}

/** The rows a Berita Acara of this period validates: every RAPK indicator, in PK order. */
export function barisValidasi(m: ModelSiklus, periode: string): BarisBA[] {
  const [, , hR, hC, hK] = rapkBlok(periode);
  return m.indikator
    .filter((i) => i.rapk)
    .map((i) => {
      const sel = (h: string): CellInput => i.rapk?.sel[h]?.nilai ?? null;
      return { baris: -1, kode: i.kode, kunci: i.kunci, indikator: i.indikator, satuan: i.satuan, pj: i.pj, target: sel(rapkTargetHeader(periode)), realisasi: sel(hR), capaian: sel(hC), kriteria: sel(hK) };
    });
}

/** Corrections recorded for this period (they go into its Berita Acara). */
function koreksiUntuk(m: ModelSiklus, periode: string): Array<{ kode: string; periode: string; lama: CellInput; baru: CellInput; justifikasi: string }> {
  // Those already in an earlier Berita Acara of this period are not listed again.
  const sudah = baPeriode(m, periode).flatMap((e) => e.koreksi.map((k) => `${kunciKode(k.kode)}|${k.periode}|${String(k.baru)}`));
  return m.riwayat
    .filter((e) => e.jenis === JENIS_RIWAYAT.koreksi && e.rujukan.toUpperCase() === periode)
    .map((e) => ({ kode: e.kode, periode: e.periode, lama: e.lama, baru: e.baru, justifikasi: e.keterangan }))
    .filter((k) => !sudah.includes(`${kunciKode(k.kode)}|${k.periode}|${String(k.baru)}`));
}

/** Plan "Validasi periode". `h`: Periksa over the same snapshot. */
export function rencanaValidasi(m: ModelSiklus, opsi: OpsiValidasi, h: HasilPeriksa, konflik: number, w: OpsiWaktuSiklus): RencanaSiklus {
  if (!m.bk.rapk) return gagal('Lembar RAPK belum ada: tidak ada yang dapat divalidasi.');
  const p = String(opsi?.periode ?? '').trim().toUpperCase();
  if (!p) return gagal('Pilih periode yang divalidasi.');
  if (!m.periode.includes(p)) return gagal(`Periode ${kutip(p)} tidak ada di RAPK (${m.periode.join(', ')}).`);
  const v = periksaValidator(opsi?.validator);
  if (v.galat) return gagal(`${v.galat} Tidak ada yang divalidasi.`);
  const halang = penghalang(m, p, h, konflik);
  if (halang.length) {
    const temuan = kesalahanPeriode(m, h, p);
    return { ops: [], hasil: { ok: false, pesan: `Periode ${p} (${namaP(m, p)}) belum dapat divalidasi. Tidak ada yang divalidasi.`, catatan: halang, temuan } };
  }

  const tahun = m.tahun ?? new Date(Date.parse(w.sekarang) || Date.now()).getUTCFullYear();
  const n = baPeriode(m, p).length + 1;
  const nomor = `BA-${tahun}-${p}-${n}`;
  const tanggal = tanggalPanjang(w.sekarang, w.zonaMenit);
  const waktu = waktuLokal(w.sekarang, w.zonaMenit);
  const rows = barisValidasi(m, p);
  const sidik = sidikBA(p, rows);
  const koreksi = koreksiUntuk(m, p);

  const W = BA_LEBAR;
  const baris = (...x: WriteValue[]): WriteValue[] => [...x, ...Array(Math.max(0, W - x.length)).fill(null)];
  const blok: WriteValue[][] = [];
  const tandai: Record<string, number> = {};
  blok.push(baris(BA_JUDUL));
  blok.push(baris(BA_LABEL.nomor, teksTulis(nomor)));
  blok.push(baris(BA_LABEL.periode, p, teksTulis(`${namaP(m, p)} tahun ${tahun}`)));
  blok.push(baris(BA_LABEL.tanggal, teksTulis(tanggal), teksTulis(waktu)));
  blok.push(
    baris(
      teksTulis(
        `Pada hari ini, ${tanggal}, kami yang bertanda tangan di bawah ini telah melakukan validasi data kinerja (fisik) periode ${namaP(m, p)} tahun ${tahun} dari setiap Bagian / Tim Kerja, hasil rekonsiliasi oleh Tim Manajemen Kinerja:`,
      ),
    ),
  );
  tandai.validator = blok.length;
  blok.push(baris(...BA_VALIDATOR_KOLOM));
  v.validator.forEach((x, i) => blok.push(baris(i + 1, teksTulis(x.nama), x.nip ? teksTulis(x.nip) : null, teksTulis(x.jabatan), null)));
  blok.push(baris('Menyatakan bahwa data kinerja berikut telah divalidasi dan benar:'));
  tandai.indikator = blok.length;
  blok.push(baris(...BA_INDIKATOR_KOLOM));
  rows.forEach((r, i) =>
    blok.push(baris(i + 1, teksTulis(r.kode), r.indikator ? teksTulis(r.indikator) : null, r.satuan ? teksTulis(r.satuan) : null, r.pj ? teksTulis(r.pj) : null, nilaiBA(r.target), nilaiBA(r.realisasi), nilaiBA(r.capaian), nilaiBA(r.kriteria))),
  );
  if (koreksi.length) {
    blok.push(baris(BA_KOREKSI_JUDUL));
    tandai.koreksi = blok.length;
    blok.push(baris(...BA_KOREKSI_KOLOM));
    koreksi.forEach((k, i) => blok.push(baris(i + 1, teksTulis(k.kode), k.periode, nilaiBA(k.lama), nilaiBA(k.baru), teksTulis(k.justifikasi))));
  }
  tandai.sidik = blok.length;
  blok.push(baris(BA_LABEL.sidik, sidik));
  blok.push(
    baris(
      'Sidik jari dihitung dari nilai yang divalidasi (Kode, Target, Realisasi, Capaian, Kriteria); Periksa membandingkannya dengan RAPK. Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    ),
  );

  const ops: WriteOp[] = [];
  const s = m.baSheet;
  const nama = s?.name ?? LEMBAR_SIKLUS.BA;
  const r0 = s ? Math.max(0, barisTerakhir(s) + 2) : 0;
  if (!s) ops.push({ op: 'addSheet', sheet: nama });
  ops.push({ op: 'setValues', sheet: nama, row: r0, col: 0, values: blok });
  const KEPALA = { bold: true, background: '#DDEBF7', fontColor: '#1F3864' };
  ops.push({ op: 'format', sheet: nama, range: a1(r0, 0), bold: true });
  ops.push({ op: 'format', sheet: nama, range: a1Range(r0 + 1, 0, 3, 1), bold: true });
  ops.push({ op: 'format', sheet: nama, range: a1Range(r0 + tandai.validator, 0, 1, BA_VALIDATOR_KOLOM.length), ...KEPALA });
  ops.push({ op: 'format', sheet: nama, range: a1Range(r0 + tandai.indikator, 0, 1, W), ...KEPALA, wrap: true });
  if (rows.length) ops.push({ op: 'format', sheet: nama, range: a1Range(r0 + tandai.indikator + 1, 5, rows.length, 3), numberFormat: '#,##0.00' });
  if (tandai.koreksi) ops.push({ op: 'format', sheet: nama, range: a1Range(r0 + tandai.koreksi, 0, 1, BA_KOREKSI_KOLOM.length), ...KEPALA });
  ops.push({ op: 'format', sheet: nama, range: a1Range(r0 + tandai.sidik, 0, 1, 2), bold: true });
  if (!s) {
    ops.push({ op: 'columnWidths', sheet: nama, widths: [150, 170, 240, 70, 140, 80, 80, 80, 110] });
    ops.push({ op: 'proteksi', sheet: nama, proteksi: PROTEKSI_LOG[nama.toLowerCase()] });
  }
  ops.push(
    ...tambahRiwayat(m, waktu, [
      {
        jenis: JENIS_RIWAYAT.validasi,
        sumber: v.validator.map((x) => `${x.nama} (${x.jabatan})`).join('; '),
        lembar: nama,
        sel: a1(r0, 0),
        periode: p,
        keterangan: `Sidik jari ${sidik}`,
        rujukan: nomor,
      },
    ]),
  );
  // The period's cells locked with the others already validated.
  const kunciBaru = [...periodeTerkunci(m), p];
  ops.push({ op: 'proteksi', sheet: m.bk.rapk.nama, proteksi: proteksiRapk({ ...m, ba: [...m.ba, { lembar: nama, baris: r0, nomor, periode: p, tanggal, sidik, barisSidik: r0 + tandai.sidik, validator: v.validator, indikator: [], koreksi: [], kolom: {} }] }, kunciBaru) });
  ops.push({ op: 'select', sheet: nama, cell: a1(r0, 0) });
  return {
    ops: bungkusProteksi(m, ops),
    hasil: {
      ok: true,
      pesan: `Periode ${p} (${namaP(m, p)}) divalidasi: Berita Acara ${nomor} di lembar ${nama}, sidik jari ${sidik.slice(0, 16)}…; sel periode ${p} di RAPK dikunci.`,
      catatan: koreksi.length ? [`${koreksi.length} koreksi periode sebelumnya dicantumkan di Berita Acara ini.`] : [],
      nomorBA: nomor,
      sidik,
    },
  };
}

/** Plan "Koreksi": a validated figure corrected in the next open period, with its justification. */
export function rencanaKoreksi(m: ModelSiklus, opsi: OpsiKoreksi, w: OpsiWaktuSiklus): RencanaSiklus {
  const p = String(opsi?.periode ?? '').trim().toUpperCase();
  const kode = String(opsi?.kode ?? '').trim();
  const just = String(opsi?.justifikasi ?? '').trim();
  const ind = m.perKunci.get(kunciKode(kode));
  if (!ind || !ind.rapk) return gagal(`Kode ${kutip(kode)} tidak ada di PK dan RAPK.`);
  if (!m.periode.includes(p)) return gagal(`Periode ${kutip(p)} tidak ada di RAPK (${m.periode.join(', ')}).`);
  if (!terkunci(m, p)) return gagal(`Periode ${p} belum divalidasi: ubah realisasinya langsung di RAPK atau di lembar isian, tanpa koreksi.`);
  if (!just) return gagal('Justifikasi wajib diisi: koreksi data kinerja yang sudah divalidasi dicatat bersama alasannya (SOP 000 B.7). Tidak ada yang dicatat.');
  const pv = parseCell(opsi?.nilai ?? null);
  if (pv.kind === 'blank') return gagal('Nilai koreksi belum diisi.');
  if (pv.kind === 'error') return gagal(`Nilai koreksi ${kutip(String(opsi.nilai))} tidak dapat dibaca.`);
  const baru: CellInput = pv.kind === 'number' ? pv.value : String(opsi.nilai).trim();
  const ba = baBerlaku(m, p);
  const lama = ba?.indikator.find((r) => r.kunci === ind.kunci)?.realisasi ?? selRapk(m, ind, 'realisasi', p)?.sel.nilai ?? null;
  if (samaAngka(lama, baru)) return gagal(`Realisasi ${ind.kode} periode ${p} yang tervalidasi sudah ${tampil(lama)}: tidak ada yang dikoreksi.`);
  const i = m.periode.indexOf(p);
  const q = m.periode.slice(i + 1).find((x) => !terkunci(m, x));
  if (!q) {
    return gagal(
      `Tidak ada periode sesudah ${p} yang masih terbuka: koreksi dicatat pada periode berikutnya (SOP 000 B.7). ${i === m.periode.length - 1 ? 'Untuk periode terakhir tahun ini, catat koreksi pada laporan tahun berikutnya.' : `Klik "${TOMBOL.bukaKunci}" untuk periode sesudahnya bila perlu.`}`,
    );
  }
  const sel = selRapk(m, ind, 'realisasi', p);
  const waktu = waktuLokal(w.sekarang, w.zonaMenit);
  const ops = tambahRiwayat(m, waktu, [
    {
      jenis: JENIS_RIWAYAT.koreksi,
      sumber: 'Koreksi (SOP 000 B.7)',
      lembar: m.bk.rapk?.nama,
      sel: sel ? a1(sel.row, sel.col) : undefined,
      kode: ind.kode,
      periode: p,
      kolom: rapkBlok(p)[2],
      lama,
      baru,
      keterangan: just,
      rujukan: q,
    },
  ]);
  return {
    ops: bungkusProteksi(m, ops),
    hasil: {
      ok: true,
      pesan: `Koreksi realisasi ${ind.kode} periode ${p}: ${tampil(lama)} → ${tampil(baru)}, dicatat pada periode ${q} (${namaP(m, q)}) dengan justifikasinya di Riwayat. Berita Acara ${ba?.nomor ?? p} tetap memuat angka aslinya; koreksi ini dicantumkan di Berita Acara ${q}.`,
      catatan: [],
    },
  };
}

/** Plan "Buka kunci periode": the reason is required and recorded. */
export function rencanaBukaKunci(m: ModelSiklus, opsi: OpsiBukaKunci, w: OpsiWaktuSiklus): RencanaSiklus {
  const p = String(opsi?.periode ?? '').trim().toUpperCase();
  const alasan = String(opsi?.alasan ?? '').trim();
  if (!m.bk.rapk) return gagal('Lembar RAPK belum ada.');
  if (!m.periode.includes(p)) return gagal(`Periode ${kutip(p)} tidak ada di RAPK (${m.periode.join(', ')}).`);
  if (!terkunci(m, p)) return gagal(`Periode ${p} tidak terkunci: tidak ada yang dibuka.`);
  if (alasan.length < 5) return gagal('Tulis alasan membuka kunci (dicatat di Riwayat). Tidak ada yang dibuka.');
  const ba = baBerlaku(m, p);
  const ops: WriteOp[] = tambahRiwayat(m, waktuLokal(w.sekarang, w.zonaMenit), [
    { jenis: JENIS_RIWAYAT.bukaKunci, sumber: 'Panel Kinerja', lembar: m.bk.rapk.nama, periode: p, keterangan: alasan, rujukan: ba?.nomor },
  ]);
  ops.push({ op: 'proteksi', sheet: m.bk.rapk.nama, proteksi: proteksiRapk(m, periodeTerkunci(m).filter((x) => x !== p)) });
  return {
    ops: bungkusProteksi(m, ops),
    hasil: {
      ok: true,
      pesan: `Kunci periode ${p} (${namaP(m, p)}) dibuka; alasannya dicatat di Riwayat. Berita Acara ${ba?.nomor ?? ''} tetap ada. Setelah diperbaiki, klik "${TOMBOL.validasi}" lagi.`,
      catatan: [],
    },
  };
}
