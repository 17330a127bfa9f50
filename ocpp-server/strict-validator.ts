import standardValidators from 'ocpp-rpc/lib/standard-validators.js';
import { Validator } from 'ocpp-rpc/lib/validator.js';
import { notImplemented } from './call-errors';
import { OCPP_PROTOCOL } from './authenticate-upgrade';

/**
 * ocpp-rpc's bundled OCPP 1.6 schemas, except that a call naming an action the protocol does
 * not have is answered NotImplemented (as OCPP-J asks) instead of the ProtocolError strict mode
 * would give when it finds no schema to validate against.
 */
class Ocpp16Validator extends Validator {
  override validate(schemaId: string, params: unknown): boolean | Promise<unknown> {
    if (!this._ajv.getSchema(schemaId)) {
      throw notImplemented(schemaId.replace(/^urn:/, '').replace(/\.(req|conf)$/, ''));
    }
    return super.validate(schemaId, params);
  }
}

function createOcpp16Validator(): Validator {
  const bundled = standardValidators.find((v) => v.subprotocol === OCPP_PROTOCOL);
  if (!bundled) throw new Error(`ocpp-rpc has no ${OCPP_PROTOCOL} schemas`);
  return new Ocpp16Validator(OCPP_PROTOCOL, bundled._ajv);
}

export const ocpp16Validator = createOcpp16Validator();
