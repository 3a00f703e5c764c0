-- The daily remittance run looks for collected articles not yet remitted whose collection day is
-- due. cod_article_due held every collected article, remitted or not, so each run walked the
-- whole history of collections (2.2 million after a quarter at 50,000 parcels a day) to find the
-- day's few tens of thousands: the run grew from 0.4 s to 2.5 s a day over a simulated quarter.
-- The index now holds only what is still to remit. Remitting an article takes it out of the
-- index, so that update is no longer HOT (it writes the row's other index entries once more):
-- once per article, against a scan of every collection ever made on every run
-- (docs/PERFORMANCE.md, "COD" and round 5).
DROP INDEX cod_article_due;
CREATE INDEX cod_article_unremitted ON cod_article (collection_date)
    WHERE collected_at IS NOT NULL AND remittance_id IS NULL AND cancelled_at IS NULL;
