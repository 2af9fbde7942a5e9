// Presenter mode: keyboard-only walk through every step and back, one map canvas throughout, the
// step in the URL, axe on a step; and the print handout of a corridor.
import type { Page } from '@playwright/test';
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

/** Whether the control is inside the viewport and the topmost element at its centre (not under the map). */
async function inViewUncovered(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    if (r.width === 0 || r.height === 0) return 'not shown';
    if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
      return `outside the viewport: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}×${vh}`;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit && el.contains(hit) ? 'ok' : `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`every step's text fits its column and Previous/Next stay in view at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('present/');
    await mapReady(page);
    const presenter = page.locator('atlas-presenter');
    const ids = await page.locator('[data-step]').evaluateAll((s) => s.map((x) => x.getAttribute('data-step')!));
    const column = page.locator('.present-text');
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.getByRole('button', { name: /^(Next)$/ }).click();
      await expect(presenter).toHaveAttribute('data-current', id);
      const { scroll, client } = await column.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(scroll, `step ${id}: text ${scroll}px in a ${client}px column`).toBeLessThanOrEqual(client + 1);
      // The type stays larger than a page's.
      expect(await column.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), id).toBeGreaterThanOrEqual(18);
      for (const control of ['[data-prev]', '[data-next]'])
        expect(await inViewUncovered(page, control), `${id} ${control}`).toBe('ok');
    }
  });
}

for (const { name, viewport, scale } of [
  { name: '390×844', viewport: { width: 390, height: 844 }, scale: 1 },
  { name: '320×640', viewport: { width: 320, height: 640 }, scale: 1 },
  { name: '200% zoom (640×360 at 2×)', viewport: { width: 640, height: 360 }, scale: 2 },
]) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor: scale });
    test(`Previous/Next stay in view and nothing scrolls sideways at ${name}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('present/?step=ciudad-juarez');
      await mapReady(page);
      for (const control of ['[data-prev]', '[data-next]'])
        expect(await inViewUncovered(page, control), control).toBe('ok');
      await page.locator('[data-next]').click();
      await expect(page.locator('atlas-presenter')).not.toHaveAttribute('data-current', 'ciudad-juarez');
      for (const control of ['[data-prev]', '[data-next]'])
        expect(await inViewUncovered(page, control), control).toBe('ok');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'sideways scroll in px').toBeLessThanOrEqual(0);
    });
  });
}

test('the presenter takes the page colours, light by default and dark with the system, and axe passes in both', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto('present/?step=tamaulipas');
  await mapReady(page);
  const colours = () =>
    page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      // Resolve the tokens to the same rgb() form as computed colours.
      const probe = document.createElement('span');
      document.body.append(probe);
      const resolve = (v: string) => {
        probe.style.color = v;
        return getComputedStyle(probe).color;
      };
      const out = {
        paper: resolve(root.getPropertyValue('--c-paper')),
        ink: resolve(root.getPropertyValue('--c-ink')),
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.present-step:not([hidden]) h2')!).color,
      };
      probe.remove();
      return out;
    });
  const light = await colours();
  expect(light.background).toBe(light.paper);
  expect(light.text).toBe(light.ink);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(dark.paper).not.toBe(light.paper);
  expect(dark.background).toBe(dark.paper);
  expect(dark.text).toBe(dark.ink);
  await expectNoAxeViolations(page);
});

test('the presenter prints dark text on light paper', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('present/?step=tamaulipas');
  await expect(page.locator('atlas-presenter')).toHaveAttribute('data-current', 'tamaulipas');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  };
  const { text, background, points } = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('[data-step="tamaulipas"] h2')!).color,
    points: getComputedStyle(document.querySelector('[data-step="tamaulipas"] .present-points li')!).color,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  expect(luminance(text)).toBeLessThan(0.25);
  expect(luminance(points)).toBeLessThan(0.25);
  // Transparent (the paper) or light.
  expect(background === 'rgba(0, 0, 0, 0)' || luminance(background) > 0.9, background).toBe(true);
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
