package vn.motcua.domain.dossier;

import static vn.motcua.domain.dossier.DossierStatus.CANCELLED;
import static vn.motcua.domain.dossier.DossierStatus.DENIED;
import static vn.motcua.domain.dossier.DossierStatus.DONE;
import static vn.motcua.domain.dossier.DossierStatus.NEW;
import static vn.motcua.domain.dossier.DossierStatus.PAYING;
import static vn.motcua.domain.dossier.DossierStatus.PROCESSING;
import static vn.motcua.domain.dossier.DossierStatus.RECEIVING;
import static vn.motcua.domain.dossier.DossierStatus.RELEASING;
import static vn.motcua.domain.dossier.DossierStatus.UNRESOLVED;
import static vn.motcua.domain.dossier.DossierStatus.WAITING;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.motcua.domain.account.Role;

/**
 * The actions that move a dossier between the national statuses (DOMAIN.md §2.2), with the button label a clerk
 * knows (§9), the text written into the progress log, and who may perform them.
 *
 * <p>{@link #RECEIVE} starts from a draft that has no status yet, so its {@link #from()} set is empty; use
 * {@link DossierLifecycle#receive}. {@link #INTEROP_SEND} and {@link #INTEROP_RETURN} stay in
 * {@link DossierStatus#PROCESSING} and move the liên thông sub-state ({@link Dossier#interopAgency()}).
 */
public enum DossierAction {
    RECEIVE("Tiếp nhận", "Tiếp nhận hồ sơ", NEW, Need.NOTHING, Set.of()),
    ACCEPT_ONLINE("Tiếp nhận hồ sơ trực tuyến", "Tiếp nhận hồ sơ trực tuyến", NEW, Need.NOTHING, Set.of(RECEIVING)),
    DENY("Từ chối tiếp nhận", "Từ chối tiếp nhận hồ sơ", DENIED, Need.REASON, Set.of(RECEIVING)),
    TRANSFER("Chuyển xử lý", "Chuyển xử lý hồ sơ", PROCESSING, Need.NOTHING, Set.of(NEW)),
    INTEROP_SEND("Chuyển liên thông", "Chuyển liên thông", PROCESSING, Need.AGENCY, Set.of(PROCESSING)),
    INTEROP_RETURN("Nhận lại từ liên thông", "Nhận lại hồ sơ từ liên thông", PROCESSING, Need.NOTHING,
            Set.of(PROCESSING)),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung", "Yêu cầu bổ sung, hoàn thiện hồ sơ", WAITING, Need.REASON,
            Set.of(PROCESSING)),
    SUPPLEMENT_RECEIVED("Nhận bổ sung", "Nhận bổ sung hồ sơ", PROCESSING, Need.NOTHING, Set.of(WAITING)),
    REQUEST_PAYMENT("Yêu cầu thực hiện nghĩa vụ tài chính", "Yêu cầu thực hiện nghĩa vụ tài chính", PAYING,
            Need.NOTHING, Set.of(PROCESSING)),
    PAYMENT_RECEIVED("Đã thực hiện nghĩa vụ tài chính", "Công dân đã thực hiện nghĩa vụ tài chính", PROCESSING,
            Need.NOTHING, Set.of(PAYING)),
    STOP("Dừng xử lý", "Dừng xử lý hồ sơ", UNRESOLVED, Need.REASON, Set.of(PROCESSING, WAITING, PAYING)),
    WITHDRAW("Rút hồ sơ", "Rút hồ sơ theo yêu cầu của công dân", CANCELLED, Need.REASON,
            Set.of(NEW, PROCESSING, WAITING, PAYING)),
    FINISH("Kết thúc xử lý", "Kết thúc xử lý hồ sơ", RELEASING, Need.NOTHING, Set.of(PROCESSING)),
    RETURN_RESULT("Trả kết quả", "Trả kết quả", DONE, Need.NOTHING, Set.of(RELEASING)),
    REVOKE_RETURN("Thu hồi", "Thu hồi hồ sơ đã trả kết quả", RELEASING, Need.REASON, Set.of(DONE), Role.ADMIN);

    /** What the request must carry besides actor and time. */
    private enum Need { NOTHING, REASON, AGENCY }

    private final String labelVi;
    private final String entryTextVi;
    private final DossierStatus to;
    private final Need need;
    private final Set<DossierStatus> from;
    private final Set<Role> roles;

    DossierAction(String labelVi, String entryTextVi, DossierStatus to, Need need, Set<DossierStatus> from,
            Role... onlyRoles) {
        this.labelVi = labelVi;
        this.entryTextVi = entryTextVi;
        this.to = to;
        this.need = need;
        this.from = from.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(from));
        this.roles = onlyRoles.length == 0
                ? Collections.unmodifiableSet(EnumSet.allOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(Set.of(onlyRoles)));
    }

    /** The button label (§9), e.g. "Kết thúc xử lý". */
    public String labelVi() {
        return labelVi;
    }

    /** The progress-log text (NoiDungXuLy), e.g. "Kết thúc xử lý hồ sơ"; see {@link #entryTextVi(String)}. */
    public String entryTextVi() {
        return entryTextVi;
    }

    /** The progress-log text naming the interop agency where relevant: "Chuyển liên thông đến UBND …". */
    public String entryTextVi(String agency) {
        if (agency == null || agency.isBlank()) {
            return entryTextVi;
        }
        return switch (this) {
            case INTEROP_SEND -> entryTextVi + " đến " + agency;
            case INTEROP_RETURN -> entryTextVi + " (" + agency + ")";
            default -> entryTextVi;
        };
    }

    /** Statuses the action starts from; empty for {@link #RECEIVE} (a draft). */
    public Set<DossierStatus> from() {
        return from;
    }

    /** The resulting status. */
    public DossierStatus to() {
        return to;
    }

    /** Whether the action needs a reason (or, for a supplement request, the content to supplement). */
    public boolean reasonRequired() {
        return need == Need.REASON;
    }

    /** Whether the action needs the name of the agency the dossier is forwarded to. */
    public boolean agencyRequired() {
        return need == Need.AGENCY;
    }

    /** Roles allowed to perform the action. */
    public Set<Role> allowedRoles() {
        return roles;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** The label as it reads inside a sentence: "Không thể <verb>: …". */
    String verbVi() {
        if (this == PAYMENT_RECEIVED) {
            return "ghi nhận đã thực hiện nghĩa vụ tài chính"; // "Không thể đã …" would not be Vietnamese
        }
        return labelVi.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + labelVi.substring(1);
    }

    /** What the reason field is called in messages for this action. */
    String reasonNounVi() {
        return this == REQUEST_SUPPLEMENT ? "nội dung cần bổ sung" : "lý do";
    }
}
