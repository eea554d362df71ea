/**
 * Codes the reader and the parser emit themselves (they are found while reading, before any
 * rule runs). Listed here so that settings, suppressions and the README treat them like rules.
 */
import type { CodeInfo } from './rule';

export const syntaxCodes: readonly CodeInfo[] = [
  { id: 'unterminated-quote', severity: 'error', title: 'A double quote is never closed.', keepalived: 'Reports "Unterminated quote" / "Unmatched quote" and drops the rest of the line.' },
  { id: 'line-too-long', severity: 'warning', title: 'A line longer than 1023 bytes.', keepalived: 'Reads the first 1023 bytes, then reads the rest as a separate line.' },
  { id: 'nul-character', severity: 'warning', title: 'A NUL byte inside a line.', keepalived: 'Stops reading the line at the NUL.' },
  { id: 'missing-open-brace', severity: 'error', title: "A block keyword not followed by '{'.", keepalived: "Reports \"Missing '{'\", skips the block and reads its lines in the enclosing block." },
  { id: 'missing-close-brace', severity: 'error', title: "A block that is never closed.", keepalived: "Reports \"There are N missing '}'s\" and treats the rest of the file as inside the block." },
  { id: 'extra-close-brace', severity: 'error', title: "A '}' that closes nothing.", keepalived: "Reports \"Extra '}' found\" / \"Unknown keyword '}'\" and ignores it." },
  { id: 'unexpected-open-brace', severity: 'warning', title: "A '{' where no block can start (after an unknown keyword or a plain keyword).", keepalived: "Reports \"Unexpected '{' - ignoring\"; its '}' then closes the enclosing block." },
  { id: 'value-block-arguments', severity: 'error', title: 'Values written on the keyword line of a value block.', keepalived: 'Reports "Block X has extra parameters", ignores them and reads the following lines as values.' },
  { id: 'substitution-overflow', severity: 'error', title: '$NAME substitution that never ends or overflows the line.', keepalived: 'Loops for ever (mutually recursive definitions) or stops substituting at 1023 characters.' },
  { id: 'invalid-sequence', severity: 'error', title: 'A malformed ~SEQ / ~LST line.', keepalived: 'Reports "Invalid ~SEQ specification" and ignores the line.' },
  { id: 'include-missing', severity: 'warning', title: 'An included file that does not exist.', keepalived: 'Reports "Config files missing" and goes on (an error with includem/includea).' },
  { id: 'include-no-match', severity: 'information', title: 'An include pattern that matches no file.', keepalived: 'Silent with include; a configuration error with includew/includeb/includea.' },
  { id: 'include-unreadable', severity: 'warning', title: 'An included path that is a directory, device, FIFO, executable or unreadable file.', keepalived: 'Skips it ("not a regular non-executable file").' },
  { id: 'include-cycle', severity: 'error', title: 'A file that (indirectly) includes itself.', keepalived: 'Reads it again and again until it runs out of file descriptors.' },
  { id: 'include-depth', severity: 'error', title: 'Includes nested too deep.', keepalived: 'Keeps reading; we stop at 32 levels.' },
  { id: 'include-too-many', severity: 'warning', title: 'An include pattern matching thousands of files.', keepalived: 'Reads them all; we stop at 2000.' },
];
