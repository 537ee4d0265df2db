/**
 * The sidebar card of the monthly cycle (core/siklus): Buat lembar isian,
 * Bagikan isian (Google Sheets), Ambil isian dari berkas (Excel), Gabungkan
 * isian with the conflicts to decide, Status pengumpulan per unit and period,
 * and Validasi periode, Koreksi, Buka kunci periode. The buttons say the SOP's
 * steps in Indonesian in both locales. Text from the host goes in as text
 * nodes only (sidebar.ts `el`), never as markup.
 */
import type { HasilSiklus, HostBridge, Konflik, PilihanKonflik, StatusSiklus, Temuan } from './bridge';
import type { Teks } from './i18n';
import { TOMBOL } from '../core/siklus/tombol';

type Anak = Node | string | null | undefined | false;
type El = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string | undefined>, ...children: Anak[]) => HTMLElementTagNameMap[K];

/** The button words (core/siklus/tombol.ts: one list for the panel and core's messages). */
export const TOMBOL_SIKLUS = TOMBOL;

export interface AlatKartu {
  el: El;
  kosongkan(e: Element): void;
  t: Teks;
  bridge: HostBridge;
  uid: string;
  /** Run a job with the sidebar's own busy handling; `tombol`'s result goes to `hasil`. */
  jalankan<T>(tombol: HTMLButtonElement, progres: HTMLElement, hasil: HTMLElement, kerja: () => Promise<T>, tampil: (h: T) => void, ringkas: (h: T) => string): Promise<void>;
  /** The sidebar's ok / error box for a job's answer. */
  kotakHasil(h: { ok: boolean; pesan: string; catatan: string[] }): HTMLElement;
  /** Select a cell in the workbook (a finding clicked). */
  pilihSel(sheet: string, sel: string): void;
}

export interface KartuSiklus {
  kartu: HTMLElement;
  tombol: HTMLButtonElement[];
  /** Inputs to disable while a job runs. */
  masukan: Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>;
}

/** Null when the host offers no cycle (an old bridge): the sidebar shows no card. */
export function buatKartuSiklus(a: AlatKartu): KartuSiklus | null {
  const { el, t, bridge, uid } = a;
  const s = t.siklus;
  if (!bridge.statusPengumpulan || !bridge.gabungkanIsian || !bridge.buatLembarIsian) return null;
  const tombol = (label: string, kunci: string, kelas = 'kj-tombol'): HTMLButtonElement => el('button', { type: 'button', class: kelas, 'data-job': kunci }, label);
  const progres = el('div', { class: 'kj-progres', role: 'status', 'aria-live': 'polite' });
  const hasil = el('div', { class: 'kj-hasil', 'aria-busy': 'false' });

  const bBuat = tombol(TOMBOL_SIKLUS.buat, 'isian');
  const bBagikan = bridge.bagikanIsian ? tombol(TOMBOL_SIKLUS.bagikan, 'bagikan') : null;
  const bAmbil = bridge.ambilIsianBerkas ? tombol(TOMBOL_SIKLUS.ambil, 'ambil') : null;
  const berkas = bAmbil ? el('input', { type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', class: 'kj-sr', 'aria-label': s.berkas, tabindex: '-1' }) : null;
  const bGabung = tombol(TOMBOL_SIKLUS.gabung, 'gabung');
  const bStatus = tombol(TOMBOL_SIKLUS.status, 'status');

  // --- validation, correction, unlock (folded: most clicks are the five above)
  // Each of the three answers right under its own button.
  const wadah = (): { progres: HTMLElement; hasil: HTMLElement } => ({ progres: el('div', { class: 'kj-progres', role: 'status', 'aria-live': 'polite' }), hasil: el('div', { class: 'kj-hasil', 'aria-busy': 'false' }) });
  const wV = wadah();
  const wK = wadah();
  const wB = wadah();
  const progres2 = wV.progres;
  const hasil2 = wV.hasil;
  const pilihan = (id: string): HTMLSelectElement => el('select', { id: `${uid}-${id}`, class: 'kj-isian' });
  const label = (untuk: string, teks: string): HTMLLabelElement => el('label', { class: 'kj-label', for: `${uid}-${untuk}` }, teks);
  const pValidasi = pilihan('p-validasi');
  const validator = el('div', { class: 'kj-validator' });
  const barisValidator = (): HTMLElement => {
    const n = validator.children.length + 1;
    const isian = (nama: string, ph: string, lebar = ''): HTMLInputElement => el('input', { type: 'text', class: `kj-isian ${lebar}`, name: nama, placeholder: ph, 'aria-label': `${s.validator} ${n}: ${ph}` });
    return el('div', { class: 'kj-validator-baris' }, isian('nama', s.nama), isian('nip', s.nip), isian('jabatan', s.jabatan));
  };
  validator.append(barisValidator());
  const bTambah = el('button', { type: 'button', class: 'kj-tautan' }, s.tambahValidator);
  bTambah.addEventListener('click', () => validator.append(barisValidator()));
  const bValidasi = tombol(TOMBOL_SIKLUS.validasi, 'validasi');
  const pKoreksi = pilihan('p-koreksi');
  const iKoreksi = pilihan('i-koreksi');
  const nKoreksi = el('input', { type: 'text', id: `${uid}-n-koreksi`, class: 'kj-isian', inputmode: 'decimal' });
  const jKoreksi = el('textarea', { id: `${uid}-j-koreksi`, class: 'kj-isian', rows: '2' });
  const bKoreksi = tombol(TOMBOL_SIKLUS.koreksi, 'koreksi');
  const pBuka = pilihan('p-buka');
  const aBuka = el('textarea', { id: `${uid}-a-buka`, class: 'kj-isian', rows: '2' });
  const bBuka = tombol(TOMBOL_SIKLUS.bukaKunci, 'bukaKunci');
  const lipat = el(
    'details',
    { class: 'kj-lipat' },
    el('summary', {}, s.validasiJudul),
    el('p', { class: 'kj-desk' }, s.validasiDesk),
    label('p-validasi', s.pilihPeriode),
    pValidasi,
    el('p', { class: 'kj-label' }, s.validator),
    validator,
    bTambah,
    bValidasi,
    wV.progres,
    wV.hasil,
    el('h3', { class: 'kj-sub-judul' }, s.koreksiJudul),
    el('p', { class: 'kj-desk' }, s.koreksiDesk),
    label('p-koreksi', s.pilihPeriode),
    pKoreksi,
    label('i-koreksi', s.indikator),
    iKoreksi,
    label('n-koreksi', s.nilaiKoreksi),
    nKoreksi,
    label('j-koreksi', s.justifikasi),
    jKoreksi,
    bKoreksi,
    wK.progres,
    wK.hasil,
    el('h3', { class: 'kj-sub-judul' }, s.bukaJudul),
    label('p-buka', s.pilihPeriode),
    pBuka,
    label('a-buka', s.alasan),
    aBuka,
    bBuka,
    wB.progres,
    wB.hasil,
  );

  const kartu = el(
    'section',
    { class: 'kj-kartu', 'aria-labelledby': `${uid}-siklus-judul`, 'data-bagian': 'siklus' },
    el('h2', { id: `${uid}-siklus-judul` }, s.judul),
    el('p', { class: 'kj-desk' }, s.desk),
    el('div', { class: 'kj-tombol-baris' }, bBuat, bBagikan, bAmbil, berkas, bGabung, bStatus),
    progres,
    hasil,
    lipat,
  );

  // --- state: the last status (periods for the selects)
  let status: StatusSiklus | null = null;

  function isiPilihan(sel: HTMLSelectElement, opsi: Array<{ nilai: string; teks: string }>, kosong: string): void {
    const tadi = sel.value;
    a.kosongkan(sel);
    if (!opsi.length) sel.append(el('option', { value: '' }, kosong));
    for (const o of opsi) sel.append(el('option', { value: o.nilai }, o.teks));
    if (opsi.some((o) => o.nilai === tadi)) sel.value = tadi;
  }

  function segarkanPilihan(): void {
    const st = status;
    if (!st) {
      for (const x of [pValidasi, pKoreksi, pBuka, iKoreksi]) isiPilihan(x, [], s.muatStatusDulu);
      return;
    }
    const teks = (p: StatusSiklus['periode'][number]): string => `${p.periode} · ${p.nama} (${s.keadaan[p.keadaan]})`;
    const terbuka = st.periode.filter((p) => p.keadaan === 'terbuka' || p.keadaan === 'dibuka');
    const valid = st.periode.filter((p) => p.keadaan === 'divalidasi');
    isiPilihan(pValidasi, terbuka.map((p) => ({ nilai: p.periode, teks: teks(p) })), '—');
    // The first period with nothing in its way is offered first.
    const siap = terbuka.find((p) => p.penghalang.length === 0);
    if (siap && !pValidasi.dataset.dipilih) pValidasi.value = siap.periode;
    isiPilihan(pKoreksi, valid.map((p) => ({ nilai: p.periode, teks: teks(p) })), '—');
    isiPilihan(pBuka, valid.map((p) => ({ nilai: p.periode, teks: teks(p) })), '—');
    isiPilihan(iKoreksi, st.indikator.map((i) => ({ nilai: i.kode, teks: `${i.kode} · ${i.indikator}` })), '—');
  }
  pValidasi.addEventListener('change', () => (pValidasi.dataset.dipilih = 'ya'));
  segarkanPilihan();

  // --- rendering answers

  function tampilStatus(h: HasilSiklus): void {
    a.kosongkan(hasil);
    hasil.append(a.kotakHasil(h));
    const st = h.status;
    if (!st) return;
    status = st;
    segarkanPilihan();
    const per = st.periode.filter((p) => p.keadaan !== 'nanti');
    const unit = [...new Set(st.baris.map((b) => b.unit))];
    const sel = (u: string, p: string): Anak => {
      const b = st.baris.find((x) => x.unit === u && x.periode === p);
      if (!b) return el('span', { class: 'kj-redup' }, '–');
      return el('span', { class: `kj-status kj-s-${b.status.replace(' ', '-')}`, title: b.kurang.length ? `${s.belumLapor}: ${b.kurang.join(', ')}` : undefined }, `${s.status[b.status]} ${b.ada}/${b.wajib}`);
    };
    const tabel = el(
      'table',
      { class: 'kj-tabel-status', 'aria-label': s.statusJudul },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, s.unit), ...per.map((p) => el('th', { scope: 'col', title: p.nama }, p.periode)))),
      el(
        'tbody',
        {},
        ...unit.map((u) => el('tr', {}, el('th', { scope: 'row' }, u), ...per.map((p) => el('td', {}, p.keadaan === 'divalidasi' ? el('span', { class: 'kj-status kj-s-divalidasi' }, s.keadaan.divalidasi) : sel(u, p.periode))))),
      ),
    );
    hasil.append(el('div', { class: 'kj-gulir-x' }, tabel));
    for (const p of per) {
      const kepala = el('p', { class: 'kj-periode' }, el('b', {}, `${p.periode} · ${p.nama}`), ` — ${s.keadaan[p.keadaan]}`);
      const blok = el('div', { class: 'kj-periode-blok', 'data-periode': p.periode }, kepala);
      if (p.keadaan === 'divalidasi') blok.append(el('p', { class: 'kj-kecil' }, `${p.nomorBA ?? ''} · ${s.sidik} ${(p.sidik ?? '').slice(0, 16)}…`));
      else if (p.penghalang.length) blok.append(el('p', { class: 'kj-kecil' }, s.penghalang), el('ul', { class: 'kj-catatan' }, ...p.penghalang.map((x) => el('li', {}, x))));
      else blok.append(el('p', { class: 'kj-kecil kj-siap' }, s.siapValidasi));
      hasil.append(blok);
    }
    if (st.koreksi.length) {
      hasil.append(
        el('p', { class: 'kj-catatan-judul' }, s.koreksiTercatat),
        el('ul', { class: 'kj-catatan' }, ...st.koreksi.map((k) => el('li', {}, `${k.kode} ${k.periode}: ${k.lama} → ${k.baru} (${k.dicatatPada}). ${k.justifikasi}`))),
      );
    }
  }

  function tampilGabung(h: HasilSiklus): void {
    a.kosongkan(hasil);
    hasil.append(a.kotakHasil(h));
    for (const b of h.belumLapor ?? []) hasil.append(el('p', { class: 'kj-kecil' }, el('b', {}, `${s.belumLapor} ${b.periode}: `), b.unit.join('; ')));
    const konflik = h.konflik ?? [];
    if (!konflik.length) return;
    const form = el('form', { class: 'kj-konflik' }, el('p', { class: 'kj-catatan-judul' }, s.konflikJudul(konflik.length)));
    konflik.forEach((k: Konflik, i) => {
      const nama = `${uid}-konflik-${i}`;
      const opsi = (nilai: string, teks: string): HTMLLabelElement => el('label', { class: 'kj-opsi' }, el('input', { type: 'radio', name: nama, value: nilai }), el('span', {}, teks));
      form.append(
        el(
          'fieldset',
          { class: 'kj-konflik-satu', 'data-id': k.id },
          el('legend', {}, `${k.kode} · ${k.kolom} (${k.sel})`),
          el('span', { class: 'kj-kecil' }, k.indikator),
          opsi('rapk', s.pertahankan(k.nilaiRapk)),
          ...k.pilihan.map((p, j) => opsi(String(j), s.pakai(p.sumber, p.nilai))),
        ),
      );
    });
    const bTerapkan = el('button', { type: 'submit', class: 'kj-tombol' }, s.terapkanPilihan);
    form.append(bTerapkan);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const dipilih: PilihanKonflik[] = [];
      form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-id]').forEach((f) => {
        const r = f.querySelector<HTMLInputElement>('input[type=radio]:checked');
        if (r) dipilih.push({ id: f.dataset.id as string, pakai: r.value === 'rapk' ? 'rapk' : Number(r.value) });
      });
      void a.jalankan(bTerapkan, progres, hasil, () => bridge.pilihKonflik!(dipilih), tampilGabung, (x) => x.pesan);
    });
    hasil.append(form);
  }

  function tampilValidasi(h: HasilSiklus): void {
    a.kosongkan(hasil2);
    hasil2.append(a.kotakHasil(h));
    if (h.ok && h.nomorBA) {
      hasil2.append(el('p', { class: 'kj-kecil kj-sidik' }, `${h.nomorBA} · ${s.sidik} ${h.sidik ?? ''}`));
      if (status) {
        const p = status.periode.find((x) => x.periode === pValidasi.value);
        if (p) Object.assign(p, { keadaan: 'divalidasi', nomorBA: h.nomorBA, sidik: h.sidik, penghalang: [] });
        segarkanPilihan();
      }
    }
    const temuan: Temuan[] = h.temuan ?? [];
    if (temuan.length) {
      hasil2.append(
        el('p', { class: 'kj-catatan-judul' }, s.temuanJudul),
        el(
          'ul',
          { class: 'kj-daftar' },
          ...temuan.map((x) => {
            const b = el(
              'button',
              { type: 'button', class: 'kj-temuan kj-t-Kesalahan' },
              el('span', { class: 'kj-temuan-kepala' }, el('span', { class: 'kj-chip' }, t.tingkat.Kesalahan), el('span', { class: 'kj-alamat' }, `${x.sheet}!${x.sel}`)),
              el('span', { class: 'kj-temuan-pesan' }, x.pesan),
            );
            b.addEventListener('click', () => a.pilihSel(x.sheet, x.sel));
            return el('li', {}, b);
          }),
        ),
      );
    }
  }

  const tampilOperasi = (sasaran: HTMLElement) => (h: HasilSiklus): void => {
    a.kosongkan(sasaran);
    sasaran.append(a.kotakHasil(h));
  };
  const ringkas = (h: HasilSiklus): string => (h.ok ? h.pesan : '');

  // --- wiring
  bBuat.addEventListener('click', () => void a.jalankan(bBuat, progres, hasil, () => bridge.buatLembarIsian!(), tampilOperasi(hasil), ringkas));
  bBagikan?.addEventListener('click', () => void a.jalankan(bBagikan, progres, hasil, () => bridge.bagikanIsian!(), tampilOperasi(hasil), ringkas));
  bAmbil?.addEventListener('click', () => berkas?.click());
  berkas?.addEventListener('change', () => {
    const f = berkas.files?.[0];
    if (!f || !bAmbil) return;
    void a.jalankan(
      bAmbil,
      progres,
      hasil,
      async () => bridge.ambilIsianBerkas!({ nama: f.name, data: await f.arrayBuffer() }),
      tampilOperasi(hasil),
      ringkas,
    ).then(() => (berkas.value = ''));
  });
  bGabung.addEventListener('click', () => void a.jalankan(bGabung, progres, hasil, () => bridge.gabungkanIsian!(), tampilGabung, ringkas));
  bStatus.addEventListener('click', () => void a.jalankan(bStatus, progres, hasil, () => bridge.statusPengumpulan!(), tampilStatus, ringkas));
  // Opening the folded part loads the periods once.
  lipat.addEventListener('toggle', () => {
    if (lipat.open && !status) bStatus.click();
  });
  bValidasi.addEventListener('click', () => {
    const daftar = Array.from(validator.querySelectorAll<HTMLElement>('.kj-validator-baris')).map((r) => ({
      nama: (r.querySelector('[name=nama]') as HTMLInputElement).value,
      nip: (r.querySelector('[name=nip]') as HTMLInputElement).value,
      jabatan: (r.querySelector('[name=jabatan]') as HTMLInputElement).value,
    }));
    void a.jalankan(bValidasi, progres2, hasil2, () => bridge.validasiPeriode!({ periode: pValidasi.value, validator: daftar }), tampilValidasi, ringkas);
  });
  bKoreksi.addEventListener('click', () =>
    void a.jalankan(
      bKoreksi,
      wK.progres,
      wK.hasil,
      () => bridge.koreksi!({ kode: iKoreksi.value, periode: pKoreksi.value, nilai: nKoreksi.value, justifikasi: jKoreksi.value }),
      (h) => {
        tampilOperasi(wK.hasil)(h);
        if (h.ok) {
          nKoreksi.value = '';
          jKoreksi.value = '';
        }
      },
      ringkas,
    ),
  );
  bBuka.addEventListener('click', () =>
    void a.jalankan(
      bBuka,
      wB.progres,
      wB.hasil,
      () => bridge.bukaKunciPeriode!({ periode: pBuka.value, alasan: aBuka.value }),
      (h) => {
        tampilOperasi(wB.hasil)(h);
        if (h.ok && status) {
          const p = status.periode.find((x) => x.periode === pBuka.value);
          if (p) Object.assign(p, { keadaan: 'dibuka' });
          aBuka.value = '';
          segarkanPilihan();
        }
      },
      ringkas,
    ),
  );

  const tombolSemua = [bBuat, bBagikan, bAmbil, bGabung, bStatus, bValidasi, bKoreksi, bBuka].filter((x): x is HTMLButtonElement => x !== null);
  return { kartu, tombol: tombolSemua, masukan: [pValidasi, pKoreksi, iKoreksi, nKoreksi, jKoreksi, pBuka, aBuka, bTambah] };
}
