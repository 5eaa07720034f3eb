// Realistic cases for the demonstration: the kind of animals, people and
// samples an Argentine veterinary pathology lab sees in a week. Made up.

import type { ProtocolSubmissionInput } from '../../src-shared/protocol-schema';

const vets = [
  {
    firstName: 'Laura',
    lastName: 'Gómez',
    email: 'laura.gomez@example.org',
    licenseNumber: '1234',
    phone: '+54 342 555 0101',
  },
  {
    firstName: 'Martín',
    lastName: 'Ibáñez',
    email: 'martin.ibanez@example.org',
    licenseNumber: '2871',
    phone: '+54 342 555 0199',
  },
  {
    firstName: 'Sofía',
    lastName: 'Peña',
    email: 'sofia.pena@example.org',
    licenseNumber: '3310',
    phone: '+54 341 555 0420',
  },
  {
    firstName: 'Joaquín',
    lastName: 'Núñez',
    email: 'joaquin.nunez@example.org',
    licenseNumber: '4102',
    phone: '+54 3496 55 0133',
  },
];

type Case = Omit<ProtocolSubmissionInput, 'veterinarian'> & { vet: number };

const cases: Case[] = [
  {
    vet: 0,
    kind: 'histopathology',
    animal: {
      species: 'Canino',
      breed: 'Caniche',
      sex: 'female',
      age: '9 años',
      identification: 'Luna',
    },
    owner: { lastName: 'Muñoz', firstName: 'José' },
    presumptiveDiagnosis: 'Neoplasia mamaria',
    clinicalHistory: 'Masa de crecimiento lento',
    sample: { material: 'Masa de 3x2 cm, cadena mamaria izquierda', containers: 1 },
  },
  {
    vet: 1,
    kind: 'cytology',
    animal: {
      species: 'Felino',
      breed: 'Europeo común',
      sex: 'male',
      age: '12 años',
      identification: 'Simón',
    },
    owner: { lastName: 'Fernández', firstName: 'María José' },
    presumptiveDiagnosis: 'Linfoma',
    clinicalHistory: 'Adenomegalia submandibular bilateral',
    sample: {
      technique: 'Punción aspirativa con aguja fina',
      site: 'Linfonódulo submandibular',
      slides: 4,
    },
  },
  {
    vet: 2,
    kind: 'histopathology',
    animal: {
      species: 'Equino',
      breed: 'Criollo',
      sex: 'male',
      age: '7 años',
      identification: 'Tordillo',
    },
    owner: { lastName: 'Echeverría', firstName: 'Ramón' },
    presumptiveDiagnosis: 'Sarcoide',
    clinicalHistory: 'Lesión cutánea ulcerada en región axilar',
    sample: { material: 'Biopsia escisional de piel, 2 fragmentos', containers: 2 },
  },
  {
    vet: 3,
    kind: 'histopathology',
    animal: {
      species: 'Bovino',
      breed: 'Holando argentino',
      sex: 'female',
      age: '4 años',
      identification: 'Caravana 1187',
    },
    owner: { lastName: 'Estancia La Cañada', firstName: undefined },
    presumptiveDiagnosis: 'Tuberculosis',
    clinicalHistory: 'Hallazgo de faena: granulomas pulmonares',
    academicInterest: true,
    sample: { material: 'Pulmón y linfonódulos mediastínicos', containers: 3 },
  },
  {
    vet: 0,
    kind: 'cytology',
    animal: {
      species: 'Canino',
      breed: 'Ovejero alemán',
      sex: 'male',
      age: '10 años',
      identification: 'Thor',
    },
    owner: { lastName: 'Gutiérrez', firstName: 'Ángela' },
    presumptiveDiagnosis: 'Mastocitoma',
    clinicalHistory: 'Nódulo dérmico en miembro posterior',
    sample: { technique: 'Improntas', site: 'Piel, miembro posterior derecho', slides: 3 },
  },
  {
    vet: 1,
    kind: 'histopathology',
    animal: {
      species: 'Felino',
      breed: 'Siamés',
      sex: 'female',
      age: '8 meses',
      identification: 'Miña',
    },
    owner: { lastName: 'Suárez', firstName: 'Lucía' },
    presumptiveDiagnosis: 'Granuloma eosinofílico',
    clinicalHistory: 'Lesión labial de dos meses',
    sample: { material: 'Biopsia incisional de labio superior', containers: 1 },
  },
  {
    vet: 2,
    kind: 'histopathology',
    animal: {
      species: 'Canino',
      breed: 'Mestizo',
      sex: 'unknown',
      age: '6 años',
      identification: 'Negro',
    },
    owner: { lastName: 'Zúñiga', firstName: 'Raúl' },
    presumptiveDiagnosis: 'Osteosarcoma',
    clinicalHistory: 'Claudicación y aumento de volumen en radio distal',
    sample: { material: 'Amputación de miembro anterior izquierdo', containers: 2 },
  },
  {
    vet: 3,
    kind: 'cytology',
    animal: {
      species: 'Ovino',
      breed: 'Corriedale',
      sex: 'female',
      age: '3 años',
      identification: 'Lote 12',
    },
    owner: { lastName: 'Cabaña Los Ñandúes', firstName: undefined },
    presumptiveDiagnosis: 'Linfadenitis caseosa',
    clinicalHistory: 'Abscesos en linfonódulos preescapulares',
    sample: { technique: 'Extendido de contenido', site: 'Linfonódulo preescapular', slides: 2 },
  },
  {
    vet: 0,
    kind: 'histopathology',
    animal: {
      species: 'Canino',
      breed: 'Bóxer',
      sex: 'male',
      age: '11 años',
      identification: 'Rocco',
    },
    owner: { lastName: 'Benítez', firstName: 'Ignacio' },
    presumptiveDiagnosis: 'Hemangiosarcoma esplénico',
    clinicalHistory: 'Hemoabdomen; esplenectomía',
    sample: { material: 'Bazo completo', containers: 1 },
  },
  {
    vet: 1,
    kind: 'histopathology',
    animal: {
      species: 'Ave',
      breed: 'Loro hablador',
      sex: 'unknown',
      age: '15 años',
      identification: 'Pepe',
    },
    owner: { lastName: 'Ortíz', firstName: 'Begoña' },
    presumptiveDiagnosis: 'Aspergilosis',
    clinicalHistory: 'Disnea progresiva, necropsia',
    sample: { material: 'Sacos aéreos y pulmón', containers: 1 },
  },
];

export function demoCases(): ProtocolSubmissionInput[] {
  return cases.map(
    ({ vet, ...rest }) =>
      ({ ...rest, veterinarian: vets[vet % vets.length] }) as ProtocolSubmissionInput,
  );
}
