/**
 * The browser editor's configuration, made at build from the content schemas and the owner folders
 * (core/catalogue/editor-config.ts). Where it saves comes from the build's settings.
 */
import type { APIRoute } from 'astro';
import { editorConfigYaml, ownerFolders } from '../../../core/catalogue/editor-config.ts';
import { catalogueDir } from '../../../core/catalogue/load.ts';

export const GET: APIRoute = () => {
  const config = editorConfigYaml(ownerFolders(catalogueDir()), {
    repo: process.env.CMS_REPO ?? 'arbetsmarknadsinsatser/arbetsmarknadsinsatser',
    branch: process.env.CMS_BRANCH ?? 'main',
    authUrl: process.env.CMS_AUTH_URL,
  });
  return new Response(config, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
