/**
 * Imports go one way (layers.ts): site → ui → core, functions → ui → core, never into site, and
 * no file imports a file that imports it back. A newcomer can then read the core without the
 * rest, and the functions bundle no page of the site.
 */
import { describe, expect, it } from 'vitest';
import { allowedPackages, forbiddenPackages, layers } from '../../layers.ts';
import { importCycles, importGraph, layerOf } from '../support/imports.ts';

const graph = importGraph();
const imports = [...graph.values()].flat();

describe('the layering', () => {
  it('reads the whole project', () => {
    for (const layer of ['core', 'ui', 'site', 'functions', 'infra', 'scripts', 'test'] as const)
      expect(
        [...graph.keys()].some((file) => layerOf(file) === layer),
        layer,
      ).toBe(true);
  });

  it('imports files only from the layers each layer may import', () => {
    const broken = imports
      .filter(({ from, file }) => file && !(layers[layerOf(from)].mayImport as readonly string[]).includes(layerOf(file)))
      .map(({ from, specifier }) => `${from} → ${specifier}`);
    expect(broken).toEqual([]);
  });

  it('imports only files that exist', () => {
    const missing = imports
      .filter(({ file }) => file && !graph.has(file) && !/\.(json|geojson|css|md)$/.test(file))
      .map(({ from, specifier }) => `${from} → ${specifier}`);
    expect(missing).toEqual([]);
  });

  it('keeps frameworks, the AWS SDK and the CDK out of the layers that must not have them', () => {
    const broken = imports
      .filter(({ from, packageName }) => {
        if (!packageName) return false;
        const layer = layerOf(from);
        if (allowedPackages[layer]?.includes(packageName)) return false;
        return forbiddenPackages[layer]?.some((prefix) => packageName === prefix || packageName.startsWith(prefix)) ?? false;
      })
      .map(({ from, specifier }) => `${from} → ${specifier}`);
    expect(broken).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle and a forbidden import when there is one', () => {
    const made = new Map([
      ['functions/a.ts', [{ from: 'functions/a.ts', specifier: './b.ts', file: 'functions/b.ts' }]],
      ['functions/b.ts', [{ from: 'functions/b.ts', specifier: './a.ts', file: 'functions/a.ts' }]],
    ]);
    expect(importCycles(made)).toEqual([['functions/a.ts', 'functions/b.ts']]);
    expect(layers.functions.mayImport).not.toContain('site');
  });
});
