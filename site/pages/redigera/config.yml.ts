/**
 * The browser editor's configuration, made at build from the content schemas and the owner folders
 * (core/catalogue/editor-config.ts). Where it saves comes from the build's settings.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { editorConfigYaml, ownerFolders } from '../../../core/catalogue/editor-config.ts';

export const GET: APIRoute = () => {
  const config = editorConfigYaml(ownerFolders(resolve(process.env.CATALOGUE_DIR ?? 'content')), {
    repo: process.env.CMS_REPO ?? 'arbetsmarknadsinsatser/arbetsmarknadsinsatser',
    branch: process.env.CMS_BRANCH ?? 'main',
    authUrl: process.env.CMS_AUTH_URL,
  });
  return new Response(config, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
