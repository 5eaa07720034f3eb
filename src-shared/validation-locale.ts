// Validation messages reach receptionists and veterinarians: zod speaks Spanish,
// and an empty required field says so in plain words rather than as a length.
import { z } from 'zod';

z.config(z.locales.es());
z.config({
  customError: (issue) =>
    issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1
      ? 'este dato es obligatorio'
      : undefined,
});
