// The one shape of a submitted protocol, whether it was typed at the desk from a
// paper form, imported as JSON or (later) sent from the veterinarians' portal.

import { z } from 'zod';
import './validation-locale';
import { cleanString } from './clean-text';
import { isValidCuit, isValidDni, isValidPhone } from './identity-numbers';

const text = (max: number) => cleanString().min(1).max(max);
const optionalText = (max: number) =>
  cleanString()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const addressSchema = z.strictObject({
  province: optionalText(80),
  locality: optionalText(80),
  street: optionalText(120),
  number: optionalText(20),
  floor: optionalText(20),
  apartment: optionalText(20),
  postalCode: optionalText(20),
});

// A name is one line: a line break or a tab in it is a paragraph smuggled into
// every mail and label that carries the name.
const ONE_LINE = /^[^\t\n\r]*$/;
const personName = (max: number) =>
  text(max).regex(ONE_LINE, 'un nombre no lleva saltos de línea ni tabulaciones');

export const veterinarianSchema = z.strictObject({
  firstName: personName(80),
  lastName: personName(80),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'el correo electrónico no es válido' })),
  licenseNumber: text(30),
  phone: optionalText(40).refine(
    (v) => v === undefined || isValidPhone(v),
    'el teléfono no es válido',
  ),
  dni: optionalText(12).refine(
    (v) => v === undefined || isValidDni(v),
    'el DNI debe tener 7 u 8 dígitos',
  ),
  cuit: optionalText(13).refine(
    (v) => v === undefined || isValidCuit(v),
    'el CUIT/CUIL no es válido (revise el dígito verificador)',
  ),
  address: addressSchema.optional(),
});

export const animalSchema = z.strictObject({
  species: text(60),
  breed: optionalText(60),
  sex: z.enum(['male', 'female', 'unknown']).default('unknown'),
  age: optionalText(40),
  identification: optionalText(80),
});

export const ownerSchema = z.strictObject({
  lastName: optionalText(80),
  firstName: optionalText(80),
});

const histopathologySample = z.strictObject({
  material: text(500),
  containers: z.number().int().min(1).max(99),
});

const cytologySample = z.strictObject({
  technique: text(120),
  site: text(200),
  slides: z.number().int().min(1).max(999),
});

const common = {
  veterinarian: veterinarianSchema,
  animal: animalSchema,
  owner: ownerSchema.default({ lastName: undefined, firstName: undefined }),
  presumptiveDiagnosis: text(500),
  clinicalHistory: optionalText(4000),
  academicInterest: z.boolean().default(false),
  submissionDate: z.iso.date().optional(),
};

export const protocolSubmissionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('histopathology'), sample: histopathologySample, ...common }),
  z.strictObject({ kind: z.literal('cytology'), sample: cytologySample, ...common }),
]);

export type ProtocolSubmission = z.output<typeof protocolSubmissionSchema>;
export type ProtocolSubmissionInput = z.input<typeof protocolSubmissionSchema>;
export type VeterinarianInput = z.output<typeof veterinarianSchema>;

// A correction typed at the desk (a misspelt owner, the wrong sex ticked).
// Only what identifies the animal and the clinical question can change; the
// kind, the sample and the veterinarian stay as they were submitted. An empty
// text clears an optional field.
const clearable = (max: number) => cleanString().max(max);
export const protocolCorrectionSchema = z
  .strictObject({
    animalSpecies: text(60),
    animalBreed: clearable(60),
    animalSex: z.enum(['male', 'female', 'unknown']),
    animalAge: clearable(40),
    animalIdentification: clearable(80),
    ownerLastName: clearable(80),
    ownerFirstName: clearable(80),
    presumptiveDiagnosis: text(500),
    clinicalHistory: clearable(4000),
    academicInterest: z.boolean(),
  })
  .partial();
export type ProtocolCorrection = z.output<typeof protocolCorrectionSchema>;
