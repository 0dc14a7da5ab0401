-- Imports now store a customer id that is a valid RUT written with its hyphen one way,
-- `12345678-5` (no dots, upper-case K: `canonicalCustomerId` in the engine), so a customer that
-- one file writes `12.345.678-5` and another `12345678-5` counts once. This rewrites the lines
-- already stored by the same rule, so a re-upload of an old file still changes nothing, and
-- marks the companies it changed: their stored figures are rebuilt in full (`rows_version` no
-- longer matches the engine's; the job worker queues a refresh at start, see the policy below).
CREATE FUNCTION pg_temp.canonical_customer_id(id text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  compact text := upper(regexp_replace(id, '[.[:space:]-]', '', 'g'));
  body text;
  total int := 0;
  factor int := 2;
  digit int;
  check_digit text;
BEGIN
  IF position('-' in id) = 0 OR compact !~ '^[0-9]{1,8}[0-9K]$' THEN
    RETURN id;
  END IF;
  body := ltrim(left(compact, -1), '0');
  IF body = '' THEN
    RETURN id;
  END IF;
  FOR i IN REVERSE length(body)..1 LOOP
    total := total + substr(body, i, 1)::int * factor;
    factor := CASE WHEN factor = 7 THEN 2 ELSE factor + 1 END;
  END LOOP;
  digit := 11 - total % 11;
  check_digit := CASE digit WHEN 11 THEN '0' WHEN 10 THEN 'K' ELSE digit::text END;
  IF right(compact, 1) <> check_digit THEN
    RETURN id;
  END IF;
  RETURN body || '-' || right(compact, 1);
END
$$;
--> statement-breakpoint
-- A table owner that is no superuser is bound by FORCE ROW LEVEL SECURITY too: lifted for the
-- rewrite, which spans every company, and put back below in the same transaction.
ALTER TABLE sale_lines NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feature_state NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
WITH spellings AS (
  SELECT written, pg_temp.canonical_customer_id(written) AS canonical
  FROM (SELECT DISTINCT customer_id AS written FROM sale_lines WHERE customer_id LIKE '%-%') AS hyphenated
),
rewritten AS (
  UPDATE sale_lines AS line SET customer_id = spellings.canonical
  FROM spellings
  WHERE line.customer_id = spellings.written AND spellings.canonical <> spellings.written
  RETURNING line.company_id
)
UPDATE feature_state SET rows_version = NULL
WHERE company_id IN (SELECT DISTINCT company_id FROM rewritten);
--> statement-breakpoint
ALTER TABLE sale_lines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feature_state FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP FUNCTION pg_temp.canonical_customer_id(text);
--> statement-breakpoint
-- At start, the job worker lists the companies whose stored figures another version of the
-- engine built, to queue their refresh: transactions that set app.feature_sweep = 'on'
-- (withTenant scope `featureSweep`) read every company's feature_state, and nothing else.
-- Requests never set it.
CREATE POLICY feature_state_sweep ON feature_state FOR SELECT
  USING (((SELECT COALESCE(current_setting('app.feature_sweep'::text, true), ''::text) = 'on'::text)));
