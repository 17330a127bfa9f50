import type { InboundCalls } from './ocpp-types';
import { parseMeasurands } from './meter-values';

type GetConfigurationResponse = InboundCalls['GetConfiguration'][1];
type ChangeConfigurationStatus = InboundCalls['ChangeConfiguration'][1]['status'];

interface ConfigurationEntry {
  value: string;
  readonly: boolean;
  isValid: (value: string) => boolean;
}

const anyValue = () => true;
const isCount = (value: string) => /^\d{1,9}$/.test(value);
const isBoolean = (value: string) => /^(true|false)$/i.test(value);
const isMeasurandList = (value: string) => parseMeasurands(value) !== undefined;

type ChangeListener = (key: string, value: string) => void;

/**
 * The charge point's configuration keys (OCPP 1.6 section 9), with their readonly flags and
 * value checks. Listeners make a change take effect, e.g. a new HeartbeatInterval.
 */
export class ConfigurationStore {
  private readonly entries = new Map<string, ConfigurationEntry>();
  private readonly listeners: ChangeListener[] = [];

  define(key: string, value: string, options: Partial<Omit<ConfigurationEntry, 'value'>> = {}) {
    this.entries.set(key, {
      value,
      readonly: options.readonly ?? false,
      isValid: options.isValid ?? anyValue,
    });
    return this;
  }

  /** Sets a value at start-up, readonly or not (e.g. a charger built with other defaults). */
  preset(key: string, value: string): this {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`unknown configuration key ${key}`);
    entry.value = value;
    return this;
  }

  value(key: string): string | undefined {
    return this.entries.get(key)?.value;
  }

  number(key: string, fallback: number): number {
    const parsed = Number(this.value(key));
    return Number.isFinite(parsed) ? parsed : fallback;
  }

  flag(key: string): boolean {
    return this.value(key)?.toLowerCase() === 'true';
  }

  /** Answers GetConfiguration: every key when none are asked for. */
  get(keys: readonly string[] = []): GetConfigurationResponse {
    const wanted = keys.length > 0 ? keys : [...this.entries.keys()];
    const configurationKey = wanted.flatMap((key) => {
      const entry = this.entries.get(key);
      return entry ? [{ key, readonly: entry.readonly, value: entry.value }] : [];
    });
    const unknownKey = wanted.filter((key) => !this.entries.has(key));
    return unknownKey.length > 0 ? { configurationKey, unknownKey } : { configurationKey };
  }

  /** Answers ChangeConfiguration and, when accepted, tells the listeners. */
  change(key: string, value: string): ChangeConfigurationStatus {
    const entry = this.entries.get(key);
    if (!entry) return 'NotSupported';
    if (entry.readonly || !entry.isValid(value)) return 'Rejected';
    entry.value = value;
    for (const listener of this.listeners) listener(key, value);
    return 'Accepted';
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }
}

const ALL_FEATURE_PROFILES =
  'Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger';

export interface DefaultConfigurationInput {
  numberOfConnectors: number;
  heartbeatIntervalS: number;
  meterValueSampleIntervalS: number;
}

/** The standard keys of every 1.6 feature profile, with values a typical charger ships with. */
export function defaultConfiguration(input: DefaultConfigurationInput): ConfigurationStore {
  const rw = (isValid: (value: string) => boolean) => ({ isValid });
  const readonly = { readonly: true };
  return (
    new ConfigurationStore()
      .define('AllowOfflineTxForUnknownId', 'false', rw(isBoolean))
      .define('AuthorizationCacheEnabled', 'false', rw(isBoolean))
      .define('AuthorizeRemoteTxRequests', 'false', rw(isBoolean))
      .define('ClockAlignedDataInterval', '0', rw(isCount))
      .define('ChargeProfileMaxStackLevel', '8', readonly)
      .define('ChargingScheduleAllowedChargingRateUnit', 'Current,Power', readonly)
      .define('ChargingScheduleMaxPeriods', '24', readonly)
      .define('ConnectionTimeOut', '90', rw(isCount))
      .define('ConnectorPhaseRotation', 'NotApplicable')
      .define('GetConfigurationMaxKeys', '50', readonly)
      .define('HeartbeatInterval', String(input.heartbeatIntervalS), rw(isCount))
      .define('LocalAuthListEnabled', 'true', rw(isBoolean))
      .define('LocalAuthListMaxLength', '1000', readonly)
      .define('LocalAuthorizeOffline', 'true', rw(isBoolean))
      .define('LocalPreAuthorize', 'false', rw(isBoolean))
      .define('MeterValuesAlignedData', 'Energy.Active.Import.Register', rw(isMeasurandList))
      .define(
        'MeterValuesSampledData',
        'Energy.Active.Import.Register,Power.Active.Import,Current.Import,SoC',
        rw(isMeasurandList),
      )
      .define('MaxChargingProfilesInstalled', '16', readonly)
      .define('MeterValueSampleInterval', String(input.meterValueSampleIntervalS), rw(isCount))
      .define('NumberOfConnectors', String(input.numberOfConnectors), readonly)
      // Readonly in the specification; writable here so a test can turn it on.
      .define('ReserveConnectorZeroSupported', 'false', rw(isBoolean))
      .define('ResetRetries', '1', rw(isCount))
      .define('SendLocalListMaxLength', '100', readonly)
      .define('StopTransactionOnEVSideDisconnect', 'true', rw(isBoolean))
      .define('StopTransactionOnInvalidId', 'true', rw(isBoolean))
      .define('StopTxnAlignedData', '', rw(isMeasurandList))
      .define('StopTxnSampledData', 'Energy.Active.Import.Register', rw(isMeasurandList))
      .define('SupportedFeatureProfiles', ALL_FEATURE_PROFILES, readonly)
      .define('TransactionMessageAttempts', '3', rw(isCount))
      .define('TransactionMessageRetryInterval', '60', rw(isCount))
      .define('UnlockConnectorOnEVSideDisconnect', 'true', rw(isBoolean))
      .define('WebSocketPingInterval', '30', rw(isCount))
  );
}
