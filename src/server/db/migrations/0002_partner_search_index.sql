DROP INDEX "partners_name_trgm_idx";--> statement-breakpoint
DROP INDEX "partners_ws_updated_idx";--> statement-breakpoint
CREATE INDEX "partners_ws_created_idx" ON "partners" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "partners_search_trgm_idx" ON "partners" USING gin ((lower("name" || ' ' || coalesce("website", ''))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners_ws_updated_idx" ON "partners" USING btree ("workspace_id","updated_at","id");