// One core, several bundles:
//  - excel: dist/excel (task pane + custom functions in one shared runtime, manifest, functions.json)
//  - gas:   dist/gas/Code.js (Apps Script server) + appsscript.json
//  - gas-sidebar: dist/gas/Sidebar.html (the sidebar page, one self-contained HTML)
//  - web:   dist/web (the browser workbook of `npm start`: HyperFormula + grid + the same sidebar)
// `npm run build` first compiles core/ with tsc so the generators in scripts/gen.js
// can read the function registry.
const path = require('path');
const { Compilation, DefinePlugin, sources } = require('webpack');
const { version: VERSI } = require('./package.json');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { excelMetadata, gasStubs } = require('./scripts/gen');
const { icon, SIZES } = require('./scripts/icons');

const DEV_URL = 'https://localhost:3000/';
const BASE_URL = process.env.KINERJA_BASE_URL || DEV_URL;
const GAS_LIB = 'KinerjaServer';

/** TypeScript through ts-loader with the given tsconfig (its target decides the syntax emitted). */
const tsModule = (tsconfig) => ({
  rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.resolve(__dirname, tsconfig) } } }],
});

const common = {
  mode: 'production',
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: tsModule('tsconfig.json'),
  performance: { hints: false },
  stats: 'errors-warnings',
};

/** Emit extra files computed at build time. */
class EmitPlugin {
  constructor(files) { this.files = files; }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, make] of Object.entries(this.files)) compilation.emitAsset(name, new sources.RawSource(make()));
      });
    });
  }
}

/** Append the generated top-level Apps Script functions after minification. */
class GasStubsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('GasStubsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'GasStubsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        const src = compilation.getAsset('Code.js').source.source().toString();
        compilation.updateAsset('Code.js', new sources.RawSource(src + '\n' + gasStubs(GAS_LIB)));
      });
    });
  }
}

/** Turn the sidebar bundle into one self-contained HTML file for HtmlService. */
class InlineHtmlPlugin {
  constructor(js, html, title) { this.js = js; this.html = html; this.title = title; }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineHtmlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineHtmlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        const js = compilation.getAsset(this.js).source.source().toString().replace(/<\/script/gi, '<\\/script');
        const page = `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><base target="_top"><title>${this.title}</title><style>body{margin:0;background:#f7f7f7}</style></head>\n<body><main id="kinerja-root">Memuat Kinerja…</main>\n<script>${js}</script></body></html>\n`;
        compilation.emitAsset(this.html, new sources.RawSource(page));
        compilation.deleteAsset(this.js);
      });
    });
  }
}

// What Excel loads (task pane and custom functions) must parse as ES2017: Excel for
// Mac runs it in the system WebKit, and an older WebKit rejects a whole script over
// one newer construct. webpack's target governs only webpack's own runtime code; the
// TypeScript target (tsconfig.es2017.json) governs ours. test/es2017.test.ts parses
// the output with acorn.
const excel = {
  ...common,
  module: tsModule('tsconfig.es2017.json'),
  name: 'excel',
  target: ['web', 'es2017'],
  entry: { functions: './addin-excel/functions.ts', taskpane: './addin-excel/taskpane.ts' },
  output: { path: path.resolve(__dirname, 'dist/excel'), filename: '[name].js', clean: true },
  plugins: [
    new DefinePlugin({ __KINERJA_VERSI__: JSON.stringify(VERSI) }),
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './addin-excel/taskpane.html', chunks: ['functions', 'taskpane'], scriptLoading: 'defer' }),
    new EmitPlugin({
      'functions.json': () => JSON.stringify(excelMetadata(), null, 2),
      'manifest.xml': () => require('fs').readFileSync(path.join(__dirname, 'manifest/manifest.xml'), 'utf8').split(DEV_URL).join(BASE_URL),
      ...Object.fromEntries(SIZES.map((s) => [`assets/icon-${s}.png`, () => icon(s)])),
    }),
  ],
};

const gas = {
  ...common,
  name: 'gas',
  target: ['web', 'es2019'],
  entry: { Code: './gas-sheets/server.ts' },
  output: { path: path.resolve(__dirname, 'dist/gas'), filename: '[name].js', library: { name: GAS_LIB, type: 'var' }, clean: true },
  plugins: [
    new GasStubsPlugin(),
    new EmitPlugin({ 'appsscript.json': () => require('fs').readFileSync(path.join(__dirname, 'manifest/appsscript.json')) }),
  ],
};

// The Sheets sidebar runs in the user's browser; same panel code and same syntax level as the task pane.
const gasSidebar = {
  ...common,
  module: tsModule('tsconfig.es2017.json'),
  name: 'gas-sidebar',
  dependencies: ['gas'],
  target: ['web', 'es2017'],
  entry: { sidebar: './gas-sheets/sidebar-entry.ts' },
  output: { path: path.resolve(__dirname, 'dist/gas'), filename: '[name].js', clean: false },
  plugins: [new DefinePlugin({ __KINERJA_VERSI__: JSON.stringify(VERSI) }), new InlineHtmlPlugin('sidebar.js', 'Sidebar.html', 'Kinerja')],
};

const web = require('./web/webpack.web.js')(common);

module.exports = [excel, gas, gasSidebar, web];
