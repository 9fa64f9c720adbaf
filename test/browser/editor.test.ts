/**
 * A kommun's editor adds an intervention in the browser editor at /redigera/, against decap-server
 * saving into a copy of content/: the kommun and the occupation are picked by name, the file lands
 * in the kommun's folder with their codes and passes the build's check; a required field left
 * empty is refused with the build's Swedish message; the sign-in view passes axe.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDecapServer, type DecapServer } from '../../scripts/decap-server.ts';
import { freePort } from '../../functions/local/store-process.ts';
import { requiredMessage } from '../../core/catalogue/editor-config.ts';
import { portalInBrowser } from '../support/browser.ts';
import { startPortal } from '../support/server.ts';
import { builtSiteDir, contentDir, projectDir } from '../support/paths.ts';

const { url, newPage, expectAccessible } = portalInBrowser(startPortal, (portal) => portal.close());

const repoDir = mkdtempSync(join(tmpdir(), 'redigera-'));
const insatser = join(repoDir, 'content/kommun-1281/insatser');
let decap: DecapServer;

beforeAll(async () => {
  cpSync(contentDir, join(repoDir, 'content'), { recursive: true });
  decap = await startDecapServer({ port: await freePort(), repoDir });
});

afterAll(async () => {
  await decap?.stop();
  rmSync(repoDir, { recursive: true, force: true });
});

const editor = () => url(`/redigera/?lokal=${decap.port}`);

async function signIn(page: Page) {
  await page.goto(editor());
  await page.getByRole('button', { name: 'Logga in' }).click();
}

async function newIntervention(page: Page) {
  await signIn(page);
  await page.goto(`${editor()}#/collections/insatser-kommun-1281/new`);
  await page.getByLabel('Namnet på insatsen').waitFor();
}

/** Picks an option of a select by what the editor sees, typed into its search. */
async function pick(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: false });
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

// Decap's script is large: on a busy machine a form filled in field by field takes minutes.
describe('the browser editor', { timeout: 180_000 }, () => {
  it('is loaded by /redigera/ alone, which search does not index', () => {
    const pages = (readdirSync(builtSiteDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    const loading = pages.filter((file) => readFileSync(join(builtSiteDir, file), 'utf8').includes('decap-cms.js'));
    expect(loading).toEqual([join('redigera', 'index.html')]);
    expect(readFileSync(join(builtSiteDir, 'redigera/index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('shows a sign-in view that passes axe', async () => {
    const page = await newPage();
    await page.goto(editor());
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    expect(await page.title()).toBe('Redigera katalogen – Arbetsmarknadsinsatser');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectAccessible(page);
  });

  it('saves a new intervention for Lund with the codes of the kommun and the occupation picked by name', async () => {
    const before = readdirSync(insatser);
    const page = await newPage();
    await newIntervention(page);
    await page.getByLabel('Namnet på insatsen').fill('Restaurangbiträde i Lund');
    await page.getByLabel('En eller två meningar som visas i listor').fill('Kort utbildning till restaurangbiträde med praktik.');
    await pick(page, 'Typ av insats', 'Arbetsmarknadsutbildning');
    await pick(page, 'Aktivitetskravets kategorier', 'Arbetsplatsförlagd');
    await pick(page, 'Var insatsen erbjuds', 'kommuner');
    await pick(page, 'Vid omfattning "kommuner": kommunkoderna', 'Lund (1281)');
    await page.getByLabel('Anordnarens namn').fill('Lunds kommun, arbetsmarknadsenheten');
    await pick(page, 'Yrkesgrupper enligt SSYK 2012', 'Restaurangbiträde');
    await page.getByLabel('Längd i veckor').fill('12');
    await pick(page, 'Studie- eller aktivitetstakt', 'Heltid');
    await pick(page, 'Språk som insatsen ges på', 'svenska');
    await pick(page, 'På plats, på distans eller blandat', 'På distans');
    await pick(page, 'Löpande antagning', 'Löpande start');
    await page.getByLabel('Vad deltagaren behöver kunna innan').fill('Svenska på nivå motsvarande sfi C.');
    await page.getByLabel('Vem insatsen är till för').fill('Arbetssökande som vill arbeta i restaurangkök.');
    await page.getByLabel('Hur man söker').fill('Prata med din handläggare.');
    await page.getByLabel('Kontaktpersonens namn').fill('Maria Exempelsson');
    await page.getByLabel('E-postadress i tjänsten').fill('maria.exempelsson@exempel.se');
    await page.getByLabel('Datum då uppgifterna senast granskades').fill('2026-11-01');
    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Publicera nu').click();
    // decap-server writes the file in place: it is listed before all its text is there.
    const saved = join(insatser, 'restaurangbitrade-i-lund.md');
    const frontMatter = () => (existsSync(saved) ? /^---\n([\s\S]*?)\n---/.exec(readFileSync(saved, 'utf8'))?.[1] : undefined);
    await expect.poll(frontMatter, { timeout: 15_000 }).toBeDefined();
    expect(readdirSync(insatser).length).toBe(before.length + 1);
    expect(readdirSync(insatser).find((f) => !before.includes(f))).toBe('restaurangbitrade-i-lund.md');
    const data = load(frontMatter()!, { schema: CORE_SCHEMA }) as Record<string, unknown>;
    expect(data).toMatchObject({ agare: 'kommun-1281', kommuner: ['1281'], yrken: ['9412'], granskad: '2026-11-01', langd_veckor: 12 });
    const check = spawnSync('npm', ['run', 'check:content'], {
      cwd: projectDir,
      env: { ...process.env, CATALOGUE_DIR: join(repoDir, 'content') },
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  it("refuses a required field left empty with the build's Swedish message", async () => {
    const before = readdirSync(insatser);
    const page = await newPage();
    await newIntervention(page);
    await page.getByLabel('En eller två meningar som visas i listor').fill('Något');
    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Publicera nu').click();
    await expect(page.getByText(`Namnet på insatsen: ${requiredMessage}`).first().isVisible()).resolves.toBe(true);
    expect(readdirSync(insatser)).toEqual(before);
  });
});
