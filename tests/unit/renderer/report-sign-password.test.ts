import { describe, expect, it } from 'vitest';
import {
  EMPTY_PASSWORD,
  refused,
  submitted,
  typed,
} from '../../../src-renderer/screens/report/sign-password';

describe('the password asked again to sign a report', () => {
  it('asks for the password when the pathologist confirms with the field empty', () => {
    expect(submitted(EMPTY_PASSWORD)).toEqual({ value: '', showRequired: true });
  });

  it('sends what was typed, with nothing asked under the field', () => {
    expect(submitted(typed('tinta violeta 47'))).toEqual({
      value: 'tinta violeta 47',
      showRequired: false,
    });
  });

  it('after a wrong password, empties the field without saying nothing was typed', () => {
    const afterRefusal = refused();
    expect(afterRefusal).toEqual({ value: '', showRequired: false });
    // Only a new confirmation with the field still empty asks for it again.
    expect(submitted(afterRefusal).showRequired).toBe(true);
  });

  it('stops asking as soon as the pathologist types again', () => {
    expect(submitted(EMPTY_PASSWORD).showRequired).toBe(true);
    expect(typed('t')).toEqual({ value: 't', showRequired: false });
  });
});
