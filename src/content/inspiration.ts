import type { Block } from './blocks'

/**
 * "Inspiratie + voorbeelden" of the reflection tool (002, lines 262-1217), per question, in
 * reading order. Question 10 has no inspiration section in the source.
 *
 * Edits against the extracted PDF text:
 * - PDF line breaks joined; page headers (part titles), stray digits, figure labels (see
 *   figures.ts) and the PDF navigation "Terug naar Quick Scan vraag 1." left out.
 * - Bare URLs turned into link blocks right after the text that refers to them; duplicates
 *   removed; the space in the Movisie URL encoded as %20. Sentences that pointed at a URL with
 *   "hier" rephrased minimally.
 * - Obvious typos corrected in running text (e.g. verterken, uitvoeders, vanvisieontwikkeling,
 *   "volgens en systeemgerichte", "Zonmw", "gaven een wat", "over heen"). Names, citations and
 *   quotes kept as written.
 */
export interface InspirationSection {
  question: number
  intro?: string
  blocks: readonly Block[]
}

export const inspiration: readonly InspirationSection[] = [
  {
    question: 1,
    intro:
      'De term eigen kracht wordt gebruikt in beleidsnotities, in wetten en in gesprek. Maar wat verstaan we daar nu eigenlijk onder? En bedoelen we er allemaal wel hetzelfde mee?',
    blocks: [
      { kind: 'heading', text: 'Een model' },
      {
        kind: 'paragraph',
        text: 'Uit: Gilsing, R., Jansma, A. & Schöne, J. (2017). Eigen kracht ontleed: een praktijkgerichte verheldering. Utrecht: Verwey-Jonker Instituut.',
      },
      {
        kind: 'link',
        text: 'Eigen kracht ontleed: een praktijkgerichte verheldering (Verwey-Jonker Instituut, 2017)',
        url: 'https://www.verwey-jonker.nl/publicaties/2017/eigen-kracht-ontleed-een-praktijkgerichte-verheldering',
      },
      {
        kind: 'checklist',
        intro: 'Eigen kracht is:',
        items: [
          'persoonlijk kapitaal',
          'dat kan toe- of afnemen',
          'dat in staat stelt tot',
          'en waarvan de toereikendheid doelafhankelijk is.',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Het persoonlijk kapitaal kent drie dimensies die onderling samenhangen:',
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          'de competentionele dimensie (kennen en kunnen),',
          'de motivationele dimensie (willen en durven),',
          'de sociale dimensie (kracht van het sociaal netwerk).',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Eigen kracht is instrumenteel: het kan ingezet worden en stelt iemand ergens toe in staat. Om bepaalde doelen met eigen kracht te bereiken, dient eigen kracht (doelgericht) aangewend te worden. Hiervoor zijn twee processen nodig:',
      },
      {
        kind: 'checklist',
        items: [
          'zelfregulatie: mensen veranderen hun gedrag en passen het aan veranderende omstandigheden aan, waarbij zij in staat zijn zelfstandig problemen op te lossen en gebruik kunnen maken van hun eigen kracht;',
          'zelfreflectie: de kritische reflectie op eigen wensen en verlangens.',
        ],
      },
      {
        kind: 'definition',
        text: '‘De eigen kracht van het individu wordt gevormd door de competentionele, sociale en motivationele vermogens die in onderlinge samenhang het individu in staat stellen tot zelfregulering en zelfreflectie, gericht op het realiseren van weloverwogen persoonlijke doelen en zelfredzaamheid, zelfregie, zelfontplooiing en eigen verantwoordelijkheid op verschillende leefgebieden’',
        citation: 'Gilsing, Jansma & Schöne, 2017',
      },
      {
        kind: 'paragraph',
        text: 'Naar aanleiding van regiobijeenkomsten over eigen kracht met gemeenten, valt aan dit model nog een vierde dimensie toe te voegen, namelijk: de maatschappelijke (waaronder culturele) en wettelijke grenzen: moeten en mogen.',
      },
      { kind: 'figure', figure: 'dimensies-eigen-kracht' },
      {
        kind: 'quote',
        text: '‘Wet- en regelgeving is soms écht beperkend voor mensen.’',
        speaker: 'professional Regiobijeenkomst EK',
      },
      {
        kind: 'paragraph',
        text: 'Het begrip ‘eigen kracht’ werd als zodanig voor het eerst genoemd in de Memorie van Toelichting op de Jeugdwet (2013) en in verband gebracht met begrippen zoals: probleemoplossend vermogen, eigen verantwoordelijkheid, eigen mogelijkheden, inzet van sociaal netwerk, zelfmanagement, eigen inbreng. In de Jeugdwet 2015 wordt niet meer gesproken van ‘eigen kracht’ maar wel van probleemoplossend vermogen, eigen verantwoordelijkheid en mogelijkheden.',
      },
      {
        kind: 'link',
        text: 'Memorie van Toelichting bij de Jeugdwet (Rijksoverheid, 2013)',
        url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2013/07/01/memorie-van-toelichting-bij-de-jeugdwet',
      },
      {
        kind: 'paragraph',
        text: 'De literatuurstudie ‘Eigen kracht versterken jeugd en ouders’ van het Nederlands Jeugdinstituut (2017) vindt u via de link hieronder.',
      },
      {
        kind: 'link',
        text: 'Literatuurstudie ‘Eigen kracht versterken jeugd en ouders’ (Nederlands Jeugdinstituut, 2017)',
        url: 'https://www.nji.nl/nl/Download-NJi/Publicatie-NJi/Eigen-kracht-versterken-jeugd-en-ouders.pdf',
      },
      {
        kind: 'paragraph',
        text: 'Voor het sociaal domein zie bijvoorbeeld de oratie van Van Regenmortel (2008).',
      },
      {
        kind: 'link',
        text: 'Oratie ‘Zwanger van empowerment’ van Tine Van Regenmortel (2008)',
        url: 'https://www.canonsociaalwerk.eu/1969_Milikowski/2008_Tine_van_Regenmortel_zwanger_van_empowerment.pdf',
      },
      { kind: 'heading', text: 'En wat is ‘empowerment’?' },
      {
        kind: 'paragraph',
        text: 'Het begrip ‘eigen kracht’ is verwant aan het Engelse empowerment waarin het begrip ‘power’ zowel kracht als macht betekent.',
      },
      { kind: 'paragraph', text: 'Empowerment omvat meer dan ‘eigen kracht’:' },
      {
        kind: 'definition',
        text: '‘empowerment is het proces van toenemende kracht én toenemende macht. Het is de dubbele strijd om meer greep te krijgen op persoonlijke beperkingen en kwetsbaarheden alsook op de maatschappelijke omstandigheden die handelingsmogelijkheden inperken.’',
        citation: 'Boumans, 2015',
      },
      {
        kind: 'link',
        text: '‘Naar het hart van empowerment’, deel 2 (Boumans, Movisie, 2015)',
        url: 'https://www.movisie.nl/sites/movisie.nl/files/publication-attachment/Naar-het-hart-van-empowerment-deel-2%20%5BMOV-8063581-1.0%5D.pdf',
      },
      {
        kind: 'definition',
        text: 'Empowerment bestaat uit: competentievergroting, zelfverwerkelijking en sociale verandering door participatie.',
        citation: 'Verzaal, 2002',
      },
      {
        // Matched by position: the last URL of the section, after Boumans (Movisie) comes Verzaal.
        kind: 'link',
        text: 'Verzaal (2002) in de repository van de Universiteit van Amsterdam (UvA-DARE)',
        url: 'http://dare.uva.nl/search?arno.record.id=220400',
      },
      {
        kind: 'quote',
        text: '‘Het kunnen vragen en accepteren van zorg is ook een competentie.’',
        speaker: 'CJG-medewerker Regiobijeenkomst EK',
      },
    ],
  },
  {
    question: 2,
    blocks: [
      {
        kind: 'hint',
        text: 'Denk aan: zelfredzaamheid, benutten sociaal netwerk, persoonlijk kapitaal, eigen verantwoordelijkheid, aanleg en competenties, regie, etc.',
      },
      {
        kind: 'paragraph',
        text: 'Eigen kracht is instrumenteel: het kan ‘ingezet worden’ en stelt iemand ergens toe in staat, zeggen Gilsing e.a. (2017). Eigen kracht kan dus benut worden voor een doel. Dit doel verschilt per persoon, per professional, per medewerker of ‘afzender’ zoals gemeente of het rijk. De ‘hoeveelheid’ benodigde en beschikbare eigen kracht kan per doel verschillen. Een alleenstaande ouder in de bijstand kan te weinig eigen kracht hebben om zelfstandig een baan te vinden maar voldoende kracht vinden om een deeltijdopleiding te volgen naast de opvoeding van een kind.',
      },
      {
        kind: 'paragraph',
        text: 'Voor welk doel wilt u dat mensen aangesproken worden op hun eigen kracht?',
      },
      {
        kind: 'paragraph',
        text: 'Welke problemen willen we voorkomen en oplossen door de inzet van eigen kracht? Het antwoord hierop kan gezien worden tegen de achtergrond van de afkalvende verzorgingsstaat en ontwikkeling naar de huidige ‘participatiemaatschappij’:',
      },
      {
        kind: 'checklist',
        items: [
          'de kosten van de zorg stijgen en komen onvoldoende terecht bij de mensen die het echt nodig hebben,',
          'te veel verzorging remt de creativiteit van mensen om hun eigen oplossingen te vinden, mensen kunnen meer dan ze denken,',
          'en kunnen oplossingen beter samen vinden.',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Succesvol zelf doen zet een proces in gang dat mensen sterker maakt. En sterkere burgers kunnen op hun beurt beter andere burgers en naasten helpen. Sterkere burgers hoeven minder beroep te doen op voorzieningen.',
      },
      {
        kind: 'paragraph',
        text: 'Belangrijker is misschien de vraag: wat heeft de burger nodig om te kunnen participeren in de maatschappij? En: wat hebben alle kinderen en jongeren nodig om gezond, veilig en kansrijk op te groeien? Zie Wijsbroek & De Winter, 2017.',
      },
      {
        kind: 'link',
        text: 'Lectoraat Jeugd van Hogeschool Utrecht (zie Wijsbroek & De Winter, 2017)',
        url: 'https://www.onderzoek.hu.nl/Kenniscentra/Sociale-Innovatie/Lectoraat-Jeugd',
      },
      {
        kind: 'checklist',
        intro: 'Eigen kracht is een middel om doelen te bereiken:',
        items: [
          'Zelf regie houden',
          'Zelfredzaamheid en zelfstandigheid',
          'Zelfontplooiing en autonomie',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Deze doelen zijn op verschillende leefgebieden van toepassing, zoals zingeving, wonen, financiën, sociale relaties, lichamelijke en psychische gezondheid, werk, activiteiten en zorg voor kinderen en gezin (Gilsing e.a., 2017).',
      },
      {
        kind: 'quote',
        text: '‘Wij hebben als gemeente eigen kracht hoog in het vaandel maar de zorgkosten gaan wel omhoog, dat is echt een dilemma.’',
        speaker: 'wethouder Regiobijeenkomst EK',
      },
    ],
  },
  {
    question: 3,
    intro:
      'Niet alleen het waaróm we willen inzetten op eigen kracht is relevant, zeker zo belangrijk zijn de onderliggende waarden daarbij. Deze diepere laag heeft een politieke lading en reflecteert het maatschappijbeeld van de ‘afzender’ zoals de gemeente, een wethouder, beleidsadviseur, professional of burger.',
    blocks: [
      {
        kind: 'checklist',
        intro: 'Waarden zijn bijvoorbeeld:',
        items: [
          'Autonomie van de cliënt',
          'Solidariteit, civil society',
          'Compassie en zorg voor kwetsbare groepen',
          'Positieve en respectvolle bejegening van cliënten',
          'Oplossingsgericht werken',
          'Focus op zowel welvaart als welzijn',
          'Investeren in preventie',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Vanuit welke waarde de inzet van eigen kracht gestimuleerd wordt hangt sterk af van het perspectief: de wethouder is niet alleen verantwoordelijk voor het beleid maar ook voor een sluitende begroting. Voor de professional ligt dit anders en voor de cliënt zelf nog veel meer: die wil hulp omdat die er (tijdelijk) op eigen kracht niet uitkomt.',
      },
      {
        kind: 'quote',
        text: '‘Wij gaan uit van “positieve gezondheid”.’',
        speaker: 'beleidsadviseur',
      },
    ],
  },
  {
    question: 4,
    intro:
      'In eerste instantie is de burger verantwoordelijk voor het ontwikkelen van de eigen kracht en die van hun kinderen.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Ook zijn burgers samen verantwoordelijk, bijvoorbeeld beide ouders, familie en vrienden, de sportclub, de buurt, etc.',
      },
      {
        kind: 'paragraph',
        text: 'Professionals zijn er (gezamenlijk) voor verantwoordelijk om oog te hebben voor de kracht van mensen, op welke terreinen deze sterk is en waar versterking nodig is, soms is de kracht vanuit de omgeving zinvol inzetbaar, vaak is de kracht van de professional nodig (maar dit wil niet zeggen dat zij het allemaal kunnen oplossen voor cliënten).',
      },
      {
        kind: 'paragraph',
        text: 'Managers van professionele organisaties versterken en steunen professionals en zijn verantwoordelijk voor de randvoorwaarden zodat professionals kunnen doen waar zij sterk in zijn. Managers geven professionals ook ruimte om de eigen kracht in te zetten.',
      },
      {
        kind: 'paragraph',
        text: 'De gemeente koopt de zorg in en voert de Jeugdwet en Participatiewet uit. Daarmee zijn gemeenten verantwoordelijk voor de continuïteit en kwaliteit van de zorg en dus ook voor de inzet op eigen kracht. Gemeenten zijn tegelijkertijd verantwoordelijk voor een verantwoorde besteding van rijks- en belastinggelden.',
      },
    ],
  },
  {
    question: 5,
    blocks: [
      {
        kind: 'hint',
        text: 'Denk aan: informeren, raadplegen, adviseren, coproductie, meebeslissen, ervaringsdeskundigen inzetten, etc.',
      },
      {
        kind: 'paragraph',
        text: 'Het betrekken van inwoners (participatie) kan op verschillende manieren en in verschillende gradaties, variërend van informeren tot volledige zelfsturing.',
      },
      {
        kind: 'paragraph',
        text: 'Sommige gemeenten gaan bij het opstellen van een beleidsvisie al in gesprek met diverse partijen in de stad, zoals: sociaal werkers, inwoners, huisartsen, zorgaanbieders, welzijnsorganisaties, woningcorporaties, geloofsgemeenschappen.',
      },
      {
        kind: 'paragraph',
        text: 'Ga na op welke trede van de onderstaande ‘participatieladder’ partijen met betrekking tot een visie op eigen kracht in uw gemeente deelnemen.',
      },
      { kind: 'figure', figure: 'participatieladder' },
    ],
  },
  {
    question: 6,
    intro:
      'Als de visie helder is dan komt de stap om deze ook te vertalen naar een concrete opdracht voor de uitvoering. Het is belangrijk om concreet te maken wie aan zet is en wat er precies verwacht wordt. Wat vragen we van mensen zelf, buurtbewoners en mantelzorgers? Hoe verandert de rol van betaalde professionals en vrijwilligers? Wat betekent deze visie voor algemene voorzieningen, zoals (sport)verenigingen, buurthuizen en levensbeschouwelijke organisaties? En: wat betekent het voor de manier waarop beleidsmakers beleid maken en raadsleden kaders stellen en controleren?',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Veel gemeenten gaan daarbij uit van de ‘omgekeerde toets’. Je redeneert vanuit de praktijk, vanuit individuele inwoners of gezinnen. Wat kunnen zij zelf doen om zich te redden in de samenleving? En wat is er dan nog nodig van anderen? Dat gedachtegoed is nog lang geen gemeengoed op alle niveaus. Het vraagt om een cultuuromslag, zodat iedereen op den duur dezelfde taal gaat spreken.',
      },
      {
        kind: 'paragraph',
        text: 'Algemene voorzieningen, zoals (sport)verenigingen, buurthuizen en levensbeschouwelijke organisaties, kunnen een belangrijke rol spelen in het aanboren en ondersteunen van kracht. Zij hebben direct contact met inwoners en weten als geen ander wat er speelt in de buurten en wijken. We zien dan ook dat steeds meer gemeenten inzetten op samenwerking met deze partijen.',
      },
    ],
  },
  {
    question: 7,
    intro:
      'Als gemeente kun je altijd naar andere (vergelijkbare) gemeenten kijken voor inspiratie. Hoe werken zij aan eigen kracht en wat zijn de ervaringen?',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Zie bijvoorbeeld dit evaluatieonderzoek in de gemeente Amersfoort: ‘Eigen kracht in het Amersfoortse sociaal domein: een conceptuele verkenning’.',
      },
      {
        kind: 'link',
        text: 'Rekenkameronderzoek ‘Eigen kracht in het Amersfoortse sociaal domein: een conceptuele verkenning’ (2018)',
        url: 'https://www.sociaalweb.nl/cms/files/2018-11/eindrapport-rekenkameronderzoek-eigen-kracht-in-het-amersfoortse-sociaal-domein-een-conceptuele-verkenning-aanbieddatum-6-november-2018.pdf',
      },
      {
        kind: 'checklist',
        intro: 'Andere interessante bronnen zijn:',
        items: [
          'De Databank Effectieve Jeugdinterventies van het Nederlands Jeugdinstituut',
          'De Databank Effectieve Sociale Interventies van Movisie',
        ],
      },
      {
        kind: 'link',
        text: 'Databank Effectieve Jeugdinterventies (Nederlands Jeugdinstituut)',
        url: 'https://www.nji.nl/nl/Databank/Databank-Effectieve-Jeugdinterventies',
      },
      {
        kind: 'link',
        text: 'Databank Effectieve Sociale Interventies (Movisie)',
        url: 'https://www.movisie.nl/databank-effectieve-sociale-interventies/interventies',
      },
      {
        kind: 'quote',
        text: '‘Een lekkere vraag past niet in een rekenmachine.’',
        speaker: 'een wethouder',
      },
    ],
  },
  {
    question: 8,
    intro:
      'Als gemeente kun je op verschillende manieren de inzet op eigen kracht stimuleren. Zo kun je de dialoog rond eigen kracht aanjagen en faciliteren. Organiseer bijvoorbeeld bijeenkomsten met inwoners, vrijwilligers en samenwerkingspartners in de stad. En stimuleer dat partijen elkaar opzoeken en samen leren. Zo kom je in co-creatie met elkaar tot de beste aanpak.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Je kunt er als gemeente ook voor kiezen om meer sturend op te treden. Zo kan de inzet op eigen kracht expliciet opgenomen worden in subsidie- en inkoopvoorwaarden. Je kunt bijvoorbeeld aan organisaties vragen om zelf een plan te maken rond de inzet op eigen kracht. Het kan dan wel helpen om een paar leidende principes mee te geven vanuit je visie op eigen kracht. Zoals:',
      },
      {
        kind: 'checklist',
        items: [
          'Voer gesprekken met tijd en aandacht',
          'Sluit aan bij de leefwereld van inwoners: waarden, taal, krachten en behoeftes',
          'Betrek de inwoner bij alle stappen',
          'Werk volgens een systeemgerichte benadering',
          'Faciliteer ontmoeting, uitwisseling en lotgenotencontact',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Nog sturender is om te eisen dat organisaties met bepaalde methoden of interventies gaan werken. Het is wel belangrijk om naar de lokale, specifieke situatie te kijken. Dat een interventie in de ene gemeente werkt, wil niet zeggen dat dat ook in een andere gemeente zo werkt. Kijk dus vooral naar werkzame elementen in de verschillende interventies.',
      },
      { kind: 'heading', text: 'Onderzochte interventies' },
      {
        kind: 'paragraph',
        text: 'Er wordt veel onderzoek gedaan naar effectieve aanpakken en interventies rond eigen kracht. Deze interventies onderzochten wij bijvoorbeeld in de door ZonMw gefinancierde projecten:',
      },
      {
        kind: 'checklist',
        items: [
          'Jeugdbescherming van klacht naar kracht. R’dam/Rijnmond',
          'Werken volgens de principes van het Wraparound Care model Kennemerland',
          'Stevig Ouderschap Rotterdam/Rijnmond',
          'Eigen Kracht Conferenties (EK-c’s) binnen de jeugdzorg Amsterdam',
          'CenteringParenting Hengelo/Amsterdam',
          'Licht Pedagogische Hulpverlening 12+ Groningen',
          'Praktijkgericht onderzoek naar de effectiviteit van Sociale Netwerk Strategieën Nijmegen/Maas Waal',
          'Gewoon opvoeden versterken, Utrecht',
          'Empowered door Signs of Safety? Drenthe/Groningen',
          'Zorg op maat met blended internetbased cognitieve gedragstherapie Friesland/Drenthe/Groningen/Overijssel',
          'Werkzaamheid van Girls’ Talk-Plus Zwolle, Heerenveen, Hoofddorp, Boxmeer, Ermelo',
          'Jij bent Okay',
          'Shabab van nu! Rotterdam',
          '1G1P Ouders aan Zet! Alkmaar eo, Midden Holland, Midden Limburg',
        ],
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Jeugdbescherming van klacht naar kracht',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/jeugdbescherming-van-klacht-naar-kracht-naar-een-eigen-kracht-bevorderende-methodiek-voor-jeugdbesc/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Werken volgens de principes van het Wraparound Care model',
        url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/werken-volgens-de-principes-van-het-wraparound-care-model-wcm-binnen-de-opvoedpoli-benutten-van-e/verslagen/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Stevig Ouderschap',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/stevig-ouderschap-het-versterken-van-eigen-kracht-van-oudersverzorgers-met-een-verhoogd-risico-op/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Eigen Kracht Conferenties (EK-c’s) binnen de jeugdzorg',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/eigen-kracht-conferenties-ek-cs-binnen-de-jeugdzorg-kenmerken-van-het-besluitvormingsmodel-ui/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: CenteringParenting',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/centeringparenting-jeugdgezondheidszorg-samen-met-ouders/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Licht Pedagogische Hulpverlening 12+',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/licht-pedagogische-hulpverlening-12/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Praktijkgericht onderzoek naar de effectiviteit van Sociale Netwerk Strategieën',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/praktijkgericht-onderzoek-naar-de-effectiviteit-van-sociale-netwerk-strategieen-voor-de-jeugd-in/',
      },
      {
        kind: 'link',
        text: 'Projectpagina Academische Werkplaats Transformatie Jeugd Utrecht: Gewoon opvoeden versterken',
        url: 'http://www.awtjutrecht.nl/projecten/gewoon-opvoeden-versterken',
      },
      {
        kind: 'link',
        text: 'Publicatie TNO (TU Delft-repository): Empowered door Signs of Safety?',
        url: 'https://repository.tudelft.nl/view/tno/uuid:46ec959d-f9a3-4d47-8c22-f9ceb413aa93',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Zorg op maat met blended internetbased cognitieve gedragstherapie',
        url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/zorg-op-maat-met-blended-internetbased-cognitieve-gedragstherapie-bij-kinderen-en-jongeren-met-angst/resultaten/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Werkzaamheid van Girls’ Talk-Plus',
        url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/onderzoek-naar-werkzaamheid-van-girlstalk-plus-voor-meiden-met-een-licht-verstandelijke-beperking/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Jij bent Okay',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/jij-bent-okay-competentieprogramma-voor-jongeren-met-lvb-en-ouders-met-psychische-enof-verslavings/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: Shabab van nu!',
        url: 'https://www.zonmw.nl/nl/onderzoek-resultaten/jeugd/programmas/project-detail/effectief-werken-in-de-jeugdsector/shabab-van-nu/t/publicaties-16/',
      },
      {
        kind: 'link',
        text: 'Projectpagina ZonMw: 1G1P Ouders aan Zet!',
        url: 'https://www.zonmw.nl/nl/redirect/redirect-project/ouders-aan-zet-onderzoek-naar-de-effecten-van-1gezin1plan/',
      },
      {
        kind: 'quote',
        text: '‘We hinken soms op twee gedachten. We zijn er allemaal voor om los te laten en uit te gaan van inwoners. Maar puntje bij paaltje willen we ook sturen en controleren. Er is lef voor nodig om het te laten gebeuren.’',
        speaker: 'een wethouder',
      },
    ],
  },
  {
    question: 9,
    intro:
      'Wat partijen nodig hebben hangt af van de expliciete opdracht die zij meekrijgen. Als je als gemeente bijvoorbeeld sterk wil inzetten op het vergroten van de motivatie van inwoners dan is het belangrijk dat er genoeg tijd in de uitvoering is om daadwerkelijk aan te sluiten bij de leefwereld van deze inwoners. Als je wil inzetten op de competenties van uitvoerders, dan zal je vooral aandacht moeten hebben voor opleiden, trainen en intervisie. En als je het netwerk van inwoners wil vergroten is het zinvol om aandacht te hebben voor ontmoeting en verbinding in de wijk.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Bij scholing kun je denken aan verschillende niveaus. Zo kan het voor beleidsmedewerkers interessant zijn om meer over het concept te leren en na te denken over de gevolgen van een bepaalde visie op eigen kracht. Voor uitvoerende professionals, klantmanagers, ketenregisseurs en wijkteammedewerkers is het vooral interessant om concrete handvatten te krijgen voor de interactie met inwoners. Hoe werk je nou concreet aan die eigen kracht?',
      },
      {
        kind: 'box',
        title: 'Toolkit voor uitvoerders binnen het sociaal domein',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Het ingewikkelde speelveld waar uitvoerders zich in moeten bewegen, is de afgelopen jaren drastisch veranderd. De gemeente is van een regelorganisatie veranderd in een casusorganisatie: gericht op maatwerk, afgestemd op de individuele omstandigheden van de inwoner en in samenwerking met verschillende partners. Maar wat betekent dit voor de houding, de kennis en het gedrag van uitvoerders? Wat wordt er tegenwoordig eigenlijk van hen gevraagd?',
          },
          {
            kind: 'paragraph',
            text: 'Het A&O fonds ontwikkelde een Toolkit voor uitvoerders binnen het sociaal domein waarin 15 hordes in het dagelijks werk worden besproken en tips om hier overheen te springen. Te weten:',
          },
          {
            kind: 'list',
            ordered: true,
            items: [
              'De organisatie van maatwerk',
              'In gesprek met de inwoner',
              'Motivatie van de inwoner',
              'Privacy',
              'Regels en wetten',
              'De veranderende gemeente',
              'Werken in een politieke omgeving',
              'Collega’s meenemen in overwegingen',
              'Leidinggevenden',
              'Netwerken',
              'Helderheid over eigenaarschap',
              'Regievoering',
              'Administratieve lasten',
              'Werkdruk',
              'Geld en uren',
            ],
          },
          {
            kind: 'link',
            text: 'Toolkit voor uitvoerders binnen het sociaal domein (A&O fonds Gemeenten, pdf)',
            url: 'https://www.samenvoordeklant.nl/sites/default/files/bestandsbijlage/ao_fonds_gemeenten_toolkit_sociaal_domein_v6_20190212.pdf#overlay-context',
          },
        ],
      },
      {
        kind: 'quote',
        text: '‘Het is verleidelijk om het concept empowerment te reduceren tot individuele noties als regie, kracht of zelfredzaamheid. Toch gaat het om meer.’',
        speaker: 'Boumans, 2015',
      },
    ],
  },
  {
    question: 11,
    blocks: [
      {
        kind: 'hint',
        text: 'Denk aan: minder zorgkosten, kwaliteit van leven, duurzame oplossingen, minder indicaties, therapietrouw, werkplezier professionals, etc.',
      },
      {
        kind: 'paragraph',
        text: 'Bij monitoring is de druk op cijfers vanuit de politiek vaak hoog. Hoeveel inwoners bereiken we? Hoeveel kosten besparen we?',
      },
      {
        kind: 'paragraph',
        text: 'Maar resultaten van of effecten op eigen kracht zijn vaak beter te vatten in verhalen en casussen. Is de kwaliteit van leven van inwoners verbeterd? Zijn zij beter in staat om volwaardig deel te nemen aan de samenleving? Is het effect duurzaam?',
      },
      {
        kind: 'paragraph',
        text: 'Maar ook: is het werkplezier van professionals groter, nu ze meer vrijheid hebben om maatwerk te leveren?',
      },
      {
        kind: 'paragraph',
        text: 'Het is dus belangrijk om accountants en de politiek mee te nemen in het proces van visieontwikkeling op eigen kracht en samen te bepalen welke meetinstrumenten dan het beste in kaart brengen wat we willen weten. Laat raadsleden bijvoorbeeld een dag meelopen in de praktijk zodat ze van dichtbij meemaken wat werken aan eigen kracht concreet inhoudt.',
      },
    ],
  },
  {
    question: 12,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Bij monitoring hebben gemeenten vaak twee belangrijke uitgangspunten:',
      },
      {
        kind: 'list',
        ordered: true,
        items: ['Zowel tellen als vertellen', 'Zo min mogelijk belasting voor uitvoerders'],
      },
      {
        kind: 'checklist',
        intro: 'Ze hanteren verschillende instrumenten zoals:',
        items: [
          'Tevredenheidsonderzoek cliënten en professionals',
          'Prestatie-indicatoren op basis van bestaande data',
          'Persoonlijke verhalen',
          'Panels',
          'Cliëntenraad',
          'Analyse van klachten',
          'Evaluatiecycli',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Sommige gemeenten kiezen er daarbij voor om op inwonerniveau te monitoren, terwijl anderen kijken naar een wijk of gebied. Dat past bijvoorbeeld beter bij populatiefinanciering, waarbij wijkteams of organisaties één bedrag ontvangen dat ze naar eigen inzicht mogen inzetten.',
      },
    ],
  },
  {
    question: 13,
    intro:
      'Het is goed om te kijken of de bestaande monitoring van je gemeente ook daadwerkelijk inzicht geeft in belemmerende en bevorderende factoren bij het inzetten op eigen kracht.',
    blocks: [
      {
        kind: 'checklist',
        intro:
          'In de participerende ZonMw-onderzoeken zagen we in ieder geval de volgende bevorderende factoren:',
        items: [
          'Echt aansluiten bij inwoners, ook via communicatie. Ieder mens heeft z’n eigen (on)mogelijkheden als het om eigen kracht gaat.',
          'Genoeg tijd en aandacht voor professionals om maatwerk te kunnen leveren',
          'Voldoende expertise en (praktijk)ervaring bij de professional',
          'De inwoner bij alle stappen betrekken',
          'Inwoners zo veel mogelijk zelf laten doen en ervaren',
          'Een systeemgerichte benadering; dus op het hele gezin en niet op 1 individu',
          'Interventies in een groep, zodat mensen lotgenoten treffen en elkaar kunnen steunen',
        ],
      },
      {
        kind: 'checklist',
        intro: 'Belemmerende factoren:',
        items: [
          'grenzen aan eigen kracht van mensen, onvoldoende tijd, vaardigheden professionals, geschikte interventies, etc.',
        ],
      },
    ],
  },
  {
    question: 14,
    intro:
      'Monitoring is vaak verplicht en wordt in alle gemeenten ook op een bepaalde manier gedaan. Maar wat gebeurt er eigenlijk met de resultaten? Waarschijnlijk worden ze sowieso beschreven in een (management)rapportage. Maar om echt te leren is het belangrijk om over de resultaten in gesprek te gaan met betrokkenen en raadsleden. Wat leren we van de resultaten en wat is er nodig om dingen nog effectiever en efficiënter te doen?',
    blocks: [
      {
        kind: 'box',
        title: 'Ervaringswijzer',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Ervaringswijzer is een webapplicatie ontwikkeld om kortcyclisch cliëntervaringsonderzoek uit te kunnen voeren. De applicatie is 24/7 beschikbaar en is ontwikkeld om het onderzoek voor alle betrokken partijen te vereenvoudigen. Binnen het dashboard kan men vragenlijsten ontwerpen en aanpassen. Het voorleggen van een vragenlijst kan via mail, SMS of een fysieke servicezuil/tablet. De verscheidenheid aan manieren en tijdstippen waarop een vragenlijst kan worden ingezet en beantwoord maakt dat de respons vaak hoger en relevanter is.',
          },
          {
            kind: 'link',
            text: 'Website van Ervaringswijzer',
            url: 'https://www.ervaringwijzer.nl/',
          },
        ],
      },
      {
        kind: 'quote',
        text: '‘Het wijkteam is soms net een schillenboer: iedereen gooit van alles op de wagen tot het paard dood voor de wagen ligt. Baken dus goed af waar taken en verantwoordelijkheden liggen.’',
        speaker: 'een wethouder',
      },
    ],
  },
  {
    question: 15,
    blocks: [
      {
        kind: 'box',
        title: 'Voorbeeld uit de gemeente Vaals: in gesprek met burgers via Photovoice',
        blocks: [
          {
            kind: 'paragraph',
            text: 'De gemeente Vaals heeft op succesvolle wijze de methode Photovoice gebruikt om in gesprek te raken met inwoners die in armoede leven. Gezinnen werd gevraagd om foto’s te maken van hun eigen situatie. Daarnaast is in het project ook gekeken naar onder andere beschikbare cijfers, betrokken organisaties en bestaande regelingen en voorzieningen. Deze informatie is daarna gebundeld in een zogenaamde startfoto. Deze startfoto, waarin de leefwereld van inwoners centraal stond, gaf input voor beleid.',
          },
          {
            kind: 'paragraph',
            text: 'Bij de methode Photovoice worden foto’s gebruikt om mensen naar hun mening te vragen. De foto’s van de acht gezinnen in Vaals gaven een beeld van wat het betekent om met weinig geld rond te moeten komen: geen geld voor een auto om de gratis spullen bij adverteerders op Marktplaats op te halen of voor een kopje koffie op een terras. Voorbeelden die mensen in het dagelijks leven stress bezorgen. Ogenschijnlijk kleine ongemakken worden door gezinnen in armoede veel sneller als een echt probleem ervaren. De expositie in Vaals liet zien dat de deelnemende gezinnen al verschillende ideeën hebben voor het verbeteren van hun situatie, zoals een kringloopwinkel en een Repaircafé voor het gratis laten repareren van spullen.',
          },
          {
            kind: 'link',
            text: 'Praktijkvoorbeeld ‘In gesprek met burgers via Photovoice’ (Gezond in…)',
            url: 'https://www.gezondin.nu/thema/burgers-zijn-hoofdrolspelers/praktijkvoorbeelden/243-in-gesprek-met-burgers-via-photovoice',
          },
        ],
      },
    ],
  },
]

export function inspirationFor(question: number): InspirationSection | undefined {
  return inspiration.find((s) => s.question === question)
}
