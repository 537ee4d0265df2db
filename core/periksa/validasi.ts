/**
 * A validated figure that changed, a validated indicator gone from the RAPK, a
 * Berita Acara edited after it was made (the monthly cycle, issue 10). The rule
 * itself lives with the cycle (core/siklus/aturan.ts), which also needs it to
 * refuse a validation; here it joins Periksa like every other rule.
 */
import { aturan } from './jenis';
import { KODE_VALIDASI, periksaValidasi } from '../siklus/aturan';

export const aturanValidasi = aturan({
  nama: 'validasi',
  kode: KODE_VALIDASI,
  periksa: (k, lapor) => periksaValidasi(k.m, lapor),
});
