CREATE TYPE "public"."gift_source" AS ENUM('purchase', 'pool');--> statement-breakpoint
CREATE TYPE "public"."pool_request_status" AS ENUM('pending', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "article_audio" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"storage_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"duration_seconds" integer NOT NULL,
	"uploaded_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gift_memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"source" "gift_source" NOT NULL,
	"checkout_session_id" text,
	"purchaser_id" text,
	"purchaser_email" text,
	"tier" text NOT NULL,
	"months" integer NOT NULL,
	"amount" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'usd' NOT NULL,
	"recipient_email" text,
	"message" text DEFAULT '' NOT NULL,
	"deliver_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"redeemed_by_id" text,
	"redeemed_at" timestamp with time zone,
	"grant_id" integer,
	"reminded_at" timestamp with time zone,
	"given_to_pool_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_memberships_code_hash_unique" UNIQUE("code_hash"),
	CONSTRAINT "gift_memberships_checkout_session_id_unique" UNIQUE("checkout_session_id")
);
--> statement-breakpoint
CREATE TABLE "membership_benefits" (
	"id" serial PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"updated_by_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pool_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"reason" text,
	"status" "pool_request_status" DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_id" text,
	"gift_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_audio" ADD CONSTRAINT "article_audio_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_audio" ADD CONSTRAINT "article_audio_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_memberships" ADD CONSTRAINT "gift_memberships_purchaser_id_users_id_fk" FOREIGN KEY ("purchaser_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_memberships" ADD CONSTRAINT "gift_memberships_redeemed_by_id_users_id_fk" FOREIGN KEY ("redeemed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_memberships" ADD CONSTRAINT "gift_memberships_grant_id_complimentary_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."complimentary_grants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_benefits" ADD CONSTRAINT "membership_benefits_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_requests" ADD CONSTRAINT "pool_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_requests" ADD CONSTRAINT "pool_requests_gift_id_gift_memberships_id_fk" FOREIGN KEY ("gift_id") REFERENCES "public"."gift_memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gift_memberships_purchaser_idx" ON "gift_memberships" USING btree ("purchaser_id");--> statement-breakpoint
CREATE INDEX "gift_memberships_deliver_idx" ON "gift_memberships" USING btree ("deliver_at");--> statement-breakpoint
CREATE INDEX "pool_requests_status_idx" ON "pool_requests" USING btree ("status","created_at");