/**
 * Periksa's public names, where the sidebar and older code import them from.
 * The checks themselves live in core/periksa/ (one file per rule or concern).
 */
export { ATURAN, periksa, periksaModel } from './periksa';
export type { HasilPeriksa, KodeAturan, Temuan, Tingkat } from './periksa';
