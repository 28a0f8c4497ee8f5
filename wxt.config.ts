import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ORDER_ORIGINS } from './lib/orders';
import {
  SITE_CHECKOUT_MATCHES,
  SITE_LOADER_EXCLUDES,
  SITE_LOADER_MATCHES,
  SITE_LOADER_ORIGINS,
  SITE_ORIGINS,
} from './lib/sites';

type AliasOptions = NonNullable<NonNullable<InlineConfig['resolve']>['alias']>;

function toAliasArray(alias: AliasOptions | undefined): Extract<AliasOptions, readonly unknown[]>[number][] {
  if (!alias) return [];
  if (Array.isArray(alias)) return [...alias];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
}

export const GECKO_ID = 'paylater-lens@paylater-lens.app';

/** The optional host permission that lets the shopper add any https shop, one origin at a time. */
export const SHOP_PERMISSION = ['https://*/*'] as const;

/**
 * Extension pages run only our own packaged code and reach no network: stricter than MV3's default
 * (`script-src 'self'; object-src 'self'`). WXT turns it into MV2's string form for Firefox.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/**
 * Every permission the extension asks for at install; each (and the optional shop permission) has its
 * reason in the store listings (store/listing). scripting: the content script for shops the shopper
 * adds; activeTab: the popup may see the address of the page it was opened on, to offer "Read
 * checkouts on this shop".
 */
export const PERMISSIONS = ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'] as const;

/**
 * The oldest Chrome with everything the extension uses: storage.session (102), Intl.NumberFormat
 * formatting a decimal string exactly, which money formatting relies on (106), and a content script
 * importing a web-accessible file by its per-session address (132), as the added shops' does.
 */
export const MINIMUM_CHROME_VERSION = '132';

/**
 * What addons.mozilla.org gets as the source of the Firefox package: everything the build reads,
 * the build steps (BUILDING.md) and the icons' drawing. No tests, fixtures or tooling configs.
 */
const SOURCES = [
  'BUILDING.md',
  'README.md',
  'PRIVACY.md',
  'CHANGELOG.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'entrypoints/**',
  'components/**',
  'lib/**',
  'public/**',
  'scripts/icon-art.ts',
  'scripts/icons.ts',
];

/** The checkout readers (entrypoints/detector.ts, shop-reader.ts). */
const READERS = ['detector', 'shop-reader'];

/**
 * Takes `<script type="text/plain">` tags out of the built pages. The panel's page holds one only to
 * tell WXT it needs no module of its own (see entrypoints/panel/index.html); the browser would not
 * load it, but a store's linter reads its address as a remote script.
 */
function withoutInertScripts(): Plugin {
  return {
    name: 'paylater:without-inert-scripts',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/\s*<script type="text\/plain"[^>]*><\/script>/g, ''),
    },
  };
}

/**
 * Loads webextension-polyfill as the ES module it could be. Bundled as CommonJS, its export (in
 * today's Chrome and Firefox the browser's own `browser` object) went through the bundler's interop,
 * which reads every property's descriptor and so makes the browser build every extension API there
 * is: about 3 ms of the worker's start, and the popup's and dashboard's.
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'paylater:polyfill-as-module',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      return {
        code: `const module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;`,
        map: null,
      };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, benchmarks) each get their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  vite: () => ({ plugins: [preact(), withoutInertScripts(), polyfillAsModule()] }),
  hooks: {
    // The content script, the reader it loads and the panel's script call only runtime.getURL,
    // runtime.id, runtime messaging and storage.local, whose promises Chrome's MV3 API and Firefox's
    // have without the polyfill: give their bundles the bare API and keep them small.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every(({ type }) => type === 'content-script' || type === 'unlisted-script')) return;
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        ...toAliasArray(viteConfig.resolve.alias),
      ];
      // A reader runs nearly all of its functions in the one read when a payment step appears. V8's
      // compile hint has it compile them as it loads, once, instead of pre-parsing them then and
      // compiling them in that read: main thread −2.9 ms (95 % −0.8…−4.4) on the small checkout,
      // −2.0 (−4.0…+0.5) on the large one, 12 pairs. Firefox ignores the comment.
      if (entrypoints.some(({ name }) => READERS.includes(name))) {
        viteConfig.build ??= {};
        viteConfig.build.rollupOptions ??= {};
        const output = viteConfig.build.rollupOptions.output ?? {};
        if (!Array.isArray(output))
          viteConfig.build.rollupOptions.output = { ...output, postBanner: '//# allFunctionsCalledOnLoad' };
      }
    },
  },
  zip: { includeSources: SOURCES },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...PERMISSIONS],
    // Any https shop can be asked for, one origin at a time, from a click; none is granted at install.
    ...(manifestVersion === 2
      ? { optional_permissions: [...SHOP_PERMISSION] }
      : { optional_host_permissions: [...SHOP_PERMISSION] }),
    ...(browser === 'chrome' ? { minimum_chrome_version: MINIMUM_CHROME_VERSION } : {}),
    // The built-in shops' content scripts, unlisted scripts rather than WXT content scripts (whose
    // context would touch the extension's API on every matched page): on a checkout's address its
    // reader, which else a URL check (entrypoints/loader.ts) would import, costing the page's main
    // thread the request and the module's loading; on the shops' other matched pages that check.
    content_scripts: [
      { matches: [...SITE_CHECKOUT_MATCHES], js: ['detector.js'], run_at: 'document_idle' },
      {
        matches: [...SITE_LOADER_MATCHES],
        exclude_matches: [...SITE_LOADER_EXCLUDES],
        js: ['loader.js'],
        run_at: 'document_idle',
      },
    ],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // The panel frame goes on checkouts and on order pages; the checkout's reader, which the loader
    // imports (the page's origin must be allowed it), on the loader's hosts only.
    web_accessible_resources: [
      { resources: ['panel.html'], matches: [...new Set([...SITE_ORIGINS, ...ORDER_ORIGINS])] },
      { resources: ['detector.js'], matches: [...SITE_LOADER_ORIGINS] },
      // Added shops' pages frame the panel and load their reader too, but the manifest cannot name
      // them. Chrome: any https page may load these only by the per-session random address the
      // content script gets from runtime.getURL, never by the extension's fixed id, so no site can
      // probe for the extension. (Firefox's MV2 list has no matches at all; its moz-extension
      // address is random per install.)
      { resources: ['panel.html', 'shop-reader.js'], matches: [...SHOP_PERMISSION], use_dynamic_url: true },
    ],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
