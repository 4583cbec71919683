import type { Locator, Page } from 'playwright-core';

/** A province's link in the list beside the map. */
export const listEntry = (page: Page, name: string): Locator =>
	page.locator('.region-list a').filter({ hasText: name }).first();
