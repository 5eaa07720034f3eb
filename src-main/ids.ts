// Row ids are UUIDv7: made where the row is born, so rows written offline on
// two workstations never collide, and they sort by creation time.
import { uuidv7 } from 'uuidv7';

export const newId = (): string => uuidv7();
