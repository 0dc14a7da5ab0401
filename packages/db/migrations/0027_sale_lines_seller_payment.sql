ALTER TABLE "sale_lines" ADD COLUMN "seller" text;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "payment_method" text;