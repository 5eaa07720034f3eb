// Search is accent- and case-blind: "munoz" finds "Muñoz", "GOMEZ" finds "Gómez".

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
