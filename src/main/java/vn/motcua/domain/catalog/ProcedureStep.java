package vn.motcua.domain.catalog;

/**
 * One step of a procedure's internal flow as the catalogue allots it (for the control slip, DOMAIN.md §1.2): who holds
 * the dossier and how many working hours that step may take.
 */
public record ProcedureStep(String unit, int workingHours) {
    public ProcedureStep {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a step names the unit that holds the dossier");
        }
        if (workingHours < 0 || workingHours > 8 * 3650) {
            throw new IllegalArgumentException("step working hours out of range: " + workingHours);
        }
        unit = unit.strip();
    }
}
