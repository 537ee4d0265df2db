/**
 * Writing a keyed table again without losing anything typed: the one mechanism
 * behind RAPK, Pengukuran, Anggaran dan Efisiensi and Renstra.
 *
 * A table has one row per key (an indicator's Kode, a sasaran). Its columns are
 *   tetap   copied from the PK when the table is written (regenerated),
 *   rumus   Kinerja's formulas (regenerated; a value typed over one is kept in
 *           the archive and reported),
 *   isian   what people type (kept with its key; a formula of the user's stays a
 *           formula, its references following the rows they point at),
 *   target  computed by Kinerja unless the user typed their own (kept then).
 * Rows are matched by key, never by position. A row whose key left, and every
 * typed cell whose column left (a period switched off), go to the archive (the
 * caller writes it first). Cells the user keeps right of the table move with
 * their row. Anything else the table would overwrite is refused, naming the cell.
 */
import { CellInput, batasiDaftar, bakuTeks, formatAngka, kutip } from './values';
import { HostKind, PetaBaris, SheetSnapshot, WriteOp, WriteValue, a1, a1Range, colName, petakanRumus, sheetRef, teksTulis } from './workbook';
import { BarisLama, CiriTabel, TabelLama } from './model/tabel';
import { Sel, adaIsi, kosong, nilaiDi, rumusDi, sheetKosong, teks } from './model/lembar';
import { nilaiSalin } from './salin';

export type JenisKolom = 'tetap' | 'isian' | 'rumus' | 'target';

/** Where a table is written, for the spec's formatting. */
export interface TempatTabel {
  nama: string;
  headerRow: number;
  kolomAwal: number;
  /** Data rows. */
  n: number;
  baru: boolean;
  /** Row of the first title row written, or null when the title rows are the user's. */
  barisJudul: number | null;
}

export interface SpecTabel {
  /** The sheet's name in a new workbook. */
  lembar: string;
  ciri: CiriTabel;
  headers: string[];
  /** The kind of any header this table ever had (also of other period settings). */
  jenis: (header: string) => JenisKolom;
  /** Rows above the header of a new table (title, subtitle, a formula banner): same width as headers. */
  judul: (t: TempatTabel) => WriteValue[][];
  format: (t: TempatTabel) => WriteOp[];
  /** Column widths of a new (or re-shaped) table. */
  lebar?: number[];
  beku?: (t: TempatTabel) => { rows: number; cols: number };
  /** The cell selected after writing. */
  pilih?: (t: TempatTabel) => string | null;
  kunciDari?: (v: CellInput) => string;
  /** Title-row texts an earlier Kinerja wrote (instructions that no longer hold): replaced, not kept as the user's. */
  judulLama?: RegExp[];
}

export interface BarisRencana {
  kunci: string;
  kunciTeks: string;
  /** The row's name for messages and the archive (indicator, sasaran). */
  nama: string;
  /** The generated cells of the row at sheet row r (0-based), one per header; input columns null. */
  isi: (r: number, kolomAwal: number) => WriteValue[];
  /**
   * Whose an old cell of an 'isian' or 'target' column is: 'kita' when Kinerja wrote it
   * (regenerated), 'pengguna' when typed (default for 'isian'; 'kita' for 'target').
   */
  asal?: (header: string, sel: Sel, lama: BarisLama) => 'pengguna' | 'kita';
  /** A typed cell of this column stays (default); false: it is replaced and kept in the archive. */
  simpan?: (header: string) => boolean;
  /** Typed values for cells the old table leaves blank (brought back from the archive, moved from an older sheet, the example). */
  isianAwal?: Record<string, WriteValue>;
}

/** One cell to keep in the archive. */
export interface EntriBaru {
  alasan: string;
  lembar: string;
  kunciTeks: string;
  nama: string;
  kolom: string;
  sel: Sel;
}

export interface StatistikTabel {
  baru: boolean;
  n: number;
  dipertahankan: number;
  ditambah: string[];
  diarsipkan: string[];
  /** Typed cells carried over with their key. */
  isianTetap: number;
  /** Typed values replaced by formulas (kept in the archive). */
  diganti: string[];
  /** The old table's rows were in a different order (or the table changed shape). */
  berubahBentuk: boolean;
}

export type HasilTabel =
  | { ok: true; ops: WriteOp[]; arsip: EntriBaru[]; catatan: string[]; statistik: StatistikTabel; tempat: TempatTabel; lama: TabelLama | null }
  | { ok: false; pesan: string };

/** A formula as compared with ours: no spaces, no "$", no namespace, upper case. */
export function rumusBaku(f: string): string {
  return f
    .replace(/\s+/g, '')
    .replace(/\$/g, '')
    .toUpperCase()
    .replace(/(_XLDUDF_KINERJA_|KINERJA\.)/g, '');
}

/** Whose an old cell is (see BarisRencana.asal). */
function asalSel(b: Pick<BarisRencana, 'asal'> | undefined, jenis: JenisKolom, h: string, s: Sel, lama: BarisLama): 'pengguna' | 'kita' {
  return b?.asal?.(h, s, lama) ?? (jenis === 'isian' ? 'pengguna' : 'kita');
}

function kosongSel(s: Sel | undefined): boolean {
  return !s || (s.rumus === '' && kosong(s.nilai));
}

/** A replaced cell as a message shows it: a number in Indonesian style ("97,5"), a formula as its text. */
function teksDiganti(s: Sel): string {
  return kutip(s.rumus || (typeof s.nilai === 'number' ? formatAngka(s.nilai) : String(s.nilai)));
}

/** A cell read back, written again as the same thing (a formula as a formula). */
function tulisLagi(s: Sel): WriteValue {
  if (s.rumus) return s.rumus;
  return kosong(s.nilai) ? null : nilaiSalin(s.nilai);
}

/**
 * Plan one keyed table. `lamaSheet` is the sheet as read (undefined when absent).
 * The plan writes only inside the table's block, the cells right of it that
 * move with their rows, and the sheet's title rows when they are still ours.
 */
export function planTabel(
  sheet: SheetSnapshot | undefined,
  lama: TabelLama | null,
  spec: SpecTabel,
  rows: BarisRencana[],
  opsi: {
    judulBaris?: number;
    /** Whose the cells of a row that leaves are (its key is gone, so no row of `rows` can say). */
    asalKeluar?: Pick<BarisRencana, 'asal'>;
    /** Rows below the table that are Kinerja's own (a summary, a total): cleared, never refused. */
    milikKitaSampai?: number;
  } = {},
): HasilTabel {
  const asalKeluar = opsi.asalKeluar;
  const nama = sheet?.name ?? spec.lembar;
  const ref = sheetRef(nama);
  if (sheet && !lama && !sheetKosong(sheet)) {
    return {
      ok: false,
      pesan: `Lembar ${nama} sudah ada dan berisi data, tetapi tabelnya (baris judul kolom dengan ${spec.ciri.wajib.map((w) => `"${w}"`).join(' dan ')}) tidak ditemukan di 10 baris teratas. Ganti nama lembar itu atau kosongkan, lalu coba lagi.`,
    };
  }
  const JUDUL = opsi.judulBaris ?? 3;
  const lebarBaru = spec.headers.length;
  const baru = !lama;
  const headerRow = lama ? lama.headerRow : JUDUL;
  const kolomAwal = lama ? lama.kolomAwal : 0;
  const n = rows.length;
  const akhirLama = lama ? lama.akhir : headerRow + 1;
  const akhirBaru = headerRow + 1 + n;
  const kananLama = lama ? lama.kolomLebih : kolomAwal + lebarBaru;
  const kananBaru = kolomAwal + lebarBaru;
  const W = lama?.lebarLebih ?? 0;
  const kolomTerakhir = colName(kananBaru - 1);

  // Nothing of the user's inside the table's columns.
  if (lama && sheet) {
    const dikenal = new Set(spec.ciri.dikenal.map(bakuTeks));
    const sampai = Math.max(akhirLama, akhirBaru);
    for (let c = kolomAwal; c < Math.max(kananLama, kananBaru); c++) {
      if (c >= kananLama && c < kananLama + W) continue; // the user's cells right of the table: they move
      const h = teks(nilaiDi(sheet, headerRow, c));
      if (h && dikenal.has(bakuTeks(h))) continue;
      if (h) {
        return {
          ok: false,
          pesan: `Kolom ${ref}!${a1(headerRow, c)} ${kutip(h)} ada di dalam tabel ${nama}; pindahkan kolom itu ke kanan tabel (setelah kolom ${kolomTerakhir}) agar tidak tertimpa, lalu coba lagi.`,
        };
      }
      for (let r = headerRow + 1; r < sampai; r++) {
        if (adaIsi(sheet, r, c)) {
          return {
            ok: false,
            pesan: `Sel ${ref}!${a1(r, c)} di kolom tanpa judul di dalam tabel ${nama} berisi data Anda; pindahkan dulu ke kanan tabel (setelah kolom ${kolomTerakhir}) agar tidak tertimpa.`,
          };
        }
      }
    }
  }
  const kitaSampai = Math.max(akhirLama, opsi.milikKitaSampai ?? 0);

  // Match old rows by key.
  const kunciBaru = new Set(rows.map((b) => b.kunci));
  const byKunci = new Map<string, BarisLama>();
  const keluar: Array<{ row: BarisLama; alasan: string }> = [];
  for (const row of lama?.rows ?? []) {
    let alasan: string | null = null;
    if (!row.kunci) alasan = `${spec.ciri.kunci} kosong di ${nama}`;
    else if (byKunci.has(row.kunci)) alasan = `${spec.ciri.kunci} ganda di ${nama}`;
    else if (!kunciBaru.has(row.kunci)) alasan = `${spec.ciri.kunci} tidak ada lagi di PK`;
    if (alasan === null) byKunci.set(row.kunci, row);
    else keluar.push({ row, alasan });
  }

  const pindahBaris = new Map<number, number | null>();
  for (const row of lama?.rows ?? []) pindahBaris.set(row.baris, null);
  rows.forEach((b, i) => {
    const old = byKunci.get(b.kunci);
    if (old) pindahBaris.set(old.baris, headerRow + 1 + i);
  });
  const peta: PetaBaris = (r) => pindahBaris.get(r);
  const geserKolom = kananBaru - kananLama;
  const takBisaPindah: string[] = [];
  const pindah = (rumus: string, baris: number, kolom: number): string => {
    const p = petakanRumus(rumus, peta, nama);
    if (p.galat) takBisaPindah.push(`${ref}!${a1(baris, kolom)} (${p.galat})`);
    return p.rumus;
  };

  const arsip: EntriBaru[] = [];
  const diganti: string[] = [];
  let isianTetap = 0;
  const headerBaru = new Set(spec.headers.map(bakuTeks));
  const data: WriteValue[][] = rows.map((b, i) => {
    const r = headerRow + 1 + i;
    const v = b.isi(r, kolomAwal);
    const old = byKunci.get(b.kunci);
    spec.headers.forEach((h, j) => {
      const jenis = spec.jenis(h);
      if (jenis === 'isian' || jenis === 'target') {
        const s = old?.sel[h];
        const awal = b.isianAwal?.[h];
        if (old && s && !kosongSel(s)) {
          if (asalSel(b, jenis, h, s, old) === 'kita') {
            // Our cell (a formula, nothing typed): a figure brought to it takes its place.
            if (awal !== undefined && awal !== null) v[j] = awal;
            return;
          }
          if (b.simpan?.(h) ?? true) {
            v[j] = s.rumus ? pindah(s.rumus, old.baris, lama!.kolom[h]) : tulisLagi(s);
            if (jenis === 'isian') isianTetap++;
          } else {
            diganti.push(`${ref}!${a1(old.baris, lama!.kolom[h])} ${teksDiganti(s)}`);
            arsip.push({ alasan: `isian di kolom ${h} ${nama} diganti hasil hitung`, lembar: nama, kunciTeks: b.kunciTeks, nama: b.nama, kolom: h, sel: s });
          }
        } else if (awal !== undefined && awal !== null) {
          v[j] = awal;
        }
      } else if (jenis === 'rumus' && old && lama?.adaRumus) {
        const s = old.sel[h];
        if (s && !s.rumus && !kosong(s.nilai) && typeof v[j] === 'string' && String(v[j]).startsWith('=')) {
          diganti.push(`${ref}!${a1(old.baris, lama.kolom[h])} ${teksDiganti(s)}`);
          arsip.push({ alasan: `nilai ketikan di kolom hitung ${nama} diganti rumus`, lembar: nama, kunciTeks: b.kunciTeks, nama: b.nama, kolom: h, sel: s });
        }
      }
    });
    // Typed cells under columns the new table no longer has (a period switched off).
    if (old && lama) {
      for (const [h, s] of Object.entries(old.sel)) {
        if (headerBaru.has(bakuTeks(h)) || kosongSel(s)) continue;
        const jenis = spec.jenis(h);
        const milik = (jenis === 'isian' || jenis === 'target') && asalSel(b, jenis, h, s, old) === 'pengguna';
        if (milik) arsip.push({ alasan: `kolom ${h} tidak ada lagi di ${nama} (pengaturan periode berubah)`, lembar: nama, kunciTeks: b.kunciTeks, nama: b.nama, kolom: h, sel: s });
      }
    }
    return v;
  });

  // Rows that leave: every typed cell, the user's cells right of the table, or a line saying it was empty.
  const judulLebih = Array.from({ length: W }, (_, i) => {
    const h = sheet ? teks(nilaiDi(sheet, headerRow, kananLama + i)) : '';
    return h ? `${h} (kolom ${colName(kananLama + i)})` : `Kolom ${colName(kananLama + i)}`;
  });
  const diarsipkan: string[] = [];
  for (const { row, alasan } of keluar) {
    const namaBaris = teks(row.sel[spec.ciri.nama]?.nilai ?? null);
    const entri: EntriBaru[] = [];
    for (const [h, s] of Object.entries(row.sel)) {
      const jenis = spec.jenis(h);
      if ((jenis === 'isian' || jenis === 'target') && !kosongSel(s) && asalSel(asalKeluar, jenis, h, s, row) === 'pengguna') {
        entri.push({ alasan, lembar: nama, kunciTeks: row.kunciTeks, nama: namaBaris, kolom: h, sel: s });
      }
    }
    row.lebih.forEach((s, i) => {
      if (!kosongSel(s)) entri.push({ alasan, lembar: nama, kunciTeks: row.kunciTeks, nama: namaBaris, kolom: judulLebih[i], sel: s });
    });
    if (entri.length === 0) entri.push({ alasan: `${alasan}, tanpa isian`, lembar: nama, kunciTeks: row.kunciTeks, nama: namaBaris, kolom: '', sel: { nilai: null, rumus: '' } });
    arsip.push(...entri);
    diarsipkan.push(row.kunciTeks || `baris ${row.baris + 1}`);
  }

  const posisiBerubah = rows.some((b, i) => {
    const old = byKunci.get(b.kunci);
    return old !== undefined && old.baris !== headerRow + 1 + i;
  }) || keluar.some((k) => k.row.lebih.some((s) => !kosongSel(s)));
  const pindahLebih = W > 0 && (posisiBerubah || geserKolom !== 0);
  const sampaiLebih = Math.max(akhirLama, akhirBaru);
  // Below the table: its columns, and the user's cells right of it only when those move with their rows.
  if (sheet && akhirBaru > kitaSampai) {
    for (let r = kitaSampai; r < akhirBaru; r++) {
      for (let c = kolomAwal; c < kananBaru + (pindahLebih ? W : 0); c++) {
        if (adaIsi(sheet, r, c)) {
          return {
            ok: false,
            pesan: `Sel ${ref}!${a1(r, c)} di bawah tabel berisi data Anda; pindahkan dulu agar tidak tertimpa (tabel ${nama} baru butuh baris ${headerRow + 2}–${akhirBaru}, kolom ${colName(kolomAwal)}–${kolomTerakhir}).`,
          };
        }
      }
    }
  }
  if (lama && sheet && pindahLebih) {
    const barisLama = new Set(lama.rows.map((r) => r.baris));
    for (let r = headerRow + 1; r < sampaiLebih; r++) {
      if (barisLama.has(r)) continue;
      for (let c = kananLama; c < kananLama + W; c++) {
        if (adaIsi(sheet, r, c)) {
          return {
            ok: false,
            pesan: `Sel ${ref}!${a1(r, c)} di kanan tabel ${nama} berisi data Anda pada baris tanpa ${spec.ciri.kunci}; isian di kanan tabel ikut pindah bersama barisnya, jadi sel ini bisa tertimpa. Pindahkan dulu (mis. ke bawah baris ${sampaiLebih}), lalu coba lagi.`,
          };
        }
      }
    }
    if (geserKolom > 0) {
      // The table grows to the right: the cells the moved block will land on must be free.
      for (let r = 0; r < sampaiLebih; r++) {
        if (r >= headerRow && (r === headerRow || barisLama.has(r))) continue;
        for (let c = kananLama + W; c < kananBaru + W; c++) {
          if (sheet && adaIsi(sheet, r, c)) {
            return { ok: false, pesan: `Sel ${ref}!${a1(r, c)} di kanan tabel ${nama} berisi data Anda; tabel melebar (pengaturan periode berubah) dan sel itu akan tertimpa. Pindahkan dulu, lalu coba lagi.` };
          }
        }
      }
    }
  }
  // Title rows: written on a new table; on an old one cell by cell, where the cell is empty,
  // already says the same, or holds a formula (the banner); text of the user's stays.
  const barisJudulAwal = headerRow - JUDUL;
  const tempat0: TempatTabel = { nama, headerRow, kolomAwal, n, baru, barisJudul: barisJudulAwal >= 0 ? barisJudulAwal : null };
  let judul = barisJudulAwal >= 0 ? spec.judul(tempat0) : [];
  let judulDipertahankan = 0;
  if (lama && sheet && barisJudulAwal >= 0) {
    judul = judul.map((row, i) =>
      row.map((v, j) => {
        const r = barisJudulAwal + i;
        const c = kolomAwal + j;
        const f = rumusDi(sheet, r, c);
        const lamaV = nilaiDi(sheet, r, c);
        if (f || kosong(lamaV) || (v !== null && teks(lamaV) === String(v)) || spec.judulLama?.some((p) => p.test(teks(lamaV)))) return v;
        judulDipertahankan++;
        return nilaiSalin(lamaV);
      }),
    );
  }
  const tulisJudul = barisJudulAwal >= 0;
  const tempat: TempatTabel = tempat0;

  const ops: WriteOp[] = [];
  if (!sheet) ops.push({ op: 'addSheet', sheet: nama });
  if (kitaSampai > akhirBaru) ops.push({ op: 'clear', sheet: nama, range: a1Range(akhirBaru, kolomAwal, kitaSampai - akhirBaru, Math.max(kananLama, kananBaru) - kolomAwal + W) });
  // The table narrowed (fewer periods) and nothing of the user's moves in: its old columns go.
  if (lama && geserKolom < 0 && !pindahLebih) ops.push({ op: 'clear', sheet: nama, range: a1Range(headerRow, kananBaru, akhirLama - headerRow, -geserKolom) });
  const blok = [...(tulisJudul ? judul : []), spec.headers as WriteValue[], ...data];
  ops.push({ op: 'setValues', sheet: nama, row: tulisJudul ? barisJudulAwal : headerRow, col: kolomAwal, values: blok });
  if (pindahLebih && lama && sheet) {
    const blokLebih: WriteValue[][] = [];
    for (let r = headerRow; r < sampaiLebih; r++) {
      if (r === headerRow) {
        blokLebih.push(Array.from({ length: W }, (_, i) => {
          const f = rumusDi(sheet, headerRow, kananLama + i);
          return f || (kosong(nilaiDi(sheet, headerRow, kananLama + i)) ? null : nilaiSalin(nilaiDi(sheet, headerRow, kananLama + i)));
        }));
        continue;
      }
      const b = rows[r - headerRow - 1];
      const old = b ? byKunci.get(b.kunci) : undefined;
      blokLebih.push(
        Array.from({ length: W }, (_, i) => {
          const x = old?.lebih[i];
          if (!x || kosongSel(x)) return null;
          return x.rumus ? pindah(x.rumus, old!.baris, kananLama + i) : nilaiSalin(x.nilai);
        }),
      );
    }
    if (geserKolom < 0) {
      // The table narrowed: clear what the moved block no longer covers.
      ops.push({ op: 'clear', sheet: nama, range: a1Range(headerRow, kananBaru + W, sampaiLebih - headerRow, -geserKolom) });
    }
    ops.push({ op: 'setValues', sheet: nama, row: headerRow, col: kananBaru, values: blokLebih });
    ops.push(...formatIkutPindah(sheet, rows, byKunci, headerRow + 1, sampaiLebih, kananLama, kananBaru, W, nama));
  }
  // Checked once the cells right of the table are mapped too: their formulas move with their rows.
  if (takBisaPindah.length) {
    return {
      ok: false,
      pesan: `Baris ${nama} perlu disusun ulang mengikuti PK, tetapi rumus Anda di ${batasiDaftar(takBisaPindah)} merujuk beberapa baris tabel sekaligus, dan baris-baris itu tidak lagi berurutan. Rumus itu tidak bisa dipindahkan tanpa menunjuk baris lain. Ganti dengan nilainya atau rujuk tiap sel sendiri, lalu coba lagi. Belum ada yang diubah.`,
    };
  }

  ops.push(...spec.format(tempat));
  if ((baru || geserKolom !== 0) && spec.lebar) ops.push({ op: 'columnWidths', sheet: nama, widths: [...Array(kolomAwal).fill(null).map(() => 90), ...spec.lebar].slice(0, kolomAwal + spec.lebar.length) });
  if (spec.beku) {
    const b = spec.beku(tempat);
    ops.push({ op: 'freeze', sheet: nama, rows: b.rows, cols: b.cols });
  }
  const pilih = spec.pilih?.(tempat);
  if (pilih) ops.push({ op: 'select', sheet: nama, cell: pilih });

  const catatan: string[] = [];
  if (diganti.length) catatan.push(`Nilai ketikan di kolom hitung ${nama} diganti rumus; nilai lamanya disimpan di arsip: ${batasiDaftar(diganti)}.`);
  if (pindahLebih) {
    catatan.push(`Isian Anda di kanan tabel ${nama} (kolom ${colName(kananLama)}${W > 1 ? `–${colName(kananLama + W - 1)}` : ''}) ikut pindah bersama barisnya${geserKolom !== 0 ? ` ke kolom ${colName(kananBaru)}${W > 1 ? `–${colName(kananBaru + W - 1)}` : ''}` : ''}.`);
  }
  if (judulDipertahankan) catatan.push(`Baris judul di atas tabel ${nama} berisi teks Anda: teks itu dibiarkan.`);
  const ditambah = rows.filter((b) => !byKunci.has(b.kunci)).map((b) => b.kunciTeks);
  return {
    ok: true,
    ops,
    arsip,
    catatan,
    statistik: {
      baru,
      n,
      dipertahankan: rows.length - ditambah.length,
      ditambah: lama ? ditambah : [],
      diarsipkan,
      isianTetap,
      diganti,
      berubahBentuk: posisiBerubah || geserKolom !== 0,
    },
    tempat,
    lama,
  };
}

/**
 * The number formats of the moved cells follow them (a date stays a date): one op
 * per run of rows in a column whose new format differs from the cell's current one.
 */
function formatIkutPindah(
  sheet: SheetSnapshot,
  rows: BarisRencana[],
  byKunci: Map<string, BarisLama>,
  dari: number,
  sampai: number,
  kananLama: number,
  kananBaru: number,
  lebar: number,
  nama: string,
): WriteOp[] {
  if (!sheet.numberFormats) return [];
  const ops: WriteOp[] = [];
  for (let i = 0; i < lebar; i++) {
    const runs: Array<{ r0: number; n: number; format: string }> = [];
    let run: { r0: number; n: number; format: string } | undefined;
    for (let r = dari; r < sampai; r++) {
      const b = rows[r - dari];
      const old = b ? byKunci.get(b.kunci) : undefined;
      const mau = old ? sheet.numberFormats[old.baris]?.[kananLama + i] : undefined;
      if (mau === undefined || mau === (sheet.numberFormats[r]?.[kananBaru + i] ?? 'General')) {
        run = undefined;
      } else if (run && run.format === mau) {
        run.n++;
      } else {
        run = { r0: r, n: 1, format: mau };
        runs.push(run);
      }
    }
    for (const x of runs) ops.push({ op: 'format', sheet: nama, range: a1Range(x.r0, kananBaru + i, x.n, 1), numberFormat: x.format });
  }
  return ops;
}

export type { HostKind };
export { teksTulis };
