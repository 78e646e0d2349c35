/// <reference types="vite/client" />
// Storybook's theme toolbar uses the files the package ships (themes/*.css), so what a
// designer sees is what a council page gets with one <link>. They set --co-* on :root, so the
// chosen one is adopted by the preview document and the others taken away.
import govuk from '../themes/govuk.css?inline';
import highContrast from '../themes/high-contrast.css?inline';

const sheet = (text: string) => {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
};

const sheets: Record<string, CSSStyleSheet> = {
  govuk: sheet(govuk),
  'high-contrast': sheet(highContrast),
};

/** Applies one theme ('default' for none) to the preview document. */
export function useTheme(theme: string): void {
  const ours = Object.values(sheets);
  const chosen = sheets[theme];
  document.adoptedStyleSheets = [
    ...document.adoptedStyleSheets.filter((s) => !ours.includes(s)),
    ...(chosen ? [chosen] : []),
  ];
}
