import type { Rule } from '../rule';

/** An instance always tracks its own interface; listing it in track_interface is dropped. */
export const trackInterfaceOwn: Rule = {
  id: 'track-interface-own',
  severity: 'warning',
  title: "track_interface naming the instance's own interface.",
  keepalived: 'Prints "Ignoring track_interface X since own interface" without a line number and drops the entry, weight included.',
  example: 'interface eth0 … track_interface { eth0 }',
  fix: 'Remove the line.',
  *check({ model }) {
    for (const inst of model.instances) {
      const own = inst.interface?.value;
      if (inst.dropped || !own) continue;
      for (const t of inst.trackInterfaces) {
        if (t.name !== own) continue;
        yield {
          span: t.word.span,
          message: `${own} is ${inst.name}'s own interface, which it always watches (link down means FAULT): keepalived drops this track_interface entry${t.weightWord ? `, and its weight ${t.weightWord.value} with it` : ''}. Remove the line${t.weightWord ? "; a weight cannot soften the instance's own link going down" : ''}.`,
          related: inst.interface ? [{ span: inst.interface.span, message: "the instance's interface" }] : undefined,
          data: { remove: true },
        };
      }
    }
  },
};
