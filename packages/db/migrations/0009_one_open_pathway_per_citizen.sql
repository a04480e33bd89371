-- One open pathway per citizen, held by the database (the API checked it alone, so two
-- simultaneous pathway.open calls could both succeed). A database that already holds such a pair
-- stops here with the citizens named: close the surplus pathway (pathwayClosed) and migrate again.
DO $$
DECLARE
	doubled text;
BEGIN
	SELECT string_agg(citizen_id::text, ', ') INTO doubled FROM (
		SELECT citizen_id FROM pathways WHERE status = 'open' GROUP BY citizen_id HAVING count(*) > 1
	) AS d;
	IF doubled IS NOT NULL THEN
		RAISE EXCEPTION 'citizens with more than one open pathway: %', doubled
			USING HINT = 'close all but one open pathway of each (pathwayClosed), then migrate again';
	END IF;
END $$;
--> statement-breakpoint
CREATE UNIQUE INDEX "pathways_one_open_per_citizen" ON "pathways" USING btree ("citizen_id") WHERE "pathways"."status" = 'open';
