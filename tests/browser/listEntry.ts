import type { Locator, Page } from 'playwright-core';

/** A province in the list beside the map, whether the list offers links or buttons. */
export const listEntry = (page: Page, name: string): Locator =>
	page.locator('.region-list').locator('a, button').filter({ hasText: name }).first();
