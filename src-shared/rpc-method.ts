// What every contract method is made of: input and output schemas and the
// roles allowed. Kept apart so each area's methods can be declared in its own file.

import type { z } from 'zod';

export const ROLES = ['admin', 'reception', 'technician', 'pathologist'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in veterinarian of the portal: never staff, whatever the roles list says. */
export type AccessRole = Role | 'veterinarian';

/** `public`: anyone, even signed out; `staff`: any signed-in staff user. */
export type Access = 'public' | 'staff' | readonly AccessRole[];

export const method = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  access: Access,
) => ({ input, output, access });
