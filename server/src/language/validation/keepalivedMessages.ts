/**
 * Every message keepalived 2.2.7's configuration code can print, with the code of ours that
 * reproduces it or why we do not (data in ./messages/, shape in ./messages/types.ts). The
 * generated page docs/keepalived-messages.md is written from it.
 */
import { bfdMessages } from './messages/bfd';
import { globalMessages } from './messages/global';
import { ipConfigMessages } from './messages/ipConfig';
import { lvsMessages } from './messages/lvs';
import { parserMessages } from './messages/parser';
import { isReproduced, type MessageRow, type WhyNot } from './messages/types';
import { vrrpCheckMessages } from './messages/vrrpChecks';
import { vrrpParserMessages } from './messages/vrrpParser';

export * from './messages/types';

export const keepalivedMessages: readonly MessageRow[] = [
  ...parserMessages,
  ...globalMessages,
  ...vrrpParserMessages,
  ...vrrpCheckMessages,
  ...ipConfigMessages,
  ...lvsMessages,
  ...bfdMessages,
];

export interface MessageCoverage {
  /** Distinct messages (format strings). */
  readonly messages: number;
  readonly reproduced: number;
  readonly notReproduced: Readonly<Record<WhyNot, number>>;
}

/** How many messages (format strings, not rows) are reproduced, and why the others are not. */
export function messageCoverage(rows: readonly MessageRow[] = keepalivedMessages): MessageCoverage {
  const notReproduced: Record<WhyNot, number> = { host: 0, build: 0, option: 0, runtime: 0, internal: 0, covered: 0, gap: 0 };
  let reproduced = 0;
  let messages = 0;
  for (const r of rows) {
    messages += r.formats.length;
    if (isReproduced(r)) reproduced += r.formats.length;
    else notReproduced[r.why] += r.formats.length;
  }
  return { messages, reproduced, notReproduced };
}
