package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import orbit.store.FactEvent;

/**
 * An escalation alert on the directed dyad source → target in the month {@code period}: the month's
 * conflict events (distinct clusters, quad 3 + 4) against the trailing baseline mean, the excess
 * ({@code conflict − baseline}), the CUSUM statistic, and the conflict events of the run that drove
 * it (the months since the statistic last stood at 0), with their evidence.
 */
@JsonPropertyOrder({"source", "target", "period", "conflict", "baseline", "excess", "cusum", "events"})
public record Alert(String source, String target, LocalDate period, double conflict, double baseline, double excess,
                    double cusum, List<FactEvent> events) {}
