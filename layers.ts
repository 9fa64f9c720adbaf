/**
 * The project's layers: the top folders, and which of them each may import. Imports go one way,
 * toward core: site → ui → core, functions → ui → core, and nothing imports site. The import-rule
 * test holds every file to this table, and `npm start` rebuilds the site when any file in a layer
 * the site may import has changed, so the two cannot disagree.
 */
export const layers = {
  /** What editors change: markdown, YAML, reference data. It imports nothing. */
  content: { mayImport: [] },
  /** The shared model: reference data, the catalogue and its rules, the API contracts, texts, paths. */
  core: { mayImport: ['core', 'content'] },
  /** Components that a static page and its twin rendered on request share (React, rendered to HTML). */
  ui: { mayImport: ['ui', 'core'] },
  /** The Astro site. */
  site: { mayImport: ['site', 'ui', 'core', 'content'] },
  /** The Lambda handlers, the domain, the store, mail and the local server. */
  functions: { mayImport: ['functions', 'ui', 'core', 'root'] },
  /** The AWS CDK app. */
  infra: { mayImport: ['infra', 'functions', 'core', 'root'] },
  /** Command-line tools and benchmarks. */
  scripts: { mayImport: ['scripts', 'infra', 'functions', 'ui', 'core', 'root'] },
  /** The tests, which may read anything but are read by nothing else. */
  test: { mayImport: ['test', 'scripts', 'infra', 'functions', 'site', 'ui', 'core', 'content', 'root'] },
  /** Files at the top: this table and the tools' configuration. */
  root: { mayImport: ['root', 'test'] },
} as const satisfies Record<string, { mayImport: readonly string[] }>;

export type Layer = keyof typeof layers;

/**
 * Packages a layer must not import, by name or prefix. The core imports no framework: it is read
 * by the browser, the build, Lambda and the command line alike. (`astro/zod` is the zod the content
 * schemas must use, and only that.) The core may read files when called (the catalogue loader
 * does), never when imported: a test checks that.
 */
export const forbiddenPackages: Partial<Record<Layer, readonly string[]>> = {
  core: ['astro:', 'astro/', '@astrojs/', '@aws-sdk/', 'react', 'react-dom', 'preact', 'aws-cdk-lib', 'node:child_process', 'node:http'],
  ui: ['astro:', 'astro/', '@aws-sdk/', 'aws-cdk-lib', 'node:'],
  site: ['@aws-sdk/', 'aws-cdk-lib'],
  functions: ['astro:', 'astro/', '@astrojs/', 'aws-cdk-lib'],
};

/** Exceptions to `forbiddenPackages`, each with its reason. */
export const allowedPackages: Partial<Record<Layer, readonly string[]>> = {
  // The catalogue schemas are Astro content schemas: they must be made with the zod Astro ships.
  core: ['astro/zod'],
  functions: ['astro/zod'],
};

/** Files at the top of the project that the site's build also reads. */
const siteBuildFiles = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'] as const;

/** Every folder and file the site is built from: the layers the site may import, and its build configuration. */
export const siteSources: readonly string[] = [...layers.site.mayImport, ...siteBuildFiles];
