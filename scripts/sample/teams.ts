/**
 * The teams of the sample. S: eight hand-written teams on real criteria (departments, a site,
 * a project, a cohort of newcomers). M and L: department × site units, project teams and one
 * newcomers' cohort per site, with page messages from templates.
 */
import { courseByTitle, slugify, type Course } from './catalogue.ts';
import { DEPARTMENTS, NEWCOMER, SITES, TRAINING_MAILBOX } from './company.ts';
import { Random, subSeed } from './random.ts';

export interface Criteria {
  department?: string;
  location?: string;
  seniority?: string;
  domain?: string;
  project?: string;
}
type Text = { fr: string; en: string };

export interface Team {
  id: string;
  name: Text;
  criteria: Criteria;
  message: Text;
  suggested: Course[];
  /** Relative head count. */
  weight: number;
  /** E-mails, filled when roles are given. */
  supervisors: string[];
}

interface Draft {
  id: string;
  name: Text;
  criteria: Criteria;
  weight: number;
  intro: Text;
  tips: [string, string][];
  suggested: string[];
}

const HAND_WRITTEN: Draft[] = [
  {
    id: 'commercial',
    name: { fr: 'Commercial', en: 'Sales' },
    criteria: { department: 'Commercial' },
    weight: 70,
    intro: {
      fr: "Cette année, l'équipe Commercial mise sur la prospection et la relation client.",
      en: 'This year the Sales team focuses on prospecting and customer relationships.',
    },
    tips: [
      ['Suivez un cours de vente par trimestre', 'Take one sales course a quarter'],
      ['Partagez une astuce au point du lundi', 'Share one tip at the Monday meeting'],
      ['Entraînez-vous à la négociation en binôme', 'Practise negotiation in pairs'],
    ],
    suggested: [
      'Développez votre prospection commerciale',
      'Fidélisez vos clients',
      'Sell Your Solution with Consultative Selling',
      'Développez vos compétences en négociation',
      'Prenez la parole en public',
    ],
  },
  {
    id: 'rd',
    name: { fr: 'R&D', en: 'R&D' },
    criteria: { department: 'R&D' },
    weight: 50,
    intro: {
      fr: 'La R&D se forme à Python et au Machine Learning pour préparer nos produits de demain.',
      en: "R&D is learning Python and Machine Learning to prepare tomorrow's products.",
    },
    tips: [
      ['Une heure de formation chaque vendredi après-midi', 'One hour of learning every Friday afternoon'],
      ['Un atelier de partage par mois', 'One sharing workshop a month'],
      ["Un certificat à afficher avant la fin de l'année", 'A certificate to show before the end of the year'],
    ],
    suggested: [
      'Apprenez à programmer avec Python',
      'Gérez du code avec Git et GitHub',
      'Écrivez du code Python maintenable',
      'Initiez-vous au Machine Learning',
      'Introduction to Machine Learning',
    ],
  },
  {
    id: 'finance',
    name: { fr: 'Finance', en: 'Finance' },
    criteria: { department: 'Finance' },
    weight: 28,
    intro: {
      fr: "La Finance automatise ses tableaux de bord : moins de copier-coller, plus d'analyse.",
      en: 'Finance is automating its dashboards: less copy-paste, more analysis.',
    },
    tips: [
      [
        'Commencez par Excel si vous ne connaissez pas les tableaux croisés',
        'Start with Excel if pivot tables are new to you',
      ],
      ['Passez ensuite à Power BI', 'Then move on to Power BI'],
      ["Montrez votre premier tableau de bord en réunion d'équipe", 'Show your first dashboard at a team meeting'],
    ],
    suggested: [
      'Maîtrisez Excel : formules et tableaux croisés dynamiques',
      'Créez des tableaux de bord avec Power BI',
      "Analysez les états financiers d'une entreprise",
      'Construisez un budget prévisionnel',
    ],
  },
  {
    id: 'rh',
    name: { fr: 'Ressources humaines', en: 'Human Resources' },
    criteria: { department: 'Ressources humaines' },
    weight: 16,
    intro: {
      fr: "Les RH portent le programme : montrons l'exemple !",
      en: "HR runs the programme: let's lead by example!",
    },
    tips: [
      ['Testez chaque cours suggéré aux autres équipes', 'Try the courses suggested to the other teams'],
      ['Recueillez les retours des apprenants', "Collect learners' feedback"],
      ['Préparez les entretiens annuels avec les managers', 'Prepare annual reviews with the managers'],
    ],
    suggested: [
      'Menez un entretien de recrutement',
      'Concevez un plan de développement des compétences',
      "Favorisez l'inclusion et la diversité au travail",
      'Menez des entretiens annuels efficaces',
    ],
  },
  {
    id: 'marketing',
    name: { fr: 'Marketing et communication', en: 'Marketing and Communication' },
    criteria: { department: 'Marketing' },
    weight: 24,
    intro: {
      fr: 'Le marketing renforce ses compétences digitales pour le lancement de la nouvelle gamme.',
      en: 'Marketing is building digital skills for the launch of the new range.',
    },
    tips: [
      ['Référencement naturel avant la refonte du site', 'SEO before the website redesign'],
      ["Réseaux sociaux pour toute l'équipe", 'Social media for the whole team'],
      ["Mesure d'audience pour les chefs de produit", 'Audience measurement for product managers'],
    ],
    suggested: [
      'Initiez-vous au marketing digital',
      'Réalisez le référencement naturel (SEO) de votre site',
      'Build a Social Media Strategy',
      "Mesurez l'audience de votre site avec Google Analytics",
    ],
  },
  {
    id: 'site-nantes',
    name: { fr: 'Site de Nantes', en: 'Nantes site' },
    criteria: { location: 'Nantes' },
    weight: 44,
    intro: {
      fr: 'À Nantes, toutes les équipes du site apprennent ensemble, avec une salle de formation réservée le jeudi.',
      en: 'In Nantes, every team on site learns together, with a training room booked on Thursdays.',
    },
    tips: [
      ['Salle Loire, le jeudi de 12 h à 14 h', 'Loire room, Thursdays 12:00 to 14:00'],
      ["Casques disponibles à l'accueil", 'Headsets available at reception'],
      ['Un café-partage le premier jeudi du mois', 'A coffee chat on the first Thursday of the month'],
    ],
    suggested: [
      'Gérez votre temps efficacement',
      'Collaborez avec Microsoft Teams et SharePoint',
      'Débutez avec Excel',
      'Protégez-vous des cyberattaques au quotidien',
    ],
  },
  {
    id: 'projet-cloud-2027',
    name: { fr: 'Projet Cloud 2027', en: 'Cloud 2027 Project' },
    criteria: { project: 'Cloud 2027', domain: 'Cloud & DevOps' },
    weight: 22,
    intro: {
      fr: "D'ici 2027, nos applications migrent vers le cloud : l'équipe projet se forme en premier.",
      en: 'By 2027 our applications move to the cloud: the project team trains first.',
    },
    tips: [
      ['Les bases : Linux et le cloud', 'The basics: Linux and the cloud'],
      ['Puis les conteneurs avec Docker', 'Then containers with Docker'],
      ['Enfin Kubernetes pour les architectes', 'Finally Kubernetes for the architects'],
    ],
    suggested: [
      'Découvrez le cloud avec Amazon Web Services',
      'Initiez-vous à Linux',
      'Optimisez votre déploiement en créant des conteneurs avec Docker',
      "Mettez en place l'intégration et la livraison continues",
      'Orchestrate Your Containers with Kubernetes',
    ],
  },
  {
    id: 'nouveaux-arrivants-2026',
    name: { fr: 'Nouveaux arrivants 2026', en: '2026 Newcomers' },
    criteria: { seniority: NEWCOMER },
    weight: 36,
    intro: {
      fr: "Bienvenue chez Alpina ! Votre parcours d'intégration commence par quelques cours courts.",
      en: 'Welcome to Alpina! Your onboarding starts with a few short courses.',
    },
    tips: [
      ['Deux cours courts pendant votre premier mois', 'Two short courses in your first month'],
      ['Un point avec votre parrain ou marraine', 'A check-in with your buddy'],
      ['Vos questions au café des nouveaux, chaque mardi', "Your questions at the newcomers' coffee, every Tuesday"],
    ],
    suggested: [
      'Apprenez à apprendre',
      'Gérez votre temps efficacement',
      'Collaborez avec Microsoft Teams et SharePoint',
      'Protégez-vous des cyberattaques au quotidien',
      'Communicate Effectively at Work',
    ],
  },
];

function message(draft: Draft, courses: Course[]): Text {
  const first = courses[0]!;
  const firstInEnglish = courses.find((c) => c.language === 'en') ?? first;
  const list = (lang: 0 | 1) => draft.tips.map((tip) => `- ${tip[lang]}`).join('\n');
  return {
    fr: `${draft.intro.fr}\n\n${list(0)}\n\nPour commencer : [${first.title}](${first.url}). Une question ? Écrivez à [l'équipe Formation](mailto:${TRAINING_MAILBOX}).\n`,
    en: `${draft.intro.en}\n\n${list(1)}\n\nTo start: [${firstInEnglish.title}](${firstInEnglish.url}). A question? Write to [the Learning team](mailto:${TRAINING_MAILBOX}).\n`,
  };
}

function finish(draft: Draft, courses: Course[]): Team {
  return {
    id: draft.id,
    name: draft.name,
    criteria: draft.criteria,
    weight: draft.weight,
    message: message(draft, courses),
    suggested: courses,
    supervisors: [],
  };
}

export function handWrittenTeams(catalogue: Course[]): Team[] {
  return HAND_WRITTEN.map((draft) =>
    finish(
      draft,
      draft.suggested.map((title) => courseByTitle(catalogue, title)),
    ),
  );
}

/** `de Lyon`, `d'Angers`. */
const of = (place: string) => (/^[AEIOUÉ]/.test(place) ? `d'${place}` : `de ${place}`);

const PROJECTS = [
  'Cloud 2027',
  'Data 2027',
  'Usine 4.0',
  'Client 360',
  'Cybersécurité 2027',
  'Green IT',
  'ERP Horizon',
  'Mobilité douce',
  'Nouveau siège',
  'IA générative',
];
const PROJECT_DOMAINS = [
  'Cloud & DevOps',
  'Data',
  'Gestion de projet',
  'Vente',
  'Cybersécurité',
  'Gestion de projet',
  'Gestion de projet',
  'Soft skills',
  'Management',
  'Data',
];

function suggest(rng: Random, catalogue: Course[], domains: string[]): Course[] {
  const pool = catalogue.filter((c) => domains.includes(c.domain));
  const picked = new Set<Course>();
  const want = rng.int(3, 6);
  for (let tries = 0; picked.size < want && tries < 100; tries++)
    picked.add(rng.pick(pool.length >= want ? pool : catalogue));
  return [...picked];
}

/** `count` teams for M and L, over `siteCount` sites. */
export function generatedTeams(seed: number, count: number, siteCount: number, catalogue: Course[]): Team[] {
  const rng = new Random(subSeed(seed, 2));
  const sites = SITES.slice(0, siteCount);
  const drafts: (Draft & { domains: string[] })[] = [];
  const generic = (fr: string, en: string): [string, string][] => [
    [`Une heure par semaine, ${fr}`, `One hour a week, ${en}`],
    ['Un cours suggéré terminé par trimestre', 'One suggested course completed each quarter'],
    ["Vos retours à l'équipe Formation", 'Your feedback to the Learning team'],
  ];
  for (const [site, weight] of sites) {
    drafts.push({
      id: `nouveaux-arrivants-2026-${slugify(site)}`,
      name: { fr: `Nouveaux arrivants 2026 ${site}`, en: `2026 Newcomers ${site}` },
      criteria: { seniority: NEWCOMER, location: site },
      weight: weight * 0.12,
      intro: {
        fr: `Bienvenue chez Alpina, à ${site} ! Votre intégration commence par quelques cours courts.`,
        en: `Welcome to Alpina in ${site}! Your onboarding starts with a few short courses.`,
      },
      tips: generic('pendant votre premier mois', 'during your first month'),
      suggested: [],
      domains: ['Soft skills', 'Bureautique'],
    });
  }
  const projectCount = Math.max(2, Math.round(count * 0.03));
  for (let i = 0; i < projectCount; i++) {
    const p = i % PROJECTS.length;
    const lot = Math.floor(i / PROJECTS.length) + 1;
    const suffix = lot > 1 ? ` (lot ${lot})` : '';
    drafts.push({
      id: slugify(`projet ${PROJECTS[p]} ${lot > 1 ? `lot ${lot}` : ''}`),
      name: { fr: `Projet ${PROJECTS[p]}${suffix}`, en: `${PROJECTS[p]} Project${suffix.replace('lot', 'batch')}` },
      criteria: { project: PROJECTS[p]!, domain: PROJECT_DOMAINS[p]! },
      weight: 0.4 + rng.next(),
      intro: {
        fr: `L'équipe du projet ${PROJECTS[p]} se forme ensemble avant les grandes étapes du projet.`,
        en: `The ${PROJECTS[p]} project team trains together before the project's milestones.`,
      },
      tips: generic('avant chaque jalon', 'before each milestone'),
      suggested: [],
      domains: [PROJECT_DOMAINS[p]!],
    });
  }
  // Department × site units, drawn by head count, numbered when a pair has several.
  const units = new Map<string, number>();
  const pairs = DEPARTMENTS.flatMap((d) => sites.map(([s, w]) => ({ d, s, w: d.weight * w })));
  const total = pairs.reduce((sum, p) => sum + p.w, 0);
  let cum = 0;
  const cumulative = pairs.map((p) => (cum += p.w));
  for (let i = drafts.length; i < count; i++) {
    const x = rng.next() * total;
    const pair = pairs[cumulative.findIndex((c) => c > x)]!;
    const key = `${pair.d.name}|${pair.s}`;
    units.set(key, (units.get(key) ?? 0) + 1);
  }
  for (const { d, s } of pairs) {
    const n = units.get(`${d.name}|${s}`) ?? 0;
    for (let k = 1; k <= n; k++) {
      const number = n > 1 ? ` ${k}` : '';
      drafts.push({
        id: slugify(`${d.name} ${s}${number}`),
        name: { fr: `${d.name} ${s}${number}`, en: `${d.en} ${s}${number}` },
        criteria: { department: d.name, location: s },
        weight: (d.weight * SITES.find(([name]) => name === s)![1] * (0.3 + 1.4 * rng.next())) / n / 40,
        intro: {
          fr: `Bienvenue sur la page de l'équipe ${d.name} ${of(s)}.`,
          en: `Welcome to the page of the ${d.en} team in ${s}.`,
        },
        tips: generic('réservée dans votre agenda', 'booked in your calendar'),
        suggested: [],
        domains: d.domains,
      });
    }
  }
  return drafts.map((draft) => finish(draft, suggest(rng, catalogue, draft.domains)));
}
