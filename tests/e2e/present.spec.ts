// Presenter mode: keyboard-only walk through every step and back, one map canvas throughout, the
// step in the URL, axe on a step; and the print handout of a corridor.
import { expect, expectNoAxeViolations, test, mapReady } from './fixtures.ts';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`walk every step forward and back by keyboard at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('present/');
    const map = await mapReady(page);
    const presenter = page.locator('atlas-presenter');
    const ids = await page.locator('[data-step]').evaluateAll((s) => s.map((x) => x.getAttribute('data-step')!));
    expect(ids.length).toBeGreaterThanOrEqual(9);
    const keys = ['ArrowRight', ' ', 'PageDown'];
    const cameras = new Set<string>();
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press(keys[i % keys.length]!);
      await expect(presenter).toHaveAttribute('data-current', ids[i]!);
      await expect(page.locator(`[data-step="${ids[i]}"]`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`step=${ids[i]}`));
      if (ids[i] === 'tamaulipas' || ids[i] === 'tijuana-mexicali') {
        await expect.poll(() => map.getAttribute('data-camera')).not.toBe([...cameras].at(-1));
      }
      cameras.add((await map.getAttribute('data-camera'))!);
    }
    expect(cameras.size).toBeGreaterThanOrEqual(4);
    for (let i = ids.length - 2; i >= 0; i--) {
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
      await expect(presenter).toHaveAttribute('data-current', ids[i]!);
    }
    await page.keyboard.press('End');
    await expect(presenter).toHaveAttribute('data-current', ids.at(-1)!);
    await page.keyboard.press('Home');
    await expect(presenter).toHaveAttribute('data-current', ids[0]!);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  });
}

test('reloading a step URL resumes there, notes toggle with N, and axe passes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('present/?step=ciudad-juarez');
  await expect(page.locator('atlas-presenter')).toHaveAttribute('data-current', 'ciudad-juarez');
  await mapReady(page);
  await page.reload();
  await expect(page.locator('atlas-presenter')).toHaveAttribute('data-current', 'ciudad-juarez');
  const notes = page.locator('[data-step="ciudad-juarez"] [data-notes]');
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a corridor page prints as a one-page handout: title, map image, key points, sources, no controls', async ({
  page,
}) => {
  await page.goto('corridors/tamaulipas/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg[data-static-map]')).toBeVisible();
  for (const control of ['[data-share]', '.atlas-layers', '.lang-switch', '.site-header nav', '.toc', '.show-on-map'])
    await expect(page.locator(control).first()).toBeHidden();
  for (const kept of ['#summary', '#sources']) await expect(page.locator(kept)).toBeVisible();
  // The rest of the page gives its room to them: the handout is one sheet.
  for (const left of ['#victims', '#actors', '#state-involvement']) await expect(page.locator(left)).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  // The document title (UTF-16 hex in the PDF's info dictionary) names the corridor.
  const hex = /\/Title <FEFF([0-9A-F]+)>/.exec(text)?.[1] ?? '';
  const title = String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  expect(title).toContain('Nuevo Laredo-Reynosa-Matamoros');
  const pages = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  expect(pages).toBe(1);
});
