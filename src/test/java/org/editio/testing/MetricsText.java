package org.editio.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Samples of the service's /q/metrics (Prometheus text), for the tests and the load benchmark. */
public final class MetricsText {

    // The samples that count the write path (org.editio.metrics.EditMetrics).
    /** The writes stored by groups: the sum of the writes-per-query summary. */
    public static final String STORED_WRITES = "editio_group_writes_sum";
    /** The stored queries the writes-per-query summary recorded: one per stored group, like STORED_QUERIES. */
    public static final String GROUPS_RECORDED = "editio_group_writes_count";
    public static final String STORED_QUERIES = "editio_group_queries_total{status=\"stored\"}";
    public static final String REFUSED_QUERIES = "editio_group_queries_total{status=\"refused\"}";
    public static final String MOVED_QUERIES = "editio_group_queries_total{status=\"moved\"}";
    public static final String BARRIERS = "editio_barriers_total";
    public static final String BY_PARTS = "editio_validations_total{way=\"parts\"}";
    public static final String WHOLE = "editio_validations_total{way=\"whole\"}";

    private MetricsText() {
    }

    /** The sample's value, named with its labels as the text has them; 0 when the metric has no sample yet. */
    public static double value(String metrics, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
