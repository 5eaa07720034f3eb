// Validation messages reach receptionists and veterinarians: zod speaks Spanish.
import { z } from 'zod';

z.config(z.locales.es());
