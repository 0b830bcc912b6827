package org.unakn.batch;

import java.util.List;

/** The machine-readable batch report, as JSON. */
public final class Report {
    private Report() {
    }

    public static String json(List<BatchResult> results) {
        StringBuilder b = new StringBuilder();
        long ok = results.stream().filter(BatchResult::converted).count();
        b.append("{\n  \"converted\": ").append(ok)
                .append(",\n  \"failed\": ").append(results.size() - ok)
                .append(",\n  \"files\": [");
        for (int i = 0; i < results.size(); i++) {
            BatchResult r = results.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"input\": ").append(str(r.input()))
                    .append(", \"status\": ").append(str(r.converted() ? "converted" : "failed"));
            if (r.converted()) {
                b.append(", \"language\": ").append(str(r.language()))
                        .append(", \"symbol\": ").append(str(r.symbol()))
                        .append(", \"preambularParagraphs\": ").append(r.preambularParagraphs())
                        .append(", \"operativeParagraphs\": ").append(r.operativeParagraphs())
                        .append(", \"footnotes\": ").append(r.footnotes());
            }
            b.append(", \"problems\": [");
            for (int j = 0; j < r.problems().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(str(r.problems().get(j)));
            }
            b.append("]}");
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
