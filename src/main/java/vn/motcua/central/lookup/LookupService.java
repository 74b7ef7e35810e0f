package vn.motcua.central.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.LookupView;
import vn.motcua.domain.dossier.DossierCode;

/**
 * The public status lookup (DOMAIN.md §3.2): dossier codes are guessable, so the status is shown only to someone who
 * also knows the last four digits of the applicant's ID number or phone number. Wrong answers are counted per code:
 * after {@value #MAX_FAILURES} in {@link #LOCK_WINDOW} the code is locked for the rest of the window, whatever the
 * client address, so ten thousand possible answers cannot be tried from many addresses.
 */
public final class LookupService {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_WINDOW = Duration.ofMinutes(30);

    /** The outcome of a lookup. */
    public sealed interface Result {
        /** The code is not a dossier code at all (typing mistake). */
        record BadCode(String problem) implements Result {
        }

        /** Unknown code or wrong digits: deliberately the same answer. */
        record NotMatched(int attemptsLeft) implements Result {
        }

        /** Too many wrong answers for this code. */
        /**
         * @param until         when the code can be looked up again
         * @param secondsLeft   whole seconds from now until then, at least 1 (the answer's {@code Retry-After})
         */
        record Locked(Instant until, long secondsLeft) implements Result {
            static Locked at(Instant until, Instant now) {
                long millis = Math.max(0, java.time.Duration.between(now, until).toMillis());
                return new Locked(until, Math.max(1, (millis + 999) / 1000));
            }
        }

        record Found(LookupView view) implements Result {
        }
    }

    private final CentralDatabase db;
    private final DossierRepository dossiers;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LookupService(CentralDatabase db, DossierRepository dossiers, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The canonical code, or the Vietnamese reason it is not one. */
    public static Optional<String> canonical(String raw) {
        return DossierCode.tryParse(raw).map(DossierCode::toString);
    }

    public Result lookup(String rawCode, String lastFour) {
        Optional<String> code = canonical(rawCode);
        if (code.isEmpty()) {
            return new Result.BadCode(DossierCode.problem(rawCode).map(vn.motcua.domain.text.Msg::vi)
                    .orElse("Mã hồ sơ không hợp lệ"));
        }
        Instant now = clock.instant();
        Failures f = failures.get(code.get());
        if (f != null && f.isLocked(now)) {
            return Result.Locked.at(f.windowStart.plus(LOCK_WINDOW), now);
        }
        String digits = lastFour == null ? "" : lastFour.replaceAll("\\s", "");
        Optional<LookupView> view = digits.matches("\\d{4}")
                ? db.read(c -> dossiers.lookup(c, code.get())) : Optional.empty();
        if (view.isPresent() && (digits.equals(view.get().idLast4()) || digits.equals(view.get().phoneLast4()))) {
            return new Result.Found(view.get());
        }
        Failures after = failures.compute(code.get(), (k, old) -> old == null || old.expired(now)
                ? new Failures(now, 1) : new Failures(old.windowStart, old.count + 1));
        if (after.isLocked(now)) {
            return Result.Locked.at(after.windowStart.plus(LOCK_WINDOW), now);
        }
        if (failures.size() > 100_000) {
            failures.values().removeIf(x -> x.expired(now));
        }
        return new Result.NotMatched(MAX_FAILURES - after.count);
    }

    private record Failures(Instant windowStart, int count) {
        boolean expired(Instant now) {
            return now.isAfter(windowStart.plus(LOCK_WINDOW));
        }

        boolean isLocked(Instant now) {
            return !expired(now) && count >= MAX_FAILURES;
        }
    }
}
