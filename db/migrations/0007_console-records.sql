CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "station_connection_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"state" "connection_state" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "grid_limit_w" integer;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "decommissioned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_connection_events" ADD CONSTRAINT "station_connection_events_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "station_connection_events_idx" ON "station_connection_events" USING btree ("station_id","at");--> statement-breakpoint
-- Uptime comes from every connection change, whichever node or sweep made it.
CREATE FUNCTION record_station_connection() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO station_connection_events (station_id, state) VALUES (NEW.id, NEW.connection_state);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stations_connection_history AFTER UPDATE OF connection_state ON stations
  FOR EACH ROW
  WHEN (OLD.connection_state IS DISTINCT FROM NEW.connection_state)
  EXECUTE FUNCTION record_station_connection();
