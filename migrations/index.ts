// Every migration, in order. Bundled code cannot list a folder at run time, so
// the list is written out; a test checks it matches the files.

import type { Migration } from 'kysely';
import * as m001 from './001_reception_core';
import * as m002 from './002_sync';
import * as m003 from './003_processing';
import * as m004 from './004_portal';
import * as m005 from './005_reports';

export const migrations: Record<string, Migration> = {
  '001_reception_core': m001,
  '002_sync': m002,
  '003_processing': m003,
  '004_portal': m004,
  '005_reports': m005,
};
