/**
 * The words of the cycle's buttons: the user interface of the SOP's steps, in
 * Indonesian in both locales. One list, imported by core's messages and by the
 * sidebar (this file imports nothing, so the Sheets sidebar stays without core).
 */
export const TOMBOL = {
  buat: 'Buat lembar isian',
  bagikan: 'Bagikan isian',
  ambil: 'Ambil isian dari berkas',
  gabung: 'Gabungkan isian',
  status: 'Status pengumpulan',
  validasi: 'Validasi periode',
  koreksi: 'Koreksi',
  bukaKunci: 'Buka kunci periode',
} as const;
