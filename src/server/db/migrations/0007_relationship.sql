CREATE TABLE "alignment_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"field" text NOT NULL,
	"from_value" text NOT NULL,
	"to_value" text NOT NULL,
	"side" text NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alignment_records" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "early_wins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"success_measure" text DEFAULT '' NOT NULL,
	"host_lead_user_id" text NOT NULL,
	"partner_lead_user_id" text NOT NULL,
	"agreed_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"outcome" text DEFAULT '' NOT NULL,
	"announced_at" timestamp with time zone,
	"case_study" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"raised_side" text NOT NULL,
	"raised_by" text,
	"raised_at" timestamp with time zone NOT NULL,
	"raiser_perspective" text NOT NULL,
	"other_perspective" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"meeting_held_at" timestamp with time zone,
	"agreed_action" text DEFAULT '' NOT NULL,
	"lesson" text DEFAULT '' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_health" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"score" real,
	"band" text,
	"based_on_weight" real NOT NULL,
	"factors" jsonb NOT NULL,
	"open_issues" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organizer_user_id" text,
	"attendee_user_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recap_owner_user_id" text,
	"step_id" uuid,
	"early_win_id" uuid,
	"escalation_id" uuid,
	"sequence" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"internal_notes" text DEFAULT '' NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"action_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"held_at" timestamp with time zone,
	"recap_sent_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_preferences" (
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"side" text NOT NULL,
	"answers" jsonb NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "partner_preferences_partner_id_user_id_pk" PRIMARY KEY("partner_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "quarterly_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"side" text NOT NULL,
	"trust" integer NOT NULL,
	"satisfaction" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_by" text,
	"rated_at" timestamp with time zone NOT NULL,
	"investigation_step_id" uuid,
	CONSTRAINT "quarterly_reviews_trust_range" CHECK ("quarterly_reviews"."trust" between 1 and 10),
	CONSTRAINT "quarterly_reviews_satisfaction_range" CHECK ("quarterly_reviews"."satisfaction" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "relationship_timers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"fire_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "retro_insights" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid,
	"meeting_id" uuid,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_pending" (
	"id" uuid PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"sealed" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_respondents" (
	"survey_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "survey_respondents_survey_id_user_id_pk" PRIMARY KEY("survey_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"questions" jsonb NOT NULL,
	"audience" text NOT NULL,
	"partner_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alignment_changes" ADD CONSTRAINT "alignment_changes_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_records" ADD CONSTRAINT "alignment_records_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_records" ADD CONSTRAINT "alignment_records_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_wins" ADD CONSTRAINT "early_wins_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_wins" ADD CONSTRAINT "early_wins_host_lead_user_id_user_id_fk" FOREIGN KEY ("host_lead_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_wins" ADD CONSTRAINT "early_wins_partner_lead_user_id_user_id_fk" FOREIGN KEY ("partner_lead_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_wins" ADD CONSTRAINT "early_wins_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_raised_by_user_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_health" ADD CONSTRAINT "partner_health_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_meetings" ADD CONSTRAINT "partner_meetings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_meetings" ADD CONSTRAINT "partner_meetings_organizer_user_id_user_id_fk" FOREIGN KEY ("organizer_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_meetings" ADD CONSTRAINT "partner_meetings_recap_owner_user_id_user_id_fk" FOREIGN KEY ("recap_owner_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_meetings" ADD CONSTRAINT "partner_meetings_step_id_journey_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."journey_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_meetings" ADD CONSTRAINT "partner_meetings_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_preferences" ADD CONSTRAINT "partner_preferences_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_preferences" ADD CONSTRAINT "partner_preferences_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_reviews" ADD CONSTRAINT "quarterly_reviews_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_reviews" ADD CONSTRAINT "quarterly_reviews_rated_by_user_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retro_insights" ADD CONSTRAINT "retro_insights_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retro_insights" ADD CONSTRAINT "retro_insights_meeting_id_partner_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."partner_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retro_insights" ADD CONSTRAINT "retro_insights_template_id_journey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."journey_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retro_insights" ADD CONSTRAINT "retro_insights_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_pending" ADD CONSTRAINT "survey_pending_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alignment_changes_partner_idx" ON "alignment_changes" USING btree ("partner_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_secret" ON "calendar_feeds" USING btree ("secret_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_active" ON "calendar_feeds" USING btree ("workspace_id","user_id") WHERE "calendar_feeds"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "early_wins_partner_idx" ON "early_wins" USING btree ("workspace_id","partner_id");--> statement-breakpoint
CREATE INDEX "escalations_partner_idx" ON "escalations" USING btree ("workspace_id","partner_id","raised_at");--> statement-breakpoint
CREATE INDEX "partner_health_risk_idx" ON "partner_health" USING btree ("workspace_id","score");--> statement-breakpoint
CREATE INDEX "partner_meetings_partner_idx" ON "partner_meetings" USING btree ("workspace_id","partner_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_meetings_step" ON "partner_meetings" USING btree ("step_id");--> statement-breakpoint
CREATE INDEX "partner_meetings_early_win_idx" ON "partner_meetings" USING btree ("early_win_id");--> statement-breakpoint
CREATE INDEX "partner_meetings_escalation_idx" ON "partner_meetings" USING btree ("escalation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_reviews_once" ON "quarterly_reviews" USING btree ("partner_id","quarter","side");--> statement-breakpoint
CREATE INDEX "quarterly_reviews_partner_idx" ON "quarterly_reviews" USING btree ("workspace_id","partner_id","rated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "relationship_timers_once" ON "relationship_timers" USING btree ("subject_type","subject_id","kind");--> statement-breakpoint
CREATE INDEX "relationship_timers_pending_idx" ON "relationship_timers" USING btree ("fire_at") WHERE "relationship_timers"."fired_at" is null;--> statement-breakpoint
CREATE INDEX "retro_insights_template_idx" ON "retro_insights" USING btree ("workspace_id","template_id","template_version");--> statement-breakpoint
CREATE INDEX "survey_answers_survey_idx" ON "survey_answers" USING btree ("survey_id","question_key");--> statement-breakpoint
CREATE INDEX "survey_pending_survey_idx" ON "survey_pending" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "surveys_workspace_idx" ON "surveys" USING btree ("workspace_id","created_at");