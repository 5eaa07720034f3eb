// A veterinarian's address in a narrow column should wrap where a reader
// expects ("martin.ibanez" / "@example.org"), not wherever the line runs out
// ("martin.ibanez@example.o" / "rg").

/**
 * The address in the pieces a line may break between: the name and the domain
 * from its "@". A piece still too wide for the column is left to the browser.
 */
export function emailBreakPoints(address: string): string[] {
  const at = address.lastIndexOf('@');
  if (at <= 0) return [address];
  return [address.slice(0, at), address.slice(at)];
}
