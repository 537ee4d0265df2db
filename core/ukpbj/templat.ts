/**
 * "Sisipkan templat UKPBJ" (one job, every host): the sheets people type into
 * (Tujuan & Area, Indikator UKPBJ with the presets, Target, Rencana Aksi,
 * Paket) where they are not there yet, the Pengaturan UKPBJ block in
 * Pengaturan, then the three computed views (Kinerja Paket, Paket per
 * Indikator, Capaian UKPBJ) written whole from the workbook as the plan leaves
 * it. Clicking again never touches a typed sheet: it rewrites the views, sized
 * to the paket and indicators of the moment (so it is also "Perbarui UKPBJ").
 *
 * The number of write operations does not grow with the number of paket.
 */
import { CellInput, batasiDaftar, parseDigits } from '../values';
import { SHEET } from '../layout';
import { KonteksRumus, BentukTarget } from '../rumus';
import { Plan, WorkbookSnapshot, WriteOp, WriteValue, a1, getSheet, teksTulis } from '../workbook';
import { simulasikan } from '../simulasi';
import { bacaModelPengaturan } from '../model/pengaturan';
import { planPengaturan, refPengaturan, refSetelan } from '../lembar/pengaturan';
import { BARIS_SIAP, formatPaket, blokSetelanUkpbj, lembarAksi, lembarIndikator, lembarPaket, lembarTarget, lembarTujuan, refSetelanUkpbj, TARGET_KOLOM, BARIS_HEADER_UKPBJ } from '../lembar/ukpbj-isian';
import { isiKinerjaPaket } from '../lembar/ukpbj-paket';
import { isiCapaianUkpbj, isiPaketIndikator, TargetIndikator } from '../lembar/ukpbj-hitung';
import { HeaderPaket, LEMBAR_ISIAN_UKPBJ, LEMBAR_UKPBJ, NAMA_SKALA_KEMATANGAN, SETELAN_UKPBJ, TOMBOL_UKPBJ } from './kolom';
import { ModelUkpbj, bacaTabelPaket, bacaUkpbj, indikatorSah, normKode } from './model';
import { KelompokLaporan, isiLaporanUkpbj } from '../lembar/ukpbj-laporan';
import { barisDariTabel, imporTeks } from './impor';
import { tulisTampilan } from './tampilan';
import { barisTerakhir, kosong, nilaiDi } from '../model/lembar';
import { KAPASITAS } from '../model/pengaturan';
import { bakuTeks } from '../values';
import { barisSkalaKematangan } from '../lembar/ukpbj-isian';

export const BACA_UKPBJ = [...LEMBAR_ISIAN_UKPBJ, SHEET.PENGATURAN, LEMBAR_UKPBJ.KINERJA_PAKET, LEMBAR_UKPBJ.PAKET_INDIKATOR, LEMBAR_UKPBJ.CAPAIAN, LEMBAR_UKPBJ.LAPORAN];

export interface OpsiUkpbj {
  contoh?: boolean;
  sekarang?: string;
}

export type HasilRencana = { ok: true; plan: Plan } | { ok: false; pesan: string };

function bentukDari(v: CellInput): BentukTarget {
  if (typeof v === 'number') return { jenis: 'angka' };
  if (typeof v === 'string') {
    const m = v.trim().match(/^([\d.,]+)\s*[–-]\s*([\d.,]+)$/);
    if (m) {
      const a = parseDigits(m[1]);
      const b = parseDigits(m[2]);
      if (a !== null && b !== null) return { jenis: 'rentang', teks: v.trim(), bawah: a, atas: b };
    }
    if (v.trim() !== '') return { jenis: 'label' };
  }
  return { jenis: 'angka' };
}

/** The groups of Laporan UKPBJ: the area strategis of Tujuan & Area, then each OPD the Paket sheet names (first seen first). */
export function kelompokLaporan(m: ModelUkpbj): KelompokLaporan[] {
  const out: KelompokLaporan[] = m.area.map((a) => ({ jenis: 'area', nilai: a.kode, label: `${a.kode} ${a.nama}`.trim() }));
  const opd = new Map<string, string>();
  for (const r of m.paket?.rows ?? []) {
    if (r.kunci === null) continue;
    const v = r.sel.OPD?.nilai;
    const t = typeof v === 'string' ? v.trim().replace(/ {2,}/g, ' ') : '';
    if (t && !opd.has(t.toLowerCase())) opd.set(t.toLowerCase(), t);
  }
  for (const t of opd.values()) out.push({ jenis: 'opd', nilai: t, label: t });
  return out;
}

/** The typed sheets (where missing) and the Pengaturan UKPBJ block, then the views. */
export function planTemplatUkpbj(wb: WorkbookSnapshot, opsi: OpsiUkpbj = {}): HasilRencana {
  const baru = LEMBAR_ISIAN_UKPBJ.filter((n) => !getSheet(wb, n));
  const contoh = Boolean(opsi.contoh) && baru.includes(LEMBAR_UKPBJ.PAKET);
  const catatan: string[] = [];
  if (opsi.contoh && !contoh) catatan.push('Contoh tidak diisi karena lembar Paket sudah ada (contoh hanya untuk buku kerja tanpa data paket).');
  for (const n of LEMBAR_ISIAN_UKPBJ) if (!baru.includes(n)) catatan.push(`Lembar ${n} sudah ada: dibiarkan.`);
  const tahunIni = new Date(opsi.sekarang ?? Date.now()).getUTCFullYear();
  const mp = bacaModelPengaturan(wb);
  // The example is a whole past year (a laporan tahunan with every paket settled); typed data is Pengaturan's Tahun.
  const tahun = mp.tahun ?? (contoh ? tahunIni - 1 : tahunIni);
  const ops: WriteOp[] = [];
  for (const n of baru) {
    ops.push({ op: 'addSheet', sheet: n });
    if (n === LEMBAR_UKPBJ.TUJUAN) ops.push(...lembarTujuan(contoh));
    else if (n === LEMBAR_UKPBJ.INDIKATOR) ops.push(...lembarIndikator());
    else if (n === LEMBAR_UKPBJ.TARGET) ops.push(...lembarTarget(contoh, tahun));
    else if (n === LEMBAR_UKPBJ.AKSI) ops.push(...lembarAksi(contoh));
    else ops.push(...lembarPaket(contoh, tahun));
  }
  // Pengaturan: completed (or made) as "Perbarui dari PK" does, then the UKPBJ block below its last row.
  const peng = planPengaturan(wb, mp, { tahun, host: wb.host });
  if (!peng.ok) return peng;
  ops.push(...peng.ops);
  let setelanWb = simulasikan(wb, ops);
  const m0 = bacaUkpbj(setelanWb);
  if (m0.setelan.baris.batalAnggaran < 0) {
    const ps = getSheet(setelanWb, SHEET.PENGATURAN);
    const mulai = ps ? barisTerakhir(ps) + 2 : 0;
    ops.push(...blokSetelanUkpbj(peng.nama, mulai, contoh).ops);
    // The example is of the current year: Pengaturan's Tahun says so when the template made Pengaturan.
    catatan.push(`Blok "${SETELAN_UKPBJ.judul}" ditambahkan di lembar ${peng.nama} (baris ${mulai + 1}).`);
    setelanWb = simulasikan(wb, ops);
  }
  // The kematangan scale (Inisiasi = 1 … Unggul = 5) in Pengaturan's scale table, where it is not yet and there is room.
  const mp2 = bacaModelPengaturan(setelanWb);
  const ps2 = getSheet(setelanWb, SHEET.PENGATURAN);
  if (ps2 && mp2.tabel.skala >= 0) {
    const h = mp2.tabel.skala;
    const isi = (r: number): boolean => [0, 1, 2].some((c) => !kosong(nilaiDi(ps2, r, c)));
    const ada = Array.from({ length: KAPASITAS.skala }, (_, i) => h + 1 + i).some((r) => bakuTeks(nilaiDi(ps2, r, 0)) === bakuTeks(NAMA_SKALA_KEMATANGAN));
    if (!ada) {
      const skala = barisSkalaKematangan();
      let akhir = h;
      for (let r = h + 1; r <= h + KAPASITAS.skala; r++) if (isi(r)) akhir = r;
      if (akhir + skala.length <= h + KAPASITAS.skala) {
        ops.push({ op: 'setValues', sheet: peng.nama, row: akhir + 1, col: 0, values: skala });
        setelanWb = simulasikan(wb, ops);
      } else catatan.push(`Skala "${NAMA_SKALA_KEMATANGAN}" tidak muat di tabel skala ${peng.nama}: tambahkan sendiri (Inisiasi 1 … Unggul 5) agar capaian indikator kematangan terhitung.`);
    }
  }
  const m = bacaUkpbj(setelanWb);
  const s = m.setelan.baris;
  const tataUkpbj = { batalAnggaran: s.batalAnggaran, efisiensiWajar: s.efisiensiWajar, penawaranRendah: s.penawaranRendah, standar: s.standar };
  const k: KonteksRumus = { host: wb.host, p: refPengaturan(peng.nama, peng.tata) };
  const periode = { tahun: refSetelan(peng.nama, peng.tata, 'tahun'), periodeLaporan: refSetelan(peng.nama, peng.tata, 'periodeLaporan') };
  const n = m.paket?.rows.length ?? 0;
  const ind = indikatorSah(m);
  const tSheet = getSheet(setelanWb, LEMBAR_UKPBJ.TARGET);
  const target = (kode: string): TargetIndikator => {
    if (!tSheet) return { baris: -1, bentuk: { jenis: 'angka' } };
    for (let r = BARIS_HEADER_UKPBJ + 1; r < tSheet.values.length; r++) {
      if (normKode(tSheet.values[r]?.[0] ?? null).toLowerCase() === kode.toLowerCase()) return { baris: r, bentuk: bentukDari(tSheet.values[r]?.[TARGET_KOLOM.Target] ?? null) };
    }
    return { baris: -1, bentuk: { jenis: 'angka' } };
  };
  const kp = isiKinerjaPaket(m.paket, n, refSetelanUkpbj(peng.nama, tataUkpbj));
  const ppi = isiPaketIndikator(ind, n, periode);
  const cap = isiCapaianUkpbj(ind, n, target, k);
  const lap = isiLaporanUkpbj(ind, n, kelompokLaporan(m));
  for (const [nama, isi] of [
    [LEMBAR_UKPBJ.KINERJA_PAKET, kp],
    [LEMBAR_UKPBJ.PAKET_INDIKATOR, ppi],
    [LEMBAR_UKPBJ.CAPAIAN, cap],
    [LEMBAR_UKPBJ.LAPORAN, lap],
  ] as const) {
    const t = tulisTampilan(setelanWb, nama, isi.values, isi.format);
    if (!t.ok) return t;
    ops.push(...t.ops);
  }
  const tanpaRumus = m.indikator?.rows.filter((r) => r.kode && !r.spec) ?? [];
  for (const x of m.masalah) catatan.push(`${x.sheet} ${a1(x.baris, x.kolom)}: ${x.pesan}`);
  const fokus = baru.length ? LEMBAR_UKPBJ.PAKET : LEMBAR_UKPBJ.CAPAIAN;
  ops.push({ op: 'activate', sheet: fokus });
  const ringkasan = baru.length
    ? `Templat UKPBJ disisipkan${contoh ? ' dengan contoh rekaan Kabupaten Contoh' : ''}: lembar ${baru.join(', ')}, lalu ${LEMBAR_UKPBJ.KINERJA_PAKET}, ${LEMBAR_UKPBJ.PAKET_INDIKATOR}, ${LEMBAR_UKPBJ.CAPAIAN} dan ${LEMBAR_UKPBJ.LAPORAN} (${n} baris paket, ${ind.length} indikator). Setelah paket atau indikator berubah, klik "${TOMBOL_UKPBJ.perbarui}" lagi.`
    : `${LEMBAR_UKPBJ.KINERJA_PAKET}, ${LEMBAR_UKPBJ.PAKET_INDIKATOR}, ${LEMBAR_UKPBJ.CAPAIAN} dan ${LEMBAR_UKPBJ.LAPORAN} diperbarui: ${n} baris paket, ${ind.length} indikator${tanpaRumus.length ? ` (${tanpaRumus.length} rumusnya belum terbaca: lihat catatan)` : ''}. Lembar isian tidak diubah.`;
  return { ok: true, plan: { ops, ringkasan, catatan } };
}

// ---------------------------------------------------------------------------
// Impor paket: an export pasted in the panel, merged into Paket by key, then the views again

/** The Paket rows that changed, written back in one block (cells between them as they are: values, or formulas kept), new rows formatted. */
export function planImporPaket(wb: WorkbookSnapshot, teks: string, opsi: OpsiUkpbj = {}): HasilRencana {
  const sheet = getSheet(wb, LEMBAR_UKPBJ.PAKET);
  const tabel = bacaTabelPaket(sheet);
  if (!sheet || !tabel) {
    return { ok: false, pesan: `Lembar ${LEMBAR_UKPBJ.PAKET} ${sheet ? 'tidak memuat baris judul "Kode paket" dan "Nama paket"' : 'belum ada'}: klik "${TOMBOL_UKPBJ.templat}" dulu, lalu impor lagi. Belum ada yang diubah.` };
  }
  const h = imporTeks(barisDariTabel(tabel), teks);
  if ('galat' in h) return { ok: false, pesan: `${h.galat} Belum ada yang diubah.` };
  const ops: WriteOp[] = [];
  if (h.berubah.length) {
    const cols = Object.values(tabel.kolom);
    const c0 = Math.min(...cols);
    const c1 = Math.max(...cols);
    const i0 = h.berubah[0];
    const i1 = h.berubah[h.berubah.length - 1];
    const perKolom = new Map<number, string>(Object.entries(tabel.kolom).map(([hd, c]) => [c, hd]));
    const berubah = new Set(h.berubah);
    const values: WriteValue[][] = [];
    for (let i = i0; i <= i1; i++) {
      const r = tabel.headerRow + 1 + i;
      const row: WriteValue[] = [];
      for (let c = c0; c <= c1; c++) {
        const hd = perKolom.get(c);
        const f = sheet.formulas?.[r]?.[c];
        if (hd && berubah.has(i)) {
          const v = h.baris[i][hd as HeaderPaket];
          row.push(v === undefined || v === null ? null : typeof v === 'string' ? teksTulis(v) : v);
        } else if (typeof f === 'string' && f.startsWith('=')) row.push(f);
        else {
          const v = sheet.values[r]?.[c];
          row.push(v === undefined || v === null ? null : typeof v === 'string' ? teksTulis(v) : typeof v === 'number' || typeof v === 'boolean' ? v : String(v));
        }
      }
      values.push(row);
    }
    ops.push({ op: 'setValues', sheet: sheet.name, row: tabel.headerRow + 1 + i0, col: c0, values });
    // Rows past the template's prepared ones get the same formats.
    const siap = tabel.headerRow + 1 + BARIS_SIAP.paket;
    const akhir = tabel.headerRow + 1 + h.baris.length;
    if (akhir > siap) ops.push(...formatPaket(sheet.name, tabel.kolom, siap, akhir - siap));
  }
  const lanjut = planTemplatUkpbj(simulasikan(wb, ops), opsi);
  if (!lanjut.ok) return lanjut;
  const catatan = h.masalah.slice(0, 20).map((x) => `Rekaman ${x.rekaman}, ${x.pesan}: nilai itu tidak diimpor.`);
  if (h.masalah.length > 20) catatan.push(`… dan ${h.masalah.length - 20} masalah lain.`);
  if (h.tanpaKunci.length) catatan.push(`${h.tanpaKunci.length} rekaman tanpa kode paket maupun Kode RUP dilewati (rekaman ${batasiDaftar(h.tanpaKunci.map(String))}).`);
  if (h.tenderTakDikenal.length)
    catatan.push(
      `${h.tenderTakDikenal.length} tender dari daftar LPSE belum ada di lembar Paket dan dilewati (kode tender ${batasiDaftar(h.tenderTakDikenal)}). Daftar LPSE hanya memperbarui paket yang sudah ada: kodenya kode tender, yang berganti saat tender ulang, tanpa Kode paket atau Kode RUP. Impor dulu ekspor SPSE/ISB atau SiRUP paket itu, lalu tempel daftar LPSE lagi.`,
    );
  const ringkasan = `Impor paket: ${h.baru} paket baru, ${h.diperbarui} diperbarui${h.digabung ? `, ${h.digabung} rekaman digabung ke paket yang sama (tender ulang atau rekaman ganda)` : ''}${h.masalah.length ? `, ${h.masalah.length} nilai tidak terbaca (lihat catatan)` : ''}. ${lanjut.plan.ringkasan}`;
  return { ok: true, plan: { ops: [...ops, ...lanjut.plan.ops.filter((o) => o.op !== 'activate'), { op: 'activate', sheet: sheet.name }], ringkasan, catatan: [...catatan, ...lanjut.plan.catatan.filter((c) => !/sudah ada: dibiarkan/.test(c))] } };
}
