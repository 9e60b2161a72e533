ALTER TABLE "projects" ALTER COLUMN "owner_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "owner_person_key" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "owner_business_id" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "owner_business_name" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "created_by_person_key" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contact_email" text;--> statement-breakpoint
CREATE INDEX "projects_person" ON "projects" USING btree ("owner_person_key","updated_at");--> statement-breakpoint
CREATE INDEX "projects_company" ON "projects" USING btree ("owner_business_id","updated_at");