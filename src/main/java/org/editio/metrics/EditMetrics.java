package org.editio.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the write path costs in eXist-db requests and validations, counted (at /q/metrics): the figures the load
 * benchmark reads per round (docs/PERFORMANCE.md) instead of one-off counters.
 */
@ApplicationScoped
public class EditMetrics {

    private final Counter storedWrites;
    private final DistributionSummary writesPerQuery;
    private final MeterRegistry registry;
    private final Counter barriers;
    private final Counter byParts;
    private final Counter whole;

    @Inject
    public EditMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.storedWrites = Counter.builder("editio.fragment.writes.stored")
                .description("Fragment writes stored by groups (reviews not counted)").register(registry);
        this.writesPerQuery = DistributionSummary.builder("editio.group.writes")
                .description("Writes stored by one storing query of a group").register(registry);
        this.barriers = Counter.builder("editio.barriers")
                .description("Barriers run: reads of meta.xml that wait for the edition's writes").register(registry);
        this.byParts = validations("parts");
        this.whole = validations("whole");
    }

    private Counter validations(String way) {
        return Counter.builder("editio.validations").tag("way", way)
                .description("Writes validated, by their parts or as a whole edition").register(registry);
    }

    /** A storing query of a group answered {@code status} (stored, refused, moved, missing) for {@code writes}. */
    public void storingQuery(String status, int writes) {
        registry.counter("editio.group.queries", "status", status).increment();
        if ("stored".equals(status)) {
            storedWrites.increment(writes);
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
