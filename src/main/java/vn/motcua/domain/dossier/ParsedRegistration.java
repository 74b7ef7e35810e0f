package vn.motcua.domain.dossier;

import java.util.List;
import vn.motcua.domain.text.InputProblem;

/**
 * What {@link RegistrationParser#parse} made of a request: the checked registration, or the problems that refuse it;
 * warnings (an ID number from another province, a required document not handed over …) in both cases.
 *
 * @param registration null when {@link #problems()} is not empty
 * @param problems     every refusal, field by field, in the order of the form
 * @param warnings     what does not refuse the request but deserves a second look
 */
public record ParsedRegistration(CheckedRegistration registration, List<InputProblem> problems,
                                 List<InputProblem> warnings) {

    public ParsedRegistration {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (problems.isEmpty() == (registration == null)) {
            throw new IllegalArgumentException("a registration XOR problems");
        }
    }

    /** True when the request can be stored. */
    public boolean ok() {
        return registration != null;
    }
}
