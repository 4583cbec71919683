import type { Day } from '../../map/color';
import type { Report } from '../../seed/types';
import type { TextBlock } from '../export/textLayout';
import { dayText, longDate } from '../format';
import { verbIn } from '../gloss';
import { t, type Lang } from '../i18n';
import { silentOfficial, turnsOf } from '../meetings';
import type { Step } from './steps';

/** Between the verb and the words: a full-width space, as Chinese type sets a gap. */
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * What a saved image of a step says beside its map: for a meeting, the province and day, then the
 * meeting and every statement word for word, each speaker named where the word passes to them; for
 * the title, the lead; for the overview, each day's provinces. Officials' titles and names and the
 * statements as the article wrote them, whatever the language.
 */
export function slideText(
	step: Step,
	report: Pick<Report, 'lead'>,
	days: readonly Day[],
	names: Record<string, string>,
	lang: Lang
): { subtitle: string; blocks: TextBlock[] } {
	if (step.kind === 'title') {
		const lead = report.lead ? report.lead.split('\n') : [];
		return {
			subtitle: t(lang, 'titleStep'),
			blocks: lead.map((text) => ({ text, style: 'body' }))
		};
	}
	if (step.kind === 'overview') {
		const sep = lang === 'zh' ? '、' : ', ';
		return {
			subtitle: t(lang, 'overviewStep'),
			blocks: days.map((d) => ({
				text: `${dayText(d, lang)}${t(lang, 'colon')}${d.codes.map((c) => names[c] ?? c).join(sep)}`,
				style: 'body'
			}))
		};
	}
	const { meeting } = step;
	const chair = silentOfficial(meeting);
	const blocks: TextBlock[] = [{ text: meeting.meeting, style: 'note' }];
	if (chair) blocks.push({ text: `${chair.title}${chair.name}`, style: 'strong' });
	for (const { statement, newSpeaker } of turnsOf(meeting)) {
		if (newSpeaker) {
			const who = statement.speaker;
			blocks.push({
				text: who ? `${who.title}${who.name}` : t(lang, 'theMeeting'),
				style: 'strong'
			});
		}
		blocks.push({
			text: `${verbIn(statement.verb, lang)}${IDEOGRAPHIC_SPACE}${statement.text}`,
			style: 'body'
		});
	}
	return {
		subtitle: `${names[meeting.region.code] ?? meeting.region.name} · ${longDate(meeting.date, lang)}`,
		blocks
	};
}
