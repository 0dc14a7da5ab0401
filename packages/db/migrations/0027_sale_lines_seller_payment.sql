ALTER TABLE "sale_lines" ADD COLUMN "seller" text;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD COLUMN "payment_method" text;--> statement-breakpoint
-- Lines imported before kept these columns in `extra`, under the file's header. Moved into the
-- new columns when the header is one imports now read as the field (its folded text is one of
-- the engine's synonyms), so sellers and payment methods show for past uploads and a re-upload
-- of an old file still changes nothing. Lifted FORCE: see 0026.
ALTER TABLE sale_lines NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
WITH headers AS (
  SELECT DISTINCT key FROM sale_lines, jsonb_object_keys(extra) AS key WHERE extra IS NOT NULL
),
folded AS (
  SELECT key, trim(regexp_replace(lower(translate(key, 'ÁÉÍÓÚÜÑáéíóúüñ', 'AEIOUUNaeiouun')), '[^a-z0-9]+', ' ', 'g')) AS words
  FROM headers
),
fields AS (
  SELECT key,
    CASE
      WHEN words IN ('nombre vendedor', 'vendedor', 'vendedora', 'cajero', 'cajera', 'seller', 'salesperson', 'sales rep', 'cashier') THEN 'seller'
      WHEN words IN ('metodo pago', 'metodo de pago', 'forma pago', 'forma de pago', 'medio pago', 'medio de pago', 'tipo pago', 'payment method', 'payment type', 'payment') THEN 'payment_method'
    END AS field
  FROM folded
),
seller_keys AS (SELECT array_agg(key ORDER BY key) AS keys FROM fields WHERE field = 'seller'),
payment_keys AS (SELECT array_agg(key ORDER BY key) AS keys FROM fields WHERE field = 'payment_method'),
moved AS (
  SELECT l.company_id, l.id,
    (SELECT l.extra ->> k FROM unnest(s.keys) AS k WHERE l.extra ? k LIMIT 1) AS seller_key_value,
    (SELECT k FROM unnest(s.keys) AS k WHERE l.extra ? k LIMIT 1) AS seller_key,
    (SELECT l.extra ->> k FROM unnest(p.keys) AS k WHERE l.extra ? k LIMIT 1) AS payment_value,
    (SELECT k FROM unnest(p.keys) AS k WHERE l.extra ? k LIMIT 1) AS payment_key
  FROM sale_lines l, seller_keys s, payment_keys p
  WHERE l.extra IS NOT NULL AND (l.extra ?| coalesce(s.keys, '{}') OR l.extra ?| coalesce(p.keys, '{}'))
)
UPDATE sale_lines AS l SET
  seller = nullif(trim(moved.seller_key_value), ''),
  payment_method = nullif(trim(moved.payment_value), ''),
  extra = nullif(l.extra - coalesce(moved.seller_key, '') - coalesce(moved.payment_key, ''), '{}'::jsonb)
FROM moved
WHERE l.company_id = moved.company_id AND l.id = moved.id;
--> statement-breakpoint
ALTER TABLE sale_lines FORCE ROW LEVEL SECURITY;
