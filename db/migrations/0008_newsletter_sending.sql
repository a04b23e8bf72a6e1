DELETE FROM "newsletter_confirmations";--> statement-breakpoint
CREATE TYPE "public"."newsletter_delivery_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'bounced');--> statement-breakpoint
CREATE TYPE "public"."newsletter_issue_send_status" AS ENUM('sending', 'sent');--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletter_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"issue_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"email" text NOT NULL,
	"version" text NOT NULL,
	"status" "newsletter_delivery_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"claimed_until" timestamp with time zone,
	"retry_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "newsletter_confirmations" DROP CONSTRAINT "newsletter_confirmations_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "newsletter_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "email_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_confirmations" ADD COLUMN "email" text NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_issues" ADD COLUMN "send_status" "newsletter_issue_send_status" DEFAULT 'sent' NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_issues" ADD COLUMN "recipient_count" integer;--> statement-breakpoint
ALTER TABLE "newsletter_issues" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "newsletter_deliveries_recipient_idx" ON "newsletter_deliveries" USING btree ("issue_id","user_id");--> statement-breakpoint
CREATE INDEX "newsletter_deliveries_status_idx" ON "newsletter_deliveries" USING btree ("issue_id","status");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_newsletter_id_newsletters_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."newsletters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "newsletter_issues_article_idx" ON "newsletter_issues" USING btree ("newsletter_id","article_id");--> statement-breakpoint
ALTER TABLE "newsletter_confirmations" DROP COLUMN "user_id";