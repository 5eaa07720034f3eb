// English messages of what a signed-in veterinarian reads and writes on the
// portal and of the admin's list of veterinarians.

import type { portalDataEs } from './portal-data-es';

export const portalDataEn: Record<keyof typeof portalDataEs, string> = {
  'error.portal.licenseTaken':
    'That license number is already registered to another portal account. If it is yours, ' +
    'please contact the laboratory.',
  'error.portal.draftNotFound':
    'The draft was not found: it may have been submitted or deleted in another window.',
  'error.portal.tooManyDrafts':
    'You already have {max} saved drafts. Submit or delete one before starting another.',
  'error.portal.tooManySubmissions':
    'The portal takes up to {max} protocols an hour from each veterinarian, and you have ' +
    'reached that number. If you really need to send more, please call the laboratory.',
  'error.portal.protocolNotFound': 'The protocol was not found.',
  'error.portal.veterinarianNotFound': 'The veterinarian was not found.',
  'error.portal.otherVeterinarian':
    'On the portal you can only submit protocols in your own name: the veterinarian email on ' +
    'the form is not the one of your account.',
  'error.submit.veterinarianRequired': "The submitting veterinarian's details are missing.",
  'error.submit.draftFromPortalOnly':
    'Only a veterinarian submitting from the portal can name a draft.',
};
