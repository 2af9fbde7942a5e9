// The Chromium the measuring scripts (bench, shots) launch: Debian's, with a software WebGL so the
// map draws the same on every machine, and nothing that talks to Google in the background.
import { chromium, type Browser } from '@playwright/test';

export function launchMeasuringChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}
