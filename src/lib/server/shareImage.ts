import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { render } from 'svelte/server';
import { dayText } from '../ui/format';
import { t, type Lang } from '../ui/i18n';
import { fillsByCode, meetingDays, NEUTRAL } from '../map/color';
import ShareImage from '../map/ShareImage.svg.svelte';
import type { Report } from '../seed/types';
import { shareText } from '../ui/shareText';
import { PageCache } from './pageCache';
import { svgMap } from './svgMap';

/** Open Graph's large image: what Facebook, LinkedIn and X show a link with. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The faces the picture is set in: the system's Noto Sans CJK (Debian's fonts-noto-cjk, which the
 * browser tests need too), given to the renderer as files, so nothing is fetched; any other system
 * font with CJK glyphs where those files are not.
 */
const FONT = 'Noto Sans CJK SC';
const FONT_FILES = ['Regular', 'Bold'].map(
	(weight) => `/usr/share/fonts/opentype/noto/NotoSansCJK-${weight}.ttc`
);

/**
 * What the picture is made from, as a short hash: the report and the build (which draws it). It
 * names the picture in its URL (`?v=`), so a cache may keep it for good; every copy of the server
 * gives the same one.
 */
export function shareVersion(report: Report, build: string): string {
	return createHash('sha256')
		.update(build)
		.update(JSON.stringify(report))
		.digest('base64url')
		.slice(0, 16);
}

/** The picture as SVG: the map in its day colors beside the title, summary, legend and credit. */
export function shareSvg(report: Report, lang: Lang = 'zh'): string {
	const days = meetingDays(report.meetings);
	const { summary, published } = shareText(report, lang);
	const mentioned = new Set(days.flatMap((d) => d.codes)).size;
	const legend = [
		...days.map((d) => ({
			color: d.color,
			label: `${dayText(d, lang)} · ${t(lang, d.codes.length === 1 ? 'provinceOne' : 'provinces', { n: d.codes.length })}`
		})),
		{ color: NEUTRAL, label: `${t(lang, 'notMentioned')} · ${34 - mentioned}` }
	];
	const mapCredit = `${t(lang, 'mapCredit')}${t(lang, 'colon')}Apache ECharts 4.9.0 (Apache-2.0)`;
	const { body } = render(ShareImage, {
		props: {
			shapes: svgMap(),
			fills: fillsByCode(days),
			title: report.title,
			kicker: t(lang, 'appName'),
			summary,
			legend,
			credit: [published, mapCredit].filter(Boolean).join(' · '),
			font: FONT
		}
	});
	return body;
}

const images = new PageCache<Promise<Uint8Array>>(32);

/**
 * The picture as PNG, drawn once per report, version and language and kept for the next request (requests
 * that come while it is drawn wait for the same drawing). Drawn off the event loop (resvg's
 * renderAsync): reading the CJK faces takes the renderer a second or two, every time.
 */
export function sharePng(report: Report, version: string, lang: Lang = 'zh'): Promise<Uint8Array> {
	const key = `${report.id} ${version} ${lang}`;
	const kept = images.get(key);
	if (kept) return kept;
	const files = FONT_FILES.filter((file) => existsSync(file));
	const png = renderAsync(shareSvg(report, lang), {
		fitTo: { mode: 'width', value: SHARE_SIZE.width },
		font: { fontFiles: files, loadSystemFonts: files.length === 0, defaultFontFamily: FONT }
	}).then((image) => new Uint8Array(image.asPng()));
	images.set(key, png);
	png.catch(() => images.delete(key));
	return png;
}
