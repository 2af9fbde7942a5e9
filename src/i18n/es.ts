/** Interface text in Spanish: the same keys as en.ts, enforced by the type. */
import type { UiKey } from './en.ts';

export const es: Record<UiKey, string> = {
  'lang.name': 'Español',
  'site.title': 'Atlas de los Corredores Fronterizos',
  'site.tagline': 'La trata de personas en la frontera entre México y Estados Unidos, cada afirmación a un clic de su fuente',
  'site.skip': 'Saltar al contenido',
  'nav.label': 'Principal',
  'nav.home': 'Atlas',
  'nav.corridors': 'Corredores',
  'nav.sources': 'Fuentes',
  'nav.about': 'Acerca de',
  'footer.built':
    'Elaborado a partir de InSight Crime, “The Geography of Human Trafficking on the US-Mexico Border” (2023), e Izcara-Palacios, “Sex Trafficking in Mexico: Perpetrators’ Profile” (2023).',
  'footer.privacy':
    'Este sitio no hace ninguna solicitud a otros servidores: sin analítica, sin fuentes tipográficas externas, sin teselas, sin rastreo.',
  'footer.licence': 'Textos y datos: CC BY 4.0. Código: MIT.',

  'home.description':
    'Un atlas de la trata de personas en la frontera entre México y Estados Unidos: cuatro corredores, quién controla el negocio, dónde participan funcionarios y qué evidencia existe, cada afirmación enlazada a su fuente.',
  'home.lead':
    'InSight Crime estudió cuatro tramos de la frontera entre México y Estados Unidos en 2021 y 2022 y encontró que la trata de personas adopta una forma distinta en cada uno. Este atlas expone lo que halló el informe, corredor por corredor, y enlaza cada afirmación con la nota que la respalda.',
  'home.corridors': 'Los cuatro corredores',
  'home.readCorridor': 'Leer sobre el corredor',
  'home.summary': 'En resumen',
  'home.findings': 'Hallazgos principales',
  'home.background': 'Contexto',
  'home.figures': 'Cifras que da el informe',
  'home.national': 'Más allá de la frontera: el panorama nacional',
  'home.opportunities': 'Oportunidades de intervención',
  'home.addresses': 'Más pertinente para',

  'note.title': 'Advertencia de contenido',
  'note.text':
    'Este sitio describe explotación sexual, trabajo forzoso, secuestros y asesinatos de mujeres. No nombra a ninguna víctima: donde los documentos usan seudónimos, el atlas también.',

  'corridor.number': 'Corredor {n} de 4',
  'corridor.description': '{name}: lugares, actores criminales, participación del Estado, víctimas y vacíos de información, con sus fuentes.',
  'corridor.states': 'Estados',
  'corridor.onThisPage': 'En esta página',
  'corridor.prev': 'Corredor anterior',
  'corridor.next': 'Corredor siguiente',
  'corridor.allSources': 'Todas las fuentes citadas en esta página',

  'section.summary': 'Resumen',
  'section.figures': 'Cifras',
  'section.places': 'Lugares',
  'section.actors': 'Actores criminales',
  'section.state_involvement': 'Participación del Estado',
  'section.smuggling_nexus': 'Tráfico ilícito de migrantes y trata',
  'section.victims': 'Víctimas',
  'section.recruitment': 'Reclutamiento',
  'section.flows': 'Flujos',
  'section.data_gaps': 'Vacíos de información',
  'section.unverified': 'Lo que el informe no pudo verificar',
  'section.findings': 'Hallazgos principales',
  'section.background': 'Contexto',
  'section.national': 'Panorama nacional',
  'section.opportunities': 'Oportunidades de intervención',

  'place.roles': 'Función',
  'place.country': 'País',
  'place.coordinates': 'Coordenadas',
  'role.border-city': 'Ciudad fronteriza',
  'role.red-light-district': 'Zona roja',
  'role.staging-town': 'Punto de partida para cruzar',
  'role.migrant-shelter': 'Albergue para migrantes',
  'role.port-of-entry': 'Puerto de entrada',
  'role.trial-site': 'Sede de juicio',
  'role.crime-site': 'Lugar de los hechos',
  'country.MX': 'México',
  'country.US': 'Estados Unidos',

  'actor.type': 'Tipo',
  'actor.role': 'Papel en la trata',
  'actor.where': 'Dónde',
  'actorType.cartel': 'Cártel',
  'actorType.gang': 'Pandilla',
  'actorType.family-clan': 'Clan familiar',
  'actorType.local-pimps': 'Proxenetas locales',
  'actorType.smuggling-network': 'Red de tráfico ilícito de migrantes',
  'actorType.labour-recruiters': 'Reclutadores laborales',
  'actorType.corrupt-officials': 'Funcionarios corruptos',
  'actorRole.runs': 'Opera la trata directamente',
  'actorRole.supplies': 'Suministra víctimas',
  'actorRole.taxes': 'Cobra cuotas o extorsiona a las redes de trata',
  'actorRole.present': 'Presente, sin participación sistemática',
  'actorRole.unclear': 'Papel incierto',

  'stateKind.participation': 'Participación',
  'stateKind.protection': 'Protección',
  'stateKind.malpractice': 'Malas prácticas',
  'stateKind.indifference': 'Indiferencia',
  'stateKind.sale-of-migrants': 'Venta de migrantes',
  'stateKind.response': 'Respuesta oficial',

  'flow.from': 'Desde',
  'flow.to': 'Hacia',
  'flowKind.recruitment': 'Reclutamiento',
  'flowKind.trafficking': 'Trata',
  'flowKind.prosecution': 'Proceso judicial',

  'statement.unverified': 'Sin verificar',
  'statement.unverifiedLong': 'El informe no pudo verificar esta afirmación.',
  'cite.label': 'Fuentes',
  'cite.footnote': 'Nota {n} del informe de InSight Crime',
  'cite.source': 'Fuente: {label}',

  'sources.title': 'Fuentes',
  'sources.description':
    'El registro de fuentes: las 54 notas del informe de InSight Crime y el artículo y los cuadros de Izcara-Palacios, cada una con las afirmaciones que la citan.',
  'sources.lead':
    'Cada afirmación del atlas cita una o más de estas fuentes. Las notas conservan el número que tienen en el informe; una nota “Ibid.” conserva su propio número y muestra la fuente que repite. Cada entrada enumera las afirmaciones que la citan.',
  'sources.footnotes': 'Informe de InSight Crime: las 54 notas',
  'sources.sections': 'Informe de InSight Crime: pasajes sin nota',
  'sources.paper': 'Artículo de Izcara-Palacios y sus cuadros',
  'sources.ibid': 'Ibid.: repite la nota {n}',
  'sources.citedBy': 'Citada en',
  'sources.asPrinted': 'Tal como se publicó',
  'sources.who': 'Quién',
  'sources.what': 'Qué',
  'sources.where': 'Dónde',
  'sources.when': 'Cuándo',
  'sources.kind': 'Tipo',
  'sources.home': 'Presentación del atlas',
  'sources.document': 'Documento',
  'kind.interview': 'Entrevista',
  'kind.court-document': 'Documento judicial',
  'kind.news': 'Nota periodística',
  'kind.report': 'Informe',
  'kind.dataset': 'Cuadro de datos',
  'kind.official': 'Publicación oficial',
  'kind.academic': 'Publicación académica',
  'kind.fieldwork': 'Trabajo de campo de InSight Crime',

  'about.title': 'Acerca de este atlas',
  'about.description':
    'Qué es el Atlas de los Corredores Fronterizos, los dos documentos en los que se basa, su método y sus límites, cómo citarlo y sus licencias.',
  'about.what': 'Qué es',
  'about.whatText':
    'El Atlas de los Corredores Fronterizos convierte dos documentos en un sitio que se puede explorar, citar y usar en clase. Está pensado para quienes deciden políticas públicas y el destino de recursos escasos, para periodistas que necesitan datos con fuente y para docentes. No añade hechos propios: todo lo que dice procede de los dos documentos, en paráfrasis, con citas breves marcadas como tales.',
  'about.documents': 'Los dos documentos',
  'about.method': 'Método',
  'about.methodData':
    'Cada corredor es un registro estructurado: sus lugares con coordenadas y función, sus actores criminales con su papel en la trata, la participación del Estado, el vínculo con el tráfico ilícito de migrantes, las víctimas, el reclutamiento, los flujos, los vacíos de información y lo que no se pudo verificar. Cada afirmación lleva las notas que la respaldan.',
  'about.methodRules':
    'La compilación se detiene si una afirmación cita una fuente inexistente, si ninguna afirmación cita una nota, si una afirmación no tiene fuente, si un lugar queda fuera de su corredor, si un identificador se repite o si un texto carece de su versión en español o en inglés.',
  'about.methodRoles':
    'Los papeles de los actores siguen los términos del propio informe: opera la trata directamente, suministra víctimas, cobra cuotas o extorsiona a las redes de trata, está presente sin participación sistemática, o su papel es incierto. Cuando el informe atribuye una afirmación a una fuente o dice que no pudo verificarla, el atlas hace lo mismo.',
  'about.methodPlaces':
    'Las coordenadas de ciudades y zonas son puntos aproximados fijados por los editores del atlas; el informe no incluye coordenadas.',
  'about.limits': 'Lo que los datos no pueden decir',
  'about.limitsText':
    'La trata de personas se denuncia muy poco y a menudo se confunde con el tráfico ilícito de migrantes, así que ninguno de los dos documentos puede medir cuánta trata ocurre en cada corredor. El informe se basa en entrevistas, expedientes judiciales y notas de prensa; el artículo, en 75 entrevistas. Ninguno es una muestra representativa.',
  'about.trafficking': 'La trata no es tráfico ilícito de migrantes',
  'about.traffickingText':
    'La trata de personas es la explotación de una persona con fines laborales o sexuales mediante fuerza, engaño o coacción. El tráfico ilícito de migrantes es, en principio, un cruce que la persona migrante acepta. Ambos delitos se cruzan cuando migrantes trasladados por traficantes son secuestrados, vendidos u obligados a trabajar; el atlas los mantiene separados.',
  'about.cite': 'Cómo citar',
  'about.citeText':
    'Atlas de los Corredores Fronterizos, versión de datos {version}. Elaborado a partir de InSight Crime (2023) e Izcara-Palacios (2023).',
  'about.licences': 'Licencias',
  'about.licencesText':
    'Los textos y datos del atlas se publican bajo CC BY 4.0; su código, bajo la licencia MIT. Las citas y los dos documentos de origen siguen siendo obra de sus autores.',
  'about.privacy': 'Privacidad',
  'about.privacyText':
    'El sitio no carga nada desde otros servidores: ni analítica, ni fuentes tipográficas, ni teselas de mapa, ni scripts de terceros. Leer aquí sobre la trata no deja rastro fuera del servidor que aloja el sitio.',
};
