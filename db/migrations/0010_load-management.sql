CREATE TABLE "site_load_allocations" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"allocated_w" integer NOT NULL,
	"enforced_w" integer,
	"reason" text NOT NULL,
	"command_id" uuid,
	"command_state" text,
	"ocpp_status" text,
	"granted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "site_load_allocations" ADD CONSTRAINT "site_load_allocations_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_load_allocations" ADD CONSTRAINT "site_load_allocations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_load_allocations" ADD CONSTRAINT "site_load_allocations_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_load_allocations" ADD CONSTRAINT "site_load_allocations_command_id_commands_id_fk" FOREIGN KEY ("command_id") REFERENCES "public"."commands"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "site_load_allocations_site_idx" ON "site_load_allocations" USING btree ("site_id");