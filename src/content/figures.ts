/**
 * The two figures of the "Inspiratie + voorbeelden" part of the reflection tool (002), as data:
 * drawn as inline SVG by the figure components and shown in full as their text version.
 */

export interface Dimension {
  id: 'competentioneel' | 'motivationeel' | 'sociaal' | 'maatschappelijk'
  title: string
  subtitle: string
  details?: string
}

export interface Relation {
  from: Dimension['id']
  to: Dimension['id']
  label: string
}

/**
 * "De dimensies van eigen kracht" (002, lines ~348-390; model of Gilsing, Jansma & Schöne, 2017).
 *
 * The extracted text keeps the six arrow labels but not the arrows. Directions, worked out from
 * the meaning of each label (and from the model as 001 describes it, lines ~255-287): each pair
 * of dimensions has one relation each way.
 * - motivationeel ↔ sociaal: "Durf/wil om netwerk in te zetten" is what willing and daring do
 *   to the network (motivationeel → sociaal); "Netwerk beïnvloedt zelfvertrouwen etc." says the
 *   network acts on self-confidence (sociaal → motivationeel).
 * - competentioneel ↔ sociaal: "Aanspreken netwerk vraagt competenties": one needs skills to call
 *   on one's network, i.e. competences enable the social dimension (competentioneel → sociaal;
 *   001: "een ouder of kind [heeft] bepaalde vaardigheden (competentionele dimensie) nodig om
 *   verbindingen aan te gaan met andere mensen (sociale dimensie)"). "Kan competenties versterken":
 *   the network can strengthen competences (sociaal → competentioneel).
 * - competentioneel ↔ motivationeel: "Versterkt of verzwakt zelfvertrouwen etc.": what one can
 *   (or cannot) do strengthens or weakens self-confidence (competentioneel → motivationeel);
 *   "Vertrouwen op eigen kunnen": confidence directed at one's own abilities
 *   (motivationeel → competentioneel).
 * Relations are in the order of the labels in the source.
 */
export const dimensiesEigenKracht: {
  title: string
  dimensions: readonly Dimension[]
  relations: readonly Relation[]
  note: string
} = {
  title: 'De dimensies van eigen kracht',
  dimensions: [
    {
      id: 'competentioneel',
      title: 'Competentionele dimensie',
      subtitle: 'Kennen + kunnen',
      details: 'vaardigheden, talenten, kennis, ervaringen',
    },
    {
      id: 'motivationeel',
      title: 'Motivationele dimensie',
      subtitle: 'Willen + durven',
      details: 'zelfvertrouwen, self-efficacy, locus of control, motivatie',
    },
    {
      id: 'sociaal',
      title: 'Sociale dimensie',
      subtitle: 'Kracht sociaal netwerk',
    },
    {
      id: 'maatschappelijk',
      title: 'Maatschappelijke dimensie',
      subtitle: 'Moeten + mogen',
      details: 'maatschappelijke, waaronder culturele, en wettelijke grenzen',
    },
  ],
  relations: [
    { from: 'motivationeel', to: 'sociaal', label: 'Durf/wil om netwerk in te zetten' },
    { from: 'sociaal', to: 'motivationeel', label: 'Netwerk beïnvloedt zelfvertrouwen etc.' },
    { from: 'competentioneel', to: 'sociaal', label: 'Aanspreken netwerk vraagt competenties' },
    {
      from: 'competentioneel',
      to: 'motivationeel',
      label: 'Versterkt of verzwakt zelfvertrouwen etc.',
    },
    { from: 'motivationeel', to: 'competentioneel', label: 'Vertrouwen op eigen kunnen' },
    { from: 'sociaal', to: 'competentioneel', label: 'Kan competenties versterken' },
  ],
  note: 'Model van Gilsing, Jansma & Schöne (2017) met drie dimensies die elkaar versterken of verzwakken. De vierde, maatschappelijke dimensie (de maatschappelijke, waaronder culturele, en wettelijke grenzen: moeten en mogen) staat niet in het oorspronkelijke model: die is toegevoegd naar aanleiding van regiobijeenkomsten over eigen kracht met gemeenten en staat daarom als kader om de drie dimensies heen.',
}

export interface Rung {
  step: number
  name: string
  description: string
}

/**
 * "Participatieladder" (002, lines ~654-698): six rungs, step 1 = least influence. Names and
 * descriptions exactly as in the source. The source names no author for the figure, so there is
 * no `source`.
 */
export const participatieladder: {
  title: string
  rungs: readonly Rung[]
  axes: { vertical: string; horizontal: string; low: string; high: string }
  source?: string
} = {
  title: 'Participatieladder',
  rungs: [
    {
      step: 1,
      name: 'Informeren',
      description: 'Verstrekken van informatie met bijv. persbericht of nieuwsbrief',
    },
    {
      step: 2,
      name: 'Inspreken',
      description: 'Verkrijgen van respons uit bijv. inspraakreacties of enquête',
    },
    {
      step: 3,
      name: 'Consulteren',
      description: 'Formele dialoog bijv. in klankbordgroep of workshop',
    },
    {
      step: 4,
      name: 'Coproduceren / samenwerken',
      description: 'Gezamenlijke planvorming bijv. in projectgroep',
    },
    { step: 5, name: 'Delegeren', description: 'Overdragen van zaken' },
    { step: 6, name: 'Zelfbestuur', description: 'Eigen planvorming' },
  ],
  axes: {
    vertical: 'Mate van invloed',
    horizontal: 'Aantal betrokkenen',
    low: 'Laag',
    high: 'Hoog',
  },
}
