-- A story is reviewed by someone other than the organizer who submitted it (and other than
-- its creator, which the review check adds): nobody publishes their own story.
ALTER TABLE story_revision ADD COLUMN submitted_by bigint REFERENCES app_user (id);
ALTER TABLE story_revision ADD CONSTRAINT story_revision_reviewed_by_another
    CHECK (reviewed_by IS NULL OR submitted_by IS NULL OR reviewed_by <> submitted_by);
