CREATE TABLE "vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"make" text NOT NULL,
	"model" text NOT NULL,
	"battery_capacity_wh" integer,
	"connector_types" "connector_type"[] DEFAULT '{}' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "vehicle_id" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "queued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "charging_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "tariff_id" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "tariff_snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "cost_minor" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "currency" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "cost_breakdown" jsonb;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "charger_stopped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commands" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vehicles_user_idx" ON "vehicles" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tariff_id_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."tariffs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commands" ADD CONSTRAINT "commands_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_queue_idx" ON "sessions" USING btree ("station_id","queued_at") WHERE "sessions"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "sessions_open_idx" ON "sessions" USING btree ("station_id","connector_id") WHERE "sessions"."status" in ('PENDING', 'APPROVED', 'CHARGING');--> statement-breakpoint
CREATE INDEX "commands_session_idx" ON "commands" USING btree ("session_id");