// For journalists: the embed code works when pasted into another page, the PNG is a real image of
// the view, and the citation names the view's URL.
import { expect, test, mapReady } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

test('the embed code renders the map in an iframe on another page, with no error and nothing off-site', async ({
  page,
  context,
}) => {
  await page.goto('?corridor=tamaulipas');
  await mapReady(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.locator('[data-embed-code]').inputValue();
  expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  expect(code).toContain('corridor=tamaulipas');
  expect(code).toContain('title="');
  await page.keyboard.press('Escape');

  const host = await context.newPage();
  const errors: string[] = [];
  host.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  host.on('pageerror', (e) => errors.push(e.message));
  // A local test page standing in for the publisher's article. It is served on the atlas's own
  // origin because Chromium's local-network-access checks block a page on one loopback origin from
  // framing another; on the web the atlas and the publisher are both public and this does not apply.
  const publisher = new URL('/publisher-article.html', page.url()).href;
  await host.route(publisher, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Publisher</title></head><body><h1>An article</h1>${code}</body></html>`,
    }),
  );
  await host.goto(publisher);
  const frame = host.frameLocator('iframe');
  await mapReady(frame);
  await expect(frame.locator('[data-embed-source]')).toContainText('InSight Crime 2023; Izcara-Palacios 2023');
  // The optional resize script fits the frame to its content.
  await expect
    .poll(async () => host.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
    .toMatch(/px$/);
  expect(errors).toEqual([]);
  await host.close();
});

test('the embed’s height follows its content both ways, and embed.js resizes only the atlas’s own frame', async ({
  page,
  baseURL,
}) => {
  // A publisher's page on the atlas's origin (see the test above), with the embed, the resize script
  // and another frame from an opaque origin that will claim a height of its own.
  const publisher = new URL('/publisher-resize.html', baseURL).href;
  const other = `<script>addEventListener('message', () => parent.postMessage({ type: 'border-corridors-atlas:height', height: 3000 }, '*'))</script>`;
  await page.route(publisher, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Publisher</title></head><body><h1>An article</h1>
        <div style="width:600px"><iframe src="${new URL('embed/', baseURL).href}" title="Atlas" width="100%" height="560" style="border:0;width:100%"></iframe></div>
        <iframe name="other" title="Other" sandbox="allow-scripts" srcdoc="${other.replace(/"/g, '&quot;')}"></iframe>
        <script src="${new URL('embed.js', baseURL).href}"></script></body></html>`,
    }),
  );
  await page.goto(publisher);
  const atlas = page.locator('iframe[title="Atlas"]');
  const frame = page.frameLocator('iframe[title="Atlas"]');
  await mapReady(frame);
  const height = () => atlas.evaluate((f) => f.getBoundingClientRect().height);
  // The frame settles: the resize script has set its height and it stays there.
  let last = 0;
  await expect
    .poll(async () => {
      const [before, now] = [last, (last = await height())];
      return now === before && (await atlas.evaluate((f) => f.style.height)) !== '';
    })
    .toBe(true);
  const first = last;

  // The other frame asks the page to resize it (a message the resize script must ignore).
  await page
    .locator('iframe[name="other"]')
    .evaluate((f: HTMLIFrameElement) => f.contentWindow!.postMessage('go', '*'));

  // On a column-wide frame the legend starts folded. Opening it grows the frame; closing it brings the frame back to its first height.
  await frame.locator('[data-legend] summary').click();
  await expect.poll(height).toBeGreaterThan(first + 100);
  await frame.locator('[data-legend] summary').click();
  await expect.poll(async () => Math.abs((await height()) - first)).toBeLessThanOrEqual(4);

  // The frame is as tall as what it shows, no more.
  const content = await frame.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom));
  expect(Math.abs((await height()) - content)).toBeLessThanOrEqual(2);
  // The other frame's message was handled before the atlas's later ones: it changed nothing.
  expect(await page.locator('iframe[name="other"]').evaluate((f) => f.style.height)).toBe('');
});

test('the PNG download is an image of the view with its title band and legend', async ({ page }) => {
  await page.goto('corridors/ciudad-juarez/');
  await mapReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('border-corridors-atlas-ciudad-juarez.png');
  const file = await download.path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const canvas = await page.locator('[data-map-canvas] canvas').boundingBox();
  expect(width).toBeGreaterThanOrEqual(Math.floor(canvas!.width));
  expect(height).toBeGreaterThan(canvas!.height + 100);
});

test('"Cite" gives text, BibTeX and CSL-JSON with the view URL', async ({ page }) => {
  await page.goto('?corridor=sonoran-desert');
  await mapReady(page);
  await page.getByRole('button', { name: 'Cite' }).click();
  const text = await page.locator('[data-cite-out="text"]').inputValue();
  expect(text).toContain('corridor=sonoran-desert');
  expect(text).toContain('InSight Crime (2023)');
  expect(await page.locator('[data-cite-out="bibtex"]').inputValue()).toMatch(/^@misc\{/);
  const csl = JSON.parse(await page.locator('[data-cite-out="csl"]').inputValue()) as [{ URL: string }];
  expect(csl[0].URL).toContain('corridor=sonoran-desert');
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[data-dialog="cite"]')).not.toBeVisible();
});
