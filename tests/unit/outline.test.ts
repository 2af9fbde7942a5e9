// The outline of each source document: the parser's handling of the PDF-extraction quirks, and the
// committed data/outline/ files re-derived from ../shared/sources/ wherever that folder is present.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLINED_DOCUMENTS, outlineReport, serializeOutline, splitSentences } from '../../src/lib/outline.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sourcesDir = process.env.SOURCES_DIR ?? path.resolve(root, '../shared/sources');
const haveSources = existsSync(path.join(sourcesDir, OUTLINED_DOCUMENTS[0].file));

describe(
  haveSources
    ? 'the committed outlines'
    : `the committed outlines (skipped: the source documents are not at ${sourcesDir}; set SOURCES_DIR)`,
  () => {
    for (const doc of OUTLINED_DOCUMENTS)
      it.skipIf(!haveSources)(`data/outline/${doc.document}.yaml is what \`npm run outline\` derives now`, () => {
        const derived = serializeOutline(
          doc.parse(readFileSync(path.join(sourcesDir, doc.file), 'utf8')),
          `../shared/sources/${doc.file}`,
        );
        const committed = readFileSync(path.join(root, `data/outline/${doc.document}.yaml`), 'utf8');
        expect(committed, 'run `npm run outline` and commit data/outline/').toBe(derived);
      });
  },
);

const REPORT = `
# **Executive Summary**

Groups operate here. Estimates vary, but several hundred groups may exist.<sup>1</sup>

<sup>1</sup> Lantia Intelligence, "Mapa criminal: México," 2019-2020.

# **Corridor 2: The Sonoran Desert**

There are rumors, for instance, of "rape trees" -- known

<sup>23</sup> US Immigration and Customs Enforcement (ICE), "San Diego-based...," 11 April 2023.

places where sexual assault occurs -- but little evidence to substantiate these claims.<sup>24</sup> Sources said it is opportunistic.<sup>25</sup>

22 Ibid.

### A Blurry Line Between Human Smuggling and Human Trafficking

May 2023

Sources: InSight Crime Investigations and interviews with migrants and activists

Others called it the trial of the century,<sup>35</sup> but it did little.<sup>36</sup> As one pastor put it, "It's hush-hush. ... You hear about it."<sup>50</sup>

# **Opportunities for Intervention**

1. Increase special training for law enforcement.

# 4. Create programs that include trustworthy interlocutors.

# **Related Content**

Learn more.
`;

describe('outlineReport', () => {
  const o = outlineReport(REPORT, true);
  const byId = new Map(o.sentences.map((s) => [s.id, s]));

  it("numbers section, paragraph and sentence, with each sentence's footnotes and cues", () => {
    expect(byId.get('es.p1.s1')).toMatchObject({ footnotes: [], cues: [] });
    expect(byId.get('es.p1.s2')).toMatchObject({ footnotes: [1], cues: ['possibility', 'attribution'] });
  });

  it('keeps footnote definitions, unmarked "22 Ibid." and related content out of the body', () => {
    expect(o.sentences.map((s) => s.text).join(' ')).not.toMatch(/Lantia|Ibid|Learn more|Immigration and Customs/);
  });

  it('joins a paragraph that a page of footnotes cut in two', () => {
    expect(byId.get('c2.p1.s1')?.text).toMatch(/known places where sexual assault occurs/);
    expect(byId.get('c2.p1.s1')).toMatchObject({ footnotes: [24], cues: ['unverified', 'possibility'] });
  });

  it("keeps a lost figure's title and caption lines apart, with no cues (May is a month)", () => {
    expect(o.sentences.filter((s) => s.kind === 'figure').map((s) => [s.id, s.text, s.cues])).toEqual([
      ['c2.f1.s1', 'A Blurry Line Between Human Smuggling and Human Trafficking', []],
      ['c2.f1.s2', 'May 2023', []],
      ['c2.f1.s3', 'Sources: InSight Crime Investigations and interviews with migrants and activists', []],
    ]);
  });

  it('keeps two footnotes of one sentence, and does not split a quotation at an ellipsis', () => {
    expect(byId.get('c2.p2.s1')?.footnotes).toEqual([35, 36]);
    expect(byId.get('c2.p2.s2')).toMatchObject({ footnotes: [50], cues: ['attribution'] });
    expect(byId.has('c2.p2.s3')).toBe(false);
  });

  it('reads numbered opportunities, even one the extraction made a heading, without their numbers', () => {
    expect(o.sentences.filter((s) => s.id.startsWith('op.')).map((s) => s.text)).toEqual([
      'Increase special training for law enforcement.',
      'Create programs that include trustworthy interlocutors.',
    ]);
  });

  it('writes ids, numbers and cues only, never the sentences', () => {
    const yaml = serializeOutline(outlineReport(REPORT), 'test');
    expect(yaml).toContain('- { id: c2.p1.s1, footnotes: [24], cues: [unverified, possibility] }');
    expect(yaml).not.toMatch(/rape trees|Lantia|hush/);
  });
});

describe('splitSentences', () => {
  it('splits after a closing footnote marker, not after an initial or an abbreviation', () => {
    expect(splitSentences('He met Dr. Ruiz in the U.S. in May.<sup>3</sup> Then he left.')).toEqual([
      'He met Dr. Ruiz in the U.S. in May.<sup>3</sup>',
      'Then he left.',
    ]);
  });
});
