/** Where each rule is documented: its entry in the README's rule table. */
export const README_URL = 'https://github.com/keepalived-tools/vscode-keepalived/blob/main/README.md';

export function ruleDocUrl(code: string): string {
  return `${README_URL}#${code}`;
}
