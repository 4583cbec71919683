import { resolve } from '$app/paths';
import type { Report } from '../seed/types';
import { t, type Lang } from '../ui/i18n';
import { shareText } from '../ui/shareText';
import { SHARE_SIZE, shareVersion } from './shareImage';

/** What a shared link shows (Open Graph and Twitter cards): every page's, from its article. */
export interface ShareMeta {
	title: string;
	description: string;
	/** The picture's absolute URL (cards need one), or null with no article to draw. */
	image: { url: string; alt: string; width: number; height: number } | null;
}

/**
 * The card of a page showing `report`, at `url`. The picture is named by its version, so it is
 * cached for good and a changed article gets a new one (routes/og/[id].png).
 */
export function shareMeta(report: Report | null, url: URL, lang: Lang, build: string): ShareMeta {
	const app = t(lang, 'appName');
	if (!report) return { title: app, description: t(lang, 'noReport'), image: null };
	const { summary, published } = shareText(report, lang);
	const path = resolve('/og/[id].png', { id: report.id });
	const image = new URL(path, url.origin);
	image.searchParams.set('v', shareVersion(report, build));
	if (lang !== 'zh') image.searchParams.set('lang', lang);
	return {
		title: `${report.title} · ${app}`,
		description: published ? `${summary} ${published}` : summary,
		image: { url: image.href, alt: `${report.title}: ${summary}`, ...SHARE_SIZE }
	};
}
