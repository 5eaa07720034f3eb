// Keys as the help shows them: each in its own cap, joined by "+" when pressed
// together or by a space when they are alternatives.

import { Kbd } from '@mantine/core';

export function KeyCombo({ keys, joiner }: { keys: readonly string[]; joiner: ' ' | ' + ' }) {
  return (
    <>
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && joiner}
          <Kbd>{key}</Kbd>
        </span>
      ))}
    </>
  );
}
