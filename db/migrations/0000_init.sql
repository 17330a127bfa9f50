CREATE TYPE "public"."command_state" AS ENUM('queued', 'sent', 'answered', 'timeout', 'offline', 'failed');--> statement-breakpoint
CREATE TYPE "public"."connection_state" AS ENUM('online', 'offline');--> statement-breakpoint
CREATE TYPE "public"."connector_status" AS ENUM('Available', 'Preparing', 'Charging', 'SuspendedEVSE', 'SuspendedEV', 'Finishing', 'Reserved', 'Unavailable', 'Faulted');--> statement-breakpoint
CREATE TYPE "public"."connector_type" AS ENUM('Type1', 'Type2', 'CCS1', 'CCS2', 'CHAdeMO', 'Schuko');--> statement-breakpoint
CREATE TYPE "public"."id_tag_status" AS ENUM('Accepted', 'Blocked', 'Expired', 'Invalid');--> statement-breakpoint
CREATE TYPE "public"."message_direction" AS ENUM('in', 'out');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('Accepted', 'Pending', 'Rejected');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('PENDING', 'APPROVED', 'CHARGING', 'COMPLETED', 'STOPPED', 'FAILED', 'DENIED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('driver', 'operator', 'admin');--> statement-breakpoint
CREATE SEQUENCE "public"."transaction_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" DEFAULT 'driver' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"city" text NOT NULL,
	"postal_code" text,
	"country" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"time_zone" text NOT NULL,
	"amenities" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"type" "connector_type",
	"max_power_w" integer,
	"status" "connector_status" DEFAULT 'Unavailable' NOT NULL,
	"error_code" text DEFAULT 'NoError' NOT NULL,
	"vendor_error_code" text,
	"info" text,
	"status_at" timestamp with time zone,
	CONSTRAINT "connectors_station_connector_uq" UNIQUE("station_id","connector_id")
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid,
	"identity" text NOT NULL,
	"name" text NOT NULL,
	"vendor" text,
	"model" text,
	"serial_number" text,
	"firmware_version" text,
	"ocpp_version" text DEFAULT '1.6' NOT NULL,
	"password_hash" text NOT NULL,
	"registration_status" "registration_status" DEFAULT 'Accepted' NOT NULL,
	"connection_state" "connection_state" DEFAULT 'offline' NOT NULL,
	"node_id" text,
	"connection_id" uuid,
	"connected_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"last_boot_at" timestamp with time zone,
	"heartbeat_interval_s" integer,
	"status" "connector_status",
	"error_code" text,
	"firmware_status" text,
	"diagnostics_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stations_identity_unique" UNIQUE("identity")
);
--> statement-breakpoint
CREATE TABLE "id_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_tag" text NOT NULL,
	"user_id" uuid,
	"parent_id_tag" text,
	"status" "id_tag_status" DEFAULT 'Accepted' NOT NULL,
	"expires_at" timestamp with time zone,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "id_tags_id_tag_unique" UNIQUE("id_tag")
);
--> statement-breakpoint
CREATE TABLE "meter_values" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"session_id" uuid,
	"transaction_id" integer,
	"sampled_at" timestamp with time zone NOT NULL,
	"measurand" text NOT NULL,
	"phase" text,
	"unit" text,
	"context" text,
	"location" text,
	"value" double precision NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meter_values_sample_uq" UNIQUE NULLS NOT DISTINCT("station_id","connector_id","sampled_at","measurand","phase","location","context")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transaction_id" integer,
	"station_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"id_tag" text,
	"user_id" uuid,
	"status" "session_status" NOT NULL,
	"started_at" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	"meter_start_wh" bigint,
	"meter_stop_wh" bigint,
	"last_meter_wh" bigint,
	"last_power_w" bigint,
	"soc_percent" double precision,
	"last_meter_at" timestamp with time zone,
	"energy_wh" bigint DEFAULT 0 NOT NULL,
	"stop_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_transaction_id_unique" UNIQUE("transaction_id")
);
--> statement-breakpoint
CREATE TABLE "commands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"action" text NOT NULL,
	"request" jsonb NOT NULL,
	"state" "command_state" DEFAULT 'queued' NOT NULL,
	"ocpp_status" text,
	"response" jsonb,
	"error" text,
	"requested_by" uuid,
	"node_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"latency_ms" integer
);
--> statement-breakpoint
CREATE TABLE "anomalies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ocpp_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"station_id" uuid,
	"identity" text NOT NULL,
	"direction" "message_direction" NOT NULL,
	"message_type" integer,
	"message_id" text,
	"action" text,
	"payload" jsonb,
	"raw" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connectors" ADD CONSTRAINT "connectors_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "id_tags" ADD CONSTRAINT "id_tags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_values" ADD CONSTRAINT "meter_values_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_values" ADD CONSTRAINT "meter_values_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commands" ADD CONSTRAINT "commands_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commands" ADD CONSTRAINT "commands_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anomalies" ADD CONSTRAINT "anomalies_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocpp_messages" ADD CONSTRAINT "ocpp_messages_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "stations_site_idx" ON "stations" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "stations_connection_idx" ON "stations" USING btree ("connection_state","last_seen_at");--> statement-breakpoint
CREATE INDEX "id_tags_user_idx" ON "id_tags" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meter_values_session_idx" ON "meter_values" USING btree ("session_id","sampled_at");--> statement-breakpoint
CREATE INDEX "meter_values_station_idx" ON "meter_values" USING btree ("station_id","sampled_at");--> statement-breakpoint
CREATE INDEX "sessions_station_idx" ON "sessions" USING btree ("station_id","created_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_start_dedupe_uq" ON "sessions" USING btree ("station_id","connector_id","id_tag","started_at","meter_start_wh");--> statement-breakpoint
CREATE INDEX "commands_station_idx" ON "commands" USING btree ("station_id","created_at");--> statement-breakpoint
CREATE INDEX "anomalies_station_idx" ON "anomalies" USING btree ("station_id","created_at");--> statement-breakpoint
CREATE INDEX "ocpp_messages_station_idx" ON "ocpp_messages" USING btree ("station_id","created_at");--> statement-breakpoint
CREATE INDEX "ocpp_messages_created_idx" ON "ocpp_messages" USING btree ("created_at");