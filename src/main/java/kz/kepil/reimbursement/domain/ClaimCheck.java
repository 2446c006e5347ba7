package kz.kepil.reimbursement.domain;

import java.util.ArrayList;
import java.util.List;

/** One check of a claim: its name, whether it passed, and what was found (the reason when it failed). */
public record ClaimCheck(String name, boolean passed, String detail) {

    public static ClaimCheck pass(String name, String detail) {
        return new ClaimCheck(name, true, detail);
    }

    public static ClaimCheck fail(String name, String detail) {
        return new ClaimCheck(name, false, detail);
    }

    /** One line per check: name, PASSED or FAILED, detail (tabs and line breaks in a detail become spaces). */
    static String encode(List<ClaimCheck> checks) {
        StringBuilder out = new StringBuilder();
        for (ClaimCheck c : checks) {
            out.append(c.name).append('\t').append(c.passed ? "PASSED" : "FAILED").append('\t')
                    .append(c.detail == null ? "" : c.detail.replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        return out.toString();
    }

    static List<ClaimCheck> decode(String text) {
        List<ClaimCheck> checks = new ArrayList<>();
        if (text == null) {
            return checks;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                checks.add(new ClaimCheck(parts[0], parts[1].equals("PASSED"), parts[2]));
            }
        }
        return checks;
    }
}
