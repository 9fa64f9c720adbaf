/** Steps of the LOI form that the browser tests share. */
import type { Page } from 'playwright-core';

/** From the filled form on past the check step ("Kontrollera dina svar") to the page after sending. */
export async function sendLoiForm(page: Page) {
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Skicka avsiktsförklaringen' }).click();
  await page.waitForURL('**/avsiktsforklaring/skickad/**');
}
