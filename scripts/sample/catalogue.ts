/**
 * The course catalogue: hand-written courses (the whole catalogue at S), completed at M and L
 * by titles built from subjects and patterns. Ids are 7-digit numeric strings, like the platform's.
 */
import { Random, subSeed } from './random.ts';

export const LEVELS = ['débutant', 'intermédiaire', 'avancé'] as const;
type Level = (typeof LEVELS)[number];

export interface Course {
  id: string;
  title: string;
  url: string;
  domain: string;
  durationHours: number;
  level: Level;
  language: 'fr' | 'en';
  /** How often learners pick it on their own (a few courses are very popular). */
  popularity: number;
}

type Entry = [title: string, language: 'fr' | 'en', level: 0 | 1 | 2, hours: number];

const HAND_WRITTEN: Record<string, Entry[]> = {
  Data: [
    ['Découvrez la data science', 'fr', 0, 6],
    ['Requêtez une base de données avec SQL', 'fr', 0, 8],
    ['Nettoyez et analysez votre jeu de données', 'fr', 1, 10],
    ['Initiez-vous au Machine Learning', 'fr', 1, 15],
    ['Introduction to Machine Learning', 'en', 1, 12],
    ['Créez des tableaux de bord avec Power BI', 'fr', 0, 8],
    ['Initiez-vous à la statistique inférentielle', 'fr', 2, 15],
    ['Get Started with Data Visualization', 'en', 0, 6],
    ['Entraînez un modèle prédictif linéaire', 'fr', 2, 12],
  ],
  Développement: [
    ['Apprenez à programmer avec Python', 'fr', 0, 15],
    ['Apprenez à créer votre site web avec HTML5 et CSS3', 'fr', 0, 10],
    ['Apprenez à programmer avec JavaScript', 'fr', 0, 15],
    ['Débutez avec React', 'fr', 1, 15],
    ['Gérez du code avec Git et GitHub', 'fr', 0, 6],
    ['Learn Programming with Java', 'en', 0, 15],
    ['Écrivez du code Python maintenable', 'fr', 1, 10],
    ['Go Full-Stack with Node.js, Express and MongoDB', 'en', 1, 12],
    ['Adoptez les API REST pour vos projets web', 'fr', 1, 8],
  ],
  'Cloud & DevOps': [
    ['Découvrez le cloud avec Amazon Web Services', 'fr', 0, 8],
    ['Initiez-vous à Linux', 'fr', 0, 10],
    ['Optimisez votre déploiement en créant des conteneurs avec Docker', 'fr', 1, 10],
    ["Mettez en place l'intégration et la livraison continues", 'fr', 1, 12],
    ['Orchestrate Your Containers with Kubernetes', 'en', 2, 12],
    ['Introduction to Cloud Computing', 'en', 0, 4],
  ],
  Cybersécurité: [
    ['Protégez-vous des cyberattaques au quotidien', 'fr', 0, 4],
    ["Sécurisez vos applications web avec l'OWASP", 'fr', 2, 10],
    ['Learn the Basics of Cybersecurity', 'en', 0, 6],
  ],
  Management: [
    ['Développez votre leadership', 'fr', 1, 6],
    ['Managez une équipe au quotidien', 'fr', 0, 8],
    ['Menez des entretiens annuels efficaces', 'fr', 1, 4],
    ['Lead a Remote Team', 'en', 1, 4],
    ['Conduisez le changement dans votre organisation', 'fr', 2, 8],
    ['Déléguez efficacement', 'fr', 0, 3],
  ],
  'Gestion de projet': [
    ['Initiez-vous à la gestion de projet agile', 'fr', 0, 6],
    ['Appliquez la méthode Scrum à vos projets', 'fr', 1, 8],
    ['Planifiez et pilotez votre projet', 'fr', 0, 6],
    ['Get Started with Agile Project Management', 'en', 0, 6],
  ],
  'Soft skills': [
    ['Gérez votre temps efficacement', 'fr', 0, 4],
    ['Développez votre intelligence émotionnelle au travail', 'fr', 0, 5],
    ['Prenez la parole en public', 'fr', 0, 4],
    ['Communicate Effectively at Work', 'en', 0, 4],
    ['Apprenez à apprendre', 'fr', 0, 3],
    ['Développez vos compétences en négociation', 'fr', 1, 6],
    ['Gérez votre stress au travail', 'fr', 0, 3],
    ['Develop Your Critical Thinking', 'en', 1, 5],
  ],
  Bureautique: [
    ['Débutez avec Excel', 'fr', 0, 6],
    ['Maîtrisez Excel : formules et tableaux croisés dynamiques', 'fr', 1, 8],
    ['Créez des présentations percutantes avec PowerPoint', 'fr', 0, 4],
    ['Collaborez avec Microsoft Teams et SharePoint', 'fr', 0, 3],
    ['Automatisez vos tâches avec les macros VBA', 'fr', 2, 10],
  ],
  'Marketing digital': [
    ['Initiez-vous au marketing digital', 'fr', 0, 6],
    ['Réalisez le référencement naturel (SEO) de votre site', 'fr', 1, 8],
    ['Build a Social Media Strategy', 'en', 0, 6],
    ["Mesurez l'audience de votre site avec Google Analytics", 'fr', 1, 6],
  ],
  Vente: [
    ['Développez votre prospection commerciale', 'fr', 0, 6],
    ['Fidélisez vos clients', 'fr', 1, 5],
    ['Sell Your Solution with Consultative Selling', 'en', 1, 6],
  ],
  Finance: [
    ['Initiez-vous à la comptabilité', 'fr', 0, 8],
    ["Analysez les états financiers d'une entreprise", 'fr', 1, 10],
    ['Construisez un budget prévisionnel', 'fr', 1, 6],
    ['Read and Understand Financial Statements', 'en', 0, 6],
  ],
  'Ressources humaines': [
    ['Menez un entretien de recrutement', 'fr', 0, 4],
    ['Découvrez le droit du travail', 'fr', 0, 6],
    ['Concevez un plan de développement des compétences', 'fr', 1, 6],
    ["Favorisez l'inclusion et la diversité au travail", 'fr', 0, 3],
  ],
};

// M and L: "<pattern> <subject>" per domain, e.g. "Perfectionnez-vous en TypeScript".
const SUBJECTS: Record<string, string[]> = {
  Data: [
    'R',
    'Spark',
    'Tableau',
    'Looker Studio',
    'dbt',
    'Airflow',
    'PostgreSQL',
    'MongoDB',
    'pandas',
    'scikit-learn',
    'Deep Learning',
    'NLP',
  ],
  Développement: [
    'TypeScript',
    'Go',
    'Rust',
    'Kotlin',
    'Swift',
    'Vue.js',
    'Angular',
    'Django',
    'Symfony',
    'Spring Boot',
    'Flutter',
    'C#',
  ],
  'Cloud & DevOps': ['Azure', 'Google Cloud', 'Terraform', 'Ansible', 'GitLab CI', 'Prometheus', 'OpenStack'],
  Bureautique: ['Word', 'Outlook', 'Google Sheets', 'Power Query', 'OneNote', 'Power Automate'],
  Cybersécurité: ['Zero Trust', 'Active Directory', 'EBIOS', 'RGPD'],
};
const PATTERNS: [fr: string, en: string][] = [
  ['Initiez-vous à {s}', 'Get Started with {s}'],
  ['Perfectionnez-vous en {s}', 'Master {s}'],
  ['Réalisez un projet complet avec {s}', 'Build a Project with {s}'],
  ['Découvrez les bonnes pratiques de {s}', 'Learn {s} Best Practices'],
  ['Passez à la vitesse supérieure avec {s}', 'Take {s} to the Next Level'],
];

/** `Maîtrisez Excel : formules…` → `maitrisez-excel-formules…`, as in the platform's course URLs. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function makeCatalogue(seed: number, size: number): Course[] {
  const rng = new Random(subSeed(seed, 1));
  const entries: [string, Entry][] = Object.entries(HAND_WRITTEN).flatMap(([domain, list]) =>
    list.map((e): [string, Entry] => [domain, e]),
  );
  const titles = new Set(entries.map(([, [title]]) => title));
  const domains = Object.keys(SUBJECTS);
  for (let tries = 0; entries.length < size && tries < size * 50; tries++) {
    const domain = rng.pick(domains);
    const subject = rng.pick(SUBJECTS[domain]!);
    const english = rng.chance(0.25);
    const [fr, en] = rng.pick(PATTERNS);
    const title = (english ? en : fr).replace('{s}', subject).replace(/ de ([AEIOU])/, " d'$1");
    if (titles.has(title)) continue;
    titles.add(title);
    entries.push([
      domain,
      [title, english ? 'en' : 'fr', rng.int(0, 2) as 0 | 1 | 2, rng.pick([4, 6, 8, 10, 12, 15, 20])],
    ]);
  }
  const ids = new Set<string>();
  return entries.map(([domain, [title, language, level, hours]]) => {
    let id: string;
    do id = String(rng.int(4_000_000, 7_999_999));
    while (ids.has(id));
    ids.add(id);
    return {
      id,
      title,
      url: `https://openclassrooms.com/${language}/courses/${id}-${slugify(title)}`,
      domain,
      durationHours: hours,
      level: LEVELS[level],
      language,
      // Zipf-like: a few courses draw most of the learners who pick on their own.
      popularity: 1 / (1 + rng.int(0, entries.length - 1)) ** 0.8,
    };
  });
}

export function courseByTitle(catalogue: readonly Course[], title: string): Course {
  const course = catalogue.find((c) => c.title === title);
  if (!course) throw new Error(`sample: no course titled "${title}" in the catalogue`);
  return course;
}
