import type { portalAuthEs } from './portal-auth-es';

const SIGNATURE = 'Veterinary Pathology Laboratory';

export const portalAuthEn: Partial<Record<keyof typeof portalAuthEs, string>> = {
  'error.passwordTooLong': 'The password may have at most {max} characters.',
  'error.passwordGuessable':
    'The password is too common or easy to guess. Choose one that is not widely used, ' +
    'for example a phrase of several words only you know.',
  'error.passwordPersonal':
    'The password is easy to guess because it resembles your own details (email, name or ' +
    'license number). Choose one that does not contain them.',
  'error.licenseUnreadable': 'The license number is not valid: type it as it appears.',
  'error.linkInvalid':
    'The link is not valid. Check that you copied all of it, or ask for a new one.',
  'error.linkUsed': 'This link has already been used. If you need another, ask for it again.',
  'error.linkExpired': 'This link has expired. Ask for a new one.',
  'error.mailTooSoon':
    'Several emails were sent to this address recently. Please try again at {time}.',
  'error.signInThrottled': 'Too many failed attempts. Please try again at {time}.',
  'error.portalSignInRefused':
    'Wrong email or password, or the address is not confirmed yet: if you registered ' +
    'recently, open the link we sent you; if you cannot find it or it has expired, ask for ' +
    'a new one with "Resend the verification link".',
  'error.currentPasswordWrong': 'The current password is not correct.',
  'error.verifyPasswordWrong':
    'That is not the password of the account registered with this address. If you did not ' +
    'register, there is nothing to do: the account will not be activated.',
  'error.sameEmail': 'The new address is the same as the current one.',
  'error.emailNowTaken':
    'That email address already has an account on the portal, so nothing was changed.',
  'error.emailOnAnotherRecord':
    "That email address belongs to another veterinarian in the laboratory's records, so " +
    'nothing was changed. Please contact the laboratory to sort it out.',

  'mail.auth.verify.subject': 'Confirm your email address',
  'mail.auth.verify.body':
    'Dear colleague,\n\n' +
    "We received your registration on the laboratory's veterinarians portal. To activate " +
    'your account, open this link and type the password you chose when registering:\n\n' +
    '{link}\n\n' +
    'The link expires in {hours} hours and works once. If you did not register, ignore ' +
    'this message: the account will not be activated.\n\n' +
    SIGNATURE,
  'mail.auth.registerTaken.subject': 'Registration attempt with your email address',
  'mail.auth.registerTaken.body':
    'Dear colleague,\n\n' +
    'Someone tried to register on the veterinarians portal with this email address, which ' +
    'already has an account. Your account has not changed.\n\n' +
    'If it was you, sign in with your account:\n\n{signInLink}\n\n' +
    'If you do not remember the password, choose "Forgot my password" on that page.\n\n' +
    'If it was not you, you can ignore this message.\n\n' +
    SIGNATURE,
  'mail.auth.licenseTaken.subject': 'Your portal account could not be created',
  'mail.auth.licenseTaken.body':
    'Dear colleague,\n\n' +
    'We received a registration on the veterinarians portal with this email address and ' +
    'license number {license}. That license number already has an account on the portal, ' +
    'so no new account was created.\n\n' +
    'If the account is yours, sign in with it:\n\n{signInLink}\n\n' +
    'If you do not recognise that account, please contact the laboratory.\n\n' +
    SIGNATURE,
  'mail.auth.reset.subject': 'Reset your password',
  'mail.auth.reset.body':
    'Dear colleague,\n\n' +
    'We received a request to reset the password of your account on the veterinarians ' +
    'portal. To choose a new one, open this link:\n\n{link}\n\n' +
    'The link expires in {hours} hour and works once. If you did not ask for it, ignore ' +
    'this message: your password does not change.\n\n' +
    SIGNATURE,
  'mail.auth.passwordChanged.subject': 'Your password was changed',
  'mail.auth.passwordChanged.body':
    'Dear colleague,\n\n' +
    'The password of your account on the veterinarians portal was changed on {when}. ' +
    'Sessions open on other devices were closed.\n\n' +
    'If it was not you, reset it at once by choosing "Forgot my password" at:\n\n' +
    '{signInLink}\n\nand tell the laboratory.\n\n' +
    SIGNATURE,
  'mail.auth.changeEmail.subject': 'Confirm your new email address',
  'mail.auth.changeEmail.body':
    'Dear colleague,\n\n' +
    'Someone asked to use this email address for your account on the veterinarians ' +
    'portal. To confirm the change, open this link:\n\n{link}\n\n' +
    'The link expires in {hours} hours and works once. If you did not ask for it, ignore ' +
    'this message: nothing changes.\n\n' +
    SIGNATURE,
  'mail.auth.changeEmailTaken.subject': 'Attempt to use your email address',
  'mail.auth.changeEmailTaken.body':
    'Dear colleague,\n\n' +
    'Someone asked to use this email address for another account on the veterinarians ' +
    'portal. As your address already has an account, nothing was changed.\n\n' +
    'If it was not you, you can ignore this message.\n\n' +
    SIGNATURE,
  'mail.auth.emailChanged.subject': 'The email address of your account changed',
  'mail.auth.emailChanged.body':
    'Dear colleague,\n\n' +
    'The email address of your account on the veterinarians portal was changed to ' +
    "{newEmail} on {when}. From now on the laboratory's notices go to that address, and " +
    'every open session was closed.\n\n' +
    'If it was not you, contact the laboratory at once.\n\n' +
    SIGNATURE,
};
