-- What PostGraphile needs to answer the portal's popular listing on the portal's own tables:
-- popularity to sort by, "not ended yet" to filter by and the remaining seats, as computed
-- columns. They are one-line SQL functions, which PostgreSQL inlines into the listing's plan.
-- Applied by run.sh to the benchmark's database only.
CREATE OR REPLACE FUNCTION public.event_popularity(e public.event) RETURNS integer
  LANGUAGE sql STABLE AS 'SELECT e.confirmed_count + e.waitlist_count';
COMMENT ON FUNCTION public.event_popularity(public.event) IS E'@sortable';

CREATE OR REPLACE FUNCTION public.event_upcoming(e public.event) RETURNS boolean
  LANGUAGE sql STABLE AS 'SELECT e.ends_at > now()';
COMMENT ON FUNCTION public.event_upcoming(public.event) IS E'@filterable';

CREATE OR REPLACE FUNCTION public.event_remaining_seats(e public.event) RETURNS integer
  LANGUAGE sql STABLE AS 'SELECT e.capacity - e.confirmed_count';
