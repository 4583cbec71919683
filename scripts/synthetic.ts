/**
 * Articles of the genre, made up, for the benchmarks: a title line, then <div><span> paragraphs as
 * the seed is saved (a lead, and for each region a meeting, its secretary's words and a closing
 * line), every region meeting in turn until the article weighs what is asked.
 */
import { REGIONS, type Region } from '../src/lib/geo/regions';

/** The seed's paragraph indent: two ideographic spaces. */
const INDENT = '\u3000\u3000';

export interface SyntheticOptions {
	/** The title line, as a seed list writes it. */
	title?: string;
	year?: number;
	month?: number;
	/** The regions that meet, in turn. */
	regions?: readonly Region[];
	/** A line to end the article with (a newspaper's footer). */
	footer?: string;
	/** Words every third meeting's secretary says, for a search to find. */
	phrase?: string;
}

const block = (text: string) =>
	`<div><span style='font-size:16px;line-height:25px;text-indent:30px'> ${INDENT}${text}</span></div><div>&nbsp;</div>`;

/** A seed-like article of at least `bytes` bytes of UTF-8. */
export function syntheticArticle(bytes: number, options: SyntheticOptions = {}): string {
	const {
		title = '16各地部署开展第二批主题教育（合成测试文章）.txt',
		year = 2019,
		month = 9,
		regions = REGIONS,
		footer,
		phrase
	} = options;
	const parts = [
		`${title}\n`,
		block('连日来，各地以高度的政治自觉全面部署开展第二批主题教育，推动&ldquo;两个维护&rdquo;。')
	];
	let size = Buffer.byteLength(parts.join(''));
	for (let i = 0; size < bytes; i++) {
		const region = regions[i % regions.length]!;
		const day = (i % 28) + 1;
		const date = i === 0 ? `${year}年${month}月${day}日` : `${month}月${day}日`;
		const name = `王${'明华建国'[i % 4]}${'平安'[i % 2]}`;
		const speech =
			'要深入学习贯彻有关重要指示精神，坚持主题不变、标准不降、力度不减，把工作往实里做。'.repeat(
				1 + (i % 6)
			);
		const said = phrase && i % 3 === 0 ? `要${phrase}。${speech}` : speech;
		const meeting = [
			block(`${date}，${region.name}召开主题教育部署会议。省委书记${name}指出，${said}`),
			block(`${name}强调，${speech}`),
			block('会议还对有关工作作了安排。')
		].join('');
		parts.push(meeting);
		size += Buffer.byteLength(meeting);
	}
	if (footer) parts.push(block(footer));
	return parts.join('');
}
