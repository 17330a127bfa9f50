CREATE TYPE "public"."reservation_status" AS ENUM('Active', 'Cancelled', 'Used', 'Expired');--> statement-breakpoint
CREATE TYPE "public"."charging_profile_kind" AS ENUM('Absolute', 'Recurring', 'Relative');--> statement-breakpoint
CREATE TYPE "public"."charging_profile_purpose" AS ENUM('ChargePointMaxProfile', 'TxDefaultProfile', 'TxProfile');--> statement-breakpoint
CREATE TYPE "public"."charging_profile_status" AS ENUM('Active', 'Cleared');--> statement-breakpoint
CREATE SEQUENCE "public"."reservation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "unmatched_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"transaction_id" bigint NOT NULL,
	"id_tag" text,
	"meter_stop_wh" bigint NOT NULL,
	"stopped_at" timestamp with time zone NOT NULL,
	"reason" text,
	"transaction_data" jsonb NOT NULL,
	"session_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unmatched_stops_replay_uq" UNIQUE("station_id","transaction_id","stopped_at","meter_stop_wh")
);
--> statement-breakpoint
CREATE TABLE "station_configuration" (
	"station_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" text,
	"readonly" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_configuration_station_id_key_pk" PRIMARY KEY("station_id","key")
);
--> statement-breakpoint
CREATE TABLE "reservations" (
	"id" integer PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"id_tag" text NOT NULL,
	"parent_id_tag" text,
	"expires_at" timestamp with time zone NOT NULL,
	"status" "reservation_status" DEFAULT 'Active' NOT NULL,
	"created_by" uuid,
	"command_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charging_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"charging_profile_id" integer NOT NULL,
	"stack_level" integer NOT NULL,
	"purpose" charging_profile_purpose NOT NULL,
	"kind" charging_profile_kind NOT NULL,
	"profile" jsonb NOT NULL,
	"status" charging_profile_status DEFAULT 'Active' NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_at" timestamp with time zone,
	"command_id" uuid
);
--> statement-breakpoint
ALTER TABLE "stations" ALTER COLUMN "registration_status" SET DEFAULT 'Pending';--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "boot_status" "registration_status";--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "local_list_version" integer;--> statement-breakpoint
ALTER TABLE "commands" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "commands" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "unmatched_stops" ADD CONSTRAINT "unmatched_stops_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmatched_stops" ADD CONSTRAINT "unmatched_stops_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_configuration" ADD CONSTRAINT "station_configuration_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_command_id_commands_id_fk" FOREIGN KEY ("command_id") REFERENCES "public"."commands"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charging_profiles" ADD CONSTRAINT "charging_profiles_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charging_profiles" ADD CONSTRAINT "charging_profiles_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charging_profiles" ADD CONSTRAINT "charging_profiles_command_id_commands_id_fk" FOREIGN KEY ("command_id") REFERENCES "public"."commands"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unmatched_stops_station_idx" ON "unmatched_stops" USING btree ("station_id","stopped_at");--> statement-breakpoint
CREATE INDEX "reservations_station_idx" ON "reservations" USING btree ("station_id","status");--> statement-breakpoint
CREATE INDEX "charging_profiles_station_idx" ON "charging_profiles" USING btree ("station_id","status");--> statement-breakpoint
CREATE INDEX "commands_pending_idx" ON "commands" USING btree ("node_id","expires_at") WHERE "commands"."state" in ('queued', 'sent');