-- A journey's history is its evidence: events are only ever added (DESIGN section 4).
CREATE OR REPLACE FUNCTION journey_events_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'journey_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER journey_events_append_only BEFORE UPDATE OR DELETE ON journey_events
  FOR EACH ROW EXECUTE FUNCTION journey_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journey_events_no_truncate BEFORE TRUNCATE ON journey_events
  FOR EACH STATEMENT EXECUTE FUNCTION journey_events_refuse_change();
