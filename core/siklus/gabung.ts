/**
 * "Gabungkan isian" (SOP 000 B.2, rekonsiliasi): every isian sheet into the
 * RAPK, by Kode and period.
 *
 *   - A figure the RAPK does not hold yet is written, when the isian sheets
 *     that give it agree.
 *   - A figure the RAPK holds otherwise, or isian sheets that disagree, is a
 *     conflict: listed for the user, never overwritten without a choice. A
 *     choice to keep the RAPK's figure is remembered in Riwayat, so the same
 *     conflict is not raised again (until a figure changes).
 *   - A validated (locked) period is never written: a difference there is
 *     listed, to be corrected with Koreksi (SOP 000 B.7).
 *   - Every figure written, and every Keterangan and Data dukung not yet
 *     recorded, goes to Riwayat. The isian sheets are never changed.
 *
 * Realisasi is compared as the figure it stands for: typed, or a / b × 100
 * when only a and b are there, so 45 and 50 in the RAPK and a typed 90 in an
 * isian agree, and a typed 85 conflicts with them.
 */
import { CellInput, parseCell } from '../values';
import { rasio } from '../formulas';
import { WriteOp, WriteValue, a1 } from '../workbook';
import { nilaiSalin } from '../salin';
import { TOMBOL_PERBARUI } from '../perbarui';
import { JENIS_ANGKA, JENIS_RIWAYAT, JenisAngka, headerRapk } from './lembar';
import { BarisIsian, IndikatorSiklus, LembarIsian, ModelSiklus, namaP, periodeTerbuka, samaAngka, selRapk, terkunci, typedRapk } from './model';
import { RiwayatBaru, tambahRiwayat, tampil } from './riwayat';
import { kanonik, sha256 } from './sidik';
import { HasilSiklus, Konflik, PilihanKonflik } from './jenis';
import { RencanaSiklus, TOMBOL } from './isian';
import { hitungStatus } from './status';
import { bungkusProteksi } from './kunci';

interface Calon {
  nilai: CellInput;
  lembar: LembarIsian;
  row: BarisIsian;
  /** The isian cell it was typed in (0-based column), or null when it stands for a / b. */
  kolom: number | null;
}

interface Sasaran {
  ind: IndikatorSiklus;
  periode: string;
  jenis: JenisAngka;
  row: number;
  col: number;
  header: string;
  /** What the RAPK holds (realisasi: typed, or a / b × 100). */
  rapk: CellInput;
  calon: Calon[];
}

interface Analisis {
  tulis: Array<{ s: Sasaran; c: Calon }>;
  konflik: Array<{ k: Konflik; s: Sasaran; beda: Calon[] }>;
  catatan: string[];
  /** Rows whose notes Riwayat does not have yet. */
  ket: Array<{ l: LembarIsian; row: BarisIsian }>;
}

/** What an isian figure is written as: a number when it reads as one ("54,3" → 54.3), else as typed. */
function tulisNilai(v: CellInput): WriteValue {
  const p = parseCell(v);
  if (p.kind === 'number') return p.value;
  return nilaiSalin(v);
}

function angka(v: CellInput): boolean {
  return parseCell(v).kind === 'number';
}

/** The realisasi an isian row stands for: typed, or a / b × 100. */
function realisasiIsian(row: BarisIsian): { nilai: CellInput; dariAb: boolean } {
  const r = row.angka.realisasi.nilai;
  if (parseCell(r).kind !== 'blank') return { nilai: r, dariAb: false };
  const a = row.angka.pembilang.nilai;
  const b = row.angka.penyebut.nilai;
  if (angka(a) && angka(b)) {
    const x = rasio(a, b);
    return { nilai: typeof x === 'number' ? x : null, dariAb: true };
  }
  return { nilai: null, dariAb: false };
}

/** The realisasi the RAPK holds: typed, or a / b × 100 of typed a and b. */
function realisasiRapk(m: ModelSiklus, ind: IndikatorSiklus, p: string): { nilai: CellInput; dariAb: boolean } {
  const r = typedRapk(selRapk(m, ind, 'realisasi', p)?.sel);
  if (r !== null) return { nilai: r, dariAb: false };
  const a = typedRapk(selRapk(m, ind, 'pembilang', p)?.sel);
  const b = typedRapk(selRapk(m, ind, 'penyebut', p)?.sel);
  if (angka(a) && angka(b)) {
    const x = rasio(a, b);
    return { nilai: typeof x === 'number' ? x : null, dariAb: true };
  }
  return { nilai: null, dariAb: false };
}

function sumber(c: Calon): string {
  const where = c.kolom === null ? `${c.lembar.nama}!baris ${c.row.baris + 1}, a / b` : `${c.lembar.nama}!${a1(c.row.baris, c.kolom)}`;
  return `${c.lembar.unit || c.lembar.nama} (${where})`;
}

function idKonflik(s: Sasaran, beda: Calon[]): string {
  const v = [...new Set(beda.map((c) => kanonik(c.nilai)))].sort().join(';');
  return sha256(`${s.ind.kunci}|${s.periode}|${s.jenis}|${kanonik(s.rapk)}|${v}`).slice(0, 16);
}

function analisis(m: ModelSiklus): Analisis {
  const catatan: string[] = [];
  const sasaran = new Map<string, Sasaran>();
  const ket: Analisis['ket'] = [];
  const tidakAda = new Map<string, string[]>();
  const catat = (k: string, where: string): void => {
    const l = tidakAda.get(k) ?? [];
    l.push(where);
    tidakAda.set(k, l);
  };
  for (const l of m.isian) {
    for (const row of l.baris) {
      const ketik = JENIS_ANGKA.some((j) => parseCell(row.angka[j].nilai).kind !== 'blank');
      if (!ketik && !row.keterangan && !row.dataDukung) continue;
      const where = `${l.nama}!${a1(row.baris, l.kolom.Kode ?? 0)}`;
      const ind = m.perKunci.get(row.kunci);
      if (!ind || !ind.rapk) {
        catat(`Kode ${row.kode} tidak ada di PK atau RAPK`, where);
        continue;
      }
      if (!m.periode.includes(row.periode)) {
        catat(`Periode "${row.periode}" tidak ada di RAPK (${m.periode.join(', ')})`, where);
        continue;
      }
      if ((row.keterangan || row.dataDukung) && !m.riwayat.some((e) => e.kunci === row.kunci && e.periode === row.periode && e.keterangan === row.keterangan && e.dataDukung === row.dataDukung)) {
        ket.push({ l, row });
      }
      const rIsian = realisasiIsian(row);
      for (const j of JENIS_ANGKA) {
        let nilai: CellInput;
        let kolom: number | null;
        if (j === 'realisasi') {
          if (rIsian.nilai === null) continue;
          nilai = rIsian.nilai;
          kolom = rIsian.dariAb ? null : l.kolom.Realisasi ?? null;
        } else {
          nilai = row.angka[j].nilai;
          if (parseCell(nilai).kind === 'blank') continue;
          kolom = l.kolom[j === 'pembilang' ? 'Pembilang (a)' : 'Penyebut (b)'] ?? null;
        }
        const key = `${ind.kunci}|${row.periode}|${j}`;
        let s = sasaran.get(key);
        if (!s) {
          const sel = selRapk(m, ind, j, row.periode);
          if (!sel) continue;
          const rapk = j === 'realisasi' ? realisasiRapk(m, ind, row.periode).nilai : typedRapk(sel.sel);
          s = { ind, periode: row.periode, jenis: j, row: sel.row, col: sel.col, header: headerRapk(j, row.periode), rapk, calon: [] };
          sasaran.set(key, s);
        }
        s.calon.push({ nilai, lembar: l, row, kolom });
      }
    }
  }
  for (const [k, where] of tidakAda) catatan.push(`${k}: ${where.join(', ')}. Baris itu tidak digabungkan.`);

  const tulis: Analisis['tulis'] = [];
  const konflik: Analisis['konflik'] = [];
  const diputuskan = new Set(m.riwayat.filter((e) => e.jenis === JENIS_RIWAYAT.pertahankan).map((e) => e.rujukan));
  const dikunci: string[] = [];
  for (const s of sasaran.values()) {
    const beda = s.rapk === null ? s.calon : s.calon.filter((c) => !samaAngka(c.nilai, s.rapk));
    if (beda.length === 0) continue;
    if (s.jenis === 'realisasi') {
      // A realisasi both sides derive from a and b: the a and b are compared themselves.
      const rr = realisasiRapk(m, s.ind, s.periode);
      if (rr.dariAb && beda.every((c) => c.kolom === null)) continue;
      // Only a and b typed in the isian, RAPK without a figure: a and b are written, the formula computes.
      if (s.rapk === null && beda.every((c) => c.kolom === null)) continue;
    }
    if (terkunci(m, s.periode)) {
      dikunci.push(`${s.ind.kode} ${s.header}: RAPK ${tampil(s.rapk)}, ${beda.map((c) => `${sumber(c)} ${tampil(c.nilai)}`).join(', ')}`);
      continue;
    }
    const jenisNilai = new Map<string, Calon>();
    for (const c of beda) if (!jenisNilai.has(kanonik(c.nilai))) jenisNilai.set(kanonik(c.nilai), c);
    const satu = [...jenisNilai.values()].every((c) => samaAngka(c.nilai, beda[0].nilai));
    if (s.rapk === null && satu) {
      // Realisasi typed alongside a and b that give the same: a and b are written, the formula computes it.
      if (s.jenis === 'realisasi') {
        const c = beda.find((x) => x.kolom !== null);
        if (!c) continue;
        const ab = realisasiIsian({ ...c.row, angka: { ...c.row.angka, realisasi: { nilai: null, rumus: '' } } });
        if (ab.nilai !== null && samaAngka(ab.nilai, c.nilai)) continue;
        tulis.push({ s, c });
      } else tulis.push({ s, c: beda[0] });
      continue;
    }
    const id = idKonflik(s, beda);
    if (diputuskan.has(id)) continue;
    konflik.push({
      s,
      beda,
      k: {
        id,
        kode: s.ind.kode,
        indikator: s.ind.indikator,
        periode: s.periode,
        kolom: s.header,
        sel: `${m.bk.rapk?.nama ?? 'RAPK'}!${a1(s.row, s.col)}`,
        nilaiRapk: tampil(s.rapk),
        pilihan: beda.map((c) => ({ sumber: sumber(c), nilai: tampil(c.nilai) })),
      },
    });
  }
  if (dikunci.length) {
    catatan.push(
      `Periode yang sudah divalidasi tidak diubah; isian berikut berbeda dengan yang tervalidasi (perbaiki lewat "${TOMBOL.koreksi}" pada periode berikutnya, SOP 000 B.7): ${dikunci.join('; ')}.`,
    );
  }
  return { tulis, konflik, catatan, ket };
}

/** One tulisSel per RAPK column written, whatever the number of rows. */
function opsTulis(m: ModelSiklus, daftar: Array<{ s: Sasaran; nilai: WriteValue }>): WriteOp[] {
  const nama = m.bk.rapk?.nama ?? 'RAPK';
  const perKolom = new Map<number, Array<{ row: number; col: number; value: WriteValue }>>();
  for (const { s, nilai } of daftar) {
    const l = perKolom.get(s.col) ?? [];
    l.push({ row: s.row, col: s.col, value: nilai });
    perKolom.set(s.col, l);
  }
  return [...perKolom.values()].map((sel) => ({ op: 'tulisSel', sheet: nama, sel }));
}

function entriTulis(m: ModelSiklus, s: Sasaran, c: Calon, jenis: string, rujukan?: string): RiwayatBaru {
  return {
    jenis,
    sumber: sumber(c),
    lembar: m.bk.rapk?.nama ?? 'RAPK',
    sel: a1(s.row, s.col),
    kode: s.ind.kode,
    periode: s.periode,
    kolom: s.header,
    lama: s.rapk,
    baru: c.nilai,
    keterangan: c.row.keterangan,
    dataDukung: c.row.dataDukung,
    rujukan,
  };
}

function belumLapor(m: ModelSiklus, ditulis: Set<string>): NonNullable<HasilSiklus['belumLapor']> {
  const st = hitungStatus(m, ditulis);
  return periodeTerbuka(m)
    .map((p) => ({
      periode: p,
      nama: namaP(m, p),
      unit: st.filter((b) => b.periode === p && b.status !== 'sudah lengkap').map((b) => `${b.unit} (${b.status}: ${b.ada} dari ${b.wajib})`),
    }))
    .filter((x) => x.unit.length > 0);
}

function siap(m: ModelSiklus): string | null {
  if (!m.bk.rapk) return `Lembar RAPK belum ada. Klik "${TOMBOL_PERBARUI}" dulu.`;
  if (m.isian.length === 0) return `Belum ada lembar isian. Klik "${TOMBOL.buat}" dulu${m.snapshot.host === 'excel' ? `, atau "${TOMBOL.ambil}" untuk lembar yang dikirim kembali` : ''}.`;
  return null;
}

/** Plan "Gabungkan isian". */
export function rencanaGabung(m: ModelSiklus, waktu: string): RencanaSiklus {
  const tidak = siap(m);
  if (tidak) return { ops: [], hasil: { ok: false, pesan: tidak, catatan: [] } };
  const a = analisis(m);
  const ditulisRows = new Set(a.tulis.map((t) => t.c.row));
  const riwayat: RiwayatBaru[] = a.tulis.map(({ s, c }) => entriTulis(m, s, c, JENIS_RIWAYAT.gabung));
  for (const { l, row } of a.ket) {
    if (ditulisRows.has(row)) continue;
    riwayat.push({ jenis: JENIS_RIWAYAT.keterangan, sumber: `${l.unit || l.nama} (${l.nama}!baris ${row.baris + 1})`, kode: row.kode, periode: row.periode, keterangan: row.keterangan, dataDukung: row.dataDukung });
  }
  const ops = [...opsTulis(m, a.tulis.map(({ s, c }) => ({ s, nilai: tulisNilai(c.nilai) }))), ...tambahRiwayat(m, waktu, riwayat)];
  const ditulis = new Set(a.tulis.map(({ s }) => `${s.ind.kunci}|${s.periode}|${s.jenis}`));
  const blm = belumLapor(m, ditulis);
  const bagian: string[] = [];
  bagian.push(a.tulis.length ? `${a.tulis.length} angka digabungkan ke RAPK (tercatat di Riwayat)` : 'Tidak ada angka baru untuk digabungkan');
  if (a.konflik.length) bagian.push(`${a.konflik.length} konflik menunggu keputusan Anda: RAPK tidak diubah di sel itu`);
  if (blm.length) bagian.push(`belum lengkap: ${blm.map((b) => `${b.periode} ${b.unit.join(', ')}`).join('; ')}`);
  return {
    ops: bungkusProteksi(m, ops),
    hasil: { ok: true, pesan: `${bagian.join('. ')}.`, catatan: a.catatan, konflik: a.konflik.map((x) => x.k), belumLapor: blm, digabung: a.tulis.length },
  };
}

/** Plan the user's choices for conflicts: the chosen isian figure is written, or the RAPK's kept (both in Riwayat). */
export function rencanaPilihKonflik(m: ModelSiklus, pilihan: PilihanKonflik[], waktu: string): RencanaSiklus {
  const tidak = siap(m);
  if (tidak) return { ops: [], hasil: { ok: false, pesan: tidak, catatan: [] } };
  const a = analisis(m);
  const per = new Map(a.konflik.map((x) => [x.k.id, x]));
  const tulis: Array<{ s: Sasaran; nilai: WriteValue }> = [];
  const riwayat: RiwayatBaru[] = [];
  const catatan: string[] = [];
  let dipakai = 0;
  let dipertahankan = 0;
  for (const p of pilihan) {
    const x = per.get(p.id);
    if (!x) {
      catatan.push(`Konflik ${p.id} tidak ada lagi (angkanya berubah atau sudah diputuskan): klik "${TOMBOL.gabung}" lagi untuk melihat yang tersisa.`);
      continue;
    }
    if (p.pakai === 'rapk') {
      dipertahankan++;
      riwayat.push({ ...entriTulis(m, x.s, x.beda[0], JENIS_RIWAYAT.pertahankan, x.k.id), lama: x.s.rapk, baru: x.s.rapk, keterangan: `Isian ${x.k.pilihan.map((c) => `${c.sumber}: ${c.nilai}`).join('; ')} tidak dipakai.` });
      continue;
    }
    const c = x.beda[p.pakai];
    if (!c) {
      catatan.push(`Pilihan ${p.pakai + 1} untuk ${x.k.kode} ${x.k.kolom} tidak ada.`);
      continue;
    }
    dipakai++;
    tulis.push({ s: x.s, nilai: tulisNilai(c.nilai) });
    riwayat.push(entriTulis(m, x.s, c, JENIS_RIWAYAT.pakaiIsian, x.k.id));
  }
  const ops = [...opsTulis(m, tulis), ...tambahRiwayat(m, waktu, riwayat)];
  const sisa = a.konflik.filter((x) => !pilihan.some((p) => p.id === x.k.id)).map((x) => x.k);
  const pesan = `${dipakai} angka isian dipakai, ${dipertahankan} angka RAPK dipertahankan (tercatat di Riwayat).${sisa.length ? ` ${sisa.length} konflik masih menunggu.` : ''}`;
  return { ops: bungkusProteksi(m, ops), hasil: { ok: dipakai + dipertahankan > 0, pesan, catatan, konflik: sisa, digabung: dipakai } };
}

/** The conflicts Gabungkan isian would list now. */
export function konflikTerbuka(m: ModelSiklus): Konflik[] {
  if (!m.bk.rapk || m.isian.length === 0) return [];
  return analisis(m).konflik.map((x) => x.k);
}
