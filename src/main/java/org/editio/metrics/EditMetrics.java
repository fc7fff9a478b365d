package org.editio.metrics;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.editio.exist.FragmentStore;

/**
 * What the write path costs in eXist-db requests and validations, counted (at /q/metrics): the figures the load
 * benchmark reads per round (docs/PERFORMANCE.md) instead of one-off counters. The writes a group stored are the
 * sum of {@code editio_group_writes}; the meters are registered once, since every write counts.
 */
@ApplicationScoped
public class EditMetrics {

    private final Map<FragmentStore.Batch.Status, Counter> queries = new EnumMap<>(FragmentStore.Batch.Status.class);
    private final DistributionSummary writesPerQuery;
    private final Counter barriers;
    private final Counter byParts;
    private final Counter whole;

    @Inject
    public EditMetrics(MeterRegistry registry) {
        for (FragmentStore.Batch.Status status : FragmentStore.Batch.Status.values()) {
            queries.put(status, Counter.builder("editio.group.queries").tag("status", status.name().toLowerCase())
                    .description("Storing queries of groups, by what eXist-db answered").register(registry));
        }
        this.writesPerQuery = DistributionSummary.builder("editio.group.writes")
                .description("Writes stored by one storing query of a group (reviews not counted)").register(registry);
        this.barriers = Counter.builder("editio.barriers")
                .description("Barriers run: reads of meta.xml that wait for the edition's writes").register(registry);
        this.byParts = validations(registry, "parts");
        this.whole = validations(registry, "whole");
    }

    private static Counter validations(MeterRegistry registry, String way) {
        return Counter.builder("editio.validations").tag("way", way)
                .description("Writes validated, by their parts or as a whole edition").register(registry);
    }

    /** A storing query of a group of {@code writes} answered {@code status}. */
    public void storingQuery(FragmentStore.Batch.Status status, int writes) {
        queries.get(status).increment();
        if (status == FragmentStore.Batch.Status.STORED) {
            writesPerQuery.record(writes);
        }
    }

    public void barrier() {
        barriers.increment();
    }

    public void validated(boolean wasByParts) {
        (wasByParts ? byParts : whole).increment();
    }
}
