import type { Citation } from '../../seed/types';
import { publishedBy } from '../cite/citeStatement';
import { t, type Lang } from '../i18n';

/** The map data's credit, as the map page gives it under the map. */
export const MAP_DATA = 'Apache ECharts 4.9.0（Apache-2.0）';

/**
 * The credit an export carries: who published the article and when (and where), when it says,
 * then whose map data it is. '来源：光明日报，2023年11月3日 · 地图：Apache ECharts 4.9.0（Apache-2.0）'.
 */
export function exportCredit(citation: Citation | null, lang: Lang): string[] {
	const by = citation && publishedBy(citation, lang);
	const source = [by, citation?.url].filter(Boolean).join(t(lang, 'listComma'));
	return [
		...(source ? [`${t(lang, 'citedFrom')}${t(lang, 'colon')}${source}`] : []),
		`${t(lang, 'mapCredit')}${t(lang, 'colon')}${MAP_DATA}`
	];
}
