-- The review's day close asks, for each failed attempt (N) and return (RN) scanned that day, whether it
-- is the article's first: this partial index answers from the exception scans alone (about one parcel
-- in five has any), not from every scan of the article.
CREATE INDEX scan_event_exception_article ON scan_event (article, code, occurred_at) WHERE code IN ('N', 'RN');
