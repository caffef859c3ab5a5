import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a page: what blocks or seriously hinders someone using assistive technology. */
const failing = new Set(['critical', 'serious']);

/** One line per failing rule: its id, impact, help text and the first few offending elements. */
function describe(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
    .join('\n');
  return `${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
}

/**
 * Waits for finite CSS transitions and animations to end: a dialog still fading in has text and
 * buttons at partial opacity, which axe measures as low contrast though nobody reads it mid-fade.
 * Endless ones (loaders) are left running; they never settle.
 */
async function settledAnimations(page: Page): Promise<void> {
  // Two frames first: Mantine starts a transition one frame after the element mounts.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) inside the page as it is now and returns the critical and
 * serious violations, described for a test failure message; empty when the page passes.
 */
export async function accessibilityFaults(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await settledAnimations(page);
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts (addScriptTag).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations.filter((v) => failing.has(v.impact ?? '')).map(describe);
}
