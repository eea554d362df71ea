/**
 * Neutralising text for the syntaxes the renderers write. The model keeps names exactly as
 * configured; only the renderers make them safe (HTML escaping belongs to HTML renderers).
 */

/** Control characters (newlines, tabs...) become spaces so a line-based layout stays intact. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/**
 * Text inside a Mermaid sequence diagram (participant label, note, message): `;` would end the
 * statement, `#` starts an entity, `%%` a comment, backticks would close a Markdown fence, and
 * `<`, `>`, `|`, `"`, `{`, `}` can be taken as markup. They become Mermaid entity codes (#59; ...).
 */
export function mermaidText(text: string): string {
  const t = oneLine(text)
    .replace(/[#;%`|<>"{}\\]/g, (c) => `#${c.charCodeAt(0)};`)
    .trim();
  return t === '' ? '(unnamed)' : t;
}

/** Text inside a Markdown table cell: Markdown punctuation is backslash-escaped, `|` included. */
export function markdownCell(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|#~!]/g, (c) => `\\${c}`)
    .trim();
}
