/**
 * The Kinerja sidebar: plain DOM, no framework. Three jobs (Sisipkan templat,
 * Buat Tabel RAPK, Periksa) against a HostBridge. Excel's task pane, the
 * Sheets sidebar and the browser demo all mount this.
 *
 * Safety: every piece of text that comes from the host or the workbook
 * (pesan, saran, catatan, sheet names, host name) goes in through text nodes.
 * This file never assigns innerHTML.
 */
import type { HasilOperasi, HasilPeriksa, HostBridge, Temuan, Tingkat } from './bridge';
import { Bahasa, Teks, teks } from './i18n';
import { pasangGaya } from './styles';
import { buatKartuSiklus } from './siklus';

export type { HostBridge, HasilOperasi, HasilPeriksa, Temuan, Tingkat } from './bridge';
export type { Bahasa } from './i18n';

export interface OpsiSidebar {
  bahasa?: Bahasa;
  /** Shown in the footer; defaults to the build-time __KINERJA_VERSI__ or "dev". */
  versi?: string;
  /**
   * The host's change events are the user's changes only, heard while they
   * happen (the browser workbook): a job's result ("RAPK dibuat …") is cleared
   * as soon as the workbook changes after it. Hosts whose events arrive late,
   * after the job's own writes (Excel), leave it out.
   */
  statusIkutBuku?: boolean;
}

/** A build may define this (webpack DefinePlugin); otherwise the footer says "dev". */
declare const __KINERJA_VERSI__: string | undefined;

export const TINGKAT: readonly Tingkat[] = ['Kesalahan', 'Peringatan', 'Info'];

// ---------------------------------------------------------------------------
// Small DOM helper: strings become text nodes, never markup.

type Anak = Node | string | null | undefined | false;
type Atribut = Record<string, string | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Atribut = {}, ...children: Anak[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

function kosongkan(e: Element): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

function teksAman(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

// ---------------------------------------------------------------------------
// Error text

/** Distinctly Indonesian words (none of them an English word), for a rough language guess. */
const KATA_INDONESIA = new Set(
  (
    'yang tidak dan atau dari untuk dengan ini itu sudah belum masih sedang lembar sel baris kolom buku kerja ' +
    'coba lagi dulu gagal terlalu banyak kesalahan terjadi dipakai terlindungi terlindung proteksi nama tunggu ' +
    'sebentar izin silakan harap diubah melebihi batas ditemukan pengguna buka tutup ganti kurangi jumlah ' +
    'ada tak bisa dapat akses pemilik minta diketahui sah karakter tanpa rentang templat periksa'
  ).split(' '),
);

/** Does this message read as Indonesian? Quoted parts (sheet names, cell text) are ignored. */
export function tampakIndonesia(pesan: string): boolean {
  const tanpaKutipan = pesan.replace(/"[^"]*"|“[^”]*”|'[^']*'|«[^»]*»/g, ' ');
  const kata = tanpaKutipan.toLowerCase().match(/[a-z]+/g) || [];
  return kata.some((k) => KATA_INDONESIA.has(k));
}

/** What to show for a thrown/rejected value: its message, prefixed when it does not read as Indonesian. */
export function pesanGalat(e: unknown, t: Teks = teks('id')): string {
  let msg = '';
  if (typeof e === 'string') msg = e;
  else if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') msg = (e as { message: string }).message;
  else if (e !== null && e !== undefined) msg = String(e);
  msg = msg.trim();
  if (!msg || msg === '[object Object]') return t.galatTakDikenal;
  if (msg.toLowerCase().startsWith(t.galatAwalan.toLowerCase()) || tampakIndonesia(msg)) return msg;
  return `${t.galatAwalan} ${msg}`;
}

/** "PK!J7", "'Anggaran dan Efisiensi'!E5" (quoted the way a formula would). */
export function alamatSel(sheet: string, sel: string): string {
  const nama = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return sel ? `${nama}!${sel}` : nama;
}

// ---------------------------------------------------------------------------

interface Bagian {
  kartu: HTMLElement;
  tombol: HTMLButtonElement;
  progres: HTMLElement;
  hasil: HTMLElement;
  /** Periksa's counters and filter, in the sticky header above the list (cleared with hasil on an error). */
  kepala?: HTMLElement;
}

let nomorMount = 0;

/** Mounts the sidebar into root; returns a function that stops listening to the host. */
export function mountSidebar(root: HTMLElement, bridge: HostBridge, opts: OpsiSidebar = {}): () => void {
  const t = teks(opts.bahasa);
  const doc = root.ownerDocument || document;
  pasangGaya(doc);
  const uid = `kj${++nomorMount}`;
  const versi = opts.versi || (typeof __KINERJA_VERSI__ === 'string' && __KINERJA_VERSI__) || 'dev';

  kosongkan(root);
  root.classList.add('kj');
  root.setAttribute('lang', opts.bahasa === 'en' ? 'en' : 'id');

  // --- state
  let sibuk = false;
  let hasilPeriksa: HasilPeriksa | null = null;
  let saring: Tingkat | null = null;
  let temuanAktif: Temuan | null = null;
  /** The workbook changed after the list on screen was made (bridge.onBukuBerubah). */
  let usang = false;
  /** A Periksa is running; a change meanwhile may or may not be in its result, so it counts as stale. */
  let periksaJalan = false;
  let berubahSaatJalan = false;
  let lepasPeristiwa: (() => void) | null = null;
  let dilepas = false;

  // --- layout
  const kepala = el(
    'header',
    { class: 'kj-kepala' },
    el('span', { class: 'kj-logo', 'aria-hidden': 'true' }, 'K'),
    el('div', {}, el('h1', {}, 'Kinerja'), el('p', { class: 'kj-sub' }, t.subjudul)),
  );

  function bagian(kunci: string, judul: string, desk: string, labelTombol: string, ...tambahan: Anak[]): Bagian {
    const idJudul = `${uid}-${kunci}-judul`;
    const tombol = el('button', { type: 'button', class: 'kj-tombol', 'data-job': kunci }, labelTombol);
    const progres = el('div', { class: 'kj-progres', role: 'status', 'aria-live': 'polite' });
    const hasil = el('div', { class: 'kj-hasil', 'aria-busy': 'false' });
    const kartu = el(
      'section',
      { class: 'kj-kartu', 'aria-labelledby': idJudul, 'data-bagian': kunci },
      el('h2', { id: idJudul }, judul),
      el('p', { class: 'kj-desk' }, desk),
      ...tambahan,
      tombol,
      progres,
      hasil,
    );
    return { kartu, tombol, progres, hasil };
  }

  const contoh = el('input', { type: 'checkbox', id: `${uid}-contoh` });
  const labelContoh = el('label', { class: 'kj-centang', for: `${uid}-contoh` }, contoh, el('span', {}, t.contohLabel));

  const templat = bagian('templat', t.templatJudul, t.templatDesk, t.templatTombol, labelContoh);
  const rapk = bagian('rapk', t.rapkJudul, t.rapkDesk, t.rapkTombol);
  // --- The Laporan card: Buat Laporan, and Unduh Bab III (.docx) where the pane can download a file.
  const laporan = bagian('laporan', t.laporanJudul, t.laporanDesk, t.laporanTombol);
  const bab3: Bagian | null = bridge.unduhBab3
    ? { kartu: laporan.kartu, tombol: el('button', { type: 'button', class: 'kj-tombol kj-tombol-kedua', 'data-job': 'bab3' }, t.unduhBab3Tombol), progres: laporan.progres, hasil: laporan.hasil }
    : null;
  laporan.kartu.insertBefore(bab3 ? bab3.tombol : el('p', { class: 'kj-desk kj-catatan-host' }, t.unduhBab3Tidak(teksAman(bridge.namaHost) || 'ini')), laporan.progres);
  // --- The UKPBJ card (issue 13): hosts whose bridge has sisipkanUkpbj.
  const contohUkpbj = el('input', { type: 'checkbox', id: `${uid}-contoh-ukpbj` });
  const ukpbj: Bagian | null = bridge.sisipkanUkpbj
    ? bagian('ukpbj', t.ukpbjJudul, t.ukpbjDesk, t.ukpbjTombol, el('label', { class: 'kj-centang', for: `${uid}-contoh-ukpbj` }, contohUkpbj, el('span', {}, t.ukpbjContoh)))
    : null;
  // "Impor paket": a field for the pasted export and its own button, in the same card (one result box).
  const teksImpor = el('textarea', { id: `${uid}-impor`, class: 'kj-isian', rows: '3', spellcheck: 'false' });
  const impor: Bagian | null =
    ukpbj && bridge.imporPaket
      ? { kartu: ukpbj.kartu, tombol: el('button', { type: 'button', class: 'kj-tombol kj-tombol-kedua', 'data-job': 'impor' }, t.imporTombol), progres: ukpbj.progres, hasil: ukpbj.hasil }
      : null;
  if (ukpbj && impor) ukpbj.kartu.insertBefore(el('div', {}, el('label', { class: 'kj-label', for: `${uid}-impor` }, t.imporLabel), teksImpor, impor.tombol), ukpbj.progres);
  const periksa = bagian('periksa', t.periksaJudul, t.periksaDesk, t.periksaTombol);
  /** "Buku kerja berubah sejak diperiksa": a live region, filled while the list is stale. */
  const wadahUsang = el('div', { role: 'status', 'aria-live': 'polite' });
  /** Errors of pilihSel: shown above the list without throwing the list away. */
  const galatPilih = el('div', {});
  periksa.kepala = el('div', {});
  // The button, the notices, the counters and the filter stay in view while a long list scrolls.
  const lekat = el('div', { class: 'kj-lekat' }, periksa.tombol, periksa.progres, wadahUsang, galatPilih, periksa.kepala);
  periksa.kartu.insertBefore(lekat, periksa.hasil);

  const kaki = el('footer', { class: 'kj-kaki' }, `${teksAman(bridge.namaHost) || '—'} · ${t.versi(versi)}`);

  // ---- The monthly cycle's card (sidebar/siklus.ts), between the jobs and Periksa; hosts without it show none.
  /** Buttons and fields of other cards, disabled while a job runs. */
  const jugaNonaktif: Array<{ disabled: boolean }> = [];
  const siklus = buatKartuSiklus({
    el,
    kosongkan,
    t,
    bridge,
    uid,
    jalankan: (tombol, progres, hasil, kerja, tampil, ringkas) => jalankan({ kartu: root, tombol, progres, hasil }, kerja, tampil, ringkas),
    kotakHasil: kotakOperasi,
    pilihSel: (sheet, sel) => {
      Promise.resolve()
        .then(() => bridge.pilihSel(sheet, sel))
        .catch(() => undefined);
    },
  });
  if (siklus) jugaNonaktif.push(...siklus.tombol, ...siklus.masukan);
  if (ukpbj) jugaNonaktif.push(contohUkpbj, teksImpor);

  root.append(kepala, templat.kartu, rapk.kartu, ...(siklus ? [siklus.kartu] : []), laporan.kartu, ...(ukpbj ? [ukpbj.kartu] : []), periksa.kartu, kaki);

  const semua = [templat, rapk, laporan, ...(bab3 ? [bab3] : []), ...(ukpbj ? [ukpbj] : []), ...(impor ? [impor] : []), periksa];

  // --- running a job: one at a time, whatever the DOM says

  async function jalankan<T>(b: Bagian, kerja: () => Promise<T>, tampil: (hasil: T) => void, ringkas: (hasil: T) => string, gagal?: () => void): Promise<void> {
    if (sibuk) return;
    sibuk = true;
    const fokusTadi = doc.activeElement;
    for (const x of semua) x.tombol.disabled = true;
    for (const x of jugaNonaktif) x.disabled = true;
    contoh.disabled = true;
    root.setAttribute('data-sibuk', 'true');
    b.hasil.setAttribute('aria-busy', 'true');
    kosongkan(galatPilih);
    kosongkan(b.progres);
    b.progres.classList.remove('kj-sr');
    b.progres.append(el('span', { class: 'kj-putar', 'aria-hidden': 'true' }), el('span', {}, t.memproses));
    let hasil: T | undefined;
    let galat: { e: unknown } | null = null;
    try {
      hasil = await kerja();
    } catch (e) {
      galat = { e };
    }
    // Back to idle first (nothing here can throw), then show the outcome.
    sibuk = false;
    for (const x of semua) x.tombol.disabled = false;
    for (const x of jugaNonaktif) x.disabled = false;
    contoh.disabled = false;
    root.removeAttribute('data-sibuk');
    b.hasil.setAttribute('aria-busy', 'false');
    kosongkan(b.progres);
    b.progres.classList.add('kj-sr');
    let ringkasan = '';
    try {
      if (galat) throw galat.e;
      tampil(hasil as T);
      ringkasan = ringkas(hasil as T);
    } catch (e) {
      // The error box is role="alert": it announces itself.
      kosongkan(b.hasil);
      if (b.kepala) kosongkan(b.kepala);
      b.hasil.append(kotakGalat(pesanGalat(e, t)));
      if (gagal) gagal();
    }
    // The visible result says it all; screen readers hear this line.
    b.progres.textContent = ringkasan;
    // A disabled button drops keyboard focus: give it back.
    const aktif = doc.activeElement;
    if (fokusTadi === b.tombol && (!aktif || aktif === doc.body || aktif === b.tombol)) b.tombol.focus();
  }

  function kotakGalat(pesan: string): HTMLElement {
    return el('div', { class: 'kj-kotak kj-galat', role: 'alert' }, el('p', { class: 'kj-kotak-pesan' }, pesan));
  }

  /** The box for a job's answer: its message, and its notes. */
  function kotakOperasi(h: HasilOperasi): HTMLElement {
    const ok = Boolean(h && h.ok);
    const catatan = h && Array.isArray(h.catatan) ? h.catatan.map(teksAman).filter((c) => c.trim() !== '') : [];
    const kotak = el(
      'div',
      { class: `kj-kotak ${ok ? 'kj-ok' : 'kj-galat'}`, role: ok ? undefined : 'alert' },
      el('p', { class: 'kj-kotak-pesan' }, teksAman(h && h.pesan) || (ok ? t.selesai : t.gagal)),
    );
    if (catatan.length) {
      kotak.append(el('p', { class: 'kj-catatan-judul' }, t.catatan), el('ul', { class: 'kj-catatan' }, ...catatan.map((c) => el('li', {}, c))));
    }
    return kotak;
  }

  function tampilOperasi(b: Bagian): (h: HasilOperasi) => void {
    return (h) => {
      kosongkan(b.hasil);
      b.hasil.append(kotakOperasi(h));
    };
  }

  /** ok: the pesan for screen readers; not ok: nothing (the alert box speaks). */
  const ringkasOperasi = (h: HasilOperasi): string => (h && h.ok ? teksAman(h.pesan) || t.selesai : '');

  // --- Periksa

  function jumlahDari(h: HasilPeriksa): Record<Tingkat, number> {
    const temuan = Array.isArray(h.temuan) ? h.temuan : [];
    const j = {} as Record<Tingkat, number>;
    for (const k of TINGKAT) {
      const dariHost = h.jumlah && h.jumlah[k];
      j[k] = typeof dariHost === 'number' && isFinite(dariHost) ? dariHost : temuan.filter((x) => x.tingkat === k).length;
    }
    return j;
  }

  function kelasTingkat(k: string): string {
    return TINGKAT.indexOf(k as Tingkat) >= 0 ? `kj-t-${k}` : 'kj-t-Info';
  }

  function tombolTemuan(x: Temuan): HTMLElement {
    const sheet = teksAman(x.sheet);
    const sel = teksAman(x.sel);
    const alamat = alamatSel(sheet, sel);
    const label = t.tingkat[x.tingkat] || teksAman(x.tingkat);
    const saran = teksAman(x.saran);
    const btn = el(
      'button',
      { type: 'button', class: `kj-temuan ${kelasTingkat(x.tingkat)}`, title: t.pilihSel(alamat), 'aria-current': temuanAktif === x ? 'true' : undefined },
      el(
        'span',
        { class: 'kj-temuan-kepala' },
        el('span', { class: 'kj-chip' }, label),
        el('span', { class: 'kj-alamat' }, alamat),
      ),
      // The rule's title on a line of its own (it wraps, never cut); the rule id only as a tooltip.
      x.judul
        ? el('span', { class: 'kj-judul', title: teksAman(x.kode) || undefined }, teksAman(x.judul))
        : x.kode
          ? el('span', { class: 'kj-kode' }, teksAman(x.kode))
          : null,
      el('span', { class: 'kj-temuan-pesan' }, teksAman(x.pesan)),
      saran ? el('span', { class: 'kj-temuan-saran' }, el('b', {}, t.saran), ' ', saran) : null,
    );
    btn.addEventListener('click', () => {
      temuanAktif = x;
      const sebelumnya = periksa.hasil.querySelector('.kj-temuan[aria-current="true"]');
      if (sebelumnya) sebelumnya.removeAttribute('aria-current');
      btn.setAttribute('aria-current', 'true');
      kosongkan(galatPilih);
      Promise.resolve()
        .then(() => bridge.pilihSel(sheet, sel))
        .catch((e: unknown) => {
          kosongkan(galatPilih);
          galatPilih.append(kotakGalat(pesanGalat(e, t)));
        });
    });
    return el('li', {}, btn);
  }

  function tampilUsang(): void {
    kosongkan(wadahUsang);
    if (usang && hasilPeriksa) wadahUsang.append(el('p', { class: 'kj-kotak kj-usang' }, t.usang));
  }

  /** bridge.onBukuBerubah: clear what the jobs said (statusIkutBuku); mark the list stale without redrawing it (scroll and focus stay). */
  function bukuBerubah(): void {
    if (dilepas) return;
    if (opts.statusIkutBuku && !sibuk) {
      for (const b of [templat, rapk, laporan, ...(ukpbj ? [ukpbj] : [])]) {
        kosongkan(b.hasil);
        b.progres.textContent = '';
      }
    }
    if (periksaJalan) berubahSaatJalan = true;
    else if (hasilPeriksa && !usang) {
      usang = true;
      tampilUsang();
    }
  }

  /** Listen from the first Periksa on (a host that never checks pays nothing). */
  function dengarPerubahan(): void {
    if (lepasPeristiwa || typeof bridge.onBukuBerubah !== 'function') return;
    try {
      const lepas = bridge.onBukuBerubah(bukuBerubah);
      lepasPeristiwa = typeof lepas === 'function' ? lepas : () => undefined;
    } catch {
      // No change events after all: the list just gets no stale notice (as in Sheets).
      lepasPeristiwa = () => undefined;
    }
  }

  function gambarPeriksa(): void {
    const h = hasilPeriksa;
    kosongkan(periksa.hasil);
    kosongkan(periksa.kepala as HTMLElement);
    lekat.classList.toggle('kj-lekat-isi', Boolean(h && Array.isArray(h.temuan) && h.temuan.length));
    if (!h) return;
    const temuan = (Array.isArray(h.temuan) ? h.temuan : []).filter((x) => x && typeof x === 'object');
    const ringkasan = teksAman(h.ringkasan).trim();

    if (temuan.length === 0) {
      periksa.hasil.append(
        el(
          'div',
          { class: 'kj-bersih' },
          el('span', { class: 'kj-bersih-ikon', 'aria-hidden': 'true' }, '✓'),
          el('p', { class: 'kj-bersih-judul' }, t.bersihJudul),
          el('p', {}, ringkasan || t.bersihDesk),
        ),
      );
      return;
    }

    const jumlah = jumlahDari(h);
    const baris = el('div', { class: 'kj-lencana-baris', role: 'group', 'aria-label': t.saringLabel });
    for (const k of TINGKAT) {
      const n = jumlah[k];
      const b = el(
        'button',
        {
          type: 'button',
          class: `kj-lencana ${kelasTingkat(k)}${n === 0 ? ' kj-nol' : ''}`,
          'aria-pressed': saring === k ? 'true' : 'false',
          title: t.saringJudul(t.tingkat[k]),
          'data-tingkat': k,
        },
        el('b', {}, String(n)),
        ' ',
        el('span', {}, t.tingkat[k]),
      );
      b.addEventListener('click', () => {
        saring = saring === k ? null : k;
        gambarPeriksa();
        const sama = lekat.querySelector<HTMLButtonElement>(`.kj-lencana[data-tingkat="${k}"]`);
        if (sama) sama.focus();
      });
      baris.append(b);
    }
    const kepala = periksa.kepala as HTMLElement;
    kepala.append(baris);

    if (saring) {
      const semuaBtn = el('button', { type: 'button', class: 'kj-tautan' }, t.tampilkanSemua);
      semuaBtn.addEventListener('click', () => {
        saring = null;
        gambarPeriksa();
        const pertama = lekat.querySelector<HTMLButtonElement>('.kj-lencana');
        if (pertama) pertama.focus();
      });
      kepala.append(el('p', { class: 'kj-saring' }, el('span', {}, t.saringAktif(t.tingkat[saring])), semuaBtn));
    }
    if (ringkasan) periksa.hasil.append(el('p', { class: 'kj-ringkasan' }, ringkasan));

    const tampil = saring ? temuan.filter((x) => x.tingkat === saring) : temuan;
    if (tampil.length === 0) {
      periksa.hasil.append(el('p', { class: 'kj-ringkasan' }, t.kosongSaring));
      return;
    }

    // Group by sheet (in the order the sheets first appear); inside a sheet, most severe first.
    const grup = new Map<string, Temuan[]>();
    for (const x of tampil) {
      const s = teksAman(x.sheet);
      const g = grup.get(s);
      if (g) g.push(x);
      else grup.set(s, [x]);
    }
    const urutan = (x: Temuan): number => {
      const i = TINGKAT.indexOf(x.tingkat);
      return i < 0 ? TINGKAT.length : i;
    };
    let n = 0;
    grup.forEach((daftar, sheet) => {
      const idJudul = `${uid}-grup-${n++}`;
      const urut = daftar.map((x, i) => ({ x, i })).sort((a, b) => urutan(a.x) - urutan(b.x) || a.i - b.i).map((p) => p.x);
      periksa.hasil.append(
        el(
          'section',
          { class: 'kj-grup', 'aria-labelledby': idJudul, 'data-sheet': sheet },
          el('h3', { id: idJudul }, el('span', { class: 'kj-grup-nama' }, sheet || '—'), el('span', { class: 'kj-grup-jml' }, t.jumlahTemuan(daftar.length))),
          el('ul', { class: 'kj-daftar' }, ...urut.map(tombolTemuan)),
        ),
      );
    });
  }

  // --- wiring

  templat.tombol.addEventListener('click', () => {
    void jalankan(templat, () => bridge.sisipkanTemplat({ contoh: contoh.checked }), tampilOperasi(templat), ringkasOperasi);
  });
  rapk.tombol.addEventListener('click', () => {
    void jalankan(rapk, () => bridge.buatRapk(), tampilOperasi(rapk), ringkasOperasi);
  });
  laporan.tombol.addEventListener('click', () => {
    void jalankan(laporan, () => bridge.buatLaporan(), tampilOperasi(laporan), ringkasOperasi);
  });
  if (ukpbj) {
    const sisip = bridge.sisipkanUkpbj as (o: { contoh: boolean }) => Promise<HasilOperasi>;
    ukpbj.tombol.addEventListener('click', () => {
      void jalankan(ukpbj, () => sisip.call(bridge, { contoh: contohUkpbj.checked }), tampilOperasi(ukpbj), ringkasOperasi);
    });
  }
  if (impor) {
    const imp = bridge.imporPaket as (teks: string) => Promise<HasilOperasi>;
    impor.tombol.addEventListener('click', () => {
      void jalankan(impor, () => imp.call(bridge, teksImpor.value), tampilOperasi(impor), ringkasOperasi);
    });
  }
  if (bab3) {
    const unduh = bridge.unduhBab3 as () => Promise<HasilOperasi>;
    bab3.tombol.addEventListener('click', () => {
      void jalankan(bab3, () => unduh.call(bridge), tampilOperasi(bab3), ringkasOperasi);
    });
  }
  periksa.tombol.addEventListener('click', () => {
    if (sibuk) return;
    dengarPerubahan();
    periksaJalan = true;
    berubahSaatJalan = false;
    void jalankan(
      periksa,
      () => bridge.periksa(),
      (h) => {
        periksaJalan = false;
        if (!h || typeof h !== 'object') throw new Error(t.galatTakDikenal);
        periksa.tombol.textContent = t.periksaUlangTombol;
        hasilPeriksa = h;
        usang = berubahSaatJalan;
        temuanAktif = null;
        if (saring && !(Array.isArray(h.temuan) && h.temuan.some((x) => x && x.tingkat === saring))) saring = null;
        gambarPeriksa();
        tampilUsang();
      },
      (h) => ((Array.isArray(h.temuan) ? h.temuan.length : 0) === 0 ? t.bersihJudul : t.periksaSelesai(jumlahDari(h))),
      () => {
        // The list is gone (the error box replaced it): nothing left to call stale.
        periksaJalan = false;
        hasilPeriksa = null;
        usang = false;
        tampilUsang();
        lekat.classList.remove('kj-lekat-isi');
      },
    );
  });

  // The statuses follow the workbook from the start where the host says its events are the user's.
  if (opts.statusIkutBuku) dengarPerubahan();

  // Keyboard focus on a finding scrolls it clear of the sticky header (scroll-margin-top).
  const RO = (doc.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
  const ukur = RO ? new RO(() => root.style.setProperty('--kj-lekat', `${lekat.offsetHeight}px`)) : null;
  if (ukur) ukur.observe(lekat);

  return () => {
    dilepas = true;
    if (ukur) ukur.disconnect();
    if (lepasPeristiwa) lepasPeristiwa();
    lepasPeristiwa = null;
  };
}
