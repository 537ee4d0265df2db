/**
 * Names of the server functions the Sheets sidebar calls through
 * google.script.run (also generated as top-level functions in Code.js).
 */
export const SERVER_FUNCS = {
  sisipkanTemplat: 'kinerjaSisipkanTemplat',
  buatRapk: 'kinerjaBuatRapk',
  periksa: 'kinerjaPeriksa',
  pilihSel: 'kinerjaPilihSel',
  buatLaporan: 'kinerjaBuatLaporan',
  sisipkanUkpbj: 'kinerjaSisipkanUkpbj',
  imporPaket: 'kinerjaImporPaket',
  // The monthly cycle (core/siklus)
  buatLembarIsian: 'kinerjaBuatLembarIsian',
  bagikanIsian: 'kinerjaBagikanIsian',
  gabungkanIsian: 'kinerjaGabungkanIsian',
  pilihKonflik: 'kinerjaPilihKonflik',
  statusPengumpulan: 'kinerjaStatusPengumpulan',
  validasiPeriode: 'kinerjaValidasiPeriode',
  koreksi: 'kinerjaKoreksi',
  bukaKunciPeriode: 'kinerjaBukaKunciPeriode',
} as const;

/** Apps Script triggers and menu actions exposed as top-level functions. */
export const GAS_ENTRY_FUNCS = ['onOpen', 'onInstall', 'tampilkanSidebar'] as const;
