-- Intake clock (docs/TRACKING.md, "Intake"): every intake transaction advances this one row and
-- names the node that wrote it. Holding its row lock serialises the derive-and-publish end of
-- intakes (an article's state is derived from a history no concurrent intake is changing), and
-- lets a node know whether its in-memory histories still hold every committed change.
CREATE TABLE tracking_intake_clock (
    id     integer PRIMARY KEY CHECK (id = 1),
    seq    bigint  NOT NULL,
    writer text
);
INSERT INTO tracking_intake_clock (id, seq) VALUES (1, 0);

-- One index on scan_event instead of two: the key (article, event_id) is both the dedupe key and
-- the access path of an article's history. An event id names one scan of one article; a scan sent
-- again (same article, same id) is a duplicate. (Intake index maintenance: docs/PERFORMANCE.md.)
ALTER TABLE scan_event DROP CONSTRAINT scan_event_pkey;
DROP INDEX scan_event_article;
ALTER TABLE scan_event ADD PRIMARY KEY (article, event_id);
