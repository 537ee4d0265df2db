/**
 * Google Sheets (Apps Script) server side. Webpack bundles this file into
 * dist/gas/Code.js as the library object `KinerjaServer`; the build appends
 * real top-level functions (custom functions with @customfunction JSDoc from
 * the registry, triggers, and the sidebar's server functions) that call it.
 */
import { jalankanUntukSheets } from '../core/hostcall';

export const MENU = 'Kinerja';
export const SIDEBAR_JUDUL = 'Kinerja';

/** Run one registry function as a Sheets custom function. */
export function jalankan(name: string, args: unknown[]): unknown {
  return jalankanUntukSheets(name, args);
}

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU)
    .addItem('Buka panel Kinerja', 'tampilkanSidebar')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function tampilkanSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_JUDUL);
  SpreadsheetApp.getUi().showSidebar(html);
}
