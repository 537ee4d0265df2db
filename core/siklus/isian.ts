/**
 * "Buat lembar isian" (SOP 000 B.1: each Bagian measures its own figures):
 * one sheet per unit, "Isian – ‹unit›", listing only its indicators for the
 * open period(s): Kode, Indikator, Satuan, Periode and the period's target
 * (copied from the RAPK, so the sheet can travel alone by file); the unit
 * types Realisasi, a, b, Keterangan and Data dukung. Everything else is
 * protected.
 *
 * Made again (next month), a unit's sheet keeps every row it typed that is
 * not yet accounted for: a figure the RAPK does not hold the same, or a
 * Keterangan or Data dukung Riwayat has not recorded. Nothing typed is lost.
 *
 * "Bagikan isian" (Google Sheets): each unit's inputs editable only by its
 * Email PJ addresses and the owner. "Ambil isian" (Excel and the browser): the
 * isian sheets of a returned file come in beside the workbook's own.
 */
import { CellInput, isKError, kutip, parseCell } from '../values';
import { WriteOp, WriteValue, a1, a1Range, teksTulis } from '../workbook';
import { nilaiSalin } from '../salin';
import { TOMBOL_PERBARUI } from '../perbarui';
import { rapkTargetHeader } from '../layout';
import {
  AWALAN_ISIAN,
  ISIAN_BARIS_HEADER,
  ISIAN_INPUT_AWAL,
  ISIAN_KOLOM,
  JENIS_ANGKA,
  JENIS_RIWAYAT,
  LABEL_PERIODE_ISIAN,
  LABEL_UNIT,
  RE_NAMA_ISIAN,
  namaBebas,
  namaLembarIsian,
} from './lembar';
import { BarisIsian, IndikatorSiklus, LembarIsian, ModelSiklus, Unit, bacaEmail, emailTidakSah, namaP, periodeTerbuka, samaAngka, selRapk, typedRapk, wajibLapor } from './model';
import { bungkusProteksi, proteksiIsian } from './kunci';
import { tambahRiwayat } from './riwayat';
import { HasilSiklus } from './jenis';
import { TOMBOL } from './tombol';

export { TOMBOL };

export interface RencanaSiklus {
  ops: WriteOp[];
  hasil: HasilSiklus;
}

const gagal = (pesan: string, catatan: string[] = []): RencanaSiklus => ({ ops: [], hasil: { ok: false, pesan, catatan } });

const WARNA_HEADER = { background: '#1F4E78', fontColor: '#FFFFFF' };
const WARNA_ISIAN = '#FFF9E6';

/** The isian sheet a unit's own (the one Kinerja named after it), if there. */
function lembarUnit(m: ModelSiklus, u: Unit): LembarIsian | undefined {
  const milik = m.isian.filter((x) => x.unitKunci === u.kunci);
  const baku = namaLembarIsian(u.nama, new Set()).toLowerCase();
  // Its own name first; a copy kept aside by Ambil isian ("… lokal") is never rebuilt.
  return milik.find((x) => x.nama.toLowerCase() === baku) ?? milik.find((x) => !/\blokal( \d+)?$/i.test(x.nama));
}

/** Is what this isian row holds already kept elsewhere (RAPK figures equal, notes in Riwayat)? */
export function barisTercatat(m: ModelSiklus, row: BarisIsian): boolean {
  const ind = m.perKunci.get(row.kunci);
  for (const j of JENIS_ANGKA) {
    const v = row.angka[j].nilai;
    if (parseCell(v).kind === 'blank') continue;
    const r = ind ? selRapk(m, ind, j, row.periode) : null;
    if (!r || !samaAngka(typedRapk(r.sel), v)) return false;
  }
  if (!row.keterangan && !row.dataDukung) return true;
  return m.riwayat.some((e) => e.kunci === row.kunci && e.periode === row.periode && e.keterangan === row.keterangan && e.dataDukung === row.dataDukung);
}

function adaKetikan(row: BarisIsian): boolean {
  return JENIS_ANGKA.some((j) => parseCell(row.angka[j].nilai).kind !== 'blank') || row.keterangan !== '' || row.dataDukung !== '';
}

function targetTulis(ind: IndikatorSiklus, periode: string): WriteValue {
  const v = ind.rapk?.sel[rapkTargetHeader(periode)]?.nilai ?? null;
  const p = parseCell(v);
  if (p.kind === 'blank' || p.kind === 'error' || isKError(v)) return null;
  return nilaiSalin(v);
}

function nilaiIsian(v: CellInput): WriteValue {
  return parseCell(v).kind === 'blank' ? null : nilaiSalin(v);
}

export interface OpsiWaktu {
  waktu: string;
}

/** Plan "Buat lembar isian". */
export function rencanaBuatIsian(m: ModelSiklus): RencanaSiklus {
  const pk = m.bk.pk;
  if (!pk) return gagal('Lembar PK belum ada. Klik "Sisipkan templat" dulu, isi PK, lalu "Perbarui dari PK".');
  if (pk.tabel.kolom.pj === undefined) {
    return gagal('PK belum punya kolom "Penanggung jawab". Tambahkan kolom itu di PK (di kanan Pagu), isi unit yang melaporkan setiap indikator, lalu klik lagi.');
  }
  if (!m.bk.rapk) return gagal(`Lembar RAPK belum ada. Klik "${TOMBOL_PERBARUI}" dulu: lembar isian mengambil target periode dari RAPK.`);
  if (m.unit.length === 0) return gagal('Kolom "Penanggung jawab" di PK masih kosong. Isi unit yang melaporkan setiap indikator, lalu klik lagi.');
  const terbuka = periodeTerbuka(m);
  if (terbuka.length === 0) {
    return gagal(`Semua periode sampai periode laporan (${m.periodeLaporan}) sudah divalidasi. Ubah "Periode laporan" di lembar Pengaturan untuk mengumpulkan periode berikutnya.`);
  }
  const catatan: string[] = [];
  const tanpaRapk = m.indikator.filter((i) => i.pj && !i.rapk).map((i) => i.kode);
  if (tanpaRapk.length) catatan.push(`Kode ${tanpaRapk.join(', ')} belum ada di RAPK: klik "${TOMBOL_PERBARUI}" agar masuk lembar isian.`);
  const tanpaPj = m.indikator.filter((i) => !i.pj).map((i) => i.kode);
  if (tanpaPj.length) catatan.push(`Indikator tanpa Penanggung jawab (tidak masuk lembar isian mana pun): ${tanpaPj.join(', ')}.`);

  const dipakai = new Set(m.snapshot.sheets.map((s) => s.name.toLowerCase()));
  const ops: WriteOp[] = [];
  const dibuat: string[] = [];
  const w = ISIAN_KOLOM.length;
  for (const u of m.unit) {
    const lama = lembarUnit(m, u);
    const nama = lama?.nama ?? namaLembarIsian(u.nama, dipakai);
    dipakai.add(nama.toLowerCase());
    // The rows: the unit's indicators for each open period, what it typed there kept.
    const lamaPer = new Map<string, BarisIsian>();
    for (const row of lama?.baris ?? []) if (!lamaPer.has(`${row.kunci}|${row.periode}`)) lamaPer.set(`${row.kunci}|${row.periode}`, row);
    const rows: WriteValue[][] = [];
    const dipakaiLama = new Set<BarisIsian>();
    for (const p of terbuka) {
      for (const ind of m.indikator) {
        if (ind.unitKunci !== u.kunci || !ind.rapk || !wajibLapor(m, ind, p)) continue;
        const l = lamaPer.get(`${ind.kunci}|${p}`);
        if (l) dipakaiLama.add(l);
        rows.push([
          teksTulis(ind.kode),
          ind.indikator ? teksTulis(ind.indikator) : null,
          ind.satuan ? teksTulis(ind.satuan) : null,
          p,
          targetTulis(ind, p),
          nilaiIsian(l?.angka.realisasi.nilai ?? null),
          nilaiIsian(l?.angka.pembilang.nilai ?? null),
          nilaiIsian(l?.angka.penyebut.nilai ?? null),
          l?.keterangan ? teksTulis(l.keterangan) : null,
          l?.dataDukung ? teksTulis(l.dataDukung) : null,
        ]);
      }
    }
    // Rows of the sheet before that are not accounted for stay, as they were typed.
    let tetap = 0;
    for (const l of lama?.baris ?? []) {
      if (dipakaiLama.has(l) || !adaKetikan(l) || barisTercatat(m, l)) continue;
      tetap++;
      rows.push([
        teksTulis(l.kode),
        m.perKunci.get(l.kunci)?.indikator ? teksTulis(m.perKunci.get(l.kunci)!.indikator) : null,
        m.perKunci.get(l.kunci)?.satuan ? teksTulis(m.perKunci.get(l.kunci)!.satuan) : null,
        l.periode,
        nilaiIsian(l.target),
        nilaiIsian(l.angka.realisasi.nilai),
        nilaiIsian(l.angka.pembilang.nilai),
        nilaiIsian(l.angka.penyebut.nilai),
        l.keterangan ? teksTulis(l.keterangan) : null,
        l.dataDukung ? teksTulis(l.dataDukung) : null,
      ]);
    }
    if (rows.length === 0) {
      catatan.push(`${u.nama}: tidak ada indikator yang dilaporkan pada periode ${terbuka.join(', ')} (pola "akhir" hanya pada periode terakhir).`);
      continue;
    }
    if (tetap) catatan.push(`${nama}: ${tetap} baris isian periode lain yang belum digabungkan tetap di bawah.`);
    const periodeTeks = terbuka.map((p) => `${p} (${namaP(m, p)})`).join(', ');
    const kepala: WriteValue[][] = [
      [`Lembar isian realisasi kinerja: ${u.nama}`, ...Array(w - 1).fill(null)],
      [LABEL_UNIT, teksTulis(u.nama), ...Array(w - 2).fill(null)],
      [LABEL_PERIODE_ISIAN, teksTulis(periodeTeks), ...Array(w - 2).fill(null)],
      [
        'Ketik realisasi per indikator dan periode (atau Pembilang a dan Penyebut b), Keterangan bila perlu, dan tautan Data dukung. Kolom lain dikunci. Setelah terisi, Tim Manajemen Kinerja menggabungkannya ke RAPK (Gabungkan isian).',
        ...Array(w - 1).fill(null),
      ],
      [...ISIAN_KOLOM],
    ];
    const isi = [...kepala, ...rows];
    const n = rows.length;
    if (!lama) ops.push({ op: 'addSheet', sheet: nama });
    else if (lama.akhir > ISIAN_BARIS_HEADER + 1 + n) ops.push({ op: 'clear', sheet: nama, range: a1Range(ISIAN_BARIS_HEADER + 1 + n, 0, lama.akhir - (ISIAN_BARIS_HEADER + 1 + n), w) });
    ops.push({ op: 'setValues', sheet: nama, row: 0, col: 0, values: isi });
    ops.push({ op: 'format', sheet: nama, range: 'A1', bold: true });
    ops.push({ op: 'format', sheet: nama, range: a1Range(ISIAN_BARIS_HEADER, 0, 1, w), bold: true, wrap: true, ...WARNA_HEADER });
    ops.push({ op: 'format', sheet: nama, range: a1Range(ISIAN_BARIS_HEADER + 1, ISIAN_INPUT_AWAL, n, w - ISIAN_INPUT_AWAL), background: WARNA_ISIAN });
    ops.push({ op: 'format', sheet: nama, range: a1Range(ISIAN_BARIS_HEADER + 1, 0, n, 1), numberFormat: '@' });
    if (!lama) {
      ops.push({ op: 'columnWidths', sheet: nama, widths: [70, 320, 80, 70, 90, 90, 100, 100, 220, 240] });
      ops.push({ op: 'freeze', sheet: nama, rows: ISIAN_BARIS_HEADER + 1, cols: 2 });
    }
    ops.push({ op: 'proteksi', sheet: nama, proteksi: proteksiIsian(ISIAN_BARIS_HEADER, n) });
    dibuat.push(`${nama} (${n} baris)`);
  }
  if (dibuat.length === 0) return gagal('Tidak ada lembar isian yang dibuat.', catatan);
  const host = m.snapshot.host;
  const lanjut =
    host === 'sheets'
      ? `Klik "${TOMBOL.bagikan}" agar kolom isian setiap unit hanya dapat diubah oleh Email PJ-nya.`
      : host === 'excel'
        ? `Kirim setiap lembar ke unitnya (klik kanan tab → Pindahkan atau Salin → buku baru); setelah kembali, klik "${TOMBOL.ambil}".`
        : 'Unduh .xlsx dan kirim ke unit; berkas yang kembali dibuka dengan "Buka .xlsx" dan lembar isiannya ditambahkan ke buku kerja ini.';
  const pertama = ops.find((o) => o.op === 'setValues') as Extract<WriteOp, { op: 'setValues' }>;
  ops.push({ op: 'select', sheet: pertama.sheet, cell: a1(ISIAN_BARIS_HEADER + 1, ISIAN_INPUT_AWAL) });
  return {
    ops: bungkusProteksi(m, ops),
    hasil: { ok: true, pesan: `Lembar isian periode ${terbuka.join(', ')}: ${dibuat.join(', ')}. ${lanjut}`, catatan },
  };
}

/** Plan "Bagikan isian" (Google Sheets): each unit's input cells editable only by its Email PJ (and the owner). */
export function rencanaBagikan(m: ModelSiklus): RencanaSiklus {
  if (m.snapshot.host !== 'sheets') return gagal(`"${TOMBOL.bagikan}" hanya untuk Google Sheets, tempat unit mengisi di spreadsheet yang sama. Di sini, kirim lembar isian sebagai berkas.`);
  if (m.isian.length === 0) return gagal(`Belum ada lembar isian. Klik "${TOMBOL.buat}" dulu.`);
  const pk = m.bk.pk;
  const salah: string[] = [];
  const kolomEmail = pk?.tabel.kolom.emailPj;
  for (const b of pk?.baris ?? []) {
    for (const e of bacaEmail(b.emailPj ?? '')) if (emailTidakSah(e)) salah.push(`${kutip(e)} di ${pk?.nama}!${a1(b.baris, kolomEmail ?? 0)}`);
  }
  if (salah.length) return gagal(`Email PJ bukan alamat email: ${salah.join('; ')}. Perbaiki di PK, lalu klik lagi. Tidak ada yang diubah.`);
  const ops: WriteOp[] = [];
  const dibagi: string[] = [];
  const catatan: string[] = [];
  for (const l of m.isian) {
    const u = m.unit.find((x) => x.kunci === l.unitKunci);
    const n = l.akhir - l.headerRow - 1;
    if (!u) {
      catatan.push(`${l.nama}: Penanggung jawab "${l.unit}" tidak ada di PK; lembar ini tidak dibagikan.`);
      continue;
    }
    if (!u.email.length) catatan.push(`${u.nama} tidak punya Email PJ di PK: kolom isian ${l.nama} tetap dapat diubah oleh setiap editor spreadsheet.`);
    else dibagi.push(`${l.nama} → ${u.email.join(', ')}`);
    ops.push({ op: 'proteksi', sheet: l.nama, proteksi: proteksiIsian(l.headerRow, n, { unit: u.nama, email: u.email }) });
  }
  if (!dibagi.length) return { ops, hasil: { ok: ops.length > 0, pesan: 'Tidak ada unit dengan Email PJ: isi kolom Email PJ di PK, lalu klik lagi.', catatan } };
  return {
    ops,
    hasil: {
      ok: true,
      pesan: `Isian dibagikan: ${dibagi.join('; ')}. Hanya orang itu (dan pemilik spreadsheet) yang dapat mengubah kolom isian unitnya; kolom lain dikunci. Bagikan juga spreadsheet ini kepada mereka (Bagikan → Editor).`,
      catatan,
    },
  };
}

/**
 * Plan "Ambil isian dari berkas": which sheets of a returned file come in (its
 * isian sheets) and what makes room for them. A sheet of the same name here
 * goes when all it holds is accounted for; otherwise it is renamed
 * "‹nama› lokal" and stays a source for Gabungkan. `sisipkan` names the file's
 * sheets the host inserts after the plan.
 */
export function rencanaAmbilIsian(m: ModelSiklus, lembarBerkas: string[], namaBerkas: string, waktu: string): RencanaSiklus & { sisipkan: string[] } {
  const sisipkan = lembarBerkas.filter((n) => RE_NAMA_ISIAN.test(n));
  if (sisipkan.length === 0) {
    return {
      ...gagal(`Berkas ${namaBerkas} tidak berisi lembar isian (nama lembar diawali "${AWALAN_ISIAN.trim()}"). Lembar di berkas: ${lembarBerkas.join(', ') || '(tidak ada)'}.`),
      sisipkan: [],
    };
  }
  const ops: WriteOp[] = [];
  const catatan: string[] = [];
  const dipakai = new Set(m.snapshot.sheets.map((s) => s.name.toLowerCase()));
  for (const n of sisipkan) dipakai.add(n.toLowerCase());
  for (const n of sisipkan) {
    const ada = m.snapshot.sheets.find((s) => s.name.toLowerCase() === n.toLowerCase());
    if (!ada) continue;
    const l = m.isian.find((x) => x.nama === ada.name);
    const belum = l ? l.baris.filter((r) => adaKetikan(r) && !barisTercatat(m, r)) : [];
    if (l && belum.length === 0) {
      ops.push({ op: 'deleteSheet', sheet: ada.name });
    } else {
      const baru = namaBebas(ada.name, 'lokal', dipakai);
      dipakai.add(baru.toLowerCase());
      ops.push({ op: 'renameSheet', sheet: ada.name, to: baru });
      catatan.push(`${ada.name} di buku kerja ini masih berisi isian yang belum digabungkan: disimpan sebagai "${baru}".`);
    }
  }
  ops.push(...tambahRiwayat(m, waktu, [{ jenis: JENIS_RIWAYAT.ambil, sumber: namaBerkas, keterangan: `Lembar ditambahkan: ${sisipkan.join(', ')}` }]));
  return {
    ops: bungkusProteksi(m, ops),
    sisipkan,
    hasil: { ok: true, pesan: `Dari ${namaBerkas}: ${sisipkan.join(', ')} ditambahkan. Klik "${TOMBOL.gabung}" untuk memasukkan angkanya ke RAPK.`, catatan },
  };
}
