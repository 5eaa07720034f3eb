import { describe, expect, it } from 'vitest';
import { emailBreakPoints } from '../../../src-renderer/screens/report/email-breaks';

describe("the veterinarian's address in the protocol facts", () => {
  it('may wrap before the @, never inside the name or the domain', () => {
    expect(emailBreakPoints('martin.ibanez@example.org')).toEqual([
      'martin.ibanez',
      '@example.org',
    ]);
    expect(emailBreakPoints('vet@clinica.com.ar')).toEqual(['vet', '@clinica.com.ar']);
  });

  it('keeps every character, in order', () => {
    const address = 'laura.gomez+informes@vete.example.org';
    expect(emailBreakPoints(address).join('')).toBe(address);
  });

  it('leaves something that is not an address whole', () => {
    expect(emailBreakPoints('sin correo')).toEqual(['sin correo']);
    expect(emailBreakPoints('@solo-dominio')).toEqual(['@solo-dominio']);
  });
});
