package vn.motcua.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;

import vn.motcua.shared.ErrorAnswers;
import vn.motcua.shared.InvalidInputException;

/**
 * A refused form shown again: each problem's text beside its field ({@code problems}, by field name
 * such as {@code form.ho_ten} or {@code applicant.phone}) and all of them in the summary at the top,
 * so the citizen reads what to fix and where.
 */
final class PageProblems {

    private PageProblems() {
    }

    static void show(Model model, InvalidInputException e, ErrorAnswers answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (InvalidInputException.Problem problem : e.problems()) {
            problems.merge(problem.field(), answers.text(problem.messageCode(), problem.arguments()), (a, b) -> a + " " + b);
        }
        model.addAttribute("problems", problems);
    }
}
