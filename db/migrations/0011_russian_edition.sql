CREATE TABLE "membership_faq" (
	"id" serial PRIMARY KEY NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"updated_by_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "appeals" DROP CONSTRAINT "appeals_pkey";--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_placement_locale_pk" PRIMARY KEY("placement","locale");--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "translation_group" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_config" "regconfig" DEFAULT 'english' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(headline, '')), 'A') || setweight(to_tsvector(search_config, coalesce(standfirst, '')), 'B') || setweight(to_tsvector(search_config, coalesce(body_text, '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "preview_search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "preview_search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(headline, '')), 'A') || setweight(to_tsvector(search_config, coalesce(standfirst, '')), 'B') || setweight(to_tsvector(search_config, coalesce(preview_text, '')), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_preview_search_idx" ON "articles" USING gin ("preview_search");--> statement-breakpoint
ALTER TABLE "authors" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_benefits" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletters" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_faq" ADD CONSTRAINT "membership_faq_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_language_published_at_idx" ON "articles" USING btree ("language","status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "articles_translation_language_idx" ON "articles" USING btree ("translation_group","language");
