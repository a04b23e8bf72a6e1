ALTER TABLE "sign_in_requests" ADD COLUMN "kind" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_in_tokens" ADD COLUMN "browser_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "sign_in_tokens_browser_hash_idx" ON "sign_in_tokens" USING btree ("browser_hash");