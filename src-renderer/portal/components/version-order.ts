// A vet opening a report wants the version in force: it comes first, and is
// the one marked current. Older versions follow, newest to oldest.

export function newestFirst<T extends { version: number }>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => b.version - a.version);
}
