CREATE INDEX "sessions_started_idx" ON "sessions" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "sessions_list_order_idx" ON "sessions" USING btree (coalesce("started_at", "created_at"),"id");--> statement-breakpoint
CREATE INDEX "commands_created_idx" ON "commands" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "anomalies_created_idx" ON "anomalies" USING btree ("created_at");