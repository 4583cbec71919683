import { REGIONS } from '../../geo/regions';
import type { Day } from '../../map/color';
import { fitToMap } from '../../map/fitToMap';
import { mapLabels } from '../../map/labels';
import { regionStyles } from '../../map/regionStyle';
import type { MapShapes } from '../../map/shapes';
import { phrasesOf } from '../../seed/phrases';
import type { Report } from '../../seed/types';
import { mapDescription } from '../describe';
import { matchLines } from '../explore/counts';
import { phraseMatches, searchMeetings } from '../explore/matches';
import { labelDate } from '../format';
import type { Locale } from '../locale.svelte';
import { lit, mentionedIn } from './lit';
import { Selection, type ParamWriter } from './selection.svelte';

/** What a map page is drawn from: its load's data. */
export interface MapPageData {
	report: Report | null;
	days: Day[];
	shapes: MapShapes;
}

const CODES = REGIONS.map((r) => r.code);

/**
 * The state of a page that shows an article's map with its panel (the map page, the embed): the
 * selected region, the search or quoted phrase, the day kept lit, and what the map draws from
 * them. The URL holds the choices (`?region=`, `?q=`, `?phrase=`); the day lit is the page's own.
 */
export class MapPage {
	readonly selection: Selection;
	/** The day (or 'none': the regions not mentioned) the legend or timeline keeps lit, or previews. */
	pinned = $state<string | null>(null);
	preview = $state<string | null>(null);

	readonly report: Report | null;
	readonly meetings: Report['meetings'];
	readonly query: string;
	readonly phrase: string | null;
	readonly phrases: ReturnType<typeof phrasesOf>;
	readonly matches: ReturnType<typeof searchMeetings>;
	/** A line for each region the search or phrase found (e.g. '3 处'), by code. */
	readonly extra: Record<string, string>;
	/** The regions the article does not mention. */
	readonly unmentioned: string[];
	readonly styles: ReturnType<typeof regionStyles>;
	readonly labels: ReturnType<typeof fitToMap>['labels'];
	readonly description: string;

	readonly #write: (changes: Record<string, string | null>, replace?: boolean) => Promise<void>;

	constructor(
		data: () => MapPageData,
		params: () => URLSearchParams,
		write: (changes: Record<string, string | null>, replace?: boolean) => Promise<void>,
		locale: Locale,
		later?: (task: () => void) => void
	) {
		this.#write = write;
		this.selection = new Selection(params, write as ParamWriter, later);
		this.report = $derived(data().report);
		this.meetings = $derived(this.report?.meetings ?? []);
		// Explore: a search (?q=) or a quoted phrase (?phrase=) lights the provinces that say it,
		// with how often on their labels. One at a time: choosing one clears the other.
		this.query = $derived(params().get('q') ?? '');
		this.phrase = $derived(params().get('phrase') || null);
		this.phrases = $derived(phrasesOf({ meetings: this.meetings }));
		this.matches = $derived(
			this.phrase
				? phraseMatches(this.meetings, this.phrase)
				: searchMeetings(this.meetings, this.query)
		);
		this.extra = $derived(matchLines(this.matches, locale.lang));
		this.unmentioned = $derived(
			CODES.filter((c) => !this.meetings.some((m) => m.region.code === c))
		);
		const highlighted = $derived(
			lit(this.preview ?? this.pinned, data().days, this.unmentioned, this.matches)
		);
		this.styles = $derived(regionStyles(CODES, data().days, this.selection.code, highlighted));
		// Where two labels would touch (an English name, a search's count line), one takes a
		// shorter form.
		this.labels = $derived.by(() => {
			const { days, shapes } = data();
			const labels = mapLabels(
				REGIONS,
				days,
				(r) => locale.names[r.code] ?? r.name,
				(iso) => labelDate(iso, locale.lang),
				this.extra
			);
			return fitToMap(labels, shapes, { mentioned: mentionedIn(days) }).labels;
		});
		this.description = $derived(
			mapDescription(data().days, locale.names, CODES.length, locale.lang)
		);
	}

	/** A new search is a history entry; refining it keystroke by keystroke is not. */
	search = (q: string): void => {
		if (q === this.query && !this.phrase) return;
		this.pinned = null;
		void this.#write({ q: q || null, phrase: null }, this.query !== '' && q !== '');
	};

	choosePhrase = (p: string | null): void => {
		this.pinned = null;
		void this.#write({ phrase: p, q: null });
	};

	/** Another article: its regions and days are not this one's, so selection and pin go. */
	chooseReport = (id: string): void => {
		this.pinned = null;
		this.selection.drop();
		// A search carries over to another article; a quoted phrase is this article's own.
		void this.#write({ report: id, reports: null, own: null, region: null, phrase: null });
	};
}
