// Argentine identity numbers, validated the way AFIP and RENAPER define them.

/** CUIT/CUIL: 11 digits, the last one a mod-11 check digit. Dashes and spaces allowed. */
export function isValidCuit(raw: string): boolean {
  const digits = raw.replace(/[-\s]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;

  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const remainder = 11 - (sum % 11);
  const check = remainder === 11 ? 0 : remainder === 10 ? 9 : remainder;
  return check === Number(digits[10]);
}

/** DNI: 7 or 8 digits; dots as thousands separators are accepted. */
export function isValidDni(raw: string): boolean {
  return /^\d{7,8}$/.test(raw.replace(/[.\s]/g, ''));
}

/** A phone as people write it in Argentina: digits, spaces, dashes, parentheses, one leading +. */
export function isValidPhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  return /^\+?[\d\s\-()]+$/.test(raw.trim()) && digits.length >= 8 && digits.length <= 15;
}
