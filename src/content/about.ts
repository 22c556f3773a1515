import type { Block } from './blocks'

/**
 * "Verantwoording en onderzoekskader" of the reflection tool (002, lines 1220-1317),
 * typos and PDF line breaks corrected. Project names are kept as written.
 */

export interface ZonMwProject {
  name: string
  place: string
  url?: string
}

export const aboutIntro: readonly Block[] = [
  {
    kind: 'paragraph',
    text: 'Deze reflectietool is ontwikkeld door het Verwey-Jonker Instituut en TNO in samenwerking met de projectleiders van onderstaande ZonMw-onderzoeksprojecten.',
  },
]

/**
 * The 14 ZonMw research projects, in source order. URLs are matched by order from the URL block
 * at the end of the section (which repeats the Sociale Netwerk Strategieën and blended therapy URLs).
 * "R’dam/Rijnmond" is expanded to "Rotterdam/Rijnmond" and "Alkmaar eo" written as "Alkmaar e.o.".
 */
export const zonmwProjects: readonly ZonMwProject[] = [
  {
    name: 'Jeugdbescherming van klacht naar kracht',
    place: 'Rotterdam/Rijnmond',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/jeugdbescherming-van-klacht-naar-kracht-naar-een-eigen-kracht-bevorderende-methodiek-voor-jeugdbesc/',
  },
  {
    name: 'Werken volgens de principes van het Wraparound Care model',
    place: 'Kennemerland',
    url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/werken-volgens-de-principes-van-het-wraparound-care-model-wcm-binnen-de-opvoedpoli-benutten-van-e/verslagen/',
  },
  {
    name: 'Stevig Ouderschap',
    place: 'Rotterdam/Rijnmond',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/stevig-ouderschap-het-versterken-van-eigen-kracht-van-oudersverzorgers-met-een-verhoogd-risico-op/',
  },
  {
    name: 'Eigen Kracht Conferenties (EK-c’s) binnen de jeugdzorg',
    place: 'Amsterdam',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/eigen-kracht-conferenties-ek-cs-binnen-de-jeugdzorg-kenmerken-van-het-besluitvormingsmodel-ui/',
  },
  {
    name: 'CenteringParenting',
    place: 'Hengelo/Amsterdam',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/centeringparenting-jeugdgezondheidszorg-samen-met-ouders/',
  },
  {
    name: 'Licht Pedagogische Hulpverlening 12+',
    place: 'Groningen',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/licht-pedagogische-hulpverlening-12/',
  },
  {
    name: 'Praktijkgericht onderzoek naar de effectiviteit van Sociale Netwerk Strategieën',
    place: 'Nijmegen/Maas Waal',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/praktijkgericht-onderzoek-naar-de-effectiviteit-van-sociale-netwerk-strategieen-voor-de-jeugd-in/',
  },
  {
    name: 'Gewoon opvoeden versterken',
    place: 'Utrecht',
    url: 'http://www.awtjutrecht.nl/projecten/gewoon-opvoeden-versterken',
  },
  {
    name: 'Empowered door Signs of Safety?',
    place: 'Drenthe/Groningen',
    url: 'https://repository.tudelft.nl/view/tno/uuid:46ec959d-f9a3-4d47-8c22-f9ceb413aa93',
  },
  {
    name: 'Zorg op maat met blended internetbased cognitieve gedragstherapie',
    place: 'Friesland/Drenthe/Groningen/Overijssel',
    url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/zorg-op-maat-met-blended-internetbased-cognitieve-gedragstherapie-bij-kinderen-en-jongeren-met-angst/resultaten/',
  },
  {
    name: 'Werkzaamheid van Girls’ Talk-Plus',
    place: 'Zwolle, Heerenveen, Hoofddorp, Boxmeer, Ermelo',
    url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/onderzoek-naar-werkzaamheid-van-girlstalk-plus-voor-meiden-met-een-licht-verstandelijke-beperking/',
  },
  {
    name: 'Jij bent Okay',
    place: '',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/jij-bent-okay-competentieprogramma-voor-jongeren-met-lvb-en-ouders-met-psychische-enof-verslavings/',
  },
  {
    name: 'Shabab van nu!',
    place: 'Rotterdam',
    url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/shabab-van-nu/t/publicaties-16/',
  },
  {
    name: '1G1P Ouders aan Zet!',
    place: 'Alkmaar e.o., Midden Holland, Midden Limburg',
    url: 'https://www.zonmw.nl/nl/redirect/redirect-project/ouders-aan-zet-onderzoek-naar-de-effecten-van-1gezin1plan/',
  },
]

/** The original tool as a pdf: the last URL of the section ("De reflectietool is hier vrij te downloaden."). */
const toolPdfUrl = 'http://publications.tno.nl/publication/34634959/d7GotX/TNO-2019-denkend.pdf'

export const aboutBody: readonly Block[] = [
  {
    kind: 'paragraph',
    text: 'Deze ZonMw-projecten hebben onderzoek gedaan naar interventies die zich richten op het versterken van de eigen kracht van gezinnen. Er is veel kennis en ervaring opgedaan met betrekking tot het begrip ‘eigen kracht’ en het is van belang die te delen. ZonMw heeft extra subsidie beschikbaar gesteld voor twee deelprojecten om deze kennis te verspreiden: (1) onder gemeenten en (2) onder professionals. Deze reflectietool is een van de eindproducten voor gemeenten en is gebaseerd op praktijk-, ervarings- en wetenschappelijke kennis.',
  },
  {
    kind: 'paragraph',
    text: 'Daarvoor zijn alle projectleiders van de ZonMw-projecten geïnterviewd en is van alle projecten de gebruikte en gepubliceerde literatuur verzameld.',
  },
  {
    kind: 'paragraph',
    text: 'In eerste instantie is deze kennis verspreid en getoetst in 6 gemeentelijke en regionale bijeenkomsten. In september 2019 heeft een symposium over het thema ‘eigen kracht’ plaatsgevonden.',
  },
  {
    kind: 'paragraph',
    text: 'De oorspronkelijke reflectietool (pdf) is vrij te downloaden.',
  },
  {
    kind: 'link',
    text: 'Reflectietool eigen kracht (pdf, Verwey-Jonker Instituut en TNO, 2019)',
    url: toolPdfUrl,
  },
]

export const sourceInfo: { title: string; makers: string; date: string; reference: string } = {
  title: 'Reflectietool eigen kracht',
  makers: 'Verwey-Jonker Instituut en TNO',
  date: 'november 2019',
  reference: '19-10909',
}
