-- AlterTable
ALTER TABLE "media_attachments" ALTER COLUMN "file_key" DROP NOT NULL;

