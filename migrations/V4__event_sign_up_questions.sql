-- Sign-up questions an event asks (at most 5) and the answers given when registering.
ALTER TABLE event ADD COLUMN questions jsonb NOT NULL DEFAULT '[]'
    CONSTRAINT event_at_most_five_questions CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) <= 5);
ALTER TABLE registration ADD COLUMN answers jsonb NOT NULL DEFAULT '[]';
