/**
 * Codes the reader and the parser emit themselves (they are found while reading, before any
 * rule runs). Listed here so that settings, suppressions and the README treat them like rules.
 */
import type { SyntaxCode } from '../syntax/codes';
import type { CodeInfo } from './rule';

export const syntaxCodes: readonly (CodeInfo & { readonly id: SyntaxCode })[] = [
  {
    id: 'unterminated-quote',
    severity: 'error',
    title: 'A double quote is never closed.',
    keepalived: 'Reports "Unterminated quote" / "Unmatched quote" and drops the rest of the line.',
    example: 'script "/usr/local/bin/check.sh',
    fix: 'Close the quote.',
  },
  {
    id: 'line-too-long',
    severity: 'warning',
    title: 'A line longer than 1023 bytes.',
    keepalived: 'Reads the first 1023 bytes, then reads the rest as a separate line.',
    example: 'a 1,200-character notify command on one line',
    fix: 'Shorten the line, e.g. move the command into a script.',
  },
  {
    id: 'nul-character',
    severity: 'warning',
    title: 'A NUL byte inside a line.',
    keepalived: 'Stops reading the line at the NUL.',
    example: 'a NUL byte pasted into a line',
    fix: 'Remove the byte (the file was probably saved in the wrong encoding).',
  },
  {
    id: 'missing-open-brace',
    severity: 'error',
    title: "A block keyword not followed by '{'.",
    keepalived:
      "Reports \"Missing '{'\". The process that handles the block still reads the following lines into it, up to the next '}'; the other processes read them in the enclosing block and report them as unknown keywords.",
    example: 'virtual_server 192.0.2.1 80   (no { after it)',
    fix: "Add '{' at the end of the line.",
  },
  {
    id: 'missing-close-brace',
    severity: 'error',
    title: 'A block that is never closed.',
    keepalived: 'Reports "There are N missing \'}\'s" and treats the rest of the file as inside the block.',
    example: 'vrrp_instance VI_1 { ... (no closing brace)',
    fix: "Add the missing '}' where the block ends.",
  },
  {
    id: 'extra-close-brace',
    severity: 'error',
    title: "A '}' that closes nothing.",
    keepalived: 'Reports "Extra \'}\' found" / "Unknown keyword \'}\'" and ignores it.',
    example: '} after every block is already closed',
    fix: "Remove the '}', or the '{' that opened nothing before it.",
  },
  {
    id: 'unexpected-open-brace',
    severity: 'warning',
    title: "A '{' where no block can start (after an unknown keyword or a plain keyword).",
    keepalived: "Reports \"Unexpected '{' - ignoring\"; its '}' then closes the enclosing block.",
    example: 'local_address_group { ... }   (not a keepalived keyword)',
    fix: 'Remove the unknown block, or fix the keyword before it.',
  },
  {
    id: 'value-block-arguments',
    severity: 'error',
    title: 'Values written on the keyword line of a value block.',
    keepalived: 'Reports "Block X has extra parameters", ignores them and reads the following lines as values.',
    example: 'virtual_ipaddress 192.0.2.100/24',
    fix: 'Put the values inside { } on the following lines.',
  },
  {
    id: 'substitution-overflow',
    severity: 'error',
    title: '$NAME substitution that never ends or overflows the line.',
    keepalived: 'Loops for ever (mutually recursive definitions) or stops substituting at 1023 characters.',
    example: '$A=$B and $B=$A, then $A',
    fix: 'Break the cycle between the definitions.',
  },
  {
    id: 'invalid-sequence',
    severity: 'error',
    title: 'A malformed ~SEQ / ~LST line.',
    keepalived: 'Reports "Invalid ~SEQ specification" and ignores the line.',
    example: '~SEQ(I, 1, 0, 3) ...   (a zero step)',
    fix: 'Fix the ~SEQ parameters: ~SEQ(var, start, step, end).',
  },
  {
    id: 'include-missing',
    severity: 'warning',
    title: 'An included file, or the directory an include wildcard looks in, that does not exist.',
    keepalived:
      'Reports "Config files missing" (or "Some config files missing" when only part of a pattern is found) and goes on (an error with includem/includeb/includea).',
    example: 'include /etc/keepalived/conf.d/*.conf   (no conf.d directory)',
    fix: 'Fix the path (relative paths are relative to the including file), or create the directory.',
  },
  {
    id: 'include-no-match',
    severity: 'information',
    title: 'An include wildcard that matches no file in a directory that exists.',
    keepalived: 'Silent with include; a configuration error with includew/includea.',
    example: 'include conf.d/*.conf   (conf.d is empty)',
    fix: 'Fix the pattern, or use includer to say an empty match is fine.',
  },
  {
    id: 'include-unreadable',
    severity: 'warning',
    title: 'An included path that is a directory, device, FIFO, executable or unreadable file.',
    keepalived: 'Skips it ("not a regular non-executable file").',
    example: 'include conf.d   (a directory)',
    fix: 'Include the files, e.g. conf.d/*.conf.',
  },
  {
    id: 'include-cycle',
    severity: 'error',
    title: 'A file that (indirectly) includes itself.',
    keepalived: 'Reads it again and again until it runs out of file descriptors.',
    example: 'a.conf includes b.conf, which includes a.conf',
    fix: 'Remove one of the includes.',
  },
  {
    id: 'include-depth',
    severity: 'error',
    title: 'Includes nested too deep.',
    keepalived: 'Keeps reading; we stop at 32 levels.',
    example: 'includes nested 40 deep',
    fix: 'Flatten the include tree.',
  },
  {
    id: 'include-too-many',
    severity: 'warning',
    title: 'An include pattern matching thousands of files.',
    keepalived: 'Reads them all; we stop at 2000.',
    example: 'include /var/tmp/*   (thousands of files)',
    fix: 'Use a narrower pattern.',
  },
];
