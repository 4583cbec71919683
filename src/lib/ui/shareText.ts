import { summarize } from '../library/summary';
import type { Report } from '../seed/types';
import { longDate } from './format';
import { t, type Lang } from './i18n';
import { daySpan } from './library/daySpan';

/**
 * What a shared link says of its article (the description and the picture): how many provinces
 * met and on which days, and who published it when the article says (seed/source.ts).
 */
export function shareText(report: Report, lang: Lang): { summary: string; published: string } {
	const { counts, dates, outlet, published } = summarize(report);
	const provinces = t(lang, counts.regions === 1 ? 'provinceOne' : 'provinces', {
		n: counts.regions
	});
	return {
		summary: t(lang, 'shareSummary', { provinces, span: daySpan(dates, lang) }),
		published: [outlet, published && longDate(published, lang)].filter(Boolean).join(' · ')
	};
}
