/** An OCPP-J frame reduced to what the message log stores. */
export interface ParsedOcppFrame {
  /** 2 CALL, 3 CALLRESULT, 4 CALLERROR; null when the frame is not an OCPP-J message. */
  messageType: 2 | 3 | 4 | null;
  messageId: string | null;
  /** Only a CALL names its action; results are correlated by the caller. */
  action: string | null;
  payload: unknown;
  /** The frame as text, kept only when it is not JSON. */
  raw: string | null;
}

function isMessageType(value: unknown): value is 2 | 3 | 4 {
  return value === 2 || value === 3 || value === 4;
}

/**
 * Never throws: the log must keep garbage too. PostgreSQL cannot store NUL characters in text
 * or jsonb, so a frame containing one is kept as raw text with the NULs replaced.
 */
export function parseOcppFrame(text: string): ParsedOcppFrame {
  const unparsed = { messageType: null, messageId: null, action: null, payload: null };
  if (text.includes('\u0000') || text.includes('\\u0000')) {
    return { ...unparsed, raw: text.replaceAll('\u0000', '\uFFFD') };
  }
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return { ...unparsed, raw: text };
  }
  const parts: unknown[] = Array.isArray(frame) ? frame : [];
  const [messageType, messageId] = parts;
  if (!isMessageType(messageType)) return { ...unparsed, payload: frame, raw: null };
  const id = typeof messageId === 'string' ? messageId : null;
  if (messageType === 2) {
    const action = typeof parts[2] === 'string' ? parts[2] : null;
    return { messageType, messageId: id, action, payload: parts[3] ?? null, raw: null };
  }
  if (messageType === 3) {
    return { messageType, messageId: id, action: null, payload: parts[2] ?? null, raw: null };
  }
  return {
    messageType,
    messageId: id,
    action: null,
    payload: { errorCode: parts[2], errorDescription: parts[3], errorDetails: parts[4] },
    raw: null,
  };
}
