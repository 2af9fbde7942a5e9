/**
 * The outline of a source document: every sentence of its body with a stable id (section,
 * paragraph, sentence: `c4.p3.s2`), the footnote numbers attached to it and the certainty cues it
 * carries. It stores ids, numbers and cue labels, never the document's sentences, so that the atlas
 * can point at exactly what a claim rests on without republishing the text.
 *
 * The documents are text extracted from PDFs. What the parser knows about them, and does openly:
 * paragraphs broken by a page of footnotes are joined again (the second part starts in lower case);
 * footnote definitions, figure titles and their caption lines are told apart from the body; footnote
 * markers glued to text (`2023.27 Ibid.`) and unmarked definitions (`22 Ibid.`) only occur in
 * definitions, which are not body text.
 */
import { cuesIn, type Cue } from './cues.ts';

/** A document's section: its id (used in sentence ids), title, and the source id for text without a footnote. */
export interface OutlineSection {
  id: string;
  title: string;
  source: string;
}

/** One sentence: its id, paragraph kind, footnote numbers and cues. */
export interface OutlineSentence {
  id: string;
  /** `text` for body paragraphs, `figure` for a figure's title and caption lines (the figure itself is missing). */
  kind: 'text' | 'figure' | 'quote' | 'table';
  footnotes: number[];
  cues: Cue[];
  /** The sentence itself: only when asked for (`npm run outline:show`), never written to data/. */
  text?: string;
}

export interface Outline {
  document: string;
  sections: OutlineSection[];
  sentences: OutlineSentence[];
}

interface Block {
  section: string;
  kind: OutlineSentence['kind'];
  text: string;
}

/** Split a paragraph into sentences; footnote markers stay with the sentence they close. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  // A sentence ends at . ? or ! (after an optional closing quote and footnote marker) before a capital,
  // a quote or a digit; not after an ellipsis, an initial or a common abbreviation.
  const re = /([.?!]["”’']?(?:<sup>\d+<\/sup>)?)\s+(?=["“¿(*]?[A-Z0-9ÁÉÍÓÚÑ])/g;
  let start = 0;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[1]!.length;
    const before = paragraph.slice(start, end);
    if (/(?:\.\.\.|\(\.\.\.\))["”’']?$/.test(before)) continue;
    if (/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|vs|etc|al|e\.g|i\.e|pp?|núm)\.["”’']?$/.test(before)) continue;
    out.push(before.trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const FOOTNOTE_MARK = /<sup>(\d+)<\/sup>/g;

/** Turn blocks into numbered sentences: paragraphs per section, figures numbered apart. */
function number(blocks: Block[], doc: string, sections: OutlineSection[], withText: boolean): Outline {
  const sentences: OutlineSentence[] = [];
  const counters = new Map<string, { p: number; f: number }>();
  for (const block of blocks) {
    const c = counters.get(block.section) ?? { p: 0, f: 0 };
    counters.set(block.section, c);
    const para = block.kind === 'figure' ? `f${++c.f}` : `p${++c.p}`;
    // A figure's or table's lines are its sentences: a title, a row, a caption.
    const byLine = block.kind === 'figure' || block.kind === 'table';
    const parts = byLine ? block.text.split('\n') : splitSentences(block.text);
    parts.forEach((sentence, i) =>
      sentences.push({
        id: `${block.section}.${para}.s${i + 1}`,
        kind: block.kind,
        footnotes: [...sentence.matchAll(FOOTNOTE_MARK)].map((m) => Number(m[1])),
        cues: byLine ? [] : cuesIn(sentence.replace(FOOTNOTE_MARK, ''), 'en'),
        ...(withText ? { text: sentence } : {}),
      }),
    );
  }
  return { document: doc, sections, sentences };
}

/** Lines that only carry markup from the PDF: page furniture, stray characters. */
const isNoise = (line: string) => /^(?:\s*|insightcrime\.org)$/.test(line);

/** Join a paragraph that a page break cut: the first part has no closing punctuation, the second starts in lower case. */
function joinBroken(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.findLast((b) => b.kind === block.kind && b.section === block.section);
    const last = out[out.length - 1];
    if (
      block.kind === 'text' &&
      prev &&
      /^[a-z(]/.test(block.text) &&
      !/[.?!:]["”’']?(?:<sup>\d+<\/sup>)?$/.test(prev.text) &&
      (last === prev || last?.kind === 'figure')
    ) {
      prev.text = `${prev.text} ${block.text}`;
      continue;
    }
    out.push({ ...block });
  }
  return out;
}

const REPORT_SECTIONS: Array<OutlineSection & { heading: RegExp }> = [
  { id: 'es', title: 'Executive Summary', source: 'ic-s-summary', heading: /^#+ \**Executive Summary/ },
  { id: 'mf', title: 'Major Findings', source: 'ic-s-findings', heading: /^#+ \**Major Findings/ },
  { id: 'bg', title: 'Background and Context', source: 'ic-s-background', heading: /^#+ \**Background and Context/ },
  { id: 'c1', title: 'Corridor 1: Tijuana-Mexicali', source: 'ic-s-corridor-1', heading: /^#+ \**Corridor 1:/ },
  { id: 'c2', title: 'Corridor 2: The Sonoran Desert', source: 'ic-s-corridor-2', heading: /^#+ \**Corridor 2:/ },
  { id: 'c3', title: 'Corridor 3: Ciudad Juárez', source: 'ic-s-corridor-3', heading: /^#+ \**Corridor 3:/ },
  {
    id: 'c4',
    title: 'Corridor 4: Nuevo Laredo, Reynosa, and Matamoros',
    source: 'ic-s-corridor-4',
    heading: /^#+ \**Corridor 4:/,
  },
  {
    id: 'op',
    title: 'Opportunities for Intervention',
    source: 'ic-s-opportunities',
    heading: /^#+ \**Opportunities for Intervention/,
  },
];

/**
 * The outline of InSight Crime's report, from its Markdown text: the body runs from the Executive
 * Summary to the end of the Opportunities for Intervention.
 * @example outlineReport(text).sentences.find((s) => s.id === 'c4.p5.s2')?.footnotes // => [44]
 */
export function outlineReport(markdown: string, withText = false): Outline {
  const blocks: Block[] = [];
  let section: string | null = null;
  let inFigure = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (/^#+ \**Related Content/.test(line)) break;
    const heading = REPORT_SECTIONS.find((s) => s.heading.test(line));
    if (heading) {
      section = heading.id;
      inFigure = false;
      continue;
    }
    if (!section || isNoise(line)) continue;
    // Footnote definitions: `<sup>12</sup> InSight Crime interview...` or an unmarked `22 Ibid.`.
    if (/^<sup>\d+<\/sup>\s/.test(line) || /^\d+ Ibid\.$/.test(line)) continue;
    // An opportunity printed as a heading by the extraction (`# 4. Create programs...`) is body text.
    const numbered = /^#+ (\d+\. .*)$/.exec(line);
    if (/^#+ /.test(line) && !numbered) {
      // Any other heading inside a section is the title of a figure the extraction lost.
      blocks.push({ section, kind: 'figure', text: line.replace(/^#+\s*|\*/g, '').trim() });
      inFigure = true;
      continue;
    }
    const text = (numbered ? numbered[1]! : line)
      .replace(/^- /, '')
      .replace(/^\d+\.\s+/, '')
      .replace(/\\\$/g, '$');
    // Caption lines under a figure title: a date, or the figure's "Sources:" line.
    if (inFigure && (/^[A-Z][a-z]+ \d{4}$/.test(text) || /^Sources?:/.test(text))) {
      const figure = blocks[blocks.length - 1]!;
      figure.text += `\n${text}`;
      continue;
    }
    inFigure = false;
    blocks.push({ section, kind: 'text', text });
  }
  const sections = REPORT_SECTIONS.map(({ heading: _, ...s }) => s);
  return number(joinBroken(blocks), 'insight-crime-2023', sections, withText);
}

const PAPER_SECTIONS: Array<OutlineSection & { heading: RegExp }> = [
  { id: 'ip0', title: 'Abstract', source: 'ip-paper', heading: /^Abstract:/ },
  { id: 'ip1', title: 'Introduction', source: 'ip-paper', heading: /^Introduction/ },
  {
    id: 'ip2',
    title: 'Consent and the Crime of Sex Trafficking',
    source: 'ip-paper',
    heading: /^Consent and the Crime/,
  },
  { id: 'ip3', title: 'Methodology and Description of the Sample', source: 'ip-paper', heading: /^Methodology and/ },
  {
    id: 'ip4',
    title: 'The Profile of the Perpetrators',
    source: 'ip-paper',
    heading: /^The Profile of the Perpetrators$/,
  },
  { id: 'ip5', title: 'Mexican Cartel Members', source: 'ip-paper', heading: /^Mexican Cartel Members$/ },
  { id: 'ip6', title: 'Nightclub Owners', source: 'ip-paper', heading: /^Nightclub Owners$/ },
  {
    id: 'ip7',
    title: 'Individuals Belonging to Trafficking Groups',
    source: 'ip-paper',
    heading: /^Individuals Belonging to Trafficking Groups$/,
  },
  {
    id: 'ip8',
    title: 'Members of the International Modelling Pseudo-agencies',
    source: 'ip-paper',
    heading: /^Members of the International Modelling/,
  },
  { id: 'ip9', title: 'Freelance Dealers', source: 'ip-paper', heading: /^Freelance Dealers$/ },
  { id: 'ip10', title: 'The pseudonovios', source: 'ip-paper', heading: /^The \*?pseudonovios/ },
  { id: 'ip11', title: 'Conclusion', source: 'ip-paper', heading: /^Conclusion$/ },
  { id: 'ipt1', title: 'Table 1', source: 'ip-table-1', heading: /^Annex\**Table 1/ },
  { id: 'ipt2', title: 'Table 2', source: 'ip-table-2', heading: /^Table 2/ },
  { id: 'ipt3', title: 'Table 3', source: 'ip-table-3', heading: /^Table 3/ },
  { id: 'ipt4', title: 'Table 4', source: 'ip-table-4', heading: /^Table 4$/ },
  { id: 'ipt5', title: 'Table 5', source: 'ip-table-5', heading: /^Table 5$/ },
];

/**
 * The outline of Izcara-Palacios' paper: abstract, body sections, conclusion and the annex tables
 * (each table is one paragraph: its title, its rows as one sentence each, and its notes).
 * @example outlinePaper(text).sentences[0]?.id // => 'ip0.p1.s1'
 */
export function outlinePaper(markdown: string, withText = false): Outline {
  const blocks: Block[] = [];
  let section: (typeof PAPER_SECTIONS)[number] | null = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (/^References$/.test(line)) {
      section = null;
      continue;
    }
    if (/^Interviews quoted in the text$/.test(line)) break;
    const heading = PAPER_SECTIONS.find((s) => s.heading.test(line));
    if (heading) {
      section = heading;
      const rest = line.replace(/^Abstract:\s*/, '');
      if (heading.id === 'ip0' && rest) blocks.push({ section: 'ip0', kind: 'text', text: rest });
      if (heading.id === 'ipt1')
        blocks.push({ section: 'ipt1', kind: 'table', text: 'Country of origin of interviewees' });
      continue;
    }
    if (!section || !line) continue;
    // The paper's own footnotes (`1 This article presents...`, `2 All tables...`) are not body text.
    if (/^\d+ [A-Z]/.test(line) && section.id.startsWith('ip') && !section.id.startsWith('ipt')) continue;
    if (section.id.startsWith('ipt')) {
      blocks.push({ section: section.id, kind: 'table', text: line.replace(/\*/g, '') });
      continue;
    }
    // Interview extracts are set as their own paragraphs ending with "(Name, year)."
    const quote = /\((?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+), (?:19|20)\d{2}\)\.?$/.test(line) && !/^[a-z]/.test(line);
    blocks.push({ section: section.id, kind: quote ? 'quote' : 'text', text: line.replace(/¹/g, '') });
  }
  // Tables: one paragraph per table, one sentence per line.
  const merged: Block[] = [];
  for (const block of blocks) {
    const prev = merged[merged.length - 1];
    if (block.kind === 'table' && prev?.kind === 'table' && prev.section === block.section)
      prev.text += `\n${block.text}`;
    else merged.push({ ...block });
  }
  const sections = PAPER_SECTIONS.map(({ heading: _, ...s }) => s);
  return number(joinBroken(merged), 'izcara-palacios-2023', sections, withText);
}

/**
 * The outline as committed under data/outline/: YAML with one line per sentence, so that a change in
 * the source or the parser shows as a readable diff.
 * @example serializeOutline({ document: 'd', sections: [], sentences: [{ id: 'a.p1.s1', kind: 'text', footnotes: [2], cues: [] }] })
 */
export function serializeOutline(outline: Outline, from: string): string {
  const flow = (s: OutlineSentence) => {
    const parts = [`id: ${s.id}`];
    if (s.kind !== 'text') parts.push(`kind: ${s.kind}`);
    if (s.footnotes.length) parts.push(`footnotes: [${s.footnotes.join(', ')}]`);
    if (s.cues.length) parts.push(`cues: [${s.cues.join(', ')}]`);
    return `  - { ${parts.join(', ')} }`;
  };
  return [
    `# Generated by \`npm run outline\` from ${from}: do not edit by hand.`,
    '# Ids, footnote numbers and certainty cues only; the sentences themselves stay in the document.',
    `document: ${outline.document}`,
    'sections:',
    ...outline.sections.map((s) => `  - { id: ${s.id}, title: ${JSON.stringify(s.title)}, source: ${s.source} }`),
    'sentences:',
    ...outline.sentences.map(flow),
    '',
  ].join('\n');
}

/** The documents with an outline: their file under ../shared/sources/ and their parser. */
export const OUTLINED_DOCUMENTS = [
  {
    document: 'insight-crime-2023',
    file: 'insight-crime-2023-geography-of-human-trafficking-us-mexico-border.md',
    parse: outlineReport,
  },
  {
    document: 'izcara-palacios-2023',
    file: 'izcara-palacios-2023-sex-trafficking-in-mexico-perpetrators-profile.md',
    parse: outlinePaper,
  },
] as const;

/**
 * The source id that stands for a section's text without a footnote.
 * @example sectionSource('c4') // => 'ic-s-corridor-4'
 * @example sectionSource('ipt3') // => 'ip-table-3'
 */
export function sectionSource(section: string): string | undefined {
  return [...REPORT_SECTIONS, ...PAPER_SECTIONS].find((s) => s.id === section)?.source;
}
