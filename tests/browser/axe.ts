import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export interface Violation {
	id: string;
	impact: ImpactValue | undefined;
	help: string;
	/** Where, as CSS selectors, with axe's summary of what is wrong there. */
	nodes: string[];
}

/**
 * The page's serious and critical accessibility violations, by axe-core run inside it. The app's
 * CSP forbids inline scripts, so the page must come from a context made with `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
	await page.addScriptTag({ content: axeSource });
	// With the target-size rule (WCAG 2.2, 24 px), off by default in axe but on in Lighthouse.
	const results = await page.evaluate(() =>
		(
			window as unknown as {
				axe: { run(context: Document, options: object): Promise<AxeResults> };
			}
		).axe.run(document, { rules: { 'target-size': { enabled: true } } })
	);
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({
			id: v.id,
			impact: v.impact ?? undefined,
			help: v.help,
			nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
		}));
}
