import { describe, expect, it } from 'vitest';
import { parseOcppFrame } from './parse-ocpp-frame';

describe('parseOcppFrame', () => {
  it('reads CALL, CALLRESULT and CALLERROR frames', () => {
    expect(parseOcppFrame('[2,"a","Heartbeat",{}]')).toEqual({
      messageType: 2,
      messageId: 'a',
      action: 'Heartbeat',
      payload: {},
      raw: null,
    });
    expect(parseOcppFrame('[3,"a",{"currentTime":"x"}]')).toMatchObject({
      messageType: 3,
      action: null,
      payload: { currentTime: 'x' },
    });
    expect(parseOcppFrame('[4,"a","NotImplemented","no",{}]').payload).toEqual({
      errorCode: 'NotImplemented',
      errorDescription: 'no',
      errorDetails: {},
    });
  });

  it('keeps garbage as raw text, without NULs PostgreSQL would refuse', () => {
    expect(parseOcppFrame('not json')).toMatchObject({ messageType: null, raw: 'not json' });
    expect(parseOcppFrame('{"a":1}')).toMatchObject({
      messageType: null,
      payload: { a: 1 },
      raw: null,
    });
    expect(parseOcppFrame('[2,"a","X",{"s":"\\u0000"}]').raw).toBe('[2,"a","X",{"s":"\\u0000"}]');
    expect(parseOcppFrame('bad\u0000byte').raw).toBe('bad\uFFFDbyte');
  });
});
