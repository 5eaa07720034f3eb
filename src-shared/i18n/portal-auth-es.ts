// Veterinarians' accounts on the portal: the password rule's refusals, the
// answers of sign-in, links and mail limits, and the mails themselves. Mails
// use usted, like the rest of the catalogue; a link always sits on its own line.

const SIGNATURE = 'Laboratorio de Patología Veterinaria';

export const portalAuthEs = {
  'error.passwordTooLong': 'La contraseña puede tener como máximo {max} caracteres.',
  'error.passwordGuessable':
    'La contraseña es demasiado común o fácil de adivinar. Elija otra que no se use ' +
    'habitualmente, por ejemplo una frase de varias palabras que solo usted conozca.',
  'error.passwordPersonal':
    'La contraseña es fácil de adivinar porque se parece a sus propios datos (correo, ' +
    'nombre o matrícula). Elija otra que no los contenga.',
  'error.licenseUnreadable': 'La matrícula no es válida: escriba el número tal como figura.',
  'error.linkInvalid':
    'El enlace no es válido. Revise que lo haya copiado completo, o pida uno nuevo.',
  'error.linkUsed': 'Este enlace ya fue usado. Si necesita otro, pídalo de nuevo.',
  'error.linkExpired': 'Este enlace venció. Pida uno nuevo.',
  'error.mailTooSoon':
    'Ya se enviaron varios correos a esta dirección hace poco. Intente de nuevo a las {time}.',
  'error.signInThrottled': 'Demasiados intentos fallidos. Intente de nuevo a las {time}.',
  'error.portalSignInRefused':
    'Correo o contraseña incorrectos, o la dirección todavía no fue confirmada: si se ' +
    'registró hace poco, abra el enlace que le enviamos; si no lo encuentra o ya venció, ' +
    'pida uno nuevo con «Reenviar el enlace de verificación».',
  'error.currentPasswordWrong': 'La contraseña actual no es correcta.',
  'error.verifyPasswordWrong':
    'La contraseña no es la de la cuenta que se registró con esta dirección. Si usted no ' +
    'se registró, no hace falta hacer nada: la cuenta no se activará.',
  'error.sameEmail': 'La dirección nueva es la misma que la actual.',
  'error.emailNowTaken':
    'Esa dirección de correo ya tiene una cuenta en el portal, así que el cambio no se hizo.',
  'error.emailOnAnotherRecord':
    'Esa dirección de correo figura en el laboratorio para otro veterinario, así que el ' +
    'cambio no se hizo. Comuníquese con el laboratorio para resolverlo.',

  'mail.auth.verify.subject': 'Confirme su correo electrónico',
  'mail.auth.verify.body':
    'Estimada/o colega:\n\n' +
    'Recibimos su registro en el portal de veterinarios del laboratorio. Para activar su ' +
    'cuenta, abra este enlace y escriba la contraseña que eligió al registrarse:\n\n' +
    '{link}\n\n' +
    'El enlace vence en {hours} horas y sirve una sola vez. Si usted no se registró, ' +
    'ignore este mensaje: la cuenta no se activará.\n\n' +
    SIGNATURE,
  'mail.auth.registerTaken.subject': 'Intento de registro con su dirección de correo',
  'mail.auth.registerTaken.body':
    'Estimada/o colega:\n\n' +
    'Alguien intentó registrarse en el portal de veterinarios con esta dirección de ' +
    'correo, que ya tiene una cuenta. Su cuenta no cambió.\n\n' +
    'Si fue usted, ingrese con su cuenta:\n\n{signInLink}\n\n' +
    'Si no recuerda la contraseña, elija «Olvidé mi contraseña» en esa misma página.\n\n' +
    'Si no fue usted, puede ignorar este mensaje.\n\n' +
    SIGNATURE,
  'mail.auth.licenseTaken.subject': 'No se pudo crear su cuenta en el portal',
  'mail.auth.licenseTaken.body':
    'Estimada/o colega:\n\n' +
    'Recibimos un pedido de registro en el portal de veterinarios con esta dirección de ' +
    'correo y la matrícula {license}. Esa matrícula ya tiene una cuenta en el portal, por ' +
    'lo que no se creó una nueva.\n\n' +
    'Si la cuenta es suya, ingrese con ella:\n\n{signInLink}\n\n' +
    'Si no reconoce esa cuenta, comuníquese con el laboratorio.\n\n' +
    SIGNATURE,
  'mail.auth.reset.subject': 'Restablezca su contraseña',
  'mail.auth.reset.body':
    'Estimada/o colega:\n\n' +
    'Recibimos un pedido para restablecer la contraseña de su cuenta en el portal de ' +
    'veterinarios. Para elegir una nueva, abra este enlace:\n\n{link}\n\n' +
    'El enlace vence en {hours} hora y sirve una sola vez. Si usted no lo pidió, ignore ' +
    'este mensaje: su contraseña no cambia.\n\n' +
    SIGNATURE,
  'mail.auth.passwordChanged.subject': 'Su contraseña fue cambiada',
  'mail.auth.passwordChanged.body':
    'Estimada/o colega:\n\n' +
    'La contraseña de su cuenta en el portal de veterinarios se cambió el {when}. Se ' +
    'cerraron las sesiones abiertas en otros dispositivos.\n\n' +
    'Si no fue usted, restablézcala de inmediato eligiendo «Olvidé mi contraseña» en:\n\n' +
    '{signInLink}\n\ny avise al laboratorio.\n\n' +
    SIGNATURE,
  'mail.auth.changeEmail.subject': 'Confirme su nueva dirección de correo',
  'mail.auth.changeEmail.body':
    'Estimada/o colega:\n\n' +
    'Se pidió usar esta dirección de correo para su cuenta en el portal de veterinarios. ' +
    'Para confirmar el cambio, abra este enlace:\n\n{link}\n\n' +
    'El enlace vence en {hours} horas y sirve una sola vez. Si usted no lo pidió, ignore ' +
    'este mensaje: nada cambia.\n\n' +
    SIGNATURE,
  'mail.auth.changeEmailTaken.subject': 'Intento de usar su dirección de correo',
  'mail.auth.changeEmailTaken.body':
    'Estimada/o colega:\n\n' +
    'Alguien pidió usar esta dirección de correo para otra cuenta del portal de ' +
    'veterinarios. Como su dirección ya tiene una cuenta, no se cambió nada.\n\n' +
    'Si no fue usted, puede ignorar este mensaje.\n\n' +
    SIGNATURE,
  'mail.auth.emailChanged.subject': 'Cambió la dirección de correo de su cuenta',
  'mail.auth.emailChanged.body':
    'Estimada/o colega:\n\n' +
    'La dirección de correo de su cuenta en el portal de veterinarios se cambió a ' +
    '{newEmail} el {when}. Desde ahora los avisos del laboratorio llegan a esa dirección, ' +
    'y se cerraron todas las sesiones abiertas.\n\n' +
    'Si no fue usted, comuníquese con el laboratorio de inmediato.\n\n' +
    SIGNATURE,
};
