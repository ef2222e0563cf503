/**
 * Names of the sample's staff: mostly French, some English. Every character is in Latin-1,
 * because the messy variant writes members.csv in Latin-1 (no "œ", no typographic apostrophe).
 */

const words = (text: string) => text.trim().split(/\s*,\s*/);

export const FRENCH_FEMALE = words(`Marie, Camille, Léa, Manon, Chloé, Emma, Inès, Sarah, Julie, Laura, Pauline, Claire,
  Sophie, Anne, Isabelle, Nathalie, Céline, Aurélie, Émilie, Élodie, Stéphanie, Sandrine, Valérie, Christine, Catherine,
  Hélène, Lucie, Mathilde, Charlotte, Juliette, Margaux, Clémence, Audrey, Caroline, Virginie, Mélanie, Agnès, Françoise,
  Sylvie, Martine, Océane, Anaïs, Noémie, Zoé, Louise, Alice, Jeanne, Maëlle, Gaëlle, Solène, Amandine, Delphine,
  Estelle, Fanny, Laëtitia, Myriam, Nadia, Fatima, Yasmine, Amira, Leïla, Aïcha, Marion, Justine, Coralie, Bérénice`);

export const FRENCH_MALE = words(`Thomas, Nicolas, Julien, Alexandre, Maxime, Antoine, Pierre, Jean, Paul, Louis, Hugo,
  Lucas, Théo, Nathan, Mathieu, Guillaume, Romain, Sébastien, Olivier, Christophe, Frédéric, Laurent, Philippe, Éric,
  Stéphane, David, Vincent, François, Jérôme, Cédric, Benoît, Arnaud, Damien, Florian, Kévin, Quentin, Adrien, Baptiste,
  Clément, Étienne, Gaël, Loïc, Yannick, Hervé, Bruno, Patrick, Michel, Jean-Pierre, Jean-Marc, Karim, Mehdi, Yacine,
  Mamadou, Raphaël, Joël, Grégoire, Anthony, Jordan, Bastien, Cyril`);

export const ENGLISH_FEMALE = words(
  `Olivia, Emily, Jessica, Hannah, Rebecca, Rachel, Kate, Lucy, Grace, Megan, Amy, Helen`,
);
export const ENGLISH_MALE = words(
  `James, John, Michael, William, Daniel, Matthew, Andrew, Oliver, Harry, George, Jack, Ryan`,
);

export const FRENCH_LAST = words(`Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon,
  Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier,
  Dupont, Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry, Roussel,
  Nicolas, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin, Masson, Sanchez, Gérard,
  Nguyen, Boyer, Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, Roy, Noël, Meyer, Lucas, Meunier, Perez, Marchand,
  Dufour, Blanchard, Barbier, Brun, Dumas, Brunet, Schmitt, Leroux, Colin, Fernandez, Renard, Arnaud, Rolland, Caron,
  Aubert, Giraud, Leclerc, Vidal, Bourgeois, Renaud, Lemoine, Picard, Gaillard, Lacroix, Fabre, Dupuis, Rodriguez,
  Da Silva, Hubert, Guillot, Rivière, Le Gall, Adam, Rey, Moulin, Gonzalez, Berger, Lecomte, Ménard, Fleury, Deschamps,
  Carpentier, Maillard, Marchal, Aubry, Vasseur, Le Roux, Renault, Jacquet, Collet, Prévost, Poirier, Charpentier,
  Royer, Huet, Baron, Dupuy, Pons, Carré, Breton, Rémy, Schneider, Perrot, Barré, Marty, Cousin, Bénard, Haddad,
  Diallo, Traoré, Benali, Bouchard, Le Goff, Cordier, Dubreuil, Tessier, Besson, Chauvin, Lebrun, Hoarau, Pereira`);

export const ENGLISH_LAST =
  words(`Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Evans, Walker, Wright,
  Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Clarke, Jackson, Turner, Hill, Cooper, King`);

/** `Jean-Pierre`, `Le Gall` → `jean-pierre`, `legall`: the local part of a company e-mail. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[' ]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}
