package org.editio.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Samples of the service's /q/metrics (Prometheus text), for the tests and the load benchmark. */
public final class MetricsText {

    private MetricsText() {
    }

    /** The sample's value, named with its labels as the text has them; 0 when the metric has no sample yet. */
    public static double value(String metrics, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
