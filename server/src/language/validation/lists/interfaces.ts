/** Rules that combine the configuration with the target host's interfaces (silent when they are unknown). */
import type { Rule } from '../rule';
import { unknownInterface } from '../rules/unknown-interface';
import { vipIsHostAddress } from '../rules/vip-is-host-address';
import { vipOutsideSubnet } from '../rules/vip-outside-subnet';

export const interfaceRules: readonly Rule[] = [unknownInterface, vipOutsideSubnet, vipIsHostAddress];
