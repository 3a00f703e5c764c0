package org.daksetu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a table updated by the current transaction's backend and not yet reported to the
 * statistics, and how many of them in place (HOT). Call it inside the transaction that updated
 * them (the counts may include an earlier transaction's until the backend reports them).
 */
public final class RowUpdates {

    private RowUpdates() {
    }

    /** {updated, updated in place} for {@code table}. */
    public static long[] inThisTransaction(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT pg_stat_get_xact_tuples_updated(c.oid), pg_stat_get_xact_tuples_hot_updated(c.oid) "
                        + "FROM pg_class c WHERE c.relname = :t")
                .param("t", table).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** At least {@code atLeast} rows updated, every one in place. */
    public static void assertAllInPlace(long[] counts, long atLeast) {
        assertThat(counts[0]).isGreaterThanOrEqualTo(atLeast);
        assertThat(counts[1]).as("updated in place of " + counts[0] + " updated").isEqualTo(counts[0]);
    }
}
