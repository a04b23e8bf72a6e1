CREATE TYPE "public"."cancellation_reason" AS ENUM('too-expensive', 'not-reading', 'disagree', 'payment', 'other');--> statement-breakpoint
CREATE TYPE "public"."donation_purpose" AS ENUM('newsroom', 'pool');--> statement-breakpoint
CREATE TABLE "donations" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"email" text NOT NULL,
	"amount" integer NOT NULL,
	"currency" text NOT NULL,
	"purpose" "donation_purpose" DEFAULT 'newsroom' NOT NULL,
	"payment_intent_id" text,
	"attribution_article" text,
	"attribution_placement" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "opens_to_all_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "membership_changes" ADD COLUMN "paused_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "membership_changes" ADD COLUMN "cancellation_reason" "cancellation_reason";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "paused_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "cancellation_reason" "cancellation_reason";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "cancellation_feedback" text;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "donations_created_idx" ON "donations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "donations_user_idx" ON "donations" USING btree ("user_id");