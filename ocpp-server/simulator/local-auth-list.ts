import type { ConfigurationStore } from './configuration';
import type { IdTagInfo, InboundCalls } from './ocpp-types';

type SendLocalListRequest = InboundCalls['SendLocalList'][0];
type SendLocalListStatus = InboundCalls['SendLocalList'][1]['status'];

/**
 * The Local Authorization List the CSMS manages with SendLocalList (OCPP 1.6 section 3.5):
 * a versioned set of idTags the charger may accept without asking. It survives reboots.
 */
export class LocalAuthList {
  private entries = new Map<string, IdTagInfo>();
  private listVersion = 0;

  constructor(private readonly config: ConfigurationStore) {}

  get enabled(): boolean {
    return this.config.flag('LocalAuthListEnabled');
  }

  /** -1 when not supported, 0 when empty (section 5.10). */
  get version(): number {
    if (!this.enabled) return -1;
    return this.entries.size === 0 ? 0 : this.listVersion;
  }

  get size(): number {
    return this.entries.size;
  }

  apply(request: SendLocalListRequest): SendLocalListStatus {
    if (!this.enabled) return 'NotSupported';
    const list = request.localAuthorizationList ?? [];
    const idTags = new Set(list.map((entry) => entry.idTag));
    const tooLong = list.length > this.config.number('SendLocalListMaxLength', Infinity);
    if (idTags.size !== list.length || tooLong || request.listVersion < 0) return 'Failed';

    const next =
      request.updateType === 'Full' ? new Map<string, IdTagInfo>() : new Map(this.entries);
    if (request.updateType === 'Differential' && request.listVersion <= this.listVersion) {
      return 'VersionMismatch';
    }
    for (const { idTag, idTagInfo } of list) {
      // In a differential update an entry without idTagInfo removes the idTag.
      if (idTagInfo) next.set(idTag, idTagInfo);
      else next.delete(idTag);
    }
    if (next.size > this.config.number('LocalAuthListMaxLength', Infinity)) return 'Failed';
    this.entries = next;
    this.listVersion = request.listVersion;
    return 'Accepted';
  }

  /** The entry for `idTag` when the list is in use; expired entries read as Expired. */
  lookup(idTag: string, now: number): IdTagInfo | undefined {
    if (!this.enabled) return undefined;
    const info = this.entries.get(idTag);
    if (!info) return undefined;
    if (info.expiryDate && Date.parse(info.expiryDate) <= now)
      return { ...info, status: 'Expired' };
    return info;
  }
}
