-- AlterTable
ALTER TABLE "credentials" ADD COLUMN     "disabled_at" TIMESTAMP(3);

