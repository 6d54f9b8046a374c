// The site's own UI strings (src/content/i18n/en.json) as keys of Starlight's `t()`, the way
// Starlight's plugin guide types added translations.
declare namespace StarlightApp {
  type UIStrings = typeof import('./content/i18n/en.json');
  interface I18n extends UIStrings {}
}
