// The veterinarians' portal: a page of its own beside the staff app, with the
// same theme, language switch and API client. Served by the central server
// under /portal/.

import '@mantine/core/styles.css';
import '../app.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { theme } from '../theme';
import { I18nProvider } from '../i18n';
import { PortalApp } from './PortalApp';

const root = document.getElementById('root');
if (!root) throw new Error('portal.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <I18nProvider>
        <PortalApp />
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
