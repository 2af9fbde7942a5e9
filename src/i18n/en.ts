/**
 * Interface text in English, looked up by key. The Spanish table (es.ts) must have exactly these
 * keys: its type is derived from this one, so a missing key fails the type-check.
 * `{name}` marks a value filled in by `format` in src/i18n/index.ts.
 */
export const en = {
  'lang.name': 'English',
  'site.title': 'Border Corridors Atlas',
  'site.tagline': 'Human trafficking along the US-Mexico border, every claim one click from its source',
  'site.skip': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Atlas',
  'nav.corridors': 'Corridors',
  'nav.sources': 'Sources',
  'nav.about': 'About',
  'footer.built':
    'Built from InSight Crime, “The Geography of Human Trafficking on the US-Mexico Border” (2023), and Izcara-Palacios, “Sex Trafficking in Mexico: Perpetrators’ Profile” (2023).',
  'footer.privacy': 'This site makes no request to any other host: no analytics, no fonts, no tiles, no tracking.',
  'footer.licence': 'Text and data: CC BY 4.0. Code: MIT.',

  'home.description':
    'An atlas of human trafficking along the US-Mexico border: four corridors, who runs the trade, where officials are involved, and what evidence exists, each claim linked to its source.',
  'home.lead':
    'InSight Crime studied four stretches of the US-Mexico border in 2021 and 2022 and found that human trafficking there looks different in each. This atlas sets out what the report found, corridor by corridor, and links every statement to the footnote behind it.',
  'home.corridors': 'The four corridors',
  'home.readCorridor': 'Read the corridor',
  'home.summary': 'In brief',
  'home.findings': 'Major findings',
  'home.background': 'Background',
  'home.figures': 'Figures the report gives',
  'home.national': 'Beyond the border: the national picture',
  'home.opportunities': 'Opportunities for intervention',
  'home.addresses': 'Most relevant to',

  'note.title': 'Content note',
  'note.text':
    'This site describes sexual exploitation, forced labour, kidnapping and killings of women. It names no victim: where the documents use pseudonyms, so does the atlas.',

  'corridor.number': 'Corridor {n} of 4',
  'corridor.description': '{name}: places, criminal actors, state involvement, victims and data gaps, with sources.',
  'corridor.states': 'States',
  'corridor.onThisPage': 'On this page',
  'corridor.prev': 'Previous corridor',
  'corridor.next': 'Next corridor',
  'corridor.allSources': 'Every source cited on this page',

  'section.summary': 'Summary',
  'section.figures': 'Figures',
  'section.places': 'Places',
  'section.actors': 'Criminal actors',
  'section.state_involvement': 'State involvement',
  'section.smuggling_nexus': 'Smuggling and trafficking',
  'section.victims': 'Victims',
  'section.recruitment': 'Recruitment',
  'section.flows': 'Flows',
  'section.data_gaps': 'Data gaps',
  'section.unverified': 'What the report could not verify',
  'section.findings': 'Major findings',
  'section.background': 'Background',
  'section.national': 'National picture',
  'section.opportunities': 'Opportunities for intervention',

  'place.roles': 'Role',
  'place.country': 'Country',
  'place.coordinates': 'Coordinates',
  'role.border-city': 'Border city',
  'role.red-light-district': 'Red-light district',
  'role.staging-town': 'Staging town for crossings',
  'role.migrant-shelter': 'Migrant shelter',
  'role.port-of-entry': 'Port of entry',
  'role.trial-site': 'Trial site',
  'role.crime-site': 'Crime site',
  'country.MX': 'Mexico',
  'country.US': 'United States',

  'actor.type': 'Type',
  'actor.role': 'Role in trafficking',
  'actor.where': 'Where',
  'actorType.cartel': 'Cartel',
  'actorType.gang': 'Gang',
  'actorType.family-clan': 'Family clan',
  'actorType.local-pimps': 'Local pimps',
  'actorType.smuggling-network': 'Smuggling network',
  'actorType.labour-recruiters': 'Labour recruiters',
  'actorType.corrupt-officials': 'Corrupt officials',
  'actorRole.runs': 'Runs trafficking directly',
  'actorRole.supplies': 'Supplies victims',
  'actorRole.taxes': 'Taxes or extorts trafficking networks',
  'actorRole.present': 'Present, not systematically involved',
  'actorRole.unclear': 'Role unclear',

  'stateKind.participation': 'Participation',
  'stateKind.protection': 'Protection',
  'stateKind.malpractice': 'Malpractice',
  'stateKind.indifference': 'Indifference',
  'stateKind.sale-of-migrants': 'Sale of migrants',
  'stateKind.response': 'Official response',

  'flow.from': 'From',
  'flow.to': 'To',
  'flowKind.recruitment': 'Recruitment',
  'flowKind.trafficking': 'Trafficking',
  'flowKind.prosecution': 'Prosecution',

  'statement.unverified': 'Not verified',
  'statement.unverifiedLong': 'The report could not verify this claim.',
  'cite.label': 'Sources',
  'cite.footnote': 'Footnote {n} of the InSight Crime report',
  'cite.source': 'Source: {label}',

  'sources.title': 'Sources',
  'sources.description':
    'The source register: all 54 footnotes of the InSight Crime report and the Izcara-Palacios paper and tables, each with the statements that cite it.',
  'sources.lead':
    'Every statement in the atlas cites one or more of these sources. Footnotes keep the numbers they have in the report; an “Ibid.” footnote keeps its own number and shows the source it repeats. Each entry lists the statements that cite it.',
  'sources.footnotes': 'InSight Crime report: the 54 footnotes',
  'sources.sections': 'InSight Crime report: passages without a footnote',
  'sources.paper': 'Izcara-Palacios paper and its tables',
  'sources.ibid': 'Ibid.: repeats footnote {n}',
  'sources.citedBy': 'Cited by',
  'sources.asPrinted': 'As printed',
  'sources.who': 'Who',
  'sources.what': 'What',
  'sources.where': 'Where',
  'sources.when': 'When',
  'sources.kind': 'Kind',
  'sources.home': 'Atlas overview',
  'sources.document': 'Document',
  'kind.interview': 'Interview',
  'kind.court-document': 'Court document',
  'kind.news': 'News report',
  'kind.report': 'Report',
  'kind.dataset': 'Data table',
  'kind.official': 'Official publication',
  'kind.academic': 'Academic publication',
  'kind.fieldwork': 'InSight Crime fieldwork',

  'about.title': 'About this atlas',
  'about.description':
    'What the Border Corridors Atlas is, the two documents it is built from, its method and limits, how to cite it and its licences.',
  'about.what': 'What this is',
  'about.whatText':
    'The Border Corridors Atlas turns two documents into a site that can be explored, cited and taught from. It is written for policymakers deciding where limited resources go, journalists who need sourced facts, and educators. It adds no facts of its own: everything it says comes from the two documents, paraphrased, with short quotations marked as such.',
  'about.documents': 'The two documents',
  'about.method': 'Method',
  'about.methodData':
    'Each corridor is a structured record: its places with coordinates and role, its criminal actors with their role in trafficking, state involvement, the overlap with migrant smuggling, victims, recruitment, flows, data gaps and unverified claims. Every statement carries the footnotes that support it.',
  'about.methodRules':
    'The build stops if a statement cites a source that does not exist, if a footnote is cited by nothing, if a statement has no source, if a place lies outside its corridor, if an id is used twice or if a text lacks its Spanish or English version.',
  'about.methodRoles':
    'Actor roles follow the report’s own terms: runs trafficking directly, supplies victims, taxes or extorts trafficking networks, present but not systematically involved, or unclear. Where the report attributes a claim to a source or says it could not verify it, the atlas does the same.',
  'about.methodPlaces':
    'Coordinates of cities and districts are approximate points written by the atlas editors; the report itself has no coordinates.',
  'about.limits': 'What the data cannot say',
  'about.limitsText':
    'Human trafficking is heavily under-reported and often confused with migrant smuggling, so neither document can measure how much trafficking happens in each corridor. The report relies on interviews, court cases and press reports; the paper on 75 interviews. Neither is a representative sample.',
  'about.trafficking': 'Trafficking is not smuggling',
  'about.traffickingText':
    'Human trafficking is the exploitation of a person for labour or commercial sex through force, fraud or coercion. Migrant smuggling is, in principle, a crossing the migrant agrees to. The two overlap when smuggled migrants are kidnapped, sold or forced to work; the atlas keeps them apart.',
  'about.cite': 'How to cite',
  'about.citeText': 'Border Corridors Atlas, data version {version}. Built from InSight Crime (2023) and Izcara-Palacios (2023).',
  'about.licences': 'Licences',
  'about.licencesText':
    'The atlas’s text and data are available under CC BY 4.0; its code under the MIT licence. Quotations and the two source documents remain the work of their authors.',
  'about.privacy': 'Privacy',
  'about.privacyText':
    'The site loads nothing from any other host: no analytics, fonts, map tiles or scripts from third parties. Reading about trafficking here leaves no trace anywhere but on the server that hosts it.',
} as const;

export type UiKey = keyof typeof en;
