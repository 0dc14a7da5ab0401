import { addMessages } from './catalogs';
import { accountEn } from './messages/en-account';
import { authEn } from './messages/en-auth';
import { companiesEn } from './messages/en-companies';
import { downloadsEn } from './messages/en-downloads';
import { explorerEn } from './messages/en-explorer';
import { landingEn } from './messages/en-landing';
import { macroEn } from './messages/en-macro';
import { preferencesEn } from './messages/en-preferences';
import { settingsEn } from './messages/en-settings';
import { teamEn } from './messages/en-team';
import { uploadsEn } from './messages/en-uploads';
import { accountEs } from './messages/es-account';
import { authEs } from './messages/es-auth';
import { companiesEs } from './messages/es-companies';
import { downloadsEs } from './messages/es-downloads';
import { explorerEs } from './messages/es-explorer';
import { landingEs } from './messages/es-landing';
import { macroEs } from './messages/es-macro';
import { preferencesEs } from './messages/es-preferences';
import { settingsEs } from './messages/es-settings';
import { teamEs } from './messages/es-team';
import { uploadsEs } from './messages/es-uploads';

/**
 * The copy of the pages that load on demand (everything but the app shell and the dashboards), in
 * both languages: one chunk, fetched with the first such page (see app/lazy-pages.tsx) and added
 * to the catalogs when it arrives.
 */
export const pageMessagesEs = {
  ...accountEs,
  ...authEs,
  ...companiesEs,
  ...downloadsEs,
  ...explorerEs,
  ...landingEs,
  ...macroEs,
  ...preferencesEs,
  ...settingsEs,
  ...teamEs,
  ...uploadsEs,
};

const pageMessagesEn: Record<keyof typeof pageMessagesEs, string> = {
  ...accountEn,
  ...authEn,
  ...companiesEn,
  ...downloadsEn,
  ...explorerEn,
  ...landingEn,
  ...macroEn,
  ...preferencesEn,
  ...settingsEn,
  ...teamEn,
  ...uploadsEn,
};

addMessages(pageMessagesEs, pageMessagesEn);
