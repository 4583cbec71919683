import type { Meeting } from '../../seed/types';
import { missingRegion, moveTo, presentSteps, stepIndex, stepParams, type Step } from './steps';

/** A move through the steps by key or button, as moveTo() takes it. */
type Move = Parameters<typeof moveTo>[2];

/**
 * Where the talk is: the report's steps, and the one the URL names. A move sets the URL, not a
 * variable, so Back steps back and a reload or a bookmark returns to the same step.
 */
export class Deck {
	readonly steps: Step[];
	readonly index: number;
	readonly step: Step;
	/** The province presented, or null on the title and the overview. */
	readonly selected: string | null;
	/** The meetings: every step but the title and the overview. */
	readonly total: number;
	readonly atEnd: boolean;
	/** The URL's `region` when it names no meeting of the article, to say so; else null. */
	readonly missing: string | null;
	#onparams: (params: ReturnType<typeof stepParams>) => void;

	constructor(
		meetings: () => readonly Meeting[],
		params: () => URLSearchParams,
		onparams: (params: ReturnType<typeof stepParams>) => void
	) {
		this.steps = $derived(presentSteps(meetings()));
		const asked = () => ({ region: params().get('region'), step: params().get('step') });
		this.index = $derived(stepIndex(this.steps, asked()));
		this.missing = $derived(missingRegion(this.steps, asked()));
		this.step = $derived(this.steps[this.index]!);
		this.selected = $derived(this.step.kind === 'meeting' ? this.step.meeting.region.code : null);
		this.total = $derived(this.steps.length - 2);
		this.atEnd = $derived(this.index === this.steps.length - 1);
		this.#onparams = onparams;
	}

	/** Shows step `i`, held within the steps; the step already shown adds no history entry. */
	go = (i: number) => {
		const target = Math.max(0, Math.min(this.steps.length - 1, i));
		if (target !== this.index) this.#onparams(stepParams(this.steps[target]!, this.steps));
	};

	move = (move: Move) => this.go(moveTo(this.steps, this.index, move));
}
