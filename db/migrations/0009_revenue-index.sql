CREATE INDEX "sessions_stopped_idx" ON "sessions" USING btree ("stopped_at");--> statement-breakpoint
-- Analytics over a range aggregate these columns of the sessions started in it: read them from
-- the index instead of the table (drizzle-kit cannot declare INCLUDE, so it is done here).
DROP INDEX "sessions_started_idx";--> statement-breakpoint
CREATE INDEX "sessions_started_idx" ON "sessions" USING btree ("started_at")
  INCLUDE ("status", "station_id", "connector_id", "stopped_at", "energy_wh", "meter_start_wh",
           "meter_stop_wh", "last_meter_wh", "cost_minor", "currency");
