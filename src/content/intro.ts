import type { Block } from './blocks'

/** The introduction of the reflection tool (002, "INLEIDING" and "QUICK SCAN"), typos corrected. */
export const toolName = 'Reflectietool eigen kracht'

/** The version of the build (package.json), printed in every PDF. */
export const toolVersion = __APP_VERSION__

/**
 * What the tool is for, in two sentences, above the start button. Our words, after the source's
 * "QUICK SCAN" ((on)duidelijkheden rond ‘eigen kracht’, de antwoorden als startpunt voor gesprek).
 */
export const startPurpose =
  'Met 15 reflectievragen maakt u zichtbaar wat uw gemeente verstaat onder ‘eigen kracht’ en waar dat nog onduidelijk is. De antwoorden zijn het startpunt voor een gesprek met collega’s, partners en inwoners.'

/** The source's "INLEIDING", shown on the page "Over deze tool". */
export const introLead: readonly Block[] = [
  {
    kind: 'paragraph',
    text: 'Het ‘versterken van de eigen kracht’ van burgers is een centraal uitgangspunt in gemeentelijk beleid en in het dagelijks werk van professionals. Het begrip staat in vele lokale, regionale en landelijke beleidsstukken. De ‘eigen kracht vergroten’, ‘aanboren’, ‘benutten’, de burger ‘in zijn kracht zetten’ of ‘beroep doen op eigen verantwoordelijkheid’… lang niet altijd is uitgewerkt wat men precies onder ‘eigen kracht’ verstaat en wat het versterken ervan dan concreet betekent voor sturing door de overheid en uitvoering in de praktijk. Hoe weet en meet je dan of de ondersteuning en hulp aan jeugdigen en ouders daadwerkelijk uitgaat van hun ‘eigen kracht’, de versterking daarvan en wat de resultaten zijn? Met andere woorden: hoe monitor je dit?',
  },
]

/** "Voor wie?", "Doel" and "De tool bestaat uit", shown on the page "Over deze tool". */
export const introSections: readonly { heading: string; blocks: readonly Block[] }[] = [
  {
    heading: 'Voor wie?',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Deze reflectietool is ontwikkeld voor medewerkers, beleidsadviseurs en bestuur van gemeenten.',
      },
    ],
  },
  {
    heading: 'Doel',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Doel van de tool is om binnen de gemeenten en daarbuiten, samen met professionals, samenwerkingspartners en inwoners, het gesprek aan te gaan over ‘eigen kracht’. Zo krijgt het begrip ‘eigen kracht’ inhoud en ontwikkel je een gezamenlijke taal.',
      },
    ],
  },
  {
    heading: 'De tool bestaat uit',
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: [
          'Een Quick Scan: 15 reflectievragen, in drie delen: A. Naar een gezamenlijke visie op eigen kracht; B. Van visie naar uitvoering; C. Zicht op resultaten',
          'Een format voor een actieagenda',
          'Inspiratie en concrete voorbeelden',
        ],
      },
      {
        kind: 'paragraph',
        text: 'De reflectietool is een initiatief van organisaties die binnen de ZonMw-programma’s ‘Effectief werken in de jeugdzorg’ en de ‘Academische Werkplaatsen Transformatie Jeugd’ onderzoek uitvoerden naar interventies die zich richtten op het vergroten van de eigen kracht van jeugdigen en hun opvoeders.',
      },
      {
        kind: 'quote',
        text: '‘Dus, als je veel vrienden hebt, of een goede familieband, krijg je geen hulp?’',
        speaker: 'een jongere',
      },
    ],
  },
]

export const quickScanIntro: readonly Block[] = [
  {
    kind: 'paragraph',
    text: 'Met de Quick Scan kunt u als wethouder, gemeentelijke beleidsadviseur of regisseur inzichtelijk maken waar in uw gemeente (on)duidelijkheden zijn ten aanzien van het begrip ‘eigen kracht’. U kunt de Quick Scan voor uzelf, of alleen binnen de gemeente gebruiken óf in gesprek met samenwerkingspartners en inwoners. De antwoorden kunnen dan als startpunt voor gesprek dienen.',
  },
  {
    kind: 'paragraph',
    text: 'Geef antwoord op de vragen en hang één van onderstaande vier labels aan het antwoord:',
  },
]

/** Source credit, shown in the footer. */
export const sourceCredit =
  'Gebaseerd op de Reflectietool eigen kracht van het Verwey-Jonker Instituut en TNO (november 2019).'
