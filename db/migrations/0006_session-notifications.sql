-- Drivers are notified of every change to their requests and sessions by triggers, so each
-- path that changes a session (web, any ocpp-server node, sweeps) notifies the same way.
-- Deferred to commit: a stop sets the status and then, in the same transaction, the cost.
CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s sessions%ROWTYPE;
  v_station_name text;
  v_old_status session_status;
  v_position integer;
  v_kind notification_kind;
  v_title text;
  v_body text;
BEGIN
  SELECT * INTO s FROM sessions WHERE id = NEW.id;
  IF NOT FOUND OR s.user_id IS NULL THEN
    RETURN NULL;
  END IF;
  v_old_status := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END;
  -- Only the state the transaction ends in counts, once.
  IF s.status IS NOT DISTINCT FROM v_old_status AND NOT (TG_OP = 'INSERT') THEN
    RETURN NULL;
  END IF;
  IF s.status IS DISTINCT FROM NEW.status THEN
    RETURN NULL;
  END IF;
  SELECT name INTO v_station_name FROM stations WHERE id = s.station_id;

  IF s.status = 'PENDING' AND s.queued_at IS NOT NULL THEN
    SELECT count(*) INTO v_position FROM sessions q
      WHERE q.station_id = s.station_id AND q.connector_id = s.connector_id
        AND q.status = 'PENDING' AND q.queued_at IS NOT NULL
        AND (q.queued_at, q.id) <= (s.queued_at, s.id);
    v_kind := 'queue_position';
    v_title := 'You are in the queue';
    v_body := format('Number %s for connector %s at %s. We start your session when it frees.',
                   v_position, s.connector_id, v_station_name);
  ELSIF s.status = 'APPROVED' THEN
    v_kind := 'session_approved';
    v_title := 'Charger ready';
    v_body := format('Connector %s at %s is ready: plug in to start charging.', s.connector_id, v_station_name);
  ELSIF s.status = 'DENIED' THEN
    v_kind := 'session_denied';
    v_title := 'Request denied';
    v_body := format('%s: %s', v_station_name, coalesce(s.status_reason, 'the request could not be started'));
  ELSIF s.status = 'CHARGING' THEN
    v_kind := 'session_started';
    v_title := 'Charging started';
    v_body := format('Charging on connector %s at %s.', s.connector_id, v_station_name);
  ELSIF s.status IN ('COMPLETED', 'STOPPED') THEN
    v_kind := 'session_finished';
    v_title := 'Charging finished';
    v_body := format('%s kWh at %s%s.', to_char(s.energy_wh / 1000.0, 'FM999990.00'), v_station_name,
                   CASE WHEN s.cost_minor IS NULL THEN ''
                        ELSE format(', %s %s', to_char(s.cost_minor / 100.0, 'FM999990.00'), s.currency) END);
  ELSIF s.status = 'FAILED' THEN
    v_kind := 'session_failed';
    v_title := 'Session failed';
    v_body := format('%s: %s', v_station_name, coalesce(s.status_reason, s.stop_reason, 'the session ended abnormally'));
  ELSIF s.status = 'CANCELLED' THEN
    v_kind := 'session_cancelled';
    v_title := 'Request cancelled';
    v_body := format('%s: %s', v_station_name, coalesce(s.status_reason, 'cancelled'));
  ELSE
    RETURN NULL;
  END IF;
  INSERT INTO notifications (user_id, kind, title, body, session_id, station_id)
    VALUES (s.user_id, v_kind, v_title, v_body, s.id, s.station_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER sessions_notify_insert AFTER INSERT ON sessions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION notify_session_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER sessions_notify_status AFTER UPDATE OF status ON sessions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION notify_session_change();
--> statement-breakpoint
-- When a request leaves a connector's queue (started, cancelled, expired), everyone behind it
-- moves up and is told their new place.
CREATE FUNCTION notify_queue_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notifications (user_id, kind, title, body, session_id, station_id)
  SELECT q.user_id, 'queue_position', 'Your place in the queue',
         format('You are now number %s for connector %s at %s.', q.position, q.connector_id, st.name),
         q.id, q.station_id
  FROM (
    SELECT w.*, row_number() OVER (ORDER BY w.queued_at, w.id) AS position
    FROM sessions w
    WHERE w.station_id = OLD.station_id AND w.connector_id = OLD.connector_id
      AND w.status = 'PENDING' AND w.queued_at IS NOT NULL
  ) q
  JOIN stations st ON st.id = q.station_id
  WHERE q.user_id IS NOT NULL AND q.queued_at > OLD.queued_at;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_queue_moved AFTER UPDATE OF queued_at, status ON sessions
  FOR EACH ROW
  WHEN (OLD.queued_at IS NOT NULL AND OLD.status = 'PENDING'
        AND (NEW.queued_at IS NULL OR NEW.status <> 'PENDING'))
  EXECUTE FUNCTION notify_queue_moved();
--> statement-breakpoint
-- A charger that drops off while drivers wait for it: they are told at once.
CREATE FUNCTION notify_charger_offline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notifications (user_id, kind, title, body, session_id, station_id)
  SELECT s.user_id, 'charger_offline', 'Charger offline',
         format('%s went offline while your request was waiting. It continues when the charger is back.', NEW.name),
         s.id, s.station_id
  FROM sessions s
  WHERE s.station_id = NEW.id AND s.status IN ('PENDING', 'APPROVED') AND s.user_id IS NOT NULL;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stations_notify_offline AFTER UPDATE OF connection_state ON stations
  FOR EACH ROW
  WHEN (OLD.connection_state = 'online' AND NEW.connection_state = 'offline')
  EXECUTE FUNCTION notify_charger_offline();
