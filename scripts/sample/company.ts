/**
 * Groupe Alpina, the fictional French company of the sample: head office in Lyon, departments,
 * sites and seniority bands. Values land in members.csv, so they stay within Latin-1.
 */

export const COMPANY = 'Groupe Alpina';
export const MAIL_DOMAIN = 'alpina.example';
export const SITE_URL = 'https://formation.alpina.example';
export const TRAINING_MAILBOX = `formation@${MAIL_DOMAIN}`;

export interface Department {
  name: string;
  en: string;
  weight: number;
  /** Job titles, `masculine|feminine` when they differ. */
  titles: string[];
  /** Catalogue domains its people are steered to. */
  domains: string[];
}

// The first five are the departments of the S sample (one team each); M and L use them all.
export const DEPARTMENTS: Department[] = [
  {
    name: 'Commercial',
    en: 'Sales',
    weight: 22,
    domains: ['Vente', 'Soft skills'],
    titles: [
      'Ingénieur commercial|Ingénieure commerciale',
      "Chargé d'affaires|Chargée d'affaires",
      'Key account manager',
      'Assistant commercial|Assistante commerciale',
    ],
  },
  {
    name: 'R&D',
    en: 'R&D',
    weight: 16,
    domains: ['Développement', 'Data', 'Cloud & DevOps'],
    titles: [
      'Ingénieur logiciel|Ingénieure logiciel',
      'Développeur|Développeuse',
      'Data scientist',
      'Architecte logiciel',
      'Ingénieur test|Ingénieure test',
    ],
  },
  {
    name: 'Finance',
    en: 'Finance',
    weight: 8,
    domains: ['Finance', 'Bureautique'],
    titles: [
      'Comptable',
      'Contrôleur de gestion|Contrôleuse de gestion',
      'Analyste financier|Analyste financière',
      'Trésorier|Trésorière',
    ],
  },
  {
    name: 'Ressources humaines',
    en: 'Human Resources',
    weight: 5,
    domains: ['Ressources humaines', 'Management'],
    titles: [
      'Chargé de recrutement|Chargée de recrutement',
      'Gestionnaire paie',
      'Chargé RH|Chargée RH',
      'Juriste en droit social',
    ],
  },
  {
    name: 'Marketing',
    en: 'Marketing',
    weight: 7,
    domains: ['Marketing digital', 'Soft skills'],
    titles: [
      'Chef de produit|Cheffe de produit',
      'Chargé de communication|Chargée de communication',
      'Traffic manager',
      'Content manager',
    ],
  },
  {
    name: 'Informatique',
    en: 'IT',
    weight: 8,
    domains: ['Cloud & DevOps', 'Cybersécurité'],
    titles: [
      'Administrateur systèmes|Administratrice systèmes',
      'Technicien support|Technicienne support',
      'Ingénieur réseau|Ingénieure réseau',
      'Chef de projet SI|Cheffe de projet SI',
    ],
  },
  {
    name: 'Production',
    en: 'Manufacturing',
    weight: 14,
    domains: ['Gestion de projet', 'Bureautique'],
    titles: [
      'Technicien de production|Technicienne de production',
      "Chef d'atelier|Cheffe d'atelier",
      'Opérateur|Opératrice',
      'Ingénieur méthodes|Ingénieure méthodes',
    ],
  },
  {
    name: 'Logistique',
    en: 'Logistics',
    weight: 8,
    domains: ['Bureautique', 'Gestion de projet'],
    titles: ['Gestionnaire logistique', 'Approvisionneur|Approvisionneuse', "Responsable d'entrepôt"],
  },
  {
    name: 'Achats',
    en: 'Purchasing',
    weight: 4,
    domains: ['Finance', 'Soft skills'],
    titles: ['Acheteur|Acheteuse', 'Assistant achats|Assistante achats'],
  },
  {
    name: 'Juridique',
    en: 'Legal',
    weight: 3,
    domains: ['Ressources humaines', 'Cybersécurité'],
    titles: ['Juriste', 'Assistant juridique|Assistante juridique'],
  },
  {
    name: 'Service client',
    en: 'Customer Service',
    weight: 10,
    domains: ['Vente', 'Soft skills'],
    titles: ['Conseiller clientèle|Conseillère clientèle', 'Chargé de relation client|Chargée de relation client'],
  },
  {
    name: 'Qualité',
    en: 'Quality',
    weight: 4,
    domains: ['Gestion de projet', 'Data'],
    titles: ['Ingénieur qualité|Ingénieure qualité', 'Auditeur qualité|Auditrice qualité'],
  },
];

/** Sites by head count; Lyon is the head office. S uses the first four. */
export const SITES: [name: string, weight: number][] = [
  ['Lyon', 40],
  ['Paris', 30],
  ['Nantes', 14],
  ['Lille', 10],
  ['Bordeaux', 9],
  ['Toulouse', 9],
  ['Marseille', 8],
  ['Strasbourg', 6],
  ['Rennes', 6],
  ['Grenoble', 5],
  ['Montpellier', 5],
  ['Nice', 4],
  ['Rouen', 3],
  ['Dijon', 3],
  ['Clermont-Ferrand', 3],
  ['Tours', 3],
  ['Metz', 2],
  ['Reims', 2],
  ['Angers', 2],
  ['Brest', 2],
  ['Le Mans', 2],
  ['Annecy', 2],
  ['Orléans', 2],
  ['Caen', 2],
  ['Limoges', 1],
  ['Besançon', 1],
  ['Poitiers', 1],
  ['Perpignan', 1],
  ['Nancy', 1],
  ['Avignon', 1],
];

export const NEWCOMER = "moins d'1 an";
/** Seniority bands other than newcomers, with their share of staff. */
export const SENIORITY: [band: string, weight: number][] = [
  ['1 à 3 ans', 30],
  ['3 à 10 ans', 40],
  ['plus de 10 ans', 30],
];

export function jobTitle(title: string, female: boolean): string {
  const [masculine, feminine] = title.split('|');
  return female && feminine ? feminine : masculine!;
}
