// Spanish messages of what a signed-in veterinarian reads and writes on the
// portal (profile, drafts, their own protocols) and of the admin's list of
// veterinarians. A refusal never names another person.

export const portalDataEs = {
  'error.portal.licenseTaken':
    'Ese número de matrícula ya está registrado en otra cuenta del portal. Si es el suyo, ' +
    'comuníquese con el laboratorio.',
  'error.portal.draftNotFound':
    'No se encontró el borrador: puede que ya se haya enviado o borrado en otra ventana.',
  'error.portal.tooManyDrafts':
    'Ya tiene {max} borradores guardados. Envíe o borre alguno antes de empezar otro.',
  'error.portal.tooManySubmissions':
    'Desde el portal se pueden enviar hasta {max} protocolos por hora y ya llegó a ese número. ' +
    'Si de verdad necesita enviar más, llame al laboratorio.',
  'error.portal.protocolNotFound': 'No se encontró el protocolo.',
  'error.portal.veterinarianNotFound': 'No se encontró el veterinario.',
  'error.portal.otherVeterinarian':
    'Desde el portal solo puede remitir protocolos a su nombre: el correo del veterinario ' +
    'del formulario no es el de su cuenta.',
  'error.submit.veterinarianRequired': 'Faltan los datos del veterinario remitente.',
  'error.submit.draftFromPortalOnly':
    'Solo un veterinario que remite desde el portal puede indicar un borrador.',
} as const;
